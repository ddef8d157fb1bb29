import CSQLite
import MinutesCore
import Foundation

/// Why a store operation failed.
public enum StoreError: Error, CustomStringConvertible, Sendable {
  /// The file is not a followup store (or not an SQLite database at all).
  case notAStore(path: String, reason: String)
  /// The store was written by a newer followup.
  case newerSchema(path: String, found: Int, supported: Int)
  /// No store at the path.
  case missing(path: String)
  /// SQLite reported an error.
  case sqlite(code: Int32, message: String, sql: String)
  /// A record to act on does not exist.
  case notFound(String)
  /// A prefix fits several ids or keys (at most 11 of them listed).
  case ambiguous(typed: String, candidates: [String])
  /// The store cannot be written: a read-only file, folder or disk.
  case readOnly(path: String)
  /// A write failed (the disk is full, an I/O error); the transaction was rolled back.
  case cannotWrite(path: String, reason: String)
  /// Another process held the write lock for longer than a command waits (an import that
  /// does not end); nothing was changed.
  case busy(path: String, seconds: Int)
  /// A statement ran past its time limit and was stopped (a store made to make the tool spin).
  case timeout(path: String, seconds: Int)
  /// A stored value does not decode (a damaged store, or one written by another program):
  /// the table, the row (its rowid) and what is wrong.
  case damaged(path: String, table: String, row: Int, detail: String)

  /// One line in Danish for the person at the terminal.
  public var description: String {
    let e = Terminal.escaped
    switch self {
    case .notAStore(let p, let r): return "\(e(p)): ikke en followup-database (\(r))"
    case .newerSchema(let p, let f, let s):
      return "\(e(p)): skrevet af en nyere followup (skema \(f); denne version læser op til \(s)); intet er ændret"
    case .missing(let p): return "\(e(p)): ingen database her; kør 'followup import' først"
    case .sqlite(let c, let m, _): return "databasefejl \(c): \(m)"
    case .notFound(let what): return what
    case .ambiguous(let t, let c):
      let list = c.prefix(10).joined(separator: ", ") + (c.count > 10 ? " ..." : "")
      return "'\(Terminal.escaped(t))' passer på flere: \(list); skriv flere tegn"
    case .readOnly(let p):
      return "\(e(p)): databasen kan ikke skrives (en skrivebeskyttet fil, mappe eller disk); intet er ændret"
    case .cannotWrite(let p, let r): return "\(e(p)): databasen kunne ikke skrives (\(r)); intet er ændret"
    case .damaged(let p, let t, let r, let d): return "\(e(p)): \(t) række \(r): \(d)"
    case .timeout(let p, let n):
      return "\(e(p)): en forespørgsel tog over \(n) sekunder og blev afbrudt; er databasen beskadiget eller lavet af et andet program?"
    case .busy(let p, let n):
      return "\(e(p)): en anden followup har skrevet i databasen i over \(n / 60) minutter; intet er ændret, prøv igen senere"
    }
  }
}

/// How a connection waits for another process's write lock: without end for a while, with a
/// word to the person waiting once it takes long.
struct BusyPolicy {
  /// Seconds before `notice` is called (once).
  var noticeAfter: Double = 2
  /// Seconds after which the command gives up with `StoreError.busy`.
  var limit: Double = 15 * 60
  /// Called once when a wait passes `noticeAfter` (a message on standard error).
  var notice: (() -> Void)?
}

/// The state of the busy handler of one connection (the C callback's context).
private final class BusyWaiter {
  let policy: BusyPolicy
  /// The statement's time limit, which does not run while the statement waits.
  let clock: StatementClock
  var started: UInt64 = 0
  var noticed = false
  var gaveUp = false

  init(_ policy: BusyPolicy, clock: StatementClock) {
    self.policy = policy
    self.clock = clock
  }

  /// One call of SQLite's busy handler: sleep a little and go on, or give up (0).
  func wait(attempt: Int32) -> Int32 {
    let now = DispatchTime.now().uptimeNanoseconds
    if attempt == 0 { started = now }
    let waited = Double(now - started) / 1e9
    if waited >= policy.noticeAfter, !noticed {
      noticed = true
      policy.notice?()
    }
    if waited >= policy.limit {
      gaveUp = true
      return 0
    }
    clock.start()
    // 1 ms at first, then up to 50 ms: a short lock is taken at once, a long one costs nothing.
    usleep(useconds_t(min(50, 1 + Int(attempt)) * 1000))
    return 1
  }
}

/// The time limit of the statements of one connection (the progress handler's context): the
/// deadline is set when a statement starts or steps, and SQLite stops it once it is past.
private final class StatementClock {
  let limit: Double
  var deadline: UInt64 = .max
  var expired = false

  init(limit: Double) { self.limit = limit }

  func start() {
    expired = false
    deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(limit * 1e9)
  }

  /// One call of the progress handler: non-zero stops the statement.
  func check() -> Int32 {
    if DispatchTime.now().uptimeNanoseconds > deadline {
      expired = true
      return 1
    }
    return 0
  }
}

/// A minimal SQLite connection: prepared statements, transactions, nothing more.
///
/// A store file is data, not code: every connection is opened defensive (no writable schema),
/// with an untrusted schema (no functions with side effects in it), triggers and views off,
/// and a time limit on every statement.
final class SQLiteDatabase {
  private(set) var handle: OpaquePointer?
  let path: String
  private var statements: [String: SQLiteStatement] = [:]
  private let busy: BusyWaiter
  private let clock: StatementClock

  /// Opens (and with `create`, creates) a database.
  /// - Parameters:
  ///   - readOnly: Open for reading only.
  ///   - immutable: Read a file that nothing can change (a read-only folder or disk, where
  ///     SQLite cannot make the shared-memory file a WAL database needs); implies `readOnly`.
  /// - Throws: `StoreError.readOnly` when writing was asked for and the file cannot be written.
  ///   - busy: How long and how to wait for another process's write lock.
  ///   - statementLimit: Seconds one statement (or one step of it) may run.
  init(
    path: String, create: Bool, readOnly: Bool = false, immutable: Bool = false, busy: BusyPolicy = BusyPolicy(),
    statementLimit: Double = 60
  ) throws {
    self.path = path
    self.clock = StatementClock(limit: statementLimit)
    self.busy = BusyWaiter(busy, clock: clock)
    var flags = readOnly || immutable ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
    if create && !readOnly && !immutable { flags |= SQLITE_OPEN_CREATE }
    flags |= SQLITE_OPEN_NOMUTEX
    var name = path
    if immutable {
      flags |= SQLITE_OPEN_URI
      let encoded = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
      name = "file:" + encoded + "?immutable=1"
    }
    let rc = sqlite3_open_v2(name, &handle, flags, nil)
    guard rc == SQLITE_OK else {
      let msg = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "kan ikke åbnes"
      sqlite3_close(handle)
      handle = nil
      throw SQLiteDatabase.classify(rc, msg, "open", path: path)
    }
    for (option, value) in [
      (SQLITE_DBCONFIG_DEFENSIVE, 1), (SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0), (SQLITE_DBCONFIG_ENABLE_TRIGGER, 0),
      (SQLITE_DBCONFIG_ENABLE_VIEW, 0),
    ] {
      _ = followup_db_config_flag(handle, option, Int32(value))
    }
    sqlite3_progress_handler(
      handle, 1000,
      { context in
        guard let context else { return 0 }
        return Unmanaged<StatementClock>.fromOpaque(context).takeUnretainedValue().check()
      }, Unmanaged.passUnretained(clock).toOpaque())
    sqlite3_busy_handler(
      handle,
      { context, attempt in
        guard let context else { return 0 }
        return Unmanaged<BusyWaiter>.fromOpaque(context).takeUnretainedValue().wait(attempt: attempt)
      }, Unmanaged.passUnretained(self.busy).toOpaque())
    sqlite3_extended_result_codes(handle, 1)
    // For whoever measures the store (BENCHMARKS.md): every statement with its time, on
    // standard error.
    if getenv("FOLLOWUP_TRACE_SQL") != nil {
      sqlite3_trace_v2(
        handle, UInt32(SQLITE_TRACE_PROFILE),
        { _, _, statement, nanoseconds in
          guard let statement, let nanoseconds else { return 0 }
          let ms = Double(nanoseconds.load(as: Int64.self)) / 1e6
          let sql = sqlite3_sql(OpaquePointer(statement)).map { String(cString: $0) } ?? ""
          let line = String(format: "%8.2f ms  ", ms) + sql.split(whereSeparator: \.isWhitespace).joined(separator: " ") + "\n"
          FileHandle.standardError.write(Data(line.utf8))
          return 0
        }, nil)
    }
    // SQLite opens a file it may not write for reading without a word: say so before any work.
    if !readOnly && !immutable && sqlite3_db_readonly(handle, "main") == 1 {
      throw StoreError.readOnly(path: path)
    }
  }

  /// An SQLite result as a store error: read-only, full and I/O failures by name.
  static func classify(_ rc: Int32, _ message: String, _ sql: String, path: String) -> StoreError {
    switch rc & 0xFF {
    case SQLITE_READONLY, SQLITE_PERM: return .readOnly(path: path)
    case SQLITE_FULL: return .cannotWrite(path: path, reason: "disken er fuld")
    case SQLITE_IOERR: return .cannotWrite(path: path, reason: "\(message); er disken fuld eller defekt?")
    case SQLITE_CANTOPEN: return .cannotWrite(path: path, reason: message)
    default: return .sqlite(code: rc, message: message, sql: sql)
    }
  }

  deinit {
    statements.removeAll()
    sqlite3_close_v2(handle)
  }

  func error(_ rc: Int32, _ sql: String) -> StoreError {
    if rc & 0xFF == SQLITE_INTERRUPT, clock.expired { return .timeout(path: path, seconds: Int(clock.limit)) }
    if rc & 0xFF == SQLITE_BUSY, busy.gaveUp { return .busy(path: path, seconds: Int(busy.policy.limit)) }
    return SQLiteDatabase.classify(rc, String(cString: sqlite3_errmsg(handle)), sql, path: path)
  }

  /// Runs SQL without results (several statements allowed).
  func exec(_ sql: String) throws {
    var err: UnsafeMutablePointer<CChar>?
    clock.start()
    let rc = sqlite3_exec(handle, sql, nil, nil, &err)
    if rc != SQLITE_OK {
      let msg = err.map { String(cString: $0) } ?? "fejl"
      sqlite3_free(err)
      if rc & 0xFF == SQLITE_INTERRUPT, clock.expired { throw StoreError.timeout(path: path, seconds: Int(clock.limit)) }
      if rc & 0xFF == SQLITE_BUSY, busy.gaveUp { throw StoreError.busy(path: path, seconds: Int(busy.policy.limit)) }
      throw SQLiteDatabase.classify(rc, msg, sql, path: path)
    }
  }

  /// A prepared statement, cached by its text.
  func prepare(_ sql: String) throws -> SQLiteStatement {
    if let s = statements[sql] {
      s.reset()
      return s
    }
    var stmt: OpaquePointer?
    clock.start()
    let rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nil)
    guard rc == SQLITE_OK, let stmt else { throw error(rc, sql) }
    let s = SQLiteStatement(stmt, db: self, sql: sql)
    statements[sql] = s
    return s
  }

  /// Runs `body` in one transaction (BEGIN IMMEDIATE: a writer waits for another, never both).
  func transaction<T>(_ body: () throws -> T) throws -> T {
    try exec("BEGIN IMMEDIATE")
    do {
      let r = try body()
      try requireTransaction()
      try exec("COMMIT")
      return r
    } catch {
      try? exec("ROLLBACK")
      throw error
    }
  }

  /// Throws when no transaction is open: SQLite rolls a transaction back by itself after some
  /// errors (a full disk, an I/O error), and what follows must not run outside it.
  func requireTransaction() throws {
    if sqlite3_get_autocommit(handle) != 0 {
      throw StoreError.cannotWrite(path: path, reason: "SQLite rullede transaktionen tilbage efter en tidligere fejl")
    }
  }

  /// Starts the time limit of a statement's next step.
  func startClock() { clock.start() }

  var lastInsertID: Int64 { sqlite3_last_insert_rowid(handle) }
  var changes: Int { Int(sqlite3_changes(handle)) }
}

/// A prepared statement: bind by position (1-based), step, read columns (0-based).
final class SQLiteStatement {
  let stmt: OpaquePointer
  unowned let db: SQLiteDatabase
  let sql: String

  init(_ stmt: OpaquePointer, db: SQLiteDatabase, sql: String) {
    self.stmt = stmt
    self.db = db
    self.sql = sql
  }

  deinit { sqlite3_finalize(stmt) }

  func reset() {
    sqlite3_reset(stmt)
    sqlite3_clear_bindings(stmt)
  }

  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  @discardableResult
  func bind(_ values: [SQLValue]) -> SQLiteStatement {
    for (i, v) in values.enumerated() {
      let idx = Int32(i + 1)
      switch v {
      case .null: sqlite3_bind_null(stmt, idx)
      case .int(let n): sqlite3_bind_int64(stmt, idx, Int64(n))
      case .text(let s): sqlite3_bind_text(stmt, idx, s, -1, SQLiteStatement.transient)
      case .blob(let b):
        b.withUnsafeBytes { p in
          _ = sqlite3_bind_blob(stmt, idx, p.baseAddress, Int32(b.count), SQLiteStatement.transient)
        }
      }
    }
    return self
  }

  /// Runs a statement that returns no rows.
  func run(_ values: [SQLValue] = []) throws {
    bind(values)
    db.startClock()
    let rc = sqlite3_step(stmt)
    guard rc == SQLITE_DONE || rc == SQLITE_ROW else { throw db.error(rc, sql) }
    sqlite3_reset(stmt)
  }

  /// Steps to the next row; false at the end.
  func step() throws -> Bool {
    db.startClock()
    let rc = sqlite3_step(stmt)
    if rc == SQLITE_ROW { return true }
    if rc == SQLITE_DONE { return false }
    throw db.error(rc, sql)
  }

  /// All rows, each read by `row`.
  /// - Parameter table: The table the rows come from, when the statement's last column is
  ///   its `rowid`: a value `row` cannot decode is then reported with its table and row.
  /// - Throws: `StoreError.damaged` for a value that does not decode; SQLite's errors.
  func rows<T>(_ values: [SQLValue] = [], table: String? = nil, _ row: (SQLiteStatement) throws -> T) throws -> [T] {
    bind(values)
    defer { sqlite3_reset(stmt) }
    var out: [T] = []
    while try step() {
      do {
        out.append(try row(self))
      } catch let e as DamagedValue {
        let rowid = table == nil ? 0 : int(sqlite3_column_count(stmt) - 1)
        throw StoreError.damaged(path: db.path, table: table ?? "?", row: rowid, detail: e.detail)
      }
    }
    return out
  }

  func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(stmt, i)) }
  func isNull(_ i: Int32) -> Bool { sqlite3_column_type(stmt, i) == SQLITE_NULL }
  func text(_ i: Int32) -> String {
    guard let p = sqlite3_column_text(stmt, i) else { return "" }
    let n = Int(sqlite3_column_bytes(stmt, i))
    return String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
  }
  func optionalText(_ i: Int32) -> String? { isNull(i) ? nil : text(i) }
  /// The column's name as the statement gives it.
  func columnName(_ i: Int32) -> String {
    sqlite3_column_name(stmt, i).map { String(cString: $0) } ?? "kolonne \(i)"
  }

  /// A date column (`YYYY-MM-DD`).
  /// - Throws: `DamagedValue` when the value is no date.
  func day(_ i: Int32) throws -> Day {
    // Read on the column's bytes: a report reads one a row.
    if let p = sqlite3_column_text(stmt, i),
      let d = Day(isoUTF8: UnsafeBufferPointer(start: p, count: Int(sqlite3_column_bytes(stmt, i))))
    {
      return d
    }
    throw DamagedValue(detail: "ugyldig dato '\(Terminal.escaped(text(i)))' i \(columnName(i))")
  }

  /// A date column that may be NULL.
  func optionalDay(_ i: Int32) throws -> Day? { isNull(i) ? nil : try day(i) }

  /// A column holding one of an enumeration's names (an outcome, a kind).
  /// - Throws: `DamagedValue` when the value is none of them.
  func value<E: RawRepresentable>(_ i: Int32, as type: E.Type) throws -> E where E.RawValue == String {
    let s = text(i)
    guard let v = E(rawValue: s) else {
      throw DamagedValue(detail: "ukendt værdi '\(Terminal.escaped(s))' i \(columnName(i))")
    }
    return v
  }

  /// An enumeration column that may be NULL.
  func optionalValue<E: RawRepresentable>(_ i: Int32, as type: E.Type) throws -> E? where E.RawValue == String {
    isNull(i) ? nil : try value(i, as: type)
  }

  func blob(_ i: Int32) -> [UInt8] {
    guard let p = sqlite3_column_blob(stmt, i) else { return [] }
    let n = Int(sqlite3_column_bytes(stmt, i))
    return Array(UnsafeRawBufferPointer(start: p, count: n))
  }
}

/// A stored value that does not decode; `SQLiteStatement.rows` adds the table and row.
struct DamagedValue: Error {
  /// What is wrong, in Danish (`ugyldig dato '2023-12m19' i decision_date`).
  var detail: String
}

/// A value bound to a statement.
enum SQLValue {
  case null
  case int(Int)
  case text(String)
  case blob([UInt8])

  static func opt(_ s: String?) -> SQLValue { s.map { .text($0) } ?? .null }
  static func opt(_ n: Int?) -> SQLValue { n.map { .int($0) } ?? .null }
  static func bool(_ b: Bool) -> SQLValue { .int(b ? 1 : 0) }
  static func day(_ d: Day?) -> SQLValue { d.map { .text($0.description) } ?? .null }
}
