import MinutesCore

extension Store {
  /// The cases sent on to another body that wait there as of `day` (as `openReferrals` has
  /// them), the newest `limit` of each sending committee, and how many wait of each.
  ///
  /// A referral without events waits when it was decided by the day, was not settled by then
  /// and names whom it was sent to: those are counted and the newest of each committee found
  /// in the index. A referral with events (done, assigned ...) is read whole and judged by
  /// `ActionState`, as every report does.
  /// - Parameters:
  ///   - day: The as-of day.
  ///   - committee: Only those sent by this committee (loose match).
  ///   - includeClosed: Include closed items.
  ///   - limit: The most listed of one committee; `nil` lists all.
  public func waitingReferrals(
    asOf day: Day, committee: String? = nil, includeClosed: Bool = false, limit: Int?
  ) throws -> WaitingReferrals {
    guard let limit else {
      return WaitingReferrals(all: try openReferrals(asOf: day, committee: committee, includeClosed: includeClosed))
    }
    let d = day.description
    var plain = "kind = 'referral' AND decision_date <= ? AND (settled_on IS NULL OR settled_on > ?)"
    var values: [SQLValue] = [.text(d), .text(d)]
    if !includeClosed { plain += " AND closed = 0" }
    if let committee {
      let names = try distinctValues("committee", of: "actions", where: "kind = 'referral'")
        .filter { Store.committeeMatches(committee, $0) }
      plain += " AND committee IN (\(Store.marks(names.count)))"
      values += names.map { .text($0) }
    }
    plain += """
       AND id NOT IN (SELECT target FROM events) AND accountable = 1
      """
    var totals: [String: Int] = [:]
    for (c, n) in try db.prepare("SELECT committee, count(*) FROM actions WHERE \(plain) GROUP BY committee")
      .rows(values, { ($0.text(0), $0.int(1)) })
    {
      totals[c] = n
    }
    // The newest of each committee without events, by a walk down the index.
    let newest = try db.prepare(
      "SELECT id FROM actions WHERE \(plain) AND committee = ? ORDER BY decision_date DESC, id DESC LIMIT ?")
    var ids: [String] = []
    for c in totals.keys.sorted() {
      ids += try newest.rows(values + [.text(c), .int(limit)]) { $0.text(0) }
    }
    var views: [ActionView] = []
    for chunk in ids.chunked(500) {
      views += try actions(
        asOf: day, includeClosed: includeClosed, where: "AND id IN (\(Store.marks(chunk.count)))", chunk.map { .text($0) })
    }
    // Those with events, judged whole.
    let edited = try actions(
      asOf: day, committee: committee, includeClosed: includeClosed,
      where: "AND kind = 'referral' AND id IN (SELECT target FROM events)", []
    ).filter { $0.status != .done && !$0.accountable.isEmpty }
    for v in edited { totals[v.action.committee, default: 0] += 1 }
    var byCommittee: [String: [ActionView]] = [:]
    for v in views + edited { byCommittee[v.action.committee, default: []].append(v) }
    let shown = byCommittee.values.flatMap { list in
      list.sorted { ($0.action.decisionDate, $0.action.id) > ($1.action.decisionDate, $1.action.id) }.prefix(limit)
    }
    return WaitingReferrals(
      shown: shown.map { Store.referral($0, asOf: day) }.sorted(by: Store.referralOrder), totals: totals, limit: limit)
  }
}
