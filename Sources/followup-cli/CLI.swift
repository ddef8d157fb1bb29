import FollowUp
import Foundation
import MinutesCore

/// A subcommand: its help, its options, then `init` validates and `run` does the work.
protocol Command: Sendable {
  static var name: String { get }
  /// One line.
  static var abstract: String { get }
  /// The synopsis after `followup`.
  static var usage: String { get }
  /// A paragraph or two.
  static var discussion: String { get }
  /// Example command lines.
  static var examples: [String] { get }
  static var options: [OptionSpec] { get }
  /// Validates the arguments.
  init(_ args: ParsedArguments, io: IO) throws
  /// Does the work.
  func run(io: IO) throws -> ExitCode
}

/// The `followup` command line.
enum FollowUpCLI {
  static let version = "0.1.0"

  static let commands: [any Command.Type] = [
    ImportCommand.self, PostponedCommand.self, ActionsCommand.self, ReportCommand.self,
    CaseCommand.self, PeopleCommand.self, ReviewCommand.self, EventCommand<DoneKind>.self,
    EventCommand<ReopenKind>.self, EventCommand<AssignKind>.self, EventCommand<DueKind>.self,
    EventCommand<NoteKind>.self, EventCommand<ConfirmKind>.self, ExportCommand.self,
    CheckCommand.self, DatesCommand.self, DumpCommand.self, DigestCommand.self, PublishCommand.self,
  ]

  /// Runs one command line; returns the exit status.
  static func run(_ args: [String], io: IO) -> Int32 {
    guard let first = args.first else {
      io.print(mainHelp())
      return ExitCode.validationFailure.rawValue
    }
    if first == "--help" || first == "-h" || first == "help" {
      if args.count > 1, let c = command(named: args[1]) {
        io.print(help(c))
      } else {
        io.print(mainHelp())
      }
      return 0
    }
    if first == "--version" {
      io.print("followup \(version)")
      return 0
    }
    guard let type = command(named: first) else {
      io.error("followup: unknown command '\(first)'\n\n" + mainHelp())
      return ExitCode.validationFailure.rawValue
    }
    let rest = Array(args.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      io.print(help(type))
      return 0
    }
    do {
      let parsed = try ParsedArguments(rest, specs: type.options + [OptionSpec(name: "--help", value: nil, help: "")])
      let command = try type.init(parsed, io: io)
      let code = try command.run(io: io)
      return code.rawValue
    } catch let e as ValidationError {
      io.error("followup \(type.name): \(e.message)\nUsage: followup \(type.usage)\nSee 'followup \(type.name) --help'.")
      return ExitCode.validationFailure.rawValue
    } catch let e as ExitCode {
      return e.rawValue
    } catch let e as CLIError {
      io.error("followup \(type.name): \(e.message)")
      return e.code.rawValue
    } catch {
      io.error("followup \(type.name): \(error)")
      return ExitCode.internalError.rawValue
    }
  }

  static func command(named name: String) -> (any Command.Type)? {
    commands.first { $0.name == name }
  }

  static func mainHelp() -> String {
    var s = """
      followup \(version): a follow-up register from the minutes (referater) of Danish committees.

      It reads minutes as Markdown or plain text (SBSYS Dagsorden / First Agenda exports), finds
      postponed items, actions with owners and deadlines, and the cases they belong to.

      Usage: followup <command> [options]

      Commands:

      """
    for c in commands {
      s += "  " + c.name.padding(toLength: 12, withPad: " ", startingAt: 0) + c.abstract + "\n"
    }
    s += """

      Run 'followup <command> --help' for a command's options and examples.
      Exit status: 0 success, 1 a finding asked for (--fail-on-overdue), 64 usage,
      65 input that could not be read (or a store that is not one), 66 a missing file or store,
      70 an internal error, 73 a store that cannot be written (read-only, disk full).
      """
    return s
  }

  static func help(_ c: any Command.Type) -> String {
    var s = "followup \(c.name): \(c.abstract)\n\nUsage: followup \(c.usage)\n\n\(c.discussion)\n"
    if !c.options.isEmpty {
      s += "\nOptions:\n"
      for o in c.options {
        let left = o.name + (o.value.map { " " + $0 } ?? "")
        s += "  " + left.padding(toLength: 24, withPad: " ", startingAt: 0) + o.help + "\n"
      }
    }
    s += "  --help                  Show this help.\n"
    if !c.examples.isEmpty {
      s += "\nExamples:\n" + c.examples.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }
    return s
  }

  /// Today, or `FOLLOWUP_TODAY` (YYYY-MM-DD) when set.
  static func today(_ io: IO) -> Day {
    if let s = io.environment["FOLLOWUP_TODAY"], let d = Day(iso: s) { return d }
    let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: c.year ?? 2000, month: c.month ?? 1, day: c.day ?? 1) ?? Day(ordinal: 0)
  }
}

extension ParsedArguments {
  /// The files and folders a command reads; at least one.
  func paths() throws -> [String] {
    guard !positionals.isEmpty else { throw ValidationError("name at least one file or folder") }
    return positionals
  }
}

/// A failure with its exit status.
struct CLIError: Error {
  var message: String
  var code: ExitCode
}

/// Reads the documents a command names, reporting what could not be read.
struct DocumentSet {
  var documents: [LoadedDocument] = []
  var missing: [String] = []
  var skipped: [(String, String)] = []

  /// Loads files and folders; messages for unreadable ones go to `io.error`.
  static func load(_ paths: [String], io: IO, quiet: Bool = false, reportErrors: Bool = true) -> DocumentSet {
    var set = DocumentSet()
    let (files, skipped) = SourceLoader.expand(paths)
    for (p, why) in skipped {
      if why == "no such file or folder" {
        set.missing.append(p)
        io.error("\(p): no such file or folder")
      } else {
        set.skipped.append((p, why))
        if !quiet { io.error("\(p): skipped: \(why)") }
      }
    }
    for f in files {
      let d = SourceLoader.load(f)
      if let e = d.error, reportErrors { io.error(e.description) }
      set.documents.append(d)
    }
    return set
  }

  var meetings: [Meeting] { documents.compactMap(\.meeting) }

  /// The exit status when nothing could be read: 66 for missing paths, 65 for bad input.
  func failureIfEmpty() -> ExitCode? {
    guard meetings.isEmpty else { return nil }
    if !missing.isEmpty { return .noInput }
    return .dataError
  }
}
