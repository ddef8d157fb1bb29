import Foundation

/// The first place of a text in another, found in the bytes of their UTF-8.
///
/// The reader asks `range(of:)` and `contains(_:)` of every line many times over; Foundation's
/// answers through `NSString` on Linux, copying the line into UTF-16 for each question (about a
/// seventh of a whole import went there). These overloads, without options, shadow Foundation's in the
/// package: the texts they search are in NFC (`DocumentText`) and so are the words looked for,
/// so equal characters are equal bytes. A match that ends inside a character (a combining mark
/// after it) is no match, as for Swift's own comparison of characters; a search with options
/// (`.backwards`, `.caseInsensitive`) is still Foundation's.
extension String {
  /// The range of the first occurrence of `needle`, or `nil` (also for an empty `needle`).
  package func range(of needle: String) -> Range<String.Index>? {
    StringSearch.first(needle, in: self[...])
  }

  /// Whether `needle` occurs (`false` for an empty `needle`, as Foundation has it).
  package func contains(_ needle: String) -> Bool { StringSearch.first(needle, in: self[...]) != nil }
}

extension Substring {
  /// The range of the first occurrence of `needle`, or `nil` (also for an empty `needle`).
  package func range(of needle: String) -> Range<String.Index>? {
    StringSearch.first(needle, in: self)
  }

  /// Whether `needle` occurs (`false` for an empty `needle`, as Foundation has it).
  package func contains(_ needle: String) -> Bool { StringSearch.first(needle, in: self) != nil }
}

package enum StringSearch {
  /// The first occurrence of `needle` in `haystack` that ends on a character's boundary.
  static func first(_ needle: String, in haystack: Substring) -> Range<String.Index>? {
    var needle = needle
    let found: Range<Int>?? = needle.withUTF8 { n -> Range<Int>?? in
      guard !n.isEmpty else { return .some(nil) }
      return haystack.utf8.withContiguousStorageIfAvailable { h -> Range<Int>? in
        search(n, in: h, accepting: { end in endsCharacter(h, at: end) })
      }
    }
    switch found {
    case .none:
      // Not contiguous (a bridged string): Foundation answers.
      return haystack.range(of: needle, options: [])
    case .some(let r):
      guard let r else { return nil }
      let u = haystack.utf8
      let lower = u.index(u.startIndex, offsetBy: r.lowerBound)
      return lower..<u.index(lower, offsetBy: r.count)
    }
  }

  /// The offsets of the first match of `n` in `h` that `accepting` takes by its end.
  static func search(
    _ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, accepting: (Int) -> Bool
  ) -> Range<Int>? {
    let count = n.count
    guard count <= h.count else { return nil }
    let first = n[0]
    var i = 0
    let last = h.count - count
    while i <= last {
      if h[i] == first {
        var k = 1
        while k < count, h[i + k] == n[k] { k += 1 }
        if k == count, accepting(i + count) { return i..<(i + count) }
      }
      i += 1
    }
    return nil
  }

  /// Whether a match ending at byte `end` ends a character: no mark, joiner or variation
  /// selector goes on with it.
  static func endsCharacter(_ h: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
    guard end < h.count else { return true }
    let b = h[end]
    // Below U+0300 nothing extends a character but the line feed after a carriage return.
    if b < 0xCC { return !(b == 0x0A && end > 0 && h[end - 1] == 0x0D) }
    var scalar: UInt32
    var length: Int
    switch b {
    case 0xC0..<0xE0: (scalar, length) = (UInt32(b & 0x1F), 2)
    case 0xE0..<0xF0: (scalar, length) = (UInt32(b & 0x0F), 3)
    case 0xF0..<0xF8: (scalar, length) = (UInt32(b & 0x07), 4)
    default: return true
    }
    guard end + length <= h.count else { return true }
    for k in 1..<length { scalar = scalar << 6 | UInt32(h[end + k] & 0x3F) }
    guard let s = Unicode.Scalar(scalar) else { return true }
    // Marks, the joiner, variation selectors (grapheme extenders) and skin tones.
    return !(s.properties.isGraphemeExtend || s.value == 0x200D || (0x1F3FB...0x1F3FF).contains(s.value)
      || s.properties.generalCategory == .spacingMark)
  }
}

extension String {
  /// The text in lower case; Danish and other Latin-1 letters mapped in their bytes, any other
  /// text by the standard library (which maps every character through its tables: the reader
  /// lowers each line many times).
  package func lowercased() -> String {
    var copy = self
    let fast: String?? = copy.withUTF8 { StringSearch.latinLowercased($0) }
    if let fast { return fast ?? self }
    return StringSearch.standardLowercased(self)
  }
}

extension StringSearch {
  /// The standard library's mapping (the protocol's requirement: this package's `lowercased`
  /// is on `String` alone).
  static func standardLowercased<S: StringProtocol>(_ s: S) -> String { s.lowercased() }

  /// The bytes of `u` in lower case when every letter is ASCII or Latin-1 (`.some(nil)`: no
  /// capital, the text as it is); `nil` when some other character may have a case.
  static func latinLowercased(_ u: UnsafeBufferPointer<UInt8>) -> String?? {
    var i = 0
    var firstCapital: Int?
    // Find whether anything needs mapping, and whether all of it is ours to map.
    while i < u.count {
      let b = u[i]
      if b < 0x80 {
        if b >= 0x41 && b <= 0x5A, firstCapital == nil { firstCapital = i }
        i += 1
      } else if b == 0xC3, i + 1 < u.count {
        let c = u[i + 1]
        if c >= 0x80 && c <= 0x9E && c != 0x97, firstCapital == nil { firstCapital = i }
        i += 2
      } else if b == 0xC2 {
        i += 2  // U+0080-U+00BF: no letters with a case
      } else if b == 0xE2, i + 1 < u.count, u[i + 1] >= 0x80 && u[i + 1] <= 0x82 {
        i += 3  // U+2000-U+20BF: punctuation, quotes, dashes, currency
      } else {
        return nil
      }
    }
    guard let start = firstCapital else { return .some(nil) }
    let out = String(unsafeUninitializedCapacity: u.count) { buffer in
      var k = 0
      while k < start {
        buffer[k] = u[k]
        k += 1
      }
      while k < u.count {
        let b = u[k]
        if b >= 0x41 && b <= 0x5A {
          buffer[k] = b | 0x20
        } else if b == 0xC3, k + 1 < u.count {
          let c = u[k + 1]
          buffer[k] = b
          buffer[k + 1] = c >= 0x80 && c <= 0x9E && c != 0x97 ? c + 0x20 : c
          k += 1
        } else {
          buffer[k] = b
        }
        k += 1
      }
      return u.count
    }
    return .some(out)
  }
}
