/// How an item's heading line is written.
enum ItemHeading {
  /// The styles an exporter uses for item headings; one document uses one.
  enum Style {
    /// `Punkt 3: Titel`, `Pkt. 42 Titel`, `Nr.178 Titel`.
    case keyword
    /// `131. Titel`, recognised by what follows it (a case number or a section heading).
    case numbered
    /// The number on a line of its own, then the title (First Agenda publications).
    case bareNumber
  }

  /// A recognised heading.
  struct Match {
    var number: Int
    /// The title written on the heading line (may be empty, may continue on the next line).
    var title: String
    var isClosed: Bool
    var style: Style
  }

  /// A keyword-style heading: `Punkt N:`, `Punkt N.`, `Punkt N -`, `Pkt. N`, `Nr. N`, `Nr.N`.
  static func keywordHeading(_ line: MarkupLine) -> Match? {
    let text = line.text
    guard DanishBytes.hasPrefixASCII(text, "punkt") || DanishBytes.hasPrefixASCII(text, "pkt")
      || DanishBytes.hasPrefixASCII(text, "nr.")
    else { return nil }
    guard !line.isTableRow, !hasLeader(text) else { return nil }
    let lower = text.lowercased()
    var rest: Substring
    if lower.hasPrefix("punkt") {
      rest = text.dropFirst(5)
      // "Punktnummer:" and "Punkter" are not headings.
      guard let f = rest.first, f == " " || f.isNumber else { return nil }
    } else if lower.hasPrefix("pkt.") {
      rest = text.dropFirst(4)
    } else if lower.hasPrefix("pkt ") {
      rest = text.dropFirst(3)
    } else if lower.hasPrefix("nr.") {
      rest = text.dropFirst(3)
    } else {
      return nil
    }
    rest = rest.drop(while: { $0 == " " })
    let digits = rest.prefix(while: \.isNumber)
    guard !digits.isEmpty, digits.count <= 6, let n = Int(digits) else { return nil }
    rest = rest.dropFirst(digits.count)
    // A separator, or a dressed heading with the title after a space.
    var hadSeparator = false
    if let f = rest.first, f == ":" || f == "." || f == ")" {
      rest = rest.dropFirst()
      hadSeparator = true
    }
    rest = rest.drop(while: { $0 == " " })
    if !hadSeparator, let f = rest.first, f == "-" || f == "–" {
      rest = rest.dropFirst().drop(while: { $0 == " " })
      hadSeparator = true
    }
    if !hadSeparator && !line.isDressed && !rest.isEmpty {
      // "Punkt 2 på dagsordenen blev ..." is prose.
      guard let f = rest.first, f.isUppercase else { return nil }
    }
    let (title, closed) = closedTitle(String(rest))
    return Match(number: n, title: title, isClosed: closed, style: .keyword)
  }

  /// A numbered heading `131. Titel` (needs confirmation by the caller from what follows).
  static func numberedHeading(_ line: MarkupLine) -> Match? {
    let text = line.text
    guard let f = text.utf8.first, f >= 0x30, f <= 0x39 else { return nil }
    guard !line.isTableRow, !line.isBullet, !hasLeader(text) else { return nil }
    let digits = text.prefix(while: \.isNumber)
    guard !digits.isEmpty, digits.count <= 4, let n = Int(digits) else { return nil }
    var rest = text.dropFirst(digits.count)
    guard let f = rest.first, f == "." || f == ")" else { return nil }
    rest = rest.dropFirst()
    guard rest.first == " " else { return nil }
    rest = rest.drop(while: { $0 == " " })
    guard let first = rest.first, first.isUppercase || first.isNumber else { return nil }
    // A list item ends like a sentence; a title does not.
    if rest.hasSuffix(".") && !line.isDressed { return nil }
    let (title, closed) = closedTitle(String(rest))
    return Match(number: n, title: title, isClosed: closed, style: .numbered)
  }

  /// A number alone on its line (First Agenda): `3`.
  static func bareNumber(_ line: MarkupLine) -> Int? {
    let text = line.text
    guard text.utf8.count <= 4 else { return nil }
    guard !text.isEmpty, text.count <= 4, text.allSatisfy(\.isNumber), !line.isTableRow else {
      return nil
    }
    return Int(text)
  }

  /// Removes `Lukket:` (and its kin) from a title and says whether it was there.
  static func closedTitle(_ raw: String) -> (String, Bool) {
    var t = raw.trimmingSpaces
    let lower = t.lowercased()
    for prefix in ["lukket punkt:", "lukket punkt", "lukket sag:", "lukket:", "lukket -", "lukket"]
    where lower.hasPrefix(prefix) {
      // "Lukket" must stand alone, not start a word ("Lukketid").
      let after = t.dropFirst(prefix.count)
      if prefix == "lukket", let f = after.first, f.isLetter { continue }
      t = String(after).trimmingSpaces
      while t.hasPrefix(":") || t.hasPrefix("-") { t = String(t.dropFirst()).trimmingSpaces }
      return (t, true)
    }
    for suffix in ["(lukket punkt)", "(lukket)"] where lower.hasSuffix(suffix) {
      return (String(t.dropLast(suffix.count)).trimmingSpaces, true)
    }
    return (t, false)
  }

  /// A table-of-contents line: dotted leader (`Titel.....3`).
  static func hasLeader(_ text: String) -> Bool {
    var run = 0
    for c in text.utf8 {
      if c == 0x2E {
        run += 1
        if run >= 4 { return true }
      } else {
        run = 0
      }
    }
    return false
  }

  /// A line that is a case number under a title.
  static func caseNumber(_ line: MarkupLine) -> CaseNumber? {
    let text = line.text
    guard !text.isEmpty, text.utf8.count <= 70, !line.isBullet, !line.isTableRow else { return nil }
    let lower = text.lowercased()
    if CaseNumber.labels.contains(where: { lower.hasPrefix($0) }) {
      return CaseNumber(reading: text)
    }
    if JournalNumber(text) != nil { return CaseNumber(reading: text) }
    // Another system's identifier: one token of letters, digits and separators, with digits.
    guard !text.contains(" "), text.count >= 4, text.count <= 40 else { return nil }
    var digits = 0
    var separators = 0
    for c in text.unicodeScalars {
      if c.properties.numericType != nil {
        digits += 1
      } else if c == "-" || c == "/" || c == "." || c == "_" {
        separators += 1
      } else if !c.properties.isAlphabetic {
        return nil
      }
    }
    guard digits >= 3, separators >= 1, !text.hasSuffix(".") else { return nil }
    // A date is no case number.
    if let d = Day(iso: text), d.year > 1900 { return nil }
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" })
    if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), parts[2].count == 4,
      let d = Int(parts[0]), let m = Int(parts[1]), d <= 31, m <= 12
    {
      return nil
    }
    return .opaque(text)
  }
}
