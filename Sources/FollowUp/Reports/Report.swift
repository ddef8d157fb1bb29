import MinutesCore

/// A report as typed rows in parts, with charts, calendar entries and JSON; written by one
/// renderer per format (`ReportFormat.renderer(_:)`).
public struct Report: Sendable {
  /// What a report is about; names its JSON `report` field, its files and its mail subject.
  public enum Kind: String, Sendable, CaseIterable {
    case postponed, actions, weekly, period, `case`, people, review, owner, committee, agenda
  }

  /// A cell: typed, so that each format can write it as what it is (a date in Excel, a case
  /// number that never breaks inside and links to its page in HTML).
  public enum Value: Hashable, Sendable, ExpressibleByStringLiteral {
    /// Text.
    case text(String)
    /// A day, or an empty cell.
    case day(Day?)
    /// A whole number.
    case number(Int)
    /// A case number (journal number or another system's identifier).
    case caseNumber(String)
    /// Owner names; empty means no owner.
    case people([String])
    /// A committee name.
    case committee(String)
    /// An identifier (action id, review key).
    case code(String)
    /// Text that links to a page of a published site (path from the site's root).
    case link(String, path: String)
    /// A meeting's item: `Direktionen 2024-10-02 pkt. 5`.
    case meeting(committee: String, date: Day, item: Int?)

    /// Creates a text cell.
    public init(stringLiteral value: String) { self = .text(value) }

    /// The cell as plain text, the same in every format.
    public var text: String {
      switch self {
      case .text(let s), .caseNumber(let s), .committee(let s), .code(let s), .link(let s, _): return s
      case .day(let d): return d?.description ?? ""
      case .number(let n): return String(n)
      case .people(let names): return names.isEmpty ? "(uden ansvarlig)" : names.joined(separator: ", ")
      case .meeting(let c, let d, let item): return "\(c) \(d)" + (item.map { " pkt. \($0)" } ?? "")
      }
    }
  }

  /// A column: its heading, the width it may take in a terminal before text is clipped, and
  /// whether it holds running text (a sentence, a title), which text output puts last.
  public struct Column: Sendable, ExpressibleByStringLiteral {
    /// The heading.
    public var name: String
    /// The widest a terminal column may get before its text is clipped.
    public var maxWidth: Int
    /// Running text (a sentence, a title): in text output the last column, whole when the
    /// output is not a terminal, cut at the terminal's width when it is.
    public var isText: Bool

    /// Creates a column.
    public init(_ name: String, maxWidth: Int = 48, isText: Bool = false) {
      self.name = name
      self.maxWidth = maxWidth
      self.isText = isText
    }

    /// Creates a column with the default width.
    public init(stringLiteral value: String) { self.init(value) }

    /// A column of running text (`Handling`, `Titel`).
    public static func text(_ name: String) -> Column { Column(name, isText: true) }
  }

  /// A group of rows under a heading (a committee, an owner, a meeting).
  public struct Group: Sendable {
    /// The heading; empty for a part with one ungrouped table.
    public var heading: String
    /// What the heading names, for links (an owner, a committee).
    public var subject: Value?
    /// The rows, one value per column.
    public var rows: [[Value]]
    /// Per row: the row is overdue (marked in colour, bold, red or a flag).
    public var alerts: [Bool]
    /// A line under the heading.
    public var note: String?

    /// Creates a group.
    public init(
      heading: String = "", subject: Value? = nil, rows: [[Value]], alerts: [Bool]? = nil,
      note: String? = nil
    ) {
      self.heading = heading
      self.subject = subject
      self.rows = rows
      self.alerts = alerts ?? rows.map { _ in false }
      self.note = note
    }
  }

  /// A part of the report: one table with its own columns (one sheet, one CSV file).
  public struct Part: Sendable {
    /// A short ASCII name for files and sheets (`new-actions`).
    public var name: String
    /// The heading.
    public var title: String
    /// What the group headings are (`Udvalg`, `Ansvarlig`), a column in flat tables.
    public var groupLabel: String?
    /// The columns.
    public var columns: [Column]
    /// The groups.
    public var groups: [Group]
    /// Shown when there are no rows.
    public var empty: String

    /// Creates a part.
    public init(
      name: String, title: String, groupLabel: String? = nil, columns: [Column], groups: [Group],
      empty: String = "Ingen."
    ) {
      self.name = name
      self.title = title
      self.groupLabel = groupLabel
      self.columns = columns
      self.groups = groups
      self.empty = empty
    }

    /// No group has a row.
    public var isEmpty: Bool { groups.allSatisfy { $0.rows.isEmpty } }

    /// The rows of all groups with their group's heading and their alert flag.
    public var flatRows: [(group: Group, row: [Value], alert: Bool)] {
      groups.flatMap { g in g.rows.indices.map { (g, g.rows[$0], g.alerts[$0]) } }
    }
  }

  /// A bar chart for HTML: one bar per label, its segments stacked, all in one unit.
  public struct Chart: Sendable {
    /// One bar.
    public struct Bar: Sendable {
      /// The label left of the bar.
      public var label: String
      /// The values of the stacked segments, one per series.
      public var values: [Int]
      /// A note right of the bar (`2 udsættelser`).
      public var note: String?

      /// Creates a bar.
      public init(label: String, values: [Int], note: String? = nil) {
        self.label = label
        self.values = values
        self.note = note
      }

      /// The bar's length: its segments added.
      public var total: Int { values.reduce(0, +) }
    }

    /// `1 dag`, `8 dage`: a value with its unit.
    public func label(_ bar: Bar) -> String {
      let n = bar.total
      let unit = n == 1 ? unitOne : self.unit
      return (unit.isEmpty ? "\(n)" : "\(n) \(unit)") + (bar.note.map { " · " + $0 } ?? "")
    }

    /// The caption.
    public var title: String
    /// The unit all values are in (`dage`, `handlinger`).
    public var unit: String
    /// The unit of one (`dag`, `handling`).
    public var unitOne: String
    /// The names of the stacked series; one name needs no legend.
    public var series: [String]
    /// The bars, top to bottom.
    public var bars: [Bar]

    /// Creates a chart.
    public init(title: String, unit: String, unitOne: String? = nil, series: [String], bars: [Bar]) {
      self.title = title
      self.unit = unit
      self.unitOne = unitOne ?? unit
      self.series = series
      self.bars = bars
    }
  }

  /// One entry for a calendar: an all-day event on a due day (or a to-do).
  public struct CalendarEntry: Sendable {
    /// Stable across re-imports and corrections (the action id).
    public var uid: String
    /// The title.
    public var summary: String
    /// The sentence and its source.
    public var description: String
    /// The day it is due; an entry without a day is a to-do only.
    public var due: Day?
    /// Owners and committee.
    public var categories: [String]
    /// Open, overdue or done.
    public var status: ActionStatus
    /// The day the entry came into being (the meeting).
    public var created: Day
    /// Rises each time the entry changes (events recorded by hand, deferrals).
    public var sequence: Int
    /// When it last changed (`2024-10-03T08:00:00Z`); `nil`: the day it was created.
    public var lastModified: String?

    /// Creates an entry.
    public init(
      uid: String, summary: String, description: String, due: Day?, categories: [String] = [],
      status: ActionStatus, created: Day, sequence: Int = 0, lastModified: String? = nil
    ) {
      self.uid = uid
      self.summary = summary
      self.description = description
      self.due = due
      self.categories = categories
      self.status = status
      self.created = created
      self.sequence = sequence
      self.lastModified = lastModified
    }
  }

  /// What the report is.
  public var kind: Kind
  /// The heading.
  public var title: String
  /// The line under it.
  public var subtitle: String
  /// The tables.
  public var parts: [Part]
  /// Charts for HTML.
  public var charts: [Chart] = []
  /// The report as JSON (with `schemaVersion`).
  public var json: JSONValue
  /// Calendar entries for ICS.
  public var entries: [CalendarEntry] = []
  /// The subject of the report as a mail (`Ugerapport uge 40 2024 - Direktionen`).
  public var mailSubject: String
  /// An ASCII name for files (`ugerapport-2024-w40`).
  public var fileName: String
  /// How many rows are overdue (for `--fail-on-overdue`).
  public var overdueCount = 0

  /// Creates a report; the mail subject defaults to the title, the file name to its kind.
  public init(
    kind: Kind, title: String, subtitle: String, parts: [Part], json: JSONValue,
    mailSubject: String? = nil, fileName: String? = nil
  ) {
    self.kind = kind
    self.title = title
    self.subtitle = subtitle
    self.parts = parts
    self.json = json
    self.mailSubject = mailSubject ?? title
    self.fileName = fileName ?? kind.rawValue
  }

  /// Writes the report in a format as text (binary formats: use `ReportFormat.renderer`).
  public func render(_ format: ReportFormat, options: RenderOptions = RenderOptions()) -> String {
    String(decoding: format.renderer(options).render(self), as: UTF8.self)
  }

  /// Writes the report in a format as text, with colour and a calendar name.
  public func render(_ format: ReportFormat, color: Bool, calendarName: String? = nil) -> String {
    var options = RenderOptions()
    options.color = color
    options.calendarName = calendarName
    return render(format, options: options)
  }
}
