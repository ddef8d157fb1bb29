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

/// A temporary folder with a store path, removed by `remove()`.
struct TemporaryStore {
  let dir: URL
  let db: String

  init(_ label: String) throws {
    dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-\(label)-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    db = dir.appendingPathComponent("store.db").path
  }

  func remove() { try? FileManager.default.removeItem(at: dir) }
}
