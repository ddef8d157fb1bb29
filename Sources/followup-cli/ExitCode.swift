/// The process exit status, as swift-argument-parser tools use it (values from sysexits).
struct ExitCode: Error, Equatable {
  var rawValue: Int32
  static let success = ExitCode(rawValue: 0)
  /// A finding the user asked to fail on (`--fail-on-overdue`).
  static let failure = ExitCode(rawValue: 1)
  /// EX_USAGE: the command line is wrong.
  static let validationFailure = ExitCode(rawValue: 64)
  /// EX_DATAERR: input that could not be read, a file that is not a store, a damaged store.
  static let dataError = ExitCode(rawValue: 65)
  /// EX_NOINPUT: a file or store that does not exist or cannot be opened.
  static let noInput = ExitCode(rawValue: 66)
  /// EX_NOUSER: an id, key, case, owner or committee the store does not hold.
  static let notFound = ExitCode(rawValue: 67)
  /// EX_SOFTWARE: an internal error.
  static let internalError = ExitCode(rawValue: 70)
  /// EX_CANTCREAT / EX_IOERR: the store could not be written.
  static let cannotWrite = ExitCode(rawValue: 73)
  /// EX_TEMPFAIL: another process held the store for longer than a command waits.
  static let temporaryFailure = ExitCode(rawValue: 75)

  /// The statuses, for every `--help`.
  static let summary = """
    Afslutningsstatus: 0 udført; 1 et fund der blev spurgt om (--fail-on-overdue); 64 forkert
    kommandolinje (også et id eller navn, der passer på flere); 65 input der ikke kunne læses, en fil
    der ikke er en followup-database, eller en beskadiget database; 66 en fil, mappe eller database
    der mangler eller ikke kan åbnes; 67 et id, en nøgle, en sag, en ansvarlig eller et udvalg som
    databasen ikke kender; 70 intern fejl; 73 databasen kan ikke skrives (skrivebeskyttet, fuld
    disk; intet er ændret); 75 en anden followup holdt databasen for længe.
    """
}

/// A wrong command line: the message is printed with the usage and the exit status is 64.
struct ValidationError: Error {
  var message: String
  init(_ message: String) { self.message = message }
}

/// A failure with its exit status.
struct CLIError: Error {
  var message: String
  var code: ExitCode
}
