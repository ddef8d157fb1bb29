/// One self-contained HTML page: printable, no JavaScript, charts as inline SVG (or as
/// tables for mail, which Outlook draws where it ignores SVG).
///
/// Dates, case numbers and ids never break inside (`white-space: nowrap`). With `links`,
/// case numbers, owners and committees link to their pages of a published site.
public struct HTMLRenderer: TextReportRenderer {
  /// How charts are drawn.
  public enum ChartStyle: Sendable {
    /// Inline SVG.
    case svg
    /// HTML tables with coloured cells (for mail clients).
    case table
  }

  /// Links to the pages of a published site.
  public var links: SiteLinks?
  /// How charts are drawn.
  public var chartStyle: ChartStyle

  /// Creates the renderer.
  public init(links: SiteLinks? = nil, chartStyle: ChartStyle = .svg) {
    self.links = links
    self.chartStyle = chartStyle
  }

  /// `.html`.
  public var format: ReportFormat { .html }

  /// Escapes text for HTML element content and attribute values.
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in ReportText.plain(s) {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }

  static let style = """
    body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:62em;color:#111;padding:0 1em}
    h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
    h3{font-size:1em;margin:1.2em 0 .3em}table{border-collapse:collapse;width:100%;margin:.3em 0 1em}
    th,td{text-align:left;vertical-align:top;padding:.25em .5em;border-bottom:1px solid #e4e4e4}
    th{background:#f4f4f4}td.num,th.num{text-align:right}tr.alert td{color:#a00;font-weight:600}.sub{color:#555}
    .nw{white-space:nowrap}code{font-size:.9em}a{color:#1a4f8b}nav{font-size:.9em;margin-bottom:1em}
    nav a{margin-right:1em}figure{margin:1em 0}figcaption{font-weight:600;margin-bottom:.3em}
    ul.cols{columns:3 16em}
    @media print{body{margin:0;max-width:none}nav{display:none}h2{page-break-after:avoid}tr,figure{page-break-inside:avoid}a{color:inherit;text-decoration:none}}
    """

  /// A link to a page of the site, or `nil`.
  func href(_ path: String?) -> String? { path.map { HTMLRenderer.escape((links?.root ?? "") + $0) } }

  /// Text with each word that holds a digit and a hyphen (a date, a case number, a file
  /// name: `2024-10-02`, `85.13.00G01-2-23`) kept whole on its line.
  static func keepingTokens(_ s: String) -> String {
    var out = ""
    var word = ""
    func flush() {
      if word.contains("-") && word.contains(where: \.isNumber) {
        out += "<span class=\"nw\">" + escape(word) + "</span>"
      } else {
        out += escape(word)
      }
      word = ""
    }
    for c in s {
      if c == " " || c == "\n" || c == "\t" {
        flush()
        out += escape(String(c))
      } else {
        word.append(c)
      }
    }
    flush()
    return out
  }

  /// A cell's content.
  func cell(_ v: Report.Value) -> String {
    let e = HTMLRenderer.escape
    switch v {
    case .text(let s): return HTMLRenderer.keepingTokens(s)
    case .number(let n): return String(n)
    case .day(let d): return d.map { "<time class=\"nw\" datetime=\"\($0)\">\($0)</time>" } ?? ""
    case .code(let s): return "<code class=\"nw\">\(e(s))</code>"
    case .link(let s, let path): return "<a href=\"\(href(path) ?? "")\">\(e(s))</a>"
    case .caseNumber(let s):
      if let h = href(links?.cases[s]) { return "<a class=\"nw\" href=\"\(h)\">\(e(s))</a>" }
      return "<span class=\"nw\">\(e(s))</span>"
    case .committee(let c):
      if let h = href(links?.committees[c]) { return "<a href=\"\(h)\">\(e(c))</a>" }
      return e(c)
    case .meeting(let c, let d, let item):
      return cell(.committee(c)) + " " + cell(.day(d)) + (item.map { " <span class=\"nw\">pkt. \($0)</span>" } ?? "")
    case .people(let names):
      if names.isEmpty { return e(v.text) }
      return names.map { n in href(links?.owners[n]).map { "<a href=\"\($0)\">\(e(n))</a>" } ?? e(n) }
        .joined(separator: ", ")
    }
  }

  func heading(_ g: Report.Group) -> String {
    let text = HTMLRenderer.keepingTokens(g.heading)
    if let s = g.subject {
      switch s {
      case .committee(let c): if let h = href(links?.committees[c]) { return "<a href=\"\(h)\">\(text)</a>" }
      case .people(let names) where names.count == 1:
        if let h = href(links?.owners[names[0]]) { return "<a href=\"\(h)\">\(text)</a>" }
      default: break
      }
    }
    return text
  }

  func write(_ report: Report, to out: inout some TextOutputStream) {
    let e = HTMLRenderer.escape
    out.write("""
      <!DOCTYPE html>
      <html lang="da"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(e(report.title))</title>
      <style>
      \(HTMLRenderer.style)
      </style></head><body>

      """)
    if let links, !links.navigation.isEmpty {
      out.write("<nav>" + links.navigation.map { "<a href=\"\(e(links.root + $0.path))\">\(e($0.title))</a>" }.joined() + "</nav>\n")
    }
    let k = HTMLRenderer.keepingTokens
    out.write("<h1>\(k(report.title))</h1>\n<p class=\"sub\">\(k(report.subtitle))</p>\n")
    for chart in report.charts {
      out.write(chartStyle == .svg ? svg(chart) : table(chart))
    }
    for part in report.parts {
      out.write("<h2 id=\"\(e(part.name))\">\(k(part.title))</h2>\n")
      if part.isEmpty {
        out.write("<p>\(k(part.empty))</p>\n")
        continue
      }
      for g in part.groups where !g.rows.isEmpty {
        if !g.heading.isEmpty { out.write("<h3>\(heading(g))</h3>\n") }
        if let n = g.note { out.write("<p>\(k(n))</p>\n") }
        let numeric = part.columns.indices.map { i in g.rows.allSatisfy { if case .number = $0[safe: i] { return true } else { return false } } }
        out.write("<table><thead><tr>" + part.columns.enumerated().map { i, c in
          "<th\(numeric[i] ? " class=\"num\"" : "")>\(e(c.name))</th>"
        }.joined() + "</tr></thead><tbody>\n")
        for (ri, r) in g.rows.enumerated() {
          out.write((g.alerts[ri] ? "<tr class=\"alert\">" : "<tr>") + r.enumerated().map { i, v in
            "<td\(numeric[safe: i] == true ? " class=\"num\"" : "")>\(cell(v))</td>"
          }.joined() + "</tr>\n")
        }
        out.write("</tbody></table>\n")
      }
    }
    out.write("</body></html>\n")
  }
}
