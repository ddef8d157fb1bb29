/// How a report is written: one case per format, each with its renderer (chosen in
/// `renderer(_:)`, the one place that maps a format to the type that writes it).
public enum ReportFormat: String, CaseIterable, Sendable {
  /// Aligned columns for a terminal.
  case text
  /// Markdown.
  case md
  /// One self-contained, printable HTML page.
  case html
  /// JSON with a `schemaVersion` (schemas in docs/).
  case json
  /// RFC 4180 CSV.
  case csv
  /// RFC 5545 iCalendar: all-day events on due days (or to-dos).
  case ics
  /// An Excel workbook (Office Open XML).
  case xlsx
  /// A MIME e-mail message (text and HTML).
  case eml

  /// One line for help, in Danish.
  public var summary: String {
    switch self {
    case .text: return "tekst i kolonner til terminalen"
    case .md: return "Markdown"
    case .html: return "én HTML-side, klar til udskrift"
    case .json: return "JSON med schemaVersion (skemaer i docs/)"
    case .csv: return "CSV efter RFC 4180; --csv excel giver semikolon og BOM"
    case .ics: return "kalender: heldagsbegivenheder på fristen; --ics todo giver opgaver"
    case .xlsx: return "Excel-projektmappe, ét ark pr. tabel"
    case .eml: return "e-mail (MIME, tekst og HTML), klar til sendmail -t"
    }
  }

  /// The file name extension.
  public var fileExtension: String { rawValue }

  /// The media type.
  public var mediaType: String {
    switch self {
    case .text: return "text/plain; charset=utf-8"
    case .md: return "text/markdown; charset=utf-8"
    case .html: return "text/html; charset=utf-8"
    case .json: return "application/json"
    case .csv: return "text/csv; charset=utf-8"
    case .ics: return "text/calendar; charset=utf-8"
    case .xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    case .eml: return "message/rfc822"
    }
  }

  /// The output is bytes that a terminal should not get.
  public var isBinary: Bool { self == .xlsx }

  /// The formats as help lists them, one a line: `name  summary`, each line after `indent`
  /// spaces.
  public static func helpList(indent: Int = 2) -> String {
    let width = allCases.map(\.rawValue.count).max() ?? 0
    return allCases.map {
      String(repeating: " ", count: indent) + $0.rawValue + String(repeating: " ", count: width - $0.rawValue.count)
        + "  " + $0.summary
    }.joined(separator: "\n")
  }

  /// The names, for a usage line: `text, md, html, ...`.
  public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

  /// The renderer that writes this format with these options.
  public func renderer(_ options: RenderOptions = RenderOptions()) -> any ReportRenderer {
    switch self {
    case .text: return TextRenderer(color: options.color, width: options.width)
    case .md: return MarkdownRenderer()
    case .html: return HTMLRenderer(links: options.links)
    case .json: return JSONRenderer()
    case .csv: return CSVRenderer(dialect: options.csv, splitTables: options.splitTables)
    case .ics:
      return ICSRenderer(
        mode: options.calendar, reminder: options.reminder, name: options.calendarName,
        now: options.now)
    case .xlsx: return XLSXRenderer(now: options.now)
    case .eml: return EMLRenderer(mail: options.mail, now: options.now)
    }
  }
}
