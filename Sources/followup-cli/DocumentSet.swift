import FollowUp
import MinutesCore

/// The documents a command names, read, with what could not be read.
struct DocumentSet {
  var documents: [LoadedDocument] = []
  /// Paths that do not exist.
  var missing: [String] = []
  /// Paths that exist but could not be opened or listed.
  var unreadable: [String] = []

  /// Loads files and folders; a message for each path that could not be read goes to
  /// `io.error` (files in a folder that are not minutes only unless `quiet`).
  static func load(
    _ paths: [String], io: IO, quiet: Bool = false, reportErrors: Bool = true, includeClosed: Bool = false
  ) -> DocumentSet {
    var set = DocumentSet()
    let list = SourceLoader.list(paths)
    for p in list.missing {
      set.missing.append(p)
      io.error("\(Terminal.escaped(p)): findes ikke")
    }
    for (p, why) in list.unreadable {
      set.unreadable.append(p)
      io.error("\(Terminal.escaped(p)): kan ikke læses: \(why)")
    }
    if !quiet {
      for (p, why) in list.ignored { io.error("\(Terminal.escaped(p)): sprunget over: \(why)") }
    }
    for f in list.files {
      let d = SourceLoader.load(f, includeClosed: includeClosed)
      if let e = d.error, reportErrors { io.error(DocumentSet.message(e)) }
      if case .unreadable = d.error { set.unreadable.append(f) }
      set.documents.append(d)
    }
    return set
  }

  /// A read error as one line, the file name escaped.
  static func message(_ e: MinutesError) -> String {
    if case .notMinutes = e { return "\(Terminal.escaped(e.file)):1: \(e.reason)" }
    return "\(Terminal.escaped(e.file)): \(e.reason)"
  }

  var meetings: [Meeting] { documents.compactMap(\.meeting) }

  /// 66 when a path is missing or cannot be opened, else `nil`.
  var accessFailure: ExitCode? { missing.isEmpty && unreadable.isEmpty ? nil : .noInput }

  /// The exit status when nothing could be read: 66 for missing or unopenable paths, 65 for
  /// bad input.
  func failureIfEmpty() -> ExitCode? {
    guard meetings.isEmpty else { return nil }
    return accessFailure ?? .dataError
  }
}
