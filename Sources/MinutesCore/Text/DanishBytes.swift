/// Byte-level tests on UTF-8 text, for the reader's hot paths.
package enum DanishBytes {
  /// `v/`, ` v. ` or ` ved ` occurs: a presentation marker may stand in the text.
  package static func containsV(_ text: String) -> Bool {
    containsASCII(text, "v/") || containsASCII(text, " v. ") || containsASCII(text, " ved ")
  }

  /// `haystack` contains `needle` (ASCII, compared case-insensitively).
  package static func containsASCII(_ haystack: String, _ needle: StaticString) -> Bool {
    let n = needle.utf8CodeUnitCount
    guard n > 0 else { return true }
    let np = needle.utf8Start
    var found = false
    var copy = haystack
    copy.withUTF8 { h in
      guard h.count >= n else { return }
      var i = 0
      let first = np[0] | 0x20
      while i + n <= h.count {
        if h[i] | 0x20 == first {
          var k = 1
          while k < n, h[i + k] | 0x20 == np[k] | 0x20 { k += 1 }
          if k == n {
            found = true
            return
          }
        }
        i += 1
      }
    }
    return found
  }

  /// `text` starts with `prefix` (ASCII, case-insensitive).
  package static func hasPrefixASCII(_ text: String, _ prefix: StaticString) -> Bool {
    let n = prefix.utf8CodeUnitCount
    var i = 0
    for c in text.utf8 {
      if i == n { return true }
      if c | 0x20 != prefix.utf8Start[i] | 0x20 { return false }
      i += 1
    }
    return i == n
  }

  /// `text` ends with `suffix` (ASCII, case-insensitive).
  package static func hasSuffixASCII(_ text: String, _ suffix: StaticString) -> Bool {
    let n = suffix.utf8CodeUnitCount
    let u = text.utf8
    guard u.count >= n else { return false }
    var k = 0
    for c in u.suffix(n) {
      if c | 0x20 != suffix.utf8Start[k] | 0x20 { return false }
      k += 1
    }
    return true
  }

  /// The last occurrence of an ASCII `needle` in `text` (exact bytes), as a range of `text`.
  /// An ASCII needle starts and ends between characters, so the range is a valid string range.
  package static func lastRange(of needle: StaticString, in text: String) -> Range<String.Index>? {
    let n = needle.utf8CodeUnitCount
    let u = text.utf8
    guard n > 0, u.count >= n else { return nil }
    let np = needle.utf8Start
    var start = u.index(u.endIndex, offsetBy: -n)
    while true {
      var i = start
      var k = 0
      while k < n, u[i] == np[k] {
        k += 1
        i = u.index(after: i)
      }
      if k == n { return start..<i }
      if start == u.startIndex { return nil }
      start = u.index(before: start)
    }
  }
}
