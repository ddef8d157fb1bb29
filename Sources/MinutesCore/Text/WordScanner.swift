/// A token of Danish text, as a byte range into UTF-8.
///
/// The stored properties are ordered widest first, so that a token takes 40 bytes: the scan
/// writes and the shapes read one array of them.
struct WordToken {
  enum Kind: UInt8 { case word, number, punct }
  /// Byte offsets into the scanned UTF-8.
  var start: Int
  var end: Int
  /// The number's value (numbers), or the byte (punctuation).
  var value: Int
  /// What the word means to the temporal reader (`TemporalVocabulary`); empty for numbers,
  /// punctuation and words it does not know.
  var word: TemporalWord
  var kind: Kind
  /// Digit count (numbers), at most 255.
  var digits: UInt8
  /// Whitespace came before the token.
  var spaceBefore: Bool
  /// The word ends in `møde` or `mødet` (`direktionsmøde`, `udvalgsmødet`).
  var isMeetingCompound: Bool
  /// The word starts with an upper-case letter.
  var isCapitalized: Bool

  /// The keyword this word is, if any.
  var keyword: Keyword { word.keyword }
  /// 1 to 12 for month names and their abbreviations, else 0.
  var month: Int8 { word.month }
  /// 1 (Monday) to 7 for weekday names, else 0.
  var weekday: Int8 { word.weekday }
  /// A number word's value, else 0.
  var count: Int8 { word.count }
  /// The unit of time the word names.
  var unit: TemporalWord.Unit { word.unit }
  /// A season's first month, else 0.
  var season: Int8 { word.season }
  /// The holiday the word names.
  var holiday: Holiday { word.holiday }
  /// The one-day holiday the word names.
  var namedDay: NamedDay { word.namedDay }
}

/// Splits UTF-8 bytes into words, numbers and punctuation without allocating per token.
///
/// Letters are ASCII letters and any non-ASCII character other than the whitespace and
/// punctuation characters below; numbers are ASCII digit runs. Upper-case Æ, Ø and Å are
/// folded for keyword look-up.
enum WordScanner {
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [WordToken]) {
    // The table once per text, not once per word.
    let table = KeywordTable.shared
    tokens.removeAll(keepingCapacity: true)
    let n = bytes.count
    var i = 0
    var space = true
    while i < n {
      let b = bytes[i]
      // Whitespace, including NBSP (C2 A0) and the Unicode spaces E2 80 8x.
      if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C {
        space = true
        i += 1
        continue
      }
      if b == 0xC2, i + 1 < n, bytes[i + 1] == 0xA0 {
        space = true
        i += 2
        continue
      }
      if b >= 0x30 && b <= 0x39 {
        var v = 0
        var j = i
        while j < n, bytes[j] >= 0x30, bytes[j] <= 0x39 {
          if v < 100_000_000 { v = v * 10 + Int(bytes[j] - 0x30) }
          j += 1
        }
        tokens.append(
          WordToken(
            start: i, end: j, value: v, word: TemporalWord(), kind: .number,
            digits: UInt8(clamping: j - i), spaceBefore: space, isMeetingCompound: false, isCapitalized: false))
        space = false
        i = j
        continue
      }
      if isLetterStart(b, bytes, i) {
        var j = i
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var len = 0
        let cap = (b >= 0x41 && b <= 0x5A) || (b == 0xC3 && i + 1 < n && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9E)
        // Remember the last 6 lowered bytes for the suffix test.
        var tail: UInt64 = 0
        while j < n {
          let c = bytes[j]
          if c >= 0x80 {
            // A non-ASCII sequence; stop at NBSP, typographic dashes/quotes and spaces.
            if c == 0xC2, j + 1 < n, bytes[j + 1] == 0xA0 || bytes[j + 1] == 0xAB || bytes[j + 1] == 0xBB { break }
            if c == 0xE2, j + 1 < n, bytes[j + 1] == 0x80 { break }
            var lc = c
            if j > i, bytes[j - 1] == 0xC3, c >= 0x80, c <= 0x9E { lc = c &+ 0x20 }
            h = (h ^ UInt64(lc)) &* 0x100_0000_01b3
            tail = (tail << 8) | UInt64(lc)
            len += 1
            j += 1
            continue
          }
          let isAlpha = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)
          if !isAlpha { break }
          let lc = c | 0x20
          h = (h ^ UInt64(lc)) &* 0x100_0000_01b3
          tail = (tail << 8) | UInt64(lc)
          len += 1
          j += 1
        }
        var word = TemporalWord()
        if len <= 16, let entry = table.lookup(h) { word = entry }
        // "møde" = 6D C3 B8 64 65, "mødet" adds 74; only in longer compounds.
        let meeting =
          len > 5
          && ((tail & 0xFF_FFFF_FFFF) == 0x6D_C3B8_6465 || (tail & 0xFF_FFFF_FFFF_FF) == 0x6D_C3B8_6465_74)
        // "junimødet", "decembermøde": the meeting of a month is that month, as `mødet i juni`.
        if meeting, word.month == 0 {
          let suffix = (tail & 0xFF) == 0x74 ? 6 : 5
          var ph: UInt64 = 0xcbf2_9ce4_8422_2325
          var k = i
          while k < j - suffix, bytes[k] < 0x80 {
            ph = (ph ^ UInt64(bytes[k] | 0x20)) &* 0x100_0000_01b3
            k += 1
          }
          if k == j - suffix, k - i >= 3, let entry = table.lookup(ph), entry.month != 0, entry.holiday == .none {
            word = entry
          }
        }
        tokens.append(
          WordToken(
            start: i, end: j, value: 0, word: word, kind: .word, digits: 0, spaceBefore: space, isMeetingCompound: meeting, isCapitalized: cap))
        space = false
        i = j
        continue
      }
      // Punctuation: one token per character; multi-byte dashes become "-".
      var value = Int(b)
      var len = 1
      if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
        let c = bytes[i + 2]
        if c == 0x93 || c == 0x94 || c == 0x90 || c == 0x91 { value = 0x2D }  // – — ‐ ‑
        if c >= 0x80 && c <= 0x8B || c == 0xAF {  // typographic spaces
          space = true
          i += 3
          continue
        }
        len = 3
      } else if b >= 0x80 {
        // Some other non-letter multi-byte character.
        len = utf8Length(b)
      }
      tokens.append(
        WordToken(
          start: i, end: min(n, i + len), value: value, word: TemporalWord(), kind: .punct,
          digits: 0, spaceBefore: space, isMeetingCompound: false, isCapitalized: false))
      space = false
      i += len
    }
  }

  @inline(__always)
  static func isLetterStart(_ b: UInt8, _ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) { return true }
    if b >= 0xC3 && b <= 0xDF { return true }  // Latin-1 supplement and most 2-byte letters
    if b == 0xC2 { return false }
    return false
  }

  @inline(__always)
  static func utf8Length(_ b: UInt8) -> Int {
    if b >= 0xF0 { return 4 }
    if b >= 0xE0 { return 3 }
    if b >= 0xC0 { return 2 }
    return 1
  }
}
