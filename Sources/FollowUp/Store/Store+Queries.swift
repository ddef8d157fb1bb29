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
    try openPostponed(asOf: day, names: nil, includeClosed: includeClosed)
      .filter { Store.committeeMatches(committee, $0.committee) }
  }

  /// The cases waiting to come back as of a day, of the committees written with one of
  /// `names` (all when `nil`), in the order of `openPostponed(asOf:committee:includeClosed:)`.
  func openPostponed(asOf day: Day, names: [String]?, includeClosed: Bool) throws -> [OpenPostponement] {
    let d = day.description
    var values: [SQLValue] = [.text(d), .text(d)]
    if let names { values += names.map { .text($0) } }
    let rows = try db.rows(
      DeferralStatesTable.table,
      "WHERE deferred_on <= ? AND (valid_until IS NULL OR valid_until > ?) AND standing = 0"
        + (includeClosed ? "" : " AND closed = 0") + (names.map { " AND committee IN (\(Store.marks($0.count)))" } ?? ""),
      values, DeferralStatesTable.read)
    return rows
      .map { $0.open(asOf: day) }
      .sorted { ($0.committee, $0.since, $0.caseKey) < ($1.committee, $1.since, $1.caseKey) }
  }

  static func committeeMatches(_ filter: String?, _ committee: String) -> Bool {
    guard let filter else { return true }
    return CommitteeDirectory.key(committee).contains(CommitteeDirectory.key(filter))
  }

  // MARK: actions

  /// Actions (with events applied) as of a day, optionally for owners matching `owner` loosely.
  public func actions(
    asOf day: Day, owner: String? = nil, committee: String? = nil, includeClosed: Bool = false
  ) throws -> [ActionView] {
    try actions(asOf: day, owner: owner, committee: committee, includeClosed: includeClosed, where: "", [])
  }

  func actions(
    asOf day: Day, owner: String? = nil, committee: String? = nil, includeClosed: Bool = false,
    where extra: String, _ values: [SQLValue], orderLimit: String = "", byID: Bool? = nil
  ) throws -> [ActionView] {
    var sql = "WHERE 1 = 1 \(extra)"
    var binds = values
    if let owner {
      let keys = try ownerKeys(matching: owner)
      if keys.isEmpty { return [] }
      sql += """
         AND id IN (SELECT action_id FROM action_owners WHERE responsible = 0
          AND name_key IN (\(keys.map { _ in "?" }.joined(separator: ","))))
        """
      binds += keys.map { .text($0) }
    }
    if !includeClosed { sql += " AND closed = 0" }
    sql += " " + Store.actionOrder(orderLimit, byID: byID ?? (owner != nil || extra.contains("id IN")))
    let items = try withOwners(try db.rows(ActionsTable.table, sql, binds, ActionsTable.read)).filter {
      Store.committeeMatches(committee, $0.committee)
    }
    let events = try self.events(for: items.map(\.id))
    return items.compactMap { view($0, events: events[$0.id] ?? [], asOf: day) }
  }

  /// The order actions come in, the one every list has had: a chosen set (one owner's, a
  /// period's) by id; the rest in the order of the register's decisions; ordered by a column
  /// (`ORDER BY due DESC LIMIT 10`), the ties in reverse.
  static func actionOrder(_ orderLimit: String, byID: Bool) -> String {
    guard !orderLimit.isEmpty else { return byID ? "ORDER BY id" : "ORDER BY ordering" }
    let tie = orderLimit.contains(" DESC") ? ", ordering DESC" : ", ordering"
    if let r = orderLimit.range(of: " LIMIT") {
      return orderLimit.replacingCharacters(in: r, with: tie + " LIMIT")
    }
    return orderLimit + tie
  }

  /// The actions with their owners and inferred responsible, read from `action_owners`.
  func withOwners(_ actions: [ActionItem]) throws -> [ActionItem] {
    var owners: [String: [(Owner, Bool)]] = [:]
    for chunk in Store.chunks(actions.map(\.id)) {
      let rows = try db.rows(
        ActionOwnersTable.table, "WHERE action_id IN (\(chunk.map { _ in "?" }.joined(separator: ","))) ORDER BY position",
        chunk.map { .text($0) }, ActionOwnersTable.read)
      for (id, owner, responsible) in rows { owners[id, default: []].append((owner, responsible)) }
    }
    return actions.map { a in
      var a = a
      for (o, responsible) in owners[a.id] ?? [] {
        if responsible { a.responsible.append(o) } else { a.owners.append(o) }
      }
      return a
    }
  }

  /// A list cut into parts small enough for one statement's `IN (...)`.
  static func chunks<T>(_ list: [T], of size: Int = 500) -> [ArraySlice<T>] {
    stride(from: 0, to: list.count, by: size).map { list[$0..<min($0 + size, list.count)] }
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
    let ownerKeys = try db.prepare("SELECT DISTINCT name_key FROM action_owners WHERE responsible = 0").rows([]) {
      $0.text(0)
    }
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
    var out: [String: [FollowUpEvent]] = [:]
    for chunk in Store.chunks(Array(Set(targets)).sorted()) {
      let rows = try db.rows(
        EventsTable.table, "WHERE target IN (\(chunk.map { _ in "?" }.joined(separator: ","))) ORDER BY id",
        chunk.map { .text($0) }, EventsTable.read)
      for e in rows { out[e.target, default: []].append(e) }
    }
    return out
  }

  // MARK: weekly

  /// The meetings held from one day to another, each with its items and what they decided.
  public func meetings(from start: Day, to end: Day, committee: String? = nil, includeClosed: Bool = false)
    throws -> [WeeklyMeeting]
  {
    let rows = try db.rows(
      MeetingsTable.table, "WHERE date >= ? AND date <= ? ORDER BY date, committee, source, kind, document",
      [.text(start.description), .text(end.description)]
    ) { r in (r.int("document"), r.text("committee"), try r.day("date"), r.text("source")) }
    var meetings: [WeeklyMeeting] = []
    for (document, c, d, src) in rows where Store.committeeMatches(committee, c) {
      let items = try db.rows(
        ItemsTable.table, "WHERE document = ?\(includeClosed ? "" : " AND closed = 0") ORDER BY number, line",
        [.int(document)]
      ) { r in (r.int("number"), r.text("title"), r.optionalText("case_number"), try r.value("outcome", as: Outcome.self)) }
      meetings.append(WeeklyMeeting(committee: c, date: d, source: src, items: items))
    }
    return meetings
  }

  /// The weekly report of the ISO week holding `weekDay`, as of `asOf`.
  public func weekly(week weekDay: Day, asOf: Day, committee: String? = nil, includeClosed: Bool = false)
    throws -> WeeklyReport
  {
    let start = weekDay.adding(days: 1 - weekDay.weekday)
    let end = start.adding(days: 6)
    let s = start.description
    let e = end.description
    let meetings = try self.meetings(from: start, to: end, committee: committee, includeClosed: includeClosed)
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
    guard var record = try db.rows(CasesTable.table, "WHERE key = ? OR case_number = ?", [.text(key), .text(number)], CasesTable.read).first
    else { return nil }
    let apps = try db.rows(
      AppearancesTable.table, "WHERE case_key = ? ORDER BY position", [.text(record.key)], AppearancesTable.read)
    let visible = apps.filter { includeClosed || !$0.isClosed }
    if visible.isEmpty && !apps.isEmpty { return nil }
    record.appearances = visible
    let posts = try db.rows(
      PostponementsTable.table, "WHERE case_key = ? ORDER BY meeting_date, ordering", [.text(record.key)], PostponementsTable.read
    ).filter { includeClosed || !$0.isClosed }
    let acts = try actions(asOf: asOf, includeClosed: includeClosed, where: "AND case_key = ?", [.text(record.key)])
    return CaseView(record: record, postponements: posts, actions: acts)
  }

  // MARK: people and review

  /// The people directory with where each role was learned.
  public func people() throws -> [Person] {
    try db.rows(PeopleTable.table, "ORDER BY name", [], PeopleTable.read)
  }

  /// What the engine was unsure of, with confirmations applied.
  public func review() throws -> [ReviewEntry] {
    let confirmed = Set(try db.prepare("SELECT target FROM events WHERE kind = 'confirm'").rows([]) { $0.text(0) })
    return try db.rows(FindingsTable.table, FindingsTable.order, []) { r in
      ReviewEntry(
        key: r.text("key"), severity: try r.value("severity", as: Finding.Severity.self), code: r.text("code"),
        message: r.text("message"), location: SourceLocation(file: r.text("file"), line: r.int("line")),
        isConfirmed: confirmed.contains(r.text("key")))
    } + waitingEvents()
  }

  /// Counts for a status line.
  public func counts() throws -> (documents: Int, meetings: Int, actions: Int) {
    (try count("documents"), try count("meetings"), try count("actions"))
  }
}
