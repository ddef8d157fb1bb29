import FollowUp
import MinutesCore
import Testing

/// Following a case after its decision: every deferral has a target with its source, quoted
/// decisions keep their own meeting, and an agenda is evidence of a meeting to come.
@Suite struct FollowingTests {
  static func minutes(
    _ decision: String, kind: String = "REFERAT", committee: String = "Direktionen",
    date: String = "02-10-2024", case caseNumber: String = "01.02.05P16-4-24", extra: String = ""
  ) -> String {
    """
    \(kind) \(committee) d. \(date)

    Punkt 1: Lokalplan ved havnen

    \(caseNumber)

    \(extra)

    Beslutning

    \(decision)
    """
  }

  static func register(_ texts: [String]) throws -> Register {
    Register(
      meetings: try texts.enumerated().map { i, t in
        try MinutesParser.parse(bytes: Array(t.utf8), source: "m\(i).txt")
      })
  }

  /// (decision, later minutes of the committee, target, source)
  @Test(arguments: [
    ("Udsættes til den 6. november 2024.", nil, "2024-11-06", TargetSource.written),
    ("Sagen blev udsat.", "16-10-2024", "2024-10-16", .nextKnownMeeting),
    ("Udsættes til næste møde.", "16-10-2024", "2024-10-16", .nextKnownMeeting),
    // Nothing known of the committee's calendar: the default interval after the meeting.
    ("Sagen blev udsat.", nil, "2024-10-30", .estimated),
    ("Udsættes til næste møde.", nil, "2024-10-30", .estimated),
    // A month or a season: the committee's meeting in it, where its minutes are known.
    ("Sagen udsættes til mødet i november.", "13-11-2024", "2024-11-13", .nextKnownMeeting),
    ("Sagen udsættes til mødet i november.", nil, "2024-11-30", .written),
    ("Sagen genoptages efter sommerferien.", "13-08-2025", "2025-08-13", .nextKnownMeeting),
  ] as [(String, String?, String, TargetSource)])
  func everyDeferralHasATarget(_ c: (String, String?, String, TargetSource)) throws {
    var texts = [Self.minutes(c.0)]
    if let later = c.1 { texts.append(Self.minutes("Godkendt.", date: later, case: "00.01.00I00-1-24")) }
    let r = try Self.register(texts)
    let p = try #require(r.postponements.first)
    #expect(p.target?.description == c.2)
    #expect(p.targetSource == c.3)
  }

  /// A later item quoting the deferral without the item's number (`Beslutning i Direktionen den
  /// 2. oktober 2024: Udsættes til næste møde.`) tells of the same deferral: one, numbered.
  @Test func aQuoteWithoutTheItemsNumberIsTheSameDeferral() throws {
    let first = Self.minutes("Udsættes til næste møde.")
    let later = Self.minutes(
      "Godkendt.", date: "16-10-2024", extra: "Beslutning i Direktionen den 2. oktober 2024\n\nUdsættes til næste møde.\n")
    let r = try Self.register([first, later])
    #expect(r.postponements.count == 1)
    #expect(r.postponements.first?.item == 1)
    // The quote alone (the first minutes not read) still tells of the deferral.
    let alone = try Self.register([later])
    #expect(alone.postponements.count == 1)
  }

  /// A day or a week written without its year after a word that looks ahead is the next one,
  /// also where last year's is nearer; the day the case was deferred on is no target.
  @Test(arguments: [
    ("Sagen udsættes til 1. oktober.", "2024-10-01", TargetSource.written),
    ("Sagen udsættes til uge 40.", "2024-10-06", .written),
    ("Sagen blev udsat på mødet den 26. februar og udsættes igen.", "2024-04-09", .estimated),
  ] as [(String, String, TargetSource)])
  func aTargetWithoutItsYearLooksAhead(_ c: (String, String, TargetSource)) throws {
    let r = try Self.register([Self.minutes(c.0, date: "12-03-2024")])
    let p = try #require(r.postponements.first)
    #expect(p.target?.description == c.1, "\(c.0)")
    #expect(p.targetSource == c.2)
  }

  @Test func aDeadlineInAWeekWithoutItsYearIsThatWeeksSunday() throws {
    let r = try Self.register([Self.minutes("Forvaltningen fremlægger en revideret plan senest uge 40.", date: "12-03-2024")])
    #expect(r.actions.first?.due?.description == "2024-10-06")
  }

  /// (deferral, who does the work the case waits for)
  @Test(arguments: [
    ("Udvalget besluttede at udsætte sagens behandling med henblik på forvaltningens besvarelse af udvalgets spørgsmål.", ["Forvaltningen"]),
    ("Sagen udsættes med henblik på administrationens udarbejdelse af et notat.", ["Administrationen"]),
    ("Udvalget besluttede at udsætte sagens behandling med henblik på yderligere belysning.", []),
  ])
  func theWorkADeferralWaitsFor(_ c: (String, [String])) throws {
    let r = try Self.register([Self.minutes(c.0), Self.minutes("Godkendt.", date: "16-10-2024", case: "00.01.00I00-1-24")])
    #expect(r.postponements.count == 1)
    #expect(r.actions.map { $0.owners.map(\.name) } == (c.1.isEmpty ? [] : [c.1]))
    if let a = r.actions.first {
      #expect(a.due?.description == "2024-10-16", "due when the case comes back")
      #expect(a.owners.first?.kind == .unit)
    }
  }

  @Test func targetSourcesAreShownInDanish() {
    #expect(TargetSource.written.label == "skrevet")
    #expect(TargetSource.nextKnownMeeting.label == "næste kendte møde")
    #expect(TargetSource.estimated.label == "anslået")
    #expect(DueBasis.nextMeetingGuessed.source == .estimated)
    #expect(DueBasis.nextMeetingMentioned.source == .nextKnownMeeting)
  }

  @Test func aQuotedDecisionKeepsItsOwnMeeting() throws {
    let quote = """
      Beslutning fra Økonomiudvalgets møde den 25. september 2024, pkt. 8:

      Udsættes til næste møde. HR udarbejder et notat til næste møde.
      """
    let r = try Self.register([Self.minutes("Godkendt.", extra: quote)])
    let a = try #require(r.actions.first { $0.sentence.contains("HR udarbejder") })
    #expect(a.committee == "Økonomiudvalget")
    #expect(a.decisionDate.description == "2024-09-25")
    #expect(a.decisionItem == 8)
    #expect(a.decidedAt == "Økonomiudvalget 2024-09-25 pkt. 8")
    #expect(a.quotedIn?.committee == "Direktionen")
    #expect(a.quotedIn?.date.description == "2024-10-02")
    #expect(a.quotedIn?.item == 1)
    let p = try #require(r.postponements.first { $0.source == .priorDecision })
    #expect(p.meetingDate.description == "2024-09-25")
    #expect(p.item == 8)
    #expect(p.quotedIn?.date.description == "2024-10-02")
  }

  @Test func anAgendaIsEvidenceNotAMeetingHeld() throws {
    let deferral = Self.minutes("Udsættes til næste møde.")
    // An agenda: the recommendation proposes work; the decision is still to be made.
    let agenda = Self.minutes(
      "", kind: "DAGSORDEN", date: "09-10-2024",
      extra: "Indstilling\n\nKommunaldirektøren indstiller,\n\n- at HR udarbejder et notat til næste møde.")
    let r = try Self.register([deferral, agenda])
    // The agenda's proposals are no actions, and it is no meeting held.
    #expect(r.actions.isEmpty)
    #expect(r.heldMeetings.count == 1)
    // The case is on the agenda of 9 October and waits until that meeting decides it.
    let open = r.openPostponed(asOf: Examples.day("2024-10-05"))
    #expect(open.count == 1)
    #expect(open.first?.onAgenda?.description == "2024-10-09")
    #expect(open.first?.target?.description == "2024-10-09")
    #expect(open.first?.targetSource == .nextKnownMeeting)
    #expect(r.openPostponed(asOf: Examples.day("2024-10-12")).count == 1, "no minutes of the 9th yet")
    let decided = try Self.register([deferral, agenda, Self.minutes("Godkendt.", date: "09-10-2024")])
    #expect(decided.openPostponed(asOf: Examples.day("2024-10-12")).isEmpty)
    #expect(decided.heldMeetings.count == 2)
  }

  @Test func aDeferredItemTheMinutesDoNotPrintIsNotFollowed() throws {
    let text = """
      REFERAT Forebyggelses- og Seniorudvalget d. 12-01-2021

      Punkt 1: Godkendelse af dagsorden

      330-2020-164

      Beslutning

      Godkendt med den ændring, at Sag nr. 7 - Ældrerådsvalg 2021 - udsættes til mødet i februar på grund af de indkomne bemærkninger fra Ældrerådet.
      """
    let r = try Self.register([text])
    let p = try #require(r.postponements.first)
    #expect(p.item == 7)
    #expect(p.caseNumber.isEmpty)
    #expect(p.title == "Ældrerådsvalg 2021")
    #expect(p.target?.description == "2021-02-28")
    #expect(r.openPostponed(asOf: Examples.day("2021-03-15")).isEmpty)
    #expect(r.decisions.first { $0.source == .decision }?.outcome == .approved)
  }
}
