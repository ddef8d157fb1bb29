/// A calendar day in the proleptic Gregorian calendar, without time zone.
///
/// Minutes speak of days, not instants, so the model never needs `Date` and its time zones.
/// A `Day` is stored as the number of days since 1970-01-01, which makes comparison and
/// arithmetic cheap; the civil components are computed on demand.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public let ordinal: Int

  /// Creates a day from its ordinal (days since 1970-01-01).
  public init(ordinal: Int) {
    self.ordinal = ordinal
  }

  /// Creates a day from civil components, or `nil` when they do not name a real day.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), year >= 1, year <= 9999,
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.ordinal = Day.daysFromCivil(year, month, day)
  }

  /// Parses an ISO 8601 calendar date (`2024-10-02`).
  public init?(iso text: some StringProtocol) {
    self.init(isoUTF8: text.utf8)
  }

  /// Parses an ISO 8601 calendar date (`2024-10-02`) from its UTF-8 bytes, without allocating:
  /// the store reads one a row.
  @inlinable
  public init?<Bytes: Sequence<UInt8>>(isoUTF8 bytes: Bytes) {
    var year = 0
    var month = 0
    var day = 0
    var i = 0
    for c in bytes {
      switch i {
      case 4, 7:
        guard c == 0x2D else { return nil }
      case 0...9:
        guard c >= 0x30, c <= 0x39 else { return nil }
        let v = Int(c &- 0x30)
        if i < 4 {
          year = year * 10 + v
        } else if i < 7 {
          month = month * 10 + v
        } else {
          day = day * 10 + v
        }
      default:
        return nil
      }
      i += 1
    }
    guard i == 10 else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// The civil year.
  public var year: Int { Day.civilFromDays(ordinal).year }
  /// The month, 1 to 12.
  public var month: Int { Day.civilFromDays(ordinal).month }
  /// The day of the month, 1 to 31.
  public var day: Int { Day.civilFromDays(ordinal).day }

  /// The civil components at once.
  public var components: (year: Int, month: Int, day: Int) { Day.civilFromDays(ordinal) }

  /// ISO weekday: 1 is Monday, 7 is Sunday.
  public var weekday: Int {
    // 1970-01-01 was a Thursday (4).
    let w = (ordinal + 3) % 7
    return (w < 0 ? w + 7 : w) + 1
  }

  /// The day `n` days later (earlier when negative).
  public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

  /// The same day of the month `n` months later, clamped to the month's last day.
  public func adding(months n: Int) -> Day {
    let c = components
    let total = c.year * 12 + (c.month - 1) + n
    let y = total / 12
    let m = total % 12 + 1
    let d = min(c.day, Day.daysIn(month: m, year: y))
    return Day(ordinal: Day.daysFromCivil(y, m, d))
  }

  /// The number of days from `self` to `other` (positive when `other` is later).
  public func days(until other: Day) -> Int { other.ordinal - ordinal }

  /// ISO 8601 week-numbering year and week of this day.
  public var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    let y = thursday.year
    let jan1 = Day(ordinal: Day.daysFromCivil(y, 1, 1))
    return (y, (thursday.ordinal - jan1.ordinal) / 7 + 1)
  }

  /// The Monday of ISO week `week` of ISO year `year`, or `nil` when the year has no such week.
  public static func monday(ofISOWeek week: Int, year: Int) -> Day? {
    guard (1...9999).contains(year), week >= 1, week <= weeksInISOYear(year) else { return nil }
    let jan4 = Day(ordinal: daysFromCivil(year, 1, 4))
    let week1Monday = jan4.adding(days: 1 - jan4.weekday)
    return week1Monday.adding(days: (week - 1) * 7)
  }

  /// 52 or 53.
  public static func weeksInISOYear(_ year: Int) -> Int {
    let dec28 = Day(ordinal: daysFromCivil(year, 12, 28))
    return dec28.isoWeek.week
  }

  /// The last day of the month of `self`.
  public var endOfMonth: Day {
    let c = components
    return Day(ordinal: Day.daysFromCivil(c.year, c.month, Day.daysIn(month: c.month, year: c.year)))
  }

  /// Days in a month of a year.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Whether `year` is a leap year.
  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  /// `YYYY-MM-DD`.
  public var description: String {
    let c = components
    return Day.pad(c.year, 4) + "-" + Day.pad(c.month, 2) + "-" + Day.pad(c.day, 2)
  }

  package static func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
  }

  // Howard Hinnant's algorithms (public domain), days from and to civil dates.
  static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 - 1 : y0
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (m + 9) % 12
    let doy = (153 * mp + 2) / 5 + d - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (m <= 2 ? y + 1 : y, m, d)
  }
}

extension Day: Codable {
  /// Decodes from `YYYY-MM-DD`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    let s = try c.decode(String.self)
    guard let d = Day(iso: s) else {
      throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a date: \(s)")
    }
    self = d
  }

  /// Encodes as `YYYY-MM-DD`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }
}

/// A time of day as minutes are written (`kl. 09:00`, `kl. 15.45`).
public struct ClockTime: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  /// 0 to 23.
  public let hour: Int
  /// 0 to 59.
  public let minute: Int

  /// Creates a time, or `nil` when out of range.
  public init?(hour: Int, minute: Int) {
    guard (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0 else {
      return nil
    }
    self.hour = hour
    self.minute = minute
  }

  /// Parses `HH:MM`.
  public init?(_ text: String) {
    let p = text.split(separator: ":")
    guard p.count == 2, let h = Int(p[0]), let m = Int(p[1]) else { return nil }
    self.init(hour: h, minute: m)
  }

  public static func < (a: ClockTime, b: ClockTime) -> Bool {
    (a.hour, a.minute) < (b.hour, b.minute)
  }

  /// `HH:MM`.
  public var description: String { Day.pad(hour, 2) + ":" + Day.pad(minute, 2) }

  /// Decodes from `HH:MM`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    let s = try c.decode(String.self)
    guard let t = ClockTime(s) else {
      throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a time: \(s)")
    }
    self = t
  }

  /// Encodes as `HH:MM`.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }
}
