import Foundation
import MinutesCore

/// An instant in UTC to the second, written the ways calendars, mail and workbooks want it;
/// computed from the civil calendar so that no locale or time zone setting changes it.
struct UTCTime: Hashable, Sendable {
  /// The day.
  var day: Day
  /// Seconds since midnight.
  var seconds: Int

  /// The instant of a `Date`.
  init(_ date: Date) {
    // Years 1 to 9999; a clock outside them (or not a number) reads as 1970.
    let raw = date.timeIntervalSince1970
    let t = raw.isFinite && abs(raw) < 253_402_300_800 ? Int(raw.rounded(.down)) : 0
    let d = t >= 0 ? t / 86_400 : (t - 86_399) / 86_400
    day = Day(ordinal: d)
    seconds = t - d * 86_400
  }

  /// Midnight of a day.
  init(day: Day) {
    self.day = day
    seconds = 0
  }

  /// Reads `2024-10-03T08:00:00Z` (ISO 8601 in UTC, fractions ignored, as the store records).
  init?(iso text: String) {
    let b = Array(text.utf8)
    guard b.count >= 19, b[10] == UInt8(ascii: "T"), let d = Day(iso: String(decoding: b[0..<10], as: UTF8.self)) else { return nil }
    func num(_ r: Range<Int>) -> Int? { Int(String(decoding: b[r], as: UTF8.self)) }
    guard let h = num(11..<13), let m = num(14..<16), let s = num(17..<19), h < 24, m < 60, s < 61 else { return nil }
    day = d
    seconds = h * 3600 + m * 60 + min(s, 59)
  }

  var hour: Int { seconds / 3600 }
  var minute: Int { seconds / 60 % 60 }
  var second: Int { seconds % 60 }

  /// `20241003T080000Z`.
  var ics: String {
    let c = day.components
    return Day.pad4(c.year) + Day.pad2(c.month) + Day.pad2(c.day) + "T" + Day.pad2(hour) + Day.pad2(minute) + Day.pad2(second) + "Z"
  }

  /// `2024-10-03T08:00:00Z`.
  var iso: String {
    day.description + "T" + Day.pad2(hour) + ":" + Day.pad2(minute) + ":" + Day.pad2(second) + "Z"
  }

  /// `Thu, 03 Oct 2024 08:00:00 +0000` (RFC 5322; the names are English by the standard).
  var rfc5322: String {
    let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    let c = day.components
    return "\(names[day.weekday - 1]), \(Day.pad2(c.day)) \(months[c.month - 1]) \(Day.pad4(c.year)) "
      + "\(Day.pad2(hour)):\(Day.pad2(minute)):\(Day.pad2(second)) +0000"
  }
}
