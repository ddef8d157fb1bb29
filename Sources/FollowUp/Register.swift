import MinutesCore

/// The follow-up register of a corpus of minutes: cases across meetings, each decision's
/// outcome, deferrals, actions with owners and deadlines, and the people.
///
/// Building a register reads every meeting once, learns the committees' calendars and the
/// people from all of them, and then resolves each decision against that knowledge. Status
/// questions (`openPostponed(asOf:)`, `ActionItem.status(asOf:)`) are asked of the result.
public struct Register: Sendable {
  /// The meetings, in date order, slimmed to what follow-up needs (decisions, quotes, guests,
  /// dated sentences): a register of many years holds no full documents.
  public internal(set) var meetings: [Meeting] = []
  /// The committees and bodies.
  public internal(set) var committees = CommitteeDirectory()
  /// Known and projected meeting days.
  public internal(set) var calendar = MeetingCalendar()
  /// The people.
  public internal(set) var people = PeopleDirectory()
  /// Every decision read: the meetings' own and the quoted ones.
  public internal(set) var decisions: [DecisionRecord] = []
  /// The cases by key.
  public internal(set) var cases: [CaseRecord] = []
  /// The deferrals.
  public internal(set) var postponements: [Postponement] = []
  /// The actions.
  public internal(set) var actions: [ActionItem] = []
  /// Each deferral's state, for open postponements as of any day.
  public internal(set) var deferralStates: [DeferralState] = []
  /// What the engine was unsure of, for the review.
  public internal(set) var findings: [Finding] = []
  /// The municipality of each document, by its source (see `municipality(of:)`).
  var towns: [String: String] = [:]
  /// The municipality of every document not in `towns`: a store whose documents all come from
  /// one municipality keeps no directory of them.
  var onlyTown: String?

  /// Reads the meetings into a register.
  /// - Parameters:
  ///   - meetings: Meetings from any committees, in any order.
  ///   - peopleFile: The secretariat's people file, if any.
  public init(meetings: [Meeting], peopleFile: PeopleFile? = nil) {
    self.init(streaming: meetings.sorted(by: Register.inOrder), peopleFile: peopleFile)
  }

  /// Reads meetings one at a time, in date order, holding only what follow-up needs of each.
  /// - Parameters:
  ///   - meetings: Meetings in date order (then committee, then file name).
  ///   - peopleFile: The secretariat's people file, if any.
  public init(streaming meetings: some Sequence<Meeting>, peopleFile: PeopleFile? = nil) {
    var builder = RegisterBuilder(peopleFile: peopleFile)
    for m in meetings { builder.add(m) }
    self = builder.build()
  }

  /// An empty register, to be filled by a builder.
  init() {}

  /// The meetings held: minutes, not agendas (an agenda is evidence of a meeting to come).
  public var heldMeetings: [Meeting] { meetings.filter { $0.kind != .agenda } }

  /// Date, then committee, then file name.
  public static func inOrder(_ a: Meeting, _ b: Meeting) -> Bool {
    (a.date ?? Day(ordinal: 0), a.committee, a.source) < (b.date ?? Day(ordinal: 0), b.committee, b.source)
  }

  /// What follow-up needs of a meeting: decisions, quotes, guests, whether work was reported
  /// back, and the sentences with a date (for the events actions refer to).
  static func slim(_ m: Meeting) -> Meeting {
    var m = m
    let reader = TemporalReader(reference: m.date ?? Day(ordinal: 0))
    for i in m.items.indices {
      if m.items[i].recommendation?.recommender == nil, let writer = caseWriter(m.items[i]) {
        var r = m.items[i].recommendation ?? Recommendation()
        r.recommender = writer
        m.items[i].recommendation = r
      }
      // `Eventuelt` / `- [ ] KMJ sender referatet ud`, `**Opfølgning:** Søren undersøger sagen`: an
      // item without a decision whose open tasks or follow-up stand in its text has those for its
      // decision.
      let undecided = m.kind == .minutes && !m.items[i].hasDecision && !m.items[i].isClosed
      if undecided, let agreed = agreedWork(m.items[i]) {
        m.items[i].sections.append(agreed)
      }
      // "1. Godkendelse af dagsordenen" / "Godkendt": an item without a decision section whose
      // text right under the heading is a short outcome has that for its decision; a task
      // list's ticked boxes are work done before, no decision (its open ones are above).
      if undecided, let k = m.items[i].sections.firstIndex(where: { $0.kind == .body }) {
        var body = m.items[i].sections[k]
        body.paragraphs.removeAll { isTaskBox($0.text) }
        if !body.paragraphs.isEmpty,
          isShortOutcome(body)
            || (m.items[i].sections.allSatisfy { $0.kind == .body || $0.kind == .decision || isFollowUp($0) }
              && isMinutesNote(body, title: m.items[i].title, reference: m.date))
        {
          body.kind = .decision
          m.items[i].sections[k] = body
        }
      }
      // An item without a decision keeps the sentence that records it was sent on.
      let referral = m.kind == .minutes && !m.items[i].hasDecision ? recordedReferral(m.items[i]) : nil
      m.items[i].attachments = []
      m.items[i].sections = m.items[i].sections.compactMap { s in
        switch s.kind {
        case .decision: return s
        case .supplementaryCaseText:
          var presence = s
          presence.paragraphs = []
          return presence
        case .attachments: return nil
        default:
          let dated = s.paragraphs.filter { p in
            if let (_, line) = referral, p.line == line { return true }
            return p.text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
              && reader.expressions(in: p.text).contains { $0.kind == .day || $0.kind == .datetime || $0.kind == .period }
          }
          return dated.isEmpty ? nil : Section(kind: s.kind, heading: s.heading, paragraphs: dated, line: s.line)
        }
      }
    }
    return m
  }

  /// The work an item without a decision records outside any decision section: the open boxes of
  /// a task list (`- [ ] KMJ sender referatet ud senest 11.06.2031.`; a ticked box is work done)
  /// and the text under a follow-up label (`Opfølgning:`, `Opfølgningspunkter`).
  static func agreedWork(_ item: AgendaItem) -> Section? {
    var paragraphs: [Paragraph] = []
    for section in item.sections where section.kind == .body || section.kind == .other {
      let followUp = isFollowUp(section)
      for p in section.paragraphs where followUp || DanishBytes.hasPrefixASCII(p.text, "[ ] ") {
        paragraphs.append(p)
      }
    }
    guard let first = paragraphs.first else { return nil }
    return Section(kind: .decision, heading: "", paragraphs: paragraphs, line: first.line)
  }
  /// A section under a follow-up label (`Opfølgning:`, `OPFØLGNING`).
  static func isFollowUp(_ section: Section) -> Bool {
    section.kind == .other && followUpLabels.contains(section.heading.lowercased().trimming(" .:*"))
  }

  /// A task list's box, open or ticked (`[ ] KMJ sender referatet ud`, `[x] Referatet godkendes`).
  static func isTaskBox(_ text: String) -> Bool {
    DanishBytes.hasPrefixASCII(text, "[ ] ") || DanishBytes.hasPrefixASCII(text, "[x] ") || DanishBytes.hasPrefixASCII(text, "[X] ")
  }
  static let followUpLabels: Set<String> = ["opfølgning", "opfølgningspunkter", "aftalt opfølgning", "videre opfølgning"]

  /// Verbs of telling someone of the decision (`Direktøren orienterer borgeren`, `Formanden
  /// svarer Grønt Råd`, `Sekretariatet meddeler ansøger afgørelsen`): an errand beside the
  /// decision, not one of its own.
  static let tellingVerbs: Set<String> = ["orientere", "svare", "besvare", "meddele", "underrette", "informere"]

  /// `2) Meddelelser fra formanden` / `Ove orienterede om ...` / `Taget til efterretning.`, `5)
  /// Trafiksikkerhed` / `Udsat til næste møde den 11. april, da ...`, `7) Eventuelt` / `Ove
  /// undersøger, om ...`: the few short paragraphs right under the heading of minutes written
  /// without labels are what was decided, where one of them states an outcome or a deferral,
  /// or the item is any other business; only where the item has no sections of case text (an
  /// item of an agenda's sections whose decision is missing decided nothing).
  static func isMinutesNote(_ s: Section, title: String, reference: Day?) -> Bool {
    guard (1...4).contains(s.paragraphs.count), s.paragraphs.allSatisfy({ $0.text.utf8.count <= 400 }) else { return false }
    if OutcomeClassifier.isAnyOtherBusiness(title) { return true }
    let day = reference ?? Day(ordinal: 0)
    return s.paragraphs.contains { p in
      SentenceSplitter.sentences(p.text).contains { sentence in
        !OutcomeGrammar.read(sentence).acts.isEmpty
          || DeferralReader.read(sentence, ownCommittee: "", committees: CommitteeDirectory(), reference: day) != nil
      }
    }
  }

  /// A section of one or two short paragraphs, each an outcome (`Godkendt`, `Taget til
  /// efterretning.`).
  static func isShortOutcome(_ s: Section) -> Bool {
    (1...2).contains(s.paragraphs.count)
      && s.paragraphs.allSatisfy { $0.text.utf8.count <= 80 && !OutcomeGrammar.read($0.text).acts.isEmpty }
  }

  /// Who recommends the case when the reader found no recommender: a heading `INDSTILLING FRA
  /// MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ` (the unit that wrote the case, written in
  /// capitals: given its name's case back), or a sentence that opens with `X indstiller`
  /// (`Magistraten indstiller, at ...`, `Afdelingschef Niels Poulsen Riis indstiller, at`) or
  /// that leads a proposal (`Senior- og Socialforvaltningen foreslår,`).
  static func caseWriter(_ item: AgendaItem) -> String? {
    let lead = "indstilling fra "
    for section in item.sections where section.kind != .decision {
      for text in [section.heading] + section.paragraphs.prefix(40).map(\.text)
      where text.utf8.count < 400 && (DanishBytes.containsASCII(text, "ndstill") || text.contains(" foreslår")) {
        let lower = text.lowercased()
        if lower.hasPrefix(lead), text.utf8.count < 160 {
          let name = String(text.dropFirst(lead.count)).trimming(" .:")
          guard !name.isEmpty else { continue }
          guard name == name.uppercased() else { return name }
          let small: Set<String> = ["for", "og", "i", "af", "med", "til"]
          return name.lowercased().split(separator: " ").map { w in
            small.contains(String(w)) ? String(w) : w.prefix(1).uppercased() + w.dropFirst()
          }.joined(separator: " ")
        }
        // "Senior- og Socialforvaltningen foreslår, at ...": a proposal's lead names its writer.
        let proposal = text.range(of: " foreslår").flatMap { r -> Range<String.Index>? in
          let rest = String(text[r.upperBound...]).trimming(" ,:")
          return rest.isEmpty || rest.hasPrefix("at ") ? r : nil
        }
        if let r = text.range(of: " indstiller") ?? proposal {
          let who = String(text[..<r.lowerBound]).trimming(" ,")
          let words = who.split(separator: " ").count
          if words >= 1, words <= 8, who.first?.isUppercase == true, !who.contains(".") { return who }
        }
      }
    }
    return nil
  }

  // MARK: committees

  mutating func learnCommittees(_ m: Meeting) {
    if !m.committee.isEmpty { committees.add(m.committee, isHeader: true) }
    for item in m.items {
      for q in item.priorDecisions where !q.body.isEmpty { committees.add(q.body, isHeader: false) }
    }
  }

  /// The directory key of a committee name.
  func committeeKey(_ name: String) -> String {
    CommitteeDirectory.key(committees.canonical(name))
  }

  // MARK: decisions

  mutating func readDecisions() {
    for (mi, m) in meetings.enumerated() {
      guard let date = m.date else { continue }
      let committee = committees.canonical(m.committee)
      for (ii, item) in m.items.enumerated() {
        let hasSupplement = !item.sections(.supplementaryCaseText).isEmpty
        for (qi, q) in item.priorDecisions.enumerated() {
          guard let qd = q.date else { continue }
          var rec = DecisionRecord(
            committee: committees.canonical(q.body.isEmpty ? m.committee : q.body), date: qd,
            itemNumber: q.itemNumber, caseNumber: item.caseNumber, title: item.title,
            source: q.form == .history ? .history : .priorDecision, meetingIndex: mi, itemIndex: ii,
            quoteIndex: qi, units: DecisionUnit.units(q.paragraphs), isClosed: item.isClosed,
            hasSupplement: false, line: q.line)
          analyze(&rec)
          decisions.append(rec)
        }
        // "Sagen er genoptaget fra mødet den 30. oktober 2017": the case was deferred at an
        // earlier meeting of the committee, told in the case text; what that meeting decided.
        if m.kind == .minutes, !item.isClosed {
          for (sentence, earlier, line) in Register.resumedFrom(item, before: date)
          where !item.priorDecisions.contains(where: { $0.date == earlier }) {
            var rec = DecisionRecord(
              committee: committee, date: earlier, itemNumber: nil, caseNumber: item.caseNumber, title: item.title,
              source: .caseText, meetingIndex: mi, itemIndex: ii, quoteIndex: nil,
              units: [DecisionUnit(text: sentence, isBullet: false, leadIn: nil, line: line)], isClosed: false,
              hasSupplement: false, line: line)
            rec.deferrals = [
              Deferral(sentence: sentence, target: nil, otherItem: nil, otherTitle: nil, isOnlyDeferral: true, purposeDoer: nil)
            ]
            rec.outcome = .postponed
            decisions.append(rec)
          }
        }
        let own = Register.ownDecisionSections(item, date: date)
        var units = DecisionUnit.units(own.flatMap(\.paragraphs))
        var line = own.first?.line ?? item.line
        if units.isEmpty, m.kind == .minutes, !item.isClosed, let (text, l) = Register.recordedReferral(item) {
          units = [DecisionUnit(text: text, isBullet: false, leadIn: nil, line: l)]
          line = l
        }
        var rec = DecisionRecord(
          committee: committee, date: date, itemNumber: item.number, caseNumber: item.caseNumber,
          title: item.title, source: .decision, meetingIndex: mi, itemIndex: ii, quoteIndex: nil,
          units: units, isClosed: item.isClosed, hasSupplement: hasSupplement, line: line)
        if m.kind == .agenda { rec.units = [] }
        rec.requested = item.recommendation.flatMap { OutcomeClassifier.requested(by: $0.points) }
        analyze(&rec)
        // A closed item's decision is not read; its formula alone (`Godkendt.`) tells the outcome.
        if item.isClosed, let formula = item.closedFormula {
          rec.outcome = OutcomeClassifier.classify(sentences: [formula], deferred: false, actions: [])
        }
        decisions.append(rec)
      }
    }
  }

  /// Sentences of an item's case text that tell it was deferred at an earlier meeting, with that
  /// meeting's day and the sentence's line (`Sagen er genoptaget fra mødet den 30. oktober 2017`,
  /// `Punktet blev udsat på mødet den 12. marts`, `udsat fra møde nr. 4, den 23. marts 2023`).
  static func resumedFrom(_ item: AgendaItem, before date: Day) -> [(String, Day, Int)] {
    let told: Set<Section.Kind> = [.body, .caseText, .supplementaryCaseText, .resume, .other]
    var out: [(String, Day, Int)] = []
    // "5. Præsentation af rammesætning – udsat fra møde nr. 4, den 23. marts 2023": the title says so.
    if DeferralReader.mayTellResumption(item.title), let earlier = DeferralReader.resumedFrom(item.title, before: date) {
      out.append((item.title, earlier, item.line))
    }
    for section in item.sections where told.contains(section.kind) {
      // Read only where a deferring word stands (most case text has none).
      for p in section.paragraphs where p.text.utf8.count <= 4_000 && DeferralReader.mayTellResumption(p.text) {
        for sentence in SentenceSplitter.sentences(p.text) {
          if let earlier = DeferralReader.resumedFrom(sentence, before: date), !out.contains(where: { $0.1 == earlier }) {
            out.append((sentence, earlier, p.line))
          }
        }
      }
    }
    return out
  }

  /// The item's own decision sections: a section whose heading dates it before the meeting
  /// (`Direktionen, 6. januar 2020, pkt. 2:`) quotes an earlier body's decision, whose outcome
  /// is not the item's; an item whose own decision is not in the text decided nothing here.
  static func ownDecisionSections(_ item: AgendaItem, date: Day) -> [Section] {
    let reader = TemporalReader(reference: date)
    return item.sections(.decision).filter { s in
      guard s.heading.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return true }
      return !reader.expressions(in: s.heading).contains { e in
        (e.kind == .day || e.kind == .datetime) && (e.date.map { $0 < date } ?? false)
      }
    }
  }

  /// An item of minutes without a decision that records it was sent on (`Beslutningsforslaget
  /// blev oversendt til Magistraten` under `Sagsfremstilling`): that sentence is its decision.
  static func recordedReferral(_ item: AgendaItem) -> (String, Int)? {
    for section in item.sections where section.kind != .attachments && section.kind != .history {
      for p in section.paragraphs.prefix(3) {
        for s in SentenceSplitter.sentences(p.text) where ReferralGrammar.isRecordedReferral(s) {
          return (s, p.line)
        }
      }
    }
    return nil
  }

  /// Reads deferrals, actions and the outcome of one decision.
  func analyze(_ rec: inout DecisionRecord) {
    // A closed item's text is confidential: it is not read.
    guard !rec.isClosed else {
      rec.outcome = .none
      return
    }
    let ownCommittee = rec.committee
    for (ui, unit) in rec.units.enumerated() {
      if var d = DeferralReader.read(
        unit.text, ownCommittee: ownCommittee, committees: committees, reference: rec.date, title: rec.title)
      {
        d.unit = ui
        // "Sag nr. 7 udsættes" in item 7's own decision is the item itself.
        if d.otherItem != nil, d.otherItem == rec.itemNumber { d.otherItem = nil }
        // "Sagen tilbagesendes til forvaltningen. Forvaltningen udarbejder et nyt forslag til
        // mødet den 3. november.": the next sentence says when the case comes back.
        if d.target == nil, d.otherItem == nil, ui + 1 < rec.units.count {
          d.target = DeferralReader.meetingTarget(inNext: rec.units[ui + 1].text, reference: rec.date)
        }
        // "Pkt. 1 godkendt, pkt. 2 udsat til næste møde" under a substantive item: the points of
        // its own recommendation (`Indstillingens pkt. 1 godkendt`), not the agenda's items.
        if d.otherItem != nil, !OutcomeClassifier.isAgendaTitle(rec.title.lowercased()),
          rec.units.contains(where: { Register.namesOwnPoint($0.text) })
        {
          d.otherItem = nil
        }
        // "Eventuelt" / "... - det tages op på næste møde": a remark of any other business to be
        // taken up later puts off no case of this meeting (the work in the sentence stays).
        if d.otherItem != nil || !OutcomeClassifier.isAnyOtherBusiness(rec.title) { rec.deferrals.append(d) }
        if let doer = d.purposeDoer, d.otherItem == nil {
          // "udsætte ... med henblik på forvaltningens besvarelse": the doer's work, due when
          // the case comes back.
          rec.candidates.append(
            (
              ui,
              ActionCandidate(
                sentence: unit.text, kind: .task, ownerPhrase: doer, presenters: [], due: nil,
                eventStem: nil, referralBody: nil, verb: "udsætte", isHandling: false,
                isDeferralPurpose: true)
            ))
          continue
        }
        if d.isOnlyDeferral { continue }
      }
      if unit.isBullet, let p = ActionReader.presentation(unit.text), unit.leadIn != nil {
        rec.candidates.append(
          (
            ui,
            ActionCandidate(
              sentence: unit.text, kind: .presentation, ownerPhrase: nil, presenters: p.presenters,
              due: nil, eventStem: nil, referralBody: nil, verb: "præsentere", isHandling: false)
          ))
        continue
      }
      // "Udvalget ønsker:" / "Oversigt over klimatiltag": each thing the committee asks for.
      if unit.isBullet, let lead = unit.leadIn?.lowercased(),
        ["ønsker:", "ønskede:", "ønskes:", "efterspørger:", "beder om:", "ønsker følgende:"].contains(where: { lead.hasSuffix($0) }),
        ActionReader.read(unit.text, reference: rec.date, title: rec.title) == nil
      {
        rec.candidates.append(
          (
            ui,
            ActionCandidate(
              sentence: unit.text, kind: .task, ownerPhrase: nil, presenters: [], due: nil, eventStem: nil,
              referralBody: nil, verb: "ønske", isHandling: false)
          ))
        continue
      }
      if var c = ActionReader.read(unit.text, reference: rec.date, title: rec.title) {
        // A case history's hand-overs are the route the case took, not work still to do.
        if rec.source == .history, c.kind == .referral { continue }
        // "Udvalget skal behandle sagen" in the committee's own minutes keeps the case.
        // "Projektbeskrivelse fremsendes til Direktionen" in Direktionen's minutes: a paper sent
        // to the committee itself is an errand of whoever writes it.
        if c.kind == .referral, c.recipients.count == 1, let only = c.recipients.first,
          committees.same(only.name, ownCommittee)
        {
          c.kind = .task
          c.ownerPhrase = ReferralGrammar.sendingStems.contains(c.verb) ? nil : only.surface
          c.recipients = []
        }
        rec.candidates.append((ui, c))
      }
    }
    // "Sagen blev udsat med henblik på ... Sagen genoptages på mødet i februar": of the item's
    // own deferrals, the one that says when the case comes back goes first.
    if let k = rec.deferrals.firstIndex(where: { $0.otherItem == nil && $0.target != nil }),
      let first = rec.deferrals.firstIndex(where: { $0.otherItem == nil }), first < k, rec.deferrals[first].target == nil
    {
      let d = rec.deferrals.remove(at: k)
      rec.deferrals.insert(d, at: first)
    }
    readBoardNotes(&rec)
    // "... tilvejebringe et overblik. Dette fremlægges for ØU d. 20/2.": the next sentence of
    // the same paragraph says when the work comes back; one action, due then.
    var k = 0
    while k < rec.candidates.count {
      let (ui, c) = rec.candidates[k]
      k += 1
      // "Carl indhenter tilbud. Frist: 15. april.": a deadline's label and day alone, in the
      // same paragraph or on the line under it.
      guard c.due == nil, c.kind == .task, c.ownerPhrase != nil, ui + 1 < rec.units.count else { continue }
      let next = rec.units[ui + 1]
      let sameLine = next.line == rec.units[ui].line
      guard sameLine || next.line == rec.units[ui].line + 1,
        let due = (sameLine ? ActionReader.comesBackOn(next.text, reference: rec.date) : nil)
          ?? ActionReader.deadlineAlone(next.text, reference: rec.date)
      else { continue }
      rec.candidates[k - 1].1.due = due
      rec.candidates.removeAll { $0.0 == ui + 1 && $0.1.ownerPhrase == nil && $0.1.presenters.isEmpty }
    }
    let signals = rec.candidates.map { _, c in
      ActionSignal(
        isReferral: c.kind == .referral
          || (c.isHandling && c.ownerPhrase.map { !committees.same($0, ownCommittee) && BodyWords.looksLikeBody($0) } == true),
        hasOwner: c.ownerPhrase != nil || !c.presenters.isEmpty, hasDue: c.due != nil || c.eventStem != nil,
        isStructured: c.kind == .presentation || c.kind == .milestone,
        isOwnWork: c.kind == .task && c.ownerPhrase.map { committees.same($0, ownCommittee) } == true,
        isTelling: c.kind == .task && Register.tellingVerbs.contains(c.verb))
    }
    rec.outcome = outcome(of: rec, signals: signals)
    // A decision that only records a discussion lays down no unnamed work: its passive
    // sentences describe. A noted briefing may lay some down (`Orientering fra X medtages som
    // fast punkt`); what only tells (practices, events) the grammar leaves out.
    if rec.outcome == .discussed {
      rec.candidates.removeAll { _, c in
        c.ownerPhrase == nil && c.due == nil && c.kind == .task && c.presenters.isEmpty && !c.isDecided
      }
    }
  }
}

extension Register {
  /// The outcome of a decision from its sentences, deferrals and actions; a decision in parts
  /// for several cases (`Sag nr. 265 ...:`) is read part by part.
  func outcome(of rec: DecisionRecord, signals: [ActionSignal]) -> Outcome {
    func classify(_ range: Range<Int>) -> Outcome {
      let units = range.filter { !OutcomeClassifier.isPartLead(rec.units[$0].text) }
      return OutcomeClassifier.classify(
        sentences: units.map { rec.units[$0].text },
        deferred: rec.deferrals.contains { $0.otherItem == nil && range.contains($0.unit) },
        actions: rec.candidates.indices.filter { range.contains(rec.candidates[$0].0) }.map { signals[$0] },
        title: rec.title, requested: rec.requested,
        announcements: Set(units.map { rec.units[$0].text }.filter { ActionReader.announcesEvent($0, reference: rec.date) }))
    }
    let leads = rec.units.indices.filter { OutcomeClassifier.isPartLead(rec.units[$0].text) }
    guard leads.count >= 2 else { return classify(0..<rec.units.count) }
    var parts = [classify(0..<leads[0])]
    for (k, start) in leads.enumerated() {
      parts.append(classify(start..<(k + 1 < leads.count ? leads[k + 1] : rec.units.count)))
    }
    return OutcomeClassifier.combine(parts)
  }
}

extension Register {
  /// Whether a sentence of a decision names the first point of the item's own recommendation
  /// (`Pkt. 1 godkendt`, `Indstillingens pkt. 1 godkendt`, `Punkt 1: Godkendt`, `ad 1)`): a
  /// decision in parts, so its other numbers are points too.
  static func namesOwnPoint(_ text: String) -> Bool {
    let w = SentenceWords(text).words
    if w.contains(where: { $0 == "indstillingens" || $0 == "indstillingspunkt" }) { return true }
    for k in w.indices.dropLast() where ["pkt", "punkt"].contains(w[k]) && w[k + 1] == "1" { return true }
    return false
  }
}
