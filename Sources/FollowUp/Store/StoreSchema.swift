import MinutesCore

/// The schema this version of followup writes: its tables, in the order they are made.
enum StoreSchema {
  /// The version written to `meta` (`schema_version`).
  static let version = 2

  /// Every table.
  static let tables: [StoreTable] = [
    MetaTable.table, DocumentsTable.table, EventsTable.table, MeetingsTable.table, ItemsTable.table,
    ActionsTable.table, ActionOwnersTable.table, PostponementsTable.table, DeferralStatesTable.table,
    CasesTable.table, AppearancesTable.table, PeopleTable.table, FindingsTable.table, CommitteesTable.table,
    CalendarTable.table,
  ]

  /// The tables the register is derived into: emptied and written again by a full derivation.
  static let derived: [StoreTable] = [
    MeetingsTable.table, ItemsTable.table, ActionsTable.table, ActionOwnersTable.table, PostponementsTable.table,
    DeferralStatesTable.table, CasesTable.table, AppearancesTable.table, PeopleTable.table, FindingsTable.table,
    CommitteesTable.table, CalendarTable.table,
  ]

  /// The statements that make a new store.
  static var create: String { tables.map(\.create).joined() }
}

/// A table or index as `sqlite_master` lists it.
struct SchemaObject: Hashable, Sendable {
  var type: String
  var name: String
  var table: String
  var sql: String?
}
