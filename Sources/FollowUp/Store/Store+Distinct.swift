import MinutesCore

extension Store {
  /// The distinct values of an indexed column, in order, read by seeking from each value to
  /// the next through an index that leads with it (or with the columns `condition` holds
  /// equal, then it): a seek a value, where `SELECT DISTINCT` reads every row. The store's
  /// committees and owner names are a few hundred over tens of thousands of rows.
  /// - Parameters:
  ///   - column: A `NOT NULL` column.
  ///   - table: Its table.
  ///   - condition: Equalities on the columns before `column` in the index (`kind = ?`), or
  ///     empty.
  ///   - values: The values of `condition`'s parameters.
  func distinctValues(
    _ column: String, of table: String, where condition: String = "", _ values: [SQLValue] = []
  ) throws -> [String] {
    let first = condition.isEmpty ? "" : "WHERE \(condition)"
    let next = condition.isEmpty ? "WHERE \(column) > v.x" : "WHERE \(condition) AND \(column) > v.x"
    return try db.prepare(
      """
      WITH RECURSIVE v(x) AS (
        SELECT (SELECT min(\(column)) FROM \(table) \(first))
        UNION ALL SELECT (SELECT min(\(column)) FROM \(table) \(next)) FROM v WHERE v.x IS NOT NULL)
      SELECT x FROM v WHERE x IS NOT NULL
      """
    ).rows(values + values) { $0.text(0) }
  }
}
