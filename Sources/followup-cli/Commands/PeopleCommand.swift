import FollowUp

/// `followup people`.
struct PeopleCommand: Command {
  static let spec = CommandSpec(
    name: "people",
    abstract: "Personregistret, med hvor hver rolle og stavemåde blev lært.",
    discussion: """
      Alle, referaterne nævner som deltager, gæst, oplægsholder eller ansvarlig, med de roller
      referaterne giver dem (og den fil og linje, hver blev lært fra), andre stavemåder og hvad
      personfilen tilføjer.
      """,
    options: [Options.db, Options.format] + Options.output,
    examples: ["followup people", "followup people --format csv > personer.csv"])

  var o: ReportOptions

  init(_ args: ParsedArguments, io: IO) throws { o = try ReportOptions(args, io: io) }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(o.db, create: false, readOnly: true, io: io)
    try o.write(try StoreOptions.run { try o.builder(store).people() }, io: io)
    return .success
  }
}
