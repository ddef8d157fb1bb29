import MinutesCore

/// The schemas earlier versions of followup made, and the steps that take a store of each
/// forward to the schema of this version.
///
/// A store of an older version is taken forward in one transaction: its schema must be exactly
/// one that version made (a store changed by someone else is refused as before), the steps run
/// in order, the version is written, and the register is derived again into the new tables.
/// What the secretariat recorded (`events`) and the documents read are kept as they are.
enum StoreMigration {
  /// A step from `version` to `version + 1`, on the schema alone (the derivation follows
  /// when the step `derives`).
  struct Step {
    var version: Int
    /// The step makes derived tables anew, which the register is derived into again.
    var derives: Bool
    var run: @Sendable (SQLiteDatabase) throws -> Void
  }

  /// Every schema an earlier version made, by its version, as the statements that made it.
  /// Version 1 had two forms: the first release's, then one with the file's time and three
  /// indexes more (commit 5ea7db7), under the same number.
  static let historic: [(version: Int, sql: String)] = [
    (1, schemaV1First), (1, schemaV1), (2, schemaV2), (3, schemaV3), (4, schemaV4),
  ]

  /// The steps, in order.
  static let steps: [Step] = [
    Step(version: 1, derives: true, run: fromVersion1), Step(version: 2, derives: false, run: fromVersion2),
    Step(version: 3, derives: false, run: fromVersion3), Step(version: 4, derives: false, run: fromVersion4),
  ]

  /// Runs the steps from `version` up to this version's schema (inside the caller's
  /// transaction).
  /// - Returns: Whether a step changed what the register is derived into, so that the
  ///   register must be derived again; a step that only adds indexes does not.
  @discardableResult
  static func migrate(_ db: SQLiteDatabase, from version: Int) throws -> Bool {
    var derives = false
    for step in steps where step.version >= version {
      try step.run(db)
      derives = derives || step.derives
    }
    return derives
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

  /// 2 → 3: indexes only, for the reports' queries (each reads only the rows it shows): the
  /// rows stay as they are and nothing is derived again. An index the step 1 → 2 already
  /// made (it makes the tables as this version declares them) is made again under its name.
  static func fromVersion2(_ db: SQLiteDatabase) throws {
    for (name, sql) in indexesV3 {
      try db.exec("DROP INDEX IF EXISTS \(name)")
      try db.exec(sql)
    }
  }

  /// 3 → 4: an index only, which orders the documents without reading their readings (an
  /// import of one referat then reads a small index instead of every reading's page).
  static func fromVersion3(_ db: SQLiteDatabase) throws {
    for (name, sql) in indexesV4 {
      try db.exec("DROP INDEX IF EXISTS \(name)")
      try db.exec(sql)
    }
  }

  /// 4 → 5: each action says whether it has an owner or a responsible (`accountable`, from
  /// its rows of `action_owners`), in the index of referrals by committee: `postponed` counts
  /// the referrals waiting without looking up each one's owners. Nothing is derived again.
  static func fromVersion4(_ db: SQLiteDatabase) throws {
    // A store of version 1 has the column already: its step made the derived tables anew.
    let columns = try db.prepare("SELECT name FROM pragma_table_info('actions')").rows { $0.text(0) }
    if !columns.contains("accountable") {
      try db.exec("ALTER TABLE actions ADD COLUMN accountable INTEGER NOT NULL DEFAULT 0")
    }
    try db.exec("UPDATE actions SET accountable = EXISTS (SELECT 1 FROM action_owners o WHERE o.action_id = actions.id)")
    for (name, sql) in indexesV5 {
      try db.exec("DROP INDEX IF EXISTS \(name)")
      try db.exec(sql)
    }
  }

  /// The indexes version 5 replaces, as it makes them.
  static let indexesV5: [(name: String, sql: String)] = [
    (
      "actions_kind",
      "CREATE INDEX actions_kind ON actions(kind, committee, decision_date, id, closed, settled_on, accountable)"
    )
  ]

  /// The indexes version 4 adds, as it makes them.
  static let indexesV4: [(name: String, sql: String)] = [
    ("readings_order", "CREATE INDEX readings_order ON readings(date, committee, source, kind, document, town)")
  ]

  /// The indexes version 3 adds or replaces, as it makes them.
  static let indexesV3: [(name: String, sql: String)] = [
    ("actions_due", "CREATE INDEX actions_due ON actions(due, closed, decision_date, settled_on, id)"),
    ("actions_kind", "CREATE INDEX actions_kind ON actions(kind, committee, decision_date, id, closed, settled_on)"),
    ("actions_committee", "CREATE INDEX actions_committee ON actions(committee, id)"),
    ("action_owners_key", "CREATE INDEX action_owners_key ON action_owners(name_key, action_id)"),
    ("action_owners_kind", "CREATE INDEX action_owners_kind ON action_owners(kind, name_key)"),
    ("action_owners_name", "CREATE INDEX action_owners_name ON action_owners(name)"),
    ("cases_number", "CREATE INDEX cases_number ON cases(case_number)"),
    ("cases_standing", "CREATE INDEX cases_standing ON cases(standing)"),
    ("meetings_committee", "CREATE INDEX meetings_committee ON meetings(committee, date, kind)"),
    ("appearances_committee", "CREATE INDEX appearances_committee ON appearances(committee, case_key)"),
    ("deferral_states_committee", "CREATE INDEX deferral_states_committee ON deferral_states(committee, deferred_on)"),
    ("postponements_committee", "CREATE INDEX postponements_committee ON postponements(committee, target_basis, target)"),
  ]

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

  /// Version 2 (commit 156a37d on), as it made a new store: one statement a line, as
  /// `sqlite_master` keeps them.
  static let schemaV2 = """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents(id INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE, committee TEXT NOT NULL, committee_key TEXT NOT NULL, date TEXT, kind TEXT NOT NULL, imported_at TEXT NOT NULL, bytes INTEGER NOT NULL, mtime INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL);
    CREATE INDEX documents_path ON documents(path);
    CREATE INDEX documents_meeting ON documents(committee_key, date, kind);
    CREATE TABLE events(id INTEGER PRIMARY KEY, target TEXT NOT NULL, kind TEXT NOT NULL, value TEXT, actor TEXT NOT NULL, at TEXT NOT NULL, recorded TEXT NOT NULL);
    CREATE INDEX events_target ON events(target);
    CREATE TABLE meetings(document INTEGER NOT NULL, committee TEXT NOT NULL, date TEXT, source TEXT NOT NULL, start_time TEXT, location TEXT, kind TEXT NOT NULL);
    CREATE INDEX meetings_date ON meetings(date);
    CREATE INDEX meetings_document ON meetings(document);
    CREATE TABLE items(document INTEGER NOT NULL, committee TEXT NOT NULL, date TEXT, number INTEGER NOT NULL, title TEXT NOT NULL, case_number TEXT, case_key TEXT, outcome TEXT NOT NULL, closed INTEGER NOT NULL, source TEXT NOT NULL, line INTEGER NOT NULL);
    CREATE INDEX items_date ON items(date);
    CREATE INDEX items_source ON items(source);
    CREATE INDEX items_document ON items(document);
    CREATE TABLE actions(id TEXT PRIMARY KEY, document INTEGER NOT NULL, position INTEGER NOT NULL, ordering TEXT NOT NULL, committee TEXT NOT NULL, meeting_date TEXT NOT NULL, item INTEGER NOT NULL, source TEXT NOT NULL, decision_date TEXT NOT NULL, decision_item INTEGER, sentence TEXT NOT NULL, due TEXT, due_text TEXT, due_basis TEXT, kind TEXT NOT NULL, case_key TEXT, case_number TEXT, title TEXT NOT NULL, closed INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, settled_on TEXT, responsible_basis TEXT, quoted_committee TEXT, quoted_date TEXT, quoted_item INTEGER, quoted_source TEXT);
    CREATE INDEX actions_due ON actions(due);
    CREATE INDEX actions_meeting ON actions(meeting_date);
    CREATE INDEX actions_case ON actions(case_key);
    CREATE INDEX actions_settled ON actions(settled_on);
    CREATE INDEX actions_document ON actions(document);
    CREATE TABLE action_owners(action_id TEXT NOT NULL, position INTEGER NOT NULL, responsible INTEGER NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL, kind TEXT NOT NULL, surface TEXT NOT NULL, resolved_by TEXT, role_key TEXT);
    CREATE INDEX action_owners_key ON action_owners(name_key);
    CREATE INDEX action_owners_action ON action_owners(action_id);
    CREATE INDEX action_owners_role ON action_owners(role_key);
    CREATE TABLE postponements(document INTEGER NOT NULL, position INTEGER NOT NULL, ordering TEXT NOT NULL, key TEXT NOT NULL, case_key TEXT NOT NULL, case_number TEXT NOT NULL, committee TEXT NOT NULL, meeting_date TEXT NOT NULL, item INTEGER, target TEXT, target_text TEXT, target_basis TEXT, phrase TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, closed INTEGER NOT NULL, unseen INTEGER NOT NULL, quoted_committee TEXT, quoted_date TEXT, quoted_item INTEGER, quoted_source TEXT);
    CREATE INDEX postponements_case ON postponements(case_key);
    CREATE INDEX postponements_key ON postponements(key);
    CREATE TABLE deferral_states(case_key TEXT NOT NULL, case_number TEXT NOT NULL, title TEXT NOT NULL, committee TEXT NOT NULL, deferred_on TEXT NOT NULL, run INTEGER NOT NULL, since TEXT NOT NULL, valid_until TEXT, target TEXT, target_basis TEXT, target_held INTEGER NOT NULL, standing INTEGER NOT NULL, closed INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, on_agenda TEXT);
    CREATE INDEX deferral_states_on ON deferral_states(deferred_on, valid_until);
    CREATE INDEX deferral_states_case ON deferral_states(case_key);
    CREATE TABLE cases(key TEXT PRIMARY KEY, case_number TEXT NOT NULL, title TEXT NOT NULL, titles TEXT NOT NULL, standing INTEGER NOT NULL);
    CREATE TABLE appearances(case_key TEXT NOT NULL, position INTEGER NOT NULL, committee TEXT NOT NULL, date TEXT NOT NULL, item INTEGER, title TEXT, outcome TEXT, quoted INTEGER NOT NULL, supplement INTEGER NOT NULL, closed INTEGER NOT NULL, file TEXT, line INTEGER, agenda INTEGER NOT NULL);
    CREATE INDEX appearances_case ON appearances(case_key, position);
    CREATE TABLE people(name TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL, email TEXT, evidence TEXT NOT NULL);
    CREATE TABLE people_terms(kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL);
    CREATE TABLE findings(origin TEXT NOT NULL, severity TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, key TEXT NOT NULL, document INTEGER, position INTEGER NOT NULL, action_id TEXT);
    CREATE INDEX findings_document ON findings(document);
    CREATE INDEX findings_action ON findings(action_id);
    CREATE TABLE committees(key TEXT PRIMARY KEY, name TEXT NOT NULL, header INTEGER NOT NULL);
    CREATE TABLE calendar(key TEXT NOT NULL, day TEXT NOT NULL, basis TEXT NOT NULL);
    CREATE INDEX calendar_key ON calendar(key, day);
    CREATE TABLE role_titles(key TEXT PRIMARY KEY, title TEXT NOT NULL, document INTEGER NOT NULL, position INTEGER NOT NULL, owner INTEGER NOT NULL);
    CREATE TABLE people_learned(through TEXT PRIMARY KEY, last INTEGER NOT NULL, state BLOB NOT NULL);
    CREATE TABLE readings(document INTEGER PRIMARY KEY, date TEXT, committee TEXT NOT NULL, source TEXT NOT NULL, kind TEXT NOT NULL, town TEXT NOT NULL, reading BLOB NOT NULL);
    CREATE TABLE document_committees(document INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, header INTEGER NOT NULL);
    CREATE INDEX document_committees_document ON document_committees(document);
    CREATE TABLE document_people(document INTEGER PRIMARY KEY, facts BLOB NOT NULL);
    CREATE TABLE document_calendar(document INTEGER NOT NULL, key TEXT NOT NULL, day TEXT NOT NULL, basis TEXT NOT NULL);
    CREATE INDEX document_calendar_key ON document_calendar(key);
    CREATE INDEX document_calendar_document ON document_calendar(document);
    CREATE TABLE document_decisions(document INTEGER NOT NULL, key TEXT NOT NULL, date TEXT NOT NULL);
    CREATE INDEX document_decisions_key ON document_decisions(key, date);
    CREATE INDEX document_decisions_document ON document_decisions(document);
    CREATE TABLE document_lookups(token TEXT NOT NULL, document INTEGER NOT NULL);
    CREATE INDEX document_lookups_token ON document_lookups(token);
    CREATE INDEX document_lookups_document ON document_lookups(document);
    CREATE TABLE linked_actions(document INTEGER NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, case_key TEXT, action BLOB NOT NULL);
    CREATE INDEX linked_actions_id ON linked_actions(id);
    CREATE INDEX linked_actions_document ON linked_actions(document);
    CREATE INDEX linked_actions_case ON linked_actions(case_key);
    CREATE TABLE linked_postponements(document INTEGER NOT NULL, position INTEGER NOT NULL, key TEXT NOT NULL, case_key TEXT NOT NULL, calendar_key TEXT NOT NULL, target TEXT, postponement BLOB NOT NULL);
    CREATE INDEX linked_postponements_key ON linked_postponements(key);
    CREATE INDEX linked_postponements_document ON linked_postponements(document);
    CREATE INDEX linked_postponements_case ON linked_postponements(case_key);
    CREATE INDEX linked_postponements_target ON linked_postponements(calendar_key, target);
    CREATE TABLE linked_appearances(document INTEGER NOT NULL, position INTEGER NOT NULL, case_key TEXT NOT NULL, calendar_key TEXT NOT NULL, own INTEGER NOT NULL, appearance BLOB NOT NULL);
    CREATE INDEX linked_appearances_case ON linked_appearances(case_key);
    CREATE INDEX linked_appearances_document ON linked_appearances(document);
    CREATE INDEX linked_appearances_calendar ON linked_appearances(calendar_key);
    CREATE TABLE role_notes(document INTEGER NOT NULL, position INTEGER NOT NULL, owner INTEGER NOT NULL, key TEXT NOT NULL, title TEXT NOT NULL);
    CREATE INDEX role_notes_key ON role_notes(key);
    CREATE INDEX role_notes_document ON role_notes(document);
    """

  /// Version 4 (commit 88f12ef on), as it made a new store: version 3's and the index it adds.
  static var schemaV4: String { schemaV3 + indexesV4.map { $0.sql + ";\n" }.joined() }

  /// Version 3 (commit e1e9da2 on), as it made a new store: one statement a line, as
  /// `sqlite_master` keeps them.
  static let schemaV3 = """
    CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents(id INTEGER PRIMARY KEY, name TEXT NOT NULL, path TEXT NOT NULL, content_hash TEXT NOT NULL UNIQUE, committee TEXT NOT NULL, committee_key TEXT NOT NULL, date TEXT, kind TEXT NOT NULL, imported_at TEXT NOT NULL, bytes INTEGER NOT NULL, mtime INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL);
    CREATE INDEX documents_path ON documents(path);
    CREATE INDEX documents_meeting ON documents(committee_key, date, kind);
    CREATE TABLE events(id INTEGER PRIMARY KEY, target TEXT NOT NULL, kind TEXT NOT NULL, value TEXT, actor TEXT NOT NULL, at TEXT NOT NULL, recorded TEXT NOT NULL);
    CREATE INDEX events_target ON events(target);
    CREATE TABLE meetings(document INTEGER NOT NULL, committee TEXT NOT NULL, date TEXT, source TEXT NOT NULL, start_time TEXT, location TEXT, kind TEXT NOT NULL);
    CREATE INDEX meetings_date ON meetings(date);
    CREATE INDEX meetings_document ON meetings(document);
    CREATE INDEX meetings_committee ON meetings(committee, date, kind);
    CREATE TABLE items(document INTEGER NOT NULL, committee TEXT NOT NULL, date TEXT, number INTEGER NOT NULL, title TEXT NOT NULL, case_number TEXT, case_key TEXT, outcome TEXT NOT NULL, closed INTEGER NOT NULL, source TEXT NOT NULL, line INTEGER NOT NULL);
    CREATE INDEX items_date ON items(date);
    CREATE INDEX items_source ON items(source);
    CREATE INDEX items_document ON items(document);
    CREATE TABLE actions(id TEXT PRIMARY KEY, document INTEGER NOT NULL, position INTEGER NOT NULL, ordering TEXT NOT NULL, committee TEXT NOT NULL, meeting_date TEXT NOT NULL, item INTEGER NOT NULL, source TEXT NOT NULL, decision_date TEXT NOT NULL, decision_item INTEGER, sentence TEXT NOT NULL, due TEXT, due_text TEXT, due_basis TEXT, kind TEXT NOT NULL, case_key TEXT, case_number TEXT, title TEXT NOT NULL, closed INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, settled_on TEXT, responsible_basis TEXT, quoted_committee TEXT, quoted_date TEXT, quoted_item INTEGER, quoted_source TEXT);
    CREATE INDEX actions_due ON actions(due, closed, decision_date, settled_on, id);
    CREATE INDEX actions_meeting ON actions(meeting_date);
    CREATE INDEX actions_case ON actions(case_key);
    CREATE INDEX actions_settled ON actions(settled_on);
    CREATE INDEX actions_document ON actions(document);
    CREATE INDEX actions_kind ON actions(kind, committee, decision_date, id, closed, settled_on);
    CREATE INDEX actions_committee ON actions(committee, id);
    CREATE TABLE action_owners(action_id TEXT NOT NULL, position INTEGER NOT NULL, responsible INTEGER NOT NULL, name TEXT NOT NULL, name_key TEXT NOT NULL, kind TEXT NOT NULL, surface TEXT NOT NULL, resolved_by TEXT, role_key TEXT);
    CREATE INDEX action_owners_key ON action_owners(name_key, action_id);
    CREATE INDEX action_owners_action ON action_owners(action_id);
    CREATE INDEX action_owners_role ON action_owners(role_key);
    CREATE INDEX action_owners_kind ON action_owners(kind, name_key);
    CREATE INDEX action_owners_name ON action_owners(name);
    CREATE TABLE postponements(document INTEGER NOT NULL, position INTEGER NOT NULL, ordering TEXT NOT NULL, key TEXT NOT NULL, case_key TEXT NOT NULL, case_number TEXT NOT NULL, committee TEXT NOT NULL, meeting_date TEXT NOT NULL, item INTEGER, target TEXT, target_text TEXT, target_basis TEXT, phrase TEXT NOT NULL, source TEXT NOT NULL, title TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, closed INTEGER NOT NULL, unseen INTEGER NOT NULL, quoted_committee TEXT, quoted_date TEXT, quoted_item INTEGER, quoted_source TEXT);
    CREATE INDEX postponements_case ON postponements(case_key);
    CREATE INDEX postponements_key ON postponements(key);
    CREATE INDEX postponements_committee ON postponements(committee, target_basis, target);
    CREATE TABLE deferral_states(case_key TEXT NOT NULL, case_number TEXT NOT NULL, title TEXT NOT NULL, committee TEXT NOT NULL, deferred_on TEXT NOT NULL, run INTEGER NOT NULL, since TEXT NOT NULL, valid_until TEXT, target TEXT, target_basis TEXT, target_held INTEGER NOT NULL, standing INTEGER NOT NULL, closed INTEGER NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, on_agenda TEXT);
    CREATE INDEX deferral_states_on ON deferral_states(deferred_on, valid_until);
    CREATE INDEX deferral_states_case ON deferral_states(case_key);
    CREATE INDEX deferral_states_committee ON deferral_states(committee, deferred_on);
    CREATE TABLE cases(key TEXT PRIMARY KEY, case_number TEXT NOT NULL, title TEXT NOT NULL, titles TEXT NOT NULL, standing INTEGER NOT NULL);
    CREATE INDEX cases_number ON cases(case_number);
    CREATE INDEX cases_standing ON cases(standing);
    CREATE TABLE appearances(case_key TEXT NOT NULL, position INTEGER NOT NULL, committee TEXT NOT NULL, date TEXT NOT NULL, item INTEGER, title TEXT, outcome TEXT, quoted INTEGER NOT NULL, supplement INTEGER NOT NULL, closed INTEGER NOT NULL, file TEXT, line INTEGER, agenda INTEGER NOT NULL);
    CREATE INDEX appearances_case ON appearances(case_key, position);
    CREATE INDEX appearances_committee ON appearances(committee, case_key);
    CREATE TABLE people(name TEXT NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL, email TEXT, evidence TEXT NOT NULL);
    CREATE TABLE people_terms(kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL);
    CREATE TABLE findings(origin TEXT NOT NULL, severity TEXT NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, key TEXT NOT NULL, document INTEGER, position INTEGER NOT NULL, action_id TEXT);
    CREATE INDEX findings_document ON findings(document);
    CREATE INDEX findings_action ON findings(action_id);
    CREATE TABLE committees(key TEXT PRIMARY KEY, name TEXT NOT NULL, header INTEGER NOT NULL);
    CREATE TABLE calendar(key TEXT NOT NULL, day TEXT NOT NULL, basis TEXT NOT NULL);
    CREATE INDEX calendar_key ON calendar(key, day);
    CREATE TABLE role_titles(key TEXT PRIMARY KEY, title TEXT NOT NULL, document INTEGER NOT NULL, position INTEGER NOT NULL, owner INTEGER NOT NULL);
    CREATE TABLE people_learned(through TEXT PRIMARY KEY, last INTEGER NOT NULL, state BLOB NOT NULL);
    CREATE TABLE readings(document INTEGER PRIMARY KEY, date TEXT, committee TEXT NOT NULL, source TEXT NOT NULL, kind TEXT NOT NULL, town TEXT NOT NULL, reading BLOB NOT NULL);
    CREATE TABLE document_committees(document INTEGER NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL, header INTEGER NOT NULL);
    CREATE INDEX document_committees_document ON document_committees(document);
    CREATE TABLE document_people(document INTEGER PRIMARY KEY, facts BLOB NOT NULL);
    CREATE TABLE document_calendar(document INTEGER NOT NULL, key TEXT NOT NULL, day TEXT NOT NULL, basis TEXT NOT NULL);
    CREATE INDEX document_calendar_key ON document_calendar(key);
    CREATE INDEX document_calendar_document ON document_calendar(document);
    CREATE TABLE document_decisions(document INTEGER NOT NULL, key TEXT NOT NULL, date TEXT NOT NULL);
    CREATE INDEX document_decisions_key ON document_decisions(key, date);
    CREATE INDEX document_decisions_document ON document_decisions(document);
    CREATE TABLE document_lookups(token TEXT NOT NULL, document INTEGER NOT NULL);
    CREATE INDEX document_lookups_token ON document_lookups(token);
    CREATE INDEX document_lookups_document ON document_lookups(document);
    CREATE TABLE linked_actions(document INTEGER NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, case_key TEXT, action BLOB NOT NULL);
    CREATE INDEX linked_actions_id ON linked_actions(id);
    CREATE INDEX linked_actions_document ON linked_actions(document);
    CREATE INDEX linked_actions_case ON linked_actions(case_key);
    CREATE TABLE linked_postponements(document INTEGER NOT NULL, position INTEGER NOT NULL, key TEXT NOT NULL, case_key TEXT NOT NULL, calendar_key TEXT NOT NULL, target TEXT, postponement BLOB NOT NULL);
    CREATE INDEX linked_postponements_key ON linked_postponements(key);
    CREATE INDEX linked_postponements_document ON linked_postponements(document);
    CREATE INDEX linked_postponements_case ON linked_postponements(case_key);
    CREATE INDEX linked_postponements_target ON linked_postponements(calendar_key, target);
    CREATE TABLE linked_appearances(document INTEGER NOT NULL, position INTEGER NOT NULL, case_key TEXT NOT NULL, calendar_key TEXT NOT NULL, own INTEGER NOT NULL, appearance BLOB NOT NULL);
    CREATE INDEX linked_appearances_case ON linked_appearances(case_key);
    CREATE INDEX linked_appearances_document ON linked_appearances(document);
    CREATE INDEX linked_appearances_calendar ON linked_appearances(calendar_key);
    CREATE TABLE role_notes(document INTEGER NOT NULL, position INTEGER NOT NULL, owner INTEGER NOT NULL, key TEXT NOT NULL, title TEXT NOT NULL);
    CREATE INDEX role_notes_key ON role_notes(key);
    CREATE INDEX role_notes_document ON role_notes(document);
    """
}
