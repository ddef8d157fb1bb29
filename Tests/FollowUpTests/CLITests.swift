import FollowUp
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

  @Test func aFileNamedTwiceIsReadOnce() throws {
    // The folder twice and a file in it again: five meetings, not eleven.
    let (code, out, _) = run([
      "export", "--as-of", "2024-12-05", Examples.folder, Examples.folder + "/", Examples.folder + "/direktionen-2024-12-04.md",
    ])
    #expect(code == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any])
    #expect((json["meetings"] as? [Any])?.count == 5)
    #expect(SourceLoader.list([Examples.folder, Examples.folder]).files.count == 5)
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
    #expect(run(["export", "--as-of", "2024-1O-03", Examples.folder]).0 == 64)
    #expect(run(["export", "/no/such/folder"]).0 == 66)
    let dir = TestScratch.root.appendingPathComponent("cli-\(UUID())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let empty = dir.appendingPathComponent("empty.txt")
    try Data().write(to: empty)
    let (code, _, err) = run(["check", empty.path])
    #expect(code == 65)
    #expect(err.contains("0 af 1 fil læst"))
    let (checkCode, checkOut, _) = run(["check", Examples.folder])
    #expect(checkCode == 0)
    #expect(checkOut.contains("direktionen-2024-10-02.txt:186: advarsel:"))
  }

  @Test func helpExplainsEveryCommand() {
    for c in FollowUpCLI.commands {
      let (code, out, _) = run([c.spec.name, "--help"])
      #expect(code == 0)
      #expect(out.contains("Brug: followup \(c.spec.name)"))
      #expect(out.contains("Eksempler:"))
      #expect(out.contains("67 et id"), "\(c.spec.name): the exit statuses")
    }
    #expect(run(["--version"]).1.hasPrefix("followup "))
    #expect(run(["--help"]).1.contains("Afslutningsstatus: 0 udført"))
  }

  /// The help is made from the spec the parser uses: every option a command's help names is
  /// accepted by it, and every option of another command is refused with a word that says so.
  @Test(arguments: FollowUpCLI.commands.map(\.spec.name))
  func helpAndParsingCannotDrift(command: String) throws {
    let entry = try #require(FollowUpCLI.command(named: command))
    let help = run([command, "--help"]).1
    for option in FollowUpCLI.allOptions.sorted() {
      let declared = entry.spec.options.first { $0.name == option }
      #expect(help.contains("  " + option) == (declared != nil), "\(command) \(option)")
      let args = declared?.value == nil ? [option] : [option, "x"]
      let positionals = entry.spec.positionals.flatMap { p in p.choices.isEmpty ? ["a"] : [p.choices[0]] }
      let parsed = Result { try ParsedArguments(positionals + args, spec: entry.spec, elsewhere: FollowUpCLI.allOptions) }
      if declared != nil {
        #expect((try? parsed.get()) != nil, "\(command) \(option)")
      } else {
        let (code, _, err) = run([command] + positionals + args)
        #expect(code == 64, "\(command) \(option)")
        #expect(err.contains("tilvalget '\(option)' gælder ikke for 'followup \(command)'"), "\(err)")
      }
    }
  }

  @Test(arguments: [
    ["done", "A1", "A2"], ["reopen", "A1", "A2"], ["confirm", "F1", "F2"], ["case", "1-2-3", "4-5-6"],
    ["report", "weekly", "monthly"], ["postponed", "Direktionen"], ["people", "x"], ["review", "x"],
  ])
  func extraArgumentsAreRefused(args: [String]) {
    let (code, _, err) = run(args)
    #expect(code == 64)
    #expect(err.contains("overskydende argument"), "\(err)")
  }

  @Test(arguments: [
    ["import", "--db", "", Examples.folder], ["import", "--db=", Examples.folder], ["postponed", "--db", " "],
    ["actions", "--owner", ""], ["done", "A1", "--note", ""],
  ])
  func emptyValuesAreRefused(args: [String]) {
    let (code, _, err) = run(args)
    #expect(code == 64)
    #expect(err.contains("må ikke være tom"), "\(err)")
  }

  @Test func missingArgumentsAndWrongWordsAreNamed() {
    #expect(run(["done"]).2.contains("mangler ID"))
    #expect(run(["assign", "A1b0aach"]).2.contains("mangler NAVN"))
    #expect(run(["import"]).2.contains("mangler STI"))
    let (code, _, err) = run(["report", "monthly"])
    #expect(code == 64)
    #expect(err.contains("'monthly' er ikke en mulighed for RAPPORT; brug weekly"))
  }

  @Test func theFormatsComeFromTheLibrary() {
    let help = run(["postponed", "--help"]).1
    for f in ReportFormat.allCases { #expect(help.contains(f.rawValue)) }
    let (code, _, err) = run(["postponed", "--format", "pdf"])
    #expect(code == 64)
    #expect(err.contains(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")))
  }

  @Test func aDashAfterDashDashIsText() {
    let (code, out, _) = run(["dates", "--on", "2024-10-02", "--", "--help i morgen"])
    #expect(code == 0)
    #expect(out.contains("2024-10-03"))
  }
}
