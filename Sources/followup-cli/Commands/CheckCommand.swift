import FollowUp
import MinutesCore

/// `followup check`: what could not be read, as `file:line: message`.
struct CheckCommand: Command {
  static let name = "check"
  static let abstract = "Report what the reader could not read or had to guess, per file and line."
  static let usage = "check PATH..."
  static let discussion = """
    Reads each document and prints one line per problem: files that are empty, binary or not
    minutes, a missing meeting date, a table of contents that lists more items than were
    found (a cut-off document), a quoted decision dated after the meeting that quotes it.
    Exit status 0 when every file reads cleanly, 65 when a file could not be read or has an
    error, 66 when a path does not exist.
    """
  static let examples = ["followup check Examples/minutes", "followup check referat.txt"]
  static let options: [OptionSpec] = []

  var paths: [String]

  init(_ args: ParsedArguments, io: IO) throws {
    paths = try args.paths()
  }

  func run(io: IO) throws -> ExitCode {
    let set = DocumentSet.load(paths, io: io, quiet: true, reportErrors: false)
    var errors = 0
    for d in set.documents {
      if let e = d.error {
        io.print(e.description)
        errors += 1
        continue
      }
      guard let m = d.meeting else { continue }
      for f in m.findings {
        io.print(SourceLocation(file: d.path, line: f.location.line).description + ": \(f.severity.rawValue): \(f.message)")
        if f.severity == .error { errors += 1 }
      }
    }
    let read = set.documents.filter { $0.meeting != nil }.count
    io.error("\(read) of \(set.documents.count) files read; \(errors) errors")
    if !set.missing.isEmpty { return .noInput }
    return errors > 0 ? .dataError : .success
  }
}
