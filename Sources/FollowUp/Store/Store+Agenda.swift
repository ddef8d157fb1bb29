import MinutesCore

/// The store's answers for a committee's next agenda: its calendar, the cases sent on and
/// waiting, and the draft list of one meeting.
extension Store {
  /// Whether two names are one body: the same letters (`Direktionen`, `direktionen`), or one
  /// the other's definite or genitive form (`Direktion`, `Direktionens`).
  static func sameBody(_ a: String, _ b: String) -> Bool {
    let x = CommitteeDirectory.key(a)
    let y = CommitteeDirectory.key(b)
    guard !x.isEmpty, !y.isEmpty else { return false }
    if x == y { return true }
    let (short, long) = x.count < y.count ? (x, y) : (y, x)
    guard long.hasPrefix(short) else { return false }
    return ["en", "et", "n", "s", "ens", "ets", "ns"].contains(String(long.dropFirst(short.count)))
  }

  /// The cases sent on to another body or unit (`Fremsendes til Teknisk Udvalg`) that, as of
  /// `day`, wait there: referrals decided by then, not done by then (`ActionState`: settled
  /// by the recipient's decision or marked done by hand).
  /// - Parameters:
  ///   - day: The as-of day.
  ///   - recipient: Only those sent to this body (its name in any spelling).
  ///   - committee: Only those sent by this committee (loose match).
  ///   - includeClosed: Include closed items.
  public func openReferrals(
    asOf day: Day, to recipient: String? = nil, committee: String? = nil, includeClosed: Bool = false
  ) throws -> [OpenReferral] {
    // A body's name is compared once, however many referrals name it.
    var same: [String: Bool] = [:]
    func isRecipient(_ name: String) -> Bool {
      guard let r = recipient else { return true }
      if let known = same[name] { return known }
      let answer = Store.sameBody(name, r)
      same[name] = answer
      return answer
    }
    // Sent to the recipient: one of its names among the owners (or the responsible), or
    // assigned by hand; the names are compared once each, from the index.
    var condition = "AND kind = 'referral'"
    var values: [SQLValue] = []
    if recipient != nil {
      let names = try distinctValues("name", of: "action_owners").filter(isRecipient)
      // `+kind`: the few actions of the names are read by id, not every referral by kind.
      condition = """
        AND +kind = 'referral'
          AND id IN (SELECT action_id FROM action_owners WHERE name IN (\(Store.marks(names.count)))
            UNION SELECT target FROM events WHERE kind = 'assign')
        """
      values = names.map { .text($0) }
    }
    return try actions(
      asOf: day, committee: committee, includeClosed: includeClosed, where: condition, values, byID: false
    )
      .filter { v in
        v.status != .done && !v.accountable.isEmpty
          && (recipient == nil || v.accountable.contains { isRecipient($0.name) } && !isRecipient(v.action.committee))
      }
      .map { Store.referral($0, asOf: day) }
      .sorted(by: Store.referralOrder)
  }

  /// A waiting referral as the reports list it.
  static func referral(_ v: ActionView, asOf day: Day) -> OpenReferral {
    let a = v.action
    return OpenReferral(
      actionID: a.id, caseKey: a.caseKey, caseNumber: a.caseNumber, title: a.title, committee: a.committee,
      sentOn: a.decisionDate, recipients: v.accountable, daysWaiting: a.decisionDate.days(until: day),
      isClosed: a.isClosed, location: a.location)
  }

  /// The order waiting referrals are listed in: by sending committee, the longest waiting first.
  static func referralOrder(_ a: OpenReferral, _ b: OpenReferral) -> Bool {
    (a.committee, a.sentOn, a.title) < (b.committee, b.sentOn, b.title)
  }

  /// The meeting days the store knows of each committee: meetings read (minutes, or an
  /// agenda: a meeting announced), and the days deferrals and deadlines were set to a
  /// committee's next meeting.
  public func meetingCalendar() throws -> MeetingCalendar {
    try meetingCalendar(committeeKey: nil)
  }

  /// The meeting days the store knows of one committee (by `CommitteeDirectory.key`), or of
  /// every committee: its names are found in the index, and only their rows are read.
  func meetingCalendar(committeeKey: String?) throws -> MeetingCalendar {
    var calendar = MeetingCalendar()
    // Each committee's key folded once, not once a row.
    var keys: [String: String] = [:]
    func key(_ name: String) -> String {
      if let k = keys[name] { return k }
      let k = CommitteeDirectory.key(name)
      keys[name] = k
      return k
    }
    // One committee: its names as the meetings and the deferrals write them.
    func only(_ table: String) throws -> (String, [SQLValue]) {
      guard let committeeKey else { return ("", []) }
      let names = try distinctValues("committee", of: table).filter { key($0) == committeeKey }
      return (" AND committee IN (\(Store.marks(names.count)))", names.map { .text($0) })
    }
    let (ofMeetings, meetingNames) = try only("meetings")
    let meetings = try db.prepare("SELECT committee, date, kind, rowid FROM meetings WHERE date IS NOT NULL\(ofMeetings)")
      .rows(meetingNames, table: "meetings") { ($0.text(0), try $0.day(1), $0.text(2)) }
    for (c, d, kind) in meetings {
      calendar.add(key(c), d, kind == Meeting.DocumentKind.agenda.rawValue ? .plan : .minutes)
    }
    let (ofTargets, targetNames) = try only("postponements")
    let targets = try db.prepare(
      """
      SELECT committee, target, target_basis, rowid FROM postponements
      WHERE target IS NOT NULL AND target_basis IN ('next-meeting', 'next-meeting-mentioned')\(ofTargets)
      """
    ).rows(targetNames, table: "postponements") { ($0.text(0), try $0.day(1), $0.text(2)) }
    for (c, d, basis) in targets {
      calendar.add(key(c), d, basis == DueBasis.nextMeetingKnown.rawValue ? .quoted : .mentioned)
    }
    return calendar
  }

  /// The committee's first meeting on or after `day`, and how it is known; `nil` when the
  /// store knows of none and no rhythm projects one.
  public func nextMeeting(of committee: String, onOrAfter day: Day) throws -> (day: Day, basis: MeetingBasis)? {
    let key = CommitteeDirectory.key(committee)
    return try meetingCalendar(committeeKey: key).nextMeeting(after: day.adding(days: -1), committeeKey: key)
      .map { ($0.0, $0.1) }
  }

  /// The draft agenda of a committee's meeting on `meeting`, as of `asOf`: postponed cases
  /// due back, cases other committees sent to it, actions due at the meeting (or before the
  /// following one), overdue actions, presentations planned for it, and its standing items.
  /// - Parameters:
  ///   - committee: The committee as the store names it (`resolveCommittee`).
  ///   - meeting: The meeting day.
  ///   - asOf: The day the draft is made as of (by default the day before the meeting).
  ///   - includeClosed: Include closed items (confidential).
  public func agenda(committee: String, meeting: Day, asOf: Day, includeClosed: Bool = false) throws -> AgendaDraft {
    let key = CommitteeDirectory.key(committee)
    let calendar = try meetingCalendar(committeeKey: key)
    // A known meeting, else the day the committee's rhythm gives.
    let projected = calendar.nextMeeting(after: meeting.adding(days: -1), committeeKey: key)
    let basis = calendar.meetings(key).first { $0.0 == meeting }?.1 ?? (projected?.0 == meeting ? projected?.1 : nil)
    let following = calendar.nextMeeting(after: meeting, committeeKey: key)?.0
    // What falls due from the meeting before this one (known or by the rhythm) until the
    // following one must be taken up at this one; what fell due earlier is overdue, or
    // belongs on the earlier meeting's list.
    let bound = following ?? meeting.adding(days: 1)
    var previous: Day?
    var day = asOf
    for _ in 0..<400 {
      guard let next = calendar.nextMeeting(after: day, committeeKey: key)?.0, next < meeting else { break }
      previous = next
      day = next
    }
    let window: (Day) -> Bool = { due in due < bound && (previous.map { due > $0 } ?? true) }

    let bodies = try distinctValues("committee", of: "deferral_states").filter { Store.sameBody($0, committee) }
    let returns = try openPostponed(asOf: asOf, names: bodies, includeClosed: includeClosed)
      .filter { Store.sameBody($0.committee, committee) && ($0.target.map { $0 <= meeting } ?? true) }
      .sorted { ($0.since, $0.caseKey) < ($1.since, $1.caseKey) }
      .map { o in AgendaDraft.Return(postponement: o, lastItem: try deferralItem(o.caseKey, on: o.lastDeferred)) }

    let owned = try (distinctValues("name_key", of: "action_owners", where: "kind = 'body'")
      + distinctValues("name_key", of: "action_owners", where: "kind = 'unit'"))
      .filter { Store.sameBody($0, committee) }
    let marks = Store.marks(owned.count)
    // Overdue without a doubt, and so counted in SQL and only the newest read: the
    // committee's own tasks (not referrals, not presentations) without events, decided by
    // the day, due before it (and before the bound) and not settled by then (what
    // `ActionState` says of them).
    let asOfValue = SQLValue.text(asOf.description)
    let plain = """
      committee = ? AND +kind NOT IN ('referral', 'presentation') AND decision_date <= ? AND due < ? AND due < ?
        AND (settled_on IS NULL OR settled_on > ?) AND id NOT IN (SELECT target FROM events)
      """
    let plainBinds: [SQLValue] = [.text(committee), asOfValue, asOfValue, .text(bound.description), asOfValue]
    let plainCount = try db.prepare(
      "SELECT count(*) FROM actions WHERE \(plain)\(includeClosed ? "" : " AND closed = 0")"
    ).rows(plainBinds) { $0.int(0) }.first ?? 0
    let plainNewest = try actions(
      asOf: asOf, includeClosed: includeClosed, where: "AND \(plain)", plainBinds,
      orderLimit: "ORDER BY due DESC, id DESC LIMIT \(Reports.agendaOverdueLimit)")
    // The rest of the committee's own actions, those owned by it under another name, and
    // those assigned by hand; of them, those due by the bound (or given a due day by hand).
    let candidates = try actions(
      asOf: asOf, includeClosed: includeClosed,
      where: """
        AND id IN (SELECT id FROM actions WHERE committee = ?
          \(owned.isEmpty ? "" : "UNION SELECT action_id FROM action_owners WHERE name_key IN (\(marks))")
          UNION SELECT target FROM events WHERE kind = 'assign')
        AND (due < ? OR id IN (SELECT target FROM events WHERE kind = 'due'))
        AND NOT (\(plain))
        """,
      [.text(committee)] + owned.map { .text($0) } + [.text(bound.description)] + plainBinds)
    let ours = candidates.filter { v in
      v.status != .done && v.action.kind != .referral
        && (Store.sameBody(v.action.committee, committee) || v.accountable.contains { Store.sameBody($0.name, committee) })
    }
    let byDue: (ActionView, ActionView) -> Bool = { ($0.due ?? meeting, $0.action.id) < ($1.due ?? meeting, $1.action.id) }
    let dueHere = ours.filter { v in v.status != .overdue && v.due.map(window) == true }
    let overdueRest = ours.filter { $0.status == .overdue && $0.action.kind != .presentation }
    let overdue = (plainNewest + overdueRest).sorted(by: byDue).suffix(Reports.agendaOverdueLimit)
    return AgendaDraft(
      committee: committee, date: meeting, dateBasis: basis, followingMeeting: following, asOf: asOf, returns: returns,
      referrals: try openReferrals(asOf: asOf, to: committee, includeClosed: includeClosed),
      promised: dueHere.filter { $0.action.kind != .presentation }.sorted(by: byDue),
      overdue: Array(overdue), overdueTotal: plainCount + overdueRest.count,
      presentations: dueHere.filter { $0.action.kind == .presentation }.sorted(by: byDue),
      standing: try standingItems(of: committee, includeClosed: includeClosed))
  }

  /// The item number of a case's deferral on a day.
  func deferralItem(_ caseKey: String, on day: Day) throws -> Int? {
    try db.prepare("SELECT item FROM postponements WHERE case_key = ? AND meeting_date = ? AND item IS NOT NULL")
      .rows([.text(caseKey), .text(day.description)]) { $0.int(0) }.last
  }

  /// The standing items of a committee (`Godkendelse af dagsorden`, `Eventuelt`), by the
  /// item number they usually have.
  func standingItems(of committee: String, includeClosed: Bool) throws -> [String] {
    // The committee's names as its cases' appearances write them, then the standing cases'
    // appearances under those names (`CROSS JOIN`: the few standing cases first, each one's
    // appearances under the names by a seek).
    let names = try distinctValues("committee", of: "appearances").filter { Store.sameBody($0, committee) }
    let rows = try db.prepare(
      """
      SELECT c.title, a.item, a.committee, a.closed FROM cases c
        CROSS JOIN appearances a ON a.case_key = c.key AND a.committee IN (\(Store.marks(names.count)))
      WHERE c.standing = 1 AND a.item IS NOT NULL
      """
    ).rows(names.map { .text($0) }) { ($0.text(0), $0.int(1), $0.text(2), $0.int(3) == 1) }
    var positions: [String: [Int]] = [:]
    var same: [String: Bool] = [:]
    for (title, item, c, closed) in rows where !title.isEmpty && (includeClosed || !closed) {
      let isOurs = same[c] ?? Store.sameBody(c, committee)
      same[c] = isOurs
      guard isOurs else { continue }
      positions[title, default: []].append(item)
    }
    func usual(_ list: [Int]) -> Int { list.sorted()[list.count / 2] }
    // "Eventuelt" goes last, whatever its number.
    return positions.keys.sorted { a, b in
      let (ea, eb) = (TypedName.loose(a) == "eventuelt", TypedName.loose(b) == "eventuelt")
      if ea != eb { return eb }
      return (usual(positions[a] ?? [0]), a) < (usual(positions[b] ?? [0]), b)
    }
  }
}
