import Foundation
import MinutesCore
import Testing

@testable import FollowUp

/// A draft agenda shows the newest overdue actions of its committee in full and counts the
/// rest, in every format, as the weekly report does; the store counts the overdue actions
/// without events in SQL and reads only the newest of them, with the same answer as reading
/// them all.
@Suite(.serialized) struct AgendaOverdueTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("agenda-overdue") }

  /// A store of 28 meetings a week apart, each laying down a task due a week later.
  func store() throws -> Store {
    var paths: [String] = []
    func danish(_ d: Day) -> String { String(d.description.split(separator: "-").reversed().joined(separator: "-")) }
    for i in 0..<28 {
      let day = Examples.day("2024-01-01").adding(days: 7 * i)
      let text = """
        REFERAT Økonomiudvalget d. \(danish(day))

        Punkt 1: Opfølgning nr. \(i + 1)

        01.02.05P16-\(i + 1)-24

        Beslutning

        Sekretariatet udarbejder et notat senest den \(danish(day.adding(days: 7))).
        """
      let path = temporary.dir.appendingPathComponent("oeu-\(day).txt").path
      try text.write(toFile: path, atomically: false, encoding: .utf8)
      paths.append(path)
    }
    let store = try Store(path: temporary.db, create: true)
    _ = try store.importDocuments(paths, now: "2024-09-01T00:00:00Z")
    return store
  }

  @Test func theNewestOverdueAreShownAndAllCounted() throws {
    defer { temporary.remove() }
    var builder = ReportBuilder(store: try store(), asOf: Examples.day("2024-08-01"))
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
    #expect((json["overdue"] as? [Any])?.count == Reports.agendaOverdueLimit)
    #expect(json["overdueTotal"] as? Int == 28)
    #expect(report.overdueCount == 28)
  }

  /// Events move actions in and out of the overdue list (done, a due day moved on or back,
  /// assigned to someone, a note): the list and the count are those of every action read
  /// with its events.
  @Test func withEventsTheListIsThatOfReadingEveryAction() throws {
    defer { temporary.remove() }
    let store = try store()
    let asOf = Examples.day("2024-08-01")
    let byDue = try store.actions(asOf: asOf).sorted { ($0.due ?? asOf, $0.action.id) < ($1.due ?? asOf, $1.action.id) }
    let ids = byDue.map(\.action.id)
    try #require(ids.count == 28)
    func record(_ kind: FollowUpEvent.Kind, _ i: Int, _ value: String? = nil) throws {
      try store.record(kind, target: ids[i], value: value, actor: "test", at: Examples.day("2024-07-01"), recorded: "")
    }
    // The newest overdue: done; the next moved past the day; an old one moved to be the
    // newest; one assigned; one with a note; an old one done.
    try record(.done, 25)
    try record(.due, 24, "2024-09-01")
    try record(.due, 2, "2024-07-31")
    try record(.assign, 10, "Anna Holm")
    try record(.note, 11, "rykket")
    try record(.done, 0)
    let expected = try store.actions(asOf: asOf).filter { $0.status == .overdue }
      .sorted { ($0.due ?? asOf, $0.action.id) < ($1.due ?? asOf, $1.action.id) }
    try #require(expected.count == 25)
    let draft = try store.agenda(committee: "Økonomiudvalget", meeting: Examples.day("2024-08-05"), asOf: asOf)
    #expect(draft.overdueTotal == expected.count)
    #expect(draft.overdue.map(\.action.id) == expected.suffix(Reports.agendaOverdueLimit).map(\.action.id))
    #expect(draft.overdue.last?.action.id == ids[2])
    #expect(!draft.overdue.contains { $0.action.id == ids[25] || $0.action.id == ids[24] || $0.action.id == ids[0] })
    #expect(draft.overdue.first { $0.action.id == ids[10] }?.accountable.map(\.name) == ["Anna Holm"])
    // One more done: fewer than the limit are overdue, all of them shown, no note.
    try record(.done, 5)
    let after = try store.agenda(committee: "Økonomiudvalget", meeting: Examples.day("2024-08-05"), asOf: asOf)
    #expect(after.overdueTotal == 24 && after.overdue.count == 24)
    let report = Reports.agenda(after)
    #expect(report.parts.first { $0.name == "overdue" }?.groups.first?.note == nil)
  }
}
