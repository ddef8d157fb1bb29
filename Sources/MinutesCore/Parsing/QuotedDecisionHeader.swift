import Foundation

/// Reads the header of a quoted earlier decision:
/// `Beslutning fra Direktionens møde den 25. september 2024, pkt. 8:`,
/// `Beslutning fra mødet i HovedMED den 12. oktober 2023:`,
/// `Beslutning fra Digitaliseringsstyregruppen den 3. september 2024, pkt. 3:`.
struct QuotedDecisionHeader {
  /// The deciding body, genitive removed.
  var body: String
  /// The date as the header reads it.
  var date: Day
  /// The item number, when given (`pkt. 8`, `pkt 1.`, `punkt 3`).
  var itemNumber: Int?

  /// Reads `text` as a quote header, or `nil`.
  /// - Parameter reference: The quoting meeting's date, for dates written without a year.
  static func read(_ text: String, reference: Day?) -> QuotedDecisionHeader? {
    guard text.utf8.count <= 300,
      DanishBytes.hasPrefixASCII(text, "beslutning") || DanishBytes.hasPrefixASCII(text, "tidligere beslutning")
    else { return nil }
    let lower = text.lowercased()
    var rest: Substring
    var matched = false
    rest = text[...]
    for lead in ["beslutning fra ", "beslutning i ", "beslutning på ", "beslutning truffet i ",
      "beslutning truffet på ", "tidligere beslutning i ", "tidligere beslutning fra ",
      "beslutninger fra ", "beslutninger i ",
    ] where lower.hasPrefix(lead) {
      rest = text.dropFirst(lead.count)
      matched = true
      break
    }
    guard matched, text.count <= 200 else { return nil }
    // The header ends with a colon; a long line without one is a sentence about a decision.
    let trimmed = text.trimmingSpaces
    guard trimmed.hasSuffix(":") || trimmed.count <= 90 else { return nil }
    let ref = reference ?? Day(year: 2000, month: 1, day: 1)!
    let restString = String(rest)
    let exprs = TemporalReader(reference: ref).expressions(in: restString)
    guard let dateExpr = exprs.first(where: { $0.kind == .day || $0.kind == .datetime }),
      let date = dateExpr.start
    else { return nil }
    let utf8 = Array(restString.utf8)
    let before = String(decoding: utf8[0..<dateExpr.utf8Range.lowerBound], as: UTF8.self)
    let after = String(decoding: utf8[dateExpr.utf8Range.upperBound...], as: UTF8.self)
    // The date's span may have taken "møde" in front of it ("Direktionens møde den ...").
    return QuotedDecisionHeader(
      body: body(from: before, genitive: dateExpr.mentionsMeeting), date: date,
      itemNumber: itemNumber(in: after))
  }

  /// `Direktionens møde den` → `Direktionen`; `mødet i HovedMED den` → `HovedMED`.
  static func body(from raw: String, genitive followedByMeeting: Bool = false) -> String {
    var words = raw.split(separator: " ").map(String.init)
    func lastIs(_ w: String...) -> Bool { words.last.map { w.contains($0.lowercased()) } ?? false }
    while lastIs("den", "d.", "d", ",", "-") { words.removeLast() }
    var genitive = followedByMeeting
    while lastIs("møde", "mødet", "møder") {
      words.removeLast()
      genitive = true
    }
    if let first = words.first?.lowercased(), first == "mødet" || first == "møde" {
      words.removeFirst()
      if let f = words.first?.lowercased(), f == "i" || f == "på" { words.removeFirst() }
    }
    if genitive, var last = words.last, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss")
    {
      last.removeLast()
      words[words.count - 1] = last
    }
    return words.joined(separator: " ").trimming(" ,")
  }

  /// `, pkt. 8:` → 8; `pkt 1.:` → 1; `punkt 3` → 3.
  static func itemNumber(in after: String) -> Int? {
    let lower = after.lowercased()
    for key in ["pkt.", "pkt", "punkt", "pk.", "sag nr."] {
      guard let r = lower.range(of: key) else { continue }
      let digits = lower[r.upperBound...].drop(while: { $0 == " " || $0 == "." }).prefix(
        while: \.isNumber)
      if let n = Int(digits) { return n }
    }
    return nil
  }
}
