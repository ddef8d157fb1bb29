/// Splits Danish prose into sentences.
///
/// A sentence ends at `.`, `!` or `?` followed by white space and a capital letter or a digit,
/// except after abbreviations (`d.`, `pkt.`, `kl.`, `f.eks.`, `bl.a.`, `jf.`, `nr.` ...), after a
/// day number before a month (`den 5. december`), and after a single initial (`Elisabeth B.
/// Christensen`). Abbreviations that often close a sentence (`mv.`, `osv.`, `kr.`) end one when a
/// capital letter follows. The scan runs over the UTF-8 bytes.
public enum SentenceSplitter {
  /// The sentences of `text`, trimmed, in order.
  public static func sentences(_ text: String) -> [String] {
    var copy = text
    return copy.withUTF8 { sentences(in: $0) }
  }

  static func sentences(in b: UnsafeBufferPointer<UInt8>) -> [String] {
    var out: [String] = []
    let n = b.count
    var start = 0
    var i = 0
    func emit(_ from: Int, _ to: Int) {
      var lo = from
      var hi = to
      while lo < hi, b[lo] == 0x20 || b[lo] == 0x0A || b[lo] == 0x09 { lo += 1 }
      while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x0A || b[hi - 1] == 0x09 { hi -= 1 }
      if hi > lo { out.append(String(decoding: UnsafeBufferPointer(rebasing: b[lo..<hi]), as: UTF8.self)) }
    }
    while i < n {
      let c = b[i]
      if c == 0x2E || c == 0x21 || c == 0x3F {
        var j = i + 1
        // Closing quotes or brackets stay with the sentence.
        while j < n {
          if b[j] == 0x22 || b[j] == 0x29 {
            j += 1
          } else if b[j] == 0xE2, j + 2 < n, b[j + 1] == 0x80, b[j + 2] == 0x9D {
            j += 3
          } else {
            break
          }
        }
        if j >= n || b[j] == 0x20 || b[j] == 0x0A {
          var k = j
          while k < n, b[k] == 0x20 || b[k] == 0x0A { k += 1 }
          if k >= n || isBoundary(b, dot: i, next: k) {
            emit(start, j)
            start = k
            i = k
            continue
          }
        }
      }
      i += 1
    }
    emit(start, n)
    return out
  }

  @inline(__always)
  static func isLetterByte(_ c: UInt8) -> Bool {
    (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
  }

  static func isBoundary(_ b: UnsafeBufferPointer<UInt8>, dot: Int, next: Int) -> Bool {
    let c = b[next]
    let upper =
      (c >= 0x41 && c <= 0x5A)
      || (c == 0xC3 && next + 1 < b.count && b[next + 1] >= 0x80 && b[next + 1] <= 0x9E)
    let digit = c >= 0x30 && c <= 0x39
    let bullet = c == 0xE2 && next + 2 < b.count && b[next + 1] == 0x80 && b[next + 2] == 0xA2
    guard upper || digit || c == 0x22 || c == 0x2D || bullet else { return false }
    if b[dot] != 0x2E { return true }
    // The word before the dot.
    var s = dot
    while s > 0, isLetterByte(b[s - 1]) || (b[s - 1] >= 0x30 && b[s - 1] <= 0x39) { s -= 1 }
    let length = dot - s
    if length == 0 { return true }
    var allDigits = true
    for k in s..<dot where b[k] < 0x30 || b[k] > 0x39 {
      allDigits = false
      break
    }
    if allDigits {
      // "Punkt 28. Beslutning om ... udsat.": the number of the item a sentence opens with.
      if opensWithItemWord(b, number: s) { return false }
      // "den 5. December" does not occur in Danish; a year ending a sentence ("2024.") does;
      // a number opening a line is a list item ("1. Opdatering").
      return length == 4 || upper && s > 0 && b[s - 1] != 0x0A
    }
    if length == 1 {
      // "m.v." and "o.l." close sentences before a capital; an initial ("B.") does not, nor
      // initials run together ("J.P. Christiansen", "H.C. Andersen").
      return s >= 2 && b[s - 1] == 0x2E && isLetterByte(b[s - 2]) && !(b[s] >= 0x41 && b[s] <= 0x5A)
    }
    if length <= 8 {
      let word = String(decoding: UnsafeBufferPointer(rebasing: b[s..<dot]), as: UTF8.self).lowercased()
      if neverEnd.contains(word) { return false }
    }
    return true
  }

  /// Whether the number at `number` follows `Punkt`, `Pkt.` or `Sag nr.` written with a capital
  /// at the start of the text, a line or a sentence (`Punkt 28. Beslutning om ...`).
  static func opensWithItemWord(_ b: UnsafeBufferPointer<UInt8>, number: Int) -> Bool {
    var e = number
    while e > 0, b[e - 1] == 0x20 { e -= 1 }
    if e > 0, b[e - 1] == 0x2E { e -= 1 }  // "Pkt." / "nr."
    var w = e
    while w > 0, isLetterByte(b[w - 1]) { w -= 1 }
    guard e > w, e - w <= 6 else { return false }
    var word = String(decoding: UnsafeBufferPointer(rebasing: b[w..<e]), as: UTF8.self)
    // "Sag nr. 7."
    if word == "nr" {
      var v = w
      while v > 0, b[v - 1] == 0x20 { v -= 1 }
      var u = v
      while u > 0, isLetterByte(b[u - 1]) { u -= 1 }
      guard v > u else { return false }
      word = String(decoding: UnsafeBufferPointer(rebasing: b[u..<v]), as: UTF8.self)
      w = u
    }
    guard ["Punkt", "Pkt", "Sag", "PUNKT"].contains(word) else { return false }
    var k = w
    while k > 0, b[k - 1] == 0x20 { k -= 1 }
    return k == 0 || b[k - 1] == 0x0A || b[k - 1] == 0x2E || b[k - 1] == 0x3A
  }

  /// Abbreviations that never end a sentence.
  static let neverEnd: Set<String> = [
    "d", "pkt", "kl", "eks", "jf", "jfr", "evt", "ca", "nr", "pr", "inkl", "ekskl", "vedr",
    "ift", "dvs", "mht", "pt", "hhv", "iht", "stk", "tlf", "el", "ang", "bl", "ff", "mio",
    "mia", "min", "max", "vha", "pga", "sml", "tirs", "ons", "tors", "fre", "lør", "søn", "man", "cand",
    "adm", "dir", "div", "obs", "resp", "ref", "afd", "att", "gl", "nuv", "fx", "ekstern",
    "jan", "feb", "mar", "apr", "aug", "sep", "sept", "okt", "nov", "dec", "st", "mdr", "md",
    "hr", "fr", "dr", "prof", "lektor", "ult", "prim", "sp",
    // A case's labels before its number: `(sagsnr. 38-0352)`, `journalnr. 24/1234`, `matr. nr.`.
    "sagsnr", "sagnr", "journalnr", "dok", "dokumentnr", "matr",
    // Places: `Sdr. Felding`, `Ndr. Strandvej`, `Ll. Næstved`, `Sct. Bendts Gade`.
    "sdr", "ndr", "ll", "vestr", "østr", "sct", "skt",
  ]
}
