import FollowUp

/// `followup actions`.
struct ActionsCommand: Command {
  static let spec = CommandSpec(
    name: "actions",
    abstract: "Handlinger pr. ansvarlig: overskredne først, så efter frist; uden ansvarlig for sig.",
    discussion: """
      Én ansvarligs liste med --owner (løst match: "Ditte", "ditte aagaard" eller en rolle som
      "kommunaldirektør"), ellers alles, grupperet pr. ansvarlig. Med --format ics og --owner en
      kalender, en direktør kan abonnere på (handlingerne som opgaver med deres frister).
      """,
    options: [
      Options.db, Options.asOf, Options.committee, Options.format, Options.includeClosed, Options.failOnOverdue,
      OptionSpec("--owner", "NAVN", "Kun denne ansvarliges handlinger."),
      OptionSpec("--all", nil, "Medtag udførte handlinger."),
    ] + Options.output,
    examples: [
      "followup actions --owner \"Pia Ulv Helleland\" --as-of 2024-10-03",
      "followup actions --owner kommunaldirektør --format ics --remind 2d > mine.ics",
    ])

  var o: ReportOptions
  var owner: String?
  var all: Bool

  init(_ args: ParsedArguments, io: IO) throws {
    o = try ReportOptions(args, io: io)
    owner = args.value("--owner")
    all = args.flag("--all")
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(o.db, create: false, readOnly: true, io: io)
    let report = try StoreOptions.run { try o.builder(store).actions(owner: owner, includeDone: all) }
    try o.write(report, io: io, calendarName: owner.map { "Handlinger: \($0)" })
    return o.failOnOverdue && report.overdueCount > 0 ? .failure : .success
  }
}
