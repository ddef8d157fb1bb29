import FollowUp
import MinutesCore

/// The options and positionals of one command line, parsed against the command's spec.
struct ParsedArguments {
  private var values: [String: [String]] = [:]
  private var flags: Set<String> = []
  private var positionals: [String: [String]] = [:]
  /// `--help` or `-h` was given (before `--`).
  private(set) var wantsHelp = false

  /// Parses `--name value`, `--name=value` and positionals; `--` ends the options.
  /// - Parameters:
  ///   - spec: The command.
  ///   - elsewhere: Options other commands take, for a message that says so.
  /// - Throws: `ValidationError` for an unknown option, one the command does not take, a
  ///   missing or empty value, an option given twice, a missing or extra argument.
  init(_ args: [String], spec: CommandSpec, elsewhere: Set<String> = []) throws {
    var words: [String] = []
    var i = 0
    var onlyPositionals = false
    while i < args.count {
      let a = args[i]
      i += 1
      if onlyPositionals || !a.hasPrefix("-") || a == "-" {
        words.append(a)
        continue
      }
      if a == "--" {
        onlyPositionals = true
        continue
      }
      if a == "--help" || a == "-h" {
        wantsHelp = true
        return
      }
      var name = a
      var inline: String?
      if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") {
        name = String(a[..<eq])
        inline = String(a[a.index(after: eq)...])
      }
      let shown = Terminal.escaped(name)
      guard let option = spec.options.first(where: { $0.name == name }) else {
        if elsewhere.contains(name) {
          throw ValidationError("tilvalget '\(shown)' gælder ikke for 'followup \(spec.name)'")
        }
        throw ValidationError("ukendt tilvalg '\(shown)'")
      }
      guard let placeholder = option.value else {
        if inline != nil { throw ValidationError("'\(shown)' tager ingen værdi") }
        flags.insert(name)
        continue
      }
      let value: String
      if let inline {
        value = inline
      } else {
        guard i < args.count else { throw ValidationError("'\(shown)' skal have en værdi (\(placeholder))") }
        value = args[i]
        i += 1
      }
      if value.trimmingCharacters(in: .whitespaces).isEmpty {
        throw ValidationError("'\(shown)' må ikke være tom")
      }
      if values[name] != nil, !option.repeatable { throw ValidationError("'\(shown)' er givet to gange") }
      values[name, default: []].append(value)
    }
    try assign(words, to: spec)
  }

  /// Gives each positional its words; refuses missing, extra and unknown ones.
  private mutating func assign(_ words: [String], to spec: CommandSpec) throws {
    var rest = words[...]
    for p in spec.positionals {
      guard let first = rest.first else {
        if p.arity == .optional || p.arity == .zeroOrMore { continue }
        throw ValidationError("mangler \(p.name)")
      }
      let taken = p.arity == .oneOrMore || p.arity == .zeroOrMore ? Array(rest) : [first]
      rest = rest.dropFirst(taken.count)
      if !p.choices.isEmpty, let bad = taken.first(where: { !p.choices.contains($0) }) {
        throw ValidationError(
          "'\(Terminal.escaped(bad))' er ikke en mulighed for \(p.name); brug \(p.choices.joined(separator: " eller "))")
      }
      positionals[p.name] = taken
    }
    if !rest.isEmpty {
      let list = rest.map { "'\(Terminal.escaped($0))'" }.joined(separator: ", ")
      throw ValidationError("\(rest.count == 1 ? "overskydende argument" : "overskydende argumenter") \(list)")
    }
  }

  /// An option's value.
  func value(_ name: String) -> String? { values[name]?.last }
  /// Whether a flag was given.
  func flag(_ name: String) -> Bool { flags.contains(name) }
  /// The single word of a positional.
  func positional(_ name: String) -> String { positionals[name]?.first ?? "" }
  /// The words of a variadic positional.
  func all(_ name: String) -> [String] { positionals[name] ?? [] }
  /// Every value of a repeatable option.
  func values(_ name: String) -> [String] { values[name] ?? [] }

  /// A date option as a person types it (`2024-10-16`, `16-10-2024`, `16. oktober`,
  /// `næste fredag`), or `fallback`.
  func day(_ name: String, today: Day, default fallback: Day) throws -> Day {
    guard let s = value(name) else { return fallback }
    return try ParsedArguments.day(s, for: "'\(name)'", today: today)
  }

  /// A typed date, or a `ValidationError` naming what it was for.
  static func day(_ s: String, for what: String, today: Day) throws -> Day {
    guard let d = TypedDate.day(s, today: today) else {
      throw ValidationError(
        "\(what) skal være en dato som 2024-10-16, 16-10-2024, 16. oktober eller i morgen, ikke '\(Terminal.escaped(s))'")
    }
    return d
  }
}
