import Foundation
import MinutesCore
import Testing

@testable import FollowUp
@testable import followup_cli

/// What the engine derives beyond the minutes' words, as the reports show it: inferred
/// responsibles, cases sent on and waiting, where a deferral's target comes from, the meeting
/// that decided a quoted action, and agendas that are no meetings held. Built from a register
/// of the example minutes (the views every report is made of), and through the store where the
/// store keeps the fact.
struct ReportFactsTests {
  static let asOf = Examples.day("2024-12-05")
  static let views = Examples.register.actions.compactMap { ActionState.view($0, events: [], asOf: asOf) }
  static let director = "Søren Søndergaard Kjær"

  static func json(_ r: Report) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(r.render(.json).utf8)) as? [String: Any])
  }

  @Test func aDirectorsListShowsWhatTheyOwnAndWhatTheyAreResponsibleFor() throws {
    let key = DanishFolding.key(Self.director)
    let theirs = Self.views.filter { v in v.accountable.contains { DanishFolding.key($0.name) == key } }
    let inferred = theirs.filter(\.isInferred)
    #expect(!inferred.isEmpty)
    #expect(theirs.contains { !$0.isInferred })
    let report = Reports.actions(theirs, asOf: Self.asOf, owner: Self.director, ownerKeys: [key])
    let rows = report.parts[0].flatRows
    #expect(rows.count == theirs.filter { $0.status != .done }.count)
    for (_, row, _) in rows {
      let id = row.last?.text ?? ""
      let v = try #require(theirs.first { $0.action.id == id })
      #expect(row[4].text == (v.isInferred ? "ansvarlig (udledt)" : v.isConfirmed ? "bekræftet" : "forslag"))
    }
    let listed = try #require(try Self.json(report)["actions"] as? [[String: Any]])
    let one = try #require(listed.first { $0["id"] as? String == inferred.first { $0.status != .done }?.action.id })
    #expect((one["owners"] as? [Any])?.isEmpty == true)
    let responsible = try #require((one["responsible"] as? [[String: Any]])?.first)
    #expect(responsible["name"] as? String == Self.director)
    #expect(responsible["inferred"] as? Bool == true)
    // The calendar entry says the responsible is inferred.
    #expect(report.entries.contains { $0.description.contains("Ansvarlig: \(Self.director) (udledt)") })
  }

  @Test func aConfirmedInferenceCountsAsOwned() throws {
    let v = try #require(Self.views.first { $0.isInferred && $0.status != .done })
    let confirm = FollowUpEvent(
      id: 1, target: v.action.id, kind: .confirm, value: nil, actor: "tester", at: Self.asOf, recorded: "2024-12-05T09:00:00Z")
    let confirmed = try #require(ActionState.view(v.action, events: [confirm], asOf: Self.asOf))
    let report = Reports.actions([confirmed], asOf: Self.asOf, owner: nil)
    let row = try #require(report.parts[0].flatRows.first)
    #expect(row.group.heading == v.responsible.first?.name)
    #expect(row.row[4].text == "bekræftet")
  }

  @Test func postponedHasTheCasesSentOnAndStillWaiting() throws {
    let register = try Examples.register(
      """
      Referat af mødet i Økonomiudvalget den 3. september 2024

      1. Ny skolestruktur
      Sagsnr.: 24/1234

      Beslutning
      Sagen fremsendes til Teknisk Udvalg til behandling.

      2. Budget
      Sagsnr.: 24/2000

      Beslutning
      Udsættes til næste møde.
      """)
    let day = Examples.day("2024-09-10")
    let referrals = register.openReferrals(asOf: day)
    #expect(referrals.count == 1)
    let report = Reports.postponed(register.openPostponed(asOf: day), referrals: referrals, asOf: day)
    let sent = try #require(report.parts.first { $0.name == "referred" })
    #expect(sent.title == "Sendt videre")
    let row = try #require(sent.flatRows.first)
    #expect(row.group.heading == "Økonomiudvalget")
    #expect(row.row[1].text == "Ny skolestruktur")
    #expect(row.row[2].text == "Teknisk Udvalg")
    #expect(row.row[4].text == "7 dage")
    #expect(report.subtitle.contains("1 sag er sendt videre og venter dér"))
    let json = try Self.json(report)
    #expect((json["referred"] as? [[String: Any]])?.first?["journalNumber"] as? String == "24/1234")
  }

  @Test func aDeferralsTargetSaysWhereItComesFrom() throws {
    let open = Examples.register.openPostponed(asOf: Examples.day("2024-10-03"))
    let report = Reports.postponed(open, asOf: Examples.day("2024-10-03"))
    let rows = report.parts[0].flatRows
    #expect(report.parts[0].columns.map(\.name).contains("Målet er"))
    let labels = Set(rows.map { $0.row[5].text })
    #expect(labels == ["skrevet", "næste kendte møde"])
    let gifts = try #require(rows.first { $0.row[0].text == "81.16.00P21-1-24" })
    #expect(gifts.row[5].text == "næste kendte møde")
  }

  @Test func aQuotedActionShowsTheMeetingThatDecidedIt() throws {
    let quoted = try #require(Self.views.first { $0.action.source == .priorDecision && $0.action.decisionItem != nil })
    #expect(quoted.action.decisionDate != quoted.action.meetingDate)
    let report = Reports.actions([quoted], asOf: Self.asOf, owner: nil, includeDone: true)
    let row = try #require(report.parts[0].flatRows.first)
    let a = quoted.action
    #expect(row.row[2].text == "\(a.committee) \(a.decisionDate) pkt. \(a.decisionItem ?? 0)")
    let q = try #require(a.quotedIn)
    #expect(report.entries.first?.description.contains("citeret i \(q.committee), møde \(q.date), pkt. \(q.item)") == true)
  }
}

/// An agenda (dagsorden) in the store is evidence of a meeting to come, never a meeting held.
@Suite(.serialized) struct AgendaIsNoMeetingHeldTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("held") }

  func run(_ args: [String]) -> (Int32, String, String) {
    let (io, out, err) = IO.capturing(
      environment: ["FOLLOWUP_TODAY": "2024-10-10", "FOLLOWUP_DB": temporary.db, "USER": "tester"])
    let code = FollowUpCLI.run(args, io: io)
    return (code, out(), err())
  }

  @Test func theWeeklyReportListsHeldMeetingsOnly() throws {
    defer { temporary.remove() }
    let agenda = temporary.dir.appendingPathComponent("direktionen-dagsorden-2024-10-09.txt")
    try """
      Dagsorden til mødet i Direktionen den 9. oktober 2024

      1. SOSU-uddannelserne - udbud af kursusforløb centreret geografisk
      Sagsnr.: 81.07.02G01-20-24

      Indstilling
      Direktionen drøfter sagen.
      """.write(to: agenda, atomically: false, encoding: .utf8)
    #expect(run(["import", Examples.folder, agenda.path]).0 == 0)
    let (code, out, err) = run(["report", "--week", "2024-W41", "--format", "json"])
    #expect(code == 0, "\(err)")
    let report = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    #expect((report["meetings"] as? [Any])?.isEmpty == true)
    // Its day is a meeting to come: the agenda of that day knows it.
    let (_, text, _) = run(["agenda", "--committee", "Direktionen", "--date", "2024-10-09"])
    #expect(text.contains("kendt fra en dagsorden eller mødeplan"))
  }
}

/// `review` lists an inferred responsible under its action's id; `confirm ID` confirms it.
@Suite(.serialized) struct ReviewInferredTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("review") }

  func run(_ args: [String]) -> (Int32, String, String) {
    let (io, out, err) = IO.capturing(
      environment: ["FOLLOWUP_TODAY": "2024-10-03", "FOLLOWUP_DB": temporary.db, "USER": "tester"])
    let code = FollowUpCLI.run(args, io: io)
    return (code, out(), err())
  }

  func entries(all: Bool = false) throws -> [[String: Any]] {
    let (code, out, err) = run(["review", "--format", "json"] + (all ? ["--all"] : []))
    #expect(code == 0, "\(err)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    return try #require(json["entries"] as? [[String: Any]])
  }

  @Test func anInferredResponsibleIsConfirmedByItsActionsID() throws {
    defer { temporary.remove() }
    #expect(run(["import", Examples.folder]).0 == 0)
    let inferred = try entries().filter { $0["code"] as? String == "responsible-inferred" }
    #expect(!inferred.isEmpty)
    // Listed by action id; the action's sentence is the end of the message.
    let store = try Store(path: temporary.db, create: false, readOnly: true)
    let all = try store.actions(asOf: Examples.day("2024-12-31"), includeClosed: true)
    for e in inferred {
      let key = try #require(e["key"] as? String)
      let a = try #require(all.first { $0.action.id == key }, "\(key)")
      #expect((e["message"] as? String)?.hasSuffix(a.action.sentence) == true)
      #expect(e["location"] as? String == a.action.location.description)
    }
    let key = try #require(inferred.first?["key"] as? String)
    #expect(run(["confirm", String(key.prefix(8))]).0 == 0)
    // Off the queue; with --all, confirmed.
    #expect(!(try entries()).contains { $0["key"] as? String == key })
    let after = try entries(all: true).first { $0["key"] as? String == key }
    #expect(after?["confirmed"] as? Bool == true)
    #expect(try entries(all: true).filter { $0["confirmed"] as? Bool == true }.count == 1)
  }
}
