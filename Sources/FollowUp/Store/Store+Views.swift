import MinutesCore

/// The store's answers for the weekly loop: one owner's actions (owned, assigned by hand or
/// inferred), the cases sent on and still waiting, and what the next agenda of a committee
/// holds. Every action is read through `ActionState`, so its owner, due day and status are
/// those of every other report.
extension Store {
  /// The actions whose owners (after `assign` events) or inferred responsible, as of `day`,
  /// include one of `ownerKeys` (`DanishFolding.key` of a name).
  public func actions(
    asOf day: Day, ownerKeys: Set<String>, committee: String? = nil, includeClosed: Bool = false
  ) throws -> [ActionView] {
    guard !ownerKeys.isEmpty else { return [] }
    let keys = ownerKeys.sorted()
    let marks = keys.map { _ in "?" }.joined(separator: ",")
    // Candidates: owned by the sentence, assigned by hand (to anyone: the view decides), or
    // owned by nobody (an inferred responsible is read with the action).
    let candidates = try actions(
      asOf: day, committee: committee, includeClosed: includeClosed,
      where: """
        AND (id IN (SELECT action_id FROM action_owners WHERE name_key IN (\(marks)))
          OR id IN (SELECT target FROM events WHERE kind = 'assign') OR owners = '')
        """,
      keys.map { .text($0) })
    return candidates.filter { v in v.accountable.contains { ownerKeys.contains(DanishFolding.key($0.name)) } }
  }
}

extension Store {
  /// The register derived again from the stored documents and people file, for an export of
  /// the store (the events are read with `eventsByTarget()`).
  public func register() throws -> Register {
    let stmt = try db.prepare("SELECT name, text FROM documents ORDER BY date, committee, name")
    let failure = StoredMeetings.Failure()
    let r = Register(streaming: StoredMeetings(statement: stmt, failure: failure), peopleFile: try peopleFile())
    if let e = failure.error { throw e }
    return r
  }

  /// Every event recorded, by target.
  public func eventsByTarget() throws -> [String: [FollowUpEvent]] {
    let targets = try db.prepare("SELECT DISTINCT target FROM events").rows { $0.text(0) }
    return try events(for: targets)
  }
}
