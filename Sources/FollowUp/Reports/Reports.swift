import MinutesCore

/// The reports a secretariat reads, built from the store's answers.
public enum Reports {
  /// Overdue actions listed in a weekly report; the rest are counted.
  public static let weeklyOverdueLimit = 50
  /// The overdue actions a draft agenda shows in full, the newest (the rest counted).
  public static let agendaOverdueLimit = 25

  /// Waiting referrals listed of one sending committee in `postponed` (the newest); the rest
  /// are counted, and `--all` lists them.
  public static let referralLimit = 10

  /// The version of the JSON the reports write (`schemaVersion`); see docs/json.md.
  public static let schemaVersion = 1

  static func statusText(_ s: ActionStatus) -> String {
    switch s {
    case .open: return "åben"
    case .overdue: return "overskredet"
    case .done: return "udført"
    }
  }

  static func outcomeText(_ o: Outcome) -> String {
    switch o {
    case .approved: return "godkendt"
    case .noted: return "taget til efterretning"
    case .discussed: return "drøftet"
    case .postponed: return "udsat"
    case .referred: return "oversendt"
    case .rejected: return "afvist"
    case .decided: return "besluttet"
    case .none: return "-"
    }
  }

  /// A report's JSON: its kind and schema version first.
  static func json(_ kind: String, _ fields: [(String, JSONValue)]) -> JSONValue {
    .object([("schemaVersion", .int(schemaVersion)), ("report", .string(kind))] + fields)
  }

  /// How a person was first learned, in Danish (`guest`: `gæst`).
  static func evidenceText(_ how: String) -> String {
    let words = [
      "attendee": "deltager", "guest": "gæst", "presenter": "oplægsholder", "apposition": "nævnt med rolle",
      "title": "titel", "people-file": "persondatafil",
    ]
    return words[how] ?? how
  }

  /// What a finding of the review is about, in Danish; the code itself is in the JSON.
  static func findingText(_ code: String) -> String {
    let words = [
      "agenda-with-decisions": "dagsorden med beslutninger",
      "closed-marker-outside-heading-form": "lukket punkt i en anden form",
      "committee-from-file-name": "udvalg fra filnavnet", "date-from-decision-label": "dato fra beslutningen",
      "date-from-file-name": "dato fra filnavnet", "next-meeting-guessed": "næste møde anslået",
      "no-committee": "intet udvalg", "no-items": "ingen punkter", "no-meeting-date": "ingen mødedato",
      "owner-name-guessed": "navn tolket", "owner-name-unresolved": "navn ikke knyttet til en person",
      "owner-role-guessed": "rolle tolket som dens eneste kendte", "owner-unresolved": "rolle uden kendt person",
      "prior-decision-date-after-meeting": "citeret beslutning dateret efter mødet",
      "responsible-inferred": "udledt ansvarlig", "truncated": "afkortet", "unnumbered-items": "punkter uden numre",
    ]
    return words[code] ?? code
  }

  // MARK: calendar entries

  /// The version of an action a calendar holds: each event recorded by hand that changes what
  /// the entry shows (owner, due day, done, reopened, a note) raises SEQUENCE, and the latest
  /// is LAST-MODIFIED.
  public static func revision(_ events: [FollowUpEvent], asOf: Day) -> (sequence: Int, lastModified: String?) {
    let changes = events.filter { $0.kind != .confirm && $0.at <= asOf }
    return (changes.count, changes.map(\.recorded).max())
  }

  /// The calendar entry of an action.
  static func entry(_ v: ActionView, events: [FollowUpEvent], asOf: Day) -> Report.CalendarEntry {
    let a = v.action
    var lines = [a.sentence, ""]
    if let q = a.quotedIn, a.source == .priorDecision {
      lines.append(
        "Kilde: \(a.committee), møde \(a.decisionDate)\(a.decisionItem.map { ", pkt. \($0)" } ?? "") (citeret i \(q.committee), møde \(q.date), pkt. \(q.item)): \(a.title)")
    } else {
      lines.append("Kilde: \(a.committee), møde \(a.meetingDate), pkt. \(a.item): \(a.title)")
    }
    if let c = a.caseNumber { lines.append("Sag: \(c)") }
    lines.append("Ansvarlig: \(Report.Value.people(v.accountable.map(\.name)).text)\(v.isInferred ? " (udledt)" : "")")
    for n in v.notes { lines.append("Note: \(n)") }
    lines.append("Id: \(a.id)")
    let r = revision(events, asOf: asOf)
    return Report.CalendarEntry(
      uid: a.id, summary: ReportText.clip(a.sentence, 120), description: lines.joined(separator: "\n"),
      due: v.due, categories: v.accountable.map(\.name) + [a.committee], status: v.status, created: a.meetingDate,
      sequence: r.sequence, lastModified: r.lastModified)
  }

  /// The calendar entry of a waiting case: the meeting it is to come back to.
  static func entry(_ o: OpenPostponement) -> Report.CalendarEntry {
    let number = o.caseNumber.isEmpty ? "" : " (\(o.caseNumber))"
    return Report.CalendarEntry(
      uid: "udsat-" + o.caseKey, summary: ReportText.clip("Tilbage på dagsordenen: " + o.title, 120),
      description: "\(o.title)\(number)\n\nUdsat \(o.count) gang\(o.count == 1 ? "" : "e") af \(o.committee), første gang \(o.since), senest \(o.lastDeferred).",
      due: o.target, categories: [o.committee], status: o.isOverdue ? .overdue : .open, created: o.lastDeferred,
      sequence: max(0, o.count - 1))
  }

  // MARK: postponed

  /// The items that must go back on an agenda, grouped by committee, oldest first; then the
  /// cases sent on to another body and still waiting there, every one of them.
  public static func postponed(_ open: [OpenPostponement], referrals: [OpenReferral] = [], asOf: Day) -> Report {
    postponed(open, referrals: WaitingReferrals(all: referrals), asOf: asOf)
  }

  /// The items that must go back on an agenda, grouped by committee, oldest first; then the
  /// cases each committee sent on to another body and still waiting there: when the list is
  /// cut, the newest of each committee, with a line that says how many wait and how to list
  /// them all.
  public static func postponed(_ open: [OpenPostponement], referrals: WaitingReferrals, asOf: Day) -> Report {
    var byCommittee: [String: [OpenPostponement]] = [:]
    for o in open { byCommittee[o.committee, default: []].append(o) }
    let groups = byCommittee.keys.sorted().map { c -> Report.Group in
      let list = (byCommittee[c] ?? []).sorted { ($0.since, $0.caseKey) < ($1.since, $1.caseKey) }
      return Report.Group(
        heading: c, subject: .committee(c),
        rows: list.map { o in
          let status = [
            o.missedReturn ? "ikke genoptaget" : (o.isOverdue ? "overskredet" : ""),
            o.onAgenda.map { "på dagsordenen \($0)" } ?? "",
          ].filter { !$0.isEmpty }.joined(separator: ", ")
          return [
            .caseNumber(o.caseNumber), .text(o.title), .number(o.count), .day(o.since), .day(o.target),
            .text(o.targetSource?.label ?? ""), .text(status),
          ]
        }, alerts: list.map(\.isOverdue))
    }
    let json = Reports.json("postponed", [
      ("asOf", .day(asOf)),
      ("postponed", .array(open.map { o in
        .object([
          ("journalNumber", .str(o.caseNumber.isEmpty ? nil : o.caseNumber)), ("title", .string(o.title)),
          ("committee", .string(o.committee)), ("count", .int(o.count)), ("since", .day(o.since)),
          ("lastDeferred", .day(o.lastDeferred)), ("target", .day(o.target)),
          ("targetBasis", .str(o.targetBasis?.rawValue)), ("targetSource", .str(o.targetSource?.rawValue)),
          ("onAgenda", .day(o.onAgenda)), ("daysWaiting", .int(o.daysWaiting)),
          ("overdue", .bool(o.isOverdue)), ("missedReturn", .bool(o.missedReturn)),
          ("location", .string(o.location.description)),
        ])
      })),
      // All or the newest of each committee (`referredLimit`); `referredTotal` wait in all.
      ("referred", .array(referrals.shown.map(referralJSON))), ("referredTotal", .int(referrals.total)),
      ("referredLimit", .num(referrals.limit)),
    ])
    var bySender: [String: [OpenReferral]] = [:]
    for r in referrals.shown { bySender[r.committee, default: []].append(r) }
    let sentOn = bySender.keys.sorted().map { c -> Report.Group in
      let list = (bySender[c] ?? []).sorted { ($0.sentOn, $0.title) < ($1.sentOn, $1.title) }
      let total = referrals.totals[c] ?? list.count
      return Report.Group(
        heading: c, subject: .committee(c),
        rows: list.map { r in
          [.caseNumber(r.caseNumber ?? ""), .text(r.title), .people(r.recipients.map(\.name)), .day(r.sentOn),
           .text(ReportText.count(r.daysWaiting, "dag", "dage"))]
        },
        note: total > list.count
          ? "De \(list.count) nyeste af \(total); se alle med 'followup postponed --all'." : nil)
    }
    let waiting = ReportText.count(open.count, "sag", "sager", none: true)
    let sent = ReportText.count(referrals.total, "sag", "sager", none: true)
    let cut = referrals.isCut ? " (de \(referrals.limit ?? referrals.shown.count) nyeste pr. udvalg vises)" : ""
    var r = Report(
      kind: .postponed, title: "Udsatte punkter",
      subtitle: "Pr. \(asOf): \(waiting) venter på at komme på dagsordenen igen; \(sent) er sendt videre og venter dér\(cut).",
      parts: [
        Report.Part(
          name: "postponed", title: "Skal på dagsordenen igen", groupLabel: "Udvalg",
          columns: [Report.Column("Sag", maxWidth: 20), .text("Titel"), "Udsat", "Første gang", "Mål", "Målet er", "Status"],
          groups: groups, empty: "Ingen udsatte punkter."),
        Report.Part(
          name: "referred", title: "Sendt videre", groupLabel: "Sendt af",
          columns: [Report.Column("Sag", maxWidth: 20), .text("Titel"), "Sendt til", "Sendt", "Venter"], groups: sentOn,
          empty: "Ingen sager venter hos andre."),
      ], json: json, fileName: "udsatte-punkter")
    r.charts = open.isEmpty ? [] : [Report.Chart(
      title: "Dage på venteliste pr. sag", unit: "dage", unitOne: "dag", series: ["dage på venteliste"],
      bars: open.sorted { ($0.daysWaiting, $1.caseKey) > ($1.daysWaiting, $0.caseKey) }.prefix(15).map {
        Report.Chart.Bar(
          label: ($0.caseNumber.isEmpty ? "" : $0.caseNumber + " ") + $0.title, values: [$0.daysWaiting],
          note: "udsat \($0.count) gang\($0.count == 1 ? "" : "e")")
      })]
    r.entries = open.filter { $0.target != nil }.map(entry)
    r.overdueCount = open.filter(\.isOverdue).count
    return r
  }

  // MARK: actions

  static func order(_ a: ActionView, _ b: ActionView) -> Bool {
    let ra = a.status == .overdue ? 0 : 1
    let rb = b.status == .overdue ? 0 : 1
    if ra != rb { return ra < rb }
    switch (a.due, b.due) {
    case let (x?, y?) where x != y: return x < y
    case (nil, _?): return false
    case (_?, nil): return true
    default: return a.action.id < b.action.id
    }
  }

  /// One owner's actions, or everyone's grouped by owner; overdue first, then by due date;
  /// unassigned actions as their own group. `events` (by action id) date the calendar entries.
  public static func actions(
    _ views: [ActionView], asOf: Day, owner: String?, ownerKeys: Set<String>? = nil, includeDone: Bool = false,
    events: [String: [FollowUpEvent]] = [:]
  ) -> Report {
    let shown = views.filter { includeDone || $0.status != .done }
    var byOwner: [String: [ActionView]] = [:]
    for v in shown {
      if v.accountable.isEmpty {
        byOwner["", default: []].append(v)
      } else {
        // One owner's list shows that owner's group only, not the co-owners'.
        for o in v.accountable where ownerKeys.map({ $0.contains(DanishFolding.key(o.name)) }) ?? true {
          byOwner[o.name, default: []].append(v)
        }
      }
    }
    let names = byOwner.keys.filter { !$0.isEmpty }.sorted() + (byOwner[""] != nil ? [""] : [])
    let groups = names.map { n -> Report.Group in
      let list = (byOwner[n] ?? []).sorted(by: order)
      return Report.Group(
        heading: n.isEmpty ? "Uden ansvarlig" : n, subject: n.isEmpty ? nil : .people([n]),
        rows: list.map { v in
          [
            .day(v.due), .text(statusText(v.status)), decided(v.action),
            .text(v.action.sentence + (v.notes.isEmpty ? "" : " [note: " + v.notes.joined(separator: "; ") + "]")),
            .text(readAs(v)), .code(v.action.id),
          ]
        }, alerts: list.map { $0.status == .overdue })
    }
    let sorted = shown.sorted(by: order)
    let json = Reports.json("actions", [
      ("asOf", .day(asOf)), ("owner", .str(owner)),
      ("actions", .array(sorted.map { actionJSON($0) })),
    ])
    let open = shown.filter { $0.status != .done }.count
    let overdue = shown.filter { $0.status == .overdue }.count
    var r = Report(
      kind: .actions, title: owner.map { "Handlinger for \($0)" } ?? "Handlinger",
      subtitle: "Pr. \(asOf): \(ReportText.count(open, "åben handling", "åbne handlinger", none: true)), heraf "
        + "\(ReportText.count(overdue, "overskreden", "overskredne", none: true)). Handlinger læst af motoren er forslag, til de er bekræftet.",
      parts: [Report.Part(
        name: "actions", title: "Handlinger", groupLabel: "Ansvarlig",
        columns: ["Frist", "Status", "Møde", .text("Handling"), "Læst som", "Id"], groups: groups,
        empty: "Ingen åbne handlinger.")], json: json,
      fileName: owner.map { "handlinger-" + ReportText.slug($0) } ?? "handlinger")
    // A chart compares owners; one owner's list has nothing to compare.
    if groups.count > 1 {
      r.charts = [Report.Chart(
        title: "Åbne og overskredne handlinger pr. ansvarlig", unit: "handlinger", unitOne: "handling", series: ["åbne", "overskredne"],
        bars: names.map { n in
          let list = byOwner[n] ?? []
          return Report.Chart.Bar(
            label: n.isEmpty ? "Uden ansvarlig" : n,
            values: [list.filter { $0.status == .open }.count, list.filter { $0.status == .overdue }.count])
        })]
    }
    r.entries = sorted.map { entry($0, events: events[$0.action.id] ?? [], asOf: asOf) }
    r.overdueCount = overdue
    return r
  }

  /// The meeting that decided an action: its own, or for a decision quoted in later minutes,
  /// the quoted decision's committee, day and item (`Magistraten 2025-08-19 pkt. 9`).
  static func decided(_ a: ActionItem) -> Report.Value {
    .meeting(committee: a.committee, date: a.decisionDate, item: a.source == .priorDecision ? a.decisionItem : a.item)
  }

  /// How an action is on a list: `bekræftet`, `forslag` (read by the engine, not yet
  /// confirmed), or `ansvarlig (udledt)` (nobody named; responsible by inference).
  static func readAs(_ v: ActionView) -> String {
    v.isInferred ? "ansvarlig (udledt)" : (v.isConfirmed ? "bekræftet" : "forslag")
  }

  static func actionJSON(_ v: ActionView) -> JSONValue {
    .object([
      ("id", .string(v.action.id)), ("committee", .string(v.action.committee)),
      ("meetingDate", .day(v.action.meetingDate)), ("item", .int(v.action.item)),
      ("decisionDate", .day(v.action.decisionDate)), ("decisionItem", .num(v.action.decisionItem)),
      ("quotedIn", Export.quotedJSON(v.action.quotedIn)),
      ("sentence", .string(v.action.sentence)),
      ("owners", .array(v.owners.map { .object([("name", .string($0.name)), ("kind", .string($0.kind.rawValue))]) })),
      ("responsible", .array(v.responsible.map {
        .object([("name", .string($0.name)), ("kind", .string($0.kind.rawValue)), ("inferred", .bool(true)),
          ("basis", .str(v.action.responsibleBasis))])
      })),
      ("due", .day(v.due)), ("dueBasis", .str(v.action.dueBasis?.rawValue)), ("status", .string(v.status.rawValue)),
      ("kind", .string(v.action.kind.rawValue)), ("journalNumber", .str(v.action.caseNumber)),
      ("notes", .array(v.notes.map { .string($0) })), ("confirmed", .bool(v.isConfirmed)),
      ("location", .string(v.action.location.description)),
    ])
  }

  // MARK: weekly and other periods

  /// The weekly status report.
  public static func weekly(_ w: WeeklyReport, events: [String: [FollowUpEvent]] = [:]) -> Report {
    period(PeriodReport(weekly: w), events: events)
  }

  /// The status report of a week, a month or a span of days.
  public static func period(_ p: PeriodReport, events: [String: [FollowUpEvent]] = [:]) -> Report {
    let meetingGroups = p.meetings.map { m in
      Report.Group(
        heading: "\(m.committee) \(m.date)", subject: .committee(m.committee),
        rows: m.items.map { [.number($0.number), .text($0.title), .caseNumber($0.caseNumber ?? ""), .text(outcomeText($0.outcome))] })
    }
    func rows(_ list: [ActionView]) -> [Report.Group] {
      [Report.Group(
        rows: list.map { [.day($0.due), .people($0.owners.map(\.name)), .text($0.action.sentence), .code($0.action.id)] },
        alerts: list.map { $0.status == .overdue })]
    }
    let actionColumns: [Report.Column] = ["Frist", "Ansvarlig", .text("Handling"), "Id"]
    var overdueGroups = rows(Array(p.overdue.prefix(Reports.weeklyOverdueLimit)))
    if p.overdueTotal > Reports.weeklyOverdueLimit {
      // The newest first; a long tail is counted, not listed ('followup actions' lists all).
      overdueGroups[0].note = "De \(Reports.weeklyOverdueLimit) nyeste af \(p.overdueTotal); se alle med 'followup actions'."
    }
    let parts = [
      Report.Part(
        name: "meetings", title: p.period.kind == "week" ? "Møder i ugen" : "Møder i perioden", groupLabel: "Møde",
        columns: ["Pkt.", .text("Titel"), Report.Column("Sag", maxWidth: 20), "Beslutning"], groups: meetingGroups, empty: "Ingen møder."),
      // New actions in the order they were decided: meeting, item, then the sentence's place.
      Report.Part(
        name: "new-actions", title: "Nye handlinger", columns: actionColumns,
        groups: rows(
          p.newActions.enumerated().sorted {
            ($0.element.action.meetingDate, $0.element.action.item, $0.offset)
              < ($1.element.action.meetingDate, $1.element.action.item, $1.offset)
          }.map(\.element))),
      Report.Part(name: "due-next", title: p.period.dueNextTitle, columns: actionColumns, groups: rows(p.dueNext)),
      Report.Part(name: "overdue", title: "Overskredne handlinger", columns: actionColumns, groups: overdueGroups),
      Report.Part(
        name: "deferred-twice", title: "Udsat to gange eller mere",
        columns: [Report.Column("Sag", maxWidth: 20), .text("Titel"), "Udvalg", "Udsat", "Mål"],
        groups: [Report.Group(
          rows: p.deferredTwice.map { [.caseNumber($0.caseNumber), .text($0.title), .committee($0.committee), .number($0.count), .day($0.target)] },
          alerts: p.deferredTwice.map(\.isOverdue))]),
      Report.Part(name: "done", title: "Udført", columns: actionColumns, groups: rows(p.done)),
    ]
    var fields: [(String, JSONValue)] = []
    if case .week = p.period { fields.append(("week", .string(p.period.id))) }
    fields += [
      ("period", .object([("kind", .string(p.period.kind)), ("id", .string(p.period.id)), ("name", .string(p.period.name))])),
      ("start", .day(p.period.start)), ("end", .day(p.period.end)), ("asOf", .day(p.asOf)),
      ("committee", .str(p.committee)),
      ("meetings", .array(p.meetings.map { m in
        .object([
          ("committee", .string(m.committee)), ("date", .day(m.date)),
          ("items", .array(m.items.map { .object([("number", .int($0.number)), ("title", .string($0.title)),
            ("journalNumber", .str($0.caseNumber)), ("outcome", .string($0.outcome.rawValue))]) })),
        ])
      })),
      ("newActions", .array(p.newActions.map(actionJSON))), ("dueNext", .array(p.dueNext.map(actionJSON))),
      ("overdue", .array(p.overdue.map(actionJSON))), ("overdueTotal", .int(p.overdueTotal)),
      ("deferredTwice", .array(p.deferredTwice.map { .object([("journalNumber", .string($0.caseNumber)), ("title", .string($0.title)), ("count", .int($0.count))]) })),
      ("done", .array(p.done.map(actionJSON))),
      ("summary", .object([
        ("new", .int(p.newActions.count)), ("dueNext", .int(p.dueNext.count)), ("overdue", .int(p.overdueTotal)),
        ("done", .int(p.done.count)), ("postponed", .int(p.postponedItems)),
      ])),
    ]
    let committeeName = p.committee.map { f in
      p.meetings.first?.committee ?? p.newActions.first?.action.committee ?? f
    }
    let title: String
    let subject: String
    let fileName: String
    switch p.period {
    case .week(let y, let w):
      title = "Ugerapport \(p.period.id)"
      subject = "Ugerapport uge \(w) \(y)"
      fileName = "ugerapport-\(p.period.id.lowercased())"
    case .month:
      title = "Månedsrapport \(p.period.name)"
      subject = title
      fileName = "maanedsrapport-\(p.period.id)"
    case .range:
      title = "Statusrapport \(p.period.name)"
      subject = title
      fileName = "statusrapport-\(ReportText.slug(p.period.id))"
    }
    let span = "\(p.period.start)–\(p.period.end)"
    let subtitle: String
    if case .week(_, let w) = p.period {
      subtitle = "Uge \(w) (\(span)), status pr. \(p.asOf)."
    } else {
      subtitle = "\(p.period.name.prefix(1).uppercased() + p.period.name.dropFirst()) (\(span)), status pr. \(p.asOf)."
    }
    var r = Report(
      kind: p.period.kind == "week" ? .weekly : .period, title: title + (committeeName.map { " - " + $0 } ?? ""),
      subtitle: subtitle, parts: parts, json: Reports.json(p.period.kind == "week" ? "weekly" : "period", fields),
      mailSubject: subject + (committeeName.map { " - " + $0 } ?? ""),
      fileName: fileName + (committeeName.map { "-" + ReportText.slug($0) } ?? ""))
    r.charts = [Report.Chart(
      title: p.period.kind == "week" ? "Ugen i tal" : "Perioden i tal", unit: "", series: ["antal"],
      bars: [
        .init(label: "Nye handlinger", values: [p.newActions.count]),
        .init(label: p.period.dueNextTitle, values: [p.dueNext.count]),
        .init(label: "Overskredne handlinger", values: [p.overdueTotal]),
        .init(label: "Udført", values: [p.done.count]),
        .init(label: "Punkter udsat", values: [p.postponedItems]),
      ])]
    var seen = Set<String>()
    r.entries = (p.dueNext + p.newActions + p.overdue).filter { seen.insert($0.action.id).inserted }.map {
      entry($0, events: events[$0.action.id] ?? [], asOf: p.asOf)
    }
    r.overdueCount = p.overdueTotal
    return r
  }

  // MARK: case

  /// A case's timeline across meetings and committees.
  public static func caseTimeline(_ c: CaseView, asOf: Day, events: [String: [FollowUpEvent]] = [:]) -> Report {
    let timeline: [[Report.Value]] = c.record.appearances.map { a in
      [.day(a.date), .committee(a.committee), .text(a.item.map { "pkt. \($0)" } ?? ""), .text(a.title ?? ""),
       .text(a.isAgenda ? "på dagsordenen" : a.outcome.map(outcomeText) ?? ""),
       .text(a.isAgenda ? "dagsorden" : a.isQuoted ? "citeret" : "referat")]
    }
    let parts = [
      Report.Part(
        name: "timeline", title: "Forløb", columns: ["Dato", "Udvalg", "Punkt", .text("Titel"), "Beslutning", "Kilde"],
        groups: [Report.Group(rows: timeline)]),
      Report.Part(
        name: "postponements", title: "Udsættelser", columns: ["Dato", "Udvalg", "Mål", "Målet er", .text("Formulering")],
        groups: [Report.Group(rows: c.postponements.map {
          [.day($0.meetingDate), .committee($0.committee), .day($0.target), .text($0.targetSource?.label ?? ""), .text($0.phrase)]
        })]),
      Report.Part(
        name: "actions", title: "Handlinger", columns: ["Frist", "Status", "Ansvarlig", .text("Handling")],
        groups: [Report.Group(
          rows: c.actions.map { [.day($0.due), .text(statusText($0.status)), .people($0.owners.map(\.name)), .text($0.action.sentence)] },
          alerts: c.actions.map { $0.status == .overdue })]),
    ]
    let json = Reports.json("case", [
      ("journalNumber", .string(c.record.caseNumber)), ("title", .string(c.record.title)),
      ("titles", .array(c.record.titles.map { .string($0) })), ("standing", .bool(c.record.isStanding)),
      ("appearances", .array(c.record.appearances.map { a in
        .object([("committee", .string(a.committee)), ("date", .day(a.date)), ("item", .num(a.item)),
          ("title", .str(a.title)), ("outcome", .str(a.outcome?.rawValue)), ("quoted", .bool(a.isQuoted)),
          ("agenda", .bool(a.isAgenda))])
      })),
      ("postponements", .array(c.postponements.map {
        .object([
          ("meetingDate", .day($0.meetingDate)), ("target", .day($0.target)), ("targetSource", .str($0.targetSource?.rawValue)),
          ("phrase", .string($0.phrase)),
        ])
      })),
      ("actions", .array(c.actions.map(actionJSON))),
    ])
    var r = Report(
      kind: .case, title: "Sag \(c.record.caseNumber): \(c.record.title)",
      subtitle: (c.record.titles.count > 1 ? "Tidligere titler: " + c.record.titles.dropLast().joined(separator: "; ") + ". " : "")
        + (c.record.isStanding ? "Stående punkt. " : "") + "Pr. \(asOf).",
      parts: parts, json: json, fileName: "sag-" + ReportText.slug(c.record.caseNumber))
    r.entries = c.actions.filter { $0.status != .done }.map { entry($0, events: events[$0.action.id] ?? [], asOf: asOf) }
    r.overdueCount = c.actions.filter { $0.status == .overdue }.count
    return r
  }

  // MARK: people

  /// The people directory with where each role and alias was learned.
  public static func people(_ people: [Person]) -> Report {
    let rows: [[Report.Value]] = people.map { p in
      [.text(p.name), .text(p.aliases.joined(separator: ", ")),
       .text(p.roles.map { "\($0.title) (\($0.evidence.source):\($0.evidence.line))" }.joined(separator: "; ")),
       .text(p.evidence.first.map { "\(evidenceText($0.how)) \($0.source):\($0.line)" } ?? ""), .text(p.email ?? "")]
    }
    let json = Reports.json("people", [
      ("people", .array(people.map { p in
        .object([
          ("name", .string(p.name)), ("aliases", .array(p.aliases.map { .string($0) })),
          ("roles", .array(p.roles.map { .object([("title", .string($0.title)), ("learnedFrom", .string("\($0.evidence.source):\($0.evidence.line)")), ("how", .string($0.evidence.how))]) })),
          ("email", .str(p.email)),
        ])
      })),
    ])
    return Report(
      kind: .people, title: "Personer", subtitle: "\(ReportText.count(people.count, "person", "personer")), lært fra referaterne og persondatafilen.",
      parts: [Report.Part(
        name: "people", title: "Personer", columns: ["Navn", "Også skrevet", .text("Roller (lært fra)"), "Først set", "E-mail"],
        groups: [Report.Group(rows: rows)])], json: json, fileName: "personer")
  }

  // MARK: review

  /// What the engine was unsure of.
  public static func review(_ entries: [ReviewEntry], showConfirmed: Bool) -> Report {
    let shown = entries.filter { showConfirmed || !$0.isConfirmed }
    let rows: [[Report.Value]] = shown.map {
      [.code($0.location.description), .text(findingText($0.code)), .text($0.message), .text($0.isConfirmed ? "bekræftet" : "til gennemsyn"), .code($0.key)]
    }
    let json = Reports.json("review", [
      ("entries", .array(shown.map { e in
        .object([("key", .string(e.key)), ("severity", .string(e.severity.rawValue)), ("code", .string(e.code)),
          ("message", .string(e.message)), ("location", .string(e.location.description)), ("confirmed", .bool(e.isConfirmed))])
      })),
    ])
    return Report(
      kind: .review, title: "Til gennemsyn",
      subtitle: "\(ReportText.count(shown.count, "forhold", "forhold", none: true)), som motoren var usikker på. Bekræft med 'followup confirm NØGLE'; "
        + "en udledt ansvarlig har handlingens id som nøgle og tæller som ansvarlig, når den er bekræftet.",
      parts: [Report.Part(
        name: "review", title: "Usikkerheder", columns: ["Sted", "Slags", .text("Hvad"), "Status", "Nøgle"],
        groups: [Report.Group(rows: rows)], empty: "Intet til gennemsyn.")], json: json, fileName: "til-gennemsyn")
  }
}
