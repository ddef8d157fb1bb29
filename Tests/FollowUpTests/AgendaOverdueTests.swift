import Foundation
import MinutesCore
import Testing

@testable import FollowUp

/// A draft agenda shows the newest overdue actions of its committee in full and counts the
/// rest, in every format, as the weekly report does; the JSON lists them all.
@Suite(.serialized) struct AgendaOverdueTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("agenda-overdue") }

  @Test func theNewestOverdueAreShownAndAllCounted() throws {
    defer { temporary.remove() }
    var paths: [String] = []
    // 28 meetings a week apart, each laying down a task due a week later; none is done.
    for i in 0..<28 {
      let day = Examples.day("2024-01-01").adding(days: 7 * i)
      let due = day.adding(days: 7)
      let date = String(day.description.split(separator: "-").reversed().joined(separator: "-"))
      let text = """
        REFERAT Økonomiudvalget d. \(date)

        Punkt 1: Opfølgning nr. \(i + 1)

        01.02.05P16-\(i + 1)-24

        Beslutning

        Sekretariatet udarbejder et notat senest den \(String(due.description.split(separator: "-").reversed().joined(separator: "-"))).
        """
      let path = temporary.dir.appendingPathComponent("oeu-\(day).txt").path
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      paths.append(path)
    }
    let store = try Store(path: temporary.db, create: true)
    _ = try store.importDocuments(paths, now: "2024-09-01T00:00:00Z")
    let asOf = Examples.day("2024-08-01")
    var builder = ReportBuilder(store: store, asOf: asOf)
    builder.committee = "Økonomiudvalget"
    let report = try builder.agenda(meeting: Examples.day("2024-08-05"))
    let overdue = try #require(report.parts.first { $0.name == "overdue" })
    #expect(overdue.groups.first?.rows.count == Reports.agendaOverdueLimit)
    let note = "De \(Reports.agendaOverdueLimit) nyeste af 28; se alle med 'followup actions --committee \"Økonomiudvalget\"'."
    #expect(overdue.groups.first?.note == note)
    for format in [ReportFormat.text, .md, .html, .csv] {
      #expect(report.render(format).contains("nyeste af 28"), "\(format)")
    }
    let json = try #require(try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as? [String: Any])
    #expect((json["overdue"] as? [Any])?.count == 28)
  }
}
