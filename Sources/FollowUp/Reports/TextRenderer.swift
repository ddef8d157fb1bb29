/// Aligned columns, the running text (a sentence, a title) last; overdue rows red when colour
/// is on. Into a file or a pipe every cell is whole; on a terminal the lines are cut at its
/// width.
public struct TextRenderer: TextReportRenderer {
  /// How rows are laid out.
  public enum Layout: Sendable {
    /// Aligned columns (a terminal, a file read in a fixed-width font).
    case columns
    /// One line per row, its cells whole and joined by ` · ` (mail, read in any font).
    case list
  }

  /// ANSI colour.
  public var color: Bool
  /// Columns or a list.
  public var layout: Layout
  /// The terminal's width, to which lines are cut; `nil` for whole cells (not a terminal).
  public var width: Int?

  /// Creates the renderer.
  public init(color: Bool = false, layout: Layout = .columns, width: Int? = nil) {
    self.color = color
    self.layout = layout
    self.width = width
  }

  /// The order columns are written in: running text last.
  static func order(_ columns: [Report.Column]) -> [Int] {
    columns.indices.filter { !columns[$0].isText } + columns.indices.filter { columns[$0].isText }
  }

  /// Each column's width: as wide as its widest cell; on a terminal, narrowed (the running text
  /// first, then the widest) until a line fits, the last column taking what is left.
  static func widths(_ natural: [Int], columns: [Report.Column], terminal: Int?) -> [Int] {
    guard let terminal, !natural.isEmpty else { return natural }
    var w = natural
    let last = w.count - 1
    for i in 0..<last { w[i] = min(w[i], max(columns[i].name.count, columns[i].maxWidth)) }
    // Indent, separators, and at least 30 characters of the last column.
    func used() -> Int { 2 + w[0..<last].reduce(0, +) + 2 * last }
    let room = max(terminal, 40)
    // First the running text and the widest columns, down to their headings; on a narrow
    // terminal any column, down to a few characters.
    for (floor, lastWidth) in [({ (i: Int) in max(columns[i].name.count, columns[i].isText ? 16 : 12) }, 30), ({ _ in 4 }, 10)] {
      while used() + min(natural[last], lastWidth) > room {
        let candidates = (0..<last).filter { w[$0] > floor($0) }
        guard let widest = candidates.max(by: { (columns[$0].isText ? 1 : 0, w[$0]) < (columns[$1].isText ? 1 : 0, w[$1]) })
        else { break }
        w[widest] -= 1
      }
    }
    w[last] = min(natural[last], max(room - used(), 4))
    return w
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
      // Column widths over all groups, in the order written.
      let order = TextRenderer.order(part.columns)
      let columns = order.map { part.columns[$0] }
      let cols = columns.count
      var natural = columns.map(\.name.count)
      for g in part.groups {
        for r in g.rows {
          for (i, k) in order.enumerated() where k < r.count {
            natural[i] = max(natural[i], ReportText.plain(r[k].text).count)
          }
        }
      }
      let widths = TextRenderer.widths(natural, columns: columns, terminal: width)
      func line(_ cells: [String]) -> String {
        var text = cells.enumerated().map { i, t in
          let cell = width == nil ? t : ReportText.clip(t, widths[i])
          return i < cols - 1 ? ReportText.pad(cell, widths[i]) : cell
        }.joined(separator: "  ")
        while text.hasSuffix(" ") { text.removeLast() }
        return text
      }
      for g in part.groups where !g.rows.isEmpty {
        if !g.heading.isEmpty { out.write("\n  \(bold)\(ReportText.plain(g.heading))\(reset)\n") }
        if let n = g.note { out.write("  \(ReportText.plain(n))\n") }
        out.write("  " + line(columns.map(\.name)) + "\n")
        for (ri, r) in g.rows.enumerated() {
          let text = line(order.map { k in k < r.count ? ReportText.plain(r[k].text) : "" })
          out.write("  " + (g.alerts[ri] ? red + text + reset : text) + "\n")
        }
      }
    }
  }
}
