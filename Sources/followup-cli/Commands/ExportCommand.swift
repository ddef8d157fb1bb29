import FollowUp
import Foundation
import MinutesCore

/// `followup export`: the whole register as JSON, the contract `score.py` reads.
struct ExportCommand: Command {
  static let spec = CommandSpec(
    name: "export",
    abstract: "Skriv møder, punkter, handlinger, udsættelser og sager som JSON.",
    discussion: """
      Læser referaterne i de filer og mapper, der nævnes, og skriver ét JSON-dokument: møder med
      deres punkter (beslutning, gæster, citerede tidligere beslutninger), handlinger med
      ansvarlige, frister og status pr. --as-of, udsættelser, de sager der stadig venter
      (openPostponed) og sager på tværs af møder. Lukkede punkter vises kun med nummer,
      sagsnummer og den titel, referatet offentliggør, medmindre --include-closed gives.

      Uden STI eksporteres databasen (--db): dens referater læses igen, og de hændelser, der er
      registreret i hånden (done, assign, due, note, confirm), gælder som i rapporterne, så
      handlingernes ansvarlige, frister og status er de samme som dér.
      """,
    positionals: [PositionalSpec(name: "STI", help: "Filer og mapper med referater (uden: databasen).", arity: .zeroOrMore)],
    options: [
      OptionSpec("--format", "FORMAT", "json (det eneste format for en eksport)."), Options.asOf,
      Options.includeClosed, Options.people, Options.db,
    ],
    examples: [
      "followup export --format json --as-of 2024-12-05 Examples/minutes",
      "followup export --as-of 2024-10-03 --people personer.json referater/*.md > register.json",
      "followup export --db /tmp/followup-demo.db --as-of 2024-10-03 > register.json",
    ])

  var paths: [String]
  var db: String?
  var asOf: Day
  var includeClosed: Bool
  var peopleFile: PeopleFile?

  init(_ args: ParsedArguments, io: IO) throws {
    if let f = args.value("--format"), f != "json" {
      throw ValidationError("en eksport skrives kun som json, ikke '\(f)'")
    }
    paths = args.all("STI")
    if paths.isEmpty {
      db = StoreOptions.path(args, io: io)
      if args.value("--people") != nil {
        throw ValidationError("--people gælder for referater læst fra filer; databasen har sin egen personfil (import --people)")
      }
    } else if args.value("--db") != nil {
      throw ValidationError("giv enten referater (STI) eller --db, ikke begge")
    }
    let today = FollowUpCLI.today(io)
    asOf = try args.day("--as-of", today: today, default: today)
    includeClosed = args.flag("--include-closed")
    if let p = args.value("--people") { peopleFile = try PeopleFileLoader.load(p) }
  }

  func run(io: IO) throws -> ExitCode {
    if let db {
      let store = try StoreOptions.open(db, create: false, readOnly: true, io: io)
      let (register, events) = try StoreOptions.run { (try store.register(), try store.eventsByTarget()) }
      var out = IOStream(io: io)
      Export.document(register, options: .init(asOf: asOf, includeClosed: includeClosed, events: events))
        .write(to: &out)
      io.print("")
      return .success
    }
    let set = DocumentSet.load(paths, io: io)
    if let failure = set.failureIfEmpty() { return failure }
    let register = Register(meetings: set.meetings, peopleFile: peopleFile)
    var out = IOStream(io: io)
    Export.document(register, options: .init(asOf: asOf, includeClosed: includeClosed))
      .write(to: &out)
    io.print("")
    if let failure = set.accessFailure { return failure }
    return set.documents.contains { $0.error != nil } ? .dataError : .success
  }
}
