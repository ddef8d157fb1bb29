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
      var rows: [[Workbook.Cell]] = []
      var marked: [Bool] = []
      for g in part.groups {
        let heading: [Workbook.Cell] = grouped ? [.text(ReportText.plain(g.heading))] : []
        for (r, alert) in zip(g.rows, g.alerts) {
          rows.append(heading + r.map(XLSXRenderer.cell))
          marked.append(alert)
        }
        // A note (the list is cut) is a row of its own, in the first column of running text.
        if let note = g.note, !part.columns.isEmpty {
          let at = part.columns.firstIndex { $0.isText } ?? 0
          rows.append(heading + part.columns.indices.map { $0 == at ? .text(ReportText.plain(note)) : .empty })
          marked.append(false)
        }
      }
      book.sheets.append(Workbook.Sheet(name: part.title, header: CSVRenderer.columns(part), rows: rows, marked: marked))
    }
    return book
  }

  /// The .xlsx file.
  public func render(_ report: Report) -> [UInt8] { workbook(report).bytes }
}
