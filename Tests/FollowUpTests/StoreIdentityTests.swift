import Foundation
import MinutesCore
import Testing

@testable import FollowUp

/// A corrected version of a meeting's minutes keeps the identity of the promises it still
/// holds, and never drops an event it cannot carry.
@Suite struct StoreIdentityTests {
  static let day = Day(iso: "2025-01-01")!

  /// The example minutes in a new store, and a corrected copy of the meeting of 2 October 2024
  /// made by `edit`.
  static func corrected(_ label: String, _ edit: (String) -> String) throws -> (Store, TemporaryStore, String) {
    let files = SourceLoader.expand([Examples.folder]).files
    let original = try #require(files.first { $0.hasSuffix("direktionen-2024-10-02.txt") })
    let dir = try TemporaryStore(label)
    let store = try Store(path: dir.db, create: true)
    _ = try store.importDocuments(files, now: "2025-01-01T00:00:00Z")
    let corrected = dir.dir.appendingPathComponent("direktionen-2024-10-02-rettet.txt").path
    try edit(try String(contentsOfFile: original, encoding: .utf8)).write(toFile: corrected, atomically: false, encoding: .utf8)
    return (store, dir, corrected)
  }

  static func action(_ store: Store, containing text: String) throws -> ActionItem? {
    try store.actions(asOf: day).map(\.action).first { $0.sentence.contains(text) }
  }

  @Test func aWordFixedInADecisionKeepsTheActionItsIdAndItsEvents() throws {
    let (store, dir, corrected) = try Self.corrected("identity-kept") {
      $0.replacingOccurrences(of: "indhenter yderligere", with: "indhenter flere")
    }
    defer { dir.remove() }
    let before = try #require(try Self.action(store, containing: "indhenter yderligere"))
    _ = try store.record(.done, target: before.id, value: nil, actor: "test", at: Day(iso: "2024-10-05")!, recorded: "t")
    _ = try store.record(.note, target: before.id, value: "ringet", actor: "test", at: Day(iso: "2024-10-05")!, recorded: "t")
    let summary = try store.importDocuments([corrected], now: "2025-01-02T00:00:00Z")
    #expect(summary.replaced.count == 1)
    #expect(summary.carried == 1)
    #expect(summary.waiting == 0)
    let after = try #require(try Self.action(store, containing: "indhenter flere"))
    #expect(after.id == before.id)
    #expect(try Self.action(store, containing: "indhenter yderligere") == nil)
    let events = try store.events(for: [after.id])[after.id] ?? []
    #expect(events.map(\.kind) == [.done, .note])
    // A full derivation (an engine upgrade) gives it the same id.
    try store.rederive()
    #expect(try Self.action(store, containing: "indhenter flere")?.id == before.id)
    #expect(try store.review().allSatisfy { $0.code != "hændelser-uden-handling" })
  }

  @Test func anActionTheCorrectionNoLongerHoldsLeavesItsEventsWaitingInReview() throws {
    let sentence = "Ditte Aagård Pedersen og Louise Agerbo udarbejder forslag til program til næste møde."
    let (store, dir, corrected) = try Self.corrected("identity-waiting") { $0.replacingOccurrences(of: sentence, with: "Godkendt.") }
    defer { dir.remove() }
    let before = try #require(try Self.action(store, containing: "udarbejder forslag til program"))
    _ = try store.record(.note, target: before.id, value: "husk budget", actor: "test", at: Self.day, recorded: "t")
    let untouched = try #require(try Self.action(store, containing: "indhenter yderligere"))
    let summary = try store.importDocuments([corrected], now: "2025-01-02T00:00:00Z")
    #expect(summary.waiting == 1)
    #expect(summary.carried == 0)
    // The event is kept where it was recorded; review names the old sentence and the item.
    #expect((try store.events(for: [before.id])[before.id] ?? []).count == 1)
    let waiting = try store.review().filter { $0.code == "hændelser-uden-handling" }
    #expect(waiting.map(\.key) == [before.id])
    #expect(waiting.first?.message.contains("udarbejder forslag til program til næste møde") == true)
    #expect(waiting.first?.message.contains("punkt 1") == true)
    // Actions the correction did not touch keep their ids as they are.
    #expect(try Self.action(store, containing: "indhenter yderligere")?.id == untouched.id)
  }

  @Test func sentencesAlikeAreMatchedAndUnlikeOnesAreNot() {
    let a = "Pia Ulv Helleland indhenter yderligere oplysninger om optagområdet."
    #expect(Store.similarity(a, "Pia Ulv Helleland indhenter flere oplysninger om optagområdet.") >= 0.5)
    #expect(Store.similarity(a, "Budgettet godkendes som fremlagt af direktionen.") < 0.5)
    #expect(Store.similarity(a, a) == 1)
  }
}
