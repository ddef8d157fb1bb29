import MinutesCore

/// Text helpers the renderers share: stripping control characters, clipping, padding, names
/// for files.
enum ReportText {
  /// Removes terminal control characters from text taken from documents.
  static func plain(_ s: String) -> String {
    var clean = true
    for u in s.unicodeScalars where u.value < 0x20 || (0x7F...0x9F).contains(u.value) {
      clean = false
      break
    }
    if clean { return s }
    var out = ""
    for u in s.unicodeScalars {
      if u.value < 0x20 || (0x7F...0x9F).contains(u.value) {
        out.append(" ")
      } else {
        out.unicodeScalars.append(u)
      }
    }
    return out
  }

  /// Pads to `n` characters.
  static func pad(_ s: String, _ n: Int) -> String {
    let w = s.count
    return w >= n ? s : s + String(repeating: " ", count: n - w)
  }

  /// Clips to `n` characters with an ellipsis.
  static func clip(_ s: String, _ n: Int) -> String {
    s.count <= n ? s : String(s.prefix(max(1, n - 1))) + "…"
  }

  /// An ASCII name for a file or an anchor: lower case, `æ ø å` as `ae oe aa`, other
  /// characters as `-`, at most 60 characters; `x` for text with nothing to keep.
  static func slug(_ s: String) -> String {
    var out = ""
    var dash = false
    for c in s.lowercased() {
      let mapped: String
      switch c {
      case "æ": mapped = "ae"
      case "ø": mapped = "oe"
      case "å": mapped = "aa"
      case "é", "è", "ê", "ë": mapped = "e"
      case "ä": mapped = "ae"
      case "ö": mapped = "oe"
      case "ü": mapped = "ue"
      default:
        mapped = c.isASCII && (c.isLetter || c.isNumber) ? String(c) : ""
      }
      if mapped.isEmpty {
        dash = !out.isEmpty
      } else {
        if dash { out += "-" }
        out += mapped
        dash = false
      }
      if out.count >= 60 { break }
    }
    return out.isEmpty ? "x" : out
  }

  /// `1 sag`, `2 sager`: a number with the noun in its number; with `none`, `ingen sager`
  /// for 0.
  package static func count(_ n: Int, _ one: String, _ many: String, none: Bool = false) -> String {
    if none && n == 0 { return "ingen \(many)" }
    return "\(n) \(n == 1 ? one : many)"
  }

  /// `2. oktober 2024`.
  static func longDate(_ d: Day) -> String {
    "\(d.day). \(months[safe: d.month - 1] ?? String(d.month)) \(d.year)"
  }

  /// `onsdag den 9. oktober 2024`.
  static func longDay(_ d: Day) -> String {
    "\(weekdays[safe: d.weekday - 1] ?? "") den \(longDate(d))"
  }

  /// Danish weekday names, Monday first.
  static let weekdays = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

  /// Danish month names.
  static let months = [
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
    "oktober", "november", "december",
  ]
}

extension Day {
  static func pad4(_ n: Int) -> String { pad(n, 4) }
  static func pad2(_ n: Int) -> String { pad(n, 2) }
}

extension Array {
  subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}
