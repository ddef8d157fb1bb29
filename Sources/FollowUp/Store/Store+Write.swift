import Foundation
import MinutesCore

extension Store {
  /// Replaces the derived tables with a register (inside the caller's transaction).
  /// - Parameter documents: Each meeting's document, by its source (file name).
  func write(_ r: Register, documents: [String: Int]) throws {
    // The deletes below must never run on their own.
    try db.requireTransaction()
    for t in StoreSchema.derived {
      try db.exec("DELETE FROM \(t.name)")
    }
    var outcomes: [String: Outcome] = [:]
    for d in r.decisions where d.source == .decision {
      outcomes["\(d.meetingIndex):\(d.itemIndex)"] = d.outcome
    }
    for (mi, m) in r.meetings.enumerated() {
      let committee = r.committees.canonical(m.committee)
      let document = documents[m.source] ?? 0
      try db.insert(MeetingsTable.table, MeetingsTable.values(m, committee: committee, document: document))
      for (ii, it) in m.items.enumerated() {
        try db.insert(
          ItemsTable.table,
          ItemsTable.values(it, of: m, committee: committee, outcome: outcomes["\(mi):\(ii)"] ?? .none, document: document))
      }
    }
    for (i, a) in r.actions.enumerated() {
      try db.insert(ActionsTable.table, ActionsTable.values(a, document: documents[a.location.file] ?? 0, position: i))
      for row in ActionOwnersTable.values(a) { try db.insert(ActionOwnersTable.table, row) }
    }
    for (i, p) in r.postponements.enumerated() {
      try db.insert(PostponementsTable.table, PostponementsTable.values(p, document: documents[p.location.file] ?? 0, position: i))
    }
    for s in r.deferralStates {
      try db.insert(DeferralStatesTable.table, DeferralStatesTable.values(s))
    }
    for c in r.cases {
      try db.insert(CasesTable.table, CasesTable.values(c))
      for (i, a) in c.appearances.enumerated() {
        try db.insert(AppearancesTable.table, AppearancesTable.values(a, caseKey: c.key, position: i))
      }
    }
    for p in r.people.people {
      try db.insert(PeopleTable.table, PeopleTable.values(p))
    }
    for m in r.meetings {
      for f in m.findings {
        try db.insert(FindingsTable.table, FindingsTable.values(f, origin: .read, document: documents[m.source], actionID: nil))
      }
    }
    for f in r.findings {
      try db.insert(
        FindingsTable.table, FindingsTable.values(f, origin: .engine, document: documents[f.location.file], actionID: nil))
    }
    for e in r.committees.entries {
      try db.insert(CommitteesTable.table, [.text(e.key), .text(e.name), .bool(e.isHeader)])
    }
    for e in r.calendar.entries {
      try db.insert(CalendarTable.table, [.text(e.key), .day(e.day), .text(e.basis.rawValue)])
    }
  }
}
