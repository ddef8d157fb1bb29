/// Finds an item's case number in the lines around its heading: labelled or not, alone on its
/// line or among other fields (`Sagsnr.: 330-2020-164   Dok.nr.: 330-2020-488200   Åbent`,
/// `Åbent - 00.01.00A04 - 2007/34364`, `00.22.02-A26-1-13 Godkendelse af dagsorden. ...`).
/// A document number (`Dok.nr.`, `Brevid`) is never a case number, nor is a bare KLE subject
/// with its facet (`00.01.00A04`), which classifies a case without naming it.
enum CaseNumberReader {
  /// What one line says about the case.
  struct CaseLine {
    /// The case number, when the line gives one.
    var caseNumber: CaseNumber?
    /// Text after the case number on the same line that belongs to the item's body.
    var remainder: String?
    /// An open or closed status written on the line.
    var status: ClosedMarker.Status?
    /// The line is a case line (a labelled field, even an empty one, or a case number).
    var isCaseLine: Bool
  }

  /// Labels of document numbers: never case numbers.
  static let documentLabels = [
    "dok.nr.", "dok.nr", "dok. nr.", "dokumentnr.", "dokumentnummer", "dok nr", "brevid", "brev id",
    "akt nr.", "aktnr.", "initialer", "dok. ", "sagsansvarlig",
  ]

  /// Reads a line near a heading.
  static func read(_ line: MarkupLine) -> CaseLine? {
    let text = line.text
    guard !text.isEmpty, text.utf8.count <= 400, !line.isTableRow else { return nil }
    let lower = text.lowercased()
    // A labelled field anywhere on the line.
    if let (value, labelled) = labelledValue(text, lower: lower) {
      var c = CaseLine(caseNumber: nil, remainder: nil, status: ClosedMarker.trailingStatus(text), isCaseLine: labelled)
      if let value, let cn = firstToken(of: value) { c.caseNumber = cn }
      return c
    }
    // "Sag 306-2014-5450": the word alone as a label, when a case number follows it.
    if lower.hasPrefix("sag "), let second = text.split(separator: " ").dropFirst().first,
      let cn = token(String(second))
    {
      return CaseLine(caseNumber: cn, remainder: nil, status: ClosedMarker.trailingStatus(text), isCaseLine: true)
    }
    // A line of document fields only ("Dok.nr.: 1965", "Brevid: 4225075", "... Brevid: 42").
    if DanishBytes.containsASCII(text, "dok") || DanishBytes.containsASCII(text, "brev")
      || DanishBytes.containsASCII(text, "akt") || DanishBytes.containsASCII(text, "initialer")
      || DanishBytes.containsASCII(text, "sagsansvarlig")
    {
      for l in documentLabels where lower.contains(l) {
        return CaseLine(caseNumber: nil, remainder: nil, status: nil, isCaseLine: true)
      }
    }
    // "Åbent - 00.01.00A04 - 2007/34364": a status, then fields separated by dashes.
    if let status = ClosedMarker.status(text), text.contains(" - ") || text.contains(" – ") {
      // The last number on the line: a KLE subject with its facet comes first and is no case.
      let found = caseTokens(in: text).last
      return CaseLine(caseNumber: found, remainder: nil, status: status, isCaseLine: true)
    }
    // "01.02G00 - 2017/27088": a KLE classification, then the case number.
    if text.contains(" - ") || text.contains(" – "), text.split(separator: " ").count <= 5 {
      let parts = text.split(whereSeparator: { $0 == " " }).filter { $0 != "-" && $0 != "–" }.map(String.init)
      if parts.count == 2, isClassification(parts[0]), let cn = token(parts[1]) {
        return CaseLine(caseNumber: cn, remainder: nil, status: nil, isCaseLine: true)
      }
    }
    // "S00 13/650": a short code of the filing system (capitals and digits), then the case number.
    let parts = text.split(separator: " ")
    if parts.count == 2, parts[0].count <= 6, parts[0].allSatisfy({ $0.isNumber || ($0.isUppercase && $0.isLetter) }),
      parts[0].contains(where: \.isNumber), parts[0].contains(where: \.isLetter),
      parts[1].contains("/") || parts[1].contains("-"), let cn = token(String(parts[1]))
    {
      return CaseLine(caseNumber: cn, remainder: nil, status: nil, isCaseLine: true)
    }
    // A line that is only a case number.
    if !text.contains(" "), let cn = token(text) {
      return CaseLine(caseNumber: cn, remainder: nil, status: nil, isCaseLine: true)
    }
    // A KLE journal number opening a paragraph: "00.22.02-A26-1-13 Godkendelse af dagsorden. ...".
    if let space = text.firstIndex(of: " ") {
      let first = String(text[..<space])
      if let j = JournalNumber(first) {
        let rest = String(text[text.index(after: space)...]).trimmingSpaces
        return CaseLine(caseNumber: .journal(j), remainder: rest.isEmpty ? nil : rest, status: nil, isCaseLine: true)
      }
    }
    return nil
  }

  /// The value after a case-number label anywhere in the line, and whether a label was found.
  static func labelledValue(_ text: String, lower: String) -> (String?, Bool)? {
    // Every label holds "sag", "j." or "jnr", "journal", "emne" or "esdh", or names a case
    // system ("SBSYS:", "Acadre:", "eDoc:").
    guard DanishBytes.containsASCII(lower, "sag") || DanishBytes.containsASCII(lower, "j.")
      || DanishBytes.containsASCII(lower, "jnr") || DanishBytes.containsASCII(lower, "journal")
      || DanishBytes.containsASCII(lower, "emne") || DanishBytes.containsASCII(lower, "esdh")
      || DanishBytes.containsASCII(lower, "sbsys:") || DanishBytes.containsASCII(lower, "acadre:")
      || DanishBytes.containsASCII(lower, "edoc:")
    else { return nil }
    for label in CaseNumber.labels {
      guard let r = lower.range(of: label) else { continue }
      // The label starts the line or a field ("   Sagsnr.: ...").
      if r.lowerBound != lower.startIndex {
        // "SBSYS-sag:", "ESDH-sag:": a filing system's name glued to the label.
        let before = lower[lower.index(before: r.lowerBound)]
        guard before == " " || (before == "-" && lower[..<lower.index(before: r.lowerBound)].last?.isLetter == true) else { continue }
      }
      let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
      guard offset <= text.count else { continue }
      var rest = text.dropFirst(offset)
      if let c = rest.first, c.isLetter { continue }
      rest = rest.drop(while: { $0 == " " || $0 == ":" || $0 == "." })
      let value = rest.prefix(while: { $0 != " " })
      return (value.isEmpty ? nil : String(value), true)
    }
    return nil
  }

  /// The case number that opens `value` (`14/40`, `330-2020-164`, `299835`).
  static func firstToken(of value: String) -> CaseNumber? {
    let tok = value.trimming(" ,;")
    guard !tok.isEmpty else { return nil }
    if let j = JournalNumber(tok) { return .journal(j) }
    // After a label, a bare number is a case number (`Sagsnr. 299835`).
    if tok.allSatisfy(\.isNumber), tok.count >= 3 { return .opaque(tok) }
    if let cn = token(tok) { return cn }
    // After a label, short groups of digits (`Sagnr.: 0-3-1-13`) that read like no date.
    let separators = tok.filter { $0 == "-" || $0 == "/" }.count
    if separators >= 3, tok.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "/" }), tok.first?.isNumber == true,
      tok.last?.isNumber == true
    {
      return .opaque(tok)
    }
    return nil
  }

  /// The case numbers standing as tokens in a line (between spaces and dash separators).
  static func caseTokens(in text: String) -> [CaseNumber] {
    text.split(separator: " ").compactMap { token(String($0)) }
  }

  /// One token as a case number: a KLE journal number or another system's identifier.
  static func token(_ raw: String) -> CaseNumber? {
    let text = raw.trimming(" ,;:")
    guard text.count >= 4, text.count <= 40, !text.contains(" ") else { return nil }
    if let j = JournalNumber(text) { return .journal(j) }
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
    guard digits >= 3, separators >= 1, !text.hasSuffix("."), !text.hasSuffix("-") else { return nil }
    if isClassification(text) { return nil }
    // A date, a time or an amount is no case number.
    if let d = Day(iso: text), d.year > 1900 { return nil }
    let parts = text.split(whereSeparator: { $0 == "-" || $0 == "." || $0 == "/" })
    // "Sep.2013", "jan-2020", "15.okt.2021": a month by its name and a year is a date.
    if parts.contains(where: { p in
      p.first?.isLetter == true && KeywordTable.shared.lookup(KeywordTable.hash(p.lowercased())).map { $0.month > 0 } == true
    }), parts.allSatisfy({ p in p.allSatisfy(\.isLetter) || (p.allSatisfy(\.isNumber) && p.count <= 4) }) {
      return nil
    }
    if parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), parts[2].count == 4 || parts[2].count == 2,
      let d = Int(parts[0]), let m = Int(parts[1]), d >= 1, d <= 31, m >= 1, m <= 12,
      parts[0].count <= 2, parts[1].count <= 2
    {
      return nil
    }
    if parts.count >= 2, text.contains("."), !text.contains("-"), !text.contains("/"),
      parts.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isNumber) })
    {
      return nil  // 1.500.000
    }
    // A clock time ("14.00", "9.30" at the end of "9.30 – 14.00") is no case number.
    if parts.count == 2, parts[0].count <= 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
      h <= 24, m <= 59, !text.contains("/"), !text.contains("-")
    {
      return nil
    }
    // A span of clock times ("18.45-18.55", "18-45-18-55") is no case number; four groups
    // joined by hyphens that read as no span of a day's hours (`1-15-2-31`, a region's case) are.
    if parts.count == 4, parts.allSatisfy({ $0.count <= 2 && $0.allSatisfy(\.isNumber) }) {
      if text.contains(".") || text.contains("/") { return nil }
      let n = parts.compactMap { Int($0) }
      if n.count == 4, (6...23).contains(n[0]), (6...24).contains(n[2]), n[1] < 60, n[3] < 60, n[2] * 60 + n[3] > n[0] * 60 + n[1] {
        return nil
      }
    }
    // A year span (2015-2018, 2022-25) is no case number; a year and a serial that runs
    // backwards as a span (`2033-0401`) is one.
    if parts.count == 2, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), parts[0].count == 4,
      parts[1].count == 4 || parts[1].count == 2, text.contains("-"), let from = Int(parts[0]), let to = Int(parts[1]),
      parts[1].count == 4 ? to > from : to > from % 100
    {
      return nil
    }
    return .opaque(text)
  }

  /// `00.01.00A04`: a KLE subject with a facet and no serial number classifies a case.
  /// `00.01.00A04`, `01.02G00`: a KLE subject of one to three levels with a facet and no serial
  /// number classifies a case without naming it.
  static func isClassification(_ text: String) -> Bool {
    let b = Array(text.utf8)
    guard b.count >= 5, b.count <= 13 else { return false }
    func digit(_ i: Int) -> Bool { i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }
    var i = 0
    var levels = 0
    while digit(i), digit(i + 1) {
      levels += 1
      i += 2
      if i < b.count, b[i] == 0x2E { i += 1 } else { break }
    }
    guard levels >= 1, levels <= 3, i < b.count else { return false }
    if b[i] == 0x2D { i += 1 }
    guard let letter = JournalNumber.facetLetterLength(b, at: i) else { return false }
    return i + letter + 2 == b.count && digit(i + letter) && digit(i + letter + 1)
  }
}
