import MinutesCore
import Testing

@testable import FollowUp

/// The people directory over a large people file: short forms and role holders found through
/// indexes, with the same answers as before.
@Suite struct PeopleDirectoryTests {
  static let evidence = Evidence(source: "personer.json", line: 0, date: nil, how: "people-file")

  /// Thousands of people sharing a few first names, middle names and roles.
  static func crowd(_ n: Int) -> PeopleFile {
    let first = ["Lars", "Anne", "Pia", "Søren"]
    let middle = ["Marie", "Ulv", "Holm", "Skov", "Bach"]
    let entries = (0..<n).map { i in
      PeopleFile.Entry(
        name: "\(first[i % 4]) \(middle[i % 5]) Efternavn\(i)", aliases: nil, roles: ["Medarbejder"], email: nil)
    }
    return PeopleFile(people: entries)
  }

  @Test func aShortFormIsFoundAmongManyWithTheSameFirstName() {
    var d = PeopleDirectory()
    d.merge(Self.crowd(5000))
    d.learn(name: "Lars Borst Hansen", role: "Chef for Økonomi og HR", evidence: Self.evidence)
    #expect(d.person(named: "Lars Borst")?.name == "Lars Borst Hansen")
    #expect(d.person(named: "Lars Hansen")?.name == "Lars Borst Hansen")
    #expect(d.person(named: "Anne Efternavn1")?.name == "Anne Ulv Efternavn1")
    // Two who fit: neither.
    d.learn(name: "Lars Borst Jensen", role: nil, evidence: Self.evidence)
    #expect(d.person(named: "Lars Borst") == nil)
    #expect(d.person(named: "Lars Hansen")?.name == "Lars Borst Hansen")
  }

  @Test func theIndexFollowsARenamedPerson() {
    var d = PeopleDirectory()
    d.merge(Self.crowd(200))
    d.learn(name: "Bettina Baron Kjælder", role: nil, evidence: Self.evidence)
    #expect(d.person(named: "Bettina Baron")?.name == "Bettina Baron Kjælder")
    // The secretariat's spelling wins: the short form is now the name, and the short forms
    // are read from it.
    d.merge(PeopleFile(people: [.init(name: "Bettina Kjælder", aliases: nil, roles: nil, email: nil)]))
    #expect(d.person(named: "Bettina Baron Kjælder")?.name == "Bettina Kjælder")
    #expect(d.person(named: "Bettina Baron") == nil)
  }

  @Test func aRoleHeldByManyListsEachOnce() {
    var d = PeopleDirectory()
    let file = Self.crowd(3000)
    d.merge(file)
    d.merge(file)
    #expect(d.holders(of: "medarbejder").count == 3000)
    #expect(Set(d.holders(of: "Medarbejder").map(\.name)).count == 3000)
  }
}
