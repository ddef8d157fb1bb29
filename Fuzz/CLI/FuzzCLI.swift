import FollowUp
import Foundation
import FuzzDriver
import MinutesCore

// The libFuzzer target over command lines, built only by `Scripts/fuzz.sh` with the CLI's own
// sources (`Fuzz/CLI/cli`). Each input is a command line run in-process, as `followup` runs it,
// in a sandbox folder (the working directory while it runs) holding a store made from the
// example minutes, three of the minutes and a people file. The minutes are cut to their first
// 150 lines (a header and a few items each, with actions and a postponement): commands that
// read documents (`export`, `check`, `import`) read them again for every input, and the reader
// has a target of its own; short minutes let this one spend its time on command lines.
//
// The input is split at NUL bytes into words. A word that starts with 0x01 is taken from a
// vocabulary (commands, options, dates and weeks in ISO and Danish, out-of-range weeks, ids and
// their prefixes, formats, case numbers, owners); any other word is used as it is, except that
// `/` becomes `_` and `..` becomes `._`: every path stays inside the sandbox. The store and the
// sandbox are set back after every input. A crash, a sanitizer report or a run past libFuzzer's
// timeout is a failure.

/// The sandbox: its folder (the working directory), the store's pristine bytes, the vocabulary.
final class Sandbox: @unchecked Sendable {
  static let shared = Sandbox()

  let folder: String
  let store: String
  let pristine: [UInt8]
  let keep: Set<String>
  let vocabulary: [String]

  init() {
    let examples = URL(
      fileURLWithPath: ProcessInfo.processInfo.environment["FOLLOWUP_FUZZ_EXAMPLES"] ?? "Examples/minutes"
    ).standardizedFileURL.path
    folder = (FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory())
      + "/followup-fuzz-cli-\(getpid())"
    try? FileManager.default.removeItem(atPath: folder)
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    store = folder + "/followup.db"
    var files: [String] = []
    for f in SourceLoader.list([examples]).files {
      guard let data = FileManager.default.contents(atPath: f) else { continue }
      let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(150)
      let short = folder + "/" + (f as NSString).lastPathComponent
      _ = FileManager.default.createFile(atPath: short, contents: Data(lines.joined(separator: [0x0A])))
      files.append(short)
    }
    var ids: [String] = []
    var keys: [String] = []
    do {
      let s = try Store(path: store, create: true)
      _ = try s.importDocuments(files, now: "2025-01-01T00:00:00Z")
      ids = try s.actions(asOf: Day(year: 2025, month: 1, day: 1)!).prefix(4).map(\.action.id)
      keys = try s.review().prefix(2).map(\.key)
    } catch {
      fatalError("fuzz: cannot make the store from \(examples): \(error)")
    }
    // The connection is closed: the store is one file again.
    // Three of the minutes stay in the folder for commands to read.
    for f in files.dropFirst(3) { try? FileManager.default.removeItem(atPath: f) }
    pristine = (FileManager.default.contents(atPath: store).map { [UInt8]($0) }) ?? []
    keep = Set((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
    let commands = FollowUpCLI.commands.map(\.spec.name) + ["help", "--help", "--version"]
    let options = FollowUpCLI.allOptions.sorted() + ["--", "-h", "--db=", "--as-of=", "--week="]
    let dates = [
      "2024-10-03", "16-10-2024", "16. oktober", "næste fredag", "i morgen", "uge 42", "uge 42 2025", "2024-W40",
      "2024w53", "9223372036854775807-W01", "2024-W9223372036854775807", "0000-01-01", "9999-12-31",
      "29. februar", "31-02-2024", "om 999999999999 dage", "",
    ]
    let words = [
      "weekly", "85.13.00G01-2-23", "EMN-2025-009242", "Pia Ulv Helleland", "kommunaldirektør", "Direktionen",
      ".", "followup.db", "x.db", "personer.json", "\u{1B}[2J", "æøå", "A", "-",
    ] + ReportFormat.allCases.map(\.rawValue)
    let idWords = ids.flatMap { [$0, $0.lowercased(), String($0.prefix(6)), String($0.prefix(5))] } + keys
    vocabulary = commands + options + dates + words + idWords
    _ = FileManager.default.createFile(atPath: folder + "/personer.json", contents: Data(#"{"people":[{"name":"Louise Agerbo","roles":["Chef for Direktionssekretariatet"]}]}"#.utf8))
  }

  /// The words of an input.
  func words(_ input: [UInt8]) -> [String] {
    input.split(separator: 0, omittingEmptySubsequences: false).prefix(24).map { w in
      if w.first == 1, w.count >= 2 { return vocabulary[Int(w[w.startIndex + 1]) % vocabulary.count] }
      let s = String(decoding: w, as: UTF8.self)
      return s.replacing("/", with: "_").replacing("..", with: "._")
    }
  }

  /// Puts the store back and removes what a command made.
  func reset() {
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !keep.contains(name) || name.hasPrefix("followup.db-") {
      try? FileManager.default.removeItem(atPath: folder + "/" + name)
    }
    _ = FileManager.default.createFile(atPath: store, contents: Data(pristine))
  }
}

/// One input: a command line run in the sandbox.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let sandbox = Sandbox.shared
  let args = sandbox.words(fuzzBytes(data, size))
  let (io, _, _) = IO.capturing(
    environment: ["FOLLOWUP_TODAY": "2024-10-03", "USER": "fuzz", "FOLLOWUP_DB": sandbox.store],
    currentDirectory: sandbox.folder)
  // Relative paths are the sandbox's while the command runs; libFuzzer's own (corpus,
  // artifacts) are the caller's.
  let caller = FileManager.default.currentDirectoryPath
  _ = FileManager.default.changeCurrentDirectoryPath(sandbox.folder)
  _ = FollowUpCLI.run(args, io: io)
  io.flush()
  sandbox.reset()
  _ = FileManager.default.changeCurrentDirectoryPath(caller)
  return 0
}

/// SwiftPM names an executable's entry `<module>_main`; this one hands the process to libFuzzer.
@_cdecl("followup_fuzz_cli_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  _ = Sandbox.shared
  // The folder goes when libFuzzer ends the process.
  atexit { try? FileManager.default.removeItem(atPath: Sandbox.shared.folder) }
  return runLibFuzzer(argc, argv, fuzzOne)
}
