import FollowUp
import Foundation
import MinutesCore
import Testing

@testable import followup_bench

/// Seeded mutations of the example minutes (truncations, byte flips, line edits, invalid UTF-8,
/// long lines, repeated headings): the reader and the engine neither crash nor hang. The long
/// run is `followup-bench mutate COUNT SEED FILES...` (see BENCHMARKS.md).
@Suite struct MutationTests {
  /// A hang is caught by the time limit of the whole test, many times what it takes on a loaded
  /// machine; no input is timed on its own (a busy machine would make that flaky).
  @Test(.timeLimit(.minutes(10))) func mutatedMinutesNeitherCrashNorHang() throws {
    let seeds = try SourceLoader.expand([Examples.folder]).files.map { try [UInt8](Data(contentsOf: URL(fileURLWithPath: $0))) }
    var m = Mutator(rng: SplitMix(seed: 2024))
    var meetings: [Meeting] = []
    for i in 0..<300 {
      let input = m.mutate(seeds[i % seeds.count])
      if let meeting = try? MinutesParser.parse(bytes: input, source: "mutant-\(i).txt") { meetings.append(meeting) }
    }
    let r = Register(meetings: meetings)
    let json = Export.document(r, options: .init(asOf: Day(year: 2025, month: 1, day: 1)!)).compact()
    #expect(!json.isEmpty)
    #expect(meetings.count > 250)
  }

  /// Every input that once failed (Tests/Regressions/inputs; Scripts/fuzz.sh says how they get
  /// there) goes through the reader, the engine, the export and the text report again.
  @Test(arguments: Regressions.inputs) func inputThatOnceFailed(_ path: String) throws {
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    let meeting = try MinutesParser.parse(bytes: bytes, source: path)
    // Each of them is a dated meeting with items (one was once read without its date).
    #expect(meeting.date != nil && !meeting.items.isEmpty)
    let r = Register(meetings: [meeting])
    let asOf = Day(year: 2025, month: 1, day: 1)!
    #expect(!Export.document(r, options: .init(asOf: asOf)).compact().isEmpty)
  }

  @Test func anItemNumberAboveNineThousandIsKept() throws {
    let path = Regressions.folder + "/item-number-above-9999.md"
    let meeting = try MinutesParser.parse(bytes: [UInt8](Data(contentsOf: URL(fileURLWithPath: path))), source: path)
    #expect(meeting.items.map(\.number) == [10_000])
  }

  @Test func twentyThousandItemsAndATenMegabyteLine() throws {
    var text = "REFERAT Direktionen d. 02-10-2024\n\n"
    for n in 1...20_000 { text += "Punkt \(n): Sag \(n)\n\nBeslutning\n\nGodkendt.\n\n" }
    let big = try MinutesParser.parse(bytes: Array(text.utf8), source: "big.txt")
    #expect(big.items.count == 20_000)
    let line = "REFERAT Direktionen d. 02-10-2024\n\nPunkt 1: Lang\n\nBeslutning\n\n" + String(repeating: "Der laves en oversigt. ", count: 450_000)
    let long = try MinutesParser.parse(bytes: Array(line.utf8), source: "long.txt")
    #expect(long.items.count == 1)
  }
}

/// Inputs that once crashed, hung or were misread, kept so that they stay fixed.
enum Regressions {
  static let folder = Examples.root.appendingPathComponent("Tests/Regressions/inputs").path
  static let inputs: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.sorted().map { folder + "/" + $0 }
  }()
}
