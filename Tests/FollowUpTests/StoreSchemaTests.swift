import CSQLite
import Foundation
import Testing

@testable import FollowUp

/// A store file is data, not code: a store made or changed by someone else (a trigger, a view,
/// a table or index of its own) is refused before anything in it runs, and no statement runs
/// without end.
@Suite(.serialized) struct StoreSchemaTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("schema") }

  /// The examples imported, then `sql` run on the store by another program.
  func crafted(_ sql: String) throws -> SQLiteDatabase {
    #expect(try temporary.run(["import", Examples.folder]).0 == 0)
    let raw = try SQLiteDatabase(path: temporary.db, create: false)
    // Another program's connection: triggers and views allowed.
    _ = followup_db_config_flag(raw.handle, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1)
    _ = followup_db_config_flag(raw.handle, SQLITE_DBCONFIG_ENABLE_VIEW, 1)
    try raw.exec(sql)
    return raw
  }

  @Test(arguments: [
    (sql: "CREATE TRIGGER wipe AFTER INSERT ON events BEGIN DELETE FROM events; END", reason: "fremmed trigger 'wipe'"),
    (sql: "CREATE VIEW v AS SELECT * FROM actions", reason: "fremmed view 'v'"),
    (sql: "CREATE TABLE extra(x)", reason: "tabellen extra er ukendt"),
    (sql: "CREATE INDEX extra ON actions(title)", reason: "indekset extra er ukendt"),
    (sql: "DROP INDEX actions_due", reason: "indekset actions_due mangler"),
    (sql: "ALTER TABLE actions ADD COLUMN x", reason: "tabellen actions er ændret"),
    (sql: "DROP TABLE meta; CREATE TABLE meta(key, value)", reason: "tabellen meta er ændret"),
  ])
  func aForeignSchemaIsRefused(sql: String, reason: String) throws {
    defer { temporary.remove() }
    let raw = try crafted(sql)
    let id = try #require(try raw.prepare("SELECT id FROM actions LIMIT 1").rows { $0.text(0) }.first)
    for command in [["done", id], ["postponed"], ["import", Examples.folder]] {
      let (code, _, err) = try temporary.run(command)
      #expect(code == 65, "\(command): \(err)")
      #expect(err.contains("ikke en followup-database (\(reason))"), "\(command): \(err)")
    }
    #expect(try raw.prepare("SELECT count(*) FROM events").rows { $0.int(0) } == [0])
  }

  @Test func anEndlessViewIsRefusedBeforeItRuns() throws {
    defer { temporary.remove() }
    _ = try crafted(
      "CREATE VIEW forever AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c")
    let (code, _, err) = try temporary.run(["report", "weekly", "--week", "2024-W40"])
    #expect(code == 65)
    #expect(err.contains("fremmed view 'forever'"), "\(err)")
  }

  @Test func sqlitesOwnStatisticsAreNoForeignSchema() throws {
    defer { temporary.remove() }
    _ = try crafted("ANALYZE")
    #expect(try temporary.run(["postponed"]).0 == 0)
  }

  @Test func aStatementPastItsTimeLimitIsStopped() throws {
    let db = try SQLiteDatabase(path: ":memory:", create: true, statementLimit: 0.2)
    let endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    #expect {
      try db.prepare(endless).rows { $0.int(0) }
    } throws: { error in
      guard case StoreError.timeout(_, let seconds) = error else { return false }
      return seconds == 0
    }
    #expect(throws: StoreError.self) { try db.exec(endless) }
  }

  @Test func theSchemaCannotBeWrittenThroughAStoreConnection() throws {
    defer { temporary.remove() }
    #expect(try temporary.run(["import", Examples.folder]).0 == 0)
    let store = try Store(path: temporary.db, create: false)
    try? store.db.exec("PRAGMA writable_schema = ON")
    #expect(throws: StoreError.self) {
      try store.db.exec("UPDATE sqlite_master SET sql = 'CREATE TABLE x(y)' WHERE name = 'meta'")
    }
  }
}
