import MinutesCore
import Testing

@Suite struct MinutesParserTests {
  @Test func headerOfMarkdownMinutes() throws {
    let m = try Fixtures.meeting("direktionen-2024-12-04.md")
    #expect(m.committee == "Direktionen")
    #expect(m.date?.description == "2024-12-04")
    #expect(m.startTime?.description == "09:00")
    #expect(m.location == "Udvalgsværelse 1, Lemvig Rådhus")
    // "Søren Søndergaard" and "Kjær" stand on two lines with a Markdown hard break.
    #expect(m.attendees == ["Claus Borg", "Lars Borst Hansen", "Pia Ulv Helleland", "Søren Søndergaard Kjær"])
  }

  @Test func headerOfPlainMinutes() throws {
    let m = try Fixtures.meeting("medudvalg-centraladministration-2023-12-19.txt")
    #expect(m.committee == "Medudvalg - Centraladministration")
    #expect(m.date?.description == "2023-12-19")
    #expect(m.startTime?.description == "12:00")
    #expect(m.location == "Udvalgsværelse 1")
    #expect(m.attendees.isEmpty)
  }

  @Test func unlabelledDateLineInTheHeader() throws {
    // Neither a label nor the title dates the meeting: the first whole date in the header does,
    // and only when nothing better is there.
    let loose = "REFERAT Direktionen\n\nOnsdag d. 2. oktober 2024 kl. 09:00\n\nPunkt 1: Sag\n\nBeslutning\n\nGodkendt.\n"
    let m = try MinutesParser.parse(bytes: Array(loose.utf8), source: "loose.txt")
    #expect(m.date?.description == "2024-10-02")
    #expect(m.startTime?.description == "09:00")
    #expect(m.findings.filter { $0.severity == .error }.isEmpty)
    let labelled = "REFERAT Direktionen\n\nSenest revideret 1. maj 2024\n\nMødedato: 2. oktober 2024\n\nPunkt 1: Sag\n"
    #expect(try MinutesParser.parse(bytes: Array(labelled.utf8), source: "l.txt").date?.description == "2024-10-02")
  }

  @Test(arguments: [
    ("direktionen-2024-04-17.md", 8), ("direktionen-2024-09-11.txt", 10),
    ("direktionen-2024-10-02.txt", 9), ("direktionen-2024-12-04.md", 7),
    ("medudvalg-centraladministration-2023-12-19.txt", 10),
  ])
  func itemsAndNotTheTableOfContents(_ c: (String, Int)) throws {
    let m = try Fixtures.meeting(c.0)
    #expect(m.items.map(\.number) == Array(1...c.1))
    #expect(m.items.allSatisfy { $0.caseNumber != nil })
    #expect(m.findings.filter { $0.severity == .error }.isEmpty)
  }

  @Test func closedItemsAndTitles() throws {
    let m = try Fixtures.meeting("direktionen-2024-12-04.md")
    #expect(m.items[5].isClosed && m.items[5].title == "Budgetvejledning 2026-2029")
    #expect(m.items[6].isClosed && m.items[6].title.isEmpty)
    #expect(m.items[1].title == "Revision af Lemvig Kommunes MED-aftale")  // bold and heading marks gone
    #expect(m.items[1].caseNumber?.text == "81.38.00P27-1-23")
  }

  @Test func sectionsInAnyDressing() throws {
    let md = try Fixtures.meeting("direktionen-2024-04-17.md")
    let kinds = md.items[3].sections.map(\.kind)
    #expect(kinds.contains(.resume) && kinds.contains(.supplementaryCaseText) && kinds.contains(.decision))
    #expect(md.items[3].decision.map(\.text) == ["Økonomidokumentet opdateres og drøftes igen den 15. maj 2024."])
    #expect(md.items[1].recommendation?.recommender == "Kommunaldirektøren")
    #expect(md.items[1].attachments == ["2024.04.17 Direktionsmøde - Udviklingsafdelingen v 1.0.pdf"])
    let txt = try Fixtures.meeting("direktionen-2024-09-11.txt")
    #expect(txt.items[1].sections.map(\.kind) == [
      .resume, .caseText, .decidedBy, .legalBasis, .policies, .economy, .otherConsequences,
      .recommendation, .decision, .attachments,
    ])
    #expect(txt.items[5].recommendation?.recommender == "Kommunikation")
  }

  @Test func recommendationWithoutHeading() throws {
    let m = try Fixtures.meeting("medudvalg-centraladministration-2023-12-19.txt")
    #expect(m.items[0].recommendation == Recommendation(recommender: "Kommunaldirektøren", points: ["referaterne godkendes."]))
  }

  @Test func quotedDecisions() throws {
    let m = try Fixtures.meeting("direktionen-2024-10-02.txt")
    let q = try #require(m.items[0].priorDecisions.first)
    #expect(q.body == "Direktionen")
    #expect(q.date?.description == "2024-09-18")
    #expect(q.itemNumber == 1)  // "pkt 1.:"
    #expect(q.paragraphs.last?.text == "Drøftes igen 2. oktober 2024.")
    let ai = m.items[1].priorDecisions[0]
    #expect(ai.body == "Digitaliseringsstyregruppen" && ai.itemNumber == 3)
    // "25 .september 2025" in a meeting of 2 October 2024: read as 2024, with a warning.
    let typo = m.items[2].priorDecisions[0]
    #expect(typo.date?.description == "2024-09-25")
    #expect(typo.writtenDate?.description == "2025-09-25")
    #expect(m.findings.contains { $0.code == "prior-decision-date-after-meeting" && $0.location.line == 186 })
    #expect(m.items[5].priorDecisions.map { $0.date!.description } == ["2024-09-18", "2024-09-25"])
  }

  @Test func quotedDecisionEndsAtRecommendation() throws {
    let m = try Fixtures.meeting("medudvalg-centraladministration-2023-12-19.txt")
    let q = try #require(m.items[6].priorDecisions.first)
    #expect(q.body == "HovedMED")
    #expect(q.itemNumber == nil)
    #expect(q.paragraphs.last?.text == "Direktionen vil i januar kigge på retningslinjerne generelt.")
  }

  @Test func guests() throws {
    let m = try Fixtures.meeting("direktionen-2024-12-04.md")
    let g = m.items[1].participants
    #expect(g.map(\.name) == ["Ditte Ågård Pedersen", "Alice Ervolder Olesen"])
    #expect(g.map(\.role) == ["HR-konsulent", "Konsulent og Arbejdsmiljøleder"])
    #expect(g.allSatisfy { $0.time?.description == "10:30" })
    let a = try Fixtures.meeting("direktionen-2024-04-17.md").items[0].participants
    #expect(a.map(\.name) == ["Ove Weller Nielsen", "Lene Kudsk", "Carsten Frandsen", "Valdemar Søsted Wilsdahl"])
    #expect(a[0].role == "Chef for Økonomi og HR")
    #expect(a[1].organization == nil && a[2].organization == "BDO")
    #expect(a[0].time?.description == "09:00")  // "kl. 9:00"
  }

  @Test func aGuestWithAUnit() throws {
    let m = try Fixtures.meeting("medudvalg-centraladministration-2023-12-19.txt")
    let g = try #require(m.items[3].participants.first)
    #expect(g.name == "Lene Kudsk" && g.organization == "Velfærdssekretariatet" && g.time?.description == "13:00")
  }

  @Test func firstAgendaForm() throws {
    let text = """
      Referat 1. oktober 2025 kl. 15.45

      Udvalg:

      Teknisk Udvalg

      Mødested:

      Udvalgsværelse 398

      Mødedeltagere:

      Punkt

      Titel

      131

      Udviklingsplan for havnen - endelig vedtagelse

      EMN-2025-009242

      Beslutninger

      Sagen blev udsat.

      Sagsforløb

      Udvalg: Magistraten

      Dato: 02-09-2025

      Punktnummer: 12

      Fremsendes til Aarhus Byråd.

      Bilag

      Indstilling

      Bilag 1: Udviklingsplan

      132

      Eventuelt

      Beslutninger

      Intet.
      """
    let m = try Fixtures.parse(text)
    #expect(m.committee == "Teknisk Udvalg")
    #expect(m.date?.description == "2025-10-01" && m.startTime?.description == "15:45")
    #expect(m.attendees.isEmpty)
    #expect(m.items.map(\.number) == [131, 132])
    #expect(m.items[0].caseNumber == .opaque("EMN-2025-009242"))
    #expect(m.items[0].priorDecisions.first?.body == "Magistraten")
    #expect(m.items[0].priorDecisions.first?.itemNumber == 12)
    #expect(m.items[0].priorDecisions.first?.form == .history)
    // "Indstilling" inside an attachment list is an attachment.
    #expect(m.items[0].attachments == ["Indstilling", "Bilag 1: Udviklingsplan"])
    #expect(m.items[1].caseNumber == nil)
  }

  @Test func numberedItemsAndWrappedTitles() throws {
    let text = """
      REFERAT Økonomiudvalget d. 03-03-2025

      Mødedato: Mandag den 3. marts 2025 kl. 16.00

      Pkt. 42 Godkendelse af dagsorden
      Sagsnr.: 16/12923

      Beslutning
      Godkendt.

      Pkt. 43 Lokalplan for et meget langt område ved havnen med en titel der fortsætter på
      næste linje
      330-2018-3619

      Beslutning
      Udsættes.
      """
    let m = try Fixtures.parse(text)
    #expect(m.items.map(\.number) == [42, 43])
    #expect(m.items[0].caseNumber == .opaque("16/12923"))
    #expect(m.items[1].title == "Lokalplan for et meget langt område ved havnen med en titel der fortsætter på næste linje")
    #expect(m.items[1].caseNumber == .opaque("330-2018-3619"))
  }

  @Test func badInput() throws {
    #expect(throws: MinutesError.empty(file: "x")) { try MinutesParser.parse(bytes: [], source: "x") }
    #expect(throws: MinutesError.notMinutes(file: "x")) {
      try MinutesParser.parse(bytes: Array("Kære alle,\n\nhusk frokosten.\n".utf8), source: "x")
    }
    // A header without items is read, with an error finding.
    let noItems = try Fixtures.parse("REFERAT Direktionen d. 02-10-2024\n\nMødested Rådhuset\n")
    #expect(noItems.items.isEmpty)
    #expect(noItems.findings.contains { $0.code == "no-items" })
  }

  @Test func truncatedDocument() throws {
    let full = String(decoding: try Fixtures.bytes("direktionen-2024-10-02.txt"), as: UTF8.self)
    let cut = String(full.prefix(full.count / 2))
    let m = try Fixtures.parse(cut, source: "cut.txt")
    #expect(m.items.count < 9)
    #expect(m.findings.contains { $0.code == "truncated" })
  }

  @Test func crlfAndWindows1252ReadAlike() throws {
    let original = try Fixtures.meeting("direktionen-2024-09-11.txt")
    let text = String(decoding: try Fixtures.bytes("direktionen-2024-09-11.txt"), as: UTF8.self)
    let crlf = text.replacing("\n", with: "\r\n")
    // Latin-1 encodable (the file has no characters outside Windows-1252).
    var latin: [UInt8] = []
    for u in crlf.unicodeScalars {
      if u.value < 0x100 { latin.append(UInt8(u.value)) } else if u == "–" { latin.append(0x96) } else { latin.append(0x3F) }
    }
    let m = try MinutesParser.parse(bytes: latin, source: original.source)
    #expect(m.items.map(\.title) == original.items.map(\.title))
    #expect(m.attendees == original.attendees)
    #expect(m.location == "Udvalgsværelse 1, Lemvig Rådhus")
  }

  @Test func dumpIsStable() throws {
    let m = try Fixtures.meeting("direktionen-2024-12-04.md")
    let dump = m.dump()
    #expect(dump.hasPrefix("Meeting minutes committee=\"Direktionen\" date=2024-12-04 start=09:00"))
    #expect(dump.contains("  Item 6 @"))
    #expect(dump.contains("Participant \"Nadia Kynde Rahbek\" role=\"IT-sikkerhedskonsulent & DPO\""))
  }
}

/// Who was away from an earlier meeting whose decision an item quotes is no absentee of this one.
@Suite struct QuotedAbsenceTests {
  @Test func awayFromTheQuotedMeetingAttendsThisOne() throws {
    let text = """
      Referat
      Økonomiudvalget
      Mødedato: 18. marts 2025 kl. 15:00

      Deltagere: Henrik Lund Ravn (A), Kasper Due (V), Lone Vinther (Ø), Bent Sander (I)
      Fraværende: Bent Sander (I)

      46. Seniorrabat på bybusserne
      Sagsnr.: 25/1234

      Beslutning i Økonomiudvalget den 18. februar 2025, pkt. 27:
      Udsat til næste møde.
      Fraværende: Kasper Due (V)

      Beslutning
      Forslaget imødekommes ikke.
      Fraværende: Lone Vinther (Ø)
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "oeu.txt", options: .init())
    #expect(m.attendees == ["Henrik Lund Ravn", "Kasper Due"])
    #expect(m.items.first?.priorDecisions.count == 1)
    #expect(m.items.first?.absentees == ["Lone Vinther"])
  }
}
