import MinutesCore

/// `items`: one row per item of a meeting, with the outcome of its own decision.
enum ItemsTable {
  static let table = StoreTable(
    "items",
    [
      .init("document", "INTEGER NOT NULL"), .init("committee", "TEXT NOT NULL"), .init("date", "TEXT"),
      .init("number", "INTEGER NOT NULL"), .init("title", "TEXT NOT NULL"), .init("case_number", "TEXT"),
      .init("case_key", "TEXT"), .init("outcome", "TEXT NOT NULL"), .init("closed", "INTEGER NOT NULL"),
      .init("source", "TEXT NOT NULL"), .init("line", "INTEGER NOT NULL"),
    ],
    indexes: [("items_date", "date"), ("items_source", "source"), ("items_document", "document")])

  /// An item's row; a closed item's outcome is never stored.
  static func values(_ it: AgendaItem, of m: Meeting, committee: String, outcome: Outcome, document: Int) -> [SQLValue] {
    [
      .int(document), .text(committee), .day(m.date), .int(it.number), .text(it.title), .opt(it.caseNumber?.text),
      .opt(it.caseNumber?.key), .text((it.isClosed ? Outcome.none : outcome).rawValue), .bool(it.isClosed),
      .text(m.source), .int(it.line),
    ]
  }
}
