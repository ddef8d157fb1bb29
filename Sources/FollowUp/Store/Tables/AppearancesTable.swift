import MinutesCore

/// `appearances`: a case at each meeting, in date order.
enum AppearancesTable {
  static let table = StoreTable(
    "appearances",
    [
      .init("case_key", "TEXT NOT NULL"), .init("position", "INTEGER NOT NULL"), .init("committee", "TEXT NOT NULL"),
      .init("date", "TEXT NOT NULL"), .init("item", "INTEGER"), .init("title", "TEXT"), .init("outcome", "TEXT"),
      .init("quoted", "INTEGER NOT NULL"), .init("supplement", "INTEGER NOT NULL"), .init("closed", "INTEGER NOT NULL"),
      .init("file", "TEXT"), .init("line", "INTEGER"), .init("agenda", "INTEGER NOT NULL"),
    ],
    indexes: [("appearances_case", "case_key, position"), ("appearances_committee", "committee, case_key")])

  static func values(_ a: Appearance, caseKey: String, position: Int) -> [SQLValue] {
    [
      .text(caseKey), .int(position), .text(a.committee), .day(a.date), .opt(a.item), .opt(a.title),
      .opt(a.outcome?.rawValue), .bool(a.isQuoted), .bool(a.hasSupplement), .bool(a.isClosed), .opt(a.location?.file),
      .opt(a.location?.line), .bool(a.isAgenda),
    ]
  }

  /// An appearance from its row.
  /// - Throws: `DamagedValue` for a date or an outcome that does not decode.
  static func read(_ r: StoreRow) throws -> Appearance {
    Appearance(
      committee: r.text("committee"), date: try r.day("date"), item: r.optionalInt("item"),
      title: r.optionalText("title"), outcome: try r.optionalValue("outcome", as: Outcome.self),
      isQuoted: r.bool("quoted"), hasSupplement: r.bool("supplement"), isClosed: r.bool("closed"),
      location: r.optionalText("file").map { SourceLocation(file: $0, line: r.int("line")) },
      isAgenda: r.bool("agenda"))
  }
}
