import FollowUp
import MinutesCore
import Testing

/// Referrals in made-up minutes: each row is a decision sentence and the bodies or units the
/// case is sent on to (name in full, kind, as written).
@Suite struct ReferralReadingTests {
  static func minutes(
    _ decision: String, committee: String = "Byrådet", date: String = "02-10-2024",
    case caseNumber: String = "01.02.05P16-4-24"
  ) -> String {
    """
    REFERAT \(committee) d. \(date)

    Punkt 1: Sag om noget

    \(caseNumber)

    Beslutning

    \(decision)
    """
  }

  typealias Row = (sentence: String, owners: [(name: String, kind: Owner.Kind, surface: String)])

  static let rows: [Row] = [
    ("Fremsendes til Teknisk Udvalg til behandling.", [("Teknisk Udvalg", .body, "Teknisk Udvalg")]),
    (
      "Fremsendes til Magistratsafdelingen for Børn og Unge med henblik på udarbejdelse af en indstilling.",
      [("Magistratsafdelingen for Børn og Unge", .unit, "Magistratsafdelingen for Børn og Unge")]
    ),
    ("Oversendes til Kultur- og Fritidsudvalget.", [("Kultur- og Fritidsudvalget", .body, "Kultur- og Fritidsudvalget")]),
    ("Sagen sendes til Børn og Unge-udvalget til behandling.", [("Børn og Unge-udvalget", .body, "Børn og Unge-udvalget")]),
    ("Beslutningsforslaget blev oversendt til Magistraten.", [("Magistraten", .body, "Magistraten")]),
    ("Sagen går videre til Økonomiudvalget.", [("Økonomiudvalget", .body, "Økonomiudvalget")]),
    ("Økonomiudvalget skal behandle sagen.", [("Økonomiudvalget", .body, "Økonomiudvalget")]),
    ("Fremsendes til Borgmesterens Afdeling med henblik på en indstilling.", [("Borgmesterens Afdeling", .unit, "Borgmesterens Afdeling")]),
    (
      "Fremsendes med ændringsforslaget fra Venstres byrådsgruppe til Teknisk Udvalg til behandling.",
      [("Teknisk Udvalg", .body, "Teknisk Udvalg")]
    ),
    (
      "Punkt 15 udgår og sagen sendes tilbage til Klima og miljø samt By- og Landskabsudvalgene for en nærmere afdækning.",
      [
        ("Klima- og Miljøudvalget", .body, "Klima og miljø"),
        ("By- og Landskabsudvalget", .body, "By- og Landskabsudvalgene"),
      ]
    ),
    (
      "Fremsendes til Magistratsafdelingen for Sociale Forhold og Beskæftigelse og Magistratsafdelingen for Børn og Unge med henblik på en indstilling.",
      [
        ("Magistratsafdelingen for Sociale Forhold og Beskæftigelse", .unit, "Magistratsafdelingen for Sociale Forhold og Beskæftigelse"),
        ("Magistratsafdelingen for Børn og Unge", .unit, "Magistratsafdelingen for Børn og Unge"),
      ]
    ),
    ("Fremsendes til 1. tekniske behandling i Magistraten.", [("Magistraten", .body, "Magistraten")]),
    // Back to the body that sent it.
    (
      "Sagen tilbagesendes til Teknik- og Miljøudvalget, idet byrådet ønsker en nærmere belysning af udgifterne.",
      [("Teknik- og Miljøudvalget", .body, "Teknik- og Miljøudvalget")]
    ),
    ("Sagen returneres til Økonomiudvalget.", [("Økonomiudvalget", .body, "Økonomiudvalget")]),
    // An item taken off the agenda to be treated by a committee first.
    (
      "Punktet udgår med henblik på yderligere udvalgsbehandling i Erhvervs- og Beskæftigelsesudvalget.",
      [("Erhvervs- og Beskæftigelsesudvalget", .body, "Erhvervs- og Beskæftigelsesudvalget")]
    ),
    ("Sagen sendes til fornyet udvalgsbehandling i Teknisk Udvalg.", [("Teknisk Udvalg", .body, "Teknisk Udvalg")]),
    ("Sagen sendes til udtalelse i Grønt Råd.", [("Grønt Råd", .body, "Grønt Råd")]),
    ("Udkastet sendes til udtalelse i Handicaprådet.", [("Handicaprådet", .body, "Handicaprådet")]),
    // A board hands the case over to a working group of its own.
    ("Sagen overdrages til arbejdsgruppen.", [("Arbejdsgruppen", .body, "arbejdsgruppen")]),
    ("Punktet blev overdraget til Byggeudvalget.", [("Byggeudvalget", .body, "Byggeudvalget")]),
    // What the item holds, sent on to a body.
    (
      "Nedenstående anlægstema fremsendes til Teknik- og Miljøudvalget.",
      [("Teknik- og Miljøudvalget", .body, "Teknik- og Miljøudvalget")]
    ),
    // Commas inside one name: a compound ellipsis of three, and the parts of an area after `for`.
    (
      "Sagen oversendes til Kultur-, Fritids- og Idrætsudvalget.",
      [("Kultur-, Fritids- og Idrætsudvalget", .body, "Kultur-, Fritids- og Idrætsudvalget")]
    ),
    (
      "Henvendelsen henvises til Område-MED for Sundhed, Omsorg og Handicap, som følger op.",
      [("Område-MED for Sundhed, Omsorg og Handicap", .body, "Område-MED for Sundhed, Omsorg og Handicap")]
    ),
  ]

  @Test(arguments: rows)
  func referralIsOwnedByItsRecipients(_ row: Row) throws {
    let r = try Examples.register(Self.minutes(row.sentence))
    let a = try #require(r.actions.first { $0.kind == .referral }, "no referral in '\(row.sentence)'")
    #expect(a.owners.map(\.name) == row.owners.map(\.name))
    #expect(a.owners.map(\.kind) == row.owners.map(\.kind))
    #expect(a.owners.map(\.surface) == row.owners.map(\.surface))
    let own = try #require(r.decisions.first { $0.source == .decision })
    #expect(own.outcome == .referred)
  }

  /// Sentences that send something other than the case, or return a decided case.
  @Test(arguments: [
    "Notatet sendes til de berørte ledere.",
    "Tilbagesendes Magistratsafdelingen for Teknik og Miljø med bemærkning, at byrådet har vedtaget indstillingen.",
    "Ny oversigt bliver udarbejdet af Kirsten Vej Petersen og fremsendes til alle.",
    "Grunden overdrages til kommunen.",
    "Referatet sendes til Kultur- og Fritidsudvalget.",
    "Bilag 2 (eftersendes)",
    // The passive's agent sends it: an errand of theirs.
    "Sagen sendes af sekretariatschefen til Økonomiudvalget inden 1. marts.",
    // Sent on the usual way with the committee's recommendation: its adoption.
    "Sagen fremsendes til Kommunalbestyrelsen med anbefaling.",
  ])
  func noReferral(_ sentence: String) throws {
    let r = try Examples.register(Self.minutes(sentence))
    #expect(!r.actions.contains { $0.kind == .referral }, "\(r.actions.map(\.sentence))")
  }

  /// An item of minutes without a decision whose case text records that it was sent on.
  @Test func aRecordedReferralIsTheDecisionOfAnItemWithoutOne() throws {
    let text = """
      REFERAT Kommunalbestyrelsen d. 03-10-2022

      Pkt. 197 Forslag til beslutning om sang inden hvert møde

      Sagsfremstilling

      Beslutningsforslaget blev oversendt til Magistraten.

      Medlemmerne foreslår, at der synges en sang.
      """
    let r = try Examples.register(text)
    let a = try #require(r.actions.first)
    #expect(a.kind == .referral)
    #expect(a.owners.map(\.name) == ["Magistraten"])
    #expect(a.source == .decision)
    #expect(r.decisions.first { $0.source == .decision }?.outcome == .referred)
  }

  @Test func theCaseWaitsOnItsRecipientUntilItDecides() throws {
    let meetings = try [
      MinutesParser.parse(
        bytes: Array(Self.minutes("Fremsendes til Teknisk Udvalg til behandling.").utf8), source: "by.txt"),
      MinutesParser.parse(
        bytes: Array(Self.minutes("Sagen blev udsat.", committee: "Teknisk Udvalg", date: "20-10-2024").utf8),
        source: "tu1.txt"),
      MinutesParser.parse(
        bytes: Array(Self.minutes("Godkendt.", committee: "Teknisk Udvalg", date: "05-11-2024").utf8),
        source: "tu2.txt"),
    ]
    let r = Register(meetings: meetings)
    let waiting = r.openReferrals(asOf: Examples.day("2024-10-25"))
    #expect(waiting.count == 1)
    #expect(waiting.first?.recipients.map(\.name) == ["Teknisk Udvalg"])
    #expect(waiting.first?.daysWaiting == 23)
    #expect(r.openReferrals(asOf: Examples.day("2024-10-25"), to: "teknisk udvalg").count == 1)
    #expect(r.openReferrals(asOf: Examples.day("2024-10-25"), to: "Økonomiudvalget").isEmpty)
    #expect(r.openReferrals(asOf: Examples.day("2024-11-06")).isEmpty)
  }
}
