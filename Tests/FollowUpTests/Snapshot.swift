import Foundation
import Testing

/// Golden files, as swift-argument-parser's `assertSnapshot` keeps them: `Snapshots/<name>`
/// beside this file; `RECORD_SNAPSHOTS=1` writes them anew and fails the test (so that a
/// recording is never taken for a pass); a mismatch prints a line diff.
enum Snapshot {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

  static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

  /// Compares `actual` with the golden file `name` (with its extension).
  static func assert(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = folder.appendingPathComponent(name)
    if isRecording {
      try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      do {
        try Data(actual.utf8).write(to: url)
        Issue.record("recorded \(name); run again without RECORD_SNAPSHOTS", sourceLocation: sourceLocation)
      } catch {
        Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record("no golden file \(name); record it with RECORD_SNAPSHOTS=1 swift test", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    if expected != actual {
      let message = "\(name) differs (- golden, + now):\n" + diff(expected, actual)
      Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
  }

  /// A line diff of two texts: the changed lines with two lines of context, at most 60 lines.
  static func diff(_ a: String, _ b: String) -> String {
    let x = a.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let y = b.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Longest common subsequence over the middle that differs.
    var start = 0
    while start < x.count, start < y.count, x[start] == y[start] { start += 1 }
    var endX = x.count
    var endY = y.count
    while endX > start, endY > start, x[endX - 1] == y[endY - 1] {
      endX -= 1
      endY -= 1
    }
    let mx = Array(x[start..<endX])
    let my = Array(y[start..<endY])
    var out: [String] = []
    for i in max(0, start - 2)..<start { out.append("  " + x[i]) }
    if mx.count * my.count > 4_000_000 {
      out += mx.prefix(30).map { "- " + $0 } + my.prefix(30).map { "+ " + $0 }
    } else {
      var lcs = Array(repeating: Array(repeating: 0, count: my.count + 1), count: mx.count + 1)
      for i in stride(from: mx.count - 1, through: 0, by: -1) {
        for j in stride(from: my.count - 1, through: 0, by: -1) {
          lcs[i][j] = mx[i] == my[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
        }
      }
      var i = 0
      var j = 0
      while i < mx.count || j < my.count {
        if i < mx.count, j < my.count, mx[i] == my[j] {
          out.append("  " + mx[i])
          i += 1
          j += 1
        } else if j < my.count, i == mx.count || lcs[i][j + 1] >= lcs[i + 1][j] {
          out.append("+ " + my[j])
          j += 1
        } else {
          out.append("- " + mx[i])
          i += 1
        }
      }
    }
    for i in endX..<min(x.count, endX + 2) { out.append("  " + x[i]) }
    return "@@ line \(start + 1)\n" + out.prefix(60).joined(separator: "\n") + (out.count > 60 ? "\n…" : "")
  }
}

/// Reads back a stored ZIP (what the xlsx writer makes): each entry's name and content, the
/// CRC-32 and sizes checked against the central directory.
enum StoredZipReader {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func u16(_ b: [UInt8], _ i: Int) -> Int { Int(b[i]) | Int(b[i + 1]) << 8 }
  static func u32(_ b: [UInt8], _ i: Int) -> UInt32 {
    UInt32(b[i]) | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2]) << 16 | UInt32(b[i + 3]) << 24
  }

  static func crc(_ bytes: ArraySlice<UInt8>) -> UInt32 {
    var c: UInt32 = 0xFFFF_FFFF
    for b in bytes {
      c ^= UInt32(b)
      for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    }
    return c ^ 0xFFFF_FFFF
  }

  /// The entries, in order.
  static func entries(_ b: [UInt8]) throws -> [(name: String, bytes: [UInt8])] {
    guard b.count >= 22, u32(b, b.count - 22) == 0x0605_4B50 else { throw Failure(description: "no end of central directory") }
    let count = u16(b, b.count - 12)
    var p = Int(u32(b, b.count - 6))
    var out: [(String, [UInt8])] = []
    for _ in 0..<count {
      guard u32(b, p) == 0x0201_4B50 else { throw Failure(description: "bad central record at \(p)") }
      let method = u16(b, p + 10)
      let expected = u32(b, p + 16)
      let size = Int(u32(b, p + 20))
      let nameLength = u16(b, p + 28)
      let extra = u16(b, p + 30)
      let comment = u16(b, p + 32)
      let offset = Int(u32(b, p + 42))
      let name = String(decoding: b[(p + 46)..<(p + 46 + nameLength)], as: UTF8.self)
      guard method == 0, u32(b, offset) == 0x0403_4B50 else { throw Failure(description: "\(name): not a stored local entry") }
      let start = offset + 30 + u16(b, offset + 26) + u16(b, offset + 28)
      let data = b[start..<(start + size)]
      guard crc(data) == expected else { throw Failure(description: "\(name): CRC mismatch") }
      out.append((name, Array(data)))
      p += 46 + nameLength + extra + comment
    }
    return out
  }
}
