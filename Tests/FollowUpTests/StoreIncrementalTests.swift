import Foundation
import MinutesCore
import Testing

@testable import FollowUp
@testable import followup_bench

/// A store that grows document by document holds the register one derivation of all its
/// documents makes, row for row, whatever the order and the batches the documents came in, and
/// that register is the engine's.
@Suite(.serialized) struct StoreIncrementalTests {
  /// The corpora: the example minutes, the Aarhus minutes and agenda, fifteen layouts of other
  /// councils, and minutes made by `followup-bench generate` (several committees whose
  /// calendars, deferral chains and people cross).
  static let corpora: [(name: String, files: [String])] = {
    var out: [(String, [String])] = [
      ("examples", SourceLoader.expand([Examples.folder]).files),
      ("aarhus", SourceLoader.expand([Examples.root.appendingPathComponent("Tests/FollowUpTests/Fixtures/aarhus").path]).files),
      (
        "layouts",
        SourceLoader.expand([Examples.root.appendingPathComponent("Tests/MinutesCoreTests/Fixtures/layouts").path]).files
      ),
    ]
    let folder = TestScratch.root.appendingPathComponent("generated-\(UUID())").path
    var generator = CorpusGenerator(seed: 7, committeeCount: 4)
    if (try? generator.write(count: 40, to: folder)) != nil {
      out.append(("generated", SourceLoader.expand([folder]).files))
    }
    return out
  }()

  /// Every row of the register's tables, as text, a document named by its content (its id
  /// depends on when it was imported) and without the order columns that hold the id.
  static func dump(_ store: Store) throws -> [String: [String]] {
    var hashes: [Int: String] = [:]
    for (id, hash) in try store.db.prepare("SELECT id, content_hash FROM documents").rows([], { ($0.int(0), $0.text(1)) }) {
      hashes[id] = hash
    }
    var out: [String: [String]] = [:]
    // What the people directory learned is kept at places that depend on the imports' history.
    for t in StoreSchema.derived where t.name != PeopleLearnedTable.table.name {
      let names = t.columns.map(\.name)
      let rows = try store.db.prepare("SELECT \(t.columnList) FROM \(t.name)").rows([], table: nil) { s in
        names.indices.compactMap { i -> String? in
          let n = names[i]
          if n == "ordering" { return nil }
          if s.isNull(Int32(i)) { return "\(n)=∅" }
          if n == "document" { return "\(n)=\(hashes[s.int(Int32(i))] ?? "?")" }
          return "\(n)=\(s.text(Int32(i)))"
        }.joined(separator: " | ")
      }
      out[t.name] = rows.sorted()
    }
    // The order of the register's decisions, by what the rows are.
    out["actions in order"] = try store.db.prepare("SELECT id FROM actions ORDER BY ordering").rows { $0.text(0) }
    out["postponements in order"] = try store.db.prepare("SELECT key FROM postponements ORDER BY ordering").rows { $0.text(0) }
    return out
  }

  /// Imports batches of files into a new store, one import each.
  static func store(_ batches: [[String]], _ label: String) throws -> (Store, TemporaryStore) {
    let dir = try TemporaryStore(label)
    let store = try Store(path: dir.db, create: true)
    for b in batches { _ = try store.importDocuments(b, now: "2025-01-01T00:00:00Z") }
    return (store, dir)
  }

  /// The differences between two dumps, table by table, for the message.
  static func differences(_ a: [String: [String]], _ b: [String: [String]]) -> String {
    var out: [String] = []
    for (t, rows) in a.sorted(by: { $0.key < $1.key }) where rows != b[t] {
      let other = b[t] ?? []
      let missing = Set(rows).subtracting(other).sorted().prefix(3)
      let extra = Set(other).subtracting(rows).sorted().prefix(3)
      out.append("\(t): \(rows.count) against \(other.count); only in the first: \(missing); only in the second: \(extra)")
    }
    return out.joined(separator: "\n")
  }

  /// Splits files into batches by a seeded generator.
  static func batches(_ files: [String], seed: UInt64) -> [[String]] {
    var rng = SplitMix(seed: seed)
    var shuffled = files
    shuffled.shuffle(using: &rng)
    var out: [[String]] = []
    var i = 0
    while i < shuffled.count {
      let n = 1 + Int(rng.next() % 4)
      out.append(Array(shuffled[i..<min(i + n, shuffled.count)]))
      i += n
    }
    return out
  }

  @Test(arguments: corpora.map(\.name))
  func documentByDocumentIsOneDerivation(corpus: String) throws {
    let files = try #require(Self.corpora.first { $0.name == corpus }?.files)
    #expect(files.count >= 3)
    // The people directory's states kept every few documents, so that changes in the middle
    // learn from one of them.
    StoreLinker.keepEvery = 3
    defer { StoreLinker.keepEvery = 1000 }
    let (full, fullDir) = try Self.store([files], "full-\(corpus)")
    defer { fullDir.remove() }
    let expected = try Self.dump(full)
    #expect((expected["actions"] ?? []).count > 0)
    let orders: [(String, [[String]])] = [
      ("in order", files.sorted().map { [$0] }),
      ("in reverse", files.sorted().reversed().map { [$0] }),
      ("in batches", Self.batches(files, seed: 3)),
      ("in other batches", Self.batches(files, seed: 11)),
    ]
    for (label, batches) in orders {
      let (store, dir) = try Self.store(batches, "incremental-\(corpus)")
      defer { dir.remove() }
      let dump = try Self.dump(store)
      #expect(dump == expected, "\(corpus) \(label):\n\(Self.differences(expected, dump))")
      // What the people directory learned through the last document, whichever way it was learned.
      #expect(try StoreIncrementalLateTests.learned(store) == StoreIncrementalLateTests.learned(full), "\(corpus) \(label)")
    }
    // A full derivation again (the engine upgraded) changes nothing.
    try full.rederive()
    let again = try Self.dump(full)
    #expect(again == expected, "\(corpus) rederived:\n\(Self.differences(expected, again))")
  }

  @Test(arguments: corpora.map(\.name))
  func theStoreHoldsTheEnginesRegister(corpus: String) throws {
    let files = try #require(Self.corpora.first { $0.name == corpus }?.files)
    let (store, dir) = try Self.store([files], "engine-\(corpus)")
    defer { dir.remove() }
    let meetings = files.compactMap { SourceLoader.load($0).meeting }
    let register = Register(meetings: meetings)
    let actions = try store.withOwners(try store.db.rows(ActionsTable.table, "ORDER BY ordering", [], ActionsTable.read))
    #expect(actions == register.actions)
    let postponements = try store.db.rows(PostponementsTable.table, "ORDER BY ordering", [], PostponementsTable.read)
    #expect(postponements == register.postponements)
    let states = try store.db.rows(DeferralStatesTable.table, "", [], DeferralStatesTable.read)
    #expect(Set(states) == Set(register.deferralStates))
    for c in register.cases {
      let stored = try StoreLinker(db: store.db, full: false).storedCase(c.key)
      #expect(stored == c, "\(c.key)")
    }
    #expect(try store.count("cases") == register.cases.count)
    #expect(try store.people().map(\.name).sorted() == register.people.people.map(\.name).sorted())
  }

  /// Minutes of two committees made so that a later document changes what earlier ones mean:
  /// a second Karen makes `Karen` in an earlier decision nobody in particular, a second holder
  /// of a role makes the role's earlier owner a role again, minutes of a meeting a case was
  /// deferred to make its deferral one whose target meeting was held, and more meetings
  /// without a case that came back at most of them make it no standing item.
  static func crossing(in folder: URL) throws -> [String] {
    func minutes(_ committee: String, _ date: String, attendees: String, items: [(String, String, String)], text: String = "")
      throws -> String
    {
      let d = try #require(Day(iso: date))
      let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli"]
      var lines = [
        "# REFERAT \(committee) d. \(date)", "", "**Mødedato** Onsdag d. \(d.day). \(months[d.month - 1]) \(d.year) kl. 09:00", "",
        "**Mødested** Mødelokale 1", "", "**Mødedeltagere** \(attendees)", "",
      ]
      for (i, item) in items.enumerated() {
        lines += ["# Punkt \(i + 1): \(item.0)", "", item.1, ""]
        if i == 0, !text.isEmpty { lines += ["## **Sagsfremstilling**", "", text, ""] }
        lines += ["## **Beslutning**", "", item.2, ""]
      }
      let name = "\(CommitteeDirectory.key(committee))-\(date).md"
      let path = folder.appendingPathComponent(name).path
      try lines.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
      return path
    }
    let status = ("Status på projekt Ådalen", "01.02.03A04-9-24", "Taget til efterretning.")
    var files: [String] = []
    files.append(
      try minutes(
        "Økonomiudvalget", "2024-01-03", attendees: "Karen Holm, Søren Kjær",
        items: [("Budget", "01.02.03A04-3-24", "Godkendt.")],
        text: "Udviklingschef Niels Ågård deltager i mødet kl. 10:00."))
    files.append(
      try minutes(
        "Teknisk Udvalg", "2024-01-10", attendees: "Jens Berg, Ole Hansen",
        items: [
          ("Invitationer til borgermødet", "01.02.03A04-1-24",
            "Karen sender invitationen ud inden den 1. februar 2024. Udviklingschefen udarbejder et notat inden den 1. marts 2024."),
          ("Lokalplan for havnen", "01.02.03A04-2-24", "Sagen udsættes til den 3. april 2024."), status,
        ]))
    for date in ["2024-02-07", "2024-03-06"] {
      files.append(try minutes("Teknisk Udvalg", date, attendees: "Jens Berg", items: [status]))
    }
    files.append(
      try minutes(
        "Økonomiudvalget", "2024-02-14", attendees: "Karen Lund, Søren Kjær",
        items: [("Regnskab", "01.02.03A04-4-24", "Godkendt.")],
        text: "Udviklingschef Mette Borg deltager i mødet kl. 10:00."))
    files.append(try minutes("Teknisk Udvalg", "2024-04-03", attendees: "Jens Berg", items: [status]))
    for date in ["2024-05-01", "2024-05-29", "2024-06-26"] {
      files.append(try minutes("Teknisk Udvalg", date, attendees: "Jens Berg", items: [("Orientering", "01.02.03A04-5-24", "Drøftet.")]))
    }
    return files
  }

  @Test func whatALaterDocumentChangesInEarlierOnesIsLinkedAgain() throws {
    let dir = try TemporaryStore("crossing-files")
    defer { dir.remove() }
    let files = try Self.crossing(in: dir.dir)
    let (full, fullDir) = try Self.store([files], "crossing-full")
    defer { fullDir.remove() }
    let expected = try Self.dump(full)
    // The changes happen: the earlier owners read otherwise, the deferral's meeting held.
    let owners = expected["action_owners"] ?? []
    #expect(owners.contains { $0.contains("name=Karen |") && $0.contains("name unresolved") })
    #expect(owners.contains { $0.contains("kind=role") })
    #expect((expected["deferral_states"] ?? []).contains { $0.contains("target=2024-04-03") && $0.contains("target_held=1") })
    #expect((expected["cases"] ?? []).contains { $0.contains("01.02.03A04-9-24") && $0.contains("standing=0") })
    for (label, batches) in [("in order", files.map { [$0] }), ("first five, then the rest", [Array(files.prefix(5)), Array(files.dropFirst(5))])] {
      let (store, storeDir) = try Self.store(batches, "crossing-incremental")
      defer { storeDir.remove() }
      let dump = try Self.dump(store)
      #expect(dump == expected, "\(label):\n\(Self.differences(expected, dump))")
    }
    // Before the last three meetings, the case that came back at four of five was a standing item.
    let (five, fiveDir) = try Self.store([Array(files.prefix(7))], "crossing-five")
    defer { fiveDir.remove() }
    #expect((try Self.dump(five)["cases"] ?? []).contains { $0.contains("01.02.03A04-9-24") && $0.contains("standing=1") })
  }

  @Test func aCorrectedMeetingIsOneDerivationOfTheCorrection() throws {
    let files = SourceLoader.expand([Examples.folder]).files
    let original = try #require(files.first { $0.hasSuffix("direktionen-2024-10-02.txt") })
    let dir = try TemporaryStore("corrected-files")
    defer { dir.remove() }
    // The correction: one word of a decision changed, and a deferral taken out.
    let text = try String(contentsOfFile: original, encoding: .utf8)
    let corrected = dir.dir.appendingPathComponent("direktionen-2024-10-02-rettet.txt").path
    try text.replacingOccurrences(of: "indhenter yderligere", with: "indhenter flere")
      .replacingOccurrences(of: "Sagen udsættes til næste uge.", with: "Godkendt.")
      .write(toFile: corrected, atomically: false, encoding: .utf8)
    let (full, fullDir) = try Self.store([files.filter { $0 != original } + [corrected]], "corrected-full")
    defer { fullDir.remove() }
    let (incremental, incDir) = try Self.store([files, [corrected]], "corrected-incremental")
    defer { incDir.remove() }
    let expected = try Self.dump(full)
    // The corrected decision's action kept its id (its events and calendar entry follow it):
    // the only difference from a derivation of the correction alone, which derives a new one.
    let carried = try Store.carriedIDs(incremental.db)
    #expect(carried.count == 1)
    var dump = try Self.dump(incremental)
    for (derived, kept) in carried {
      for (table, rows) in dump where !table.hasSuffix("in order") {
        dump[table] = rows.map { $0.replacingOccurrences(of: kept, with: derived) }.sorted()
      }
    }
    dump["actions in order"] = try incremental.db.prepare("SELECT id FROM actions ORDER BY ordering").rows { s in
      let id = s.text(0)
      return carried.first { $0.value == id }?.key ?? id
    }
    #expect(dump == expected, Comment(rawValue: Self.differences(expected, dump)))
  }
}
