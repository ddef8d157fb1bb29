import CSQLite
import FollowUp
import Foundation
import FuzzDriver
import MinutesCore

// The libFuzzer target over store files, built only by `Scripts/fuzz.sh`. A store made from the
// example minutes is the seed; each input makes a store file from it and every query, report
// and write of the store runs over that file. The first byte chooses how the file is made:
//
// - 0: the input is the file (libFuzzer's own mutations, from nothing);
// - 1: bit flips in the seed store: (offset, mask) pairs from the input;
// - 2: the seed store cut to a length from the input, then flips;
// - 3: statements another program could run on the seed store, built from the input: values
//   of any type in any column, rows added and deleted, triggers, views (recursive ones),
//   tables, indexes and columns added or dropped, schema text written over, versions changed.
//
// A crash, a sanitizer report or a statement that runs past libFuzzer's timeout is a failure.

/// The seed store and the place each input's store is written.
final class Fixture: @unchecked Sendable {
  static let shared = Fixture()

  let folder: String
  let path: String
  /// The seed store's bytes (checkpointed: no write-ahead log beside it).
  let seed: [UInt8]
  /// Columns by table, and the indexes, of the seed's schema.
  let columns: [(table: String, columns: [String])]
  let indexes: [String]
  /// An action id and a finding key of the seed, for the writes.
  let actionID: String
  let findingKey: String

  init() {
    folder = (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
      + "/followup-fuzz-store-\(getpid())"
    try? FileManager.default.removeItem(atPath: folder)
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    path = folder + "/store.db"
    let examples = ProcessInfo.processInfo.environment["FOLLOWUP_FUZZ_EXAMPLES"] ?? "Examples/minutes"
    let seedPath = folder + "/seed.db"
    var columns: [(String, [String])] = []
    var indexes: [String] = []
    var actionID = "A000000"
    var findingKey = "F000000"
    do {
      let store = try Store(path: seedPath, create: true)
      // Two meetings: postponed cases, actions with owners and deadlines, findings, a closed
      // item; a small seed keeps each input fast.
      let files = SourceLoader.list([examples]).files.filter { $0.contains("2024-10-02") || $0.contains("2024-12-04") }
      _ = try store.importDocuments(files, now: "2025-01-01T00:00:00Z")
      actionID = try store.actions(asOf: Day(year: 2025, month: 1, day: 1)!).first?.action.id ?? actionID
      findingKey = try store.review().first?.key ?? findingKey
    } catch {
      fatalError("fuzz: cannot make the seed store from \(examples): \(error)")
    }
    var db: OpaquePointer?
    sqlite3_open_v2(seedPath, &db, SQLITE_OPEN_READWRITE, nil)
    Fixture.query(db, "PRAGMA wal_checkpoint(TRUNCATE)")
    for row in Fixture.query(db, "SELECT type, name FROM sqlite_master ORDER BY name") {
      if row[0] == "index", !row[1].hasPrefix("sqlite_") { indexes.append(row[1]) }
      if row[0] == "table" {
        columns.append((row[1], Fixture.query(db, "SELECT name FROM pragma_table_info('\(row[1])')").map { $0[0] }))
      }
    }
    sqlite3_close(db)
    seed = (FileManager.default.contents(atPath: seedPath).map { [UInt8]($0) }) ?? []
    self.columns = columns
    self.indexes = indexes
    self.actionID = actionID
    self.findingKey = findingKey
  }

  /// Rows of a statement as text; errors give no rows.
  @discardableResult
  static func query(_ db: OpaquePointer?, _ sql: String) -> [[String]] {
    var stmt: OpaquePointer?
    guard sqlite3_prepare_v2(db, sql, -1, &stmt, nil) == SQLITE_OK else { return [] }
    defer { sqlite3_finalize(stmt) }
    var rows: [[String]] = []
    while sqlite3_step(stmt) == SQLITE_ROW {
      rows.append((0..<sqlite3_column_count(stmt)).map { i in sqlite3_column_text(stmt, i).map { String(cString: $0) } ?? "" })
    }
    return rows
  }
}

/// Reads an input front to back; past its end every read gives zeros.
struct InputReader {
  let bytes: [UInt8]
  var position = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  var isAtEnd: Bool { position >= bytes.count }

  mutating func byte() -> UInt8 {
    defer { position += 1 }
    return position < bytes.count ? bytes[position] : 0
  }

  mutating func int(_ width: Int) -> Int {
    var n = 0
    for _ in 0..<width { n = n << 8 | Int(byte()) }
    return n
  }

  /// A string of up to `limit` bytes (length first), decoded leniently.
  mutating func text(_ limit: Int = 64) -> String {
    let length = Int(byte())
    guard position < bytes.count else { return "" }
    let n = min(length, limit, bytes.count - position)
    defer { position += n }
    return String(decoding: bytes[position..<(position + n)], as: UTF8.self)
  }
}

/// A value of any SQLite type, as SQL text.
func value(_ r: inout InputReader) -> String {
  switch r.byte() % 9 {
  case 0: return "NULL"
  case 1: return String(Int64(truncatingIfNeeded: r.int(8)))
  case 2: return ["9223372036854775807", "-9223372036854775808", "0", "-1", "1e308", "-0.0"][Int(r.byte()) % 6]
  case 3: return "x'" + (0..<Int(r.byte() % 16)).map { _ in String(format: "%02x", r.byte()) }.joined() + "'"
  case 4:
    // A date with one character changed, the kind of damage a disk or a hand makes.
    var d = Array("2024-10-02".utf8)
    d[Int(r.byte()) % d.count] = r.byte()
    return quoted(String(decoding: d, as: UTF8.self))
  case 5: return ["'done'", "'decision'", "'task'", "'approved'", "'warning'", "'error'", "''", "'\u{1E}\u{1F}'"][Int(r.byte()) % 8]
  case 6: return "zeroblob(\(r.int(2)))"
  case 7: return "printf('%.*c', \(r.int(2)), 'x')"
  default: return quoted(r.text())
  }
}

func quoted(_ s: String) -> String { "'" + s.replacing("'", with: "''") + "'" }

/// Statements another program could run on the store.
func statements(_ r: inout InputReader, _ f: Fixture) -> [String] {
  var out: [String] = []
  while !r.isAtEnd && out.count < 16 {
    let (table, columns) = f.columns[Int(r.byte()) % f.columns.count]
    let column = columns.isEmpty ? "rowid" : columns[Int(r.byte()) % columns.count]
    let n = out.count
    switch r.byte() % 14 {
    case 0: out.append("UPDATE \(table) SET \(column) = \(value(&r)) WHERE rowid % \(1 + r.byte() % 4) = 0")
    case 1:
      out.append("INSERT INTO \(table) (\(columns.joined(separator: ","))) VALUES (\(columns.map { _ in value(&r) }.joined(separator: ",")))")
    case 2: out.append("DELETE FROM \(table) WHERE rowid % \(1 + r.byte() % 3) = 0")
    case 3: out.append("CREATE TRIGGER trg\(n) AFTER INSERT ON \(table) BEGIN DELETE FROM \(table); END")
    case 4: out.append("CREATE VIEW v\(n) AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c")
    case 5: out.append("CREATE TABLE extra\(n)(\(column))")
    case 6: if !f.indexes.isEmpty { out.append("DROP INDEX \(f.indexes[Int(r.byte()) % f.indexes.count])") }
    case 7: out.append("ALTER TABLE \(table) ADD COLUMN c\(n) DEFAULT \(value(&r))")
    case 8:
      out.append("PRAGMA writable_schema = ON")
      out.append("UPDATE sqlite_master SET sql = \(quoted(r.text(200))) WHERE name = \(quoted(table))")
      out.append("PRAGMA writable_schema = OFF")
    case 9: out.append("UPDATE meta SET value = \(value(&r)) WHERE key = 'schema_version'")
    case 10: out.append("CREATE INDEX i\(n) ON \(table)(\(column))")
    case 11: out.append("DROP TABLE \(table)")
    case 12: out.append("ALTER TABLE \(table) DROP COLUMN \(column)")
    default: out.append("UPDATE meta SET value = \(value(&r)) WHERE key = 'people_file'")
    }
  }
  return out
}

/// Makes the input's store file.
func makeStore(_ input: [UInt8], _ f: Fixture) {
  var r = InputReader(input)
  let mode = r.byte() % 4
  var bytes = f.seed
  var sql: [String] = []
  switch mode {
  case 0: bytes = Array(input.dropFirst())
  case 1, 2:
    if mode == 2, !bytes.isEmpty { bytes = Array(bytes.prefix(r.int(3) % bytes.count)) }
    while !r.isAtEnd, !bytes.isEmpty {
      let at = r.int(3) % bytes.count
      bytes[at] ^= r.byte() | 1
    }
  default: sql = statements(&r, f)
  }
  for suffix in ["", "-wal", "-shm", "-journal"] { unlink(f.path + suffix) }
  _ = FileManager.default.createFile(atPath: f.path, contents: Data(bytes))
  guard !sql.isEmpty else { return }
  var db: OpaquePointer?
  guard sqlite3_open_v2(f.path, &db, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK else {
    sqlite3_close(db)
    return
  }
  for s in sql { sqlite3_exec(db, s, nil, nil, nil) }
  sqlite3_close(db)
}

/// Every read, report and write of the store.
/// - Parameters:
///   - formats: The formats reports are rendered in (all of them costs the most).
///   - write: Also record events and derive the register again in the file.
func exercise(_ f: Fixture, formats: [ReportFormat], write: Bool) {
  let day = Day(year: 2024, month: 10, day: 3)!
  if let store = try? Store(path: f.path, create: false, readOnly: true) {
    _ = try? store.counts()
    if let open = try? store.openPostponed(asOf: day, includeClosed: true) {
      for format in formats { _ = Reports.postponed(open, asOf: day).render(format) }
    }
    if let views = try? store.actions(asOf: day, owner: "pia", includeClosed: true) {
      for format in formats { _ = Reports.actions(views, asOf: day, owner: "pia").render(format) }
    }
    if let w = try? store.weekly(week: day, asOf: day) {
      for format in formats { _ = Reports.weekly(w).render(format) }
    }
    if let c = try? store.caseView("85.13.00G01-2-23", asOf: day) {
      for format in formats { _ = Reports.caseTimeline(c, asOf: day).render(format) }
    }
    if let p = try? store.people() {
      for format in formats { _ = Reports.people(p).render(format) }
    }
    if let r = try? store.review() {
      for format in formats { _ = Reports.review(r, showConfirmed: true).render(format) }
    }
    _ = try? store.resolve(String(f.actionID.prefix(6)))
  }
  guard write, let store = try? Store(path: f.path, create: false) else { return }
  _ = try? store.record(.done, target: f.actionID, value: nil, actor: "fuzz", at: day, recorded: "", note: "n")
  _ = try? store.record(.confirm, target: f.findingKey, value: nil, actor: "fuzz", at: day, recorded: "")
  _ = try? store.record(.due, target: String(f.actionID.prefix(7)), value: "2024-10-09", actor: "fuzz", at: day, recorded: "")
  try? store.rederive()
  _ = try? store.actions(asOf: day)
}

/// One input: a store file made from it, then every use of the store.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = fuzzBytes(data, size)
  let f = Fixture.shared
  makeStore(input, f)
  // Every format and the writes (with a derivation) for some inputs only: they cost the most.
  let last = input.last ?? 0
  let formats: [ReportFormat] = last & 31 == 1 ? ReportFormat.allCases : last & 7 == 3 ? [.text, .json] : []
  exercise(f, formats: formats, write: last & 31 == 2)
  return 0
}

/// SwiftPM names an executable's entry `<module>_main`; this one hands the process to libFuzzer.
@_cdecl("followup_fuzz_store_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  _ = Fixture.shared
  // The folder goes when libFuzzer ends the process.
  atexit { try? FileManager.default.removeItem(atPath: Fixture.shared.folder) }
  return runLibFuzzer(argc, argv, fuzzOne)
}
