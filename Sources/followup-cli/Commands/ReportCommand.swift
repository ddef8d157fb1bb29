import FollowUp
import MinutesCore

/// `followup report`: the status report of a week, a month or any span of days.
struct ReportCommand: Command {
  static let spec = CommandSpec(
    name: "report",
    abstract: "Statusrapporten for en periode: møder, nye, forfaldne og overskredne handlinger, udsættelser, udført.",
    discussion: """
      Periodens møder og hvad de besluttede, de handlinger de satte i gang, handlinger med frist
      i næste periode, overskredne handlinger, punkter udsat to gange eller mere, og hvad der blev
      udført. Perioden er --week (2024-W40, uge 40, uge 40 2024 eller en dag i ugen), --month
      (2024-10), --from og --to (begge dage med), eller ugen med --as-of. Uden --as-of er
      rapporten pr. periodens sidste dag.
      """,
    positionals: [PositionalSpec(name: "RAPPORT", help: "Rapporten: weekly.", arity: .optional, choices: ["weekly"])],
    options: [
      Options.db, OptionSpec("--week", "UGE", "Ugen (standard: ugen med --as-of)."),
      OptionSpec("--month", "ÅÅÅÅ-MM", "En kalendermåned."),
      OptionSpec("--from", "DATO", "Periodens første dag (med --to)."),
      OptionSpec("--to", "DATO", "Periodens sidste dag (med --from)."), Options.asOf, Options.committee,
      Options.format, Options.includeClosed, Options.failOnOverdue,
    ] + Options.output,
    examples: [
      "followup report weekly --week 2024-W40 --as-of 2024-10-04",
      "followup report --week \"uge 40\" --format html > uge40.html",
      "followup report --month 2024-10 --format xlsx --out rapporter/",
      "followup report --week 2024-W40 --committee Direktionen --format eml --mail-to direktionen@lemvig.dk | sendmail -t",
    ])

  var o: ReportOptions
  var period: ReportPeriod

  init(_ args: ParsedArguments, io: IO) throws {
    o = try ReportOptions(args, io: io)
    let today = FollowUpCLI.today(io)
    let given = ["--week", "--month", "--from", "--to"].filter { args.value($0) != nil }
    let oneOnly = ValidationError("giv én periode: --week, --month eller --from og --to")
    if let w = args.value("--week") {
      guard given == ["--week"] else { throw oneOnly }
      guard let monday = TypedDate.week(w, today: today) else {
        throw ValidationError("'--week' skal være en uge som 2024-W40 eller uge 40, ikke '\(w)'")
      }
      period = .week(of: monday)
    } else if let m = args.value("--month") {
      guard given == ["--month"] else { throw oneOnly }
      guard let p = ReportPeriod(month: m) else {
        throw ValidationError("'--month' skal være en måned som 2024-10, ikke '\(m)'")
      }
      period = p
    } else if !given.isEmpty {
      guard given.count == 2 else { throw ValidationError("--from og --to hører sammen") }
      let from = try args.day("--from", today: today, default: o.asOf)
      let to = try args.day("--to", today: today, default: o.asOf)
      guard from <= to else { throw ValidationError("--from \(from) er efter --to \(to)") }
      guard from.days(until: to) < 3660 else { throw ValidationError("en periode er højst ti år") }
      period = .range(from: from, to: to)
    } else {
      period = .week(of: o.asOf)
    }
    if !given.isEmpty, args.value("--as-of") == nil { o.asOf = period.end }
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(o.db, create: false, readOnly: true, io: io)
    let report = try StoreOptions.run { try o.builder(store).period(period) }
    try o.write(report, io: io)
    return o.failOnOverdue && report.overdueCount > 0 ? .failure : .success
  }
}
