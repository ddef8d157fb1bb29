import Foundation
import MinutesCore

/// What an import did.
public struct ImportSummary: Sendable {
  /// Files read for the first time.
  public var added: [String] = []
  /// Files whose content was already in the store.
  public var unchanged: [String] = []
  /// Files that replace an earlier reading of the same meeting (committee and date), with the
  /// file they replace.
  public var replaced: [(String, String)] = []
  /// Files that could not be read, with the reason.
  public var failed: [(String, String)] = []
  /// Of `failed`, the files that could not be opened at all (`adgang nægtet`).
  public var unopened: [String] = []
  /// Meetings in the store after the import.
  public var meetings = 0
  /// Actions in the store after the import.
  public var actions = 0
}

/// The follow-up store: one SQLite file with the documents read and the register derived from
/// them, plus the secretariat's own events (done, reopened, reassigned ...), which are never
/// overwritten.
///
/// Documents are kept as their decoded text, so the register can be derived again from the
/// store alone (after a correction, or by a newer engine). Each import runs in one transaction:
/// a process killed in the middle leaves the previous state whole.
public final class Store {
  /// The schema this version writes and reads.
  public static let schemaVersion = StoreSchema.version

  /// The file.
  public let path: String
  let db: SQLiteDatabase

  /// Opens a store.
  /// - Parameters:
  ///   - path: The file.
  ///   - create: Create the file and schema when missing (imports); queries pass false.
  ///   - readOnly: Open for reading (reports). A store on a read-only folder or disk is read
  ///     as it stands.
  /// - Throws: `StoreError.missing`, `.notAStore`, `.newerSchema`, `.readOnly` (writing asked
  ///   for, the file cannot be written), `.cannotWrite`, `.busy`.
  public convenience init(path: String, create: Bool, readOnly: Bool = false) throws {
    try self.init(path: path, create: create, readOnly: readOnly, waiting: nil)
  }

  /// Opens a store, saying when it waits for another process.
  /// - Parameter waiting: Called once when a write has waited 2 s for another process's
  ///   (an import's) write lock; the command goes on waiting.
  package init(path: String, create: Bool, readOnly: Bool = false, waiting: (() -> Void)?) throws {
    self.path = path
    let exists = FileManager.default.fileExists(atPath: path)
    if !exists && !create { throw StoreError.missing(path: path) }
    let busy = BusyPolicy(notice: waiting)
    var older: Int?
    do {
      (db, older) = try Store.connect(path, create: create && !readOnly, readOnly: readOnly, immutable: false, busy: busy)
    } catch StoreError.readOnly where readOnly, StoreError.cannotWrite where readOnly {
      // WAL needs a shared-memory file beside the store; where none can be made, nothing can
      // change the store either, and it is read as an immutable file.
      (db, older) = try Store.connect(path, create: false, readOnly: true, immutable: true, busy: busy)
    }
    guard let older else { return }
    // A store an earlier followup made is taken forward once, by whichever command opens it
    // first; a report, which reads, has a writing connection do it.
    if !readOnly {
      try migrate()
      return
    }
    do {
      _ = try Store(path: path, create: false, readOnly: false, waiting: waiting)
    } catch StoreError.readOnly, StoreError.cannotWrite {
      throw StoreError.notAStore(
        path: path, reason: "skrevet af en ældre followup (skema \(older)), og den kan ikke skrives, så den kan ikke opgraderes")
    }
    guard try Store.checkSchema(db, path: path, creating: false) == nil else {
      throw StoreError.notAStore(path: path, reason: "skema \(older) blev ikke opgraderet")
    }
  }

  private static func connect(
    _ path: String, create: Bool, readOnly: Bool, immutable: Bool, busy: BusyPolicy
  ) throws -> (SQLiteDatabase, olderVersion: Int?) {
    let db: SQLiteDatabase
    do {
      db = try SQLiteDatabase(path: path, create: create, readOnly: readOnly, immutable: immutable, busy: busy)
    } catch StoreError.sqlite(let code, let message, _) {
      throw StoreError.notAStore(path: path, reason: Store.reason(code, message))
    }
    return (db, try Store.checkSchema(db, path: path, creating: create))
  }

  /// Why SQLite could not read a file, in Danish where the code says it.
  static func reason(_ code: Int32, _ message: String) -> String {
    switch code & 0xFF {
    case 26: return "ikke en SQLite-database"  // SQLITE_NOTADB
    case 11: return "filen er beskadiget"  // SQLITE_CORRUPT
    default: return message
    }
  }

  func meta(_ key: String) throws -> String? { try Store.meta(db, key) }

  func setMeta(_ key: String, _ value: String) throws { try Store.setMeta(db, key, value) }

  static func meta(_ db: SQLiteDatabase, _ key: String) throws -> String? {
    try db.prepare("SELECT value FROM meta WHERE key = ?").rows([.text(key)]) { $0.text(0) }.first
  }

  static func setMeta(_ db: SQLiteDatabase, _ key: String, _ value: String) throws {
    try db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)").run([.text(key), .text(value)])
  }

  /// Keeps a people file in the store, so that every later derivation uses it.
  public func setPeopleFile(_ file: PeopleFile) throws {
    let data = try JSONEncoder().encode(file)
    try setMeta("people_file", String(decoding: data, as: UTF8.self))
  }

  func peopleFile() throws -> PeopleFile? {
    guard let s = try meta("people_file") else { return nil }
    return try? JSONDecoder().decode(PeopleFile.self, from: Data(s.utf8))
  }

  // MARK: import

  /// Imports documents: new content is added, a corrected version of a meeting (same committee,
  /// date and kind) replaces the old reading, unchanged content is skipped; then the register is
  /// derived again. All in one transaction; documents are read one at a time (only their header
  /// here; the derivation reads them in full, in date order).
  /// - Parameter people: A people file to keep in the store (replacing the one kept); the
  ///   register is then derived again even when no document changed.
  public func importDocuments(_ paths: [String], people: PeopleFile? = nil, now: String) throws -> ImportSummary {
    var summary = ImportSummary()
    try db.transaction {
      if let people { try setPeopleFile(people) }
      // Read under the write lock: an import that waited for another sees what that one added.
      var known = Set(try db.prepare("SELECT content_hash FROM documents").rows { $0.text(0) })
      // A file seen before with the same size and modification time is not read again.
      var seen: [String: (Int, Int)] = [:]
      let files = try db.prepare("SELECT path, bytes, mtime FROM documents").rows([]) { ($0.text(0), $0.int(1), $0.int(2)) }
      for (p, b, t) in files {
        seen[p] = (b, t)
      }
      for path in paths {
        let (size, mtime) = Store.stat(path)
        if let s = seen[path], s.0 == size, s.1 == mtime, mtime != 0 {
          summary.unchanged.append(path)
          continue
        }
        let bytes: [UInt8]
        switch SourceLoader.read(path) {
        case .success(let b): bytes = b
        case .failure(let e):
          summary.failed.append((path, e.reason))
          summary.unopened.append(path)
          continue
        }
        let hash = SourceLoader.fingerprint(bytes)
        if !known.insert(hash).inserted {
          // Same content under a new path or time: remember the file so it is not read again.
          try db.prepare("UPDATE documents SET path = ?, mtime = ? WHERE content_hash = ?")
            .run([.text(path), .int(mtime), .text(hash)])
          summary.unchanged.append(path)
          continue
        }
        let name = (path as NSString).lastPathComponent
        let document: DocumentText
        switch SourceLoader.decode(bytes, path: path) {
        case .success(let d): document = d
        case .failure(let e):
          summary.failed.append((path, e.reason))
          continue
        }
        let (m, hasItems) = MinutesParser.header(document, source: name)
        guard m.date != nil || hasItems else {
          summary.failed.append((path, MinutesError.notMinutes(file: path).reason))
          continue
        }
        let ck = CommitteeDirectory.key(m.committee)
        let date = m.date?.description
        let previous = try db.prepare(
          "SELECT id, name FROM documents WHERE committee_key = ? AND date IS ? AND kind = ?"
        ).rows([.text(ck), .opt(date), .text(m.kind.rawValue)]) { ($0.int(0), $0.text(1)) }
        if let (id, old) = previous.first, date != nil {
          try db.prepare("DELETE FROM documents WHERE id = ?").run([.int(id)])
          summary.replaced.append((path, old))
        } else {
          summary.added.append(path)
        }
        try db.prepare(
          """
          INSERT INTO documents(name, path, content_hash, committee, committee_key, date, kind,
            imported_at, bytes, mtime, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
        ).run([
          .text(name), .text(path), .text(hash), .text(m.committee), .text(ck), .opt(date),
          .text(m.kind.rawValue), .text(now), .int(bytes.count), .int(mtime), .text(document.text),
        ])
      }
      if !summary.added.isEmpty || !summary.replaced.isEmpty || people != nil { try derive() }
    }
    summary.meetings = try count("meetings")
    summary.actions = try count("actions")
    return summary
  }

  /// A file's size and modification time (seconds), or zeros.
  static func stat(_ path: String) -> (Int, Int) {
    var st = Foundation.stat()
    guard lstat(path, &st) == 0 else { return (0, 0) }
    return (Int(st.st_size), Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec))
  }

  func count(_ table: String) throws -> Int {
    try db.prepare("SELECT count(*) FROM \(table)").rows { $0.int(0) }.first ?? 0
  }

  /// Reads every stored document again, in date order and in parallel batches, and rewrites
  /// the derived tables (inside the caller's transaction).
  func derive() throws {
    let stmt = try db.prepare("SELECT name, text, id FROM documents ORDER BY date, committee, name")
    let failure = StoredMeetings.Failure()
    let register = Register(streaming: StoredMeetings(statement: stmt, failure: failure), peopleFile: try peopleFile())
    // A read that failed (a full disk while SQLite spilled its cache, say) ends the import here:
    // a register of part of the documents is never written.
    if let e = failure.error { throw e }
    try write(register, documents: failure.documents)
  }

  /// Derives the register again from the stored documents (after an engine upgrade).
  public func rederive() throws {
    try db.transaction { try derive() }
  }
}

/// The stored documents as meetings, read from a statement in batches parsed in parallel.
struct StoredMeetings: Sequence, IteratorProtocol {
  /// The error that ended the reading early, for the caller to throw.
  final class Failure {
    var error: Error?
    /// Each document's id by its name (the first of a name).
    var documents: [String: Int] = [:]
  }

  let statement: SQLiteStatement
  let failure: Failure
  var batch: [Meeting] = []
  var position = 0
  var done = false

  init(statement: SQLiteStatement, failure: Failure) {
    self.statement = statement
    self.failure = failure
  }

  mutating func next() -> Meeting? {
    while position == batch.count {
      if done { return nil }
      var rows: [(String, String)] = []
      do {
        while rows.count < 64, try statement.step() {
          rows.append((statement.text(0), statement.text(1)))
          if failure.documents[statement.text(0)] == nil { failure.documents[statement.text(0)] = statement.int(2) }
        }
      } catch {
        failure.error = error
        done = true
        return nil
      }
      if rows.count < 64 { done = true }
      batch = StoredMeetings.parse(rows)
      position = 0
      if batch.isEmpty && done { return nil }
    }
    defer { position += 1 }
    return batch[position]
  }

  /// Parses documents on all cores; the order is kept.
  static func parse(_ rows: [(String, String)]) -> [Meeting] {
    final class Results: @unchecked Sendable {
      var items: [Meeting?]
      init(_ n: Int) { items = Array(repeating: nil, count: n) }
    }
    let results = Results(rows.count)
    results.items.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let out = buffer
      DispatchQueue.concurrentPerform(iterations: rows.count) { i in
        out[i] = try? MinutesParser.parse(DocumentText(alreadyNormalized: rows[i].1), source: rows[i].0)
      }
    }
    return results.items.compactMap { $0 }
  }
}
