import FollowUp
import MinutesCore

/// What every report reads from its command line: the store, the day, the committee, the
/// format and how it is written, closed items, and whether an overdue item fails the command.
struct ReportOptions {
  var db: String
  var asOf: Day
  var committee: String?
  var format: ReportFormat
  var includeClosed: Bool
  var failOnOverdue: Bool
  var output: OutputOptions

  init(_ args: ParsedArguments, io: IO) throws {
    db = StoreOptions.path(args, io: io)
    let today = FollowUpCLI.today(io)
    asOf = try args.day("--as-of", today: today, default: today)
    committee = args.value("--committee")
    let f = args.value("--format") ?? ReportFormat.text.rawValue
    guard let format = ReportFormat(rawValue: f) else {
      throw ValidationError("ukendt format '\(f)'; brug \(ReportFormat.names)")
    }
    self.format = format
    includeClosed = args.flag("--include-closed")
    failOnOverdue = args.flag("--fail-on-overdue")
    output = try OutputOptions(args, io: io, color: format == .text && io.useColor)
  }

  func write(_ report: Report, io: IO, calendarName: String? = nil) throws {
    try output.write(report, format: format, io: io, calendarName: calendarName)
  }

  /// The report builder over a store, its committee as the store names it.
  /// - Throws: `TypedNameError` when no committee or several fit `--committee`.
  func builder(_ store: Store) throws -> ReportBuilder {
    try ReportBuilder(store: store, asOf: asOf, committee: committee, includeClosed: includeClosed).resolvingCommittee()
  }
}
