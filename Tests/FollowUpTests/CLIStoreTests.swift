import Foundation
import MinutesCore
import Testing

@testable import FollowUp
@testable import followup_cli

/// The command line over a store: ids and dates as people type them, who records an event,
/// what is not found, what cannot be read and why, and names that hold control characters.
@Suite(.serialized) struct CLIStoreTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("cli") }

  /// Runs `followup` in-process over the temporary store.
  func run(_ args: [String], env: [String: String]? = nil) -> (Int32, String, String) {
    let (io, out, err) = IO.capturing(
      environment: env ?? ["FOLLOWUP_TODAY": "2024-10-03", "FOLLOWUP_DB": temporary.db, "USER": "tester"])
    let code = FollowUpCLI.run(args, io: io)
    return (code, out(), err())
  }

  /// The examples imported; the id of Pia Ulv Helleland's errand.
  func imported() throws -> String {
    #expect(run(["import", Examples.folder]).0 == 0)
    let store = try Store(path: temporary.db, create: false, readOnly: true)
    let errand = try store.actions(asOf: Examples.day("2024-10-03")).first {
      $0.action.sentence.hasPrefix("Pia Ulv Helleland indhenter")
    }
    return try #require(errand?.action.id)
  }

  func events(_ id: String) throws -> [FollowUpEvent] {
    try Store(path: temporary.db, create: false, readOnly: true).events(for: [id])[id] ?? []
  }

  @Test func idsAreTakenByAPrefixInAnyCase() throws {
    defer { temporary.remove() }
    let id = try imported()
    let (code, _, err) = run(["done", String(id.prefix(6)).lowercased()])
    #expect(code == 0, "\(err)")
    #expect(err.contains("\(id) er markeret som udført"))
    #expect(try events(id).map(\.kind) == [.done])
  }

  @Test func whatIsNotFoundHasItsOwnStatus() throws {
    defer { temporary.remove() }
    _ = try imported()
    let (code, _, err) = run(["note", "Azzzzzzzzz", "hej"])
    #expect(code == 67)
    #expect(err.contains("ingen handling eller nøgle 'Azzzzzzzzz'"))
    #expect(run(["case", "99.99.99G99-9-99"]).0 == 67)
    // A store that is not there is another thing: 66.
    #expect(run(["done", "Azzzzzzzzz", "--db", temporary.dir.appendingPathComponent("none.db").path]).0 == 66)
  }

  @Test func doneTwiceSaysItWasAlreadyDone() throws {
    defer { temporary.remove() }
    let id = try imported()
    #expect(run(["done", id]).0 == 0)
    let (code, _, err) = run(["done", id, "--by", "anden"])
    #expect(code == 0)
    #expect(err.contains("\(id) var allerede markeret som udført (2024-10-03, af tester); intet nyt er registreret"))
    #expect(try events(id).map(\.kind) == [.done])
  }

  @Test func byDefaultsToTheLoginName() throws {
    defer { temporary.remove() }
    let id = try imported()
    // No $USER: the name of the process's user.
    let (code, _, err) = run(["done", id], env: ["FOLLOWUP_TODAY": "2024-10-03", "FOLLOWUP_DB": temporary.db])
    #expect(code == 0, "\(err)")
    let login = try #require(getpwuid(geteuid()).map { String(cString: $0.pointee.pw_name) })
    #expect(try events(id).first?.actor == login)
    #expect(login != "ukendt" && !login.isEmpty)
  }

  @Test func datesAreTakenAsPeopleWriteThem() throws {
    defer { temporary.remove() }
    let id = try imported()
    #expect(run(["due", id, "16-10-2024"]).0 == 0)
    #expect(try events(id).last?.value == "2024-10-16")
    #expect(run(["due", id, "17.", "oktober"]).0 == 0)
    #expect(try events(id).last?.value == "2024-10-17")
    #expect(run(["due", id, "næste fredag", "--on", "1-10-2024"]).0 == 0)
    let friday = try #require(try events(id).last)
    #expect(Day(iso: friday.value ?? "")?.weekday == 5)
    #expect(friday.at.description == "2024-10-01")
    let (bad, _, err) = run(["due", id, "snart"])
    #expect(bad == 64)
    #expect(err.contains("ikke 'snart'"))
    // The same report from an ISO date and a Danish one, an ISO week and a Danish one.
    #expect(run(["postponed", "--as-of", "3. oktober 2024"]).1 == run(["postponed", "--as-of", "2024-10-03"]).1)
    #expect(run(["report", "weekly", "--week", "uge 40"]).1 == run(["report", "weekly", "--week", "2024-W40"]).1)
  }

  @Test func aStoreIsNotMadeWhenNothingCanBeRead() throws {
    defer { temporary.remove() }
    let (code, _, err) = run(["import", temporary.dir.appendingPathComponent("none").path])
    #expect(code == 66)
    #expect(err.contains("none: findes ikke"))
    #expect(!FileManager.default.fileExists(atPath: temporary.db))
  }

  @Test(.enabled(if: StoreFaultTests.unprivileged != nil, "needs setpriv when run as root"))
  func unreadableFoldersAndFilesAreNamedWithTheReason() throws {
    let wrapper = try #require(StoreFaultTests.unprivileged)
    let folder = temporary.dir.appendingPathComponent("lukket")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let file = temporary.dir.appendingPathComponent("referat.txt")
    try FileManager.default.copyItem(atPath: Examples.folder + "/direktionen-2024-10-02.txt", toPath: file.path)
    chmod(folder.path, 0)
    chmod(file.path, 0)
    defer {
      chmod(folder.path, 0o755)
      temporary.remove()
    }
    for command in [["import"], ["check"], ["export"], ["dump"]] {
      for path in [folder.path, file.path] {
        let (code, out, err) = try temporary.run(command + [path], through: wrapper)
        #expect(code == 66, "\(command) \(path): \(err)")
        #expect((out + err).contains("kan ikke læses: adgang nægtet"), "\(command) \(path): \(err)")
      }
    }
  }

  @Test func controlCharactersInNamesAreEscapedEverywhere() throws {
    defer { temporary.remove() }
    let name = "møde\u{1B}[2J\u{07}\n.txt"
    let hostile = temporary.dir.appendingPathComponent(name)
    try FileManager.default.copyItem(atPath: Examples.folder + "/direktionen-2024-10-02.txt", toPath: hostile.path)
    let empty = temporary.dir.appendingPathComponent("tom\u{1B}]0;x\u{07}.txt")
    try Data().write(to: empty)
    let escaped = "møde\\u{1B}[2J\\u{7}\\n.txt"
    var outputs: [(String, String)] = []
    for command in [["import"], ["check"], ["export"], ["dump"]] {
      let (_, out, err) = run(command + [hostile.path, empty.path])
      outputs.append((command[0], out + err))
    }
    for report in ["review", "people"] {
      let (_, out, err) = run([report, "--format", "csv"])
      outputs.append((report, out + err))
      #expect(out.contains(escaped), "\(report)")
    }
    for (command, text) in outputs {
      #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(command): \(text)")
    }
    #expect(outputs[0].1.contains(escaped) && outputs[0].1.contains("tom\\u{1B}]0;x\\u{7}.txt"))
    #expect(outputs[1].1.contains(escaped + ":186: advarsel:"))
    #expect(outputs[3].1.contains("# " + temporary.dir.path + "/" + escaped))
  }
}
