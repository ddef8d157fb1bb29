import MinutesCore
import Testing

/// Forms of minutes copied from councils' web pages and meeting portals: a table of fields whose
/// cells a converter put one a line, items that open with their case number and a decision
/// label, a page's own date above the meeting's, a meeting's kind in brackets.
@Suite struct WebPageFormsTests {
  func read(_ text: String, source: String = "referat.txt") throws -> Meeting {
    try MinutesParser.parse(bytes: Array(text.utf8), source: source, options: .init())
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
