import MinutesCore

/// `cases`: one row per case followed across meetings; its appearances are rows of
/// `appearances`.
enum CasesTable {
  static let table = StoreTable(
    "cases",
    [
      .init("key", "TEXT PRIMARY KEY"), .init("case_number", "TEXT NOT NULL"), .init("title", "TEXT NOT NULL"),
      .init("titles", "TEXT NOT NULL"), .init("standing", "INTEGER NOT NULL"),
    ],
    indexes: [("cases_number", "case_number"), ("cases_standing", "standing")])

  /// The titles in the order they were used, in one column (they are only ever shown whole).
  static let separator = "\u{1E}"

  static func values(_ c: CaseRecord) -> [SQLValue] {
    [.text(c.key), .text(c.caseNumber), .text(c.title), .text(c.titles.joined(separator: separator)), .bool(c.isStanding)]
  }

  /// A case from its row, without its appearances.
  static func read(_ r: StoreRow) -> CaseRecord {
    var titles = r.text("titles").split(separator: separator, omittingEmptySubsequences: true).map(String.init)
    if titles.isEmpty, !r.text("title").isEmpty { titles = [r.text("title")] }
    return CaseRecord(
      key: r.text("key"), caseNumber: r.text("case_number"), titles: titles, isStanding: r.bool("standing"),
      appearances: [])
  }
}
