import MinutesCore

/// An option a command takes.
struct OptionSpec {
  /// `--as-of`.
  var name: String
  /// The value's placeholder (`DATE`); `nil` for a flag.
  var value: String?
  /// One line of help.
  var help: String
  /// May be given more than once.
  var repeatable = false
}

/// The process exit status, as swift-argument-parser tools use it.
struct ExitCode: Error, Equatable {
  var rawValue: Int32
  static let success = ExitCode(rawValue: 0)
  /// A finding the user asked to fail on (`--fail-on-overdue`).
  static let failure = ExitCode(rawValue: 1)
  /// EX_USAGE: the command line is wrong.
  static let validationFailure = ExitCode(rawValue: 64)
  /// EX_DATAERR: input that could not be read.
  static let dataError = ExitCode(rawValue: 65)
  /// EX_NOINPUT: a file or store that does not exist.
  static let noInput = ExitCode(rawValue: 66)
  /// EX_SOFTWARE: an internal error.
  static let internalError = ExitCode(rawValue: 70)
  /// EX_CANTCREAT / EX_IOERR: the store could not be written.
  static let cannotWrite = ExitCode(rawValue: 73)
  /// EX_TEMPFAIL: another process held the store for longer than a command waits.
  static let temporaryFailure = ExitCode(rawValue: 75)
}

/// A wrong command line: the message is printed with the usage and the exit status is 64.
struct ValidationError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}

/// Options and positionals of one command line.
struct ParsedArguments {
  var values: [String: [String]] = [:]
  var flags: Set<String> = []
  var positionals: [String] = []

  /// Parses against the specs; `--name value`, `--name=value`, `--` ends options.
  init(_ args: [String], specs: [OptionSpec]) throws {
    var i = 0
    var onlyPositionals = false
    while i < args.count {
      let a = args[i]
      if onlyPositionals || !a.hasPrefix("-") || a == "-" {
        positionals.append(a)
        i += 1
        continue
      }
      if a == "--" {
        onlyPositionals = true
        i += 1
        continue
      }
      var name = a
      var inline: String?
      if let eq = a.firstIndex(of: "=") {
        name = String(a[..<eq])
        inline = String(a[a.index(after: eq)...])
      }
      guard let spec = specs.first(where: { $0.name == name }) else {
        throw ValidationError("unknown option '\(name)'")
      }
      if spec.value == nil {
        if inline != nil { throw ValidationError("'\(name)' takes no value") }
        flags.insert(name)
        i += 1
        continue
      }
      var value: String
      if let inline {
        value = inline
      } else {
        guard i + 1 < args.count else { throw ValidationError("'\(name)' needs a value (\(spec.value!))") }
        value = args[i + 1]
        i += 1
      }
      if !spec.repeatable, values[name] != nil { throw ValidationError("'\(name)' was given twice") }
      values[name, default: []].append(value)
      i += 1
    }
  }

  func value(_ name: String) -> String? { values[name]?.last }
  func all(_ name: String) -> [String] { values[name] ?? [] }
  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// A date option (`YYYY-MM-DD`), or `fallback`.
  func day(_ name: String, default fallback: Day) throws -> Day {
    guard let s = value(name) else { return fallback }
    guard let d = Day(iso: s) else { throw ValidationError("'\(name)' must be a date as YYYY-MM-DD, not '\(s)'") }
    return d
  }
}
