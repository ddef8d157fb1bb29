import FollowUp

/// An option a command takes.
struct OptionSpec: Sendable, Hashable {
  /// `--as-of`.
  var name: String
  /// The value's placeholder (`DATO`); `nil` for a flag.
  var value: String?
  /// One line of help.
  var help: String
  /// May be given more than once (`--mail-to`).
  var repeatable = false

  init(_ name: String, _ value: String?, _ help: String, repeatable: Bool = false) {
    self.name = name
    self.value = value
    self.help = help
    self.repeatable = repeatable
  }
}

/// A positional argument a command takes.
struct PositionalSpec: Sendable, Hashable {
  /// How many values it takes.
  enum Arity: Sendable, Hashable {
    /// Exactly one.
    case one
    /// One or more (the last positional only).
    case oneOrMore
    /// None or one (the last positional only).
    case optional
    /// None or more (the last positional only).
    case zeroOrMore
  }

  /// The placeholder (`ID`, `STI`).
  var name: String
  /// One line of help.
  var help: String
  var arity: Arity = .one
  /// The words it may be (`weekly`); any word when empty.
  var choices: [String] = []
}

/// A command as a value: its name, what it does, the options and positionals it takes and
/// examples. Parsing, the usage line and `--help` are all made from it, so that the help
/// cannot say other than what the command accepts.
struct CommandSpec: Sendable {
  var name: String
  /// One line.
  var abstract: String
  /// A paragraph or two.
  var discussion: String
  var positionals: [PositionalSpec] = []
  var options: [OptionSpec] = []
  /// Example command lines.
  var examples: [String]

  /// The synopsis after `followup`.
  var usage: String {
    var parts = [name]
    for p in positionals {
      let word = p.choices.count == 1 ? p.choices[0] : p.name
      switch p.arity {
      case .one: parts.append(word)
      case .oneOrMore: parts.append(word + "...")
      case .optional: parts.append("[" + word + "]")
      case .zeroOrMore: parts.append("[" + word + "...]")
      }
    }
    for o in options {
      parts.append("[" + o.name + (o.value.map { " " + $0 } ?? "") + "]" + (o.repeatable ? "..." : ""))
    }
    return parts.joined(separator: " ")
  }

  /// `Brug: followup ...`, wrapped at 100 columns under its first word.
  var usageLines: String {
    let lead = "Brug: followup "
    var lines: [String] = []
    var line = lead
    for word in usage.split(separator: " ", omittingEmptySubsequences: false) {
      // Options in brackets stay whole: `[--ics event|todo]`.
      if line.count > lead.count, line.count + 1 + word.count > 100, word.hasPrefix("[") {
        lines.append(line)
        line = String(repeating: " ", count: lead.count) + word
      } else {
        line += (line.count > lead.count ? " " : "") + word
      }
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }

  /// The text of `followup NAME --help`.
  var help: String {
    var s = "followup \(name): \(abstract)\n\n\(usageLines)\n\n\(discussion)\n"
    let arguments = positionals.filter { $0.choices.count != 1 }
    if !arguments.isEmpty {
      s += "\nArgumenter:\n"
      for p in arguments {
        s += "  " + CommandSpec.column(p.name + (p.arity == .oneOrMore || p.arity == .zeroOrMore ? "..." : "")) + p.help + "\n"
      }
    }
    s += "\nTilvalg:\n"
    for o in options {
      s += "  " + CommandSpec.column(o.name + (o.value.map { " " + $0 } ?? "")) + o.help + "\n"
    }
    s += "  " + CommandSpec.column("--help") + "Vis denne hjælp.\n"
    if !examples.isEmpty {
      s += "\nEksempler:\n" + examples.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }
    s += "\n" + ExitCode.summary + "\n"
    return s
  }

  static func column(_ s: String) -> String {
    s.count >= 24 ? s + "  " : s.padding(toLength: 24, withPad: " ", startingAt: 0)
  }
}
