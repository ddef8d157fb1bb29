/// A subcommand: declared by its `spec`, validated in `init`, done in `run`.
protocol Command: Sendable {
  /// What the command takes and says about itself.
  static var spec: CommandSpec { get }
  /// Validates the arguments.
  init(_ args: ParsedArguments, io: IO) throws
  /// Does the work.
  func run(io: IO) throws -> ExitCode
}

/// A command in the list `followup` knows: its spec and how to make it from arguments.
struct CommandEntry: Sendable {
  var spec: CommandSpec
  var make: @Sendable (ParsedArguments, IO) throws -> any Command

  init<C: Command>(_ type: C.Type) {
    spec = C.spec
    make = { try C($0, io: $1) }
  }

  init(spec: CommandSpec, make: @escaping @Sendable (ParsedArguments, IO) throws -> any Command) {
    self.spec = spec
    self.make = make
  }
}
