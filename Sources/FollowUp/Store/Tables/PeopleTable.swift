import MinutesCore

/// `people`: the people directory, one row per person: spellings, roles with where each was
/// learned, e-mail and the first evidence of the name.
enum PeopleTable {
  static let table = StoreTable(
    "people",
    [
      .init("name", "TEXT NOT NULL"), .init("aliases", "TEXT NOT NULL"), .init("roles", "TEXT NOT NULL"),
      .init("email", "TEXT"), .init("evidence", "TEXT NOT NULL"),
    ])

  /// Records in a column are separated by RS, fields by US.
  static let records = "\u{1E}"
  static let fields = "\u{1F}"

  static func values(_ p: Person) -> [SQLValue] {
    let roles = p.roles.map { [$0.title, "\($0.evidence.source):\($0.evidence.line)", $0.evidence.how].joined(separator: fields) }
    let evidence = p.evidence.map { "\($0.source):\($0.line)" + fields + $0.how }
    return [
      .text(p.name), .text(p.aliases.joined(separator: records)), .text(roles.joined(separator: records)),
      .opt(p.email), .text(evidence.joined(separator: records)),
    ]
  }

  /// A row's values as the bytes of one text, to tell whether a row changed; hashed as a block
  /// of bytes (a string key is hashed character by character, and a person's evidence is long).
  struct RowKey: Hashable {
    let bytes: [UInt8]
    func hash(into hasher: inout Hasher) { bytes.withUnsafeBytes { hasher.combine(bytes: $0) } }
  }

  static func rowKey(_ values: [String?]) -> RowKey {
    RowKey(bytes: Array(values.map { $0.map { "=" + $0 } ?? "∅" }.joined(separator: "\u{1D}").utf8))
  }

  /// The key of the row `values` writes.
  static func rowKey(_ values: [SQLValue]) -> RowKey {
    rowKey(
      values.map {
        switch $0 {
        case .null: return nil
        case .int(let n): return String(n)
        case .text(let t): return t
        case .blob(let b): return String(decoding: b, as: UTF8.self)
        }
      })
  }

  /// A person from a row.
  static func read(_ r: StoreRow) -> Person {
    read(name: r.text("name"), aliases: r.text("aliases"), roles: r.text("roles"), email: r.optionalText("email"), evidence: r.text("evidence"))
  }

  /// A person from a row's columns.
  static func read(name: String, aliases: String, roles: String, email: String?, evidence: String) -> Person {
    let roleRecords: [RoleRecord] = split(roles, recordByte).map { rec in
      let f = split(rec, fieldByte, omittingEmpty: false)
      let loc = location(f.count > 1 ? f[1] : "")
      return RoleRecord(title: f.first ?? "", evidence: Evidence(source: loc.file, line: loc.line, date: nil, how: f.count > 2 ? f[2] : ""))
    }
    let evidenceRecords: [Evidence] = split(evidence, recordByte).map { rec in
      let f = split(rec, fieldByte)
      let loc = location(f.first ?? "")
      return Evidence(source: loc.file, line: loc.line, date: nil, how: f.count > 1 ? f[1] : "")
    }
    return Person(name: name, aliases: split(aliases, recordByte), roles: roleRecords, email: email, evidence: evidenceRecords)
  }

  static let recordByte: UInt8 = 0x1E
  static let fieldByte: UInt8 = 0x1F

  /// A column's records or fields, split on their separator's byte (a control character, which
  /// no letter combines with).
  static func split(_ s: String, _ separator: UInt8, omittingEmpty: Bool = true) -> [String] {
    s.utf8.split(separator: separator, omittingEmptySubsequences: omittingEmpty).map { String(Substring($0)) }
  }

  /// `file:line` read back; a file name may hold a colon, the line is after the last.
  static func location(_ s: String) -> SourceLocation {
    if let i = s.lastIndex(of: ":"), let n = Int(s[s.index(after: i)...]) {
      return SourceLocation(file: String(s[..<i]), line: n)
    }
    return SourceLocation(file: s, line: 0)
  }
}

/// `people_terms`: what else the people directory learned: units of the organisation, outside
/// organisations and the titles of roles, by key.
enum PeopleTermsTable {
  static let table = StoreTable(
    "people_terms", [.init("kind", "TEXT NOT NULL"), .init("key", "TEXT NOT NULL"), .init("value", "TEXT NOT NULL")])

  /// The kinds of term.
  static let unit = "unit"
  static let external = "external"
  static let role = "role"
}

/// `people_learned`: what the people directory learned from every document up to one (its
/// `through`, the document's place in the order), before the people file and the settling of
/// spellings, every so many documents and after the last: a change learns again only from the
/// last of these before it.
enum PeopleLearnedTable {
  static let table = StoreTable(
    "people_learned",
    [.init("through", "TEXT PRIMARY KEY"), .init("last", "INTEGER NOT NULL"), .init("state", "BLOB NOT NULL")])
}
