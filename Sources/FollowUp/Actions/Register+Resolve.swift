import MinutesCore

extension Register {
  /// `Punkt 28. Aftale med Lejerbo om boliger 13/39690 udsat` → `Aftale med Lejerbo om boliger`:
  /// the title a deferral writes between the item's number and its case number.
  static func titleBetween(_ sentence: String, item: Int, caseNumber: CaseNumber?) -> String? {
    guard let caseNumber, let c = sentence.range(of: caseNumber.text),
      let n = sentence.range(of: " \(item)"), n.upperBound < c.lowerBound
    else { return nil }
    let title = String(sentence[n.upperBound..<c.lowerBound]).trimming(" .:-–,")
    return title.isEmpty || title.utf8.count > 200 ? nil : title
  }

  /// Turns each decision's deferrals and action candidates into postponements and actions with
  /// resolved owners and deadlines, then settles what later meetings took up.
  mutating func resolve() {
    var seen: Set<String> = []
    var seenDeferrals: Set<String> = []
    for di in decisions.indices {
      let rec = decisions[di]
      guard !rec.isClosed else { continue }
      let holder = meetings[rec.meetingIndex]
      let holderItem = holder.items[rec.itemIndex]
      let town = town(ofSource: holder.source)
      // Deferrals.
      var writtenTarget: (Day, String, DueBasis)?
      var anyTarget: (Day, String, DueBasis)?
      for d in rec.deferrals {
        var caseNumber = rec.caseNumber
        var title = rec.title
        var itemNumber = rec.itemNumber
        var closed = rec.isClosed
        var unseen = false
        if let other = d.otherItem, rec.source == .decision {
          if let o = holder.items.first(where: { $0.number == other }) {
            caseNumber = o.caseNumber
            title = o.title
            itemNumber = o.number
            closed = o.isClosed
          } else {
            // The deferred item is not printed in these minutes; its case number, when the
            // sentence writes one (`Punkt 28. Aftale med Lejerbo 13/39690 udsat`).
            let written = CaseNumber.all(inSentence: d.sentence)
            caseNumber = written.count == 1 ? written.first : nil
            title = d.otherTitle ?? Self.titleBetween(d.sentence, item: other, caseNumber: caseNumber) ?? ""
            itemNumber = other
            // Without its case number the case cannot be followed to other meetings.
            unseen = caseNumber == nil
          }
        }
        if closed { continue }
        let (target, basis) = deferralTarget(d.target, committee: rec.committee, town: town, after: rec.date)
        if d.otherItem == nil, let target, let basis {
          anyTarget = (target, d.target?.text ?? "", basis)
          if basis == .written { writtenTarget = anyTarget }
        }
        // The same quoted decision may stand in several minutes: one deferral.
        let key =
          caseNumber?.key
          ?? Register.titleKey(rec.committee, unseen ? "#\(itemNumber ?? -1) \(title)" : title, town: town)
        guard seenDeferrals.insert("\(key)|\(rec.date)|\(itemNumber ?? -1)").inserted else { continue }
        postponements.append(
          Postponement(
            caseKey: key, caseNumber: caseNumber?.text ?? "", committee: rec.committee,
            meetingDate: rec.date, item: itemNumber, target: target, targetText: d.target?.text,
            targetBasis: basis, phrase: d.sentence,
            source: rec.source == .decision ? .decision : rec.source == .caseText ? .caseText : .priorDecision, title: title,
            location: SourceLocation(file: holder.source, line: rec.line), isClosed: closed,
            quotedIn: quotingMinutes(rec, holder: holder, item: holderItem), isUnseenItem: unseen))
      }
      // Actions.
      let names = ItemNames()
      for (ui, c) in rec.candidates {
        let unit = rec.units[ui]
        var owners: [Owner] = []
        if c.kind == .presentation {
          owners = c.presenters.flatMap {
            resolveOwnerPhrase($0, item: holderItem, attendees: holder.attendees, roles: holder.roles, town: town)
          }
        } else if !c.recipients.isEmpty {
          owners = c.recipients.map(resolveRecipient)
        } else if let phrase = c.ownerPhrase {
          // (A member away from the meeting may be given the work: `Ansvarlig: Tove` after
          // `Afbud: Tove Iversen`.)
          owners = resolveOwnerPhrase(
            phrase, item: holderItem, attendees: holder.attendees + holder.absentees.filter { $0.contains(" ") }, roles: holder.roles,
            committee: rec.committee,
            names: names, town: town)
          // "Administrationen (KB) udsender ...", "Sekretariatet (KB)": the unit, and in brackets
          // the initials of the one in it who does the work.
          if owners.count == 1, owners[0].kind == .unit || owners[0].kind == .body,
            let r = unit.text.range(of: phrase + " ("), let close = unit.text[r.upperBound...].firstIndex(of: ")"),
            case let initials = String(unit.text[r.upperBound..<close]), NameGrammar.isAcronym(initials),
            let p = personByInitials(initials, attendees: (names.of(holderItem, namedAtMeeting)) + holder.roles.keys.sorted())
          {
            owners = [Owner(name: people.person(named: p)?.name ?? p, kind: .person, surface: phrase, resolvedBy: SingleName.atMeeting)]
          }
        }
        // Nobody named: the item's recommender carries the decision out.
        var responsible: [Owner] = []
        var responsibleBasis: String?
        if owners.isEmpty, c.kind == .task || c.kind == .milestone, rec.source == .decision,
          let recommender = holderItem.recommendation?.recommender
        {
          responsible = resolveOwnerPhrase(
            recommender, item: holderItem, attendees: holder.attendees, roles: holder.roles, committee: rec.committee,
            town: town)
          responsibleBasis = ResponsibleBasis.recommender
        } else if owners.isEmpty, c.kind == .referral, let body = c.referralBody {
          // "drøftes i direktionen": the body that takes the case up.
          responsible = [resolveRecipient(ReferralGrammar.Recipient(surface: body, name: body))]
          responsibleBasis = ResponsibleBasis.referralBody
        }
        // A role's display title is its first spelling in the corpus.
        for j in owners.indices where owners[j].kind == .role {
          people.noteRoleTitle(owners[j].surface)
          owners[j].name = people.roleTitle(owners[j].surface)
        }
        var due: Day?
        var dueText: String?
        var basis: DueBasis?
        if let e = c.due {
          (due, basis) = resolveDate(e, committee: rec.committee, town: town, after: rec.date)
          dueText = e.text
        } else if c.kind == .presentation {
          if let (d, text) = eventDate(
            meetingIndex: rec.meetingIndex, itemIndex: rec.itemIndex, stem: nil,
            hint: (unit.leadIn ?? "") + " " + rec.title, after: rec.date)
          {
            (due, dueText, basis) = (d, text, .event)
          }
        } else if let stem = c.eventStem,
          let (d, text) = eventDate(
            meetingIndex: rec.meetingIndex, itemIndex: rec.itemIndex, stem: stem, hint: nil,
            after: rec.date)
        {
          (due, dueText, basis) = (d, text, .event)
        }
        // "Der er generalforsamling den 23. marts. Bjarne står for indkaldelse.": errands after
        // an announcement of one day to come, in the same paragraph or the item's title, are
        // due by that day.
        // Work in a decision that defers the case to a written day is due by that day.
        if due == nil, let (d, text, _) = writtenTarget, c.kind == .task {
          (due, dueText, basis) = (d, text, .deferral)
        }
        // The work a deferral waits for is due when the case comes back, however that is known.
        if due == nil, c.isDeferralPurpose, let (d, text, b) = anyTarget {
          (due, dueText, basis) = (d, text.isEmpty ? nil : text, b == .written ? .deferral : b)
        }
        if due == nil, c.kind == .task, c.eventStem == nil, let (d, text) = announcedDay(rec, before: ui) {
          (due, dueText, basis) = (d, text, .event)
        }
        let id = Register.actionID(
          committee: rec.committee, date: rec.date, item: rec.itemNumber, sentence: c.sentence)
        guard seen.insert(id).inserted else { continue }
        actions.append(
          ActionItem(
            id: id, committee: rec.committee, meetingDate: holder.date ?? rec.date,
            item: holderItem.number, source: rec.source == .decision ? .decision : .priorDecision,
            decisionDate: rec.date, sentence: c.sentence, owners: owners, due: due,
            dueText: dueText, dueBasis: basis, kind: c.kind,
            caseKey: rec.caseNumber?.key, caseNumber: rec.caseNumber?.text, title: rec.title,
            isClosed: rec.isClosed, location: SourceLocation(file: holder.source, line: unit.line),
            settledOn: nil, responsible: responsible,
            responsibleBasis: responsible.isEmpty ? nil : responsibleBasis,
            decisionItem: rec.itemNumber, quotedIn: quotingMinutes(rec, holder: holder, item: holderItem)))
        noteReview(actions[actions.count - 1])
      }
    }
    postponements = Register.withoutUnnumberedQuotes(postponements)
    settleActions()
  }

  /// A stable id: the same decision sentence gives the same id, whichever minutes quote it.
  static func actionID(committee: String, date: Day, item: Int?, sentence: String) -> String {
    let text = CommitteeDirectory.key(committee) + "|" + date.description + "|"
      + String(item ?? -1) + "|" + DanishFolding.key(sentence)
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    let s = String(h, radix: 36)
    return "A" + String(repeating: "0", count: max(0, 13 - s.count)) + s
  }

  /// The minutes that quote a decision read from a quote; `nil` for a meeting's own decision.
  func quotingMinutes(_ rec: DecisionRecord, holder: Meeting, item: AgendaItem) -> QuotingMinutes? {
    guard rec.source != .decision, let date = holder.date else { return nil }
    return QuotingMinutes(
      committee: committees.canonical(holder.committee), date: date, item: item.number, source: holder.source)
  }

  /// The days a deferral without a written date or a known next meeting waits, when the
  /// committee's rhythm is unknown too.
  static let defaultDeferral = 28

  /// Every deferral has a target: the day written, else the committee's next known meeting,
  /// else one projected from its rhythm, else the default interval after the deferring meeting.
  func deferralTarget(_ e: TemporalExpression?, committee: String, town: String, after date: Day) -> (Day?, DueBasis?) {
    if let e, e.kind != .nextMeeting {
      let (t, b) = resolveDate(e, committee: committee, town: town, after: date, atMeeting: true)
      if t != nil { return (t, b) }
    }
    if let (d, b) = nextMeeting(of: committee, town: town, after: date) { return (d, b) }
    return (date.adding(days: Register.defaultDeferral), .estimated)
  }

  /// The committee's next meeting after a day and how it is known; `town` is the
  /// municipality whose committee it is.
  func nextMeeting(of committee: String, town: String, after date: Day) -> (Day, DueBasis)? {
    guard let (d, b) = calendar.nextMeeting(after: date, committeeKey: calendarKey(committee, town: town)) else {
      return nil
    }
    switch b {
    case .minutes, .quoted: return (d, .nextMeetingKnown)
    case .plan, .mentioned: return (d, .nextMeetingMentioned)
    case .rhythm: return (d, .nextMeetingGuessed)
    }
  }

  /// A day from an expression: a day itself, a period's end, or the committee's next meeting.
  /// - Parameter atMeeting: The day is when a case comes back to the committee (a deferral's
  ///   target): a period (`efter sommerferien`) means its first meeting in it, as a period
  ///   naming a meeting does for any work (`til mødet i maj`).
  func resolveDate(_ e: TemporalExpression?, committee: String, town: String, after date: Day, atMeeting: Bool = false)
    -> (Day?, DueBasis?)
  {
    guard let e else { return (nil, nil) }
    if e.kind == .nextMeeting {
      guard let (d, b) = nextMeeting(of: committee, town: town, after: date) else { return (nil, nil) }
      return (d, b)
    }
    // "Sagen udsættes til mødet i maj" where the committee meets on 12 May: that meeting.
    if e.kind == .period, atMeeting || e.mentionsMeeting, let start = e.start, let end = e.end,
      let (d, b) = nextMeeting(of: committee, town: town, after: max(date, start.adding(days: -1))), d <= end,
      b == .nextMeetingKnown || b == .nextMeetingMentioned
    {
      return (d, b)
    }
    // A length counts from the meeting: "udsættes 14 dage".
    let day = e.kind == .duration ? e.end : e.date
    return (day, day == nil ? nil : .written)
  }

  /// The date of an event an item names: by a word stem (`budgettemadag`) or by the words of
  /// a hint (an agenda's lead-in and the item's title) shared with a dated sentence.
  func eventDate(meetingIndex: Int, itemIndex: Int, stem: String?, hint: String?, after: Day)
    -> (Day, String)?
  {
    let item = meetings[meetingIndex].items[itemIndex]
    let reader = TemporalReader(reference: after)
    let hintWords = Set(Register.contentStems(hint ?? ""))
    var best: (score: Int, day: Day, text: String)?
    for section in item.sections where section.kind != .decision && section.kind != .attachments {
      for p in section.paragraphs {
        for s in SentenceSplitter.sentences(p.text) {
          let exprs = reader.expressions(in: s).filter {
            ($0.kind == .day || $0.kind == .datetime || $0.kind == .period) && ($0.start ?? after) > after
          }
          guard let e = exprs.first, let d = e.start else { continue }
          if let stem {
            if s.lowercased().contains(stem) { return (d, e.text) }
            continue
          }
          let score = Set(Register.contentStems(s)).intersection(hintWords).count
          if score > 0, best.map({ score > $0.score }) ?? true { best = (score, d, e.text) }
        }
      }
    }
    return best.map { ($0.day, $0.text) }
  }

  /// The day to come that a sentence before a unit in its paragraph announces an event on
  /// (`Der er generalforsamling den 23. marts kl 19.00 i Sognegården.`, `Mødet afholdes den ...`).
  func announcedDay(_ rec: DecisionRecord, before ui: Int) -> (Day, String)? {
    let reader = TemporalReader(reference: rec.date)
    let line = rec.units[ui].line
    var found: [(Day, String)] = []
    // The few sentences right before it: the search stays linear in the decision's length.
    for u in rec.units[max(0, ui - 6)..<ui] where u.line == line {
      let lower = u.text.lowercased()
      guard lower.hasPrefix("der er ") || lower.hasPrefix("der bliver ") || lower.hasPrefix("det bliver den ") || lower.contains(" afholdes ")
        || lower.contains(" holdes ")
      else { continue }
      for e in reader.expressions(in: u.text) where e.kind == .day || e.kind == .datetime {
        if let d = e.start, d > rec.date { found.append((d, e.text)) }
      }
    }
    guard let first = found.first, found.allSatisfy({ $0.0 == first.0 }) else { return nil }
    return first
  }

  /// Lower-cased five-letter stems of the longer words, for loose matching.
  static func contentStems(_ s: String) -> [String] {
    SentenceWords(s).words.filter { $0.count >= 5 && !$0.allSatisfy(\.isNumber) }.map {
      String($0.prefix(5))
    }
  }

  /// An action is settled when its case comes back at a later meeting that reports the work
  /// (a supplementary case text) or decides it, on or after the action's deadline or the
  /// deadline is the next meeting.
  mutating func settleActions() {
    var byKey: [String: CaseRecord] = [:]
    for c in cases { byKey[c.key] = c }
    for i in actions.indices {
      let a = actions[i]
      // A talk on an agenda is given at its event: once the day has come, it is settled.
      if a.kind == .presentation, let d = a.due {
        actions[i].settledOn = d
        continue
      }
      guard let key = a.caseKey, let c = byKey[key], !c.isStanding else { continue }
      for app in c.appearances where app.date > a.decisionDate {
        let decided = app.outcome.map { $0 != .postponed && $0 != .none } ?? false
        if app.hasSupplement || decided {
          actions[i].settledOn = app.date
          break
        }
      }
    }
  }

  /// Records what the secretariat should confirm about an action.
  mutating func noteReview(_ a: ActionItem) {
    for o in a.owners {
      if o.kind == .role {
        findings.append(
          Finding(
            .warning, code: "owner-unresolved",
            message: "'\(o.surface)' er en rolle, som ingen person kunne knyttes til: \(a.sentence)",
            location: a.location))
      } else if let how = o.resolvedBy, how == "only holder" {
        findings.append(
          Finding(
            .warning, code: "owner-role-guessed",
            message: "'\(o.surface)' læst som \(o.name), den eneste kendte med den rolle: \(a.sentence)",
            location: a.location))
      } else if o.resolvedBy == SingleName.atMeeting || o.resolvedBy == SingleName.onlyKnown {
        findings.append(
          Finding(
            .warning, code: "owner-name-guessed",
            message: "'\(o.surface)' læst som \(o.name), \(o.resolvedBy == SingleName.atMeeting ? "den eneste ved mødet med det navn" : "den eneste kendte med det navn"): \(a.sentence)",
            location: a.location))
      } else if o.resolvedBy == SingleName.unresolved {
        findings.append(
          Finding(
            .warning, code: "owner-name-unresolved",
            message: "'\(o.surface)' kunne ikke knyttes til én person: \(a.sentence)",
            location: a.location))
      }
    }
    if !a.responsible.isEmpty {
      let names = a.responsible.map(\.name).joined(separator: ", ")
      let surface = a.responsible.map(\.surface).joined(separator: ", ")
      findings.append(
        Finding(
          .warning, code: "responsible-inferred",
          message: "ingen nævnt; '\(surface)' (\(a.responsibleBasis == ResponsibleBasis.recommender ? "punktets indstiller" : "instansen, sagen går til")) læst som ansvarlig: \(names): \(a.sentence)",
          location: a.location))
    }
    if a.dueBasis == .nextMeetingGuessed, let d = a.due {
      findings.append(
        Finding(
          .warning, code: "next-meeting-guessed",
          message: "'\(a.dueText ?? "næste møde")' læst som \(d) ud fra udvalgets mødefrekvens: \(a.sentence)",
          location: a.location))
    }
  }
}
