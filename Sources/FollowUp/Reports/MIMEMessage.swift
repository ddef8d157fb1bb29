/// The pieces of an Internet message: RFC 2047 encoded words for headers, quoted-printable
/// bodies (RFC 2045), folded header lines (RFC 5322), all with CRLF line ends.
enum MIMEMessage {
  /// A header value as it may stand in a header: ASCII kept, anything else as UTF-8 `Q`
  /// encoded words of at most 75 characters each, never splitting a character.
  static func encodedText(_ s: String) -> String {
    let clean = ReportText.plain(s)
    if clean.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return clean }
    var words: [String] = []
    var current = ""
    let prefix = "=?UTF-8?Q?"
    let suffix = "?="
    for c in clean {
      var piece = ""
      for b in String(c).utf8 {
        switch b {
        case 0x20: piece += "_"
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x21, 0x2A, 0x2B, 0x2D, 0x2F: piece.unicodeScalars.append(UnicodeScalar(b))
        default: piece += "=" + hex(b)
        }
      }
      if prefix.count + current.count + piece.count + suffix.count > 75 {
        words.append(prefix + current + suffix)
        current = ""
      }
      current += piece
    }
    if !current.isEmpty { words.append(prefix + current + suffix) }
    return words.joined(separator: "\r\n ")
  }

  static func hex(_ b: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String(digits[Int(b >> 4)]) + String(digits[Int(b & 0xF)])
  }

  /// An address with its name: `"Name" <a@b>` in ASCII, encoded words otherwise.
  static func address(_ a: MailAddress) -> String {
    guard let name = a.name, !name.isEmpty else { return a.address }
    let plain = ReportText.plain(name)
    if plain.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) {
      let quoted = plain.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"")
      return "\"\(quoted)\" <\(a.address)>"
    }
    return encodedText(plain) + " <\(a.address)>"
  }

  /// `Name: value` folded at commas where a list of addresses grows long.
  static func header(_ name: String, _ value: String) -> String { name + ": " + value + "\r\n" }

  /// UTF-8 text as quoted-printable with CRLF hard line breaks and lines of at most 76
  /// characters; a line's leading `.` and `From ` are encoded, so that no mail system reads
  /// them as the end of the message or an mbox separator.
  static func quotedPrintable(_ text: String) -> String {
    var out = ""
    let lines = text.replacing("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
    for (li, line) in lines.enumerated() {
      if li == lines.count - 1 && line.isEmpty { break }
      var encoded: [String] = []
      let bytes = Array(line.utf8)
      for (i, b) in bytes.enumerated() {
        let last = i == bytes.count - 1
        switch b {
        case 0x2E where i == 0, 0x46 where i == 0 && line.hasPrefix("From "): encoded.append("=" + hex(b))
        case 0x20, 0x09: encoded.append(last ? "=" + hex(b) : String(UnicodeScalar(b)))
        case 0x21...0x3C, 0x3E...0x7E: encoded.append(String(UnicodeScalar(b)))
        default: encoded.append("=" + hex(b))
        }
      }
      var width = 0
      for piece in encoded {
        if width + piece.count > 75 {
          out += "=\r\n"
          width = 0
        }
        out += piece
        width += piece.count
      }
      out += "\r\n"
    }
    return out
  }

  /// FNV-1a, 64 bits: a stable, short fingerprint for ids and boundaries.
  static func fingerprint(_ parts: [String]) -> String {
    var h: UInt64 = 0xCBF2_9CE4_8422_2325
    for p in parts {
      for b in p.utf8 {
        h ^= UInt64(b)
        h = h &* 0x100_0000_01B3
      }
      h ^= 0xFF
      h = h &* 0x100_0000_01B3
    }
    let s = String(h, radix: 36)
    return String(repeating: "0", count: max(0, 13 - s.count)) + s
  }
}
