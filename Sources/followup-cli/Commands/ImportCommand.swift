import FollowUp
import Foundation

/// `followup import`: read minutes into the store.
struct ImportCommand: Command {
  static let spec = CommandSpec(
    name: "import",
    abstract: "Læs referater ind i databasen (idempotent; en rettet udgave af et møde erstatter den gamle).",
    discussion: """
      Læser filer og mapper med referater (Markdown, tekst eller PDF via pdftotext) ind i
      databasen og udleder registret igen, alt i én transaktion. En fil, hvis indhold allerede er
      i databasen, ændrer intet; en ny udgave af et møde, der allerede er læst (samme udvalg, dato
      og slags), erstatter den gamle læsning, og importen siger det. Det, der er registreret i
      hånden (done, assign, due, note, confirm), overlever enhver import. En fil eller mappe, der
      mangler eller ikke kan åbnes, nævnes med grunden, og status bliver 66.
      """,
    positionals: [PositionalSpec(name: "STI", help: "Filer og mapper med referater.", arity: .oneOrMore)],
    options: [
      Options.db, Options.people,
      OptionSpec("--verbose", nil, "Nævn hver fil (standard ved op til 20 filer)."),
    ],
    examples: ["followup import Examples/minutes", "followup import --db register.db --people personer.json referater/"])

  var db: String
  var paths: [String]
  var people: PeopleFile?
  var verbose: Bool

  init(_ args: ParsedArguments, io: IO) throws {
    paths = args.all("STI")
    db = StoreOptions.path(args, io: io)
    verbose = args.flag("--verbose")
    if let p = args.value("--people") { people = try PeopleFileLoader.load(p) }
  }

  func run(io: IO) throws -> ExitCode {
    let list = SourceLoader.list(paths)
    for p in list.missing { io.error("\(Terminal.escaped(p)): findes ikke") }
    for (p, why) in list.unreadable { io.error("\(Terminal.escaped(p)): kan ikke læses: \(why)") }
    for (p, why) in list.ignored { io.error("\(Terminal.escaped(p)): sprunget over: \(why)") }
    let unreachable = !list.missing.isEmpty || !list.unreadable.isEmpty
    // Nothing to read: no store is made or changed.
    if list.files.isEmpty && people == nil && unreachable { return .noInput }
    let store = try StoreOptions.open(db, create: true, io: io)
    let now = ISO8601DateFormatter().string(from: Date())
    let s = try StoreOptions.run { try store.importDocuments(list.files, people: people, now: now) }
    // File by file for small imports or --verbose; replacements and failures always.
    let detail = verbose || list.files.count <= 20
    if detail {
      for p in s.added { io.error("tilføjet   \(Terminal.escaped(p))") }
    }
    for (p, old) in s.replaced { io.error("erstattet  \(Terminal.escaped(old)) med \(Terminal.escaped(p)) (samme møde, ny udgave)") }
    if detail {
      for p in s.unchanged { io.error("uændret    \(Terminal.escaped(p))") }
    }
    if s.carried > 0 {
      io.error(
        "\(Danish.count(s.carried, "handling", "handlinger")) fra rettede referater beholdt id, hændelser og kalenderpost")
    }
    if s.waiting > 0 {
      io.error(
        "\(Danish.count(s.waiting, "handling", "handlinger")) med hændelser findes ikke længere i det rettede referat; "
          + "hændelserne venter i 'followup review'")
    }
    for (p, why) in s.failed { io.error("fejlet     \(Terminal.escaped(p)): \(why)") }
    io.print(
      "\(s.added.count) tilføjet, \(s.replaced.count) erstattet, \(s.unchanged.count) uændret, \(s.failed.count) fejlet; "
        + "databasen har \(Danish.count(s.meetings, "møde", "møder")) og \(Danish.count(s.actions, "handling", "handlinger"))"
        + " (\(Terminal.escaped(db)))")
    if unreachable || !s.unopened.isEmpty { return .noInput }
    if !s.failed.isEmpty { return .dataError }
    return .success
  }
}
