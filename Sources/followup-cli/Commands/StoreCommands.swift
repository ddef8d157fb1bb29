import FollowUp
import Foundation
import MinutesCore

/// Options every store command takes.
enum StoreOptions {
  static let db = OptionSpec(name: "--db", value: "FILE", help: "The store (default: $FOLLOWUP_DB or ./followup.db).")

  static func path(_ args: ParsedArguments, io: IO) -> String {
    if let p = args.value("--db") { return p }
    if let p = io.environment["FOLLOWUP_DB"], !p.isEmpty { return p }
    return (io.currentDirectory as NSString).appendingPathComponent("followup.db")
  }

  /// Opens the store, mapping its errors to exit statuses.
  /// Reports pass `readOnly`: they read a store on a read-only disk, and never write.
  static func open(_ path: String, create: Bool, readOnly: Bool = false, io: IO) throws -> Store {
    do {
      return try Store(path: path, create: create, readOnly: readOnly) {
        io.error("followup: venter på at en anden followup (en import) bliver færdig med \(Terminal.escaped(path)) ...")
      }
    } catch let e as StoreError {
      throw CLIError(message: e.description, code: code(e))
    }
  }

  static func code(_ e: StoreError) -> ExitCode {
    switch e {
    case .missing: return .noInput
    case .notAStore, .newerSchema, .damaged, .timeout: return .dataError
    case .notFound: return .dataError
    case .readOnly, .cannotWrite: return .cannotWrite
    case .busy: return .temporaryFailure
    case .sqlite: return .internalError
    }
  }

  /// Runs a store operation, mapping its errors.
  static func run<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let e as StoreError {
      throw CLIError(message: e.description, code: code(e))
    }
  }
}

/// Options of the reports.
struct ReportOptions {
  static let specs = [
    StoreOptions.db,
    OptionSpec(name: "--as-of", value: "DATE", help: "Report as of this day (default: today)."),
    OptionSpec(name: "--committee", value: "NAME", help: "Only this committee (loose match)."),
    OptionSpec(name: "--format", value: "FORMAT", help: "One of the formats below (default: text).\n" + ReportFormat.helpList(indent: 28)),
    OptionSpec(name: "--include-closed", value: nil, help: "Show closed (Lukket) items (confidential)."),
    OptionSpec(name: "--fail-on-overdue", value: nil, help: "Exit 1 when something is overdue."),
  ] + OutputOptions.specs

  var db: String
  var asOf: Day
  var committee: String?
  var format: ReportFormat
  var includeClosed: Bool
  var failOnOverdue: Bool
  var output: OutputOptions

  init(_ args: ParsedArguments, io: IO) throws {
    db = StoreOptions.path(args, io: io)
    asOf = try args.day("--as-of", default: FollowUpCLI.today(io))
    committee = args.value("--committee")
    let f = args.value("--format") ?? "text"
    guard let format = ReportFormat(rawValue: f) else {
      throw ValidationError("unknown format '\(f)'; use \(ReportFormat.names)")
    }
    self.format = format
    includeClosed = args.flag("--include-closed")
    failOnOverdue = args.flag("--fail-on-overdue")
    output = try OutputOptions(args, io: io, color: format == .text && io.useColor)
  }

  func write(_ report: Report, io: IO, calendarName: String? = nil) throws {
    do {
      try output.write(report, format: format, io: io, calendarName: calendarName)
    } catch let e as PublishError {
      throw CLIError(message: e.description, code: .cannotWrite)
    }
  }

  func builder(_ store: Store) -> ReportBuilder {
    ReportBuilder(store: store, asOf: asOf, committee: committee, includeClosed: includeClosed)
  }
}

// MARK: import

/// `followup import`: read minutes into the store.
struct ImportCommand: Command {
  static let name = "import"
  static let abstract = "Read minutes into the store (idempotent; a corrected meeting replaces the old)."
  static let usage = "import [--db FILE] [--people FILE] PATH..."
  static let discussion = """
    Reads files and folders of minutes (Markdown, text, or PDF through pdftotext) into the
    store and derives the register again, all in one transaction. A file whose content is
    already in the store changes nothing; a new version of a meeting already read (same
    committee, date and kind) replaces the old reading, and the import says so. Events
    recorded by hand (done, assign, due, note, confirm) survive every import.
    """
  static let examples = [
    "followup import Examples/minutes", "followup import --db register.db --people people.json referater/",
  ]
  static let options = [
    StoreOptions.db,
    OptionSpec(name: "--people", value: "FILE", help: "A people file (JSON) to keep in the store."),
    OptionSpec(name: "--verbose", value: nil, help: "Name every file read (default for up to 20 files)."),
  ]

  var db: String
  var paths: [String]
  var people: PeopleFile?
  var verbose: Bool

  init(_ args: ParsedArguments, io: IO) throws {
    paths = try args.paths()
    db = StoreOptions.path(args, io: io)
    verbose = args.flag("--verbose")
    if let p = args.value("--people") { people = try PeopleFileLoader.load(p) }
  }

  func run(io: IO) throws -> ExitCode {
    let (files, skipped) = SourceLoader.expand(paths)
    var missing = false
    for (p, why) in skipped {
      io.error("\(p): \(why == "no such file or folder" ? why : "skipped: " + why)")
      if why == "no such file or folder" { missing = true }
    }
    let store = try StoreOptions.open(db, create: true, io: io)
    if let people { try StoreOptions.run { try store.setPeopleFile(people) } }
    let now = ISO8601DateFormatter().string(from: Date())
    let s = try StoreOptions.run { try store.importDocuments(files, now: now) }
    if people != nil, s.added.isEmpty, s.replaced.isEmpty { try StoreOptions.run { try store.rederive() } }
    // File by file for small imports or --verbose; replacements and failures always.
    let detail = verbose || files.count <= 20
    if detail {
      for p in s.added { io.error("added     \(p)") }
    }
    for (p, old) in s.replaced { io.error("replaced  \(old) with \(p) (same meeting, new version)") }
    if detail {
      for p in s.unchanged { io.error("unchanged \(p)") }
    }
    for (p, why) in s.failed { io.error("failed    \(p): \(why)") }
    io.print("\(s.added.count) added, \(s.replaced.count) replaced, \(s.unchanged.count) unchanged, \(s.failed.count) failed; the store holds \(s.meetings) meetings and \(s.actions) actions (\(db))")
    if missing { return .noInput }
    if !s.failed.isEmpty { return .dataError }
    return .success
  }
}

// MARK: reports

/// `followup postponed`.
struct PostponedCommand: Command {
  static let name = "postponed"
  static let abstract = "The items that must go back on an agenda, by committee, oldest first."
  static let usage = "postponed [--as-of DATE] [--committee NAME] [--format FORMAT] [--db FILE]"
  static let discussion = """
    Lists the cases whose latest decision, as of --as-of, was a deferral: case number, title,
    how many times in a row it was deferred, since when, the meeting it was to come back to,
    and whether that is past (overdue) or the minutes of that meeting are known and the case
    was not on them (not taken up).
    """
  static let examples = [
    "followup postponed --as-of 2024-10-03", "followup postponed --committee Direktionen --format md",
  ]
  static let options = ReportOptions.specs
  var o: ReportOptions

  init(_ args: ParsedArguments, io: IO) throws { o = try ReportOptions(args, io: io) }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(o.db, create: false, readOnly: true, io: io)
    let report = try StoreOptions.run { try o.builder(store).postponed() }
    try o.write(report, io: io)
    return o.failOnOverdue && report.overdueCount > 0 ? .failure : .success
  }
}

/// `followup actions`.
struct ActionsCommand: Command {
  static let name = "actions"
  static let abstract = "Actions by owner: overdue first, then by due date; unassigned as a group."
  static let usage = "actions [--owner NAME] [--as-of DATE] [--format FORMAT] [--db FILE]"
  static let discussion = """
    One owner's list with --owner (matched loosely: "Ditte", "ditte aagaard", or a role such as
    "kommunaldirektør"), or everyone's grouped by owner. With --format ics and --owner, a
    calendar a director can subscribe to (actions as to-dos with their due dates).
    """
  static let examples = [
    "followup actions --owner \"Pia Ulv Helleland\" --as-of 2024-10-03",
    "followup actions --owner kommunaldirektør --format ics > mine.ics",
  ]
  static let options = ReportOptions.specs + [
    OptionSpec(name: "--owner", value: "NAME", help: "Only this owner's actions."),
    OptionSpec(name: "--all", value: nil, help: "Include done actions."),
  ]
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

/// `followup report`: the status report of a week, a month or any span of days.
struct ReportCommand: Command {
  static let name = "report"
  static let abstract = "The status report of a period: meetings, new, due, overdue, deferred, done."
  static let usage = "report [weekly] [--week 2024-W40 | --month 2024-10 | --from DATE --to DATE] [--as-of DATE] [--format FORMAT] [--db FILE]"
  static let discussion = """
    The meetings held in the period and what they decided, the actions they laid down, actions
    due in the next period, overdue actions, items deferred twice or more, and what was done.
    The period is --week (ISO, 2024-W40), --month (2024-10), --from and --to (both days
    included), or the week of --as-of. --as-of defaults to the period's last day.
    """
  static let examples = [
    "followup report weekly --week 2024-W40 --as-of 2024-10-04",
    "followup report --month 2024-10 --format xlsx --out rapporter/",
    "followup report --week 2024-W40 --committee Direktionen --format eml --mail-to direktionen@lemvig.dk | sendmail -t",
  ]
  static let options = ReportOptions.specs + [
    OptionSpec(name: "--week", value: "YYYY-Www", help: "The ISO week (default: the week of --as-of)."),
    OptionSpec(name: "--month", value: "YYYY-MM", help: "A calendar month."),
    OptionSpec(name: "--from", value: "DATE", help: "The first day of a period (with --to)."),
    OptionSpec(name: "--to", value: "DATE", help: "The last day of a period (with --from)."),
  ]
  var o: ReportOptions
  var period: ReportPeriod

  init(_ args: ParsedArguments, io: IO) throws {
    guard args.positionals.isEmpty || args.positionals == ["weekly"] else {
      throw ValidationError("the report takes no name but 'weekly': followup report --week 2024-W40")
    }
    o = try ReportOptions(args, io: io)
    let given = ["--week", "--month", "--from", "--to"].filter { args.value($0) != nil }
    if let w = args.value("--week") {
      guard given == ["--week"] else { throw ValidationError("give one period: --week, --month, or --from and --to") }
      guard let p = ReportPeriod(week: w) else { throw ValidationError("'--week' must be an ISO week such as 2024-W40, not '\(w)'") }
      period = p
    } else if let m = args.value("--month") {
      guard given == ["--month"] else { throw ValidationError("give one period: --week, --month, or --from and --to") }
      guard let p = ReportPeriod(month: m) else { throw ValidationError("'--month' must be a month such as 2024-10, not '\(m)'") }
      period = p
    } else if !given.isEmpty {
      guard given.count == 2 else { throw ValidationError("--from and --to go together") }
      let from = try args.day("--from", default: o.asOf)
      let to = try args.day("--to", default: o.asOf)
      guard from <= to else { throw ValidationError("--from \(from) is after --to \(to)") }
      guard from.days(until: to) < 3660 else { throw ValidationError("a period is at most ten years") }
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

/// `followup case`.
struct CaseCommand: Command {
  static let name = "case"
  static let abstract = "The timeline of a case across meetings and committees."
  static let usage = "case JOURNALNUMBER [--as-of DATE] [--format FORMAT] [--db FILE]"
  static let discussion = """
    Every meeting the case was on (also those known only from decisions quoted in later
    minutes), what each decided, its deferrals and its actions. Any spelling of a journal
    number finds the case (85.13.00G01-2-23 or 85.13.00-G01-2-23).
    """
  static let examples = ["followup case 85.13.00G01-2-23", "followup case EMN-2025-009242 --format md"]
  static let options = ReportOptions.specs
  var o: ReportOptions
  var number: String

  init(_ args: ParsedArguments, io: IO) throws {
    guard args.positionals.count == 1 else { throw ValidationError("name one case number") }
    number = args.positionals[0]
    o = try ReportOptions(args, io: io)
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(o.db, create: false, readOnly: true, io: io)
    guard let report = try StoreOptions.run({ try o.builder(store).caseTimeline(number) }) else {
      io.error("followup case: no case '\(number)' in \(o.db)")
      return .dataError
    }
    try o.write(report, io: io)
    return .success
  }
}

/// `followup people`.
struct PeopleCommand: Command {
  static let name = "people"
  static let abstract = "The people directory, with where each role and spelling was learned."
  static let usage = "people [--format FORMAT] [--db FILE]"
  static let discussion = """
    Everyone the minutes name as attendee, guest, presenter or owner, with the roles the
    minutes give them (and the file and line each was learned from), other spellings, and
    what the people file adds.
    """
  static let examples = ["followup people", "followup people --format csv > personer.csv"]
  static let options = ReportOptions.specs
  var o: ReportOptions

  init(_ args: ParsedArguments, io: IO) throws { o = try ReportOptions(args, io: io) }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(o.db, create: false, readOnly: true, io: io)
    try o.write(try StoreOptions.run { try o.builder(store).people() }, io: io)
    return .success
  }
}

/// `followup review`.
struct ReviewCommand: Command {
  static let name = "review"
  static let abstract = "What the engine was unsure of, for the secretariat to confirm or correct."
  static let usage = "review [--all] [--format FORMAT] [--db FILE]"
  static let discussion = """
    Owners that are roles no person could be tied to, roles tied to a person by guess, dates
    read from a typo, a 'næste møde' guessed from the committee's rhythm: each with its
    sentence and file:line. Confirm an entry with 'followup confirm KEY' (it leaves the list),
    or correct an action with 'followup assign' or 'followup due'; a confirmation wins over the
    engine from then on.
    """
  static let examples = ["followup review", "followup confirm F1x2y3z"]
  static let options = ReportOptions.specs + [OptionSpec(name: "--all", value: nil, help: "Show confirmed entries too.")]
  var o: ReportOptions
  var all: Bool

  init(_ args: ParsedArguments, io: IO) throws {
    o = try ReportOptions(args, io: io)
    all = args.flag("--all")
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(o.db, create: false, readOnly: true, io: io)
    try o.write(try StoreOptions.run { try o.builder(store).review(showConfirmed: all) }, io: io)
    return .success
  }
}

// MARK: events

/// `followup done|reopen|assign|due|note|confirm ID ...`: follow-up by hand, kept as events.
struct EventCommand<K: EventKind>: Command {
  static var name: String { K.kind.rawValue }
  static var abstract: String { K.abstract }
  static var usage: String { K.usage }
  static var discussion: String {
    K.abstract + "\n\nEvents are kept with who and when and never overwritten; they survive re-imports, since action ids are stable."
  }
  static var examples: [String] { K.examples }
  static var options: [OptionSpec] {
    [StoreOptions.db,
     OptionSpec(name: "--on", value: "DATE", help: "The day it applies from (default: today)."),
     OptionSpec(name: "--by", value: "NAME", help: "Who records it (default: $USER)."),
     OptionSpec(name: "--note", value: "TEXT", help: "A note to keep with it.")]
  }

  var db: String
  var target: String
  var value: String?
  var on: Day
  var by: String
  var note: String?

  init(_ args: ParsedArguments, io: IO) throws {
    let needsValue = K.kind == .assign || K.kind == .due || K.kind == .note
    let expected = needsValue ? 2 : 1
    guard args.positionals.count >= expected else { throw ValidationError("usage: followup \(K.usage)") }
    target = args.positionals[0]
    if needsValue {
      value = args.positionals.dropFirst().joined(separator: " ")
      if K.kind == .due, Day(iso: value!) == nil {
        throw ValidationError("the due date must be YYYY-MM-DD, not '\(value!)'")
      }
    }
    db = StoreOptions.path(args, io: io)
    on = try args.day("--on", default: FollowUpCLI.today(io))
    by = args.value("--by") ?? io.environment["USER"] ?? "unknown"
    note = args.value("--note")
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(db, create: false, io: io)
    let now = ISO8601DateFormatter().string(from: Date())
    try StoreOptions.run {
      try store.record(K.kind, target: target, value: value, actor: by, at: on, recorded: now, note: note)
    }
    io.error("recorded: \(K.kind.rawValue) \(target)\(value.map { " \($0)" } ?? "") by \(by) on \(on)")
    return .success
  }
}

/// The kinds of events, as command types.
protocol EventKind: Sendable {
  static var kind: FollowUpEvent.Kind { get }
  static var abstract: String { get }
  static var usage: String { get }
  static var examples: [String] { get }
}

enum DoneKind: EventKind {
  static let kind = FollowUpEvent.Kind.done
  static let abstract = "Mark an action done."
  static let usage = "done ID [--note TEXT] [--on DATE] [--by NAME] [--db FILE]"
  static let examples = ["followup done A0k2x9 --note \"Notat sendt 7/10\""]
}

enum ReopenKind: EventKind {
  static let kind = FollowUpEvent.Kind.reopen
  static let abstract = "Reopen an action marked done."
  static let usage = "reopen ID [--note TEXT] [--db FILE]"
  static let examples = ["followup reopen A0k2x9"]
}

enum AssignKind: EventKind {
  static let kind = FollowUpEvent.Kind.assign
  static let abstract = "Give an action an owner (several separated by commas)."
  static let usage = "assign ID OWNER [--db FILE]"
  static let examples = ["followup assign A0k2x9 \"Louise Agerbo\""]
}

enum DueKind: EventKind {
  static let kind = FollowUpEvent.Kind.due
  static let abstract = "Set an action's due date."
  static let usage = "due ID YYYY-MM-DD [--db FILE]"
  static let examples = ["followup due A0k2x9 2024-10-16"]
}

enum NoteKind: EventKind {
  static let kind = FollowUpEvent.Kind.note
  static let abstract = "Add a note to an action."
  static let usage = "note ID TEXT [--db FILE]"
  static let examples = ["followup note A0k2x9 \"Afventer svar fra SOSU-skolen\""]
}

enum ConfirmKind: EventKind {
  static let kind = FollowUpEvent.Kind.confirm
  static let abstract = "Confirm an action or a review entry: it is no longer a lead."
  static let usage = "confirm ID|KEY [--db FILE]"
  static let examples = ["followup confirm F1x2y3z"]
}
