/// Splits Danish prose into sentences.
///
/// A sentence ends at `.`, `!` or `?` followed by white space and a capital letter or a digit,
/// except after abbreviations (`d.`, `pkt.`, `kl.`, `f.eks.`, `bl.a.`, `jf.`, `nr.` ...), after a
/// day number before a month (`den 5. december`), and after a single initial (`Elisabeth B.
/// Christensen`). Abbreviations that often close a sentence (`mv.`, `osv.`, `kr.`) end one when a
/// capital letter follows.
public enum SentenceSplitter {
  /// The sentences of `text`, trimmed, in order.
  public static func sentences(_ text: String) -> [String] {
    var out: [String] = []
    let chars = Array(text)
    var start = 0
    var i = 0
    while i < chars.count {
      let c = chars[i]
      if c == "." || c == "!" || c == "?" {
        var j = i + 1
        // Closing quotes or brackets stay with the sentence.
        while j < chars.count, chars[j] == "\"" || chars[j] == ")" || chars[j] == "”" { j += 1 }
        if j >= chars.count || chars[j] == " " || chars[j] == "\n" {
          var k = j
          while k < chars.count, chars[k] == " " || chars[k] == "\n" { k += 1 }
          if k >= chars.count || isBoundary(chars, dot: i, next: k) {
            let s = String(chars[start..<j]).trimmingSpaces
            if !s.isEmpty { out.append(s) }
            start = k
            i = k
            continue
          }
        }
      }
      i += 1
    }
    let rest = String(chars[start...]).trimmingSpaces
    if !rest.isEmpty { out.append(rest) }
    return out
  }

  static func isBoundary(_ chars: [Character], dot: Int, next: Int) -> Bool {
    let n = chars[next]
    guard n.isUppercase || n.isNumber || n == "\"" || n == "-" || n == "•" else { return false }
    if chars[dot] != "." { return true }
    // The word before the dot.
    var s = dot
    while s > 0, chars[s - 1].isLetter || chars[s - 1].isNumber { s -= 1 }
    let word = String(chars[s..<dot]).lowercased()
    if word.isEmpty { return true }
    if word.allSatisfy(\.isNumber) {
      // "den 5. December" does not occur in Danish; a number ending a sentence ("2024.") does.
      // An ordinal day before a capitalised word is a list or a title: "1. Opdatering".
      return word.count == 4 || n.isUppercase && s > 0 && chars[s - 1] != "\n"
    }
    if word.count == 1 {
      // "m.v." and "o.l." close sentences before a capital; an initial ("B.") does not.
      return s >= 2 && chars[s - 1] == "." && chars[s - 2].isLetter
    }
    if neverEnd.contains(word) { return false }
    return true
  }

  /// Abbreviations that never end a sentence.
  static let neverEnd: Set<String> = [
    "d", "pkt", "kl", "eks", "jf", "jfr", "evt", "ca", "nr", "pr", "inkl", "ekskl", "vedr",
    "ift", "dvs", "mht", "pt", "hhv", "iht", "stk", "tlf", "el", "ang", "bl", "ff", "mio",
    "mia", "min", "max", "vha", "pga", "sml", "tirs", "ons", "tors", "fre", "man", "cand",
    "adm", "dir", "div", "obs", "resp", "ref", "afd", "att", "gl", "nuv", "fx", "ekstern",
    "jan", "feb", "mar", "apr", "aug", "sep", "sept", "okt", "nov", "dec", "st", "mdr", "md",
    "hr", "fr", "dr", "prof", "lektor", "ult", "prim",
  ]
}
