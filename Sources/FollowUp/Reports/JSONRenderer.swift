/// The report's JSON (it carries its `schemaVersion`), indented, UTF-8 as UTF-8.
public struct JSONRenderer: TextReportRenderer {
  /// Creates the renderer.
  public init() {}

  /// `.json`.
  public var format: ReportFormat { .json }

  func write(_ report: Report, to out: inout some TextOutputStream) {
    report.json.write(to: &out)
    out.write("\n")
  }
}
