import FollowUp
import MinutesCore

/// `followup dump`: the meeting model as the parser read it.
struct DumpCommand: Command {
  static let name = "dump"
  static let abstract = "Print the meeting model of documents as a tree, one node a line."
  static let usage = "dump PATH..."
  static let discussion = """
    Shows what the reader made of a document: header fields, each item with its case number,
    sections and paragraphs (with line numbers), guests, recommendation and quoted decisions.
    Closed items are shown as headings only.
    """
  static let examples = ["followup dump Examples/minutes/direktionen-2024-10-02.txt"]
  static let options: [OptionSpec] = []

  var paths: [String]

  init(_ args: ParsedArguments, io: IO) throws {
    paths = try args.paths()
  }

  func run(io: IO) throws -> ExitCode {
    let set = DocumentSet.load(paths, io: io)
    for d in set.documents {
      guard var m = d.meeting else { continue }
      for i in m.items.indices where m.items[i].isClosed {
        m.items[i].sections = []
        m.items[i].priorDecisions = []
        m.items[i].participants = []
        m.items[i].recommendation = nil
      }
      io.print("# \(d.path)")
      io.print(m.dump())
    }
    return set.failureIfEmpty() ?? .success
  }
}
