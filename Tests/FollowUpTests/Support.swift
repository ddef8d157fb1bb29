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
