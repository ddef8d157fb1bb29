import Foundation
import MinutesCore

extension StoreLinker {
  /// The people directory with the documents added learned at their places in the order on top
  /// of what was learned through the last document before (`PeopleDirectory.insert`), and the
  /// state after the last document kept again; `nil` when the state kept is not the one before
  /// them or a document's names cannot be learned out of order: then `people(from:peopleFile:)`
  /// learns the documents from the first one added on again.
  ///
  /// The documents added must be new to the store's linking: one linked before is in the state.
  /// The states kept from the first document added on no longer hold what was learned through
  /// their place, and are let go.
  func peopleInserting(_ added: [Int], peopleFile: PeopleFile?) throws -> PeopleDirectory? {
    let all = ordered
    let adding = Set(added)
    guard !added.isEmpty, let before = all.last(where: { !adding.contains($0) }), let through = orderings[before],
      let end = all.last.flatMap({ orderings[$0] })
    else { return nil }
    let kept = try db.prepare("SELECT through, state FROM people_learned WHERE last = 1")
      .rows([], table: nil) { ($0.text(0), $0.blob(1)) }.first
    guard let (keptThrough, state) = kept, keptThrough == through else { return nil }
    var people: PeopleDirectory
    do {
      var reader = ByteReader(state)
      people = try PeopleDirectory(decoding: &reader)
    } catch {
      throw StoreError.damaged(path: db.path, table: "people_learned", row: 0, detail: "ulæselig værdi i state")
    }
    let inOrder = added.filter { ranks[$0] != nil }.sorted { (ranks[$0] ?? 0) < (ranks[$1] ?? 0) }
    // Documents linked before (linked again, as those a correction's identities touch) were
    // learned into the state already.
    for chunk in Store.chunks(inOrder) {
      let linked = try db.prepare("SELECT 1 FROM meetings WHERE document IN (\(Store.marks(chunk.count))) LIMIT 1")
        .rows(chunk.map { .int($0) }) { $0.int(0) }
      guard linked.isEmpty else { return nil }
    }
    var facts: [Int: [UInt8]] = [:]
    for chunk in Store.chunks(inOrder) {
      for (d, f) in try db.prepare("SELECT document, facts FROM document_people WHERE document IN (\(Store.marks(chunk.count)))")
        .rows(chunk.map { .int($0) }, table: nil, { ($0.int(0), $0.blob(1)) })
      {
        facts[d] = f
      }
    }
    // The places of the documents evidence comes from, asked once for each name and date.
    var placesBySource: [String: [String]?] = [:]
    func places(_ source: String, _ date: String?) -> [String]? {
      let key = StoreLinker.source(source, date)
      if let known = placesBySource[key] { return known }
      let found = try? self.places(ofSource: source, date: date)
      placesBySource[key] = found
      return found
    }
    for d in inOrder {
      guard let place = orderings[d] else { return nil }
      guard let bytes = facts[d] else { continue }
      let read: [PeopleFact]
      do {
        read = try coder.facts(bytes)
      } catch {
        throw StoreError.damaged(path: db.path, table: "document_people", row: d, detail: "ulæselig værdi i facts")
      }
      let learned = people.insert(read) { e in
        // The documents the evidence may come from: all before this one, or all after it.
        guard let places = places(e.source, e.date?.description), !places.isEmpty else { return nil }
        let before = places.filter { $0.utf8.lexicographicallyPrecedes(place.utf8) }.count
        return before == places.count ? true : before == 0 ? false : nil
      }
      guard learned else { return nil }
    }
    let first = inOrder.first.flatMap { orderings[$0] } ?? through
    try db.prepare("DELETE FROM people_learned WHERE through >= ? OR last = 1").run([.text(first)])
    var w = ByteWriter()
    people.encode(&w)
    try db.prepare("INSERT OR REPLACE INTO people_learned(through, last, state) VALUES (?, 1, ?)").run([.text(end), .blob(w.bytes)])
    if let peopleFile { people.merge(peopleFile) }
    people.settleSpellings()
    return people
  }
}
