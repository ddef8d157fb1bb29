@testable import MinutesCore
import Testing

/// Who came, as exporters write it when they wrap, flatten or move the attendance.
@Suite struct AttendeeWrappedFormsTests {
  func parse(_ text: String, _ source: String = "doc.txt") throws -> Meeting {
    try MinutesParser.parse(bytes: Array(text.utf8), source: source, options: .init())
  }

  /// A council's members as one comma paragraph under its label, wrapped where it fell: after a
  /// role's ordinal ("..., 2." / "viceborgmester, ...") and inside a name.
  @Test func aMembersParagraphWrappedAfterARolesOrdinal() throws {
    let text = """
      Referat
      Byrådet
      Torsdag den 2. marts 2041 kl. 17:00
      Medlemmer
      Anne Holm (A), borgmester, Bo Dam (V), 1. viceborgmester, Carl Berg (A), 2.
      viceborgmester, Dorte Lind (A), Erik Moos (A), Frida Hald (A), Gert Sand (A),
      Hans Kirk (V), Inge
      Bro (C), Jens Vad (V)
      Fraværende
      Jens Vad (V)
      Stedfortræder
      Karl Ask (V) for Jens Vad (V)

      1. Godkendelse af dagsorden
      Godkendt.

      2. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Bo Dam", "Carl Berg", "Dorte Lind", "Erik Moos", "Frida Hald", "Gert Sand", "Hans Kirk", "Inge Bro", "Karl Ask"])
    #expect(m.absentees == ["Jens Vad"])
  }

  /// A site's heading over its members with how many they are ("Medlemmer (6)"), two members a
  /// line where the page's grid was copied with a tab between its columns.
  @Test func aMembersHeadingWithItsCount() throws {
    let text = """
      Regionsrådet
      Referat
      Mødedato: 3. marts 2041
      Medlemmer (6)
      Anne Holm (V), formand\tBo Dam (A), 1. næstformand
      Carl Berg (A)\tDorte Lind (F)
      Erik Moos (C)\tFrida Hald (Ø)
      Fraværende: Erik Moos (C)

      1. Godkendelse af dagsorden
      Godkendt.

      2. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Bo Dam", "Carl Berg", "Dorte Lind", "Frida Hald"])
    #expect(m.absentees == ["Erik Moos"])
  }

  /// "Mødt som stedfortræder: Y for X": who came in a member's place, under a label of its own.
  @Test func aSubstituteUnderMoedtSomStedfortraeder() throws {
    let text = """
      Regionsrådet
      Referat
      Mødedato: 3. marts 2041
      Medlemmer: Anne Holm (V), Bo Dam (A), Carl Berg (A), Dorte Lind (F)
      Fraværende: Dorte Lind (F)
      Mødt som stedfortræder: Karl Ask (F) for Dorte Lind (F)

      1. Godkendelse af dagsorden
      Godkendt.

      2. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Bo Dam", "Carl Berg", "Karl Ask"])
    #expect(m.absentees == ["Dorte Lind"])
  }

  /// A site's members one a line, a seat with its ordinal after the party's letter and no comma
  /// ("Bo Dam (A) 1. viceborgmester").
  @Test func aSeatWithItsOrdinalAfterThePartysLetter() throws {
    let text = """
      Byrådet
      Referat
      Mødedato: 3. marts 2041

      Medlemmer

      Anne Holm (V) Borgmester
      Bo Dam (A) 1. viceborgmester
      Carl Berg (A) 2. viceborgmester
      Dorte Lind (F)
      Erik Moos (C)

      Afbud: Erik Moos (C)

      1. Godkendelse af dagsorden
      Godkendt.

      2. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Bo Dam", "Carl Berg", "Dorte Lind"])
    #expect(m.absentees == ["Erik Moos"])
  }

  /// A note tool's front matter with the members as a field's list (`medlemmer:` / `  - "[[Eva
  /// Berg]] (V)"`), quoted wiki links an entry a line.
  @Test func theMembersInTheFrontMattersList() throws {
    let text = """
      ---
      title: Møde 3. marts 2041 – referat
      udvalg: "[[Byrådet]]"
      dato: 2041-03-03
      medlemmer:
        - "[[Anne Holm]] (V), borgmester"
        - "[[Bo Dam]] (A)"
        - "[[Carl Berg]] (Lokallisten)"
        - "[[Dorte Lind]] (Ø)"
      referent: "[[Karen Sand]]"
      tags: [referat, 2041]
      ---

      # Møde 3. marts 2041 – referat

      ## 1. Godkendelse af dagsorden
      Godkendt.

      ## 2. Eventuelt
      Intet.

      """
    let m = try parse(text, "byraadet-2041-03-03.md")
    #expect(m.attendees == ["Anne Holm", "Bo Dam", "Carl Berg", "Dorte Lind"])
  }

  /// "Alle medlemmer deltog undtagen X, der havde meldt afbud.": all but those named.
  @Test func allTheMembersCameButThoseNamed() throws {
    let text = """
      Byrådet
      Referat
      Mødedato: 3. marts 2041
      Medlemmer: Anne Holm (V), Bo Dam (A), Carl Berg (A), Dorte Lind (F)

      Alle medlemmer deltog undtagen Dorte Lind (F), der havde meldt afbud. Bo Dam (A) kom kl. 17.40 under pkt. 2.

      1. Godkendelse af dagsorden
      Godkendt.

      2. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Bo Dam", "Carl Berg"])
    #expect(m.absentees == ["Dorte Lind"])
  }

  /// A laid-out table of members with a status column last, whose other cells wrap onto a line
  /// of their own (`Borgmester,` / `formand`, `Til stede, forlod mødet` / `efter pkt. 6`).
  @Test func aStatusTablesCellsWrappedUnderTheirRow() throws {
    let text = """
                                 Byrådet

          Dato:              Mandag den 3. marts 2041

          Medlem                     Parti   Funktion        Fremmøde
          Anne Holm                  V       Borgmester,     Til stede
                                             formand
          Bo Dam                     A       Næstformand     Til stede
          Carl Berg                  V                       Afbud
          Dorte Lind                 A                       Til stede, forlod mødet
                                                             efter pkt. 1
          Erik Moos                  C                       Til stede

          Stedfortræder:     Karl Ask (V) for Carl Berg


      1.       Godkendelse af dagsorden
      Godkendt.

      2.       Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Bo Dam", "Dorte Lind", "Erik Moos", "Karl Ask"])
    #expect(m.absentees == ["Carl Berg"])
  }

  /// A wiki table's row `Suppleant | Y deltog for X`: the one who came, under the singular label.
  @Test func aSuppleantsRowInAWikiTable() throws {
    let text = """
      # Byrådet – referat 3. marts 2041

      | | |
      |---|---|
      | **Dato** | Mandag 03.03.2041 |
      | **Medlemmer** | Anne Holm (V), borgmester · Bo Dam (A) · Carl Berg (V) · Dorte Lind (O) |
      | **Afbud** | Dorte Lind (O) |
      | **Suppleant** | Karl Ask (O) deltog for Dorte Lind |

      ## Punkt 1 – Godkendelse af dagsorden
      Godkendt.

      ## Punkt 2 – Eventuelt
      Intet.

      """
    let m = try parse(text, "byraadet-2041-03-03.md")
    #expect(m.attendees == ["Anne Holm", "Bo Dam", "Carl Berg", "Karl Ask"])
    #expect(m.absentees == ["Dorte Lind"])
  }

  /// A wiki's task list of who came: a ticked box came, an empty box did not; a note of absence
  /// after an entry marks it away too.
  @Test func aTaskListOfWhoCame() throws {
    let text = """
      # Byrådet - referat 03.03.2041

      **Tid:** mandag 3. marts 2041 kl. 19.00

      ## Fremmøde

      - [x] Anne Holm (V), borgmester
      - [ ] Bo Dam (A)
      - [x] Carl Berg (A)
      - [x] Dorte Lind (C) - afbud
      - [x] Erik Moos (V) - kom kl. 19.20 under pkt. 2

      ## Dagsorden

      ### 1) Godkendelse af dagsorden
      Godkendt.

      ### 2) Eventuelt
      Intet.

      """
    let m = try parse(text, "byraadet-2041-03-03.md")
    #expect(m.attendees == ["Anne Holm", "Carl Berg", "Erik Moos"])
    #expect(m.absentees == ["Bo Dam", "Dorte Lind"])
  }

  /// A header table written column by column, its list labels stacked and their values after
  /// (a remark among them); a sentence of the staff who came after the values is none of them.
  @Test func theStaffsSentenceAfterAColumnsValues() throws {
    let text = """
      Byrådet
      Referat
      Mødedato:
      Mødetidspunkt:
      Mødested:
      Mandag den 3. marts 2041
      15:30 - 18:45
      Mødelokale 3, Rådhuset
      Deltagere:
      Fraværende:
      Stedfortræder:
      Bemærkninger:
      Anne Holm (V), formand, Bo Dam (S), næstformand, Carl Berg (V), Dorte Lind
      (DD), Erik Moos (C)
      Dorte Lind (DD)
      Ingen
      Carl Berg (V) deltog fra kl. 16.10 under behandlingen af punkt 2.
      Fra administrationen deltog direktør for Teknik og Miljø Ulla Sand og sekretariatsleder
      Tina Holt (referent).
      Indholdsfortegnelse
      1. Godkendelse af dagsorden
      2. Eventuelt

      1. Godkendelse af dagsorden
      Godkendt.

      2. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Bo Dam", "Carl Berg", "Erik Moos"])
    #expect(m.absentees == ["Dorte Lind"])
  }
}
