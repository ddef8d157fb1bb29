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

  /// The participants named in one paragraph.
  static func participants(in paragraph: Paragraph) -> [Participant] {
    guard DanishBytes.containsASCII(paragraph.text, "deltag") else { return [] }
    var out: [Participant] = []
    for sentence in SentenceSplitter.sentences(paragraph.text) {
      out.append(contentsOf: participants(inSentence: sentence, line: paragraph.line))
    }
    return out
  }

  static func participants(inSentence sentence: String, line: Int) -> [Participant] {
    let words = sentence.split(separator: " ").map(String.init)
    guard let v = words.firstIndex(where: { verbs.contains($0.lowercased()) }), v > 0 else {
      return []
    }
    let tail = words[(v + 1)...].joined(separator: " ").lowercased()
    guard continuations.contains(where: { tail.hasPrefix($0) }) else { return [] }
    let subject = words[..<v].joined(separator: " ")
    // "Der deltager ..." and "som deltager" are not guest lines with a named subject.
    if let f = subject.first, !f.isUppercase { return [] }
    let time = TemporalReader(reference: Day(year: 2000, month: 1, day: 1)!)
      .expressions(in: tail).first(where: { $0.kind == .time })?.time
    return NameGrammar.mentions(in: subject).compactMap { m in
      guard let name = m.name else { return nil }
      return Participant(
        name: name, role: m.role, organization: m.organization, time: time, line: line)
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
