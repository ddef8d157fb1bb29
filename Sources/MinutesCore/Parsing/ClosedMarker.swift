/// The one place that knows how minutes mark an item closed (`Lukket`) or open (`Åben`).
///
/// Closed items are confidential: every heading form the reader knows goes through `read(title:)`,
/// and every line under a heading through `status(_:)`, so that a marker written in any position
/// (`Lukket: T`, `[Lukket] T`, `T - Lukket`, `T (Lukket møde)`, `Fortroligt: T`, a `Lukket punkt`
/// line under the heading, `Lukket - 00.01.00A04 - 2007/34364`) closes the item.
enum ClosedMarker {
  /// Whether a status says open or closed.
  enum Status: Equatable {
    case open
    case closed
  }

  /// The words that close an item, longest first (folded to lower case).
  static let closingWords = [
    "lukkede punkter", "lukkede sager", "lukkede dagsordenspunkter", "lukket punkt", "lukket sag", "lukket møde",
    "lukket dagsorden", "lukket dagsordenspunkt", "lukket emne", "lukket del", "lukket referat", "lukket", "fortroligt punkt",
    "fortrolige punkter", "fortrolige sager", "fortrolig sag", "fortroligt", "fortrolig", "ikke offentligt punkt",
    "ikke offentlige punkter", "ikke-offentlige punkter", "ikke offentlige sager", "ikke offentlig sag",
    "ikke-offentligt punkt", "ikke offentligt", "ikke offentlig", "ikke-offentligt", "ikke-offentlig",
    "punkter behandlet for lukkede døre", "sager behandlet for lukkede døre",
  ].sorted { $0.count > $1.count }
  /// The words of a closed part of the meeting (`Lukket dagsorden` over the items of it): every
  /// item under them is closed, up to an open part (`openSectionWords`).
  static let closedSectionWords: Set<String> = [
    "lukket dagsorden", "lukket møde", "lukkede punkter", "lukkede sager", "lukket del", "lukket del af mødet",
    "lukkede dagsordenspunkter", "fortrolige punkter", "fortrolige sager", "ikke offentlige punkter",
    "ikke-offentlige punkter", "ikke offentlige sager", "punkter behandlet for lukkede døre",
    "sager behandlet for lukkede døre",
  ]
  /// Labels whose value, on the line under them, is an item's status (`Sagstype` / `Lukket sag`).
  static let statusLabels: Set<String> = [
    "sagstype", "status", "sagsstatus", "punktstatus", "type", "åben/lukket", "åbent/lukket", "offentlighed",
    "åben eller lukket", "punkttype",
  ]
  static let openSectionWords: Set<String> = [
    "åben dagsorden", "åbent møde", "åbne punkter", "åbne sager", "åben del", "åben del af mødet", "åben",
  ]
  /// The words that say an item is open.
  static let openingWords = [
    "åbent punkt", "åben punkt", "åben sag", "åbent møde", "åben dagsorden", "åbent", "åben",
    "offentligt punkt", "offentlig",
  ]

  /// Reads a heading's title: the title without the marker, and whether it was closed.
  static func read(title raw: String) -> (title: String, isClosed: Bool) {
    var t = raw.trimmingSpaces
    var closed = false
    // A marker in brackets anywhere: "(Lukket)", "[Lukket punkt]", "(Lukket møde)".
    for (open, close) in [("(", ")"), ("[", "]"), ("{", "}")] {
      var searchFrom = t.startIndex
      while let o = t[searchFrom...].firstIndex(of: Character(open)),
        let c = t[t.index(after: o)...].firstIndex(of: Character(close))
      {
        let inner = String(t[t.index(after: o)..<c]).lowercased().trimming(" .:")
        if closingWords.contains(inner) {
          closed = true
          t = (String(t[..<o]) + " " + String(t[t.index(after: c)...])).trimmingSpaces
          searchFrom = t.startIndex
        } else if openingWords.contains(inner), inner.contains(" ") || o == t.startIndex {
          // "Spørgetid (Åben sag)": the status, not the title ("(Åben)" alone may be a word of it,
          // but not before it: `(Åben) Godkendelse af dagsorden`).
          t = (String(t[..<o]) + " " + String(t[t.index(after: c)...])).trimmingSpaces
          searchFrom = t.startIndex
        } else {
          searchFrom = t.index(after: c)
        }
      }
    }
    // A lock's sign beside the title (`Handicappris 2031 🔒`): closed.
    if t.contains("🔒") {
      closed = true
      t = t.replacingOccurrences(of: "🔒", with: " ").trimmingSpaces
    }
    // The same sign by its short name in a wiki or a chat (`Personalesag :lock:`).
    for code in [":lock:", ":closed_lock_with_key:"] where t.contains(code) {
      closed = true
      t = t.replacingOccurrences(of: code, with: " ").trimmingSpaces
    }
    // A marker before the title: "Lukket: T", "Lukket punkt - T", "Fortroligt: T", "Lukket T".
    if let (rest, _) = leadingWord(t, in: closingWords) {
      closed = true
      t = rest
    }
    if closed {
      // "(Lukket): Salg af skole", "Lukket punkt nr. 2: Salg af grund": the marker's separator and
      // its number go with it.
      t = t.drop(while: { $0 == ":" || $0 == "-" || $0 == "–" || $0 == " " }).trimmingSpaces
      if t.lowercased().hasPrefix("nr. ") {
        let rest = t.dropFirst(4)
        let digits = rest.prefix(while: \.isNumber)
        let after = rest.dropFirst(digits.count)
        if !digits.isEmpty, after.first == ":" || after.first == "." { t = after.dropFirst().trimmingSpaces }
      }
    }
    // A marker after the title: "T - Lukket", "T – Lukket punkt", "T: Lukket".
    let lower = t.lowercased()
    for w in closingWords where lower.hasSuffix(w) {
      let before = t.dropLast(w.count)
      let trimmed = before.trimmingSpaces
      guard let last = trimmed.last, last == "-" || last == "–" || last == ":" || last == ","
      else { continue }
      // The marker stands alone: the character before it is a space or the separator.
      closed = true
      t = String(trimmed.dropLast()).trimmingSpaces
      break
    }
    // "Salg af grund          Lukket sag": a status of two words or more at the title's end
    // with no separator (a page's status column run into the title); fail closed.
    if !closed, let (rest, _) = trailingPhrase(t, in: trailingClosing) {
      closed = true
      t = rest
    } else if !closed, let w = ["Lukket", "LUKKET", "Fortroligt", "FORTROLIGT"].first(where: { t.hasSuffix(" " + $0) }),
      t.count > w.count + 4
    {
      // "Klage over støj Lukket": the status capitalised at the title's end (a badge beside the
      // heading run into it); in lower case it is the title's own word (`Svømmehallen lukket`).
      closed = true
      t = String(t.dropLast(w.count + 1)).trimmingSpaces
    } else if let (rest, _) = trailingPhrase(t, in: trailingOpening) {
      t = rest
    }
    return (t, closed)
  }

  /// The statuses of an item that a page's status column runs into the end of its title
  /// (`Salg af grund Lukket sag`); not `lukket møde` or `lukket del`, which a title may name
  /// (`Sager behandlet på lukket møde`).
  static let trailingClosing = [
    "lukket punkt", "lukket sag", "fortroligt punkt", "fortrolig sag", "ikke offentligt punkt", "ikke offentlig sag",
    "ikke-offentligt punkt",
  ]
  static let trailingOpening = ["åbent punkt", "åben punkt", "åben sag"]

  /// `T Lukket sag`, `T Åbent punkt`: a status ending the title after a space, not after a
  /// preposition (`overføres til lukket sag`), and the title before it.
  static func trailingPhrase(_ t: String, in words: [String]) -> (String, String)? {
    let lower = t.lowercased()
    for w in words where lower.hasSuffix(" " + w) {
      let rest = String(t.dropLast(w.count)).trimmingSpaces
      guard let last = rest.split(separator: " ").last?.lowercased(),
        !["på", "i", "til", "om", "fra", "som", "en", "et", "af", "for"].contains(last),
        // "Sagsnr.: 24/999 Lukket sag": a case line's status, under the heading.
        CaseNumberReader.read(MarkupLine.plain(rest, number: 0)) == nil
      else { continue }
      return (rest, w)
    }
    return nil
  }

  /// A line that is only a status (`Åbent`, `Åben sag`, `Lukket punkt`), or that begins with one
  /// followed by a separator and a case number (`Åbent - 00.01.00A04 - 2007/34364`), or ends with
  /// one after a case number (`Sagsnr. 299835 Kultur- og Idrætsudvalget Åbent punkt`).
  static func status(_ text: String) -> Status? {
    guard text.utf8.count <= 200 else { return nil }
    var key = text.lowercased().trimming(" .:")
    // "Status: Lukket", "Punktstatus: Åben": the status under its label.
    for label in ["status:", "punktstatus:", "sagsstatus:", "punkttype:", "type:"] where key.hasPrefix(label) {
      key = String(key.dropFirst(label.count)).trimming(" .:")
      if closingWords.contains(key) { return .closed }
      if openingWords.contains(key) { return .open }
      return nil
    }
    if closingWords.contains(key) { return .closed }
    if openingWords.contains(key) { return .open }
    // "Fortroligt – lukket punkt", "Lukket / fortroligt": closing words, each side of a dash.
    let sides = key.components(separatedBy: " – ").flatMap { $0.components(separatedBy: " - ") }.flatMap { $0.components(separatedBy: " / ") }
    if sides.count >= 2, sides.allSatisfy({ closingWords.contains($0.trimmingSpaces) }) { return .closed }
    if let (rest, w) = leadingWord(text, in: closingWords + openingWords), startsWithDigitOrDash(rest) {
      return closingWords.contains(w) ? .closed : .open
    }
    return nil
  }

  /// The status written at the end of a case line (`... Åbent punkt`, `... Åben sag`, `... Åbent`).
  static func trailingStatus(_ text: String) -> Status? {
    let lower = text.lowercased().trimming(" .")
    for w in closingWords + openingWords where lower.hasSuffix(" " + w) {
      return closingWords.contains(w) ? .closed : .open
    }
    return nil
  }

  /// `Sagen blev behandlet for lukkede døre`, `Punktet var lukket`: a closing told in the past.
  static func toldInThePast(_ text: String) -> Bool {
    let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
    if words.contains(where: { $0 == "blev" || $0 == "var" || $0 == "har" || $0 == "havde" }) { return true }
    // "Punktet er behandlet for lukkede døre": done, of the item it ends.
    return zip(words, words.dropFirst()).contains { $0 == "er" && ["behandlet", "drøftet", "afgjort", "besluttet"].contains($1) }
  }

  /// What a sentence about the item itself says when it closes it.
  static let closingPhrases = ["er lukket", "lukket punkt", "lukket sag", "lukkede døre", "behandles lukket", "behandlet lukket"]
  /// How such a sentence names the item: this item, not another.
  static let itemSubjects = ["punktet ", "sagen ", "dette punkt ", "denne sag "]

  /// `Punktet er lukket af hensyn til kommunens tilbudsindhentning.`, `Sagen omhandler salg af
  /// ejendom, og behandles derfor som lukket punkt.`: a sentence of an item's text, about the
  /// item itself, that closes it (not `Punkt 10 for lukkede døre ...`, another item's).
  static func statesClosed(_ text: String) -> Bool {
    guard text.utf8.count <= 4000, DanishBytes.containsASCII(text, "lukke") else { return false }
    for sentence in SentenceSplitter.sentences(text) {
      let lower = sentence.lowercased()
      // "Behandles på lukket møde.", "Behandlet for lukkede døre.": the item's passive without
      // its subject.
      if ["behandles ", "behandlet ", "behandledes "].contains(where: { lower.hasPrefix($0) }),
        ["lukket møde", "lukkede døre", "lukket punkt", "som lukket", "lukket"].contains(where: { lower.contains($0) })
      {
        return true
      }
      guard itemSubjects.contains(where: { lower.hasPrefix($0) }) else { continue }
      if closingPhrases.contains(where: { lower.contains($0) }) { return true }
    }
    // "... nye legepladsredskaber Punktet er lukket af hensyn til ...": a list item without its
    // full stop, wrapped into the note; the subject capitalised inside the text opens it.
    for subject in itemSubjects {
      var capital = subject
      capital.replaceSubrange(capital.startIndex...capital.startIndex, with: capital.prefix(1).uppercased())
      var from = text.startIndex
      while let r = text.range(of: " " + capital, range: from..<text.endIndex) {
        var rest = text[r.upperBound...].prefix(200).lowercased()
        if let stop = rest.range(of: ". ") { rest = String(rest[..<stop.lowerBound]) }
        if closingPhrases.contains(where: { rest.contains($0) }) { return true }
        from = r.upperBound
      }
    }
    return false
  }

  /// Whether a line could be the heading of a closed item in a form the document's chosen heading
  /// form does not cover: it carries a closing marker and is short, like a heading.
  static func looksLikeClosedHeading(_ text: String) -> Bool {
    guard text.utf8.count <= 160 else { return false }
    guard DanishBytes.containsASCII(text, "lukke") || DanishBytes.containsASCII(text, "fortrolig")
      || DanishBytes.containsASCII(text, "offentlig")
    else {
      return false
    }
    // Drop a leading number or keyword ("12.", "Punkt 12:") before reading the marker.
    var t = Substring(text)
    for k in ["punkt ", "pkt. ", "pkt ", "nr. ", "sag nr. ", "§ "] where t.lowercased().hasPrefix(k) {
      t = t.dropFirst(k.count)
    }
    t = t.drop(while: { $0.isNumber || $0 == "." || $0 == ":" || $0 == ")" || $0 == " " })
    let (_, closed) = read(title: String(t))
    return closed
  }

  /// `word` at the start of `text` (case-insensitive), standing alone, and the rest after its
  /// separator.
  static func leadingWord(_ text: String, in words: [String]) -> (String, String)? {
    let lower = text.lowercased()
    for w in words where lower.hasPrefix(w) {
      let after = text.dropFirst(w.count)
      // The word stands alone: not "Lukketid", not "Åbenrå".
      if let f = after.first, f.isLetter || f.isNumber { continue }
      var rest = after.trimmingSpaces
      while let f = rest.first, f == ":" || f == "-" || f == "–" || f == "." || f == ")" || f == "]" {
        rest = String(rest.dropFirst()).trimmingSpaces
      }
      return (rest, w)
    }
    // A bracket before the word: "[Lukket] T", "(Lukket) T".
    if let f = text.first, f == "[" || f == "(" {
      let inner = text.dropFirst()
      if let (rest, w) = leadingWord(String(inner), in: words) { return (rest, w) }
    }
    return nil
  }

  static func startsWithDigitOrDash(_ s: String) -> Bool {
    guard let f = s.first else { return false }
    return f.isNumber
  }
}
