import Foundation
import MinutesCore

/// Seeded mutations of real minutes: truncations, byte flips, duplicated, deleted and shuffled
/// lines, invalid UTF-8, long lines, many items. Each input is read; a crash or a hang fails.
struct Mutator {
  var rng: SplitMix

  mutating func mutate(_ input: [UInt8]) -> [UInt8] {
    var b = input
    let rounds = 1 + Int(rng.next() % 4)
    for _ in 0..<rounds {
      switch rng.next() % 9 {
      case 0 where !b.isEmpty:  // truncate
        b = Array(b.prefix(Int(rng.next() % UInt64(b.count))))
      case 1 where !b.isEmpty:  // flip bytes
        for _ in 0..<(1 + Int(rng.next() % 16)) {
          b[Int(rng.next() % UInt64(b.count))] = UInt8(truncatingIfNeeded: rng.next())
        }
      case 2, 3, 4:  // line edits
        var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard !lines.isEmpty else { break }
        let i = Int(rng.next() % UInt64(lines.count))
        switch rng.next() % 4 {
        case 0: lines.insert(lines[i], at: i)
        case 1: lines.remove(at: i)
        case 2: lines.swapAt(i, Int(rng.next() % UInt64(lines.count)))
        default: lines.shuffle(using: &rng)
        }
        b = Array(lines.joined(separator: [0x0A]))
      case 5:  // invalid UTF-8
        b.insert(contentsOf: [0xC3, 0x28, 0xFF, 0xE2, 0x82], at: b.isEmpty ? 0 : Int(rng.next() % UInt64(b.count)))
      case 6:  // repeated headings
        let h = Array("\n# Punkt 1: Beslutning\n\n## Beslutning\n\nBeslutning fra Direktionens møde den 1. maj 2024, pkt. 1:\n".utf8)
        for _ in 0..<(1 + Int(rng.next() % 50)) { b += h }
      case 7:  // a long line
        b += Array(repeating: UInt8(ascii: "a"), count: Int(rng.next() % 20_000)) + [0x2E, 0x20]
      default:  // dates and numbers in odd places
        let s = [" den 31. februar 2024", " uge 99", " kl. 25:61", " 00.00.00A00-0-00", " næste næste møde", " 1.1.", " v/ ", " Punkt 9999999999:"]
        b += Array(s[Int(rng.next() % UInt64(s.count))].utf8)
      }
    }
    return b
  }
}
