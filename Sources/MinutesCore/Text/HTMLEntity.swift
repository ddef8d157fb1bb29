/// HTML character references: `&aelig;`, `&ndash;`, `&#248;`, `&#xF8;`.
///
/// The named ones are the whole HTML 4 set (Latin-1, symbols and Greek, and the typographic
/// ones: `&nbsp;`, `&ndash;`, `&mdash;`, `&hellip;`, `&rsquo;`, `&ldquo;` ...) and the HTML 5
/// punctuation names a CMS writes. As in a browser, the Latin-1 names and `amp`, `lt`, `gt`,
/// `quot` are also read without their semicolon (`&aring` in an old page); an unknown name stays
/// as written. Numeric references in 0x80-0x9F are read as Windows-1252, as browsers do; zero,
/// surrogates and values above U+10FFFF become U+FFFD.
enum HTMLEntity {
  /// The Latin-1 names, for U+00A0 to U+00FF in order.
  static let latin1Names = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave",
    "Eacute", "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve",
    "Oacute", "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml",
    "Yacute", "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig",
    "ccedil", "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth",
    "ntilde", "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave",
    "uacute", "ucirc", "uuml", "yacute", "thorn", "yuml",
  ]

  /// Every known name and its code point.
  static let named: [String: UInt32] = {
    var v: [String: UInt32] = [:]
    for (i, name) in latin1Names.enumerated() { v[name] = 0xA0 + UInt32(i) }
    let others: [(String, UInt32)] = [
      // Markup and typography.
      ("quot", 34), ("amp", 38), ("lt", 60), ("gt", 62), ("apos", 39), ("OElig", 338),
      ("oelig", 339), ("Scaron", 352), ("scaron", 353), ("Yuml", 376), ("circ", 710),
      ("tilde", 732), ("ensp", 8194), ("emsp", 8195), ("thinsp", 8201), ("zwnj", 8204),
      ("zwj", 8205), ("lrm", 8206), ("rlm", 8207), ("ndash", 8211), ("mdash", 8212),
      ("lsquo", 8216), ("rsquo", 8217), ("sbquo", 8218), ("ldquo", 8220), ("rdquo", 8221),
      ("bdquo", 8222), ("dagger", 8224), ("Dagger", 8225), ("permil", 8240), ("lsaquo", 8249),
      ("rsaquo", 8250), ("euro", 8364), ("fnof", 402), ("bull", 8226), ("hellip", 8230),
      ("prime", 8242), ("Prime", 8243), ("oline", 8254), ("frasl", 8260), ("weierp", 8472),
      ("image", 8465), ("real", 8476), ("trade", 8482), ("alefsym", 8501),
      // Arrows and mathematics.
      ("larr", 8592), ("uarr", 8593), ("rarr", 8594), ("darr", 8595), ("harr", 8596),
      ("crarr", 8629), ("lArr", 8656), ("uArr", 8657), ("rArr", 8658), ("dArr", 8659),
      ("hArr", 8660), ("forall", 8704), ("part", 8706), ("exist", 8707), ("empty", 8709),
      ("nabla", 8711), ("isin", 8712), ("notin", 8713), ("ni", 8715), ("prod", 8719),
      ("sum", 8721), ("minus", 8722), ("lowast", 8727), ("radic", 8730), ("prop", 8733),
      ("infin", 8734), ("ang", 8736), ("and", 8743), ("or", 8744), ("cap", 8745), ("cup", 8746),
      ("int", 8747), ("there4", 8756), ("sim", 8764), ("cong", 8773), ("asymp", 8776),
      ("ne", 8800), ("equiv", 8801), ("le", 8804), ("ge", 8805), ("sub", 8834), ("sup", 8835),
      ("nsub", 8836), ("sube", 8838), ("supe", 8839), ("oplus", 8853), ("otimes", 8855),
      ("perp", 8869), ("sdot", 8901), ("lceil", 8968), ("rceil", 8969), ("lfloor", 8970),
      ("rfloor", 8971), ("lang", 9001), ("rang", 9002), ("loz", 9674), ("spades", 9824),
      ("clubs", 9827), ("hearts", 9829), ("diams", 9830),
      // HTML 5 punctuation and spellings a CMS writes.
      ("Tab", 9), ("NewLine", 10), ("excl", 33), ("num", 35), ("dollar", 36), ("percnt", 37),
      ("lpar", 40), ("rpar", 41), ("ast", 42), ("plus", 43), ("comma", 44), ("period", 46),
      ("sol", 47), ("colon", 58), ("semi", 59), ("equals", 61), ("quest", 63), ("commat", 64),
      ("lsqb", 91), ("bsol", 92), ("rsqb", 93), ("lowbar", 95), ("grave", 96), ("lcub", 123),
      ("verbar", 124), ("vert", 124), ("rcub", 125), ("dash", 8208), ("hyphen", 8208),
      ("bullet", 8226), ("half", 189), ("centerdot", 183), ("mldr", 8230), ("nbsp", 160),
      ("numero", 8470), ("check", 10003), ("cross", 10007), ("star", 9734), ("starf", 9733),
      ("AMP", 38), ("LT", 60), ("GT", 62), ("QUOT", 34), ("COPY", 169), ("REG", 174),
      ("TRADE", 8482),
    ]
    for (name, value) in others { v[name] = value }
    // Greek, capital and small (no capital final sigma).
    let greek = [
      "Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta", "Iota", "Kappa",
      "Lambda", "Mu", "Nu", "Xi", "Omicron", "Pi", "Rho", "", "Sigma", "Tau", "Upsilon", "Phi",
      "Chi", "Psi", "Omega",
    ]
    for (i, name) in greek.enumerated() where !name.isEmpty {
      v[name] = 913 + UInt32(i)
      v[name.lowercased()] = 945 + UInt32(i)
    }
    v["sigmaf"] = 962
    v["thetasym"] = 977
    v["upsih"] = 978
    v["piv"] = 982
    return v
  }()

  /// The names a browser reads without a semicolon.
  static let legacy: Set<String> = Set(latin1Names).union([
    "amp", "lt", "gt", "quot", "AMP", "LT", "GT", "QUOT", "COPY", "REG",
  ])

  /// Windows-1252's characters at 0x80-0x9F, for numeric references in that range.
  static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
    0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  /// Reads the reference that starts at `start` (an `&`).
  /// - Returns: The character and the number of bytes the reference takes, or `nil` when the
  ///   `&` starts no reference (it is then an ordinary character).
  static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Unicode.Scalar, Int)? {
    let n = bytes.count
    var i = start + 1
    guard i < n else { return nil }
    if bytes[i] == 0x23 {
      // &#248; or &#xF8;
      i += 1
      var hex = false
      if i < n, bytes[i] | 0x20 == 0x78 {
        hex = true
        i += 1
      }
      var value: UInt32 = 0
      var digits = 0
      while i < n {
        let c = bytes[i]
        let d: UInt32
        if c >= 0x30 && c <= 0x39 {
          d = UInt32(c - 0x30)
        } else if hex, c | 0x20 >= 0x61, c | 0x20 <= 0x66 {
          d = UInt32((c | 0x20) - 0x61 + 10)
        } else {
          break
        }
        // Saturates: a long run of digits is one (invalid) value.
        value = min(value &* (hex ? 16 : 10) &+ d, 0x11_0000)
        digits += 1
        i += 1
      }
      guard digits > 0 else { return nil }
      if i < n, bytes[i] == 0x3B { i += 1 }
      return (scalar(numeric: value), i - start)
    }
    // A name: letters and digits, at most 32.
    var end = i
    while end < n, end - i < 32, isAlphanumeric(bytes[end]) { end += 1 }
    guard end > i else { return nil }
    if end < n, bytes[end] == 0x3B {
      let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
      if let v = named[name], let s = Unicode.Scalar(v) { return (s, end + 1 - start) }
      return nil
    }
    // Without a semicolon: the longest legacy name that the run begins with.
    var k = min(end, i + 6)
    while k > i + 1 {
      let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<k]), as: UTF8.self)
      if legacy.contains(name), let v = named[name], let s = Unicode.Scalar(v) {
        return (s, k - start)
      }
      k -= 1
    }
    return nil
  }

  /// The character a numeric reference stands for.
  static func scalar(numeric value: UInt32) -> Unicode.Scalar {
    var v = value
    if v >= 0x80 && v <= 0x9F { v = windows1252High[Int(v - 0x80)] }
    if v == 0 || v > 0x10_FFFF { return "\u{FFFD}" }
    return Unicode.Scalar(v) ?? "\u{FFFD}"
  }

  static func isAlphanumeric(_ c: UInt8) -> Bool {
    (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
  }
}
