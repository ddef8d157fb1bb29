import MinutesCore
import Testing

/// A closed item's text is never in the model unless asked for, whatever way the minutes mark it.
@Suite struct ClosedMarkerTests {
  /// The closed item's heading (and what stands under it) in each way councils write it.
  static let variants: [String] = [
    "Punkt 5: Lukket: Salg af grund",
    "Punkt 5: Lukket punkt - Salg af grund",
    "Punkt 5: [Lukket] Salg af grund",
    "Punkt 5: (Lukket) Salg af grund",
    "Punkt 5: Salg af grund - Lukket",
    "Punkt 5: Salg af grund – Lukket punkt",
    "Punkt 5: Salg af grund (Lukket møde)",
    "Punkt 5: Salg af grund [Lukket]",
    "Punkt 5: Fortroligt: Salg af grund",
    "Punkt 5: LUKKET PUNKT: Salg af grund",
    "[Lukket] Punkt 5: Salg af grund",
    "(Lukket) Punkt 5: Salg af grund",
    "Lukket: Punkt 5: Salg af grund",
    "5. Lukket: Salg af grund",
    "5. Salg af grund (Lukket)",
    "Lukket: Salg af grund",
    "Punkt 5: Salg af grund\n\nLukket punkt",
    "Punkt 5: Salg af grund\n\nSagsnr.: 24/999 Lukket sag",
    "Punkt 5: Salg af grund\n\nLukket - 00.01.00A04 - 2024/999",
    "Punkt 5: Salg af grund (ikke offentlig)",
    "Punkt 5: Ikke offentligt punkt: Salg af grund",
    "Punkt 5: Salg af grund\n\nBehandles på lukket møde.",
    "Lukket punkt\n\nPunkt 5: Salg af grund",
    // The status under the heading's case line (SBSYS), leftovers of the marker in the title.
    "Punkt 5: Salg af grund\n\nSagsnr.: 24/999\n\nLukket punkt",
    "Punkt 5 (Lukket): Salg af grund",
    "Punkt 5: Lukket dagsordenspunkt: Salg af grund",
    "Punkt 5: Lukket punkt nr. 5: Salg af grund",
    // Labels over their values (an eDoc form flattened): the status is the value of `Sagstype`.
    "Punkt 5: Salg af grund\nSagsnummer\nEMN-2024-00999\nSagstype\nLukket sag",
    "Punkt 5: Salg af grund\n\nStatus:\nLukket punkt",
    // A wiki's lock by its short name; a note of the status under the heading, its words after
    // the marker in lower case.
    "Punkt 5: Salg af grund :lock:",
    "Punkt 5: Salg af grund\n\nLukket punkt - referatet ligger i sagssystemet.",
  ]

  static func document(_ closed: String) -> String {
    """
    Referat fra Økonomiudvalget den 3. marts 2024

    Punkt 4: Budget

    Sagsnr.: 24/100

    Beslutning

    Godkendt.

    \(closed)

    Sagsfremstilling

    HEMMELIG køber Jens Hansen tilbyder 2 mio. kr.

    Beslutning

    HEMMELIG: Kommunaldirektøren forhandler videre med køberen og sender kontrakten inden 1. april 2024.

    Punkt 6: Eventuelt

    Sagsnr.: 24/102

    Beslutning

    Intet.
    """
  }

  func everyText(_ m: Meeting) -> [String] {
    var out: [String] = []
    for item in m.items {
      out.append(item.title)
      for s in item.sections { out += s.paragraphs.map(\.text) }
      for q in item.priorDecisions { out += q.paragraphs.map(\.text) }
      out += item.participants.map(\.name)
      out += item.recommendation?.points ?? []
    }
    return out
  }

  /// `Lukket dagsorden` over the items of the closed part closes every one of them, up to an
  /// open part (`Åben dagsorden`); the line is no item of its own.
  @Test func aClosedPartClosesTheItemsUnderIt() throws {
    let text = """
      Referat af bestyrelsesmøde tirsdag den 5. marts 2024

      1. Godkendelse af dagsorden
      Godkendt.

      2. Budget
      Beslutning:
      Godkendt.

      Lukket dagsorden

      3. Personalesag
      Beslutning:
      HEMMELIG Medarbejderen afskediges.

      4. Salg af grund
      HEMMELIG køber tilbyder 2 mio. kr.

      Åben dagsorden

      5. Eventuelt
      Intet.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "bestyrelsen-2024-03-05.txt")
    #expect(m.items.map(\.number) == [1, 2, 3, 4, 5])
    #expect(m.items.map(\.isClosed) == [false, false, true, true, false])
    #expect(!everyText(m).contains { $0.contains("HEMMELIG") })
  }

  /// The heading of the closed part in the words councils use, over the items of it.
  @Test(arguments: ["Lukkede punkter", "LUKKEDE PUNKTER:", "Lukkede sager", "Fortrolige punkter", "Punkter behandlet for lukkede døre", "Ikke offentlige punkter"])
  func aClosedPartInOtherWords(_ divider: String) throws {
    let text = """
      Referat af Økonomiudvalgets møde den 3. marts 2021

      1. Godkendelse af dagsorden
      Sagsnr.: 21/1
      Beslutning
      Godkendt.

      \(divider)

      2. Personalesag
      Sagsnr.: 21/2
      Sagsfremstilling
      HEMMELIG ny løn 1.080.000 kr.
      Beslutning
      Godkendt.

      3. Ejendomssalg
      Sagsnr.: 21/3
      Beslutning
      HEMMELIG Grunden sælges.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "oekonomiudvalget-2021-03-03.txt")
    #expect(m.items.map(\.number) == [1, 2, 3], "\(divider)")
    #expect(m.items.map(\.isClosed) == [false, true, true], "\(divider)")
    #expect(!everyText(m).contains { $0.contains("HEMMELIG") }, "\(divider)")
  }

  /// A numbered list in a closed item (the offers received) is the item's text: its last line is
  /// no item that would show the closed decision, and the next item is read.
  @Test func aNumberedListInAClosedItemStaysInIt() throws {
    let text = """
      Referat af Økonomiudvalgets møde den 3. marts 2021

      1. Godkendelse af dagsorden
      Sagsnr.: 21/1

      Beslutning
      Godkendt.

      2. Lukket punkt: Udbud af rengøring
      Sagsnr.: 21/2

      Sagsfremstilling
      Der er modtaget følgende tilbud:
      1. HEMMELIG Facility: 4.100.000 kr.
      2. HEMMELIG Rengøring: 3.870.000 kr.
      3. HEMMELIG Miljø ved direktør Bo Dal: 3.990.000 kr.

      Beslutning
      HEMMELIG Rengøring tildeles kontrakten.

      3. Meddelelser
      Sagsnr.: 21/3

      Beslutning
      Taget til efterretning.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "oekonomiudvalget-2021-03-03.txt")
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Udbud af rengøring", "Meddelelser"])
    #expect(m.items.map(\.isClosed) == [false, true, false])
    #expect(m.items.last?.caseNumber?.text == "21/3")
    #expect(!everyText(m).contains { $0.contains("HEMMELIG") })
  }

  /// Lines in a closed item's text that open like headings (`Punkt 4: Kommunen køber ...`) are
  /// its text where every item's heading has its case number under it.
  @Test func headingLikeLinesInAClosedItemStayInIt() throws {
    let text = """
      Referat af Økonomiudvalgets møde den 3. marts 2021

      Punkt 1: Godkendelse af dagsorden
      Sagsnr.: 21/1

      Beslutning
      Godkendt.

      Punkt 2: Lukket punkt: Forhandlinger med mejeriet
      Sagsnr.: 21/2

      Sagsfremstilling
      Forhandlingerne vedrører følgende:
      Punkt 3: HEMMELIG Mejeriet lukker, og 140 ansatte afskediges.
      Punkt 4: HEMMELIG Kommunen køber grunden for 12.000.000 kr.

      Beslutning
      Taget til efterretning.

      Punkt 3: Meddelelser
      Sagsnr.: 21/3

      Beslutning
      Taget til efterretning.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "oekonomiudvalget-2021-03-03.txt")
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Forhandlinger med mejeriet", "Meddelelser"])
    #expect(!everyText(m).contains { $0.contains("HEMMELIG") })
  }

  /// A closing told in the past at the end of an item's decision is that item's, not the next's.
  @Test func aClosingToldInThePastIsTheItemsOwn() throws {
    let text = """
      Referat af Økonomiudvalgets møde den 21. oktober 2024

      1. Salg af grund
      Beslutning
      Sagen blev behandlet for lukkede døre. Godkendt.

      2. Takster
      Beslutning
      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "oekonomiudvalget-2024-10-21.txt")
    #expect(m.items.map(\.isClosed) == [true, false])
    #expect(m.items[1].decision.map(\.text) == ["Godkendt."])
  }

  /// The contents mark an item closed that its heading does not: the item is closed.
  @Test func aClosedMarkInTheContentsClosesTheItem() throws {
    let text = """
      Referat af Økonomiudvalgets møde den 3. marts 2021

      Indholdsfortegnelse
      1. Godkendelse af dagsorden ........ 1
      2. Lukket punkt: Salg af Tværvej 3 ........ 2
      3. Meddelelser ........ 3

      1. Godkendelse af dagsorden
      Sagsnr.: 21/1
      Beslutning
      Godkendt.

      2. Salg af Tværvej 3
      Sagsnr.: 21/2
      Sagsfremstilling
      HEMMELIG køber betaler 1.325.000 kr.
      Beslutning
      Godkendt.

      3. Meddelelser
      Sagsnr.: 21/3
      Beslutning
      Taget til efterretning.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "oekonomiudvalget-2021-03-03.txt")
    #expect(m.items.map(\.isClosed) == [false, true, false])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Salg af Tværvej 3", "Meddelelser"])
    #expect(!everyText(m).contains { $0.contains("HEMMELIG") })
  }

  @Test(arguments: variants)
  func closedTextIsNotRead(_ heading: String) throws {
    let m = try MinutesParser.parse(bytes: Array(ClosedMarkerTests.document(heading).utf8), source: "t.txt")
    #expect(!everyText(m).contains { $0.contains("HEMMELIG") }, "\(heading)")
    let closed = m.items.filter(\.isClosed)
    #expect(closed.count == 1, "\(heading)")
    #expect(closed.first?.number == 5, "\(heading)")
    #expect(closed.first?.title == "Salg af grund", "\(heading)")
    #expect(closed.first?.isRedacted == true)
    // The items around it are read as usual.
    #expect(m.items.first { $0.number == 4 }?.decision.map(\.text) == ["Godkendt."])
    #expect(m.items.first { $0.number == 6 }?.decision.map(\.text) == ["Intet."])
  }

  @Test(arguments: variants)
  func closedTextIsReadWhenAskedFor(_ heading: String) throws {
    let m = try MinutesParser.parse(
      bytes: Array(ClosedMarkerTests.document(heading).utf8), source: "t.txt",
      options: ParseOptions(includeClosed: true))
    let first = m.items.first(where: \.isClosed)
    let closed = try #require(first, "\(heading)")
    #expect(closed.isRedacted == false)
    #expect(closed.decision.contains { $0.text.contains("HEMMELIG") }, "\(heading)")
  }

  @Test func aClosedFirstItemInAnotherFormIsNotReadEither() throws {
    let text = """
      Referat fra Økonomiudvalget den 3. marts 2024

      Indholdsfortegnelse
      Lukket: Personalesag
      Budget

      Lukket: Personalesag

      Sagsfremstilling

      HEMMELIG tekst.

      Punkt 2: Budget

      Sagsnr.: 24/1

      Beslutning

      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "t.txt")
    #expect(m.items.map(\.number) == [1, 2])
    #expect(m.items.map(\.isClosed) == [true, false])
    #expect(!everyText(m).contains { $0.contains("HEMMELIG") })
  }

  @Test(arguments: ["Lukket punkt: Salg af ejendom", "Salg af ejendom (Lukket)", "Fortroligt: Salg af ejendom"])
  func aClosedItemAmongItemsWithoutHeadings(_ marker: String) throws {
    // No heading form at all (each item read from its decision label): the closed item's
    // decision stays closed, not an open item of its own.
    let text = """
      Kommunalbestyrelse 28. Februar 2019 kl. 10.00

      Emne Godkendelse af dagsorden

      Beslutning:

      Dagsordenen blev godkendt.

      \(marker)

      Beslutning:

      HEMMELIG: ejendommen sælges.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "kommunalbestyrelse-2019-02-28.txt")
    #expect(m.items.map(\.isClosed) == [false, true], "\(marker)")
    #expect(!everyText(m).contains { $0.contains("HEMMELIG") }, "\(marker)")
  }

  @Test func aClosedHeadingRightUnderAListOrALongTitleIsNoWrappedLine() throws {
    // Lines that go on with the line above (a wrapped list item, a wrapped title) never take a
    // closed heading with them.
    let text = """
      Referat fra Økonomiudvalget den 3. marts 2024

      Punkt 1: Orientering om status på de mange anlægsprojekter i kommunens midtby

      Beslutning

       • Orienteringen blev taget til efterretning og udvalget ønsker en
      Lukket: Personalesag

      HEMMELIG tekst.

      Punkt 3: Budget for kommunens fremtidige vedligehold af alle veje og stier
      Lukket punkt: Salg af grund

      HEMMELIG pris.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "t.txt")
    #expect(!everyText(m).contains { $0.contains("HEMMELIG") })
    #expect(m.items.filter(\.isClosed).count == 2)
  }

  @Test func wordsThatOnlyLookClosedDoNotClose() throws {
    for heading in ["Punkt 5: Lukketid på genbrugspladsen", "Punkt 5: Åbenrå Kommunes samarbejde", "Punkt 5: Åbent hus på rådhuset"] {
      let m = try MinutesParser.parse(bytes: Array(ClosedMarkerTests.document(heading).utf8), source: "t.txt")
      #expect(m.items.allSatisfy { !$0.isClosed }, "\(heading)")
    }
  }

  @Test func aClosedMarkerDeepInAnItemClosesFromThere() throws {
    // A closed heading the reader cannot number in the document's form: what follows it is
    // treated as closed, and check says so.
    let text = ClosedMarkerTests.document("Punkt 5: Salg af grund")
      .replacing("Punkt 5: Salg af grund", with: "Lukket sag\n\nSalg af grund")
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "t.txt")
    #expect(!everyText(m).contains { $0.contains("HEMMELIG") })
    #expect(m.findings.contains { $0.code == "closed-marker-outside-heading-form" })
  }

  @Test func aClosedMarkerAConverterWrappedStillCloses() throws {
    // A heading wrapped before its marker (`... borgmesteren og` / `udvalgsformændene
    // (Lukket)`) is one closed item, not an open one and a closed one; a note that closes the
    // item, wrapped over two lines or run into the list above it without a full stop, still
    // closes the item whose decision follows it.
    let heading = try MinutesParser.parse(
      bytes: Array(
        """
        Dato: Onsdag den 29. maj 2019 Tid: Kl. 17:30
        Udvalg: Kommunalbestyrelsen
          • Punkt 1 Godkendelse af dagsorden

            Beslutning

            Godkendt.

          • Punkt 2 Beretning fra borgmesteren og
        udvalgsformændene (Lukket)

            Beslutning

            HEMMELIG beretning.

          • Punkt 3 Forespørgsler fra medlemmerne

            Beslutning

            Ingen.
        """.utf8), source: "kommunalbestyrelsen-2019-05-29.txt")
    #expect(heading.items.map(\.number) == [1, 2, 3])
    #expect(heading.items.map(\.isClosed) == [false, true, false])
    #expect(!everyText(heading).contains { $0.contains("HEMMELIG") })
    let note = try MinutesParser.parse(
      bytes: Array(
        """
        Referat
        Dato: 22-06-2022 17:30:00
        Udvalg: Byrådet
        - Baggersvej 19A nedrives, men grunden fastholdes
        - At grunden reetableres og udjævnes efter nedrivning,
        men at der ikke etableres nye legepladsredskaber
        Punktet er lukket af hensyn til kommunens fremtidige
        tilbudsindhentning og projektudførelse.
        Beslutning på byrådsmødet den 22. juni 2022
        HEMMELIG indstilling godkendt.
        """.utf8), source: "byraadet-2022-06-22.txt")
    #expect(note.items.allSatisfy { $0.isClosed })
    #expect(!everyText(note).contains { $0.contains("HEMMELIG") })
  }
}

/// An overview of the items with their case numbers and status above the minutes (a council's
/// web page): its `Lukket` closes the item of that number and title, whose text is then never
/// read; its case numbers are the items' where their headings write none.
@Suite struct ClosedInTheOverviewTests {
  @Test(arguments: [
    "Nr. Titel Sagsnr. Status\n1 Godkendelse af dagsorden 00.01.00A00-1-24 Åben\n2 Salg af grund i Erhvervsområde Nord 02.34.02P19-2-24 Lukket",
    "| Nr. | Titel | Sagsnr. | Status |\n|---|---|---|---|\n| 1 | Godkendelse af dagsorden | 00.01.00A00-1-24 | Åben |\n| 2 | Salg af grund i Erhvervsområde Nord | 02.34.02P19-2-24 | Lukket |",
  ])
  func theOverviewsStatusAndCaseNumbers(_ overview: String) throws {
    let text = """
      Referat: Økonomiudvalget
      Mødet blev holdt onsdag den 4. juni 2024 kl. 08:00 i Byrådssalen.

      \(overview)

      1. Godkendelse af dagsorden

      Beslutning

      Godkendt.

      2. Salg af grund i Erhvervsområde Nord

      Beslutning

      Godkendt. Grunden sælges til HEMMELIG ApS.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "oekonomiudvalget.md", options: .init())
    #expect(m.items.map(\.isClosed) == [false, true])
    #expect(m.items.map { $0.caseNumber?.key } == ["00.01.00A00-1-24", "02.34.02P19-2-24"])
    #expect(!m.items.flatMap { $0.sections.flatMap(\.paragraphs) }.contains { $0.text.contains("HEMMELIG") })
  }
}

/// A contents list whose entries carry their page (`Sag nr. 91  Sag om magtanvendelse (Lukket)  8`)
/// closes the item of that number, and `Lukket punkt.` under a closed item's decision opens no
/// item of its own.
@Suite struct ContentsEntryClosedTests {
  @Test func theEntryClosesItsItemAndTheDecisionsMarkOpensNone() throws {
    let text = """
      Referat
      Socialudvalget
      Mødedato: 7. oktober 2025 kl. 16.00

      Indholdsfortegnelse

      Sag nr. 84     Godkendelse af dagsorden                          2
      Sag nr. 85     Budgetopfølgning                                  2
      Sag nr. 86     Sag om magtanvendelse (Lukket)                    3

      Sag nr. 84
      Godkendelse af dagsorden
      Sagsnr.: 2025-000301

      Beslutning i Socialudvalget den 7. oktober 2025
      Godkendt.

      Sag nr. 85
      Budgetopfølgning
      Sagsnr.: 2025-000944

      Beslutning i Socialudvalget den 7. oktober 2025
      Taget til efterretning.

      Sag nr. 86
      Sag om magtanvendelse

      Beslutning i Socialudvalget den 7. oktober 2025
      Lukket punkt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "su.txt", options: .init())
    #expect(m.items.map(\.number) == [84, 85, 86])
    #expect(m.items.map(\.isClosed) == [false, false, true])
  }
}

extension ContentsEntryClosedTests {
  @Test func aStatusUnderTheTitleAndAgainAsTheDecision() throws {
    let text = """
      Referat
      Børne- og Ungeudvalget
      Mødedato: 10. februar 2025 kl. 15.00

      Sag nr. 12
      Orientering om trivselsmåling
      Sagsnr.: 2025/00745

      Beslutning i Børne- og Ungeudvalget den 10-02-2025
      Til orientering.

      Sag nr. 13
      Klage over afgørelse om befordring
      Fortroligt

      Beslutning i Børne- og Ungeudvalget den 10-02-2025
      Fortroligt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "buu.txt", options: .init())
    #expect(m.items.map(\.number) == [12, 13])
    #expect(m.items.map(\.isClosed) == [false, true])
  }
}

/// `4. Fortroligt: Personalesag` in the agenda and `Ad pkt. 4 Fortroligt: Personalesag` over its
/// minutes: the marker's colon is the heading's own, so the agenda keeps its closed entry and the
/// closed minutes never join the open item before them.
@Suite struct ClosedMarkerColonTests {
  @Test func theClosedMinutesStayTheirOwnItem() throws {
    let text = """
      Referat af møde i Hoved-MED-udvalget
      Dato: 14.01.2025 kl. 9.00-11.30
      Til stede: Karin Lund (formand), Bjarne Hald, Trine Vestergaard
      Dagsorden:
      1. Godkendelse af dagsorden
      2. Trivselsmåling 2024
      3. Fortroligt: Personalesag
      4. Evt.

      Ad pkt. 1 Godkendelse af dagsorden
      Godkendt.
      Ad pkt. 2 Trivselsmåling 2024
      Bjarne Hald udarbejder handleplan til næste møde.
      Ad pkt. 3 Fortroligt: Personalesag
      Medarbejderen Palle Juhl er varslet afsked.
      Ad pkt. 4 Evt.
      Intet.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "med.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3, 4])
    #expect(m.items.map(\.isClosed) == [false, false, true, false])
    let open = m.items.filter { !$0.isClosed }.flatMap(\.sections).flatMap(\.paragraphs).map(\.text).joined(separator: " ")
    #expect(!open.contains("Palle Juhl"))
  }
}

/// Pages numbered alone on a line beside the running header (`2` / `Udvalget | 05-05-2025`),
/// items numbered alone on a line (`1` / `Godkendelse af dagsorden`), and the contents written
/// the same way with a closed entry: the pages' numbers go, the items keep theirs, and the
/// contents' `Lukket punkt` closes no open item.
@Suite struct PageNumbersAloneTests {
  @Test func pageNumbersGoItemNumbersStay() throws {
    let text = """
      Referat
      Børne- og Uddannelsesudvalget
      Mødetidspunkt
      05-05-2025 16:00 - 18:30
      Medlemmer
      Lene Abildgaard (A)
      Morten Kjær (V)

      1
      \u{0C}Børne- og Uddannelsesudvalget | 05-05-2025

      Indholdsfortegnelse
      1
      Godkendelse af dagsorden
      3
      2
      Kapacitetsplan for dagtilbud
      3
      3
      Lukket punkt
      4
      2
      \u{0C}Børne- og Uddannelsesudvalget | 05-05-2025

      1
      Godkendelse af dagsorden
      Sags ID: EMN-2025-04410
      Beslutning
      Godkendt.
      2
      Kapacitetsplan for dagtilbud
      Sags ID: EMN-2024-11873
      Beslutning
      Godkendt.
      3
      \u{0C}Børne- og Uddannelsesudvalget | 05-05-2025

      3
      Lukket punkt
      Sags ID: EMN-2025-00377
      Sagen vedrører en elev på Lundskolen.
      Beslutning
      Godkendt som indstillet.
      4
      \u{0C}
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "buu.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.isClosed) == [false, false, true])
    #expect(m.items.first?.title == "Godkendelse af dagsorden")
    let open = m.items.filter { !$0.isClosed }.flatMap(\.sections).flatMap(\.paragraphs).map(\.text).joined(separator: " ")
    #expect(!open.contains("Lundskolen"))
  }
}
