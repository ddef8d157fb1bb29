import Foundation
import MinutesCore
import Testing

@testable import FollowUp

/// Ids as people type them: whole or a unique prefix of six or more characters, in any case;
/// `done` twice is said, not recorded twice.
@Suite(.serialized) struct StoreIdentifierTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("ids") }

  func store() throws -> (Store, String) {
    #expect(try temporary.run(["import", Examples.folder]).0 == 0)
    let store = try Store(path: temporary.db, create: false)
    let id = try #require(try store.actions(asOf: Examples.day("2024-10-03")).first?.action.id)
    return (store, id)
  }

  @Test func anIdIsFoundWholeOrByAUniquePrefixInAnyCase() throws {
    defer { temporary.remove() }
    let (store, id) = try store()
    #expect(try store.resolve(id) == id)
    #expect(try store.resolve(id.lowercased()) == id)
    #expect(try store.resolve(String(id.prefix(6)).uppercased()) == id)
    #expect(try store.resolve(String(id.prefix(9))) == id)
    // Five characters are too few, even when only one id starts with them.
    #expect {
      try store.resolve(String(id.prefix(5)))
    } throws: { e in
      guard case StoreError.notFound(let what) = e else { return false }
      return what.contains("mindst 6 tegn")
    }
    #expect(throws: StoreError.self) { try store.resolve("Azzzzzzz") }
    // LIKE's own characters are only characters.
    #expect(throws: StoreError.self) { try store.resolve("A_____%") }
  }

  @Test func aPrefixOfSeveralIdsNamesThem() throws {
    defer { temporary.remove() }
    let (store, id) = try store()
    let twin = String(id.prefix(6)) + "zzzzzzzz"
    let others = ActionsTable.table.columns.dropFirst().map(\.name).joined(separator: ", ")
    try store.db.prepare("INSERT INTO actions(id, \(others)) SELECT ?, \(others) FROM actions WHERE id = ?")
      .run([.text(twin), .text(id)])
    #expect {
      try store.resolve(String(id.prefix(6)))
    } throws: { e in
      guard case StoreError.ambiguous(_, let candidates) = e else { return false }
      return Set(candidates) == [id, twin]
    }
    #expect(try store.resolve(String(id.prefix(7))) == id)
    #expect(try store.resolve(twin.lowercased()) == twin)
  }

  @Test func doneTwiceIsSaidAndKeptOnce() throws {
    defer { temporary.remove() }
    let (store, id) = try store()
    let day = Examples.day("2024-10-03")
    #expect(try store.record(.done, target: id, value: nil, actor: "a", at: day, recorded: "") == .recorded(target: id))
    #expect(
      try store.record(.done, target: String(id.prefix(8)), value: nil, actor: "b", at: day, recorded: "", note: "x")
        == .alreadyDone(target: id, on: day, by: "a"))
    #expect(try store.events(for: [id])[id]?.map(\.kind) == [.done, .note])
    // Reopened, it can be done again.
    try store.record(.reopen, target: id, value: nil, actor: "a", at: day, recorded: "")
    #expect(try store.record(.done, target: id, value: nil, actor: "c", at: day, recorded: "") == .recorded(target: id))
  }
}
