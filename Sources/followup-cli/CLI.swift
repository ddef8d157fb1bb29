import FollowUp
import Foundation
import MinutesCore

/// The `followup` command line.
enum FollowUpCLI {
  static let version = "0.1.0"

  static let commands: [CommandEntry] =
    [
      CommandEntry(ImportCommand.self), CommandEntry(PostponedCommand.self), CommandEntry(ActionsCommand.self),
      CommandEntry(AgendaCommand.self),
      CommandEntry(ReportCommand.self), CommandEntry(CaseCommand.self), CommandEntry(PeopleCommand.self),
      CommandEntry(ReviewCommand.self),
    ] + FollowUpEvent.Kind.allCases.map(EventCommand.entry)
    + [
      CommandEntry(ExportCommand.self), CommandEntry(CheckCommand.self), CommandEntry(DatesCommand.self),
      CommandEntry(DumpCommand.self), CommandEntry(DigestCommand.self), CommandEntry(PublishCommand.self),
      CommandEntry(RederiveCommand.self),
    ]

  /// Every option some command takes.
  static let allOptions = Set(commands.flatMap { $0.spec.options.map(\.name) })

  /// Runs one command line; returns the exit status.
  static func run(_ args: [String], io: IO) -> Int32 {
    guard let first = args.first else {
      io.print(mainHelp())
      return ExitCode.validationFailure.rawValue
    }
    if first == "--help" || first == "-h" || first == "help" {
      if args.count > 1, let c = command(named: args[1]) {
        io.print(c.spec.help, terminator: "")
      } else {
        io.print(mainHelp())
      }
      return 0
    }
    if first == "--version" {
      io.print("followup \(version)")
      return 0
    }
    guard let entry = command(named: first) else {
      io.error("followup: ukendt kommando '\(Terminal.escaped(first))'\n\n" + mainHelp())
      return ExitCode.validationFailure.rawValue
    }
    let spec = entry.spec
    do {
      let parsed = try ParsedArguments(Array(args.dropFirst()), spec: spec, elsewhere: allOptions)
      if parsed.wantsHelp {
        io.print(spec.help, terminator: "")
        return 0
      }
      let command = try entry.make(parsed, io)
      return try command.run(io: io).rawValue
    } catch let e as ValidationError {
      io.error("followup \(spec.name): \(e.message)\n\(spec.usageLines)\nSe 'followup \(spec.name) --help'.")
      return ExitCode.validationFailure.rawValue
    } catch let e as ExitCode {
      return e.rawValue
    } catch let e as CLIError {
      io.error("followup \(spec.name): \(e.message)")
      return e.code.rawValue
    } catch {
      io.error("followup \(spec.name): intern fejl: \(error)")
      return ExitCode.internalError.rawValue
    }
  }

  static func command(named name: String) -> CommandEntry? {
    commands.first { $0.spec.name == name }
  }

  static func mainHelp() -> String {
    var s = """
      followup \(version): et opfølgningsregister fra referater af danske udvalgsmøder.

      Læser referater som Markdown eller tekst (eksport fra SBSYS Dagsorden / First Agenda) og PDF
      og finder udsatte punkter, handlinger med ansvarlige og frister og de sager, de hører til.

      Brug: followup <kommando> [tilvalg]

      Kommandoer:

      """
    for c in commands {
      s += "  " + c.spec.name.padding(toLength: 12, withPad: " ", startingAt: 0) + c.spec.abstract + "\n"
    }
    s += """

      Kør 'followup <kommando> --help' for en kommandos tilvalg og eksempler.
      Datoer skrives som 2024-10-16, 16-10-2024, 16. oktober, næste fredag eller i morgen; uger som
      2024-W42 eller uge 42. Id'er kan forkortes til de første \(Store.minimumPrefix) tegn, store eller små bogstaver.

      """
    s += ExitCode.summary
    return s
  }

  /// Today in the machine's time zone (`TZ`, else `/etc/localtime`), or `FOLLOWUP_TODAY`
  /// (YYYY-MM-DD) when set. The C library's clock: Foundation's calendar loads its time zone
  /// tables first, a few milliseconds of every report.
  static func today(_ io: IO) -> Day {
    if let s = io.environment["FOLLOWUP_TODAY"], let d = Day(iso: s) { return d }
    var now = time(nil)
    var local = tm()
    guard localtime_r(&now, &local) != nil,
      let d = Day(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
    else {
      let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
      return Day(year: c.year ?? 2000, month: c.month ?? 1, day: c.day ?? 1) ?? Day(ordinal: 0)
    }
    return d
  }
}
