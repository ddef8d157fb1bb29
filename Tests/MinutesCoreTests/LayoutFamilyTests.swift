@testable import MinutesCore
import Testing

/// One small document per family of forms the reader knows (item headings, case numbers, headers,
/// attendees, flattened and glued text, section and decision labels, page furniture), written for
/// these tests in the way councils write them, not copied from the example files.
@Suite struct LayoutFamilyTests {
  func read(_ text: String, source: String = "referat.txt", options: ParseOptions = .init()) throws -> Meeting {
    try MinutesParser.parse(bytes: Array(text.utf8), source: source, options: options)
  }

  // MARK: item headings

  @Test(arguments: [
    ("Punkt 3: Godkendelse af budget", 3),
    ("Pkt. 3 Godkendelse af budget", 3),
    ("3. Godkendelse af budget", 3),
    ("3.Godkendelse af budget", 3),
    ("3 : Godkendelse af budget", 3),
    ("3) Godkendelse af budget", 3),
    ("• 17. Godkendelse af budget", 17),
    ("- 17. Godkendelse af budget", 17),
    ("• 17 Godkendelse af budget", 17),
    ("Nr. 178 Godkendelse af budget", 178),
    ("§ 12 Godkendelse af budget", 12),
    ("Sag nr. 57 - Godkendelse af budget", 57),
    ("Dagsordenspunkt 4: Godkendelse af budget", 4),
    ("Punkt nr. 4 - Godkendelse af budget", 4),
    ("## 4. Godkendelse af budget", 4),
    ("**Punkt 4 – Godkendelse af budget**", 4),
    ("ØU 4. Godkendelse af budget", 4),
    ("HR 4.   Godkendelse af budget", 4),
    ("(3) Godkendelse af budget", 3),
    ("3.0 Godkendelse af budget", 3),
    ("Punkt 81 · Godkendelse af budget", 81),
    ("Sag nr. 5    Godkendelse af budget", 5),
  ])
  func headingForms(_ c: (String, Int)) throws {
    let next = c.0.replacing(String(c.1), with: String(c.1 + 1)).replacing("budget", with: "regnskab")
    let text = """
      Referat af mødet i Teknisk Udvalg den 3. marts 2021

      \(c.0)

      Sagsnr.: 21/1234

      Beslutning

      Godkendt.

      \(next)

      Sagsnr.: 21/1235

      Beslutning

      Taget til efterretning.
      """
    let m = try read(text)
    #expect(m.items.map(\.number) == [c.1, c.1 + 1])
    #expect(m.items.map(\.title) == ["Godkendelse af budget", "Godkendelse af regnskab"])
    #expect(m.items.map { $0.caseNumber?.text } == ["21/1234", "21/1235"])
    #expect(m.items[0].decision.map(\.text) == ["Godkendt."])
  }

  @Test func numberOnItsOwnLineThenTitle() throws {
    let m = try read(
      """
      Referat
      Økonomiudvalget
      Mødedato: 3. marts 2021

      7

      Anlægsbevilling til skolen

      2021-0012345

      Beslutning

      Godkendt.

      8

      Salg af grund

      2021-0012399

      Beslutning

      Udsat.
      """)
    #expect(m.items.map(\.number) == [7, 8])
    #expect(m.items.map(\.title) == ["Anlægsbevilling til skolen", "Salg af grund"])
    #expect(m.items[0].caseNumber?.text == "2021-0012345")
  }

  @Test func caseNumberClosingEachItem() throws {
    // The number under each item's decision, none over the first heading: the line over a
    // heading is the item before's.
    let m = try read(
      """
      Referat til mødet i Kultur- og Fritidsudvalget den 15. september 2025 kl. 17:00

      Pkt. 112 Godkendelse af dagsorden

      Beslutning

      Godkendt.

      Pkt. 113 Lokaletilskud 2026

      Resume

      Der er søgt om mere end rammen.

      Beslutning

      Punktet udsættes til næste møde.

      Sagsnr.: 25-29402

      Pkt. 114 Kulturstrategi

      Beslutning

      Godkendt.

      Sagsnr.: 25-18760
      """)
    #expect(m.items.map(\.number) == [112, 113, 114])
    #expect(m.items.map { $0.caseNumber?.text } == [nil, "25-29402", "25-18760"])
    #expect(m.items[1].decision.map(\.text) == ["Punktet udsættes til næste møde."])
  }

  @Test func numberOnItsOwnLineThenATitleWithItsKind() throws {
    let m = try read(
      """
      Handicaprådet
      Referat
      Tirsdag den 4. november 2025 kl. 14.00

      1
      Godkendelse af dagsorden
      Sagsnr.: 27.00.00-A00-5-25

      Beslutning
      Godkendt.

      2
      Høring: Kvalitetsstandard for hjælpemidler 2026
      Sagsnr.: 27.24.00-P22-1-25

      Beslutning
      Rådet afgiver høringssvar.
      """)
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.last?.title == "Høring: Kvalitetsstandard for hjælpemidler 2026")
  }

  @Test func caseNumberLineWithFieldsAfterBars() throws {
    // The title, then `Sag nr. N` with its status and case number after bars (a web copy).
    let m = try read(
      """
      Børne- og Uddannelsesudvalget
      Referat
      Mødedato: 09.03.2026

      Indhold
      1. Godkendelse af dagsorden
      2. Kvalitetsrapport

      Godkendelse af dagsorden
      Sag nr. 1  |  Åben  |  Sags ID: EMN-2026-00101
      Dokument ID: 2610044

      Beslutning
      Godkendt.

      Kvalitetsrapport
      Sag nr. 2  |  Lukket  |  Sags ID: EMN-2025-03318

      Beslutning
      Godkendt.
      """)
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Kvalitetsrapport"])
    #expect(m.items.map { $0.caseNumber?.text } == ["EMN-2026-00101", "EMN-2025-03318"])
    #expect(m.items.map(\.isClosed) == [false, true])
  }

  @Test func anOverviewsNumberOfTheTitlesOwnIsNoCaseNumber() throws {
    let m = try read(
      """
      Referat fra Teknik- og Miljøudvalget den 22. marts 2027

      24. Kollektiv trafik – køreplan 2027/28 Åbent
      25. Salg af grund Åbent

      24. Kollektiv trafik – køreplan 2027/28

      Sagsnr.: SAG-2026-04412

      Beslutning

      Anbefales.

      25. Salg af grund

      Beslutning

      Godkendt.
      """)
    #expect(m.items.map(\.number) == [24, 25])
    #expect(m.items[0].caseNumber?.text == "SAG-2026-04412")
  }

  @Test func closedMarkNotesAndItalicFields() throws {
    // A Markdown copy: the case number in italics; a closed item's note in the past tense
    // closes no item after it; two closing words each side of a dash.
    let m = try read(
      """
      # Referat fra Kommunalbestyrelsen den 27. oktober 2027

      ### Sag 193: Salg af byggegrunde

      *Sagsnummer: 02.34.02-G01-2-27*

      **Beslutning**

      Godkendt.

      ### Sag 194: Køb af ejendom i Løsning

      *Punktet er behandlet for lukkede døre.*

      ### Sag 195: Meddelelser

      **Beslutning**

      Til orientering.

      ### Sag 196: Klage over visitation

      *Fortroligt – lukket punkt*
      """, source: "kommunalbestyrelsen-2027-10-27.md")
    #expect(m.items.map(\.number) == [193, 194, 195, 196])
    #expect(m.items[0].caseNumber?.text == "02.34.02-G01-2-27")
    #expect(m.items.map(\.isClosed) == [false, true, false, true])
  }

  @Test func pandocsLinksSpansAndDashes() throws {
    // A Word document through pandoc: anchors before headings, a contents' entry linking its
    // page inside its own link, an image's size, two hyphens for a dash.
    let m = try read(
      """
      ![](media/image1.png){width="1.6in" height="0.55in"}

      **Handicaprådet**

      **REFERAT** Tirsdag den 14. september 2027

      [1. Godkendelse af dagsorden [2](#godkendelse)](#godkendelse)

      [2. Handleplan for tilgængelighed -- høring [2](#handleplan)](#handleplan)

      # []{#_Toc180512301 .anchor}1. Godkendelse af dagsorden

      **Beslutning**

      Godkendt.

      # []{#_Toc180512303 .anchor}2. Handleplan for tilgængelighed -- høring

      **Beslutning**

      Rådet afgiver høringssvar.
      """, source: "handicapraadet-2027-09-14.md")
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Handleplan for tilgængelighed – høring"])
    #expect(MarkupLineReader.stripLinks("[1. Titel [2](#a)](#a)") == "1. Titel 2")
    #expect(MarkupLineReader.stripLinks("[]{#_Toc1 .anchor}Titel") == "Titel")
  }

  @Test func frontMatterShortNameAndAMembersArrival() throws {
    // A Markdown file's front matter in quotes, the label's day with its time after it, a
    // member's arrival that is no start; a body's short name in brackets after its name.
    let m = try read(
      """
      ---
      udvalg: "Erhvervs- og Beskæftigelsesudvalget"
      dato: 2027-10-05
      ---

      # Referat – Erhvervs- og Beskæftigelsesudvalget

      **Dato:** Tirsdag den 5. oktober 2027, kl. 8.00–10.00

      **Deltagere:** Henrik Vad (A), formand, Louise Brandt (V)

      Louise Brandt kom kl. 8.30 under punkt 3.

      ## 1. Godkendelse af dagsorden

      **Beslutning:** Godkendt.
      """, source: "referat.md")
    #expect(m.committee == "Erhvervs- og Beskæftigelsesudvalget")
    #expect(m.startTime?.description == "08:00")
    let med = try read("Referat\n\nMøde i Hovedudvalget (HovedMED)\n\nTirsdag den 10. februar 2026, kl. 13.00\n\n1. Godkendelse af dagsorden\n\nGodkendt.\n")
    #expect(med.committee == "Hovedudvalget")
  }

  @Test func agendaOfReferenceHeadingsThenTheSameOverTheirMinutes() throws {
    let m = try read(
      """
      Folkeoplysningsudvalget
      Referat af mødet torsdag den 7. september 2028

      Dagsorden:
      Ad pkt. 1 – Godkendelse af dagsorden
      Ad pkt. 2 – Lokaletilskud 2029
      Ad pkt. 3 – Eventuelt

      Ad pkt. 1 – Godkendelse af dagsorden

      Beslutning: Godkendt.

      Ad pkt. 2 – Lokaletilskud 2029
      Sag: 28/11204

      Beslutning:
      Udvalget godkendte rammen.

      Ad pkt. 3 – Eventuelt

      Beslutning: Intet.
      """)
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Lokaletilskud 2029", "Eventuelt"])
    #expect(m.items[1].caseNumber?.text == "28/11204")
    #expect(m.items[1].decision.map(\.text) == ["Udvalget godkendte rammen."])
  }

  @Test func aHeaderGridOfTwoFieldsALine() throws {
    // A laid-out header: the day and the start on one line, the place and the end on the next.
    let m = try read(
      """
      Køge Kommune                                                                         Referat

      Kultur- og Fritidsudvalget

      Dato           Tirsdag den 10. juni 2025                Start kl.   17:00
      Sted           Køge Rådhus, mødelokale 2                Slut kl.    19:20

      Medlemmer      Birgitte Holm (A), formand
                     Niels Arup (V), næstformand
                     Rasmus Fog (K)

      Afbud          Rasmus Fog (K)

      1.      Godkendelse af dagsorden

      Beslutning

      Godkendt.
      """)
    #expect(m.date == Day(year: 2025, month: 6, day: 10))
    #expect(m.startTime?.description == "17:00")
    #expect(m.location == "Køge Rådhus, mødelokale 2")
    #expect(m.attendees == ["Birgitte Holm", "Niels Arup"])
  }

  @Test func statusBeforeTheKeywordAndAMembersPartyInTheTitle() throws {
    let m = try read(
      """
      Referat fra Klima- og Miljøudvalget den 9. maj 2028

      Åbent punkt 1: Medlemsforslag fra Niels Ravnsbæk (DF) om gratis parkering i midtbyen
      Sagsnummer: 28-001942

      Beslutning
      Godkendt.

      Lukket punkt 2: Erstatning for fredning af areal

      Beslutning
      Godkendt.

      Åbent punkt 3: Orientering

      Beslutning
      Til orientering.
      """)
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items[0].title == "Medlemsforslag fra Niels Ravnsbæk (DF) om gratis parkering i midtbyen")
    #expect(m.items.map(\.isClosed) == [false, true, false])
    #expect(m.items[0].caseNumber?.text == "28-001942")
  }

  @Test func caseNumberLineBeforeOrAfterTheTitle() throws {
    let before = try read(
      """
      Referat fra Byrådet den 4. maj 2022

      Godkendelse af lokalplan
      Sag nr. 57
      Beslutning
      Godkendt.

      Salg af areal
      Sag nr. 58
      Beslutning
      Godkendt.
      """)
    #expect(before.items.map(\.number) == [57, 58])
    #expect(before.items.map(\.title) == ["Godkendelse af lokalplan", "Salg af areal"])
    let after = try read(
      """
      Referat fra Byrådet den 4. maj 2022

      Sag nr. 57
      Godkendelse af lokalplan
      Beslutning
      Godkendt.

      Sag nr. 58
      Salg af areal
      Beslutning
      Godkendt.
      """)
    #expect(after.items.map(\.number) == [57, 58])
    #expect(after.items.map(\.title) == ["Godkendelse af lokalplan", "Salg af areal"])
  }

  @Test func numberedListInsideADecisionIsNoItem() throws {
    let m = try read(
      """
      Referat fra Social- og Sundhedsudvalget den 5. april 2022

      1. Godkendelse af dagsorden

      Sagsnr.: 22/100

      Beslutning

      Godkendt.

      2. Plan for ældreområdet

      Sagsnr.: 22/101

      Beslutning

      Udvalget besluttede:

      1. Planen godkendes.
      2. Forvaltningen udarbejder en tidsplan.
      3. Sagen forelægges igen i juni.

      3. Eventuelt

      Sagsnr.: 22/102

      Beslutning

      Intet.
      """)
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items[1].decision.count >= 3)
  }

  @Test func tableOfContentsThenItems() throws {
    let m = try read(
      """
      Forretningsudvalg - mødesager

        1. Godkendelse af dagsorden
        2. Budgetopfølgning
        3. Eventuelt

      1. Godkendelse af dagsorden

      Forretningsudvalgets beslutning den 8. november 2022:

      Godkendt.

      2. Budgetopfølgning

      Forretningsudvalgets beslutning den 8. november 2022:

      Taget til efterretning.

      3. Eventuelt

      Forretningsudvalgets beslutning den 8. november 2022:

      Intet.
      """, source: "forretningsudvalget.txt")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.committee == "Forretningsudvalget")
    #expect(m.date?.description == "2022-11-08")
    #expect(m.items[1].decision.map(\.text) == ["Taget til efterretning."])
  }

  @Test func headingWithItsCaseNumberInParentheses() throws {
    let m = try read(
      """
      Referat fra Miljøudvalget den 2. februar 2023

      Godkendelse af budget (2023-0123456)
      Indstilling
      Forvaltningen indstiller, at budgettet godkendes.
      Beslutning
      Godkendt.

      Spildevandsplan (2023-0123999)
      Indstilling
      Forvaltningen indstiller, at planen sendes i høring.
      Beslutning
      Godkendt.
      """)
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.map(\.title) == ["Godkendelse af budget", "Spildevandsplan"])
    #expect(m.items.map { $0.caseNumber?.text } == ["2023-0123456", "2023-0123999"])
    #expect(m.findings.contains { $0.code == "unnumbered-items" })
  }

  @Test func unnumberedItemsOpenedByAStatus() throws {
    let m = try read(
      """
      Byrådet 12. februar 2024

      Åben
      Indstilling
      Økonomiudvalget indstiller, at regnskabet godkendes.
      Beslutning
      Godkendt.

      Åben
      Indstilling
      Orientering om status.
      Beslutning
      Til orientering.

      Lukket
      Indstilling
      Salg af ejendom til nabo.
      Beslutning
      Godkendt.
      """)
    #expect(m.committee == "Byrådet")
    #expect(m.date?.description == "2024-02-12")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.isClosed) == [false, false, true])
    #expect(m.items[2].sections.isEmpty)
  }

  @Test func indentedHeadingsWithNotesUnder() throws {
    let m = try read(
      """
      Referat af Skolebestyrelsesmøde
      onsdag den 16. april 2008 kl. 18.30

       1. Udvalg:
        Listen blev gennemgået.
        Ny oversigt bliver udarbejdet af Jens Hansen.

       2. Meddelelser:
        Ingen.

       3. Eventuelt:
        Intet.
      """, source: "skolebestyrelsen-2008-04-16.txt")
    #expect(m.committee == "Skolebestyrelsen")
    #expect(m.items.map(\.title) == ["Udvalg", "Meddelelser", "Eventuelt"])
    // Minutes whose items have no sections: the notes are the decision.
    #expect(m.items[0].decision.first?.text.hasPrefix("Listen blev gennemgået.") == true)
  }

  @Test func headingPrintedTwice() throws {
    let m = try read(
      """
      Referat fra Kultur- og Fritidsudvalget den 3. april 2019

       • Pkt. 42 Godkendelse af dagsorden

        Pkt. 42

        Godkendelse af dagsorden

        Sagsnr. 299835 Kultur- og Fritidsudvalget Åbent punkt

        Kultur- og Fritidsudvalget, 03-04-2019, pkt. 42

        Godkendt.

       • Pkt. 43 Salg af grund

        Pkt. 43

        Salg af grund

        Sagsnr. 299899 Kultur- og Fritidsudvalget Lukket punkt

        Kultur- og Fritidsudvalget, 03-04-2019, pkt. 43

        Godkendt som indstillet.
      """)
    #expect(m.items.map(\.number) == [42, 43])
    #expect(m.items.map { $0.caseNumber?.text } == ["299835", "299899"])
    #expect(m.items[0].decision.map(\.text) == ["Godkendt."])
    #expect(m.items[1].isClosed && m.items[1].sections.isEmpty)
  }

  // MARK: case numbers

  @Test(arguments: [
    ("Sagsnr.: 85.02.02-G01-5-17", "85.02.02-G01-5-17"),
    ("Sagnr.: 27.69.48-P20-1-21", "27.69.48-P20-1-21"),
    ("Sags nr. 22/1234", "22/1234"),
    ("J.nr. 2023-0123456", "2023-0123456"),
    ("Journalnr.: 00.01.00A00-24-13", "00.01.00A00-24-13"),
    ("Sag: EMN-2025-009242", "EMN-2025-009242"),
    ("Sagsid.: 14/19290", "14/19290"),
    ("Sags-ID: 24/22951", "24/22951"),
    ("Sag-id: 2024-004417", "2024-004417"),
    ("Åbent - 00.01.00A04 - 2007/34364", "2007/34364"),
    ("Sagsnr.: 330-2020-164   Dok.nr.: 330-2020-488200   Åbent", "330-2020-164"),
    ("Dok.nr.: 1965 Sagsid.: 14/40 Initialer: abc", "14/40"),
    ("85.13.00G01-2-23", "85.13.00G01-2-23"),
    ("17.20.00-Ø00-1-25 Kompetenceudvalg: Børne- og Skoleudvalget", "17.20.00-Ø00-1-25"),
    ("SBSYS-sag: 81.00.00-P22-3-25", "81.00.00-P22-3-25"),
    ("Åbent - 00.30.00Ø00 - 2024/1877", "2024/1877"),
  ])
  func caseNumberForms(_ c: (String, String)) throws {
    let m = try read("Referat fra Økonomiudvalget den 3. marts 2021\n\nPunkt 1: Budget\n\n\(c.0)\n\nBeslutning\n\nGodkendt.\n")
    #expect(m.items.first?.caseNumber?.text == c.1)
  }

  @Test func caseNumberAfterADashInTheHeading() throws {
    let m = try read("Referat fra Økonomiudvalget den 3. marts 2021\n\nPunkt 3 Budgetopfølgning - 24/1236\n\nBeslutning\n\nGodkendt.\n")
    #expect(m.items.first?.title == "Budgetopfølgning")
    #expect(m.items.first?.caseNumber?.text == "24/1236")
  }

  /// A labelled case number at the heading's end, after a gap, a dash or in brackets.
  @Test(arguments: [
    ("Pkt. 3 Budgetopfølgning  Sagsnr. 21/1000", "21/1000"),
    ("Pkt. 3 Budgetopfølgning Sagsnr.: 21/1000", "21/1000"),
    ("Pkt. 3 Budgetopfølgning - J.nr. 21/1000", "21/1000"),
    ("Pkt. 3 Budgetopfølgning (Sags ID: EMN-2021-00333)", "EMN-2021-00333"),
    ("Pkt. 3 Budgetopfølgning [21/1000]", "21/1000"),
  ])
  func labelledCaseNumberAtTheHeadingsEnd(_ c: (String, String)) throws {
    let m = try read("Referat fra Økonomiudvalget den 3. marts 2021\n\n\(c.0)\n\nBeslutning\n\nGodkendt.\n")
    #expect(m.items.first?.title == "Budgetopfølgning", "\(c.0)")
    #expect(m.items.first?.caseNumber?.text == c.1, "\(c.0)")
  }

  @Test func committeeOnTheLineAfterTheKind() throws {
    let m = try read(
      "Beslutningsprotokol\nRegionsrådet\nTirsdag den 12. marts 2024 kl. 17:00 - 19:30\nRegionsgården, Mødesal A\n\nPunkt nr. 1 - Godkendelse af dagsorden\nSagsnr.: 24012345\n\nBESLUTNING\n\nGodkendt.\n",
      source: "c.txt")
    #expect(m.committee == "Regionsrådet")
    #expect(m.location == "Regionsgården, Mødesal A")
    #expect(m.endTime?.description == "19:30")
    #expect(m.items.first?.caseNumber?.text == "24012345")
  }

  @Test func aDocumentNumberIsNoCaseNumber() throws {
    for line in ["Dok.nr.: 330-2020-488200", "Brevid: 4225075", "Udvalget for Sundhed Brevid: 4225075"] {
      let m = try read("Referat fra Økonomiudvalget den 3. marts 2021\n\nPunkt 1: Budget\n\n\(line)\n\nBeslutning\n\nGodkendt.\n")
      #expect(m.items.first?.caseNumber == nil, "\(line)")
      #expect(m.items.first?.decision.map(\.text) == ["Godkendt."])
    }
  }

  @Test func hyphenatedKLEIsOneCase() throws {
    let a = CaseNumber(reading: "85.02.02-G01-5-17")
    let b = CaseNumber(reading: "85.02.02G01-5-17")
    #expect(a?.key == b?.key)
    #expect(a?.text == "85.02.02-G01-5-17")
  }

  // MARK: headers

  @Test func oneLineHeader() throws {
    let m = try read(
      "Referat til mødet i Økonomiudvalget den 3. marts 2021 kl. 16:00 i Mødelokale 2, Rådhuset\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n")
    #expect(m.committee == "Økonomiudvalget")
    #expect(m.date?.description == "2021-03-03")
    #expect(m.startTime?.description == "16:00")
    #expect(m.location == "Mødelokale 2, Rådhuset")
  }

  @Test func headerSpreadOverLines() throws {
    let m = try read(
      "Referat\ntil\nmødet i Børne- og Ungeudvalget\nden 3. marts 2021 kl. 16.00\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt.\n")
    #expect(m.committee == "Børne- og Ungeudvalget")
    #expect(m.date?.description == "2021-03-03")
    #expect(m.startTime?.description == "16:00")
  }

  @Test func aSummonsIsAnAgenda() throws {
    let m = try read(
      "Der indkaldes hermed til møde i Klima- og Miljøudvalget\nDato: 3. marts 2021\nTid: kl. 16.00-18.00\nSted: Byrådssalen\n\nPunkt 1: Budget\n\nSagsfremstilling\n\nBudgettet forelægges.\n")
    #expect(m.kind == .agenda)
    #expect(m.committee == "Klima- og Miljøudvalget")
    #expect(m.startTime?.description == "16:00")
    #expect(m.endTime?.description == "18:00")
    #expect(m.location == "Byrådssalen")
  }

  @Test func labelledFieldsAsBullets() throws {
    let m = try read(
      """
      Referat
      - Udvalg: Teknisk Udvalg
      - Mødedato: 03.03.2021
      - Mødested: Rådhuset
      - Deltagere: Anne Hansen (A), Bo Jensen (V), Carl Nielsen (F)
      - Afbud: Bo Jensen (V)

      Punkt 1: Budget

      Beslutning

      Godkendt.
      """)
    #expect(m.committee == "Teknisk Udvalg")
    #expect(m.date?.description == "2021-03-03")
    #expect(m.location == "Rådhuset")
    #expect(m.attendees == ["Anne Hansen", "Carl Nielsen"])
    #expect(m.absentees == ["Bo Jensen"])
  }

  @Test func attendeesOneALineWithPartyRoleAndAbsence() throws {
    let m = try read(
      """
      Møde i Sundhedsudvalget
      onsdag den 15. januar 2020 kl. 13:00
      Mødelokale 1

      Deltagere:

      Anne Hansen (A), Formand

      Bo Jensen (C), Næstformand- afbud

      Carl Nielsen (O)

      Dorte Lund (V) deltog fra pkt. 3

      1. Godkendelse af dagsorden
      Åbent
      Beslutning
      Godkendt.
      """)
    #expect(m.committee == "Sundhedsudvalget")
    #expect(m.location == "Mødelokale 1")
    #expect(m.attendees == ["Anne Hansen", "Carl Nielsen", "Dorte Lund"])
    #expect(m.absentees == ["Bo Jensen"])
  }

  /// `bestyrelsesmøde Fanø Marineforening`, `menighedsrådsmøde, Sdr. Højrup`: the body's
  /// meeting, then the association or parish it belongs to; the municipality on a line of its
  /// own under the title is no place.
  @Test(arguments: [
    ("Referat bestyrelsesmøde Fanø Marineforening torsdag den 28.03.19 klokken 1700", "Bestyrelsen", "2019-03-28"),
    ("Referat — menighedsrådsmøde, Sdr. Højrup, onsdag den 11.10.17 kl. 19.00", "Menighedsrådet", "2017-10-11"),
    ("Referat fra møde i Integrationsrådet\nLyngby-Taarbæk Kommune\nTorsdag d.10.09.15.", "Integrationsrådet", "2015-09-10"),
  ])
  func bodyOfAMeetingWordBeforeItsAssociation(_ c: (String, String, String)) throws {
    let m = try read(
      """
      \(c.0)

      1. Godkendelse af dagsorden
      Godkendt.

      2. Budget
      Budgettet blev godkendt.
      """, source: "referat.txt")
    #expect(m.committee == c.1)
    #expect(m.date?.description == c.2)
    #expect(m.location == nil)
  }

  /// Minutes kept as one table, a row an item: its number, title, decision, who and by when;
  /// a row marked closed keeps its decision out.
  @Test func minutesInOneTable() throws {
    let m = try read(
      """
      # Referat af bestyrelsesmøde 5. marts 2024

      | Pkt. | Emne | Beslutning | Ansvarlig | Frist |
      |---|---|---|---|---|
      | 1 | Godkendelse af dagsorden | Godkendt. | | |
      | 2 | Legeplads | Sagen udsættes til næste møde. | | |
      | 3 | Hjemmeside | Der indhentes tilbud. | Carl Nielsen | 15. april 2024 |
      | 4 | Personalesag (Lukket) | HEMMELIG afskedigelse. | | |
      """, source: "bestyrelsen-2024-03-05.md")
    #expect(m.items.map(\.number) == [1, 2, 3, 4])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Legeplads", "Hjemmeside", "Personalesag"])
    // The deadline a field of its own, on its own line.
    #expect(m.items[2].decision.map(\.text) == ["Der indhentes tilbud (Carl Nielsen).", "Frist: 15. april 2024"])
    #expect(m.items[3].isClosed)
    #expect(!m.items.flatMap { $0.sections.flatMap(\.paragraphs) }.contains { $0.text.contains("HEMMELIG") })
    // The number and title in one column.
    let one = try read(
      """
      Referat af møde i arbejdsgruppen den 5. marts 2024

      | Punkt | Referat |
      |---|---|
      | 1. Velkomst | Formanden bød velkommen. |
      | 2. Hjemmeside | Der indhentes tilbud. |
      """, source: "arbejdsgruppen-2024-03-05.md")
    #expect(one.items.map(\.number) == [1, 2])
    #expect(one.items.map(\.title) == ["Velkomst", "Hjemmeside"])
  }

  /// `Til stede: A, B og C. Afbud fra D.`: who sent word, in a sentence after the list.
  @Test(arguments: ["Afbud fra Dorte Madsen.", "Afbud: Dorte Madsen", "Fraværende: Dorte Madsen."])
  func absenceSentenceAfterTheList(_ absence: String) throws {
    let m = try read(
      """
      Referat af møde i bestyrelsen tirsdag 5. marts 2024, kl. 19.00, i fælleshuset.
      Til stede: Anne Hansen, Bo Jensen og Carl Nielsen. \(absence)

      1. Godkendelse af dagsorden
      Godkendt.

      2. Budget 2025
      Budgettet blev godkendt.
      """, source: "bestyrelsen-2024-03-05.txt")
    #expect(m.attendees == ["Anne Hansen", "Bo Jensen", "Carl Nielsen"])
    #expect(m.absentees == ["Dorte Madsen"])
  }

  @Test func attendeesLessThoseAbsentUnderAnItem() throws {
    let m = try read(
      """
      Referat: 27. oktober 2025 kl. 08:00
      Deltagere
      - Anne Hansen
      - Bo Jensen
      - Carl Nielsen
      Kopier link til punktet - Print
      1 : Godkendelse af dagsorden
      Sagsnr:
      BeslutningGodkendt.
      Fraværende- Bo Jensen ()
      """, source: "erhvervsudvalget-2025-10-27.txt")
    #expect(m.attendees == ["Anne Hansen", "Carl Nielsen"])
    #expect(m.items.first?.decision.map(\.text) == ["Godkendt."])
    #expect(m.committee == "Erhvervsudvalget")
    #expect(m.findings.contains { $0.code == "committee-from-file-name" })
  }

  @Test func headerAndSectionsInTables() throws {
    let m = try read(
      """
      # Referat

      | Udvalg | Teknisk Udvalg |
      |---|---|
      | Mødedato | 3. marts 2021 |
      | Mødested | Rådhuset |

      Deltagere:
      Anne Hansen
      Bo Jensen

      ## 1. Budget

      | Sagsnr. | 21/1234 |
      |---|---|
      | Beslutning | Godkendt. |
      """)
    #expect(m.committee == "Teknisk Udvalg")
    #expect(m.date?.description == "2021-03-03")
    #expect(m.location == "Rådhuset")
    #expect(m.attendees == ["Anne Hansen", "Bo Jensen"])
    #expect(m.items.first?.caseNumber?.text == "21/1234")
    #expect(m.items.first?.decision.map(\.text) == ["Godkendt."])
  }

  @Test func committeeAbbreviationIsWrittenOut() throws {
    let m = try read(
      """
      Referat ØU 3. marts 2021

      Punkt 1: Budget

      Beslutning

      Økonomiudvalget (ØU) godkendte budgettet.
      """)
    #expect(m.committee == "Økonomiudvalget")
    let n = try read("Referat BUU 3. marts 2021\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt og sendt videre til Børne- og Ungeudvalget.\n")
    #expect(n.committee == "Børne- og Ungeudvalget")
  }

  @Test func electionPeriodAndGenitiveAreNotTheName() throws {
    #expect(try read("Referat til mødet i Kommunalbestyrelsen 2022-25 den 3. oktober 2022\n\nPkt. 1 Budget\n\nBeslutning\n\nGodkendt.\n").committee == "Kommunalbestyrelsen")
    #expect(try read("Referat af Byrådets møde d. 16.12.2014\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt.\n").committee == "Byrådet")
    #expect(try read("Social- og Sundhedsudvalget (2018-2021) – Referat – 12. januar 2021\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n").committee == "Social- og Sundhedsudvalget")
  }

  // MARK: converters

  @Test func labelsGluedToTheirText() throws {
    let m = try read(
      """
      Teknisk Udvalg - Referat
      Dato: 3. marts 2021
      Indholdsfortegnelse1. Budget
      SagsfremstillingBudgettet forelægges.
      BeslutningGodkendt.
      2. Regnskab
      BilagIngen bilag.
      BeslutningTaget til efterretning.
      """)
    #expect(m.items.map(\.title) == ["Budget", "Regnskab"])
    #expect(m.items[0].decision.map(\.text) == ["Godkendt."])
    #expect(m.items[1].decision.map(\.text) == ["Taget til efterretning."])
  }

  @Test func titleGluedToAFoldOutControl() throws {
    let m = try read(
      "Dagsordener og referater\nMødedato: 31. august 2023\n1. Godkendelse af dagsordenKlik her for at folde ud og læse mere om Godkendelse af dagsorden\nBeslutning\nGodkendt\n",
      source: "landdistriktsraadet-2023-08-31.txt")
    #expect(m.items.first?.title == "Godkendelse af dagsorden")
  }

  @Test func aPageFlattenedToOneLine() throws {
    let m = try read(
      """
      1 Referat fra Økonomiudvalget Mødedato: Mandag den 6. oktober 2014 Mødetidspunkt: 9:30-11:00 Mødested: Deltagere: Borgmesterens mødelokale Anne Hansen (V), Bo Jensen (C), Carl Nielsen (A) Afbud: Fraværende:

      2 1. Godkendelse af dagsorden Dok.nr.: 1965 Sagsid.: 14/40 Initialer: abc Åben sag Beslutning Økonomiudvalget den Godkendt. Afbud: Ingen Side 2

      3 2. Budgetopfølgning Dok.nr.: 2005 Sagsid.: 14/19290 Initialer: def Åben sag Indledning Forvaltningen har udarbejdet budgetopfølgningen for august måned og den viser et mindre forbrug. Side 3
      """)
    #expect(m.committee == "Økonomiudvalget")
    #expect(m.date?.description == "2014-10-06")
    #expect(m.startTime?.description == "09:30")
    #expect(m.location == "Borgmesterens mødelokale")
    #expect(m.attendees == ["Anne Hansen", "Bo Jensen", "Carl Nielsen"])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Budgetopfølgning"])
    #expect(m.items.map { $0.caseNumber?.text } == ["14/40", "14/19290"])
    #expect(m.items[0].decision.map(\.text) == ["Godkendt."])
  }

  /// Section labels in capitals on a flattened page (`RESUMÉ`, `BESLUTNING I KOMMUNALBESTYRELSEN
  /// DEN`) part the page as their ordinary forms do.
  @Test func sectionLabelsInCapitalsOnAFlattenedPage() throws {
    let m = try read(
      """
      1 Referat Kommunalbestyrelsen Mødedato: 30. april 2013 Mødested: Rådhuset

      2 1. Godkendelse af dagsorden Åben sag Sagsnr.: 13/10057 RESUMÉ Dagsordenen forelægges. BESLUTNING I KOMMUNALBESTYRELSEN DEN Godkendt.

      3 2. Budgetopfølgning Åben sag Sagsnr.: 13/2290 RESUMÉ Forvaltningen har udarbejdet budgetopfølgningen. BESLUTNING I KOMMUNALBESTYRELSEN DEN 30. APRIL 2013 Taget til efterretning.
      """)
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Budgetopfølgning"])
    #expect(m.items.map { $0.decision.map(\.text) } == [["Godkendt."], ["Taget til efterretning."]])
  }

  @Test func pageFurnitureIsDropped() throws {
    let m = try read(
      """
      REFERAT Direktionen d. 02-10-2024
      Mødedato Onsdag d. 02. oktober 2024 kl. 09:00
      \u{0C}Direktionen 02-10-2024
      Punkt 1: Budget
      00.01.00G01-1-24
      Beslutning
      Godkendt.
      Side 1 af 3
      \u{0C}Direktionen 02-10-2024
      Punkt 2: Regnskab
      00.01.00G01-2-24
      Beslutning
      Godkendt.
      Side 2 af 3
      \u{0C}Direktionen 02-10-2024
      Punkt 3: Eventuelt
      00.01.00G01-3-24
      Beslutning
      Intet.
      Til toppen
      Side 3 af 3
      """)
    #expect(m.items.count == 3)
    let all = m.items.flatMap { $0.decision.map(\.text) }
    #expect(all == ["Godkendt.", "Godkendt.", "Intet."])
  }

  @Test func runningHeaderWithPageNumbersAndPageFooters() throws {
    let m = try read(
      """
      Økonomiudvalget - Referat - 3. marts 2021

      Punkt 1: Budget
      Sagsnr.: 21/1
      Beslutning
      Godkendt.
      Side 1 af 3
      \u{0C}Økonomiudvalget - Referat - 3. marts 2021 Side 2 af 3
      Punkt 2: Regnskab
      Sagsnr.: 21/2
      Beslutning
      Taget til efterretning.
      2
      \u{0C}Økonomiudvalget - Referat - 3. marts 2021 Side 3 af 3
      Punkt 3: Eventuelt
      Sagsnr.: 21/3
      Beslutning
      Intet.
      3
      """)
    #expect(m.committee == "Økonomiudvalget")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.flatMap { $0.decision.map(\.text) } == ["Godkendt.", "Taget til efterretning.", "Intet."])
  }

  @Test func twoPagesTheSecondUnderTheTitleAgainAndAFormFeedInsideALine() throws {
    // A PDF's text of two pages: the form feed right after the first page's footer, on its
    // line; the second page opens with the document's first line, its running header (here a
    // word that also names a decision's section).
    let m = try read(
      """
      Referat

      Kultur- og Idrætsudvalget
      Mødedato: 3. april 2019

      Pkt. 43 Meddelelser fra formanden
      Beslutning
      Taget til efterretning.

      Side 1 af 2\u{0C}Referat

      Pkt. 44 Ny strategiplan for museet
      Indstilling
      Forvaltningen indstiller, at strategien drøftes.
      Beslutning
      Drøftet.

      Side 2 af 2
      """)
    #expect(m.items.map(\.number) == [43, 44])
    #expect(m.items.flatMap { $0.sections.map(\.kind) }.filter { $0 == .decision }.count == 2)
    #expect(m.items.flatMap { $0.decision.map(\.text) } == ["Taget til efterretning.", "Drøftet."])
  }

  @Test func runningHeaderWithoutPageBreaks() throws {
    let m = try read(
      """
      Referat
      Børne- og Skoleudvalget
      Mødedato: 12. marts 2024
      Børne- og Skoleudvalget - Referat 12. marts 2024 Side 1 af 3
      1. Godkendelse af dagsorden
      Sagsnr.: 24/1234
      Beslutning i Børne- og Skoleudvalget den 12-03-2024
      Godkendt.
      Børne- og Skoleudvalget - Referat 12. marts 2024 Side 2 af 3
      2. Skolestruktur
      Sagsnr.: 24/2345
      Indstilling
      Direktøren for Børn og Unge indstiller,
      1. at forslaget sendes i høring,
      2. at sagen genoptages i juni.
      Beslutning i Børne- og Skoleudvalget den 12-03-2024
      Udsat.
      Børne- og Skoleudvalget - Referat 12. marts 2024 Side 3 af 3
      """)
    #expect(m.items.map { $0.caseNumber?.text } == ["24/1234", "24/2345"])
    #expect(m.items.flatMap { $0.decision.map(\.text) } == ["Godkendt.", "Udsat."])
    #expect(m.items[1].recommendation?.points == ["forslaget sendes i høring,", "sagen genoptages i juni."])
  }

  /// A running header without its page number, next to a page number line of its own and
  /// recurring, is the pages' (`Side 2 af 4` / `Plan- og Boligudvalget    07-11-2023`).
  @Test func runningHeaderNextToAPageNumber() throws {
    let m = try read(
      """
      REFERAT
      Plan- og Boligudvalget
      Mødedato: 7. november 2023

      Plan- og Boligudvalget                                                  07-11-2023

      1. Godkendelse af dagsorden
      Sagsnr.: 23/40011
      Beslutning
      Godkendt.

      2. Lokalplan 512
      Sagsnr.: 23/21890
      Beslutning
      Godkendt.

                                                                         Side 2 af 4
      Plan- og Boligudvalget                                                  07-11-2023

      3. Meddelelser
      Sagsnr.: 23/00008
      Beslutning
      Taget til efterretning.
      """)
    #expect(m.items.map { $0.decision.map(\.text) } == [["Godkendt."], ["Godkendt."], ["Taget til efterretning."]])
  }

  /// Numbers alone on their lines: the contents (`1` / title / page / `2` / ...) list the items,
  /// the items follow; a running header beside a `Side 3 af 6` does not take the items' numbers
  /// with it.
  @Test func contentsAndItemsNumberedAloneWithPages() throws {
    let m = try read(
      """
      Børne- og Skoleudvalget
      Referat
      Dato: 14-06-2022

      Indholdsfortegnelse
      1
      Godkendelse af dagsorden
      3
      2
      Skoledistrikter
      3
      3
      Orientering fra formanden
      5

      1
      Godkendelse af dagsorden
      Sagsnr.: 22/10022
      Beslutning
      Godkendt.

      Børne- og Skoleudvalget 14-06-2022
      Side 3 af 6

      2
      Skoledistrikter
      Sagsnr.: 22/08811
      Beslutning
      Udsat til næste møde.

      Børne- og Skoleudvalget 14-06-2022
      Side 5 af 6

      3
      Orientering fra formanden
      Sagsnr.: 22/00155
      Beslutning
      Taget til efterretning.
      """)
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Skoledistrikter", "Orientering fra formanden"])
    #expect(m.items.map { $0.caseNumber?.text } == ["22/10022", "22/08811", "22/00155"])
    #expect(m.items.map { $0.decision.map(\.text) } == [["Godkendt."], ["Udsat til næste møde."], ["Taget til efterretning."]])
  }

  /// A line of the minutes that ends a page and recurs is the minutes' own.
  @Test func aRecurringLineBesideAPageNumberWithoutADayStays() throws {
    let m = try read(
      """
      Referat
      Plan- og Boligudvalget
      Mødedato: 7. november 2023

      1. Meddelelser
      Beslutning
      Taget til efterretning
      Side 1 af 2

      2. Orientering om byggeri
      Beslutning
      Taget til efterretning
      Side 2 af 2
      """)
    #expect(m.items.map { $0.decision.map(\.text) } == [["Taget til efterretning"], ["Taget til efterretning"]])
  }

  @Test func agendaAndMinutesInOneTitle() throws {
    let both = try read("Dagsorden og referat for Økonomiudvalget den 3. marts 2021\n\nPunkt 1: Budget\n\nBeslutning\n\nGodkendt.\n")
    #expect(both.kind == .minutes)
    #expect(both.committee == "Økonomiudvalget")
    let agenda = try read("Dagsorden for Økonomiudvalget den 3. marts 2021\n\nPunkt 1: Budget\n\nSagsfremstilling\n\nBudgettet forelægges.\n")
    #expect(agenda.kind == .agenda)
  }

  // MARK: section and decision labels

  @Test(arguments: [
    "Beslutning i Økonomiudvalget den 3. marts 2021",
    "Beslutning Økonomiudvalget den 03-03-2021",
    "Økonomiudvalgets beslutning den 3. marts 2021:",
    "Behandling i Økonomiudvalget onsdag den 3. marts 2021, pkt. 4",
    "Økonomiudvalget, 03-03-2021, pkt. 4",
    "BESLUTNING",
    "• Beslutning i Økonomiudvalget den 03-03-2021",
    "Økonomiudvalgets beslutning:",
  ])
  func decisionLabelsOfThisMeeting(_ label: String) throws {
    let m = try read("Referat fra Økonomiudvalget den 3. marts 2021\n\nPunkt 4: Budget\n\nSagsnr.: 21/1\n\n\(label)\n\nGodkendt.\n")
    #expect(m.items.first?.decision.map(\.text) == ["Godkendt."], "\(label)")
    #expect(m.items.first?.priorDecisions.isEmpty == true)
  }

  @Test(arguments: [
    ("Beslutning Økonomiudvalget den 23-02-2021", "2021-02-23", nil as Int?),
    ("Beslutning fra Plan og Teknik, 9. februar 2021, pkt. 421:", "2021-02-09", 421),
    ("Miljøudvalgets beslutning den 2. februar 2021:", "2021-02-02", nil),
    ("Beslutning i Teknisk Udvalg den 1. februar 2021", "2021-02-01", nil),
    ("Miljøudvalgets indstilling den 2. februar 2021:", "2021-02-02", nil),
  ])
  func earlierDecisionsQuoted(_ c: (String, String, Int?)) throws {
    let m = try read(
      "Referat fra Byrådet den 3. marts 2021\n\nPunkt 4: Budget\n\nSagsnr.: 21/1\n\n\(c.0)\n\nIndstilles godkendt.\n\nBeslutning Byrådet den 03-03-2021\n\nGodkendt.\n")
    let item = try #require(m.items.first)
    #expect(item.priorDecisions.map { $0.date?.description } == [c.1])
    #expect(item.priorDecisions.first?.itemNumber == c.2)
    #expect(item.priorDecisions.first?.text == "Indstilles godkendt.")
    #expect(item.decision.map(\.text) == ["Godkendt."])
  }

  @Test func aRecommendationQuotedInADecisionStaysInTheDecision() throws {
    let m = try read(
      "Referat fra Byrådet den 3. marts 2021\n\nPunkt 1: Budget\n\nBeslutning\n\nØkonomiudvalget indstiller, at budgettet godkendes.\n\nGodkendt.\n")
    #expect(m.items.first?.decision.map(\.text) == ["Økonomiudvalget indstiller, at budgettet godkendes.", "Godkendt."])
  }

  @Test func caseTextIsNoDecisionWhereOtherItemsHaveOne() throws {
    let m = try read(
      """
      Referat af Byrådets møde d. 16.12.2014

      Punkt 1: Godkendelse af dagsorden

      00.22.02-A26-1-13 Godkendelse af dagsorden. Byrådet, 16.12.2014 Godkendt.

      Punkt 2: Nedrivning af kran

      02.34.04-P19-89-14 Kompetenceudvalg: Byrådet

      Havnen søger om nedrivning. Administrationen indstiller, at ansøgningen godkendes.
      """)
    #expect(m.items[0].decision.map(\.text) == ["Godkendt."])
    #expect(m.items[1].hasDecision == false)
  }

  @Test func otherCouncilsSectionWords() throws {
    let m = try read(
      """
      Referat fra Byrådet den 3. marts 2021

      Punkt 1: Budget

      Sagsbeskrivelse

      Tekst.

      Baggrund

      Tekst.

      Det indstilles, at budgettet godkendes.

      Tidligere beslutninger

      Udvalg: Økonomiudvalget

      Dato: 23-02-2021

      Indstilles godkendt.

      Beslutning

      Godkendt.
      """)
    let item = try #require(m.items.first)
    #expect(item.sections.map(\.kind).contains(.caseText))
    #expect(item.recommendation?.points == ["budgettet godkendes."])
    #expect(item.decision.map(\.text) == ["Godkendt."])
  }

  // MARK: forms first met in a blind set of real minutes

  @Test func caseNumbersAboveTheHeadings() throws {
    let m = try read(
      """
      Referat til mødet i Udvalget for Miljø den 2. juni 2020 kl. 17:00 i Rådhuset

      01.02.03-G01-5-20

      41. Godkendelse af dagsorden

      Beslutning

      Godkendt.

      Sagnr.: 20/777

      42. Vejplan

      Beslutning

      Udsat.
      """)
    #expect(m.items.map { $0.caseNumber?.text } == ["01.02.03-G01-5-20", "20/777"])
    #expect(m.items[0].decision.map(\.text) == ["Godkendt."])
  }

  @Test func itemsOpenedByTheirCaseNumber() throws {
    let m = try read(
      """
      Beslutningsprotokol
      Udvalg: Plan- og Boligudvalget
      Mødedato: 4. marts 2015
       • Udskriv
        Sagsid.: 15/240, Sagsinitialer: abc
        Sagsfremstilling
        Tekst.
        Beslutning Plan- og Boligudvalget den 04-03-2015
        Godkendt.
       • Udskriv
        Sagsid.: 15/241, Sagsinitialer: abc
        Sagsfremstilling
        Tekst.
        Beslutning Plan- og Boligudvalget den 04-03-2015
        Drøftet.
      """)
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.map { $0.caseNumber?.text } == ["15/240", "15/241"])
    #expect(m.items[1].decision.map(\.text) == ["Drøftet."])
  }

  @Test func itemsOpenedByTheSameSection() throws {
    let m = try read(
      """
      Referat
      Torsdag 10. november 2016 kl. 10:30
      Seniorrådet
      Rådhuset, lokale 2

      Resumé
      Orientering om budget.
      Beslutning Seniorrådet den 10-11-2016
      Taget til efterretning.

      Resumé
      Orientering om trafik.
      Forslag
      Forvaltningen foreslår, at orienteringen tages til efterretning.
      Beslutning Seniorrådet den 10-11-2016
      Taget til efterretning.
      """)
    #expect(m.committee == "Seniorrådet")
    #expect(m.location == "Rådhuset, lokale 2")
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.allSatisfy { $0.decision.map(\.text) == ["Taget til efterretning."] })
  }

  @Test func anOrderedListWhoseNumbersWereLost() throws {
    let m = try read(
      """
      Referat fra Seniorrådets møde den 22. februar 2016 i Mødesalen, Rådhuset kl. 10.00 – 12.00

       1. Godkendelse af referat

      Referat: Godkendt

       1. Trafik.

      Referat:

      Rådet drøftede trafikken.

       1. Eventuelt.

      Referat: Intet.
      """)
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == ["Godkendelse af referat", "Trafik", "Eventuelt"])
    #expect(m.location == "Mødesalen, Rådhuset")
    #expect(m.startTime?.description == "10:00")
    #expect(m.items[0].decision.map(\.text) == ["Godkendt"])
  }

  @Test func aHeadingGluedToTheTableOfContents() throws {
    let m = try read(
      "PUNKTER\n\n1. Budget\n2. Eventuelt1. Budget\n\nSagsfremstilling\nTekst.\n\nBeslutning i Handicaprådet den 03-11-2015\nGodkendt.\n\n2. Eventuelt\n\nBeslutning i Handicaprådet den 03-11-2015\nIntet.\n",
      source: "handicapraadet-2015-11-03.txt")
    #expect(m.items.map(\.title) == ["Budget", "Eventuelt"])
    #expect(m.committee == "Handicaprådet")
  }

  @Test func timesAsSystemsAndSentencesWriteThem() throws {
    let labelled = try read("UDVALG\n\nHandicaprådet\n\nSTARTTIDSPUNKT\n\n03-11-2015 16:30:00\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n")
    #expect(labelled.startTime?.description == "16:30")
    #expect(labelled.date?.description == "2015-11-03")
    let published = try read("Handicaprådet\n\nPubliceret 20-10-2017\n\nOnsdag den 25-10-2017 kl. 16:15\n\n1. Budget\n\nBeslutning\n\nGodkendt.\n")
    #expect(published.date?.description == "2017-10-25")
    #expect(published.startTime?.description == "16:15")
    let sentence = try read(
      "Referat fra Økonomiudvalget den 31. marts 2020\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nMødet startede kl. 15.30 og sluttede kl. 16.45.\n\nGodkendt.\n")
    #expect(sentence.startTime?.description == "15:30")
    #expect(sentence.endTime?.description == "16:45")
  }

  @Test func decisionLabelsOfBodiesNamedByTheirArea() throws {
    let m = try read(
      """
      Referat

        • 302. Planstrategi

          Indstilling

          Forvaltningen indstiller, at planen godkendes.

          Social og Sundhed, 6. januar 2020, pkt. 123:

          Anbefales.

          Børn, Unge og Læring, 7. januar 2020, pkt. 133:

          Anbefales.
      """, source: "kommunalbestyrelsen-2020-01-22.txt")
    #expect(m.date?.description == "2020-01-22")
    #expect(m.committee == "Kommunalbestyrelsen")
    let item = try #require(m.items.first)
    #expect(item.priorDecisions.map(\.body) == ["Social og Sundhed", "Børn, Unge og Læring"])
    #expect(item.priorDecisions.map(\.itemNumber) == [123, 133])
    #expect(item.recommendation?.points == ["planen godkendes."])
  }

  @Test func membersWithRolesSubstitutesAndNotes() throws {
    let m = try read(
      """
      Kommunalbestyrelsen

      24-09-2019

      Medlemmer

      Formand Erik Hansen (A)
      Lone Berg (A)
      Ole Dam (C)
      Eva Holm (A), Suppleant for Ole Dam (C)

      Fraværende

      Ole Dam (C), sag 12-15

      Fold alle ud

      Spørgetid
      Sag nr. 12

      Beslutning

      Taget til efterretning.
      """)
    #expect(m.attendees == ["Erik Hansen", "Lone Berg", "Eva Holm"])
    #expect(m.absentees == ["Ole Dam"])
    #expect(m.items.first?.title == "Spørgetid")
    let misspelt = try read(
      "Referat fra Forretningsudvalget 05-12-2007\n\nMedlemmer:\nCarl Holst, Bente Gertz Hansen, Kent Kirk.\n\nAfbud:\nBente Gertz Hansn.\n\n1. Budget\n\nSagsnr:\n\n07/5773\n\nBeslutning\n\nGodkendt.\n")
    #expect(misspelt.attendees == ["Carl Holst", "Kent Kirk"])
    #expect(misspelt.items.first?.caseNumber?.text == "07/5773")
  }

  @Test func attendeesListedUnderTheFirstItem() throws {
    let m = try read(
      """
      1. Godkendelse af dagsorden

      Beslutning

      Økonomiudvalgets beslutning i mødet den 31. marts 2020

      Deltagerne var:

      1. Overborgmester Frank Hansen (A)

      2. Lis Berg (A)

      3. Borgmester Mia Dam (B)

      Dagsordenen blev godkendt.
      """, source: "oekonomiudvalget-2020-03-31.txt")
    #expect(m.attendees == ["Frank Hansen", "Lis Berg", "Mia Dam"])
    #expect(m.committee == "Økonomiudvalget")
  }

  @Test func aClassificationBesideTheCaseNumber() throws {
    let m = try read("Handicaprådet\nOnsdag den 25-10-2017 kl. 16:15\n\n36. Høring: Lokalplan 512.18\n01.02G00 - 2017/27088\n\nSagsfremstilling\nTekst.\n")
    #expect(m.items.first?.title == "Høring: Lokalplan 512.18")
    #expect(m.items.first?.caseNumber?.text == "2017/27088")
  }

  @Test func guestsTheDecisionTellsPresented() throws {
    let m = try read(
      """
      Referat fra Handicaprådet den 3. november 2015

      1. Besøg på plejecentret

      Sagsfremstilling

      Mødet holdes på plejecentret, hvor Centerleder Bo Berthelsen giver en rundvisning.

      Beslutning i Handicaprådet den 03-11-2015

      Bo Bertelsen fortalte om stedet. Plejecenterleder Dorte Jensen viste rådet rundt. Rådsmedlem Ellen Holm orienterede om sit besøg. Jens Hansen orienterede om budgettet.
      """)
    #expect(m.items.first?.participants.map(\.name) == ["Bo Bertelsen", "Dorte Jensen"])
  }

  // MARK: never lose a meeting

  @Test func dateAndCommitteeFromTheFileName() throws {
    let m = try read(
      "Punkt 1: Budget\n\nBeslutning\n\nGodkendt.\n", source: "Økonomiudvalget 2021-02-16.txt")
    #expect(m.committee == "Økonomiudvalget")
    #expect(m.date?.description == "2021-02-16")
    #expect(m.findings.contains { $0.code == "date-from-file-name" })
    let folder = try read(
      "Punkt 1: Budget\n\nBeslutning\n\nGodkendt.\n", source: "2021-02-16.txt",
      options: ParseOptions(path: "referater/oekonomiudvalget/2021-02-16.txt"))
    #expect(folder.committee == "Økonomiudvalget")
    #expect(folder.date?.description == "2021-02-16")
  }

  @Test func aMeetingWithoutItemsIsKeptWithAWarning() throws {
    let m = try read("Referat fra Økonomiudvalget den 3. marts 2021\n\nMødet blev aflyst.\n")
    #expect(m.committee == "Økonomiudvalget")
    #expect(m.items.isEmpty)
    #expect(m.findings.contains { $0.code == "no-items" })
    #expect(throws: MinutesError.self) { try read("Kære alle, husk frokosten.\n", source: "Økonomiudvalget 2021-02-16.txt") }
  }

  // MARK: notes of small boards

  @Test func agendaTableWithMinutesAllowedAndTimeSlots() throws {
    let m = try read(
      """
      Referat fra Forældrebestyrelsen

      Dato: 12-03-2025 kl. 17:00-19:00
      Tilstede: Jonas, Mette, Sara

      Punkt 15 minGodkendelse af dagsorden
       17.00 - 17.05
      Punkt 210 minNyt fra ledelsen
       17.05 - 17.15Der er ansat en ny pædagog. Bestyrelsen tager det til efterretning.
      Punkt 320 minLegepladsen – hvad gør vi? Hvordan kommer vi videre
       17.15 - 17.35Mette indhenter tilbud inden næste møde.
      """)
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == [
      "Godkendelse af dagsorden", "Nyt fra ledelsen",
      "Legepladsen – hvad gør vi? Hvordan kommer vi videre",
    ])
    let text = m.items[1].sections.flatMap(\.paragraphs).map(\.text).joined(separator: " ")
    #expect(text.contains("Der er ansat en ny pædagog"))
  }

  @Test func headingsThatEndTheirSentenceOrOpenAList() throws {
    let m = try read(
      """
      Referat af bestyrelsesmøde den 4. maj 2022

      1. Valg af dirigent og referent – dirigent Hanne og referent Ole.
      2. Valg af formand, næstformand og kasserer for det kommende år.
      Valg:
      Formand Mogens Thomsen
      3. Økonomi:
      a) Indkøb af køkken
      Der indsamles penge. Udsat til næste møde.
      b) Husorden – udsat
      4. Fremtidig placering af gravsten – lapidarium.
      Punktet drøftes igen.
      5. Referat fra sidste møde – godkendt.
      """)
    #expect(m.items.map(\.title) == [
      "Valg af dirigent og referent", "Valg af formand, næstformand og kasserer for det kommende år", "Økonomi",
      "Fremtidig placering af gravsten – lapidarium", "Referat fra sidste møde",
    ])
  }

  @Test func earlierMeetingsListedUnderTheTitleOfAFlattenedPage() throws {
    // A PDF transcript with one line a page: the header, the kind in capitals, the item, the
    // case's earlier meetings, its sections.
    let page1 =
      "1 Møde i Byrådet tirsdag den 6. december 2005, Kl i Byrådssalen REFERAT Spørgsmål til Byrådet stilles skriftligt. "
      + "INDHOLDSFORTEGNELSE 1... Meddelelser Ny vedtægt for Ældrerådet 1. Meddelelser"
    let page2 =
      "2 Byrådets møde 6. december 2005 Punkt 1: Der var ingen meddelelser. 2. Ny vedtægt for Ældrerådet - 2. behandling Økonomiudvalget den 25. oktober 2005, pkt. 3 "
      + "Social- og Sundhedsudvalget den 22. november 2005, pkt. 12 Resumé Vedtægten skal behandles to gange i byrådet, "
      + "og ændringer kan stilles ved anden behandling. Beslutning Byrådet den 6. december 2005 Godkendt. Hans Jensen deltog ikke."
    let m = try read(page1 + "\n\n" + page2 + "\n")
    #expect(m.location == "Byrådssalen")
    #expect(m.items.map(\.title) == ["Meddelelser", "Ny vedtægt for Ældrerådet - 2. behandling"])
    let prior = m.items.last?.priorDecisions ?? []
    #expect(prior.map(\.body) == ["Økonomiudvalget", "Social- og Sundhedsudvalget"])
    #expect(prior.map(\.itemNumber) == [3, 12])
    #expect(prior.map { $0.date?.description } == ["2005-10-25", "2005-11-22"])
  }

  @Test func protocolCodesOnAFlattenedPage() throws {
    let page1 = "1 Beslutninger fra mødet Tirsdag kl Ordinært møde Teknik- og Miljøudvalget"
    let page2 =
      "2 TMU = Teknik- og Miljøudvalget KB = Kommunalbestyrelsen Mødet Tirsdag , Mødelokale 3/Rådhuset "
      + "Fraværende: Bemærkninger til dagsordenen: Meddelelser: Teknik- og Miljøudvalget Side 2"
    let page3 =
      "3 Følgende sager blev behandlet på mødet TMU-12/09-O Vejbelysning i Nordbyen Status for udskiftningen af "
      + "armaturer viser, at arbejdet er forsinket med to måneder på grund af leverancer fra producenten. "
      + "Beslutning: Taget til efterretning. Side 3 TMU-13/09-D Trafikplan for 2010 - 1. behandling På baggrund af "
      + "høringen foreslås en ny rækkefølge for projekterne på Teknik- og Miljøudvalgets område i planen. "
      + "Beslutning: Godkendt."
    let m = try read(
      [page1, page2, page3].joined(separator: "\n\n") + "\n",
      source: "teknik-og-miljoeudvalget-2009-03-10.txt")
    #expect(m.items.map(\.number) == [12, 13])
    #expect(m.items.map(\.title) == ["Vejbelysning i Nordbyen", "Trafikplan for 2010 - 1. behandling"])
    #expect(m.items.map { $0.decision.first?.text } == ["Taget til efterretning.", "Godkendt."])
    #expect(m.location == "Mødelokale 3/Rådhuset")
    #expect(m.committee == "Teknik- og Miljøudvalget")
    #expect(m.date?.description == "2009-03-10")
    #expect(m.absentees.isEmpty)
  }

  @Test func runOnNamesAreSplitAtFirstNames() throws {
    let m = try read(
      """
      Referat af møde i Seniorrådet den 4. april 2019

      Medlemmer: Anne Marie Holm (formand) Jens Peter Lund Karen Sofie Bech Ole Friis Nielsen
      Afbud: Bente Krogh

      1. Godkendelse af dagsorden

      Beslutning

      Godkendt.
      """)
    #expect(m.attendees == ["Anne Marie Holm", "Jens Peter Lund", "Karen Sofie Bech", "Ole Friis Nielsen"])
  }

  @Test func firstAgendaPagesFlattened() throws {
    // A First Agenda PDF read one line a page: header labels without colons or values, a list of
    // items with dotted leaders, and each item's page opening with the running header.
    let page1 =
      "1 Kulturudvalget Referat Dato 14. maj 2018 Mødetidspunkt 15:00 Sluttidspunkt 17:00 "
      + "Tilstedeværende medlemmer af udvalget Hanne Bruun (A) Peter Skov (V) Lise Dam Jensen "
      + "Fra sekretariatet Mette Lind Sagsoversigt Side 01. Godkendelse af dagsorden Nyt bibliotek...3 Bilagsliste...4"
    let page2 =
      "2 Kulturudvalget Mødedato Side Godkendelse af dagsorden Åben sag Sagsnr.: Sagen afgøres i: Kulturudvalget "
      + "Indstilling Forvaltningen indstiller, at dagsordenen godkendes. Beslutning i Kulturudvalget den "
      + "Ikke til stede: Lise Dam Jensen, Ole Vang Dagsordenen godkendt."
    let page3 =
      "3 Kulturudvalget Mødedato Side Nyt bibliotek Åben sag Sagsnr.: Sagen afgøres i: Kulturudvalget "
      + "Sagsfremstilling Biblioteket flytter til rådhuset i 2019. Indstilling Forvaltningen indstiller, at orienteringen "
      + "tages til efterretning. Beslutning i Kulturudvalget den Taget til efterretning."
    let m = try read([page1, page2, page3].joined(separator: "\n\n") + "\n")
    #expect(m.committee == "Kulturudvalget")
    #expect(m.date?.description == "2018-05-14")
    #expect(m.attendees == ["Hanne Bruun", "Peter Skov"])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Nyt bibliotek"])
    #expect(m.items.map { $0.decision.first?.text } == ["Dagsordenen godkendt.", "Taget til efterretning."])
    #expect(m.items.first?.absentees == ["Lise Dam Jensen", "Ole Vang"])
  }

  @Test func placeAndPeopleLabelsStackedWithoutColonsOnAFlattenedPage() throws {
    // "Sted Medlemmer Fraværende" and their values after them: a room, the members, and "Ingen"
    // away (an empty label after it).
    let page1 =
      "1 Erhvervsudvalget Referat Dato 08. september 2014 Mødetidspunkt 16:00 Sluttidspunkt 18:05 Sted Medlemmer "
      + "Fraværende Lokale 1, Vordingborg Rådhus Asger Diness Andersen, Laura Sø, Thorbjørn Kolbo, Mikael Smed, Kim Errebo "
      + "Ingen Bemærkninger"
    let page2 =
      "2 1. Godkendelse af dagsorden Sagsnr.: 14/2345 Sagsfremstilling Dagsorden til mødet er udsendt. "
      + "Beslutning i Erhvervsudvalget den Indstillingen tiltrådt."
    let m = try read([page1, page2].joined(separator: "\n\n") + "\n")
    #expect(m.location == "Lokale 1, Vordingborg Rådhus")
    #expect(m.attendees == ["Asger Diness Andersen", "Laura Sø", "Thorbjørn Kolbo", "Mikael Smed", "Kim Errebo"])
    #expect(m.absentees.isEmpty)
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden"])
  }

  @Test func sectionLabelsInAColumnOfTheirOwn() throws {
    // `pdftotext -layout`: the labels in the page's left column, the text after a gap and
    // indented under it on the lines that follow.
    let m = try read(
      """
                                         REFERAT
      Udvalg:        Økonomiudvalget
      Mødedato:      12. marts 2024, kl. 16:00

      Punkt 1        Trafiksikkerhedsplan 2024-2028
      Sagsnr.        24/3456
      Sagsfremstilling
                     Forvaltningen har udarbejdet et forslag til ny
                     trafiksikkerhedsplan.
      Indstilling    Direktøren indstiller,
                     at planen godkendes.
      Beslutning     Udsat til næste møde, idet udvalget ønsker en
                     gennemgang af indsatserne ved skolerne.

      Punkt 2        Budgetopfølgning
      Beslutning  i  Økonomiudvalget den 12. marts 2024
                     Godkendt.

      Punkt 3        Lederforum
      Beslutning     Sagen udsættes til næste uge.
      """)
    #expect(m.items.map(\.title) == ["Trafiksikkerhedsplan 2024-2028", "Budgetopfølgning", "Lederforum"])
    #expect(m.items[0].caseNumber?.description == "24/3456")
    #expect(m.items[0].recommendation?.recommender == "Direktøren")
    #expect(
      m.items[0].decision.map(\.text) == ["Udsat til næste møde, idet udvalget ønsker en gennemgang af indsatserne ved skolerne."])
    // A label whose own words run on after a gap is one label.
    #expect(m.items[1].decision.map(\.text) == ["Godkendt."])
    // Text that would read as a label's body and date (`Sagen udsættes` ... `næste uge`) is text.
    #expect(m.items[2].decision.map(\.text) == ["Sagen udsættes til næste uge."])
  }

  @Test func fieldsSideBySideOnALaidOutPage() throws {
    // `pdftotext -layout`: header fields in two columns, the case number at the right of the
    // heading, the page's number at the right of its foot.
    let m = try read(
      """
                                        Referat
                                        Økonomiudvalget

      Mødedato: 12. marts 2024                      Mødested: Mødelokale 3, Rådhuset
      Starttidspunkt: 16:00                         Sluttidspunkt: 18:00

      1. Godkendelse af dagsorden                                      Sagsnr.: 24/1234
      Beslutning
      Godkendt.

      2. Budgetopfølgning pr. 29. februar                              Sagsnr.: 24/2345
      Beslutning
      Sagen udsættes til næste møde.   Jf. punkt 1.
                                                                            Side 1 af 2
      """)
    #expect(m.date?.description == "2024-03-12")
    #expect(m.startTime?.description == "16:00")
    #expect(m.location == "Mødelokale 3, Rådhuset")
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Budgetopfølgning pr. 29. februar"])
    #expect(m.items.map { $0.caseNumber?.description } == ["24/1234", "24/2345"])
    // A gap before words that open no field is a gap in a line of text.
    #expect(m.items[1].decision.map(\.text) == ["Sagen udsættes til næste møde. Jf. punkt 1."])
  }

  @Test func namesInColumnsOnALaidOutPage() throws {
    let m = try read(
      """
      Referat
      Børne- og Skoleudvalget
      Mødedato: 5. februar 2024, kl. 15:30

      Medlemmer:      Anne Holm                 Per Dam
                      Kirsten Lund              Ole Bak
                      Mette Friis
      Afbud:          Ole Bak

      Referent:       Ole Olsen                 (OO)

      1. Godkendelse af dagsorden
      Beslutning
      Godkendt.
      """)
    #expect(m.attendees == ["Anne Holm", "Per Dam", "Kirsten Lund", "Mette Friis"])
    #expect(m.absentees == ["Ole Bak"])
  }

  @Test func aStatusColumnBesideTheHeadingClosesTheItem() throws {
    // `pdftotext -layout`: each heading's status at the right of its line, after a gap or run
    // into the title; a closed item's text is not read, an open item's status is no part of its
    // title. A title that names a closed meeting is no status.
    let m = try read(
      """
      Byrådet
      Referat
      Mødedato: 25. januar 2024

      5.   Lokalplan 123 for boligområde ved Skovvej                        Åben sag
           Sagsnr.: 24/1234

           Beslutning i Byrådet den 25. januar 2024
           Godkendt.

      6.   Salg af grund                                                    Lukket
           Sagsnr.: 24/5678

           Beslutning i Byrådet den 25. januar 2024
           Godkendt som indstillet til køber Hansen.

      7.   Forpagtning af jord Lukket sag
           Beslutning i Byrådet den 25. januar 2024
           Godkendt til forpagter Jensen.

      8.   Sager behandlet på lukket møde
           Beslutning i Byrådet den 25. januar 2024
           Taget til efterretning.
      """)
    #expect(m.items.map(\.title) == ["Lokalplan 123 for boligområde ved Skovvej", "Salg af grund", "Forpagtning af jord", "Sager behandlet på lukket møde"])
    #expect(m.items.map(\.isClosed) == [false, true, true, false])
    #expect(m.items[0].caseNumber?.description == "24/1234")
    #expect(m.items[1].sections.isEmpty && m.items[2].sections.isEmpty)
  }

  // MARK: parish councils, associations and flattened protocols

  @Test func numberWithItsFullStopAloneThenTitleAndLetteredSubPoints() throws {
    // A table of `Pkt.` and `Tekst` flattened: the number with its full stop on a line of its
    // own, the title under it, sub-points `2.a` inside the item.
    let m = try read(
      """
      Referat af menighedsrådsmøde 14. marts 2022

      Pkt.

      Tekst

      1.

      Godkendelse af dagsorden

      Godkendt.

      2.

      Meddelelser

      2.a

      Formanden

      Stiftet har sendt nyt cirkulære.

      2.b

      Kirkeværgen

      Tagrenden er skiftet.

      3.

      Budget 2023

      Udsættes til april
      """)
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Meddelelser", "Budget 2023"])
    #expect(m.items[1].sections.flatMap(\.paragraphs).map(\.text).contains("Tagrenden er skiftet."))
    #expect(m.items[2].decision.map(\.text) == ["Udsættes til april"])
  }

  @Test func slashAfterTheNumber() throws {
    let m = try read(
      """
      Referat af bestyrelsesmøde 3.9.2015 kl. 19.30

      1/ Vejfest
      Festen holdes den 12/9. Karen køber pølser.

      2/ Snerydning
      Aftalen med vognmanden forlænges et år.
      """)
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.map(\.title) == ["Vejfest", "Snerydning"])
    #expect(m.items[0].decision.map(\.text) == ["Festen holdes den 12/9. Karen køber pølser."])
  }

  @Test func groupHeadersBetweenItemsAreNeitherItemsNorText() throws {
    let m = try read(
      """
      Referat af menighedsrådets møde den 2. maj 2022

      1. Godkendelse af dagsorden
      Godkendt.

      Beslutningspunkter:

      2. Nye vedtægter for kirkegården
      Bilag 1
      Vedtægterne blev vedtaget.

      3. Indkøb af flygel
      Indkøbet blev godkendt.

      Punkter til drøftelse:

      4. Arbejdet i udvalgene.
      Udvalgene blev drøftet.

      5. Fremtidige koncerter.
      Sagen blev drøftet.
      """)
    #expect(m.items.map(\.number) == [1, 2, 3, 4, 5])
    #expect(m.items.map(\.title) == [
      "Godkendelse af dagsorden", "Nye vedtægter for kirkegården", "Indkøb af flygel", "Arbejdet i udvalgene",
      "Fremtidige koncerter",
    ])
    #expect(m.items[0].sections.allSatisfy { $0.kind != .recommendation })
    let allText = m.items.flatMap { $0.sections.flatMap(\.paragraphs) }.map(\.text)
    #expect(!allText.contains { $0.contains("Punkter til drøftelse") || $0.contains("Beslutningspunkter") })
    #expect(m.items[1].decision.map(\.text) == ["Bilag 1", "Vedtægterne blev vedtaget."])
  }

  @Test func aRecommendationsOwnListUnderAGroupWordIsKept() throws {
    // `Beslutningspunkter:` over a list that starts over at 1 is the item's own recommendation,
    // not a header between items.
    let lines = MinutesParser.repairedLines(
      """
      4. Trafikplan
      Sagsnr.: 22/100
      Beslutningspunkter:
      1. Planen sendes i høring.

      Til efterretning:
      5. Cykelstier
      """
    ).map(\.text)
    #expect(lines.contains("Beslutningspunkter:"))
    #expect(!lines.contains("Til efterretning:"))
  }

  @Test(arguments: [
    ("ØU - Budgetopfølgning", "Budgetopfølgning"),
    ("ØU/KB - Budgetopfølgning", "Budgetopfølgning"),
    ("ØK Budgetopfølgning", "Budgetopfølgning"),
    ("IT - Budgetopfølgning", "IT - Budgetopfølgning"),
  ])
  func routeOfAbbreviatedBodiesBeforeTheTitle(_ c: (String, String)) throws {
    let m = try read(
      """
      Referat af Økonomiudvalgets møde den 3. marts 2021

      1. \(c.0)

      Beslutning

      Godkendt.
      """)
    #expect(m.items.map(\.title) == [c.1])
  }

  @Test func routesThroughTheCommitteesOwnInitials() throws {
    // `BSU` is the initials of the committee the file names; `ØU` every council uses.
    let m = try read(
      """
      Referat fra mødet den 2. februar 2011

      1. BSU - Godkendelse af dagsorden
      Sagsnr.: 11/1
      Beslutning
      Godkendt.

      2. ØU - Budget 2012
      Sagsnr.: 11/2
      Beslutning
      Drøftet.
      """, source: "udvalget-for-boern-skole-og-ungdom-2011-02-02.txt")
    #expect(m.committee == "Udvalget for Børn, Skole og Ungdom" || m.committee == "Udvalget for Børn Skole og Ungdom")
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Budget 2012"])
  }

  @Test func headingsThatCarryTheirText() throws {
    // Notes of a small council: the title runs on into the minutes on one line.
    let m = try read(
      """
      Referat af menighedsrådsmøde 4. oktober 2021 kl. 19

      1. Fra kassereren: hvad en ny varmepumpe koster.
      Tilbud indhentes.

      2. Studiedag om salmer, fredag d. 12 november arrangeret af provstiet. Tre deltager. 10.00 – 15.00 : Frokost medbringes.

      3. Arrangementer i december;
      Julekoncert den 12. december.
      """)
    #expect(m.items.map(\.title) == [
      "Fra kassereren: hvad en ny varmepumpe koster", "Studiedag om salmer", "Arrangementer i december",
    ])
    #expect(m.items.allSatisfy { $0.caseNumber == nil })
    #expect(m.items[1].decision.first?.text.hasPrefix("fredag d. 12 november") == true)
  }

  @Test(arguments: ["", "Referat\n\n"]) func agendaFirstThenMinutesUnderAdN(_ title: String) throws {
    // Also under a web page's title `Referat` (a section heading's word, here the document's).
    let m = try read(
      title + """
      Referat af bestyrelsesmøde d. 7. marts

      Til stede: Ib, Lone og Sara

      Dagsorden:
      1) Snerydning
      2) Ny hjemmeside
      3) Eventuelt

      Ad 1
      Tilbuddet fra vognmanden blev godkendt.

      Ad punkt 2
      Sara laver et udkast til næste møde.

      Ad. 3
      Intet.
      """, source: "grundejerforening-bestyrelsen-2019-03-07.txt")
    #expect(m.kind == .minutes)
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == ["Snerydning", "Ny hjemmeside", "Eventuelt"])
    #expect(m.items.map { $0.decision.map(\.text) } == [
      ["Tilbuddet fra vognmanden blev godkendt."], ["Sara laver et udkast til næste møde."], ["Intet."],
    ])
  }

  /// Notes that head each item `Ad N. Titel`, with no agenda listed above: the references
  /// are the items, with their own titles, in whichever of the forms they are written.
  @Test(arguments: [
    "Ad 1. ", "Ad pkt. 1: ", "AD PUNKT 1 - ", "Ad. 1 ", "Ad dagsordenens punkt 1: ", "Til punkt 1: ", "Vedr. pkt. 1 - ",
    "Vedrørende punkt 1 ",
  ])
  func referenceHeadingsWithoutAnAgenda(_ form: String) throws {
    func heading(_ n: Int, _ title: String) -> String { form.replacing("1", with: String(n)) + title }
    let m = try read(
      """
      Referat af Grønt Råds møde mandag den 7. maj 2012

      \(heading(1, "Godkendelse af dagsorden"))
      Dagsordenen blev godkendt.

      \(heading(2, "Meddelelser"))
      Der afholdes spildevandsmøde den 8. maj.
      1. Friluftsrådet har udpeget et nyt medlem.
      2. Jægerne holder oplevelsesdag.

      \(heading(3, "Temaer 2012"))
      Rådet drøftede temaerne og vender tilbage til dem.
      """, source: "groent-raad-2012-05-07.txt")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Meddelelser", "Temaer 2012"])
    #expect(m.items.first?.decision.map(\.text) == ["Dagsordenen blev godkendt."])
  }

  /// `Ad. 1 Punktet udgik.`: a sentence after the reference is the minutes of an agenda item,
  /// not a title; numbered lines are then the items.
  @Test func referencesWritingSentencesAreNoTitles() throws {
    let m = try read(
      """
      Referat af menighedsrådsmøde torsdag den 19. maj 2022

      Menighedsrådsmøde:

      1. Orientering om forretningsudvalgsmødet
      2. Meddelelser fra præsterne

      Ad. 1    Punktet udgik, da der ikke var tilhørere til mødet.

      Ad. 2    Budgettet blev gennemgået og godkendt af rådet.
      """, source: "menighedsraad-2022-05-19.txt")
    #expect(!m.items.map(\.title).contains { $0.hasPrefix("Punktet") || $0.hasPrefix("Budgettet") })
  }

  /// `Til punkt 3 på dagsordenen ...`, `Til 3 personer ...`: sentences, no headings.
  @Test func referencesInSentencesAreNoHeadings() throws {
    let m = try read(
      """
      Referat af bestyrelsesmøde den 5. marts 2024

      1. Godkendelse af dagsorden
      Godkendt.
      Til punkt 3 på dagsordenen bemærkede formanden, at sagen er udsat.

      2. Meddelelser
      Til 3 personer blev der sendt en invitation.
      Vedr. punkt 1 henvises til referatet.
      """, source: "bestyrelsen-2024-03-05.txt")
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Meddelelser"])
  }

  /// `2. Budget` / `Beslutning:` / `Godkendt.` / `3. Eventuelt`: the next number after a
  /// decision goes on with the items; a list begun in the decision (`1.` ...) does not.
  @Test func theNextNumberAfterADecisionIsTheNextItem() throws {
    let m = try read(
      """
      Referat af bestyrelsesmøde den 5. marts 2024

      1. Godkendelse af dagsorden
      Godkendt.

      2. Budget
      Beslutning:
      Godkendt.

      3. Eventuelt
      Intet.
      """, source: "bestyrelsen-2024-03-05.txt")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Budget", "Eventuelt"])
    let list = try read(
      """
      Referat af bestyrelsesmøde den 5. marts 2024

      1. Godkendelse af dagsorden
      Godkendt.

      2. Budget
      Beslutning:
      Bestyrelsen vedtog følgende

      1. Kontingent
      2. Lejeindtægter
      3. Tilskud
      """, source: "bestyrelsen-2024-03-05.txt")
    #expect(list.items.map(\.number) == [1, 2])
  }

  /// `2.0 Meddelelser` / `2.1 Fra formanden`: the sub-points of a point are inside it.
  @Test func decimalPointsKeepTheirSubPointsInside() throws {
    let m = try read(
      """
      Referat af bestyrelsesmøde den 5. marts 2024

      1.0 Godkendelse af dagsorden
      Godkendt.

      2.0 Meddelelser
      2.1 Fra formanden
      Intet.
      2.2 Fra kassereren
      Regnskabet følger budgettet.

      3.0 Eventuelt
      Intet.
      """, source: "bestyrelsen-2024-03-05.txt")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Meddelelser", "Eventuelt"])
  }

  @Test func agendaFirstThenASecondListOfMinutes() throws {
    let m = try read(
      """
      Bestyrelsesmøde 4/6 2018

      Dagsorden var:
        1. Regnskab 2017
        2. Havevandring
        3. Eventuelt

      Referat:
        1. Regnskabet blev godkendt og sendes til revisor.
        2. Havevandringen holdes søndag den 17. juni kl. 10.
        3. Ingen punkter under eventuelt.
      """, source: "haveforeningen-bestyrelsen-2018-06-04.txt")
    #expect(m.kind == .minutes)
    #expect(m.items.map(\.title) == ["Regnskab 2017", "Havevandring", "Eventuelt"])
    #expect(m.items[0].decision.map(\.text) == ["Regnskabet blev godkendt og sendes til revisor."])
    #expect(m.items[2].decision.map(\.text) == ["Ingen punkter under eventuelt."])
  }

  @Test func aTableOfContentsBeforeItsItemsIsNoAgendaWithMinutes() throws {
    // The second list repeats the titles: those are the items themselves.
    let m = try read(
      """
      Referat af bestyrelsesmøde 4/6 2018

      1. Regnskab 2017
      2. Havevandring

      1. Regnskab 2017
      Regnskabet blev godkendt.

      2. Havevandring
      Holdes den 17. juni.
      """)
    #expect(m.items.map(\.title) == ["Regnskab 2017", "Havevandring"])
    #expect(m.items[0].decision.map(\.text) == ["Regnskabet blev godkendt."])
  }

  /// `Bestyrelsen:` over its members one a line, each with a role: the members and their
  /// roles; the first of them is no place.
  @Test func aBoardsMembersUnderItsLabel() throws {
    let m = try read(
      """
      Referat af bestyrelsesmøde 5. marts 2024

      Bestyrelsen:
      Anne Hansen, formand
      Bo Jensen, næstformand
      Carl Nielsen (kass.)

      1. Økonomi

      Beslutning:
      Godkendt.
      """, source: "bestyrelsen-2024-03-05.txt")
    #expect(m.attendees == ["Anne Hansen", "Bo Jensen", "Carl Nielsen"])
    #expect(m.roles == ["Anne Hansen": "formand", "Bo Jensen": "næstformand", "Carl Nielsen": "kasserer"])
    #expect(m.location == nil)
  }

  /// Who presents an item, named in its heading (`v/ Kristine Henriksen`, `v/Kristine
  /// Henriksen`): a participant of the item, unless a member of the body.
  @Test func aPresenterNamedInTheHeading() throws {
    let m = try read(
      """
      Referat af Seniorrådets møde 5. marts 2024

      Til stede: Anne Hansen, Bo Jensen og Carl Nielsen

      1. Gennemgang af udvalgets dagsorden v/Kristine Henriksen

      Drøftet.

      2. Budget v/ Anne Hansen

      Godkendt.
      """, source: "seniorraadet-2024-03-05.txt")
    #expect(m.items.map(\.title) == ["Gennemgang af udvalgets dagsorden", "Budget"])
    #expect(m.items[0].participants.map(\.name) == ["Kristine Henriksen"])
    #expect(m.items[1].participants.isEmpty)
  }

  /// A table of members in the header (`| Medlem | Parti | Fremmøde |`, `| Navn | Funktion |`,
  /// `| Deltager | Afbud |`): who came, who sent word, and their roles.
  @Test(arguments: [
    ("| Medlem | Parti | Fremmøde |\n|---|---|---|\n| Anne Hansen (formand) | A | Til stede |\n| Bo Jensen | V | Afbud |\n| Carl Nielsen | C | Til stede |", ["Anne Hansen", "Carl Nielsen"], ["Bo Jensen"], "formand"),
    ("| Navn | Funktion |\n|---|---|\n| Anne Hansen | Formand |\n| Carl Nielsen | Kasserer |", ["Anne Hansen", "Carl Nielsen"], [], "formand"),
    ("| Deltager | Afbud |\n|---|---|\n| Anne Hansen | |\n| Bo Jensen | x |\n| Carl Nielsen | |", ["Anne Hansen", "Carl Nielsen"], ["Bo Jensen"], nil),
  ])
  func aTableOfMembers(_ c: (String, [String], [String], String?)) throws {
    let m = try read(
      """
      # Referat – Økonomiudvalget 12. marts 2024 kl. 16.00

      \(c.0)

      ## 1. Godkendelse af dagsorden

      Beslutning: Godkendt.
      """, source: "oekonomiudvalget-2024-03-12.md")
    #expect(m.attendees == c.1)
    #expect(m.absentees == c.2)
    #expect(m.roles["Anne Hansen"] == c.3)
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden"])
  }

  /// `Ad 1. Godkendelse af referat fra mødet den 13. marts` right under a page's number and in
  /// the agenda above: an item's heading that recurs, not a running header.
  @Test func anItemsHeadingUnderAPageNumberIsNoRunningHeader() throws {
    let text = """
      Referat

      Hovedudvalget

      Mødedato: Tirsdag den 8. maj 2029

      Dagsorden
      Ad 1.  Godkendelse af referat fra mødet den 13. marts 2029
      Ad 2.  Sygefravær

                                                      Side 1 af 3

      Ad 1. Godkendelse af referat fra mødet den 13. marts 2029

      Referat:
      Godkendt.

                                                      Side 2 af 3

      Ad 2. Sygefravær

      Sags-nr.: 29-001182

      Referat:
      Taget til efterretning.
      """
    let m = try read(text)
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.first?.title == "Godkendelse af referat fra mødet den 13. marts 2029")
  }

  /// A numbered agenda, then the items as headings of one level without numbers, each over its
  /// sections (pandoc from Word): the headings are the items, not the agenda's last line.
  @Test func unnumberedHeadingsUnderANumberedAgenda() throws {
    let text = """
      **Ældrerådet**

      **Dato:** Tirsdag den 20. august 2030

      **Dagsorden:**

      1.  Godkendelse af dagsorden

      2.  Høring om madservice

      3.  Eventuelt

      ## Godkendelse af dagsorden

      **Beslutning:**

      Godkendt.

      ## Høring om madservice

      **Sagsnr.:** 30/13307

      **Sagsfremstilling:**

      Kommunen foreslår kølemad to gange om ugen.

      **Beslutning:**

      Rådet afgiver høringssvar.

      ## Eventuelt

      **Beslutning:**

      Intet.
      """
    let m = try read(text, source: "aeldreraadet-2030-08-20.md")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Høring om madservice", "Eventuelt"])
    #expect(m.items.map { $0.caseNumber?.text } == [nil, "30/13307", nil])
  }

  /// `Beslutning    Sagen udsættes til byrådets møde den 27. marts 2030.`: the label in its
  /// column and the decision beside it, not a label of a body called `Sagen udsættes til
  /// byrådet`; and `Beslutning: ...` after a quoted earlier decision's text opens this
  /// meeting's decision.
  @Test func aDecisionBesideItsLabelAndAfterAQuote() throws {
    let m = try read(
      """
      Referat fra Byrådet den 27. februar 2030

      § 24                Spildevandsplan - tillæg 4
                          Sagsnr. 29/22871

      Indstilling         Direktøren indstiller, at tillægget vedtages.

      Beslutning          Sagen udsættes til byrådets møde den 27. marts 2030.

      § 25                Salg af skolen
                          Sagsnr. 29/22872

      Tidligere behandling:
      Økonomiudvalget 15.02.2030, pkt. 121:
      Sagen udsættes. Ejendomscentret indhenter en vurdering.

      Vurderingen ligger på 2,6 mio. kr.

      Beslutning: Sagen udsættes til næste møde.

      § 26                Køb af areal
                          Sagsnr. 29/22873

      Tidligere behandling:
      Økonomiudvalget 15.02.2030, pkt. 122:
      Indstilling: Købet godkendes.
      Beslutning: Anbefales.

      Beslutning: Godkendt.
      """)
    #expect(m.items.map(\.number) == [24, 25, 26])
    // The quote's own labels right under its label stay the quote's.
    #expect(m.items[2].decision.map(\.text) == ["Godkendt."])
    #expect(m.items[2].priorDecisions.first?.text.contains("Anbefales.") == true)
    #expect(m.items[0].decision.map(\.text) == ["Sagen udsættes til byrådets møde den 27. marts 2030."])
    #expect(m.items[0].priorDecisions.isEmpty)
    #expect(m.items[1].priorDecisions.count == 1)
    #expect(m.items[1].decision.map(\.text) == ["Sagen udsættes til næste møde."])
  }

  /// A note tool's Markdown: the decision in a callout (`> [!success] Beslutning` / `> Godkendt.`),
  /// the case number in a table of labels over values, the tasks under `**Opgaver**`.
  @Test func calloutsTablesOfLabelsOverValuesAndTasks() throws {
    let m = try read(
      """
      # Integrationsrådet

      Dato: 12. september 2030

      ## 1. Modtagelse af flygtninge

      | Sagsnr. | Ansvarlig |
      | --- | --- |
      | 30-006621 | Lars Buch |

      Kommunen har fået en kvote.

      > [!note] Beslutning
      > Drøftet.

      **Opgaver**
      - [ ] Yasmin kontakter Dansk Flygtningehjælp

      ## 2. Eventuelt

      > [!info]- Beslutning
      > > Intet.
      """, source: "integrationsraadet-2030-09-12.md")
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items[0].caseNumber?.text == "30-006621")
    #expect(m.items[0].decision.map(\.text).first == "Drøftet.")
    #expect(m.items[0].decision.contains { $0.text.contains("Yasmin kontakter") })
    #expect(m.items[1].decision.map(\.text) == ["Intet."])
  }

  /// A closed item whose label and formula stand on one line (`Beslutning: Godkendt.`) at the end
  /// of a text that goes on with an e-mail's footer: the formula is read, the text is not.
  @Test func aClosedItemsFormulaOnItsLabelsLine() throws {
    let m = try read(
      """
      Referat fra Økonomiudvalget den 26. november 2030

      141. Tilbagekøb af erhvervsgrund
      Lukket punkt
      Journalnr.: 82.01.00-G01-5-30

      Beslutning: Godkendt.

      ------------------------------------------------------------
      Denne e-mail kan indeholde fortrolige oplysninger.
      """)
    let item = try #require(m.items.first)
    #expect(item.isClosed)
    #expect(item.closedFormula == "Godkendt.")
  }

  /// A closed item's decision whose first sentence is the formula and whose next says more (a
  /// name, an errand): the formula is read, the rest is not.
  @Test func aClosedItemsFormulaBeforeMoreText() throws {
    let m = try read(
      """
      Referat fra Handicaprådet den 4. april 2033

      6. Lukket punkt: Henvendelse fra borger om hjælpemidler
      Sagsnr.: 27.24.00-A00-9-33
      Beslutning:
      Rådet tog henvendelsen til efterretning. Sekretæren svarer HEMMELIG borgeren og
      henviser til Borgerrådgiveren.

      7. Eventuelt
      Intet.
      """)
    let item = try #require(m.items.first)
    #expect(item.isClosed)
    #expect(item.closedFormula == "Rådet tog henvendelsen til efterretning.")
    #expect(!m.items.flatMap { $0.sections.flatMap(\.paragraphs) }.contains { $0.text.contains("HEMMELIG") })
  }

  /// Statuses written around a title: `(Åben)` before it, a lock's sign after it, and a
  /// heading's line of facts under the title (`Punkt 58 · Sagsnr. 31/7703 · Åben`); a theme
  /// discussion keeps its word (`Temadrøftelse: ...`).
  @Test func statusesAroundTitlesAndFactsUnderThem() throws {
    let m = try read(
      """
      Referat fra Børne- og Familieudvalget den 23. juni 2031

      Godkendelse af dagsorden
      Punkt 58 · Sagsnr. 31/7703 · Åben
      Beslutning
      Godkendt.

      Temadrøftelse: Dagtilbudsstruktur
      Punkt 59 · Sagsnr. 30/22108 · Åben
      Beslutning
      Drøftet.

      Handicappris 2031 🔒
      Punkt 60 · Sagsnr. 31/5120 · Lukket
      Beslutning
      Godkendt.
      """)
    #expect(m.items.map(\.number) == [58, 59, 60])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Temadrøftelse: Dagtilbudsstruktur", "Handicappris 2031"])
    #expect(m.items.map { $0.caseNumber?.text } == ["31/7703", "30/22108", "31/5120"])
    #expect(m.items.map(\.isClosed) == [false, false, true])
    #expect(ClosedMarker.read(title: "(Åben) Godkendelse af dagsorden").title == "Godkendelse af dagsorden")
    #expect(ClosedMarker.read(title: "Handicappris 2031 🔒") == ("Handicappris 2031", true))
  }

  /// A wiki's Markdown: the agenda as a numbered list, then each item a heading that repeats its
  /// title over its text, the case number in marks of code.
  @Test func aListOfItemsEchoedByHeadings() throws {
    let m = try read(
      """
      # Hoved-MED-udvalget

      **Dato:** 28. august 2031

      **Dagsorden**
      1. Godkendelse af dagsorden
      2. Sygefravær
      3. Eventuelt

      ---

      ### Godkendelse af dagsorden

      Godkendt.

      ### Sygefravær
      `Sagsnr. 81.08.00-G01-2-31`

      Sygefraværet er faldet. Taget til efterretning.

      ### Eventuelt

      Intet.
      """, source: "hoved-med-2031-08-28.md")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Sygefravær", "Eventuelt"])
    #expect(m.items[1].caseNumber?.text == "81.08.00-G01-2-31")
    #expect(m.items[0].decision.map(\.text) == ["Godkendt."])
  }

  /// A laid-out print with each item's case line and status over its heading (`Sagsnr.:
  /// 00.30.14-S00-9-31          Åbent` / `Punkt 142  Titel`): the case is the item's below.
  @Test func aCaseLineWithItsStatusOverTheHeading() throws {
    let m = try read(
      """
      Social- og Sundhedsudvalget
      Referat fra mødet den 2. december 2031

      Sagsnr.: 00.01.00-A00-41-31                                      Åbent
      Punkt 141  Godkendelse af dagsorden

        Beslutning
        Godkendt.


      Sagsnr.: 00.30.14-S00-9-31                                        Åbent
      Punkt 142  Budgetopfølgning 3

        Beslutning
        Taget til efterretning.


      Sagsnr.: 27.20.04-K09-2-31                                        Lukket
      Punkt 143  Klage over afgørelse

        Beslutning
        Godkendt.
      """)
    #expect(m.items.map(\.number) == [141, 142, 143])
    #expect(m.items.map { $0.caseNumber?.text } == ["00.01.00-A00-41-31", "00.30.14-S00-9-31", "27.20.04-K09-2-31"])
    #expect(m.items.map(\.isClosed) == [false, false, true])
  }

  /// Lettered items (`A.` ... `D.`) listed in the agenda and then over their text: the items are
  /// the second run; the header ends at the agenda (its titles' days and places are none of the
  /// meeting's); a title with a colon of its own stays whole.
  @Test func letteredAgendaThenLetteredItems() throws {
    let m = try read(
      """
      Integrationsrådet
      Referat af møde onsdag den 5. november 2031 kl. 17.00
      Sted: Rådhuset, mødelokale 3

      Dagsorden
      A. Godkendelse af dagsorden
      B. Opfølgning på referat fra 10. september 2031
      C. Høring: Integrationspolitik 2032-2035
      D. Eventuelt

      A. Godkendelse af dagsorden
      Beslutning:
      Godkendt.
      B. Opfølgning på referat fra 10. september 2031
      Beslutning:
      Referatet blev godkendt.
      C. Høring: Integrationspolitik 2032-2035
      Sags nr.: 2031-014477
      Beslutning:
      Rådet afgiver høringssvar.
      D. Eventuelt
      Beslutning:
      Intet.
      """)
    #expect(m.date?.description == "2031-11-05")
    #expect(m.items.map(\.number) == [1, 2, 3, 4])
    #expect(m.items.map(\.title)[2] == "Høring: Integrationspolitik 2032-2035")
    #expect(m.items[2].caseNumber?.text == "2031-014477")
    #expect(m.items[0].decision.map(\.text) == ["Godkendt."])
  }

  /// `**Opfølgning:** ...` under the decision: the follow-up it lays down, the decision's.
  @Test func aFollowUpLabelUnderTheDecision() throws {
    let m = try read(
      """
      # Hoved-MED-udvalget

      **Dato:** 28. august 2031

      ## 1. Trivselsmåling

      **Beslutning:** Spørgerammen blev godkendt.

      **Opfølgning:** Camilla Dam sender spørgerammen til formændene i uge 37.
      """, source: "hoved-med-2031-08-28.md")
    #expect(m.items.first?.decision.map(\.text) == ["Spørgerammen blev godkendt.", "Camilla Dam sender spørgerammen til formændene i uge 37."])
  }

  /// The list of items first, then the header's fields, then the items: the fields are read.
  @Test func theHeadersFieldsAfterTheListOfItems() throws {
    let m = try read(
      """
      Ældrerådet

      1. Godkendelse af dagsorden
      2. Budget

      Mødedato: 4. marts 2031 kl. 10.00
      Sted: Rådhuset
      Deltagere: Anne Holm, Bo Dam

      1. Godkendelse af dagsorden
      Beslutning:
      Godkendt.

      2. Budget
      Beslutning:
      Drøftet.
      """)
    #expect(m.date?.description == "2031-03-04")
    #expect(m.location == "Rådhuset")
    #expect(m.attendees == ["Anne Holm", "Bo Dam"])
    #expect(m.items.count == 2)
  }

  /// A Markdown file's front matter: each field on its own, its value without quotes, an
  /// abbreviation of a place's name (`Sct.`) no sentence's end.
  @Test func frontMatterFieldsOneALine() throws {
    let m = try read(
      """
      ---
      title: "Referat – Handicaprådet 4. juni 2031"
      udvalg: Handicaprådet
      dato: 2031-06-04
      tid: "16:30–18:30"
      sted: "Ringsted Rådhus, Sct. Bendts Gade 1, mødelokale 2"
      tags: [handicapråd, referat, 2031]
      ---

      # Handicaprådet – referat

      ## Pkt. 1 – Godkendelse af dagsorden

      **Beslutning:** Godkendt.
      """, source: "handicapraadet-2031-06-04.md")
    #expect(m.location == "Ringsted Rådhus, Sct. Bendts Gade 1, mødelokale 2")
    #expect(m.startTime?.description == "16:30")
    #expect(m.items.count == 1)
  }

  /// A note tool's front matter with a list under a key (`medlemmer:` / `  - "[[Navn]] (V)"`):
  /// the other fields are read as well, the list's entries as the key's value.
  @Test func frontMatterWithAListUnderAKey() throws {
    let m = try read(
      """
      ---
      title: KB-møde 8. december 2041 – referat
      udvalg: "[[Kommunalbestyrelsen]]"
      dato: 2041-12-08
      tid: "17:00"
      medlemmer:
        - "[[Sofie Kjær]] (V), borgmester"
        - "[[Allan Bak]] (A)"
      sted: Byrådssalen, Rådhuset
      ---

      # KB-møde 8. december 2041 – referat

      ## 81. Godkendelse af dagsorden

      **Beslutning**
      Godkendt.
      """, source: "kb-2041-12-08.md")
    #expect(m.startTime?.description == "17:00")
    #expect(m.location == "Byrådssalen, Rådhuset")
    #expect(m.attendees == ["Sofie Kjær", "Allan Bak"])
  }

  /// Minutes sent as a mail: the mail's header (`Fra:` / `Sendt: ... 14:12` / `Til: ...`) is no
  /// meeting's time or members; the meeting's time stands in the text.
  @Test func aMailsHeaderOverMinutes() throws {
    let m = try read(
      """
      Fra: Havnekontoret <havnekontor@example.dk>
      Sendt: 8. oktober 2031 14:12
      Til: Havnebestyrelsen; Bent Tolstrup; Vibeke Larsen; Henrik Kaas
      Emne: Referat bestyrelsesmøde 7/10-2031

      Hermed referat fra havnebestyrelsens møde tirsdag d. 7/10 kl. 19.00 i Havnekontoret.

      Til stede: Bent Tolstrup (formand), Vibeke Larsen.
      Afbud: Henrik Kaas.

      Ad 1) Godkendelse af dagsorden
      Godkendt.

      Ad 2) Eventuelt
      Intet.
      """, source: "havnebestyrelsen-2031-10-07.txt")
    #expect(m.date?.description == "2031-10-07")
    #expect(m.startTime?.description == "19:00")
    #expect(m.attendees == ["Bent Tolstrup", "Vibeke Larsen"])
  }

  /// A lock's sign between a heading's number and its title: the heading is one of the run, and
  /// the item after it is no section of the closed one.
  @Test func aSignBeforeTheTitle() throws {
    let m = try read(
      """
      # Integrationsrådet

      Dato: 29. august 2033

      ## 1. Godkendelse af dagsorden

      **Beslutning:** Godkendt.

      ## 2. 🔒 Lukket: Henvendelse om en borgersag

      **Beslutning:** HEMMELIG Henvendelsen oversendes til Borgerrådgiveren.

      ## 3. Eventuelt

      - Næste møde: 31. oktober 2033.
      """, source: "integrationsraadet-2033-08-29.md")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.isClosed) == [false, true, false])
    #expect(m.items.last?.title == "Eventuelt")
  }

  /// A PDF's text laid out as on the page: the agenda's page numbers in a column at the right
  /// are no part of the titles, and a case number in that column belongs to its heading.
  @Test func columnsAtTheRightOfHeadings() throws {
    let m = try read(
      """
      Referat af skolebestyrelsesmødet den 21. juni 2033

      Dagsorden
          1.   Godkendelse af dagsorden og referat                           1
          2.   Skolens budget 2034 - første drøftelse                        2

      Ad 1. Godkendelse af dagsorden og referat                          Sag SB-33-18
           Dagsorden og referat blev godkendt.

      Ad 2. Skolens budget 2034 - første drøftelse                      Sag SB-33-20
           Bestyrelsen drøftede budgettet.
      """, source: "skolebestyrelsen-2033-06-21.txt")
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden og referat", "Skolens budget 2034 - første drøftelse"])
    #expect(m.items.map { $0.caseNumber?.description ?? "" } == ["SB-33-18", "SB-33-20"])
  }

  /// `Godkendelse af dagsorden (sag 33/3102)`: the case number with a short label in brackets.
  @Test func aLabelledCaseNumberInBrackets() throws {
    let m = try read(
      """
      Referat fra Ældrerådets møde 14. marts 2033

      1) Godkendelse af dagsorden (sag 33/3102)
      Godkendt.

      2) Madservice - ny leverandør fra 1. juni (sag 33/2260)
      Taget til efterretning.

      3) Havnetakster 2034 - første drøftelse (sagsnr. 08.03.00-P20-1-33)
      Drøftet.

      4) Tilgængelighed på stationen (sagsnr. 33-0352)
      Drøftet.
      """, source: "aeldreraadet-2033-03-14.txt")
    #expect(m.items.map(\.title) == [
      "Godkendelse af dagsorden", "Madservice - ny leverandør fra 1. juni", "Havnetakster 2034 - første drøftelse",
      "Tilgængelighed på stationen",
    ])
    #expect(m.items.map { $0.caseNumber?.description ?? "" } == ["33/3102", "33/2260", "08.03.00-P20-1-33", "33-0352"])
  }

  /// An item's facts flattened one cell a line, labels first (`Sagsnr.` / `Sagsbehandler` /
  /// `Åben/lukket`) and their values after: the case number is the item's, the status closes it.
  @Test func factsLabelsOverValues() throws {
    let m = try read(
      """
      Referat fra Social- og Seniorudvalget den 7. februar 2034

      Punkt 6
      Udbud af hjemmepleje - kvalitetskrav
      Sagsnr.
      Sagsbehandler
      Åben/lukket
      27.12.04-G01-2-34
      Jonna Meldgaard
      Åben
      Beslutning
      Punktet udsættes.

      Punkt 7
      Klage over visitation til plejebolig
      Sagsnr.
      Sagsbehandler
      Åben/lukket
      27.20.00-K07-4-34
      Jonna Meldgaard
      Lukket
      Beslutning
      HEMMELIG Taget til efterretning.

      Punkt 8
      Eventuelt
      Beslutning
      Intet.
      """)
    #expect(m.items.map(\.number) == [6, 7, 8])
    #expect(m.items.map { $0.caseNumber?.text ?? "" } == ["27.12.04-G01-2-34", "27.20.00-K07-4-34", ""])
    #expect(m.items.map(\.isClosed) == [false, true, false])
    #expect(m.items[1].title == "Klage over visitation til plejebolig")
    #expect(!m.items.flatMap { $0.sections.flatMap(\.paragraphs) }.contains { $0.text.contains("HEMMELIG") })
  }

  /// A web page's cells set apart by their style only: `Sagsnr.34/14102Lukket` is the case
  /// number and the closed status of the heading above.
  @Test func aStatusGluedToTheCaseNumber() throws {
    let m = try read(
      """
      <html><body>
      <h1>Kultur- og Fritidsudvalget</h1><p>Referat af mødet 22. august 2034</p>
      <h3>6. Haltider</h3>
      <div><span>Sagsnr.</span><span>34/09377</span><span>Åben</span></div>
      <h4>Beslutning</h4><p>Godkendt.</p>
      <h3>7. Forpagtning af cafeteria</h3>
      <div><span>Sagsnr.</span><span>34/14102</span><span>Lukket</span></div>
      <h4>Beslutning</h4><p>HEMMELIG Godkendt.</p>
      <h3>8. Eventuelt</h3>
      <h4>Beslutning</h4><p>Intet.</p>
      </body></html>
      """, source: "kultur-og-fritidsudvalget-2034-08-22.html")
    #expect(m.items.map(\.number) == [6, 7, 8])
    #expect(m.items.map { $0.caseNumber?.text ?? "" } == ["34/09377", "34/14102", ""])
    #expect(m.items.map(\.isClosed) == [false, true, false])
    #expect(m.items[1].title == "Forpagtning af cafeteria")
  }

  /// A saved page's menu of the council's bodies under the word `Udvalg` is no committee's
  /// label: the committee is the page's own.
  @Test func aMenuOfBodiesUnderTheCommitteeWord() throws {
    let m = try read(
      """
      <html><head><title>Referat - Velfærds- og Sundhedsudvalget - 15.05.2034</title></head><body>
      <nav><p>Udvalg</p><p>Byrådet</p><p>Økonomiudvalget</p><p>Velfærds- og Sundhedsudvalget</p></nav>
      <div><p>Udvalg</p><ul><li>Byrådet</li><li>Økonomiudvalget</li><li>Velfærds- og Sundhedsudvalget</li></ul></div>
      <h1>Velfærds- og Sundhedsudvalget</h1><p>Referat</p><p>Dato: 15.05.2034 kl. 15.00</p>
      <h3>1. Godkendelse af dagsorden</h3><h4>Beslutning</h4><p>Godkendt.</p>
      <h3>2. Eventuelt</h3><h4>Beslutning</h4><p>Intet.</p>
      </body></html>
      """, source: "side.html")
    #expect(m.committee == "Velfærds- og Sundhedsudvalget")
  }

  /// Labels in capitals: `BORGERREPRÆSENTATIONENS BESLUTNING` is the meeting's decision, and
  /// `ØKONOMIUDVALGETS BESLUTNING I MØDET DEN 16. AUGUST 2032` a quoted decision of another body.
  /// A line of capitals and digits alone (`A 1234 5678`) is no label, and reading it ends.
  @Test func decisionLabelsInCapitals() throws {
    let m = try read(
      """
      Beslutningsprotokol for Borgerrepræsentationens møde torsdag den 26. august 2032 kl. 17.30

      2. Renovering af Knippelsbro - anlægsbevilling (2032-0038822)

      INDSTILLING
      Teknik- og Miljøudvalget og Økonomiudvalget indstiller, at anlægsbevillingen godkendes.

      ØKONOMIUDVALGETS BESLUTNING I MØDET DEN 16. AUGUST 2032
      Indstillingen blev anbefalet uden afstemning.

      BORGERREPRÆSENTATIONENS BESLUTNING
      Indstillingen blev godkendt.
      A 1234 5678

      3. Eventuelt
      Intet.
      """)
    let item = try #require(m.items.first)
    #expect(item.decision.map(\.text).first?.hasPrefix("Indstillingen blev godkendt.") == true)
    #expect(item.priorDecisions.map { $0.date?.description ?? "" } == ["2032-08-16"])
    #expect(item.priorDecisions.first?.body == "Økonomiudvalget")
    #expect(DecisionLabel.read("A 1234 5678", reference: nil) == nil)
  }

  /// An earlier decision quoted under a body's initials, its day and item (`RHMU 2. marts 2033,
  /// pkt. 6: Udsat. ...`); initials without an item's number are no label.
  @Test func aQuotedDecisionUnderTheBodysInitials() throws {
    let m = try read(
      """
      # Regionshoved-MEDudvalget

      Referat af mødet 13. juni 2033

      ## 3. Retningslinje for hjemmearbejde - revision

      **Tidligere behandling:**

      > RHMU 2. marts 2033, pkt. 6: Udsat. HR udarbejder et revideret udkast.

      **Beslutning:** Godkendt.
      """, source: "rhmu-2033-06-13.md")
    let item = try #require(m.items.first)
    #expect(item.priorDecisions.map { $0.date?.description ?? "" } == ["2033-03-02"])
    #expect(item.priorDecisions.first?.itemNumber == 6)
    #expect(DecisionLabel.read("EU 2. marts 2033: Nyt direktiv.", reference: nil) == nil)
  }

  /// Where the meeting was, in the forms a mail, a note tool and a pandoc table write it.
  @Test(arguments: [
    // A mail: its greeting is no place; the minutes' own line with the day and time is.
    ("""
      Fra: Maja Ploug <maja@example.dk>
      Emne: Referat - Børne- og Ungeudvalget 8. marts 2034

      Kære alle

      Hermed referatet.

      REFERAT

      Børne- og Ungeudvalget
      Onsdag den 8. marts 2034 kl. 15.30-18.00
      Mødelokale Røsnæs, Kalundborg Rådhus

      1. Eventuelt
      Intet.
      """, "Mødelokale Røsnæs, Kalundborg Rådhus"),
    // A sentence that tells where.
    ("""
      Teknik- og Klimaudvalget
      Referat af mødet 18. april 2034 kl. 16.00
      Mødet blev holdt i Mødelokale 1.08, Haderslev Rådhus.

      1. Eventuelt
      Intet.
      """, "Mødelokale 1.08, Haderslev Rådhus"),
    // A label's value wrapped after its comma.
    ("""
      Børne- og Ungeudvalget
      Dato: Onsdag den 12. april 2034
      Sted: Mødelokale Røsnæs, Kalundborg Rådhus,
      Kalundborg

      1. Eventuelt
      Intet.
      """, "Mødelokale Røsnæs, Kalundborg Rådhus, Kalundborg"),
    // A note tool's signs.
    ("""
      # Ældreudvalget

      📅 Tirsdag 28.11.2034 · 🕑 kl. 14.00–16.45 · 📍 Mødelokale 2, Skive Rådhus

      ## 1. Eventuelt
      Intet.
      """, "Mødelokale 2, Skive Rådhus"),
  ])
  func placesOfMailsNotesAndTables(_ c: (String, String)) throws {
    let m = try read(c.0, source: "udvalget-2034.md")
    #expect(m.location == c.1)
  }

  /// A municipality's name over the document's kind and the body's name under it: the body is
  /// the committee, and its decision's label with this meeting's day is this meeting's.
  @Test func theMunicipalityOverTheBodysName() throws {
    let m = try read(
      """
      Holstebro Kommune
      Referat
      Bestyrelsen for Holstebro Museum
      Mødedato: 26-10-2033 kl. 16.00

      1.
      Godkendelse af dagsorden
      Sagsnr.: 20.00.00-A00-14-33
      Beslutning Bestyrelsen for Holstebro Museum den 26-10-2033
      Godkendt.
      """)
    #expect(m.committee == "Bestyrelsen for Holstebro Museum")
    #expect(m.items.first?.decision.map(\.text) == ["Godkendt."])
  }

  /// A wiki page's case line under the case system's name (`SBSYS: [81.00.00-A00-14-35](...)`),
  /// and the committee's own earlier minutes quoted by their day and item (`Fra referatet af
  /// mødet den 20. februar 2035, pkt. 5:`).
  @Test func aCaseSystemsLabelAndOwnMinutesQuoted() throws {
    let m = try read(
      """
      # Hoved-MED 4. december 2035

      ## 2. Trivselsmåling 2035 – resultater

      SBSYS: [81.00.00-A00-14-35](https://sbsys.example/sag/81.00.00-A00-14-35)

      Fra referatet af mødet den 20. februar 2035, pkt. 5:
      "Udsat, til der foreligger besøgstal."

      **Beslutning:** Taget til efterretning.
      """, source: "hoved-med-2035-12-04.md")
    let item = try #require(m.items.first)
    #expect(item.caseNumber?.text == "81.00.00-A00-14-35")
    #expect(item.priorDecisions.map { $0.date?.description ?? "" } == ["2035-02-20"])
    #expect(item.priorDecisions.first?.itemNumber == 5)
  }

  /// A page copied from a browser: the decision's label with the body's name and no colon on a
  /// line of its own (`Regionsrådets beslutning`), the site's buttons under each item (`Del
  /// punkt`, `Vis bilag`) none of its text.
  @Test func aBodysDecisionLabelWithoutItsColonAndTheSitesButtons() throws {
    let m = try read(
      """
      Regionsrådet
      Referat
      Mødedato: 25. februar 2041
      Udvid alle
      3. Akutklinik - ny åbningstid
      Sagsnr.: 1-30-76-12-40
      Åben sag
      Resumé
      Klinikken har i dag åbent hele døgnet.
      Forretningsudvalgets beslutning den 10. februar 2041
      Indstillingen anbefales.
      Regionsrådets beslutning
      Indstillingen blev godkendt.
      Del punkt
      Vis bilag
      4. Busrute 912X
      Sagsnr.: 1-35-12-4-41
      Åben sag
      Regionsrådets beslutning
      Sagen udsættes til næste møde.
      Del punkt
      """, source: "regionsraadet-2041-02-25.txt")
    #expect(m.items.count == 2)
    #expect(m.items.first?.decision.map(\.text) == ["Indstillingen blev godkendt."])
    #expect(m.items.first?.priorDecisions.map(\.body) == ["Forretningsudvalget"])
    #expect(m.items.last?.decision.map(\.text) == ["Sagen udsættes til næste møde."])
    // A sentence that wraps before the body's decision is no label.
    #expect(DecisionLabel.read("Sagen afventer Byrådets beslutning", reference: nil) == nil)
  }

  /// A wiki's headings with their attributes (`{#punkt-1}`, `{.lukket}`): the title without them.
  @Test func aHeadingsAttributesAreNoWordsOfItsTitle() throws {
    let m = try read(
      """
      # Kommunalbestyrelsen 12. november 2041

      ## Punkt 1 – Godkendelse af dagsorden {#punkt-1}

      **Beslutning:** Godkendt.

      ## Punkt 2 – Færgebetjening 2042 {#punkt-2 .vigtig}

      **Beslutning:** Godkendt.

      ## Punkt 3 – Budget {2042}

      **Beslutning:** Godkendt.
      """, source: "kommunalbestyrelsen-2041-11-12.md")
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Færgebetjening 2042", "Budget {2042}"])
  }

  /// A closed item's status under the heading's lines of facts (`Sagsnr.:` / `Sagsbehandler:` /
  /// `Lukket punkt`) closes that item instead of opening one of its own; its formula is read
  /// over the page's running foot under it (`Økonomiudvalget, 11-03-2041  Side 7`), which looks
  /// like a label.
  @Test func aClosedStatusUnderTheFactsAndAFootUnderTheFormula() throws {
    let m = try read(
      """
      Referat fra Økonomiudvalget den 11. marts 2041

      47. Godkendelse af regnskab
      Sagsnr.: 41/03010
      Sagsbehandler: Ole Bruun
      Beslutning
      Godkendt.
      48. Køb af ejendom, Søgade 12
      Sagsnr.: 41/03011
      Sagsbehandler: Ole Bruun
      Lukket punkt
      Beslutning
      Godkendt.
      Fraværende: Jens Ulk (C)



      Økonomiudvalget, 11-03-2041                                     Side 7
      """)
    #expect(m.items.map(\.number) == [47, 48])
    let closed = try #require(m.items.last)
    #expect(closed.isClosed)
    #expect(closed.closedFormula == "Godkendt.")
    #expect(m.items.first?.isClosed == false)
  }

  /// A laid-out page's heading with its status in a right column (`7.   Medlemsforslag ... i
  /// Åben sag`), its title wrapped onto the next line: the gap before the status is no line
  /// break that would end the title, where the status repeats at every page's top and goes.
  @Test func aWrappedTitleBesideItsStatusColumnAtAPagesTop() throws {
    let page = { (n: Int, title: String, more: String) in
      "\u{0C}\(n).       \(title)           Åben sag\n\(more)\nSagsnr.: 28.09.00-A00-\(n)-41                  Sagsansvarlig: Ole Bak\n\nBeslutning i Økonomiudvalget den 14-01-2041\nGodkendt.\n\n\nØkonomiudvalget 14-01-2041                                            Side \(n) af 4\n"
    }
    let text = "Økonomiudvalget\nReferat af mødet 14. januar 2041\n\n"
      + page(1, "Godkendelse af dagsorden                                     ", "")
      + page(2, "Medlemsforslag fra Karen Lund (SF) om gratis frugt i", "         SFO'erne\n")
      + page(3, "Meddelelser                                                  ", "")
    let m = try read(text)
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Medlemsforslag fra Karen Lund (SF) om gratis frugt i SFO'erne", "Meddelelser"])
    #expect(m.items.map { $0.caseNumber?.text ?? "" } == ["28.09.00-A00-1-41", "28.09.00-A00-2-41", "28.09.00-A00-3-41"])
  }

  /// A title wrapped before its last word, which alone is a section's word in lower case
  /// (`... - endelig` / `vedtagelse`): the title's, and the case number under it is the item's.
  @Test func aTitlesLastWordThatIsASectionsWord() throws {
    let m = try read(
      """
      Kommunalbestyrelsen
      Referat af mødet 27. marts 2041

      Punkt nr. 36 - Lokalplan 412 for sommerhuse ved Strandvejen - endelig
      vedtagelse
      Sagsnr.: 41/9977
      Sagsfremstilling
      Planen har været i høring.
      Beslutning
      Godkendt.
      Punkt nr. 37 - Skolestruktur
      Sagsnr.: 41/9978
      Vedtagelse
      Godkendt.
      """)
    #expect(m.items.map(\.title) == ["Lokalplan 412 for sommerhuse ved Strandvejen - endelig vedtagelse", "Skolestruktur"])
    #expect(m.items.first?.caseNumber?.text == "41/9977")
    #expect(m.items.last?.decision.map(\.text) == ["Godkendt."])
  }

  /// Items that each open a page, their facts in a column of labels without colons (`Sagsnr.
  /// 36/1120`): the case line at every page's top is the item's, not a running header whose
  /// page number differs (a case number is no `2/14`).
  @Test func aCaseLineAtEveryPagesTopIsNoRunningHeader() throws {
    var text = "Social- og Sundhedsudvalget\nReferat af mødet 20. august 2041\n"
    for (n, c) in [(44, "41/1120"), (45, "41/3894"), (46, "41/0412"), (47, "41/2271")] {
      text += "\n   Social- og Sundhedsudvalget | 20-08-2041        Side \(n - 42) af 6\n\u{0C}\n"
      text += "   Punkt \(n)          Sag nummer \(n)\n   Sagsnr.           \(c)\n   Sagsbehandler     Rikke Vang\n\n   Beslutning        Godkendt.\n"
    }
    let m = try read(text)
    #expect(m.items.map { $0.caseNumber?.text ?? "" } == ["41/1120", "41/3894", "41/0412", "41/2271"])
    #expect(PageFurniture.shape("Sagsnr. 41/1120") == "Sagsnr. 41/1120")
    #expect(PageFurniture.shape("Økonomiudvalget 2/14") == "Økonomiudvalget")
  }

  /// The committee's own earlier minutes quoted by their day alone (`Fra referatet 18.01.2041,
  /// pkt. 3:`) and with the quote on the label's line (`Fra mødet 8. marts (pkt. 6): "Sagen
  /// udsat. ..."`); a meeting with others (`Fra mødet med borgerne:`) is none.
  @Test func ownMinutesQuotedByTheirDayAlone() throws {
    let m = try read(
      """
      Havnebestyrelsen
      Referat af mødet 12. april 2041

      3. Passagertal
      Fra referatet 18.01.2041, pkt. 3:
      Udsat, indtil færgefarten har sendt passagertal.
      Tallene er kommet. Godkendt.

      4. Ny flydebro
      Fra mødet 8. marts (pkt. 6): "Sagen udsat. Havnefogeden indhenter to tilbud."
      Der er nu to tilbud. Godkendt.

      5. Stier
      Fra mødet med borgerne: mange spørgsmål om stierne.
      Drøftet.
      """, source: "havnebestyrelsen-2041-04-12.txt")
    #expect(m.items.map { $0.priorDecisions.map { ($0.date?.description ?? "") + "/" + String($0.itemNumber ?? 0) } } == [
      ["2041-01-18/3"], ["2041-03-08/6"], [],
    ])
  }

  /// Minutes sent in a mail whose first lines tell of them in sentences (`Hermed referat fra
  /// mødet i går. Evt. rettelser til mig senest fredag, ...`): those are no title; the body's
  /// name comes from the minutes' own title under them.
  @Test func aMailsSentencesAboutTheMinutesAreNoTitle() throws {
    let m = try read(
      """
      Fra: Niels Rask <nrask@example.dk>
      Sendt: 13. april 2041 08:57
      Til: Marianne Holm <mholm@example.dk>; Søren Vang <svang@example.dk>
      Emne: Referat 12.04.41

      Hej alle

      Hermed referat fra mødet i går. Evt. rettelser til mig senest fredag, så sender jeg det videre til udvalget.

      ------------------------------------------------------------
      HAVNEBESTYRELSEN FOR NORDBY KOMMUNES HAVNE
      Referat af møde tirsdag den 12. april 2041 kl. 16.30
      Sted: havnekontoret
      ------------------------------------------------------------

      1. Eventuelt
      Intet.
      """, source: "havnebestyrelsen-2041-04-12.txt")
    #expect(m.committee == "Havnebestyrelsen")
  }

  /// Items numbered through the year with the year after a slash (`112/2031   Godkendelse af
  /// dagsorden`), each with a case line whose label is capitalised and whose number reads like
  /// a page of pages (`J.nr. 31/127`): the items by their numbers, the lines their case numbers.
  @Test func itemsNumberedThroughTheYearAndShortCaseNumbers() throws {
    let m = try read(
      """
      Referat af Byrådets møde 25.08.2031

      112/2031   Godkendelse af dagsorden

                Beslutning
                Godkendt.

      113/2031   Budget 2032

                J.nr. 31/127

                Beslutning
                Godkendt.

      114/2031   Renovering af svømmehallen

                J.nr. 30/455

                Beslutning
                Godkendt.
      """)
    #expect(m.items.map(\.number) == [112, 113, 114])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Budget 2032", "Renovering af svømmehallen"])
    #expect(m.items.map { $0.caseNumber?.text } == [nil, "31/127", "30/455"])
  }

  /// A case number under a label alone on its line (`JOURNALNUMMER` / `31004417`, a page's
  /// `<br>` between them) closing each item, the last item (`Eventuelt`) without one; a
  /// region's number of four groups joined by hyphens (`1-15-2-31`) alone on the line under a
  /// heading.
  @Test func caseNumbersUnderTheirLabelClosingEachItem() throws {
    let m = try read(
      """
      Referat af Forretningsudvalgets møde 18. november 2031

      1. Godkendelse af dagsorden

      Godkendt.

      2. Økonomirapport

      Taget til efterretning.

      JOURNALNUMMER
      31004417

      3. Akuttelefonen

      Sagen udsættes.

      JOURNALNUMMER
      31004418

      4. Eventuelt

      Intet.
      """)
    #expect(m.items.map { $0.caseNumber?.text } == [nil, "31004417", "31004418", nil])
    let region = try read(
      """
      Referat af Forretningsudvalgets møde 13. maj 2031

      4. Praksisplan
      1-30-74-2-31
      Beslutning
      Godkendt.

      5. Busbudget
      1-15-2-31
      Beslutning
      Godkendt.
      """)
    #expect(region.items.map { $0.caseNumber?.text } == ["1-30-74-2-31", "1-15-2-31"])
  }

  /// A council's protocol whose items open with the case word, the number and the title
  /// without a mark between (`Sag 14 Godkendelse af dagsorden`), listed so in its contents
  /// first; a list of closed cases under a heading (`Sag nr. 31  Udbud af kørsel`) opens none.
  @Test func itemsOpenedByTheCaseWordAndTheirNumber() throws {
    let m = try read(
      """
      Beslutningsprotokol
      Kommunalbestyrelsen
      Mødedato: 23.02.2031

      Indholdsfortegnelse
      Sag 14 Godkendelse af dagsorden
      Sag 15 Ejendomsstrategi 2031-2034
      Sag 16 Sager behandlet på lukket møde

      Sag 14 Godkendelse af dagsorden
      Sagsnr.:00.01.00-A00-2-31
      Beslutning i Kommunalbestyrelsen den 23-02-2031:
      Dagsordenen blev godkendt.

      Sag 15 Ejendomsstrategi 2031-2034
      Sagsnr.:82.00.00-P22-1-30
      Beslutning i Kommunalbestyrelsen den 23-02-2031:
      Godkendt.

      Sag 16 Sager behandlet på lukket møde
      Sag nr. 31  Udbud af kørsel
      Sag nr. 32  Forundersøgelse af svømmehal
      """)
    #expect(m.items.map(\.number) == [14, 15, 16])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Ejendomsstrategi 2031-2034", "Sager behandlet på lukket møde"])
  }
}
