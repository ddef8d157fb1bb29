/// A KLE journal number as Danish municipalities file cases: `85.13.00G01-2-23`.
///
/// Its parts are the KLE subject (`85.13.00`: main group, group, topic), the handling facet
/// (`G01`: a letter and two digits), the serial number within subject and year (`2`) and the
/// two-digit year (`23`). Exporters differ in separators (`85.02.02-G01-5-17`) and some leave the
/// year out (`00.22.00G01-0002`); the number keeps its written form and compares by its parts.
public struct JournalNumber: Hashable, Sendable, CustomStringConvertible, Codable {
  /// The KLE subject, `NN.NN.NN`.
  public let subject: String
  /// The handling facet, a letter and two digits (`G01`, `P21`, `A00`).
  public let facet: String
  /// The serial number.
  public let serial: Int
  /// The two-digit year, when written.
  public let year: Int?
  /// The number as written.
  public let text: String

  /// Why a string is not a KLE journal number.
  public enum ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    case subject(String)
    case facet(String)
    case serial(String)
    case year(String)

    public var description: String {
      switch self {
      case .subject(let s): return "'\(s)': the KLE subject must be NN.NN.NN"
      case .facet(let s): return "'\(s)': the facet must be a letter and two digits"
      case .serial(let s): return "'\(s)': the serial number must be digits"
      case .year(let s): return "'\(s)': the year must be two digits"
      }
    }
  }

  /// The bytes of a facet's letter at `i` in UTF-8: 1 for an ASCII letter, 2 for Æ, Ø or Å
  /// (`Ø00`: budgets and accounts), nil for anything else.
  static func facetLetterLength(_ b: [UInt8], at i: Int) -> Int? {
    guard i < b.count else { return nil }
    if (b[i] >= 0x41 && b[i] <= 0x5A) || (b[i] >= 0x61 && b[i] <= 0x7A) { return 1 }
    if i + 1 < b.count, b[i] == 0xC3, [0x85, 0x86, 0x98, 0xA5, 0xA6, 0xB8].contains(b[i + 1]) { return 2 }
    return nil
  }

  /// Parses and validates a journal number.
  /// - Throws: `JournalNumber.ValidationError` naming the part that is wrong.
  public init(validating input: some StringProtocol) throws {
    let s = String(input).trimmingSpaces
    let b = Array(s.utf8)
    func digit(_ i: Int) -> Bool { i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }
    // Subject: NN.NN.NN
    guard b.count >= 8, digit(0), digit(1), b[2] == 0x2E, digit(3), digit(4), b[5] == 0x2E,
      digit(6), digit(7)
    else { throw ValidationError.subject(s) }
    var i = 8
    if i < b.count, b[i] == 0x2D || b[i] == 0x20 { i += 1 }
    guard let letter = Self.facetLetterLength(b, at: i), digit(i + letter), digit(i + letter + 1) else {
      throw ValidationError.facet(s)
    }
    let facet = String(decoding: b[i..<(i + letter + 2)], as: UTF8.self).uppercased()
    i += letter + 2
    guard i < b.count, b[i] == 0x2D else { throw ValidationError.serial(s) }
    i += 1
    let serialStart = i
    while digit(i) { i += 1 }
    guard i > serialStart, i - serialStart <= 7 else { throw ValidationError.serial(s) }
    let serial = Int(String(decoding: b[serialStart..<i], as: UTF8.self)) ?? 0
    var year: Int?
    if i < b.count {
      guard b[i] == 0x2D, digit(i + 1), digit(i + 2), i + 3 == b.count else {
        throw ValidationError.year(s)
      }
      year = Int(String(decoding: b[(i + 1)..<(i + 3)], as: UTF8.self))
    }
    self.subject = String(decoding: b[0..<8], as: UTF8.self)
    self.facet = facet
    self.serial = serial
    self.year = year
    self.text = s
  }

  /// Parses a journal number, or `nil` when it is not one.
  public init?(_ input: some StringProtocol) {
    guard let j = try? JournalNumber(validating: input) else { return nil }
    self = j
  }

  /// The KLE main group (`85` in `85.13.00`).
  public var mainGroup: Int { Int(subject.prefix(2)) ?? 0 }
  /// The KLE group (`13` in `85.13.00`).
  public var group: Int { Int(subject.dropFirst(3).prefix(2)) ?? 0 }
  /// The KLE topic (`00` in `85.13.00`).
  public var topic: Int { Int(subject.suffix(2)) ?? 0 }
  /// The year in four digits, reading `00`-`69` as 2000-2069.
  public var fullYear: Int? { year.map { $0 < 70 ? 2000 + $0 : 1900 + $0 } }

  /// A spelling-independent key: `85.13.00G01-2-23`.
  public var canonical: String {
    var s = subject + facet + "-" + String(serial)
    if let year { s += "-" + Day.pad(year, 2) }
    return s
  }

  /// The number as written.
  public var description: String { text }

  public static func == (a: JournalNumber, b: JournalNumber) -> Bool { a.canonical == b.canonical }
  public func hash(into h: inout Hasher) { h.combine(canonical) }

  /// Decodes from the written form.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    try self.init(validating: try c.decode(String.self))
  }

  /// Encodes the written form.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(text)
  }
}

/// The case number under an item's title: a KLE journal number, or another system's identifier
/// kept verbatim (`EMN-2025-009242`, `16/12923`, `330-2018-3619`).
public enum CaseNumber: Hashable, Sendable, CustomStringConvertible {
  /// A KLE journal number.
  case journal(JournalNumber)
  /// Any other identifier, as written (labels such as `Sagsnr.:` removed).
  case opaque(String)

  /// Reads a case number; labels (`Sagsnr.:`, `J.nr.`, `Sag nr.`) are removed.
  public init?(reading line: String) {
    var s = line.trimmingSpaces
    for label in CaseNumber.labels {
      if s.lowercased().hasPrefix(label) {
        s = String(s.dropFirst(label.count)).trimmingSpaces
        if s.hasPrefix(":") { s = String(s.dropFirst()).trimmingSpaces }
        if s.hasPrefix(".") { s = String(s.dropFirst()).trimmingSpaces }
        break
      }
    }
    guard !s.isEmpty else { return nil }
    if let j = JournalNumber(s) {
      self = .journal(j)
    } else {
      self = .opaque(s)
    }
  }

  /// The case numbers written as words of a sentence (`Punkt 28. Aftale med Lejerbo 13/39690
  /// udsat`).
  public static func all(inSentence text: String) -> [CaseNumber] {
    guard text.utf8.count <= 2_000 else { return [] }
    return CaseNumberReader.caseTokens(in: text)
  }

  /// Labels of case numbers, longest first within a family. A document number (`Dok.nr.`) is
  /// not a case number and has no label here.
  static let labels = [
    "sagsnummer", "sagsnr.", "sagsnr", "sags nr.", "sags-nr.", "sag nr.", "sag nr", "sagnr.", "sagnr",
    "sagsid.", "sagsid", "sags-id", "sags id", "sag-id", "sag id", "j.nr.", "j. nr.", "jnr.", "journalnummer",
    "journalnr.", "journalnr", "journal nr.", "emnenr.", "emne nr.", "esdh-nr.", "esdh nr.", "sag:",
    // The case system's name as the label (`SBSYS: 81.00.00-A00-14-35`).
    "sbsys:", "acadre:", "edoc:", "esdh:",
  ]

  /// The identifier as written.
  public var text: String {
    switch self {
    case .journal(let j): return j.text
    case .opaque(let s): return s
    }
  }

  /// The key that links items of one case: the canonical journal number, or the opaque text.
  public var key: String {
    switch self {
    case .journal(let j): return j.canonical
    case .opaque(let s): return s
    }
  }

  /// The journal number, when it is one.
  public var journalNumber: JournalNumber? {
    if case .journal(let j) = self { return j }
    return nil
  }

  /// The identifier as written.
  public var description: String { text }
}

extension CaseNumber: Codable {
  /// Decodes from the written form.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    let s = try c.decode(String.self)
    if let j = JournalNumber(s) { self = .journal(j) } else { self = .opaque(s) }
  }

  /// Encodes the written form.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(text)
  }
}

extension StringProtocol {
  /// The string without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: String {
    let u = Array(utf8)
    var s = 0
    var e = u.count
    while s < e, u[s] == 0x20 || u[s] == 0x09 || u[s] == 0x0A || u[s] == 0x0C { s += 1 }
    while e > s, u[e - 1] == 0x20 || u[e - 1] == 0x09 || u[e - 1] == 0x0A || u[e - 1] == 0x0C {
      e -= 1
    }
    if s == 0 && e == u.count { return String(self) }
    return String(decoding: u[s..<e], as: UTF8.self)
  }
}
