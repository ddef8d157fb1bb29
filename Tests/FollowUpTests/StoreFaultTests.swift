import Foundation
import Testing

import MinutesCore

@testable import FollowUp

/// Store faults: a killed import leaves the previous state whole; two imports at once both
/// land; a store from a newer schema, a file that is no store, a read-only store and a full disk
/// are refused with a clear word and left unchanged.
@Suite(.serialized) struct StoreFaultTests {
  let dir: URL
  let db: String
  let temporary: TemporaryStore

  init() throws {
    temporary = try TemporaryStore("faults")
    dir = temporary.dir
    db = temporary.db
  }

  func binary(_ name: String) -> URL { StoreCLITests.binary.deletingLastPathComponent().appendingPathComponent(name) }

  func launch(_ args: [String]) throws -> Process { try temporary.launch(args) }

  func corpus(_ n: Int, seed: Int) throws -> String {
    let folder = dir.appendingPathComponent("corpus-\(seed)").path
    let g = Process()
    g.executableURL = binary("followup-bench")
    g.arguments = ["generate", String(n), folder, String(seed), "5"]
    g.standardOutput = FileHandle.nullDevice
    try g.run()
    g.waitUntilExit()
    return folder
  }

  func documents() throws -> Int {
    let store = try Store(path: db, create: false)
    return try store.counts().documents
  }

  @Test func aKilledImportLeavesThePreviousStateWhole() throws {
    defer { temporary.remove() }
    let first = try launch(["import", Examples.folder])
    first.waitUntilExit()
    #expect(first.terminationStatus == 0)
    let big = try corpus(400, seed: 1)
    let second = try launch(["import", big])
    Thread.sleep(forTimeInterval: 0.8)
    kill(second.processIdentifier, SIGKILL)
    second.waitUntilExit()
    // Either the import had finished, or nothing of it is there.
    let n = try documents()
    #expect(n == 5 || n == 405)
    let store = try Store(path: db, create: false)
    #expect(try store.openPostponed(asOf: Day(year: 2024, month: 10, day: 3)!).count >= 4 || n == 405)
  }

  @Test func twoImportsAtOnceBothLand() throws {
    defer { temporary.remove() }
    let a = try corpus(60, seed: 2)
    let b = try corpus(60, seed: 3)
    _ = try launch(["import", Examples.folder]).waitUntilExit()
    let p1 = try launch(["import", a])
    let p2 = try launch(["import", b])
    p1.waitUntilExit()
    p2.waitUntilExit()
    #expect(p1.terminationStatus == 0 && p2.terminationStatus == 0)
    // The two generated corpora share no file content with each other or the examples.
    #expect(try documents() == 5 + 60 + 60)
  }

  @Test func aNewerSchemaIsRefusedAndLeftAlone() throws {
    defer { temporary.remove() }
    _ = try Store(path: db, create: true)
    let raw = try SQLiteDatabase(path: db, create: false)
    try raw.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    #expect(throws: StoreError.self) { try Store(path: db, create: true) }
    let p = try launch(["import", Examples.folder])
    p.waitUntilExit()
    #expect(p.terminationStatus == 65)
    // Nothing was written: no documents, the version as it was.
    let check = try SQLiteDatabase(path: db, create: false)
    #expect(try check.prepare("SELECT count(*) FROM documents").rows { $0.int(0) } == [0])
    #expect(try check.prepare("SELECT value FROM meta WHERE key = 'schema_version'").rows { $0.text(0) } == ["99"])
  }

  /// Runs the binary through `wrapper` (a shell with a limit, or setpriv); status and stderr.
  func run(_ args: [String], through wrapper: [String] = []) throws -> (Int32, String) {
    let (code, _, err) = try temporary.run(args, through: wrapper)
    return (code, err)
  }

  /// The store's state as the reports see it, and SQLite's own integrity check.
  func state() throws -> (documents: Int, waiting: Int, integrity: [String]) {
    let store = try Store(path: db, create: false, readOnly: true)
    let raw = try SQLiteDatabase(path: db, create: false, readOnly: true)
    return (
      try store.counts().documents, try store.openPostponed(asOf: Day(year: 2024, month: 10, day: 3)!).count,
      try raw.prepare("PRAGMA integrity_check").rows { $0.text(0) }
    )
  }

  @Test func aFullDiskRollsTheImportBack() throws {
    defer { temporary.remove() }
    #expect(try run(["import", Examples.folder]).0 == 0)
    let before = try state()
    let big = try corpus(200, seed: 4)
    // Files may grow to 1 MB in this process (RLIMIT_FSIZE): the 2 MB corpus does not fit, and
    // the write that crosses the limit fails as on a full disk.
    let (code, err) = try run(["import", big], through: ["/bin/sh", "-c", "ulimit -f 1024; exec \"$0\" \"$@\""])
    #expect(code == 73)
    #expect(err.contains("kunne ikke skrives") && err.contains("intet er ændret"), "\(err)")
    let after = try state()
    #expect(after.documents == before.documents)
    #expect(after.waiting == before.waiting && before.waiting == 4)
    #expect(after.integrity == ["ok"])
    // With room again, the same import lands.
    #expect(try run(["import", big]).0 == 0)
    #expect(try state().documents == before.documents + 200)
  }

  /// Root writes through file modes; where the tests run as root, the child drops the
  /// capabilities that let it (setpriv), so that the modes bind it as they bind anyone.
  static let unprivileged: [String]? = {
    if getuid() != 0 { return [] }
    let setpriv = "/usr/bin/setpriv"
    guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]
  }()

  @Test(.enabled(if: unprivileged != nil, "needs setpriv when run as root"))
  func aReadOnlyStoreIsReadAndNotWritten() throws {
    let wrapper = try #require(Self.unprivileged)
    defer {
      chmod(dir.path, 0o755)
      temporary.remove()
    }
    let one = Examples.folder + "/direktionen-2024-09-11.txt"
    #expect(try run(["import", one]).0 == 0)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: db))
    // A read-only file in a read-only folder: no journal, no WAL, no shared memory can be made.
    for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: db + suffix) }
    chmod(db, 0o444)
    chmod(dir.path, 0o555)
    let (code, err) = try run(["import", Examples.folder], through: wrapper)
    #expect(code == 73)
    #expect(err.contains("kan ikke skrives") && err.contains("intet er ændret"), "\(err)")
    let (done, doneErr) = try run(["done", "A000000", "--note", "x"], through: wrapper)
    #expect(done == 73, "\(doneErr)")
    // Reports still read it.
    for report in [["postponed"], ["actions"], ["report", "weekly", "--week", "2024-W37"], ["people"], ["review"]] {
      let (c, e) = try run(report, through: wrapper)
      #expect(c == 0, "\(report): \(e)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == bytes)
    #expect(try state().documents == 1)
  }

  @Test func aFileThatIsNoStoreIsLeftAlone() throws {
    defer { temporary.remove() }
    let text = Data("Referat, ikke en database.\n".utf8)
    try text.write(to: URL(fileURLWithPath: db))
    let (code, err) = try run(["import", Examples.folder])
    #expect(code == 65)
    #expect(err.contains("ikke en followup-database"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: db)) == text)
    // An SQLite database of another program is refused too.
    try FileManager.default.removeItem(atPath: db)
    let other = try SQLiteDatabase(path: db, create: true)
    try other.exec("CREATE TABLE kunder(navn TEXT); INSERT INTO kunder VALUES ('Aagård')")
    #expect(try run(["import", Examples.folder]).0 == 65)
    #expect(try other.prepare("SELECT count(*) FROM sqlite_master").rows { $0.int(0) } == [1])
  }
}
