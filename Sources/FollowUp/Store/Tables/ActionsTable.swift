import MinutesCore

/// `actions`: one row per action of the register; its owners and inferred responsible are rows
/// of `action_owners`.
enum ActionsTable {
  static let table = StoreTable(
    "actions",
    [
      .init("id", "TEXT PRIMARY KEY"), .init("document", "INTEGER NOT NULL"), .init("position", "INTEGER NOT NULL"),
      .init("ordering", "TEXT NOT NULL"),
      .init("committee", "TEXT NOT NULL"), .init("meeting_date", "TEXT NOT NULL"), .init("item", "INTEGER NOT NULL"),
      .init("source", "TEXT NOT NULL"), .init("decision_date", "TEXT NOT NULL"), .init("decision_item", "INTEGER"),
      .init("sentence", "TEXT NOT NULL"), .init("due", "TEXT"), .init("due_text", "TEXT"), .init("due_basis", "TEXT"),
      .init("kind", "TEXT NOT NULL"), .init("case_key", "TEXT"), .init("case_number", "TEXT"),
      .init("title", "TEXT NOT NULL"), .init("closed", "INTEGER NOT NULL"), .init("file", "TEXT NOT NULL"),
      .init("line", "INTEGER NOT NULL"), .init("settled_on", "TEXT"), .init("responsible_basis", "TEXT"),
      .init("quoted_committee", "TEXT"), .init("quoted_date", "TEXT"), .init("quoted_item", "INTEGER"),
      .init("quoted_source", "TEXT"),
      // Whether the action has an owner or an inferred responsible (rows of `action_owners`):
      // a referral waits only where someone holds it, counted without reading those rows.
      .init("accountable", "INTEGER NOT NULL DEFAULT 0"),
    ],
    indexes: [
      // By due day, with what tells whether an action is overdue: overdue actions are counted
      // without reading the table. (No index leads with `closed`, which most queries test:
      // SQLite would take it for a narrow one.)
      ("actions_due", "due, closed, decision_date, settled_on, id"), ("actions_meeting", "meeting_date"),
      ("actions_case", "case_key"), ("actions_settled", "settled_on"), ("actions_document", "document"),
      // Referrals waiting by sending committee, newest first; a committee's actions.
      ("actions_kind", "kind, committee, decision_date, id, closed, settled_on, accountable"), ("actions_committee", "committee, id"),
    ])

  /// An action's row (its owners apart): `document` and `position` say which reading of which
  /// file it is, `ordering` where it stands in the order of the register's decisions.
  static func values(_ a: ActionItem, document: Int, position: Int, ordering: String) -> [SQLValue] {
    [
      .text(a.id), .int(document), .int(position), .text(ordering), .text(a.committee), .day(a.meetingDate), .int(a.item),
      .text(a.source.rawValue), .day(a.decisionDate), .opt(a.decisionItem), .text(a.sentence), .day(a.due),
      .opt(a.dueText), .opt(a.dueBasis?.rawValue), .text(a.kind.rawValue), .opt(a.caseKey), .opt(a.caseNumber),
      .text(a.title), .bool(a.isClosed), .text(a.location.file), .int(a.location.line), .day(a.settledOn),
      .opt(a.responsibleBasis), .opt(a.quotedIn?.committee), .day(a.quotedIn?.date), .opt(a.quotedIn?.item),
      .opt(a.quotedIn?.source), .bool(!a.owners.isEmpty || !a.responsible.isEmpty),
    ]
  }

  /// An action from its row, without its owners.
  /// - Throws: `DamagedValue` for a date or a kind that does not decode.
  static func read(_ r: StoreRow) throws -> ActionItem {
    var quoted: QuotingMinutes?
    if let committee = r.optionalText("quoted_committee") {
      quoted = QuotingMinutes(
        committee: committee, date: try r.day("quoted_date"), item: r.int("quoted_item"),
        source: r.text("quoted_source"))
    }
    return ActionItem(
      id: r.text("id"), committee: r.text("committee"), meetingDate: try r.day("meeting_date"), item: r.int("item"),
      source: try r.value("source", as: ActionSource.self), decisionDate: try r.day("decision_date"),
      sentence: r.text("sentence"), owners: [], due: try r.optionalDay("due"), dueText: r.optionalText("due_text"),
      dueBasis: try r.optionalValue("due_basis", as: DueBasis.self), kind: try r.value("kind", as: ActionKind.self),
      caseKey: r.optionalText("case_key"), caseNumber: r.optionalText("case_number"), title: r.text("title"),
      isClosed: r.bool("closed"), location: SourceLocation(file: r.text("file"), line: r.int("line")),
      settledOn: try r.optionalDay("settled_on"), responsible: [], responsibleBasis: r.optionalText("responsible_basis"),
      decisionItem: r.optionalInt("decision_item"), quotedIn: quoted)
  }
}
