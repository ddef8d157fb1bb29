extension HTMLRenderer {
  static let colors = ["#3b6ea5", "#c0392b", "#7f8c8d", "#27ae60", "#8e44ad"]

  /// A horizontal bar chart as inline SVG: one row per bar, its segments stacked, the value
  /// and the note right of it, a legend when there are several series.
  func svg(_ chart: Report.Chart) -> String {
    let e = HTMLRenderer.escape
    let rowHeight = 22
    let labelWidth = 260
    let barMax = 380
    let noteWidth = 150
    let maxValue = max(1, chart.bars.map(\.total).max() ?? 1)
    let legend = chart.series.count > 1
    let height = chart.bars.count * rowHeight + (legend ? 30 : 8)
    let width = labelWidth + barMax + noteWidth
    var s = "<figure><figcaption>\(e(chart.title))</figcaption>\n"
    s += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(e(chart.title))\">\n"
    for (i, bar) in chart.bars.enumerated() {
      let y = i * rowHeight
      s += "<text x=\"0\" y=\"\(y + 15)\" font-size=\"12\">\(e(ReportText.clip(bar.label, 36)))</text>\n"
      var x = labelWidth
      for (k, v) in bar.values.enumerated() where v > 0 {
        let w = max(2, v * barMax / maxValue)
        s += "<rect x=\"\(x)\" y=\"\(y + 4)\" width=\"\(w)\" height=\"14\" fill=\"\(HTMLRenderer.colors[k % HTMLRenderer.colors.count])\">"
        s += "<title>\(e(chart.series[safe: k] ?? chart.unit)): \(v)</title></rect>\n"
        x += w
      }
      let label = chart.label(bar)
      s += "<text x=\"\(x + 4)\" y=\"\(y + 15)\" font-size=\"11\">\(e(label))</text>\n"
    }
    if legend {
      let legendY = chart.bars.count * rowHeight + 20
      for (k, name) in chart.series.enumerated() {
        let x = labelWidth + k * 130
        s += "<rect x=\"\(x)\" y=\"\(legendY - 10)\" width=\"10\" height=\"10\" fill=\"\(HTMLRenderer.colors[k % HTMLRenderer.colors.count])\"/>"
        s += "<text x=\"\(x + 14)\" y=\"\(legendY)\" font-size=\"11\">\(e(name))</text>\n"
      }
    }
    s += "</svg></figure>\n"
    return s
  }

  /// The same chart as a table of coloured cells.
  func table(_ chart: Report.Chart) -> String {
    let e = HTMLRenderer.escape
    let barMax = 300
    let maxValue = max(1, chart.bars.map(\.total).max() ?? 1)
    var s = "<table role=\"presentation\" style=\"width:auto;margin:1em 0\"><caption style=\"text-align:left;font-weight:600\">\(e(chart.title))</caption>\n"
    for bar in chart.bars {
      s += "<tr><td style=\"border:0;padding:2px 8px 2px 0\">\(e(ReportText.clip(bar.label, 40)))</td><td style=\"border:0;padding:2px 0\">"
      s += "<table role=\"presentation\" style=\"border-collapse:collapse;width:auto;margin:0\"><tr>"
      for (k, v) in bar.values.enumerated() where v > 0 {
        let w = max(2, v * barMax / maxValue)
        s += "<td width=\"\(w)\" style=\"width:\(w)px;height:12px;padding:0;border:0;background:\(HTMLRenderer.colors[k % HTMLRenderer.colors.count])\"></td>"
      }
      let label = chart.label(bar)
      s += "<td style=\"border:0;padding:0 0 0 6px;font-size:12px\">\(e(label))</td></tr></table></td></tr>\n"
    }
    if chart.series.count > 1 {
      s += "<tr><td style=\"border:0\"></td><td style=\"border:0;font-size:12px\">"
      s += chart.series.enumerated().map { k, name in
        "<span style=\"color:\(HTMLRenderer.colors[k % HTMLRenderer.colors.count])\">■</span> \(e(name))"
      }.joined(separator: " &nbsp; ")
      s += "</td></tr>\n"
    }
    return s + "</table>\n"
  }
}
