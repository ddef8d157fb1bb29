/// A place in a source document: file and 1-based line.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The file's name or path as given to the reader.
  public var file: String
  /// 1-based line number; 0 when the finding concerns the whole file.
  public var line: Int

  /// Creates a location.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  /// `file:line`, or `file` when no line applies.
  public var description: String { line > 0 ? "\(file):\(line)" : file }
}

/// Something the reader noticed and could not settle by itself: a typo it corrected, a part it
/// could not read. Findings are values, not errors: reading goes on.
public struct Finding: Hashable, Sendable, Codable, CustomStringConvertible {
  /// How much a finding matters.
  public enum Severity: String, Hashable, Sendable, Codable {
    /// Read, but by a guess the secretariat may want to confirm.
    case warning
    /// Could not be read; the part is kept as text but not modelled.
    case error
  }

  /// How much it matters.
  public var severity: Severity
  /// A stable machine-readable code, such as `prior-decision-date-after-meeting`.
  public var code: String
  /// What happened, in one sentence.
  public var message: String
  /// Where.
  public var location: SourceLocation

  /// Creates a finding.
  public init(_ severity: Severity, code: String, message: String, location: SourceLocation) {
    self.severity = severity
    self.code = code
    self.message = message
    self.location = location
  }

  /// `file:line: warning: message`.
  public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
