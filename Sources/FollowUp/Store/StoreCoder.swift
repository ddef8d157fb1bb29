import Foundation
import MinutesCore

/// How the store keeps a document's reading and what it links to: each value's fields written
/// in a fixed order as bytes (`ByteWriter`), and read back the same way. A value that does not
/// read back is reported as a damaged row.
///
/// Every field of a type is written: a round trip gives the value back equal
/// (`StoreCoderTests`), so that a field a type gains and this coder does not know fails there.
struct StoreCoder {
  // MARK: entry points

  func encode(_ r: DocumentReading) -> [UInt8] {
    var w = ByteWriter()
    w.int(StoreCoder.version)
    Self.meeting(&w, r.meeting)
    w.string(r.town)
    w.array(r.committees) { w, c in
      w.string(c.name)
      w.bool(c.isHeader)
    }
    w.array(r.calendar) { w, e in
      w.string(e.body)
      w.int(e.day.ordinal)
      w.name(e.basis)
      w.string(e.source)
    }
    w.array(r.decisions, Self.decision)
    w.array(r.lookups.canonical.sorted { $0.key < $1.key }) { w, p in
      w.string(p.key)
      w.string(p.value)
    }
    w.array(r.lookups.headers.sorted { $0.key < $1.key }) { w, p in
      w.string(p.key)
      w.bool(p.value)
    }
    w.bool(r.isRead)
    return w.bytes
  }

  /// A reading (without the people it names, which the store keeps apart).
  func reading(_ bytes: [UInt8]) throws -> DocumentReading {
    var r = ByteReader(bytes)
    guard try r.int() == StoreCoder.version else { throw ByteReader.Damaged() }
    let meeting = try Self.meeting(&r)
    var reading = DocumentReading(meeting: meeting, town: try r.string())
    reading.committees = try r.array { r in DocumentReading.CommitteeMention(name: try r.string(), isHeader: try r.bool()) }
    reading.calendar = try r.array { r in
      CalendarEvidence(body: try r.string(), day: Day(ordinal: try r.int()), basis: try r.name(MeetingBasis.self), source: try r.string())
    }
    reading.decisions = try r.array(Self.decision)
    var answers = CommitteeLookups.Answers()
    for (k, v) in try r.array({ r in (try r.string(), try r.string()) }) { answers.canonical[k] = v }
    for (k, v) in try r.array({ r in (try r.string(), try r.bool()) }) { answers.headers[k] = v }
    reading.lookups = answers
    reading.isRead = try r.bool()
    guard r.isAtEnd else { throw ByteReader.Damaged() }
    return reading
  }

  func encode(_ facts: [PeopleFact]) -> [UInt8] {
    var w = ByteWriter()
    w.array(facts) { w, f in
      switch f {
      case .person(let name, let role, let e):
        w.int(0)
        w.string(name)
        w.optional(role) { $0.string($1) }
        w.string(e.source)
        w.int(e.line)
        w.day(e.date)
        w.string(e.how)
      case .organization(let name, let external):
        w.int(1)
        w.string(name)
        w.bool(external)
      }
    }
    return w.bytes
  }

  func facts(_ bytes: [UInt8]) throws -> [PeopleFact] {
    var r = ByteReader(bytes)
    return try r.array { r in
      switch try r.int() {
      case 0:
        let name = try r.string()
        let role = try r.optional { try $0.string() }
        return .person(
          name: name, role: role,
          evidence: Evidence(source: try r.string(), line: try r.int(), date: try r.day(), how: try r.string()))
      case 1: return .organization(name: try r.string(), external: try r.bool())
      default: throw ByteReader.Damaged()
      }
    }
  }

  func encode(_ a: ActionItem) -> [UInt8] {
    var w = ByteWriter()
    Self.action(&w, a)
    return w.bytes
  }

  func action(_ bytes: [UInt8]) throws -> ActionItem {
    var r = ByteReader(bytes)
    return try Self.action(&r)
  }

  func encode(_ p: Postponement) -> [UInt8] {
    var w = ByteWriter()
    Self.postponement(&w, p)
    return w.bytes
  }

  func postponement(_ bytes: [UInt8]) throws -> Postponement {
    var r = ByteReader(bytes)
    return try Self.postponement(&r)
  }

  func encode(_ t: CaseAppearance) -> [UInt8] {
    var w = ByteWriter()
    w.string(t.caseKey)
    w.string(t.caseNumber)
    w.string(t.town)
    let a = t.appearance
    w.string(a.committee)
    w.int(a.date.ordinal)
    w.optional(a.item) { $0.int($1) }
    w.optional(a.title) { $0.string($1) }
    w.optional(a.outcome) { $0.name($1) }
    w.bool(a.isQuoted)
    w.bool(a.hasSupplement)
    w.bool(a.isClosed)
    w.optional(a.location, Self.location)
    w.bool(a.isAgenda)
    return w.bytes
  }

  func appearance(_ bytes: [UInt8]) throws -> CaseAppearance {
    var r = ByteReader(bytes)
    let (key, number, town) = (try r.string(), try r.string(), try r.string())
    let a = Appearance(
      committee: try r.string(), date: Day(ordinal: try r.int()), item: try r.optional { try $0.int() },
      title: try r.optional { try $0.string() }, outcome: try r.optional { try $0.name(Outcome.self) },
      isQuoted: try r.bool(), hasSupplement: try r.bool(), isClosed: try r.bool(), location: try r.optional(Self.location),
      isAgenda: try r.bool())
    return CaseAppearance(caseKey: key, caseNumber: number, town: town, appearance: a)
  }

  /// A value from a column of bytes.
  /// - Throws: `DamagedValue` when the bytes are not the value.
  func decode<T>(_ row: StoreRow, _ column: String, _ read: ([UInt8]) throws -> T) throws -> T {
    do {
      return try read(row.blob(column))
    } catch {
      throw DamagedValue(detail: "ulæselig værdi i \(column)")
    }
  }

  /// The layout of the bytes; a store whose readings another layout wrote reads them again
  /// (`Store.rereadIfStale`). 2: a meeting's roles and announced next meeting; 3: a closed
  /// item's decision formula.
  static let version = 3

  // MARK: the meeting

  static func meeting(_ w: inout ByteWriter, _ m: Meeting) {
    w.string(m.source)
    w.name(m.kind)
    w.string(m.committee)
    w.day(m.date)
    w.optional(m.startTime, time)
    w.optional(m.endTime, time)
    w.optional(m.location) { $0.string($1) }
    w.array(m.attendees) { $0.string($1) }
    w.array(m.absentees) { $0.string($1) }
    w.array(m.items, item)
    w.array(m.findings, finding)
    w.array(m.layout) { w, n in
      w.string(n.part)
      w.string(n.form)
      w.int(n.line)
    }
    w.array(m.roles.sorted { $0.key < $1.key }) { w, p in
      w.string(p.key)
      w.string(p.value)
    }
    w.day(m.nextMeeting)
  }

  static func meeting(_ r: inout ByteReader) throws -> Meeting {
    var m = Meeting(source: try r.string(), kind: try r.name(Meeting.DocumentKind.self))
    m.committee = try r.string()
    m.date = try r.day()
    m.startTime = try r.optional(time)
    m.endTime = try r.optional(time)
    m.location = try r.optional { try $0.string() }
    m.attendees = try r.array { try $0.string() }
    m.absentees = try r.array { try $0.string() }
    m.items = try r.array(item)
    m.findings = try r.array(finding)
    m.layout = try r.array { r in LayoutNote(part: try r.string(), form: try r.string(), line: try r.int()) }
    for (name, role) in try r.array({ r in (try r.string(), try r.string()) }) { m.roles[name] = role }
    m.nextMeeting = try r.day()
    return m
  }

  static func time(_ w: inout ByteWriter, _ t: ClockTime) {
    w.int(t.hour)
    w.int(t.minute)
  }

  static func time(_ r: inout ByteReader) throws -> ClockTime {
    guard let t = ClockTime(hour: try r.int(), minute: try r.int()) else { throw ByteReader.Damaged() }
    return t
  }

  static func caseNumber(_ w: inout ByteWriter, _ c: CaseNumber) {
    w.bool(c.journalNumber != nil)
    w.string(c.text)
  }

  static func caseNumber(_ r: inout ByteReader) throws -> CaseNumber {
    let isJournal = try r.bool()
    let text = try r.string()
    guard isJournal else { return .opaque(text) }
    guard let j = JournalNumber(text) else { throw ByteReader.Damaged() }
    return .journal(j)
  }

  static func item(_ w: inout ByteWriter, _ it: AgendaItem) {
    w.int(it.number)
    w.string(it.title)
    w.bool(it.isClosed)
    w.optional(it.caseNumber, caseNumber)
    w.array(it.sections) { w, s in
      w.name(s.kind)
      w.string(s.heading)
      w.array(s.paragraphs, paragraph)
      w.int(s.line)
    }
    w.optional(it.recommendation) { w, r in
      w.optional(r.recommender) { $0.string($1) }
      w.array(r.points) { $0.string($1) }
    }
    w.array(it.priorDecisions) { w, q in
      w.string(q.body)
      w.day(q.date)
      w.day(q.writtenDate)
      w.optional(q.itemNumber) { $0.int($1) }
      w.array(q.paragraphs, paragraph)
      w.int(q.line)
      w.name(q.form)
    }
    w.array(it.participants) { w, p in
      w.string(p.name)
      w.optional(p.role) { $0.string($1) }
      w.optional(p.organization) { $0.string($1) }
      w.optional(p.time, time)
      w.int(p.line)
    }
    w.array(it.attachments) { $0.string($1) }
    w.array(it.absentees) { $0.string($1) }
    w.bool(it.isRedacted)
    w.optional(it.closedFormula) { $0.string($1) }
    w.int(it.line)
    w.int(it.lastLine)
  }

  static func item(_ r: inout ByteReader) throws -> AgendaItem {
    var it = AgendaItem(number: try r.int(), title: try r.string(), isClosed: try r.bool(), caseNumber: try r.optional(caseNumber))
    it.sections = try r.array { r in
      Section(kind: try r.name(Section.Kind.self), heading: try r.string(), paragraphs: try r.array(paragraph), line: try r.int())
    }
    it.recommendation = try r.optional { r in
      Recommendation(recommender: try r.optional { try $0.string() }, points: try r.array { try $0.string() })
    }
    it.priorDecisions = try r.array { r in
      QuotedDecision(
        body: try r.string(), date: try r.day(), writtenDate: try r.day(), itemNumber: try r.optional { try $0.int() },
        paragraphs: try r.array(paragraph), line: try r.int(), form: try r.name(QuotedDecision.Form.self))
    }
    it.participants = try r.array { r in
      Participant(
        name: try r.string(), role: try r.optional { try $0.string() }, organization: try r.optional { try $0.string() },
        time: try r.optional(time), line: try r.int())
    }
    it.attachments = try r.array { try $0.string() }
    it.absentees = try r.array { try $0.string() }
    it.isRedacted = try r.bool()
    it.closedFormula = try r.optional { try $0.string() }
    it.line = try r.int()
    it.lastLine = try r.int()
    return it
  }

  static func paragraph(_ w: inout ByteWriter, _ p: Paragraph) {
    w.string(p.text)
    w.name(p.style)
    w.int(p.depth)
    w.int(p.line)
  }

  static func paragraph(_ r: inout ByteReader) throws -> Paragraph {
    Paragraph(text: try r.string(), style: try r.name(Paragraph.Style.self), depth: try r.int(), line: try r.int())
  }

  static func location(_ w: inout ByteWriter, _ l: SourceLocation) {
    w.string(l.file)
    w.int(l.line)
  }

  static func location(_ r: inout ByteReader) throws -> SourceLocation {
    SourceLocation(file: try r.string(), line: try r.int())
  }

  static func finding(_ w: inout ByteWriter, _ f: Finding) {
    w.name(f.severity)
    w.string(f.code)
    w.string(f.message)
    location(&w, f.location)
  }

  static func finding(_ r: inout ByteReader) throws -> Finding {
    Finding(try r.name(Finding.Severity.self), code: try r.string(), message: try r.string(), location: try location(&r))
  }

  // MARK: decisions

  static func decision(_ w: inout ByteWriter, _ d: DecisionRecord) {
    w.string(d.committee)
    w.int(d.date.ordinal)
    w.optional(d.itemNumber) { $0.int($1) }
    w.optional(d.caseNumber, caseNumber)
    w.string(d.title)
    w.name(d.outcome)
    w.name(d.source)
    w.int(d.itemIndex)
    w.optional(d.quoteIndex) { $0.int($1) }
    w.array(d.units) { w, u in
      w.string(u.text)
      w.bool(u.isBullet)
      w.optional(u.leadIn) { $0.string($1) }
      w.int(u.line)
    }
    w.bool(d.isClosed)
    w.bool(d.hasSupplement)
    w.int(d.line)
    w.array(d.deferrals) { w, x in
      w.string(x.sentence)
      w.optional(x.target, expression)
      w.optional(x.otherItem) { $0.int($1) }
      w.optional(x.otherTitle) { $0.string($1) }
      w.bool(x.isOnlyDeferral)
      w.optional(x.purposeDoer) { $0.string($1) }
      w.int(x.unit)
    }
    w.array(d.candidates) { w, pair in
      let (unit, c) = pair
      w.int(unit)
      w.string(c.sentence)
      w.name(c.kind)
      w.optional(c.ownerPhrase) { $0.string($1) }
      w.array(c.presenters) { $0.string($1) }
      w.optional(c.due, expression)
      w.optional(c.eventStem) { $0.string($1) }
      w.optional(c.referralBody) { $0.string($1) }
      w.array(c.recipients) { w, r in
        w.string(r.surface)
        w.string(r.name)
      }
      w.string(c.verb)
      w.bool(c.isHandling)
      w.bool(c.isDeferralPurpose)
      w.bool(c.isDecided)
    }
  }

  static func decision(_ r: inout ByteReader) throws -> DecisionRecord {
    var d = DecisionRecord(
      committee: try r.string(), date: Day(ordinal: try r.int()), itemNumber: try r.optional { try $0.int() },
      caseNumber: try r.optional(caseNumber), title: try r.string(), source: .decision, meetingIndex: 0, itemIndex: 0,
      quoteIndex: nil, units: [], isClosed: false, hasSupplement: false, line: 0)
    d.outcome = try r.name(Outcome.self)
    d.source = try r.name(DecisionRecord.Source.self)
    d.itemIndex = try r.int()
    d.quoteIndex = try r.optional { try $0.int() }
    d.units = try r.array { r in
      DecisionUnit(text: try r.string(), isBullet: try r.bool(), leadIn: try r.optional { try $0.string() }, line: try r.int())
    }
    d.isClosed = try r.bool()
    d.hasSupplement = try r.bool()
    d.line = try r.int()
    d.deferrals = try r.array { r in
      Deferral(
        sentence: try r.string(), target: try r.optional(expression), otherItem: try r.optional { try $0.int() },
        otherTitle: try r.optional { try $0.string() }, isOnlyDeferral: try r.bool(),
        purposeDoer: try r.optional { try $0.string() }, unit: try r.int())
    }
    d.candidates = try r.array { r in
      let unit = try r.int()
      var c = ActionCandidate(
        sentence: try r.string(), kind: try r.name(ActionKind.self), ownerPhrase: try r.optional { try $0.string() },
        presenters: try r.array { try $0.string() }, due: try r.optional(expression),
        eventStem: try r.optional { try $0.string() }, referralBody: try r.optional { try $0.string() }, verb: "",
        isHandling: false)
      c.recipients = try r.array { r in ReferralGrammar.Recipient(surface: try r.string(), name: try r.string()) }
      c.verb = try r.string()
      c.isHandling = try r.bool()
      c.isDeferralPurpose = try r.bool()
      c.isDecided = try r.bool()
      return (unit, c)
    }
    return d
  }

  static func expression(_ w: inout ByteWriter, _ e: TemporalExpression) {
    w.name(e.kind)
    w.name(e.granularity)
    w.int(e.utf8Range.lowerBound)
    w.int(e.utf8Range.upperBound)
    w.string(e.text)
    w.day(e.start)
    w.day(e.end)
    w.optional(e.time, time)
    w.optional(e.endTime, time)
    w.bool(e.isYearInferred)
    w.bool(e.mentionsMeeting)
    w.bool(e.isRelative)
  }

  static func expression(_ r: inout ByteReader) throws -> TemporalExpression {
    let kind = try r.name(TemporalExpression.Kind.self)
    let granularity = try r.name(TemporalExpression.Granularity.self)
    let (lower, upper) = (try r.int(), try r.int())
    guard lower <= upper else { throw ByteReader.Damaged() }
    var e = TemporalExpression(kind: kind, granularity: granularity, utf8Range: lower..<upper, text: try r.string())
    e.start = try r.day()
    e.end = try r.day()
    e.time = try r.optional(time)
    e.endTime = try r.optional(time)
    e.isYearInferred = try r.bool()
    e.mentionsMeeting = try r.bool()
    e.isRelative = try r.bool()
    return e
  }

  // MARK: linked values

  static func owner(_ w: inout ByteWriter, _ o: Owner) {
    w.string(o.name)
    w.name(o.kind)
    w.string(o.surface)
    w.optional(o.resolvedBy) { $0.string($1) }
  }

  static func owner(_ r: inout ByteReader) throws -> Owner {
    Owner(name: try r.string(), kind: try r.name(Owner.Kind.self), surface: try r.string(), resolvedBy: try r.optional { try $0.string() })
  }

  static func quoting(_ w: inout ByteWriter, _ q: QuotingMinutes) {
    w.string(q.committee)
    w.int(q.date.ordinal)
    w.int(q.item)
    w.string(q.source)
  }

  static func quoting(_ r: inout ByteReader) throws -> QuotingMinutes {
    QuotingMinutes(committee: try r.string(), date: Day(ordinal: try r.int()), item: try r.int(), source: try r.string())
  }

  static func action(_ w: inout ByteWriter, _ a: ActionItem) {
    w.string(a.id)
    w.string(a.committee)
    w.int(a.meetingDate.ordinal)
    w.int(a.item)
    w.name(a.source)
    w.int(a.decisionDate.ordinal)
    w.string(a.sentence)
    w.array(a.owners, owner)
    w.day(a.due)
    w.optional(a.dueText) { $0.string($1) }
    w.optional(a.dueBasis) { $0.name($1) }
    w.name(a.kind)
    w.optional(a.caseKey) { $0.string($1) }
    w.optional(a.caseNumber) { $0.string($1) }
    w.string(a.title)
    w.bool(a.isClosed)
    location(&w, a.location)
    w.day(a.settledOn)
    w.array(a.responsible, owner)
    w.optional(a.responsibleBasis) { $0.string($1) }
    w.optional(a.decisionItem) { $0.int($1) }
    w.optional(a.quotedIn, quoting)
  }

  static func action(_ r: inout ByteReader) throws -> ActionItem {
    ActionItem(
      id: try r.string(), committee: try r.string(), meetingDate: Day(ordinal: try r.int()), item: try r.int(),
      source: try r.name(ActionSource.self), decisionDate: Day(ordinal: try r.int()), sentence: try r.string(),
      owners: try r.array(owner), due: try r.day(), dueText: try r.optional { try $0.string() },
      dueBasis: try r.optional { try $0.name(DueBasis.self) }, kind: try r.name(ActionKind.self),
      caseKey: try r.optional { try $0.string() }, caseNumber: try r.optional { try $0.string() }, title: try r.string(),
      isClosed: try r.bool(), location: try location(&r), settledOn: try r.day(), responsible: try r.array(owner),
      responsibleBasis: try r.optional { try $0.string() }, decisionItem: try r.optional { try $0.int() },
      quotedIn: try r.optional(quoting))
  }

  static func postponement(_ w: inout ByteWriter, _ p: Postponement) {
    w.string(p.caseKey)
    w.string(p.caseNumber)
    w.string(p.committee)
    w.int(p.meetingDate.ordinal)
    w.optional(p.item) { $0.int($1) }
    w.day(p.target)
    w.optional(p.targetText) { $0.string($1) }
    w.optional(p.targetBasis) { $0.name($1) }
    w.string(p.phrase)
    w.name(p.source)
    w.string(p.title)
    location(&w, p.location)
    w.bool(p.isClosed)
    w.optional(p.quotedIn, quoting)
    w.bool(p.isUnseenItem)
  }

  static func postponement(_ r: inout ByteReader) throws -> Postponement {
    Postponement(
      caseKey: try r.string(), caseNumber: try r.string(), committee: try r.string(), meetingDate: Day(ordinal: try r.int()),
      item: try r.optional { try $0.int() }, target: try r.day(), targetText: try r.optional { try $0.string() },
      targetBasis: try r.optional { try $0.name(DueBasis.self) }, phrase: try r.string(),
      source: try r.name(ActionSource.self), title: try r.string(), location: try location(&r), isClosed: try r.bool(),
      quotedIn: try r.optional(quoting), isUnseenItem: try r.bool())
  }
}
