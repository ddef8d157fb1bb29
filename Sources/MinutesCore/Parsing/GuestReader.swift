/// Reads guest lines: `HR-konsulent Ditte Ågård Pedersen og Konsulent og Arbejdsmiljøleder
/// Alice Ervolder Olesen deltager i mødet kl. 10:30.`
enum GuestReader {
  /// The verbs and what may follow them in a guest sentence.
  static let verbs = ["deltager", "deltog"]
  static let continuations = [
    "i mødet", "i møde", "på mødet", "under punktet", "under dette punkt", "i punktet",
    "i behandlingen", "i drøftelsen", "i dette punkt", "til punktet", "ved punktet",
    "under behandlingen",
  ]
  /// What a guest takes part in, after a preposition (`under oplysningen af punktet`, `ved
  /// drøftelsen af sagen`): the item, the meeting or its treatment, within a few words.
  static let occasionStems = ["punkt", "møde", "behandling", "drøftelse", "sagen", "orientering", "oplysning", "gennemgang"]

  /// The items a guest sentence names (`under alle punkter`, `under punkterne 3 til og med 6`,
  /// `under behandlingen af punkt 1`); none for the item it stands in (`under dette punkt`).
  enum Scope: Equatable {
    case all
    /// Item numbers as the sentence writes them.
    case items([Int])
  }

  /// The participants named in one paragraph; with `presentOnly`, only those the present tense
  /// names (`deltager`: this meeting's, where the text tells of earlier ones). Each with the
  /// items its sentence names, if any.
  static func participants(in paragraph: Paragraph, presentOnly: Bool = false) -> [(Participant, Scope?)] {
    // "deltager", "deltog".
    guard DanishBytes.containsASCII(paragraph.text, "deltag") || DanishBytes.containsASCII(paragraph.text, "deltog") else { return [] }
    var out: [(Participant, Scope?)] = []
    for sentence in SentenceSplitter.sentences(paragraph.text) {
      out += participants(inSentence: sentence, line: paragraph.line, presentOnly: presentOnly)
    }
    return out
  }

  /// The items the words after the verb name.
  static func scopeOf(_ tail: [String]) -> Scope? {
    let lower = tail.prefix(12).map { $0.lowercased().trimming(".,;:") }
    guard let p = lower.firstIndex(where: { $0.hasPrefix("punkt") }) else { return nil }
    if p > 0, lower[p - 1] == "alle" { return .all }
    var numbers: [Int] = []
    var k = p + 1
    var range = false
    while k < lower.count {
      let w = lower[k]
      if let n = Int(w), n > 0, n < 10_000 {
        if range, let from = numbers.last, n > from, n - from <= 100 { numbers += Array((from + 1)...n) } else { numbers.append(n) }
        range = false
      } else if w == "-" || w == "–" || w == "med" {
        range = true
      } else if w == "til" || w == "og" || w == "samt" {
        // "3 til og med 6", "3 og 4".
      } else if let dash = w.firstIndex(where: { $0 == "-" || $0 == "–" }), let a = Int(w[..<dash]),
        let b = Int(w[w.index(after: dash)...]), a < b, b - a <= 100
      {
        numbers += Array(a...b)
      } else {
        break
      }
      k += 1
    }
    return numbers.isEmpty ? nil : .items(numbers)
  }

  /// Whether the words after the verb say what the guest takes part in.
  static func isOccasion(_ tail: [String]) -> Bool {
    let lower = tail.map { $0.lowercased() }
    if continuations.contains(where: { lower.joined(separator: " ").hasPrefix($0) }) { return true }
    guard let first = lower.first, ["i", "på", "under", "ved", "til"].contains(first) else { return false }
    return lower.dropFirst().prefix(4).contains { w in occasionStems.contains { w.hasPrefix($0) } }
  }

  /// The guests one sentence names, each with the items the sentence names.
  static func participants(inSentence sentence: String, line: Int, presentOnly: Bool = false) -> [(Participant, Scope?)] {
    let words = sentence.split(separator: " ").map(String.init)
    guard let v = words.firstIndex(where: { (presentOnly ? ["deltager"] : verbs).contains($0.lowercased()) }), v > 0 else {
      return []
    }
    let after = Array(words[(v + 1)...])
    let tail = after.joined(separator: " ").lowercased()
    guard isOccasion(after) else { return [] }
    let scope = scopeOf(after)
    // "Pia Paaske deltog i mødet i stedet for Per Thomsen": a member's stand-in, no guest.
    if ["stedet for", "istedet for", "stedfortræder", "suppleant"].contains(where: { tail.contains($0) }) { return [] }
    let subject = words[..<v].joined(separator: " ")
    // "Der deltager ..." and "som deltager" are not guest lines with a named subject.
    if let f = subject.first, !f.isUppercase { return [] }
    let time = TemporalReader(reference: Day(year: 2000, month: 1, day: 1)!)
      .expressions(in: tail).first(where: { $0.kind == .time })?.time
    return NameGrammar.mentions(in: subject).compactMap { m in
      guard let name = m.name else { return nil }
      return (Participant(name: name, role: m.role, organization: m.organization, time: time, line: line), scope)
    }
  }

  /// Labels that name who took part in an item (`Deltog under punktet:`, `Til stede under
  /// punktet:`, `Gæst under punktet:`, `Gæster:`): the label's words, before its colon.
  static let labelOpeners = ["deltog", "deltager", "deltagere", "deltagende", "til stede", "tilstede", "gæst", "gæster", "inviteret", "inviterede", "fremmødt"]

  /// The people a guest label names (`Deltog under punktet: Kultur- og fritidsdirektør Helle
  /// Juul.`, `Gæst under punktet: Trafikplanlægger Jonas Berg, Teknik og Miljø.`): the label
  /// names the item (`punkt`, `sagen`, `behandlingen`) or is only `Gæst`/`Gæster`; the names
  /// follow its colon on the label's own line.
  static func labelled(in text: String, line: Int) -> [Participant] {
    guard text.utf8.count <= 400, let colon = text.utf8.prefix(50).firstIndex(of: 0x3A) else { return [] }
    let head = text[..<colon].lowercased().trimmingSpaces
    guard labelOpeners.contains(where: { head.hasPrefix($0) }) else { return [] }
    let words = head.split(separator: " ")
    guard ["gæst", "gæster"].contains(head) || (words.count <= 5 && words.contains(where: { w in
      ["punkt", "sagen", "behandling", "dette"].contains(where: { w.hasPrefix($0) })
    })) else { return [] }
    let value = String(text[text.index(after: colon)...]).trimmingSpaces.trimming(".")
    guard !value.isEmpty else { return [] }
    return NameGrammar.mentions(in: value).compactMap { m in
      guard let name = m.name, name.split(separator: " ").count >= 2 else { return nil }
      return Participant(name: name, role: m.role, organization: m.organization, time: nil, line: line)
    }
  }

  /// Verbs in the past tense that tell someone presented something at the meeting.
  static let presentingVerbs: Set<String> = [
    "viste", "fortalte", "orienterede", "præsenterede", "gennemgik", "redegjorde", "fremlagde",
    "demonstrerede",
  ]

  /// The people a decision tells presented something (`Centerleder Kirsten Becker viste
  /// Handicaprådet rundt`, `Bo Bertelsen fortalte om stedet`): the named subject of a presenting
  /// verb at the start of a sentence. Members of the body are left out by the caller.
  static func presenters(in paragraph: Paragraph, introduced: [String] = []) -> [Participant] {
    guard paragraph.text.utf8.count <= 4000 else { return [] }
    var out: [Participant] = []
    for sentence in SentenceSplitter.sentences(paragraph.text) {
      let words = sentence.split(separator: " ").map(String.init)
      guard let v = words.firstIndex(where: { presentingVerbs.contains($0.lowercased()) }), v >= 2, v <= 8 else {
        continue
      }
      let subject = words[..<v].joined(separator: " ")
      guard let f = subject.first, f.isUppercase, !subject.contains(","), !subject.lowercased().contains(" og ") else {
        continue
      }
      let mentions = NameGrammar.mentions(in: subject)
      guard mentions.count == 1, let m = mentions.first, let name = m.name, name.split(separator: " ").count >= 2,
        !(m.role?.lowercased().contains("medlem") ?? false)
      else { continue }
      // A title says a guest (`Centerleder ...`); a name alone only when the item's text
      // introduced the person with a title (`Centerleder Bo Berthelsen giver en rundvisning`).
      let folded = name.lowercased()
      guard m.role != nil || introduced.contains(where: {
        let f = $0.lowercased()
        return f == folded || AttendeeList.isMisspelling(f, of: folded)
      }) else { continue }
      out.append(Participant(name: name, role: m.role, organization: m.organization, time: nil, line: paragraph.line))
    }
    return out
  }
}
