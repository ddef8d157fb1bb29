/// A date, period, time or meeting reference found in Danish text, with the text it came from.
public struct TemporalExpression: Hashable, Sendable, Codable {
  /// What an expression denotes.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// One calendar day (`den 9. oktober 2024`, `1.1.2025`, `næste uge`).
    case day
    /// A day with a time (`Onsdag d. 04. december 2024 kl. 09:00`).
    case datetime
    /// A time of day alone (`kl. 15.45`).
    case time
    /// A span of days (`i oktober 2024`, `uge 40-41`, `primo 2024`).
    case period
    /// The committee's next meeting (`næste møde`); resolved later from the committee's calendar.
    case nextMeeting = "next-meeting"
    /// A length of time without a preposition (`udsættes 14 dage`, `en måned`, `3 uger`):
    /// `start` is the reference day and `end` the day the length runs to from it. A duration is
    /// no deadline by itself (`date` is `nil`); a reader that knows the length counts from the
    /// meeting (a deferral) takes `end`.
    case duration
  }

  /// How fine the expression is; a period's deadline is its end.
  public enum Granularity: String, Hashable, Sendable, Codable {
    case day, days, week, month, partOfMonth, quarter, halfYear, season, year, partOfYear, meeting,
      time, holiday
  }

  /// The kind.
  public var kind: Kind
  /// The granularity.
  public var granularity: Granularity
  /// The UTF-8 byte range of the span in the text that was read.
  public var utf8Range: Range<Int>
  /// The text of the span, as written.
  public var text: String
  /// First day (the day itself for `.day` and `.datetime`).
  public var start: Day?
  /// Last day (the same as `start` for a day).
  public var end: Day?
  /// Time of day, when given.
  public var time: ClockTime?
  /// End time of a time range (`kl. 13.00 - 15.30`).
  public var endTime: ClockTime?
  /// True when the year was not written and was taken from the reference date.
  public var isYearInferred: Bool
  /// True when the span names a meeting (`til mødet den 9. oktober 2024`, `næste møde`).
  public var mentionsMeeting: Bool
  /// True when the day is counted from the reference day rather than written (`i morgen`,
  /// `næste uge`, `om 14 dage`, `drøftes igen onsdag`): a reader of a document's own date
  /// skips these.
  public var isRelative: Bool

  /// The deadline the expression means: a day itself, or a period's last day.
  public var date: Day? {
    switch kind {
    case .day, .datetime: return start
    case .period: return end
    case .time, .nextMeeting, .duration: return nil
    }
  }

  /// Creates an expression.
  public init(
    kind: Kind, granularity: Granularity, utf8Range: Range<Int>, text: String, start: Day? = nil,
    end: Day? = nil, time: ClockTime? = nil, endTime: ClockTime? = nil,
    isYearInferred: Bool = false, mentionsMeeting: Bool = false, isRelative: Bool = false
  ) {
    self.kind = kind
    self.granularity = granularity
    self.utf8Range = utf8Range
    self.text = text
    self.start = start
    self.end = end ?? start
    self.time = time
    self.endTime = endTime
    self.isYearInferred = isYearInferred
    self.mentionsMeeting = mentionsMeeting
    self.isRelative = isRelative
  }
}
