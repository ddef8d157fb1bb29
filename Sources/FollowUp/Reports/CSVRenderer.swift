/// CSV, one rectangular table a file, CRLF line ends.
///
/// A report of one table is that table, with a first column for the group heading when the
/// table is grouped (`Udvalg`, `Ansvarlig`). A report of several tables is one table whose
/// first column, `Tabel`, names the table a row comes from, and whose columns are all the
/// tables' columns (a row leaves the others empty); with `splitTables` each table is a file
/// of its own. Cells a spreadsheet would run as a formula start with `'`. A group's note (`De 10
/// nyeste af 317; ...`: the list is cut) is a row of its own after the group's rows, in the
/// part's first column of running text.
public struct CSVRenderer: ReportRenderer {
  /// Comma (RFC 4180) or semicolon with a BOM (Danish Excel).
  public var dialect: CSVDialect
  /// One file per table from `files(_:)`.
  public var splitTables: Bool

  /// Creates the renderer.
  public init(dialect: CSVDialect = .rfc4180, splitTables: Bool = false) {
    self.dialect = dialect
    self.splitTables = splitTables
  }

  /// `.csv`.
  public var format: ReportFormat { .csv }

  var separator: Character { dialect == .excel ? ";" : "," }

  /// One cell, quoted when it holds the separator, a quote or a line break.
  func cell(_ s: String) -> String {
    // A control character in a file name or a stored value is written as an escape.
    var t = Terminal.escaped(s)
    if let f = t.first, "=+-@\t\r".contains(f) { t = "'" + t }
    if t.contains(separator) || t.contains("\"") || t.contains("\n") || t.contains("\r") || t.hasPrefix("'") {
      return "\"" + t.replacing("\"", with: "\"\"") + "\""
    }
    return t
  }

  func line(_ cells: [String]) -> String { cells.map(cell).joined(separator: String(separator)) + "\r\n" }

  func bytes(_ text: String) -> [UInt8] { (dialect == .excel ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8) }

  /// The columns of one part: the group label first when the part is grouped.
  static func columns(_ part: Report.Part) -> [String] {
    (isGrouped(part) ? [part.groupLabel ?? "Gruppe"] : []) + part.columns.map(\.name)
  }

  static func isGrouped(_ part: Report.Part) -> Bool { part.groups.contains { !$0.heading.isEmpty } }

  static func cells(_ part: Report.Part, _ group: Report.Group, _ row: [Report.Value]) -> [String] {
    (isGrouped(part) ? [group.heading] : []) + row.map(\.text)
  }

  /// The rows of a part as cells, each group's note a row after the group's.
  static func rows(_ part: Report.Part) -> [[String]] {
    var out: [[String]] = []
    for g in part.groups {
      for r in g.rows { out.append(cells(part, g, r)) }
      if let note = g.note, !part.columns.isEmpty {
        let at = part.columns.firstIndex { $0.isText } ?? 0
        let row = part.columns.indices.map { $0 == at ? note : "" }
        out.append((isGrouped(part) ? [g.heading] : []) + row)
      }
    }
    return out
  }

  func table(_ part: Report.Part) -> String {
    var out = line(CSVRenderer.columns(part))
    for r in CSVRenderer.rows(part) { out += line(r) }
    return out
  }

  /// The report as one file.
  public func render(_ report: Report) -> [UInt8] {
    if report.parts.count == 1 { return bytes(table(report.parts[0])) }
    // All columns by name, in the order they first appear.
    var names: [String] = []
    for p in report.parts {
      for c in CSVRenderer.columns(p) where !names.contains(c) { names.append(c) }
    }
    var out = line(["Tabel"] + names)
    for p in report.parts {
      let own = CSVRenderer.columns(p)
      for r in CSVRenderer.rows(p) {
        let values = Dictionary(zip(own, r), uniquingKeysWith: { a, _ in a })
        out += line([p.title] + names.map { values[$0] ?? "" })
      }
    }
    return bytes(out)
  }

  /// One file per table when `splitTables`, else one file.
  public func files(_ report: Report) -> [RenderedFile] {
    guard splitTables, report.parts.count > 1 else {
      return [RenderedFile(name: report.fileName + ".csv", bytes: render(report))]
    }
    return report.parts.map { RenderedFile(name: report.fileName + "-" + $0.name + ".csv", bytes: bytes(table($0))) }
  }
}
