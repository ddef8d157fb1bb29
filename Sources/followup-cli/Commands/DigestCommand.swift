import FollowUp
import Foundation
import MinutesCore

/// `followup digest`: one mail per owner with an address in the people file.
struct DigestCommand: Command {
  static let name = "digest"
  static let abstract = "One mail (.eml) per owner with an address: their actions and their committees' postponed cases."
  static let usage = "digest [--week 2024-W40] --out DIR [--mail-from ADDRESS] [--as-of DATE] [--db FILE]"
  static let discussion = """
    Writes one message per person with an e-mail address in the people file (import
    --people) who owns an action: their overdue actions, those due next week, their other
    open actions, and the cases their committees have postponed. Each file is a complete
    MIME message (text and HTML) addressed to its owner; send them with
    'for f in DIR/*.eml; do sendmail -t < "$f"; done'.
    """
  static let examples = [
    "followup digest --week 2024-W40 --out udsendelse/ --mail-from \"Direktionssekretariatet <sekretariat@lemvig.dk>\"",
  ]
  static let options = [
    StoreOptions.db,
    OptionSpec(name: "--week", value: "YYYY-Www", help: "The ISO week (default: the week of --as-of)."),
    OptionSpec(name: "--as-of", value: "DATE", help: "Status as of this day (default: the week's Sunday, or today)."),
    OptionSpec(name: "--committee", value: "NAME", help: "Only this committee (loose match)."),
    OptionSpec(name: "--out", value: "DIR", help: "The folder for the messages (made when missing)."),
    OptionSpec(name: "--mail-from", value: "ADDRESS", help: "The sender (\"Name <a@b.dk>\")."),
  ]

  var db: String
  var period: ReportPeriod
  var asOf: Day
  var committee: String?
  var out: String
  var from = MailHeaders().from

  init(_ args: ParsedArguments, io: IO) throws {
    db = StoreOptions.path(args, io: io)
    guard let out = args.value("--out") else { throw ValidationError("name the folder for the messages with --out DIR") }
    self.out = out
    let today = FollowUpCLI.today(io)
    if let w = args.value("--week") {
      guard let p = ReportPeriod(week: w) else { throw ValidationError("'--week' must be an ISO week such as 2024-W40, not '\(w)'") }
      period = p
      asOf = try args.day("--as-of", default: p.end)
    } else {
      asOf = try args.day("--as-of", default: today)
      period = .week(of: asOf)
    }
    committee = args.value("--committee")
    if let f = args.value("--mail-from") {
      guard let a = MailAddress(parsing: f) else { throw ValidationError("'--mail-from' is not a mail address: '\(f)'") }
      from = a
    }
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(db, create: false, readOnly: true, io: io)
    let digest = Digest(builder: ReportBuilder(store: store, asOf: asOf, committee: committee), period: period, from: from, now: FollowUpCLI.now(io))
    let messages = try StoreOptions.run { try digest.messages() }
    do {
      for p in try RenderedFile.write(messages, into: out) { io.error("wrote \(p)") }
    } catch let e as PublishError {
      throw CLIError(message: e.description, code: .cannotWrite)
    }
    io.print("\(messages.count) messages in \(out)")
    return .success
  }
}
