import Foundation

/// The text of a document, decoded from whatever bytes a converter or an e-mail left, and
/// normalised so that the parser sees one form.
///
/// Decoding: a UTF-8 or UTF-16 byte-order mark wins; else valid UTF-8 is UTF-8; else the bytes
/// are read as Windows-1252 (a superset of Latin-1), which is what Danish Windows tools write.
/// Text that was UTF-8 read as Latin-1 and saved again (`MÃ¸dedato`) is repaired.
///
/// Normalisation: CRLF and CR become LF; NBSP and other fixed-width spaces become spaces; soft
/// hyphens and zero-width characters are removed; other control characters are removed except
/// tab and form feed (a page break, which the line reader records); the text is in Unicode NFC.
public struct DocumentText: Sendable {
  /// The encoding the bytes were read in.
  public enum Encoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1252 = "Windows-1252"
    case iso885915 = "ISO-8859-15"
  }

  /// The normalised text.
  public let text: String
  /// The encoding detected.
  public let encoding: Encoding
  /// True when double-encoded UTF-8 was repaired.
  public let repairedMojibake: Bool

  /// A document text from its parts.
  init(text: String, encoding: Encoding, repairedMojibake: Bool) {
    self.text = text
    self.encoding = encoding
    self.repairedMojibake = repairedMojibake
  }

  /// Creates a document text from text this type normalised before (as a store keeps it).
  public init(alreadyNormalized text: String) {
    self.text = text
    self.encoding = .utf8
    self.repairedMojibake = false
  }

  /// Creates a document text from already decoded text (normalising it).
  public init(normalizing text: String) {
    self.text = DocumentText.normalize(text)
    self.encoding = .utf8
    self.repairedMojibake = false
  }

  /// Decodes and normalises `bytes`; a web page (`<!DOCTYPE html`, `<html` ... first, or a
  /// piece of a page's source in a file that is not Markdown) is read as HTML
  /// (`init(decodingHTML:file:)`).
  /// - Throws: `MinutesError.empty`, `.binary` or `.pdf`.
  public init(decoding bytes: [UInt8], file: String) throws {
    if bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) { throw MinutesError.pdf(file: file) }
    let ending = file.split(separator: ".").last.map { $0.lowercased() } ?? ""
    if HTMLText.looksLikeHTML(bytes, fragments: !["md", "markdown"].contains(ending)) {
      self = try DocumentText(decodingHTML: bytes, file: file)
      return
    }
    var encoding = Encoding.utf8
    var decoded: String
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      decoded = String(decoding: bytes[3...], as: UTF8.self)
    } else if bytes.starts(with: [0xFF, 0xFE]) {
      encoding = .utf16LE
      decoded = DocumentText.decodeUTF16(bytes[2...], littleEndian: true)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      encoding = .utf16BE
      decoded = DocumentText.decodeUTF16(bytes[2...], littleEndian: false)
    } else {
      if DocumentText.looksBinary(bytes) { throw MinutesError.binary(file: file) }
      if let s = String(validating: bytes, as: UTF8.self) {
        decoded = s
      } else {
        encoding = .windows1252
        decoded = DocumentText.decodeWindows1252(bytes)
      }
    }
    var repaired = false
    if encoding != .windows1252, let fixed = DocumentText.repairMojibake(decoded) {
      decoded = fixed
      repaired = true
    }
    let normalized = DocumentText.normalize(decoded)
    if normalized.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0C }) {
      throw MinutesError.empty(file: file)
    }
    self.text = normalized
    self.encoding = encoding
    self.repairedMojibake = repaired
  }

  /// NUL bytes or many control characters in the first 8 KiB mean binary.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(8192)
    var controls = 0
    for b in sample {
      if b == 0 { return true }
      if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D, b != 0x0C { controls += 1 }
    }
    return controls * 20 > sample.count && sample.count > 0
  }

  static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var i = bytes.startIndex
    while i + 1 < bytes.endIndex {
      let a = UInt16(bytes[i])
      let b = UInt16(bytes[i + 1])
      units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
      i += 2
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// Windows-1252: Latin-1 with printable characters in 0x80-0x9F.
  static func decodeWindows1252(_ bytes: [UInt8]) -> String {
    let high: [UInt32] = [
      0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
    var scalars = String.UnicodeScalarView()
    scalars.reserveCapacity(bytes.count)
    for b in bytes {
      let v: UInt32 = (b >= 0x80 && b < 0xA0) ? high[Int(b - 0x80)] : UInt32(b)
      scalars.append(Unicode.Scalar(v) ?? "\u{FFFD}")
    }
    return String(scalars)
  }

  /// Repairs UTF-8 that was read as Latin-1 and written as UTF-8 again (`Ã¸` for `ø`), when
  /// such pairs are frequent and the repair is valid UTF-8.
  static func repairMojibake(_ s: String) -> String? {
    // "Ã" and "Â" as UTF-8 (C3 83, C3 82) start every double-encoded Latin-1 letter.
    var suspicious = false
    var previous: UInt8 = 0
    for c in s.utf8 {
      if previous == 0xC3 && (c == 0x83 || c == 0x82) {
        suspicious = true
        break
      }
      previous = c
    }
    guard suspicious else { return nil }
    var pairs = 0
    var previousWasA = false
    for u in s.unicodeScalars {
      if previousWasA, (0x80...0xBF).contains(u.value) { pairs += 1 }
      previousWasA = u.value == 0xC3 || u.value == 0xC2
    }
    guard pairs >= 3 else { return nil }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
      if u.value < 0x100 {
        bytes.append(UInt8(u.value))
      } else if let b = windows1252Byte(u) {
        bytes.append(b)
      } else {
        return nil
      }
    }
    return String(validating: bytes, as: UTF8.self)
  }

  static func windows1252Byte(_ u: Unicode.Scalar) -> UInt8? {
    switch u.value {
    case 0x20AC: return 0x80
    case 0x201A: return 0x82
    case 0x0192: return 0x83
    case 0x201E: return 0x84
    case 0x2026: return 0x85
    case 0x2020: return 0x86
    case 0x2021: return 0x87
    case 0x02C6: return 0x88
    case 0x2030: return 0x89
    case 0x0160: return 0x8A
    case 0x2039: return 0x8B
    case 0x0152: return 0x8C
    case 0x017D: return 0x8E
    case 0x2018: return 0x91
    case 0x2019: return 0x92
    case 0x201C: return 0x93
    case 0x201D: return 0x94
    case 0x2022: return 0x95
    case 0x2013: return 0x96
    case 0x2014: return 0x97
    case 0x02DC: return 0x98
    case 0x2122: return 0x99
    case 0x0161: return 0x9A
    case 0x203A: return 0x9B
    case 0x0153: return 0x9C
    case 0x017E: return 0x9E
    case 0x0178: return 0x9F
    default: return nil
    }
  }

  /// Line ends, spaces, invisible characters and NFC, as described on the type.
  public static func normalize(_ s: String) -> String {
    var copy = s
    let (bytes, needsNFC) = copy.withUTF8 { normalizeUTF8($0) }
    let result = String(decoding: bytes, as: UTF8.self)
    return needsNFC ? result.precomposedStringWithCanonicalMapping : result
  }

  /// The byte-level normalisation of valid UTF-8; reports whether combining marks need NFC.
  static func normalizeUTF8(_ b: UnsafeBufferPointer<UInt8>) -> ([UInt8], Bool) {
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var needsNFC = false
    let n = b.count
    var i = 0
    while i < n {
      let c = b[i]
      if c < 0x80 {
        switch c {
        case 0x0D:
          out.append(0x0A)
          if i + 1 < n, b[i + 1] == 0x0A { i += 1 }
        case 0x0A, 0x09, 0x0C: out.append(c)
        case 0..<0x20, 0x7F: break
        default: out.append(c)
        }
        i += 1
        continue
      }
      if c == 0xC2, i + 1 < n {
        let d = b[i + 1]
        if d == 0xA0 {
          out.append(0x20)
        } else if d == 0x85 {
          out.append(0x0A)
        } else if d == 0xAD || (d >= 0x80 && d <= 0x9F) {
          // soft hyphen and C1 controls: dropped
        } else {
          out.append(c)
          out.append(d)
        }
        i += 2
        continue
      }
      if (c == 0xCC || (c == 0xCD && i + 1 < n && b[i + 1] <= 0xAF)) {
        needsNFC = true
      }
      if c == 0xE2, i + 2 < n, b[i + 1] == 0x80 {
        let d = b[i + 2]
        switch d {
        case 0x80...0x8A, 0xAF: out.append(0x20)
        case 0x8B...0x8D: break
        case 0xA8, 0xA9: out.append(0x0A)
        default: out.append(contentsOf: [c, 0x80, d])
        }
        i += 3
        continue
      }
      if c == 0xE2, i + 2 < n, b[i + 1] == 0x81, b[i + 2] == 0xA0 {
        i += 3
        continue
      }
      if c == 0xEF, i + 2 < n, b[i + 1] == 0xBB, b[i + 2] == 0xBF {
        i += 3
        continue
      }
      if c == 0xE3, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x80 {
        out.append(0x20)
        i += 3
        continue
      }
      out.append(c)
      i += 1
    }
    return (out, needsNFC)
  }
}
