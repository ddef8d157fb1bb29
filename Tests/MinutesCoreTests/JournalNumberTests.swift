import MinutesCore
import Testing

@Suite struct JournalNumberTests {
  @Test(arguments: [
    ("85.13.00G01-2-23", "85.13.00", "G01", 2, 23),
    ("00.15.25P05-1-23", "00.15.25", "P05", 1, 23),
    ("81.07.02G01-20-24", "81.07.02", "G01", 20, 24),
    ("85.02.02-G01-5-17", "85.02.02", "G01", 5, 17),
    // Budgets and accounts: the facet's letter Ø.
    ("17.20.00-Ø00-1-25", "17.20.00", "Ø00", 1, 25),
    ("27.00.00ø40-3-25", "27.00.00", "Ø40", 3, 25),
  ])
  func parts(_ c: (String, String, String, Int, Int)) throws {
    let j = try JournalNumber(validating: c.0)
    #expect(j.subject == c.1)
    #expect(j.facet == c.2)
    #expect(j.serial == c.3)
    #expect(j.year == c.4)
    #expect(j.description == c.0)  // round-trips as written
  }

  @Test func partsOfTheSubject() throws {
    let j = try JournalNumber(validating: "85.13.07G01-2-23")
    #expect(j.mainGroup == 85)
    #expect(j.group == 13)
    #expect(j.topic == 7)
    #expect(j.fullYear == 2023)
  }

  @Test func spellingsCompareByParts() throws {
    #expect(try JournalNumber(validating: "85.02.02-G01-5-17") == JournalNumber(validating: "85.02.02G01-5-17"))
    #expect(try JournalNumber(validating: "85.02.02G01-05-17").canonical == "85.02.02G01-5-17")
    #expect(try JournalNumber(validating: "85.02.02G01-5-17") != JournalNumber(validating: "85.02.02G01-5-18"))
  }

  @Test func yearMayBeMissing() throws {
    let j = try JournalNumber(validating: "00.22.00G01-0002")
    #expect(j.serial == 2)
    #expect(j.year == nil)
  }

  @Test(arguments: ["EMN-2025-009242", "85.13G01-2-23", "85.13.00-2-23", "85.13.00G1-2-23", "85.13.00G01", "85.13.00G01-2-2024", ""])
  func rejects(_ s: String) {
    #expect(JournalNumber(s) == nil)
    #expect(throws: JournalNumber.ValidationError.self) { try JournalNumber(validating: s) }
  }

  @Test func otherSystemsAreKeptVerbatim() {
    #expect(CaseNumber(reading: "EMN-2025-009242") == .opaque("EMN-2025-009242"))
    #expect(CaseNumber(reading: "Sagsnr.: 16/12923") == .opaque("16/12923"))
    #expect(CaseNumber(reading: "330-2018-3619") == .opaque("330-2018-3619"))
    #expect(CaseNumber(reading: "Sag nr. 130") == .opaque("130"))
    #expect(CaseNumber(reading: "81.16.00P21-1-24")?.journalNumber?.facet == "P21")
  }
}
