import FollowUp
import Foundation
import MinutesCore

/// How a report is written: the format's options (calendar, CSV, mail), the clock, and
/// `--out DIR` for files instead of standard output.
struct OutputOptions {
  var render = RenderOptions()
  var out: String?

  init(_ args: ParsedArguments, io: IO, color: Bool) throws {
    render.color = color
    // Whole sentences into a file or a pipe; lines cut at the terminal's width on a terminal.
    render.width = io.terminalWidth
    render.now = FollowUpCLI.now(io)
    if let m = args.value("--ics") {
      guard let mode = CalendarMode(rawValue: m) else { throw ValidationError("'--ics' er event eller todo, ikke '\(m)'") }
      render.calendar = mode
    }
    if let r = args.value("--remind") { render.reminder = try OutputOptions.reminder(r) }
    if let c = args.value("--csv") {
      guard let dialect = CSVDialect(rawValue: c) else { throw ValidationError("'--csv' er rfc eller excel, ikke '\(c)'") }
      render.csv = dialect
    }
    if let f = args.value("--mail-from") { render.mail.from = try OutputOptions.address(f, for: "--mail-from") }
    for t in args.values("--mail-to") { render.mail.to.append(try OutputOptions.address(t, for: "--mail-to")) }
    out = args.value("--out")
    render.splitTables = out != nil
  }

  /// A reminder (`30m`, `12h`, `2d`, `1w`).
  static func reminder(_ r: String) throws -> Reminder {
    guard let reminder = Reminder(r) else {
      throw ValidationError("'--remind' er en varighed som 30m, 12h, 2d eller 1w, ikke '\(r)'")
    }
    return reminder
  }

  /// A mail address (`Navn <a@b.dk>`).
  static func address(_ s: String, for option: String) throws -> MailAddress {
    guard let a = MailAddress(parsing: s) else { throw ValidationError("'\(option)' er ikke en e-mail-adresse: '\(s)'") }
    return a
  }

  /// Writes the report to standard output, or its files into `--out`.
  func write(_ report: Report, format: ReportFormat, io: IO, calendarName: String? = nil) throws {
    var options = render
    options.calendarName = calendarName
    let renderer = format.renderer(options)
    if let out {
      let paths = try OutputOptions.publishing { try RenderedFile.write(renderer.files(report), into: out) }
      for p in paths { io.error("skrev \(Terminal.escaped(p))") }
      return
    }
    if format.isBinary && io.isTerminal {
      throw ValidationError("\(format.rawValue) er binært: giv --out MAPPE eller send standardoutput til en fil")
    }
    io.write(renderer.render(report))
  }

  /// Runs a write of files, its errors as exit status 73.
  static func publishing<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let e as PublishError {
      throw CLIError(message: e.description, code: .cannotWrite)
    }
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
