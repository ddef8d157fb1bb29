import FollowUp

/// `followup postponed`.
struct PostponedCommand: Command {
  static let spec = CommandSpec(
    name: "postponed",
    abstract: "De punkter, der skal på en dagsorden igen, pr. udvalg, ældste først.",
    discussion: """
      Viser de sager, hvis seneste beslutning pr. --as-of var en udsættelse: sagsnummer, titel,
      hvor mange gange i træk den er udsat, siden hvornår, det møde den skulle tilbage til, og om
      det er passeret (overskredet), eller om referatet af det møde kendes, og sagen ikke var på
      (ikke genoptaget). Derefter de sager, hvert udvalg har sendt videre til et andet organ, og
      som venter dér: de \(Reports.referralLimit) nyeste pr. udvalg og hvor mange der venter i alt;
      alle med --all.
      """,
    options: [
      Options.db, Options.asOf, Options.committee, Options.format, Options.includeClosed, Options.failOnOverdue,
      OptionSpec("--all", nil, "Vis alle sager sendt videre, ikke kun de \(Reports.referralLimit) nyeste pr. udvalg."),
    ] + Options.output,
    examples: [
      "followup postponed --as-of 2024-10-03", "followup postponed --committee Direktionen --format md",
      "followup postponed --all --format csv > sendt-videre.csv",
    ])

  var o: ReportOptions
  var all: Bool

  init(_ args: ParsedArguments, io: IO) throws {
    o = try ReportOptions(args, io: io)
    all = args.flag("--all")
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(o.db, create: false, readOnly: true, io: io)
    let report = try StoreOptions.run {
      var builder = try o.builder(store)
      if all { builder.referralLimit = nil }
      return try builder.postponed()
    }
    try o.write(report, io: io)
    return o.failOnOverdue && report.overdueCount > 0 ? .failure : .success
  }
}
