import MinutesCore

/// The reports a secretariat reads, built from the store's answers.
public enum Reports {
  /// Overdue actions listed in a weekly report; the rest are counted.
  public static let weeklyOverdueLimit = 50

  static func d(_ day: Day?) -> String { day?.description ?? "" }

  static func ownersText(_ owners: [Owner]) -> String {
    owners.isEmpty ? "(uden ansvarlig)" : owners.map(\.name).joined(separator: ", ")
  }

  static func statusText(_ s: ActionStatus) -> String {
    switch s {
    case .open: return "åben"
    case .overdue: return "overskredet"
    case .done: return "udført"
    }
  }

  // MARK: postponed

  /// The items that must go back on an agenda, grouped by committee, oldest first.
  public static func postponed(_ open: [OpenPostponement], asOf: Day) -> Report {
    var byCommittee: [String: [OpenPostponement]] = [:]
    for o in open { byCommittee[o.committee, default: []].append(o) }
    let groups = byCommittee.keys.sorted().map { c -> Report.Group in
      let list = byCommittee[c]!.sorted { ($0.since, $0.caseKey) < ($1.since, $1.caseKey) }
      return Report.Group(
        heading: c,
        rows: list.map { o in
          [
            o.caseNumber, o.title, String(o.count), d(o.since), d(o.target)
              + (o.targetBasis == .nextMeetingGuessed ? " (gæt)" : ""),
            o.missedReturn ? "ikke genoptaget" : (o.isOverdue ? "overskredet" : ""),
          ]
        }, alerts: list.map(\.isOverdue))
    }
    let json = JSONValue.object([
      ("report", .string("postponed")), ("asOf", .day(asOf)),
      ("postponed", .array(open.map { o in
        .object([
          ("journalNumber", .str(o.caseNumber.isEmpty ? nil : o.caseNumber)), ("title", .string(o.title)),
          ("committee", .string(o.committee)), ("count", .int(o.count)), ("since", .day(o.since)),
          ("lastDeferred", .day(o.lastDeferred)), ("target", .day(o.target)),
          ("targetBasis", .str(o.targetBasis?.rawValue)), ("daysWaiting", .int(o.daysWaiting)),
          ("overdue", .bool(o.isOverdue)), ("missedReturn", .bool(o.missedReturn)),
          ("location", .string(o.location.description)),
        ])
      })),
    ])
    var r = Report(
      title: "Udsatte punkter", subtitle: "Pr. \(asOf): \(open.count) sager venter på at komme på dagsordenen igen.",
      parts: [Report.Part(
        title: "Skal på dagsordenen igen",
        columns: ["Sag", "Titel", "Udsat", "Første gang", "Mål", "Status"], groups: groups,
        empty: "Ingen udsatte punkter.")], json: json)
    r.charts = open.isEmpty ? [] : [Report.Chart(
      title: "Dage på venteliste pr. sag", series: ["dage", "udsættelser"],
      bars: open.sorted { $0.daysWaiting > $1.daysWaiting }.prefix(15).map { (Report.clip($0.title, 40), [$0.daysWaiting, $0.count]) })]
    return r
  }

  // MARK: actions

  /// One owner's actions, or everyone's grouped by owner; overdue first, then by due date;
  /// unassigned actions as their own group.
  public static func actions(
    _ views: [ActionView], asOf: Day, owner: String?, ownerKeys: Set<String>? = nil, includeDone: Bool = false
  ) -> Report {
    let shown = views.filter { includeDone || $0.status != .done }
    var byOwner: [String: [ActionView]] = [:]
    for v in shown {
      if v.owners.isEmpty {
        byOwner["", default: []].append(v)
      } else {
        // One owner's list shows that owner's group only, not the co-owners'.
        for o in v.owners where ownerKeys.map({ $0.contains(DanishFolding.key(o.name)) }) ?? true {
          byOwner[o.name, default: []].append(v)
        }
      }
    }
    func order(_ a: ActionView, _ b: ActionView) -> Bool {
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
    let names = byOwner.keys.filter { !$0.isEmpty }.sorted() + (byOwner[""] != nil ? [""] : [])
    let groups = names.map { n -> Report.Group in
      let list = byOwner[n]!.sorted(by: order)
      return Report.Group(
        heading: n.isEmpty ? "Uden ansvarlig" : n,
        rows: list.map { v in
          [
            d(v.due), statusText(v.status), v.action.committee + " " + d(v.action.meetingDate) + " pkt. \(v.action.item)",
            v.action.sentence + (v.notes.isEmpty ? "" : " [note: " + v.notes.joined(separator: "; ") + "]"),
            v.isConfirmed ? "bekræftet" : "forslag", v.action.id,
          ]
        }, alerts: list.map { $0.status == .overdue })
    }
    let json = JSONValue.object([
      ("report", .string("actions")), ("asOf", .day(asOf)), ("owner", .str(owner)),
      ("actions", .array(shown.sorted(by: order).map { actionJSON($0) })),
    ])
    let overdue = shown.filter { $0.status == .overdue }.count
    var r = Report(
      title: owner.map { "Handlinger for \($0)" } ?? "Handlinger",
      subtitle: "Pr. \(asOf): \(shown.count) åbne, heraf \(overdue) overskredet. Handlinger læst af motoren er forslag, til de er bekræftet.",
      parts: [Report.Part(
        title: "Handlinger", columns: ["Frist", "Status", "Møde", "Handling", "Læst som", "Id"], groups: groups,
        empty: "Ingen åbne handlinger.")], json: json)
    r.charts = groups.isEmpty ? [] : [Report.Chart(
      title: "Åbne og overskredne handlinger pr. ansvarlig", series: ["åbne", "overskredne"],
      bars: names.map { n in
        let list = byOwner[n]!
        return (n.isEmpty ? "Uden ansvarlig" : n, [list.filter { $0.status == .open }.count, list.filter { $0.status == .overdue }.count])
      })]
    r.todos = shown.map { v in
      Report.Todo(
        uid: v.action.id, summary: Report.clip(v.action.sentence, 120),
        description: "\(v.action.committee) \(v.action.meetingDate), pkt. \(v.action.item): \(v.action.title)\n\(v.action.sentence)\nAnsvarlig: \(ownersText(v.owners))",
        due: v.due, status: v.status, created: v.action.meetingDate)
    }
    return r
  }

  static func actionJSON(_ v: ActionView) -> JSONValue {
    .object([
      ("id", .string(v.action.id)), ("committee", .string(v.action.committee)),
      ("meetingDate", .day(v.action.meetingDate)), ("item", .int(v.action.item)),
      ("sentence", .string(v.action.sentence)),
      ("owners", .array(v.owners.map { .object([("name", .string($0.name)), ("kind", .string($0.kind.rawValue))]) })),
      ("due", .day(v.due)), ("dueBasis", .str(v.action.dueBasis?.rawValue)), ("status", .string(v.status.rawValue)),
      ("kind", .string(v.action.kind.rawValue)), ("journalNumber", .str(v.action.caseNumber)),
      ("notes", .array(v.notes.map { .string($0) })), ("confirmed", .bool(v.isConfirmed)),
      ("location", .string(v.action.location.description)),
    ])
  }

  // MARK: weekly

  /// The weekly status report.
  public static func weekly(_ w: WeeklyReport) -> Report {
    let weekName = "\(w.week.year)-W\(Day.pad2(w.week.week))"
    let meetingGroups = w.meetings.map { m in
      Report.Group(
        heading: "\(m.committee) \(m.date)",
        rows: m.items.map { [String($0.number), $0.title, $0.caseNumber ?? "", outcomeText($0.outcome)] })
    }
    func rows(_ list: [ActionView]) -> [Report.Group] {
      [Report.Group(
        heading: "",
        rows: list.map { [d($0.due), ownersText($0.owners), $0.action.sentence, $0.action.id] },
        alerts: list.map { $0.status == .overdue })]
    }
    let actionColumns = ["Frist", "Ansvarlig", "Handling", "Id"]
    let parts = [
      Report.Part(title: "Møder i ugen", columns: ["Pkt.", "Titel", "Sag", "Beslutning"], groups: meetingGroups, empty: "Ingen møder."),
      Report.Part(title: "Nye handlinger", columns: actionColumns, groups: rows(w.newActions)),
      Report.Part(title: "Frist i næste uge", columns: actionColumns, groups: rows(w.dueNextWeek)),
      Report.Part(
        title: "Overskredne handlinger", columns: actionColumns,
        groups: {
          // The newest first; a long tail is counted, not listed ('followup actions' lists all).
          var g = rows(Array(w.overdue.prefix(Reports.weeklyOverdueLimit)))
          if w.overdueTotal > Reports.weeklyOverdueLimit {
            g[0].note = "De \(Reports.weeklyOverdueLimit) nyeste af \(w.overdueTotal); se alle med 'followup actions'."
          }
          return g
        }()),
      Report.Part(
        title: "Udsat to gange eller mere", columns: ["Sag", "Titel", "Udvalg", "Udsat", "Mål"],
        groups: [Report.Group(heading: "", rows: w.deferredTwice.map { [$0.caseNumber, $0.title, $0.committee, String($0.count), d($0.target)] },
          alerts: w.deferredTwice.map(\.isOverdue))]),
      Report.Part(title: "Udført", columns: actionColumns, groups: rows(w.done)),
    ]
    let json = JSONValue.object([
      ("report", .string("weekly")), ("week", .string(weekName)), ("start", .day(w.start)), ("end", .day(w.end)),
      ("asOf", .day(w.asOf)),
      ("meetings", .array(w.meetings.map { m in
        .object([
          ("committee", .string(m.committee)), ("date", .day(m.date)),
          ("items", .array(m.items.map { .object([("number", .int($0.number)), ("title", .string($0.title)),
            ("journalNumber", .str($0.caseNumber)), ("outcome", .string($0.outcome.rawValue))]) })),
        ])
      })),
      ("newActions", .array(w.newActions.map(actionJSON))), ("dueNextWeek", .array(w.dueNextWeek.map(actionJSON))),
      ("overdue", .array(w.overdue.map(actionJSON))), ("overdueTotal", .int(w.overdueTotal)),
      ("deferredTwice", .array(w.deferredTwice.map { .object([("journalNumber", .string($0.caseNumber)), ("title", .string($0.title)), ("count", .int($0.count))]) })),
      ("done", .array(w.done.map(actionJSON))),
    ])
    var r = Report(
      title: "Ugerapport \(weekName)", subtitle: "Uge \(w.week.week) (\(w.start)–\(w.end)), status pr. \(w.asOf).",
      parts: parts, json: json)
    r.todos = w.dueNextWeek.map { v in
      Report.Todo(uid: v.action.id, summary: Report.clip(v.action.sentence, 120), description: v.action.sentence,
        due: v.due, status: v.status, created: v.action.meetingDate)
    }
    return r
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

  // MARK: case

  /// A case's timeline across meetings and committees.
  public static func caseTimeline(_ c: CaseView, asOf: Day) -> Report {
    let timeline = c.record.appearances.map { a in
      [d(a.date), a.committee, a.item.map { "pkt. \($0)" } ?? "", a.title ?? "", a.outcome.map(outcomeText) ?? "",
       a.isQuoted ? "citeret" : "referat"]
    }
    let parts = [
      Report.Part(title: "Forløb", columns: ["Dato", "Udvalg", "Punkt", "Titel", "Beslutning", "Kilde"],
        groups: [Report.Group(heading: "", rows: timeline)]),
      Report.Part(title: "Udsættelser", columns: ["Dato", "Udvalg", "Mål", "Formulering"],
        groups: [Report.Group(heading: "", rows: c.postponements.map { [d($0.meetingDate), $0.committee, d($0.target), $0.phrase] })]),
      Report.Part(title: "Handlinger", columns: ["Frist", "Status", "Ansvarlig", "Handling"],
        groups: [Report.Group(heading: "", rows: c.actions.map { [d($0.due), statusText($0.status), ownersText($0.owners), $0.action.sentence] },
          alerts: c.actions.map { $0.status == .overdue })]),
    ]
    let json = JSONValue.object([
      ("report", .string("case")), ("journalNumber", .string(c.record.caseNumber)), ("title", .string(c.record.title)),
      ("titles", .array(c.record.titles.map { .string($0) })), ("standing", .bool(c.record.isStanding)),
      ("appearances", .array(c.record.appearances.map { a in
        .object([("committee", .string(a.committee)), ("date", .day(a.date)), ("item", .num(a.item)),
          ("title", .str(a.title)), ("outcome", .str(a.outcome?.rawValue)), ("quoted", .bool(a.isQuoted))])
      })),
      ("postponements", .array(c.postponements.map { .object([("meetingDate", .day($0.meetingDate)), ("target", .day($0.target)), ("phrase", .string($0.phrase))]) })),
      ("actions", .array(c.actions.map(actionJSON))),
    ])
    return Report(
      title: "Sag \(c.record.caseNumber): \(c.record.title)",
      subtitle: (c.record.titles.count > 1 ? "Tidligere titler: " + c.record.titles.dropLast().joined(separator: "; ") + ". " : "")
        + (c.record.isStanding ? "Stående punkt. " : "") + "Pr. \(asOf).",
      parts: parts, json: json)
  }

  // MARK: people

  /// The people directory with where each role and alias was learned.
  public static func people(_ people: [Person]) -> Report {
    let rows = people.map { p in
      [p.name, p.aliases.joined(separator: ", "),
       p.roles.map { "\($0.title) (\($0.evidence.source):\($0.evidence.line))" }.joined(separator: "; "),
       p.evidence.first.map { "\($0.how) \($0.source):\($0.line)" } ?? "", p.email ?? ""]
    }
    let json = JSONValue.object([
      ("report", .string("people")),
      ("people", .array(people.map { p in
        .object([
          ("name", .string(p.name)), ("aliases", .array(p.aliases.map { .string($0) })),
          ("roles", .array(p.roles.map { .object([("title", .string($0.title)), ("learnedFrom", .string("\($0.evidence.source):\($0.evidence.line)")), ("how", .string($0.evidence.how))]) })),
          ("email", .str(p.email)),
        ])
      })),
    ])
    return Report(
      title: "Personer", subtitle: "\(people.count) personer, lært fra referaterne og persondatafilen.",
      parts: [Report.Part(title: "Personer", columns: ["Navn", "Også skrevet", "Roller (lært fra)", "Først set", "E-mail"],
        groups: [Report.Group(heading: "", rows: rows)])], json: json)
  }

  // MARK: review

  /// What the engine was unsure of.
  public static func review(_ entries: [ReviewEntry], showConfirmed: Bool) -> Report {
    let shown = entries.filter { showConfirmed || !$0.isConfirmed }
    let rows = shown.map { [$0.location.description, $0.code, $0.message, $0.isConfirmed ? "bekræftet" : "til gennemsyn", $0.key] }
    let json = JSONValue.object([
      ("report", .string("review")),
      ("entries", .array(shown.map { e in
        .object([("key", .string(e.key)), ("severity", .string(e.severity.rawValue)), ("code", .string(e.code)),
          ("message", .string(e.message)), ("location", .string(e.location.description)), ("confirmed", .bool(e.isConfirmed))])
      })),
    ])
    return Report(
      title: "Til gennemsyn",
      subtitle: "\(shown.count) forhold, som motoren var usikker på. Bekræft med 'followup confirm KEY'.",
      parts: [Report.Part(title: "Usikkerheder", columns: ["Sted", "Kode", "Hvad", "Status", "Nøgle"],
        groups: [Report.Group(heading: "", rows: rows)], empty: "Intet til gennemsyn.")], json: json)
  }
}
