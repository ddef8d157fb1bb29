import Foundation
import Testing

@testable import followup_cli

/// The reader's own commands: `check --explain` and `dump --layout` say which form each part was
/// read in; `dump --include-closed` shows a closed item's text only when asked.
@Suite struct ReaderCLITests {
  func run(_ args: [String]) -> (Int32, String, String) {
    let (io, out, err) = IO.capturing(environment: ["FOLLOWUP_TODAY": "2024-10-03"])
    let code = FollowUpCLI.run(args, io: io)
    return (code, out(), err())
  }

  func write(_ text: String, name: String) throws -> String {
    let dir = TestScratch.root.appendingPathComponent("reader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  static let minutes = """
    Referat
    Mødedato: 3. marts 2021

    1. Godkendelse af dagsorden
    Sagsnr.: 21/1
    Beslutning
    Godkendt.

    2. Lukket punkt: Salg af grund
    Sagsnr.: 21/2
    Beslutning
    HEMMELIG pris aftalt.
    """

  @Test func checkExplainsTheForms() throws {
    let path = try write(ReaderCLITests.minutes, name: "oekonomiudvalget-2021-03-03.txt")
    let (code, out, _) = run(["check", "--explain", path])
    #expect(code == 0)
    #expect(out.contains("punkter    N. Titel"))
    #expect(out.contains("udvalg     filnavn"))
    #expect(out.contains("punkt 1 (oekonomiudvalget-2021-03-03.txt:4): sag 21/1; beslutning"))
    #expect(out.contains("udvalget 'Økonomiudvalget' er taget fra filnavnet"))
    #expect(!out.contains("HEMMELIG"))
  }

  @Test func dumpLayoutAndClosedText() throws {
    let path = try write(ReaderCLITests.minutes, name: "oekonomiudvalget-2021-03-03.txt")
    let (_, layout, _) = run(["dump", "--layout", path])
    #expect(layout.contains("referat, 2 punkter"))
    let (_, plain, _) = run(["dump", path])
    #expect(plain.contains("Item 2") && plain.contains("closed"))
    #expect(!plain.contains("HEMMELIG"))
    let (_, asked, _) = run(["dump", "--include-closed", path])
    #expect(asked.contains("HEMMELIG"))
  }
}
