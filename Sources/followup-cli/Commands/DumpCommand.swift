import FollowUp
import MinutesCore

/// `followup dump`: the meeting model as the parser read it.
struct DumpCommand: Command {
  static let spec = CommandSpec(
    name: "dump",
    abstract: "Skriv dokumenters mødemodel som et træ, én knude pr. linje.",
    discussion: """
      Viser hvad læseren fik ud af et dokument: hovedets felter, hvert punkt med sit sagsnummer,
      afsnit og tekststykker (med linjenumre), gæster, indstilling og citerede beslutninger.
      Lukkede punkter vises kun som overskrifter.
      """,
    positionals: [PositionalSpec(name: "STI", help: "Filer og mapper med referater.", arity: .oneOrMore)],
    examples: ["followup dump Examples/minutes/direktionen-2024-10-02.txt"])

  var paths: [String]

  init(_ args: ParsedArguments, io: IO) throws {
    paths = args.all("STI")
  }

  func run(io: IO) throws -> ExitCode {
    let set = DocumentSet.load(paths, io: io)
    for d in set.documents {
      guard let m = d.meeting else { continue }
      io.print("# \(Terminal.escaped(d.path))")
      // The tree names the file in its findings: its lines are escaped like every name.
      for line in m.redactingClosedItems().dump().split(separator: "\n", omittingEmptySubsequences: false) {
        io.print(Terminal.escaped(String(line)))
      }
    }
    if let failure = set.failureIfEmpty() { return failure }
    return set.accessFailure ?? .success
  }
}
