import MinutesCore

/// How a meeting date is known.
public enum MeetingBasis: String, Hashable, Sendable, Codable, Comparable {
  /// Its minutes were read.
  case minutes
  /// A later meeting quotes its decision (`Beslutning fra Direktionens møde den ...`).
  case quoted
  /// A published meeting plan lists it (`Møder i Medudvalg ... i 2024`).
  case plan
  /// The minutes mention it (`til mødet den 9. oktober 2024`).
  case mentioned
  /// Guessed from the committee's rhythm (weekly on Wednesdays, every second week ...).
  case rhythm

  var rank: Int {
    switch self {
    case .minutes: return 0
    case .quoted: return 1
    case .plan: return 2
    case .mentioned: return 3
    case .rhythm: return 4
    }
  }

  public static func < (a: MeetingBasis, b: MeetingBasis) -> Bool { a.rank < b.rank }
}

/// The known meeting days of each committee, and its next meeting after any day.
public struct MeetingCalendar: Sendable {
  private var days: [String: [Day: MeetingBasis]] = [:]

  /// Creates an empty calendar.
  public init() {}

  /// Records a meeting of a committee (by its directory key); the surest basis is kept.
  public mutating func add(_ committeeKey: String, _ day: Day, _ basis: MeetingBasis) {
    if let existing = days[committeeKey]?[day], existing <= basis { return }
    days[committeeKey, default: [:]][day] = basis
  }

  /// Every known meeting day, by committee key and day.
  var entries: [(key: String, day: Day, basis: MeetingBasis)] {
    days.keys.sorted().flatMap { key in
      (days[key] ?? [:]).sorted { $0.key < $1.key }.map { (key, $0.key, $0.value) }
    }
  }

  /// The known meetings of a committee, in order.
  public func meetings(_ committeeKey: String) -> [(Day, MeetingBasis)] {
    (days[committeeKey] ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  /// How many of a committee's known meetings have minutes.
  func minutesCount(_ committeeKey: String) -> Int {
    (days[committeeKey] ?? [:]).values.filter { $0 == .minutes }.count
  }

  /// Replaces a committee's known days (the surest basis of a day kept, as `add` keeps it).
  mutating func replace(_ committeeKey: String, with list: [(Day, MeetingBasis)]) {
    var own: [Day: MeetingBasis] = [:]
    own.reserveCapacity(list.count)
    for (d, b) in list {
      if let existing = own[d], existing <= b { continue }
      own[d] = b
    }
    days[committeeKey] = own.isEmpty ? nil : own
  }

  /// The committee's next meeting after `day`: the first known one, else one projected from
  /// the committee's rhythm.
  public func nextMeeting(after day: Day, committeeKey: String) -> (Day, MeetingBasis)? {
    Schedule(meetings(committeeKey)).next(after: day)
  }

  /// The committee's next meeting after each of `days`, its known days sorted and its rhythm
  /// found once.
  func nextMeetings(after list: [Day], committeeKey: String) -> [(Day, MeetingBasis)?] {
    let schedule = Schedule(meetings(committeeKey))
    return list.map { schedule.next(after: $0) }
  }

  /// A committee's known meetings in order, its firm days (a plan or minutes) and its rhythm.
  struct Schedule {
    let known: [(Day, MeetingBasis)]
    let firm: [Day]
    /// The typical gap in days between meetings (7, 14, 28 ...), from firm dates only.
    let rhythm: Int?

    init(_ known: [(Day, MeetingBasis)]) {
      self.known = known
      firm = known.filter { $0.1 <= .plan }.map(\.0)
      rhythm = Schedule.rhythm(firm)
    }

    static func rhythm(_ firm: [Day]) -> Int? {
      guard firm.count >= 3 else { return nil }
      var gaps: [Int] = []
      for i in 1..<firm.count { gaps.append(firm[i].ordinal - firm[i - 1].ordinal) }
      // The most common small gap: meetings skipped for holidays make larger multiples.
      let smallest = gaps.min() ?? 0
      guard smallest >= 7, smallest <= 35 else { return nil }
      let regular = gaps.filter { $0 % smallest == 0 }.count
      guard regular * 3 >= gaps.count * 2 else { return nil }
      return smallest
    }

    /// The first of `days` (sorted) after `day`.
    static func firstIndex<T>(_ days: [T], after day: Day, _ of: (T) -> Day) -> Int {
      var lo = 0
      var hi = days.count
      while lo < hi {
        let mid = (lo + hi) / 2
        if of(days[mid]) > day { hi = mid } else { lo = mid + 1 }
      }
      return lo
    }

    func next(after day: Day) -> (Day, MeetingBasis)? {
      let i = Schedule.firstIndex(known, after: day, \.0)
      if i < known.count {
        let next = known[i]
        // A meeting projected from the rhythm that falls before the next known one is more
        // likely when the known one is far away and the rhythm is regular.
        if let r = projected(after: day), r < next.0, next.0.ordinal - day.ordinal > 2 * (rhythm ?? 365) {
          return (r, .rhythm)
        }
        return next
      }
      if let r = projected(after: day) { return (r, .rhythm) }
      return nil
    }

    func projected(after day: Day) -> Day? {
      guard let gap = rhythm else { return nil }
      let k = Schedule.firstIndex(firm, after: day) { $0 }
      guard let anchor = k > 0 ? firm[k - 1] : firm.first else { return nil }
      var d = anchor
      while d <= day { d = d.adding(days: gap) }
      return d
    }
  }
}
