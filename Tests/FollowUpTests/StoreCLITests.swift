import Foundation
import Testing

@testable import followup_cli

/// The CLI as a process over a temporary store: import, re-import, done, reports.
@Suite(.serialized) struct StoreCLITests {
  let dir: URL
  let db: String
  let temporary: TemporaryStore

  init() throws {
    temporary = try TemporaryStore("store")
    dir = temporary.dir
    db = temporary.db
  }

  /// The built `followup` binary, beside the test bundle.
  static let binary: URL = {
    var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    while url.path != "/" {
      let candidate = url.deletingLastPathComponent().appendingPathComponent("followup")
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
      url = url.deletingLastPathComponent()
    }
    return Examples.root.appendingPathComponent(".build/debug/followup")
  }()

  /// Runs the binary; returns status, stdout, stderr.
  func process(_ args: [String]) throws -> (Int32, String, String) { try temporary.run(args) }

  @Test func importReimportDoneAndReports() throws {
    defer { temporary.remove() }
    let (c1, o1, _) = try process(["import", Examples.folder])
    #expect(c1 == 0)
    #expect(o1.hasPrefix("5 tilføjet, 0 erstattet, 0 uændret"))
    let (c2, o2, _) = try process(["import", Examples.folder])
    #expect(c2 == 0)
    #expect(o2.hasPrefix("0 tilføjet, 0 erstattet, 5 uændret"))

    // As of 3 October: the four cases still waiting, the digitalisation plan overdue.
    let (c3, o3, _) = try process(["postponed", "--format", "json"])
    #expect(c3 == 0)
    let post = try #require(try JSONSerialization.jsonObject(with: Data(o3.utf8)) as? [String: Any])
    let list = try #require(post["postponed"] as? [[String: Any]])
    #expect(Set(list.compactMap { $0["journalNumber"] as? String }) == ["85.13.00G01-2-23", "81.16.00P21-1-24", "81.39.15G01-1-23", "81.07.02G01-20-24"])
    #expect(list.first { $0["journalNumber"] as? String == "85.13.00G01-2-23" }?["overdue"] as? Bool == true)
    #expect(try process(["postponed", "--fail-on-overdue"]).0 == 1)

    // Pia's errand, due 9 October.
    let (_, o4, _) = try process(["actions", "--owner", "Pia Ulv Helleland", "--format", "json"])
    let acts = try #require((try JSONSerialization.jsonObject(with: Data(o4.utf8)) as? [String: Any])?["actions"] as? [[String: Any]])
    let errand = try #require(acts.first { ($0["sentence"] as? String)?.hasPrefix("Pia Ulv Helleland indhenter") == true })
    #expect(errand["due"] as? String == "2024-10-09")
    let id = try #require(errand["id"] as? String)

    // Done by hand, kept through a re-import.
    #expect(try process(["done", id, "--note", "Oplysninger indhentet"]).0 == 0)
    let (_, o5, _) = try process(["import", Examples.folder])
    #expect(o5.hasPrefix("0 tilføjet"))
    let (_, o6, _) = try process(["actions", "--owner", "pia", "--all", "--format", "json"])
    let after = try #require((try JSONSerialization.jsonObject(with: Data(o6.utf8)) as? [String: Any])?["actions"] as? [[String: Any]])
    let same = try #require(after.first { $0["id"] as? String == id })
    #expect(same["status"] as? String == "done")
    #expect((same["notes"] as? [String]) == ["Oplysninger indhentet"])

    // Read again from the stored texts: the register and what was recorded by hand stand.
    let (_, export1, _) = try process(["export", "--format", "json", "--as-of", "2024-10-03"])
    let (c9, o9, _) = try process(["rederive"])
    #expect(c9 == 0)
    #expect(o9.hasPrefix("5 dokumenter læst igen"))
    let (_, export2, _) = try process(["export", "--format", "json", "--as-of", "2024-10-03"])
    #expect(export1 == export2)
    let (_, o10, _) = try process(["actions", "--owner", "pia", "--all", "--format", "json"])
    #expect(o10 == o6)

    // The weekly report and a case timeline.
    let (c7, o7, _) = try process(["report", "weekly", "--week", "2024-W40"])
    #expect(c7 == 0)
    #expect(o7.contains("Ugerapport 2024-W40"))
    #expect(o7.contains("Opfølgning på Lederforum"))
    let (c8, o8, _) = try process(["case", "81.00.00-P00-1-23"])
    #expect(c8 == 0)
    #expect(o8.contains("2024-09-18") && o8.contains("2024-09-25") && o8.contains("2024-10-02"))
  }

  @Test func aCorrectedMeetingReplacesTheOld() throws {
    defer { temporary.remove() }
    let original = try String(contentsOfFile: Examples.folder + "/direktionen-2024-10-02.txt", encoding: .utf8)
    let a = dir.appendingPathComponent("a.txt")
    try original.write(to: a, atomically: false, encoding: .utf8)
    #expect(try process(["import", a.path]).0 == 0)
    let b = dir.appendingPathComponent("b.txt")
    try original.replacing("Udsættes til næste møde.\n\nBilag", with: "Godkendt.\n\nBilag").write(to: b, atomically: false, encoding: .utf8)
    let (code, out, err) = try process(["import", b.path])
    #expect(code == 0)
    #expect(out.hasPrefix("0 tilføjet, 1 erstattet"))
    #expect(err.contains("erstattet  a.txt med"))
  }

  @Test func missingAndForeignStores() throws {
    defer { temporary.remove() }
    #expect(try process(["postponed"]).0 == 66)
    try Data("not a database at all, just text".utf8).write(to: URL(fileURLWithPath: db))
    let (code, _, err) = try process(["postponed"])
    #expect(code == 65)
    #expect(err.contains("ikke en followup-database"))
    #expect(try String(contentsOfFile: db, encoding: .utf8) == "not a database at all, just text")
  }

  @Test func closedItemsLeakInNoFormat() throws {
    defer { temporary.remove() }
    #expect(try process(["import", Examples.folder]).0 == 0)
    for format in ["text", "md", "html", "json", "csv", "ics", "xlsx", "eml"] {
      for cmd in [["postponed"], ["actions"], ["report", "weekly", "--week", "2024-W49"], ["review"]] {
        let (_, out, _) = try process(cmd + ["--format", format, "--as-of", "2024-12-05"])
        // A mail's lines are folded with soft breaks (quoted-printable); unfolded, nothing shows.
        #expect(!out.replacing("=\r\n", with: "").contains("Budgetvejledning"), "\(cmd) \(format)")
      }
    }
    let (_, shown, _) = try process(["report", "weekly", "--week", "2024-W49", "--include-closed"])
    #expect(shown.contains("Budgetvejledning"))
  }
}
