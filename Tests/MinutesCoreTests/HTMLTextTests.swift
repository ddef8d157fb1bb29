import Foundation
import MinutesCore
import Testing

/// Saved web pages read as text: `DocumentText(decodingHTML:file:)` and the pages the reader
/// reads through it.
@Suite struct HTMLTextTests {
  /// The text of a page given as a string.
  func text(_ html: String) throws -> String {
    try DocumentText(decodingHTML: Array(html.utf8), file: "test.html").text
  }

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func fixture(_ name: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
  }

  // MARK: blocks, lines and dressing

  @Test(arguments: [
    // Blocks are paragraphs; inline text is joined as a browser shows it.
    ("<p>Godkendt.</p><div>Sagen <b>udsættes</b>.</div>", "Godkendt.\n\nSagen udsættes."),
    ("<p>  Et\n\tord  og\r\n  et   andet </p>", "Et ord og et andet"),
    ("<span>Besl</span><span>utning</span> <em>Godkendt</em>,<i>ja</i>", "Beslutning Godkendt,ja"),
    ("<p>Udvalg: Magistraten<br>Dato: 02-09-2025</p>", "Udvalg: Magistraten  \nDato: 02-09-2025"),
    ("<p>a<br><br>b</p>", "a  \n\nb"),
    ("<p>a</p><hr><p>b</p>", "a\n\nb"),
    // Headings and bold blocks.
    ("<h1>Referat</h1><h3>Beslutning</h3><h6>Note</h6>", "# Referat\n\n### Beslutning\n\n###### Note"),
    ("<p><strong>Beslutning</strong></p><p><b>Sagsnr.:</b> 24/1</p>", "**Beslutning**\n\nSagsnr.: 24/1"),
    ("<b><p>Indstilling</p><p>Bilag</p></b>", "**Indstilling**\n\n**Bilag**"),
    ("<h2><b>Punkt 1: Titel</b></h2>", "## Punkt 1: Titel"),
    // Lists: bullets, numbers, nesting, items with several blocks.
    ("<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>", "- a\n- b\n  - c"),
    ("<ol start=\"3\"><li>x</li><li>y</li></ol>", "3. x\n4. y"),
    ("<p>Før</p><ul><li><p>Et</p><p>to</p></li></ul><p>Efter</p>", "Før\n\n- Et\n  to\n\nEfter"),
    ("<ul><li>uden slut<li>næste</ul>", "- uden slut\n- næste"),
    ("<dl><dt>Mødedato</dt><dd>4. juni 2025</dd></dl>", "Mødedato\n\n4. juni 2025"),
    // Text that only looks like Markdown dressing is escaped.
    ("<p># 3 er ikke en overskrift</p><p>| heller ikke en tabel</p>", "\\# 3 er ikke en overskrift\n\n\\| heller ikke en tabel"),
    // `pre` keeps its lines and spaces.
    ("<pre>\nLinje 1\n  Linje 2\n\nLinje 4</pre><p>efter</p>", "Linje 1\n  Linje 2\n\nLinje 4\n\nefter"),
  ])
  func linesAsABrowserShowsThem(html: String, expected: String) throws {
    #expect(try text(html) == expected)
  }

  @Test(arguments: [
    // Cells of one line each are a table row; rows of one table follow each other.
    ("<table><tr><th>År</th><th>Beløb</th></tr><tr><td>2024</td><td>2,5</td></tr></table>",
     "| År | Beløb |\n| 2024 | 2,5 |"),
    // Lines joined by <br> in a cell are one cell; a bar in a cell cannot split it.
    ("<table><tr><td>Navn</td><td>Anne Lund<br>Bo Ravn</td></tr><tr><td>A|B</td><td></td></tr></table>",
     "| Navn | Anne Lund, Bo Ravn |\n| A/B |  |"),
    // A label and its value, as on a form, are a labelled field.
    ("<table><tr><td>Deltagere:</td><td>Anne Lund<br>Bo Ravn</td></tr><tr><th>Sted:</th><td></td></tr></table>",
     "Deltagere: Anne Lund, Bo Ravn\n\nSted:"),
    // A layout table's header row names columns that its lines no longer have.
    ("<table><tr><th>Punkt</th><th>Titel</th></tr><tr><td>1</td><td><h2>T</h2><p>x</p></td></tr></table>",
     "## 1. T\n\nx"),
    // Cells without a row, an empty row, a row of one cell.
    ("<table><td>a</td><td>b</td></table><table><tr><td></td><td> </td></tr><tr><td>ene</td></tr></table>",
     "| a | b |\n\nene"),
    // A row of blocks (a layout table) is its cells' lines; a number cell labels the heading.
    ("<table><tr><td>7</td><td><h2>Lokalplan 12</h2><p>Godkendt.</p></td><td></td></tr></table>",
     "## 7. Lokalplan 12\n\nGodkendt."),
    ("<table><tr><td><p>Venstre</p><p>spalte</p></td><td>Højre</td></tr></table>",
     "Venstre\n\nspalte\n\nHøjre"),
    // A table in a cell does not end the outer cell's row early.
    ("<table><tr><td>ydre</td><td><table><tr><td>a</td><td>b</td></tr></table><p>mere</p></td></tr></table>",
     "ydre\n\n| a | b |\n\nmere"),
  ])
  func tables(html: String, expected: String) throws {
    #expect(try text(html) == expected)
  }

  @Test func characterReferences() throws {
    let html = """
      <p>&aelig;&oslash;&aring; &AElig;&Oslash;&Aring; &eacute;&uuml; &ndash; &mdash; &hellip; \
      &lsquo;&rsquo; &ldquo;&rdquo; &bdquo; &euro; &bull;</p>\
      <p>&#248;&#xE5;&#X00C6; &#150; &#8211; &aring &ampx &copy2024 &foo; &#0; &#99999999; &#;</p>\
      <p>a&nbsp;&nbsp;b &lt;p&gt; &amp;lt; &quot;&apos;</p>
      """
    #expect(
      try text(html)
        == "æøå ÆØÅ éü – — … ‘’ “” „ € •\n\nøåÆ – – å &x ©2024 &foo; \u{FFFD} \u{FFFD} &#;\n\na  b <p> &lt; \"'"
    )
  }

  @Test func titleIsTheFirstLineUnlessThePageSaysTheSame() throws {
    #expect(
      try text("<html><head><title>Byrådet &ndash; 3. marts</title></head><body><p>Referat</p></body></html>")
        == "Byrådet – 3. marts\n\nReferat")
    #expect(
      try text("<title>Referat  Byrådet</title><h1>REFERAT Byrådet</h1><p>x</p>")
        == "# REFERAT Byrådet\n\nx")
    // A title the page repeats further down (First Agenda: committee and place) is left out,
    // so that the page's first line says what the document is.
    #expect(
      try text("<title>Byrådet - Sal 1</title><h1>Dagsorden 3. marts</h1><h2>Byrådet -  Sal 1</h2>")
        == "# Dagsorden 3. marts\n\n## Byrådet - Sal 1")
    // An svg's title is not the page's.
    #expect(try text("<body><svg><title>ikon</title></svg><p>Tekst</p></body>") == "Tekst")
    // A title that is the name of the file the page was saved from says nothing.
    #expect(try text("<title>referat_bestyrelsesmøde-2019-06-11</title><p>Tekst</p>") == "Tekst")
    #expect(try text("<title>Referat.docx</title><p>Tekst</p>") == "Tekst")
    #expect(try text("<title>Referat</title><p>Tekst</p>") == "Referat\n\nTekst")
  }

  // MARK: what is dropped, and what is kept although it looks droppable

  @Test func furnitureIsDropped() throws {
    let html = """
      <!DOCTYPE html><html><head><meta charset="utf-8"><title>T</title>
      <style>p { color: red } </style><script>if (a < b) { document.write("<p>nej</p>") }</script>
      <link rel="stylesheet" href="x.css"></head><body>
      <header><nav><ul><li><a href="/">Borger</a></li></ul></nav><form><input name="q"><button>Søg</button></form></header>
      <div role="navigation">Brødkrumme</div><div class="sr-only">Skærmlæsertekst</div>
      <div id="CybotCookiebotDialog"><p>Vi bruger cookies</p><button>OK</button></div>
      <noscript><p>Slå JavaScript til</p></noscript><template><p>skabelon</p></template>
      <svg viewBox="0 0 1 1"><text>svg-tekst</text></svg><iframe src="x">ramme</iframe>
      <p>Beslutning<!-- en kommentar <p>skjult</p> --> og <![CDATA[ cdata ]]>Godkendt.</p>
      <p hidden>skjult</p><p aria-hidden="true">skjult</p><p style="display: none">skjult</p>
      <p style="visibility:hidden">skjult</p><span class="badge">7</span><button>Hent som PDF</button>
      <span role="button">PDF</span><select><option>Vælg</option></select><textarea>fritekst</textarea>
      <p><a href="#top">&uarr; Til toppen</a></p><p><a href="/">Tilbage til forsiden</a> <a href="/b.pdf">Bilag 1</a> <a href="#">Udskriv</a></p>
      <footer><p>Rådhustorvet 1</p></footer></body></html>
      """
    #expect(try text(html) == "T\n\nBeslutning og Godkendt.\n\nBilag 1")
  }

  @Test func theMinutesAreKeptWhereAPageIsBuiltUnusually() throws {
    // An article's header and footer are the minutes' own.
    #expect(
      try text("<article><header><h1>Referat</h1></header><p>x</p><footer>Mødet slut kl. 17</footer></article>")
        == "# Referat\n\nx\n\nMødet slut kl. 17")
    // A heading in a button, and a button that opens a panel, are item headings.
    #expect(
      try text("<button class=\"toggle\"><h2>1. Godkendelse</h2><span>Fold ud</span></button><p>Godkendt.</p>")
        == "## 1. Godkendelse\n\nGodkendt.")
    #expect(
      try text("<div><button aria-expanded=\"false\" aria-controls=\"p2\">2. Budget</button></div><div id=\"p2\" hidden><p>Udsat.</p></div>")
        == "2. Budget\n\nUdsat.")
    // ASP.NET wraps the page in a form: a form that holds the page is kept.
    let page = "<form id=\"aspnetForm\" action=\"x.aspx\"><h1>Referat</h1><p>Godkendt.</p></form>"
    #expect(try text(page) == "# Referat\n\nGodkendt.")
    let long = String(repeating: "Sagen er drøftet. ", count: 120)
    #expect(try text("<form><p>\(long)</p></form>").hasPrefix("Sagen er drøftet."))
    #expect(try text("<div style=\"display:none\"><p>\(long)</p></div>").hasPrefix("Sagen er drøftet."))
    // An element that is never closed hides nothing: a stray <nav> or <header>.
    #expect(try text("<p>a</p><nav><p>Punkt 1: Titel</p>") == "a\n\nPunkt 1: Titel")
    #expect(try text("<header><h1>Referat</h1><p>b</p>") == "# Referat\n\nb")
    #expect(try text("<p>a <span hidden>skjult</span>b</p>") == "a b")
  }

  // MARK: charsets

  @Test func charsetFromTheDeclaration() throws {
    func page(_ meta: String, _ body: [UInt8]) -> [UInt8] {
      Array("<html><head>\(meta)</head><body><p>".utf8) + body + Array("</p></body></html>".utf8)
    }
    // "Møde – Rådhus" in Windows-1252, in ISO-8859-15 (€ at A4) and in UTF-8.
    let cp1252: [UInt8] = [0x4D, 0xF8, 0x64, 0x65, 0x20, 0x96, 0x20, 0x52, 0xE5, 0x64, 0x68, 0x75, 0x73]
    let d1 = try DocumentText(decodingHTML: page("<meta charset=\"windows-1252\">", cp1252), file: "a.html")
    #expect(d1.text == "Møde – Rådhus")
    #expect(d1.encoding == .windows1252)
    let equiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
    #expect(try DocumentText(decodingHTML: page(equiv, cp1252), file: "a.html").text == "Møde – Rådhus")
    let latin9 = try DocumentText(decodingHTML: page("<meta charset='iso-8859-15'>", [0xA4, 0x20, 0xE6]), file: "a")
    #expect(latin9.text == "€ æ")
    #expect(latin9.encoding == .iso885915)
    // A page saved again in UTF-8 that keeps its old declaration is UTF-8.
    let resaved = try DocumentText(decodingHTML: page("<meta charset=\"windows-1252\">", Array("Møde – Rådhus".utf8)), file: "a")
    #expect(resaved.text == "Møde – Rådhus")
    #expect(resaved.encoding == .utf8)
    // No declaration: UTF-8, and a byte that is not UTF-8 is Windows-1252 (a mixed page).
    let mixed = try DocumentText(decodingHTML: page("", Array("Møde ".utf8) + [0xE5, 0x72]), file: "a")
    #expect(mixed.text == "Møde år")
    #expect(try DocumentText(decodingHTML: page("", cp1252), file: "a").encoding == .windows1252)
    // An XML declaration.
    let xhtml = Array("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<html><body><p>".utf8) + cp1252
    #expect(try DocumentText(decodingHTML: xhtml, file: "a").text == "Møde – Rådhus")
  }

  @Test func byteOrderMarks() throws {
    let html = "<!DOCTYPE html><html><body><p>Mødested: Rådhuset</p></body></html>"
    var le: [UInt8] = [0xFF, 0xFE]
    for u in html.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    let d = try DocumentText(decoding: le, file: "a")
    #expect(d.text == "Mødested: Rådhuset")
    #expect(d.encoding == .utf16LE)
    // A UTF-8 mark wins over a declaration.
    let bom = [0xEF, 0xBB, 0xBF] + Array("<meta charset=\"windows-1252\"><p>Møde</p>".utf8)
    #expect(try DocumentText(decodingHTML: bom, file: "a").text == "Møde")
  }

  // MARK: broken markup

  @Test(arguments: [
    ("<p>a < b og c<d</p>", "a < b og c"),
    ("<p>5 <= 7 &lt;3 <3 </ x> <>", "5 <= 7 <3 <3 <>"),
    ("<p title=\"a > b\">tekst</p>", "tekst"),
    ("<p title=\"uden slut>tekst</p><p>mere</p>", "tekst\n\nmere"),
    // An unterminated comment ends at the next ">" (a browser would hide the rest of the page).
    ("<p>før<!-- uden slut <p>efter</p>", "førefter"),
    ("<p>før<!-- uden slut og uden vinkel", "før<!-- uden slut og uden vinkel"),
    // A script without its end tag is text, not the end of the page.
    ("<script>alert(1)<p>Tekst</p>", "alert(1)\n\nTekst"),
    ("<p><b><i>ulukket</p><p>næste", "**ulukket**\n\nnæste"),
    ("</div></p></table></li><p>x</p></body></html></html>", "x"),
    ("<table><tr><td>a</div></td><td>b</td></tr></table>", "| a | b |"),
    ("<p>a<", "a<"),
    ("<", "<"),
    ("<div", "<div"),
    ("<!DOCTYPE", "<!DOCTYPE"),
    ("<p>x</p><![CDATA[ uden slut", "x\n\n<![CDATA[ uden slut"),
    ("<h2>a<h3>b</h2>c", "## a\n\n### b\n\nc"),
    ("<a href=x><a href=y>link</a></a>", "link"),
    // A hidden element around cells: closed by its end tag it hides its cell; closed only by
    // the row's end (its end tag cannot reach across the cell) it hides nothing.
    ("<table><tr><span hidden><td>a</td></span><td>b</td></tr></table>", "|  | b |"),
    ("<table><tr><td>1</td><span hidden><td><h2>T</h2></span><td>x</td></tr></table><p>y</p>", "## 1. T\n\nx\n\ny"),
    ("<p>a</p><div hidden><p>b</p>", "a\n\nb"),
  ])
  func brokenMarkupLosesNoText(html: String, expected: String) throws {
    #expect(try text("<body>" + html) == expected)
  }

  @Test func deepNestingAndHugePages() throws {
    // Ten megabytes of <div>, never closed, with text at the bottom.
    let divs = String(repeating: "<div>", count: 2_000_000) + "<p>Bunden</p>"
    #expect(try text(divs) == "Bunden")
    // Nesting past the tracked depth reads the text still, and closes cleanly.
    let deep = String(repeating: "<span><b>", count: 2_000) + "dybt" + String(repeating: "</b></span>", count: 2_000)
    #expect(try text("<p>" + deep + "</p><p>efter</p>") == "**dybt**\n\nefter")
    // Deep lists are indented at most three levels.
    let lists = String(repeating: "<ul><li>x", count: 300)
    #expect(try text(lists).split(separator: "\n").allSatisfy { $0.prefix(while: { $0 == " " }).count <= 6 })
  }

  @Test func emptyBinaryAndPDFPages() {
    #expect(throws: MinutesError.empty(file: "e.html")) {
      try DocumentText(decodingHTML: Array("<html><head><script>x</script></head><body><nav>menu</nav></body></html>".utf8), file: "e.html")
    }
    #expect(throws: MinutesError.empty(file: "e.html")) { try DocumentText(decodingHTML: [], file: "e.html") }
    #expect(throws: MinutesError.binary(file: "b.html")) {
      try DocumentText(decodingHTML: [0x3C, 0x70, 0x3E, 0x00, 0x01, 0x02], file: "b.html")
    }
    #expect(throws: MinutesError.pdf(file: "p.html")) { try DocumentText(decodingHTML: Array("%PDF-1.4".utf8), file: "p.html") }
  }

  // MARK: recognising a page

  @Test func aPageIsReadAsHTMLWhateverItsName() throws {
    let page = "\n<!-- gemt -->\n<!doctype HTML>\n<html><body><p><b>Mødested:</b> Rådhuset</p></body></html>"
    #expect(try DocumentText(decoding: Array(page.utf8), file: "side.txt").text == "Mødested: Rådhuset")
    #expect(try DocumentText(decoding: Array("<?xml version=\"1.0\"?><html><p>x</p></html>".utf8), file: "a").text == "x")
    // Markdown that begins with a comment or mentions a tag is Markdown.
    let markdown = "<!-- note -->\n# Punkt 1: <html> i titlen\n"
    #expect(try DocumentText(decoding: Array(markdown.utf8), file: "a.md").text == markdown)
    #expect(try DocumentText(decoding: Array("<htmlish>\n".utf8), file: "a").text == "<htmlish>\n")
  }

  // MARK: pages read end to end

  /// First Agenda's publication page: the header table, then a layout table with one row per
  /// item (the number in one cell, the title as a heading in a button beside it, the case
  /// number, the sections as `h3`/`h4`, the attachments as links), icons, menus and dialogs.
  @Test func firstAgendaPublicationPage() throws {
    let name = "firstagenda-klima-og-miljoeudvalget-2025-06-04.html"
    let doc = try DocumentText(decodingHTML: Self.fixture(name), file: name)
    for furniture in ["Hent som PDF", "Kopier link", "Tip en ven", "PDF\n", "Tilbage til forsiden", "Henter indhold", "Modtager"] {
      #expect(!doc.text.contains(furniture), "\(furniture)")
    }
    #expect(doc.text.hasPrefix("# Referat 4. juni 2025 kl. 15.00\n\n## Klima- og Miljøudvalget - Mødelokale 2, Rådhuset\n\n"))
    #expect(doc.text.contains("\n\nMødedato: onsdag den 4. juni 2025 kl. 15.00\n\n"))
    #expect(!doc.text.contains("Punkt"))
    #expect(doc.text.contains("## 1. Godkendelse af dagsorden\n\nEMN-2025-001234\n\n### Beslutninger\n\nGodkendt."))
    let meeting = try MinutesParser.parse(bytes: Self.fixture(name), source: name)
    #expect(meeting.committee == "Klima- og Miljøudvalget")
    #expect(meeting.date == Day(year: 2025, month: 6, day: 4))
    #expect(meeting.location == "Mødelokale 2, Rådhuset")
    #expect(meeting.attendees == ["Hanne Kjær Nielsen", "Per Vestergaard", "Lise Møller"])
    #expect(meeting.items.map(\.number) == [1, 2, 3])
    #expect(
      meeting.items.map(\.title)
        == ["Godkendelse af dagsorden", "Plan for klimatilpasning 2026-2030", "Orientering om vandløbsvedligeholdelse"])
    #expect(meeting.items.map { $0.caseNumber?.description } == ["EMN-2025-001234", "EMN-2025-004567", "EMN-2025-002211"])
    #expect(meeting.items[1].attachments == ["Klimatilpasningsplan 2026-2030", "Høringssvar (samlet)"])
    // Item 3's panel was closed when the page was saved (display: none): it is kept.
    let decision = meeting.items[2].sections.first { $0.kind == .decision }
    #expect(decision?.paragraphs.first?.text == "Taget til efterretning.")
    #expect(meeting.kind == .minutes)
  }

  /// The agenda page of a First Agenda meeting is an agenda, not a second reading of the
  /// minutes: the page title (committee and place, repeated under the heading) does not hide
  /// the heading that says what the document is.
  @Test func firstAgendaAgendaPage() throws {
    let page = """
      <html><head><title>Klima- og Miljøudvalget - Mødelokale 2</title></head><body>
      <h1>Dagsorden 4. juni 2025 kl. 15.00</h1><h2>Klima- og Miljøudvalget - Mødelokale 2</h2>
      <table><tr><td>Udvalg:</td><td>Klima- og Miljøudvalget</td></tr>
      <tr><td>Mødedato:</td><td>onsdag den 4. juni 2025 kl. 15.00</td></tr></table>
      <table><thead><tr><th>Punkt</th><th>Titel</th></tr></thead>
      <tr><td>1</td><td><h2>Godkendelse af dagsorden</h2><span>EMN-2025-001234</span><h3>Indstilling</h3><div>At dagsordenen godkendes.</div></td></tr>
      </table></body></html>
      """
    let doc = try DocumentText(decodingHTML: Array(page.utf8), file: "dagsorden.html")
    #expect(
      doc.text == """
        # Dagsorden 4. juni 2025 kl. 15.00

        ## Klima- og Miljøudvalget - Mødelokale 2

        Udvalg: Klima- og Miljøudvalget

        Mødedato: onsdag den 4. juni 2025 kl. 15.00

        ## 1. Godkendelse af dagsorden

        EMN-2025-001234

        ### Indstilling

        At dagsordenen godkendes.
        """)
    let meeting = try MinutesParser.parse(doc, source: "dagsorden.html")
    #expect(meeting.kind == .agenda)
    #expect(meeting.committee == "Klima- og Miljøudvalget")
    #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden"])
  }

  /// A municipality's CMS page: a cookie banner, a skip link, the site header with its menu and
  /// search form, a breadcrumb, the minutes in an article with a definition list for the
  /// meeting, "Til toppen" links, a subscription form and the site footer.
  @Test func municipalityCMSPage() throws {
    let name = "cms-teknik-og-miljoeudvalget-2024-03-12.html"
    let doc = try DocumentText(decodingHTML: Self.fixture(name), file: name)
    for furniture in ["cookie", "Gå til indhold", "Borger", "Søg", "Forside", "Til toppen", "Abonnér", "Tilmeld", "Rådhustorvet", "Hent ", "dataLayer", "<b>"] {
      #expect(!doc.text.contains(furniture), "\(furniture)")
    }
    #expect(doc.text.hasPrefix("Referat - Teknik- og Miljøudvalget - 12. marts 2024 | Fjordby Kommune\n\n# Teknik- og Miljøudvalget\n\n"))
    #expect(doc.text.contains("Deltagere\n\n- Anders Bak (A), formand\n- Sofie Lund (V)\n- Mette Holm (V)\n\nAfbud"))
    #expect(doc.text.contains("| År | Beløb (mio. kr.) |\n| 2024 | 2,5 |\n| 2025 | 3,0 |"))
    #expect(doc.text.contains("jf. notat af 1. februar 2024.  \nPlanen har været drøftet i Trafiksikkerhedsrådet."))
    #expect(doc.text.contains("Forvaltningen indstiller, at\n\n1. planen godkendes\n2. planen sendes"))
    let meeting = try MinutesParser.parse(bytes: Self.fixture(name), source: name)
    #expect(meeting.committee == "Teknik- og Miljøudvalget")
    #expect(meeting.date == Day(year: 2024, month: 3, day: 12))
    #expect(meeting.absentees == ["Mette Holm"])
    #expect(meeting.items.map(\.number) == [1, 2, 3])
    #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Trafiksikkerhedsplan 2024–2027", "Køb af ejendom"])
    #expect(meeting.items.map { $0.caseNumber?.description } == ["24/1234", "24/2345", "24/3456"])
    #expect(meeting.items[2].isClosed)
    let decision = meeting.items[1].sections.first { $0.kind == .decision }
    #expect(decision?.paragraphs.map(\.text).first == "Udsat.")
  }

  /// An old page in Windows-1252 (`<meta charset="windows-1252">`), laid out in a table with a
  /// menu column, headings written as bold paragraphs.
  @Test func windows1252Page() throws {
    let name = "windows1252-oekonomiudvalget-2019-02-05.htm"
    let doc = try DocumentText(decodingHTML: Self.fixture(name), file: name)
    #expect(doc.encoding == .windows1252)
    #expect(doc.text.contains("**REFERAT Økonomiudvalget d. 05-02-2019**"))
    #expect(doc.text.contains("Mødested: Byrådssalen, Rådhuset  \nDeltagere: Jørgen Sørensen, Åse Kærgård og Bjørn Østergaard"))
    #expect(doc.text.contains("foreløbige resultat … med"))
    let meeting = try MinutesParser.parse(doc, source: name)
    #expect(meeting.committee == "Økonomiudvalget")
    #expect(meeting.date == Day(year: 2019, month: 2, day: 5))
    #expect(meeting.attendees == ["Jørgen Sørensen", "Åse Kærgård", "Bjørn Østergaard"])
    #expect(meeting.items.map(\.title) == ["Godkendelse af dagsorden", "Årsregnskab 2018 – foreløbigt resultat"])
  }
}

/// Saved pages whose closed items are marked the ways web pages mark them: the item is closed and
/// its text is never read; a list inside an item is no item.
@Suite struct HTMLClosedItemTests {
  static func page(_ second: String) -> String {
    """
    <!DOCTYPE html><html><head><meta charset="utf-8"><title>Referat</title></head><body>
    <h1>Miljøudvalget</h1><p>Mødedato: 04-06-2024</p>
    <h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>
    \(second)<p>Sagsnr.: 24/7004</p><h3>Sagsfremstilling</h3><p>HEMMELIG nabo klager.</p><h3>Beslutning</h3><p>HEMMELIG afvist.</p>
    <h2>3. Eventuelt</h2><h3>Beslutning</h3><p>Intet.</p>
    </body></html>
    """
  }

  @Test(arguments: [
    "<h2>2. Klage over støj</h2><p><strong>Lukket punkt</strong></p>",
    "<h2>2. Klage over støj</h2><p>LUKKET PUNKT</p>",
    "<h2>2. Klage over støj <span class=\"badge\">Lukket</span></h2>",
    "<h2>2. Klage over støj <span class=\"visually-hidden\">Lukket punkt</span></h2>",
    "<h2>2. Klage over støj Lukket</h2>",
    "<h2>2. Klage over støj</h2><table><tr><td>Status</td><td>Lukket</td></tr></table>",
    "<h2>2. Klage over støj</h2><p>Status: Lukket</p>",
    "<h2><img src=\"/img/lock.svg\" alt=\"Lukket punkt\"> 2. Klage over støj</h2>",
  ])
  func aClosedItemOnAWebPage(_ second: String) throws {
    let text = try DocumentText(decodingHTML: Array(Self.page(second).utf8), file: "miljoeudvalget-2024-06-04.html")
    let m = try MinutesParser.parse(text, source: "miljoeudvalget-2024-06-04.html")
    #expect(m.items.map(\.number) == [1, 2, 3], "\(second)")
    #expect(m.items.map(\.isClosed) == [false, true, false], "\(second)")
    #expect(m.items[1].title == "Klage over støj", "\(second)")
    let texts = m.items.flatMap { $0.sections.flatMap(\.paragraphs).map(\.text) }
    #expect(!texts.contains { $0.contains("HEMMELIG") }, "\(second)")
  }

  /// An ordered list in an item whose last entry has the next item's number.
  @Test func anOrderedListInAnItemIsNoItem() throws {
    let html = """
      <html><body><h1>Miljøudvalget</h1><p>Mødedato: 04-06-2024</p>
      <h2>1. Godkendelse af dagsorden</h2><h3>Beslutning</h3><p>Godkendt.</p>
      <h2>2. Cykelhandlingsplan</h2><h3>Sagsfremstilling</h3><p>Planen omfatter:</p><ol><li>Supercykelsti</li><li>Cykelparkering</li><li>Vintervedligehold af stier</li></ol><h3>Beslutning</h3><p>Godkendt.</p>
      <h2>3. Parkeringsstrategi</h2><p>Sagsnr.: 24/002345</p><h3>Beslutning</h3><p>Udsat til næste møde.</p>
      </body></html>
      """
    let text = try DocumentText(decodingHTML: Array(html.utf8), file: "miljoeudvalget-2024-06-04.html")
    let m = try MinutesParser.parse(text, source: "miljoeudvalget-2024-06-04.html")
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Cykelhandlingsplan", "Parkeringsstrategi"])
    #expect(m.items.last?.caseNumber?.text == "24/002345")
  }
}

/// One-item pages and accordions: the item's heading in the page's title or in a heading's button.
@Suite struct HTMLItemHeadingTests {
  func read(_ html: String, _ file: String) throws -> Meeting {
    try MinutesParser.parse(DocumentText(decodingHTML: Array(html.utf8), file: file), source: file)
  }

  /// An accordion saved without its script: each heading's text is in a button.
  @Test func headingsInButtons() throws {
    let m = try read(
      """
      <html><body><h1>Miljøudvalget</h1><p>Mødedato: 04-06-2024</p>
      <h3><button type="button" class="accordion-button">Punkt 1 - Meddelelser</button></h3>
      <div class="accordion-body"><p>Beslutning: Taget til efterretning.</p></div>
      <h3><button type="button" class="accordion-button">Punkt 2 - Lukket punkt - Personalesag</button></h3>
      <div class="accordion-body"><p>Beslutning: HEMMELIG medarbejderen afskediges.</p></div>
      <h3><button type="button" class="accordion-button">Punkt 3 - Eventuelt</button></h3>
      <div class="accordion-body"><p>Beslutning: Intet.</p></div>
      </body></html>
      """, "miljoeudvalget-2024-06-04.html")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.isClosed) == [false, true, false])
    #expect(!m.items.flatMap { $0.sections.flatMap(\.paragraphs).map(\.text) }.contains { $0.contains("HEMMELIG") })
  }

  /// An agenda's items dressed as headings, some with nothing under them.
  @Test func anAgendasBareHeadingsAreItems() throws {
    let m = try read(
      """
      <html><head><title>Dagsorden - Boligudvalget</title></head><body><h1>Dagsorden</h1><h2>Boligudvalget</h2><p>Mødedato: 02-12-2024</p>
      <h3>1. Godkendelse af dagsorden</h3>
      <h3>2. Almene boliger – skema A</h3><p>Sagsnr.: 03.02.00-G01-11-24</p><h4>Indstilling</h4><p>Direktøren indstiller, at skema A godkendes.</p>
      <h3>3. Eventuelt</h3>
      </body></html>
      """, "boligudvalget-2024-12-02.html")
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Almene boliger – skema A", "Eventuelt"])
  }

  /// A one-item page whose title is the item's heading: the page's header stays the meeting's.
  @Test func aTitleThatIsTheItemsHeading() throws {
    let m = try read(
      """
      <html><head><title>Punkt 6 - Landsbypuljen 2024</title></head><body>
      <h1>Landdistriktsudvalget</h1><p>Mødedato: 30. januar 2024</p>
      <h2>6. Landsbypuljen 2024</h2><p>Sagsnr.: 24/1422</p><h3>Beslutning</h3><p>Godkendt.</p>
      </body></html>
      """, "punkt-6.html")
    #expect(m.committee == "Landdistriktsudvalget")
    #expect(m.date?.description == "2024-01-30")
    #expect(m.items.map(\.number) == [6])
    #expect(m.items.first?.caseNumber?.text == "24/1422")
  }
}

/// eDoc's published pages keep each item as a table of its fields, a field a row.
@Suite struct HTMLItemTablesTests {
  @Test func itemsKeptAsTablesOfTheirFields() throws {
    let html = """
      <html><body><h1>Socialudvalget</h1><p>Mødedato: 19-03-2024</p>
      <table><tr><td>1.</td><td><b>Godkendelse af dagsorden</b></td></tr><tr><td>Sagsnr.</td><td>24/3001</td></tr><tr><td>Beslutning</td><td>Godkendt.</td></tr></table>
      <table><tr><td>2.</td><td><b>Anbringelsessag</b></td></tr><tr><td>Status</td><td>Lukket</td></tr><tr><td>Sagsnr.</td><td>24/9876</td></tr><tr><td>Sagsfremstilling</td><td>HEMMELIG barnet anbringes.</td></tr></table>
      <table><tr><td>3.</td><td><b>Takster for hjemmepleje 2025</b></td></tr><tr><td>Sagsnr.</td><td>24/4410</td></tr><tr><td>Beslutning</td><td>Udsat til næste møde.</td></tr></table>
      </body></html>
      """
    let m = try MinutesParser.parse(
      DocumentText(decodingHTML: Array(html.utf8), file: "socialudvalget-2024-03-19.html"), source: "socialudvalget-2024-03-19.html")
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Anbringelsessag", "Takster for hjemmepleje 2025"])
    #expect(m.items.map { $0.caseNumber?.text } == ["24/3001", "24/9876", "24/4410"])
    #expect(m.items.map(\.isClosed) == [false, true, false])
    #expect(m.items.map { $0.decision.map(\.text) } == [["Godkendt."], [], ["Udsat til næste møde."]])
    #expect(!m.items.flatMap { $0.sections.flatMap(\.paragraphs).map(\.text) }.contains { $0.contains("HEMMELIG") })
  }
}

/// An old site's layout table: a row of the item's number and title, then a row whose only text
/// is a cell of lines parted by `<br>` (the case number, labelled sections, a quoted decision):
/// its lines are read as lines, not joined into one.
@Suite struct HTMLLayoutRowsTests {
  @Test func aRowOfOneCellOfLinesKeepsItsLines() throws {
    let html = """
      <html><body><h1>Social- og Sundhedsudvalget</h1><p>Mødedato: 22. juni 2041</p>
      <table>
      <tr><td><b>Pkt. 5</b></td><td><b>Ombygning af plejecenter</b></td></tr>
      <tr><td></td><td>Sagsnr.: 41/21190<br><br><b>Sagsfremstilling:</b><br>Udvalget besigtigede plejecentret.<br><br><i>Beslutning i Social- og Sundhedsudvalget den 04.05.2041, pkt. 7:</i><br>Sagen blev udsat.<br><br><b>Beslutning:</b><br>Sagen udskydes til udvalgets møde den 23. august 2041.</td></tr>
      <tr><td><b>Pkt. 6</b></td><td><b>Eventuelt</b></td></tr>
      <tr><td></td><td>Sagsnr.: 41/07020<br><br><b>Beslutning:</b><br>Intet.</td></tr>
      </table>
      </body></html>
      """
    let m = try MinutesParser.parse(
      DocumentText(decodingHTML: Array(html.utf8), file: "sundhed-2041-06-22.html"), source: "sundhed-2041-06-22.html")
    let item = try #require(m.items.first)
    #expect(item.caseNumber?.text == "41/21190")
    #expect(item.decision.map(\.text) == ["Sagen udskydes til udvalgets møde den 23. august 2041."])
    #expect(item.priorDecisions.map { $0.date?.description ?? "" } == ["2041-05-04"])
    #expect(m.items.last?.caseNumber?.text == "41/07020")
  }
}
