import MinutesCore

/// The period a status report covers: an ISO week, a calendar month, or any span of days.
public enum ReportPeriod: Hashable, Sendable {
  /// An ISO 8601 week.
  case week(year: Int, week: Int)
  /// A calendar month.
  case month(year: Int, month: Int)
  /// The days from one to another, both included.
  case range(from: Day, to: Day)

  /// The ISO week holding a day.
  public static func week(of day: Day) -> ReportPeriod {
    let w = day.isoWeek
    return .week(year: w.year, week: w.week)
  }

  /// Reads `2024-W40` (`w` in any case); `nil` for anything else or a week the year lacks.
  public init?(week text: String) {
    let parts = text.uppercased().split(separator: "-")
    guard parts.count == 2, let y = Int(parts[0]), parts[1].hasPrefix("W"), let n = Int(parts[1].dropFirst()),
      Day.monday(ofISOWeek: n, year: y) != nil
    else { return nil }
    self = .week(year: y, week: n)
  }

  /// Reads `2024-10`; `nil` for anything else.
  public init?(month text: String) {
    let parts = text.split(separator: "-")
    guard parts.count == 2, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]),
      Day(year: y, month: m, day: 1) != nil
    else { return nil }
    self = .month(year: y, month: m)
  }

  /// The first day.
  public var start: Day {
    switch self {
    case .week(let y, let w): return Day.monday(ofISOWeek: w, year: y) ?? Day(ordinal: 0)
    case .month(let y, let m): return Day(year: y, month: m, day: 1) ?? Day(ordinal: 0)
    case .range(let from, _): return from
    }
  }

  /// The last day.
  public var end: Day {
    switch self {
    case .week: return start.adding(days: 6)
    case .month: return start.endOfMonth
    case .range(_, let to): return to
    }
  }

  /// The period after this one: the next week, the next month, as many days again.
  public var next: ReportPeriod {
    switch self {
    case .week: return .week(of: end.adding(days: 1))
    case .month(let y, let m): return m == 12 ? .month(year: y + 1, month: 1) : .month(year: y, month: m + 1)
    case .range(let from, let to): return .range(from: to.adding(days: 1), to: to.adding(days: from.days(until: to) + 1))
    }
  }

  /// `uge 40 2024`, `oktober 2024`, `2024-10-01–2024-10-15`.
  public var name: String {
    switch self {
    case .week(let y, let w): return "uge \(w) \(y)"
    case .month(let y, let m): return "\(ReportText.months[safe: m - 1] ?? String(m)) \(y)"
    case .range(let from, let to): return "\(from)–\(to)"
    }
  }

  /// `2024-W40`, `2024-10`, `2024-10-01_2024-10-15`: for JSON and file names.
  public var id: String {
    switch self {
    case .week(let y, let w): return "\(y)-W\(Day.pad2(w))"
    case .month(let y, let m): return "\(y)-\(Day.pad2(m))"
    case .range(let from, let to): return "\(from)_\(to)"
    }
  }

  /// `week`, `month`, `range`.
  public var kind: String {
    switch self {
    case .week: return "week"
    case .month: return "month"
    case .range: return "range"
    }
  }

  /// The next period in words: `i næste uge`, `i næste måned`, `de næste 10 dage`.
  var nextName: String {
    switch self {
    case .week: return "i næste uge"
    case .month: return "i næste måned"
    case .range(let from, let to): return "de næste \(from.days(until: to) + 1) dage"
    }
  }

  /// The heading of the part listing what falls due in the next period.
  var dueNextTitle: String { "Frist " + nextName }
}
