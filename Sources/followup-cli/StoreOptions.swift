import FollowUp
import Foundation

/// Opening the store a command names, and its errors as exit statuses.
enum StoreOptions {
  /// `--db`, else `$FOLLOWUP_DB`, else `./followup.db`.
  static func path(_ args: ParsedArguments, io: IO) -> String {
    if let p = args.value("--db") { return p }
    if let p = io.environment["FOLLOWUP_DB"], !p.isEmpty { return p }
    return (io.currentDirectory as NSString).appendingPathComponent("followup.db")
  }

  /// Opens the store; a command that waits for another's write lock says so after 2 s.
  /// Reports pass `readOnly`: they read a store on a read-only disk, and never write.
  static func open(_ path: String, create: Bool, readOnly: Bool = false, io: IO) throws -> Store {
    try run {
      try Store(path: path, create: create, readOnly: readOnly) {
        io.error("followup: venter på at en anden followup (en import) bliver færdig med \(Terminal.escaped(path)) ...")
      }
    }
  }

  static func code(_ e: StoreError) -> ExitCode {
    switch e {
    case .missing: return .noInput
    case .notAStore, .newerSchema, .damaged, .timeout: return .dataError
    case .notFound: return .notFound
    case .ambiguous: return .validationFailure
    case .readOnly, .cannotWrite: return .cannotWrite
    case .busy: return .temporaryFailure
    case .sqlite: return .internalError
    }
  }

  /// Runs a store operation, mapping its errors.
  static func run<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let e as StoreError {
      throw CLIError(message: e.description, code: code(e))
    } catch let e as TypedNameError {
      throw CLIError(message: e.description, code: e.reason == .notFound ? .notFound : .validationFailure)
    }
  }
}
