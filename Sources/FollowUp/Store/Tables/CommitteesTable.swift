import MinutesCore

/// `committees`: the committee directory: each body's key, its display name and whether a
/// minutes header names it.
enum CommitteesTable {
  static let table = StoreTable(
    "committees",
    [.init("key", "TEXT PRIMARY KEY"), .init("name", "TEXT NOT NULL"), .init("header", "INTEGER NOT NULL")])
}
