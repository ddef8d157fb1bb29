import FollowUp
import Foundation
import MinutesCore

/// `followup export`: the whole register as JSON, the contract `score.py` reads.
struct ExportCommand: Command {
  static let name = "export"
  static let abstract = "Print meetings, items, actions, postponements and cases as JSON."
  static let usage = "export [--format json] [--as-of DATE] [--include-closed] [--people FILE] PATH..."
  static let discussion = """
    Reads the minutes in the files and folders given and prints one JSON document: meetings
    with their items (outcome, guests, quoted earlier decisions), actions with owners, due
    dates and status as of --as-of, postponements, the cases still waiting (openPostponed),
    and cases across meetings. Closed (Lukket) items appear only as number, case number and
    the title the minutes publish, unless --include-closed is given.
    """
  static let examples = [
    "followup export --format json --as-of 2024-12-05 Examples/minutes",
    "followup export --as-of 2024-10-03 --people people.json minutes/*.md > register.json",
  ]
  static let options = [
    OptionSpec(name: "--format", value: "FORMAT", help: "json (the only format of an export)."),
    OptionSpec(name: "--as-of", value: "DATE", help: "Status as of this day (default: today)."),
    OptionSpec(name: "--include-closed", value: nil, help: "Show closed (Lukket) items in full."),
    OptionSpec(name: "--people", value: "FILE", help: "A people file (JSON) with names, aliases, roles."),
  ]

  var paths: [String]
  var asOf: Day
  var includeClosed: Bool
  var peopleFile: PeopleFile?

  init(_ args: ParsedArguments, io: IO) throws {
    if let f = args.value("--format"), f != "json" {
      throw ValidationError("export writes json only, not '\(f)'")
    }
    paths = try args.paths()
    asOf = try args.day("--as-of", default: FollowUpCLI.today(io))
    includeClosed = args.flag("--include-closed")
    if let p = args.value("--people") { peopleFile = try PeopleFileLoader.load(p) }
  }

  func run(io: IO) throws -> ExitCode {
    let set = DocumentSet.load(paths, io: io)
    if let failure = set.failureIfEmpty() { return failure }
    let register = Register(meetings: set.meetings, peopleFile: peopleFile)
    var out = IOStream(io: io)
    Export.document(register, options: .init(asOf: asOf, includeClosed: includeClosed))
      .write(to: &out)
    io.print("")
    return set.documents.contains { $0.error != nil } || !set.missing.isEmpty ? .dataError : .success
  }
}

/// Reads a people file.
enum PeopleFileLoader {
  static func load(_ path: String) throws -> PeopleFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CLIError(message: "\(path): no such people file", code: .noInput)
    }
    do {
      var file = try JSONDecoder().decode(PeopleFile.self, from: data)
      file.source = path
      return file
    } catch {
      throw CLIError(message: "\(path): not a people file (\(error))", code: .dataError)
    }
  }
}
