@testable import MinutesCore
import Testing

/// Minutes a converter wrapped at its line width (a PDF's text, a mail): the reader reads them
/// as it reads the same minutes unwrapped.
@Suite struct WrappedLinesTests {
  func parse(_ text: String, _ source: String = "byraadet-2022-10-03.txt") throws -> Meeting {
    try MinutesParser.parse(bytes: Array(text.utf8), source: source, options: .init())
  }

  @Test func aTitleOfFourLinesKeepsItsCommas() throws {
    let m = try parse(
      """
      Referat til mødet i Kommunalbestyrelsen den 3. oktober 2022 kl. 19:00

      Pkt. 197 Forslag til beslutning fra rådmænd Lotte Kofoed, Gunvor Wibroe,
      Freja Fokdal, Helle Sjelle og Jan E. Jørgensen og
      kommunalbestyrelsesmedlem Sabrina L. Christiansen, Brian Holm og Michael
      Brautsch om sang inden hvert møde i kommunalbestyrelsen

      Sagsfremstilling

      Forslaget blev oversendt til Magistraten.

      Pkt. 198 Valg af nyt medlem til Valgbestyrelsen

      Beslutning

      Kommunalbestyrelsen tiltrådte indstillingen.
      """)
    #expect(
      m.items.first?.title
        == "Forslag til beslutning fra rådmænd Lotte Kofoed, Gunvor Wibroe, Freja Fokdal, Helle Sjelle og Jan E. Jørgensen og kommunalbestyrelsesmedlem Sabrina L. Christiansen, Brian Holm og Michael Brautsch om sang inden hvert møde i kommunalbestyrelsen"
    )
    #expect(m.items.first?.sections.first?.kind == .caseText)
  }

  @Test func aTitleWrappedWhereTheNextWordWouldPassTheWidth() throws {
    // Wrapped at 56: the heading's line with the next line's first word would pass it, so the
    // short heading line goes on below, though it is no longer than many a title.
    let m = try parse(
      """
      Referat af menighedsrådsmøde afholdt tirsdag den 19. maj 2021

      Mødets dagsorden:

       1. Orienteringspunkter, herunder evt. afledte
      konsekvenser af synet.
        Der er født 29 børn i sognet og kun 11 er døbt, ifølge
      sogn.dk
       2. Skitse over gudstjenester og andre kirkelige
      aktiviteter i sommerperioden.
        Sommerfællessang den 16. juni, som tænkes fortsat som
      aktivitet løbende hen over året.
       3. Konfirmering af ansættelse af gravermedhjælper.
        Anna er ansat som gravermedhjælper, og hun starter
      snart i jobbet med de nye opgaver på kirkegården.
      """, "menighedsraadet-2021-05-19.txt")
    #expect(m.items.map(\.title) == [
      "Orienteringspunkter, herunder evt. afledte konsekvenser af synet",
      "Skitse over gudstjenester og andre kirkelige aktiviteter i sommerperioden",
      "Konfirmering af ansættelse af gravermedhjælper",
    ])
  }

  @Test func aBoldHeadingWrappedByAConverterIsOneLine() throws {
    // The bold opened on the heading's line closes on the next: one heading, its title whole;
    // the lines after keep their numbers.
    let m = try parse(
      """
      # Referat Direktionen 4. december 2024

      ## **Punkt 4: Implementering af nye åbningstider i
      administrationen pr. 1. januar 2025**

      00.14.00P00-1-24

      ### **Beslutning**

      Godkendt.

      ## **Punkt 5: Eventuelt**

      Intet.
      """, "direktionen-2024-12-04.md")
    #expect(m.items.map(\.number) == [4, 5])
    #expect(m.items.first?.title == "Implementering af nye åbningstider i administrationen pr. 1. januar 2025")
    #expect(m.items.first?.caseNumber?.key == "00.14.00P00-1-24")
    #expect(m.items.first?.sections.first?.line == 8)
    // A bold span left open (no closing on the next lines) is not joined.
    let open = try parse(
      """
      # Referat Direktionen 4. december 2024

      ## **Punkt 4: Åbningstider

      Teksten om sagen.

      ## Punkt 5: Eventuelt
      """, "direktionen-2024-12-04.md")
    #expect(open.items.first?.title == "Åbningstider")
  }

  @Test func aListOfPeopleBrokenAfterItsOgOrBeforeANote() throws {
    // Under its label, a list goes on after a line that ends in `og`; an initials' note or a
    // role in brackets alone on a line belongs to the name above; the heading a converter glued
    // to the last entry is no person.
    let m = try parse(
      """
      REFERAT AF BESTYRELSESMØDE D. 21. FEBRUAR 2006, KL. 19:30

      Til stede:
      Annemette Færch, Mai-Britt Metzon og
      Charlotte Bunch

      Deltagere

      Jacob Bøge Hansen                          (JB)
      Lars Palle
      (LP)
      Ole Olsen                                           (OO)
      (referent)

      Afbud

      Klaus Holmegaard Andersen             (KH)Dagsorden

       1. Godkendelse af dagsorden
       2. Evt.

       1. Dagsorden blev godkendt.
       2. Intet.
      """, "bestyrelsen-2006-02-21.txt")
    #expect(m.attendees == ["Annemette Færch", "Mai-Britt Metzon", "Charlotte Bunch", "Jacob Bøge Hansen", "Lars Palle", "Ole Olsen"])
    #expect(m.absentees == ["Klaus Holmegaard Andersen"])
  }

  @Test func aShortTitleEndsOnTheNextLineWhereItsGrammarGoesOn() throws {
    // Short headings (no converter's width to go by) still go on where the title stops on `og`,
    // the next line opens with a preposition in lower case, or a bracket is left open; a line of
    // the item's outcome in lower case does not.
    let m = try parse(
      """
      Referat af menighedsrådsmøde den 8. april 2021

       1. Indkøb af elektrisk hækklipper, buskrydder og
      batteri.
        Godkendt af menighedsrådet.
       2. Genoptagelse af arbejde med forbedring af belysning
      i kirken.
        Lysarkitekt skal kontaktes.
       3. Øget webtilgængelighed (for at alle, f.eks. med
      synsnedsættelse, kan tilgå hjemmesiden).
        Undersøges nærmere.
       4. Godkendelse af regnskab for kirkekassen og
      godkendt.
      """, "menighedsraadet-2021-04-08.txt")
    #expect(
      m.items.map(\.title) == [
        "Indkøb af elektrisk hækklipper, buskrydder og batteri",
        "Genoptagelse af arbejde med forbedring af belysning i kirken",
        "Øget webtilgængelighed (for at alle, f.eks. med synsnedsættelse, kan tilgå hjemmesiden)",
        "Godkendelse af regnskab for kirkekassen og",
      ])
  }

  @Test func aDecisionLabelAtTheEndOfAWrappedLineConfirmsItsItem() throws {
    // Item 4's text has its label after a sentence at the end of a line, the decision on the
    // lines after: the heading is an item, not a list in item 3's decision.
    let m = try parse(
      """
      Referat af menighedsrådsmøde torsdag den 12. maj 2022 kl. 17.00
      1. Godkendelse af dagsorden
      Beslutning: Godkendt
      2. Meddelelser
      Præster: Konfirmation.
      3. Kirkegårdsvedtægt/takstblad. a. Kirkegårdsvedtægt:
      Forslag til ny tekst. Bilag
      Drøftelse
      og beslutning: Godkendt med rettelse.
      4. Alger på kirken. Et tilbud modtaget fra Leif Topsøe.
      Andet tilbud endnu ikke modtaget. Drøftelse og beslutning:
      Enighed om at tage tilbuddet fra Cortex. AGM tager
      kontakt til Leif Topsøe.
      """, "menighedsraadet-2022-05-12.txt")
    #expect(m.items.map(\.number) == [1, 2, 3, 4])
    let decision = m.items.last?.sections.first { $0.kind == .decision }
    #expect(decision?.paragraphs.first?.text.hasPrefix("Enighed om at tage tilbuddet fra Cortex.") == true)
  }

  @Test func aRunOfNamesAndStatusWrappedOverLines() throws {
    // "Medlemmer A deltog B deltog ..." as a PDF's text wraps it, a name across the break.
    let m = try parse(
      """
      Byplanudvalget

      Protokol

      19-08-2015 kl. 08:15 Udvalgsværelse 1

      Medlemmer Simon Pihl Sørensen deltog Jan Kaspersen deltog Morten Normann
      Jørgensen deltog Birgitte Hannibal afbud Jens Timmermann deltog Karsten
      Lomholt deltog

      1. Håndhævelse af lokalplaner

      Beslutning

      Godkendt.
      """, "byplanudvalget-2015-08-19.txt")
    #expect(m.attendees == ["Simon Pihl Sørensen", "Jan Kaspersen", "Morten Normann Jørgensen", "Jens Timmermann", "Karsten Lomholt"])
    #expect(m.absentees == ["Birgitte Hannibal"])
  }

  @Test func wrappedSentencesGoOnInLowerCase() throws {
    // A line that opens in lower case under one that did not end its sentence goes on with it:
    // `dagsordenspunkt 14.` is no item heading, `udvalgsmedlemmer og ...` no label of members.
    let m = try parse(
      """
      Økonomiudvalget - Referat fra mødet den 31-03-2020 kl. 15:30

      1. Godkendelse af dagsorden

      Der gives gensidige meddelelser og orientering fra udvalgsformand,
      udvalgsmedlemmer og fra medlemmer af chefgruppen.

      Økonomiudvalget besluttede at behandle tillægsdagsordenen som nyt
      dagsordenspunkt 14. Det oprindelige dagsordenspunkt 14 om meddelelser
      blev herefter dagsordenspunkt 15, osv.

      Beslutning

      Dagsordenen blev herefter godkendt.
      """, "oekonomiudvalget-2020-03-31.txt")
    #expect(m.items.map(\.number) == [1])
    #expect(m.attendees.isEmpty)
  }

  @Test func aTitleOverTwoLinesAboveItsNumber() throws {
    // `Sag nr. 130` under a title a converter wrapped: both lines are the title.
    let m = try parse(
      """
      Referat fra Kommunalbestyrelsens møde den 24. september 2019

      Tillæg 1 til Lokalplan 145 Udvidelse af delområde F og G - endelig
      vedtagelse
      Sag nr. 130

      Beslutning

      Vedtaget.

      Kvartalsrapport for budgettet
      Sag nr. 131

      Beslutning

      Taget til efterretning.
      """, "kommunalbestyrelsen-2019-09-24.txt")
    #expect(m.items.map(\.title) == ["Tillæg 1 til Lokalplan 145 Udvidelse af delområde F og G - endelig vedtagelse", "Kvartalsrapport for budgettet"])
  }

  @Test func whatWasDoneAfterTheDashOfAWrappedHeading() throws {
    let m = try parse(
      """
      Deltagere: Cornelius, Henrik, Knud, Mette, Lene, Hanne, Lea.
      1. Velkomst ved formand
      2. Valg af dirigent og referent – dirigent Hanne og
      referent Cornelius.
      3. Godkendelse af referat
      Referat af onsdag den 3. november – Godkendt
      """, "bestyrelsen-2021-12-08.txt")
    #expect(m.items.map(\.title) == ["Velkomst ved formand", "Valg af dirigent og referent", "Godkendelse af referat"])
    #expect(m.items[1].sections.first?.paragraphs.first?.text == "dirigent Hanne og referent Cornelius.")
  }

  @Test func aDoubleFirstNameBrokenAtTheLineEnd() throws {
    // Among full names, a first name alone at a line's end goes on with the next line's
    // names, even when the next one is a first name too (`Lars` / `Kristian Pedersen`).
    let m = try parse(
      """
      Referat fra Byrådets møde den 31. maj 2017 kl. 17:00
      Medlemmer: Søren Steen Andersen, Dan Gørtz, Lars
      Kristian Pedersen, Tanja Møllegaard Løvgren, Leif Wilson
      Laustsen, Rie Nielsen

      1. Godkendelse af dagsorden

      Beslutning

      Godkendt.
      """, "byraadet-2017-05-31.txt")
    #expect(m.attendees == ["Søren Steen Andersen", "Dan Gørtz", "Lars Kristian Pedersen", "Tanja Møllegaard Løvgren", "Leif Wilson Laustsen", "Rie Nielsen"])
  }

  @Test func aNumberUnderALineThatStopsOnAPrepositionIsNoHeading() throws {
    // "Mødet er berammet til" / "28/5. Tilmelding ...": a date that goes on with the sentence
    // above, not item 28 of a running count.
    let m = try parse(
      """
      Gjessø Lokalråd
      Mødereferat af 26.05.2008

      1.  Godkendelse af referat fra sidste møde:
      1.1. Referatet fra forrige møder udsendes asap inden
      næste møde.

      2.  Meddelelser:
      2.2. Fællesmøde for lokalråd: Mødet er berammet til
      28/5. Tilmelding ej nødvendig. Tage og Henning
      deltager.

      3.  Hjemmesiden:
      3.1. Formanden laver forside om Gjessø.

      4.  Næste møde:
      28/08-2008 klokken 20:00 i fælleshuset.
      """, "lokalraad-2008-05-26.txt")
    #expect(m.items.map(\.number) == [1, 2, 3, 4])
  }

  @Test func aHeadingPrintedTwiceWrappedAtTwoPlaces() throws {
    // The heading of the list (`2. Orientering ... og administration` / `(O)`) and the item's
    // own (`2. Orientering fra udvalgsmedlemmer og` / `administration (O)`) are one item; the
    // list in its text (`4. Masterplan ... er` / `vedlagt.`) is its text.
    let m = try parse(
      """
      Referat fra Landdistrikts-, Teknik- og Ejendomsudvalget den 5. marts 2018

      1. Godkendelse af dagsorden (B)
      Beslutning
      Godkendt.

      2. Orientering fra udvalgsmedlemmer og administration
      (O)

      2.     Orientering fra udvalgsmedlemmer og
      administration (O)

      Sagsnr.: 330-2017-90235
      Beslutningstema
      Der gives orientering af aktuelle tiltag.
      1. Orientering fra udvalgsformanden.
      3. Orientering fra Administrationen.
      4. Masterplan med kommende sager og temamøder er
      vedlagt.
      Beslutning
      Taget til efterretning.
      """, "udvalget-2018-03-05.txt")
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.last?.title == "Orientering fra udvalgsmedlemmer og administration")
  }

  @Test func aSentenceAboutSomeMembersUnderTheAbsencesIsNoMoreOfThem() throws {
    // Under `Afbud:`, a paragraph a converter wrapped that tells who left for some items is read
    // whole, as on one line; its names are not absent from the meeting. A middle initial at a
    // line's end goes on with the name on the next.
    let m = try parse(
      """
      Referat fra Regionsrådet den 23. marts 2009

      Medlemmer
      Carl Holst, Poul Weber, Bente Bendix Jensen, Thyge Nielsen, Per A.
      Moos Laursen, Karsten Uno Petersen, Jytte Gramstrup Lauridsen

      Afbud:
      Poul Weber - Jørgen Bastholm deltager som stedfortræder.

      Bente Bendix Jensen, Thyge Nielsen, Jytte Gramstrup Lauridsen, Karsten
      Uno Petersen og Carl Holst deltog ikke i pkt. 14-19 og den
      lukkede dagsorden.

      1. Fusion af Fynbus

      Beslutning

      Godkendt.
      """, "regionsraadet-2009-03-23.txt")
    #expect(m.absentees == ["Poul Weber"])
    #expect(m.attendees.contains("Per A. Moos Laursen"))
    #expect(m.attendees.contains("Karsten Uno Petersen"))
  }

  @Test func aTitleWrappedNarrowlyKeepsItsEndItsMarkerAndItsCaseNumber() throws {
    // At 56 columns: a title's end with its full stop over the item's status and case number;
    // a line that ends in an initial (`Sabrina L.`) goes on; the type marker `(B)` on a line of
    // its own under the heading printed again does not stop the case number from being read.
    let m = try parse(
      """
      Oversigtsdagsorden: Åben referat

      1. Udpegning af et nyt medlem til bestyrelsen for I/S
      Infra Service.
      Åbent - 00.01.00A04 - 2007/34364

      Beslutning
      Godkendt.

      2. Budget 2021 - Forebyggelses- og Seniorudvalget (B)

      2.     Budget 2021 - Forebyggelses- og Seniorudvalget
      (B)

      Sagsnr.: 330-2020-29711                 Dok.nr.:
      330-2020-494436          Åbent
      Beslutning
      Drøftet.

      3. Forslag til beslutning fra rådmænd Lotte Kofoed,
      Freja Fokdal og Jan E. Jørgensen og kommunalbestyrelses-
      medlem Sabrina L. Christiansen og Brian Holm om sang L.
      Christiansen, Brian Holm og Michael Brautsch om sang
      inden hvert møde i kommunalbestyrelsen

      Beslutning
      Oversendt til Magistraten.
      """, "byraad-2008-03-26.txt")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items[0].title == "Udpegning af et nyt medlem til bestyrelsen for I/S Infra Service")
    #expect(m.items.map { $0.caseNumber?.text } == ["2007/34364", "330-2020-29711", nil])
    #expect(m.items[2].title.hasSuffix("inden hvert møde i kommunalbestyrelsen"))
  }

  @Test func aTitleThatStopsOnIGoesOnWithABodyAndADay() throws {
    // "... til møde i" / "Folkeoplysningsudvalget, onsdag, den 5. september 2018": the line reads
    // like a quoted decision's label, but the title stopped on `i`; the next item's heading is
    // never part of the title.
    let m = try parse(
      """
      Referat fra Folkeoplysningsudvalget den 17-09-2018

      1. Godkendelse af dagsorden til møde i
      Folkeoplysningsudvalget, onsdag, den 5. september 2018
      Beslutning i Folkeoplysningsudvalget den 17-09-2018
      Godkendt
      2. Godkendelse af referat fra møde i Folkeoplysningsudvalget den
      20.06.2018 og opfølgning på de aftaler, der blev lavet
      Beslutning i Folkeoplysningsudvalget den 17-09-2018
      Godkendt
      3. Drøftelse af aftale med DGI
      Beslutning i Folkeoplysningsudvalget den 17-09-2018
      Drøftet.
      """, "folkeoplysningsudvalget-2018-09-17.txt")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items[0].title == "Godkendelse af dagsorden til møde i Folkeoplysningsudvalget, onsdag, den 5. september 2018")
    #expect(m.items[2].title == "Drøftelse af aftale med DGI")
  }

  @Test(arguments: [
    ("Referat\ntil\nmødet i Forretningsudvalget\nden 21. maj 2013 kl. 10:00\ni Konferencelokalet, Regionshuset Viborg, Skottenborg\n26, 8800 Viborg\n",
      "Konferencelokalet, Regionshuset Viborg, Skottenborg 26, 8800 Viborg", "10:00"),
    ("Referat\n\nDato: Fredag, Juni 8, 2018 - 08:00\nSted: Virksomheden Svendsen Sport, Erhvervsparken 14,\n4621 Gadstrup\n",
      "Virksomheden Svendsen Sport, Erhvervsparken 14, 4621 Gadstrup", "08:00"),
    ("Referat\nKlima- og Miljøudvalget onsdag den 17. maj 2017 kl.\n15:00\n\nMødelokale 2D / Svedala, Rådhuset, Ishøj Store Torv 20,\netage 2, 2635 Ishøj\n",
      "Mødelokale 2D / Svedala, Rådhuset, Ishøj Store Torv 20, etage 2, 2635 Ishøj", "15:00"),
  ])
  func anAddressOrAClockWrappedInTheHeader(_ c: (String, String, String)) throws {
    let m = try parse(c.0 + "\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n", "udvalget-2017-05-17.txt")
    #expect(m.location == c.1)
    #expect(m.startTime?.description == c.2)
  }

  @Test func membersListsAndAStandInWrappedAtAWideColumn() throws {
    // What a member sits for broken after `for`; a name broken after its first name where the
    // list's other entries are full names (an unknown first name too); a sentence of who came
    // instead, wrapped under an item.
    let m = try parse(
      """
      Referat af Handicaprådets møde den 12. juni 2019

      Medlemmer

      Administrationen: Brith Nøhr, Center for Børn & Familier, Jesper Nimgård, Center for
      Teknik & Miljø

      Danske Handicaporganisationer: Allan Jørgensen, Landsforeningen LEV, Bente Lis Clausen,
      Spastikerforeningen, Palle Jacobsen, Dansk Blindesamfund

      Deltagere:

      Susanne Larsen, Simon Foldager Larsen, Jacob Bardino, Henrik Emil Schmidt Arens, Didde
      Marie Degn, Simon Jon Antonsen, Troels Ravn-Mikkelsen, Gitte Vahr Nielsen

      1. Spørgetid
      Afbud under hele mødet:
      Troels Ravn-Mikkelsen
      Britta Andersen deltog som stedfortræder for Brian Dalsgaard og Gert Rosing deltog som
      stedfortræder for Troels Ravn-Mikkelsen
      Beslutning i Handicaprådet den 12-06-2019
      Intet til spørgetiden.
      """, "handicapraadet-2019-06-12.txt")
    #expect(m.attendees.contains("Allan Jørgensen"))
    #expect(m.attendees.contains("Palle Jacobsen"))
    #expect(m.attendees.contains("Didde Marie Degn"))
    #expect(!m.attendees.contains("Marie Degn"))
    #expect(m.attendees.contains("Gert Rosing"))
    #expect(m.absentees.contains("Troels Ravn-Mikkelsen"))
  }

  @Test func aBoardsNotesWrappedAt64Columns() throws {
    // A list's last name wrapped onto the next label's line (`Slot. Afbud: ...`); a surname alone
    // on the line under a name; a labelled list broken after a comma; `lukket.` ending a
    // wrapped bullet is the sentence's word, no closed item's status.
    let m = try parse(
      """
      Referat af bestyrelsesmøde den 9. januar 2016 kl. 09.00

      Deltagere: Anna-Grethe Madsen, Henrik Kusk, Ole Pedersen, Charlotte
      Slot. Afbud: Jesper Knudsen, Conny Engbjerg,
      Gitte Maibritt Lang, Ove Johnsen. Fraværende: Rasmus Lerche
      Larsson

      Bestyrelsen: Erling Skov, Birgit Rasmussen, Helle Wisler,
      Jeanette Rasmussen, Gyda Kristensen, Per Larsen

      Valg af  referent.: Jeanette

      Godkendelse af dagsorden: godkendt

      Meddelelser fra formanden:

       • Gennemgangen fra Lundegården til Højbogårdsvejen er nu
      lukket.
       • Løse hunde er et problem. De skal holdes i snor

      Eventuelt: intet
      """, "bestyrelsen-2016-01-09.txt")
    #expect(m.attendees.contains("Charlotte Slot"))
    #expect(m.attendees.contains("Jeanette Rasmussen"))
    #expect(m.absentees == ["Jesper Knudsen", "Conny Engbjerg", "Gitte Maibritt Lang", "Ove Johnsen", "Rasmus Lerche Larsson"])
    #expect(m.items.map(\.title) == ["Valg af referent", "Godkendelse af dagsorden", "Meddelelser fra formanden", "Eventuelt"])
    #expect(m.items.allSatisfy { !$0.isClosed })
  }

  @Test func aYearWrappedOntoItsOwnLineEndsTheTitle() throws {
    let m = try parse(
      """
      Referat fra Byrådets møde den 28. september 2017

      137. Orienteringssag: Afrapportering - strategiske målsætninger
      2017

      Beslutning

      Taget til efterretning.

      138. Eventuelt

      Beslutning

      Intet.
      """, "byraadet-2017-09-28.txt")
    #expect(m.items.map(\.title) == ["Afrapportering - strategiske målsætninger 2017", "Eventuelt"])
  }

  @Test func theDoersInitialsAfterAShortTitlesFullStopOpenTheText() throws {
    let m = try parse(
      """
      Referat af menighedsrådsmøde den 20. oktober 2019

      4. Advent og jul – foreløbig planlægning. (W) Advent og jul
      nærmer sig og kræver den sædvanlige planlægning.
      a) Adventskrans – W

      5. Eventuelt
      Intet.
      """, "menighedsraadet-2019-10-20.txt")
    #expect(m.items.map(\.title) == ["Advent og jul – foreløbig planlægning", "Eventuelt"])
  }

  @Test func aHeadingLineThatGoesOnWithTheItemsTextEndsItsTitle() throws {
    // A table's columns run together (title, then what was said), wrapped by a converter: the
    // next line goes on with the text, not with the title.
    let m = try parse(
      """
      Referat af bestyrelsesmøde den 6. april 2022

      4. VAF abonnement til lokalrådet Det vurderes at 224 kr. pr. måned er for høj
      en pris på nuværende tidspunkt.
      5. Status over økonomien i lokalrådet Der har været brugt midler på at afvikle
      bustur og møde med politikerne.
      6. Eventuelt
      Intet.
      """, "lokalraad-2022-04-06.txt")
    #expect(m.items.map(\.title) == ["VAF abonnement til lokalrådet", "Status over økonomien i lokalrådet", "Eventuelt"])
  }

  @Test func aWrappedTitleKeepsTheDashAndTheAbbreviationsFullStopItsFirstLineEndsWith() throws {
    let m = try parse(
      """
      Referat af menighedsrådsmøde den 19. maj 2021

       4. Fremtidig placering af gravsten fra hjemfaldne gravsteder –
      lapidarium.
        Punktet bliver drøftet næste gang.
       5. Implementering af nye åbningstider i administrationen pr.
      1. januar 2025
        Godkendt.
       6. Valg af dirigent og referent – dirigent Hanne og
      referent Cornelius.
       7. Eventuelt
      Intet.
      """, "menighedsraadet-2021-05-19.txt")
    #expect(
      m.items.map(\.title) == [
        "Fremtidig placering af gravsten fra hjemfaldne gravsteder – lapidarium",
        "Implementering af nye åbningstider i administrationen pr. 1. januar 2025",
        "Valg af dirigent og referent", "Eventuelt",
      ])
    // What was done, after the dash as a sentence of its own, is still the item's text.
    #expect(m.items[2].sections.flatMap(\.paragraphs).map(\.text) == ["dirigent Hanne og referent Cornelius."])
  }

  @Test func aTitleWrappedBeforeADateOrBeforeItsDashedLastPartGoesOn() throws {
    let m = try parse(
      """
      Referat
      Kommunalbestyrelsen 24. september 2019

      129. Godkendelse af referatet fra sidste møde, den
      30.11.2015

      Godkendt.

      130. Tillæg 1 til Lokalplan 145 Udvidelse af delområde F og G
      - endelig vedtagelse
      Sag nr. 130

      Beslutning
      Godkendt.

      131. Budget 2020
      - drøftelse af rammerne
      - fordeling på udvalgene

      Beslutning
      Drøftet.
      """, "kommunalbestyrelsen-2019-09-24.txt")
    #expect(
      m.items.map(\.title) == [
        "Godkendelse af referatet fra sidste møde, den 30.11.2015",
        "Tillæg 1 til Lokalplan 145 Udvidelse af delområde F og G - endelig vedtagelse", "Budget 2020",
      ])
    // Two dashed lines under a heading are a list in the item.
    #expect(m.items[2].sections.flatMap(\.paragraphs).map(\.text).prefix(2) == ["drøftelse af rammerne", "fordeling på udvalgene"])
  }

  @Test func theDocumentsWrapWidthTellsAShortItemsWrappedTitle() throws {
    // Item 1 has two lines: only the rest of the document shows the width it was wrapped at.
    let m = try parse(
      """
      Bestyrelsesmøde – Holbæk Bådelaug Tirsdag den 27. april
      2021 kl. 19.00

      1) Godkendelse af dagsorden og gennemgang af seneste
      referat.

      2) Økonomi v. Torben.
      Status på økonomien og medlemstallet er gennemgået og
      kassereren har sendt regnskabet til revisorerne, som
      har godkendt det uden bemærkninger af nogen art. Vi
      har fået nye medlemmer i foråret, og der er flere på
      vej. Torben laver en oversigt til næste møde i maj.
      """, "baadelaug-bestyrelsen-2021-04-27.txt")
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden og gennemgang af seneste referat", "Økonomi v. Torben"])
  }

  @Test func theLastWordOfAWrappedSentenceIsNoHeading() throws {
    // "referat." alone on a line names a section only when a secretary wrote it so; in lower
    // case with its full stop it ends the sentence above, and the list of items stands.
    let m = try parse(
      """
      Referat bestyrelsesmøde mandag d. 1.11.2021 kl. 17.00 i forsamlingshuset.

      Tilstede: Hans, Susanne, Christian og Jens

       1. Godkendelse af dagsorden.

      Dagsorden godkendt.

       1. Datoer forslået af forsamlingshuset. Borgermøde vedr.
      forsamlingshusets fremtid. Vi foreslår d. 9. marts jf. vores seneste
      referat.

      Julefrokost 26/11 sammen med forsamlingshuset.

       1. Eventuelt.

      Intet.
      """, "borgerforening-2021-11-01.txt")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.flatMap(\.sections).allSatisfy { $0.heading.lowercased() != "referat." })
  }

  @Test func aTitleEndsOnTheNextLineWithItsColonOrFullStop() throws {
    let m = try parse(
      """
      Referat af skolebestyrelsesmøde den 16. april 2008

      1. Godkendelse af dagsorden
      Godkendt.

      2. Skolebestyrelsesrepræsentanternes tilknytning til de enkelte
      klasser:
        Ny liste udarbejdet, som vil blive offentliggjort på skolens
      hjemmeside.

      3. Godkendelse det nye budgetbidrag vedrørende eventuel optagelse af lån
      til budget og beslutningsprotokollen.
      Afventer renovation af altertavlen.

      4. Revisionsprotokollat mv vedrørende Årsregnskab 2016 for kirkekassen
      og godkendt.
      """)
    #expect(
      m.items.map(\.title) == [
        "Godkendelse af dagsorden", "Skolebestyrelsesrepræsentanternes tilknytning til de enkelte klasser",
        "Godkendelse det nye budgetbidrag vedrørende eventuel optagelse af lån til budget og beslutningsprotokollen",
        "Revisionsprotokollat mv vedrørende Årsregnskab 2016 for kirkekassen",
      ])
    #expect(m.items[1].decision.map(\.text) == ["Ny liste udarbejdet, som vil blive offentliggjort på skolens hjemmeside."])
    #expect(m.items[3].decision.map(\.text) == ["og godkendt."])
  }

  @Test func aFieldOfPeopleAndADateGoOnOnTheNextLine() throws {
    let m = try parse(
      """
      Landdistriktsudvalget (2014-2018) – Referat – 5.
      marts 2018

      Fraværende: Evan Lynnerup (V) - Marianne Kiærulff (V) mødte som
      stedfortræder.

      1. Godkendelse af dagsorden

      Beslutning

      Godkendt.

      Martin Bech og Niels Salling var
      fraværende.
      """, "udvalg.txt")
    #expect(m.date == Day(year: 2018, month: 3, day: 5))
    #expect(m.absentees == ["Evan Lynnerup"])
    // "fraværende." ending a wrapped sentence is no label of people absent.
    #expect(m.items.first?.decision.map(\.text) == ["Godkendt.", "Martin Bech og Niels Salling var fraværende."])
  }

  @Test func aQuotedDecisionsItemNumberWithItsKeywordOnALineOfItsOwn() throws {
    // "pkt 1.:" under the quote's label would read as the heading of an item 1.
    let m = try parse(
      """
      Referat Direktionen den 2. oktober 2024

      Punkt 1: Direktionsseminar

      Beslutning fra Direktionens møde den 18. september 2024,
      pkt 1.:

      Tirsdag den 12. november 2024 - personalepolitiske emner

      Beslutning

      Godkendt.
      """, "direktionen-2024-10-02.txt")
    #expect(m.items.map(\.number) == [1])
    #expect(m.items.first?.priorDecisions.first?.itemNumber == 1)
    #expect(m.items.first?.priorDecisions.first?.date == Day(year: 2024, month: 9, day: 18))
  }

  @Test func aDateWrappedAfterItsDayOrBeforeItsYear() throws {
    // "på mødet den" / "3. marts.": no list item numbered 3; "12. oktober" / "2015, pkt. 91:" one date.
    let m = try parse(
      """
      Referat af Handicaprådet den 20. oktober 2015

      1. Høring om budget

      Indstilling

      Social- og Sundhedsudvalget, 12. oktober
      2015, pkt. 91:

      Sagen oversendes til høring.

      Beslutning

      Susanne laver årsberetning til godkendelse på mødet den
      3. marts.
      """, "handicapraadet-2015-10-20.txt")
    #expect(m.items.first?.decision.map(\.text) == ["Susanne laver årsberetning til godkendelse på mødet den 3. marts."])
    #expect(m.items.first?.priorDecisions.first?.date == Day(year: 2015, month: 10, day: 12))
    #expect(m.items.first?.priorDecisions.first?.itemNumber == 91)
  }

  @Test func aQuotedDecisionsItemNumberOnALineOfItsOwn() throws {
    let m = try parse(
      """
      Referat Direktionen den 2. oktober 2024

      Punkt 1: Copilot

      Beslutning fra Digitaliseringsstyregruppen den 3. september 2024, pkt.
      3:

      Styregruppen anbefaler Copilot.

      Beslutning

      Godkendt.
      """, "direktionen-2024-10-02.txt")
    let q = try #require(m.items.first?.priorDecisions.first)
    #expect(q.date == Day(year: 2024, month: 9, day: 3))
    #expect(q.itemNumber == 3)
  }

  @Test func oneLabelInNotesWithoutLabelsLeavesTheNotesTheMinutes() throws {
    // Notes without labels, but for a "Beslutning:" a wrap put at the start of a line: each
    // item's text is still its minutes.
    let m = try parse(
      """
      Referat fra menighedsrådsmøde onsdag 31. august 2016

      1. Godkendelse af dagsordenen
      Godkendt.

      2. Kvartalsrapport
      Kvartalsrapporten blev gennemgået og godkendt.

      3. Kirkegården
      Lågerne renoveres.

      4. Orgelsyn
      Tilbud fra orgelkonsulenten gennemgået.
      Beslutning: Formanden kontakter provstiet.

      5. Eventuelt
      Intet.
      """, "menighedsraadet-2016-08-31.txt")
    #expect(m.items.map { $0.decision.map(\.text) } == [
      ["Godkendt."], ["Kvartalsrapporten blev gennemgået og godkendt."], ["Lågerne renoveres."],
      ["Formanden kontakter provstiet."], ["Intet."],
    ])
  }

  @Test func aHeadingIsConfirmedBySectionsUnderWrappedParagraphs() throws {
    // The case text's paragraphs wrapped over many lines: the section under them still confirms
    // the heading, and the recommendation's own list is no run of items.
    let m = try parse(
      """
      Referat til mødet i Udvalget for Teknik og Miljø den 22. juni 2020 kl.
      17:30 på Rådhuset

      85.02.02-G01-5-17

      131. Godkendelse af dagsorden

      Beslutning

      Dagsorden blev godkendt. Udvalget godkendte i den sammenhæng at drøfte
      et indkommet ønske under orientering.

      02.34.02-P19-12-20

      132. Byggesag i partshøring

      Forventet sagsgang

      TM

      Anledning

      Tegnestuen har på vegne af ejeren søgt om tilladelse til at ombygge
      ejendommen. Byggeriet er ikke i overensstemmelse med kommuneplanens
      rammer.

      Udvalget skal tage stilling til, om der skal udstedes byggetilladelse.
      Desuden skal Udvalget tage stilling til, hvordan byggeri i området
      fremadrettet skal administreres.

      Indstilling

      Direktøren indstiller til udvalget;

        1. At der udstedes byggetilladelse
        2. At den nuværende administrationspraksis, hvor der tillades byggeri
      i to etager, fortsættes i området
        3. At etageantallet i området ændres fra 1,5 til 2 etager

      Beslutning

      Indstillingen blev godkendt.
      """, "udvalget-for-teknik-og-miljoe-2020-06-22.txt")
    #expect(m.items.map(\.number) == [131, 132])
    #expect(m.items.map { $0.caseNumber?.text } == ["85.02.02-G01-5-17", "02.34.02-P19-12-20"])
    #expect(m.items.last?.decision.map(\.text) == ["Indstillingen blev godkendt."])
  }

  @Test func aStatusLineIsNoWrappedEnd() throws {
    // "Lukket" under a place or a list of people is a status, not the place's town or a name.
    let m = try parse(
      """
      Referat af møde i Udvalget den 3. marts 2024

      Sted: Rådhuset, Torvet 1, 7100
      Lukket

      Fraværende: Rasmus
      Lukket

      1. Salg af grund

      Beslutning

      Godkendt.
      """, "udvalget-2024-03-03.txt")
    #expect(m.location == "Rådhuset, Torvet 1, 7100")
    #expect(m.absentees == ["Rasmus"])
  }

  @Test func anAddressWrappedBeforeItsTown() throws {
    let m = try parse(
      """
      Referat
      Erhvervs- og Beskæftigelsesudvalget onsdag den 6. marts 2024 kl. 19.00

      Mødelokale Tårnbjerget, Rådhuset, Ishøj Store Torv 20, etage 2, 2635
      Ishøj

      1. Godkendelse af dagsorden

      Beslutning

      Godkendt.
      """, "udvalget-2024-03-06.txt")
    #expect(m.location == "Mødelokale Tårnbjerget, Rådhuset, Ishøj Store Torv 20, etage 2, 2635 Ishøj")
  }

  @Test func namesBrokenAfterAnInitialOrAFirstName() throws {
    let m = try parse(
      """
      Referat af menighedsrådsmøde torsdag den 12. maj 2022
      kl. 17.00
      Deltagere
      Anna-Grethe Madsen, Henrik Kusk (på teams), Morten G.
      Hoffmann-Timmol, Magne Skov (på teams), Ole Pedersen,
      Charlotte Slot. Afbud: Jesper Knudsen, Conny Engbjerg,
      Gitte Maibritt Lang, Ove Johnsen. Fraværende: Rasmus
      Lerche Larsson
      Dagsorden og beslutning
      1. Godkendelse af dagsorden
      Beslutning: Godkendt
      """, "menighedsraadet-2022-05-12.txt")
    #expect(m.attendees == ["Anna-Grethe Madsen", "Henrik Kusk", "Morten G. Hoffmann-Timmol", "Magne Skov", "Ole Pedersen", "Charlotte Slot"])
    #expect(m.absentees.last == "Rasmus Lerche Larsson")
    let r = try parse(
      """
      Referat af Seniorrådets møde den 4. juni 2018

      Tilstede var: Vivi Nobel (VN), Jørgen Vinding (JV), Ole Høyer (OH) og Ib
      H. Sørensen (IH).

      1. Godkendelse af dagsorden

      Godkendt.
      """, "seniorraadet-2018-06-04.txt")
    #expect(r.attendees == ["Vivi Nobel", "Jørgen Vinding", "Ole Høyer", "Ib H. Sørensen"])
  }

  @Test func aNameAcrossTheBreakOfAListOfNames() throws {
    let m = try parse(
      """
      Referat af skolebestyrelsesmøde den 16. april 2008

      Deltagere:

      Susanne Larsen, Simon Foldager Larsen, Jacob Bardino, Henrik Emil
      Schmidt Arens, Didde Marie Degn, Simon Jon Antonsen, Troels
      Ravn-Mikkelsen, Gitte Vahr Nielsen

      Afbud: Karen Holm

      1. Godkendelse af dagsorden

      Godkendt.
      """)
    #expect(
      m.attendees == [
        "Susanne Larsen", "Simon Foldager Larsen", "Jacob Bardino", "Henrik Emil Schmidt Arens", "Didde Marie Degn",
        "Simon Jon Antonsen", "Troels Ravn-Mikkelsen", "Gitte Vahr Nielsen",
      ])
  }

  @Test func narrowlyWrappedMinutes() throws {
    // Wrapped at 56: a title on a line shorter than 55 goes on where the text is as wide; a year
    // wrapped onto a line of its own is no item number; a place goes on with its number.
    let m = try parse(
      """
      Oversigt over dagsordener og referater for Odense Byråd
      2008

      Mødested: Administrationshuset Tørring, Stationsparken
      1, 7160 Tørring

      Pkt. 197 Forslag til beslutning fra rådmænd Lotte
      Kofoed, Gunvor Wibroe og Freja Fokdal om sang inden
      hvert møde i kommunalbestyrelsen

      Sagsfremstilling

      Medlemmerne af Kultur- og Fritidsudvalget foreslår,
      at der inden hvert møde i kommunalbestyrelsen synges
      en sang fra den danske højskolesangbog. Det foreslås,
      at valg af sang går på tur mellem de valgte partier.

      Beslutning

      Forslaget blev oversendt til udvalgsbehandling.
      """, "byraad-2008-03-26.txt")
    #expect(m.location == "Administrationshuset Tørring, Stationsparken 1, 7160 Tørring")
    #expect(m.items.map(\.number) == [197])
    #expect(
      m.items.first?.title
        == "Forslag til beslutning fra rådmænd Lotte Kofoed, Gunvor Wibroe og Freja Fokdal om sang inden hvert møde i kommunalbestyrelsen")
  }

  @Test func aListUnderAMarkdownHeadingIsTheItemsText() throws {
    // "## 1. Opfølgning" / "1. Vellykket": a numbered list under each numbered Markdown heading;
    // the headings are the items, the lists their text.
    let m = try parse(
      """
      Ungerådsmøde d. 10. december 2020

      ## 1. Opfølgning på fødselsdagen

      1. Vellykket og hyggeligt
      2. God idé med croissanter
      ## 2. Opfølgning på foredraget

      1. Det gik godt
      2. Rigtige målgruppe
      ## 3. Nyt fra NAU

      1. Vi deltog i online landsmøde
      2. Der er valgt ny bestyrelse
      3. Anna er blevet valgt som næstforkvinde
      4. Emma er valgt ind i bestyrelsen
      """, "ungeraadet-2020-12-10.md")
    #expect(m.items.map(\.title) == ["Opfølgning på fødselsdagen", "Opfølgning på foredraget", "Nyt fra NAU"])
    #expect(m.items.last?.decision.count == 4)
  }

  @Test func listItemsWrappedAtTheMargin() throws {
    // A board's notes as a list, each item a matter, wrapped with its lines at the margin.
    let m = try parse(
      """
      Referat af Bestyrelsesmøde den 19. august 2014

      Tilstede er Hanne, Per, Karsten, Claus og Normann.

       • Referatet af mødet den 25. juni 2014 er godkendt og
      blev underskrevet.
       • Badminton, Karsten tager imod tilmeldingerne og
      fordeler tiderne. Per tager sig dog af tilmeldingerne
      onsdag i hallen. Jørgen
      Brink skal orienteres omkring tiderne.
       • Volley, vi mangler en instruktør.
       • Fester, vi holder et børnedisco i oktober.
      """, "bestyrelsen-2014-08-19.txt")
    // Each matter an item, its wrapped lines its own.
    #expect(m.items.count == 4)
    #expect(
      m.items[1].decision.map(\.text) == [
        "Badminton, Karsten tager imod tilmeldingerne og fordeler tiderne. Per tager sig dog af tilmeldingerne onsdag i hallen. Jørgen Brink skal orienteres omkring tiderne."
      ])
    let lines = MarkupLineReader.lines(
      of: """
         • Badminton, Karsten tager imod tilmeldingerne og
        fordeler tiderne. Jørgen
        Brink skal orienteres.
         • Fester i oktober
        Beslutning i Bestyrelsen den 19-08-2014
        """)
    var notes = LineRepair.Notes()
    let repaired = LineRepair.repair(lines, notes: &notes).filter { !$0.isBlank }.map(\.text)
    #expect(repaired == [
      "Badminton, Karsten tager imod tilmeldingerne og fordeler tiderne. Jørgen Brink skal orienteres.", "Fester i oktober",
      "Beslutning i Bestyrelsen den 19-08-2014",
    ])
  }

  @Test func plainTitlesOverWrappedProse() throws {
    // A board's matters as short titles over their prose, the prose wrapped: a wrapped sentence's
    // first line is no title.
    let m = try parse(
      """
      Referat af bestyrelsesmøde – Grundejerforeningen Bigården

      Tilstede: Mathias, Svend, Karsten, Martin, Tim og Marie

      Hundelorte poser

      Rikke har meldt fra på hundelorte poserne, og der skal
      findes en alternativ løsning.

      Karsten melder sig til tjansen, indtil
      generalforsamlingen.

      Tim kontakter kommunen i forbindelse med flytning af
      spandene.

      Julefrokost

      Tim bestiller smørrebrød i menu.
      """, "bestyrelsen-2023-01-11.txt")
    #expect(m.items.map(\.title) == ["Hundelorte poser", "Julefrokost"])
  }

  /// A decision's label wrapped over two lines: the body's name cut at `og`, or the day on the
  /// line under the body; read as the label written on one line. A label and the decision under
  /// it are not joined.
  @Test func aDecisionLabelOverTwoLines() throws {
    let m = try parse(
      """
      Referat af Handicaprådets møde den 20. oktober 2015

      1. Kommissorium for arbejdsgruppe

      Sagsfremstilling
      Social- og Sundhedsudvalget indstiller, at kommissoriet godkendes.

      Beslutning i Social- og
      Sundhedsudvalget den 12. oktober 2015, pkt. 90:
      Tiltrådt.

      Beslutning i Handicaprådet
      den 20. oktober 2015:
      Taget til efterretning.

      2. Økonomi

      Beslutning
      Godkendt. Handicaprådet, 20. oktober 2015
      """, "handicapraadet-2015-10-20.txt")
    let item = try #require(m.items.first)
    #expect(item.priorDecisions.map(\.body) == ["Social- og Sundhedsudvalget"])
    #expect(item.priorDecisions.first?.itemNumber == 90)
    let decision = try #require(item.sections.first { $0.kind == .decision })
    #expect(decision.paragraphs.map(\.text) == ["Taget til efterretning."])
    let second = try #require(m.items.last?.sections.first { $0.kind == .decision })
    #expect(second.paragraphs.first?.text.hasPrefix("Godkendt.") == true)
  }

  /// A title wrapped before a capitalised word (`... for Region` / `Midjylland i ...`) in minutes
  /// wrapped at 56 columns whose case text the reader joined again into longer lines: the
  /// width is where most lines end, not the longest line.
  @Test func aTitleWrappedBeforeACapitalInNarrowMinutes() throws {
    let m = try parse(
      """
      Referat af Regionsrådets møde den 15. december 2017

      1. Oversigt over medlemmerne af regionsrådet for Region
      Midtjylland i valgperioden 2018 til 2021

      Resume

      Der gives en orientering om de valgte medlemmer af
      regionsrådet for Region Midtjylland i valgperioden 1.
      januar 2018 - 31. december 2021 og andre ting herom.
      Der gives en orientering om de valgte medlemmer af xx
      Der gives en orientering om de valgte medlemmer af xx

      Beslutning

      Taget til efterretning.
      """, "regionsraadet-2017-12-15.txt")
    #expect(m.items.first?.title == "Oversigt over medlemmerne af regionsrådet for Region Midtjylland i valgperioden 2018 til 2021")
  }
}

/// Titles a laid-out page wrapped under their own column, with the case number or the status in
/// the right column beside them: the title goes on below.
@Suite struct LaidOutWrappedTitleTests {
  func items(_ body: String) throws -> [AgendaItem] {
    let text = "Referat\nPlan- og Miljøudvalget\nMødedato: 1. september 2025 kl. 16.00\n\n" + body
    return try MinutesParser.parse(bytes: Array(text.utf8), source: "pmu.txt", options: .init()).items
  }

  @Test func theCaseNumberBesideTheTitle() throws {
    let i = try items(
      """
      4.     Godkendelse af aftale med Aarhus Universitet om                   Sag nr. 1-01-73-8-25
             forskningsinfrastruktur

      Beslutning
      Godkendt.
      """)
    #expect(i.first?.title == "Godkendelse af aftale med Aarhus Universitet om forskningsinfrastruktur")
    #expect(i.first?.caseNumber?.text == "1-01-73-8-25")
  }

  @Test func theStatusBesideTheTitle() throws {
    let i = try items(
      """
      2.  Forslag til lokalplan 08.22 for et nyt boligområde ved                          Åben sag
          Liseleje Strandvej
          Sagsnr.               Dok.nr.
          01.02.05-P16-8-24     125511/25

      Beslutning
      Godkendt.
      """)
    #expect(i.first?.title == "Forslag til lokalplan 08.22 for et nyt boligområde ved Liseleje Strandvej")
    #expect(i.first?.caseNumber?.text == "01.02.05-P16-8-24")
    #expect(i.first?.isClosed == false)
  }

  @Test func aFewWordsInLowerCaseUnderTheTitlesColumn() throws {
    let i = try items(
      """
      2.      Tilskud til lokale foreninger - ansøgningsrunde
              efterår 2025

              Sagsnummer: 2025-002219          Dokumentnummer: 2025-120014

      Beslutning
      Godkendt.

      3.      Vinterbekæmpelse 2024/25 -
              evaluering

      Beslutning
      Taget til efterretning.
      """)
    #expect(i.map(\.title) == ["Tilskud til lokale foreninger - ansøgningsrunde efterår 2025", "Vinterbekæmpelse 2024/25 - evaluering"])
    #expect(i.first?.caseNumber?.text == "2025-002219")
  }
}
