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
  public static let schemaVersion = 1

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
    do {
      db = try Store.connect(path, create: create && !readOnly, readOnly: readOnly, immutable: false, busy: busy)
    } catch StoreError.readOnly where readOnly, StoreError.cannotWrite where readOnly {
      // WAL needs a shared-memory file beside the store; where none can be made, nothing can
      // change the store either, and it is read as an immutable file.
      db = try Store.connect(path, create: false, readOnly: true, immutable: true, busy: busy)
    }
  }

  private static func connect(
    _ path: String, create: Bool, readOnly: Bool, immutable: Bool, busy: BusyPolicy
  ) throws -> SQLiteDatabase {
    let db: SQLiteDatabase
    do {
      db = try SQLiteDatabase(path: path, create: create, readOnly: readOnly, immutable: immutable, busy: busy)
    } catch StoreError.sqlite(let code, let message, _) {
      throw StoreError.notAStore(path: path, reason: Store.reason(code, message))
    }
    try Store.checkSchema(db, path: path, creating: create)
    return db
  }

  /// Why SQLite could not read a file, in Danish where the code says it.
  static func reason(_ code: Int32, _ message: String) -> String {
    switch code & 0xFF {
    case 26: return "ikke en SQLite-database"  // SQLITE_NOTADB
    case 11: return "filen er beskadiget"  // SQLITE_CORRUPT
    default: return message
    }
  }

  /// Whether the file's schema is empty (a new file); `.notAStore` when SQLite cannot read it.
  static func isEmpty(_ db: SQLiteDatabase, path: String) throws -> Bool {
    do {
      return try db.prepare("SELECT count(*) FROM sqlite_master").rows { $0.int(0) }.first == 0
    } catch StoreError.sqlite(let code, let message, _) {
      throw StoreError.notAStore(path: path, reason: Store.reason(code, message))
    }
  }

  /// Verifies (or creates) the schema; a file that is not a store is left untouched.
  ///
  /// A new store's tables and its schema version are made in one transaction, after a second
  /// look under the write lock: of several processes creating one store at once, one makes it
  /// and the others use it, and a process killed in the middle leaves an empty file, which
  /// the next import makes into a store.
  static func checkSchema(_ db: SQLiteDatabase, path: String, creating: Bool) throws {
    if try isEmpty(db, path: path) {
      // An empty database (a creation that never finished) is no store yet.
      guard creating else { throw StoreError.missing(path: path) }
      // WAL is set once, when the store is made; it stays with the file.
      try db.exec("PRAGMA journal_mode = WAL")
      try db.transaction {
        if try isEmpty(db, path: path) {
          try db.exec(Store.schemaV1)
          try setMeta(db, "schema_version", String(Store.schemaVersion))
        }
      }
    }
    let objects = try schemaObjects(db, path: path)
    // No version of followup makes a trigger or a view, and its meta table is always the same.
    if let foreign = objects.first(where: { $0.type != "table" && $0.type != "index" }) {
      throw StoreError.notAStore(path: path, reason: "fremmed \(foreign.type) '\(Terminal.escaped(foreign.name))'")
    }
    guard let meta = objects.first(where: { $0.name == "meta" }) else {
      throw StoreError.notAStore(path: path, reason: "en SQLite-database fra et andet program")
    }
    guard Store.expectedSchema.contains(meta) else {
      throw StoreError.notAStore(path: path, reason: "tabellen meta er ændret")
    }
    let version = Int(try Store.meta(db, "schema_version") ?? "") ?? 0
    if version > Store.schemaVersion {
      throw StoreError.newerSchema(path: path, found: version, supported: Store.schemaVersion)
    }
    if version < 1 { throw StoreError.notAStore(path: path, reason: "ingen skemaversion") }
    // Migrations from older versions go here, each in its own transaction.
    try Store.compare(objects, path: path)
  }

  /// A table or index as `sqlite_master` lists it.
  struct SchemaObject: Hashable {
    var type: String
    var name: String
    var table: String
    var sql: String?
  }

  /// What the file's schema holds, SQLite's own statistics tables aside.
  static func schemaObjects(_ db: SQLiteDatabase, path: String) throws -> [SchemaObject] {
    do {
      return try db.prepare(
        """
        SELECT type, name, tbl_name, sql FROM sqlite_master
        WHERE NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4', 'sqlite_sequence'))
        """
      ).rows { SchemaObject(type: $0.text(0), name: $0.text(1), table: $0.text(2), sql: $0.optionalText(3)) }
    } catch StoreError.sqlite(let code, let message, _) {
      throw StoreError.notAStore(path: path, reason: Store.reason(code, message))
    }
  }

  /// The schema this version makes, read back from an empty database in memory.
  static let expectedSchema: Set<SchemaObject> = {
    guard let db = try? SQLiteDatabase(path: ":memory:", create: true), (try? db.exec(schemaV1)) != nil,
      let objects = try? schemaObjects(db, path: ":memory:")
    else { return [] }
    return Set(objects)
  }()

  /// Refuses a store whose tables and indexes are not exactly the ones this version makes: a
  /// store made or changed by someone else is data this tool cannot vouch for.
  static func compare(_ objects: [SchemaObject], path: String) throws {
    let expected = Store.expectedSchema
    for o in objects where !expected.contains(o) {
      let known = expected.contains { $0.type == o.type && $0.name == o.name }
      let what = o.type == "table" ? "tabellen" : "indekset"
      throw StoreError.notAStore(
        path: path, reason: "\(what) \(Terminal.escaped(o.name)) er \(known ? "ændret" : "ukendt")")
    }
    let names = Set(objects.map(\.name))
    if let missing = expected.filter({ !names.contains($0.name) }).min(by: { $0.name < $1.name }) {
      throw StoreError.notAStore(
        path: path, reason: "\(missing.type == "table" ? "tabellen" : "indekset") \(missing.name) mangler")
    }
  }

  static let schemaV1 = """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents(
      id INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL,
      content_hash TEXT NOT NULL UNIQUE, committee TEXT NOT NULL, committee_key TEXT NOT NULL,
      date TEXT, kind TEXT NOT NULL, imported_at TEXT NOT NULL, bytes INTEGER NOT NULL,
      mtime INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL);
    CREATE INDEX documents_path ON documents(path);
    CREATE INDEX documents_meeting ON documents(committee_key, date, kind);
    CREATE TABLE meetings(
      committee TEXT NOT NULL, date TEXT, source TEXT NOT NULL, start_time TEXT, location TEXT,
      kind TEXT NOT NULL);
    CREATE INDEX meetings_date ON meetings(date);
    CREATE TABLE items(
      committee TEXT NOT NULL, date TEXT, number INTEGER NOT NULL, title TEXT NOT NULL,
      case_number TEXT, case_key TEXT, outcome TEXT NOT NULL, closed INTEGER NOT NULL,
      source TEXT NOT NULL, line INTEGER NOT NULL);
    CREATE INDEX items_date ON items(date);
    CREATE INDEX items_source ON items(source);
    CREATE TABLE actions(
      id TEXT PRIMARY KEY, committee TEXT NOT NULL, meeting_date TEXT NOT NULL,
      item INTEGER NOT NULL, source TEXT NOT NULL, decision_date TEXT NOT NULL,
      sentence TEXT NOT NULL, owners TEXT NOT NULL, due TEXT, due_text TEXT, due_basis TEXT,
      kind TEXT NOT NULL, case_key TEXT, case_number TEXT, title TEXT NOT NULL,
      closed INTEGER NOT NULL, location TEXT NOT NULL, settled_on TEXT);
    CREATE INDEX actions_due ON actions(due);
    CREATE INDEX actions_meeting ON actions(meeting_date);
    CREATE INDEX actions_case ON actions(case_key);
    CREATE INDEX actions_settled ON actions(settled_on);
    CREATE TABLE action_owners(action_id TEXT NOT NULL, name_key TEXT NOT NULL, kind TEXT NOT NULL);
    CREATE INDEX action_owners_key ON action_owners(name_key);
    CREATE TABLE postponements(
      case_key TEXT NOT NULL, case_number TEXT NOT NULL, committee TEXT NOT NULL,
      meeting_date TEXT NOT NULL, item INTEGER, target TEXT, target_text TEXT, target_basis TEXT,
      phrase TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL, location TEXT NOT NULL,
      closed INTEGER NOT NULL);
    CREATE INDEX postponements_case ON postponements(case_key);
    CREATE TABLE deferral_states(
      case_key TEXT NOT NULL, case_number TEXT NOT NULL, title TEXT NOT NULL,
      committee TEXT NOT NULL, deferred_on TEXT NOT NULL, run INTEGER NOT NULL,
      since TEXT NOT NULL, valid_until TEXT, target TEXT, target_basis TEXT,
      target_held INTEGER NOT NULL, standing INTEGER NOT NULL, closed INTEGER NOT NULL,
      location TEXT NOT NULL);
    CREATE INDEX deferral_states_on ON deferral_states(deferred_on, valid_until);
    CREATE TABLE cases(
      key TEXT PRIMARY KEY, case_number TEXT NOT NULL, title TEXT NOT NULL,
      titles TEXT NOT NULL, standing INTEGER NOT NULL);
    CREATE TABLE appearances(
      case_key TEXT NOT NULL, committee TEXT NOT NULL, date TEXT NOT NULL, item INTEGER,
      title TEXT, outcome TEXT, quoted INTEGER NOT NULL, supplement INTEGER NOT NULL,
      closed INTEGER NOT NULL, location TEXT);
    CREATE INDEX appearances_case ON appearances(case_key);
    CREATE TABLE people(name TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL,
      email TEXT, evidence TEXT NOT NULL);
    CREATE TABLE findings(
      origin TEXT NOT NULL, severity TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL,
      file TEXT NOT NULL, line INTEGER NOT NULL, key TEXT NOT NULL);
    CREATE TABLE events(
      id INTEGER PRIMARY KEY, target TEXT NOT NULL, kind TEXT NOT NULL, value TEXT,
      actor TEXT NOT NULL, at TEXT NOT NULL, recorded TEXT NOT NULL);
    CREATE INDEX events_target ON events(target);
    """

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
    let stmt = try db.prepare("SELECT name, text FROM documents ORDER BY date, committee, name")
    let failure = StoredMeetings.Failure()
    let register = Register(streaming: StoredMeetings(statement: stmt, failure: failure), peopleFile: try peopleFile())
    // A read that failed (a full disk while SQLite spilled its cache, say) ends the import here:
    // a register of part of the documents is never written.
    if let e = failure.error { throw e }
    try write(register)
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
