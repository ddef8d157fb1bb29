import FollowUp
import MinutesCore
import Testing

/// Every format escapes what came from a document.
@Suite struct RenderingTests {
  static let hostile = "<script>alert('x')</script> & \"=HYPERLINK(1)\"; a,b\u{1B}[31mrød\nlinje"

  func report() -> Report {
    var r = Report(
      title: Self.hostile, subtitle: "s",
      parts: [Report.Part(title: "Del", columns: ["A", "B"], groups: [Report.Group(heading: Self.hostile, rows: [[Self.hostile, "=1+1"], ["+45", "@SUM(A1)"]])])],
      json: .object([("x", .string(Self.hostile))]))
    r.todos = [Report.Todo(uid: "A1", summary: Self.hostile + String(repeating: "æøå", count: 40), description: "a;b,c\\d\ne", due: Day(iso: "2024-10-09"), status: .open, created: Day(iso: "2024-10-02")!)]
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
    let ics = report().render(.ics)
    for line in ics.components(separatedBy: "\r\n") where !line.isEmpty {
      #expect(line.utf8.count <= 75, "line too long: \(line.utf8.count)")
    }
    #expect(ics.contains("DESCRIPTION:a\\;b\\,c\\\\d\\ne"))
    #expect(ics.contains("DUE;VALUE=DATE:20241009"))
    #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    // Folding never splits a UTF-8 character: unfolded, the text is whole.
    let unfolded = ics.replacing("\r\n ", with: "")
    #expect(unfolded.contains(String(repeating: "æøå", count: 40)))
  }

  @Test func textStripsControlCharacters() {
    let text = report().render(.text, color: false)
    #expect(!text.contains("\u{1B}"))
    #expect(report().render(.text, color: true).contains("\u{1B}[1m"))
  }

  @Test func markdownEscapesTableSyntax() {
    let md = report().render(.md)
    #expect(md.contains("a,b"))
    #expect(!md.contains("<script>"))
  }
}
