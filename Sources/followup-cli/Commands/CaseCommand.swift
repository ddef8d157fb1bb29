import FollowUp

/// `followup case`.
struct CaseCommand: Command {
  static let spec = CommandSpec(
    name: "case",
    abstract: "En sags forløb på tværs af møder og udvalg.",
    discussion: """
      Hvert møde sagen var på (også dem der kun kendes fra beslutninger citeret i senere
      referater), hvad hvert møde besluttede, sagens udsættelser og dens handlinger. Enhver
      stavning af et journalnummer finder sagen (85.13.00G01-2-23 eller 85.13.00-G01-2-23). En
      sag, databasen ikke kender, giver status 67.
      """,
    positionals: [PositionalSpec(name: "SAG", help: "Sagens journalnummer.")],
    options: [Options.db, Options.asOf, Options.format, Options.includeClosed] + Options.output,
    examples: ["followup case 85.13.00G01-2-23", "followup case EMN-2025-009242 --format md"])

  var o: ReportOptions
  var number: String

  init(_ args: ParsedArguments, io: IO) throws {
    number = args.positional("SAG")
    o = try ReportOptions(args, io: io)
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(o.db, create: false, readOnly: true, io: io)
    guard let report = try StoreOptions.run({ try o.builder(store).caseTimeline(number) }) else {
      throw CLIError(message: "ingen sag '\(Terminal.escaped(number))' i \(Terminal.escaped(o.db))", code: .notFound)
    }
    try o.write(report, io: io)
    return .success
  }
}
