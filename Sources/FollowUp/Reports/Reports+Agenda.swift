import MinutesCore

extension Reports {
  /// How a meeting day is known, as the agenda's heading says it.
  static func basisText(_ b: MeetingBasis?) -> String {
    switch b {
    case .minutes: return "mødet er holdt; referatet er læst"
    case .plan: return "kendt fra en dagsorden eller mødeplan"
    case .quoted: return "næste kendte møde"
    case .mentioned: return "næste kendte møde, nævnt i et referat"
    case .rhythm: return "anslået ud fra udvalgets mødefrekvens"
    case nil: return "datoen er givet; databasen kender intet møde den dag"
    }
  }

  /// A postponed case's history in one line: `udsat 2 gange, senest 2. oktober 2024 pkt. 5`.
  static func history(_ r: AgendaDraft.Return) -> String {
    let o = r.postponement
    return "udsat \(ReportText.count(o.count, "gang", "gange")), senest \(ReportText.longDate(o.lastDeferred))"
      + (r.lastItem.map { " pkt. \($0)" } ?? "")
  }

  /// Where a target comes from and whether it has passed: `skrevet`, `næste kendte møde,
  /// overskredet`.
  static func targetText(_ o: OpenPostponement) -> String {
    [o.targetSource?.label ?? "", o.isOverdue ? "overskredet" : "", o.onAgenda.map { "på dagsordenen \($0)" } ?? ""]
      .filter { !$0.isEmpty }.joined(separator: ", ")
  }

  /// The draft agenda of a committee's meeting: postponed cases due back (each with its
  /// history in one line), cases other committees sent to it, actions promised for the
  /// meeting, presentations planned for it, overdue actions, and the standing items last.
  public static func agenda(_ d: AgendaDraft, events: [String: [FollowUpEvent]] = [:]) -> Report {
    func actionRows(_ list: [ActionView]) -> [Report.Group] {
      [Report.Group(
        rows: list.map { v in
          [.day(v.due), .people(v.accountable.map(\.name)), .text(v.action.sentence),
           decided(v.action),
           .code(v.action.id)]
        }, alerts: list.map { $0.status == .overdue })]
    }
    let actionColumns: [Report.Column] = ["Frist", "Ansvarlig", .text("Handling"), "Besluttet", "Id"]
    // The newest overdue actions, as the weekly report shows them; all of them are counted,
    // and `actions --committee` lists every one.
    var overdueGroups = actionRows(Array(d.overdue.suffix(Reports.agendaOverdueLimit)))
    if d.overdueTotal > overdueGroups[0].rows.count {
      overdueGroups[0].note =
        "De \(overdueGroups[0].rows.count) nyeste af \(d.overdueTotal); se alle med 'followup actions --committee \"\(d.committee)\"'."
    }
    let parts = [
      Report.Part(
        name: "returns", title: "Udsatte sager, der skal tilbage",
        columns: [Report.Column("Sag", maxWidth: 20), .text("Titel"), "Forløb", "Mål", "Målet er"],
        groups: [Report.Group(
          rows: d.returns.map { r in
            [.caseNumber(r.postponement.caseNumber), .text(r.postponement.title), .text(history(r)),
             .day(r.postponement.target), .text(targetText(r.postponement))]
          }, alerts: d.returns.map(\.postponement.isOverdue))],
        empty: "Ingen udsatte sager skal tilbage."),
      Report.Part(
        name: "referrals", title: "Sendt hertil fra andre udvalg",
        columns: [Report.Column("Sag", maxWidth: 20), .text("Titel"), "Sendt af", "Venter"],
        groups: [Report.Group(
          rows: d.referrals.map { r in
            [.caseNumber(r.caseNumber ?? ""), .text(r.title), .meeting(committee: r.committee, date: r.sentOn, item: nil),
             .text(ReportText.count(r.daysWaiting, "dag", "dage"))]
          })],
        empty: "Ingen sager sendt hertil."),
      Report.Part(
        name: "promised", title: "Handlinger til mødet", columns: actionColumns, groups: actionRows(d.promised),
        empty: "Ingen handlinger har frist til mødet."),
      Report.Part(
        name: "presentations", title: "Oplæg", columns: actionColumns, groups: actionRows(d.presentations),
        empty: "Ingen oplæg planlagt."),
      Report.Part(
        name: "overdue", title: "Overskredne handlinger", columns: actionColumns, groups: overdueGroups,
        empty: "Ingen overskredne handlinger."),
      Report.Part(
        name: "standing", title: "Stående punkter", columns: [.text("Punkt")],
        groups: [Report.Group(rows: d.standing.map { [.text($0)] })], empty: "Ingen stående punkter kendt."),
    ]
    let json = Reports.json("agenda", [
      ("committee", .string(d.committee)), ("date", .day(d.date)), ("dateBasis", .str(d.dateBasis?.rawValue)),
      ("followingMeeting", .day(d.followingMeeting)), ("asOf", .day(d.asOf)),
      ("returns", .array(d.returns.map { r in
        let o = r.postponement
        return .object([
          ("journalNumber", .str(o.caseNumber.isEmpty ? nil : o.caseNumber)), ("title", .string(o.title)),
          ("committee", .string(o.committee)), ("count", .int(o.count)), ("since", .day(o.since)),
          ("lastDeferred", .day(o.lastDeferred)), ("lastItem", .num(r.lastItem)), ("target", .day(o.target)),
          ("targetSource", .str(o.targetSource?.rawValue)), ("overdue", .bool(o.isOverdue)),
          ("onAgenda", .day(o.onAgenda)), ("history", .string(history(r))),
          ("location", .string(o.location.description)),
        ])
      })),
      ("referrals", .array(d.referrals.map(referralJSON))),
      ("promised", .array(d.promised.map(actionJSON))),
      ("presentations", .array(d.presentations.map(actionJSON))),
      ("overdue", .array(d.overdue.map(actionJSON))), ("overdueTotal", .int(d.overdueTotal)),
      ("standing", .array(d.standing.map { .string($0) })),
    ])
    let subtitle =
      "\(ReportText.longDay(d.date).prefix(1).uppercased() + ReportText.longDay(d.date).dropFirst()) (\(basisText(d.dateBasis)))"
      + ", pr. \(d.asOf): \(ReportText.count(d.returns.count, "udsat sag", "udsatte sager", none: true)) skal tilbage, "
      + "\(ReportText.count(d.referrals.count, "sag", "sager", none: true)) er sendt hertil, "
      + "\(ReportText.count(d.promised.count, "handling", "handlinger", none: true)) har frist til mødet, "
      + "\(ReportText.count(d.presentations.count, "oplæg", "oplæg", none: true)) er planlagt."
    var r = Report(
      kind: .agenda, title: "Udkast til dagsorden: \(d.committee) \(d.date)", subtitle: subtitle, parts: parts, json: json,
      mailSubject: "Udkast til dagsorden - \(d.committee) \(ReportText.longDate(d.date))",
      fileName: "dagsorden-\(ReportText.slug(d.committee))-\(d.date)")
    r.entries = (d.promised + d.presentations + d.overdue).map { entry($0, events: events[$0.action.id] ?? [], asOf: d.asOf) }
    r.overdueCount = d.overdueTotal + d.returns.filter(\.postponement.isOverdue).count
    return r
  }

  /// A waiting referral as JSON.
  static func referralJSON(_ r: OpenReferral) -> JSONValue {
    .object([
      ("journalNumber", .str(r.caseNumber)), ("title", .string(r.title)), ("committee", .string(r.committee)),
      ("sentOn", .day(r.sentOn)),
      ("to", .array(r.recipients.map { .object([("name", .string($0.name)), ("kind", .string($0.kind.rawValue))]) })),
      ("daysWaiting", .int(r.daysWaiting)), ("actionId", .string(r.actionID)),
      ("location", .string(r.location.description)),
    ])
  }
}
