import FollowUp
import Foundation
import MinutesCore

/// `followup publish`: a static site for the intranet.
struct PublishCommand: Command {
  static let name = "publish"
  static let abstract = "A static site: the week's report, postponed items, owners, committees, cases, calendar feeds."
  static let usage = "publish DIR [--as-of DATE] [--remind 2d] [--db FILE]"
  static let discussion = """
    Writes a folder any web server, file share or SharePoint library can serve: index.html
    with the week's report, the postponed list, one page per owner, per committee and per
    case (with its timeline), all linked with relative links, printable and without
    JavaScript; kalender/alle.ics and one .ics feed per owner to subscribe to. Running it
    again replaces the folder at once (the new site is written beside it, then swapped in).
    A folder that holds anything but a site followup wrote is refused.
    """
  static let examples = ["followup publish /srv/intranet/opfoelgning", "followup publish site/ --as-of 2024-10-03 --remind 2d"]
  static let options = [
    StoreOptions.db,
    OptionSpec(name: "--as-of", value: "DATE", help: "The site's day (default: today)."),
    OptionSpec(name: "--committee", value: "NAME", help: "Only this committee (loose match)."),
    OptionSpec(name: "--remind", value: "2d", help: "A reminder in the calendar feeds (30m, 12h, 2d, 1w)."),
  ]

  var db: String
  var folder: String
  var asOf: Day
  var committee: String?
  var reminder: Reminder?

  init(_ args: ParsedArguments, io: IO) throws {
    guard args.positionals.count == 1 else { throw ValidationError("name one folder for the site") }
    folder = args.positionals[0]
    db = StoreOptions.path(args, io: io)
    asOf = try args.day("--as-of", default: FollowUpCLI.today(io))
    committee = args.value("--committee")
    if let r = args.value("--remind") {
      guard let reminder = Reminder(r) else { throw ValidationError("'--remind' is a length such as 30m, 12h, 2d or 1w, not '\(r)'") }
      self.reminder = reminder
    }
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(db, create: false, readOnly: true, io: io)
    let publisher = SitePublisher(
      builder: ReportBuilder(store: store, asOf: asOf, committee: committee), now: FollowUpCLI.now(io), reminder: reminder)
    do {
      let n = try StoreOptions.run { try publisher.publish(to: folder) }
      io.print("\(n) files in \(folder)")
    } catch let e as PublishError {
      throw CLIError(message: e.description, code: .cannotWrite)
    }
    return .success
  }
}
