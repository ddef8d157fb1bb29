import Foundation
import MinutesCore

/// A follow-up event recorded by hand: who did what to an action or finding, and when.
public struct FollowUpEvent: Hashable, Sendable, Codable {
  /// What happened.
  public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
    case done, reopen, assign, due, note, confirm
  }

  public var id: Int
  /// The action id (or finding key).
  public var target: String
  public var kind: Kind
  /// The new owner, due date, note text; `nil` for done/reopen.
  public var value: String?
  /// Who recorded it.
  public var actor: String
  /// The day it applies from.
  public var at: Day
  /// When it was recorded (ISO 8601).
  public var recorded: String
}

/// A meeting of the week with what its items decided.
public struct WeeklyMeeting: Hashable, Sendable {
  public var committee: String
  public var date: Day
  public var source: String
  public var items: [(number: Int, title: String, caseNumber: String?, outcome: Outcome)]

  public static func == (a: WeeklyMeeting, b: WeeklyMeeting) -> Bool {
    a.committee == b.committee && a.date == b.date && a.source == b.source
  }
  public func hash(into h: inout Hasher) {
    h.combine(committee)
    h.combine(date)
  }
}

/// The weekly status report.
public struct WeeklyReport: Sendable {
  public var week: (year: Int, week: Int)
  public var start: Day
  public var end: Day
  public var asOf: Day
  public var meetings: [WeeklyMeeting]
  public var newActions: [ActionView]
  public var dueNextWeek: [ActionView]
  /// The newest overdue actions.
  public var overdue: [ActionView]
  /// All overdue actions, counted.
  public var overdueTotal: Int
  public var deferredTwice: [OpenPostponement]
  public var done: [ActionView]
}

/// A case's timeline.
public struct CaseView: Sendable {
  public var record: CaseRecord
  public var postponements: [Postponement]
  public var actions: [ActionView]
}

/// An entry of the review queue.
public struct ReviewEntry: Hashable, Sendable {
  public var key: String
  public var severity: Finding.Severity
  public var code: String
  public var message: String
  public var location: SourceLocation
  public var isConfirmed: Bool
}

extension Store {
  // MARK: postponements

  /// The cases waiting to come back as of a day.
  public func openPostponed(asOf day: Day, committee: String? = nil, includeClosed: Bool = false)
    throws -> [OpenPostponement]
  {
    let d = day.description
    let rows = try db.prepare(
      """
      SELECT case_key, case_number, title, committee, deferred_on, run, since, valid_until, target,
        target_basis, target_held, standing, closed, location, rowid FROM deferral_states
      WHERE deferred_on <= ? AND (valid_until IS NULL OR valid_until > ?) AND standing = 0
      """
    ).rows([.text(d), .text(d)], table: "deferral_states") { s in
      DeferralState(
        caseKey: s.text(0), caseNumber: s.text(1), title: s.text(2), committee: s.text(3),
        deferredOn: try s.day(4), run: s.int(5), since: try s.day(6),
        validUntil: try s.optionalDay(7), target: try s.optionalDay(8),
        targetBasis: try s.optionalValue(9, as: DueBasis.self), targetMeetingHeld: s.int(10) == 1,
        isStanding: s.int(11) == 1, isClosed: s.int(12) == 1, location: Store.location(s.text(13)))
    }
    return rows.filter { (includeClosed || !$0.isClosed) && Store.committeeMatches(committee, $0.committee) }
      .map { $0.open(asOf: day) }
      .sorted { ($0.committee, $0.since, $0.caseKey) < ($1.committee, $1.since, $1.caseKey) }
  }

  static func committeeMatches(_ filter: String?, _ committee: String) -> Bool {
    guard let filter else { return true }
    return CommitteeDirectory.key(committee).contains(CommitteeDirectory.key(filter))
  }

  static func location(_ s: String) -> SourceLocation {
    if let i = s.lastIndex(of: ":"), let n = Int(s[s.index(after: i)...]) {
      return SourceLocation(file: String(s[..<i]), line: n)
    }
    return SourceLocation(file: s, line: 0)
  }

  // MARK: actions

  static let actionColumns = """
    id, committee, meeting_date, item, source, decision_date, sentence, owners, due, due_text,
    due_basis, kind, case_key, case_number, title, closed, location, settled_on
    """

  /// An action from a row of `actionColumns` (then its rowid).
  /// - Throws: `DamagedValue` for a date or a kind that does not decode.
  static func readAction(_ s: SQLiteStatement) throws -> ActionItem {
    ActionItem(
      id: s.text(0), committee: s.text(1), meetingDate: try s.day(2), item: s.int(3),
      source: try s.value(4, as: ActionSource.self), decisionDate: try s.day(5),
      sentence: s.text(6), owners: OwnerPacking.unpack(s.text(7)),
      due: try s.optionalDay(8), dueText: s.optionalText(9),
      dueBasis: try s.optionalValue(10, as: DueBasis.self),
      kind: try s.value(11, as: ActionKind.self), caseKey: s.optionalText(12),
      caseNumber: s.optionalText(13), title: s.text(14), isClosed: s.int(15) == 1,
      location: location(s.text(16)), settledOn: try s.optionalDay(17))
  }

  /// Actions (with events applied) as of a day, optionally for owners matching `owner` loosely.
  public func actions(
    asOf day: Day, owner: String? = nil, committee: String? = nil, includeClosed: Bool = false
  ) throws -> [ActionView] {
    try actions(asOf: day, owner: owner, committee: committee, includeClosed: includeClosed, where: "", [])
  }

  func actions(
    asOf day: Day, owner: String? = nil, committee: String? = nil, includeClosed: Bool = false,
    where extra: String, _ values: [SQLValue], orderLimit: String = ""
  ) throws -> [ActionView] {
    var sql = "SELECT \(Store.actionColumns), rowid FROM actions WHERE 1 = 1 \(extra)"
    var binds = values
    if let owner {
      let keys = try ownerKeys(matching: owner)
      if keys.isEmpty { return [] }
      sql += " AND id IN (SELECT action_id FROM action_owners WHERE name_key IN (\(keys.map { _ in "?" }.joined(separator: ","))))"
      binds += keys.map { .text($0) }
    }
    if !includeClosed { sql += " AND closed = 0" }
    sql += " " + orderLimit
    let items = try db.prepare(sql).rows(binds, table: "actions", Store.readAction).filter {
      Store.committeeMatches(committee, $0.committee)
    }
    let events = try self.events(for: items.map(\.id))
    return items.compactMap { view($0, events: events[$0.id] ?? [], asOf: day) }
  }

  /// The action as of `day` with its events applied (`ActionState`); `nil` when it was not
  /// yet decided then.
  func view(_ a: ActionItem, events: [FollowUpEvent], asOf day: Day) -> ActionView? {
    ActionState.view(a, events: events, asOf: day)
  }

  /// The name keys in the store that a loose owner query matches: words as prefixes of the
  /// name's words (`Ditte`, `ditte aagaard`), or a role a person holds (`kommunaldirektør`).
  public func ownerKeys(matching query: String) throws -> [String] {
    let q = DanishFolding.key(query).split(separator: " ").map(String.init)
    guard !q.isEmpty else { return [] }
    func matches(_ text: String) -> Bool {
      let words = DanishFolding.key(text).split(separator: " ").map(String.init)
      var j = 0
      for w in q {
        while j < words.count, !words[j].hasPrefix(w) { j += 1 }
        if j == words.count { return false }
        j += 1
      }
      return true
    }
    var keys = Set<String>()
    let ownerKeys = try db.prepare("SELECT DISTINCT name_key FROM action_owners").rows([]) { $0.text(0) }
    for k in ownerKeys where matches(k) {
      keys.insert(k)
    }
    let people = try db.prepare("SELECT name, aliases, roles FROM people").rows {
      ($0.text(0), $0.text(1), $0.text(2))
    }
    for (name, aliases, roles) in people {
      let texts = aliases.split(separator: "\u{1E}").map(String.init)
        + roles.split(separator: "\u{1E}").compactMap { $0.split(separator: "\u{1F}").first.map(String.init) }
      if texts.contains(where: matches) { keys.insert(DanishFolding.key(name)) }
    }
    return keys.sorted()
  }

  // MARK: events

  /// The shortest prefix of an id or key that `resolve` accepts.
  public static let minimumPrefix = 6

  /// The action id or finding key a person typed: the whole id, or a prefix of at least
  /// `minimumPrefix` characters that only one id or key starts with; in any case.
  /// - Throws: `StoreError.notFound`, or `.ambiguous` with the ids the prefix fits.
  public func resolve(_ typed: String) throws -> String {
    let t = typed.trimmingCharacters(in: .whitespaces)
    let escaped = t.replacing("\\", with: "\\\\").replacing("%", with: "\\%").replacing("_", with: "\\_")
    let pattern = t.count >= Store.minimumPrefix ? escaped + "%" : escaped
    let candidates = try db.prepare(
      """
      SELECT id FROM actions WHERE id LIKE ?1 ESCAPE '\\'
      UNION SELECT key FROM findings WHERE key LIKE ?1 ESCAPE '\\' LIMIT 11
      """
    ).rows([.text(pattern)]) { $0.text(0) }
    if let exact = candidates.first(where: { $0.lowercased() == t.lowercased() }) { return exact }
    guard let only = candidates.first else {
      let hint = t.count < Store.minimumPrefix ? " (skriv hele id'et eller mindst \(Store.minimumPrefix) tegn)" : ""
      throw StoreError.notFound("ingen handling eller nøgle '\(Terminal.escaped(t))'\(hint)")
    }
    guard candidates.count == 1 else { throw StoreError.ambiguous(typed: t, candidates: candidates) }
    return only
  }

  /// What `record` did.
  public enum RecordOutcome: Hashable, Sendable {
    /// The event was kept (with the note, when one was given), for the id typed in full.
    case recorded(target: String)
    /// `done` for an action already marked done: nothing but the note (if any) was kept.
    case alreadyDone(target: String, on: Day, by: String)
  }

  /// Records an event, and a note with it, in one transaction: both are kept or neither.
  /// The target is an action id or a finding key, or a unique prefix of one (`resolve`).
  /// Marking an action done that is already done keeps no second `done`.
  /// - Throws: `StoreError.notFound`, `.ambiguous`; `.readOnly`, `.cannotWrite`, `.busy`
  ///   (nothing was kept).
  @discardableResult
  public func record(
    _ kind: FollowUpEvent.Kind, target typed: String, value: String?, actor: String, at: Day, recorded: String,
    note: String? = nil
  ) throws -> RecordOutcome {
    try db.transaction {
      let target = try resolve(typed)
      let insert = try db.prepare(
        "INSERT INTO events(target, kind, value, actor, at, recorded) VALUES (?, ?, ?, ?, ?, ?)")
      var outcome = RecordOutcome.recorded(target: target)
      if kind == .done, let previous = try doneEvent(target, asOf: at) {
        outcome = .alreadyDone(target: target, on: previous.at, by: previous.actor)
      } else {
        try insert.run([.text(target), .text(kind.rawValue), .opt(value), .text(actor), .day(at), .text(recorded)])
      }
      if let note {
        try insert.run([.text(target), .text(FollowUpEvent.Kind.note.rawValue), .text(note), .text(actor), .day(at), .text(recorded)])
      }
      return outcome
    }
  }

  /// The `done` event in force for a target on a day: the latest of its `done` and `reopen`
  /// events up to then, when that is a `done`.
  func doneEvent(_ target: String, asOf day: Day) throws -> FollowUpEvent? {
    let events = (try events(for: [target])[target] ?? [])
      .filter { ($0.kind == .done || $0.kind == .reopen) && $0.at <= day }
      .sorted { ($0.at, $0.id) < ($1.at, $1.id) }
    guard let last = events.last, last.kind == .done else { return nil }
    return last
  }

  /// The events of targets, by target.
  public func events(for targets: [String]) throws -> [String: [FollowUpEvent]] {
    guard !targets.isEmpty else { return [:] }
    var out: [String: [FollowUpEvent]] = [:]
    let all = try db.prepare("SELECT id, target, kind, value, actor, at, recorded, rowid FROM events")
      .rows(table: "events") { s in
        let kind = try s.value(2, as: FollowUpEvent.Kind.self)
        // A due date set by hand is checked when it is recorded; a store that holds another
        // value was changed by someone else.
        if kind == .due { _ = try s.day(3) }
        return FollowUpEvent(
          id: s.int(0), target: s.text(1), kind: kind, value: s.optionalText(3), actor: s.text(4),
          at: try s.day(5), recorded: s.text(6))
      }
    let wanted = Set(targets)
    for e in all where wanted.contains(e.target) { out[e.target, default: []].append(e) }
    return out
  }

  // MARK: weekly

  /// The weekly report of the ISO week holding `weekDay`, as of `asOf`.
  public func weekly(week weekDay: Day, asOf: Day, committee: String? = nil, includeClosed: Bool = false)
    throws -> WeeklyReport
  {
    let start = weekDay.adding(days: 1 - weekDay.weekday)
    let end = start.adding(days: 6)
    let s = start.description
    let e = end.description
    let meetingRows = try db.prepare(
      "SELECT committee, date, source, rowid FROM meetings WHERE date >= ? AND date <= ? ORDER BY date, committee"
    ).rows([.text(s), .text(e)], table: "meetings") { ($0.text(0), try $0.day(1), $0.text(2)) }
    var meetings: [WeeklyMeeting] = []
    for (c, d, src) in meetingRows where Store.committeeMatches(committee, c) {
      let items = try db.prepare(
        "SELECT number, title, case_number, outcome, closed, rowid FROM items WHERE source = ? ORDER BY number"
      ).rows([.text(src)], table: "items") {
        ($0.int(0), $0.text(1), $0.optionalText(2), try $0.value(3, as: Outcome.self), $0.int(4) == 1)
      }
      meetings.append(
        WeeklyMeeting(
          committee: c, date: d, source: src,
          items: items.filter { includeClosed || !$0.4 }.map { ($0.0, $0.1, $0.2, $0.3) }))
    }
    let nextStart = end.adding(days: 1)
    let nextEnd = nextStart.adding(days: 6)
    // Only the actions the report can show: laid down this week, due by the end of next week
    // (overdue or due), settled or marked done this week. Events may move a due date: actions
    // with events are read too.
    let all = try actions(
      asOf: asOf, committee: committee, includeClosed: includeClosed,
      where: """
        AND id IN (SELECT id FROM actions WHERE meeting_date BETWEEN ? AND ?
          UNION SELECT id FROM actions WHERE due BETWEEN ? AND ?
          UNION SELECT id FROM actions WHERE settled_on BETWEEN ? AND ?
          UNION SELECT target FROM events)
        """,
      [.text(s), .text(e), .text(asOf.description), .text(nextEnd.description), .text(s), .text(e)])
    // Overdue: the newest few in full, the rest counted.
    let overdueCondition = "AND due < ? AND (settled_on IS NULL OR settled_on > ?)"
    let overdueBinds: [SQLValue] = [.text(asOf.description), .text(asOf.description)]
    var overdue = try actions(
      asOf: asOf, committee: committee, includeClosed: includeClosed, where: overdueCondition,
      overdueBinds, orderLimit: "ORDER BY due DESC LIMIT \(Reports.weeklyOverdueLimit * 2)"
    ).filter { $0.status == .overdue }
    for v in all where v.status == .overdue && !overdue.contains(where: { $0.action.id == v.action.id }) {
      overdue.append(v)
    }
    overdue.sort { ($0.due ?? asOf) > ($1.due ?? asOf) }
    let overdueTotal = try db.prepare(
      "SELECT count(*) FROM actions WHERE 1 = 1 \(overdueCondition)\(includeClosed ? "" : " AND closed = 0")"
    ).rows(overdueBinds) { $0.int(0) }.first ?? overdue.count
    let doneIDs = Set(
      try db.prepare("SELECT target FROM events WHERE kind = 'done' AND at >= ? AND at <= ?").rows([.text(s), .text(e)]) {
        $0.text(0)
      })
    return WeeklyReport(
      week: start.isoWeek, start: start, end: end, asOf: asOf, meetings: meetings,
      newActions: all.filter { $0.action.meetingDate >= start && $0.action.meetingDate <= end && $0.action.source == .decision },
      dueNextWeek: all.filter { v in v.status != .done && v.due.map { $0 >= nextStart && $0 <= nextEnd } == true },
      overdue: overdue, overdueTotal: max(overdueTotal, overdue.count),
      deferredTwice: try openPostponed(asOf: asOf, committee: committee, includeClosed: includeClosed).filter { $0.count >= 2 },
      done: all.filter { v in
        doneIDs.contains(v.action.id) || v.action.settledOn.map { $0 >= start && $0 <= end } == true
      })
  }

  // MARK: cases

  /// A case by its case number (any spelling of a journal number).
  public func caseView(_ number: String, asOf: Day, includeClosed: Bool = false) throws -> CaseView? {
    let key = CaseNumber(reading: number)?.key ?? number
    guard let (k, cn, title, titles, standing) = try db.prepare(
      "SELECT key, case_number, title, titles, standing FROM cases WHERE key = ? OR case_number = ?"
    ).rows([.text(key), .text(number)], { ($0.text(0), $0.text(1), $0.text(2), $0.text(3), $0.int(4) == 1) }).first
    else { return nil }
    let apps = try db.prepare(
      """
      SELECT committee, date, item, title, outcome, quoted, supplement, closed, location, rowid
      FROM appearances WHERE case_key = ? ORDER BY date
      """
    ).rows([.text(k)], table: "appearances") { s in
      Appearance(
        committee: s.text(0), date: try s.day(1), item: s.isNull(2) ? nil : s.int(2),
        title: s.optionalText(3), outcome: try s.optionalValue(4, as: Outcome.self),
        isQuoted: s.int(5) == 1, hasSupplement: s.int(6) == 1, isClosed: s.int(7) == 1,
        location: s.optionalText(8).map { Store.location($0) })
    }
    let visible = apps.filter { includeClosed || !$0.isClosed }
    if visible.isEmpty && !apps.isEmpty { return nil }
    var record = CaseRecord(
      key: k, caseNumber: cn, titles: titles.split(separator: "\u{1E}").map(String.init),
      isStanding: standing, appearances: visible)
    if record.titles.isEmpty { record.titles = [title] }
    let posts = try db.prepare(
      """
      SELECT case_key, case_number, committee, meeting_date, item, target, target_text, target_basis,
        phrase, source, title, location, closed, rowid FROM postponements WHERE case_key = ? ORDER BY meeting_date
      """
    ).rows([.text(k)], table: "postponements") { s in
      Postponement(
        caseKey: s.text(0), caseNumber: s.text(1), committee: s.text(2), meetingDate: try s.day(3),
        item: s.isNull(4) ? nil : s.int(4), target: try s.optionalDay(5),
        targetText: s.optionalText(6), targetBasis: try s.optionalValue(7, as: DueBasis.self),
        phrase: s.text(8), source: try s.value(9, as: ActionSource.self), title: s.text(10),
        location: Store.location(s.text(11)), isClosed: s.int(12) == 1)
    }.filter { includeClosed || !$0.isClosed }
    let acts = try actions(asOf: asOf, includeClosed: includeClosed, where: "AND case_key = ?", [.text(k)])
    return CaseView(record: record, postponements: posts, actions: acts)
  }

  // MARK: people and review

  /// The people directory with where each role was learned.
  public func people() throws -> [Person] {
    try db.prepare("SELECT name, aliases, roles, email, evidence FROM people ORDER BY name").rows { s in
      let roles: [RoleRecord] = s.text(2).split(separator: "\u{1E}").map { rec in
        let f = rec.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
        let loc = Store.location(f.count > 1 ? f[1] : "")
        return RoleRecord(
          title: f[0], evidence: Evidence(source: loc.file, line: loc.line, date: nil, how: f.count > 2 ? f[2] : ""))
      }
      let evidence: [Evidence] = s.text(4).split(separator: "\u{1E}").map { rec in
        let f = rec.split(separator: "\u{1F}").map(String.init)
        let loc = Store.location(f.first ?? "")
        return Evidence(source: loc.file, line: loc.line, date: nil, how: f.count > 1 ? f[1] : "")
      }
      return Person(
        name: s.text(0), aliases: s.text(1).split(separator: "\u{1E}").map(String.init), roles: roles,
        email: s.optionalText(3), evidence: evidence)
    }
  }

  /// What the engine was unsure of, with confirmations applied.
  public func review() throws -> [ReviewEntry] {
    let confirmed = Set(try db.prepare("SELECT target FROM events WHERE kind = 'confirm'").rows([]) { $0.text(0) })
    return try db.prepare("SELECT key, severity, code, message, file, line, rowid FROM findings ORDER BY file, line")
      .rows(table: "findings") { s in
      ReviewEntry(
        key: s.text(0), severity: try s.value(1, as: Finding.Severity.self), code: s.text(2),
        message: s.text(3), location: SourceLocation(file: s.text(4), line: s.int(5)),
        isConfirmed: confirmed.contains(s.text(0)))
    }
  }

  /// Counts for a status line.
  public func counts() throws -> (documents: Int, meetings: Int, actions: Int) {
    (try count("documents"), try count("meetings"), try count("actions"))
  }
}
