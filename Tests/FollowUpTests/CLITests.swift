import Foundation
import Testing

@testable import followup_cli

@Suite struct CLITests {
  /// Runs `followup args...` in-process; returns status, stdout, stderr.
  func run(_ args: [String], env: [String: String] = ["FOLLOWUP_TODAY": "2024-10-03"]) -> (Int32, String, String) {
    let (io, out, err) = IO.capturing(environment: env)
    let code = FollowUpCLI.run(args, io: io)
    return (code, out(), err())
  }

  @Test func exportFollowsTheContract() throws {
    let (code, out, _) = run(["export", "--format", "json", "--as-of", "2024-12-05", Examples.folder])
    #expect(code == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    for key in ["meetings", "actions", "postponements", "openPostponed", "cases"] {
      #expect(json[key] is [Any], "missing \(key)")
    }
    let meetings = try #require(json["meetings"] as? [[String: Any]])
    #expect(meetings.count == 5)
    let items = meetings.flatMap { ($0["items"] as? [[String: Any]]) ?? [] }
    #expect(items.allSatisfy { $0["number"] is Int && $0["closed"] is Bool && $0["outcome"] is String })
  }

  @Test func closedItemsAreStubsUnlessAsked() throws {
    let (_, out, _) = run(["export", "--as-of", "2024-12-05", Examples.folder + "/direktionen-2024-12-04.md"])
    let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    let items = try #require(((json["meetings"] as? [[String: Any]])?.first?["items"]) as? [[String: Any]])
    let closed = items.filter { $0["closed"] as? Bool == true }
    #expect(closed.count == 2)
    #expect(closed.allSatisfy { $0["outcome"] as? String == "none" && ($0["priorDecisions"] as? [Any])?.isEmpty == true })
  }

  @Test func datesPrintsOneObjectALine() {
    let (code, out, _) = run(["dates", "--on", "2024-10-02", "Sagen udsættes til næste uge."])
    #expect(code == 0)
    #expect(out == #"{"span":"til næste uge","kind":"day","date":"2024-10-09","start":"2024-10-09","end":"2024-10-09"}"# + "\n")
  }

  @Test func exitCodes() throws {
    #expect(run(["export", "--bogus"]).0 == 64)
    #expect(run(["frobnicate"]).0 == 64)
    #expect(run(["export", "--as-of", "3. oktober", Examples.folder]).0 == 64)
    #expect(run(["export", "/no/such/folder"]).0 == 66)
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-cli-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let empty = dir.appendingPathComponent("empty.txt")
    try Data().write(to: empty)
    let (code, _, err) = run(["check", empty.path])
    #expect(code == 65)
    #expect(err.contains("0 of 1 files read"))
    let (checkCode, checkOut, _) = run(["check", Examples.folder])
    #expect(checkCode == 0)
    #expect(checkOut.contains("direktionen-2024-10-02.txt:186: warning:"))
  }

  @Test func helpExplainsEveryCommand() {
    for c in FollowUpCLI.commands {
      let (code, out, _) = run([c.name, "--help"])
      #expect(code == 0)
      #expect(out.contains("Usage: followup \(c.name)"))
      #expect(out.contains("Examples:"))
    }
    #expect(run(["--version"]).1.hasPrefix("followup "))
  }
}
