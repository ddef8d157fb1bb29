import FollowUp
import Foundation
import MinutesCore
import Testing

@Suite struct PDFImportTests {
  static let hasPdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].contains {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static let fixture = Examples.root.appendingPathComponent("Tests/FollowUpTests/Fixtures/direktionen-2024-10-02.pdf").path

  @Test(.enabled(if: hasPdftotext, "pdftotext (poppler-utils) is not installed"))
  func aPDFReadsLikeItsText() throws {
    let pdf = SourceLoader.load(Self.fixture)
    let text = SourceLoader.load(Examples.folder + "/direktionen-2024-10-02.txt")
    let p = try #require(pdf.meeting, "\(pdf.error.map(String.init(describing:)) ?? "")")
    let t = try #require(text.meeting)
    #expect(p.committee == t.committee && p.date == t.date && p.location == t.location)
    #expect(p.items.map(\.title) == t.items.map(\.title))
    #expect(p.items.map(\.caseNumber) == t.items.map(\.caseNumber))
    // Page headers and "Side N af M" footers are gone.
    #expect(!(pdf.text ?? "").contains("Side 2 af"))
    #expect(!(pdf.text ?? "").contains("Lemvig Kommune - Referat - Direktionen"))
    let rp = Register(meetings: [p])
    let rt = Register(meetings: [t])
    #expect(Set(rp.actions.map(\.id)) == Set(rt.actions.map(\.id)))
  }

  @Test func furnitureAndHyphensAreRemoved() {
    let raw = "Kommune X\nPunkt 1: Lokal-\nplan\nSide 1 af 2\n\u{0C}Kommune X\nBeslutning\nGodkendt.\nSide 2 af 2\n"
    let clean = PDFText.clean(raw)
    #expect(!clean.contains("Side 1 af 2") && !clean.contains("Kommune X"))
    #expect(clean.contains("Lokalplan"))
  }
}
