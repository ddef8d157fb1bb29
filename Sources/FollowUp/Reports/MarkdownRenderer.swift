/// Markdown: a heading per part and group, a pipe table each; overdue rows in bold.
public struct MarkdownRenderer: TextReportRenderer {
  /// Creates the renderer.
  public init() {}

  /// `.md`.
  public var format: ReportFormat { .md }

  /// Escapes what Markdown would read as markup.
  static func escape(_ s: String) -> String {
    var t = ReportText.plain(s)
    for c in ["\\", "|", "*", "_", "`", "[", "]", "<", ">", "#"] { t = t.replacing(c, with: "\\" + c) }
    return t
  }

  func write(_ report: Report, to out: inout some TextOutputStream) {
    let md = MarkdownRenderer.escape
    out.write("# \(md(report.title))\n\n\(md(report.subtitle))\n")
    for part in report.parts {
      out.write("\n## \(md(part.title))\n")
      if part.isEmpty {
        out.write("\n\(part.empty)\n")
        continue
      }
      for g in part.groups where !g.rows.isEmpty {
        if !g.heading.isEmpty { out.write("\n### \(md(g.heading))\n") }
        if let n = g.note { out.write("\n\(md(n))\n") }
        out.write("\n| " + part.columns.map { md($0.name) }.joined(separator: " | ") + " |\n")
        out.write("|" + part.columns.map { _ in "---" }.joined(separator: "|") + "|\n")
        for (ri, r) in g.rows.enumerated() {
          let cells = r.map { md($0.text) }
          out.write("| " + (g.alerts[ri] ? cells.map { $0.isEmpty ? $0 : "**\($0)**" } : cells).joined(separator: " | ") + " |\n")
        }
      }
    }
  }
}
