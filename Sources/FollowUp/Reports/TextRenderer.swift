/// Aligned columns for a terminal; overdue rows red when colour is on.
public struct TextRenderer: TextReportRenderer {
  /// How rows are laid out.
  public enum Layout: Sendable {
    /// Aligned columns, long cells clipped (a terminal, a fixed-width font).
    case columns
    /// One line per row, its cells whole and joined by ` · ` (mail, read in any font).
    case list
  }

  /// ANSI colour.
  public var color: Bool
  /// Columns or a list.
  public var layout: Layout

  /// Creates the renderer.
  public init(color: Bool = false, layout: Layout = .columns) {
    self.color = color
    self.layout = layout
  }

  /// `.text`.
  public var format: ReportFormat { .text }

  func write(_ report: Report, to out: inout some TextOutputStream) {
    let red = color ? "\u{1B}[31m" : ""
    let bold = color ? "\u{1B}[1m" : ""
    let reset = color ? "\u{1B}[0m" : ""
    out.write("\(bold)\(ReportText.plain(report.title))\(reset)\n\(ReportText.plain(report.subtitle))\n")
    for part in report.parts {
      out.write("\n\(bold)\(ReportText.plain(part.title))\(reset)\n")
      if part.isEmpty {
        out.write("  \(part.empty)\n")
        continue
      }
      if layout == .list {
        for g in part.groups where !g.rows.isEmpty {
          if !g.heading.isEmpty { out.write("\n  \(ReportText.plain(g.heading))\n") }
          if let n = g.note { out.write("  \(ReportText.plain(n))\n") }
          for (ri, r) in g.rows.enumerated() {
            let cells = r.map { ReportText.plain($0.text) }.filter { !$0.isEmpty }
            out.write("  " + (g.alerts[ri] ? "! " : "- ") + cells.joined(separator: " · ") + "\n")
          }
        }
        continue
      }
      // Column widths over all groups, the last column free.
      let cols = part.columns.count
      var widths = part.columns.map(\.name.count)
      for g in part.groups {
        for r in g.rows {
          for (i, c) in r.enumerated() where i < cols - 1 {
            widths[i] = min(part.columns[i].maxWidth, max(widths[i], ReportText.plain(c.text).count))
          }
        }
      }
      for g in part.groups where !g.rows.isEmpty {
        if !g.heading.isEmpty { out.write("\n  \(bold)\(ReportText.plain(g.heading))\(reset)\n") }
        if let n = g.note { out.write("  \(ReportText.plain(n))\n") }
        let header = part.columns.enumerated().map { i, c in i < cols - 1 ? ReportText.pad(c.name, widths[i]) : c.name }
        out.write("  " + header.joined(separator: "  ") + "\n")
        for (ri, r) in g.rows.enumerated() {
          let line = r.enumerated().map { i, c in
            let t = ReportText.plain(c.text)
            return i < cols - 1 ? ReportText.pad(ReportText.clip(t, widths[i]), widths[i]) : t
          }.joined(separator: "  ")
          out.write("  " + (g.alerts[ri] ? red + line + reset : line) + "\n")
        }
      }
    }
  }
}
