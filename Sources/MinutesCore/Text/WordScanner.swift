/// A token of Danish text, as a byte range into UTF-8.
struct WordToken {
  enum Kind: UInt8 { case word, number, punct }
  var kind: Kind
  /// Byte offsets into the scanned UTF-8.
  var start: Int
  var end: Int
  /// The number's value (numbers), or the byte (punctuation).
  var value: Int
  /// Digit count (numbers).
  var digits: Int
  /// The keyword this word is, if any.
  var keyword: Keyword
  /// 1 to 12 for month names and their abbreviations, else 0.
  var month: Int8
  /// 1 (Monday) to 7 for weekday names, else 0.
  var weekday: Int8
  /// Whitespace came before the token.
  var spaceBefore: Bool
  /// The word ends in `møde` or `mødet` (`direktionsmøde`, `udvalgsmødet`).
  var isMeetingCompound: Bool
  /// The word starts with an upper-case letter.
  var isCapitalized: Bool
}

/// Words the temporal reader and the sentence readers know.
enum Keyword: UInt8 {
  case none = 0
  case den, d, kl, klokken, i, til, paa, senest, inden, indenfor, for_, primo, medio, ultimo
  case uge, ugerne, uger, naeste, naestkommende, foerstkommende, kommende, moede, moedet, moeder
  case kvartal, foerste, andet, anden, tredje, fjerde, loebet, af, aar, aaret, aarets
  case maaned, maaneden, maaneder, dag, dage, dagen, om, og, pr, per, fra, efter, foer, ved
  case udgangen, slutningen, starten, begyndelsen, midten, halvaar, halvaaret
  case foraaret, foraar, sommeren, sommer, efteraaret, efteraar, vinteren, vinter
  case jul, julen, morgen, det, q, uges, medio_, kvt, samt, eller, mellem, senere, tidligst
}

/// Splits UTF-8 bytes into words, numbers and punctuation without allocating per token.
///
/// Letters are ASCII letters and any non-ASCII character other than the whitespace and
/// punctuation characters below; numbers are ASCII digit runs. Upper-case Æ, Ø and Å are
/// folded for keyword look-up.
enum WordScanner {
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [WordToken]) {
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
            kind: .number, start: i, end: j, value: v, digits: j - i, keyword: .none, month: 0,
            weekday: 0, spaceBefore: space, isMeetingCompound: false, isCapitalized: false))
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
        var kw = Keyword.none
        var month: Int8 = 0
        var weekday: Int8 = 0
        if len <= 16, let entry = KeywordTable.shared.lookup(h) {
          kw = entry.keyword
          month = entry.month
          weekday = entry.weekday
        }
        // "møde" = 6D C3 B8 64 65, "mødet" adds 74; only in longer compounds.
        let meeting =
          len > 5
          && ((tail & 0xFF_FFFF_FFFF) == 0x6D_C3B8_6465 || (tail & 0xFF_FFFF_FFFF_FF) == 0x6D_C3B8_6465_74)
        tokens.append(
          WordToken(
            kind: .word, start: i, end: j, value: 0, digits: 0, keyword: kw, month: month,
            weekday: weekday, spaceBefore: space, isMeetingCompound: meeting, isCapitalized: cap))
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
          kind: .punct, start: i, end: min(n, i + len), value: value, digits: 0, keyword: .none,
          month: 0, weekday: 0, spaceBefore: space, isMeetingCompound: false, isCapitalized: false))
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

/// An open-addressing table from a word's FNV-1a hash to its keyword.
struct KeywordTable: Sendable {
  struct Entry: Sendable {
    var hash: UInt64
    var keyword: Keyword
    var month: Int8
    var weekday: Int8
  }

  static let shared = KeywordTable()

  private var slots: [Entry?]
  private let mask: Int

  init() {
    let words: [(String, Keyword, Int8, Int8)] =
      [
        ("den", .den, 0, 0), ("d", .d, 0, 0), ("kl", .kl, 0, 0), ("klokken", .klokken, 0, 0),
        ("i", .i, 0, 0), ("til", .til, 0, 0), ("på", .paa, 0, 0), ("senest", .senest, 0, 0),
        ("inden", .inden, 0, 0), ("indenfor", .indenfor, 0, 0), ("for", .for_, 0, 0),
        ("primo", .primo, 0, 0), ("medio", .medio, 0, 0), ("ultimo", .ultimo, 0, 0),
        ("uge", .uge, 0, 0), ("ugerne", .ugerne, 0, 0), ("uger", .uger, 0, 0),
        ("ugen", .uge, 0, 0), ("næste", .naeste, 0, 0), ("næstkommende", .naestkommende, 0, 0),
        ("førstkommende", .foerstkommende, 0, 0), ("kommende", .kommende, 0, 0),
        ("møde", .moede, 0, 0), ("mødet", .moedet, 0, 0), ("møder", .moeder, 0, 0),
        ("kvartal", .kvartal, 0, 0), ("første", .foerste, 0, 0), ("andet", .andet, 0, 0),
        ("anden", .anden, 0, 0), ("tredje", .tredje, 0, 0), ("fjerde", .fjerde, 0, 0),
        ("løbet", .loebet, 0, 0), ("af", .af, 0, 0), ("år", .aar, 0, 0), ("året", .aaret, 0, 0),
        ("årets", .aarets, 0, 0), ("måned", .maaned, 0, 0), ("måneden", .maaneden, 0, 0),
        ("måneder", .maaneder, 0, 0), ("dag", .dag, 0, 0), ("dage", .dage, 0, 0),
        ("dagen", .dagen, 0, 0), ("om", .om, 0, 0), ("og", .og, 0, 0), ("pr", .pr, 0, 0),
        ("per", .per, 0, 0), ("fra", .fra, 0, 0), ("efter", .efter, 0, 0), ("før", .foer, 0, 0),
        ("ved", .ved, 0, 0), ("udgangen", .udgangen, 0, 0), ("slutningen", .slutningen, 0, 0),
        ("starten", .starten, 0, 0), ("begyndelsen", .begyndelsen, 0, 0),
        ("midten", .midten, 0, 0), ("halvår", .halvaar, 0, 0), ("halvåret", .halvaaret, 0, 0),
        ("foråret", .foraaret, 0, 0), ("forår", .foraar, 0, 0), ("sommeren", .sommeren, 0, 0),
        ("sommer", .sommer, 0, 0), ("efteråret", .efteraaret, 0, 0),
        ("efterår", .efteraar, 0, 0), ("vinteren", .vinteren, 0, 0), ("vinter", .vinter, 0, 0),
        ("jul", .jul, 0, 0), ("julen", .julen, 0, 0), ("morgen", .morgen, 0, 0),
        ("det", .det, 0, 0), ("q", .q, 0, 0), ("kvt", .kvt, 0, 0), ("samt", .samt, 0, 0),
        ("eller", .eller, 0, 0), ("mellem", .mellem, 0, 0),
        ("januar", .none, 1, 0), ("jan", .none, 1, 0), ("februar", .none, 2, 0),
        ("feb", .none, 2, 0), ("marts", .none, 3, 0), ("mar", .none, 3, 0),
        ("april", .none, 4, 0), ("apr", .none, 4, 0), ("maj", .none, 5, 0),
        ("juni", .none, 6, 0), ("jun", .none, 6, 0), ("juli", .none, 7, 0),
        ("jul", .jul, 7, 0), ("august", .none, 8, 0), ("aug", .none, 8, 0),
        ("september", .none, 9, 0), ("sep", .none, 9, 0), ("sept", .none, 9, 0),
        ("oktober", .none, 10, 0), ("okt", .none, 10, 0), ("november", .none, 11, 0),
        ("nov", .none, 11, 0), ("december", .none, 12, 0), ("dec", .none, 12, 0),
        ("mandag", .none, 0, 1), ("tirsdag", .none, 0, 2), ("onsdag", .none, 0, 3),
        ("torsdag", .none, 0, 4), ("fredag", .none, 0, 5), ("lørdag", .none, 0, 6),
        ("søndag", .none, 0, 7), ("mandagen", .none, 0, 1), ("tirsdagen", .none, 0, 2),
        ("onsdagen", .none, 0, 3), ("torsdagen", .none, 0, 4), ("fredagen", .none, 0, 5),
      ]
    let size = 512
    mask = size - 1
    slots = Array(repeating: nil, count: size)
    for (w, k, m, wd) in words {
      let h = KeywordTable.hash(w)
      var idx = Int(truncatingIfNeeded: h) & mask
      while let existing = slots[idx], existing.hash != h { idx = (idx + 1) & mask }
      // "jul" is both Christmas and the July abbreviation: keep both facts.
      if var e = slots[idx] {
        if k != .none { e.keyword = k }
        if m != 0 { e.month = m }
        if wd != 0 { e.weekday = wd }
        slots[idx] = e
      } else {
        slots[idx] = Entry(hash: h, keyword: k, month: m, weekday: wd)
      }
    }
  }

  static func hash(_ word: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in word.utf8 {
      h = (h ^ UInt64(c)) &* 0x100_0000_01b3
    }
    return h
  }

  @inline(__always)
  func lookup(_ h: UInt64) -> Entry? {
    var idx = Int(truncatingIfNeeded: h) & mask
    while let e = slots[idx] {
      if e.hash == h { return e }
      idx = (idx + 1) & mask
    }
    return nil
  }
}
