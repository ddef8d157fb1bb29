import FollowUp
import MinutesCore
import Testing

@Suite struct RegisterTests {
  let r = Examples.register

  @Test func postponedAsOfOctober3() {
    let open = r.openPostponed(asOf: Examples.day("2024-10-03"))
    #expect(Set(open.map(\.caseNumber)) == ["85.13.00G01-2-23", "81.16.00P21-1-24", "81.39.15G01-1-23", "81.07.02G01-20-24"])
    let digitalisation = open.first { $0.caseNumber == "85.13.00G01-2-23" }
    #expect(digitalisation?.target == Examples.day("2024-05-15"))
    #expect(digitalisation?.isOverdue == true)
    #expect(digitalisation?.count == 2)
    for other in open where other.caseNumber != "85.13.00G01-2-23" {
      #expect(other.count == 2)
      #expect(other.target == Examples.day("2024-10-09"))
    }
  }

  @Test func postponedBeforeTheDeferralIsNotOpen() {
    let open = r.openPostponed(asOf: Examples.day("2024-04-01"))
    // As of 1 April only the March deferral of the digitalisation plan is known.
    #expect(open.map(\.caseNumber) == ["85.13.00G01-2-23"])
    #expect(open.first?.count == 1)
  }

  @Test func aCaseThatCameBackIsNoLongerWaiting() {
    let open = r.openPostponed(asOf: Examples.day("2024-12-05")).map(\.caseNumber)
    #expect(!open.contains("81.00.00P00-1-23"))  // deferred twice, decided 2 October
    #expect(!open.contains("83.07.00G01-1-24"))  // deferred in August, approved 11 September
  }

  @Test func piaHasHerErrandDueNextWeek() throws {
    let pia = r.actions.filter { $0.owners.contains { $0.name == "Pia Ulv Helleland" } && $0.kind == .task }
    let errand = try #require(pia.first { $0.sentence.hasPrefix("Pia Ulv Helleland indhenter") })
    #expect(errand.due == Examples.day("2024-10-09"))
    #expect(errand.status(asOf: Examples.day("2024-10-03")) == .open)
    #expect(errand.status(asOf: Examples.day("2024-10-10")) == .overdue)
  }

  @Test func rolesResolveToPeopleTheMinutesName() throws {
    let a = try #require(r.actions.first { $0.sentence.contains("tager stilling til, hvorledes notatet") })
    #expect(a.owners.map(\.name) == ["Søren Søndergaard Kjær", "Ove Weller Nielsen"])
    #expect(a.owners.map(\.surface) == ["Kommunaldirektør", "Chefen for Økonomi og HR"])
    let hr = try #require(r.actions.first { $0.sentence.hasPrefix("HR-konsulenten fremsender") })
    #expect(hr.owners.first?.name == "Ditte Ågård Pedersen")  // the item's own guest
    let notat = try #require(r.actions.first { $0.sentence.hasPrefix("Chefen for Direktionssekretariatet") })
    #expect(notat.owners.map(\.name) == ["Louise Agerbo", "Fagchef for Job og Borgerservice"])
    #expect(notat.owners.map(\.kind) == [.person, .role])
    #expect(notat.due == Examples.day("2024-10-09"))
  }

  @Test func spellingVariantsAreOnePerson() throws {
    let a = try #require(r.actions.first { $0.sentence.hasPrefix("Ditte Aagård Pedersen og Louise Agerbo") })
    #expect(a.owners.map(\.name) == ["Ditte Ågård Pedersen", "Louise Agerbo"])
    #expect(a.due == Examples.day("2024-10-09"))  // "til næste møde": the next Direktionen meeting
    #expect(r.people.person(named: "Lars Borst")?.name == "Lars Borst Hansen")
    #expect(r.people.person(named: "Ove Weller")?.name == "Ove Weller Nielsen")
  }

  @Test func unassignedWorkIsKept() throws {
    let a = try #require(r.actions.first { $0.sentence.hasPrefix("Notat omkring lukkedag fredag") })
    #expect(a.owners.isEmpty)
    #expect(a.kind == .task)
    let referral = try #require(r.actions.first { $0.sentence.contains("drøftes i direktionen i januar 2024") })
    #expect(referral.kind == .referral)
    #expect(referral.due == Examples.day("2024-01-31"))
  }

  @Test func presentationsAreDueOnTheirEvent() {
    let talks = r.actions.filter { $0.kind == .presentation && $0.meetingDate == Examples.day("2024-10-02") }
    #expect(talks.count == 5)
    #expect(talks.allSatisfy { $0.due == Examples.day("2024-10-23") })
    #expect(talks.contains { $0.owners.map(\.name) == ["Pia Ulv Helleland", "Lene Kudsk"] })
  }

  @Test func quotedDecisionsAreAppearances() throws {
    let c = try #require(r.cases.first { $0.caseNumber == "81.00.00P00-1-23" })
    #expect(c.appearances.map { "\($0.date) \($0.item ?? -1)" } == ["2024-09-18 7", "2024-09-25 11", "2024-10-02 6"])
    let across = try #require(r.cases.first { $0.caseNumber == "85.13.00G01-2-23" })
    #expect(Set(across.appearances.map(\.committee)) == ["Medudvalg - Centraladministration", "Direktionen"])
  }

  @Test func standingItemsByTitleAndBehaviour() throws {
    #expect(r.cases.first { $0.caseNumber == "00.15.00I00-1-23" }?.isStanding == true)  // Eventuelt
    #expect(r.cases.first { $0.caseNumber == "00.01.00I00-2-23" }?.isStanding == true)  // Lukket
    #expect(r.cases.first { $0.caseNumber == "85.13.00G01-2-23" }?.isStanding == false)
  }

  @Test func idsAreStable() {
    let again = Register(meetings: Examples.meetings.reversed())
    #expect(Set(again.actions.map(\.id)) == Set(r.actions.map(\.id)))
    #expect(Set(r.actions.map(\.id)).count == r.actions.count)
  }

  @Test func closedItemsAreNotRead() {
    #expect(!r.actions.contains { $0.isClosed })
    #expect(!r.postponements.contains { $0.isClosed })
  }

  @Test func workReportedBackIsDone() throws {
    let a = try #require(r.actions.first { $0.sentence.hasPrefix("Det undersøges om nabokommunerne") })
    #expect(a.source == .priorDecision)
    #expect(a.status(asOf: Examples.day("2024-10-03")) == .done)
  }
}
