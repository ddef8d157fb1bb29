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
  /// Actions of a replaced reading that the new one holds as the same promise (same item, a
  /// similar sentence, the same owners): their id, events and calendar entry carried over.
  public var carried = 0
  /// Actions of a replaced reading with events recorded that the new one no longer holds:
  /// their events wait in `review`, with the old sentence.
  public var waiting = 0
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
    return (db, try Store.retryingBusy { try Store.checkSchema(db, path: path, creating: create) })
  }

  /// Runs `body` again while SQLite answers `SQLITE_BUSY` without waiting: what a connection
  /// meets while another process turns a new store to WAL or sets up its shared memory (the busy
  /// handler is not called there). Up to ten seconds; then the error stands.
  static func retryingBusy<T>(_ body: () throws -> T) throws -> T {
    var attempt = 0
    while true {
      do {
        return try body()
      } catch StoreError.sqlite(let code, let message, let sql) where code & 0xFF == 5 || code & 0xFF == 6 {
        attempt += 1
        guard attempt < 400 else { throw StoreError.sqlite(code: code, message: message, sql: sql) }
        usleep(useconds_t(min(50, 1 + attempt) * 1000))
      }
    }
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

  /// A file's size and modification time (seconds), or zeros.
  static func stat(_ path: String) -> (Int, Int) {
    var st = Foundation.stat()
    guard lstat(path, &st) == 0 else { return (0, 0) }
    return (Int(st.st_size), Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec))
  }

  func count(_ table: String) throws -> Int {
    try db.prepare("SELECT count(*) FROM \(table)").rows { $0.int(0) }.first ?? 0
  }

  /// Derives the register again from the stored documents, read again (after an engine
  /// upgrade).
  public func rederive() throws {
    try db.transaction { try derive() }
  }

  /// Reads every stored document again when the readings were kept in another layout than
  /// this version writes (`StoreCoder.version`; a store without the mark kept layout 1), so
  /// that a store made by an earlier followup keeps working after an upgrade; inside the
  /// caller's transaction. Reports read the register's rows and need no readings.
  func rereadIfStale() throws {
    let kept = Int(try meta("reading_version") ?? "1") ?? 0
    guard kept != StoreCoder.version else { return }
    if try count("documents") > 0 { try derive() }
    try setMeta("reading_version", String(StoreCoder.version))
  }

  /// Reads every stored document again and links the register anew (inside the caller's
  /// transaction).
  func derive() throws {
    try db.requireTransaction()
    let ids = try db.prepare("SELECT id FROM documents ORDER BY id").rows { $0.int(0) }
    try clearAnalyses()
    var directory = CommitteeDirectory()
    for chunk in Store.chunks(ids, of: Store.batch) {
      let rows = try db.rows(
        DocumentsTable.table, "WHERE id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))", chunk.map { .int($0) }
      ) { r in (r.int("id"), r.text("name"), r.text("path"), r.text("text")) }
      let read = Store.read(rows.map { ($0.0, $0.1, $0.2, DocumentText(alreadyNormalized: $0.3)) }, committees: &directory)
      for (id, result) in read {
        // A document this engine cannot read as minutes any more stays, unread, until a
        // later engine reads it.
        guard case .success(let reading) = result else { continue }
        try saveReading(reading, document: id)
      }
    }
    try relink(added: [], removed: [], full: true)
    try setMeta("reading_version", String(StoreCoder.version))
  }
}
