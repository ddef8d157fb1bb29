import Foundation
import Testing

@testable import followup_cli

/// The README's two commands and its tour, run as written against the example minutes, and
/// the tour's output compared with what the program prints: the README cannot go stale.
/// `RECORD_SNAPSHOTS=1` writes the program's output into the tour (a shown part ending in a
/// line `...` stays that long).
@Suite(.serialized) struct ReadmeTourTests {
  static let readme = Examples.root.appendingPathComponent("README.md")
  /// Where the README's main command keeps its store.
  static let demoStore = "/tmp/followup-demo.db"

  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("readme") }

  /// Runs a command line in process over the temporary store, as a user would on any day
  /// after the example meetings; standard output, then standard error.
  func run(_ args: [String]) -> (Int32, String) {
    let (io, out, err) = IO.capturing(
      environment: ["FOLLOWUP_DB": temporary.db, "FOLLOWUP_TODAY": "2030-01-01", "USER": "tester"],
      currentDirectory: Examples.root.path)
    let code = FollowUpCLI.run(args.map { $0 == Self.demoStore ? temporary.db : $0 }, io: io)
    return (code, out() + err())
  }

  /// Words of a command line as a shell splits them: spaces, and double or single quotes.
  static func words(_ line: String) -> [String] {
    var words: [String] = []
    var word = ""
    var quote: Character?
    var inWord = false
    for c in line {
      if let q = quote {
        if c == q { quote = nil } else { word.append(c) }
      } else if c == "\"" || c == "'" {
        quote = c
        inWord = true
      } else if c == " " {
        if inWord { words.append(word) }
        word = ""
        inWord = false
      } else {
        word.append(c)
        inWord = true
      }
    }
    if inWord { words.append(word) }
    return words
  }

  /// A command of the tour and the output the README shows for it.
  struct Step {
    var command: String
    var shown: [String]
    /// The lines of the README the output takes.
    var lines: Range<Int>
  }

  /// The tour: the code block after `### A short tour`.
  static func tour(_ lines: [String]) throws -> [Step] {
    let heading = try #require(lines.firstIndex(of: "### A short tour"))
    let open = try #require(lines[heading...].firstIndex { $0.hasPrefix("```") })
    let close = try #require(lines[(open + 1)...].firstIndex { $0.hasPrefix("```") })
    var steps: [Step] = []
    var i = open + 1
    while i < close {
      let line = lines[i]
      guard line.hasPrefix("$ ") else {
        i += 1
        continue
      }
      var j = i + 1
      while j < close, !lines[j].hasPrefix("$ ") { j += 1 }
      var end = j
      while end > i + 1, lines[end - 1].isEmpty { end -= 1 }
      steps.append(Step(command: String(line.dropFirst(2)), shown: Array(lines[(i + 1)..<end]), lines: (i + 1)..<end))
      i = j
    }
    return steps
  }

  /// Whether output matches what is shown: line for line, a line `...` standing for any lines.
  static func matches(_ shown: [String], _ actual: [String]) -> Bool {
    var a = 0
    var k = 0
    while k < shown.count {
      if shown[k].trimmingCharacters(in: .whitespaces) == "..." {
        guard k + 1 < shown.count else { return true }
        guard let found = actual[a...].firstIndex(of: shown[k + 1]) else { return false }
        a = found
        k += 1
        continue
      }
      guard a < actual.count, actual[a] == shown[k] else { return false }
      a += 1
      k += 1
    }
    return a == actual.count
  }

  @Test func theMainCommandAndTheTourWorkAsWritten() throws {
    defer { temporary.remove() }
    var lines = try String(contentsOf: Self.readme, encoding: .utf8).components(separatedBy: "\n")
    // The main command: import the examples, then the weekly report, on the demo store.
    let main = try #require(lines.first { $0.hasPrefix("swift run followup import") })
    let parts = main.components(separatedBy: " && ")
    #expect(parts.count == 2)
    for part in parts {
      let w = Self.words(part)
      #expect(Array(w.prefix(3)) == ["swift", "run", "followup"])
      #expect(w.contains(Self.demoStore), "the main command keeps its store in \(Self.demoStore)")
      let (code, out) = run(Array(w.dropFirst(3)).map { $0 == "Examples/minutes" ? Examples.folder : $0 })
      #expect(code == 0, "\(part): \(out)")
    }
    #expect(run(["report", "weekly", "--db", Self.demoStore, "--week", "2024-W40"]).1.hasPrefix("Ugerapport 2024-W40\n"))

    let steps = try Self.tour(lines)
    #expect(steps.count >= 4)
    var record: [(Range<Int>, [String])] = []
    for step in steps {
      let w = Self.words(step.command)
      if w.first == "export" {
        // The tour works on the main command's store.
        #expect(w == ["export", "FOLLOWUP_DB=\(Self.demoStore)"])
        continue
      }
      #expect(w.first == "followup", "\(step.command)")
      let (_, out) = run(Array(w.dropFirst()))
      var actual = out.components(separatedBy: "\n")
      while actual.last?.isEmpty == true { actual.removeLast() }
      if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        let cut = step.shown.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "..." }
        record.append((step.lines, cut.map { Array(actual.prefix($0)) + ["  ..."] } ?? actual))
        continue
      }
      #expect(
        Self.matches(step.shown, actual),
        "README tour, '\(step.command)' prints:\n\(actual.joined(separator: "\n"))\n(RECORD_SNAPSHOTS=1 writes it into the README)")
    }
    if !record.isEmpty {
      for (range, output) in record.reversed() { lines.replaceSubrange(range, with: output) }
      try lines.joined(separator: "\n").write(to: Self.readme, atomically: false, encoding: .utf8)
      Issue.record("the README tour was recorded; run the tests again")
    }
  }

  @Test func elidedLinesMatchAnyLines() {
    #expect(Self.matches(["a", "...", "d"], ["a", "b", "c", "d"]))
    #expect(Self.matches(["a", "  ..."], ["a", "b"]))
    #expect(!Self.matches(["a", "b"], ["a", "b", "c"]))
    #expect(!Self.matches(["a", "x"], ["a", "b"]))
    #expect(Self.words("followup actions --owner \"Louise Agerbro\" --as-of 2024-10-03")
      == ["followup", "actions", "--owner", "Louise Agerbro", "--as-of", "2024-10-03"])
  }
}
