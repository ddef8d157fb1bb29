import Foundation
import MinutesCore

extension Store {
  /// Replaces the derived tables with a register (inside the caller's transaction).
  func write(_ r: Register) throws {
    // The deletes below must never run on their own.
    try db.requireTransaction()
    for t in [
      "meetings", "items", "actions", "action_owners", "postponements", "deferral_states", "cases",
      "appearances", "people", "findings",
    ] {
      try db.exec("DELETE FROM \(t)")
    }
    var outcomes: [String: Outcome] = [:]
    for d in r.decisions where d.source == .decision {
      outcomes["\(d.meetingIndex):\(d.itemIndex)"] = d.outcome
    }
    let meeting = try db.prepare(
      "INSERT INTO meetings(committee, date, source, start_time, location, kind) VALUES (?, ?, ?, ?, ?, ?)")
    let item = try db.prepare(
      """
      INSERT INTO items(committee, date, number, title, case_number, case_key, outcome, closed,
        source, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for (mi, m) in r.meetings.enumerated() {
      let committee = r.committees.canonical(m.committee)
      try meeting.run([
        .text(committee), .day(m.date), .text(m.source), .opt(m.startTime?.description),
        .opt(m.location), .text(m.kind.rawValue),
      ])
      for (ii, it) in m.items.enumerated() {
        try item.run([
          .text(committee), .day(m.date), .int(it.number), .text(it.title), .opt(it.caseNumber?.text),
          .opt(it.caseNumber?.key), .text((it.isClosed ? Outcome.none : outcomes["\(mi):\(ii)"] ?? .none).rawValue),
          .int(it.isClosed ? 1 : 0), .text(m.source), .int(it.line),
        ])
      }
    }
    let action = try db.prepare(
      """
      INSERT OR REPLACE INTO actions(id, committee, meeting_date, item, source, decision_date,
        sentence, owners, due, due_text, due_basis, kind, case_key, case_number, title, closed,
        location, settled_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    let owner = try db.prepare("INSERT INTO action_owners(action_id, name_key, kind) VALUES (?, ?, ?)")
    for a in r.actions {
      try action.run([
        .text(a.id), .text(a.committee), .day(a.meetingDate), .int(a.item), .text(a.source.rawValue),
        .day(a.decisionDate), .text(a.sentence), .text(OwnerPacking.pack(a.owners)), .day(a.due),
        .opt(a.dueText), .opt(a.dueBasis?.rawValue), .text(a.kind.rawValue), .opt(a.caseKey),
        .opt(a.caseNumber), .text(a.title), .int(a.isClosed ? 1 : 0), .text(a.location.description),
        .day(a.settledOn),
      ])
      for o in a.owners {
        try owner.run([.text(a.id), .text(DanishFolding.key(o.name)), .text(o.kind.rawValue)])
      }
    }
    let post = try db.prepare(
      """
      INSERT INTO postponements(case_key, case_number, committee, meeting_date, item, target,
        target_text, target_basis, phrase, source, title, location, closed)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for p in r.postponements {
      try post.run([
        .text(p.caseKey), .text(p.caseNumber), .text(p.committee), .day(p.meetingDate),
        p.item.map { .int($0) } ?? .null, .day(p.target), .opt(p.targetText),
        .opt(p.targetBasis?.rawValue), .text(p.phrase), .text(p.source.rawValue), .text(p.title),
        .text(p.location.description), .int(p.isClosed ? 1 : 0),
      ])
    }
    let state = try db.prepare(
      """
      INSERT INTO deferral_states(case_key, case_number, title, committee, deferred_on, run, since,
        valid_until, target, target_basis, target_held, standing, closed, location)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for s in r.deferralStates {
      try state.run([
        .text(s.caseKey), .text(s.caseNumber), .text(s.title), .text(s.committee), .day(s.deferredOn),
        .int(s.run), .day(s.since), .day(s.validUntil), .day(s.target), .opt(s.targetBasis?.rawValue),
        .int(s.targetMeetingHeld ? 1 : 0), .int(s.isStanding ? 1 : 0), .int(s.isClosed ? 1 : 0),
        .text(s.location.description),
      ])
    }
    let cs = try db.prepare("INSERT INTO cases(key, case_number, title, titles, standing) VALUES (?, ?, ?, ?, ?)")
    let ap = try db.prepare(
      """
      INSERT INTO appearances(case_key, committee, date, item, title, outcome, quoted, supplement,
        closed, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """)
    for c in r.cases {
      try cs.run([
        .text(c.key), .text(c.caseNumber), .text(c.title), .text(c.titles.joined(separator: "\u{1E}")),
        .int(c.isStanding ? 1 : 0),
      ])
      for a in c.appearances {
        try ap.run([
          .text(c.key), .text(a.committee), .day(a.date), a.item.map { .int($0) } ?? .null, .opt(a.title),
          .opt(a.outcome?.rawValue), .int(a.isQuoted ? 1 : 0), .int(a.hasSupplement ? 1 : 0),
          .int(a.isClosed ? 1 : 0), .opt(a.location?.description),
        ])
      }
    }
    let person = try db.prepare("INSERT INTO people(name, aliases, roles, email, evidence) VALUES (?, ?, ?, ?, ?)")
    for p in r.people.people {
      let roles = p.roles.map { "\($0.title)\u{1F}\($0.evidence.source):\($0.evidence.line)\u{1F}\($0.evidence.how)" }
      let evidence = p.evidence.map { "\($0.source):\($0.line)\u{1F}\($0.how)" }
      try person.run([
        .text(p.name), .text(p.aliases.joined(separator: "\u{1E}")), .text(roles.joined(separator: "\u{1E}")),
        .opt(p.email), .text(evidence.joined(separator: "\u{1E}")),
      ])
    }
    let finding = try db.prepare(
      "INSERT INTO findings(origin, severity, code, message, file, line, key) VALUES (?, ?, ?, ?, ?, ?, ?)")
    for (origin, f) in r.meetings.flatMap({ $0.findings }).map({ ("read", $0) }) + r.findings.map({ ("engine", $0) }) {
      try finding.run([
        .text(origin), .text(f.severity.rawValue), .text(f.code), .text(f.message),
        .text(f.location.file), .int(f.location.line), .text(Store.findingKey(f)),
      ])
    }
  }

  /// A finding's stable key, for confirmations that survive re-imports.
  static func findingKey(_ f: Finding) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in (f.code + "|" + f.location.file + "|" + f.message).utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return "F" + String(h, radix: 36)
  }
}

/// Owners in one column: `kind US name US surface`, records separated by RS.
enum OwnerPacking {
  static func pack(_ owners: [Owner]) -> String {
    owners.map { "\($0.kind.rawValue)\u{1F}\($0.name)\u{1F}\($0.surface)" }.joined(separator: "\u{1E}")
  }

  static func unpack(_ s: String) -> [Owner] {
    guard !s.isEmpty else { return [] }
    return s.split(separator: "\u{1E}").compactMap { rec in
      let f = rec.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
      guard f.count == 3, let k = Owner.Kind(rawValue: f[0]) else { return nil }
      return Owner(name: f[1], kind: k, surface: f[2], resolvedBy: nil)
    }
  }
}
