import MinutesCore

/// The schemas earlier versions of followup made, and the steps that take a store of each
/// forward to the schema of this version.
///
/// A store of an older version is taken forward in one transaction: its schema must be exactly
/// one that version made (a store changed by someone else is refused as before), the steps run
/// in order, the version is written, and the register is derived again into the new tables.
/// What the secretariat recorded (`events`) and the documents read are kept as they are.
enum StoreMigration {
  /// A step from `version` to `version + 1`, on the schema alone (the derivation follows).
  struct Step {
    var version: Int
    var run: @Sendable (SQLiteDatabase) throws -> Void
  }

  /// Every schema an earlier version made, by its version, as the statements that made it.
  /// Version 1 had two forms: the first release's, then one with the file's time and three
  /// indexes more (commit 5ea7db7), under the same number.
  static let historic: [(version: Int, sql: String)] = [(1, schemaV1First), (1, schemaV1)]

  /// The steps, in order.
  static let steps: [Step] = [Step(version: 1, run: fromVersion1)]

  /// Runs the steps from `version` up to this version's schema (inside the caller's
  /// transaction).
  static func migrate(_ db: SQLiteDatabase, from version: Int) throws {
    for step in steps where step.version >= version {
      try step.run(db)
    }
  }

  /// 1 → 2: the derived tables are made again (owners in their own table, the engine's new
  /// fields, the committee directory and calendar), with each document's reading and link
  /// beside them; documents get the file's time where the first form lacked it; meta and
  /// events stay.
  static func fromVersion1(_ db: SQLiteDatabase) throws {
    let columns = try db.prepare("SELECT name FROM pragma_table_info('documents')").rows { $0.text(0) }
    if !columns.contains("mtime") {
      try db.exec("ALTER TABLE documents ADD COLUMN mtime INTEGER NOT NULL DEFAULT 0")
      try db.exec("CREATE INDEX documents_path ON documents(path)")
    }
    for table in [
      "meetings", "items", "actions", "action_owners", "postponements", "deferral_states", "cases", "appearances",
      "people", "findings",
    ] {
      try db.exec("DROP TABLE \(table)")
    }
    for table in StoreSchema.derived + StoreSchema.analyses + StoreSchema.linked {
      try db.exec(table.create)
    }
  }

  /// The first release's schema (1dc8281).
  static let schemaV1First = """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents(
      id INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL,
      content_hash TEXT NOT NULL UNIQUE, committee TEXT NOT NULL, committee_key TEXT NOT NULL,
      date TEXT, kind TEXT NOT NULL, imported_at TEXT NOT NULL, bytes INTEGER NOT NULL,
      text TEXT NOT NULL);
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
    CREATE TABLE actions(
      id TEXT PRIMARY KEY, committee TEXT NOT NULL, meeting_date TEXT NOT NULL,
      item INTEGER NOT NULL, source TEXT NOT NULL, decision_date TEXT NOT NULL,
      sentence TEXT NOT NULL, owners TEXT NOT NULL, due TEXT, due_text TEXT, due_basis TEXT,
      kind TEXT NOT NULL, case_key TEXT, case_number TEXT, title TEXT NOT NULL,
      closed INTEGER NOT NULL, location TEXT NOT NULL, settled_on TEXT);
    CREATE INDEX actions_due ON actions(due);
    CREATE INDEX actions_meeting ON actions(meeting_date);
    CREATE INDEX actions_case ON actions(case_key);
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

  /// Version 1 from commit 5ea7db7 on.
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
}
