import MinutesCore

/// A case waiting to come back on an agenda.
public struct OpenPostponement: Hashable, Sendable, Codable {
  /// The case's key.
  public var caseKey: String
  /// The case number as written (empty when the item has none).
  public var caseNumber: String
  /// The latest title.
  public var title: String
  /// The committee that deferred it last.
  public var committee: String
  /// Deferrals in a row up to now.
  public var count: Int
  /// The first deferral of the run.
  public var since: Day
  /// The latest deferral.
  public var lastDeferred: Day
  /// When it was to come back.
  public var target: Day?
  /// How the target was found.
  public var targetBasis: DueBasis?
  /// Days from the first deferral to the as-of day.
  public var daysWaiting: Int
  /// The target is before the as-of day.
  public var isOverdue: Bool
  /// Minutes of the target meeting are known and the case is not on them.
  public var missedReturn: Bool
  /// The item is closed.
  public var isClosed: Bool
  /// Where the last deferral stands.
  public var location: SourceLocation
}

extension Register {
  /// The cases whose latest known decision, as of `day`, is a deferral.
  public func openPostponed(asOf day: Day, includeClosed: Bool = false) -> [OpenPostponement] {
    var byCase: [String: [Postponement]] = [:]
    for p in postponements where p.meetingDate <= day && (includeClosed || !p.isClosed) {
      byCase[p.caseKey, default: []].append(p)
    }
    var caseByKey: [String: CaseRecord] = [:]
    for c in cases { caseByKey[c.key] = c }
    var out: [OpenPostponement] = []
    for (key, list) in byCase {
      let c = caseByKey[key]
      if c?.isStanding == true { continue }
      // The case's decisions up to the day, in order; a deferral must be the latest.
      var events: [(Day, Bool)] = []
      for a in c?.appearances ?? [] where a.date <= day {
        events.append((a.date, a.outcome == .postponed))
      }
      for p in list where !events.contains(where: { $0.0 == p.meetingDate }) {
        events.append((p.meetingDate, true))
      }
      // A deferral of another item recorded at a meeting counts as that case's decision.
      for p in list {
        if let i = events.firstIndex(where: { $0.0 == p.meetingDate }) { events[i].1 = true }
      }
      events.sort { $0.0 < $1.0 }
      guard let last = events.last, last.1 else { continue }
      var run = 0
      for e in events.reversed() {
        if e.1 { run += 1 } else { break }
      }
      let since = events[events.count - run].0
      let latest = list.filter { $0.meetingDate == last.0 }.last ?? list.last!
      let target = latest.target
      var missed = false
      if let t = target, t < day {
        let k = committeeKey(latest.committee)
        let heldThen = calendar.meetings(k).contains { $0.0 == t && $0.1 == .minutes }
        let appeared = (c?.appearances ?? []).contains { $0.date >= t && !$0.isQuoted }
        missed = heldThen && !appeared
      }
      out.append(
        OpenPostponement(
          caseKey: key, caseNumber: latest.caseNumber, title: c?.title ?? latest.title,
          committee: latest.committee, count: run, since: since, lastDeferred: last.0,
          target: target, targetBasis: latest.targetBasis, daysWaiting: since.days(until: day),
          isOverdue: target.map { $0 < day } ?? false, missedReturn: missed,
          isClosed: latest.isClosed, location: latest.location))
    }
    return out.sorted { ($0.committee, $0.since, $0.caseKey) < ($1.committee, $1.since, $1.caseKey) }
  }
}
