import Foundation
import Testing

@testable import FollowUp

/// A store whose rows were changed by hand or by a broken disk: every command that meets a
/// value it cannot decode names the table, the row and the value, and exits 65; none crashes.
@Suite(.serialized) struct StoreDamageTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("damage") }

  /// Imports the examples, then sets a column of every row of a table to a value.
  func damaged(_ table: String, _ column: String, _ value: String) throws {
    #expect(try temporary.run(["import", Examples.folder]).0 == 0)
    let raw = try SQLiteDatabase(path: temporary.db, create: false)
    try raw.prepare("UPDATE \(table) SET \(column) = ?").run([.text(value)])
  }

  @Test(arguments: [
    (table: "actions", column: "decision_date", value: "2023-12m19", command: ["actions", "--all"]),
    (table: "actions", column: "meeting_date", value: "2024-13-01", command: ["actions", "--format", "json"]),
    (table: "actions", column: "kind", value: "bogus", command: ["actions", "--format", "csv"]),
    (table: "deferral_states", column: "since", value: "igår", command: ["postponed"]),
    (table: "deferral_states", column: "deferred_on", value: "2024-1-01", command: ["report", "weekly", "--week", "2024-W40"]),
    (table: "meetings", column: "date", value: "2024-10-02x", command: ["report", "weekly", "--week", "2024-W40"]),
    (table: "items", column: "outcome", value: "måske", command: ["report", "weekly", "--week", "2024-W40"]),
    (table: "items", column: "outcome", value: "måske", command: ["report", "--month", "2024-10"]),
    (table: "meetings", column: "date", value: "2024-10-0x", command: ["report", "--from", "1-10-2024", "--to", "31-10-2024"]),
    (table: "appearances", column: "date", value: "2023-12-1", command: ["case", "85.13.00G01-2-23"]),
    (table: "findings", column: "severity", value: "x", command: ["review"]),
  ])
  func aDamagedValueIsReportedNotACrash(table: String, column: String, value: String, command: [String]) throws {
    defer { temporary.remove() }
    try damaged(table, column, value)
    let (code, _, err) = try temporary.run(command)
    #expect(code == 65, "\(err)")
    #expect(err.contains("store.db: \(table) række "), "\(err)")
    #expect(err.contains("'\(value)' i \(column)"), "\(err)")
  }

  @Test func aDamagedEventIsReported() throws {
    defer { temporary.remove() }
    #expect(try temporary.run(["import", Examples.folder]).0 == 0)
    let raw = try SQLiteDatabase(path: temporary.db, create: false)
    let id = try #require(try raw.prepare("SELECT id FROM actions LIMIT 1").rows { $0.text(0) }.first)
    try raw.prepare("INSERT INTO events(target, kind, value, actor, at, recorded) VALUES (?, 'done', NULL, 'x', '2024-1O-03', '')")
      .run([.text(id)])
    let (code, _, err) = try temporary.run(["actions"])
    #expect(code == 65)
    #expect(err.contains("events række 1: ugyldig dato '2024-1O-03' i at"), "\(err)")
  }

  @Test(arguments: ["9223372036854775807-W01", "-9223372036854775808-W01", "2024-W9223372036854775807", "0-W01", "10000-W01"])
  func aWeekOutOfRangeIsAUsageError(week: String) throws {
    defer { temporary.remove() }
    #expect(try temporary.run(["import", Examples.folder]).0 == 0)
    let (code, _, err) = try temporary.run(["report", "weekly", "--week", week])
    #expect(code == 64, "\(err)")
  }

  @Test func aControlCharacterInAStoredValueIsEscapedInTheMessage() throws {
    defer { temporary.remove() }
    try damaged("actions", "due", "2024-10-09\u{1B}[2J")
    let (code, _, err) = try temporary.run(["actions"])
    #expect(code == 65)
    #expect(err.contains("'2024-10-09\\u{1B}[2J' i due") && !err.contains("\u{1B}"), "\(err)")
  }
}
