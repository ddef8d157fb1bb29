@testable import FollowUp
import MinutesCore
import Testing

/// Decision forms of many councils, in made-up sentences: how a verb after `besluttede at`,
/// deferrals of other items or of things, asked-for and coordinated work, talks at a meeting to
/// come, practices and announced events are read.
@Suite struct DecisionFormsTests {
  /// One item's minutes with `decision` under `Beslutning` (paragraphs split by blank lines);
  /// `proposal` is a `Forslag` lead naming the case's writer, when given.
  static func minutes(
    _ decision: String, committee: String = "Seniorrådet", title: String = "Sag om noget",
    proposal: String = "", number: Int = 4
  ) -> String {
    """
    REFERAT \(committee) d. 02-10-2024

    Mødedato Onsdag d. 02. oktober 2024 kl. 09:00

    Punkt \(number): \(title)

    81.16.00P21-1-24

    Sagsfremstilling

    Sagen handler om noget.\(proposal.isEmpty ? "" : "\n\n" + proposal)

    Beslutning

    \(decision)
    """
  }

  static func register(_ text: String) throws -> Register { try Examples.register(text) }

  static func outcome(_ text: String) throws -> Outcome {
    let r = try register(text)
    return try #require(r.decisions.first { $0.source == .decision }).outcome
  }

  // MARK: outcomes

  @Test(arguments: [
    // The verb after "besluttede at" is the outcome, with the deciding body as its subject,
    // also when the body is written as its abbreviation.
    ("LMU besluttede at godkende referatet fra sidste møde.", Outcome.approved),
    ("Udvalget besluttede at tiltræde indstillingen.", .approved),
    ("Udvalget besluttede at afvise ansøgningen.", .rejected),
    ("Seniorrådet besluttede at købe nye stole og evaluere indkøbet til sommer.", .decided),
    // Decided in the passive: agreed, decided.
    ("Det blev aftalt, at næste møde holdes i Vejle.", .decided),
    // Acknowledging a briefing notes it.
    ("Udvalget kvitterede for redegørelsen.", .noted),
    // "Der er/var ingen ...": nothing was there to decide.
    ("Der er ingen spørgsmål.", Outcome.none),
    ("Der var ingen bemærkninger til referatet.", Outcome.none),
    // A narrated visit with what was told is a briefing: nothing is decided by its sentences.
    (
      "Skolelederen viste rådet rundt på skolen og orienterede bagefter om hverdagen. Alle elever inddrages i planlægningen. "
        + "Der arbejdes med trivsel i en stor del af arbejdet.",
      .noted
    ),
    // Another body's adoption, reported, is not the item's outcome.
    (
      "På byrådsmødet blev det vedtaget, at der indføres et gebyr. Seniorrådet besluttede at betale gebyret og evaluere ordningen.",
      .decided
    ),
    // A discussion after which the committee itself takes on work decided something.
    ("Seniorrådet drøftede brevet og svarer afsenderen, at sagen ligger uden for rådets område.", .decided),
    ("Brevet blev drøftet, og konsulenten svarer afsenderen.", .discussed),
    // A discussion that records what was decided in so many words decided it (where the
    // recommendation asked for the talk, it stays a discussion: `aTalkAskedForStaysDiscussed`).
    ("Drøftet. Besluttet, at der tilføjes et punkt om trafik på dagsordenen.", .decided),
    // One word is a telegraphic decision, not a name.
    ("Udsat.", .postponed),
    ("Orienteret.", .noted),
    // Applauding is adopting.
    ("Seniorrådet roser planen og bifalder, at der oprettes flere pladser.", .approved),
    // A dropped item decided nothing.
    ("Udgår.", Outcome.none),
    // A briefing told: an event held, someone telling, informing, briefing in the present.
    ("Rundvisningen afviklet. Centerlederen fortalte om huset.", .noted),
    ("Formanden oplyste, at der er kommet tre ansøgninger, som bør betragtes samlet set.", .noted),
    ("Ledelsen orienterer om situationen på skolen.", .noted),
    ("Orienteredes.", .noted),
    ("Kassereren meddelte, at der ikke var grundlag for at købe flere obligationer nu.", .noted),
    ("MFJ informerede om det samarbejde, som er i gang.", .noted),
    // Questions are agenda text; a dropped item decided nothing.
    ("Hvad gik godt i dag? Hvad kan gøres bedre? Udgår", Outcome.none),
    // A rule or a thing changed, closed or set up in the passive is decided.
    ("§ 4 stk. 2 ændres til: Rådet vælger selv sin formand.", .decided),
    ("Den gamle kirkegård lukkes for nye begravelser.", .decided),
    // Nothing came in, there was none of it.
    ("Intet til spørgetiden.", Outcome.none),
    ("Der er ikke indenfor den angivne frist indkommet spørgsmål til spørgetiden.", Outcome.none),
    ("Ingen indvendinger.", .approved),
    // A time slot between questions and the item dropped.
    ("Hvad gik godt? Hvad kan gøres bedre?\n\n19.30-19.45\n\nUdgår", Outcome.none),
    // The committee waits.
    ("Vi må afvente og se, hvordan nabokommunen løser opgaven.", .postponed),
    // The decision waits on something.
    ("Der afventes svar fra ministeriet, før sagen afgøres.", .postponed),
    // Moved to a later meeting: postponed; moved on the agenda: only the order changed.
    ("Rykkes til næste møde pga. fravær.", .postponed),
    ("Efter en kort drøftelse blev punktet flyttet til næste bestyrelsesmøde.", .postponed),
    // An event announced for a day is noted.
    ("Temadagen afholdes tirsdag den 4. marts 2025 på rådhuset.", .noted),
    // A briefing that lays down work decided it.
    ("Direktøren orienterede om budgettet. Der udarbejdes en ny plan.", .decided),
    // A thing put off is decided, not the case postponed.
    ("Udvalget anbefaler, at opsætningen af skiltene udskydes, indtil vejen er færdig.", .approved),
    // Text without a formula that weighs views is a discussion; one that reports how things
    // stand is a briefing, noted.
    ("Forskellige synspunkter blev fremført.", .discussed),
    ("Det er lokalrådets opfattelse, at mødet var konstruktivt.", .discussed),
    ("Der er brugt ca. 3600 kr. i alt på nuværende tidspunkt.", .noted),
    ("Byggeansøgningen ligger hos kommunen, og gyngen kommer, når den er i hus.", .noted),
  ])
  func outcomes(_ c: (String, Outcome)) throws {
    #expect(try Self.outcome(Self.minutes(c.0)) == c.1, "\(c.0)")
  }

  /// Text without a formula under a recommendation that asks for a discussion or a briefing:
  /// what it asked for.
  @Test(arguments: [
    ("Indstilling\n\nKommunaldirektøren indstiller,\n\n- At punktet drøftes.", Outcome.discussed),
    ("Indstilling\n\nDirektøren indstiller,\n\n- At orienteringen tages til efterretning.", .noted),
  ])
  func textWithoutAFormulaUnderARecommendation(_ c: (String, Outcome)) throws {
    let text = Self.minutes("Der er indkaldt til arbejdsmiljødag den 18. januar 2024. Der er træk i flere afdelinger.", proposal: c.0)
    #expect(try Self.outcome(text) == c.1, "\(c.0)")
  }

  /// A bare approval of a recommendation that asks only to note a briefing: the briefing was
  /// noted; of one that proposes something: approved.
  @Test(arguments: [
    ("Godkendt.", "at orienteringen tages til efterretning.", Outcome.noted),
    ("Tiltrådt. Ingrid Nielsen og Susanne Schultz deltog ikke i mødet.", "at udvalget tager orienteringen til efterretning.", .noted),
    ("Godkendt.", "at planen godkendes.", .approved),
    ("Godkendt med den ændring, at mødet flyttes til april.", "at orienteringen tages til efterretning.", .approved),
  ])
  func aBareApprovalOfABriefing(_ c: (String, String, Outcome)) throws {
    let text = Self.minutes(c.0, proposal: "Indstilling\n\nDirektøren indstiller,\n\n- \(c.1)")
    #expect(try Self.outcome(text) == c.2, "\(c.0) / \(c.1)")
  }

  /// Titles that brief (a word among the title's, not only its first), loose remarks under
  /// `Eventuelt` and questions: noted, nothing and nothing.
  @Test(arguments: [
    ("Kort orientering fra præsten", "Der bliver ny organist fra 1. oktober.", Outcome.noted),
    ("Elevrådet har ordet", "Der har været lidt uro i frikvartererne, men det er der talt om i klasserne.", .noted),
    ("Eventuelt", "Der var en kort snak om parkeringen ved kirken.", Outcome.none),
    ("Mødeevaluering", "Hvad har fungeret godt i dette møde? Hvad skal vi have mere af?", Outcome.none),
    // An item put up for discussion is discussed, also where the talk lays down some work.
    ("Drøftelse af etablering af kirkeudvalg", "Claus Bagge udarbejder forslag til vedtægt.", .discussed),
    ("Etablering af kirkeudvalg", "Claus Bagge udarbejder forslag til vedtægt.", .decided),
    // The day of the next meeting, set.
    ("Dato for næste møde", "7. juni kl 16", .decided),
    ("Næste møde", "Tirsdag den 28. august kl. 19 i sognegården.", .decided),
    // The meeting's agenda, as changed or without remarks: approved.
    ("Beslutninger om dagsordenen", "Pkt. 105 er taget af dagsordenen.", .approved),
    ("Godkendelse af dagsorden", "Punkt 4 flyttes til efter punkt 2.", .approved),
    ("Bemærkninger/ændringer til dagsordenen", "Ingen bemærkninger.", .approved),
  ])
  func briefingTitlesRemarksAndQuestions(_ c: (String, String, Outcome)) throws {
    #expect(try Self.outcome(Self.minutes(c.1, title: c.0)) == c.2, "\(c.0)")
  }

  @Test func aMeetingNamedInATitleIsNoBriefing() {
    #expect(OutcomeClassifier.isBriefingTitle("kort orientering fra formanden"))
    #expect(!OutcomeClassifier.isBriefingTitle("orienteringsmødet den 18. september"))
  }

  /// A briefing item with a small errand in it is noted; one that decides in so many words is not.
  @Test func briefingItemsWithAnErrand() throws {
    let errand = Self.minutes(
      "Kassereren er rask igen. Formanden holder ham orienteret.", title: "Meddelelser fra formanden")
    #expect(try Self.outcome(errand) == .noted)
    #expect(try Self.register(errand).actions.count == 1)
    let standing = Self.minutes(
      "Status fra ungdomsrådet medtages som fast punkt. Meddelelserne taget til efterretning.", title: "Meddelelser")
    #expect(try Self.outcome(standing) == .noted)
    #expect(try Self.register(standing).actions.map(\.kind) == [.task])
    let agreed = Self.minutes("Datoerne blev aftalt. Sekretariatet sender en oversigt.", title: "Orientering fra sekretariatet")
    #expect(try Self.outcome(agreed) == .decided)
  }

  @Test func ownerWrittenByInitials() throws {
    let text = """
      REFERAT Bestyrelsen d. 02-10-2024

      Mødedeltagere: Karen Holm, Jens Berg, Ole Hansen, Ole Berg

      Punkt 1: Meddelelser

      Beslutning

      JB sender referatet til kommunen. OB holder kassereren orienteret. KH og KB aftaler en dato.
      """
    let r = try Self.register(text)
    let owners = r.actions.map { $0.owners.map(\.name) }
    #expect(owners.contains(["Jens Berg"]))
    #expect(owners.contains(["Ole Berg"]))
  }

  /// Without a list of attendees, initials stand for the deciding body (`SR`, Seniorrådet) or
  /// for a person the item names in full (`MT` after `Mogens Thomsen`).
  @Test func initialsOfTheBodyOrOfAPersonNamedInTheItem() throws {
    let text = """
      Referat fra Seniorrådets møde 18. september 2023

      1. Adresselisten

      Mogens Thomsen sender en revideret adresseliste. MT sender den redigerede liste sammen med dagsordenen.

      2. Busruten

      SR vil følge op på dette over for kommunen.
      """
    let r = try Self.register(text)
    let owners = Dictionary(r.actions.map { ($0.sentence, $0.owners.map(\.name)) }, uniquingKeysWith: { a, _ in a })
    #expect(owners["MT sender den redigerede liste sammen med dagsordenen."] == ["Mogens Thomsen"])
    #expect(owners["SR vil følge op på dette over for kommunen."] == ["Seniorrådet"])
  }

  /// A title between `og` and a name belongs to the name: both are doers.
  @Test func aTitledNameInAListOfDoers() throws {
    let r = try Self.register(Self.minutes("Finn Sørensen og graver Jette Mørk kontakter naboerne til præstegårdshaven."))
    #expect(r.actions.first?.owners.map(\.name) == ["Finn Sørensen", "Jette Mørk"])
  }

  /// A board's notes that name doers by initials: a list of initials, initials before a verb,
  /// and a list of who does what (`Adventskrans – W`, `Opsætning – A/DUK`).
  @Test func doersByInitialsAndListsOfWhoDoesWhat() throws {
    let text = """
      Referat af bestyrelsesmøde 23. oktober 2023

      Deltagere: Kasper Foldager (KF), Jesper Hegaard (JH), Niels Ove Kildahl (NOK), William Berg

      1. Medlemmer

      KF, JH og NOK vil sammen gennemgå den nuværende medlemsliste. JH sørger for adresser til NOK.

      2. Jul

      Adventskrans – W

      Opsætning d. 14.12. – JH/NOK

      Vi tager sagen op igen - senere.

      Forslaget godkendt – V
      """
    let r = try Self.register(text)
    let owners = Dictionary(r.actions.map { ($0.sentence, $0.owners.map(\.name)) }, uniquingKeysWith: { a, _ in a })
    #expect(owners["KF, JH og NOK vil sammen gennemgå den nuværende medlemsliste."] == ["Kasper Foldager", "Jesper Hegaard", "Niels Ove Kildahl"])
    #expect(owners["JH sørger for adresser til NOK."] == ["Jesper Hegaard"])
    #expect(owners["Adventskrans – W"] == ["William Berg"])
    #expect(owners["Opsætning d. 14.12. – JH/NOK"] == ["Jesper Hegaard", "Niels Ove Kildahl"])
    // After the dash a word that is no name: no doer; a decision and a party's letter: none.
    #expect(owners["Vi tager sagen op igen - senere."] == nil)
    #expect(owners["Forslaget godkendt – V"] == nil)
  }

  /// Doers in a clause after a comma, after the modal (`samtidig vil NOK prøve at søge`), before
  /// `forventer at`, and by one letter; a period in a clause of its own is no deadline.
  @Test func doersInClausesOfBoardNotes() throws {
    let text = """
      Referat af bestyrelsesmøde 23. oktober 2023

      Deltagere: Niels Ove Kildahl (NOK), Jan Iversen (JI), Ole Bjerg Lauritzen (OBL), William Berg, Mads Holm

      1. Medlemmer

      Der er i år 12 gaver til uddeling, Mads sørger for adresser til JI.

      2. Vedtægter

      JI og OBL forventer at fremkomme med et forslag til vedtægtsændringer til næste bestyrelsesmøde.

      3. Økonomi

      Vi mangler penge, samtidig vil NOK prøve at søge tilskud fra fonde.

      4. Messe

      W annoncerer beslutningen ved den næstkommende messe.
      """
    let r = try Self.register(text)
    let byItem = Dictionary(r.actions.map { ($0.item, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(byItem[1]?.owners.map(\.name) == ["Mads Holm"])
    #expect(byItem[1]?.due == nil)
    #expect(byItem[2]?.owners.map(\.name) == ["Jan Iversen", "Ole Bjerg Lauritzen"])
    #expect(byItem[3]?.owners.map(\.name) == ["Niels Ove Kildahl"])
    #expect(byItem[4]?.owners.map(\.name) == ["William Berg"])
  }

  /// Errands of small boards: a bullet of several sentences, a long sentence opened by a first
  /// name, initials after a colon, an agreement without a doer, a talk announced for the next
  /// meeting; a wish (`vil gerne`) and a thing put on the agenda (`kommer med på`) lay nothing down.
  @Test func errandsOfSmallBoards() throws {
    let text = """
      Lokalrådsmøde torsdag, den 11. december 2019 kl. 18.00

      Deltagere: Mikael Holm, Lars Berg, Jacob Dam

      1. Status

      • Der er inviteret til møde den 5. februar, hvor vi skal tale om hvad vi laver osv. Mikael laver invitationen og udsender mail.

      2. Vand

      Lars mailer forsyningen om renoveringsplaner for renden og til kommunen om lokale vandplaner.

      3. Grill

      Lars kommer først sent: LGH køber kul.

      4. Erhverv

      Der er enighed om, at undersøge de lokale erhvervsdrivendes holdning.

      5. Oplæg

      Der kommer et oplæg til næste møde.

      6. Skolen

      Skolen vil gerne arbejde sammen med Lokalrådet. Årshjulet kommer med på dagsordenen i januar.
      """
    let r = try Self.register(text)
    let byItem = Dictionary(grouping: r.actions, by: \.item)
    #expect(byItem[1]?.map(\.sentence) == ["Mikael laver invitationen og udsender mail."])
    #expect(byItem[1]?.first?.owners.map(\.name) == ["Mikael Holm"])
    #expect(byItem[2]?.first?.owners.map(\.name) == ["Lars Berg"])
    #expect(byItem[3]?.count == 1)
    #expect(byItem[4]?.first?.owners.isEmpty == true)
    #expect(byItem[5]?.first?.kind == .presentation)
    #expect(byItem[6] == nil)
  }

  /// Doers in brackets after the thing they do it for, joined by `+`, with a bare weekday after
  /// the verb's particle (`køber ind onsdag`): the next such day after the meeting.
  @Test func doersInBracketsJoinedByAPlus() throws {
    let text = """
      Bestyrelsesmøde onsdag den 2. oktober 2024

      Deltagere: Sofie Dam, Anne-Mette Berg, Ole Lund

      1. Foredraget

      Kaffe og kage til Ole (Sofie + Anne-Mette køber ind fredag)
      """
    let r = try Self.register(text)
    let a = try #require(r.actions.first)
    #expect(a.owners.map(\.name) == ["Sofie Dam", "Anne-Mette Berg"])
    #expect(a.due == Day(year: 2024, month: 10, day: 4))
  }

  /// Trying to do something and getting it in order are errands.
  @Test func triesAndGetsInOrder() throws {
    let text = """
      Bestyrelsesmøde onsdag den 2. oktober 2024

      Deltagere: Stefan, Toni og Per

      1. Grundejerforeningen

      Stefan forsøger at komme i kontakt med den nye formand.

      2. Hjemmesiden

      Toni får styr på det.

      3. Julefrokost

      Vi får besøg af borgmesteren.

      4. Juletræet

      Landsbylauget køber lyskæder. Stefan vil tale med Per om, hvad aftalen var. Toni vil foranledige en opmåling.
      """
    let r = try Self.register(text)
    #expect(r.actions.map(\.item) == [1, 2, 4, 4, 4])
    #expect(r.actions.map { $0.owners.map(\.name) } == [["Stefan"], ["Toni"], ["Landsbylauget"], ["Stefan"], ["Toni"]])
  }

  /// A member made responsible for something has a task; a standing rule has none.
  @Test func aMemberMadeResponsible() throws {
    let text = """
      Bestyrelsesmøde onsdag den 2. oktober 2024

      Deltagere: Elsebeth, Jørgen og Jan

      1. Roller

      Elsebeth er tovholder for vedligeholdelse af pavillonen. Jørgen vil være ansvarlig for regnskabet. Klager skal altid sendes til administrationen.
      """
    let r = try Self.register(text)
    #expect(r.actions.map { $0.owners.map(\.name) } == [["Elsebeth"], ["Jørgen"]])
  }

  /// Meeting someone, trying to get something in place, asking around; a prediction is no errand.
  @Test func meetingTryingAskingBuying() throws {
    let text = """
      Bestyrelsesmøde onsdag den 2. oktober 2024

      Deltagere: Per, Thomas og Bo

      1. Havnen

      Per mødes med kommunens folk på mandag. Per vil forsøge at få kontrakten på plads.

      2. Fodbold

      Thomas vil høre trænerne om der er nogle som kan hjælpe. Der vil blive noget boldspil.
      """
    let r = try Self.register(text)
    #expect(r.actions.map(\.item) == [1, 1, 2])
    #expect(r.actions.map { $0.owners.map(\.name) } == [["Per"], ["Per"], ["Thomas"]])
  }

  /// The state of the accounts told under `Økonomi` is noted.
  @Test func theAccountsToldAreNoted() throws {
    #expect(try Self.outcome(Self.minutes("Status på økonomien og medlemstallet. Balance: 602.114 kr. Medlemstal: 191", title: "Økonomi")) == .noted)
  }

  /// Nothing against the agenda: it stands as sent.
  @Test func noRemarksToTheAgendaApprovesIt() throws {
    #expect(try Self.outcome(Self.minutes("Ingen.", title: "Bemærkninger/ændringer til dagsordenen")) == .approved)
    #expect(try Self.outcome(Self.minutes("Ingen.", title: "Fraværende")) == Outcome.none)
  }

  /// The matter in a few words before a comma, then a first name and the errand.
  @Test func aMatterThenTheErrand() throws {
    let text = """
      Bestyrelsesmøde onsdag den 2. oktober 2024

      Deltagere: Karsten, Per og Hanne

      1. Sæsonstart

      Badminton, Karsten tager imod tilmeldingerne og fordeler tiderne. Gave som tak for hjælpen, Per tager sig af dette.
      """
    let r = try Self.register(text)
    #expect(r.actions.map { $0.owners.map(\.name) } == [["Karsten"], ["Per"]])
  }

  /// In minutes with sections, an item whose only text is a short outcome under its heading.
  @Test func aShortOutcomeUnderTheHeadingIsTheDecision() throws {
    let text = """
      Referat af møde i Seniorrådet 26. november 2025 kl. 09.00

      1. Godkendelse af dagsordenen
      Godkendt

      2. Høring af kommuneplanen
      Sagsfremstilling
      Planen er i høring.
      Beslutning
      Seniorrådet drøftede planen.

      3. Orientering om budgettet
      Sagsfremstilling
      Budgettet blev gennemgået af forvaltningen.
      """
    let r = try Self.register(text)
    let outcomes = Dictionary(r.decisions.filter { $0.source == .decision }.map { ($0.itemNumber ?? 0, $0.outcome) }, uniquingKeysWith: { a, _ in a })
    #expect(outcomes[1] == .approved)
    #expect(outcomes[2] == .discussed)
    // A case presentation is no decision.
    #expect(outcomes[3] == Outcome.none)
  }

  /// Errands after a paragraph's announcement of an event are due by its day; a first name and
  /// a surname's initial is the attendee who has both.
  @Test func errandsForAnAnnouncedEventAndNamesWithAnInitial() throws {
    let text = """
      Referat af bestyrelsesmøde 16.2.2009 kl. 19.00

      Deltagere: Bjarne Holm, Birthe Østergaard, Birthe Jensen, Marianne Dam

      1. Generalforsamling

      Der er generalforsamling den 23. marts kl 19.00 i Sognegården. Bjarne står for indkaldelse. Marianne bager.

      2. Fest

      Birthe Ø. undersøger mulige retter.
      """
    let r = try Self.register(text)
    let bySentence = Dictionary(r.actions.map { ($0.sentence, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(bySentence["Bjarne står for indkaldelse."]?.due == Day(year: 2009, month: 3, day: 23))
    #expect(bySentence["Marianne bager."]?.due == Day(year: 2009, month: 3, day: 23))
    #expect(bySentence["Birthe Ø. undersøger mulige retter."]?.owners.map(\.name) == ["Birthe Østergaard"])
    #expect(bySentence["Birthe Ø. undersøger mulige retter."]?.due == nil)
  }

  /// A relative clause with its own verb before the main verb; purchases, requests to a body
  /// every council abbreviates alike.
  @Test func mainVerbsAfterRelativeClausesAndRequests() throws {
    let text = """
      Referat af menighedsrådsmøde 27. marts 2019

      1. Underskrifter

      De der har underskrevet skal kontaktes direkte.

      2. Gave

      Der købes gave til foredragsholderen.

      3. Anlæg

      Der var enighed om at anmode PU om at videreføre anlægsaktiver.

      4. Status

      Sagen, der blev drøftet sidst, er afsluttet.
      """
    let r = try Self.register(text)
    let byItem = Dictionary(grouping: r.actions, by: \.item)
    #expect(byItem[1]?.count == 1)
    #expect(byItem[2]?.count == 1)
    #expect(byItem[3]?.first?.owners.map(\.name) == ["Provstiudvalget"])
    #expect(byItem[4] == nil)
  }

  /// A recommendation to the deciding body is a referral to it; a wished theme meeting is a
  /// talk; a chair who puts the council on another body's agenda.
  @Test func recommendedToTheCouncilAndThemeMeetings() throws {
    let text = """
      Referat af møde i Børne- og Ungeudvalget 2. maj 2023

      Deltagere: Birgit Nielsen, Per Holm

      1. Normering

      Beslutning

      Indstilles til Byrådets godkendelse.

      2. Temaer

      Beslutning

      Udvalget ønsker et temamøde om dagens tema.

      3. Brugerrådet

      Beslutning

      Formand Birgit Nielsen tilmelder Seniorrådet som et punkt til deres dagsorden.
      """
    let r = try Self.register(text)
    let byItem = Dictionary(grouping: r.actions, by: \.item)
    #expect(byItem[1]?.first?.kind == .referral)
    #expect(byItem[1]?.first?.owners.map(\.name) == ["Byrådet"])
    #expect(byItem[2]?.first?.kind == .presentation)
    #expect(byItem[3]?.first?.owners.map(\.name) == ["Birgit Nielsen"])
  }

  /// A committee that recommends on: its decision, broken over two paragraphs by the layout.
  @Test func aCommitteeRecommendingOnIsItsDecision() throws {
    let text = """
      Referat af møde i Forretningsudvalget 14. maj 2013

      32. Belægningssituationen på det medicinske område

      Direktionen indstiller,

      at sagen drøftes.

      Beslutning

      Forretningsudvalget indstiller,

      at orienteringen tages til efterretning.
      """
    let r = try Self.register(text)
    #expect(r.decisions.first(where: { $0.source == .decision })?.outcome == .noted)
  }

  /// Requests after a recommendation's `at`, `bedes` with any infinitive, an offer by a first
  /// name (`vil gerne`), a particle far from its verb, a priest's abbreviation, a day the
  /// sentence before announces with `Det bliver den`; standing for election is no errand.
  @Test func requestsOffersAndElections() throws {
    let text = """
      Referat af møde i Økonomiudvalget 3. februar 2020

      Deltagere: Georg Holm, Lars la Cour, Martin Dam

      1. Budget

      Beslutning

      At direktionen bemyndiges til at gennemføre et anlægsstop. Forvaltningen bedes tilvejebringe overblik over likviditet.

      2. Bar

      Beslutning

      Georg vil gerne levere øl til næste bar. Sognepræsten tager spørgsmålet om kirkebladets fremtid op med sp. Peder Holm.

      3. Valg

      Beslutning

      Martin Dam og Georg Holm er på valg og opstiller.

      4. Heldag

      Beslutning

      Det bliver den 27. maj. Lars planlægger og inviterer.
      """
    let r = try Self.register(text)
    let bySentence = Dictionary(r.actions.map { ($0.sentence, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(bySentence["At direktionen bemyndiges til at gennemføre et anlægsstop."]?.owners.map(\.name) == ["Direktionen"])
    #expect(bySentence["Forvaltningen bedes tilvejebringe overblik over likviditet."] != nil)
    #expect(bySentence["Georg vil gerne levere øl til næste bar."]?.owners.map(\.name) == ["Georg Holm"])
    #expect(bySentence["Sognepræsten tager spørgsmålet om kirkebladets fremtid op med sp. Peder Holm."] != nil)
    #expect(r.actions.filter { $0.item == 3 }.isEmpty)
    #expect(bySentence["Lars planlægger og inviterer."]?.due == Day(year: 2020, month: 5, day: 27))
  }

  /// What a committee asks for in a list under `ønsker:`, written without bullets; a case to be
  /// discussed next time or taken off the agenda comes back.
  @Test func wishesListedUnderALeadInAndCasesThatComeBack() throws {
    let text = """
      Referat af Klima- og Miljøudvalget 17. maj 2017

      1. Budget 2018

      Beslutning

      Tiltrådt.

      Udvalget ønsker:

      Oversigt over klimatiltag
      Støjkortlægning
      Lokalplankrav til lokal afledning af regnvand

      2. Kirkekaffe

      Beslutning

      Punktet bliver drøftet næste gang.

      3. Dagsorden

      Beslutning

      Pkt. 105 er taget af dagsordenen.
      """
    let r = try Self.register(text)
    #expect(r.actions.filter { $0.item == 1 }.map(\.sentence) == ["Oversigt over klimatiltag", "Støjkortlægning", "Lokalplankrav til lokal afledning af regnvand"])
    #expect(r.actions.filter { $0.item == 2 }.isEmpty)
    #expect(r.postponements.count == 2)
    let imperative = try Self.register(Self.minutes("Tilføj brevhoved på alle sider - Handicaprådets forretningsorden."))
    #expect(imperative.actions.count == 1)
    #expect(try Self.register(Self.minutes("Send.")).actions.isEmpty)
    let shared = try Self.register(Self.minutes("Kirkekaffe koordineres mellem Lisbeth og Jeppe."))
    #expect(shared.actions.first?.owners.map(\.name) == ["Lisbeth", "Jeppe"])
  }

  /// A board's errands one a line, each opened by a first name, with or without a comma; a
  /// list of names or of those away is none.
  @Test func errandsOneALine() throws {
    let text = """
      Bestyrelsesmøde den 12.4.2012

      Fremmødet: Trine, Tobias, Steen, Anne og Jette

      1. Organisationsændring

      Årets aktivitetsudbud blev diskuteret og fastlagt.
      Tobias, opdaterer facebook.
      Steen, opdaterer hjemmesiden og udsender mail til alle medlemmer
      Anne laver forslag til en artikel og en plakat.
      Trine og Jette, laver en folder

      2. Fravær

      Bettina Bøcker Kjeldsen og Lars Peter Petersen var fraværende. Anders Berner, Asger Gaard og Viggo Holm.
      """
    let r = try Self.register(text)
    let owners = r.actions.filter { $0.item == 1 }.map { $0.owners.map(\.name) }
    #expect(owners == [["Tobias"], ["Steen"], ["Anne"], ["Trine", "Jette"]])
    #expect(r.actions.filter { $0.item == 2 }.isEmpty)
  }

  @Test func aQuestionLaysNothingDown() throws {
    #expect(try Self.register(Self.minutes("Skal der udarbejdes en ny plan?")).actions.isEmpty)
  }

  @Test func aDecisionInPartsForSeveralCases() throws {
    let mixed = """
      Sag nr. 31 Vejbelysning:

      Anbefales.

      Sag nr. 32 Busplan:

      Taget til efterretning. Forvaltningen udarbejder en køreplan.
      """
    #expect(try Self.outcome(Self.minutes(mixed, title: "Sager fra lukket møde")) == .decided)
    let same = """
      Sag nr. 31 Vejbelysning:

      Anbefales.

      Sag nr. 32 Busplan:

      Godkendt.
      """
    #expect(try Self.outcome(Self.minutes(same, title: "Sager fra lukket møde")) == .approved)
  }

  /// A quoted body's decision read as a decision section is not the item's own.
  @Test func anEarlierBodysDecisionIsNotTheItemsOutcome() throws {
    let quoted = Section(
      kind: .decision, heading: "Teknisk Udvalg, 9. september 2024, pkt. 12:",
      paragraphs: [Paragraph(text: "Anbefales.", line: 9)], line: 8)
    let own = Section(kind: .decision, heading: "Beslutning", paragraphs: [Paragraph(text: "Udsat.", line: 12)], line: 11)
    func register(_ sections: [Section]) -> Register {
      let item = AgendaItem(number: 5, title: "Lokalplan", sections: sections, line: 5)
      return Register(
        meetings: [Meeting(source: "byraadet-2024-10-02.txt", committee: "Byrådet", date: Examples.day("2024-10-02"), items: [item])])
    }
    #expect(register([quoted]).decisions.first { $0.source == .decision }?.outcome == Outcome.none)
    #expect(register([quoted, own]).decisions.first { $0.source == .decision }?.outcome == .postponed)
  }

  @Test func anItemsOwnNumberNamesItself() throws {
    let r = try Self.register(Self.minutes("Sag nr. 4 udsættes til næste møde."))
    #expect(r.postponements.first?.item == 4)
    #expect(r.decisions.first { $0.source == .decision }?.outcome == .postponed)
  }

  // MARK: deferrals

  @Test func anotherItemDeferredUnderTheAgenda() throws {
    let text = Self.minutes(
      "Dagsordenen blev godkendt.\n\nVedrørende sag 17 foreslog formanden, at sagen genoptages til marts 2025, idet der afventes et notat.",
      committee: "Byrådet", title: "Godkendelse af dagsorden", number: 16)
    let r = try Self.register(text)
    #expect(r.decisions.first { $0.source == .decision }?.outcome == .approved)
    let p = try #require(r.postponements.first)
    #expect(r.postponements.count == 1)
    #expect(p.item == 17)
    #expect(p.caseNumber == "")
    #expect(p.target == Examples.day("2025-03-31"))
    // The deferred item is not in these minutes: nothing to follow there.
    #expect(r.openPostponed(asOf: Examples.day("2024-10-03")).isEmpty)
  }

  @Test func anotherItemDeferredWithItsCaseNumber() throws {
    // "Punkt 28. <title> <case number> udsat.": an item not printed here, followed by its number.
    let text = Self.minutes(
      "Punkt 28. Beslutning om aftale med Lejerbo om små boliger 13/39690 udsat.\nDagsordenen blev herefter godkendt.",
      committee: "Byrådet", title: "Godkendelse af dagsorden", number: 24)
    let r = try Self.register(text)
    let p = try #require(r.postponements.first)
    #expect(r.postponements.count == 1)
    #expect(p.item == 28)
    #expect(p.caseNumber == "13/39690")
    #expect(p.title == "Beslutning om aftale med Lejerbo om små boliger")
    #expect(r.openPostponed(asOf: Examples.day("2024-10-03")).map(\.caseNumber) == ["13/39690"])
    #expect(r.decisions.first { $0.source == .decision }?.outcome == .approved)
  }

  @Test(arguments: [
    "Sagen genoptages i sag 24/1234 til marts 2025.", "Sag 2023-0123456 udsættes til næste møde.",
    // A number after the verb refers; the item deferred is named before it.
    "Sagen udsættes, jf. punkt 2 på sidste møde.",
  ])
  func aCaseNumberIsNoItemNumber(_ sentence: String) throws {
    let r = try Self.register(Self.minutes(sentence))
    #expect(r.postponements.first?.item == 4)
  }

  @Test(arguments: [
    "Udvalget anbefaler, at nedrivningen af skuret udskydes til efteråret.",
    "Udvalget besluttede at udsætte byggeriet til foråret.",
    "Asfaltering af stien udsættes, indtil kloakarbejdet er færdigt.",
  ])
  func aThingOrAnActivityPutOffIsNoDeferral(_ sentence: String) throws {
    let r = try Self.register(Self.minutes(sentence))
    #expect(r.postponements.isEmpty, "\(sentence)")
  }

  @Test(arguments: [
    "Udvalget besluttede at udsætte til næste møde.",
    "Behandlingen af forslaget udskydes en måned.",
    "Vejplanen udsættes til næste møde.",
    "Godkendelse af budgettet udskydes til næste møde.",
  ])
  func theCaseOrItsTitlePutOffIsADeferral(_ sentence: String) throws {
    let r = try Self.register(Self.minutes(sentence, title: "Vejplan for midtbyen"))
    #expect(r.postponements.count == 1, "\(sentence)")
  }

  /// (case text, the earlier meeting's day or nil): a case text that tells the case was deferred
  /// at an earlier meeting.
  @Test(arguments: [
    ("Sagen er genoptaget fra mødet den 30. september 2024.", Optional("2024-09-30")),
    ("Punktet blev udsat på udvalgets møde den 4. september 2024.", "2024-09-04"),
    ("Sagen var udsat fra møde nr. 4, den 11. september 2024.", "2024-09-11"),
    // The meeting itself moved, a project delayed, a deferral yet to come: no deferred case.
    ("Mødet den 30. september 2024 blev udsat til i dag.", nil),
    ("Byggeriet blev udskudt den 30. september 2024.", nil),
    ("Sagen udsættes til mødet den 30. oktober 2024.", nil),
  ] as [(String, String?)])
  func deferredAtAnEarlierMeeting(_ c: (String, String?)) throws {
    let r = try Self.register(Self.minutes("Godkendt.").replacing("Sagen handler om noget.", with: c.0))
    let told = r.postponements.filter { $0.source == .caseText }
    #expect(told.map { $0.meetingDate.description } == (c.1.map { [$0] } ?? []))
    if c.1 != nil {
      let p = try #require(told.first)
      #expect(p.item == nil)
      #expect(p.caseNumber == "81.16.00P21-1-24")
      // The item's own decision is still this meeting's outcome, and the case is not waiting.
      #expect(try #require(r.decisions.first { $0.source == .decision }).outcome == .approved)
      #expect(r.openPostponed(asOf: Examples.day("2024-10-03")).isEmpty)
    }
  }

  @Test func aCaseDeferredEarlierIsTakenUpByTheMinutesThatSaySo() throws {
    // No case number to follow it by: the item's own minutes are its return.
    let text = Self.minutes("Godkendt.", title: "Præsentation af rammer – udsat fra møde nr. 4, den 11. september 2024")
      .replacing("81.16.00P21-1-24\n", with: "")
    let r = try Self.register(text)
    #expect(r.postponements.map(\.source) == [.caseText])
    #expect(r.openPostponed(asOf: Examples.day("2024-10-03")).isEmpty)
  }

  // MARK: actions

  typealias ActionRow = (sentence: String, owner: String?, kind: ActionKind)

  static let actionRows: [ActionRow] = [
    // Asked for: the one asked does the work, not the asker.
    ("Udvalget beder om, at forvaltningen samtidig beregner prisen.", "Forvaltningen", .task),
    // After an opening adverb the subject follows the verb, also in lower case.
    ("Herudover tager sekretariatet kontakt til skolerne.", "Sekretariatet", .task),
    // Empowered to act.
    ("Køb af bilen godkendes på vilkår som sekretariatet bemyndiges til at forhandle med forhandleren.", "Sekretariatet", .task),
    ("Direktøren bemyndiges til at indgå en aftale med entreprenøren.", "Direktøren", .task),
    // A council's members act as the council.
    ("Seniorrådets medlemmer hjælper til med uddelingen af foldere.", "Seniorrådet", .task),
    // The work of a coordinated infinitive after "besluttede at".
    ("Seniorrådet besluttede at købe nye stole og evaluere indkøbet til sommer.", "Seniorrådet", .task),
    // A verb after "og" shares the clause's subject.
    ("Seniorrådet drøftede brevet og svarer afsenderen, at sagen ligger uden for rådets område.", "Seniorrådet", .task),
    // A talk the subject gives at a meeting to come, also with the r slipped.
    ("Sekretariatet orienterer nærmere om regnskabet på næste møde.", "Sekretariatet", .presentation),
    ("Forvaltningen orientere om status på næste møde.", "Forvaltningen", .presentation),
    // A talk a body is to be given.
    ("Udvalget finder, at den nye bestyrelse bør have samme gennemgang primo januar 2025.", nil, .presentation),
    // A noun after a preposition is no subject: the subject follows the verb.
    ("I samarbejde med forvaltningen udarbejder Skoleafdelingen en plan.", "Skoleafdelingen", .task),
    // Work put on the agenda; keeping someone informed.
    ("Nyhedsbrevet medtages som fast punkt på dagsordenen.", nil, .task),
    ("Formanden holder bestyrelsen orienteret.", "Formanden", .task),
    // The chair is a role.
    ("Formanden sender en påmindelse til kommunen.", "Formanden", .task),
    // Decided in so many words, with nobody named.
    ("Drøftet. Besluttet, at der tilføjes et punkt om trafik på dagsordenen.", nil, .task),
    // Work under way, the doers after "af"; the rest of the sentence does not take it over.
    ("Regnskabet er under udarbejdelse af Mette og Karen og revideres snarest af revisor.", "Mette", .task),
    // Handing out, offered.
    ("Karsten vil gerne dele invitationer ud til alle husstande.", "Karsten", .task),
    // A consequence whose doer is named ("så Winnie sørger for").
    ("Det blev vedtaget at hyre en træner, så Winnie sørger for kontakten til træneren.", "Winnie", .task),
  ]

  @Test(arguments: actionRows)
  func actions(_ row: ActionRow) throws {
    let r = try Self.register(Self.minutes(row.sentence))
    #expect(r.actions.count == 1, "\(r.actions.map(\.sentence))")
    let a = try #require(r.actions.first, "no action in '\(row.sentence)'")
    #expect(a.kind == row.kind, "\(row.sentence)")
    #expect(a.owners.first?.name == row.owner, "\(row.sentence)")
  }

  @Test func aTalkIsDueAtTheNextMeeting() throws {
    let r = try Self.register(Self.minutes("Forvaltningen orienterer om status på næste møde."))
    let a = try #require(r.actions.first)
    #expect(a.dueText == "på næste møde")
    let talk = try #require(
      try Self.register(Self.minutes("Udvalget finder, at den nye bestyrelse bør have samme gennemgang ultimo januar 2025."))
        .actions.first)
    #expect(talk.due == Examples.day("2025-01-31"))
  }

  @Test(arguments: [
    // Practices: a whole class in the passive, ongoing work.
    "Alle forslag indarbejdes i planen.",
    "Der arbejdes med sund kost i alle afdelinger.",
    // Events announced for a day.
    "Sommerfesten afholdes den 14. juni 2025 i parken.",
    "Der afholdes valg til bestyrelsen den 3. marts 2025.",
    // The asker's own verb is no work.
    "Udvalget beder om, at sagen sættes på et senere møde.",
  ])
  func noActions(_ sentence: String) throws {
    let r = try Self.register(Self.minutes(sentence))
    #expect(r.actions.isEmpty, "read \(r.actions.map(\.sentence))")
  }

  @Test func aDayWithoutAYearBeforeTheMeetingIsNextYears() throws {
    let r = try Self.register(Self.minutes("Karen laver årsberetningen til godkendelse på mødet den 3. marts."))
    #expect(r.actions.first?.due == Examples.day("2025-03-03"))
  }

  @Test func anEventToBeHeldByADeadlineIsWork() throws {
    let r = try Self.register(Self.minutes("Der afholdes et borgermøde inden den 1. december 2024."))
    #expect(r.actions.map(\.due) == [Examples.day("2024-12-01")])
  }

  // MARK: owners

  @Test func theAdministrationIsTheUnitThatWroteTheCase() throws {
    let proposal = "Forslag\n\nTeknik- og Miljøforvaltningen foreslår,\n\nat orienteringen tages til efterretning."
    let r = try Self.register(Self.minutes("Forvaltningen udarbejder en tidsplan.", proposal: proposal))
    let a = try #require(r.actions.first)
    #expect(a.owners.map(\.name) == ["Teknik- og Miljøforvaltningen"])
    #expect(a.owners.map(\.kind) == [.unit])
    #expect(a.owners.map(\.surface) == ["Forvaltningen"])
  }

  @Test func aPersonWhoWroteTheCaseIsNotTheAdministration() throws {
    let proposal = "Indstilling\n\nDirektøren for Teknik og Miljø indstiller,\n\nat orienteringen tages til efterretning."
    let r = try Self.register(Self.minutes("Forvaltningen udarbejder en tidsplan.", proposal: proposal))
    #expect(r.actions.first?.owners.map(\.name) == ["Forvaltningen"])
  }

  // MARK: municipalities

  /// Two councils' committees of the same name: one's meetings are not the other's calendar.
  @Test func sameNamedCommitteesOfTwoMunicipalities() throws {
    func meeting(_ source: String, _ date: String, _ decision: String) throws -> Meeting {
      let text = """
        REFERAT Økonomiudvalget d. \(date)

        Punkt 1: Sag om noget

        Sagsfremstilling

        Sagen handler om noget.

        Beslutning

        \(decision)
        """
      return try MinutesParser.parse(bytes: Array(text.utf8), source: source)
    }
    let meetings = [
      try meeting("nordby-oekonomiudvalget-2024-01-10.txt", "10-01-2024", "Udsættes til næste møde."),
      try meeting("sydby-oekonomiudvalget-2024-01-17.txt", "17-01-2024", "Godkendt."),
      try meeting("nordby-oekonomiudvalget-2024-02-07.txt", "07-02-2024", "Godkendt."),
    ]
    let r = Register(meetings: meetings)
    let p = try #require(r.postponements.first)
    #expect(p.target == Examples.day("2024-02-07"))
    // Each municipality's items without a case number are its own.
    #expect(Register(meetings: meetings).cases.isEmpty)
  }

  @Test(arguments: [
    ("fredensborg-oekonomiudvalget-2013-12-09.txt", "Økonomiudvalget", "fredensborg"),
    ("region-nordjylland-hmu-psykiatri-2017-11-06.txt", "HMU Psykiatri", "region-nordjylland"),
    ("aarhus-byraad-referat-2025-08-27.txt", "Byrådet", "aarhus"),
    ("byraad-referat-2025-08-27.txt", "Aarhus Byråd", "aarhus"),
    ("direktionen-2024-10-02.txt", "Direktionen", ""),
    ("referat.txt", "Direktionen", ""),
  ])
  func municipalityFromTheFileName(_ c: (String, String, String)) throws {
    let m = Meeting(source: c.0, kind: .minutes, committee: c.1)
    #expect(Register.municipality(of: m) == c.2)
  }

  // MARK: notes of small boards

  @Test(arguments: [
    // An election names who was chosen: decided.
    ("Valg af dirigent og referent", "Dirigent Hanne og referent Ole.", Outcome.decided),
    ("Konstituering af bestyrelsen", "Formand Mogens Thomsen. Kasserer Jan Friis.", .decided),
    // The agenda approved with a change.
    ("Godkendelse af dagsorden", "Punkt 4 flyttes til efter punkt 2.", .approved),
    ("Godkendelse af dagsordenen", "Punkt 9 om skolebusser udsættes.", .approved),
    // Nothing to tell.
    ("Meddelelser", "Der var ingen meddelelser.", Outcome.none),
    ("Høringssvar", "Intet at rapportere.", Outcome.none),
    ("Meddelelser", "Punkt 1: Der var ingen meddelelser.", Outcome.none),
    // A status told without a formula: noted.
    ("Opfølgning på antal tilmeldinger", "Der er ikke kommet flere tilmeldinger. Vi har stadig kun 21.", .noted),
    // A resolution of the board's own ("vedtager, at"), not the adoption of a proposal.
    ("Arbejdsmiljø i bestyrelsen", "Bestyrelsen vedtager, at man afprøver de metoder, der kom frem i grupperne.", .decided),
    // Discussed, then the thing the item is about sent on.
    ("Direktionens oplæg til budget", "Direktionen drøftede oplægget. Oplægget fremsendes til Byrådet den 7. oktober.", .referred),
    // Set out.
    ("Budget på udvalgets område", "Udvalget fastslog, at rekruttering er den væsentligste prioritet.", .decided),
    // The board as "vi" does or will do something; talking about it is a discussion.
    ("Indsamling til høstmarked", "Vi bidrager med 1000 kr.", .decided),
    ("Forsøgsordning med kirkebil", "Vi vil gerne indgå i ordningen som forsøg.", .decided),
    ("Forsøgsordning med kirkebil", "Vi talte om ordningen og om prisen.", .discussed),
  ])
  func notesOfSmallBoards(_ c: (String, String, Outcome)) throws {
    #expect(try Self.outcome(Self.minutes(c.1, title: c.0)) == c.2, "\(c.1)")
  }

  @Test func deferralsOfNotesAndOfOtherItems() throws {
    // A sub-point put off in telegraphic style after a dash.
    let sub = try Self.register(Self.minutes("a) Køkken – Godkendt.\n\nb) Taxa refusion – Udsat til næste møde", title: "Økonomi"))
    #expect(sub.postponements.count == 1)
    // Another item to be treated first at a later meeting: its day is the target.
    let later = try Self.register(
      Self.minutes(
        "Punkt 10 for lukkede døre ønskes først behandlet på byrådets møde 12. november.", committee: "Byrådet",
        title: "Godkendelse af dagsorden", number: 1))
    #expect(later.postponements.first?.item == 10)
    #expect(later.postponements.first?.target == Examples.day("2024-11-12"))
    // A date in the deferred item's title ("fra 1. januar 2025") is no target.
    let titled = try Self.register(
      Self.minutes(
        "Punkt 9 Rengøring i kommunen fra 1. januar 2025 udsættes.", committee: "Byrådet",
        title: "Godkendelse af dagsorden", number: 1))
    #expect(titled.postponements.first?.item == 9)
    #expect(titled.postponements.first?.targetText != "fra 1. januar 2025")
    #expect(titled.postponements.first?.target != Examples.day("2025-01-01"))
  }

  @Test func doersOfNotes() throws {
    let r = try Self.register(
      Self.minutes(
        """
        Jara, Anne og Kirstine arbejder på folderen.

        Der skal sendes et nyhedsbrev ud (Steen).

        Mette opretter et fælles dokument (ligger klar senest 5/10).
        """, title: "Opgaver"))
    let byStart = Dictionary(uniqueKeysWithValues: r.actions.map { (String($0.sentence.prefix(6)), $0) })
    #expect(byStart["Jara, "]?.owners.map(\.name) == ["Jara", "Anne", "Kirstine"])
    #expect(byStart["Der sk"]?.owners.map(\.name) == ["Steen"])
    #expect(byStart["Mette "]?.due == Examples.day("2024-10-05"))
  }

  @Test func doersLabelledInvertedOrInPlural() throws {
    let r = try Self.register(
      Self.minutes(
        """
        Arne Holm: præsentation af hjemmesiden i kirkebladet sendes senest 1/11.

        Herefter laver arbejdsgrupperne en tekst til deres punkt.

        Hanne formidler kontakt til foreningen.
        """, title: "Opgaver"))
    let owners = r.actions.map { $0.owners.map(\.name) }
    #expect(owners.contains(["Arne Holm"]))
    #expect(owners.contains(["Arbejdsgrupperne"]))
    #expect(owners.contains(["Hanne"]))
    #expect(r.actions.first { $0.sentence.hasPrefix("Arne") }?.due == Examples.day("2024-11-01"))
  }

  @Test func errandsOfNotes() throws {
    let r = try Self.register(
      Self.minutes(
        """
        Bjarne står for indkaldelse. Marianne bager. Birgit prøver at få en person fra kommunen til at komme.

        Påbegynde vedtægter for lapidariet.

        Alle rammer for udvalgene gennemgås af kommunikationsudvalget før de godkendes.

        Alice Olsen træder ind i stedet og fortsætter arbejdet med vedtægten.

        Verner mener, at det er godt. Birgit fortæller om mødet. Lisbet mødeleder Mogens ordstyrer. Henrik Arens (genopstiller).
        """, title: "Generalforsamling"))
    let bySentence = Dictionary(r.actions.map { ($0.sentence, $0.owners.map(\.name)) }, uniquingKeysWith: { a, _ in a })
    #expect(bySentence["Bjarne står for indkaldelse."] == ["Bjarne"])
    #expect(bySentence["Marianne bager."] == ["Marianne"])
    #expect(bySentence["Birgit prøver at få en person fra kommunen til at komme."] == ["Birgit"])
    #expect(bySentence["Påbegynde vedtægter for lapidariet."] == [])
    #expect(bySentence["Alle rammer for udvalgene gennemgås af kommunikationsudvalget før de godkendes."] == ["Kommunikationsudvalget"])
    #expect(bySentence["Alice Olsen træder ind i stedet og fortsætter arbejdet med vedtægten."] == ["Alice Olsen"])
    // Telling, thinking, roles and notes in brackets lay down nothing.
    #expect(r.actions.count == 6)
  }

  @Test func mattersThatWaitAndThingsSentOn() throws {
    let waits = try Self.register(Self.minutes("Bestyrelsen er enige om, at revisionen kan vente til næste års generalforsamling."))
    #expect(waits.postponements.count == 1)
    let later = try Self.register(Self.minutes("Proceduren tages op ved et menighedsrådsmøde i efteråret."))
    #expect(later.postponements.count == 1)
    let nextAgenda = try Self.register(Self.minutes("Drøftelse om hvordan medlemmer inviteres. Sættes på næste dagsorden."))
    #expect(nextAgenda.postponements.count == 1)
    #expect(try Self.register(Self.minutes("Punktet sættes ikke på næste dagsorden.")).postponements.isEmpty)
    // The matter is to be on the next meeting's agenda, dated where the sentence says when.
    let comesOn = try Self.register(Self.minutes("Der arbejdes i grupper. Emnet skal med på næste bestyrelsesmøde d. 6 november."))
    #expect(comesOn.postponements.count == 1)
    #expect(comesOn.postponements.first?.target == Examples.day("2024-11-06"))
    #expect(try Self.register(Self.minutes("Punktet kommer på næste dagsorden igen.")).postponements.count == 1)
    // A deadline moved is no deferral of the case, whatever its title.
    let deadline = try Self.register(
      Self.minutes("Udvalget godkendte, at høringsfristen udsættes til 1. juli 2025.", title: "Høring af trafikplanen"))
    #expect(deadline.postponements.isEmpty)
    for sentence in [
      "Emnet skal ikke med på næste møde.", "Regnskabet skal med på næste møde i Økonomiudvalget.",
      "Kassereren skal med på næste møde.",
    ] {
      #expect(try Self.register(Self.minutes(sentence)).postponements.isEmpty, "\(sentence)")
    }
    // Another item's, in the agenda's approval.
    for sentence in [
      "Godkendt med den tilføjelse, at sag 430 bliver udsat.", "Godkendt, idet punkt nr. 3 tages af dagsordenen.",
      "Sag 411 behandles som en drøftelsessag med henblik på senere beslutning.",
    ] {
      let other = try Self.register(Self.minutes(sentence, title: "Godkendelse af dagsorden"))
      #expect(other.postponements.count == 1, "\(sentence)")
    }
    #expect(later.actions.isEmpty)
    let sent = try Self.register(
      Self.minutes("Regnskabet bliver nu sendt til foreningens revisor for endelig godkendelse.", title: "Regnskab 2023"))
    let a = try #require(sent.actions.first)
    #expect(a.kind == .referral)
    #expect(a.owners.map(\.name) == ["Foreningens revisor"])
    #expect(try Self.outcome(Self.minutes("Ingen spørgsmål.", title: "Spørgetid")) == Outcome.none)
  }

  /// The sentence after a piece of work that says when the result comes back (`Dette
  /// fremlægges ... d. 20/2`) gives the work its day and is no action of its own; one that lays
  /// down work of its own or has no day does not.
  @Test func theNextSentenceSaysWhenTheWorkComesBack() throws {
    let back = try Self.register(Self.minutes(
      "Forvaltningen bedes tilvejebringe overblik over likviditeten. Dette fremlægges for udvalget på mødet d. 20/10."))
    #expect(back.actions.count == 1)
    #expect(back.actions.first?.owners.map(\.name) == ["Forvaltningen"])
    #expect(back.actions.first?.due == Examples.day("2024-10-20"))
    let noDay = try Self.register(Self.minutes(
      "Forvaltningen bedes tilvejebringe overblik over likviditeten. Dette fremlægges for udvalget."))
    #expect(noDay.actions.allSatisfy { $0.due == nil })
    let other = try Self.register(Self.minutes(
      "Forvaltningen bedes tilvejebringe overblik over likviditeten. Sekretariatet sender referatet senest d. 20/10."))
    #expect(other.actions.first { $0.owners.map(\.name) == ["Forvaltningen"] }?.due == nil)
  }

  /// A deadline's label and day alone after a piece of work (`Frist: 15. oktober 2024.`, on the
  /// same line or the one under it) is that work's day and no action of its own; a sentence
  /// that goes on after the day is its own.
  @Test(arguments: [
    "Bo Jensen indhenter tre tilbud. Frist: 15. oktober 2024.", "Bo Jensen indhenter tre tilbud. Deadline 15. oktober.",
    "Bo Jensen indhenter tre tilbud.\nTidsfrist: 15. oktober 2024",
  ])
  func aDeadlineLabelAloneGivesTheWorkItsDay(_ text: String) throws {
    let r = try Self.register(Self.minutes(text))
    #expect(r.actions.count == 1)
    #expect(r.actions.first?.owners.map(\.name) == ["Bo Jensen"])
    #expect(r.actions.first?.due == Examples.day("2024-10-15"))
  }

  @Test func aDeadlineInASentenceOfItsOwnIsNoLabel() throws {
    let r = try Self.register(Self.minutes("Bo Jensen indhenter tre tilbud. Frist for høringssvar er 15. oktober, og derefter behandles sagen."))
    #expect(r.actions.first { $0.owners.map(\.name) == ["Bo Jensen"] }?.due == nil)
  }

  /// Minutes kept as a table: who is responsible and by when, in their columns, are the work's
  /// owner and day; a row deferred is a postponement.
  @Test func aTableOfMinutesGivesOwnersAndDays() throws {
    let r = try Self.register(
      """
      Referat af bestyrelsesmøde den 2. oktober 2024

      | Pkt. | Emne | Beslutning | Ansvarlig | Frist |
      |---|---|---|---|---|
      | 1 | Godkendelse af dagsorden | Godkendt. | | |
      | 2 | Hjemmeside | Der indhentes tilbud på en ny hjemmeside. | Carl Nielsen | 15. oktober 2024 |
      | 3 | Legeplads | Sagen udsættes til næste møde. | | |
      """)
    let a = try #require(r.actions.first)
    #expect(a.owners.map(\.name) == ["Carl Nielsen"])
    #expect(a.due == Examples.day("2024-10-15"))
    #expect(r.decisions.filter { $0.source == .decision }.map(\.outcome) == [.approved, .decided, .postponed])
  }

  /// A table of tasks under an item (`| Opgave | Ansvarlig | Deadline |`, `Hvad | Hvem |
  /// Hvornår`): a row a task, its doer and its day; a dash is nobody and no day.
  @Test(arguments: [("Opgave", "Ansvarlig", "Deadline"), ("Hvad", "Hvem", "Hvornår"), ("Opgave", "Tildelt til", "Forfaldsdato")])
  func aTableOfTasksUnderAnItem(_ head: (String, String, String)) throws {
    let r = try Self.register(
      """
      Referat af bestyrelsesmøde den 2. oktober 2024

      Til stede: Anne Hansen, Bo Jensen og Carl Nielsen

      1. Opgaveliste

      | \(head.0) | \(head.1) | \(head.2) |
      |---|---|---|
      | Indkalde til generalforsamling | Bo | 1. november |
      | Opdatere hjemmesiden | @Carl Nielsen | - |

      2. Eventuelt

      Intet.
      """)
    #expect(r.meetings.first?.items.map(\.title) == ["Opgaveliste", "Eventuelt"])
    #expect(r.actions.map { $0.owners.map(\.name) } == [["Bo Jensen"], ["Carl Nielsen"]])
    #expect(r.actions.map(\.due) == [Examples.day("2024-11-01"), nil])
  }

  /// The same table laid out by a word processor and written as text (`pdftotext -layout`):
  /// columns told by where their words stand; a task wrapped onto a line of its own column is
  /// one task; the text after the table is no row.
  @Test func aLaidOutTableOfTasks() throws {
    let r = try Self.register(
      """
      Referat af bestyrelsesmøde den 2. oktober 2024

      Til stede: Anne Hansen, Bo Jensen og Carl Nielsen (CN)

      1. Opgaveliste

      Beslutning
      Bestyrelsen aftalte:

         Hvad                                         Hvem            Hvornår
         Indkalde til generalforsamling i             Bo              1. november
         forsamlingshuset
         Opdatere hjemmesiden                         CN              Uge 45

      Bilag: Vedtægter

      2. Eventuelt

      Intet.
      """)
    #expect(r.meetings.first?.items.map(\.title) == ["Opgaveliste", "Eventuelt"])
    #expect(r.actions.map(\.sentence.first) == ["I", "O"])
    #expect(r.actions.first?.sentence.contains("forsamlingshuset") == true)
    #expect(r.actions.map { $0.owners.map(\.name) } == [["Bo Jensen"], ["Carl Nielsen"]])
    #expect(r.actions.map(\.due) == [Examples.day("2024-11-01"), Examples.day("2024-11-10")])
  }

  /// The follow-up agreed under the decision (`**Opfølgning:**` / `- [ ] Økonomi udarbejder
  /// ...`) is work of the decision; an item's `Opfølgning` before its decision tells only how the
  /// case will be followed.
  @Test func theFollowUpUnderTheDecision() throws {
    let r = try Self.register(
      """
      # Økonomiudvalget - referat 1. juli 2024

      ## 1. Budgetopfølgning

      **Opfølgning:** Økonomi udarbejder en ny prognose i efteråret.

      **Beslutning:** Taget til efterretning.

      **Opfølgning:**
      - [ ] Økonomi og Analyse udarbejder et notat om merforbruget til næste møde.
      """)
    #expect(r.actions.map(\.sentence) == ["[ ] Økonomi og Analyse udarbejder et notat om merforbruget til næste møde."])
    #expect(r.decisions.first?.outcome == .noted)
  }

  /// The committee asks for a matter to come back to it (`Udvalget ønsker ventetiderne
  /// forelagt igen på mødet den 8. november`, `... forelagt primo maj`): work for nobody named,
  /// due then; a wish with no time is a wish only.
  @Test func aMatterAskedToBeLaidBeforeTheCommittee() throws {
    let r = try Self.register(Self.minutes(
      "Taget til efterretning. Udvalget ønsker ventetiderne forelagt igen på mødet den 8. november 2024."))
    #expect(r.actions.count == 1)
    #expect(r.actions.first?.owners.isEmpty == true)
    #expect(r.actions.first?.due == Examples.day("2024-11-08"))
    let primo = try Self.register(Self.minutes("Udvalget ønsker tilsynsrapporterne forelagt primo november."))
    #expect(primo.actions.first?.due == Examples.day("2024-11-10"))
    let never = try Self.register(Self.minutes("Udvalget ønsker sagen belyst bedre."))
    #expect(never.actions.isEmpty)
  }

  /// A wiki's task with a mention of its doer (`- [ ] @Bo Jensen sender ...`): the person.
  @Test func aMentionedDoer() throws {
    let r = try Self.register(Self.minutes("- [ ] @Bo Jensen sender budgetaftalen til de lokale udvalg i uge 43."))
    #expect(r.actions.first?.owners.map(\.name) == ["Bo Jensen"])
  }

  /// A time between the modal and its infinitive (`skal inden udgangen af oktober indsende`)
  /// keeps the work and gives it its day.
  @Test(arguments: [
    ("Bo Jensen skal inden udgangen af oktober indsende ansøgningen.", "2024-10-31"),
    ("Bo Jensen vil i løbet af november udarbejde en plan.", "2024-11-30"),
  ])
  func aTimeBetweenTheModalAndItsVerb(_ c: (String, String)) throws {
    let r = try Self.register(Self.minutes(c.0))
    #expect(r.actions.first?.owners.map(\.name) == ["Bo Jensen"])
    #expect(r.actions.first?.due == Examples.day(c.1))
  }

  /// A body asking one of its members (`Seniorrådet beder Bo Jensen om at kontakte revisor`):
  /// the member does the work; a person asking someone sees to it herself.
  @Test func aBodyAskingAMember() throws {
    let r = try Self.register(Self.minutes("Seniorrådet beder Bo Jensen om at kontakte revisor inden 15. oktober."))
    #expect(r.actions.first?.owners.map(\.name) == ["Bo Jensen"])
    #expect(r.actions.first?.due == Examples.day("2024-10-15"))
    let person = try Self.register(Self.minutes("Anne Hansen beder gårdmanden skifte pærerne ud."))
    #expect(person.actions.first?.owners.map(\.name) == ["Anne Hansen"])
  }

  /// A person's name as the label of an errand in the present (`Bo Jensen: sørger for kaffe`)
  /// is that person's errand; a label over a report (`Bo Jensen: orienterede om ...`) is none.
  @Test func aNameLabellingAnErrand() throws {
    let r = try Self.register(Self.minutes("Bo Jensen: sørger for kaffe inden 15. oktober."))
    #expect(r.actions.first?.owners.map(\.name) == ["Bo Jensen"])
    #expect(r.actions.first?.due == Examples.day("2024-10-15"))
    #expect(r.actions.first?.sentence == "Bo Jensen: sørger for kaffe inden 15. oktober.")
    #expect(try Self.register(Self.minutes("Bo Jensen: orienterede om økonomien.")).actions.isEmpty)
  }

  /// A time before the verb, the doer after it (`Inden 15. oktober undersøger Bo Jensen sagen`):
  /// `inden` a preposition, not a clause of its own; a clause of its own (`Inden vi mødes, ...`)
  /// still lets the main clause lay down the work.
  @Test(arguments: [
    ("Inden 15. oktober undersøger Bo Jensen sagen.", "2024-10-15"),
    ("Inden udgangen af oktober kontakter Bo Jensen kommunen.", "2024-10-31"),
    ("Inden 15. oktober sender administrationen svar til Bo Jensen.", "2024-10-15"),
  ])
  func aTimeBeforeTheVerbAndTheDoerAfterIt(_ c: (String, String)) throws {
    let r = try Self.register(Self.minutes(c.0))
    #expect(r.actions.first?.owners.map(\.name) == [c.0.contains("administrationen") ? "Administrationen" : "Bo Jensen"])
    #expect(r.actions.first?.due == Examples.day(c.1))
  }

  /// A numbered point under an item that holds two sentences (`1. Maja skal til et møde. Maja
  /// undersøger, om ...`) keeps both, each read on its own.
  @Test func aNumberedPointOfTwoSentencesKeepsBoth() throws {
    let text = """
      Ungerådsmøde d. 10. december 2020

       1. Opfølgning på festen

        1. Det gik godt
        2. Vi skal dele billederne

       2. Græsplænen

        1. Maja skal til et møde i udvalget. Maja undersøger, om vi kan få midler til det.
        2. Vi vender tilbage til det
      """
    let r = try Self.register(text)
    #expect(r.meetings.first?.items.map(\.number) == [1, 2])
    let maja = try #require(r.actions.first { $0.sentence.hasPrefix("Maja undersøger") })
    #expect(maja.owners.map(\.name) == ["Maja"])
    #expect(r.meetings.first?.items.last?.decision.first?.text.contains("udvalget. Maja undersøger") == true)
  }
}

/// Outcomes and deferrals in councils' shortest forms: capitals, a refusal's noun, votes counted
/// in brackets, a consultation answered, an item dropped; a case that waits, is taken up later,
/// talked on at the next meeting, wanted back, sent back to the administration; a decision in
/// points, one of them deferred.
@Suite struct ShortDecisionFormsTests {
  @Test(arguments: [
    ("GODKENDT.", Outcome.approved),
    ("TILTRÅDT.", .approved),
    ("Afslag.", .rejected),
    ("For stemte: A, V, C (5)\n\nImod stemte: Ø (1)\n\nUndlod at stemme: F (1)", .approved),
    ("Handicaprådet afgav høringssvar som vedlagt.", .decided),
    ("Punktet udgik.", Outcome.none),
    ("Sagen blev trukket.", Outcome.none),
    ("Afventer svar fra Kystdirektoratet.", .postponed),
    ("Afventer.", .postponed),
    ("Sagen tages op på et senere tidspunkt.", .postponed),
    ("Seniorrådet fortsætter drøftelsen på næste møde.", .postponed),
    ("Seniorrådet drøftede undersøgelsen. Seniorrådet ønsker sagen på igen, når der foreligger en handleplan.", .postponed),
    ("Sagen sendes tilbage til forvaltningen med henblik på genoptagelse på mødet i november.", .postponed),
    ("Sagen tilbagesendes til forvaltningen.", .postponed),
    // Sent on for an answer first; its coming back after it is the referral's.
    ("Sagen sendes til Ældrerådet med henblik på en udtalelse, inden den behandles i udvalget igen.", .referred),
    // The `ikke` of the clause before.
    ("Punktet blev ikke behandlet og udsættes.", .postponed),
    // What was decided after the talk, in so many words.
    ("Rådet drøftede de fire indstillinger. Det blev besluttet at tildele prisen til Lektiecaféen.", .decided),
  ])
  func outcomes(_ c: (String, Outcome)) throws {
    #expect(try DecisionFormsTests.outcome(DecisionFormsTests.minutes(c.0)) == c.1, "\(c.0)")
  }

  /// Sent back to the administration: the case waits, and the administration works on it; the
  /// next meeting the minutes' last line announces, after a closed item, is the target.
  @Test func backToTheAdministrationUntilTheNextMeeting() throws {
    let text = """
      REFERAT Socialudvalget d. 01-09-2025

      Mødedato Mandag d. 01. september 2025 kl. 16:00

      Punkt 7: Sundhedsaftale

      29.30.00-P20-1-24

      Beslutning

      Sagen sendes tilbage til forvaltningen med henblik på at inddrage de praktiserende læger i planen.

      Punkt 8: Personalesag

      Lukket punkt

      Næste møde: Mandag den 6. oktober 2025 kl. 16.00
      """
    let r = try DecisionFormsTests.register(text)
    #expect(r.postponements.map(\.target?.description) == ["2025-10-06"])
    #expect(r.actions.first?.owners.map(\.name) == ["Forvaltningen"])
  }

  /// A deferral that names no day, and the next sentence the meeting its work is for
  /// (`Forvaltningen udarbejder ... til mødet den 3. november 2025.`): the case comes back then,
  /// not at the next meeting the minutes announce.
  @Test func theNextSentenceNamesTheMeetingTheCaseComesBackTo() throws {
    let text = """
      REFERAT Socialudvalget d. 01-09-2025

      Mødedato Mandag d. 01. september 2025 kl. 16:00

      Næste møde: Mandag den 6. oktober 2025 kl. 16.00

      Punkt 7: Sundhedsaftale

      29.30.00-P20-1-24

      Beslutning

      Sagen tilbagesendes til forvaltningen. Forvaltningen udarbejder et nyt forslag til mødet den 3. november 2025.
      """
    let r = try DecisionFormsTests.register(text)
    #expect(r.postponements.map(\.target?.description) == ["2025-11-03"])
    #expect(r.postponements.first?.targetBasis == .written)
  }

  /// Where the recommendation asked for a talk, the talk is the outcome, whatever it led to.
  @Test func aTalkAskedForStaysDiscussed() throws {
    let text = DecisionFormsTests.minutes("Drøftet. Besluttet, at der tilføjes et fast punkt om budgettet.")
      .replacing("Sagen handler om noget.", with: "Sagen handler om noget.\n\nIndstilling\n\nDirektionen indstiller,\n\nat tidsplanen drøftes.")
    #expect(try DecisionFormsTests.outcome(text) == .discussed)
  }

  /// A table of tasks under an item (`Opgave | Ansvarlig | Frist`): each row a task, its doer a
  /// unit, a first name or a name.
  @Test func aTableOfTasksWithUnitsAndFirstNames() throws {
    let r = try DecisionFormsTests.register(
      DecisionFormsTests.minutes(
        "Det blev besluttet at holde et temamøde.\n\nOpgave | Ansvarlig | Frist\nBooke lokale på biblioteket | Sekretariatet | 1. november\nLave opslag til Facebook | Amina | 1. december"))
    #expect(r.actions.map { $0.owners.map(\.name) } == [["Sekretariatet"], ["Amina"]])
    #expect(r.actions.map { $0.due?.description } == ["2024-11-01", "2024-12-01"])
  }

  @Test func backToAnotherCommitteeIsAReferral() throws {
    let r = try DecisionFormsTests.register(
      DecisionFormsTests.minutes("Sagen sendes tilbage til Børne- og Familieudvalget til fornyet behandling."))
    #expect(r.postponements.isEmpty)
  }

  /// "Pkt. 2" in a substantive item's decision is a point of its own recommendation: its
  /// deferral is the item's, and item 2 of the agenda stays as decided.
  @Test func aPointOfTheItemsOwnRecommendationDeferred() throws {
    let text = """
      REFERAT Seniorrådet d. 02-10-2024

      Mødedato Onsdag d. 02. oktober 2024 kl. 09:00

      Punkt 2: Godkendelse af referat

      81.16.00P21-1-24

      Beslutning

      Godkendt.

      Punkt 5: Budget 2025

      81.16.00P21-2-24

      Beslutning

      Pkt. 1 godkendt, pkt. 2 udsat til næste møde.
      """
    let r = try DecisionFormsTests.register(text)
    #expect(r.postponements.map(\.item) == [5])
  }
}
