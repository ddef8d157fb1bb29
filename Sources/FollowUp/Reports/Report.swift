import MinutesCore

/// How a report is written.
public enum ReportFormat: String, CaseIterable, Sendable {
  /// Aligned columns for a terminal.
  case text
  /// Markdown.
  case md
  /// One self-contained HTML page.
  case html
  /// JSON.
  case json
  /// RFC 4180 CSV.
  case csv
  /// RFC 5545 iCalendar (actions as VTODO).
  case ics
}

/// A report as rows and sections, written by one renderer per format.
public struct Report: Sendable {
  /// A group of rows under a heading (a committee, an owner).
  public struct Group: Sendable {
    public var heading: String
    public var rows: [[String]]
    /// Per row: the row is overdue (marked in colour, bold, or an overdue flag).
    public var alerts: [Bool]
    public var note: String?

    public init(heading: String, rows: [[String]], alerts: [Bool]? = nil, note: String? = nil) {
      self.heading = heading
      self.rows = rows
      self.alerts = alerts ?? rows.map { _ in false }
      self.note = note
    }
  }

  /// A part of the report with its own columns.
  public struct Part: Sendable {
    public var title: String
    public var columns: [String]
    public var groups: [Group]
    /// Shown when there are no rows.
    public var empty: String

    public init(title: String, columns: [String], groups: [Group], empty: String = "Ingen.") {
      self.title = title
      self.columns = columns
      self.groups = groups
      self.empty = empty
    }

    var isEmpty: Bool { groups.allSatisfy { $0.rows.isEmpty } }
  }

  /// A chart for HTML: labelled bars.
  public struct Chart: Sendable {
    public var title: String
    public var series: [String]
    public var bars: [(label: String, values: [Int])]
  }

  public var title: String
  public var subtitle: String
  public var parts: [Part]
  public var charts: [Chart] = []
  /// The report as JSON.
  public var json: JSONValue
  /// Calendar entries for ICS.
  public var todos: [Todo] = []

  public init(title: String, subtitle: String, parts: [Part], json: JSONValue) {
    self.title = title
    self.subtitle = subtitle
    self.parts = parts
    self.json = json
  }

  /// One VTODO.
  public struct Todo: Sendable {
    public var uid: String
    public var summary: String
    public var description: String
    public var due: Day?
    public var status: ActionStatus
    public var created: Day

    public init(uid: String, summary: String, description: String, due: Day?, status: ActionStatus, created: Day) {
      self.uid = uid
      self.summary = summary
      self.description = description
      self.due = due
      self.status = status
      self.created = created
    }
  }

  /// Writes the report.
  public func render(_ format: ReportFormat, color: Bool = false, calendarName: String? = nil) -> String {
    switch format {
    case .text: return renderText(color: color)
    case .md: return renderMarkdown()
    case .json: return json.pretty() + "\n"
    case .csv: return renderCSV()
    case .html: return renderHTML()
    case .ics: return renderICS(name: calendarName ?? title)
    }
  }
}

extension Report {
  /// Removes terminal control characters from text taken from documents.
  static func plain(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      if u.value < 0x20 || (0x7F...0x9F).contains(u.value) || u.value == 0x1B {
        out.append(" ")
      } else {
        out.unicodeScalars.append(u)
      }
    }
    return out
  }

  static func width(_ s: String) -> Int { s.count }

  static func pad(_ s: String, _ n: Int) -> String {
    let w = width(s)
    return w >= n ? s : s + String(repeating: " ", count: n - w)
  }

  static func clip(_ s: String, _ n: Int) -> String {
    s.count <= n ? s : String(s.prefix(max(1, n - 1))) + "…"
  }

  func renderText(color: Bool) -> String {
    let red = color ? "\u{1B}[31m" : ""
    let bold = color ? "\u{1B}[1m" : ""
    let reset = color ? "\u{1B}[0m" : ""
    var out = "\(bold)\(Report.plain(title))\(reset)\n\(Report.plain(subtitle))\n"
    for part in parts {
      out += "\n\(bold)\(Report.plain(part.title))\(reset)\n"
      if part.isEmpty {
        out += "  \(part.empty)\n"
        continue
      }
      // Column widths over all groups, the last column free.
      let cols = part.columns.count
      var widths = part.columns.map(Report.width)
      for g in part.groups {
        for r in g.rows {
          for (i, c) in r.enumerated() where i < cols - 1 { widths[i] = min(48, max(widths[i], Report.width(Report.plain(c)))) }
        }
      }
      for g in part.groups where !g.rows.isEmpty {
        if !g.heading.isEmpty { out += "\n  \(bold)\(Report.plain(g.heading))\(reset)\n" }
        if let n = g.note { out += "  \(Report.plain(n))\n" }
        out += "  " + part.columns.enumerated().map { i, c in i < cols - 1 ? Report.pad(c, widths[i]) : c }.joined(separator: "  ") + "\n"
        for (ri, r) in g.rows.enumerated() {
          let line = r.enumerated().map { i, c in
            let t = Report.plain(c)
            return i < cols - 1 ? Report.pad(Report.clip(t, widths[i]), widths[i]) : t
          }.joined(separator: "  ")
          out += "  " + (g.alerts[ri] ? red + line + reset : line) + "\n"
        }
      }
    }
    return out
  }

  static func md(_ s: String) -> String {
    var t = Report.plain(s)
    for c in ["\\", "|", "*", "_", "`", "[", "]", "<", ">", "#"] { t = t.replacing(c, with: "\\" + c) }
    return t
  }

  func renderMarkdown() -> String {
    var out = "# \(Report.md(title))\n\n\(Report.md(subtitle))\n"
    for part in parts {
      out += "\n## \(Report.md(part.title))\n"
      if part.isEmpty {
        out += "\n\(part.empty)\n"
        continue
      }
      for g in part.groups where !g.rows.isEmpty {
        if !g.heading.isEmpty { out += "\n### \(Report.md(g.heading))\n" }
        if let n = g.note { out += "\n\(Report.md(n))\n" }
        out += "\n| " + part.columns.map(Report.md).joined(separator: " | ") + " |\n"
        out += "|" + part.columns.map { _ in "---" }.joined(separator: "|") + "|\n"
        for (ri, r) in g.rows.enumerated() {
          let cells = r.map(Report.md)
          out += "| " + (g.alerts[ri] ? cells.map { $0.isEmpty ? $0 : "**\($0)**" } : cells).joined(separator: " | ") + " |\n"
        }
      }
    }
    return out
  }

  /// RFC 4180; cells that a spreadsheet would run as a formula are neutralised with a quote.
  static func csvCell(_ s: String) -> String {
    var t = s
    if let f = t.first, "=+-@\t\r".contains(f) { t = "'" + t }
    if t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r") || t.hasPrefix("'") {
      return "\"" + t.replacing("\"", with: "\"\"") + "\""
    }
    return t
  }

  func renderCSV() -> String {
    var out = ""
    var header: [String]?
    for part in parts {
      let cols = ["part", "group"] + part.columns
      if header == nil || header! != cols {
        out += cols.map(Report.csvCell).joined(separator: ",") + "\r\n"
        header = cols
      }
      for g in part.groups {
        for r in g.rows {
          out += ([part.title, g.heading] + r).map(Report.csvCell).joined(separator: ",") + "\r\n"
        }
      }
    }
    return out
  }
}
