import FollowUp
import MinutesCore
import Testing

/// Decisions in made-up minutes: each table row is one decision and what it must be read as.
@Suite struct DecisionReadingTests {
  static func minutes(_ decision: String, title: String = "Sag om noget", committee: String = "Direktionen") -> String {
    """
    REFERAT \(committee) d. 02-10-2024

    Mødedato Onsdag d. 02. oktober 2024 kl. 09:00

    Punkt 1: \(title)

    81.16.00P21-1-24

    Sagsfremstilling

    HR-konsulent Anne Holm deltager i mødet kl. 10:00.

    Beslutning

    \(decision)
    """
  }

  @Test(arguments: [
    ("Godkendt.", Outcome.approved),
    ("Indstillingen tiltrædes.", .approved),
    ("Orienteringen tages til efterretning.", .noted),
    ("Mette Hansen orienterede.", .noted),
    ("Punktet blev drøftet.", .discussed),
    ("Udsættes til næste møde.", .postponed),
    ("Sagen blev udsat.", .postponed),
    ("Udvalget besluttede at udsætte sagens behandling med henblik på yderligere belysning.", .postponed),
    ("Sagen genoptages på et senere møde.", .postponed),
    ("Punktet blev ikke behandlet og overføres til næste møde.", .postponed),
    ("Punktet nåede vi ikke, og det flyttes til næste møde.", .postponed),
    ("Sagen drøftes videre på næste møde.", .postponed),
    // The case itself dealt with at the next meeting comes back then; another body's meeting
    // sends it on.
    ("Sagen behandles på næste møde.", .postponed),
    ("Sagen bliver behandlet på næste møde.", .postponed),
    ("Punktet vil blive drøftet på næste møde.", .postponed),
    ("Sagen behandles på næste møde i Økonomiudvalget.", .referred),
    // Withdrawn, not reached, waited with: the case comes back.
    ("Sagen blev trukket af dagsordenen.", .postponed),
    ("Punktet blev ikke nået.", .postponed),
    ("Punktet blev ikke nået og overgår til næste møde.", .postponed),
    ("Udvalget besluttede at vente med sagen til efter sommerferien.", .postponed),
    // The committee wants the case back; a case resumed now is decided now.
    ("Udvalget ønsker sagen genoptaget, når der foreligger en ny vurdering.", .postponed),
    ("Udvalget ønsker sagen forelagt igen i juni.", .postponed),
    ("Sagen blev genoptaget og godkendt.", .approved),
    // Something asked for before the final treatment: the case comes back.
    ("Der ønskes specifikation af forbrug inden endelig behandling.", .postponed),
    ("Udvalget ønsker en juridisk vurdering forud for den endelige beslutning.", .postponed),
    ("Godkendt, idet forvaltningen inden den endelige godkendelse i byrådet retter tabellen.", .approved),
    ("Forslaget blev afvist.", .rejected),
    ("Der arbejdes ikke videre med forslaget.", .rejected),
    ("Sagen drøftes i Økonomiudvalget i januar 2025.", .referred),
    ("Fremsendes til Teknisk Udvalg til behandling.", .referred),
    // Sent on, and someone is told of it meanwhile.
    ("Sagen forelægges Økonomiudvalget på mødet den 29. januar 2025. BS orienterer borgmesteren inden da.", .referred),
    ("Henvendelsen oversendes til Kultur-, Fritids- og Turismeudvalget, som ejer arealet. Formanden svarer Grønt Råd.", .referred),
    // The subject's `om at` clause completes its noun; the sentence's verb comes after it.
    ("Indstillingen om at tildele prisen til hjemmeplejen i Dalby blev godkendt.", .approved),
    ("Forslaget om at lukke biblioteket om lørdagen blev forkastet.", .rejected),
    // Sent on the usual way with the committee's recommendation: adopted.
    ("Fremsendes til Byrådet med anbefaling.", .approved),
    ("Udvalget støtter initiativet. Sagen fremsendes til Kommunalbestyrelsen med anbefaling.", .approved),
    // Forwarded with the council's advice, and sent on where the committee could not agree.
    ("Henvendelsen sendes videre til Social- og Sundhedsudvalget med rådets anbefaling.", .referred),
    ("Udvalget kunne ikke blive enige om udmøntningen. Sagen oversendes til Økonomiudvalget til afgørelse.", .referred),
    ("HR-konsulenten udarbejder et notat til næste møde.", .decided),
    ("Intet.", Outcome.none),
    // Recommendations to the next body are the committee's adoption.
    ("Anbefales over for Økonomiudvalget.", .approved),
    ("Indstillingen anbefales med den ændring, at afsnit 3 udgår.", .approved),
    ("Et flertal (A, F og Ø) anbefaler indstillingen.", .approved),
    ("Et flertal bestående af A, C, N og V (6) anbefaler indstillingen.", .approved),
    ("Et flertal bestående af SF, DF og V anbefaler indstillingen. O (1) kan ikke anbefale indstillingen.", .approved),
    ("Udvalget kan anbefale indstillingen.", .approved),
    ("Indstilles godkendt.", .approved),
    ("Anbefalet.", .approved),
    // Adoption in other words.
    ("Indstillingen blev vedtaget.", .approved),
    ("Tiltrådt.", .approved),
    ("Kommunalbestyrelsen tiltrådte indstillingen.", .approved),
    ("Indstillingen følges.", .approved),
    ("Indstillingen blev fulgt.", .approved),
    ("Udvalget fulgte forvaltningens indstilling.", .approved),
    ("Bestyrelsen besluttede at følge indstillingen.", .approved),
    ("Bestyrelsen bakkede op om forslaget.", .approved),
    ("Bevillingen blev givet.", .approved),
    // Elections and appointments at the meeting decide; one reported from elsewhere does not.
    ("Kenneth Jensen blev valgt som formand.", .decided),
    ("Rådet udpegede Bente Nielsen som repræsentant.", .decided),
    ("Friluftsrådet har udpeget Bente Nielsen som ny repræsentant.", .noted),
    // What the members agreed on.
    ("Der var enighed om at holde en arbejdsdag i maj.", .decided),
    ("Bestyrelsen var enige om at udsætte sagen.", .postponed),
    ("Kim Østergaard og Ole Andersen godkendt", .approved),
    // Rejection, also by a negated adoption of the committee itself.
    ("Forslaget blev forkastet.", .rejected),
    ("Ikke tiltrådt.", .rejected),
    ("Udvalget kunne ikke anbefale indstillingen.", .rejected),
    ("Udvalget kan ikke imødekomme ansøgningen, da der ikke er ledige haltider.", .rejected),
    ("Udvalget besluttede at imødekomme ansøgningen.", .approved),
    ("Der er enighed om at der ikke arbejdes videre med forslaget.", .rejected),
    // Votes: the verb decides; counts alone decide by their majority.
    ("Forslaget blev forkastet med 5 mod 3.", .rejected),
    ("Indstillingen blev vedtaget med 7 stemmer mod 2.", .approved),
    ("For stemte 5 (A, F og Ø). Imod stemte 3 (V og C).", .approved),
    ("For stemte 2 (V). Imod stemte 7 (A, F, Ø og C).", .rejected),
    ("Et flertal stemte for indstillingen.", .approved),
    // Minorities and reservations are not the outcome.
    ("Godkendt. Et mindretal (V) stemte imod.", .approved),
    ("Godkendt. Socialdemokratiet tog forbehold.", .approved),
    ("Godkendt. Venstres byrådsgruppe kunne ikke tiltræde indstillingen.", .approved),
    ("Indstillingen blev godkendt, idet Venstre ikke kunne tiltræde punkt 2.", .approved),
    ("Ændringsforslaget fra V blev forkastet med 4 mod 5. Indstillingen blev herefter godkendt.", .approved),
    ("Solveig Munk kunne ikke tiltræde indstillingen. Et flertal i udvalget kunne tiltræde indstillingen.", .approved),
    // Notes and referrals.
    ("Til orientering.", .noted),
    ("Social- og Sundhedsudvalget tog orienteringen om veteranindsatsen til efterretning.", .noted),
    ("Ingen bemærkninger.", .noted),
    // Recommended to the body that decides; a party's vote against is not the outcome.
    ("At 1: Indstilles til Byrådets godkendelse. (Ø) stemte imod.", .approved),
    // An amendment voted down, then the proposal adopted.
    ("Ændringsforslag fra C-gruppen: Svømmehallen holdes åben. For stemte 3 (C). Imod stemte 10. Faldet. Borgmesterens forslag blev godkendt.", .approved),
    // A board's word of approval alone.
    ("Ok", .approved),
    ("OK.", .approved),
    ("Beslutningsforslaget blev oversendt til Magistraten.", .referred),
    ("Punkt 15 udgår og sagen sendes tilbage til Klima og miljø samt By- og Landskabsudvalgene.", .referred),
    // Attendance and names alone are no decision.
    ("Martin Bech, Bettina Bøcker Kjeldsen og Niels Vestergaard Salling.", Outcome.none),
    ("Ingen. Martin Bech var fraværende.", Outcome.none),
    // Proposals made are a discussion.
    ("Adskillige emner, forslag blev fremsat.", .discussed),
    ("Drøftelse af lærerdeltagelse ved hytteture.", .discussed),
    // A recommendation counts when the committee makes it, not when it quotes the administration's.
    ("Økonomiudvalget indstiller til byrådet, at planen godkendes.", .approved),
    ("Sagen blev drøftet, og udvalget indstiller til byrådet, at handlemulighed 1, som er en kompromisløsning, godkendes.", .approved),
    ("Sagen blev drøftet, og administrationen indstiller til byrådet, at handlemulighed 1, som er en kompromisløsning, godkendes.", .discussed),
    // Work recorded as done, in the telegraphic style of small councils.
    ("Ny liste udarbejdet, som vil blive offentliggjort på skolens hjemmeside.", .decided),
    // A recommendation to act is not an adoption of the item.
    ("Det anbefales at overveje en ny plan.", .discussed),
    // A proposal that fell, failed to win a majority or was refused.
    ("Forslaget faldt.", .rejected),
    ("Indstillingen faldt.", .rejected),
    ("Forslaget faldt med 4 stemmer for (O, D) og 5 imod (A, V, F).", .rejected),
    ("Beslutningsforslaget fra Enhedslisten faldt, idet kun Ø stemte for.", .rejected),
    ("Forslaget opnåede ikke flertal.", .rejected),
    ("Udvalget gav afslag på ansøgningen.", .rejected),
    ("Der gives afslag på ansøgningen om dispensation.", .rejected),
    ("Udvalget besluttede at forkaste forslaget.", .rejected),
    ("Ældrerådet kan tilslutte sig indstillingen.", .approved),
    // Choices of the committee's own.
    ("Udvalget prioriterede projekterne i følgende rækkefølge: 1) Nørregade, 2) Skolevej.", .decided),
    ("Ældrerådet nedsatte en arbejdsgruppe bestående af Grethe Nielsen og Bent Olsen.", .decided),
    ("Udvalget traf beslutning om at lukke afdelingen i Vestby.", .decided),
    // The case sent on by the committee, in the active voice or another verb.
    ("Udvalget oversender sagen til Kommunalbestyrelsens afgørelse.", .referred),
    ("Udvalget sender sagen videre til Regionsrådet.", .referred),
    ("Udvalget besluttede at oversende sagen til Økonomiudvalget.", .referred),
    ("Udvalget besluttede at sende sagen videre til Klima- og Miljøudvalget.", .referred),
    ("Sagen overgår til behandling i Børne- og Ungeudvalget.", .referred),
    // Deferrals in telegraphic words; a deferral denied, voted down, past or of another thing is none.
    ("Beslutning udsat.", .postponed),
    ("Beslutning udsat til næste møde.", .postponed),
    ("Sagen tages op på ny, når der foreligger et revideret projektforslag.", .postponed),
    ("Udvalget besluttede ikke at udsætte sagen. Indstillingen godkendt.", .approved),
    ("Udvalget ønskede ikke at udsætte sagen og godkendte indstillingen.", .approved),
    ("Godkendt, idet udvalget noterer sig, at sagen ikke udsættes yderligere.", .approved),
    ("Et forslag fra V om at udsætte sagen blev nedstemt. Indstillingen blev herefter godkendt.", .approved),
    ("Et ændringsforslag fra C om at udsætte sagen til næste møde faldt. Herefter blev indstillingen godkendt.", .approved),
    ("Sagen var udsat fra mødet den 4. september 2024. Godkendt.", .approved),
    ("Sagen har været udsat på mødet den 9. september 2024. Anbefales.", .approved),
    ("Godkendt. Forvaltningen bemærkede, at sagen tidligere har været udsat.", .approved),
    ("Godkendt. Udvalget bemærkede, at projektet er blevet forsinket, fordi udbuddet blev udsat.", .approved),
    ("Et flertal (A, V, O, F) godkendte indstillingen. Et mindretal (C, Ø) stemte imod, idet de ønskede sagen udsat til næste møde.", .approved),
    ("Beslutning om at indgå aftale med Lejerbo om opførelse af boliger udsat.", .postponed),
    // The committee resolving to take the case up again; a case on hold.
    ("Udvalget ønsker at genoptage sagen på mødet i december.", .postponed),
    ("Udvalget ønsker at behandle sagen igen på mødet den 4. december.", .postponed),
    ("Udvalget besluttede at genoptage sagen på mødet i januar.", .postponed),
    ("Sagen hviler, indtil der er afklaring om statens tilskud.", .postponed),
    ("Sagen sættes i bero, indtil udbuddet er afsluttet.", .postponed),
    ("Forslaget hviler på en analyse fra 2023. Godkendt.", .approved),
    ("Udvalget ønsker ikke at genoptage sagen. Godkendt.", .approved),
    // Asking for the floor or for a clarification is no request for work.
    ("Jens Berg bad om ordet. Taget til efterretning.", .noted),
    ("Godkendt med den bemærkning, at planen er god.", .approved),
    // A protocol note's or a minority statement's wish is no decision.
    ("Godkendt. Protokoltilføjelse fra V: Venstre ønsker, at sagen genoptages, hvis udgifterne overstiger budgettet.", .approved),
    ("Godkendt. Mindretalsudtalelse fra O: Dansk Folkeparti ønsker sagen udsat, indtil der er afholdt borgermøde.", .approved),
    ("Godkendt. A og O ønskede ført til referat, at sagen bør udsættes, til statens pulje er afklaret.", .approved),
    // A case withdrawn from this agenda comes back; an application withdrawn ends.
    ("Sagen trækkes og behandles på udvalgets møde den 24. april 2025.", .postponed),
    ("Sagen blev trukket fra dagsordenen.", .postponed),
    ("Ansøgeren har trukket ansøgningen tilbage. Taget til efterretning.", .noted),
    ("Udvalget lægger vægt på, at borgerne inddrages. Godkendt.", .approved),
  ])
  func outcome(_ c: (String, Outcome)) throws {
    let r = try Examples.register(Self.minutes(c.0))
    let own = try #require(r.decisions.first { $0.source == .decision })
    #expect(own.outcome == c.1, "\(c.0)")
  }

  /// Under `Eventuelt`: no remark, the day of the next meeting, a note on the minutes
  /// themselves decide nothing; a remark that decides does.
  @Test(arguments: [
    ("Ingen bemærkninger.", Outcome.none),
    ("Næste møde afholdes tirsdag den 10. november 2026 kl. 15.00.", .none),
    ("Intet. Referatet er godkendt af formanden den 7. oktober 2027.", .none),
    ("Næste møde afholdes tirsdag den 10. november 2026. Det blev besluttet at holde julefrokost i Sognegården.", .decided),
  ])
  func anyOtherBusiness(_ c: (String, Outcome)) throws {
    let r = try Examples.register(Self.minutes(c.0, title: "Eventuelt"))
    #expect(r.decisions.first { $0.source == .decision }?.outcome == c.1, "\(c.0)")
  }

  /// Among announcements, what the members agreed on is one remark: the item is noted.
  @Test func agreementInABriefingIsNoted() throws {
    let text = "Provstikonferencen er den 9. november.\nMenighedsrådet er enige om, at vi flager med vimpel."
    let briefing = try Examples.register(Self.minutes(text, title: "Meddelelser"))
    #expect(briefing.decisions.first { $0.source == .decision }?.outcome == .noted)
    let other = try Examples.register(Self.minutes(text, title: "Flagning"))
    #expect(other.decisions.first { $0.source == .decision }?.outcome == .decided)
  }

  @Test func announcementsAreNoted() throws {
    let r = try Examples.register(Self.minutes("- Standerhejsning i roklubben\n- Møde i Kulturmetropolen", title: "Meddelelser fra formanden"))
    let own = try #require(r.decisions.first { $0.source == .decision })
    #expect(own.outcome == .noted)
  }

  @Test(arguments: [
    ("Sagen udsættes til næste uge.", "2024-10-09"),
    ("Drøftes igen den 6. november 2024.", "2024-11-06"),
    ("Udskydes til mødet i december.", "2024-12-31"),
    ("Sagen udsættes 14 dage.", "2024-10-16"),
    ("Punktet udskydes en måned.", "2024-11-02"),
    ("Drøftes igen onsdag.", "2024-10-09"),
    ("Sagen udsættes til 1/11-2024.", "2024-11-01"),
    ("Sagen genoptages efter sommerferien.", "2025-09-07"),
    ("Udsættes til efter jul.", "2025-01-23"),
    // After a verb in the present a season or month without its year is the next one.
    ("Sagen tages op igen i foråret.", "2025-05-31"),
    ("Sagen genoptages i det nye år.", "2025-03-31"),
    // Of two deferrals in one decision, the one that says when.
    ("Sagen blev udsat med henblik på, at forvaltningen kan indhente oplysninger. Sagen genoptages på mødet i december.", "2024-12-31"),
  ])
  func deferralTargets(_ c: (String, String)) throws {
    let r = try Examples.register(Self.minutes(c.0))
    #expect(r.postponements.first?.target?.description == c.1)
  }

  @Test func pastTenseAboutSomethingElseIsNoDeferral() throws {
    let r = try Examples.register(Self.minutes("E-learning blev i foråret udskudt for at anvende ressourcerne på on-boarding."))
    #expect(r.postponements.isEmpty)
  }

  @Test func deferralOfAnotherItem() throws {
    let text = """
      REFERAT Byrådet d. 02-10-2024

      Punkt 1: Godkendelse af dagsorden

      00.01.00I00-1-24

      Beslutning

      Godkendt, idet sag nr. 2 udsættes til næste møde.

      Punkt 2: Lokalplan ved havnen

      01.02.05P16-4-24

      Beslutning

      Udsat.
      """
    let r = try Examples.register(text)
    #expect(r.postponements.contains { $0.caseNumber == "01.02.05P16-4-24" })
    #expect(!r.postponements.contains { $0.caseNumber == "00.01.00I00-1-24" })
  }

  static let actionCases: [(String, String?, ActionKind)] = [
    ("Mette Hansen udarbejder et oplæg til næste møde.", "Mette Hansen", ActionKind.task),
    ("Derudover tager Direktionen initiativ til at skabe et overblik.", "Direktionen", .task),
    ("Der laves en oversigt på intranettet.", nil, .task),
    ("Notatet sendes til de berørte ledere.", nil, .task),
    ("HR-konsulenten fremsender revideret projektbeskrivelse.", "Anne Holm", .task),
    ("Økonomi og HR udarbejder et notat.", "Økonomi og HR", .task),
    ("Projektet er klar til ibrugtagning den 1. november 2024.", nil, .milestone),
    // Telling someone else than the meeting, or the meeting once something has happened.
    ("HB orienterer JT om drøftelsen.", "HB", .task),
    ("Kommunaldirektøren orienterer udvalget, når forhandlingerne er afsluttet.", "Kommunaldirektøren", .task),
  ]

  @Test(arguments: actionCases)
  func actions(_ c: (String, String?, ActionKind)) throws {
    let r = try Examples.register(Self.minutes("Indstillingen godkendt. " + c.0))
    let a = try #require(r.actions.first, "no action in '\(c.0)'")
    #expect(a.kind == c.2)
    #expect(a.owners.first?.name == c.1)
  }

  @Test(arguments: [
    "Rapporten blev drøftet.", "Det er vigtigt, at alle kender reglerne.",
    "Sprogbruget bør også opdateres.", "E-learning kan styrke kompetenceudviklingen.",
    "Mange gange sendes der en mail, hvorefter man ringer.", "Faglokaler udlånes ikke til foreninger.",
    "Analysen tages til efterretning.", "Direktionen ønsker at blive hørt.",
    // What was told at the meeting.
    "Kommunaldirektøren orienterer udvalget om status.", "Anna orienterer Parby om, at sagen er lukket.",
  ])
  func noActions(_ sentence: String) throws {
    let r = try Examples.register(Self.minutes(sentence))
    #expect(r.actions.isEmpty, "read \(r.actions.map(\.sentence))")
  }

  @Test func presentationsOnAnAgenda() throws {
    let text = """
      REFERAT Direktionen d. 02-10-2024

      Punkt 1: Planlægning af personalemøde

      81.00.00P00-1-23

      Resume

      Der er planlagt personalemøde onsdag den 23. oktober 2024.

      Beslutning

      Dagsorden til personalemøde:

      - Budget 2025 v. Mette Hansen
      - Status på AI v/Chef for IT Jens Berg og Mette Hansen
      """
    let r = try Examples.register(text)
    #expect(r.actions.map(\.kind) == [.presentation, .presentation])
    #expect(r.actions.allSatisfy { $0.due == Examples.day("2024-10-23") })
    #expect(r.actions[1].owners.map(\.name) == ["Jens Berg", "Mette Hansen"])
  }

  /// Minutes written mostly without labels: the few short paragraphs under a heading are its decision
  /// where one states an outcome or a deferral, or the item is any other business.
  @Test func minutesWithoutLabels() throws {
    let text = """
      Referat fra Ældrerådets møde 14. marts 2033

      Til stede: Ove Holm, Karen Bak, Tove Lund

      Dagsorden:
      1) Meddelelser fra formanden
      2) Trafiksikkerhed ved plejecentrene
      3) Madservice
      4) Eventuelt
      -----------------------------------------------------

      1) Meddelelser fra formanden (sag 33/3103)
      Ove orienterede om Danske Ældreråds temadag i Vejle den 26. april og om demensstrategien.
      Taget til efterretning.

      2) Trafiksikkerhed ved plejecentrene (sag 33/2871)
      Udsat til næste møde den 11. april, da Vej og Trafik ikke kunne deltage i dag.

      3) Madservice (sag 33/2260)
      Ældrechef Jesper Dam orienterede om udbuddet.
      Beslutning: Ældrerådet anbefaler, at kontrakten indgås.

      4) Eventuelt
      Tove foreslog, at rådet deltager på Seniormessen i september.
      Ove undersøger, om rådet kan få en stand på Seniormessen i uge 38.
      """
    let r = try Examples.register(text)
    let outcomes = r.decisions.filter { $0.source == .decision }.map { ($0.itemNumber, $0.outcome) }
    #expect(outcomes.first { $0.0 == 1 }?.1 == .noted)
    #expect(outcomes.first { $0.0 == 2 }?.1 == .postponed)
    #expect(outcomes.first { $0.0 == 3 }?.1 == .approved)
    #expect(outcomes.first { $0.0 == 4 }?.1 == .decided)
    #expect(r.postponements.map(\.caseNumber) == ["33/2871"])
    #expect(r.actions.contains { $0.item == 4 && $0.owners.map(\.name) == ["Ove Holm"] })
  }

  /// Any other business with a list of follow-ups after it: its remarks are still its decision,
  /// and a subject to be taken up at the next meeting defers no case.
  @Test func anyOtherBusinessWithFollowUps() throws {
    let text = """
      Referat fra Ældrerådets møde 14. marts 2033

      Til stede: Ove Holm, Karen Bak, Inga Lund

      Dagsorden:
      1) Madservice
      2) Eventuelt
      -----------------------------------------------------

      1) Madservice (sag 33/2260)
      Beslutning: Ældrerådet anbefaler, at kontrakten indgås.

      2) Eventuelt
      Ove undersøger, om rådet kan få en stand på Seniormessen i uge 38.
      Inga gjorde opmærksom på, at der mangler bænke ved plejecentret - det tages op på næste møde.

      OPFØLGNING
      - Ove: stand på Seniormessen - uge 38
      """
    let r = try Examples.register(text)
    #expect(r.postponements.isEmpty)
    #expect(r.actions.contains { $0.item == 2 && $0.owners.map(\.name) == ["Ove Holm"] && $0.sentence.hasPrefix("Ove undersøger") })
    let alone = try Examples.register(text.replacing("\n\nOPFØLGNING\n- Ove: stand på Seniormessen - uge 38", with: ""))
    #expect(alone.postponements.isEmpty)
    #expect(alone.decisions.first { $0.itemNumber == 2 && $0.source == .decision }?.outcome == .decided)
  }
}
