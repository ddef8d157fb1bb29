import FollowUp
import Foundation
import MinutesCore
import Testing

/// Each report in each format on the example minutes, against its golden file.
@Suite struct ReportGoldenTests {
  @Test(arguments: ReportFixtures.reports, ReportFixtures.formats)
  func golden(report name: String, format variant: String) throws {
    let report = try ReportFixtures.report(name)
    let (format, options, ext) = ReportFixtures.options(variant)
    let bytes = format.renderer(options).render(report)
    Snapshot.assert(try ReportFixtures.text(bytes, format), named: "\(name).\(ext)")
  }
}
