import FollowUp
import MinutesCore

/// `followup dates`: how the temporal reader reads a sentence.
struct DatesCommand: Command {
  static let spec = CommandSpec(
    name: "dates",
    abstract: "Vis de datoer, perioder og mødehenvisninger, læseren finder i en tekst.",
    discussion: """
      Skriver ét JSON-objekt pr. linje for hvert udtryk: teksten, slagsen (day, datetime, time,
      period, next-meeting), den frist det betyder (en periodes sidste dag) og start, slut og
      klokkeslæt hvor de findes. Relative udtryk og datoer uden år læses fra --on, den dag
      teksten er skrevet.
      """,
    positionals: [PositionalSpec(name: "TEKST", help: "Den tekst, der skal læses.", arity: .oneOrMore)],
    options: [OptionSpec("--on", "DATO", "Den dag, teksten er skrevet (standard: i dag).")],
    examples: [
      "followup dates --on 2024-10-02 \"Sagen udsættes til næste uge.\"",
      "followup dates --on 2023-12-19 \"Direktionen behandler sagen i første kvartal i 2024.\"",
    ])

  var text: [String]
  var on: Day

  init(_ args: ParsedArguments, io: IO) throws {
    text = args.all("TEKST")
    let today = FollowUpCLI.today(io)
    on = try args.day("--on", today: today, default: today)
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
