import CSQLite
import Foundation
import MinutesCore
import Testing

@testable import FollowUp

/// Several processes on one store: creators racing, a creator killed, a short command during
/// an import, and one command as one transaction.
@Suite(.serialized) struct StoreConcurrencyTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("concurrency") }

  @Test func sixImportsCreatingOneStoreAllSucceed() throws {
    defer { temporary.remove() }
    let errors = (0..<6).map { _ in Pipe() }
    let processes = try errors.map { try temporary.launch(["import", Examples.folder], errors: $0) }
    let messages = errors.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
    for (p, message) in zip(processes, messages) {
      p.waitUntilExit()
      #expect(p.terminationStatus == 0, "\(message)")
      // Each file is new to exactly one of them; the others find it there, never replace it.
      #expect(!message.contains("erstattet"), "\(message)")
    }
    let store = try Store(path: temporary.db, create: false, readOnly: true)
    #expect(try store.counts().documents == 5)
  }

  @Test func aBusyAnswerWithoutWaitingIsTriedAgain() throws {
    // What a creator meets while another turns the new store to WAL: SQLITE_BUSY at once.
    var calls = 0
    let value = try Store.retryingBusy { () throws -> Int in
      calls += 1
      if calls < 3 { throw StoreError.sqlite(code: 5, message: "database is locked", sql: "BEGIN IMMEDIATE") }
      return 7
    }
    #expect(value == 7 && calls == 3)
    // Any other error stands at once.
    calls = 0
    #expect(throws: StoreError.self) {
      try Store.retryingBusy { () throws -> Int in
        calls += 1
        throw StoreError.sqlite(code: 11, message: "malformed", sql: "")
      }
    }
    #expect(calls == 1)
  }

  @Test func anEmptyDatabaseLeftByAKilledCreatorIsNoStoreYet() throws {
    defer { temporary.remove() }
    // What a creator killed after choosing WAL and before its schema transaction leaves.
    let raw = try SQLiteDatabase(path: temporary.db, create: true)
    try raw.exec("PRAGMA journal_mode = WAL")
    let (code, _, err) = try temporary.run(["postponed"])
    #expect(code == 66, "\(err)")
    #expect(try temporary.run(["import", Examples.folder]).0 == 0)
    #expect(try temporary.run(["postponed"]).0 == 0)
  }

  @Test(arguments: [0, 2, 5, 10, 20, 40, 80])
  func aCreatorKilledAtAnyMomentLeavesAStoreTheNextImportUses(afterMilliseconds delay: Int) throws {
    defer { temporary.remove() }
    let p = try temporary.launch(["import", Examples.folder])
    usleep(useconds_t(delay * 1000))
    kill(p.processIdentifier, SIGKILL)
    p.waitUntilExit()
    // No store, an empty one, or a whole one: never one that every command refuses.
    let (code, _, err) = try temporary.run(["postponed"])
    #expect(code == 0 || code == 66, "\(err)")
    #expect(try temporary.run(["import", Examples.folder]).0 == 0)
    let (after, out, _) = try temporary.run(["postponed", "--format", "json"])
    #expect(after == 0)
    #expect(out.contains("85.13.00G01-2-23"))
  }

  @Test func doneWithANoteIsOneTransaction() throws {
    defer { temporary.remove() }
    #expect(try temporary.run(["import", Examples.folder]).0 == 0)
    let store = try Store(path: temporary.db, create: false)
    let id = try #require(try store.actions(asOf: Examples.day("2024-10-03")).first?.action.id)
    final class Counter { var commits = 0 }
    let counter = Counter()
    sqlite3_commit_hook(
      store.db.handle,
      { context in
        context.map { Unmanaged<Counter>.fromOpaque($0).takeUnretainedValue().commits += 1 }
        return 0
      }, Unmanaged.passUnretained(counter).toOpaque())
    try store.record(.done, target: id, value: nil, actor: "t", at: Examples.day("2024-10-03"), recorded: "", note: "Sendt")
    #expect(counter.commits == 1)
    let events = try store.events(for: [id])[id] ?? []
    #expect(events.map(\.kind) == [.done, .note])
  }

  @Test func aWaitHasAnEndAndSaysWhy() throws {
    defer { temporary.remove() }
    _ = try Store(path: temporary.db, create: true)
    let holder = try SQLiteDatabase(path: temporary.db, create: false)
    try holder.exec("BEGIN IMMEDIATE")
    final class Notices { var count = 0 }
    let notices = Notices()
    let waiter = try SQLiteDatabase(
      path: temporary.db, create: false, busy: BusyPolicy(noticeAfter: 0.05, limit: 0.3, notice: { notices.count += 1 }))
    #expect {
      try waiter.exec("BEGIN IMMEDIATE")
    } throws: { e in
      guard case StoreError.busy = e else { return false }
      return (e as? StoreError)?.description.contains("intet er ændret") == true
    }
    #expect(notices.count == 1)
    try holder.exec("COMMIT")
    // Free again, it goes on at once.
    try waiter.exec("BEGIN IMMEDIATE; COMMIT")
  }

  @Test func aShortCommandWaitsForAnImportAndSaysSo() throws {
    defer { temporary.remove() }
    #expect(try temporary.run(["import", Examples.folder]).0 == 0)
    let id = try #require(try Store(path: temporary.db, create: false).actions(asOf: Examples.day("2024-10-03")).first?.action.id)
    // This connection holds the write lock as an import does while it runs.
    let importer = try SQLiteDatabase(path: temporary.db, create: false)
    try importer.exec("BEGIN IMMEDIATE")
    let errors = Pipe()
    let done = try temporary.launch(["done", id, "--note", "Klaret"], errors: errors)
    // Wait (generously) for its word that it waits; it must not give up meanwhile.
    var said = ""
    let reader = errors.fileHandleForReading
    let deadline = Date().addingTimeInterval(120)
    while !said.contains("venter på"), done.isRunning, Date() < deadline {
      said += String(decoding: reader.availableData, as: UTF8.self)
    }
    #expect(said.contains("venter på at en anden followup"), "\(said)")
    #expect(done.isRunning)
    try importer.exec("COMMIT")
    done.waitUntilExit()
    #expect(done.terminationStatus == 0, "\(said)")
    let events = try Store(path: temporary.db, create: false).events(for: [id])[id] ?? []
    #expect(events.map(\.kind) == [.done, .note])
  }
}
