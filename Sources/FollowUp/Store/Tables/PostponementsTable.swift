import MinutesCore

/// `postponements`: one row per deferral of a case.
enum PostponementsTable {
  static let table = StoreTable(
    "postponements",
    [
      .init("document", "INTEGER NOT NULL"), .init("position", "INTEGER NOT NULL"), .init("ordering", "TEXT NOT NULL"),
      .init("key", "TEXT NOT NULL"),
      .init("case_key", "TEXT NOT NULL"), .init("case_number", "TEXT NOT NULL"), .init("committee", "TEXT NOT NULL"),
      .init("meeting_date", "TEXT NOT NULL"), .init("item", "INTEGER"), .init("target", "TEXT"),
      .init("target_text", "TEXT"), .init("target_basis", "TEXT"), .init("phrase", "TEXT NOT NULL"),
      .init("source", "TEXT NOT NULL"), .init("title", "TEXT NOT NULL"), .init("file", "TEXT NOT NULL"),
      .init("line", "INTEGER NOT NULL"), .init("closed", "INTEGER NOT NULL"), .init("unseen", "INTEGER NOT NULL"),
      .init("quoted_committee", "TEXT"), .init("quoted_date", "TEXT"), .init("quoted_item", "INTEGER"),
      .init("quoted_source", "TEXT"),
    ],
    indexes: [
      ("postponements_case", "case_key"), ("postponements_key", "key"),
      ("postponements_committee", "committee, target_basis, target"),
    ])

  static func values(_ p: Postponement, document: Int, position: Int, ordering: String) -> [SQLValue] {
    [
      .int(document), .int(position), .text(ordering), .text(Register.deferralKey(p)), .text(p.caseKey), .text(p.caseNumber), .text(p.committee), .day(p.meetingDate),
      .opt(p.item), .day(p.target), .opt(p.targetText), .opt(p.targetBasis?.rawValue), .text(p.phrase),
      .text(p.source.rawValue), .text(p.title), .text(p.location.file), .int(p.location.line), .bool(p.isClosed),
      .bool(p.isUnseenItem), .opt(p.quotedIn?.committee), .day(p.quotedIn?.date), .opt(p.quotedIn?.item),
      .opt(p.quotedIn?.source),
    ]
  }

  /// A deferral from its row.
  /// - Throws: `DamagedValue` for a date or a name that does not decode.
  static func read(_ r: StoreRow) throws -> Postponement {
    var quoted: QuotingMinutes?
    if let committee = r.optionalText("quoted_committee") {
      quoted = QuotingMinutes(
        committee: committee, date: try r.day("quoted_date"), item: r.int("quoted_item"),
        source: r.text("quoted_source"))
    }
    return Postponement(
      caseKey: r.text("case_key"), caseNumber: r.text("case_number"), committee: r.text("committee"),
      meetingDate: try r.day("meeting_date"), item: r.optionalInt("item"), target: try r.optionalDay("target"),
      targetText: r.optionalText("target_text"), targetBasis: try r.optionalValue("target_basis", as: DueBasis.self),
      phrase: r.text("phrase"), source: try r.value("source", as: ActionSource.self), title: r.text("title"),
      location: SourceLocation(file: r.text("file"), line: r.int("line")), isClosed: r.bool("closed"),
      quotedIn: quoted, isUnseenItem: r.bool("unseen"))
  }
}
