import MinutesCore

/// `meta`: the schema version and the store's settings (the people file).
enum MetaTable {
  static let table = StoreTable("meta", [.init("key", "TEXT PRIMARY KEY"), .init("value", "TEXT NOT NULL")])
}
