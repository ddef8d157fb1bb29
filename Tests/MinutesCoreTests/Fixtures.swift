import Foundation
import MinutesCore

/// The example minutes shipped in the repository.
enum Fixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let examples = root.appendingPathComponent("Examples/minutes")

  static func bytes(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: examples.appendingPathComponent(name)))
  }

  static func meeting(_ name: String) throws -> Meeting {
    try MinutesParser.parse(bytes: bytes(name), source: name)
  }

  static func parse(_ text: String, source: String = "test.txt") throws -> Meeting {
    try MinutesParser.parse(bytes: Array(text.utf8), source: source)
  }

  static let names = [
    "direktionen-2024-04-17.md", "direktionen-2024-09-11.txt", "direktionen-2024-10-02.txt",
    "direktionen-2024-12-04.md", "medudvalg-centraladministration-2023-12-19.txt",
  ]
}
