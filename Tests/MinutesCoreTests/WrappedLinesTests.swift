import MinutesCore
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
}
