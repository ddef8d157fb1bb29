@testable import MinutesCore
import Testing

/// Who came, in the forms large councils print their members: rows led by a party, a column of
/// party letters, a table flattened column by column, a group table's heads.
@Suite struct AttendeeCouncilFormsTests {
  func parse(_ text: String, _ source: String = "doc.txt") throws -> Meeting {
    try MinutesParser.parse(bytes: Array(text.utf8), source: source, options: .init())
  }

  /// Members in rows each led by a party's name and letter with a colon, wrapped under a heading
  /// without a colon; absences and a stand-in told in prose below.
  @Test func membersInRowsLedByTheirParty() throws {
    let text = """
      Referat
      Byrådet
      Mødedato: 3. marts 2041

      Indholdsfortegnelse

      1. Godkendelse af dagsorden ......................... 2
      2. Eventuelt .......................................... 2

      Byrådets medlemmer

      Socialdemokratiet (A):      Anne Holm (borgmester), Bo Dam,
                                  Carl Berg, Dorte Lind
      Venstre (V):                Erik Moos, Frida Hald
      Enhedslisten (Ø):           Gert Sand

      Alle medlemmer var til stede undtagen Bo Dam (A).
      Stedfortræder Hans Kirk (A) deltog i stedet for Bo Dam.

      1. Godkendelse af dagsorden
      Godkendt.

      2. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Carl Berg", "Dorte Lind", "Erik Moos", "Frida Hald", "Gert Sand", "Hans Kirk"])
    #expect(m.absentees == ["Bo Dam"])
  }

  /// Members in lists under their parties' names written in full (no letters), one list a
  /// party, under one label; a heading of the case that holds a party's word in a longer word
  /// is no party.
  @Test func membersUnderTheirPartiesNamesInFull() throws {
    let text = """
      Referat
      Regionsrådet
      Dato: Tirsdag den 6. marts 2041

      Deltagere

      Socialdemokratiet

      Anne Holm, formand
      Bo Dam
      Carl Berg

      Det Konservative Folkeparti

      Erik Moos, næstformand
      Frida Hald

      Enhedslisten

      Gert Sand

      Afbud

      Bo Dam (A).

      1. Godkendelse af dagsorden

      Alternativer

      Ingen.

      Beslutning

      Godkendt.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Carl Berg", "Erik Moos", "Frida Hald", "Gert Sand"])
    #expect(m.absentees == ["Bo Dam"])
    #expect(HeaderLabel.isPartyHeading("SF - Socialistisk Folkeparti"))
    #expect(HeaderLabel.isPartyHeading("Radikale Venstre"))
    #expect(!HeaderLabel.isPartyHeading("Alternativer"))
    #expect(!HeaderLabel.isPartyHeading("Anne Holm"))
  }

  /// A members' table flattened column by column: the names' head and the names one a line,
  /// then the parties' head and a letter a member; one first name the reader does not know.
  @Test func aMembersTableFlattenedColumnByColumn() throws {
    let text = """
      Regionsrådet
      Referat
      fra mødet i
      Forretningsudvalget
      tirsdag den 4. marts 2041 kl. 10.00
      Navn
      Anne Holm, regionsrådsformand
      Ylva Dam, 1. næstformand
      Carl Berg
      Dorte Lind
      Erik Moos
      Parti
      A
      V
      A
      C
      Ø
      Afbud:
      Carl Berg

      1. Godkendelse af dagsorden
      Godkendt.

      2. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Ylva Dam", "Dorte Lind", "Erik Moos"])
    #expect(m.absentees == ["Carl Berg"])
  }

  /// Members one a line with their party's letter first: the letter goes also before a first
  /// name the reader does not know.
  @Test func aColumnOfPartyLettersBeforeUnknownFirstNames() throws {
    let text = """
      Referat
      Byrådet
      Mødedato: 5. marts 2041

      Medlemmer
      A Anne Holm, borgmester
      A Bo Dam
      V Carl Berg
      V Ylva Moos
      C Dorte Lind
      I Runa Hald

      Fraværende: Bo Dam (A)

      1. Godkendelse af dagsorden
      Godkendt.

      2. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Carl Berg", "Ylva Moos", "Dorte Lind", "Runa Hald"])
    #expect(m.absentees == ["Bo Dam"])
  }

  /// A group table flattened under its label: the heads of its columns (`Partigruppe Medlemmer`) on
  /// the first line are no one.
  @Test func aGroupTablesHeadsAreNoOne() throws {
    let text = """
      Referat
      Byrådet
      Mødedato: 6. marts 2041

      Medlemmer

      Partigruppe Medlemmer
      Socialdemokratiet (A) Anne Holm (borgmester), Bo Dam,
      Carl Berg
      Venstre (V) Dorte Lind, Erik Moos

      Afbud: Bo Dam (A)

      1. Godkendelse af dagsorden
      Godkendt.

      2. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Carl Berg", "Dorte Lind", "Erik Moos"])
    #expect(m.absentees == ["Bo Dam"])
  }

  /// The page's running head (the body, its term, the day and the hour in digits) right under a
  /// list of stand-ins is no one of them.
  @Test func aRunningHeadUnderTheStandInsIsNoOne() throws {
    let text = """
      Referat Økonomiudvalget 2030-2033

      Mødetidspunkt: 14-03-2031 16:00

      Medlemmer: Anne Holm (A), Bo Dam (V), Carl Berg (A)

      Afbud: Bo Dam (V)

      Stedfortrædere: Dorte Lind (V)

      Økonomiudvalget 2030-2033 - 14-03-2031 16:00

      1. Godkendelse af dagsorden
      Godkendt.

      2. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Carl Berg", "Dorte Lind"])
    #expect(m.absentees == ["Bo Dam"])
  }

  /// The members run together on one line, each surname first with a comma, the given names,
  /// then the party's letters in capitals.
  @Test func membersRunTogetherSurnameFirst() throws {
    let text = """
      Kommunalbestyrelse 6. marts 2031 kl. 10.00

      Holm, Anne IA Dam, Bo Lars IA Berg, Carl S Lind, Dorte S Moos, Erik A

      Ordstyrer: Anne Holm, IA

      1. Godkendelse af dagsorden
      Godkendt.

      2. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anne Holm", "Bo Lars Dam", "Carl Berg", "Dorte Lind", "Erik Moos"])
  }

  /// A member's seat and the body it is of before the name, on its own line in a list of one
  /// member a line ("Formand for LKF Carl Berg"): the name, and the next line is another member.
  @Test func aSeatForABodyBeforeTheName() throws {
    let text = """
      Referat af mødet med foreningerne den 11. april 2031

      Deltagere:

      Ib Dam, Lyngtoft Grundejerforening
      Formand for LKF Carl Berg
      Dorte Lind, Lyngtoft Kommune
      Erik Moos, Lyngtoft Kommune

      Afbud:
      Frida Hald, Lyngtoft Grundejerforening

      1. Orientering om:

      Tekst her.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Ib Dam", "Carl Berg", "Dorte Lind", "Erik Moos"])
    #expect(m.absentees == ["Frida Hald"])
  }

  /// Two members with their associations on one line, the first association run on into the
  /// second member's name: the name after the association's words in lower case.
  @Test func anAssociationRunOnIntoTheNextName() throws {
    let text = """
      Referat af mødet med foreningerne den 12. april 2031

      Deltagere:

      Ib Dam, Lyngtoft Grundejerforening
      Bo Lind, Foreningen af ejere ved Engen Carl Berg, Foreningen af ejere ved Engen
      Dorte Lind, Lyngtoft Kommune

      Afbud:
      Frida Hald, Lyngtoft Grundejerforening

      1. Orientering om:

      Tekst her.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Ib Dam", "Bo Lind", "Carl Berg", "Dorte Lind"])
    #expect(m.absentees == ["Frida Hald"])
  }

  /// The members under a label naming the body after them ("Medlemmer af <body>:"), wrapped in
  /// one list with party letters; who was absent and who came instead told in prose below.
  @Test func membersOfTheBodyOverAWrappedList() throws {
    let text = """
      REFERAT

      Byrådet

      Ordinært møde tirsdag den 7. maj 2041 kl. 17.00
      Mødested: Byrådssalen

      Medlemmer af byrådet:
      Ib Dam (A), Carl Berg (A), Dorte Lind (V), Erik Moos (V), Frida
      Hald (F), Gert Holm (O)

      Alle medlemmer var til stede undtagen Gert Holm (O).
      Suppleant Hans Vig (O) var indkaldt og deltog for Gert Holm (O).

      Punkt 1: Godkendelse af dagsorden

      Beslutning:
      Godkendt.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Ib Dam", "Carl Berg", "Dorte Lind", "Erik Moos", "Frida Hald", "Hans Vig"])
    #expect(m.absentees == ["Gert Holm"])
  }

  /// A laid-out table of members with a remarks column last, a member's seat after a comma in
  /// the names' cell (`Name, formand`): every row is read, the seat is no part of the name.
  @Test func remarkTableWithSeatsAfterAComma() throws {
    let text = """
      REFERAT

      Teknik- og Miljøudvalget

      Mødedato: 04.03.2041
      Mødested: Mødelokale 2

                 Medlem                      Parti    Bemærkning
                 Ib Dam, formand             A
                 Carl Berg, næstformand      V
                 Dorte Lind                  F        Afbud
                 Erik Moos                   F        Stedfortræder for Dorte Lind
                 Frida Hald                  O

      Punkt 1: Godkendelse af dagsorden

      Beslutning:
      Godkendt.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Ib Dam", "Carl Berg", "Erik Moos", "Frida Hald"])
    #expect(m.absentees == ["Dorte Lind"])
  }
}
