import MinutesCore

/// `deferral_states`: a case's state after each deferral, the window it holds in; the open
/// postponements as of a day are the rows whose window holds the day.
enum DeferralStatesTable {
  static let table = StoreTable(
    "deferral_states",
    [
      .init("case_key", "TEXT NOT NULL"), .init("case_number", "TEXT NOT NULL"), .init("title", "TEXT NOT NULL"),
      .init("committee", "TEXT NOT NULL"), .init("deferred_on", "TEXT NOT NULL"), .init("run", "INTEGER NOT NULL"),
      .init("since", "TEXT NOT NULL"), .init("valid_until", "TEXT"), .init("target", "TEXT"),
      .init("target_basis", "TEXT"), .init("target_held", "INTEGER NOT NULL"), .init("standing", "INTEGER NOT NULL"),
      .init("closed", "INTEGER NOT NULL"), .init("file", "TEXT NOT NULL"), .init("line", "INTEGER NOT NULL"),
      .init("on_agenda", "TEXT"),
    ],
    indexes: [
      ("deferral_states_on", "deferred_on, valid_until"), ("deferral_states_case", "case_key"),
      ("deferral_states_committee", "committee, deferred_on"),
    ])

  static func values(_ s: DeferralState) -> [SQLValue] {
    [
      .text(s.caseKey), .text(s.caseNumber), .text(s.title), .text(s.committee), .day(s.deferredOn), .int(s.run),
      .day(s.since), .day(s.validUntil), .day(s.target), .opt(s.targetBasis?.rawValue), .bool(s.targetMeetingHeld),
      .bool(s.isStanding), .bool(s.isClosed), .text(s.location.file), .int(s.location.line), .day(s.onAgenda),
    ]
  }

  /// A state from its row.
  /// - Throws: `DamagedValue` for a date or a name that does not decode.
  static func read(_ r: StoreRow) throws -> DeferralState {
    DeferralState(
      caseKey: r.text("case_key"), caseNumber: r.text("case_number"), title: r.text("title"),
      committee: r.text("committee"), deferredOn: try r.day("deferred_on"), run: r.int("run"),
      since: try r.day("since"), validUntil: try r.optionalDay("valid_until"), target: try r.optionalDay("target"),
      targetBasis: try r.optionalValue("target_basis", as: DueBasis.self), targetMeetingHeld: r.bool("target_held"),
      isStanding: r.bool("standing"), isClosed: r.bool("closed"),
      location: SourceLocation(file: r.text("file"), line: r.int("line")), onAgenda: try r.optionalDay("on_agenda"))
  }
}
