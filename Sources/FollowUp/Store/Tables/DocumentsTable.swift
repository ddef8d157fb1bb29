import MinutesCore

/// `documents`: each document read, as its decoded text, so that the register can be derived
/// again from the store alone; with the size and time of the file it came from.
enum DocumentsTable {
  static let table = StoreTable(
    "documents",
    [
      .init("id", "INTEGER PRIMARY KEY"), .init("name", "TEXT NOT NULL"), .init("path", "TEXT NOT NULL"),
      .init("content_hash", "TEXT NOT NULL UNIQUE"), .init("committee", "TEXT NOT NULL"),
      .init("committee_key", "TEXT NOT NULL"), .init("date", "TEXT"), .init("kind", "TEXT NOT NULL"),
      .init("imported_at", "TEXT NOT NULL"), .init("bytes", "INTEGER NOT NULL"),
      .init("mtime", "INTEGER NOT NULL DEFAULT 0"), .init("text", "TEXT NOT NULL"),
    ],
    indexes: [("documents_path", "path"), ("documents_meeting", "committee_key, date, kind")])
}
