import FollowUp

/// `followup review`.
struct ReviewCommand: Command {
  static let spec = CommandSpec(
    name: "review",
    abstract: "Det, motoren var usikker på, så sekretariatet kan bekræfte eller rette det.",
    discussion: """
      Ansvarlige, der er roller, ingen person kunne knyttes til, roller knyttet til en person ved
      et gæt, datoer læst fra en tastefejl, et 'næste møde' gættet ud fra udvalgets rytme: hver med
      sin sætning og fil:linje. Bekræft en post med 'followup confirm NØGLE' (så forsvinder den fra
      listen), eller ret en handling med 'followup assign' eller 'followup due'; en bekræftelse
      vinder over motoren fra da af.
      """,
    options: [Options.db, Options.format, OptionSpec("--all", nil, "Vis også bekræftede poster.")] + Options.output,
    examples: ["followup review", "followup confirm F1x2y3z"])

  var o: ReportOptions
  var all: Bool

  init(_ args: ParsedArguments, io: IO) throws {
    o = try ReportOptions(args, io: io)
    all = args.flag("--all")
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(o.db, create: false, readOnly: true, io: io)
    try o.write(try StoreOptions.run { try o.builder(store).review(showConfirmed: all) }, io: io)
    return .success
  }
}
