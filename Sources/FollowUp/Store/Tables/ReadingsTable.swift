import Foundation
import MinutesCore

/// `readings`: each document as the register needs it, read once when it was imported
/// (`DocumentReading`, in `StoreCoder`'s bytes), with what places it among the others (date,
/// committee and name as the reader found them).
enum ReadingsTable {
  static let table = StoreTable(
    "readings",
    [
      .init("document", "INTEGER PRIMARY KEY"), .init("date", "TEXT"), .init("committee", "TEXT NOT NULL"),
      .init("source", "TEXT NOT NULL"), .init("kind", "TEXT NOT NULL"), .init("town", "TEXT NOT NULL"),
      .init("reading", "BLOB NOT NULL"),
    ],
    // What orders the documents (`StoreLinker.rank`), read without the readings' pages.
    indexes: [("readings_order", "date, committee, source, kind, document, town")])

  static func values(_ r: DocumentReading, document: Int, coder: StoreCoder) -> [SQLValue] {
    [
      .int(document), .day(r.meeting.date), .text(r.meeting.committee), .text(r.meeting.source),
      .text(r.meeting.kind.rawValue), .text(r.town), .blob(coder.encode(r)),
    ]
  }

  /// A reading from its row.
  /// - Throws: `DamagedValue` when the bytes are not a reading.
  static func read(_ r: StoreRow, coder: StoreCoder) throws -> DocumentReading {
    try coder.decode(r, "reading", coder.reading)
  }
}

/// `document_committees`: the committee names each document uses, in order, for the
/// committee directory.
enum DocumentCommitteesTable {
  static let table = StoreTable(
    "document_committees",
    [
      .init("document", "INTEGER NOT NULL"), .init("position", "INTEGER NOT NULL"), .init("name", "TEXT NOT NULL"),
      .init("header", "INTEGER NOT NULL"),
    ],
    indexes: [("document_committees_document", "document")])
}

/// `document_people`: the people and organisations each document names, in order
/// (`StoreCoder`), for the people directory.
enum DocumentPeopleTable {
  static let table = StoreTable(
    "document_people", [.init("document", "INTEGER PRIMARY KEY"), .init("facts", "BLOB NOT NULL")])
}

/// `document_calendar`: the meeting days each document tells, by calendar key.
enum DocumentCalendarTable {
  static let table = StoreTable(
    "document_calendar",
    [
      .init("document", "INTEGER NOT NULL"), .init("key", "TEXT NOT NULL"), .init("day", "TEXT NOT NULL"),
      .init("basis", "TEXT NOT NULL"),
    ],
    indexes: [("document_calendar_key", "key"), ("document_calendar_document", "document")])
}

/// `document_decisions`: each document's decisions by the calendar their committee's next
/// meeting is read from, and their day: what a change of that calendar may touch.
enum DocumentDecisionsTable {
  static let table = StoreTable(
    "document_decisions",
    [.init("document", "INTEGER NOT NULL"), .init("key", "TEXT NOT NULL"), .init("date", "TEXT NOT NULL")],
    indexes: [("document_decisions_key", "key, date"), ("document_decisions_document", "document")])
}

/// `document_lookups`: what linking each document asked the people directory
/// (`PeopleLookups`): what a change of the directory may touch.
enum DocumentLookupsTable {
  static let table = StoreTable(
    "document_lookups", [.init("token", "TEXT NOT NULL"), .init("document", "INTEGER NOT NULL")],
    indexes: [("document_lookups_token", "token"), ("document_lookups_document", "document")])
}
