import MinutesCore

extension Reports {
  /// One owner's page or digest: their overdue actions, those due in the next period, the
  /// rest of their open actions, and the cases their committees (those they have actions
  /// in) have postponed.
  public static func owner(
    _ name: String, actions views: [ActionView], postponed: [OpenPostponement], period: ReportPeriod, asOf: Day,
    events: [String: [FollowUpEvent]] = [:]
  ) -> Report {
    let open = views.filter { $0.status != .done }.sorted(by: order)
    let next = period.next
    let overdue = open.filter { $0.status == .overdue }
    let dueNext = open.filter { v in v.status != .overdue && v.due.map { $0 >= next.start && $0 <= next.end } == true }
    let rest = open.filter { v in !overdue.contains { $0.action.id == v.action.id } && !dueNext.contains { $0.action.id == v.action.id } }
    let committees = Set(views.map(\.action.committee))
    let waiting = postponed.filter { committees.contains($0.committee) }
    func rows(_ list: [ActionView]) -> [Report.Group] {
      [Report.Group(
        rows: list.map { v in
          [.day(v.due), decided(v.action),
           .caseNumber(v.action.caseNumber ?? ""), .text(v.action.sentence), .code(v.action.id)]
        }, alerts: list.map { $0.status == .overdue })]
    }
    let columns: [Report.Column] = ["Frist", "Møde", Report.Column("Sag", maxWidth: 20), .text("Handling"), "Id"]
    let parts = [
      Report.Part(name: "overdue", title: "Overskredne", columns: columns, groups: rows(overdue), empty: "Ingen overskredne handlinger."),
      Report.Part(name: "due-next", title: period.dueNextTitle, columns: columns, groups: rows(dueNext)),
      Report.Part(name: "open", title: "Øvrige åbne handlinger", columns: columns, groups: rows(rest)),
      Report.Part(
        name: "postponed", title: "Udsatte sager i dine udvalg",
        columns: [Report.Column("Sag", maxWidth: 20), .text("Titel"), "Udvalg", "Udsat", "Mål"],
        groups: [Report.Group(
          rows: waiting.map { [.caseNumber($0.caseNumber), .text($0.title), .committee($0.committee), .number($0.count), .day($0.target)] },
          alerts: waiting.map(\.isOverdue))],
        empty: "Ingen udsatte sager."),
    ]
    let json = Reports.json("owner", [
      ("owner", .string(name)), ("period", .string(period.id)), ("asOf", .day(asOf)),
      ("overdue", .array(overdue.map(actionJSON))), ("dueNext", .array(dueNext.map(actionJSON))),
      ("open", .array(rest.map(actionJSON))),
      ("postponed", .array(waiting.map { .object([("journalNumber", .string($0.caseNumber)), ("title", .string($0.title)),
        ("committee", .string($0.committee)), ("count", .int($0.count)), ("target", .day($0.target))]) })),
    ])
    var r = Report(
      kind: .owner, title: "Opfølgning for \(name)",
      subtitle: "\(period.name.prefix(1).uppercased() + period.name.dropFirst()), status pr. \(asOf): "
        + "\(ReportText.count(open.count, "åben handling", "åbne handlinger", none: true)), "
        + "heraf \(ReportText.count(overdue.count, "overskreden", "overskredne", none: true)) og "
        + "\(ReportText.count(dueNext.count, "med", "med", none: true)) frist \(period.nextName); "
        + "\(ReportText.count(waiting.count, "udsat sag", "udsatte sager", none: true)) i dine udvalg.",
      parts: parts, json: json, mailSubject: "Opfølgning \(period.name) - \(name)",
      fileName: ReportText.slug(name))
    r.entries = open.map { entry($0, events: events[$0.action.id] ?? [], asOf: asOf) }
    r.overdueCount = overdue.count
    return r
  }
}
