@testable import MinutesCore
import Testing

/// Forms of minutes copied from councils' web pages and meeting portals: a table of fields whose
/// cells a converter put one a line, items that open with their case number and a decision
/// label, a page's own date above the meeting's, a meeting's kind in brackets.
@Suite struct WebPageFormsTests {
  func read(_ text: String, source: String = "referat.txt") throws -> Meeting {
    try MinutesParser.parse(bytes: Array(text.utf8), source: source, options: .init())
  }

  @Test func thePageTitleReferatIsNoDecisionSection() throws {
    // `Referat` alone as the first line (a web page's title, a PDF's top line) titles the
    // document; it opens no item of its own.
    let m = try read(
      """
      Referat

      Kommunalbestyrelse 28. februar 2019 kl. 10.00

      Emne Godkendelse af dagsorden

      Administrationens bemærkninger til dagsorden: Ingen

      Beslutning:

      Dagsordenen blev godkendt.
      """, source: "kommunalbestyrelse-2019-02-28.html")
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden"])
    #expect(m.items.first?.decision.map(\.text) == ["Dagsordenen blev godkendt."])
  }

  @Test func anItemsHeadingUnderThePageTitleIsNoCommittee() throws {
    // The page's title `Referat`, then the first item's heading as the list of items prints it:
    // the body is the one the decision's label names, not `1. Godkendelse`.
    let m = try read(
      """
      Referat

      1. Godkendelse af dagsorden

      Sagsfremstilling

      .....

      Beslutning

      Dagsordenspunkt 1: Godkendelse af dagsorden

      Økonomiudvalgets beslutning i mødet den 31. marts 2020

      Dagsordenen blev godkendt.
      """, source: "oekonomiudvalget-2020-03-31.html")
    #expect(m.committee == "Økonomiudvalget")
  }

  @Test func aPageTitledReferatOverNotesWithTheirOutcomeAfterTheTitlesColon() throws {
    // The page's title `Referat` (also a decision section's word) before the first item is the
    // document's: each item's outcome after its title's colon is still its text.
    let m = try read(
      """
      Referat

      Nejede Vandværk: Referat fra bestyrelsesmøde 22.11.2018

      1.Godkendelse af dagsorden: Godkendt

      2. Meddelelser fra formanden: De digitale registreringer forventes klar 1. december.

      3. Driftsrapport: Intet
      """, source: "vandvaerk-bestyrelsen-2018-11-22.html")
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Meddelelser fra formanden", "Driftsrapport"])
  }

  @Test func aKindOfItemAndItsSubjectAfterTheColonAreTheTitle() throws {
    // `Høring: Trafikplan for midtbyen`: no sentence, no outcome after the colon, the title whole;
    // `Næste møde: 12. marts`, `Regnskab: Godkendt`, `Kasserer: Regnskabet blev gennemgået.` carry text.
    let m = try read(
      """
      Handicaprådet
      Referat af mødet den 5. juni 2025 kl. 15.00

      1. Høring: Trafikplan for midtbyen
      Rådet afgiver høringssvar om handicapparkering.

      2. Tema: Tilgængelige stemmesteder
      Drøftet.

      3. Kasserer: Regnskabet blev gennemgået.

      4. Regnskab: Godkendt

      5. Næste møde: 12. august 2025
      """, source: "handicapraadet.txt")
    #expect(m.items.map(\.title) == [
      "Høring: Trafikplan for midtbyen", "Tema: Tilgængelige stemmesteder", "Kasserer", "Regnskab", "Næste møde",
    ])
  }

  /// The portal's field table, one cell a line, each closed by a pipe, a rule under the first row.
  static let portal = """
    Referat
    Dato: |
    14-03-2023 16:00:00 |
    ---|---|
    Udvalg: |
    Teknik- og Miljøudvalget |
    Sted: |
    Mødelokale 3 |
    Deltagere: |
    Anne Holm, Bo Dam, Carl Berg |
    PDF: |
    |
    Sagsnr.: 23/410
    Beslutning i Teknik- og Miljøudvalget den 14-03-2023
    Godkendt.
    Sagsnr.: 23/977
    Resume
    Sagen handler om vejbelysning.
    Beslutning i Teknik- og Miljøudvalget den 14-03-2023
    Udsat til næste møde.
    """

  @Test func fieldsOfAPortalTableOneCellALineAreRead() throws {
    let m = try read(Self.portal)
    #expect(m.committee == "Teknik- og Miljøudvalget")
    #expect(m.date?.description == "2023-03-14")
    #expect(m.location == "Mødelokale 3")
    #expect(m.attendees == ["Anne Holm", "Bo Dam", "Carl Berg"])
  }

  @Test func itemsOpenedByTheirCaseNumberHaveNoDecisionLabelForTitle() throws {
    let m = try read(Self.portal)
    #expect(m.items.map(\.caseNumber?.text) == ["23/410", "23/977"])
    #expect(m.items.allSatisfy { !$0.title.hasPrefix("Beslutning") })
  }

  @Test func aPipeInsideATableRowIsLeftAlone() throws {
    // A real table (pipes between cells on one line) is not a stack of cells.
    let text = """
      Referat af mødet i Økonomiudvalget den 3. marts 2021

      | Navn | Parti |
      |---|---|
      | Anne Holm | A |

      1. Godkendelse af dagsorden

      Beslutning
      Godkendt.
      """
    let m = try read(text)
    #expect(m.items.map(\.number) == [1])
    #expect(m.committee == "Økonomiudvalget")
  }

  @Test func theDateTheFileNameAlsoGivesIsTheMeetingsOverThePagesOwn() throws {
    let text = """
      Mandag, 09 december 2019
      14. august 2012

      REFERAT

      Deltagere: Finn Holm, Else Dam og Jens Berg.

      1. Godkendelse af dagsorden.
      Dagsorden godkendt.

      2. Kirkegården.
      Graveren orienterede.
      """
    let named = try read(text, source: "sogn-menighedsraadet-2012-08-14.txt")
    #expect(named.date?.description == "2012-08-14")
    // Without a date in the file name the first full date stands.
    let plain = try read(text, source: "referat.txt")
    #expect(plain.date?.description == "2019-12-09")
  }

  @Test func aMeetingKindInBracketsIsNoCommittee() throws {
    let text = """
      Sognets Menighedsråd
      14. august 2012 (ekstraordinær)

      REFERAT

      1. Godkendelse af dagsorden.
      Dagsorden godkendt.
      """
    let m = try read(text)
    #expect(!m.committee.hasPrefix("("))
  }
}

/// Forms of small boards' notes and of converters that glue lines together.
@Suite struct NotesAndGlueFormsTests {
  func read(_ text: String, source: String = "referat.txt") throws -> Meeting {
    try MinutesParser.parse(bytes: Array(text.utf8), source: source, options: .init())
  }

  @Test func bulletTitlesOverTheirOwnProseAreItems() throws {
    let text = """
      Referat af bestyrelsesmøde tirsdag den 8. marts 2022 kl. 19.

      Tilstede: Anne Holm, Bo Dam, Carl Berg

      Afbud: Ditte Lund

      Meddelelser

      Formanden har talt med kommunen om stien.

      Emner til drøftelse

       • Hjemmesiden.

      Bo opdaterer forsiden inden næste møde.

       • Kontingent.

      Kontingentet fastholdes for næste år.

       • Sommerfest.

      Punktet udsættes til næste møde.
      """
    let m = try read(text)
    #expect(m.items.map(\.title) == ["Meddelelser", "Hjemmesiden", "Kontingent", "Sommerfest"])
    #expect(m.items.map(\.number) == [1, 2, 3, 4])
  }

  @Test func aBulletListInsideTextIsNoRunOfItems() throws {
    // Bullets one after another are a list, not items.
    let text = """
      Referat af bestyrelsesmøde tirsdag den 8. marts 2022 kl. 19.

      Tilstede: Anne Holm, Bo Dam

      Vi drøftede følgende:

       • Hjemmesiden
       • Kontingent
       • Sommerfest

      Alt blev aftalt som foreslået af formanden.
      """
    let m = try read(text)
    #expect(m.items.count <= 1)
  }

  @Test func aCaseLabelWithoutItsNumberStillOpensAnItem() throws {
    let text = """
      Referat

      Onsdag den 31. maj 2017 kl. 17:00

      Udvalg: Byrådet

        • Sagsid.:

          Beslutning Byrådet den 31-05-2017

          Dagsordenen godkendt.

        • Sagsid.: 16/24751

          Indstilling

          Direktionen indstiller, at budgetopfølgningen tages til efterretning.

          Beslutning Byrådet den 31-05-2017

          Taget til efterretning.
      """
    let m = try read(text)
    #expect(m.items.count == 2)
    #expect(m.items.map(\.caseNumber?.text) == [nil, "16/24751"])
  }

  @Test func aControlGluedToATitleIsNoPartOfIt() throws {
    let text = """
      Referat af mødet i Økonomiudvalget den 13. december 2021

      191. Godkendelse af dagsordenÅbn/luk punkt

      Sagsnr.: 21/100

      Beslutning
      Godkendt.

      192. Godkendelse af udbudsmaterialetÅbn/luk punkt

      Sagsnr.: 21/101

      Beslutning
      Godkendt.
      """
    let m = try read(text)
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Godkendelse af udbudsmaterialet"])
  }

  @Test func aHeadingGluedToTheSentenceBeforeItIsSplitOff() throws {
    let text = """
      Referat af mødet i Byrådet den 6. februar 2014

      12. Godkendelse af dagsorden

      Sagsnr: 14/12

      Beslutning i Byrådet den 6. februar 2014

      Pia Holm deltog i mødet i stedet for Per Dam.13. Spørgetid

      Sagsnr: 14/13

      Beslutning i Byrådet den 6. februar 2014

      Ingen spørgsmål.
      """
    let m = try read(text)
    #expect(m.items.map(\.number) == [12, 13])
    #expect(m.items.last?.title == "Spørgetid")
  }

  @Test func thePlaceUnderTheLineWithTheMeetingsDay() throws {
    let text = """
      Referat
      til
      mødet i Byrådet
      den 6. februar 2014 kl. 18:30
      i Byrådssalen, Rådhuset

      1. Godkendelse af dagsorden

      Beslutning
      Godkendt.
      """
    let m = try read(text)
    #expect(m.location == "Byrådssalen, Rådhuset")
  }
}

/// Header fields that are not what their label says: a note under `Sted`, a place that runs on
/// into the next label, a site control glued to a case number, a meeting named by its number.
@Suite struct HeaderNoiseTests {
  func read(_ text: String, source: String = "referat.txt") throws -> Meeting {
    try MinutesParser.parse(bytes: Array(text.utf8), source: source, options: .init())
  }

  static func minutes(header: String) -> String {
    """
    \(header)

    1. Godkendelse af dagsorden

    Beslutning
    Godkendt.

    2. Eventuelt

    Beslutning
    Intet.
    """
  }

  @Test func aNoteUnderThePlaceLabelIsNoPlace() throws {
    let m = try read(Self.minutes(header: "Dato: Onsdag den 29. maj 2019 Tid: Kl. 17:30\nUdvalg: Kommunalbestyrelsen\nSted: BEMÆRK! Lukket møde kl. 16:30"))
    #expect(m.location == nil)
  }

  /// `Hove Vandværk - Referat af generalforsamling 2020`: the association, then the kind and
  /// the meeting, whose body is named in its definite form; `Byrådet - Referat` is the body.
  @Test func anAssociationBeforeTheKindAndTheMeeting() throws {
    #expect(try read(Self.minutes(header: "HOVE VANDVÆRK - REFERAT AF GENERALFORSAMLING 2020\n\n25. august 2020, kl. 19:30")).committee
      == "Generalforsamlingen")
    #expect(try read(Self.minutes(header: "Referat af bestyrelsesmøde\n\n25. august 2020")).committee == "Bestyrelsen")
    #expect(try read(Self.minutes(header: "Byrådet - Referat\n\nDato: 29. marts 2016")).committee == "Byrådet")
  }

  /// A meeting's day without a year: the year the header writes, else no day (and a warning),
  /// never the reader's placeholder year.
  @Test func aDayWithoutAYear() throws {
    let withYear = try read(Self.minutes(header: "Referat\nØkonomiudvalget 2021\nMødedato: Onsdag den 3. marts"))
    #expect(withYear.date?.description == "2021-03-03")
    let without = try MinutesParser.parse(
      bytes: Array(Self.minutes(header: "Referat\nØkonomiudvalget\nMødedato: 3. marts").utf8), source: "referat.txt")
    #expect(without.date == nil)
    #expect(without.findings.contains { $0.code == "date-without-year" })
  }

  @Test func theStartOfTheMeetingWrittenOutIsItsTime() throws {
    let m = try read(Self.minutes(header: "Kommunalbestyrelsen\nMødedato: 26. juni 2014\nMødelokale: Byrådssalen, Tønder Rådhus\nStarttidspunkt for møde: 19:00\nSluttidspunkt for mødet: 21:10"))
    #expect(m.startTime == ClockTime(hour: 19, minute: 0))
    #expect(m.location == "Byrådssalen, Tønder Rådhus")
    // On a flattened page the label ends the place before it.
    #expect(HeaderReader.cleanPlace("Byrådssalen, Tønder Rådhus Starttidspunkt for møde: 19:00") == "Byrådssalen, Tønder Rådhus")
  }

  /// Fields side by side on a laid-out page (`Sted:  X      Slut:   kl. 18:00`), `Start:` as the
  /// time, `Sted/lokale:` as the place.
  @Test func placeAndTimeBesideOtherFields() throws {
    let m = try read(Self.minutes(header: "Økonomiudvalget\nDato:  3. marts 2021                    Start:  kl. 16:00\nSted:  Mødelokale 2, Rådhuset            Slut:   kl. 18:00"))
    #expect(m.location == "Mødelokale 2, Rådhuset")
    #expect(m.startTime == ClockTime(hour: 16, minute: 0))
    #expect(try read(Self.minutes(header: "Økonomiudvalget\nDato: 3. marts 2021\nSted/lokale: Odsherred Rådhus, lokale 2")).location
      == "Odsherred Rådhus, lokale 2")
    #expect(HeaderReader.cleanPlace("Byrådssalen, Roskilde Rådhus        Slut:   kl. 19:00") == "Byrådssalen, Roskilde Rådhus")
  }

  @Test func aPlaceEndsAtTheNextFieldsLabel() {
    #expect(HeaderReader.cleanPlace("BusinessPark Struer Afbud fra/fraværende: - Mødet hævet") == "BusinessPark Struer")
    #expect(HeaderReader.cleanPlace("Rådhuset, Mødelokale 2 Deltagere: Anne Holm") == "Rådhuset, Mødelokale 2")
    #expect(HeaderReader.cleanPlace("Byrådssalen") == "Byrådssalen")
  }

  /// A flattened page runs the next field on after a list of the absent: the list ends with its
  /// sentence where a label of a few words and its colon follows.
  @Test func aListOfPeopleEndsAtTheNextFieldsLabel() throws {
    let text = """
      1 KOMMUNALBESTYRELSEN REFERAT FRA MØDE TORSDAG DEN 29. JANUAR 2009 PÅ RÅDHUSET, BYRÅDSSALEN

      2 Kommunalbestyrelsen 29. januar 2009 Side: 2 Fraværende: Bent Erik Hansen, Arne Kruse, Anders Fog- Petersen. Til behandling forelå: Fjernvarme Fyn - Kommunegaranti Bogense Havn og Marina - Overførsel af anlægsmidler Fastsættelse af grundpris, Rosenholmgrenen, Morud

      3 Kommunalbestyrelsen 29. januar 2009 Side: 3 1. Fjernvarme Fyn - Kommunegaranti Sagsfremstilling Selskabet søger om garanti for et lån. Beslutning Godkendt. 2. Fastsættelse af grundpris Sagsfremstilling Prisen foreslås fastsat. Beslutning Godkendt.
      """
    let m = try read(text)
    #expect(m.absentees == ["Bent Erik Hansen", "Arne Kruse", "Anders Fog-Petersen"])
    // A name with a surname's initial and a person before a colon end no list.
    #expect(AttendeeList.names(in: "Anne Holm, Lars J. Hansen, Bo Dal") == ["Anne Holm", "Lars J. Hansen", "Bo Dal"])
    #expect(AttendeeList.names(in: "Anne Holm. Bo Dal: formand") == ["Anne Holm", "Bo Dal"])
  }

  /// The whole body, or an organisation's letters and place, named in a list of people is no
  /// person; a party's letters before a name are the person's.
  @Test func aBodyOrAnOrganisationInAListIsNoPerson() {
    #expect(AttendeeList.names(in: "Hele udvalget").isEmpty)
    #expect(AttendeeList.names(in: "Aase Kjærgaard, DH Svendborg (formand)") == ["Aase Kjærgaard"])
    #expect(AttendeeList.names(in: "SF Anne Holm, Bo Dal") == ["Anne Holm", "Bo Dal"])
  }

  @Test func aControlGluedBeforeACaseNumberGoes() throws {
    let text = """
      Referat af mødet i Økonomiudvalget den 19. august 2020

      185. Godkendelse af dagsorden

      Print 00.01.00-P35-9-19

      Beslutning
      Godkendt.

      186. Salg af erhvervsjord

      Print 13.06.02-P00-1-19

      Beslutning
      Taget til efterretning.
      """
    let m = try read(text)
    #expect(m.items.map(\.caseNumber?.text) == ["00.01.00-P35-9-19", "13.06.02-P00-1-19"])
  }

  @Test func aMeetingNamedByItsNumberNamesItsBody() throws {
    let m = try read(Self.minutes(header: "Referat af lokalrådsmøde nr 19 mandag d. 28. marts 2022\n\nPrint Friendly, PDF & Email\n\nTil stede: Arne Holm, Thea Berg"))
    #expect(m.committee == "Lokalrådet")
    #expect(m.location == nil)
  }
}

/// A board's notes whose one item opens with the board's abbreviation, under a table of dates.
@Suite struct OneItemAndYearlessDateTests {
  static let text = """
    Medlemmer

    Byrådet: Kai Holm (V), Rikke Lund (A)

    Ikke tilstede: Bo Dam

    HR 1.                 Handicaprådets kalender for 2019

    Dato

    Aktivitet

    Tid

    22. august

    Ordinært møde

    17.00-19.00

    Handicaprådet har planlagt møde den 22. august 2019.

    Indstilling

    Handicaprådet tilretter kalenderen.

    Beslutning

    Mødet den 22. august aflyses.
    """

  @Test func theOneItemOpenedByTheBodysAbbreviationIsRead() throws {
    let m = try MinutesParser.parse(bytes: Array(Self.text.utf8), source: "handicapraadet-2019-06-17.txt", options: .init())
    #expect(m.items.map(\.number) == [1])
    #expect(m.items.first?.title == "Handicaprådets kalender for 2019")
  }

  @Test func aLabelledDateWithoutYearGivesWayToTheFileNamesAndATimeIsNoPlace() throws {
    let m = try MinutesParser.parse(bytes: Array(Self.text.utf8), source: "handicapraadet-2019-06-17.txt", options: .init())
    #expect(m.date?.description == "2019-06-17")
    #expect(m.location == nil)
  }
}

/// Small boards' lists of who came and their headings that run on into the text.
@Suite struct BoardListsAndTitlesTests {
  func read(_ text: String) throws -> Meeting {
    try MinutesParser.parse(bytes: Array(text.utf8), source: "referat.txt", options: .init())
  }

  @Test func associationsAndFormsOfAddressInTheListOfWhoCame() throws {
    let text = """
      Referat af menighedsrådets møde 20. oktober 2019

      Tilstede: Mark Holm, Anton Berg, Pastor Jude, Grundejerforeningen Vesterengen, Skovly Grundejerforening

      Pkt. 1. Godkendelse af dagsorden,

      Godkendt.

      Pkt. 2. Advent og jul – foreløbig planlægning. (W) Advent og jul nærmer sig og kræver den sædvanlige planlægning. Flg. blev besluttet:

      Krybben sættes op den 14. december.
      """
    let m = try read(text)
    #expect(m.attendees == ["Mark Holm", "Anton Berg", "Jude"])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Advent og jul – foreløbig planlægning"])
  }
}

@Suite struct RunningNumberAndTitledSectionTests {
  @Test func aRunningNumberBeforeThePlaceOnTheAgendaIsTheItemsNumber() throws {
    let text = """
      Referat

      for

      Teknisk Udvalg

      onsdag den 3. marts 2021 kl. 16:00

      Indholdsfortegnelse

      Åben sag:

      17 /1

      Vejplan

      Lukket sag:

      18 /2

      Salg af grund
      17/1. Vejplan for Nørreby (Åben sag)
      Journalnr. 05.01.00P20-3-20
      Forvaltningen har udarbejdet en vejplan.Beslutning:
      Godkendt18/2. Salg af grund (Lukket sag)
      Sagen blev behandlet.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "tu-2021-03-03.txt", options: .init())
    #expect(m.items.map(\.number) == [17, 18])
    #expect(m.items.first?.title == "Vejplan for Nørreby")
    #expect(m.items.map(\.isClosed) == [false, true])
    #expect(m.items.first?.caseNumber?.description == "05.01.00P20-3-20")
  }

  static let titled = """
    190312 – Ordinært møde i Kommunalbestyrelsen

    Udvalg
    Kommunalbestyrelsen
    Dato
    12. March 2019 -
    Titel
    Forside

    Sagsfremstilling

    Medlemmer

    Ane Lund (A)

    Bo Holm (B)

    Telefonisk: Bo Holm (B)

    Afbud: Per Dam (A)

    Godkendelse af dagsorden

    Sagsfremstilling

    Dagsorden godkendt.

    Meddelelser

    Sagsfremstilling

    Formanden orienterede om årets budget.
    """

  @Test func titlesOverTheSameSectionAreItemsAndTheFrontPageIsTheHeader() throws {
    let m = try MinutesParser.parse(bytes: Array(Self.titled.utf8), source: "kb-2019-03-12.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Meddelelser"])
    #expect(m.date == Day(year: 2019, month: 3, day: 12))
    // Named twice (the members, then who came by telephone): one attendee.
    #expect(m.attendees == ["Ane Lund", "Bo Holm"])
  }

  @Test func aLongKeywordLineEndsItsTitleAtAnAbbreviation() throws {
    let prose = String(repeating: "Bestyrelsen gennemgik tilbuddene fra de tre malerfirmaer grundigt. ", count: 8)
    let line = "Pkt. 5 Malearbejde mm. Mary ønsker at male statuen, da den er meget snavset. " + prose
    let m = try #require(ItemHeading.keywordHeading(.plain(line, number: 1)))
    #expect(m.number == 5)
    #expect(m.title == "Malearbejde mm.")
  }

  @Test func aDayWithItsMonthCapitalisedIsNoItem() {
    #expect(ItemHeading.numberedHeading(.plain("25. February 2020 -", number: 1)) == nil)
    #expect(ItemHeading.numberedHeading(.plain("3. Marts 2021", number: 1)) == nil)
    #expect(ItemHeading.numberedHeading(.plain("3. Marts-mødets referat", number: 1))?.number == 3)
  }
}

@Suite struct PlainTitleNotesTests {
  static let text = """
    Referat fra lokalrådsmøde onsdag den 30. november 2016 kl. 18.00
    Sted: Skovvej 4

    Deltagere: Lone Holm, Jan Jensen,
    Bodil Thomsen og Ejner Dam
    Afbud: Anne Lykke

    Vi starter mødet med at sige velkommen til Ejner Dam.

    Godkendelse af dagsordenen
    Dagsorden godkendt.

    Fælles mailadresse til Lokalrådet?
    Hvor langt er vi?
    Lone har undersøgt, om vi kan lave en mailadresse. Ejner undersøger prisen på et domæne.

    Julearrangement
    Vi holder juletræsfest den 10. december. Jan bestiller træet.
    """

  @Test func shortLinesOverTheirProseAreItems() throws {
    let m = try MinutesParser.parse(bytes: Array(Self.text.utf8), source: "lokalraad-2016-11-30.txt", options: .init())
    #expect(m.items.map(\.title) == ["Godkendelse af dagsordenen", "Fælles mailadresse til Lokalrådet?", "Julearrangement"])
    #expect(m.attendees == ["Lone Holm", "Jan Jensen", "Bodil Thomsen", "Ejner Dam"])
  }

  @Test func aBodysMeetingWordNamesTheBody() throws {
    for (title, body) in [
      ("Referat fra lokalrådsmøde onsdag den 30. november 2016 kl. 18.00", "Lokalrådet"),
      ("Referat fra Skolebestyrelsesmøde den 25. maj 2016", "Skolebestyrelsen"),
      ("Referat af menighedsrådsmødet den 25. maj 2016", "Menighedsrådet"),
    ] {
      let text = title + "\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
      let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "x.txt", options: .init())
      #expect(m.committee == body, "\(title)")
    }
  }
}

@Suite struct TitleNoiseOfBoardsTests {
  @Test func aTimeSlotBeforeTheTitleGoes() {
    #expect(ItemTitle.clean("09.00-09.01 Godkendelse af dagsordenen").0 == "Godkendelse af dagsordenen")
    #expect(ItemTitle.clean("Kl. 9.02-9.30 Gennemgang af sager").0 == "Gennemgang af sager")
    // A year span is part of the title.
    #expect(ItemTitle.clean("2024-2025 Budget").0 == "2024-2025 Budget")
  }

  @Test func whoBringsTheItemInBracketsIsNoPartOfTheTitle() {
    #expect(ItemTitle.clean("Mobilt gadesalg i byen. (Finn)").0 == "Mobilt gadesalg i byen")
    #expect(ItemTitle.clean("Vindmølleprojekt. (Finn/Birthe)").0 == "Vindmølleprojekt")
    #expect(ItemTitle.clean("Regnskab (foreløbigt)").0 == "Regnskab (foreløbigt)")
  }

  @Test func aDecisionAfterTheTitleIsTheItemsText() throws {
    let text = """
      Lokalrådsmøde torsdag, den 11. december 2019 18.00 – 22.00 i Hallen

      Referater Posted on man, december 23, 2019 23:30

      1. Godkendelse af dagsorden – Ok

      2. Tjek og godkendelse af referat – Godkendt

      3. Status på opgaver

      Mikael laver invitationen.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "lokalraad-2019-12-11.txt", options: .init())
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Tjek og godkendelse af referat", "Status på opgaver"])
    #expect(m.items.first?.decision.map(\.text) == ["Ok"])
    #expect(m.startTime == ClockTime(hour: 18, minute: 0))
    #expect(m.location == "Hallen")
  }
}

@Suite struct SubjectLabelItemsTests {
  @Test func itemsOpenedBySubjectLabelsOutnumberAListInTheHeader() throws {
    let text = """
      Skolebestyrelsesmøde 7. september 2020

      17.00 – 19.30

      Efterretninger

       1. Formand:
       2. Skoleleder:

      Emne: Ferieplan i høring

      Opgave: Hvilke forslag vil vi foreslå.

      Tovholder: SK

      Beslutning: Vi vælger forslag 1.

      Emne:Kvalitetssikring

      Opgave: Dialog om kvalitetssikring.

      Beslutning: Der arbejdes i grupper.

      Emne: Årshjulet

      Beslutning: Årshjulet kommer med på næste møde.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "skolebestyrelsen-2020-09-07.txt", options: .init())
    #expect(m.items.map(\.title) == ["Ferieplan i høring", "Kvalitetssikring", "Årshjulet"])
    #expect(m.startTime == ClockTime(hour: 17, minute: 0))
    #expect(m.items.first?.decision.map(\.text) == ["Vi vælger forslag 1."])
  }
}

@Suite struct OpeningSectionItemsTests {
  @Test func aNumberedListInARecommendationIsNoItemWhereEveryItemOpensWithItsSection() throws {
    let text = """
      Referat

      Mandag d. 7. februar 2022, kl. 10:15
      Udvalg: Ældrerådet

      Resume

      Ældrerådet skal godkende dagsordenen.

      Indstilling

      Forvaltningen indstiller, at

       1. Ældrerådet godkender dagsordenen.

      Beslutning

      Dagsordenen blev godkendt.

      Resume

      Forvaltningen orienterer om organiseringen.

      Indstilling

      Forvaltningen indstiller, at

       1. Ældrerådet tager orienteringen til efterretning

      Beslutning

      Taget til efterretning.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "aeldreraadet-2022-02-07.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.map { $0.decision.map(\.text) } == [["Dagsordenen blev godkendt."], ["Taget til efterretning."]])
  }

  @Test func aDecisionBeforeTheFirstOpeningSectionIsAnItem() throws {
    let text = """
      Erhvervsudvalget
      Referat • 14. august 2024 kl. 15.30
      Beslutning i Erhvervsudvalget den 14-08-2024
      Dagsorden godkendt.
      Beslutningstema
      Budgettema til budget 2025
      Sagsfremstilling
      Der er udarbejdet et anlægstema.
      Beslutning i Erhvervsudvalget den 14-08-2024
      Godkendt.
      Beslutningstema
      Bygningerne på øen.
      Beslutning i Erhvervsudvalget den 14-08-2024
      Taget til efterretning.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "erhvervsudvalget-2024-08-14.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.first?.decision.map(\.text) == ["Dagsorden godkendt."])
  }
}

@Suite struct UnlabelledMembersTests {
  @Test func aBulletListOfPeopleInTheHeaderIsTheMembers() throws {
    let text = """
      Referat af seniorrådsmøde den 29. april 2025

      Seniorrådet i Byen

        • Minna Holm (MH)
        • Lis Dam (LD)
        • Willy Frank Jørgensen (WFJ)

      1. Godkendelse af dagsordenen

      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "seniorraadet-2025-04-29.txt", options: .init())
    #expect(m.attendees == ["Minna Holm", "Lis Dam", "Willy Frank Jørgensen"])
  }

  @Test func theBodyInAListOfWhoCameIsNoPerson() throws {
    let text = """
      Referat fra ekstraordinært Seniorrådsmøde

      Dato: 25. marts 2019

      Deltagere: Seniorrådet, Henrik Abildtrup og Allan Pedersen

      1. Valg af ordstyrer

      Henrik blev valgt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "seniorraadet-2019-03-25.txt", options: .init())
    #expect(m.attendees == ["Henrik Abildtrup", "Allan Pedersen"])
  }
}

@Suite struct GluedSectionLabelTests {
  @Test func aSectionLabelGluedAfterASentenceIsSplitOff() {
    let split = LineRepair.splitGluedField(.plain("Der er ikke indkommet spørgsmål til mødet.Vedtagelse:", number: 1))
    #expect(split?.0 == "Der er ikke indkommet spørgsmål til mødet.")
    #expect(split?.1 == "Vedtagelse:")
  }
}

@Suite struct AgendaViewerFormsTests {
  static let text = """
    UDVALG

    09-13 Udvalget for Børn

    STARTTIDSPUNKT

    29-01-2013 10:00:00

    PUNKTER

    8. Godkendelse af dagsorden til Udvalget for Børn den 29.01.2013
    9. Frigivelse af anlægsmidler - Børne-familiehus
    10. Eventuelt - Udvalget for Børn den 29.01.20138. Godkendelse af dagsorden til Udvalget for Børn den 29.01.2013

    Sagsprocedure

    Udvalget for Børn

    Hovedindstilling

    Direktør René Junker indstiller, at:

      1. dagsordenen bliver godkendt

    Beslutning i Udvalget for Børn den 29-01-2013

    Godkendt

    Referat9. Frigivelse af anlægsmidler - Børne-familiehus

    Sagsprocedure

    Hovedindstilling

    Direktør Anders Asmind indstiller, at:

      1. 2,1 mio. kr. frigives til etablering af Børne-familiehus.

      2. 200.000 kr. frigives til etablering af liggehal.

    Beslutning i Udvalget for Børn den 29-01-2013

    Godkendt
    """

  @Test func aHeadingGluedToTheLastLineOfTheContentsStandsOnItsOwn() throws {
    let m = try MinutesParser.parse(bytes: Array(Self.text.utf8), source: "udvalget-for-boern-2013-01-29.txt", options: .init())
    #expect(m.committee == "Udvalget for Børn")
    #expect(m.items.map(\.number) == [8, 9])
    #expect(m.items.map { $0.recommendation?.recommender } == ["Direktør René Junker", "Direktør Anders Asmind"])
    #expect(m.items.map { $0.decision.map(\.text) } == [["Godkendt"], ["Godkendt"]])
  }

  @Test func aGluedHeadingThatAConverterWrappedStandsOnItsOwn() throws {
    // The same page wrapped at 72 columns: the glued heading's words go on on the next line.
    let wrapped = Self.text.replacingOccurrences(
      of: "29.01.20138. Godkendelse af dagsorden til Udvalget for Børn den 29.01.2013\n\n",
      with: "29.01.20138. Godkendelse af\ndagsorden til Udvalget for Børn den 29.01.2013\n\n")
    #expect(wrapped != Self.text)
    let m = try MinutesParser.parse(bytes: Array(wrapped.utf8), source: "udvalget-for-boern-2013-01-29.txt", options: .init())
    #expect(m.items.map(\.number) == [8, 9])
    #expect(m.items.first?.title == "Godkendelse af dagsorden til Udvalget for Børn den 29.01.2013")
    #expect(m.items.map { $0.decision.map(\.text) } == [["Godkendt"], ["Godkendt"]])
  }

  @Test func theLineBeforeADecisionsLabelIsNoTitle() throws {
    let text = """
      Referat
      Seniorrådet tirsdag den 26. april 2022 kl. 10:00

      Sagsfremstilling

      Godkendelse af dagsorden

      Beslutning

      Dagsorden er godkendt.

      Sagsfremstilling

      Formand Birgit Nielsen orienterer.

      Beslutning

      Taget til efterretning.

      Sagsfremstilling

      Budget for 1. kvartal

      Beslutning

      Budgettet er godkendt
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "seniorraadet-2022-04-26.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3])
  }
}

@Suite struct ClosingSentenceTests {
  @Test func aSentenceAboutTheItemClosesIt() {
    #expect(ClosedMarker.statesClosed("Punktet er lukket af hensyn til kommunens fremtidige tilbudsindhentning."))
    #expect(ClosedMarker.statesClosed("Sagen omhandler salg af ejendom, og behandles derfor som lukket punkt."))
    #expect(ClosedMarker.statesClosed("Budgettet er drøftet. Sagen behandles for lukkede døre."))
    // Another item's, or closed doors in general, close nothing here.
    #expect(!ClosedMarker.statesClosed("Punkt 10 for lukkede døre ønskes først behandlet på næste møde."))
    #expect(!ClosedMarker.statesClosed("Siden kan beskrive, hvornår sager behandles for lukkede døre."))
    #expect(!ClosedMarker.statesClosed("Sagen blev godkendt."))
  }

  @Test func anItemClosedByItsOwnTextAndTheItemAfterANoteBetweenThemAreRedacted() throws {
    let text = """
      Referat af Byrådet 22. juni 2022

      1. Udfasning af børnehus

      Byrådet har besluttet at udfase børnehuset.

      Punktet er lukket af hensyn til kommunens tilbudsindhentning.

      Beslutning

      Godkendt.

      2. Salg af ejendom

      Beslutning

      Godkendt.

      Sagen omhandler salg af ejendom, og behandles derfor som lukket punkt.

      3. Salg af grund

      Beslutning

      Økonomiudvalgets indstilling godkendt.

      4. Eventuelt

      Beslutning

      Intet.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "byraadet-2022-06-22.txt", options: .init())
    #expect(m.items.map(\.isClosed) == [true, true, true, false])
    #expect(m.items[0].sections.isEmpty)
    #expect(m.items[2].sections.isEmpty)
  }
}

@Suite struct LabelledCaseNumberTests {
  @Test func shortGroupsOfDigitsAfterALabelAreACaseNumber() {
    #expect(CaseNumberReader.read(.plain("Sagnr.: 0-3-1-13", number: 1))?.caseNumber?.description == "0-3-1-13")
    // Without a label the same shape is no case number (a span of clock times).
    #expect(CaseNumberReader.token("18-45-18-55") == nil)
  }

  @Test func aMonthByItsNameAndAYearIsADateNotACaseNumber() throws {
    for date in ["Sep.2013", "jan-2020", "15.okt.2021", "Maj/2024"] { #expect(CaseNumberReader.token(date) == nil, "\(date)") }
    // Letters that name no month stay part of a case number.
    #expect(CaseNumberReader.token("SAG-2013-12")?.description == "SAG-2013-12")
    // "62 Seniorjob i Gribskov Kommune. Sep.2013": the month closes the title; the list of
    // headings under a contents' label is not cut short at it.
    let text = """
      Arbejdsmarkedsudvalget

      Onsdag den 25-09-2013 kl. 07:00

      61 Resultatoversigt 2013
      62 Seniorjob i Gribskov Kommune. Sep.2013
      63 Projekt Jobrotation i Gribskov Kommune. 2013
      64 Jobcafe for ledige

      Godkendelse af dagsorden:
      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "arbejdsmarkedsudvalget-2013-09-25.txt", options: .init())
    #expect(m.items.map(\.number) == [61, 62, 63, 64])
    #expect(m.items.allSatisfy { $0.caseNumber == nil })
  }
}

@Suite struct HeaderlessAndLabelledItemTests {
  @Test func theAgendasApprovalNamesAHeaderlessMeeting() throws {
    let text = """
      Referat

        • 423. Dagsorden - Godkendelse

          Resume

          Godkendelse af dagsorden for ØU den 7. december 2021.

          Beslutning

          Godkendt.

        • 424. Spildevandsplan - Godkendelse

          Beslutning fra Plan, Miljø og Teknik, 30. november 2021, pkt. 563:

          Anbefales.

          Beslutning

          Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "referat.txt", options: .init())
    #expect(m.committee == "Økonomiudvalget")
    #expect(m.date == Day(year: 2021, month: 12, day: 7))
    #expect(m.items.map(\.number) == [423, 424])
  }

  @Test func aBoardsItemsAsLabelsWithTheirOutcome() throws {
    let text = """
      Referat

      Bestyrelsesmøde nr. 87

      Lørdag d. 9 januar 2016 kl.09.00

      Bestyrelsen: Erling Skov, Birgit Rasmussen, Helle Wisler

      Suppleanter: Bitten Pedersen og Gerda Boksa

      Valg af  referent.: Helle

      Godkendelse af  referat nr. 86: godkendt

      Godkendelse af dagsorden: godkendt

      Meddelelser fra kassereren:

      Regnskab fremlægges og gennemgås.

      Byggesager:

      Orientering om verserende sager.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "bestyrelsen-2016-01-09.txt", options: .init())
    #expect(m.items.map(\.title) == ["Valg af referent", "Godkendelse af referat nr. 86", "Godkendelse af dagsorden", "Meddelelser fra kassereren", "Byggesager"])
    #expect(m.items[2].decision.map(\.text) == ["godkendt"])
    #expect(m.attendees == ["Erling Skov", "Birgit Rasmussen", "Helle Wisler", "Bitten Pedersen", "Gerda Boksa"])
  }
}

@Suite struct TimeSlotItemsTests {
  @Test func slotsOfTheDayOpenItems() throws {
    let text = """
      Skolebestyrelsesmøde april 2023

      Referat fra den 26. april 2023.
      Møderække: 31/8 - 29/9 - 25/10 - 21/11
      Afbud: Svend

      19.00-19.20

      Vi gik en tur rundt i det nye byggeri.

      19.20-19.50

      Det bliver den 27. maj. Lars planlægger og inviterer.

      19.50-20.20

      Der er sendt et brev vedr. afviklingsplanen.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "skolebestyrelsen-2023-04-26.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.startTime == ClockTime(hour: 19, minute: 0))
    #expect(m.location == nil)
  }

  @Test func runOnTextAfterATitleGoes() {
    #expect(ItemTitle.clean("Budgetønsker (laC)").0 == "Budgetønsker")
    #expect(ItemTitle.clean("Godkendelse af dagsorden ( )").0 == "Godkendelse af dagsorden")
    #expect(PageFurniture.withoutLeadingControl("fold dette punkt ind Resume") == "Resume")
    #expect(ItemTitle.clean("Forslag til et tillæg til vedtægterne (GS/laC) M-rådet vedtog forslaget").0 == "Forslag til et tillæg til vedtægterne")
    #expect(ItemTitle.clean("Kassebeholdning.Søren Kaarup meddelte at der er penge").0 == "Kassebeholdning")
    #expect(ItemTitle.clean("Samarbejde med F.C. Midtjylland").0 == "Samarbejde med F.C. Midtjylland")
    #expect(ItemTitle.clean("Gennemgang af udvalgets dagsorden v/Kristine Henriksen").0 == "Gennemgang af udvalgets dagsorden")
    #expect(ItemTitle.clean("Budget 2025 v/ direktør Jens Holm").0 == "Budget 2025")
    #expect(ItemTitle.clean("Orientering ved formand og kasserer").0 == "Orientering ved formand og kasserer")
  }

  @Test func anAssociationsBoardMeetingNamesTheBoard() throws {
    let text = "Læs referat fra Borgerforeningens bestyrelsesmøde 1. november 2021\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "x.txt", options: .init())
    #expect(m.committee == "Bestyrelsen")
  }
}

@Suite struct RestartedListTests {
  @Test func aListBrokenInTwoIsNumberedOn() throws {
    let text = """
      Referat af lokalrådsmødet mandag den 6. marts 2017 klokken 18.30

      Til stede var Karen, Mette, Thomas og Jørgen

       1. Godkendelse af dagsorden og referat
        Begge dele godkendt uden kommentarer

       2. Regnskab 2016
      Regnskabet er under udarbejdelse af Mette og Karen.

      Se i øvrigt referatet fra februarmødet

       1. Sommerfest
        Se referatet fra lokalrådsmødet 2. februar 2017
       2. Siden sidst
        – Husk at søge diverse fonde:

        1. SEAS-NVE – senest 10. marts (Jørgen søger)
        2. Matas Miljøfond – senest 15. maj
       3. Eventuelt
        – Husk årsmøde i Brugsen den 30. marts.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "lokalraadet-2017-03-06.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3, 4, 5])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden og referat", "Regnskab 2016", "Sommerfest", "Siden sidst", "Eventuelt"])
  }
}

@Suite struct NestedListWithoutIndentTests {
  /// A web page's nested lists flattened without their indentation: each item's own list starts
  /// over at 1; the items are the numbers that go on from the last item and open a list.
  @Test func itemsAreTheNumbersThatOpenAListStartingOver() throws {
    let text = """
      Ungerådsmøde d. 10. december 2020

      1. Opfølgning på festen
      1. Vellykket og hyggeligt
      2. God idé med croissanter
      2. Opfølgning på foredraget
      1. Det gik godt
      2. Rigtige målgruppe
      3. Koncert i december
      1. Scenen sættes op på langs
      2. Chips og sodavand til bandet
      3. Han skal præsenteres
      4. Nyt fra landsforeningen
      1. Vi deltog i online landsmøde
      2. Der er valgt ny bestyrelse
      3. Anna er valgt som næstforkvinde
      4. Emma er valgt ind i bestyrelsen
      5. Græsplænen
      1. Maja undersøger, om vi kan være med i puljen.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "ungeraadet-2020-12-10.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3, 4, 5])
    #expect(m.items.map(\.title) == ["Opfølgning på festen", "Opfølgning på foredraget", "Koncert i december", "Nyt fra landsforeningen", "Græsplænen"])
  }
}

@Suite struct ListInsideAnItemTests {
  @Test func aHeadingGoesOnFromTheRunBeforeAListInsideAnItem() throws {
    let text = """
      Børn & Læringsudvalget - 08-09-2021

      Referat
      Dato:
      Onsdag, 8 september, 2021 - 16:00
      108. Dialogmøde med bestyrelser

      Resume

      Dagsorden for dialogmøde med bestyrelser.

      Sagsfremstilling

        1. Velkomst ved udvalgsformanden
        2. Dialog om budget 2022 - 2025

      Økonomi

      Ingen.

      109. Godkendelse af dagsorden

      Beslutning

      Godkendt.

      110. Skolestruktur

      Beslutning

      Drøftet.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "udvalget-2021-09-08.txt", options: .init())
    #expect(m.items.map(\.number) == [108, 109, 110])
  }
}

@Suite struct AbsencesAndStandInsTests {
  @Test func theMembersLessThoseAwayAndWhoCameInstead() throws {
    let text = """
      Regionsrådet - referat 26-01-2009

      Medlemmer
      Carl Holst, Poul Weber, Bo Libergren, Karen Baungaard, Bente Jensen

      Afbud:
      Poul Weber - Jørgen Bastholm deltager som stedfortræder.
      Karen Baungaard - Hans Ole Hansen deltager som stedfortræder.

      Bente Jensen deltog ikke i pkt. 14-19.

      1. Godkendelse af dagsorden
      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "regionsraadet-2009-01-26.txt", options: .init())
    #expect(m.attendees == ["Carl Holst", "Bo Libergren", "Bente Jensen", "Jørgen Bastholm", "Hans Ole Hansen"])
    #expect(m.absentees == ["Poul Weber", "Karen Baungaard"])
  }

  @Test func allCameButTheNamed() throws {
    let text = """
      Referat til mødet i Patientinddragelsesudvalget den 9. december 2020 kl. 13:00

      Deltagere: Alle var mødt, undtagen Liselotte Wesley Andersen, Lene Thykjær Jørgensen og Ulla Dyhr, der havde meldt afbud.

      1. Godkendelse af dagsorden
      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "udvalget-2020-12-09.txt", options: .init())
    #expect(m.attendees.isEmpty)
    #expect(m.absentees == ["Liselotte Wesley Andersen", "Lene Thykjær Jørgensen", "Ulla Dyhr"])
  }
}

@Suite struct ElectionPeriodAndFinishedListTests {
  @Test func aLabelWithTheBodysElectionPeriodIsThisMeetingsDecision() throws {
    let text = """
      Folkeoplysningsudvalget - Referat 27-02-2018

      Nr.1 - Godkendelse af dagsorden

      Beslutning i Folkeoplysningsudvalget (18-21) den 27-02-2018

      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "folkeoplysningsudvalget-2018-02-27.txt", options: .init())
    #expect(m.items.first?.decision.map(\.text) == ["Godkendt."])
    #expect(m.items.first?.priorDecisions.isEmpty == true)
  }

  @Test func aListEndingWithAFullStopOnItsLabelsLineIsComplete() throws {
    let text = """
      Provstiudvalgsmøde den 4. januar 2024 kl. 08:30

      Deltagere: Peter Viuff, Rigmor Bruun, Conny Callesen.

      Mødepunkt Referat
      1 - Godkendelse af dagsorden
      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "provstiudvalget-2024-01-04.txt", options: .init())
    #expect(m.attendees == ["Peter Viuff", "Rigmor Bruun", "Conny Callesen"])
  }
}

@Suite struct TheDayAgainWithItsClockTests {
  @Test func theDayWrittenTwiceOnTheTitleLineGivesItsClock() throws {
    let text = "Ekstraordinært provstiudvalgsmøde den 4. januar 2024 - d. 04-01-2024 kl. 08:30 til 09:30\n\n1. Godkendelse\nGodkendt.\n"
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "x.txt", options: .init())
    #expect(m.startTime == ClockTime(hour: 8, minute: 30))
  }
}

@Suite struct CommitteeViewerFormsTests {
  @Test func headingsWithTheirCaseNumbersAndListsInsideThem() throws {
    let text = """
      Beskæftigelsesudvalget (2014-2017) – Referat – 6. december 2016

      1. Godkendelse af dagsorden (B)

      1.     Godkendelse af dagsorden (B)

      Sagsnr.: 330-2016-5389                 Dok.nr.: 330-2016-673727                 Åbent
      Beslutningstema
      Godkendelse af dagsordenen.
      Beslutning i Beskæftigelsesudvalget den 6. december 2016:
      Godkendt.

      2. Gensidig orientering (O )

      2.     Gensidig orientering (O )

      Sagsnr.: 330-2016-5388                 Dok.nr.: 330-2016-673738                 Åbent
      Beslutningstema
      Orientering fra
      1. Månedlige nøgletal for beskæftigelsesområdet
      2. Månedlig status på integrationsområdet
      3. Orientering om særlig indsats - 100 småjobs
      e. Centerchefen for Børn og Familie
      1. Månedlig orientering vedr. boligplacering
      2. Status på konsekvenser af ændrede regler
      Beslutning i Beskæftigelsesudvalget den 6. december 2016:
      Taget til efterretning.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "udvalget-2016-12-06.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Gensidig orientering"])
  }

  @Test func aContentsWithPagesIsNoRunOfItems() throws {
    let text = """
      Referat

      Møde i Forretningsudvalget 2018-2021

      fredag den 14. august 2020 kl. 09:30

      Deltagere:

      Heino Knudsen (A), Formand

      Peter Jacobsen (O), 1. næstformand- afbud

      Jacob Jensen (V), 2. næstformand

      Egon Bo (I)Indholdsfortegnelse åbent møde

      1.

      Godkendelse af dagsorden

      5

      2.

      Budgetforslag 2021

      6


      1. Godkendelse af dagsorden

      Åbent

      Beslutning

      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "forretningsudvalget-2020-08-14.txt", options: .init())
    #expect(m.items.map(\.number) == [1])
    #expect(m.attendees == ["Heino Knudsen", "Jacob Jensen", "Egon Bo"])
    #expect(m.absentees == ["Peter Jacobsen"])
  }

  @Test func onePagesItemOpensWithItsSection() throws {
    let text = """
      Referat
      Klima- og Miljøudvalget onsdag den 17. maj 2017 kl. 15:00

      Resume

      En fortsat drøftelse af budgettet tages op i nærværende sag.

      Indstilling

      Udvalget indstiller, at drøftelserne fortsættes.

      Beslutning

      Tiltrådt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "udvalget-2017-05-17.txt", options: .init())
    #expect(m.items.count == 1)
    #expect(m.items.first?.decision.map(\.text) == ["Tiltrådt."])
  }
}

@Suite struct AgendaReferencesAndBlocksTests {
  @Test func minutesUnderAdLinesKeepTheirOwnNumbersAndTitles() throws {
    let text = """
      Referat af bestyrelsesmøde i Grundejerforeningen Klosterparken

      Møde dato og sted

      15. august 2012 hos Kim

      Næste bestyrelsesmøde

      29. oktober hos Benjamin

       Dagsorden:

        1. Godkendelse af referat fra forrige møde.
        2. Økonomi
        3. Aktivitetsliste
        4. Evt.

      Ad. 1 Godkendelse af referat fra forrige møde

      Referatet blev godkendt uden bemærkninger

      Ad. 2 Økonomi

      Økonomien ser fornuftig ud.

      Ad.4 Aktivitetslisten

      Listen blev gennemgået.

      Ad.5 Evt.

      Intet til punktet.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "bestyrelsen-2012-08-15.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 4, 5])
    #expect(m.items.map(\.title) == ["Godkendelse af referat fra forrige møde", "Økonomi", "Aktivitetslisten", "Evt."])
    #expect(m.committee != "Hos Benjamin")
  }

  @Test func paragraphsUnderReferatWhenThePageDroppedItsAgenda() throws {
    let text = """
      Skolebestyrelsesmøde april 2020

      Referat fra den 30. april 2020 kl. 19.30–20.30 virtuelt.

      Referat

      Kort status fra skolerne omkring opstart for 0. – 5. årgang.
      Taget til efterretning af bestyrelsen.

      Orientering fra de 3 skoler omkring budget for 2020
      Taget til efterretning af bestyrelsen.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "skolebestyrelsen-2020-04-30.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2])
  }
}

@Suite struct ColumnsOfNamesTests {
  @Test func twoNamesOnALineAreTwoPeople() {
    #expect(AttendeeList.columnsOfNames("Brian Lyck Jørgensen Lone Birgit Halskov Møller") == ["Brian Lyck Jørgensen", "Lone Birgit Halskov Møller"])
    #expect(AttendeeList.columnsOfNames("Michael Bruun Jørgen Emil Simonsen") == ["Michael Bruun", "Jørgen Emil Simonsen"])
    // Middle names stay with their first name.
    #expect(AttendeeList.columnsOfNames("Lone Birgit Halskov Møller") == ["Lone Birgit Halskov Møller"])
  }

  @Test func aMembersTableInTwoColumnsLessThoseAway() throws {
    let text = """
      Erhvervs- og Turismeudvalget

      Mandag den 14-09-2015 kl. 16:00

      Medlemmer:

      Michael Bruun Jørgen Emil Simonsen
      Brian Lyck Jørgensen Lone Birgit Halskov Møller
      Jesper Hagen Behrensdorff Jannich Petersen

      Fraværende:
      Jørgen Emil Simonsen
      Jannich Petersen

      40 Erhvervsstrategi 2015

      Beslutning

      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "udvalget-2015-09-14.txt", options: .init())
    #expect(m.attendees == ["Michael Bruun", "Brian Lyck Jørgensen", "Lone Birgit Halskov Møller", "Jesper Hagen Behrensdorff"])
  }
}

@Suite struct LowerCaseReferencesTests {
  @Test func lowerCaseAdLinesUnderAnAgendaWithNotes() throws {
    let text = """
      Bestyrelsesmøde den 12.4.2012

      Fremmødet: Trine, Tobias, Steen

      Dagsorden
      1. Siden sidst, godkendelse af referat
      2. Organisationsændring
      - endelig fastlægning af struktur
      3. Arbejdsdag lørdag den 14. april kl 11:00

      ad.1.
      Referat fra sidste møde godkendt.

      ad.2.
      Punktet blev flyttet til næste bestyrelsesmøde.

      ad.3.
      Trine fordeler opgaverne på dagen.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "bestyrelsen-2012-04-12.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.attendees == ["Trine", "Tobias", "Steen"])
  }
}

@Suite struct EmDashKeywordTests {
  @Test func keywordHeadingsWithAnEmDashAndTheirListsThatLostTheirNumbers() throws {
    let text = """
      Referat — menighedsrådsmøde, Sdr. Højrup, onsdag den 11.10.17 kl. 19.00

      Pkt. 1 — Godkendelse af dagsorden

      Godkendt.

      Pkt. 2 — Revisionsprotokollat vedrørende Årsregnskab 2016 Behandlet og godkendt.

      Pkt. 3 — Meddelelser fra

        1. Formand

      Orienterede om forskellige sager.

        1. Kasserer

      Intet at bemærke.

        1. Præsten

      Konfirmander starter op 25/10.

      Pkt. 4 — Evt.

      Intet.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "menighedsraadet-2017-10-11.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3, 4])
    #expect(m.items[1].title == "Revisionsprotokollat vedrørende Årsregnskab 2016")
    #expect(m.items[1].decision.map(\.text) == ["Behandlet og godkendt"])
  }
}

@Suite struct GluedNumbersWithSpacesTests {
  @Test func aHeadingGluedAfterAnOutcomeWithSpacesAfterItsNumber() throws {
    let text = """
      UngdomsskolebestyrelsesmødeMandag den 21. september 2015, kl 19-21

      Tilstede: Julie Hermind, Flemming Knappmann, Burak Ulucan           Dagsorden:


      1.    Godkendelse af referat
      Med tilføjelsen godkendtes referatet.2.    Budget 2015,
      Godkendt3.    Notat vedr. budget
      Notatet taget til efterretning
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "bestyrelsen-2015-09-21.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.attendees == ["Julie Hermind", "Flemming Knappmann", "Burak Ulucan"])
  }
}

@Suite struct GroupedListOfWhoCameTests {
  @Test func groupsOfMembersUnderWhoCameStaffAndAbsenceEndIt() throws {
    let text = """
      Folkeoplysningsudvalget - Referat 5. april 2019

      I mødet deltog:

      Borgerrepræsentanter:

      Rikke Lauritzen, Caroline Stage og Sofie Seidenfaden.

      Fra det frivillige foreningsområde:

      Anders Berner og Viggo Brøndegaard.

      Fra forvaltningen:

      Mads Kamp Hansen og Thomas Bach.

      Følgende havde meldt afbud:

      Badar Shah, Mara Frej og John Kalo.

      1. Godkendelse af dagsorden

      Beslutning

      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "folkeoplysningsudvalget-2019-04-05.txt", options: .init())
    #expect(m.attendees == ["Rikke Lauritzen", "Caroline Stage", "Sofie Seidenfaden", "Anders Berner", "Viggo Brøndegaard"])
    #expect(m.absentees == ["Badar Shah", "Mara Frej", "John Kalo"])
  }
}

@Suite struct ContentsOverTheFirstCaseTests {
  @Test func theLastContentsEntryDoesNotOwnTheFirstItemsCaseNumber() throws {
    let text = """
      Sundhedssamordningsudvalget - Referat - 21. august 2012

      Mødested
      OUH, Patienthotellet

        1. Fødeplanen i Region Syddanmark
        2. Etablering af sundhedshus i Bogense
        3. Eventuelt


        Sagsnr. 12/838
        1. Fødeplanen i Region Syddanmark
        fold dette punkt ind Resume

        Fødeplanen gennemgås.

        fold dette punkt ind Beslutning i Sundhedssamordningsudvalget den 21-08-2012

        Orienteredes.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "udvalget-2012-08-21.txt", options: .init())
    #expect(m.items.map(\.number) == [1])
    #expect(m.items.first?.caseNumber?.description == "12/838")
  }
}

@Suite struct PersonAndAffiliationTests {
  @Test func aPersonAndWhatSheSpeaksForIsOnePerson() {
    let entries = AttendeeList.entries(["Ruth Jensen, LyngbyGuiderne", "Bjarne Olsen, Lyngby Frivillignet", "Mette Hoff, Henrik Bang"])
    #expect(entries.map(\.name) == ["Ruth Jensen", "Bjarne Olsen", "Mette Hoff", "Henrik Bang"])
    // An organisation's code after the full name, without brackets, is no part of it.
    #expect(AttendeeList.entries(["Bente Ullits Eckmann DH Annelise Hansen DH", "Kim G. Nielsen DH Helle Mariager"]).map(\.name)
      == ["Bente Ullits Eckmann", "Annelise Hansen", "Kim G. Nielsen", "Helle Mariager"])
    // With their parties, two names are two members, a first name known or not.
    #expect(AttendeeList.entries(["Kai Nielsen (V), Rigge Nørmark (I)"]).map(\.name) == ["Kai Nielsen", "Rigge Nørmark"])
  }

  @Test func groupsOfMembersWithTheOrganisationsTheySitFor() throws {
    // Under "Medlemmer", a line a group: its label, and each member with what she sits for;
    // those not present (below) are absent, the staff ("Øvrige deltagere") no members.
    let m = try MinutesParser.parse(
      bytes: Array(
        """
        Medlemmer

        Byrådet: Kai Nielsen (V), Rigge Nørmark (I), Jette Andersen (A)

        Administrationen: Brith Nøhr, Center for Børn & Familier, Jesper Nimgård, Center for Teknik & Miljø

        Danske Handicaporganisationer: Allan Jørgensen, Landsforeningen LEV, Bente Lis Clausen, Spastikerforeningen, Palle Jacobsen, Dansk Blindesamfund, Lonnie Busted Nielsen, Muskelsvindfonden

        Øvrige deltagere: Mariann Mikkelsen, Socialchef, Gitte Overgaard, Sekretær

        Ikke tilstede: Brith Nøhr

        HR 1. Handicaprådets kalender for 2019

        Beslutning

        Godkendt.
        """.utf8), source: "handicapraadet-2019-06-17.txt", options: .init())
    #expect(
      m.attendees == [
        "Kai Nielsen", "Rigge Nørmark", "Jette Andersen", "Jesper Nimgård", "Allan Jørgensen", "Bente Lis Clausen",
        "Palle Jacobsen", "Lonnie Busted Nielsen",
      ])
    #expect(AttendeeList.isOrganisation("Dansk Blindesamfund"))
    #expect(AttendeeList.isOrganisation("Center for Teknik & Miljø"))
    #expect(!AttendeeList.isOrganisation("Bente Lis Clausen"))
  }
}

@Suite struct BoardNotesFormsTests {
  func parse(_ text: String, _ source: String = "raadet-2023-05-03.txt") throws -> Meeting {
    try MinutesParser.parse(bytes: Array(text.utf8), source: source, options: .init())
  }

  @Test func titlesOverAContentLabelAndTheMinutesLabel() throws {
    let m = try parse(
      """
      Referat fra møde i Seniorrådet

      Dato: Onsdag d. 3.5. 2023

      Deltagere:

       • Inger Holm: Ældresagen
       • Kasper Lund: Foreningen Bofællesskabet
       • Maj-Britt Lauridsen: Konsulent, Sekretariatet

      Dagsorden med referat:

      Godkendelse af dagsorden

      Indhold:

      Godkendelse af dagsorden

      Referat

      Godkendt

      Nyt fra formanden

      Indhold:

      Formanden orienterede om årsmødet.

      Referat

      Rådet tog orienteringen til efterretning.
      """)
    #expect(m.date == Day(year: 2023, month: 5, day: 3))
    #expect(m.attendees == ["Inger Holm", "Kasper Lund", "Maj-Britt Lauridsen"])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Nyt fra formanden"])
  }

  @Test func theDecisionLabelAfterASentenceOfTheText() throws {
    // A decision's label (two joined by "og") after a sentence, on the line or wrapped into it:
    // the text after it is the decision, where other items carry theirs under a label.
    let m = try parse(
      """
      Referat af menighedsrådsmøde torsdag den 12. maj 2022 kl. 17.00

      1. Godkendelse af dagsorden
      Beslutning: Godkendt
      2. Kirkegårdsvedtægt. Forslag til ny tekst. Drøftelse
      og beslutning: Godkendt med rettelse.
      3. Alger på kirken. Et tilbud er modtaget. Drøftelse og beslutning: Enighed om at tage tilbuddet.
      4. Kirkens tag. Taget er utæt. Menighedsrådet tager stilling i juni.
      """)
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Kirkegårdsvedtægt", "Alger på kirken", "Kirkens tag"])
    #expect(m.items.map { $0.decision.map(\.text).joined(separator: " ") } == ["Godkendt", "Godkendt med rettelse.", "Enighed om at tage tilbuddet.", ""])
    #expect(m.items[2].sections.first?.text == "Et tilbud er modtaget.")
  }

  @Test func decisionLabelsWithoutItemHeadings() throws {
    // No heading of any form: each decision label over text is an item, titled by the subject
    // line above it when there is one.
    let m = try parse(
      """
      Kommunalbestyrelse 28. Februar 2019 kl. 10.00

      Dagsorden 19-001 Erstatning for tabt arbejdsfortjeneste...... 3 19-002 Politikerhåndbog ...... 5

      Emne Godkendelse af dagsorden

      Administrations bemærkninger til dagsorden: Ingen

      Beslutning:

      Dagsordenen blev godkendt.

      Beslutning:

      Mødet blev hævet kl. 12.
      """, "kommunalbestyrelse-2019-02-28.txt")
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", ""])
    #expect(m.items.map { $0.decision.map(\.text) } == [["Dagsordenen blev godkendt."], ["Mødet blev hævet kl. 12."]])
  }

  @Test func oneCaseTextLabelOverEveryItemsMinutes() throws {
    // No item has a decision; each has its text under "Sagsfremstilling" alone: that is the minutes.
    let m = try parse(
      """
      Referat af møde i Kommunalbestyrelsen den 25. februar 2020

      Godkendelse af dagsorden

      Sagsfremstilling

      Dagsorden godkendt.

      Meddelelser

      Sagsfremstilling

      Borgmesteren orienterede om budgettet.
      """)
    #expect(m.items.map { $0.decision.map(\.text) } == [["Dagsorden godkendt."], ["Borgmesteren orienterede om budgettet."]])
  }

  @Test func aLabelAfterASentenceIsNoneWhereNoItemHasALabel() throws {
    // Notes without labels: each item's text is its minutes, the label inside one included.
    let m = try parse(
      """
      Referat af menighedsrådsmøde torsdag den 12. maj 2022 kl. 17.00

      1. Godkendelse af dagsorden
      Godkendt.
      2. Orgelsyn
      Tilbud gennemgået. Beslutning: Formanden kontakter provstiet.
      """)
    #expect(m.items.map { $0.decision.map(\.text).joined(separator: " ") } == ["Godkendt.", "Tilbud gennemgået. Beslutning: Formanden kontakter provstiet."])
  }

  @Test func aListInsideEachItemIsIndentedDeeper() throws {
    let m = try parse(
      """
      Ungdomsrådets møde d. 4. marts 2021

       1. Opfølgning på koncerten

        1. Den gik godt
        2. Vi manglede en lydmand
       2. Sommerfesten

        1. Rykkes til næste møde
       3. Eventuelt

        1. Intet
      """)
    #expect(m.items.map(\.title) == ["Opfølgning på koncerten", "Sommerfesten", "Eventuelt"])
  }

  @Test func aCompoundOnALawsParagraphIsNoHeading() throws {
    let m = try parse(
      """
      Udvalg: Miljøudvalget
      Mødedato: 3. maj 2023

      87. Orientering om Naturrådets møde

      Sagsnr.: 01.05.12-P20-3-22

      Sagsfremstilling
      Rådet drøftede:
        • § 3-beskyttet natur
        • Vandløbsregulativer

      Beslutning
      Taget til orientering.
      """)
    #expect(m.items.map(\.number) == [87])
    #expect(m.items.first?.title == "Orientering om Naturrådets møde")
  }

  @Test func theTextUnderTheLastHeadingIsNoTitleOfTheNextItem() throws {
    let m = try parse(
      """
      Handicaprådet 3. maj 2023

      Åben

      Beslutning

      Dagsordenen godkendes

      Åben

      Beslutning

      Rådet drøftede busplanen og sender et høringssvar.
      """)
    #expect(m.items.count == 2)
    #expect(m.items.map(\.title) == ["", ""])
  }

  @Test func textIndentedUnderAHeadingIsNoWrappedTitle() throws {
    let m = try parse(
      """
      Bestyrelsesmøde d. 3. maj 2023

      Til stede: Hanne, Ole og Bo

      1. Valg af ordstyrer
           Hanne

      2. Referat fra generalforsamlingen
           Godkendt uden bemærkninger

      3. Kursusplan (Ole)
           Ole laver en plan.

      4. Sponsorer. (Bo)
           Bo kontakter banken.
      """)
    #expect(m.items.map(\.title) == ["Valg af ordstyrer", "Referat fra generalforsamlingen", "Kursusplan (Ole)", "Sponsorer"])
  }

  @Test func aTranscriptOfPagesAfterAWebPagesControls() throws {
    let m = try parse(
      """
      Referat Kulturudvalget torsdag den 3. marts 2016

      Download "Referat Kulturudvalget torsdag den 3. marts 2016"

      Transkript

      1 Referat torsdag den 3. marts 2016 Kl. 17:00 Rådhuset, mødelokale 2. Medlemmer: Hanne Dal, Ole Berg, Jens Krog, Anna Vestergaard og Kirsten Holm. Fraværende: ingen

      2 Indholdsfortegnelse 1. KU - Godkendelse af dagsorden KU - Tilskud til spillesteder KU - Eventuelt... 7

      3 Side 1 1. KU - Godkendelse af dagsorden Sagsnr.: 16/2210 Beslutning den : Godkendt
      """, "kulturudvalget-2016-03-03.txt")
    #expect(m.items.map(\.number) == [1])
    #expect(m.items.first?.caseNumber?.description == "16/2210")
  }

  @Test func whatAPersonSitsForAfterHerNameIsNoPerson() {
    #expect(AttendeeList.names(in: "Helle Dam, Formand (HD) Bo Lind, Syd (BL) Kaj Holm, Elite (KH)") == ["Helle Dam", "Bo Lind", "Kaj Holm"])
    // First names alone in the list: a single word is a person known by one name.
    #expect(AttendeeList.names(in: "Lars Bo, Hans, Hartmann, Keld Andersen") == ["Lars Bo", "Hans", "Hartmann", "Keld Andersen"])
  }

  @Test func titlesInLowerCaseThatGoOnFromTheRunOfItems() throws {
    let m = try parse(
      """
      Skolebestyrelsesmøde mandag den 2. marts 2020

      1.    Godkendelse af referat
      Godkendt
      2.    Regnskab for 2019 med bemærkninger fra revisionen og fra forvaltningen
      Regnskabet taget til efterretning
      3.    orientering fra formanden
      Anne orienterede fra skoleudvalget4.    orientering fra personalet
      o    Indskolingen
      Alt går godt.
      """)
    #expect(m.items.map(\.title) == [
      "Godkendelse af referat", "Regnskab for 2019 med bemærkninger fra revisionen og fra forvaltningen",
      "orientering fra formanden", "orientering fra personalet",
    ])
  }

  @Test func aListedSentenceInLowerCaseIsNoItem() throws {
    let m = try parse(
      """
      Bestyrelsesmøde mandag den 2. marts 2020

      1. Godkendelse af referat
      Godkendt.
      2. Havedagen
      Vi aftalte:
      3. alle tager en rive med.
      """)
    #expect(m.items.map(\.number) == [1, 2])
  }

  @Test func theCaseNumberAboveTheLastHeadingOfACopyConfirmsIt() throws {
    let m = try parse(
      """
      Forretningsudvalget 3. maj 2023

      Sagnr.: 1-30-11-06-V

      32. Budgetopfølgning

      Resume

      Notatet viser forbruget.

      Beslutning

      Taget til efterretning.

      Sagnr.: 1-21-78-7-12

      33. Driftsoverførsler til næste år
      """)
    #expect(m.items.map(\.number) == [32, 33])
    #expect(m.items.last?.caseNumber?.description == "1-21-78-7-12")
  }

  @Test func theBodyNotTheMunicipalityItSitsIn() {
    #expect(CommitteeName.clean("Udsatterådet i Holbæk Kommune") == "Udsatterådet")
    #expect(CommitteeName.clean("Ældrerådet for Region Sjælland") == "Ældrerådet")
    // A body named by what it serves keeps it.
    #expect(CommitteeName.clean("Udvalget for Børn og Unge") == "Udvalget for Børn og Unge")
    // The body's minutes or meeting in one word ("BESTYRELSESREFERAT 03-01-2024"): the body.
    #expect(CommitteeName.clean("BESTYRELSESREFERAT") == "Bestyrelsen")
    #expect(CommitteeName.clean("Byrådsreferat") == "Byrådet")
    #expect(CommitteeName.clean("Udvalgsmøde") == "Udvalget")
    #expect(CommitteeName.clean("Generalforsamlingsreferat") == "Generalforsamlingen")
  }

  @Test func notesWrittenAsOneListEachBulletAMatter() throws {
    let m = try parse(
      """
      Referat af bestyrelsesmøde den 3. maj 2023

      Tilstede er Hanne, Per og Claus.

       • Referatet fra sidste møde er godkendt og blev underskrevet.
       • Badminton, Claus tager imod tilmeldingerne og fordeler tiderne.
       • Gymnastik, vi mangler en instruktør til børneholdet.
       • Fester, vi holder et børnedisco i oktober i hallen.
      """)
    #expect(m.attendees == ["Hanne", "Per", "Claus"])
    #expect(m.items.count == 4)
    #expect(m.items.map(\.title) == ["", "", "", ""])
  }

  @Test func aWordFieldsInstructionLeftInTheText() {
    #expect(AttendeeList.names(in: "Anne Holm, Jan Dal og  CONTACT _Con-423E86E71 \\c \\s \\l Lise Bunch".replacingOccurrences(of: "  ", with: " ")).count >= 2)
    #expect(MarkupLineReader.clean("Jan Dal og  CONTACT _Con-423E86E71 \\c \\s \\l Lise Bunch") == "Jan Dal og Lise Bunch")
  }

  @Test func aCopyThatHoldsOnlyTheContentsListsItsItems() throws {
    let text = """
      Referat Handicaprådet

      Dato 3. maj 2023

      Indholdsfortegnelse

      1. Godkendelse af dagsorden ......................................... 4

      2. Godkendelse af referat fra forrige møde .......................... 5

      3. Orientering fra formanden ........................................ 6
      """
    let m = try parse(text, "handicapraadet-2023-05-03.txt")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Godkendelse af referat fra forrige møde", "Orientering fra formanden"])
    #expect(m.findings.contains { $0.code == "contents-only" })
  }

  @Test func aFormOfTwoColumnsWithoutColons() throws {
    let m = try parse(
      """
      Referat Handicaprådet

      Ordinært møde

      Dato 3. maj 2023

      Tid 15:00

      Sted Mødelokale 0.27

      Fraværende Afbud Aksel

      Medlemmer Anders Hind

      Gurli Nielsen

      Aksel Jensen

      1. Godkendelse af dagsorden

      Beslutning

      Godkendt.
      """, "handicapraadet-2023-05-03.txt")
    #expect(m.location == "Mødelokale 0.27")
    #expect(m.attendees == ["Anders Hind", "Gurli Nielsen"])
    // (The one away by his first name, whom the list of members names in full.)
    #expect(m.absentees == ["Aksel Jensen"])
  }

  @Test func aLaidOutFormWhoseDayLabelsNeedNoColon() throws {
    // `pdftotext -layout`: `Mødedato` and `Mødetidspunkt` need no colon anywhere; written without
    // one beside their values, they tell that `Medlemmer` is a label too.
    let m = try parse(
      """
                                               Referat

                                               Teknik- og Miljøudvalget

         Mødedato                Tirsdag den 6. maj 2025
         Mødetidspunkt           Kl. 13:00 - 15:45

         Medlemmer               Kristian Brøndum (V), formand
                                 Birthe Dahl (A), næstformand
                                 Jonas Riis (V)
                                 Ole Hjorth (DF)

         Afbud                   Ole Hjorth (DF)

         1.    Godkendelse af dagsorden

         Beslutning
         Godkendt.
      """, "tmu.txt")
    #expect(m.attendees == ["Kristian Brøndum", "Birthe Dahl", "Jonas Riis"])
    #expect(m.startTime?.description == "13:00")
  }

  @Test func labelsThatNeedTheirColonInProse() throws {
    // Without a form of two columns, "Sted" and "Medlemmer" open sentences.
    #expect(HeaderLabel.read("Sted Mødelokale 0.27") == nil)
    #expect(HeaderLabel.read("Sted Mødelokale 0.27", columns: true)?.1 == "Mødelokale 0.27")
    #expect(HeaderLabel.read("Sted og tid aftales senere.", columns: true) == nil)
  }

  @Test func aDecisionLabelOfABodyAndItsDayWithNothingBetween() throws {
    let label = DecisionLabel.read("Regionsrådet 23.04.2026:", reference: nil)
    #expect(label?.body == "Regionsrådet")
    #expect(label?.date == Day(year: 2026, month: 4, day: 23))
    let quoted = DecisionLabel.read("Udvalget for Plan og Klima 8. september 2026, punkt 7 – Sagen udsættes, til lodsejermødet har været afholdt.", reference: nil)
    #expect(quoted?.body == "Udvalget for Plan og Klima")
    #expect(quoted?.itemNumber == 7)
    #expect(quoted?.trailing == "Sagen udsættes, til lodsejermødet har været afholdt.")
    // Treated in the body on its day.
    #expect(DecisionLabel.read("Behandlet i Kommunalbestyrelsen 28.01.2026:", reference: nil)?.body == "Kommunalbestyrelsen")
    // The item's number as a paragraph.
    #expect(DecisionLabel.read("Sundheds- og Omsorgsudvalget den 16. juni 2026, § 27:", reference: nil)?.itemNumber == 27)
    // The body, its day and the item's number in brackets or as a paragraph; what it did.
    #expect(DecisionLabel.read("Folkeoplysningsudvalget 15.06.2028 (pkt. 5):", reference: nil)?.itemNumber == 5)
    #expect(DecisionLabel.read("Børne- og Undervisningsudvalget 17.10.2028, § 101:", reference: nil)?.itemNumber == 101)
    let did = DecisionLabel.read("Udvalget for nære sundhedstilbud besluttede den 20. juni 2028, pkt. 4:", reference: nil)
    #expect(did?.body == "Udvalget for nære sundhedstilbud")
    #expect(did?.date == Day(year: 2028, month: 6, day: 20))
    #expect(DecisionLabel.read("Udvalget besluttede den 20. juni 2028 at sende sagen i høring.", reference: nil) == nil)
    // The item's number in brackets.
    let bracketed = DecisionLabel.read("Social- og Sundhedsudvalget den 31. august 2027 (punkt 71):", reference: nil)
    #expect(bracketed?.body == "Social- og Sundhedsudvalget")
    #expect(bracketed?.itemNumber == 71)
    // A history a meeting a line, its day first.
    let history = DecisionLabel.read("17.08.2026 Erhvervs- og Beskæftigelsesudvalget", reference: nil)
    #expect(history?.body == "Erhvervs- og Beskæftigelsesudvalget")
    #expect(history?.date == Day(year: 2026, month: 8, day: 17))
    #expect(DecisionLabel.read("17.08.2026 Byrådet, pkt. 12:", reference: nil)?.itemNumber == 12)
    #expect(DecisionLabel.read("17.08.2026 blev sagen sendt tilbage.", reference: nil) == nil)
    #expect(DecisionLabel.read("3. Godkendelse af Byrådet", reference: nil) == nil)
    // A sentence with a day is no label.
    #expect(DecisionLabel.read("Byrådet 23.04.2026 blev orienteret.", reference: nil) == nil)
    #expect(DecisionLabel.read("Mødet 23.04.2026:", reference: nil) == nil)
    // Read whole: the council's decision after the committee's quoted recommendation.
    let m = try parse(
      """
      Regionsrådet - Referat
      Torsdag den 23. april 2026 kl. 14.00

      Punkt nr. 4 - Akutklinik i Holbæk
      Sagsnummer: 25-011320

      Indstilling
      Administrationen indstiller, at åbningstiden ændres.

      Forretningsudvalget 14.04.2026:
      Anbefales.

      Regionsrådet 23.04.2026:
      Sagen udsættes til næste møde.
      """, "regionsraadet-2026-04-23.txt")
    #expect(m.items.first?.decision.map(\.text) == ["Sagen udsættes til næste møde."])
    #expect(m.items.first?.priorDecisions.first?.date == Day(year: 2026, month: 4, day: 14))
  }

  /// What a system or a web page prints around the minutes: a print stamp, a date stamp, a
  /// download link; a title that opens with the same word is no furniture.
  @Test(arguments: [
    ("Udskrevet fra eDoc 15. marts 2027 · Referatet er godkendt af Økonomiudvalget", true),
    ("Printet den 3.4.2025 kl. 10.12", true),
    ("Opdateret 26. august 2027", true),
    ("Senest opdateret den 3. april 2025", true),
    ("Hent referatet som PDF PDF · 1.204 KB", true),
    ("Opdateret budget for 2027", false),
    ("Udskrevet til alle skoler i 2025 blev planen godt modtaget.", false),
    ("Hent tilbud fra tre leverandører", false),
  ])
  func furnitureAroundTheMinutes(_ c: (String, Bool)) throws {
    #expect(PageFurniture.isFurniture(MarkupLine.plain(c.0, number: 1)) == c.1, "\(c.0)")
  }

  @Test func aDecisionLabelOfABodyNamedByWhatItIsFor() {
    let label = DecisionLabel.read("Udvalget for Vækst, Erhverv og Globalisering, 08-06-2018, pkt. 7", reference: nil)
    #expect(label?.body == "Udvalget for Vækst, Erhverv og Globalisering")
    #expect(label?.itemNumber == 7)
    #expect(DecisionLabel.read("Referatet for sidste møde, 08-06-2018, blev godkendt", reference: nil) == nil)
  }

  @Test func aSentenceThatSkipsTheRunsNextNumberIsAList() throws {
    let m = try parse(
      """
      Miljøudvalget 3. maj 2023

      1. Godkendelse af dagsorden
      Beslutningstema
      Dagsordenen forelægges.
      Beslutning i Miljøudvalget den 3. maj 2023:
      Godkendt.

      2. Orientering fra udvalgsmedlemmer og administration
      Beslutningstema
      1. Orientering fra formanden.
      2. Orientering fra medlemmerne.
      3. Orientering fra administrationen.
      4. Planen for årets temamøder er vedlagt.
      Indstilling
      Direktøren indstiller, at orienteringerne tages til efterretning.
      Beslutning i Miljøudvalget den 3. maj 2023:
      Taget til efterretning.
      """)
    #expect(m.items.map(\.number) == [1, 2])
  }

  @Test func whoCameForAMemberAwayInARemark() throws {
    let m = try parse(
      """
      Referat - Kommunalbestyrelsen den 3. maj 2023

      Dato: Onsdag den 3. maj 2023

      Medlemmer

        • Anne Holm (A)
        • Bo Lind (V)
        • Eva Dal (O)

      Fraværende med afbud

        • Bo Lind (V)

      Bemærkninger

      Afbud fra Bo Lind stedfortræder Kaj Berg.

      1. Godkendelse af dagsorden

      Beslutning i Kommunalbestyrelsen den 03-05-2023

      Godkendt.
      """, "kommunalbestyrelsen-2023-05-03.txt")
    #expect(m.attendees == ["Anne Holm", "Eva Dal", "Kaj Berg"])
    #expect(m.absentees == ["Bo Lind"])
  }

  @Test func thePlaceInASentenceThatGoesOn() throws {
    let m = try parse(
      """
      Referat af bestyrelsesmøde den 3. maj 2023

      Tilstede er Hanne, Per og Claus.

      Mødet startede kl. 18.30 i Klubhuset med dagsorden som udsendt af formanden.

       • Referatet fra sidste møde er godkendt og blev underskrevet.
       • Badminton, Claus tager imod tilmeldingerne og fordeler tiderne.
       • Gymnastik, vi mangler en instruktør til børneholdet.
       • Fester, vi holder et børnedisco i oktober i hallen.
      """)
    #expect(m.location == "Klubhuset")
  }

  @Test func aWholePageOnOneLineWithItsItemsInline() throws {
    let m = try parse(
      """
      Bestyrelsesmøde

      Afdelingsbestyrelsesmøde afdeling 12 Dato: 3. maj 2023 Deltagere: Jan, Eva og Bo Dagsorden: - Punkt 1. – Opfølgning efter afdelingsmødet. Bestyrelsen var enige om at holde en god tone i afdelingen. - Punkt 2. – Fordeling af roller. Al kontakt til administrationen om fælles opgaver skal gå gennem Bo. Hvis det drejer sig om fejl i egen bolig, henvender man sig selv til administrationen. Bo følger op på afdelingens planer og regnskaber. Jan og Bo deltager i de praktiske opgaver, der ikke hører under viceværten. Eva er tovholder for arrangementerne. - Punkt 3. Diverse Bestyrelsen takkede for et godt møde og for kaffen.
      """, "afdelingsbestyrelsen-2023-05-03.txt")
    #expect(m.kind == .minutes)
    #expect(m.attendees == ["Jan", "Eva", "Bo"])
    #expect(m.items.map(\.title) == ["Opfølgning efter afdelingsmødet", "Fordeling af roller", "Diverse"])
  }

  @Test func theBoardOfAnAssociationIsTheBoard() throws {
    for (title, body) in [
      ("Referat af bestyrelsesmøde i Langø Bådelaug d. 7. juni 2018", "Bestyrelsen"),
      ("Bestyrelsesmøde – Holbæk Bådelaug Tirsdag den 27. april 2021 kl. 19.00", "Bestyrelsen"),
      ("Referat af 2. rådsmøde i Medicinrådet den 1. marts 2017", "Medicinrådet"),
    ] {
      let m = try parse(
        """
        \(title)

        1:Godkendelse af referat fra sidste møde

        Godkendt.

        2:Nyt fra formanden

        Intet.
        """, "referat.txt")
      #expect(m.committee == body, "\(title)")
      #expect(m.items.map(\.title) == ["Godkendelse af referat fra sidste møde", "Nyt fra formanden"])
    }
  }

  @Test func aBodysCommonNounAloneTakesTheNameTheLabelsGive() throws {
    let m = try parse(
      """
      Møde i udvalget d. 21. marts 2018

      6. Præsentation af Center for Beredskab

      Sagsnr.: 330-2018-17332

      Beslutningstema
      Beredskabschefen giver en kort præsentation.

      Beslutning i Beredskabskommissionen den 21. marts 2018:
      Sagen udskudt.
      """, "referat.txt")
    #expect(m.committee == "Beredskabskommissionen")
    #expect(m.items.first?.priorDecisions.isEmpty == true)
  }

  @Test func matterLabelsOfTwoWords() throws {
    let m = try parse(
      """
      Referat bestyrelsesmøde 4. februar 2016

      Deltagere: Rasmus, Lasse og Knud

      Havnefoged:

      Havnefogederne bad om en præcisering af reglerne for faste pladser.

      Havneudvalget:

      Havneudvalget inviterer til fire arbejdsdage i februar og marts.

      Blåt Flag:

      Kommunen fastholder kravet om Blåt Flag i lejekontrakten.
      """, "bestyrelsen-2016-02-04.txt")
    #expect(m.items.map(\.title) == ["Havnefoged", "Havneudvalget", "Blåt Flag"])
  }

  @Test func twoDaysOnOneLineTheFileNameGives() throws {
    let m = try parse(
      """
      1 REFERAT 29. august 2013 Sagsnr.: 2010/ Sagsbehandler: CEN 6. møde i Udvalget for Forebyggelse, onsdag den 26. juni 2013 i Beredskabsstyrelsen, Birkerød Deltagere Jacob Holm, FKB s bestyrelse Flemming Dal, FKB s bestyrelse Lars Bønding, FKB, kreds 2 Erik Skov, FKB, kreds 3 Lasse Hviid, BRS, Center for Forebyggelse Mads Svendstrup, BRS, Center for Forebyggelse Sine Storr Afbud René Bech (FKB kreds 1), Allan Thomsen (BRS) 1. Velkomst Formanden bød velkommen og gav ordet rundt til en kort præsentation af udvalgets nye medlemmer. 2. Formidling Der var enighed om, at udvalget skriver et kort indlæg til bladet om emner af bredere interesse, der er drøftet på mødet. Lars Bønding skriver et udkast.
      """, "udvalget-for-forebyggelse-2013-06-26.txt")
    #expect(m.date == Day(year: 2013, month: 6, day: 26))
    #expect(m.committee == "Udvalget for Forebyggelse")
    #expect(m.attendees.starts(with: ["Jacob Holm", "Flemming Dal", "Lars Bønding"]))
    #expect(m.items.count == 2)
  }

  @Test func aSurnamesInitialKeepsItsFullStopAndASentenceIsNoPlace() throws {
    let m = try parse(
      """
      Referat fra bestyrelsesmøde 19/8-2019

      Dagsorden ifølge vedtægterne.

      Deltagere: Rasmus, Lars P., Knud og Lars J. (REF)

      1. Nyt fra formanden

      Intet.
      """, "bestyrelsen-2019-08-19.txt")
    #expect(m.attendees == ["Rasmus", "Lars P.", "Knud", "Lars J."])
    #expect(m.location == nil)
  }

  @Test func aListUnderDagsordenWithNotesInThePerfectIsMinutes() throws {
    let m = try parse(
      """
      Bestyrelsesmøde – Bådelauget Tirsdag den 27. april 2021 kl. 19.00

      Dagsorden:

      1) Godkendelse af dagsorden

      2) Økonomi
      Status på økonomien og medlemstallet.

      3) Nyt fra formanden
      Per har skrevet til kommunen om landpladsen. Der har været uro på pladsen om aftenen.
      """, "bestyrelsen-2021-04-27.txt")
    #expect(m.kind == .minutes)
  }

  @Test func anOutcomeOfNothingRunOnAfterTheTitle() {
    #expect(ItemTitle.clean("Kasseren intet at berette").0 == "Kasseren")
    #expect(ItemTitle.clean("Nyt fra udvalgene: intet nyt.").0 == "Nyt fra udvalgene")
    #expect(ItemTitle.clean("Intet nyt").0 == "Intet nyt")
  }

  @Test func aTablesColumnsRunTogetherAfterTheTitle() {
    #expect(ItemTitle.clean("Opfølgning fra busturen Hvad opnåede vi Vi fik sat fokus på trafikken").0 == "Opfølgning fra busturen")
    #expect(ItemTitle.clean("Abonnement til hjemmesiden Det vurderes at prisen er for høj lige nu").0 == "Abonnement til hjemmesiden")
    // A question in a title after its dash, a party's name: the title's own words.
    #expect(ItemTitle.clean("Skolestruktur – Hvordan skaber vi et løft af kvaliteten i skolen").0 == "Skolestruktur – Hvordan skaber vi et løft af kvaliteten i skolen")
    #expect(ItemTitle.clean("Forslag fra Det Konservative Folkeparti om bedre cykelstier i byen").0 == "Forslag fra Det Konservative Folkeparti om bedre cykelstier i byen")
  }

  @Test func aPersonsWholeNameOpensTheTextAfterAHeadingOnAFlattenedPage() {
    let split = LineRepair.splitHeadingFromText("1. Velkomst Henrik G. Petersen bød velkommen og gav ordet rundt til en kort præsentation af alle. Han fortalte om de mange regler på området og om, hvordan de bedst forklares.")
    #expect(split?.0 == "1. Velkomst")
  }

  @Test func whoCameInsteadOnALineUnderThoseAway() throws {
    let m = try parse(
      """
      Referat Handicaprådet

      Dato: 3. maj 2023

      Medlemmer: Anders Hind, Gurli Nielsen, Aksel Jensen

      Fraværende: Aksel Jensen

      Birgit Svendsen møder i stedet

      1. Godkendelse af dagsorden

      Beslutning

      Godkendt.
      """, "handicapraadet-2023-05-03.txt")
    #expect(m.attendees == ["Anders Hind", "Gurli Nielsen", "Birgit Svendsen"])
    #expect(m.absentees == ["Aksel Jensen"])
  }

  @Test func theMeetingsDayInAListAndAParagraphsLastShortLine() throws {
    let m = try parse(
      """
      Referat af bestyrelsesmøde – Grundejerforeningen Lunden

        1. 11/1-2023 kl. 19:30 i beboerhuset.

      Tilstede: Mathias, Svend og Karsten

      Hundeposer

      Rikke har meldt fra på poserne, og der skal findes en anden løsning.

      Sommerfest

      Hvad er planen her?

      Martin er tovholder på sommerfesten.

      Karsten vil gerne dele invitationer ud

      Julefrokost

      Hvem gør hvad og hvorfor?

      Tim bestiller smørrebrød.
      """, "bestyrelsen-2023-01-11.txt")
    #expect(m.startTime?.description == "19:30")
    #expect(m.items.map(\.title) == ["Hundeposer", "Sommerfest", "Julefrokost"])
  }

  @Test func theElectionPeriodsWordAndAMunicipalityWithoutDanishLetters() {
    #expect(CommitteeName.clean("År 2014-2017 Teknik- og Miljøudvalget") == "Teknik- og Miljøudvalget")
    #expect(CommitteeName.fromPath("bronderslev-teknik-og-miljoeudvalget-2016-10-03.txt").committee == "Teknik- og Miljøudvalget")
  }

  @Test func twoMeetingsInOneTitleTheBodysIsTheLast() throws {
    let m = try parse(
      """
      Referat af offentligt menighedsmøde og ordinært menighedsrådsmøde torsdag den 19. maj 2022 kl. 17.30

      1. Budget 2023

      Budgettet blev godkendt.
      """, "referat.txt")
    #expect(m.committee == "Menighedsrådet")
  }

  @Test func aTranscriptPageWithTheMinutesKindAndItsItemsInside() throws {
    let m = try parse(
      """
      1 Mødereferat fra Fællesmødet for Vandværker i Vejen kommune den 13. november 2014 i Brørup. Dato: Ref.: BHJ Kopi: 1. Velkomst ved vandrådets formand og valg af dirigent. 2. Grundvandskortlægning i Danmark og resultater for kommunen v/ Niels Wahl, Naturstyrelsen. 3. Budget for 2014/2015. 4. Kaffe med debatindlæg fra vandværkerne. 5. Oplæg ved landsformanden. Ad 1. Formanden bød velkommen, og Jens Holm blev valgt som dirigent. Ad 2. Naturstyrelsen gennemgik kortlægningen og svarede på spørgsmål fra salen om indsatsplanerne. Ad 3. Budgettet blev godkendt uden bemærkninger fra de fremmødte vandværker.
      """, "vandvaerker-faellesmoedet-2014-11-13.txt")
    // The agenda's items with the minutes under `Ad N.`.
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.first?.title == "Velkomst ved vandrådets formand og valg af dirigent")
  }

  @Test func membersWithTheirPlotNumbersAndRoles() throws {
    let m = try parse(
      """
      Referat af bestyrelsesmøde 16. november 2021

      Sted: Teams
      Deltagere: Anna Holm #72 Formand
       Niels Dal #17 Næstformand
       Ulla Berg  #45 Kasserer
       Preben Lund (referent) #1 Suppleant

      1. Valg af referent

      Preben blev valgt som referent.
      """, "bestyrelsen-2021-11-16.txt")
    #expect(m.attendees == ["Anna Holm", "Niels Dal", "Ulla Berg", "Preben Lund"])
  }

  /// A piece of a page's source saved as text (`<div class="main-text"><h1>...`) is read as a
  /// web page; a text that only mentions a tag is not.
  @Test func aPieceOfAPagesSourceIsAWebPage() throws {
    let page = """
      <div class="main-text">
          <h1>BESTYRELSESREFERAT 03-01-2024</h1>
          <p><strong>Dato:</strong> 03-01-2024</p>
          <p><strong>Tilstede:</strong> Anna Holm, Niels Dal, Ulla Berg</p>
          <h2>Opfølgning på sidste møde:</h2>
          <p>Bestyrelsen har fulgt op på aktiviteterne siden sidste møde.</p>
          <h2>Cykelparkering Dexter Gordons Vej:</h2>
          <p>Der opleves udfordringer med parkerede ladcykler.<br>Niels kontakter gårdlauget.</p>
          <h2>Evt.:</h2>
          <p>Intet.</p>
      </div>
      """
    #expect(HTMLText.looksLikeHTML(Array(page.utf8)))
    #expect(!HTMLText.looksLikeHTML(Array("<p> er et tegn i teksten\nReferat\n".utf8)))
    #expect(!HTMLText.looksLikeHTML(Array("<Bestyrelsen> referat </b>".utf8)))
    let m = try parse(page, "askholm-2024-01-03.txt")
    #expect(m.attendees == ["Anna Holm", "Niels Dal", "Ulla Berg"])
    // Titles as labels over their text: a name of several capitalised words (no person's)
    // and the closing `Evt.` among them.
    #expect(m.items.map(\.title) == ["Opfølgning på sidste møde", "Cykelparkering Dexter Gordons Vej", "Evt."])
    #expect(!m.items.contains { $0.title.contains("<") })
  }

  /// A transcript's one-line page with `Til stede:` and `Afbud fra:` before the minutes' title
  /// (`Referat fra bestyrelsesmøde den 11.juni 2012`) and a dialogue without items: the meeting
  /// is read, with who came and who did not.
  @Test func aFlattenedPageWithAbsenceFromAndTheTitleInside() throws {
    let line = "1 Til stede: Erling Post Helge Poulsen Marianne Kirkegaard Afbud fra: Peter Brostrøm Jette Sørensen "
      + "Fra sekretariatet: Mika Leth Pedersen, Sekretariatsleder, Nete Thomsen, referent "
      + "Referat fra bestyrelsesmøde den 11.juni 2012 kl på Molskroen, Femmøller Strand. Erling: Vi holder møde her, "
      + "fordi der ikke var plads på gården, og det var besluttet, at mødet skal foregå ved stranden. Marianne: Det bør "
      + "nævnes, at vi fik en meget fordelagtig pris og tilpasset menu til hele bestyrelsen og sekretariatet i aften. "
      + "Helge: Synes ikke vi har været ekstravagante, vi skal behandle hinanden ordentligt, og vi skal ikke misbruge pengene."
    let m = try parse(line, "nationalpark-bestyrelsen-2012-06-11.txt")
    #expect(m.date == Day(year: 2012, month: 6, day: 11))
    #expect(m.attendees == ["Erling Post", "Helge Poulsen", "Marianne Kirkegaard"])
    #expect(m.absentees.prefix(2) == ["Peter Brostrøm", "Jette Sørensen"])
  }

  /// Guests: in the decision (`deltog under oplysningen af punktet`), in the case's history in
  /// the present tense, and in the header with the items they took part in (`under alle
  /// punkter`, `under punkterne 2 til og med 3`, `under behandlingen af punkt 1` where the
  /// numbers run through the year); a member's stand-in is no guest.
  @Test func guestsWithTheItemsTheyTookPartIn() throws {
    let m = try parse(
      """
      Referat fra mødet i Børne- og Skoleudvalget den 6. november 2018

      Skolechef Espen Holm deltager under alle punkter.

      Familiechef Anders Lund deltager under punkterne 33 til og med 34.

      Esther Jakobsen deltog under behandlingen af punkt 1.

      32. Budget

      Sagsforløb
      Jurist Charlotte Berg deltager under dette punkt.
      Konsulent Ib Dal deltog på mødet i marts.

      Beslutning
      Godkendt.
      Økonomikonsulent Mathias Andersen deltog under oplysningen af punktet.
      Pia Paaske deltog i mødet i stedet for Per Thomsen.

      33. Skolestruktur

      Beslutning
      Drøftet.

      34. Eventuelt

      Beslutning
      Intet.
      """, "boerne-og-skoleudvalget-2018-11-06.txt")
    #expect(m.items.map(\.number) == [32, 33, 34])
    let names = m.items.map { $0.participants.map(\.name) }
    #expect(names[0] == ["Charlotte Berg", "Mathias Andersen", "Espen Holm", "Esther Jakobsen"])
    #expect(names[1] == ["Espen Holm", "Anders Lund"])
    #expect(names[2] == ["Espen Holm", "Anders Lund"])
    #expect(GuestReader.scopeOf(["under", "punkt", "3", "og", "5."]) == .items([3, 5]))
    #expect(GuestReader.scopeOf(["under", "punkterne", "3-5"]) == .items([3, 4, 5]))
    #expect(GuestReader.scopeOf(["under", "dette", "punkt."]) == nil)
  }

  /// Guests under a label of the item (`Deltog under punktet:`, `Til stede under punktet:`,
  /// `Gæst under punktet:`), the names on the label's own line, the text going on under it.
  @Test func guestsUnderTheItemsLabel() throws {
    let m = try parse(
      """
      Referat fra mødet i Ældrerådet den 28. januar 2025

      Pkt. 3 – Høring: Kvalitetsstandard for madservice 2025
      Deltog under punktet: Ældrechef Karina Møller
      Karina Møller gennemgik udkastet.
      Ældrerådet afgiver høringssvar.

      Pkt. 4 – Busterminalen
      Gæst under punktet: Trafikplanlægger Jonas Berg, Teknik og Miljø.
      Til stede under punktet: Vandløbsmedarbejder Kasper Riis og Lone Dahl
      Rådet tog orienteringen til efterretning.

      Pkt. 5 – Lukket punkt: Personalesag
      Deltog under punktet: Personalechef Hemmelig Hansen
      Godkendt.
      """, "aeldreraadet-2025-01-28.txt")
    #expect(m.items.map(\.number) == [3, 4, 5])
    #expect(m.items[0].participants.map(\.name) == ["Karina Møller"])
    #expect(m.items[0].participants.first?.role == "Ældrechef")
    #expect(m.items[1].participants.map(\.name) == ["Jonas Berg", "Kasper Riis", "Lone Dahl"])
    #expect(m.items[2].participants.isEmpty)
  }

  /// A copy that is its table of contents: each entry's number on its own line, its title
  /// (wrapped or not) ending in the dotted leader and the page; the leader and page go.
  @Test func contentsEntriesLoseTheirLeaderAndKeepTheirWrappedTitle() throws {
    #expect(ItemTitle.withoutLeader("Ekstra anlæg - ekstra asfalt ..........................5") == "Ekstra anlæg - ekstra asfalt")
    #expect(ItemTitle.withoutLeader("Budget.... se bilag") == "Budget.... se bilag")
    let m = try parse(
      """
      Kommunalbestyrelsen
      BESLUTNINGSPROTOKOL
      Dato:
      Tirsdag den 16. juni 2015
      Indholdsfortegnelse
      1.
      Ekstra anlæg - projektering af trafikplan og forundersøgelser ved
      stationen Grenaa Syd ..............................................1
      2.
      Ekstra anlæg - renovering af ventehuset i Trustrup,
      anlægsbevilling og frigivelse af rådighedsbeløb.......................3
      3.
      Ekstra anlæg - ekstra asfalt .............................................5
      """, "kommunalbestyrelsen-2015-06-16.txt")
    #expect(m.items.map(\.title) == [
      "Ekstra anlæg - projektering af trafikplan og forundersøgelser ved stationen Grenaa Syd",
      "Ekstra anlæg - renovering af ventehuset i Trustrup, anlægsbevilling og frigivelse af rådighedsbeløb",
      "Ekstra anlæg - ekstra asfalt",
    ])
  }

  /// `Til stede: Winnie, Bente, Stig Afbud: Peter Holm`: the next field's label on the line of
  /// the list ends the list.
  @Test func aLabelInsideTheListOfWhoCameEndsIt() throws {
    let m = try parse(
      """
      Generalforsamling 05/09/2005.
      Til stede: Winnie Dal, Bente Holm, Stig Berg Afbud: Peter Holm

      1. Valg af dirigent

      Morten blev valgt.

      2. Eventuelt

      Intet.
      """, "generalforsamlingen-2005-09-05.txt")
    #expect(m.attendees == ["Winnie Dal", "Bente Holm", "Stig Berg"])
    #expect(m.absentees == ["Peter Holm"])
  }

  /// The closing item's title run into its text, and the next part's `Ad` run into a title.
  @Test func theClosingItemsTitleAndAStrayAd() {
    #expect(ItemTitle.clean("Eventuelt Frede serverede sin hjemmebryggede øl").0 == "Eventuelt")
    #expect(ItemTitle.clean("Eventuelt og afslutning").0 == "Eventuelt og afslutning")
    #expect(ItemTitle.clean("Eventuelt Næste Møde").0 == "Eventuelt Næste Møde")
    #expect(ItemTitle.clean("Valg af dirigent Ad").0 == "Valg af dirigent")
  }

  /// `Mødedeltager…. :` (a leader of dots before the colon) is the list of who came; a stand-in
  /// named under an item for a member the lists name attends.
  @Test func aLabelWithALeaderAndAStandInUnderAnItem() throws {
    let m = try parse(
      """
      Gjessø Lokalråd
      Mødereferat af 26.05.2008

      Mødedeltager…. :  Tage Hornstrup, Kurt Andersen og Anders Bendtsen
      Afbud fra ……….. :  Henning Jensen

      1. Godkendelse af referat

      Afbud under hele mødet:
      Henning Jensen
      Britta Holm deltog som stedfortræder for Henning Jensen.
      Godkendt.

      2. Eventuelt

      Intet.
      """, "lokalraad-2008-05-26.txt")
    #expect(m.attendees == ["Tage Hornstrup", "Kurt Andersen", "Anders Bendtsen", "Britta Holm"])
    #expect(m.absentees == ["Henning Jensen"])
  }

  /// `Lars Rytter ved afbud Niels F. Dahlmann ved afbud`: the reason closes each entry; a time
  /// the transcript lost before the place (`kl på Molskroen`).
  @Test func absenteesWithTheirReasonAndAPlaceAfterALostTime() throws {
    let m = try parse(
      """
      Referat fra bestyrelsesmøde den 11. juni 2012 kl på Molskroen, Femmøller Strand.

      Deltagere: Erling Post, Helge Poulsen, Lars Rytter, Niels F. Dahlmann
      Fraværende: Lars Rytter ved afbud Niels F. Dahlmann ved afbud

      1. Godkendelse af dagsorden

      Godkendt.

      2. Eventuelt

      Intet.
      """, "bestyrelsen-2012-06-11.txt")
    #expect(m.absentees == ["Lars Rytter", "Niels F. Dahlmann"])
    #expect(m.attendees == ["Erling Post", "Helge Poulsen"])
    #expect(m.location == "Molskroen, Femmøller Strand")
  }

  /// Who came, each with what they sit for after a comma, the list going on past a blank line
  /// and over an association written in lower-case words; a double surname broken after its
  /// hyphen is one name.
  @Test func membersWithTheirAssociationsAndABrokenDoubleSurname() throws {
    let m = try parse(
      """
      Referat af grundejerforeningernes møde med kommunen den 11. april 2019

      Deltagere:

      Jørgen Elsted Hansen, Rindby Strand Grundejerforening
      Verner Rodenberg, Grøndal Grundejerforening

      Ole Sørensen, Grundejerforeningen Vesterengen
      Michael Lund- Larsen, Foreningen af sommerhusejere ved Bjerges Leje
      Anton Pedersen, Grundejerforeningen Sønderho

      Afbud:
      Claus Toftgaard, Grundejerforeningen Sønderho

      1. Orientering

      Kommunen orienterede.
      """, "grundejerforeningerne-2019-04-11.txt")
    #expect(m.attendees == ["Jørgen Elsted Hansen", "Verner Rodenberg", "Ole Sørensen", "Michael Lund-Larsen", "Anton Pedersen"])
    #expect(AttendeeList.joinedHyphens("Næstformand- afbud, Borgmester - Erik Lund") == "Næstformand- afbud, Borgmester - Erik Lund")
  }

  /// Items lettered `A:` ... `F:` with a numbered list inside one of them; a lettered point run
  /// into a numbered item's title; a heading line that goes on with the item's text keeps it;
  /// the list of who came on its own line with the next labels inside it.
  @Test func letteredItemsAndTextOnTheHeadingLine() throws {
    let lettered = try parse(
      """
      Generalforsamling 2002

      Afholdt 25/2 2003

      A: Valg af dirigent: Som dirigent blev valgt Peter Lotinga.

      B: Formandens beretning: Olav Christensen fremlagde beretning.

      C: Indkommende forslag: Følgende forslag var indkommet:

      1. DR2 Klassic, en public service kanal.
      2. DK4, kontingent stigning på kr. 110,00.
      3. MTV, kontingent stigning på kr. 80,00.

      D: Eventuelt: Intet.
      """, "generalforsamlingen-2003-02-25.txt")
    #expect(lettered.items.map(\.title) == ["Valg af dirigent", "Formandens beretning", "Indkommende forslag", "Eventuelt"])
    let numbered = try parse(
      """
      Referat af menighedsrådsmøde torsdag den 12. maj 2022 kl. 17.00
      Deltagere
      Anna Madsen, Henrik Kusk, Charlotte Slot. Afbud: Jesper Knudsen, Conny Engbjerg. Fraværende: Ove Johnsen
      Dagsorden og beslutning
      1. Godkendelse af dagsorden
      Beslutning: Godkendt
      2. Kirkegårdsvedtægt/takstblad. a. Kirkegårdsvedtægt: Forslag til ny tekst.
      Beslutning: Godkendt.
      3. Alger på kirken. Et tilbud modtaget fra Leif Topsøe. Anna kontakter Leif Topsøe.
      """, "menighedsraadet-2022-05-12.txt")
    #expect(numbered.attendees == ["Anna Madsen", "Henrik Kusk", "Charlotte Slot"])
    #expect(numbered.absentees == ["Jesper Knudsen", "Conny Engbjerg", "Ove Johnsen"])
    #expect(numbered.items.map(\.title) == ["Godkendelse af dagsorden", "Kirkegårdsvedtægt/takstblad", "Alger på kirken"])
    #expect(numbered.items.last?.sections.flatMap(\.paragraphs).first?.text.hasPrefix("Et tilbud modtaget") == true)
  }

  /// A wrapped paragraph whose next line opens with a person doing something (`Iver Nielsen
  /// følger op ...`) starts a sentence there; a name after a preposition goes on the sentence.
  @Test func aLineOpenedBySomeoneDoingSomethingStartsASentence() {
    var a = "Rapport angående alarm og om dykpumpe i brønden"
    ItemBuilder.join(&a, "Iver Nielsen følger op med forsøg med dykpumpe.")
    #expect(a == "Rapport angående alarm og om dykpumpe i brønden. Iver Nielsen følger op med forsøg med dykpumpe.")
    var b = "Invitationen sendes til"
    ItemBuilder.join(&b, "Iver Nielsen holder foredraget.")
    #expect(b == "Invitationen sendes til Iver Nielsen holder foredraget.")
    var c = "Der var enighed om at spørge"
    ItemBuilder.join(&c, "Mette Hansen om hjælp.")
    #expect(c == "Der var enighed om at spørge Mette Hansen om hjælp.")
  }
}

@Suite struct RecommendationUnderTheDecisionTests {
  @Test func aRecommendationRightUnderTheDecisionLabelIsTheDecision() throws {
    // The committee recommends on to the council: what it recommends is its decision. Above the
    // decision the same words open the administration's recommendation.
    let text = """
      Referat
      Økonomiudvalget 19. juni 2018

      1. Revisionsberetning nr. 17

      Det indstilles, at
        • revisionsberetningen tages til efterretning.

      Beslutning Økonomiudvalget den 19-06-2018
      Det indstilles, at
        • revisionsberetning nr. 17 tages til efterretning og sendes til Ankestyrelsen.
        • regnskabet for 2017 godkendes endeligt.

      Afbud: Bodil Staal (A)
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "oekonomiudvalget-2018-06-19.txt", options: .init())
    let item = try #require(m.items.first)
    #expect(item.recommendation?.points == ["revisionsberetningen tages til efterretning."])
    #expect(
      item.decision.map(\.text) == [
        "Det indstilles, at", "revisionsberetning nr. 17 tages til efterretning og sendes til Ankestyrelsen.",
        "regnskabet for 2017 godkendes endeligt.",
      ])
    #expect(item.absentees == ["Bodil Staal"])
  }
}

/// Notes of small boards whose own numbered lines are no items: the minutes' part under the
/// agenda, a list a sentence opens with its colon, a list numbered with the other mark.
@Suite struct NotesWithListsTests {
  func items(_ text: String) throws -> [String] {
    try MinutesParser.parse(bytes: Array(text.utf8), source: "bestyrelsen-2025-03-11.txt", options: .init()).items.map {
      "\($0.number) \($0.title)"
    }
  }

  @Test func theAgendaThenTheMinutesPartUnderItsWord() throws {
    let m = try MinutesParser.parse(
      bytes: Array(
        """
        Referat af møde i Jelling Menighedsråd
        Tirsdag den 4. februar 2025 kl. 19.00 i Sognehuset

        Dagsorden
        1. Godkendelse af dagsorden
        2. Kirkegårdens budget
        3. Eventuelt

        Referat
        1. Godkendelse af dagsorden
        Godkendt.
        2. Kirkegårdens budget
        Taget til efterretning.
        3. Eventuelt
        Intet.
        """.utf8), source: "x.txt", options: .init())
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Kirkegårdens budget", "Eventuelt"])
    #expect(m.items.map { $0.sections.map(\.text).joined() } == ["Godkendt.", "Taget til efterretning.", "Intet."])
  }

  @Test func sentencesNumberedUnderAColonAreTheDecisionsList() throws {
    #expect(
      try items(
        """
        Referat af bestyrelsesmøde i Sæby Cykelklub tirsdag den 11. marts 2025

        1. Godkendelse af dagsorden
        Godkendt.

        2. Løbskalender 2025
        Bestyrelsen besluttede:
        1. Sæby Rundt køres 7. juni.
        2. Klubmesterskabet køres 30. august.

        3. Ny klubtrøje
        Udsat.

        4. Eventuelt
        Intet.
        """) == ["1 Godkendelse af dagsorden", "2 Løbskalender 2025", "3 Ny klubtrøje", "4 Eventuelt"])
    // A label's colon (`Kopi:`) opens no list: the line under it is an item.
    #expect(
      try items(
        """
        Referat fra bestyrelsesmødet den 11. marts 2025
        Kopi:
        1. Velkomst ved formanden og valg af dirigent.
        2. Regnskab.
        3. Eventuelt.
        """) == ["1 Velkomst ved formanden og valg af dirigent", "2 Regnskab", "3 Eventuelt"])
  }

  @Test func aListNumberedWithTheOtherMarkInsideItems() throws {
    #expect(
      try items(
        """
        Bestyrelsesmøde 4/11-2024 kl. 19.00

        1) Referat fra sidste møde
        Godkendt.

        2) Havnefesten 2025
        Dato fastsat til 2. august.
        1. Der skal søges sponsorer.
        2. Der skal bookes band.

        3) Stien langs fjorden
        Kommunen svarer i december.

        4) Eventuelt
        Intet.
        """) == ["1 Referat fra sidste møde", "2 Havnefesten 2025", "3 Stien langs fjorden", "4 Eventuelt"])
  }
}

/// A web page's byline and intro before the minutes: the meeting's day is the one a line naming
/// the meeting gives, not the day the page was published nor a day its intro tells of.
@Suite struct BylineTests {
  @Test func theDayOfTheLineNamingTheMeeting() throws {
    let text = """
      Bestyrelsen informerer – Grundejerforeningen Strandparken

      Udgivet 20. april 2024 af admin

      Grundejerforeningen Strandparken blev stiftet den 12. maj 1978 og omfatter i dag 146 parceller.

      Referat af bestyrelsesmøde 16. april 2024

      1. Godkendelse af dagsorden
      Godkendt.

      2. Veje
      Vejene repareres i maj.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "page.html.txt", options: .init())
    #expect(m.date?.description == "2024-04-16")
  }

  @Test func theAgendaListNamesAnEarlierMeeting() throws {
    // The agenda above the items: its approval of the last minutes names that meeting's day.
    let text = """
      Handicaprådet

      Referat fra møde i Handicaprådet
      Onsdag den 12. november 2025 kl. 16.00-18.00

      Dagsorden:
      1. Godkendelse af dagsorden
      2. Godkendelse af referat fra mødet den 10. september 2025
      3. Eventuelt

      1. Godkendelse af dagsorden
      Godkendt.

      2. Godkendelse af referat fra mødet den 10. september 2025
      Godkendt.

      3. Eventuelt
      Intet.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "referat.txt", options: .init())
    #expect(m.date?.description == "2025-11-12")
    #expect(m.startTime?.description == "16:00")
  }
}

/// A title and what was done on one line after a dash, the sentence opening with a capital
/// (`Høstfest – Tanja Fjord booker telt senest 6. september.`): the title, then the item's text;
/// a subtitle with no verb stays the title's.
@Suite struct TitleDashSentenceTests {
  @Test func aSentenceWithACapitalAfterTheTitlesDash() throws {
    let text = """
      Referat af bestyrelsesmøde 3. september 2024

      1. Høstfest – Tanja Fjord booker telt senest 6. september.
      2. Nye både – Bestyrelsen godkendte køb af en brugt inrigger.
      3. Lokalplan 123 – Boliger ved Søndergade.
      4. Eventuelt – Intet.
      5. Budget 2025 (O/D)
      6. Evt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "bestyrelsen.txt", options: .init())
    #expect(m.items.map(\.title) == ["Høstfest", "Nye både", "Lokalplan 123 – Boliger ved Søndergade", "Eventuelt", "Budget 2025", "Evt."])
    #expect(m.items.first?.sections.flatMap(\.paragraphs).map(\.text) == ["Tanja Fjord booker telt senest 6. september."])
  }
}


/// The body a document's first lines name, where they name it with where it belongs or by its
/// meeting: the body (`Udvalget for Teknik og Miljø` is a name whole).
@Suite struct CommitteeOnTheFirstLineTests {
  @Test(arguments: [
    ("Menighedsrådet ved Vor Frue Kirke\nReferat af møde den 9. januar 2025 kl. 19.00", "Menighedsrådet"),
    ("Ældrerådet i Struer Kommune\nReferat af møde 08.04.2025, kl. 10.00", "Ældrerådet"),
    ("Skolebestyrelsen, Nørrebakkeskolen\nReferat af møde den 9. januar 2025", "Skolebestyrelsen"),
    ("Skolebestyrelsesmøde på Søndervangskolen 21. januar 2025", "Skolebestyrelsen"),
    ("Ældrerådets møde\nDato: 9. januar 2025", "Ældrerådet"),
    ("Bestyrelsesmøde – Antenneforeningen Kærby\nDato: 9. januar 2025", "Bestyrelsen"),
    ("Udvalget for Teknik og Miljø\nReferat af møde den 9. januar 2025", "Udvalget for Teknik og Miljø"),
    ("Ådalsskolen - Skolebestyrelsen\n\nREFERAT AF SKOLEBESTYRELSESMØDE\nTirsdag den 21. januar 2025, kl. 17.00", "Skolebestyrelsen"),
  ])
  func body(_ c: (String, String)) throws {
    let text = c.0 + "\n\nTil stede: Anne Holm, Bo Dam\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n"
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "doc.txt", options: .init())
    #expect(m.committee == c.1, "\(c.0)")
  }

  /// `<ol><li>1. Godkendelse af dagsorden</li>`: a list item that writes its own number is read
  /// once numbered; a closed item's line of facts (`Lukket punkt  Sag: 30/05002`) under its
  /// heading closes it and opens no item.
  @Test func anOrderedListThatNumbersItselfAndAClosedItemsLineOfFacts() throws {
    let html = """
      <html><head><meta charset="utf-8"><title>Referat</title></head><body>
      <h1>Børne- og Skoleudvalget</h1><p>Mødedato: 13. maj 2030</p>
      <h2>Dagsordenspunkter</h2>
      <ol><li><a href="#p1">1. Godkendelse af dagsorden</a></li><li><a href="#p2">2. Personalesag</a> <span>Lukket</span></li></ol>
      <div id="p1"><h2>1. Godkendelse af dagsorden</h2><p>Sag: 30/05001</p><h3>Beslutning</h3><p>Godkendt.</p></div>
      <div id="p2"><h2>2. Personalesag</h2><p><span>Lukket punkt</span> <span>Sag:</span>&nbsp;<span>30/05002</span></p>
      <h3>Beslutning</h3><p>Godkendt.</p></div>
      <div id="p3"><h2>3. Lejeaftale</h2><table><tr><td>Sags-id:</td><td>31/21340</td><td>Lukket punkt</td></tr></table>
      <h3>Beslutning</h3><p>Godkendt.</p></div>
      </body></html>
      """
    let m = try MinutesParser.parse(bytes: Array(html.utf8), source: "referat.html", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.isClosed) == [false, true, true])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Personalesag", "Lejeaftale"])
    // A closed item's case number in the row of its status.
    #expect(m.items.last?.caseNumber?.text == "31/21340")
  }

  /// A page title of parts (`Netpublikator - Teknik- og Miljøudvalget - Referat - 05-02-2030`):
  /// the committee is the part that names a body, not the site's name before it, and a decision
  /// label naming it on the day is this meeting's.
  @Test func theCommitteeIsThePartOfAPageTitleThatNamesABody() throws {
    let html = """
      <html><head><title>Netpublikator - Teknik- og Miljøudvalget - Referat - 05-02-2030</title></head><body>
      <p>Mødedato: 05-02-2030</p>
      <h3>10. Vejbelysning</h3>
      <p>Sagsnr.: 29/18220</p>
      <h4>Beslutning i Teknik- og Miljøudvalget den 05-02-2030:</h4>
      <p>Godkendt.</p>
      </body></html>
      """
    let m = try MinutesParser.parse(bytes: Array(html.utf8), source: "referat.html", options: .init())
    #expect(m.committee == "Teknik- og Miljøudvalget")
    #expect(m.items.first?.decision.map(\.text) == ["Godkendt."])
    #expect(m.items.first?.priorDecisions.isEmpty == true)
  }

  /// A breadcrumb trail in an ordered list (`<ol class="breadcrumb">`) is where the page stands
  /// on the site: no list of items, and the header's fields after it are read.
  @Test func aBreadcrumbTrailIsNoListOfItems() throws {
    let html = """
      <html><head><title>Referat</title></head><body>
      <ol class="breadcrumb"><li><a href="#">Forside</a></li><li><a href="#">Politik</a></li><li>Økonomiudvalget</li></ol>
      <h1>Økonomiudvalget</h1>
      <p>Mødetidspunkt: 19. maj 2031 kl. 16.00</p>
      <p>Mødested: Rådhuset, mødelokale 1</p>
      <h2>112. Godkendelse af dagsorden</h2><p>Sagsnr.: 31-01001</p><h3>Beslutning</h3><p>Godkendt.</p>
      <h2>113. Regnskab</h2><p>Sagsnr.: 31-01002</p><h3>Beslutning</h3><p>Anbefales.</p>
      </body></html>
      """
    let m = try MinutesParser.parse(bytes: Array(html.utf8), source: "oekonomiudvalget-2031-05-19.html", options: .init())
    #expect(m.items.map(\.number) == [112, 113])
    #expect(m.startTime?.description == "16:00")
    #expect(m.location == "Rådhuset, mødelokale 1")
  }
}


/// A year and a serial (`Journalnr.: 2033-0401`) is a case number; a span of years is none.
@Test func aYearAndASerialIsACaseNumberButAYearSpanIsNot() {
  #expect(CaseNumberReader.read(.plain("Journalnr.: 2033-0401", number: 1))?.caseNumber?.description == "2033-0401")
  #expect(CaseNumberReader.token("2015-2018") == nil)
  #expect(CaseNumberReader.token("2022-25") == nil)
}

extension WebPageFormsTests {
  /// A saved page whose site menu links to its search, help and front page (`Søg i
  /// dagsordener`, `Hjælp`, `Forside`) before the minutes: those are no body's name; the body
  /// decides under `Beslutning <body> den <day>`, the meeting's own decision.
  @Test func aSitesSearchLinkIsNoBodysName() throws {
    let html = """
      <html><head><title>Byrådet - Referat - 24.10.2031</title></head><body>
      <ul class="topmenu"><li><a href="/">Forside</a></li><li><a href="/Committee">Udvalg</a></li><li><a href="/Search">Søg i dagsordener</a></li><li><a href="/Help">Hjælp</a></li></ul>
      <h4>Udvalg</h4><ul><li><a href="/Committee/1">Byrådet</a></li><li><a href="/Committee/2">Økonomiudvalget</a></li></ul>
      <h4>Indhold</h4><ol><li><a href="#sag201">Sag nr. 201 - Takster 2032</a></li></ol>
      <h1>Byrådet</h1><p>Tirsdag 24. oktober 2031 kl. 18:30</p>
      <h2>Sag nr. 201 - Takster 2032</h2>
      <h3>Indstilling</h3><p>Direktionen indstiller, at taksterne godkendes.</p>
      <h3>Beslutning Økonomiudvalget den 16-10-2031, sag nr. 188</h3><p>Anbefales.</p>
      <h3>Beslutning Byrådet den 24-10-2031</h3><p>Godkendt.</p>
      </body></html>
      """
    let m = try MinutesParser.parse(bytes: Array(html.utf8), source: "byraadet-2031-10-24.html", options: .init())
    #expect(m.committee == "Byrådet")
    #expect(m.items.first?.decision.map(\.text) == ["Godkendt."])
    #expect(m.items.first?.priorDecisions.map(\.body) == ["Økonomiudvalget"])
  }
}
