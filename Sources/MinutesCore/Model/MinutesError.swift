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

  /// One line for a person.
  public var description: String {
    switch self {
    case .empty(let f): return "\(f): the file is empty"
    case .binary(let f): return "\(f): not a text file (binary content)"
    case .pdf(let f): return "\(f): a PDF; it must be converted to text first (pdftotext)"
    case .notMinutes(let f):
      return "\(f):1: no meeting header and no agenda items found; is this a referat or dagsorden?"
    case .unreadable(let f, let r): return "\(f): cannot be read: \(r)"
    }
  }
}
