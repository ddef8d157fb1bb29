import MinutesCore

/// Builds the reports from a store: asks the store, reads the events that date the calendar
/// entries, and hands the answers to `Reports`. The CLI, `digest` and `publish` all build
/// their reports here.
public struct ReportBuilder {
  /// The store read.
  public var store: Store
  /// The day statuses are computed for.
  public var asOf: Day
  /// Only this committee (loose match); `nil` for all.
  public var committee: String?
  /// Show closed (Lukket) items (confidential).
  public var includeClosed: Bool
  /// The waiting referrals `postponed` lists of one sending committee (the newest; the rest
  /// are counted); `nil` lists all.
  public var referralLimit: Int? = Reports.referralLimit

  /// Creates a builder.
  public init(store: Store, asOf: Day, committee: String? = nil, includeClosed: Bool = false) {
    self.store = store
    self.asOf = asOf
    self.committee = committee
    self.includeClosed = includeClosed
  }

  func events(_ views: [ActionView]) throws -> [String: [FollowUpEvent]] {
    try store.events(for: views.map(\.action.id))
  }

  /// The items that must go back on an agenda.
  public func postponed() throws -> Report {
    Reports.postponed(
      try store.openPostponed(asOf: asOf, committee: committee, includeClosed: includeClosed),
      referrals: try store.waitingReferrals(
        asOf: asOf, committee: committee, includeClosed: includeClosed, limit: referralLimit),
      asOf: asOf)
  }

  /// The same builder with its committee as the store names it (`direktion` is
  /// `Direktionen`).
  /// - Throws: `TypedNameError` when no committee or several fit.
  public func resolvingCommittee() throws -> ReportBuilder {
    var b = self
    b.committee = try committee.map { try store.resolveCommittee($0) }
    return b
  }

  /// One owner's actions (the name as typed: `Louise`, `l. agerbo`, `kommunaldirektør`) or
  /// everyone's.
  /// - Throws: `TypedNameError` when no owner or several fit the name.
  public func actions(owner: String? = nil, includeDone: Bool = false) throws -> Report {
    let resolved = try owner.map { try store.resolveOwner($0) }
    let views =
      try resolved.map { try store.actions(asOf: asOf, ownerKeys: $0.keys, committee: committee, includeClosed: includeClosed) }
      ?? store.actions(asOf: asOf, committee: committee, includeClosed: includeClosed)
    return Reports.actions(
      views, asOf: asOf, owner: resolved?.name, ownerKeys: resolved?.keys, includeDone: includeDone,
      events: try events(views))
  }

  /// The status report of a period.
  public func period(_ period: ReportPeriod) throws -> Report {
    let p = try store.period(period, asOf: asOf, committee: committee, includeClosed: includeClosed)
    return Reports.period(p, events: try events(p.newActions + p.dueNext + p.overdue))
  }

  /// A case's timeline; `nil` when the store has no such case (or only closed appearances).
  public func caseTimeline(_ number: String) throws -> Report? {
    guard var c = try store.caseView(number, asOf: asOf, includeClosed: includeClosed) else { return nil }
    // As of a day: nothing that happened later.
    c.record.appearances.removeAll { $0.date > asOf }
    c.postponements.removeAll { $0.meetingDate > asOf }
    return Reports.caseTimeline(c, asOf: asOf, events: try events(c.actions))
  }

  /// The draft agenda of the builder's committee's meeting on `meeting`, as of the
  /// builder's day.
  public func agenda(meeting: Day) throws -> Report {
    let draft = try store.agenda(committee: committee ?? "", meeting: meeting, asOf: asOf, includeClosed: includeClosed)
    return Reports.agenda(draft, events: try events(draft.promised + draft.presentations + draft.overdue))
  }

  /// The draft agenda of the builder's committee's meeting on `meeting`, else its next
  /// meeting from `today` on; as of the builder's day when `asOfGiven`, else as the list stood
  /// the day before the meeting (or today, for a meeting to come).
  /// - Throws: `StoreError.notFound` when no meeting is given and the store knows of none to
  ///   come.
  public func agenda(meeting: Day?, today: Day, asOfGiven: Bool) throws -> Report {
    let name = committee ?? ""
    // "Pr. --as-of": the next meeting after that day, not after the clock's.
    let from = asOfGiven ? asOf.adding(days: 1) : today
    guard let day = try meeting ?? store.nextMeeting(of: name, onOrAfter: from)?.day else {
      throw StoreError.notFound("databasen kender intet kommende møde i \(name) efter \(from); giv mødets dag med --date")
    }
    var b = self
    if !asOfGiven { b.asOf = min(today, day.adding(days: -1)) }
    return try b.agenda(meeting: day)
  }

  /// The people directory.
  public func people() throws -> Report { Reports.people(try store.people()) }

  /// What the engine was unsure of.
  public func review(showConfirmed: Bool = false) throws -> Report {
    Reports.review(try store.reviewEntries(), showConfirmed: showConfirmed)
  }
}
