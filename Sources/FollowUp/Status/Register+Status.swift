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
  /// The day of a meeting whose agenda lists the case again: it is `på dagsordenen` until
  /// that meeting's minutes decide it.
  public var onAgenda: Day?
  /// Where the target comes from (`skrevet`, `næste kendte møde`, `anslået`).
  public var targetSource: TargetSource? { targetBasis?.source }
}

/// A case's state after one deferral: deferred on a day, waiting until its next decision.
///
/// `openPostponed(asOf:)` is the states whose window holds the day; a store keeps the states
/// as rows and answers the same question with one indexed query.
public struct DeferralState: Hashable, Sendable, Codable {
  public var caseKey: String
  public var caseNumber: String
  public var title: String
  public var committee: String
  /// The deferring decision's day.
  public var deferredOn: Day
  /// Deferrals in a row up to this one (1 for the first).
  public var run: Int
  /// The first deferral of the run.
  public var since: Day
  /// The case's next decision after this one (a deferral or not); `nil` while none is known.
  public var validUntil: Day?
  public var target: Day?
  public var targetBasis: DueBasis?
  /// Minutes of the committee's meeting on the target day are known.
  public var targetMeetingHeld: Bool
  public var isStanding: Bool
  public var isClosed: Bool
  public var location: SourceLocation
  /// The day of the first agenda after the deferral that lists the case again.
  public var onAgenda: Day?

  /// The state holds on `day`.
  public func holds(on day: Day) -> Bool {
    deferredOn <= day && (validUntil.map { day < $0 } ?? true)
  }

  /// The open postponement this state means as of `day`.
  public func open(asOf day: Day) -> OpenPostponement {
    let overdue = target.map { $0 < day } ?? false
    return OpenPostponement(
      caseKey: caseKey, caseNumber: caseNumber, title: title, committee: committee, count: run,
      since: since, lastDeferred: deferredOn, target: target, targetBasis: targetBasis,
      daysWaiting: since.days(until: day), isOverdue: overdue,
      missedReturn: overdue && targetMeetingHeld, isClosed: isClosed, location: location,
      onAgenda: onAgenda)
  }
}

extension Register {
  /// The deferral states of every case with a deferral.
  mutating func computeDeferralStates() {
    var byCase: [String: [Postponement]] = [:]
    // A deferred item the minutes do not print cannot be followed.
    for p in postponements where !p.isUnseenItem { byCase[p.caseKey, default: []].append(p) }
    var caseByKey: [String: CaseRecord] = [:]
    for c in cases { caseByKey[c.key] = c }
    var states: [DeferralState] = []
    for key in byCase.keys.sorted() {
      let list = byCase[key]!
      let c = caseByKey[key]
      // The case's decisions in order; a deferral recorded at a meeting marks that decision.
      var events: [Day: Bool] = [:]
      // An agenda is no decision: it tells when the case is to be taken up.
      let agendaDays = (c?.appearances ?? []).filter(\.isAgenda).map(\.date)
      for a in c?.appearances ?? [] where !a.isAgenda && (a.outcome != nil || !a.isQuoted) {
        events[a.date] = (events[a.date] ?? false) || a.outcome == .postponed
      }
      for p in list { events[p.meetingDate] = true }
      // "Sagen er genoptaget fra mødet den ...": the minutes that say so took the case up again,
      // with or without a case number to follow it by.
      for p in list where p.source == .caseText {
        if let q = p.quotedIn, q.date > p.meetingDate { events[q.date] = events[q.date] ?? false }
      }
      let days = events.keys.sorted()
      var run = 0
      var since = days.first ?? Day(ordinal: 0)
      for (i, d) in days.enumerated() {
        guard events[d] == true else {
          run = 0
          continue
        }
        run += 1
        if run == 1 { since = d }
        let p = list.filter { $0.meetingDate == d }.last ?? list.last!
        let held = p.target.map { t in
          calendar.meetings(calendarKey(p.committee, town: town(ofSource: p.location.file))).contains {
            $0.0 == t && $0.1 == .minutes
          }
        } ?? false
        states.append(
          DeferralState(
            caseKey: key, caseNumber: p.caseNumber, title: c?.title ?? p.title, committee: p.committee,
            deferredOn: d, run: run, since: since, validUntil: i + 1 < days.count ? days[i + 1] : nil,
            target: p.target, targetBasis: p.targetBasis, targetMeetingHeld: held,
            isStanding: c?.isStanding ?? false, isClosed: p.isClosed, location: p.location,
            onAgenda: agendaDays.first { $0 > d && (i + 1 < days.count ? $0 <= days[i + 1] : true) }))
      }
    }
    deferralStates = states
  }

  /// The cases whose latest known decision, as of `day`, is a deferral.
  public func openPostponed(asOf day: Day, includeClosed: Bool = false) -> [OpenPostponement] {
    deferralStates.filter { $0.holds(on: day) && !$0.isStanding && (includeClosed || !$0.isClosed) }
      .map { $0.open(asOf: day) }
      .sorted { ($0.committee, $0.since, $0.caseKey) < ($1.committee, $1.since, $1.caseKey) }
  }
}
