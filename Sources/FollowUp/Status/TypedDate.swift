import Foundation
import MinutesCore

/// Dates and weeks as people type them on a command line, read relative to today: ISO
/// (`2024-10-16`, `2024-W42`) and every Danish form the temporal reader knows (`16-10-2024`,
/// `16. oktober`, `næste fredag`, `i morgen`, `uge 42`, `uge 42 2025`).
package enum TypedDate {
  /// Words around a date that say nothing more (`den 16. oktober`, `senest fredag`).
  static let fillers: Set<String> = [
    "den", "d", "på", "til", "senest", "inden", "næste", "kommende", "førstkommende", "om", "i",
  ]

  /// The day `text` names, or `nil` when it names none, or more than one, or says more than a
  /// day (`fredag eller mandag`).
  package static func day(_ text: String, today: Day) -> Day? {
    let t = text.trimmingCharacters(in: .whitespaces)
    if let d = Day(iso: t) { return d }
    guard t.utf8.count <= 200 else { return nil }
    let found = TemporalReader(reference: today).expressions(in: t)
    guard found.count == 1, let e = found.first, e.kind == .day || e.kind == .datetime, let d = e.start,
      onlyFillers(t, outside: e)
    else { return nil }
    return d
  }

  /// The Monday of the week `text` names: an ISO week (`2024-W42`, `2024w42`), a Danish one
  /// (`uge 42`, `uge 42 2025`), or any day (the week holding it); `nil` for anything else, and
  /// for years outside 1-9999.
  package static func week(_ text: String, today: Day) -> Day? {
    let t = text.trimmingCharacters(in: .whitespaces)
    if let monday = isoWeek(t) { return monday }
    if let d = day(t, today: today) { return d.adding(days: 1 - d.weekday) }
    guard t.utf8.count <= 200 else { return nil }
    let found = TemporalReader(reference: today).expressions(in: t)
    guard found.count == 1, let e = found.first, e.kind == .period, e.granularity == .week,
      let start = e.start, let end = e.end, start.weekday == 1, start.days(until: end) == 6,
      onlyFillers(t, outside: e)
    else { return nil }
    return start
  }

  /// `YYYY-Www` or `YYYYWww`, any case.
  static func isoWeek(_ t: String) -> Day? {
    let u = t.uppercased()
    guard let w = u.firstIndex(of: "W") else { return nil }
    var yearPart = u[..<w]
    if yearPart.hasSuffix("-") { yearPart = yearPart.dropLast() }
    let weekPart = u[u.index(after: w)...]
    guard (1...4).contains(yearPart.count), (1...2).contains(weekPart.count),
      yearPart.allSatisfy(\.isASCII), weekPart.allSatisfy(\.isASCII),
      let year = Int(yearPart), let week = Int(weekPart)
    else { return nil }
    return Day.monday(ofISOWeek: week, year: year)
  }

  /// Whether the text outside the expression is blank, punctuation or filler words.
  static func onlyFillers(_ t: String, outside e: TemporalExpression) -> Bool {
    let bytes = Array(t.utf8)
    guard e.utf8Range.lowerBound >= 0, e.utf8Range.upperBound <= bytes.count else { return false }
    let rest = String(decoding: bytes[..<e.utf8Range.lowerBound] + [0x20] + bytes[e.utf8Range.upperBound...], as: UTF8.self)
    let words = rest.lowercased().split { !$0.isLetter && !$0.isNumber }
    return words.allSatisfy { fillers.contains(String($0)) }
  }
}
