import MinutesCore

/// `calendar`: the known meeting days of each committee and how each is known.
enum CalendarTable {
  static let table = StoreTable(
    "calendar",
    [.init("key", "TEXT NOT NULL"), .init("day", "TEXT NOT NULL"), .init("basis", "TEXT NOT NULL")],
    indexes: [("calendar_key", "key, day")])
}
