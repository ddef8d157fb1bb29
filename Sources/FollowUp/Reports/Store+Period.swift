import MinutesCore

extension Store {
  /// The status report of a period (a week, a month or a span of days) as of a day: the
  /// meetings held in it (an agenda is no meeting held), the actions they laid down, what falls
  /// due in the next period, what is overdue, what was deferred twice or more and what was
  /// done. Every action is read through `ActionState`, so the report agrees with `actions`.
  public func period(
    _ period: ReportPeriod, asOf: Day, committee: String? = nil, includeClosed: Bool = false
  ) throws -> PeriodReport {
    let s = period.start.description
    let e = period.end.description
    // A value that does not decode is reported with its table and row (`StoreError.damaged`).
    let meetingRows = try db.prepare(
      """
      SELECT committee, date, source, rowid FROM meetings
      WHERE date >= ? AND date <= ? AND date <= ? AND kind <> 'agenda' ORDER BY date, committee
      """
    ).rows([.text(s), .text(e), .text(asOf.description)], table: "meetings") { ($0.text(0), try $0.day(1), $0.text(2)) }
    var meetings: [WeeklyMeeting] = []
    for (c, day, src) in meetingRows where Store.committeeMatches(committee, c) {
      let items = try db.prepare(
        "SELECT number, title, case_number, outcome, closed, rowid FROM items WHERE source = ? ORDER BY number"
      ).rows([.text(src)], table: "items") {
        ($0.int(0), $0.text(1), $0.optionalText(2), try $0.value(3, as: Outcome.self), $0.int(4) == 1)
      }
      meetings.append(
        WeeklyMeeting(
          committee: c, date: day, source: src,
          items: items.filter { includeClosed || !$0.4 }.map { ($0.0, $0.1, $0.2, $0.3) }))
    }
    let next = period.next
    let day = asOf.description
    // Only the actions the report can show: laid down in the period, due by the end of the
    // next, settled in the period; and every action with events, since an event may move a
    // due day, a status or an owner.
    let all = try actions(
      asOf: asOf, committee: committee, includeClosed: includeClosed,
      where: """
        AND id IN (SELECT id FROM actions WHERE meeting_date BETWEEN ? AND ?
          UNION SELECT id FROM actions WHERE due BETWEEN ? AND ?
          UNION SELECT id FROM actions WHERE settled_on BETWEEN ? AND ?
          UNION SELECT target FROM events)
        """,
      [.text(s), .text(e), .text(day), .text(next.end.description), .text(s), .text(e)])
    // Overdue: the newest in full, all of them counted. An action without events is overdue
    // when it was decided, is due before the day and was not settled by then (what
    // `ActionState` says of it); those with events are among `all`.
    let edited = Set(try db.prepare("SELECT DISTINCT target FROM events").rows { $0.text(0) })
    var plain = "AND decision_date <= ? AND due < ? AND (settled_on IS NULL OR settled_on > ?) AND id NOT IN (SELECT target FROM events)"
    var binds: [SQLValue] = [.text(day), .text(day), .text(day)]
    if let committee {
      let names = try db.prepare("SELECT DISTINCT committee FROM actions").rows { $0.text(0) }
        .filter { Store.committeeMatches(committee, $0) }
      plain += " AND committee IN (\(names.map { _ in "?" }.joined(separator: ",")))"
      binds += names.map { .text($0) }
    }
    if !includeClosed { plain += " AND closed = 0" }
    let plainCount = try db.prepare("SELECT count(*) FROM actions WHERE 1 = 1 \(plain)").rows(binds) { $0.int(0) }.first ?? 0
    var overdue = try actions(
      asOf: asOf, committee: committee, includeClosed: includeClosed, where: plain, binds,
      orderLimit: "ORDER BY due DESC LIMIT \(Reports.weeklyOverdueLimit)"
    ).filter { $0.status == .overdue }
    let seen = Set(overdue.map(\.action.id))
    overdue += all.filter { $0.status == .overdue && !seen.contains($0.action.id) }
    overdue.sort { ($0.due ?? asOf, $1.action.id) > ($1.due ?? asOf, $0.action.id) }
    let overdueTotal = plainCount + all.filter { $0.status == .overdue && edited.contains($0.action.id) }.count
    let start = period.start
    let end = period.end
    return PeriodReport(
      period: period, asOf: asOf, committee: committee, meetings: meetings,
      newActions: all.filter { $0.action.meetingDate >= start && $0.action.meetingDate <= end && $0.action.source == .decision },
      dueNext: all.filter { v in v.status != .done && v.due.map { $0 >= next.start && $0 <= next.end } == true },
      overdue: Array(overdue.prefix(Reports.weeklyOverdueLimit)), overdueTotal: max(overdueTotal, overdue.count),
      deferredTwice: try openPostponed(asOf: asOf, committee: committee, includeClosed: includeClosed).filter { $0.count >= 2 },
      done: all.filter { v in v.doneOn.map { $0 >= start && $0 <= end } == true })
  }
}
