import MinutesCore

extension Store {
  /// The status report of a period as of a day. A week is the store's weekly report; a month
  /// or a span of days is read the same way over its days.
  public func period(
    _ period: ReportPeriod, asOf: Day, committee: String? = nil, includeClosed: Bool = false
  ) throws -> PeriodReport {
    if case .week = period {
      let w = try weekly(week: period.start, asOf: asOf, committee: committee, includeClosed: includeClosed)
      return PeriodReport(weekly: w, committee: committee)
    }
    let s = period.start.description
    let e = period.end.description
    // A value that does not decode is reported with its table and row (`StoreError.damaged`).
    let meetingRows = try db.prepare(
      "SELECT committee, date, source, rowid FROM meetings WHERE date >= ? AND date <= ? ORDER BY date, committee"
    ).rows([.text(s), .text(e)], table: "meetings") { ($0.text(0), try $0.day(1), $0.text(2)) }
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
    let all = try actions(
      asOf: asOf, committee: committee, includeClosed: includeClosed,
      where: """
        AND id IN (SELECT id FROM actions WHERE meeting_date BETWEEN ? AND ?
          UNION SELECT id FROM actions WHERE due BETWEEN ? AND ?
          UNION SELECT id FROM actions WHERE settled_on BETWEEN ? AND ?
          UNION SELECT target FROM events)
        """,
      [.text(s), .text(e), .text(next.start.description), .text(next.end.description), .text(s), .text(e)])
    let overdueCondition = "AND due < ? AND (settled_on IS NULL OR settled_on > ?)"
    let overdueBinds: [SQLValue] = [.text(asOf.description), .text(asOf.description)]
    var overdue = try actions(
      asOf: asOf, committee: committee, includeClosed: includeClosed, where: overdueCondition,
      overdueBinds, orderLimit: "ORDER BY due DESC LIMIT \(Reports.weeklyOverdueLimit * 2)"
    ).filter { $0.status == .overdue }
    for v in all where v.status == .overdue && !overdue.contains(where: { $0.action.id == v.action.id }) {
      overdue.append(v)
    }
    overdue.sort { ($0.due ?? asOf) > ($1.due ?? asOf) }
    let overdueTotal = try db.prepare(
      "SELECT count(*) FROM actions WHERE 1 = 1 \(overdueCondition)\(includeClosed ? "" : " AND closed = 0")"
    ).rows(overdueBinds) { $0.int(0) }.first ?? overdue.count
    let doneIDs = Set(
      try db.prepare("SELECT target FROM events WHERE kind = 'done' AND at >= ? AND at <= ?").rows([.text(s), .text(e)]) {
        $0.text(0)
      })
    let start = period.start
    let end = period.end
    return PeriodReport(
      period: period, asOf: asOf, committee: committee, meetings: meetings,
      newActions: all.filter { $0.action.meetingDate >= start && $0.action.meetingDate <= end && $0.action.source == .decision },
      dueNext: all.filter { v in v.status != .done && v.due.map { $0 >= next.start && $0 <= next.end } == true },
      overdue: overdue, overdueTotal: max(overdueTotal, overdue.count),
      deferredTwice: try openPostponed(asOf: asOf, committee: committee, includeClosed: includeClosed).filter { $0.count >= 2 },
      done: all.filter { v in doneIDs.contains(v.action.id) || v.action.settledOn.map { $0 >= start && $0 <= end } == true })
  }
}
