import FollowUp
import Foundation
import MinutesCore
import Testing

/// The published site and the weekly digest on the example minutes.
@Suite struct PublishTests {
  func publisher() throws -> SitePublisher {
    SitePublisher(builder: try ReportFixtures.builder("2024-10-03"), now: ReportFixtures.now, reminder: Reminder("1d"))
  }

  /// The `href` and `src` values of a page.
  static func links(_ html: String) -> [String] {
    var out: [String] = []
    for attribute in ["href=\"", "src=\""] {
      var rest = html[...]
      while let r = rest.range(of: attribute) {
        let after = rest[r.upperBound...]
        guard let end = after.firstIndex(of: "\"") else { break }
        out.append(String(after[..<end]))
        rest = after[end...]
      }
    }
    return out
  }

  @Test func everyLinkResolvesAndNothingIsScripted() throws {
    let dir = TestScratch.root.appendingPathComponent("site-\(UUID())")
    defer { try? FileManager.default.removeItem(at: dir) }
    let count = try publisher().publish(to: dir.path)
    let files = try FileManager.default.subpathsOfDirectory(atPath: dir.path)
    let pages = files.filter { $0.hasSuffix(".html") }
    #expect(count == files.filter { !$0.hasSuffix("/") && !["ansvarlige", "udvalg", "sager", "kalender"].contains($0) }.count)
    #expect(pages.contains("index.html") && pages.contains("udsatte.html"))
    #expect(pages.contains { $0.hasPrefix("ansvarlige/") } && pages.contains { $0.hasPrefix("udvalg/") } && pages.contains { $0.hasPrefix("sager/") })
    #expect(files.contains("kalender/alle.ics") && files.contains("kalender/pia-ulv-helleland.ics"))
    var checked = 0
    for page in pages {
      let url = dir.appendingPathComponent(page)
      let html = try String(contentsOf: url, encoding: .utf8)
      #expect(!html.contains("<script"), "\(page) has a script")
      for link in Self.links(html) {
        #expect(!link.contains("://") && !link.hasPrefix("/"), "\(page): \(link) is not relative")
        let path = String(link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
        let target = url.deletingLastPathComponent().appendingPathComponent(path).standardizedFileURL
        #expect(FileManager.default.fileExists(atPath: target.path), "\(page): \(link) does not resolve")
        checked += 1
      }
    }
    #expect(checked > 100)
    // The front page links to a case page, an owner page and a committee page.
    let index = try String(contentsOf: dir.appendingPathComponent("index.html"), encoding: .utf8)
    #expect(index.contains("href=\"sager/") && index.contains("href=\"ansvarlige/") && index.contains("href=\"udvalg/"))
  }

  @Test func republishingReplacesTheSiteAndRefusesForeignFolders() throws {
    let dir = TestScratch.root.appendingPathComponent("site-\(UUID())")
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = try publisher().publish(to: dir.path)
    // A page the new site no longer has is gone after the next run; nothing is left beside it.
    try Data("gammel".utf8).write(to: dir.appendingPathComponent("sager/forsvundet.html"))
    _ = try publisher().publish(to: dir.path)
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("sager/forsvundet.html").path))
    #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("index.html").path))
    let siblings = try FileManager.default.contentsOfDirectory(atPath: dir.deletingLastPathComponent().path)
    #expect(!siblings.contains { $0.hasPrefix("." + dir.lastPathComponent + ".") })

    let foreign = TestScratch.root.appendingPathComponent("foreign-\(UUID())")
    defer { try? FileManager.default.removeItem(at: foreign) }
    try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
    try Data("mine".utf8).write(to: foreign.appendingPathComponent("budget.xlsx"))
    #expect(throws: PublishError.notASite(foreign.standardizedFileURL.path)) { try publisher().publish(to: foreign.path) }
    #expect(FileManager.default.fileExists(atPath: foreign.appendingPathComponent("budget.xlsx").path))
  }

  @Test func digestWritesOneMessagePerOwnerWithAnAddress() throws {
    let digest = Digest(
      builder: try ReportFixtures.builder("2024-10-03"), period: .week(year: 2024, week: 40),
      from: MailAddress(name: "Direktionssekretariatet", address: "sekretariat@example.dk"), now: ReportFixtures.now)
    let messages = try digest.messages()
    // The people file gives Pia and Louise addresses; both own actions.
    #expect(messages.map(\.name) == ["louise-agerbo.eml", "pia-ulv-helleland.eml"])
    let pia = String(decoding: messages[1].bytes, as: UTF8.self)
    #expect(pia.contains("To: \"Pia Ulv Helleland\" <pia@example.dk>\r\n"))
    #expect(pia.contains("Subject: =?UTF-8?Q?"))
    Snapshot.assert(pia, named: "digest-pia.eml")
  }
}
