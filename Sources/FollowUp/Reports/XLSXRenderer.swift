import Foundation

/// An Excel workbook: one sheet per table of the report, the header row bold and frozen with
/// an auto-filter, dates as dates (`yyyy-mm-dd`), numbers as numbers, column widths set, and
/// overdue rows in red on a pale red fill. The group heading is the first column.
public struct XLSXRenderer: ReportRenderer {
  /// When the workbook is made (its properties and the ZIP's file times).
  public var now: Date

  /// Creates the renderer.
  public init(now: Date = Date(timeIntervalSince1970: 0)) { self.now = now }

  /// `.xlsx`.
  public var format: ReportFormat { .xlsx }

  static func cell(_ v: Report.Value) -> Workbook.Cell {
    switch v {
    case .day(let d): return d.map { .date($0) } ?? .empty
    case .number(let n): return .number(n)
    default:
      let t = ReportText.plain(v.text)
      return t.isEmpty ? .empty : .text(t)
    }
  }

  /// The workbook of a report.
  func workbook(_ report: Report) -> Workbook {
    var book = Workbook(title: report.title, subject: report.subtitle, created: UTCTime(now))
    for part in report.parts {
      let grouped = CSVRenderer.isGrouped(part)
      let rows = part.flatRows
      book.sheets.append(Workbook.Sheet(
        name: part.title, header: CSVRenderer.columns(part),
        rows: rows.map { (grouped ? [Workbook.Cell.text(ReportText.plain($0.group.heading))] : []) + $0.row.map(XLSXRenderer.cell) },
        marked: rows.map(\.alert)))
    }
    return book
  }

  /// The .xlsx file.
  public func render(_ report: Report) -> [UInt8] { workbook(report).bytes }
}
