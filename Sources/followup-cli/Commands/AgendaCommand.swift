import FollowUp
import MinutesCore

/// `followup agenda`: the draft agenda of a committee's next meeting.
struct AgendaCommand: Command {
  static let spec = CommandSpec(
    name: "agenda",
    abstract: "Udkast til dagsorden for et udvalgs næste møde (eller mødet på en given dag).",
    discussion: """
      Det, sekretariatet ellers samler i hånden før hvert møde: de udsatte sager, der skal
      tilbage (med deres forløb på én linje: "udsat 2 gange, senest 2. oktober 2024 pkt. 5"),
      sager som andre udvalg har sendt hertil, handlinger med frist til mødet (eller før det
      følgende møde), planlagte oplæg (v/ Navn), overskredne handlinger og til sidst de stående
      punkter. Mødet er det næste, databasen kender eller kan regne ud fra udvalgets
      mødefrekvens, eller det på --date. Udkastet er pr. dagen før mødet, medmindre --as-of
      gives.
      """,
    options: [
      Options.db, OptionSpec("--committee", "NAVN", "Udvalget (påkrævet; skrevet som man vil: \"direktion\")."),
      OptionSpec("--date", "DATO", "Mødets dag (standard: udvalgets næste møde)."), Options.asOf, Options.format,
      Options.includeClosed, Options.failOnOverdue,
    ] + Options.output,
    examples: [
      "followup agenda --committee Direktionen",
      "followup agenda --committee Direktionen --date 2024-10-09",
      "followup agenda --committee direktion --date \"9. oktober 2024\" --format md > dagsorden.md",
    ])

  var o: ReportOptions
  var date: Day?
  var asOfGiven: Bool
  var today: Day

  init(_ args: ParsedArguments, io: IO) throws {
    o = try ReportOptions(args, io: io)
    guard o.committee != nil else { throw ValidationError("giv udvalget med --committee") }
    today = FollowUpCLI.today(io)
    if args.value("--date") != nil { date = try args.day("--date", today: today, default: today) }
    asOfGiven = args.value("--as-of") != nil
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(o.db, create: false, readOnly: true, io: io)
    let report = try StoreOptions.run { try o.builder(store).agenda(meeting: date, today: today, asOfGiven: asOfGiven) }
    try o.write(report, io: io, calendarName: "Dagsorden: \(o.committee ?? "")")
    return o.failOnOverdue && report.overdueCount > 0 ? .failure : .success
  }
}
