import Foundation
import MinutesCore

/// One linking of a store's register after documents were added or removed.
///
/// The directories are made from every document's reading (committees and people in the
/// documents' order, meeting days by committee). What a change touches is then linked again
/// document by document: the documents added, those whose decisions ask a calendar that now
/// answers otherwise, and those whose owners are written with a name the people directory now
/// reads otherwise. Last, the register's rows that depend on what was linked are assembled
/// again key by key: the first reading of each action and deferral, each case from all its
/// meetings, its deferral states, the roles' display names. A full linking does all of it.
struct StoreLinker {
  let db: SQLiteDatabase
  let coder = StoreCoder()
  /// Each document's rank in the documents' order (date, committee, name, kind, id).
  var ranks: [Int: Int] = [:]
  /// The documents by rank.
  var byRank: [Int] = []
  /// What places each document in the order, and its municipality (`rank`).
  var places: [Int: Place] = [:]
  /// Each document's place in the order, as text (`ordering`).
  var orderings: Orderings { Orderings(places: places) }
  /// The directories, and each document's municipality by its name.
  var context = Register()
  /// Everything is linked and assembled again.
  var isFull: Bool

  /// Documents to link again.
  var documents: Set<Int> = []
  /// Keys whose rows are assembled again.
  var actionIDs: Set<String> = []
  var deferralKeys: Set<String> = []
  var caseKeys: Set<String> = []
  var stateKeys: Set<String> = []
  var roleKeys: Set<String> = []
  /// Roles the people directory gave another title.
  var retitled: Set<String> = []

  /// How many documents apart the people directory's states are kept, at least.
  nonisolated(unsafe) static var keepEvery = 1000

  /// Ids kept across corrections: the id a corrected reading derives, to the id its action had
  /// before (`Store.carryIdentities`).
  let carried: [String: String]

  init(db: SQLiteDatabase, full: Bool) throws {
    self.db = db
    self.isFull = full
    self.carried = try Store.carriedIDs(db)
  }

  // MARK: the documents' order

  /// Ranks the documents that have a reading: date, committee, name (`Register.inOrder`), then
  /// kind and id. The store's index (`readings_order`) gives them in that order: its columns
  /// compare as the bytes of their `ordering` do (no column holds a byte below U+0001, and no
  /// date sorts before the missing one).
  mutating func rank() throws {
    let rows = try db.prepare(
      "SELECT document, date, committee, source, kind, town FROM readings ORDER BY date, committee, source, kind, document"
    ).rows { s in
      (s.int(0), Place(date: s.optionalText(1), committee: s.text(2), source: s.text(3), kind: s.text(4), town: s.text(5)))
    }
    places = Dictionary(rows, uniquingKeysWith: { a, _ in a })
    byRank = rows.map(\.0)
    ranks = Dictionary(uniqueKeysWithValues: byRank.enumerated().map { ($1, $0) })
  }

  /// What places a document among the others, as its reading keeps it.
  struct Place {
    var date: String?
    var committee: String
    var source: String
    var kind: String
    var town: String
  }

  /// Each document's place in the order, as text, made when asked.
  struct Orderings {
    let places: [Int: Place]
    subscript(_ document: Int) -> String? {
      places[document].map { StoreLinker.ordering(date: $0.date, committee: $0.committee, source: $0.source, kind: $0.kind, document: document) }
    }
  }

  /// The places in the order of the documents of a name and date, as evidence tells them:
  /// asked of the store's index of the order (`readings_order`, whose first column is the
  /// date), not of every document.
  func places(ofSource source: String, date: String?) throws -> [String] {
    try db.prepare("SELECT document, source FROM readings WHERE date IS ? AND source = ?")
      .rows([date.map { .text($0) } ?? .null, .text(source)]) { $0.int(0) }
      .compactMap { orderings[$0] }
  }

  /// A document's name and date, as evidence of what it tells holds them.
  static func source(_ source: String, _ date: String?) -> String { source + "\u{1}" + (date ?? "") }

  /// What orders the documents, as text whose bytes sort as the documents do (`Register.inOrder`:
  /// date, committee, name; then kind and id): the store sorts rows by it.
  static func ordering(date: String?, committee: String, source: String, kind: String, document: Int) -> String {
    let id = String(document)
    return [date ?? "0000-00-00", committee, source, kind, String(repeating: "0", count: max(0, 12 - id.count)) + id]
      .joined(separator: "\u{1}")
  }

  /// Where a row of a document stands in the order of the register.
  func ordering(_ document: Int, _ position: Int) -> String {
    let p = String(position)
    return (orderings[document] ?? "") + "\u{1}" + String(repeating: "0", count: max(0, 8 - p.count)) + p
  }

  /// The documents in order.
  var ordered: [Int] { byRank.filter { ranks[$0] != nil } }

  func order(_ document: Int, _ position: Int, _ owner: Int = 0) -> LinkOrder {
    LinkOrder(document: ranks[document] ?? Int.max, position: position, owner: owner)
  }

  // MARK: directories

  /// Whether the documents added come after every other one, and nothing was removed: what
  /// the directories learned of the others then holds, and they learn the new ones on top.
  func comeLast(_ added: [Int], removed: [Int]) -> Bool {
    let all = ordered
    return removed.isEmpty && !added.isEmpty && Set(all.suffix(added.count)) == Set(added)
  }

  /// The committees every document names, learned in the documents' order; on top of the
  /// stored directory when only documents that come last were added.
  func committees(adding added: [Int]?) throws -> CommitteeDirectory {
    var c = CommitteeDirectory()
    var documents = ordered
    if let added {
      for e in try Store.storedCommitteeEntries(db) { c.add(e.name, isHeader: e.isHeader) }
      documents = added.sorted { (ranks[$0] ?? 0) < (ranks[$1] ?? 0) }
    }
    var byDocument: [Int: [(String, Bool)]] = [:]
    for chunk in Store.chunks(added == nil ? [] : documents) {
      for (d, name, header) in try db.prepare(
        "SELECT document, name, header FROM document_committees WHERE document IN (\(Store.marks(chunk.count))) ORDER BY document, position"
      ).rows(chunk.map { .int($0) }, { ($0.int(0), $0.text(1), $0.int(2) == 1) }) {
        byDocument[d, default: []].append((name, header))
      }
    }
    if added == nil {
      for (d, name, header) in try db.prepare("SELECT document, name, header FROM document_committees ORDER BY document, position")
        .rows([], { ($0.int(0), $0.text(1), $0.int(2) == 1) })
      {
        byDocument[d, default: []].append((name, header))
      }
    }
    for d in documents {
      for (name, header) in byDocument[d] ?? [] { c.add(name, isHeader: header) }
    }
    return c
  }

  /// The people every document names, learned in the documents' order, with the people file
  /// over them and their spellings settled. What was learned before the first document that
  /// changed is taken from the last state kept before it (`people_learned`); the documents from
  /// there on are learned again, and states are kept every so many documents and after the last.
  /// - Parameter start: The place in the order of the first document added or removed; `nil`
  ///   learns every document again.
  func people(from start: String?, peopleFile: PeopleFile?) throws -> PeopleDirectory {
    var r = Register()
    var from = 0
    let all = ordered
    if let start {
      let kept = try db.prepare("SELECT through, state FROM people_learned WHERE through < ? ORDER BY through DESC LIMIT 1")
        .rows([.text(start)], table: nil) { ($0.text(0), $0.blob(1)) }.first
      if let (through, state) = kept {
        var reader = ByteReader(state)
        do {
          r.people = try PeopleDirectory(decoding: &reader)
        } catch {
          throw StoreError.damaged(path: db.path, table: "people_learned", row: 0, detail: "ulæselig værdi i state")
        }
        from = all.partitioningIndex { !(orderings[$0] ?? "").utf8.lexicographicallyPrecedes(through.utf8) && orderings[$0] != through }
      }
      try db.prepare("DELETE FROM people_learned WHERE through >= ? OR last = 1").run([.text(start)])
    } else {
      try db.exec("DELETE FROM people_learned")
    }
    let every = max(StoreLinker.keepEvery, all.count / 10)
    if from == all.count, let d = all.last {
      // Nothing to learn again: what was learned is the state after the last document.
      var w = ByteWriter()
      r.people.encode(&w)
      try db.prepare("INSERT OR REPLACE INTO people_learned(through, last, state) VALUES (?, 1, ?)")
        .run([.text(orderings[d] ?? ""), .blob(w.bytes)])
    }
    for chunk in Store.chunks(Array(all.indices.dropFirst(from)), of: 500) {
      let ids = chunk.map { all[$0] }
      let facts = try db.prepare("SELECT document, facts FROM document_people WHERE document IN (\(Store.marks(ids.count)))")
        .rows(ids.map { .int($0) }, table: nil) { ($0.int(0), $0.blob(1)) }
      var byDocument: [Int: [UInt8]] = [:]
      for (d, f) in facts { byDocument[d] = f }
      for k in chunk {
        let d = all[k]
        if let bytes = byDocument[d] {
          do {
            r.learn(try coder.facts(bytes))
          } catch {
            throw StoreError.damaged(path: db.path, table: "document_people", row: d, detail: "ulæselig værdi i facts")
          }
        }
        let isLast = k == all.count - 1
        if (k + 1) % every == 0 || isLast {
          var w = ByteWriter()
          r.people.encode(&w)
          try db.prepare("INSERT OR REPLACE INTO people_learned(through, last, state) VALUES (?, ?, ?)")
            .run([.text(orderings[d] ?? ""), .bool(isLast), .blob(w.bytes)])
        }
      }
    }
    if let peopleFile { r.people.merge(peopleFile) }
    r.people.settleSpellings()
    return r.people
  }

  /// The municipality of every document, when they all have one (the usual store): then no
  /// directory of 20,000 names is made.
  func onlyTown() -> String? {
    var only: String?
    for (d, p) in places where ranks[d] != nil {
      if let t = only, t != p.town { return nil }
      only = p.town
    }
    return only ?? ""
  }

  /// Each document's municipality, by its name.
  func towns() -> [String: String] {
    // Of documents with one name, the one imported last tells.
    var towns: [String: (Int, String)] = [:]
    for (d, p) in places where ranks[d] != nil {
      if let t = towns[p.source], t.0 > d { continue }
      towns[p.source] = (d, p.town)
    }
    return towns.mapValues(\.1)
  }

  /// A document's reading.
  func reading(_ document: Int) throws -> DocumentReading? {
    try db.rows(ReadingsTable.table, "WHERE document = ?", [.int(document)]) { try ReadingsTable.read($0, coder: coder) }.first
  }

  // MARK: linking

  /// Links the register again after `added` documents were read and `removed` ones deleted
  /// (their readings still in the store), or in full.
  mutating func run(added: [Int], removed: [Int], peopleFile: PeopleFile?) throws {
    try db.requireTransaction()
    try rank()
    for id in removed { ranks[id] = nil }
    let last = !isFull && comeLast(added, removed: removed)
    // Committees a document before others names are learned on top when the order cannot matter.
    let inserted = isFull || last || !removed.isEmpty ? nil : try committeesInserting(added)
    let committees = try inserted ?? committees(adding: last ? added : nil)
    if !isFull {
      let stored = try Store.storedCommitteeEntries(db)
      isFull = stored.map { "\($0.key)|\($0.name)|\($0.isHeader)" } != committees.entries.map { "\($0.key)|\($0.name)|\($0.isHeader)" }
    }
    context = Register()
    context.committees = committees
    if let only = onlyTown() { context.onlyTown = only } else { context.towns = towns() }
    if isFull {
      for t in StoreSchema.linked + StoreSchema.derived + [
        DocumentCalendarTable.table, DocumentDecisionsTable.table, DocumentLookupsTable.table,
      ] {
        try db.exec("DELETE FROM \(t.name)")
      }
      for e in committees.entries {
        try db.insert(CommitteesTable.table, [.text(e.key), .text(e.name), .bool(e.isHeader)])
      }
    }
    let reindexed = isFull ? ordered : added
    try index(reindexed)
    // The calendar, and what a changed one touches.
    let oldPeople = isFull ? nil : try storedPeople()
    try linkCalendar(touching: isFull ? nil : Set(added + removed))
    let changed = (added + removed).compactMap { orderings[$0] }.min { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    // A document that comes before others is learned at its place when its names allow it.
    let learned = isFull || last || !removed.isEmpty ? nil : try peopleInserting(added, peopleFile: peopleFile)
    context.people = try learned ?? people(from: isFull ? nil : changed, peopleFile: peopleFile)
    try writePeople(changedFrom: oldPeople)
    documents.formUnion(isFull ? ordered : added)
    for id in removed { try forget(id, entirely: true) }
    for id in documents.sorted(by: { (ranks[$0] ?? 0) < (ranks[$1] ?? 0) }) where ranks[id] != nil {
      try forget(id, entirely: false)
      guard let r = try reading(id) else { continue }
      try link(id, r)
    }
    try assemble()
  }

  /// Makes sure the documents' decisions were read against the committees as they are now,
  /// and keeps what a later change of the calendar or the people may touch.
  mutating func index(_ ids: [Int]) throws {
    for chunk in Store.chunks(ids, of: Store.batch) {
      var readings: [(Int, DocumentReading)] = []
      for id in chunk { if let r = try reading(id) { readings.append((id, r)) } }
      let directory = context.committees
      let stale = readings.indices.filter { !readings[$0].1.holds(under: directory) }
      if !stale.isEmpty {
        readings.withUnsafeMutableBufferPointer { buffer in
          nonisolated(unsafe) let out = buffer
          DispatchQueue.concurrentPerform(iterations: stale.count) { k in out[stale[k]].1.readDecisions(directory) }
        }
        for k in stale {
          try db.prepare("UPDATE readings SET reading = ? WHERE document = ?").run([.blob(coder.encode(readings[k].1)), .int(readings[k].0)])
        }
      }
      for (id, r) in readings { try indexDocument(id, r) }
    }
  }

  /// A document's meeting days by calendar, and its decisions by the calendar they ask.
  func indexDocument(_ id: Int, _ r: DocumentReading) throws {
    for t in [DocumentCalendarTable.table, DocumentDecisionsTable.table] {
      try db.prepare("DELETE FROM \(t.name) WHERE document = ?").run([.int(id)])
    }
    for e in r.calendar {
      try db.insert(
        DocumentCalendarTable.table,
        [.int(id), .text(context.calendarKey(e.body, town: r.town)), .day(e.day), .text(e.basis.rawValue)])
    }
    var asked: Set<String> = []
    for d in r.decisions where !d.isClosed {
      let key = context.calendarKey(d.committee, town: r.town)
      if asked.insert(key + "|" + d.date.description).inserted {
        try db.insert(DocumentDecisionsTable.table, [.int(id), .text(key), .day(d.date)])
      }
    }
  }

  /// The calendar from every document's meeting days, and what a change of it touches: the
  /// documents whose decisions' next meeting it now answers otherwise, the cases whose
  /// deferral waits for a day whose minutes came or went, the cases that may now be standing
  /// items.
  /// - Parameter touching: The documents changed, or `nil` for all.
  mutating func linkCalendar(touching changed: Set<Int>?) throws {
    var keys: [String]
    if let changed {
      var set: Set<String> = []
      for chunk in Store.chunks(Array(changed)) {
        set.formUnion(
          try db.prepare("SELECT DISTINCT key FROM document_calendar WHERE document IN (\(Store.marks(chunk.count)))")
            .rows(chunk.map { .int($0) }, { $0.text(0) }))
      }
      keys = set.sorted()
    } else {
      keys = try db.prepare("SELECT DISTINCT key FROM document_calendar ORDER BY key").rows { $0.text(0) }
    }
    // The stored calendar, a committee at a time (its rows in the order of the index).
    var calendar = MeetingCalendar()
    let all = try db.prepare("SELECT key, day, basis, rowid FROM calendar ORDER BY key, day").rows([], table: "calendar") { s in
      (s.text(0), try s.day(1), try s.value(2, as: MeetingBasis.self))
    }
    var start = all.startIndex
    while start < all.endIndex {
      let key = all[start].0
      var end = start + 1
      while end < all.endIndex, all[end].0 == key { end += 1 }
      calendar.replace(key, with: all[start..<end].map { ($0.1, $0.2) })
      start = end
    }
    for key in keys {
      var old = MeetingCalendar()
      var new = MeetingCalendar()
      for (d, b) in calendar.meetings(key) { old.add(key, d, b) }
      let rows = try db.prepare("SELECT document, day, basis, rowid FROM document_calendar WHERE key = ?")
        .rows([.text(key)], table: "document_calendar") { s in (s.int(0), try s.day(1), try s.value(2, as: MeetingBasis.self)) }
      for (doc, d, b) in rows where ranks[doc] != nil { new.add(key, d, b) }
      let before = old.meetings(key)
      let after = new.meetings(key)
      guard before.map({ "\($0.0)\($0.1)" }) != after.map({ "\($0.0)\($0.1)" }) else { continue }
      calendar.replace(key, with: after)
      try db.prepare("DELETE FROM calendar WHERE key = ?").run([.text(key)])
      for (d, b) in after { try db.insert(CalendarTable.table, [.text(key), .day(d), .text(b.rawValue)]) }
      guard !isFull else { continue }
      // Decisions whose committee's next meeting is now another day.
      let dates = try db.prepare("SELECT DISTINCT date, rowid FROM document_decisions WHERE key = ?")
        .rows([.text(key)], table: "document_decisions") { try $0.day(0) }
      let asked = Set(dates).sorted()
      for (d, (was, now)) in zip(asked, zip(old.nextMeetings(after: asked, committeeKey: key), new.nextMeetings(after: asked, committeeKey: key))) {
        if was?.0 != now?.0 || was?.1 != now?.1 {
          documents.formUnion(
            try db.prepare("SELECT document FROM document_decisions WHERE key = ? AND date = ?").rows([.text(key), .day(d)]) {
              $0.int(0)
            })
        }
      }
      // Deferrals to a day whose minutes came or went.
      let minutesBefore = Set(before.filter { $0.1 == .minutes }.map(\.0))
      let minutesAfter = Set(after.filter { $0.1 == .minutes }.map(\.0))
      for d in minutesBefore.symmetricDifference(minutesAfter) {
        stateKeys.formUnion(
          try db.prepare("SELECT DISTINCT case_key FROM linked_postponements WHERE calendar_key = ? AND target = ?")
            .rows([.text(key), .day(d)]) { $0.text(0) })
      }
      // Cases that may be standing items by how often they come back.
      if minutesBefore.count != minutesAfter.count {
        caseKeys.formUnion(
          try db.prepare(
            "SELECT case_key FROM linked_appearances WHERE calendar_key = ? AND own = 1 GROUP BY case_key HAVING count(*) >= 4"
          ).rows([.text(key)]) { $0.text(0) })
      }
    }
    context.calendar = calendar
  }

  /// The people directory as the store holds it: each row's rowid by its values (the people
  /// read from them only when asked: most imports change none), and the units, outside
  /// organisations and role titles.
  struct StoredPeople {
    var rows: [PeopleTable.RowKey: [Int]]
    /// Each row's values, by its key.
    var values: [PeopleTable.RowKey: [String?]]
    var terms: Set<String>

    /// Each person by what the owners' reading depends on (`signature`).
    var entries: [String: Person] {
      var entries: [String: Person] = [:]
      for v in values.values {
        let p = PeopleTable.read(name: v[0] ?? "", aliases: v[1] ?? "", roles: v[2] ?? "", email: v[3], evidence: v[4] ?? "")
        if entries[StoreLinker.signature(p)] == nil { entries[StoreLinker.signature(p)] = p }
      }
      return entries
    }
  }

  func storedPeople() throws -> StoredPeople {
    var rows: [PeopleTable.RowKey: [Int]] = [:]
    var values: [PeopleTable.RowKey: [String?]] = [:]
    let names = PeopleTable.table.columns.map(\.name)
    for (v, rowid) in try db.rows(PeopleTable.table, "", [], { r in (names.map { r.optionalText($0) }, r.statement.int(Int32(names.count))) }) {
      let key = PeopleTable.rowKey(v)
      rows[key, default: []].append(rowid)
      values[key] = v
    }
    let terms = try db.prepare("SELECT kind, key, value FROM people_terms").rows { "\($0.text(0))|\($0.text(1))|\($0.text(2))" }
    return StoredPeople(rows: rows, values: values, terms: Set(terms))
  }

  /// What of a person the owners' reading depends on.
  static func signature(_ p: Person) -> String {
    ([p.name, p.email ?? ""] + p.aliases.sorted() + p.roles.map(\.title).sorted()).joined(separator: "\u{1F}")
  }

  /// A directory's terms, as the store keeps them.
  static func terms(_ p: PeopleDirectory) -> [(String, String, String)] {
    p.units.sorted { $0.key < $1.key }.map { (PeopleTermsTable.unit, $0.key, $0.value) }
      + p.externals.sorted { $0.key < $1.key }.map { (PeopleTermsTable.external, $0.key, $0.value) }
      + p.learnedTitles.sorted { $0.key < $1.key }.map { (PeopleTermsTable.role, $0.key, $0.value) }
  }

  /// Writes the people directory, and notes what its change touches: the documents whose
  /// linking asked a question a changed person, unit or role title answers, and the actions
  /// whose role got another title.
  mutating func writePeople(changedFrom old: StoredPeople?) throws {
    let people = context.people
    let signatures = Dictionary(people.people.map { (StoreLinker.signature($0), $0) }, uniquingKeysWith: { a, _ in a })
    let terms = StoreLinker.terms(people)
    let termKeys = Set(terms.map { "\($0.0)|\($0.1)|\($0.2)" })
    var rowsChanged = true
    if let old {
      // Only the rows that changed are written: most imports change a few people or none.
      var stale = old.rows
      rowsChanged = false
      for p in people.people {
        let values = PeopleTable.values(p)
        let key = PeopleTable.rowKey(values)
        if var ids = stale[key], !ids.isEmpty {
          ids.removeLast()
          stale[key] = ids
        } else {
          try db.insert(PeopleTable.table, values)
          rowsChanged = true
        }
      }
      for id in stale.values.joined() {
        try db.prepare("DELETE FROM people WHERE rowid = ?").run([.int(id)])
        rowsChanged = true
      }
    } else {
      try db.exec("DELETE FROM people")
      for p in people.people { try db.insert(PeopleTable.table, PeopleTable.values(p)) }
    }
    if old?.terms != termKeys {
      try db.exec("DELETE FROM people_terms")
      for t in terms { try db.insert(PeopleTermsTable.table, [.text(t.0), .text(t.1), .text(t.2)]) }
    }
    guard let old, !isFull else { return }
    // The questions a changed person answers, kept where the answer is another.
    var asked: Set<String> = []
    let entries = rowsChanged ? old.entries : [:]
    for p in rowsChanged ? Set(entries.keys).symmetricDifference(signatures.keys) : [] {
      if let person = signatures[p] ?? entries[p] { asked.formUnion(PeopleLookups.tokens(of: person)) }
    }
    var tokens: Set<String> = []
    if !asked.isEmpty {
      let before = PeopleAnswers(Array(entries.values))
      let after = PeopleAnswers(people.people)
      tokens = asked.filter { before.answer($0) != after.answer($0) }
    }
    for t in old.terms.symmetricDifference(termKeys) {
      let parts = t.split(separator: "|", maxSplits: 2).map(String.init)
      guard parts.count == 3 else { continue }
      switch parts[0] {
      case PeopleTermsTable.unit: tokens.insert(PeopleLookups.Question.unit.rawValue + ":" + parts[1])
      case PeopleTermsTable.external: tokens.insert(PeopleLookups.Question.external.rawValue + ":" + parts[1])
      default:
        tokens.insert(PeopleLookups.Question.roleTitle.rawValue + ":" + parts[1])
        roleKeys.insert(parts[1])
        retitled.insert(parts[1])
      }
    }
    for chunk in Store.chunks(tokens.sorted()) {
      documents.formUnion(
        try db.prepare("SELECT DISTINCT document FROM document_lookups WHERE token IN (\(Store.marks(chunk.count)))")
          .rows(chunk.map { .text($0) }, { $0.int(0) }))
    }
  }

  /// Takes a document's link out of the store, noting the keys it touched; `entirely` also
  /// takes its reading (a document removed).
  mutating func forget(_ id: Int, entirely: Bool) throws {
    let d: [SQLValue] = [.int(id)]
    actionIDs.formUnion(try db.prepare("SELECT id FROM linked_actions WHERE document = ?").rows(d) { $0.text(0) })
    for (key, c) in try db.prepare("SELECT key, case_key FROM linked_postponements WHERE document = ?").rows(d, { ($0.text(0), $0.text(1)) }) {
      deferralKeys.insert(key)
      stateKeys.insert(c)
    }
    caseKeys.formUnion(try db.prepare("SELECT case_key FROM linked_appearances WHERE document = ?").rows(d) { $0.text(0) })
    roleKeys.formUnion(try db.prepare("SELECT key FROM role_notes WHERE document = ?").rows(d) { $0.text(0) })
    var tables = StoreSchema.linked.map(\.name) + ["meetings", "items", DocumentLookupsTable.table.name]
    if entirely {
      tables += StoreSchema.analyses.map(\.name)
      try db.prepare("DELETE FROM documents WHERE id = ?").run(d)
    }
    for t in tables { try db.prepare("DELETE FROM \(t) WHERE document = ?").run(d) }
    try db.prepare("DELETE FROM findings WHERE document = ? AND origin = 'read'").run(d)
  }

  /// Links one document and keeps what it contributes: its linked actions, deferrals, case
  /// appearances and role notes, and its meeting, items and the reader's findings.
  mutating func link(_ id: Int, _ reading: DocumentReading) throws {
    let l = context.link(reading)
    let m = reading.meeting
    let derived = Set(l.actions.map(\.id))
    for (i, read) in l.actions.enumerated() {
      // A corrected meeting's action keeps the id the promise had before.
      var a = read
      if let kept = carried[a.id], !derived.contains(kept) { a.id = kept }
      try db.insert(LinkedActionsTable.table, [.int(id), .int(i), .text(a.id), .opt(a.caseKey), .blob(coder.encode(a))])
      actionIDs.insert(a.id)
      for n in Register.roleNotes(a, at: LinkOrder(document: id, position: i)) {
        try db.insert(RoleNotesTable.table, [.int(id), .int(i), .int(n.order.owner), .text(n.key), .text(n.title)])
        roleKeys.insert(n.key)
      }
    }
    for (i, p) in l.postponements.enumerated() {
      let key = Register.deferralKey(p)
      try db.insert(
        LinkedPostponementsTable.table,
        [
          .int(id), .int(i), .text(key), .text(p.caseKey), .text(context.calendarKey(p.committee, town: reading.town)),
          .day(p.target), .blob(coder.encode(p)),
        ])
      deferralKeys.insert(key)
      stateKeys.insert(p.caseKey)
    }
    for (i, t) in l.appearances.enumerated() {
      let own = !t.appearance.isQuoted && !t.appearance.isAgenda
      try db.insert(
        LinkedAppearancesTable.table,
        [
          .int(id), .int(i), .text(t.caseKey), .text(context.calendarKey(t.appearance.committee, town: t.town)),
          .bool(own), .blob(coder.encode(t)),
        ])
      caseKeys.insert(t.caseKey)
    }
    for t in l.lookups.sorted() { try db.insert(DocumentLookupsTable.table, [.text(t), .int(id)]) }
    try db.insert(MeetingsTable.table, MeetingsTable.values(m, committee: l.committee, document: id))
    for (ii, it) in m.items.enumerated() {
      try db.insert(
        ItemsTable.table,
        ItemsTable.values(it, of: m, committee: l.committee, outcome: ii < l.outcomes.count ? l.outcomes[ii] : .none, document: id))
    }
    for (k, f) in m.findings.enumerated() {
      try db.insert(FindingsTable.table, FindingsTable.values(f, origin: .read, document: id, position: k, actionID: nil))
    }
  }
}
