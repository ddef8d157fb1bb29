import FollowUp
import Foundation
import MinutesCore

/// How a report is written: the format's options (calendar, CSV, mail), the clock, and
/// `--out DIR` for files instead of standard output.
struct OutputOptions {
  static let specs = [
    OptionSpec(name: "--ics", value: "event|todo", help: "Calendar of all-day events on due days (default) or of to-dos."),
    OptionSpec(name: "--remind", value: "2d", help: "A calendar reminder before each due day (30m, 12h, 2d, 1w)."),
    OptionSpec(name: "--csv", value: "rfc|excel", help: "CSV with commas (RFC 4180, default) or semicolons and a BOM for Excel."),
    OptionSpec(name: "--out", value: "DIR", help: "Write files into DIR (CSV: one file per table) instead of standard output."),
    OptionSpec(name: "--mail-from", value: "ADDRESS", help: "Sender of an eml message (\"Name <a@b.dk>\")."),
    OptionSpec(name: "--mail-to", value: "ADDRESS", help: "Recipient of an eml message; repeat for more.", repeatable: true),
  ]

  var render = RenderOptions()
  var out: String?

  init(_ args: ParsedArguments, io: IO, color: Bool) throws {
    render.color = color
    render.now = FollowUpCLI.now(io)
    if let m = args.value("--ics") {
      guard let mode = CalendarMode(rawValue: m) else { throw ValidationError("'--ics' is event or todo, not '\(m)'") }
      render.calendar = mode
    }
    if let r = args.value("--remind") {
      guard let reminder = Reminder(r) else { throw ValidationError("'--remind' is a length such as 30m, 12h, 2d or 1w, not '\(r)'") }
      render.reminder = reminder
    }
    if let c = args.value("--csv") {
      guard let dialect = CSVDialect(rawValue: c) else { throw ValidationError("'--csv' is rfc or excel, not '\(c)'") }
      render.csv = dialect
    }
    if let f = args.value("--mail-from") {
      guard let a = MailAddress(parsing: f) else { throw ValidationError("'--mail-from' is not a mail address: '\(f)'") }
      render.mail.from = a
    }
    for t in args.all("--mail-to") {
      guard let a = MailAddress(parsing: t) else { throw ValidationError("'--mail-to' is not a mail address: '\(t)'") }
      render.mail.to.append(a)
    }
    out = args.value("--out")
    render.splitTables = out != nil
  }

  /// Writes the report to standard output, or its files into `--out`.
  func write(_ report: Report, format: ReportFormat, io: IO, calendarName: String? = nil) throws {
    var options = render
    options.calendarName = calendarName
    let renderer = format.renderer(options)
    if let out {
      let paths = try RenderedFile.write(renderer.files(report), into: out)
      for p in paths { io.error("wrote \(p)") }
      return
    }
    if format.isBinary && io.isTerminal {
      throw ValidationError("\(format.rawValue) is binary: give --out DIR or redirect standard output to a file")
    }
    io.write(renderer.render(report))
  }
}

extension FollowUpCLI {
  /// Now, or `FOLLOWUP_NOW` (ISO 8601, `2024-10-03T08:00:00Z`) when set: the clock of a
  /// calendar's DTSTAMP and a mail's Date.
  static func now(_ io: IO) -> Date {
    if let s = io.environment["FOLLOWUP_NOW"], let d = ISO8601DateFormatter().date(from: s) { return d }
    return Date()
  }
}
