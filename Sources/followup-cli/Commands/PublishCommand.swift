import FollowUp
import Foundation
import MinutesCore

/// `followup publish`: a static site for the intranet.
struct PublishCommand: Command {
  static let spec = CommandSpec(
    name: "publish",
    abstract: "Et statisk websted: ugens rapport, udsatte punkter, ansvarlige, udvalg, sager, kalendere.",
    discussion: """
      Skriver en mappe, som enhver webserver, et fællesdrev eller et SharePoint-bibliotek kan
      vise: index.html med ugens rapport, listen over udsatte punkter, én side pr. ansvarlig, pr.
      udvalg og pr. sag (med forløb), alt forbundet med relative links, klar til udskrift og uden
      JavaScript; kalender/alle.ics og én .ics pr. ansvarlig at abonnere på. Kørt igen erstatter
      det mappen på én gang (det nye websted skrives ved siden af og byttes ind). En mappe med
      andet end et websted, followup har skrevet, afvises.
      """,
    positionals: [PositionalSpec(name: "MAPPE", help: "Mappen til webstedet.")],
    options: [
      Options.db, OptionSpec("--as-of", "DATO", "Webstedets dag (standard: i dag)."), Options.committee,
      OptionSpec("--remind", "2d", "En påmindelse i kalenderne (30m, 12h, 2d, 1w)."),
    ],
    examples: ["followup publish /srv/intranet/opfoelgning", "followup publish site/ --as-of 2024-10-03 --remind 2d"])

  var db: String
  var folder: String
  var asOf: Day
  var committee: String?
  var reminder: Reminder?

  init(_ args: ParsedArguments, io: IO) throws {
    folder = args.positional("MAPPE")
    db = StoreOptions.path(args, io: io)
    let today = FollowUpCLI.today(io)
    asOf = try args.day("--as-of", today: today, default: today)
    committee = args.value("--committee")
    if let r = args.value("--remind") { reminder = try OutputOptions.reminder(r) }
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(db, create: false, readOnly: true, io: io)
    let builder = try StoreOptions.run { try ReportBuilder(store: store, asOf: asOf, committee: committee).resolvingCommittee() }
    let publisher = SitePublisher(builder: builder, now: FollowUpCLI.now(io), reminder: reminder)
    let n = try OutputOptions.publishing { try StoreOptions.run { try publisher.publish(to: folder) } }
    io.print("\(Danish.count(n, "fil", "filer")) i \(Terminal.escaped(folder))")
    return .success
  }
}
