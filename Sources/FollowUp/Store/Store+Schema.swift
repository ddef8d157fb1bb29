import Foundation
import MinutesCore

extension Store {
  /// Whether the file's schema is empty (a new file); `.notAStore` when SQLite cannot read it.
  static func isEmpty(_ db: SQLiteDatabase, path: String) throws -> Bool {
    do {
      return try db.prepare("SELECT count(*) FROM sqlite_master").rows { $0.int(0) }.first == 0
    } catch StoreError.sqlite(let code, let message, _) {
      throw StoreError.notAStore(path: path, reason: Store.reason(code, message))
    }
  }

  /// Verifies (or creates) the schema; a file that is not a store is left untouched.
  ///
  /// A new store's tables and its schema version are made in one transaction, after a second
  /// look under the write lock: of several processes creating one store at once, one makes it
  /// and the others use it, and a process killed in the middle leaves an empty file, which
  /// the next import makes into a store.
  /// - Returns: The version of a store an earlier followup made, which `migrate` takes
  ///   forward; `nil` for a store of this version.
  static func checkSchema(_ db: SQLiteDatabase, path: String, creating: Bool) throws -> Int? {
    if try isEmpty(db, path: path) {
      // An empty database (a creation that never finished) is no store yet.
      guard creating else { throw StoreError.missing(path: path) }
      // WAL is set once, when the store is made; it stays with the file.
      try db.exec("PRAGMA journal_mode = WAL")
      try db.transaction {
        if try isEmpty(db, path: path) {
          try db.exec(StoreSchema.create)
          try setMeta(db, "schema_version", String(StoreSchema.version))
        }
      }
    }
    let objects = try schemaObjects(db, path: path)
    // No version of followup makes a trigger or a view, and its meta table is always the same.
    if let foreign = objects.first(where: { $0.type != "table" && $0.type != "index" }) {
      throw StoreError.notAStore(path: path, reason: "fremmed \(foreign.type) '\(Terminal.escaped(foreign.name))'")
    }
    guard let meta = objects.first(where: { $0.name == "meta" }) else {
      throw StoreError.notAStore(path: path, reason: "en SQLite-database fra et andet program")
    }
    guard Store.freshSchema.contains(meta) else {
      throw StoreError.notAStore(path: path, reason: "tabellen meta er ændret")
    }
    let version = try Store.version(db, path: path)
    if version < StoreSchema.version {
      try Store.compare(objects, withOneOf: Store.historicSchemas(version), path: path)
      return version
    }
    // The schema this version makes, first: the migrated forms are built only when it is not.
    if Set(objects) == Store.freshSchema { return nil }
    try Store.compare(objects, withOneOf: Store.acceptedSchemas, path: path)
    return nil
  }

  /// The schema version a store says it has.
  /// - Throws: `.newerSchema` for a later followup's, `.notAStore` for none.
  static func version(_ db: SQLiteDatabase, path: String) throws -> Int {
    let version = Int(try Store.meta(db, "schema_version") ?? "") ?? 0
    if version > StoreSchema.version {
      throw StoreError.newerSchema(path: path, found: version, supported: StoreSchema.version)
    }
    if version < 1 { throw StoreError.notAStore(path: path, reason: "ingen skemaversion") }
    return version
  }

  /// Takes a store an earlier followup made forward to this version, and derives its register
  /// again where a step changed the tables it is derived into (a step that only adds indexes
  /// leaves the rows as they are), in one transaction: a process stopped in the middle leaves
  /// the old store whole. Another process that migrated it first (seen under the write lock)
  /// leaves nothing to do.
  func migrate() throws {
    try db.transaction {
      let version = try Store.version(db, path: path)
      guard version < StoreSchema.version else { return }
      try Store.compare(try Store.schemaObjects(db, path: path), withOneOf: Store.historicSchemas(version), path: path)
      let derives = try StoreMigration.migrate(db, from: version)
      try setMeta("schema_version", String(StoreSchema.version))
      if derives { try derive() }
    }
  }

  /// What the file's schema holds, SQLite's own statistics tables aside.
  static func schemaObjects(_ db: SQLiteDatabase, path: String) throws -> [SchemaObject] {
    do {
      return try db.prepare(
        """
        SELECT type, name, tbl_name, sql FROM sqlite_master
        WHERE NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4', 'sqlite_sequence'))
        """
      ).rows { SchemaObject(type: $0.text(0), name: $0.text(1), table: $0.text(2), sql: $0.optionalText(3)) }
    } catch StoreError.sqlite(let code, let message, _) {
      throw StoreError.notAStore(path: path, reason: Store.reason(code, message))
    }
  }

  /// The schema objects a script makes, read back from an empty database in memory; with the
  /// migration steps from `version` run after it, when given.
  static func objects(made sql: String, migratedFrom version: Int? = nil) -> Set<SchemaObject> {
    guard let db = try? SQLiteDatabase(path: ":memory:", create: true), (try? db.exec(sql)) != nil else { return [] }
    if let version, (try? StoreMigration.migrate(db, from: version)) == nil { return [] }
    return Set((try? schemaObjects(db, path: ":memory:")) ?? [])
  }

  /// The schema this version makes.
  static let freshSchema: Set<SchemaObject> = objects(made: StoreSchema.create)

  /// The schemas a store of this version may have: the one it makes, and the one each earlier
  /// schema becomes when migrated (`ALTER TABLE` keeps a table's first text).
  static let acceptedSchemas: [Set<SchemaObject>] = {
    var out = [freshSchema]
    for (version, sql) in StoreMigration.historic {
      let migrated = objects(made: sql, migratedFrom: version)
      if !out.contains(migrated) { out.append(migrated) }
    }
    return out
  }()

  /// The schemas an earlier version made.
  static func historicSchemas(_ version: Int) -> [Set<SchemaObject>] {
    StoreMigration.historic.filter { $0.version == version }.map { objects(made: $0.sql) }.reversed()
  }

  /// Refuses a store whose tables and indexes are not exactly one of the schemas given: a
  /// store made or changed by someone else is data this tool cannot vouch for. The message
  /// names the first table or index that differs from the first schema given.
  static func compare(_ objects: [SchemaObject], withOneOf schemas: [Set<SchemaObject>], path: String) throws {
    let found = Set(objects)
    if schemas.contains(found) { return }
    let expected = schemas.first ?? []
    for o in objects where !expected.contains(o) {
      let known = expected.contains { $0.type == o.type && $0.name == o.name }
      let what = o.type == "table" ? "tabellen" : "indekset"
      throw StoreError.notAStore(
        path: path, reason: "\(what) \(Terminal.escaped(o.name)) er \(known ? "ændret" : "ukendt")")
    }
    let names = Set(objects.map(\.name))
    if let missing = expected.filter({ !names.contains($0.name) }).min(by: { $0.name < $1.name }) {
      throw StoreError.notAStore(
        path: path, reason: "\(missing.type == "table" ? "tabellen" : "indekset") \(missing.name) mangler")
    }
    throw StoreError.notAStore(path: path, reason: "skemaet er ændret")
  }
}
