import Foundation
import Testing

@testable import FollowUp
@testable import followup_cli

/// Text output: whole sentences into a file or a pipe, the terminal's width on a terminal.
struct TextLayoutTests {
  @Test(arguments: ["actions", "weekly", "postponed", "agenda", "review"])
  func intoAFileEverySentenceIsWholeAndLast(report name: String) throws {
    let r = try ReportFixtures.report(name)
    let text = r.render(.text)
    #expect(!text.contains("…"))
    for part in r.parts {
      for (_, row, _) in part.flatRows {
        for (i, c) in part.columns.enumerated() where c.isText && !row[i].text.isEmpty {
          // The running text is whole and ends its line.
          #expect(text.contains(row[i].text + "\n"), "\(name): \(row[i].text)")
        }
      }
    }
  }

  @Test(arguments: [60, 80, 132])
  func onATerminalLinesFitItsWidth(width: Int) throws {
    for name in ["actions", "weekly", "agenda", "people"] {
      var o = RenderOptions()
      o.width = width
      let text = try ReportFixtures.report(name).render(.text, options: o)
      let rows = text.split(separator: "\n").filter { $0.hasPrefix("  ") }
      #expect(!rows.isEmpty)
      for line in rows {
        #expect(line.count <= max(width, 40), "\(name) at \(width): \(line)")
      }
    }
  }

  @Test func theCommandLineWritesWholeSentencesWhenNotATerminal() throws {
    let temporary = try TemporaryStore("layout")
    defer { temporary.remove() }
    func run(_ args: [String], terminal: Bool) -> String {
      final class Box: @unchecked Sendable { var out: [UInt8] = [] }
      let box = Box()
      let io = IO(
        environment: ["FOLLOWUP_TODAY": "2024-10-03", "FOLLOWUP_DB": temporary.db, "COLUMNS": "80", "NO_COLOR": "1"],
        isTerminal: terminal, currentDirectory: temporary.dir.path, writeOut: { box.out += $0 }, writeErr: { _ in })
      _ = FollowUpCLI.run(args, io: io)
      io.flush()
      return String(decoding: box.out, as: UTF8.self)
    }
    _ = run(["import", Examples.folder], terminal: false)
    let sentence = "Pia Ulv Helleland indhenter yderligere oplysninger i forhold til blandt andet optagområde"
    #expect(run(["actions", "--owner", "Pia"], terminal: false).contains(sentence))
    let screen = run(["actions", "--owner", "Pia"], terminal: true)
    #expect(!screen.contains(sentence))
    #expect(screen.split(separator: "\n").filter { $0.hasPrefix("  ") }.allSatisfy { $0.count <= 80 })
  }
}
