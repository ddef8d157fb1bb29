@testable import MinutesCore
import Testing

/// A header table a converter wrote column by column: the labels, then their values.
@Suite struct LabelColumnTests {
  func meeting(_ header: String) throws -> Meeting {
    let text = header + "\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"
    return try MinutesParser.parse(bytes: Array(text.utf8), source: "referat.txt", options: .init())
  }

  @Test func theMeetingsEndIsALabelThatTakesItsValue() throws {
    // `Mødeafslutning`: the end time's label holds its place in the column; the values after
    // it are the place's and the members'.
    let m = try meeting(
      """
      Referat

      Teknik- og Miljøudvalget

      Mødedato:
      Mødetidspunkt:
      Mødeafslutning:
      Mødested:
      Deltagere:

      Fraværende:

      4. marts 2041
      09:00
      11:30
      Mødelokale 3, Rådhuset
      Eva Holm (A), formand, Bo Lind (V), Karen
      Møller (C), Tage Riis (O)
      Bo Lind (V)
      """)
    #expect(m.location == "Mødelokale 3, Rådhuset")
    #expect(m.attendees == ["Eva Holm", "Karen Møller", "Tage Riis"])
    #expect(m.absentees == ["Bo Lind"])
  }

  @Test func labelsOneALineThenTheirValues() throws {
    // The members' label takes the names the labels around it leave; the one away comes last.
    let m = try meeting(
      """
      Referat

      Økonomiudvalget

      Mødedato
      Mødetidspunkt
      Mødested
      Medlemmer




      Afbud
      Tirsdag den 25. februar 2025
      Kl. 14:00 - 16:40
      Byrådssalen, Vejle Rådhus
      Jens Erik Dalgaard (V) (formand)
      Marianne Skov Toft (A)
      Lars Bundgaard (C)
      Ulla Kirkegaard (O)
      Ulla Kirkegaard (O)
      """)
    #expect(m.date?.description == "2025-02-25")
    #expect(m.startTime?.description == "14:00")
    #expect(m.location == "Byrådssalen, Vejle Rådhus")
    #expect(m.attendees == ["Jens Erik Dalgaard", "Marianne Skov Toft", "Lars Bundgaard"])
  }

  @Test func labelsOnOneLineThenTheirValues() throws {
    let m = try meeting(
      """
      Referat
      Byrådet
      Mødedato: Mødetidspunkt: Mødested: Deltagere:
      Torsdag den 30. oktober 2025
      17:00
      Byrådssalen, Tønder Rådhus
      Jørgen Popp Petersen (S), Henrik Frandsen (V), Nora Berg (F)
      Fraværende: Nora Berg (F)
      """)
    #expect(m.date?.description == "2025-10-30")
    #expect(m.location == "Byrådssalen, Tønder Rådhus")
    #expect(m.attendees == ["Jørgen Popp Petersen", "Henrik Frandsen"])
  }

  @Test func aSecondBlockOfMembersAbsentAndRemarks() throws {
    // Two tables flattened: the day's, then the members', the one away (his line again) and a
    // remark sentence.
    let m = try meeting(
      """
      Referat
      Miljøudvalget

      Mødedato:
      Mødetidspunkt:
      Mødested:
      Tirsdag den 4. november 2025
      16:00 - 18:00
      Mødelokale 2, Rådhuset

      Medlemmer:
      Fraværende:
      Bemærkninger:
      Karen Vinding (V), formand
      Ole Brix (A)
      Sanne Krogh (C)
      Mogens Aagaard (O)
      Ole Brix (A)
      Sanne Krogh (C) deltog fra kl. 16.30 under behandlingen af punkt 2.
      """)
    #expect(m.location == "Mødelokale 2, Rådhuset")
    #expect(m.attendees == ["Karen Vinding", "Sanne Krogh", "Mogens Aagaard"])
    #expect(m.absentees == ["Ole Brix"])
  }

  @Test func twoAwayRepeatTheirLinesAndNoRemark() throws {
    let m = try meeting(
      """
      Referat
      Miljøudvalget

      Medlemmer:
      Fraværende:
      Bemærkninger:
      Karen Vinding (V), formand
      Ole Brix (A)
      Sanne Krogh (C)
      Mogens Aagaard (O)
      Ole Brix (A)
      Mogens Aagaard (O)
      """)
    #expect(m.attendees == ["Karen Vinding", "Sanne Krogh"])
  }

  @Test func labelsWithTheirValuesBesideThemStayAsTheyAre() {
    let lines = MarkupLineReader.lines(of: "Mødedato: 3. marts 2025\nMødested: Rådhuset\nDeltagere: Anne Holm\nGodkendt.")
    #expect(LabelColumn.repaired(lines).map(\.text) == lines.map(\.text))
  }
}

/// Items each with their case number under the heading, opened by the agenda's approval and
/// closed by `Eventuelt` with none: those two are items too; a list inside an item is not.
@Suite struct CaselessEdgeItemsTests {
  @Test func theApprovalAndEventueltWithoutCaseNumbers() throws {
    let text = """
      Referat – Direktionsmøde
      Dato: onsdag 4. juni 2025, kl. 9.00

      Pkt. 1   Godkendelse af dagsorden

      Godkendt.

      Pkt. 2   Budget 2026
               Sagsnr.: 25/3301

      Drøftet.

      Pkt. 3   Sygefravær
               Sagsnr.: 25/2144

      Taget til efterretning.
      Der er nu:
      1. Fire teams med høj sygefravær
      2. Tre med lav

      Pkt. 4   Eventuelt

      Intet.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "dir.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3, 4])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Budget 2026", "Sygefravær", "Eventuelt"])
  }
}

/// A table of items written without its outer bars (`Pkt. | Emne | Beslutning`): its rows are the
/// items, as with them; a line with one bar in prose is no table.
@Suite struct BarTableTests {
  @Test func rowsWithoutOuterBars() throws {
    let text = """
      Referat af menighedsrådsmøde tirsdag den 20. maj 2025 kl. 19.00
      Til stede: Hanne Mølgaard (formand), Erik Vang, Susanne Kræmer

      Pkt. | Emne | Beslutning
      1 | Godkendelse af dagsorden | Godkendt.
      2 | Budget 2026 | Susanne udarbejder budgetbidraget og indsender det senest 15. juni.
      3 | Eventuelt | Intet.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "mr.txt", options: .init())
    #expect(m.items.map(\.number) == [1, 2, 3])
    #expect(m.items.map(\.title) == ["Godkendelse af dagsorden", "Budget 2026", "Eventuelt"])
  }

  @Test func aBarInProseIsNoTable() {
    let lines = MarkupLineReader.lines(of: "Vi drøftede A | B som mulighed.\nDet blev godkendt.")
    #expect(lines.allSatisfy { !$0.isTableRow })
  }
}

/// The place on the line after the time's own line, under the day's line.
@Suite struct PlaceAfterTheTimeTests {
  @Test func dayTimePlaceOneALine() throws {
    let text = """
      Region Syddanmark

      Regionsrådet

      Referat
      Mandag den 24. marts 2025
      Kl. 16.00 - 19.15
      Regionshuset, Damhaven 12, Vejle - Mødesal 1

      1. Godkendelse af dagsorden
      Beslutning
      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "rr.txt", options: .init())
    #expect(m.location == "Regionshuset, Damhaven 12, Vejle - Mødesal 1")
    #expect(m.startTime?.description == "16:00")
  }

  /// Members one a line with a role after a comma (`Martin Damm (V), formand`), the absent one
  /// repeated, a remark, and the page's footer under the block: one entry a line, the footer no
  /// value.
  @Test func entriesWithRolesAndAFooterUnderTheBlock() throws {
    let text = """
      Kalundborg Kommune
      Referat
      Teknik- og Miljøudvalget
      Mødedato:
      Mødetidspunkt:
      Deltagere:
      Afbud:
      Bemærkninger:
      13. februar 2035
      Kl. 15:30 - 17:45
      Martin Damm (V), formand
      Britt Hermansen (A), næstformand
      Allan Stenholt (A)
      Per Ulrik Aagaard (O)
      Nina Lysgaard (Ø)
      Per Ulrik Aagaard (O)
      Allan Stenholt (A) deltog fra kl. 16.10 under punkt 4.
      Teknik- og Miljøudvalget 13-02-2035
      Side 1 af 9

      1. Godkendelse af dagsorden
      Beslutning
      Godkendt.
      Teknik- og Miljøudvalget 13-02-2035
      Side 2 af 9

      2. Eventuelt
      Beslutning
      Intet.
      Teknik- og Miljøudvalget 13-02-2035
      Side 3 af 9
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "tmu.txt", options: .init())
    #expect(m.attendees == ["Martin Damm", "Britt Hermansen", "Allan Stenholt", "Nina Lysgaard"])
    #expect(m.absentees == ["Per Ulrik Aagaard"])
    #expect(m.roles["Martin Damm"] == "formand")
  }
}
