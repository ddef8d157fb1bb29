import FollowUp
import MinutesCore

/// `followup dates`: how the temporal reader reads a sentence.
struct DatesCommand: Command {
  static let name = "dates"
  static let abstract = "Show the dates, periods and meeting references the reader finds in text."
  static let usage = "dates [--on DATE] TEXT..."
  static let discussion = """
    Prints one JSON object a line for each expression found: its span, its kind (day,
    datetime, time, period, next-meeting), the deadline it means (a period's last day), and
    start, end and time where they apply. Relative expressions and dates without a year are
    read from --on, the day the text was written.
    """
  static let examples = [
    "followup dates --on 2024-10-02 \"Sagen udsættes til næste uge.\"",
    "followup dates --on 2023-12-19 \"Direktionen behandler sagen i første kvartal i 2024.\"",
  ]
  static let options = [OptionSpec(name: "--on", value: "DATE", help: "The day the text was written (default: today).")]

  var text: [String]
  var on: Day

  init(_ args: ParsedArguments, io: IO) throws {
    guard !args.positionals.isEmpty else { throw ValidationError("give the text to read") }
    text = args.positionals
    on = try args.day("--on", default: FollowUpCLI.today(io))
  }

  func run(io: IO) throws -> ExitCode {
    let reader = TemporalReader(reference: on)
    for t in text {
      for e in reader.expressions(in: t) {
        var pairs: [(String, JSONValue)] = [
          ("span", .string(e.text)), ("kind", .string(e.kind.rawValue)), ("date", .day(e.date)),
        ]
        if let time = e.time { pairs.append(("time", .string(time.description))) }
        if let et = e.endTime { pairs.append(("endTime", .string(et.description))) }
        if e.kind == .period || e.kind == .day || e.kind == .datetime {
          pairs.append(("start", .day(e.start)))
          pairs.append(("end", .day(e.end)))
        }
        if e.isYearInferred { pairs.append(("yearInferred", .bool(true))) }
        io.print(JSONValue.object(pairs).compact())
      }
    }
    return .success
  }
}
