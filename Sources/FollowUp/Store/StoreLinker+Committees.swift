import Foundation
import MinutesCore

extension StoreLinker {
  /// The committees with those the documents added name learned on top of the stored
  /// directory, wherever the documents stand in the order; `nil` when the order decides and it
  /// is not known: a name a document writes otherwise than the directory holds it (then the
  /// directory is learned from every document in order, `committees(adding:)`).
  ///
  /// A body's name is the first a minutes header gives it, else the first written: a header
  /// over a name from quotes, or a body the directory does not know, holds wherever the
  /// document stands; a name the directory holds as written stays.
  func committeesInserting(_ added: [Int]) throws -> CommitteeDirectory? {
    var c = CommitteeDirectory()
    var stored: [String: (name: String, isHeader: Bool)] = [:]
    for e in try Store.storedCommitteeEntries(db) {
      c.add(e.name, isHeader: e.isHeader)
      stored[e.key] = (e.name, e.isHeader)
    }
    var byDocument: [Int: [(String, Bool)]] = [:]
    for chunk in Store.chunks(added) {
      for (d, name, header) in try db.prepare(
        "SELECT document, name, header FROM document_committees WHERE document IN (\(Store.marks(chunk.count))) ORDER BY document, position"
      ).rows(chunk.map { .int($0) }, { ($0.int(0), $0.text(1), $0.int(2) == 1) }) {
        byDocument[d, default: []].append((name, header))
      }
    }
    for d in added.sorted(by: { (ranks[$0] ?? 0) < (ranks[$1] ?? 0) }) {
      for (name, header) in byDocument[d] ?? [] {
        let k = CommitteeDirectory.key(name.trimming(" ,.:"))
        if let s = stored[k] {
          // The stored name holds over this one, or this one over it, only by the order.
          if header == s.isHeader, s.name != name.trimming(" ,.:") { return nil }
        }
        c.add(name, isHeader: header)
      }
    }
    return c
  }
}
