import Foundation
import MinutesCore
import Testing

@testable import FollowUp
@testable import followup_cli

/// Every report and the export agree on an action's owner, due day and status as of any day,
/// since all of them ask `ActionState`.
@Suite(.serialized) struct StatusAgreementTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("status") }

  func run(_ args: [String], today: String = "2024-10-03") -> (Int32, String, String) {
    let (io, out, err) = IO.capturing(
      environment: ["FOLLOWUP_TODAY": today, "FOLLOWUP_DB": temporary.db, "USER": "tester"])
    let code = FollowUpCLI.run(args, io: io)
    return (code, out(), err())
  }

  func json(_ args: [String], today: String = "2024-10-03") throws -> [String: Any] {
    let (code, out, err) = run(args + ["--format", "json"], today: today)
    #expect(code == 0, "\(err)")
    return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
  }

  func actions(_ args: [String], today: String = "2024-10-03") throws -> [[String: Any]] {
    try #require(try json(["actions"] + args, today: today)["actions"] as? [[String: Any]])
  }

  /// The examples imported; the id of the HR consultant's project description (Ditte Ågård
  /// Pedersen's by the minutes of 11 September 2024, no due day).
  func imported() throws -> String {
    #expect(run(["import", Examples.folder]).0 == 0)
    let all = try actions(["--as-of", "2024-10-03"])
    let a = try #require(all.first { ($0["sentence"] as? String)?.hasPrefix("HR-konsulenten fremsender") == true })
    return try #require(a["id"] as? String)
  }

  @Test func aHandAssignmentReachesTheOwnersListAndCalendar() throws {
    defer { temporary.remove() }
    let id = try imported()
    let before = try actions(["--owner", "Louise Agerbo"])
    #expect(!before.contains { $0["id"] as? String == id })
    #expect(run(["assign", id, "Louise Agerbo"]).0 == 0)
    let after = try actions(["--owner", "Louise Agerbo"])
    #expect(after.contains { $0["id"] as? String == id })
    // And no longer on the list of the owner the minutes named.
    #expect(!(try actions(["--owner", "Ditte Ågård Pedersen"])).contains { $0["id"] as? String == id })
    // No due day: a to-do in her task list.
    let (code, ics, _) = run(["actions", "--owner", "Louise Agerbo", "--format", "ics", "--ics", "todo"])
    #expect(code == 0)
    #expect(ics.contains("UID:\(id)"))
    // Everyone's list puts it under her too.
    let (_, everyone, _) = run(["actions"])
    let section = everyone.components(separatedBy: "\n  Louise Agerbo\n").dropFirst().first ?? ""
    #expect(section.components(separatedBy: "\n\n").first?.contains(id) == true)
  }

  @Test func asOfShowsNothingDecidedLater() throws {
    defer { temporary.remove() }
    _ = try imported()
    let april = try actions(["--as-of", "2024-04-18"])
    #expect(!april.isEmpty)
    for a in april {
      let meeting = try #require(a["meetingDate"] as? String)
      #expect(meeting <= "2024-04-18", "\(a["sentence"] ?? "")")
    }
    // The whole register as of December holds the September and December actions.
    let december = try actions(["--as-of", "2024-12-05"])
    #expect(december.contains { ($0["meetingDate"] as? String) == "2024-12-04" })
  }

  @Test func aCaseAsOfADayEndsThatDay() throws {
    defer { temporary.remove() }
    _ = try imported()
    let april = try json(["case", "85.13.00G01-2-23", "--as-of", "2024-04-01"])
    let dates = (april["appearances"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String }
    #expect(dates == ["2023-12-19", "2024-03-20"])
    #expect((april["postponements"] as? [[String: Any]])?.count == 1)
    #expect((april["actions"] as? [Any])?.isEmpty == true)
  }

  @Test func anEventRecordedLaterCountsFromTheDayItNames() throws {
    defer { temporary.remove() }
    let id = try imported()
    // Recorded on 1 December without --on: a report as of 3 October does not see it.
    #expect(run(["assign", id, "Louise Agerbo"], today: "2024-12-01").0 == 0)
    #expect(!(try actions(["--owner", "Louise Agerbo", "--as-of", "2024-10-03"])).contains { $0["id"] as? String == id })
    #expect((try actions(["--owner", "Louise Agerbo", "--as-of", "2024-12-01"])).contains { $0["id"] as? String == id })
    // Recorded on 1 December as applying from 1 October: seen as of 3 October.
    #expect(run(["due", id, "2024-10-02", "--on", "2024-10-01"], today: "2024-12-01").0 == 0)
    let october = try #require((try actions(["--as-of", "2024-10-03"])).first { $0["id"] as? String == id })
    #expect(october["due"] as? String == "2024-10-02")
    #expect(october["status"] as? String == "overdue")
  }

  @Test func theWeeklyReportTheListsAndTheExportAgree() throws {
    defer { temporary.remove() }
    let id = try imported()
    #expect(run(["due", id, "2024-10-01", "--on", "2024-10-01"]).0 == 0)
    let errand = try #require(
      (try actions(["--as-of", "2024-10-03"])).first { ($0["sentence"] as? String)?.hasPrefix("Pia Ulv Helleland indhenter") == true })
    let errandID = try #require(errand["id"] as? String)
    #expect(run(["done", errandID, "--on", "2024-10-03"]).0 == 0)

    let list = try actions(["--as-of", "2024-10-04", "--all"])
    let overdue = Set(list.filter { $0["status"] as? String == "overdue" }.compactMap { $0["id"] as? String })
    #expect(overdue.contains(id))
    let weekly = try json(["report", "--week", "2024-W40", "--as-of", "2024-10-04"])
    let weeklyOverdue = Set((weekly["overdue"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
    #expect(weeklyOverdue == overdue)
    #expect((weekly["summary"] as? [String: Any])?["overdue"] as? Int == overdue.count)
    #expect((weekly["done"] as? [[String: Any]] ?? []).contains { $0["id"] as? String == errandID })

    // The export of the store: the same due day, status and owners.
    let (code, out, err) = run(["export", "--as-of", "2024-10-04"])
    #expect(code == 0, "\(err)")
    let export = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let exported = try #require(export["actions"] as? [[String: Any]])
    let byID = Dictionary(uniqueKeysWithValues: exported.compactMap { a in (a["id"] as? String).map { ($0, a) } })
    for a in list {
      let id = try #require(a["id"] as? String)
      let e = try #require(byID[id])
      #expect(e["status"] as? String == a["status"] as? String)
      #expect(e["due"] as? String == a["due"] as? String)
    }
    #expect(byID[errandID]?["status"] as? String == "done")
    #expect(byID[id]?["edited"] as? Bool == true)
  }
}
