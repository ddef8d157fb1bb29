/// How a web page's bytes become text: the byte-order mark, else the page's own declaration
/// (`<meta charset>`, `<meta http-equiv="Content-Type" content="...; charset=...">`, or an XML
/// declaration), believed unless the bytes contradict it.
///
/// - A UTF-8 or UTF-16 byte-order mark wins.
/// - A page declared Windows-1252, ISO-8859-1 (read as Windows-1252, as browsers do) or
///   ISO-8859-15 is read so, unless all its bytes are valid UTF-8 with letters beyond ASCII: a
///   page saved again by a browser in UTF-8 keeps its old declaration.
/// - Any other page (UTF-8, another charset, none) is read as UTF-8, and a byte that is not part
///   of a valid UTF-8 sequence is read as Windows-1252, so that a page which mixes the two (a
///   UTF-8 template around text pasted from an old system) loses no letter.
enum HTMLCharset {
  /// A declared charset the reader knows.
  enum Declared: Equatable {
    case utf8
    case windows1252
    case iso885915
  }

  /// Decodes a page's bytes.
  /// - Returns: The text and the encoding it was read in.
  static func decode(_ bytes: [UInt8]) -> (text: String, encoding: DocumentText.Encoding) {
    if bytes.starts(with: [0xFF, 0xFE]) {
      return (DocumentText.decodeUTF16(bytes[2...], littleEndian: true), .utf16LE)
    }
    if bytes.starts(with: [0xFE, 0xFF]) {
      return (DocumentText.decodeUTF16(bytes[2...], littleEndian: false), .utf16BE)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return (mixed(bytes[3...], fallback: .windows1252).text, .utf8)
    }
    let declared = declaredCharset(in: bytes)
    let singleByte: Declared = declared == .iso885915 ? .iso885915 : .windows1252
    let reading = mixed(bytes[...], fallback: singleByte)
    if let declared, declared != .utf8, reading.invalid > 0 || reading.multibyte == 0 {
      return (decodeSingleByte(bytes, declared), declared == .iso885915 ? .iso885915 : .windows1252)
    }
    if reading.invalid > 0 && reading.multibyte == 0 {
      return (reading.text, singleByte == .iso885915 ? .iso885915 : .windows1252)
    }
    return (reading.text, .utf8)
  }

  /// The charset the page declares in its first 64 KiB, if it names one this reader knows.
  static func declaredCharset(in bytes: [UInt8]) -> Declared? {
    let head = Array(bytes.prefix(65_536))
    // <?xml version="1.0" encoding="windows-1252"?>
    if head.starts(with: Array("<?xml".utf8)) {
      var end = 5
      while end + 1 < head.count, !(head[end] == 0x3F && head[end + 1] == 0x3E) { end += 1 }
      let decl = String(decoding: head[0..<end], as: UTF8.self).lowercased()
      if let r = decl.firstRange(of: "encoding=") {
        let value = decl[r.upperBound...].drop(while: { $0 == "\"" || $0 == "'" })
          .prefix(while: { $0 != "\"" && $0 != "'" && $0 != " " })
        if let d = label(String(value)) { return d }
      }
    }
    var tokenizer = HTMLTokenizer(head)
    while let token = tokenizer.next() {
      guard case .startTag(let tag) = token else { continue }
      if tag.name == "body" { break }
      guard tag.name == "meta" else { continue }
      if let c = tag.value("charset"), let d = label(c) { return d }
      if tag.value("http-equiv")?.lowercased() == "content-type",
        let content = tag.value("content")?.lowercased(),
        let r = content.firstRange(of: "charset=")
      {
        let value = content[r.upperBound...].drop(while: { $0 == " " || $0 == "\"" || $0 == "'" })
          .prefix(while: { $0 != ";" && $0 != " " && $0 != "\"" && $0 != "'" })
        if let d = label(String(value)) { return d }
      }
    }
    return nil
  }

  /// Reads a charset label (`utf-8`, `windows-1252`, `iso-8859-1`, `latin1`, `iso-8859-15` ...).
  static func label(_ raw: String) -> Declared? {
    let quotesAndSpaces: Set<Character> = [" ", "\t", "\n", "\r", "\"", "'"]
    let trimmed = raw.drop(while: quotesAndSpaces.contains).reversed()
      .drop(while: quotesAndSpaces.contains).reversed()
    let s = String(trimmed).lowercased()
    switch s {
    case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be":
      // A page that says UTF-16 in its own text is not UTF-16 (browsers read UTF-8).
      return .utf8
    case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
      "l1", "cp819", "ibm819", "us-ascii", "ascii", "iso-ir-100", "csisolatin1":
      return .windows1252
    case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin-9", "latin9", "l9", "csisolatin9":
      return .iso885915
    default:
      return nil
    }
  }

  /// UTF-8 where the bytes are valid UTF-8, a single-byte charset elsewhere.
  static func mixed(_ bytes: ArraySlice<UInt8>, fallback: Declared) -> (
    text: String, multibyte: Int, invalid: Int
  ) {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    var multibyte = 0
    var invalid = 0
    var i = bytes.startIndex
    let end = bytes.endIndex
    while i < end {
      let c = bytes[i]
      if c < 0x80 {
        out.append(c)
        i += 1
        continue
      }
      let length = validSequenceLength(bytes, at: i)
      if length > 0 {
        out.append(contentsOf: bytes[i..<(i + length)])
        multibyte += 1
        i += length
      } else {
        appendUTF8(singleByte(c, fallback), to: &out)
        invalid += 1
        i += 1
      }
    }
    return (String(decoding: out, as: UTF8.self), multibyte, invalid)
  }

  /// The length of the valid UTF-8 sequence that starts at `i` (2 to 4), or 0.
  static func validSequenceLength(_ b: ArraySlice<UInt8>, at i: Int) -> Int {
    let c = b[i]
    let end = b.endIndex
    func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
      k < end && b[k] >= lo && b[k] <= hi
    }
    switch c {
    case 0xC2...0xDF: return cont(i + 1) ? 2 : 0
    case 0xE0: return cont(i + 1, 0xA0) && cont(i + 2) ? 3 : 0
    case 0xE1...0xEC, 0xEE, 0xEF: return cont(i + 1) && cont(i + 2) ? 3 : 0
    case 0xED: return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0
    case 0xF0: return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0
    case 0xF1...0xF3: return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
    case 0xF4: return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0
    default: return 0
    }
  }

  /// The whole page in a single-byte charset.
  static func decodeSingleByte(_ bytes: [UInt8], _ charset: Declared) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    for b in bytes {
      if b < 0x80 { out.append(b) } else { appendUTF8(singleByte(b, charset), to: &out) }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// A byte from 0x80 up in Windows-1252 or ISO-8859-15.
  static func singleByte(_ b: UInt8, _ charset: Declared) -> UInt32 {
    if charset == .iso885915 {
      switch b {
      case 0xA4: return 0x20AC
      case 0xA6: return 0x0160
      case 0xA8: return 0x0161
      case 0xB4: return 0x017D
      case 0xB8: return 0x017E
      case 0xBC: return 0x0152
      case 0xBD: return 0x0153
      case 0xBE: return 0x0178
      default: return UInt32(b)
      }
    }
    if b >= 0x80 && b < 0xA0 {
      let v = HTMLEntity.windows1252High[Int(b - 0x80)]
      // Unassigned in Windows-1252: kept as the C1 control, which normalising removes.
      return v
    }
    return UInt32(b)
  }

  static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
    let scalar = Unicode.Scalar(v) ?? "\u{FFFD}"
    UTF8.encode(scalar) { out.append($0) }
  }
}
