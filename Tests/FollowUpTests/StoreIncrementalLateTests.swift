import Foundation
import MinutesCore
import Testing

@testable import FollowUp

/// A referat that arrives late (dated before documents already stored) is learned by the people
/// directory at its place without learning the documents after it again, and the store holds
/// what one derivation of all documents makes: the register row for row, and what the
/// directory learned byte for byte.
@Suite(.serialized) struct StoreIncrementalLateTests {
  /// What the directory learned through the last document, as the store keeps it.
  static func learned(_ store: Store) throws -> [UInt8]? {
    try store.db.prepare("SELECT state FROM people_learned WHERE last = 1").rows([], table: nil) { $0.blob(0) }.first
  }

  /// The documents' facts, in the documents' order (date, then name), with where each stands.
  static func factsInOrder(_ files: [String]) -> [(place: String, facts: [PeopleFact])] {
    files.compactMap { SourceLoader.load($0).meeting }
      .map { (StoreLinker.source($0.source, $0.date?.description), Register.peopleFacts(in: $0)) }
      .sorted { $0.0 < $1.0 }
      .map { (place: $0.0, facts: $0.1) }
  }

  /// The directory learning the documents in order.
  static func inOrder(_ documents: [(place: String, facts: [PeopleFact])]) -> [UInt8] {
    var r = Register()
    for d in documents { r.learn(d.facts) }
    var w = ByteWriter()
    r.people.encode(&w)
    return w.bytes
  }

  /// Learns every document but the `late`th in order, then inserts that one at its place.
  static func inserted(_ documents: [(place: String, facts: [PeopleFact])], late: Int) -> (learned: Bool, bytes: [UInt8]) {
    var r = Register()
    for (k, d) in documents.enumerated() where k != late { r.learn(d.facts) }
    let place = documents[late].place
    let places = Dictionary(grouping: documents.map(\.place), by: { $0 })
    let learned = r.people.insert(documents[late].facts) { e in
      let key = StoreLinker.source(e.source, e.date?.description)
      guard places[key] != nil else { return nil }
      return key < place
    }
    var w = ByteWriter()
    r.people.encode(&w)
    return (learned, w.bytes)
  }

  @Test(arguments: StoreIncrementalTests.corpora.map(\.name))
  func aDocumentLearnedAtItsPlaceIsTheDirectoryOfAllInOrder(corpus: String) throws {
    let files = try #require(StoreIncrementalTests.corpora.first { $0.name == corpus }?.files)
    let documents = Self.factsInOrder(files)
    try #require(Set(documents.map(\.place)).count == documents.count)
    let expected = Self.inOrder(documents)
    var learned = 0
    for late in documents.indices {
      let (done, bytes) = Self.inserted(documents, late: late)
      if done {
        learned += 1
        #expect(bytes == expected, "\(corpus): document \(late) of \(documents.count)")
      } else {
        // Not learned: the directory is what the others made.
        #expect(bytes == Self.inOrder(documents.enumerated().filter { $0.offset != late }.map(\.element)))
      }
    }
    // The generated minutes name the same people with one spelling each: every document is learned.
    if corpus == "generated" { #expect(learned == documents.count) }
  }

  /// A person fact of a document on a date.
  static func person(_ name: String, _ role: String? = nil, _ date: String, line: Int = 1) -> PeopleFact {
    .person(name: name, role: role, evidence: Evidence(source: "\(date).md", line: line, date: Day(iso: date), how: "guest"))
  }

  static func documents(_ facts: [(String, [PeopleFact])]) -> [(place: String, facts: [PeopleFact])] {
    facts.map { (StoreLinker.source("\($0.0).md", $0.0), $0.1) }
  }

  @Test func aRoleFirstWrittenInTheLateDocumentTakesItsTitleAndItsHolderComesFirst() {
    let documents = Self.documents([
      ("2024-01-01", [Self.person("Karen Holm", "chef for Økonomi", "2024-01-01")]),
      ("2024-02-01", [Self.person("Søren Kjær", "Chef for økonomi", "2024-02-01"), Self.person("Karen Holm", nil, "2024-02-01")]),
      ("2024-03-01", [Self.person("Mette Borg", "Chefen for Økonomi", "2024-03-01"), Self.person("Søren Kjær", "direktør", "2024-03-01")]),
    ])
    let expected = Self.inOrder(documents)
    for late in documents.indices {
      let (done, bytes) = Self.inserted(documents, late: late)
      #expect(done, "document \(late)")
      #expect(bytes == expected, "document \(late)")
    }
    var r = Register()
    for d in documents { r.learn(d.facts) }
    #expect(r.people.holders(of: "chef for økonomi").map(\.name) == ["Karen Holm", "Søren Kjær", "Mette Borg"])
    #expect(r.people.people.map(\.name) == ["Karen Holm", "Søren Kjær", "Mette Borg"])
  }

  @Test func aNameWhoseShortFormIsMetLaterIsLearnedAgainInOrder() {
    // `Lars Borst` is read as `Lars Borst Hansen` only when the fuller name was met first.
    let documents = Self.documents([
      ("2024-01-01", [Self.person("Lars Borst Hansen", nil, "2024-01-01")]),
      ("2024-02-01", [Self.person("Lars Borst", nil, "2024-02-01")]),
    ])
    let (done, _) = Self.inserted(documents, late: 0)
    #expect(!done)
    // Two spellings of one person: which came first decides the name learned before settling.
    let spellings = Self.documents([
      ("2024-01-01", [Self.person("Anne-Mette Holm", nil, "2024-01-01")]),
      ("2024-02-01", [Self.person("Anne Mette Holm", nil, "2024-02-01")]),
      ("2024-03-01", [Self.person("Anne-Mette Holm", nil, "2024-03-01")]),
    ])
    for late in spellings.indices {
      let (learned, bytes) = Self.inserted(spellings, late: late)
      if learned { #expect(bytes == Self.inOrder(spellings), "document \(late)") }
    }
  }

  @Test(arguments: ["examples", "generated"])
  func lateDocumentsIntoAStoreAreOneDerivation(corpus: String) throws {
    let files = try #require(StoreIncrementalTests.corpora.first { $0.name == corpus }?.files)
    let byDate = files.compactMap { f in SourceLoader.load(f).meeting.map { (f, $0.date?.description ?? "") } }
      .sorted { $0.1 < $1.1 }.map(\.0)
    try #require(byDate.count >= 4)
    let (full, fullDir) = try StoreIncrementalTests.store([files], "late-full-\(corpus)")
    defer { fullDir.remove() }
    let expected = try StoreIncrementalTests.dump(full)
    let state = try Self.learned(full)
    // The earliest, one in the middle and the second earliest arrive late, in several orders.
    let late = [byDate[0], byDate[byDate.count / 2], byDate[1]]
    let rest = files.filter { !late.contains($0) }
    for order in [late, late.reversed(), [late[1], late[0], late[2]]] {
      let (store, dir) = try StoreIncrementalTests.store([rest] + order.map { [$0] }, "late-\(corpus)")
      defer { dir.remove() }
      let dump = try StoreIncrementalTests.dump(store)
      #expect(dump == expected, "\(corpus) \(order):\n\(StoreIncrementalTests.differences(expected, dump))")
      #expect(try Self.learned(store) == state, "\(corpus) \(order)")
    }
  }
}
