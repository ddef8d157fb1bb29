import MinutesCore

/// The schema this version of followup writes: its tables, in the order they are made.
enum StoreSchema {
  /// The version written to `meta` (`schema_version`).
  static let version = 5

  /// Every table.
  static let tables: [StoreTable] = [
    MetaTable.table, DocumentsTable.table, EventsTable.table, MeetingsTable.table, ItemsTable.table,
    ActionsTable.table, ActionOwnersTable.table, PostponementsTable.table, DeferralStatesTable.table,
    CasesTable.table, AppearancesTable.table, PeopleTable.table, PeopleTermsTable.table, FindingsTable.table,
    CommitteesTable.table, CalendarTable.table, RoleTitlesTable.table, PeopleLearnedTable.table,
  ] + analyses + linked

  /// What each document is read into when it is imported, once.
  static let analyses: [StoreTable] = [
    ReadingsTable.table, DocumentCommitteesTable.table, DocumentPeopleTable.table, DocumentCalendarTable.table,
    DocumentDecisionsTable.table, DocumentLookupsTable.table,
  ]

  /// What each document contributes once linked, before documents are weighed against each
  /// other.
  static let linked: [StoreTable] = [
    LinkedActionsTable.table, LinkedPostponementsTable.table, LinkedAppearancesTable.table, RoleNotesTable.table,
  ]

  /// The tables the register is derived into: emptied and written again by a full derivation.
  static let derived: [StoreTable] = [
    MeetingsTable.table, ItemsTable.table, ActionsTable.table, ActionOwnersTable.table, PostponementsTable.table,
    DeferralStatesTable.table, CasesTable.table, AppearancesTable.table, PeopleTable.table, PeopleTermsTable.table,
    FindingsTable.table, CommitteesTable.table, CalendarTable.table, RoleTitlesTable.table,
    PeopleLearnedTable.table,
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
