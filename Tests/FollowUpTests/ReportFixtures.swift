import FollowUp
import Foundation
import MinutesCore
import Testing

/// The example minutes in a store, once per test run, and the reports the goldens cover.
enum ReportFixtures {
  /// A store of the example minutes with a people file that gives two people addresses
  /// (its path; each test opens its own connection).
  static let storePath: String? = {
    do {
      let dir = TestScratch.root.appendingPathComponent("reports-\(UUID())")
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      let store = try Store(path: dir.appendingPathComponent("store.db").path, create: true)
      let people = """
        {"people": [{"name": "Pia Ulv Helleland", "email": "pia@example.dk"},
                    {"name": "Louise Agerbo", "roles": ["Chef for Direktionssekretariatet"], "email": "la@example.dk"}]}
        """
      var file = try JSONDecoder().decode(PeopleFile.self, from: Data(people.utf8))
      file.source = "people.json"
      try store.setPeopleFile(file)
      _ = try store.importDocuments(SourceLoader.expand([Examples.folder]).files, now: "2024-10-01T00:00:00Z")
      return store.path
    } catch {
      return nil
    }
  }()

  /// The clock every golden file is written at.
  static let now = Date(timeIntervalSince1970: 1_727_942_400)  // 2024-10-03T08:00:00Z

  static func builder(_ asOf: String, committee: String? = nil) throws -> ReportBuilder {
    guard let storePath else { throw CocoaError(.fileNoSuchFile) }
    return ReportBuilder(store: try Store(path: storePath, create: false, readOnly: true), asOf: Examples.day(asOf), committee: committee)
  }

  /// The reports of the goldens, by name.
  static let reports: [String] = [
    "postponed", "actions", "actions-owner", "weekly", "weekly-committee", "month", "range", "case", "people", "review",
    "agenda",
  ]

  static func report(_ name: String) throws -> Report {
    switch name {
    case "postponed": return try builder("2024-10-03").postponed()
    case "actions": return try builder("2024-10-03").actions()
    case "actions-owner": return try builder("2024-10-03").actions(owner: "Pia Ulv Helleland")
    case "weekly": return try builder("2024-10-03").period(.week(year: 2024, week: 40))
    case "weekly-committee": return try builder("2024-12-05", committee: "direktion").period(.week(year: 2024, week: 49))
    case "month": return try builder("2024-10-31").period(.month(year: 2024, month: 10))
    case "range": return try builder("2024-10-03").period(.range(from: Examples.day("2024-09-01"), to: Examples.day("2024-10-06")))
    case "case": return try #require(try builder("2024-10-03").caseTimeline("85.13.00G01-2-23"))
    case "people": return try builder("2024-10-03").people()
    case "review": return try builder("2024-10-03").review()
    case "agenda": return try builder("2024-10-08", committee: "Direktionen").agenda(meeting: Examples.day("2024-10-09"))
    default: throw CocoaError(.featureUnsupported)
    }
  }

  /// The variants of the formats the goldens cover: name, format, options, file extension.
  static let formats: [String] = ["text", "md", "html", "json", "csv", "csv-excel", "ics", "ics-todo", "xlsx", "eml"]

  static func options(_ variant: String) -> (ReportFormat, RenderOptions, String) {
    var o = RenderOptions()
    o.now = now
    o.reminder = Reminder("2d")
    o.mail = MailHeaders(
      from: MailAddress(name: "Direktionssekretariatet", address: "sekretariat@example.dk"),
      to: [MailAddress(name: "Direktionen", address: "direktionen@example.dk")])
    switch variant {
    case "csv-excel":
      o.csv = .excel
      return (.csv, o, "excel.csv")
    case "ics-todo":
      o.calendar = .todos
      return (.ics, o, "todo.ics")
    case "xlsx": return (.xlsx, o, "xlsx.txt")
    default:
      let f = ReportFormat(rawValue: variant) ?? .text
      return (f, o, f.fileExtension)
    }
  }

  /// The rendered bytes as text for a golden: an xlsx as its parts, one after another.
  static func text(_ bytes: [UInt8], _ format: ReportFormat) throws -> String {
    guard format == .xlsx else { return String(decoding: bytes, as: UTF8.self) }
    return try StoredZipReader.entries(bytes).map { "=== \($0.name)\n" + String(decoding: $0.bytes, as: UTF8.self) }.joined()
  }
}
