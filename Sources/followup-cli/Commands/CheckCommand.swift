import FollowUp
import MinutesCore

/// `followup check`: what could not be read, as `file:line: message`.
struct CheckCommand: Command {
  static let spec = CommandSpec(
    name: "check",
    abstract: "Vis hvad læseren ikke kunne læse eller måtte gætte, pr. fil og linje.",
    discussion: """
      Læser hvert dokument og skriver én linje pr. problem: filer der er tomme, binære eller ikke
      referater, en manglende mødedato, en indholdsfortegnelse med flere punkter end der blev
      fundet (et afskåret dokument), en citeret beslutning dateret efter det møde, der citerer den.
      Status 0 når alle filer læses rent, 65 når en fil ikke kunne læses eller har en fejl, 66 når
      en sti mangler eller ikke kan åbnes.
      """,
    positionals: [PositionalSpec(name: "STI", help: "Filer og mapper med referater.", arity: .oneOrMore)],
    options: [
      OptionSpec(
        "--explain", nil,
        "Vis også, hvilken form hver del blev læst i (punktoverskrifter, udvalg, dato, sagsnumre), med linjenumre.")
    ],
    examples: ["followup check Examples/minutes", "followup check --explain referat.txt"])

  var paths: [String]
  var explain: Bool

  init(_ args: ParsedArguments, io: IO) throws {
    paths = args.all("STI")
    explain = args.flag("--explain")
  }

  func run(io: IO) throws -> ExitCode {
    let set = DocumentSet.load(paths, io: io, quiet: true, reportErrors: false)
    var errors = 0
    for d in set.documents {
      if let e = d.error {
        io.print(DocumentSet.message(e))
        errors += 1
        continue
      }
      guard let m = d.meeting else { continue }
      if explain {
        for line in m.layoutReport().split(separator: "\n") { io.print(Terminal.escaped(String(line))) }
      }
      for f in m.findings {
        let severity = f.severity == .error ? "fejl" : "advarsel"
        let place = SourceLocation(file: Terminal.escaped(d.path), line: f.location.line)
        io.print("\(place): \(severity): \(Terminal.escaped(f.message))")
        if f.severity == .error { errors += 1 }
      }
    }
    let read = set.documents.filter { $0.meeting != nil }.count
    io.error("\(read) af \(Danish.count(set.documents.count, "fil", "filer")) læst; \(Danish.count(errors, "fejl", "fejl"))")
    if let failure = set.accessFailure { return failure }
    return errors > 0 ? .dataError : .success
  }
}
