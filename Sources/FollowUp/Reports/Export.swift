import MinutesCore

/// The `export --format json` document, as `../shared/tools/README.md` specifies it.
public enum Export {
  /// The version of the export's JSON (`schemaVersion`); docs/json.md describes it. The
  /// fields of the contract in `../shared/tools/README.md` never change; new ones may be added.
  public static let schemaVersion = 1

  /// Options of an export.
  public struct Options: Sendable {
    /// The day statuses are computed for.
    public var asOf: Day
    /// Show the text, outcome and follow-up of closed items (confidential).
    public var includeClosed: Bool
    /// The events recorded by hand, by action id, when the register comes from a store: each
    /// action's owners, due day and status are then those of the reports (`ActionState`),
    /// and its notes and confirmation are written too. `nil` for minutes read from files.
    public var events: [String: [FollowUpEvent]]?

    /// Creates options.
    public init(asOf: Day, includeClosed: Bool = false, events: [String: [FollowUpEvent]]? = nil) {
      self.asOf = asOf
      self.includeClosed = includeClosed
      self.events = events
    }
  }

  /// The whole export.
  public static func document(_ register: Register, options: Options) -> JSONValue {
    var outcomes: [String: Outcome] = [:]
    for d in register.decisions where d.source != .caseText {
      outcomes["\(d.meetingIndex):\(d.itemIndex):\(d.quoteIndex ?? -1)"] = d.outcome
    }
    let meetings: [JSONValue] = register.meetings.enumerated().map { mi, m in
      .object([
        ("source", .string(m.source)),
        ("kind", .string(m.kind.rawValue)),
        ("committee", .string(register.committees.canonical(m.committee))),
        ("date", .day(m.date)),
        ("startTime", .str(m.startTime?.description)),
        ("location", .str(m.location)),
        ("attendees", .array(m.attendees.map { .string($0) })),
        ("absentees", .array(m.absentees.map { .string($0) })),
        ("items", .array(m.items.enumerated().map { ii, item in
          itemJSON(item, outcome: outcomes["\(mi):\(ii):-1"] ?? .none, quoted: { qi in
            outcomes["\(mi):\(ii):\(qi)"] ?? .none
          }, includeClosed: options.includeClosed)
        })),
        ("findings", .array(m.findings.map { .string($0.description) })),
      ])
    }
    let actions: [JSONValue] = register.actions.filter { options.includeClosed || !$0.isClosed }.map {
      actionJSON(ActionState.applying(options.events?[$0.id] ?? [], to: $0, asOf: options.asOf), withEvents: options.events != nil)
    }
    let postponements: [JSONValue] = register.postponements.filter {
      options.includeClosed || !$0.isClosed
    }.map { p in
      .object([
        ("journalNumber", .str(p.caseNumber.isEmpty ? nil : p.caseNumber)),
        ("committee", .string(p.committee)),
        ("meetingDate", .day(p.meetingDate)),
        ("item", .num(p.item)),
        ("target", .day(p.target)),
        ("targetText", .str(p.targetText)),
        ("targetBasis", .str(p.targetBasis?.rawValue)),
        ("targetSource", .str(p.targetSource?.rawValue)),
        ("phrase", .string(p.phrase)),
        ("source", .string(p.source.rawValue)),
        ("title", .string(p.title)),
        ("location", .string(p.location.description)),
        ("quotedIn", quotedJSON(p.quotedIn)),
      ])
    }
    // The export lists cases (the contract keys them by case number); an item postponed without
    // a case number is in the reports' postponed list, followed by its title, not here.
    let open: [JSONValue] = register.openPostponed(asOf: options.asOf, includeClosed: options.includeClosed)
      .filter { !$0.caseNumber.isEmpty }.map { o in
      .object([
        ("journalNumber", .str(o.caseNumber.isEmpty ? nil : o.caseNumber)),
        ("title", .string(o.title)),
        ("committee", .string(o.committee)),
        ("count", .int(o.count)),
        ("since", .day(o.since)),
        ("lastDeferred", .day(o.lastDeferred)),
        ("target", .day(o.target)),
        ("targetBasis", .str(o.targetBasis?.rawValue)),
        ("targetSource", .str(o.targetSource?.rawValue)),
        ("onAgenda", .day(o.onAgenda)),
        ("daysWaiting", .int(o.daysWaiting)),
        ("overdue", .bool(o.isOverdue)),
        ("missedReturn", .bool(o.missedReturn)),
      ])
    }
    let referred: [JSONValue] = register.openReferrals(
      asOf: options.asOf, includeClosed: options.includeClosed, events: options.events ?? [:]
    ).map {
      r in
      .object([
        ("journalNumber", .str(r.caseNumber)),
        ("title", .string(r.title)),
        ("committee", .string(r.committee)),
        ("sentOn", .day(r.sentOn)),
        ("to", .array(r.recipients.map { o in
          .object([("name", .string(o.name)), ("kind", .string(o.kind.rawValue)), ("surface", .string(o.surface))])
        })),
        ("daysWaiting", .int(r.daysWaiting)),
        ("actionId", .string(r.actionID)),
      ])
    }
    let cases: [JSONValue] = register.cases.map { c in
      .object([
        ("journalNumber", .string(c.caseNumber)),
        ("title", .string(c.isStanding || !c.appearances.allSatisfy(\.isClosed) || options.includeClosed ? c.title : "")),
        ("titles", .array(c.titles.map { .string($0) })),
        ("standing", .bool(c.isStanding)),
        ("appearances", .array(c.appearances.map { a in
          .object([
            ("committee", .string(a.committee)),
            ("date", .day(a.date)),
            ("item", .num(a.item)),
            ("outcome", .str(a.isClosed && !options.includeClosed ? nil : a.outcome?.rawValue)),
            ("quoted", .bool(a.isQuoted)),
          ])
        })),
      ])
    }
    let people: [JSONValue] = register.people.people.map { p in
      .object([
        ("name", .string(p.name)),
        ("aliases", .array(p.aliases.map { .string($0) })),
        ("roles", .array(p.roles.map { .string($0.title) })),
        ("email", .str(p.email)),
      ])
    }
    var warnings: [JSONValue] = register.meetings.flatMap(\.findings).filter { $0.severity == .warning }
      .map { .string($0.description) }
    warnings += register.findings.map { .string($0.description) }
    return .object([
      ("schemaVersion", .int(schemaVersion)),
      ("asOf", .day(options.asOf)),
      ("meetings", .array(meetings)),
      ("actions", .array(actions)),
      ("postponements", .array(postponements)),
      ("openPostponed", .array(open)),
      ("openReferred", .array(referred)),
      ("cases", .array(cases)),
      ("people", .array(people)),
      ("warnings", .array(warnings)),
    ])
  }

  static func itemJSON(
    _ item: AgendaItem, outcome: Outcome, quoted: (Int) -> Outcome, includeClosed: Bool
  ) -> JSONValue {
    // A closed item shows only what the minutes themselves publish: number, case, title, and the
    // outcome where its decision is only a formula (`Godkendt.`).
    let hidden = item.isClosed && !includeClosed
    return .object([
      ("number", .int(item.number)),
      ("title", .string(item.title)),
      ("journalNumber", .str(item.caseNumber?.text)),
      ("closed", .bool(item.isClosed)),
      ("outcome", .string(hidden && item.closedFormula == nil ? Outcome.none.rawValue : outcome.rawValue)),
      ("participants", .array(hidden ? [] : item.participants.map { p in
        .object([("name", .string(p.name)), ("role", .str(p.role)), ("organization", .str(p.organization)), ("time", .str(p.time?.description))])
      })),
      ("priorDecisions", .array(hidden ? [] : item.priorDecisions.enumerated().map { qi, q in
        .object([
          ("body", .string(q.body)), ("date", .day(q.date)), ("writtenDate", .day(q.writtenDate)),
          ("item", .num(q.itemNumber)), ("outcome", .string(quoted(qi).rawValue)),
          ("form", .string(q.form.rawValue)),
        ])
      })),
      ("line", .int(item.line)),
    ])
  }

  static func actionJSON(_ v: ActionView, withEvents: Bool) -> JSONValue {
    let a = v.action
    var fields: [(String, JSONValue)] = [
      ("id", .string(a.id)),
      ("committee", .string(a.committee)),
      ("meetingDate", .day(a.meetingDate)),
      ("item", .int(a.item)),
      ("source", .string(a.source.rawValue)),
      ("decisionDate", .day(a.decisionDate)),
      ("sentence", .string(a.sentence)),
      ("owners", .array(v.owners.map { o in
        .object([("name", .string(o.name)), ("kind", .string(o.kind.rawValue)), ("surface", .string(o.surface))])
      })),
      ("responsible", .array(v.responsible.map { o in
        .object([
          ("name", .string(o.name)), ("kind", .string(o.kind.rawValue)), ("surface", .string(o.surface)),
          ("inferred", .bool(true)), ("basis", .str(a.responsibleBasis)),
        ])
      })),
      ("due", .day(v.due)),
      ("dueText", .str(a.dueText)),
      ("dueBasis", .str(a.dueBasis?.rawValue)),
      ("kind", .string(a.kind.rawValue)),
      ("status", .string(v.status.rawValue)),
      ("journalNumber", .str(a.caseNumber)),
      ("title", .string(a.title)),
      ("location", .string(a.location.description)),
      ("decisionItem", .num(a.decisionItem)),
      ("quotedIn", quotedJSON(a.quotedIn)),
    ]
    if withEvents {
      fields += [
        ("doneOn", .day(v.doneOn)), ("notes", .array(v.notes.map { .string($0) })),
        ("edited", .bool(v.isEdited)), ("confirmed", .bool(v.isConfirmed)),
      ]
    }
    return .object(fields)
  }

  /// The minutes that quote a decision, or null for a meeting's own decision.
  static func quotedJSON(_ q: QuotingMinutes?) -> JSONValue {
    guard let q else { return .null }
    return .object([
      ("committee", .string(q.committee)), ("date", .day(q.date)), ("item", .int(q.item)),
      ("source", .string(q.source)),
    ])
  }
}
