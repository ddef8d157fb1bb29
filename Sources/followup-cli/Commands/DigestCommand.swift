import FollowUp
import Foundation
import MinutesCore

/// `followup digest`: one mail per owner with an address in the people file.
struct DigestCommand: Command {
  static let spec = CommandSpec(
    name: "digest",
    abstract: "Én e-mail (.eml) pr. ansvarlig med en adresse: deres handlinger og deres udvalgs udsatte sager.",
    discussion: """
      Skriver én besked pr. person med en e-mail-adresse i personfilen (import --people), som er
      ansvarlig for en handling: deres overskredne handlinger, dem med frist i næste uge, deres
      andre åbne handlinger og de sager, deres udvalg har udsat. Hver fil er en hel MIME-besked
      (tekst og HTML) til sin modtager; send dem med
      'for f in MAPPE/*.eml; do sendmail -t < "$f"; done'.
      """,
    options: [
      Options.db, OptionSpec("--week", "UGE", "Ugen (standard: ugen med --as-of)."),
      OptionSpec("--as-of", "DATO", "Status ved udgangen af denne dag (standard: ugens søndag, ellers i dag)."),
      Options.committee, OptionSpec("--out", "MAPPE", "Mappen til beskederne (oprettes, hvis den mangler)."),
      Options.mailFrom,
    ],
    examples: [
      "followup digest --week 2024-W40 --out udsendelse/ --mail-from \"Direktionssekretariatet <sekretariat@lemvig.dk>\"",
    ])

  var db: String
  var period: ReportPeriod
  var asOf: Day
  var committee: String?
  var out: String
  var from = MailHeaders().from

  init(_ args: ParsedArguments, io: IO) throws {
    db = StoreOptions.path(args, io: io)
    guard let out = args.value("--out") else { throw ValidationError("angiv mappen til beskederne med --out MAPPE") }
    self.out = out
    let today = FollowUpCLI.today(io)
    if let w = args.value("--week") {
      guard let monday = TypedDate.week(w, today: today) else {
        throw ValidationError("'--week' skal være en uge som 2024-W40 eller uge 40, ikke '\(w)'")
      }
      period = .week(of: monday)
      asOf = try args.day("--as-of", today: today, default: period.end)
    } else {
      asOf = try args.day("--as-of", today: today, default: today)
      period = .week(of: asOf)
    }
    committee = args.value("--committee")
    if let f = args.value("--mail-from") { from = try OutputOptions.address(f, for: "--mail-from") }
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(db, create: false, readOnly: true, io: io)
    let builder = try StoreOptions.run { try ReportBuilder(store: store, asOf: asOf, committee: committee).resolvingCommittee() }
    let digest = Digest(builder: builder, period: period, from: from, now: FollowUpCLI.now(io))
    let messages = try StoreOptions.run { try digest.messages() }
    for p in try OutputOptions.publishing({ try RenderedFile.write(messages, into: out) }) {
      io.error("skrev \(Terminal.escaped(p))")
    }
    io.print("\(Danish.count(messages.count, "besked", "beskeder")) i \(Terminal.escaped(out))")
    return .success
  }
}
