import Foundation
import MinutesCore
import Testing

@testable import FollowUp

/// A store an earlier followup made is taken forward in one transaction, whichever command
/// opens it first: its documents and the secretariat's events are kept, the register is
/// derived again, and the schema it then has is accepted as this version's.
@Suite(.serialized) struct StoreMigrationTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("migration") }

  /// The example documents as a fresh import stores them: name, path, hash, committee, key,
  /// date, kind, text.
  static let documents: [[SQLValue]] = {
    guard let dir = try? TemporaryStore("migration-source") else { return [] }
    defer { dir.remove() }
    guard let store = try? Store(path: dir.db, create: true),
      (try? store.importDocuments(SourceLoader.expand([Examples.folder]).files, now: "2024-10-01T00:00:00Z")) != nil,
      let statement = try? store.db.prepare(
        "SELECT name, path, content_hash, committee, committee_key, date, kind, bytes, text FROM documents")
    else { return [] }
    let rows = (try? statement.rows([], table: nil, Self.values)) ?? []
    return rows
  }()

  static func values(_ s: SQLiteStatement) -> [SQLValue] {
    (0..<9).map { i in s.isNull(Int32(i)) ? .null : i == 7 ? .int(s.int(7)) : .text(s.text(Int32(i))) }
  }

  /// A store file in an earlier schema, with the example documents, a `done` event on an
  /// action the old version derived, and an old derived row.
  func oldStore(_ sql: String, version: Int = 1) throws -> String {
    let raw = try SQLiteDatabase(path: temporary.db, create: true)
    try raw.exec("PRAGMA journal_mode = WAL")
    try raw.exec(sql)
    try raw.prepare("INSERT INTO meta(key, value) VALUES ('schema_version', ?)").run([.text(String(version))])
    for d in Self.documents {
      try raw.prepare(
        """
        INSERT INTO documents(name, path, content_hash, committee, committee_key, date, kind, imported_at, bytes, text)
        VALUES (?, ?, ?, ?, ?, ?, ?, '2024-10-01T00:00:00Z', ?, ?)
        """
      ).run(d)
    }
    let id = try #require(Examples.register.actions.first { $0.sentence.contains("indhenter") }?.id)
    try raw.prepare("INSERT INTO events(target, kind, value, actor, at, recorded) VALUES (?, 'done', NULL, 'a', '2024-10-03', '')")
      .run([.text(id)])
    try raw.exec("INSERT INTO cases(key, case_number, title, titles, standing) VALUES ('old', 'old', 'old', 'old', 0)")
    return id
  }

  @Test(arguments: [StoreMigration.schemaV1First, StoreMigration.schemaV1])
  func aVersion1StoreIsTakenForward(sql: String) throws {
    defer { temporary.remove() }
    let id = try oldStore(sql)
    let store = try Store(path: temporary.db, create: false)
    #expect(try store.meta("schema_version") == String(StoreSchema.version))
    #expect(try store.count("documents") == Self.documents.count)
    #expect(try store.count("cases") > 1)
    #expect(try store.db.prepare("SELECT count(*) FROM cases WHERE key = 'old'").rows { $0.int(0) } == [0])
    // The event holds for the action derived again.
    let view = try #require(try store.actions(asOf: Examples.day("2024-10-03")).first { $0.action.id == id })
    #expect(view.status == .done)
    #expect(view.action.owners.map(\.name) == ["Pia Ulv Helleland"])
    // Opened again, the migrated schema is this version's.
    #expect(throws: Never.self) { try Store(path: temporary.db, create: false) }
    let (code, out, err) = try temporary.run(["postponed", "--as-of", "2024-10-03"])
    #expect(code == 0, "\(err)")
    #expect(out.contains("85.13.00G01-2-23"))
  }

  /// Readings an earlier followup kept in another layout (no mark in `meta`, bytes this version
  /// does not read) are read again from the stored documents at the next import: the import
  /// works and the register is the one a new store makes of the same files.
  @Test func readingsOfAnEarlierLayoutAreReadAgainAtTheNextImport() throws {
    defer { temporary.remove() }
    let files = SourceLoader.expand([Examples.folder]).files
    let last = try #require(files.last)
    let store = try Store(path: temporary.db, create: true)
    _ = try store.importDocuments(Array(files.dropLast()), now: "2024-10-01T00:00:00Z")
    #expect(try store.meta("reading_version") == String(StoreCoder.version))
    try store.db.exec("UPDATE readings SET reading = X'01'")
    try store.db.exec("DELETE FROM meta WHERE key = 'reading_version'")
    _ = try store.importDocuments([last], now: "2024-10-02T00:00:00Z")
    #expect(try store.meta("reading_version") == String(StoreCoder.version))
    let fresh = try TemporaryStore("migration-fresh")
    defer { fresh.remove() }
    let other = try Store(path: fresh.db, create: true)
    _ = try other.importDocuments(files, now: "2024-10-01T00:00:00Z")
    #expect(try StoreIncrementalTests.dump(store) == StoreIncrementalTests.dump(other))
  }

  @Test func aReportOpeningAnOldStoreTakesItForward() throws {
    defer { temporary.remove() }
    _ = try oldStore(StoreMigration.schemaV1First)
    let store = try Store(path: temporary.db, create: false, readOnly: true)
    #expect(try store.meta("schema_version") == String(StoreSchema.version))
    #expect(try store.openPostponed(asOf: Examples.day("2024-10-03")).count == 4)
  }

  @Test func anOldStoreChangedBySomeoneElseIsRefusedAndLeftAsItIs() throws {
    defer { temporary.remove() }
    _ = try oldStore(StoreMigration.schemaV1 + "CREATE TABLE extra(x);")
    #expect {
      try Store(path: temporary.db, create: false)
    } throws: { e in
      guard case StoreError.notAStore(_, let reason) = e else { return false }
      return reason == "tabellen extra er ukendt"
    }
    let raw = try SQLiteDatabase(path: temporary.db, create: false)
    #expect(try Store.meta(raw, "schema_version") == "1")
    #expect(try raw.prepare("SELECT count(*) FROM cases").rows { $0.int(0) } == [1])
  }

  @Test func everyMigratedSchemaIsAcceptedAndNoOther() {
    for (version, sql) in StoreMigration.historic {
      let migrated = Store.objects(made: sql, migratedFrom: version)
      #expect(!migrated.isEmpty)
      #expect(Store.acceptedSchemas.contains(migrated))
      // Every table and index this version makes, under the same names.
      #expect(Set(migrated.map(\.name)) == Set(Store.freshSchema.map(\.name)))
    }
    #expect(!Store.acceptedSchemas.contains(Store.objects(made: StoreMigration.schemaV1)))
  }

  /// A store of an earlier version that only lacks indexes (its schema as that version made
  /// it, frozen in `StoreMigration`) with the example documents' rows as this version derives
  /// them, a `done` event, and a derived row no derivation makes (which shows whether the
  /// register was derived again).
  func indexOnlyStore(_ sql: String, version: Int) throws -> (id: String, counts: [String: Int]) {
    let source = try TemporaryStore("migration-v\(version)-source")
    defer { source.remove() }
    let store = try Store(path: source.db, create: true)
    _ = try store.importDocuments(SourceLoader.expand([Examples.folder]).files, now: "2024-10-01T00:00:00Z")
    let id = try #require(try store.actions(asOf: Examples.day("2024-10-03")).first { $0.action.sentence.contains("indhenter") }?.action.id)
    try store.record(.done, target: id, value: nil, actor: "a", at: Examples.day("2024-10-03"), recorded: "")
    let raw = try SQLiteDatabase(path: temporary.db, create: true)
    try raw.exec("PRAGMA journal_mode = WAL")
    try raw.exec(sql)
    try raw.exec("ATTACH DATABASE '\(source.db)' AS source")
    var counts: [String: Int] = [:]
    for table in StoreSchema.tables.map(\.name) {
      // The columns the old table has (a column a later version added is the step's to fill).
      let columns = try raw.prepare("SELECT name FROM pragma_table_info(?)").rows([.text(table)]) { $0.text(0) }
        .joined(separator: ", ")
      try raw.exec("INSERT INTO main.\(table)(\(columns)) SELECT \(columns) FROM source.\(table)")
      counts[table] = try raw.prepare("SELECT count(*) FROM main.\(table)").rows { $0.int(0) }.first ?? 0
    }
    try raw.exec("DETACH DATABASE source")
    try Store.setMeta(raw, "schema_version", String(version))
    try raw.exec("INSERT INTO cases(key, case_number, title, titles, standing) VALUES ('old', 'old', 'old', 'old', 0)")
    counts["cases", default: 0] += 1
    return (id, counts)
  }

  /// 2 → 3 and 3 → 4 add indexes only, 4 → 5 a column of actions computed from their
  /// owners' rows: every row is kept as it was (none derived again), the event holds, the
  /// schema is this version's, and the reports read the same.
  @Test(arguments: [(StoreMigration.schemaV2, 2), (StoreMigration.schemaV3, 3), (StoreMigration.schemaV4, 4)])
  func anIndexOnlyStepKeepsTheRows(sql: String, version: Int) throws {
    defer { temporary.remove() }
    let (id, counts) = try indexOnlyStore(sql, version: version)
    #expect(counts["documents", default: 0] > 0 && counts["actions", default: 0] > 0 && counts["events"] == 1)
    let store = try Store(path: temporary.db, create: false, readOnly: true)
    #expect(try store.meta("schema_version") == String(StoreSchema.version))
    for (table, count) in counts {
      #expect(try store.count(table) == count, "\(table)")
    }
    #expect(try store.db.prepare("SELECT count(*) FROM cases WHERE key = 'old'").rows { $0.int(0) } == [1])
    let view = try #require(try store.actions(asOf: Examples.day("2024-10-03")).first { $0.action.id == id })
    #expect(view.status == .done)
    #expect(Set(try Store.schemaObjects(store.db, path: temporary.db)) == Store.freshSchema)
    // Each action holds whether it has an owner or a responsible, as its owners' rows say.
    let accountable = try store.db.prepare(
      "SELECT count(*) FROM actions WHERE accountable != EXISTS (SELECT 1 FROM action_owners o WHERE o.action_id = actions.id)"
    ).rows { $0.int(0) }
    #expect(accountable == [0])
    #expect(try store.db.prepare("SELECT count(*) FROM actions WHERE accountable = 1").rows { $0.int(0) }.first ?? 0 > 0)
    for (name, _) in StoreMigration.indexesV3 + StoreMigration.indexesV4 + StoreMigration.indexesV5 {
      #expect(try store.db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = ?").rows([.text(name)]) { $0.int(0) } == [1])
    }
    #expect(try store.openPostponed(asOf: Examples.day("2024-10-03")).count == 4)
  }

  /// Versions 3 and 4 made the tables of the version before them with more indexes and nothing
  /// else, version 5 the actions' table with one column more and its index of referrals:
  /// without those the frozen schemas are this version's.
  @Test func theFrozenSchemasAreTheOnesTheirVersionsMade() {
    let v3 = Set(StoreMigration.indexesV3.map(\.name))
    let v4 = Set(StoreMigration.indexesV4.map(\.name))
    let v5 = Set(StoreMigration.indexesV5.map(\.name) + [ActionsTable.table.name])
    let fresh = Store.freshSchema
    let frozenV2 = Store.objects(made: StoreMigration.schemaV2)
    let frozenV3 = Store.objects(made: StoreMigration.schemaV3)
    let frozenV4 = Store.objects(made: StoreMigration.schemaV4)
    #expect(!frozenV2.isEmpty && !frozenV3.isEmpty && !frozenV4.isEmpty)
    let later = v3.union(v4).union(v5)
    #expect(frozenV2.filter { !later.contains($0.name) } == fresh.filter { !later.contains($0.name) })
    #expect(frozenV3.filter { !v4.union(v5).contains($0.name) } == fresh.filter { !v4.union(v5).contains($0.name) })
    #expect(frozenV4.filter { !v5.contains($0.name) } == fresh.filter { !v5.contains($0.name) })
    #expect(frozenV3 != frozenV4 && frozenV4 != fresh)
  }

  @Test func aNewerStoreIsRefused() throws {
    defer { temporary.remove() }
    _ = try Store(path: temporary.db, create: true)
    let raw = try SQLiteDatabase(path: temporary.db, create: false)
    try Store.setMeta(raw, "schema_version", String(StoreSchema.version + 1))
    #expect(throws: StoreError.self) { try Store(path: temporary.db, create: false) }
  }
}
