/// Why a document could not be read at all.
public enum MinutesError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file has no bytes, or only white space.
  case empty(file: String)
  /// The bytes are not text (NUL bytes, control characters).
  case binary(file: String)
  /// A PDF: it must be turned into text first (`pdftotext`).
  case pdf(file: String)
  /// Text, but nothing in it looks like minutes or an agenda: no meeting and no items.
  case notMinutes(file: String)
  /// The file could not be opened.
  case unreadable(file: String, reason: String)

  /// The file the error is about.
  public var file: String {
    switch self {
    case .empty(let f), .binary(let f), .pdf(let f), .notMinutes(let f): return f
    case .unreadable(let f, _): return f
    }
  }

  /// What is wrong, without the file: one phrase in Danish.
  public var reason: String {
    switch self {
    case .empty: return "filen er tom"
    case .binary: return "ikke en tekstfil (binært indhold)"
    case .pdf: return "en PDF; den skal først laves om til tekst (pdftotext)"
    case .notMinutes: return "intet mødehoved og ingen dagsordenspunkter; er det et referat eller en dagsorden?"
    case .unreadable(_, let r): return "kan ikke læses: \(r)"
    }
  }

  /// One line for a person, in Danish: the file and the reason.
  public var description: String {
    if case .notMinutes = self { return "\(file):1: \(reason)" }
    return "\(file): \(reason)"
  }
}
