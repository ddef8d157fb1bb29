import FollowUp
import MinutesCore
import Foundation
import Testing

@testable import followup_cli

/// Saved web pages through the loader and the command line: found in folders, read by their
/// ending or their first bytes, dumped, imported and read again from the store.
@Suite struct HTMLImportTests {
  static let pages = Examples.root.appendingPathComponent("Tests/MinutesCoreTests/Fixtures")
  static let firstAgenda = pages.appendingPathComponent("firstagenda-klima-og-miljoeudvalget-2025-06-04.html").path

  func run(_ args: [String], env: [String: String] = ["FOLLOWUP_TODAY": "2025-06-10"]) -> (Int32, String, String) {
    let (io, out, err) = IO.capturing(environment: env)
    let code = FollowUpCLI.run(args, io: io)
    return (code, out(), err())
  }

  @Test func foldersYieldWebPages() throws {
    let store = try TemporaryStore("html-folder")
    defer { store.remove() }
    for name in ["a.html", "b.HTM", "c.xhtml", "d.png", "readme.html"] {
      try Data("<p>x</p>".utf8).write(to: store.dir.appendingPathComponent(name))
    }
    let (files, skipped) = SourceLoader.expand([store.dir.path])
    #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.html", "b.HTM", "c.xhtml"])
    #expect(skipped.map { ($0.0 as NSString).lastPathComponent } == ["d.png"])
  }

  @Test func aPageIsReadByItsEndingOrItsFirstBytes() throws {
    let store = try TemporaryStore("html-ending")
    defer { store.remove() }
    // A fragment without a doctype: HTML by its ending, and by its first bytes (a block element,
    // end tags after it) in a text file; Markdown keeps its blocks of HTML as written.
    let fragment = "<h2>REFERAT Byrådet d. 05-03-2025</h2>\n<p><b>Punkt 1: Budget</b></p><h3>Beslutning</h3><p>Godkendt.</p>\n"
    for name in ["side.htm", "side.txt", "side.md"] {
      try Data(fragment.utf8).write(to: store.dir.appendingPathComponent(name))
    }
    let page = SourceLoader.load(store.dir.appendingPathComponent("side.htm").path)
    #expect(page.text == "## REFERAT Byrådet d. 05-03-2025\n\n**Punkt 1: Budget**\n\n### Beslutning\n\nGodkendt.")
    #expect(page.meeting?.items.map(\.title) == ["Budget"])
    #expect(SourceLoader.load(store.dir.appendingPathComponent("side.txt").path).text == page.text)
    let markdown = SourceLoader.load(store.dir.appendingPathComponent("side.md").path)
    #expect(markdown.text?.contains("<b>Punkt 1: Budget</b>") == true)
    // A page with a doctype is a page whatever its name.
    try Data(("<!DOCTYPE html>" + fragment).utf8).write(to: store.dir.appendingPathComponent("gemt.txt"))
    #expect(SourceLoader.load(store.dir.appendingPathComponent("gemt.txt").path).text == page.text)
  }

  @Test func aPagesEndingOnTextWithoutATagIsText() throws {
    let store = try TemporaryStore("html-text")
    defer { store.remove() }
    // Minutes saved as text under a page's name: its lines stay lines, its `<` a character.
    let text = "Referat\nByrådet 5. marts 2025\n\n1. Budget\nBeslutning:\nGodkendt med 5 < 7 stemmer.\n\n2. Eventuelt\nIntet.\n"
    try Data(text.utf8).write(to: store.dir.appendingPathComponent("referat.html"))
    let read = SourceLoader.load(store.dir.appendingPathComponent("referat.html").path)
    #expect(read.text?.hasPrefix("Referat\nByrådet 5. marts 2025\n\n1. Budget\nBeslutning:\nGodkendt med 5 < 7") == true)
    #expect(read.meeting?.items.map(\.title) == ["Budget", "Eventuelt"])
    // One tag makes it a page; in UTF-16 too.
    #expect(HTMLText.hasTag(Array("Tekst <b>fed</b>".utf8)))
    #expect(HTMLText.hasTag(Array("Tekst <!-- note -->".utf8)))
    #expect(!HTMLText.hasTag(Array("5 < 7 og 9 > 3".utf8)))
    var utf16 = [UInt8]([0xFF, 0xFE])
    for u in "Tekst <p>x".utf16 { utf16 += [UInt8(u & 0xFF), UInt8(u >> 8)] }
    #expect(HTMLText.hasTag(utf16))
    var big = [UInt8]([0xFE, 0xFF])
    for u in "a < b".utf16 { big += [UInt8(u >> 8), UInt8(u & 0xFF)] }
    #expect(!HTMLText.hasTag(big))
  }

  @Test func dumpReadsAPage() {
    let (code, out, _) = run(["dump", Self.firstAgenda])
    #expect(code == 0)
    #expect(out.contains(#"Meeting minutes committee="Klima- og Miljøudvalget" date=2025-06-04 start=15:00"#))
    #expect(out.contains(#"Item 2 @"#) && out.contains(#"title="Plan for klimatilpasning 2026-2030" case=EMN-2025-004567"#))
  }

  @Test func importedPagesAreReadAgainFromTheStore() throws {
    let store = try TemporaryStore("html-import")
    defer { store.remove() }
    let env = ["FOLLOWUP_TODAY": "2025-06-10", "FOLLOWUP_DB": store.db]
    let (code, out, err) = run(["import", Self.pages.path], env: env)
    #expect(code == 0, "\(err)")
    #expect(out.hasPrefix("3 tilføjet"))
    // The store keeps the page's text; the case is read from it.
    let (caseCode, caseOut, _) = run(["case", "EMN-2025-004567"], env: env)
    #expect(caseCode == 0)
    #expect(caseOut.contains("Plan for klimatilpasning 2026-2030"))
    #expect(caseOut.contains("Klima- og Miljøudvalget"))
  }
}
