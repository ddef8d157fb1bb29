import FollowUp
import Foundation
import MinutesCore

enum Examples {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let folder = root.appendingPathComponent("Examples/minutes").path

  static let meetings: [Meeting] = {
    SourceLoader.expand([folder]).files.compactMap { SourceLoader.load($0).meeting }
  }()

  static let register = Register(meetings: meetings)

  static func day(_ s: String) -> Day { Day(iso: s)! }

  /// A register of one made-up meeting.
  static func register(_ text: String) throws -> Register {
    Register(meetings: [try MinutesParser.parse(bytes: Array(text.utf8), source: "t.txt")])
  }
}

/// The folder of this test process's temporary files, removed when the process ends (the suites'
/// fixtures are built once a process and outlive any one test).
enum TestScratch {
  static let root: URL = {
    let url = URL(fileURLWithPath: "/tmp/followup-tests-\(getpid())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    atexit { _ = try? FileManager.default.removeItem(atPath: "/tmp/followup-tests-\(getpid())") }
    return url
  }()
}

/// A temporary folder with a store path, removed by `remove()`.
struct TemporaryStore {
  let dir: URL
  let db: String

  init(_ label: String) throws {
    dir = TestScratch.root.appendingPathComponent("\(label)-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    db = dir.appendingPathComponent("store.db").path
  }

  func remove() { try? FileManager.default.removeItem(at: dir) }

  /// The built `followup` binary as a child process over this store, its output discarded or
  /// piped; `wrapper` runs it through another program (a shell with a limit, setpriv).
  func launch(_ args: [String], through wrapper: [String] = [], output: Pipe? = nil, errors: Pipe? = nil) throws -> Process {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: wrapper.first ?? StoreCLITests.binary.path)
    p.arguments = wrapper.isEmpty ? args : Array(wrapper.dropFirst()) + [StoreCLITests.binary.path] + args
    p.environment = ["FOLLOWUP_DB": db, "FOLLOWUP_TODAY": "2024-10-03", "USER": "tester", "PATH": "/usr/bin:/bin"]
    p.standardOutput = output ?? FileHandle.nullDevice
    p.standardError = errors ?? FileHandle.nullDevice
    try p.run()
    return p
  }

  /// Runs the binary to its end; status, stdout, stderr.
  func run(_ args: [String], through wrapper: [String] = []) throws -> (Int32, String, String) {
    let out = Pipe()
    let err = Pipe()
    let p = try launch(args, through: wrapper, output: out, errors: err)
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
  }
}
