import Foundation
import MinutesCore

/// Identity that survives corrections: when a new version of a meeting's minutes replaces the
/// old one, each action of the old reading that the new reading holds as the same promise keeps
/// its id, and with it its events and its calendar entry. Events on an action the new reading
/// no longer holds are never dropped: `review` lists them with the old sentence.
///
/// The store remembers what it carried in `meta` (`carried:<id the new reading derives>` → the
/// id kept), so that every later linking, a full one too, gives the action the same id.
extension Store {
  /// The ids kept across corrections, by the id the engine derives now.
  static func carriedIDs(_ db: SQLiteDatabase) throws -> [String: String] {
    var out: [String: String] = [:]
    for (key, value) in try db.prepare("SELECT key, value FROM meta WHERE key LIKE 'carried:%'").rows([], { ($0.text(0), $0.text(1)) }) {
      out[String(key.dropFirst("carried:".count))] = value
    }
    return out
  }

  /// The register's actions read from some documents, with their owners.
  func actions(ofDocuments documents: [Int]) throws -> [ActionItem] {
    var out: [ActionItem] = []
    for chunk in Store.chunks(documents) {
      out += try db.rows(
        ActionsTable.table, "WHERE document IN (\(Store.marks(chunk.count))) ORDER BY ordering",
        chunk.map { .int($0) }, ActionsTable.read)
    }
    return try withOwners(out)
  }

  /// Matches the actions of replaced readings (`old`) to those of the readings that replaced
  /// them (`documents`): the same committee, meeting and item, the same owners, and a similar
  /// sentence (or a very similar one when the owners changed). A match whose id changed is
  /// remembered as carried; an old action with events and no match waits in `review`.
  /// - Returns: How many were carried and how many wait, and the documents to link again so
  ///   the kept ids take effect.
  func carryIdentities(from old: [ActionItem], to documents: [Int]) throws -> (carried: Int, waiting: Int, relink: [Int]) {
    guard !old.isEmpty else { return (0, 0, []) }
    let now = try actions(ofDocuments: documents)
    let present = Set(now.map(\.id))
    var withEvents: Set<String> = []
    for chunk in Store.chunks(old.map(\.id)) {
      withEvents.formUnion(
        try db.prepare("SELECT DISTINCT target FROM events WHERE target IN (\(Store.marks(chunk.count)))")
          .rows(chunk.map { .text($0) }) { $0.text(0) })
    }
    var taken: Set<String> = []
    var carried = 0
    var waiting = 0
    var relink: Set<Int> = []
    // The new actions by the place they stand (committee, meeting, item), to look up each old one.
    func place(_ a: ActionItem) -> String {
      CommitteeDirectory.key(a.committee) + "|" + a.meetingDate.description + "|" + String(a.item)
    }
    let oldIDs = Set(old.map(\.id))
    var byPlace: [String: [ActionItem]] = [:]
    for a in now where !oldIDs.contains(a.id) { byPlace[place(a), default: []].append(a) }
    for a in old where !present.contains(a.id) {
      // An item of hundreds of actions (no council writes one) is not matched pair by pair.
      let bucket = byPlace[place(a)] ?? []
      let candidates = bucket.count > 400 ? [] : bucket.filter { !taken.contains($0.id) && Store.samePlace($0, a) }
      let best = candidates.map { ($0, Store.similarity($0.sentence, a.sentence)) }
        .filter { c, score in score >= (Store.sameOwners(c, a) ? 0.5 : 0.8) }
        .max { $0.1 < $1.1 }
      if let (match, _) = best {
        taken.insert(match.id)
        try Store.setMeta(db, "carried:" + match.id, a.id)
        // What was carried to this id before now follows it to the kept one.
        try db.prepare("UPDATE meta SET value = ? WHERE key LIKE 'carried:%' AND value = ?").run([.text(a.id), .text(match.id)])
        if let d = try db.prepare("SELECT document FROM actions WHERE id = ?").rows([.text(match.id)], { $0.int(0) }).first {
          relink.insert(d)
        }
        carried += 1
      } else if withEvents.contains(a.id) {
        try Store.setMeta(db, "waiting:" + a.id, Store.describe(a))
        waiting += 1
      }
    }
    return (carried, waiting, relink.sorted())
  }

  /// Same committee, meeting, item and source.
  static func samePlace(_ a: ActionItem, _ b: ActionItem) -> Bool {
    CommitteeDirectory.key(a.committee) == CommitteeDirectory.key(b.committee) && a.meetingDate == b.meetingDate
      && a.item == b.item && a.source == b.source && a.decisionDate == b.decisionDate
  }

  static func sameOwners(_ a: ActionItem, _ b: ActionItem) -> Bool {
    Set(a.owners.map { DanishFolding.key($0.name) }) == Set(b.owners.map { DanishFolding.key($0.name) })
  }

  /// The share of words two sentences have in common (Jaccard, on folded words).
  static func similarity(_ a: String, _ b: String) -> Double {
    func words(_ s: String) -> Set<String> {
      Set(DanishFolding.key(s).split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
    let x = words(a)
    let y = words(b)
    guard !x.isEmpty || !y.isEmpty else { return 1 }
    return Double(x.intersection(y).count) / Double(x.union(y).count)
  }

  /// What `review` says of an action whose events wait: the old sentence and where it stood.
  static func describe(_ a: ActionItem) -> String {
    // A closed item's sentence is confidential: review names the item, not what it says.
    let fields = [
      a.committee, a.meetingDate.description, String(a.item), a.isClosed ? "(lukket punkt)" : a.sentence,
      a.location.file, String(a.location.line),
    ]
    return fields.map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: "\t")
  }

  /// The actions whose events wait, as review entries: the old sentence, what became of it.
  func waitingEvents() throws -> [ReviewEntry] {
    let rows = try db.prepare("SELECT key, value FROM meta WHERE key LIKE 'waiting:%' ORDER BY key").rows([]) {
      ($0.text(0), $0.text(1))
    }
    var out: [ReviewEntry] = []
    for (key, value) in rows {
      let id = String(key.dropFirst("waiting:".count))
      // Carried later after all (the sentence came back in a newer correction): nothing waits.
      if try db.prepare("SELECT 1 FROM actions WHERE id = ?").rows([.text(id)], { _ in true }).first == true { continue }
      let f = value.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard f.count == 6 else { continue }
      let count = try db.prepare("SELECT count(*) FROM events WHERE target = ?").rows([.text(id)]) { $0.int(0) }.first ?? 0
      out.append(
        ReviewEntry(
          key: id, severity: .warning, code: "hændelser-uden-handling",
          message: "Et rettet referat (\(f[0]) \(f[1]), punkt \(f[2])) har ikke længere handlingen \(id): \"\(f[3].trimmingCharacters(in: CharacterSet(charactersIn: ". ")))\". "
            + "\(count) \(count == 1 ? "hændelse" : "hændelser") på den venter; flyt dem med assign/due/done på den nye handling.",
          location: SourceLocation(file: f[4], line: Int(f[5]) ?? 0), isConfirmed: false))
    }
    return out
  }
}
