import Foundation
import MinutesCore

/// `linked_actions`: every document's actions as it links them (`DocumentLink`), before
/// the same decision read in other minutes is weighed against them; the register's `actions`
/// are the first of each id.
enum LinkedActionsTable {
  static let table = StoreTable(
    "linked_actions",
    [
      .init("document", "INTEGER NOT NULL"), .init("position", "INTEGER NOT NULL"), .init("id", "TEXT NOT NULL"),
      .init("case_key", "TEXT"), .init("action", "BLOB NOT NULL"),
    ],
    indexes: [("linked_actions_id", "id"), ("linked_actions_document", "document"), ("linked_actions_case", "case_key")])
}

/// `linked_postponements`: every document's deferrals as it links them; the register's
/// `postponements` are the first of each case, day and item.
enum LinkedPostponementsTable {
  static let table = StoreTable(
    "linked_postponements",
    [
      .init("document", "INTEGER NOT NULL"), .init("position", "INTEGER NOT NULL"), .init("key", "TEXT NOT NULL"),
      .init("case_key", "TEXT NOT NULL"), .init("calendar_key", "TEXT NOT NULL"), .init("target", "TEXT"),
      .init("postponement", "BLOB NOT NULL"),
    ],
    indexes: [
      ("linked_postponements_key", "key"), ("linked_postponements_document", "document"),
      ("linked_postponements_case", "case_key"), ("linked_postponements_target", "calendar_key, target"),
    ])
}

/// `linked_appearances`: what every document tells of each case, in order; the register's
/// `cases` and `appearances` are made from all of a case's.
enum LinkedAppearancesTable {
  static let table = StoreTable(
    "linked_appearances",
    [
      .init("document", "INTEGER NOT NULL"), .init("position", "INTEGER NOT NULL"), .init("case_key", "TEXT NOT NULL"),
      .init("calendar_key", "TEXT NOT NULL"), .init("own", "INTEGER NOT NULL"), .init("appearance", "BLOB NOT NULL"),
    ],
    indexes: [
      ("linked_appearances_case", "case_key"), ("linked_appearances_document", "document"),
      ("linked_appearances_calendar", "calendar_key"),
    ])
}

/// `role_notes`: each role an action's owners name and no person could be tied to, as written:
/// the first spelling of each is the role's display name.
enum RoleNotesTable {
  static let table = StoreTable(
    "role_notes",
    [
      .init("document", "INTEGER NOT NULL"), .init("position", "INTEGER NOT NULL"), .init("owner", "INTEGER NOT NULL"),
      .init("key", "TEXT NOT NULL"), .init("title", "TEXT NOT NULL"),
    ],
    indexes: [("role_notes_key", "key"), ("role_notes_document", "document")])
}

/// `role_titles`: the first note of each role, which names it where the people give it no
/// title.
enum RoleTitlesTable {
  static let table = StoreTable(
    "role_titles",
    [
      .init("key", "TEXT PRIMARY KEY"), .init("title", "TEXT NOT NULL"), .init("document", "INTEGER NOT NULL"),
      .init("position", "INTEGER NOT NULL"), .init("owner", "INTEGER NOT NULL"),
    ])
}
