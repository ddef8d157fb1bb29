/// Text from files and stores as it may be shown on a terminal or in a file a person opens.
package enum Terminal {
  /// `s` with its control characters written as escapes: a tab, a line break or an escape
  /// character in a file name (`"møde\u{1B}[2J.txt"`) is shown as `\t`, `\n`, `\u{1B}`,
  /// never sent to the terminal. Text direction overrides (U+202A-U+202E, U+2066-U+2069)
  /// are escaped too, so a name cannot show other than it is.
  package static func escaped(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: isControl) else { return s }
    var out = ""
    for u in s.unicodeScalars {
      guard isControl(u) else {
        out.unicodeScalars.append(u)
        continue
      }
      switch u {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default: out += "\\u{" + String(u.value, radix: 16, uppercase: true) + "}"
      }
    }
    return out
  }

  /// C0 and C1 controls, DEL, and the direction overrides and isolates.
  static func isControl(_ u: Unicode.Scalar) -> Bool {
    let v = u.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
  }
}
