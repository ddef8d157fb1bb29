import Foundation
import Testing

import MinutesCore

@testable import FollowUp

/// Store faults: a killed import leaves the previous state whole; two imports at once both
/// land; a store from a newer schema is refused and left unchanged.
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

  func launch(_ args: [String]) throws -> Process {
    let p = Process()
    p.executableURL = StoreCLITests.binary
    p.arguments = args
    p.environment = ["FOLLOWUP_DB": db, "FOLLOWUP_TODAY": "2024-10-03", "PATH": "/usr/bin:/bin"]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    return p
  }

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
}
