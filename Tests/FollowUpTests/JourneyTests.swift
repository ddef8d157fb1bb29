import Foundation
import MinutesCore
import Testing

@testable import FollowUp
@testable import followup_cli

/// The weekly loop of the three people the tool is for, through the command line on one
/// store, the days fixed: the secretariat after the meeting of 2 October 2024 (import, review,
/// assign, due dates, the weekly report), a director (her own list and calendar, done), and the
/// head of the secretariat drafting the next agenda.
@Suite(.serialized) struct JourneyTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("journey") }

  /// Runs a command line on the store as `user` on `today`: status, standard output and error.
  func run(_ args: [String], today: String = "2024-10-03", user: String = "sekretariat") -> (Int32, String, String) {
    let (io, out, err) = IO.capturing(
      environment: ["FOLLOWUP_TODAY": today, "FOLLOWUP_DB": temporary.db, "USER": user])
    let code = FollowUpCLI.run(args, io: io)
    return (code, out(), err())
  }

  func json(_ args: [String], today: String = "2024-10-03") throws -> [String: Any] {
    let (code, out, err) = run(args + ["--format", "json"], today: today)
    #expect(code == 0 || code == 1, "\(args): \(err)")
    return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any], "\(args)")
  }

  func ids(_ list: Any?) -> [String] { (list as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }

  @Test func theWeeklyLoopOfTheSecretariatTheDirectorsAndTheAgenda() throws {
    defer { temporary.remove() }
    // The secretariat reads the week's minutes.
    let (imported, summary, _) = run(["import", Examples.folder])
    #expect(imported == 0)
    #expect(summary.hasPrefix("5 tilføjet"))

    // Who is to write the revised project description? The minutes say the HR consultant; the
    // secretariat gives it to Louise Agerbo, typing her name as it comes, the id cut short.
    let everyone = try json(["actions"])
    let project = try #require(
      (everyone["actions"] as? [[String: Any]])?.first { ($0["sentence"] as? String)?.hasPrefix("HR-konsulenten fremsender") == true })
    let id = try #require(project["id"] as? String)
    let short = String(id.prefix(7)).lowercased()
    let (typo, _, typoErr) = run(["assign", short, "Louise Agerbro"])
    #expect(typo == 67)
    #expect(typoErr.contains("mente du Louise Agerbo?"))
    let (assigned, _, said) = run(["assign", short, "louise"])
    #expect(assigned == 0, "\(said)")
    #expect(said.contains("\(id) har nu ansvarlig: Louise Agerbo"))
    // A deadline in Danish words: next Friday from Thursday 3 October.
    #expect(run(["due", short, "næste fredag"]).0 == 0)
    // A date that is no date is refused, and nothing is recorded.
    #expect(run(["due", short, "fredag eller mandag"]).0 == 64)

    // The director's own list: by initials, the assigned action there with its new deadline.
    let mine = try json(["actions", "--owner", "LA"])
    #expect(mine["owner"] as? String == "Louise Agerbo")
    let hers = try #require((mine["actions"] as? [[String: Any]])?.first { $0["id"] as? String == id })
    #expect(hers["due"] as? String == "2024-10-04")
    // Her calendar holds it on that day.
    let (_, ics, _) = run(["actions", "--owner", "Louise Agerbo", "--format", "ics"])
    #expect(ics.contains("UID:\(id)@followup\r\n"))
    #expect(ics.contains("DTSTART;VALUE=DATE:20241004"))
    // As of the day before the meeting of 2 October: nothing decided then, the assignment of
    // today not yet made.
    let before = try json(["actions", "--owner", "Louise Agerbo", "--as-of", "2024-10-01"])
    #expect(!ids(before["actions"]).contains(id))
    #expect((before["actions"] as? [[String: Any]] ?? []).allSatisfy { ($0["meetingDate"] as? String ?? "") <= "2024-10-01" })

    // She is done on Friday and says so; saying it twice records nothing new.
    let (done, _, doneSaid) = run(["done", short, "--on", "i morgen"], user: "louise")
    #expect(done == 0, "\(doneSaid)")
    let (again, _, againSaid) = run(["done", short], today: "2024-10-05", user: "louise")
    #expect(again == 0)
    #expect(againSaid.contains("var allerede markeret som udført (2024-10-04, af louise)"))
    #expect(!ids(try json(["actions", "--owner", "Louise"], today: "2024-10-05")["actions"]).contains(id))

    // The weekly report of week 40, typed the Danish way: done that week, counted alike.
    let week = try json(["report", "--week", "uge 40 2024", "--as-of", "2024-10-05"])
    #expect(ids(week["done"]).contains(id))
    let overdue = try json(["actions", "--as-of", "2024-10-05"])
    let overdueIDs = (overdue["actions"] as? [[String: Any]] ?? []).filter { $0["status"] as? String == "overdue" }
    #expect((week["summary"] as? [String: Any])?["overdue"] as? Int == overdueIDs.count)
    #expect((week["meetings"] as? [[String: Any]])?.map { $0["date"] as? String } == ["2024-10-02"])

    // The head of the secretariat drafts the next agenda of Direktionen: the three cases put
    // off on 2 October, the actions due then; a misspelt committee is refused.
    let agenda = try json(["agenda", "--committee", "direktion"])
    #expect(agenda["date"] as? String == "2024-10-09")
    let returns = (agenda["returns"] as? [[String: Any]] ?? []).filter { $0["lastDeferred"] as? String == "2024-10-02" }
    #expect(returns.count == 3)
    let promised = agenda["promised"] as? [[String: Any]] ?? []
    #expect(promised.contains { ($0["sentence"] as? String)?.hasPrefix("Pia Ulv Helleland indhenter") == true })
    #expect(run(["agenda", "--committee", "Økonomiudvalget"]).0 == 67)

    // The store's export agrees with the lists.
    let (exported, out, _) = run(["export", "--as-of", "2024-10-05"])
    #expect(exported == 0)
    let export = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let row = try #require((export["actions"] as? [[String: Any]])?.first { $0["id"] as? String == id })
    #expect(row["status"] as? String == "done")
    #expect((row["owners"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Louise Agerbo"])
    #expect(row["due"] as? String == "2024-10-04")
  }
}
