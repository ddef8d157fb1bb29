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
    options: [
      OptionSpec("--layout", nil, "Skriv kun, hvilken form hver del blev læst i, med linjenumre."),
      OptionSpec(
        "--lines", nil,
        "Skriv linjerne som læseren så dem (sammenklistret tekst delt, sidehoveder fjernet), med linjenumre; lukkede punkters linjer skjules."),
      Options.includeClosed,
    ],
    examples: [
      "followup dump Examples/minutes/direktionen-2024-10-02.txt", "followup dump --layout referat.html",
      "followup dump --lines referat.pdf",
    ])

  var paths: [String]
  var layout: Bool
  var lines: Bool
  var includeClosed: Bool

  init(_ args: ParsedArguments, io: IO) throws {
    paths = args.all("STI")
    layout = args.flag("--layout")
    lines = args.flag("--lines")
    includeClosed = args.flag("--include-closed")
  }

  func run(io: IO) throws -> ExitCode {
    let set = DocumentSet.load(paths, io: io, includeClosed: includeClosed)
    for d in set.documents {
      guard let m = d.meeting else { continue }
      io.print("# \(Terminal.escaped(d.path))")
      if lines {
        printLines(d, meeting: m, io: io)
        continue
      }
      let shown = includeClosed ? m : m.redactingClosedItems()
      let text = layout ? m.layoutReport() : shown.dump()
      // The tree names the file in its findings: its lines are escaped like every name.
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        io.print(Terminal.escaped(String(line)))
      }
    }
    if let failure = set.failureIfEmpty() { return failure }
    return set.accessFailure ?? .success
  }

  /// The repaired lines, numbered; the lines of closed items hidden unless asked for.
  func printLines(_ d: LoadedDocument, meeting m: Meeting, io: IO) {
    guard let text = d.text else { return }
    let closed = includeClosed ? [] : m.items.filter(\.isClosed).map { $0.line...max($0.line, $0.lastLine) }
    for (number, line) in MinutesParser.repairedLines(text) {
      let hidden = closed.contains { $0.contains(number) }
      io.print("\(number)\t" + (hidden ? "[lukket punkt]" : Terminal.escaped(line)))
    }
  }
}
