import Foundation
import MinutesCore
import Testing

@testable import FollowUp

/// What an import knows of the files stored answers the same whether it read them all at once
/// (an import of many files) or asks the store file by file (the weekly referat).
@Suite(.serialized) struct KnownFilesTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("known-files") }

  @Test(arguments: [false, true])
  func theStoredFilesAreKnownEitherWay(many: Bool) throws {
    defer { temporary.remove() }
    let store = try Store(path: temporary.db, create: true)
    let files = SourceLoader.expand([Examples.folder]).files
    _ = try store.importDocuments(files, now: "2024-10-01T00:00:00Z")
    var known = try KnownFiles(store.db, many: many)
    for path in files {
      let (bytes, mtime) = Store.stat(path)
      let seen = try #require(try known.seen(path), "\(path)")
      #expect(seen.bytes == bytes && seen.mtime == mtime)
      let hash = SourceLoader.fingerprint(try #require(try? SourceLoader.read(path).get()))
      #expect(try !known.insert(hash), "a stored content is not new")
    }
    #expect(try known.seen(temporary.dir.appendingPathComponent("ny.md").path) == nil)
    // A content met for the first time is new once; forgotten (it could not be read), it is
    // new again for the next file that has it.
    #expect(try known.insert("ny"))
    #expect(try !known.insert("ny"))
    known.forget("ny")
    #expect(try known.insert("ny"))
  }

  /// A path read again after a newer document took it answers with the newer file.
  @Test(arguments: [false, true])
  func aPathAnswersWithItsLastFile(many: Bool) throws {
    defer { temporary.remove() }
    let store = try Store(path: temporary.db, create: true)
    let files = SourceLoader.expand([Examples.folder]).files
    _ = try store.importDocuments(files, now: "2024-10-01T00:00:00Z")
    let ids = try store.db.prepare("SELECT id FROM documents ORDER BY id").rows { $0.int(0) }
    #expect(ids.count >= 2)
    try store.db.prepare("UPDATE documents SET path = 'x', bytes = ?, mtime = ? WHERE id = ?").run([.int(1), .int(10), .int(ids[0])])
    try store.db.prepare("UPDATE documents SET path = 'x', bytes = ?, mtime = ? WHERE id = ?").run([.int(2), .int(20), .int(ids[1])])
    let known = try KnownFiles(store.db, many: many)
    let seen = try #require(try known.seen("x"))
    #expect(seen.bytes == 2 && seen.mtime == 20)
  }

  /// One referat copied under another name is not read again: the store learns the new path.
  @Test func aCopyUnderAnotherNameIsUnchanged() throws {
    defer { temporary.remove() }
    let store = try Store(path: temporary.db, create: true)
    let files = SourceLoader.expand([Examples.folder]).files
    _ = try store.importDocuments(files, now: "2024-10-01T00:00:00Z")
    let copy = temporary.dir.appendingPathComponent("kopi.md").path
    try FileManager.default.copyItem(atPath: files[0], toPath: copy)
    let summary = try store.importDocuments([copy], now: "2024-10-02T00:00:00Z")
    #expect(summary.unchanged == [copy] && summary.added.isEmpty)
    #expect(try store.db.prepare("SELECT count(*) FROM documents WHERE path = ?").rows([.text(copy)]) { $0.int(0) } == [1])
  }
}

/// The store gives the documents in the order of their `ordering` text, which the register's
/// rows sort by: a name that is a prefix of another, Danish letters, a missing date, one
/// meeting read twice.
@Suite(.serialized) struct StoreOrderTests {
  @Test func theIndexOrdersTheDocumentsAsTheirOrderingTextDoes() throws {
    let temporary = try TemporaryStore("order")
    defer { temporary.remove() }
    let store = try Store(path: temporary.db, create: true)
    let rows: [(Int, String?, String, String, String)] = [
      (7, "2024-03-01", "Byrådet", "b.md", "minutes"), (3, "2024-03-01", "Byråd", "b.md", "minutes"),
      (9, nil, "Økonomiudvalget", "a.md", "minutes"), (4, "2024-03-01", "Byrådet", "b.md", "agenda"),
      (5, "2024-03-01", "Byrådet", "b.md", "minutes"), (12, "2023-12-31", "Ældreudvalget", "å.md", "minutes"),
      (2, "2024-03-01", "Byrådet", "b 2.md", "minutes"), (11, "2024-03-01", "Aabenraa Byråd", "b.md", "minutes"),
      (10, "2024-03-01", "Byrådet", "b-2.md", "minutes"), (1, nil, "Aa", "z.md", "minutes"),
    ]
    try store.db.transaction {
      for (d, date, committee, source, kind) in rows {
        try store.db.prepare("INSERT INTO readings(document, date, committee, source, kind, town, reading) VALUES (?, ?, ?, ?, ?, '', x'00')")
          .run([.int(d), .opt(date), .text(committee), .text(source), .text(kind)])
      }
      var linker = try StoreLinker(db: store.db, full: false)
      try linker.rank()
      let byText = rows.map(\.0).sorted { a, b in
        (linker.orderings[a] ?? "").utf8.lexicographicallyPrecedes((linker.orderings[b] ?? "").utf8)
      }
      #expect(linker.byRank == byText)
      #expect(linker.byRank.count == rows.count)
      #expect(linker.byRank.first == 1 && linker.byRank.last == 7)
    }
  }
}
