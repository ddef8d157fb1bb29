import MinutesCore

/// A table of the store, declared once: its columns and indexes, from which its schema, its
/// insert and its select are made, and by whose names its rows are read.
///
/// A table's columns are named in this one place: `create` makes it, `insert` writes a row of
/// values in column order, `select` reads them back in the same order (then the `rowid`, so
/// that a value that does not decode is reported with its row), and `StoreRow` finds a column
/// by its name.
struct StoreTable: Sendable {
  /// A column: its name and its SQL type with constraints (`TEXT NOT NULL`).
  struct Column: Sendable {
    var name: String
    var definition: String

    init(_ name: String, _ definition: String) {
      self.name = name
      self.definition = definition
    }
  }

  /// An index: its name and what it is on (`due` or `case_key, date`).
  struct Index: Sendable {
    var name: String
    var on: String
    var isUnique = false
  }

  /// The table's name.
  let name: String
  /// The columns, in the order rows are written and read.
  let columns: [Column]
  /// The indexes.
  let indexes: [Index]
  /// Each column's position, by name.
  let positions: [String: Int32]

  /// Declares a table.
  /// - Parameters:
  ///   - indexes: `(name, on)` pairs; an `on` that starts with `UNIQUE ` makes a unique index.
  init(_ name: String, _ columns: [Column], indexes: [(String, String)] = []) {
    self.name = name
    self.columns = columns
    self.indexes = indexes.map { n, on in
      on.hasPrefix("UNIQUE ") ? Index(name: n, on: String(on.dropFirst(7)), isUnique: true) : Index(name: n, on: on)
    }
    var p: [String: Int32] = [:]
    for (i, c) in columns.enumerated() { p[c.name] = Int32(i) }
    positions = p
  }

  /// The column names, comma-separated, in order.
  var columnList: String { columns.map(\.name).joined(separator: ", ") }

  /// `CREATE TABLE` and its `CREATE INDEX` statements, each on one line (the form the first
  /// version wrote `meta` in, which every version must recognise).
  var create: String {
    var sql = "CREATE TABLE \(name)(" + columns.map { "\($0.name) \($0.definition)" }.joined(separator: ", ") + ");\n"
    for i in indexes {
      sql += "CREATE \(i.isUnique ? "UNIQUE " : "")INDEX \(i.name) ON \(name)(\(i.on));\n"
    }
    return sql
  }

  /// An insert of one row, every column bound in order.
  var insert: String {
    "INSERT INTO \(name)(\(columnList)) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
  }

  /// A select of every column then the `rowid`, with what follows (`WHERE ...`, `ORDER BY ...`).
  func select(_ tail: String = "") -> String {
    "SELECT \(columnList), rowid FROM \(name)" + (tail.isEmpty ? "" : " " + tail)
  }

  /// A column's position (for a statement made by `select`).
  func position(_ column: String) -> Int32 {
    guard let p = positions[column] else {
      // A name not declared is a programming error, which the tests meet at once.
      assertionFailure("\(name) has no column \(column)")
      return Int32(columns.count)
    }
    return p
  }
}

/// A row of a statement made by a table's `select`, read by column name.
///
/// Every reader that can fail throws `DamagedValue`, which `SQLiteStatement.rows` reports with
/// the table and the row.
struct StoreRow {
  let statement: SQLiteStatement
  let table: StoreTable

  private func at(_ column: String) -> Int32 { table.position(column) }

  func text(_ column: String) -> String { statement.text(at(column)) }
  func optionalText(_ column: String) -> String? { statement.optionalText(at(column)) }
  func int(_ column: String) -> Int { statement.int(at(column)) }
  func optionalInt(_ column: String) -> Int? { statement.isNull(at(column)) ? nil : statement.int(at(column)) }
  func bool(_ column: String) -> Bool { statement.int(at(column)) != 0 }
  func blob(_ column: String) -> [UInt8] { statement.blob(at(column)) }
  func day(_ column: String) throws -> Day { try statement.day(at(column)) }
  func optionalDay(_ column: String) throws -> Day? { try statement.optionalDay(at(column)) }
  func value<E: RawRepresentable>(_ column: String, as type: E.Type) throws -> E where E.RawValue == String {
    try statement.value(at(column), as: type)
  }
  func optionalValue<E: RawRepresentable>(_ column: String, as type: E.Type) throws -> E? where E.RawValue == String {
    try statement.optionalValue(at(column), as: type)
  }
}

extension SQLiteDatabase {
  /// The rows of a table's `select` with what follows it, each read by `row`; a value `row`
  /// cannot decode is reported with the table and the row.
  func rows<T>(
    _ table: StoreTable, _ tail: String = "", _ values: [SQLValue] = [], _ row: (StoreRow) throws -> T
  ) throws -> [T] {
    let statement = try prepare(table.select(tail))
    return try statement.rows(values, table: table.name) { try row(StoreRow(statement: $0, table: table)) }
  }

  /// Writes one row of a table, its values in column order.
  func insert(_ table: StoreTable, _ values: [SQLValue]) throws {
    try prepare(table.insert).run(values)
  }
}
