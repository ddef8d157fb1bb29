import Foundation
import MinutesCore

extension StoreLinker {
  /// Assembles again the register's rows that depend on what was linked: the roles' display
  /// names, then each case touched, then the first reading of each deferral touched and the
  /// deferral states of their cases, then the first reading of each action touched, named,
  /// settled and reviewed.
  mutating func assemble() throws {
    if isFull {
      caseKeys = Set(try db.prepare("SELECT DISTINCT case_key FROM linked_appearances").rows { $0.text(0) })
      deferralKeys = Set(try db.prepare("SELECT DISTINCT key FROM linked_postponements").rows { $0.text(0) })
      actionIDs = Set(try db.prepare("SELECT DISTINCT id FROM linked_actions").rows { $0.text(0) })
      roleKeys = Set(try db.prepare("SELECT DISTINCT key FROM role_notes").rows { $0.text(0) })
    }
    let firstNotes = try assembleRoles()
    let records = try assembleCases()
    try assembleDeferrals()
    try assembleStates(records)
    try assembleActions(records, firstNotes: firstNotes)
  }

  /// The first note of each role touched, kept in `role_titles`; the actions that name a role
  /// whose first note or title changed are assembled again.
  /// - Returns: The first note of every role the actions to assemble may name.
  mutating func assembleRoles() throws -> [String: RoleNote] {
    var notes: [String: RoleNote] = [:]
    for chunk in Store.chunks(roleKeys.sorted()) {
      let rows = try db.prepare("SELECT document, position, owner, key, title FROM role_notes WHERE key IN (\(Store.marks(chunk.count)))")
        .rows(chunk.map { .text($0) }) { ($0.int(0), $0.int(1), $0.int(2), $0.text(3), $0.text(4)) }
      for (d, p, o, key, title) in rows where ranks[d] != nil {
        let note = RoleNote(key: key, title: title, order: order(d, p, o))
        if let n = notes[key], n.order <= note.order { continue }
        notes[key] = note
      }
      let old = try db.prepare("SELECT key, title, document, position, owner FROM role_titles WHERE key IN (\(Store.marks(chunk.count)))")
        .rows(chunk.map { .text($0) }) { ($0.text(0), "\($0.text(1))|\($0.int(2))|\($0.int(3))|\($0.int(4))") }
      let before = Dictionary(old, uniquingKeysWith: { a, _ in a })
      for key in chunk {
        let after = notes[key].map { n in "\(n.title)|\(documentOf(n))|\(n.order.position)|\(n.order.owner)" }
        guard isFull || before[key] != after || retitled.contains(key) else { continue }
        try db.prepare("DELETE FROM role_titles WHERE key = ?").run([.text(key)])
        if let n = notes[key] {
          try db.insert(RoleTitlesTable.table, [.text(key), .text(n.title), .int(documentOf(n)), .int(n.order.position), .int(n.order.owner)])
        }
        if !isFull {
          actionIDs.formUnion(try db.prepare("SELECT DISTINCT action_id FROM action_owners WHERE role_key = ?").rows([.text(key)]) { $0.text(0) })
        }
      }
    }
    return notes
  }

  /// The document a note's rank stands for.
  func documentOf(_ n: RoleNote) -> Int {
    n.order.document >= 0 && n.order.document < byRank.count ? byRank[n.order.document] : -1
  }

  /// Each case touched, from what every meeting tells of it; a case that changed has its
  /// actions settled and its deferral states made again.
  /// - Returns: The cases made, by key.
  mutating func assembleCases() throws -> [String: CaseRecord] {
    var records: [String: CaseRecord] = [:]
    for chunk in Store.chunks(caseKeys.sorted()) {
      let rows = try db.rows(
        LinkedAppearancesTable.table, "WHERE case_key IN (\(Store.marks(chunk.count)))", chunk.map { .text($0) }
      ) { r in (r.int("document"), r.int("position"), try coder.decode(r, "appearance", coder.appearance)) }
      var told: [String: [(LinkOrder, CaseAppearance)]] = [:]
      for (d, p, t) in rows where ranks[d] != nil { told[t.caseKey, default: []].append((order(d, p), t)) }
      for key in chunk {
        let list = (told[key] ?? []).sorted { $0.0 < $1.0 }.map(\.1)
        let record = list.isEmpty ? nil : context.caseRecord(key, list)
        let old = isFull ? nil : try storedCase(key)
        guard isFull || old != record else { continue }
        try db.prepare("DELETE FROM cases WHERE key = ?").run([.text(key)])
        try db.prepare("DELETE FROM appearances WHERE case_key = ?").run([.text(key)])
        if let record {
          records[key] = record
          try db.insert(CasesTable.table, CasesTable.values(record))
          for (i, a) in record.appearances.enumerated() {
            try db.insert(AppearancesTable.table, AppearancesTable.values(a, caseKey: key, position: i))
          }
        }
        stateKeys.insert(key)
        if !isFull {
          actionIDs.formUnion(try db.prepare("SELECT DISTINCT id FROM linked_actions WHERE case_key = ?").rows([.text(key)]) { $0.text(0) })
        }
      }
    }
    return records
  }

  /// A case as the store holds it, with its appearances.
  func storedCase(_ key: String) throws -> CaseRecord? {
    guard var c = try db.rows(CasesTable.table, "WHERE key = ?", [.text(key)], CasesTable.read).first else { return nil }
    c.appearances = try db.rows(AppearancesTable.table, "WHERE case_key = ? ORDER BY position", [.text(key)], AppearancesTable.read)
    return c
  }

  /// The first reading of each deferral touched.
  mutating func assembleDeferrals() throws {
    for chunk in Store.chunks(deferralKeys.sorted()) {
      let rows = try db.rows(
        LinkedPostponementsTable.table, "WHERE key IN (\(Store.marks(chunk.count)))", chunk.map { .text($0) }
      ) { r in (r.int("document"), r.int("position"), r.text("key"), try coder.decode(r, "postponement", coder.postponement)) }
      var first: [String: (LinkOrder, Int, Int, Postponement)] = [:]
      for (d, p, key, value) in rows where ranks[d] != nil {
        let o = order(d, p)
        if let f = first[key], f.0 <= o { continue }
        first[key] = (o, d, p, value)
      }
      for key in chunk {
        try db.prepare("DELETE FROM postponements WHERE key = ?").run([.text(key)])
        guard let (_, d, p, value) = first[key] else { continue }
        try db.insert(PostponementsTable.table, PostponementsTable.values(value, document: d, position: p, ordering: ordering(d, p)))
        stateKeys.insert(value.caseKey)
      }
    }
  }

  /// The deferral states of each case touched.
  mutating func assembleStates(_ records: [String: CaseRecord]) throws {
    for key in stateKeys.sorted() {
      let list = try db.rows(PostponementsTable.table, "WHERE case_key = ? ORDER BY ordering", [.text(key)], PostponementsTable.read)
      let record = try records[key] ?? storedCase(key)
      let states = list.isEmpty ? [] : context.states(of: record, key: key, deferrals: list)
      try db.prepare("DELETE FROM deferral_states WHERE case_key = ?").run([.text(key)])
      for s in states { try db.insert(DeferralStatesTable.table, DeferralStatesTable.values(s)) }
    }
  }

  /// The first reading of each action touched: its roles named, settled by its case, and what
  /// the review should confirm of it.
  mutating func assembleActions(_ records: [String: CaseRecord], firstNotes: [String: RoleNote]) throws {
    var notes = firstNotes
    var cases = records
    for chunk in Store.chunks(actionIDs.sorted()) {
      let rows = try db.rows(
        LinkedActionsTable.table, "WHERE id IN (\(Store.marks(chunk.count)))", chunk.map { .text($0) }
      ) { r in (r.int("document"), r.int("position"), r.text("id"), try coder.decode(r, "action", coder.action)) }
      var first: [String: (LinkOrder, Int, Int, ActionItem)] = [:]
      for (d, p, id, value) in rows where ranks[d] != nil {
        let o = order(d, p)
        if let f = first[id], f.0 <= o { continue }
        first[id] = (o, d, p, value)
      }
      for id in chunk {
        for t in [ActionsTable.table.name, ActionOwnersTable.table.name] {
          try db.prepare("DELETE FROM \(t) WHERE \(t == "actions" ? "id" : "action_id") = ?").run([.text(id)])
        }
        try db.prepare("DELETE FROM findings WHERE action_id = ?").run([.text(id)])
        guard let (o, d, p, value) = first[id] else { continue }
        for owner in value.owners + value.responsible where owner.kind == .role {
          let key = PeopleDirectory.roleKey(PeopleDirectory.roleTitleSpelling(owner.surface))
          if notes[key] == nil, let n = try storedNote(key) { notes[key] = n }
        }
        var a = context.namingRoles(value, at: o, firstNotes: notes)
        if let key = a.caseKey, cases[key] == nil, let c = try storedCase(key) { cases[key] = c }
        a = context.settling([a], cases: cases).first ?? a
        try db.insert(ActionsTable.table, ActionsTable.values(a, document: d, position: p, ordering: ordering(d, p)))
        for row in ActionOwnersTable.values(a) { try db.insert(ActionOwnersTable.table, row) }
        for (k, f) in context.review(a).enumerated() {
          try db.insert(FindingsTable.table, FindingsTable.values(f, origin: .engine, document: d, position: p * 1000 + k, actionID: id))
        }
      }
      if cases.count > 4096 { cases = records }
    }
  }

  /// A role's first note as the store keeps it.
  func storedNote(_ key: String) throws -> RoleNote? {
    try db.prepare("SELECT title, document, position, owner FROM role_titles WHERE key = ?").rows([.text(key)]) {
      RoleNote(key: key, title: $0.text(0), order: order($0.int(1), $0.int(2), $0.int(3)))
    }.first
  }
}
