import MinutesCore

/// `meetings`: one row per meeting read, with its document.
enum MeetingsTable {
  static let table = StoreTable(
    "meetings",
    [
      .init("document", "INTEGER NOT NULL"), .init("committee", "TEXT NOT NULL"), .init("date", "TEXT"),
      .init("source", "TEXT NOT NULL"), .init("start_time", "TEXT"), .init("location", "TEXT"),
      .init("kind", "TEXT NOT NULL"),
    ],
    indexes: [("meetings_date", "date"), ("meetings_document", "document"), ("meetings_committee", "committee, date, kind")])

  /// A meeting's row; `committee` is its display name.
  static func values(_ m: Meeting, committee: String, document: Int) -> [SQLValue] {
    [
      .int(document), .text(committee), .day(m.date), .text(m.source), .opt(m.startTime?.description),
      .opt(m.location), .text(m.kind.rawValue),
    ]
  }
}
