import Foundation
import MinutesCore
import Testing

@testable import FollowUp
@testable import followup_cli

/// `followup agenda`: the draft list of a committee's next meeting, on the example minutes.
@Suite(.serialized) struct AgendaTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("agenda") }

  func run(_ args: [String], today: String = "2024-10-03") -> (Int32, String, String) {
    let (io, out, err) = IO.capturing(
      environment: ["FOLLOWUP_TODAY": today, "FOLLOWUP_DB": temporary.db, "USER": "tester"])
    let code = FollowUpCLI.run(args, io: io)
    return (code, out(), err())
  }

  func agenda(_ args: [String], today: String = "2024-10-03") throws -> [String: Any] {
    let (code, out, err) = run(["agenda"] + args + ["--format", "json"], today: today)
    #expect(code == 0, "\(err)")
    return try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
  }

  @Test func theMeetingOf9OctoberGetsTheCasesPostponedOn2OctoberAndTheActionsDueThen() throws {
    defer { temporary.remove() }
    #expect(run(["import", Examples.folder]).0 == 0)
    let draft = try agenda(["--committee", "Direktionen", "--date", "2024-10-09"], today: "2025-06-01")
    #expect(draft["date"] as? String == "2024-10-09")
    // Drafted as it stood the day before, whatever today is.
    #expect(draft["asOf"] as? String == "2024-10-08")
    let returns = try #require(draft["returns"] as? [[String: Any]])
    let fromOctober = returns.filter { $0["lastDeferred"] as? String == "2024-10-02" }
    #expect(Set(fromOctober.compactMap { $0["journalNumber"] as? String }) == ["81.07.02G01-20-24", "81.16.00P21-1-24", "81.39.15G01-1-23"])
    let sosu = try #require(fromOctober.first { $0["journalNumber"] as? String == "81.07.02G01-20-24" })
    #expect(sosu["history"] as? String == "udsat 2 gange, senest 2. oktober 2024 pkt. 5")
    let promised = try #require(draft["promised"] as? [[String: Any]])
    #expect(!promised.isEmpty)
    #expect(promised.allSatisfy { $0["due"] as? String == "2024-10-09" })
    let sentences = promised.compactMap { $0["sentence"] as? String }
    #expect(sentences.contains { $0.hasPrefix("Pia Ulv Helleland indhenter yderligere oplysninger") })
    #expect(sentences.contains { $0.hasPrefix("Ditte Aagård Pedersen og Louise Agerbo udarbejder forslag til program til næste møde") })
    #expect(sentences.contains { $0.hasPrefix("Chefen for Direktionssekretariatet og Fagchef for Job- og Borgerservice udarbejder notat") })
    // The standing items come last in every format.
    let (_, text, _) = run(["agenda", "--committee", "direktion", "--date", "9. oktober 2024"])
    #expect(text.contains("udsat 2 gange, senest 2. oktober 2024 pkt. 5"))
    let standing = try #require(text.range(of: "Stående punkter"))
    let returnsAt = try #require(text.range(of: "Udsatte sager, der skal tilbage"))
    #expect(returnsAt.lowerBound < standing.lowerBound)
    #expect(text.hasSuffix("Eventuelt\n"))
  }

  @Test func withoutADateItIsTheCommitteesNextMeeting() throws {
    defer { temporary.remove() }
    #expect(run(["import", Examples.folder]).0 == 0)
    // On 3 October 2024 the next known meeting of Direktionen is the 9th.
    let draft = try agenda(["--committee", "Direktionen"], today: "2024-10-03")
    #expect(draft["date"] as? String == "2024-10-09")
    #expect(draft["asOf"] as? String == "2024-10-03")
    // A done action is off the list; one moved to the meeting is on it.
    let promised = try #require(draft["promised"] as? [[String: Any]])
    let pia = try #require(promised.first { ($0["sentence"] as? String)?.hasPrefix("Pia Ulv Helleland indhenter") == true })
    let id = try #require(pia["id"] as? String)
    #expect(run(["done", id]).0 == 0)
    let after = try agenda(["--committee", "Direktionen"], today: "2024-10-03")
    #expect(!(after["promised"] as? [[String: Any]] ?? []).contains { $0["id"] as? String == id })
  }

  @Test func asOfADayItIsTheNextMeetingAfterThatDay() throws {
    defer { temporary.remove() }
    #expect(run(["import", Examples.folder]).0 == 0)
    // The clock says 2026; the list asked for is as it stood on 5 December 2024.
    let (code, text, err) = run(["agenda", "--committee", "Direktionen", "--as-of", "2024-12-05"], today: "2026-11-29")
    #expect(code == 0, "\(err)")
    let heading = text.split(separator: "\n").prefix(2).joined(separator: "\n")
    #expect(heading.contains("2024-12"), "\(heading)")
    #expect(heading.contains("anslået ud fra udvalgets mødefrekvens"), "\(heading)")
  }

  @Test func eachMeetingGetsWhatFallsDueSinceTheMeetingBefore() throws {
    defer { temporary.remove() }
    #expect(run(["import", Examples.folder]).0 == 0)
    // Drafted on 3 October for the 23rd: Direktionen meets weekly, so what is due on the 9th
    // belongs to that meeting; the presentations planned for the 23rd belong to this one.
    let draft = try agenda(["--committee", "Direktionen", "--date", "2024-10-23"], today: "2024-10-03")
    let promised = draft["promised"] as? [[String: Any]] ?? []
    #expect(!promised.contains { $0["due"] as? String == "2024-10-09" })
    let presentations = try #require(draft["presentations"] as? [[String: Any]])
    #expect(presentations.contains { ($0["sentence"] as? String)?.hasPrefix("Sneak peek på On-boarding v. Pia Ulv Helleland") == true })
    #expect(presentations.allSatisfy { $0["due"] as? String == "2024-10-23" })
    #expect(draft["followingMeeting"] as? String == "2024-10-30")
  }

  @Test func aCommitteeIsRequiredAndMustBeKnown() throws {
    defer { temporary.remove() }
    #expect(run(["import", Examples.folder]).0 == 0)
    #expect(run(["agenda"]).0 == 64)
    let (code, _, err) = run(["agenda", "--committee", "Økonomiudvalget"])
    #expect(code == 67)
    #expect(err.contains("intet udvalg 'Økonomiudvalget'"))
  }
}
