import Foundation

/// Writes a report in one format.
///
/// Each format has one conforming type; `ReportFormat.renderer(_:)` picks it. A renderer is a
/// value: its options are set when it is made, and it writes the same bytes for the same report.
public protocol ReportRenderer: Sendable {
  /// The format written.
  var format: ReportFormat { get }

  /// The report as one document.
  func render(_ report: Report) -> [UInt8]

  /// The report as files to write into a folder: one for most formats, one per table where
  /// the format holds only one table a file (CSV with `splitTables`).
  func files(_ report: Report) -> [RenderedFile]
}

/// A file a renderer made: its name (no folder) and its bytes.
public struct RenderedFile: Hashable, Sendable {
  /// The file name, ASCII (`ugerapport-2024-w40.csv`).
  public var name: String
  /// The content.
  public var bytes: [UInt8]

  /// Creates a file.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }
}

extension ReportRenderer {
  /// One file named after the report.
  public func files(_ report: Report) -> [RenderedFile] {
    [RenderedFile(name: report.fileName + "." + format.fileExtension, bytes: render(report))]
  }
}

/// A renderer whose output is text.
protocol TextReportRenderer: ReportRenderer {
  /// Writes the report.
  func write(_ report: Report, to out: inout some TextOutputStream)
}

extension TextReportRenderer {
  /// The text as UTF-8.
  public func render(_ report: Report) -> [UInt8] {
    var s = ""
    write(report, to: &s)
    return Array(s.utf8)
  }
}

extension RenderedFile {
  /// Writes files into a folder (made when missing; `/` in a name makes subfolders), each
  /// through a temporary file renamed into place.
  /// - Returns: The paths written.
  /// - Throws: `PublishError.cannotWrite` naming the file.
  public static func write(_ files: [RenderedFile], into folder: String) throws -> [String] {
    let fm = FileManager.default
    let base = URL(fileURLWithPath: folder)
    var written: [String] = []
    for f in files {
      let url = base.appendingPathComponent(f.name)
      do {
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(f.bytes).write(to: url, options: .atomic)
      } catch {
        throw PublishError.cannotWrite(url.path, error.localizedDescription)
      }
      written.append(url.path)
    }
    return written
  }
}
