import FollowUp
import Foundation
import MinutesCore
import Testing

/// Every format escapes what came from a document.
@Suite struct RenderingTests {
  static let hostile = "<script>alert('x')</script> & \"=HYPERLINK(1)\"; a,b\u{1B}[31mrød\nlinje"

  func report() -> Report {
    var r = Report(
      kind: .actions, title: Self.hostile, subtitle: "s",
      parts: [Report.Part(
        name: "del", title: "Del", columns: ["A", "B"],
        groups: [Report.Group(heading: Self.hostile, rows: [[.text(Self.hostile), "=1+1"], ["+45", "@SUM(A1)"]])])],
      json: .object([("x", .string(Self.hostile))]))
    r.entries = [Report.CalendarEntry(
      uid: "A1", summary: Self.hostile + String(repeating: "æøå", count: 40), description: "a;b,c\\d\ne",
      due: Day(iso: "2024-10-09"), categories: ["Pia, Ulv", "Direktionen"], status: .open, created: Examples.day("2024-10-02"))]
    return r
  }

  @Test func htmlEscapesEverything() {
    let html = report().render(.html)
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;=HYPERLINK(1)&quot;"))
    #expect(!html.contains("\u{1B}"))
  }

  @Test func csvNeutralisesFormulas() {
    let csv = report().render(.csv)
    #expect(csv.contains("\"'=1+1\""))
    #expect(csv.contains("\"'+45\""))
    #expect(csv.contains("\"'@SUM(A1)\""))
    #expect(csv.hasSuffix("\r\n"))
    // The quote and the comma in the hostile cell are quoted per RFC 4180.
    #expect(csv.contains("\"\"=HYPERLINK(1)\"\"; a,b"))
  }

  @Test func icsFoldsAndEscapes() {
    var o = RenderOptions()
    o.calendar = .todos
    let ics = report().render(.ics, options: o)
    for line in ics.components(separatedBy: "\r\n") where !line.isEmpty {
      #expect(line.utf8.count <= 75, "line too long: \(line.utf8.count)")
    }
    #expect(ics.contains("DESCRIPTION:a\\;b\\,c\\\\d\\ne"))
    #expect(ics.contains("DUE;VALUE=DATE:20241009"))
    #expect(ics.contains("CATEGORIES:Pia\\, Ulv,Direktionen"))
    #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    // Folding never splits a UTF-8 character: unfolded, the text is whole.
    let unfolded = ics.replacing("\r\n ", with: "")
    #expect(unfolded.contains(String(repeating: "æøå", count: 40)))
  }

  @Test func textStripsControlCharacters() {
    let text = report().render(.text)
    #expect(!text.contains("\u{1B}"))
    var o = RenderOptions()
    o.color = true
    #expect(report().render(.text, options: o).contains("\u{1B}[1m"))
  }

  @Test func markdownEscapesTableSyntax() {
    let md = report().render(.md)
    #expect(md.contains("a,b"))
    #expect(!md.contains("<script>"))
  }

  @Test func xlsxDropsControlCharactersAndEscapesXML() throws {
    let bytes = ReportFormat.xlsx.renderer().render(report())
    let sheet = try #require(try StoredZipReader.entries(bytes).first { $0.name == "xl/worksheets/sheet1.xml" })
    let xml = String(decoding: sheet.bytes, as: UTF8.self)
    #expect(!xml.contains("\u{1B}"))
    #expect(!xml.contains("<script>"))
    #expect(xml.contains("&lt;script&gt;"))
  }

  @Test func mailHeadersCannotBeInjected() {
    #expect(MailAddress(parsing: "a@b.dk\r\nBcc: x@y.dk") == nil)
    #expect(MailAddress(parsing: "Pia <pia@example.dk>") == MailAddress(name: "Pia", address: "pia@example.dk"))
    #expect(MailAddress(parsing: "ikke en adresse") == nil)
    var o = RenderOptions()
    o.mail.to = [MailAddress(name: "Søren \"S\" Kjær", address: "s@example.dk")]
    let eml = report().render(.eml, options: o)
    let headers = eml.components(separatedBy: "\r\n\r\n")[0]
    // The hostile title is one encoded Subject: no header line of its own.
    #expect(!headers.contains("\nalert") && !headers.contains("<script>"))
    #expect(headers.contains("To: =?UTF-8?Q?S=C3=B8ren_=22S=22_Kj=C3=A6r?= <s@example.dk>"))
  }
}
