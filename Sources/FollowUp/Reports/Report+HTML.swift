import MinutesCore

extension Report {
  /// Escapes text for HTML element content and attribute values.
  public static func html(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in Report.plain(s) {
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

  func renderHTML() -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="da"><head><meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(Report.html(title))</title>
      <style>
      body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em auto;max-width:60em;color:#111;padding:0 1em}
      h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
      h3{font-size:1em;margin:1.2em 0 .3em}table{border-collapse:collapse;width:100%;margin:.3em 0 1em}
      th,td{text-align:left;vertical-align:top;padding:.25em .5em;border-bottom:1px solid #e4e4e4}
      th{background:#f4f4f4}tr.alert td{color:#a00;font-weight:600}.sub{color:#555}
      figure{margin:1em 0}figcaption{font-weight:600;margin-bottom:.3em}
      @media print{body{margin:0;max-width:none}h2{page-break-after:avoid}tr{page-break-inside:avoid}}
      </style></head><body>
      <h1>\(Report.html(title))</h1>
      <p class="sub">\(Report.html(subtitle))</p>

      """
    for chart in charts { out += svg(chart) }
    for part in parts {
      out += "<h2>\(Report.html(part.title))</h2>\n"
      if part.isEmpty {
        out += "<p>\(Report.html(part.empty))</p>\n"
        continue
      }
      for g in part.groups where !g.rows.isEmpty {
        if !g.heading.isEmpty { out += "<h3>\(Report.html(g.heading))</h3>\n" }
        if let n = g.note { out += "<p>\(Report.html(n))</p>\n" }
        out += "<table><thead><tr>" + part.columns.map { "<th>\(Report.html($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for (ri, r) in g.rows.enumerated() {
          out += (g.alerts[ri] ? "<tr class=\"alert\">" : "<tr>") + r.map { "<td>\(Report.html($0))</td>" }.joined() + "</tr>\n"
        }
        out += "</tbody></table>\n"
      }
    }
    out += "</body></html>\n"
    return out
  }

  /// A horizontal bar chart as inline SVG: one row per label, one bar per series.
  func svg(_ chart: Chart) -> String {
    let rowHeight = 22
    let labelWidth = 220
    let barMax = 360
    let maxValue = max(1, chart.bars.flatMap(\.values).max() ?? 1)
    let colors = ["#3b6ea5", "#c0392b", "#7f8c8d"]
    let height = chart.bars.count * rowHeight + 28
    var s = "<figure><figcaption>\(Report.html(chart.title))</figcaption>\n"
    s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barMax + 60)\" height=\(quote(height)) role=\"img\">\n"
    for (i, bar) in chart.bars.enumerated() {
      let y = i * rowHeight
      s += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"12\">\(Report.html(Report.clip(bar.label, 34)))</text>\n"
      var x = labelWidth
      for (k, v) in bar.values.enumerated() where v > 0 {
        let w = max(2, v * barMax / maxValue / max(1, bar.values.count))
        s += "<rect x=\"\(x)\" y=\"\(y + 4)\" width=\"\(w)\" height=\"14\" fill=\"\(colors[k % colors.count])\"><title>\(Report.html(chart.series[safe: k] ?? "")): \(v)</title></rect>\n"
        s += "<text x=\"\(x + w + 3)\" y=\"\(y + 15)\" font-size=\"11\">\(v)</text>\n"
        x += w + 24
      }
    }
    let legendY = chart.bars.count * rowHeight + 18
    for (k, name) in chart.series.enumerated() {
      let x = labelWidth + k * 120
      s += "<rect x=\"\(x)\" y=\"\(legendY - 10)\" width=\"10\" height=\"10\" fill=\"\(colors[k % colors.count])\"/>"
      s += "<text x=\"\(x + 14)\" y=\"\(legendY)\" font-size=\"11\">\(Report.html(name))</text>\n"
    }
    s += "</svg></figure>\n"
    return s
  }

  private func quote(_ n: Int) -> String { "\"\(n)\"" }
}

extension Array {
  subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
