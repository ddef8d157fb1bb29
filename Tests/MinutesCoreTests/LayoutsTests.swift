import Foundation
import MinutesCore
import Testing

/// The fifteen real layouts in `Fixtures/layouts` (public minutes of other councils; sources in
/// `SOURCES.md`) read as their hand annotation says: committee, date, item numbers, case numbers
/// and the number of attendees.
@Suite struct LayoutsTests {
  struct Row: CustomTestStringConvertible, Sendable {
    var file: String
    var committee: String
    var date: String
    var items: [Int]
    var cases: [String?]
    var attendees: Int
    var testDescription: String { file }
  }

  static let rows: [Row] = [
    Row(file: "bronderslev-byraadet-2020-01-29.txt", committee: "Byrådet", date: "2020-01-29", items: [1, 2, 3], cases: [nil, nil, nil], attendees: 0),
    Row(file: "slagelse-forebyggelses-og-seniorudvalget-2021-01-12.txt", committee: "Forebyggelses- og Seniorudvalget", date: "2021-01-12", items: [1, 2], cases: ["330-2020-164", "330-2020-29711"], attendees: 0),
    Row(file: "odense-byraad-2008-03-26.txt", committee: "Odense Byråd", date: "2008-03-26", items: [1], cases: ["2007/34364"], attendees: 0),
    Row(file: "ringkoebing-skjern-erhvervs-klima-og-arbejdskraftudvalget-2025-10-27.txt", committee: "Erhvervs-, Klima- og Arbejdskraftudvalget", date: "2025-10-27", items: [1, 2], cases: [nil, nil], attendees: 6),
    Row(file: "esbjerg-oekonomiudvalget-2014-10-06.txt", committee: "Økonomiudvalget", date: "2014-10-06", items: [1, 2], cases: ["14/40", "14/19290"], attendees: 9),
    Row(file: "vejen-byraadet-2021-02-09.txt", committee: "Byrådet", date: "2021-02-09", items: [1], cases: ["20/8545"], attendees: 0),
    Row(file: "region-hovedstaden-forretningsudvalget-2022-11-08.txt", committee: "Forretningsudvalget", date: "2022-11-08", items: [1, 2], cases: [nil, nil], attendees: 0),
    Row(file: "region-sjaelland-udvalget-for-det-naere-sundhedsvaesen-2020-01-15.txt", committee: "Udvalget for det nære sundhedsvæsen", date: "2020-01-15", items: [1, 2], cases: [nil, nil], attendees: 8),
    Row(file: "roskilde-kultur-og-idraetsudvalget-2019-04-03.txt", committee: "Kultur- og Idrætsudvalget", date: "2019-04-03", items: [42, 43, 44], cases: ["299835", "299835", "315923"], attendees: 0),
    Row(file: "naestved-byraadet-2014-12-16.txt", committee: "Byrådet", date: "2014-12-16", items: [274, 275], cases: ["00.22.02-A26-1-13", "02.34.04-P19-89-14"], attendees: 0),
    Row(file: "frederiksberg-kommunalbestyrelsen-2022-10-03.txt", committee: "Kommunalbestyrelsen", date: "2022-10-03", items: [197, 198], cases: [nil, nil], attendees: 0),
    Row(file: "skovboskolen-skolebestyrelsen-2008-04-16.txt", committee: "Skolebestyrelsen", date: "2008-04-16", items: [1, 2, 3, 4, 5], cases: [nil, nil, nil, nil, nil], attendees: 12),
    Row(file: "hedensted-det-faelles-landdistriktsraad-2023-08-31.txt", committee: "Det fælles landdistriktsråd", date: "2023-08-31", items: [1, 2, 3], cases: [nil, nil, nil], attendees: 0),
    Row(file: "viborg-social-og-sundhedsudvalget-2019-01-17.txt", committee: "Social- og Sundhedsudvalget", date: "2019-01-17", items: [1], cases: [nil], attendees: 0),
    Row(file: "aalborg-byraadet-2024-02-12.txt", committee: "Byrådet", date: "2024-02-12", items: [1, 2], cases: [nil, nil], attendees: 0),
  ]

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/layouts")

  @Test(arguments: rows)
  func readsAsAnnotated(_ row: Row) throws {
    let bytes = [UInt8](try Data(contentsOf: LayoutsTests.folder.appendingPathComponent(row.file)))
    let m = try MinutesParser.parse(bytes: bytes, source: row.file)
    #expect(m.committee == row.committee)
    #expect(m.date?.description == row.date)
    #expect(m.items.map(\.number) == row.items)
    #expect(m.items.map { $0.caseNumber?.text } == row.cases)
    #expect(m.attendees.count == row.attendees)
    #expect(m.items.allSatisfy { !$0.isClosed })
  }
}
