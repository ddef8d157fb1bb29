@testable import MinutesCore
import Testing

/// Who came, where a list's letters, labels or short names are written in a form of their own.
@Suite struct AttendeeLabelFormsTests {
  func parse(_ text: String, _ source: String = "doc.txt") throws -> Meeting {
    try MinutesParser.parse(bytes: Array(text.utf8), source: source, options: .init())
  }

  /// A web page's list of members, one a line, each with the party's letter before the name and a
  /// dash between ("A - Signe Halvorsen, formand"), under a heading without a colon.
  @Test func partyLetterAndDashBeforeTheName() throws {
    let text = """
      Socialudvalget

      Referat fra mødet torsdag den 13. september 2040, kl. 15.00

      Deltagere

      A - Signe Halvorsen, formand
      V - Erik Bang, næstformand
      F - Gitte Juul
      Ø - Lene Bach Ravn

      Fraværende med afbud: Gitte Juul

      1. Godkendelse af dagsorden

      Beslutning

      Godkendt.

      2. Budget

      Beslutning

      Godkendt.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Signe Halvorsen", "Erik Bang", "Lene Bach Ravn"])
    #expect(m.absentees == ["Gitte Juul"])
  }

  /// A laid-out page's label wrapped over two lines in its column ("Fra administrationen" /
  /// "deltog:  Direktør ..."): the staff's label, not a list of who came.
  @Test func aStaffLabelWrappedOverTwoLines() throws {
    let text = """
      REFERAT

      Teknikudvalget

        Mødedato:           Tirsdag den 7. februar 2040
        Starttidspunkt:     16:00

        Medlemmer:          A   Anja Toft, formand
                            C   Poul Erik Sand
                            V   Niels Vinter

        Fraværende:         V   Niels Vinter (afbud)

        Fra administrationen
        deltog:             Direktør for Plan, Byg og Vej Claus Bendix
                            Parkchef Mette Fjord (MF)
        Referent:           Inge Lauritsen

        1.   Godkendelse af dagsorden
      Godkendt.

        2.   Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Anja Toft", "Poul Erik Sand"])
    #expect(m.absentees == ["Niels Vinter"])
  }

  /// A label glued to its value, no space after the colon ("Stedfortræder:Edel Marstrand mødte for
  /// Svend Lyng"): the one who came, without the label.
  @Test func aSubstituteLabelGluedToTheName() throws {
    let text = """
      REFERAT

      Lokalrådet

      Mødedato:14-05-2043
      Starttidspunkt:19:00
      Deltagere:Arne Skytte (formand), Dorit Krag, Finn Ager
      Fraværende:Svend Lyng
      Stedfortræder:Edel Marstrand (Nord-området) mødte for Svend Lyng

      Punkt 1: Godkendelse af dagsorden
      Beslutning:
      Godkendt.

      Punkt 2: Eventuelt
      Beslutning:
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Arne Skytte", "Dorit Krag", "Finn Ager", "Edel Marstrand"])
    #expect(m.absentees == ["Svend Lyng"])
  }

  /// A small council's list of who came by initials, a legend of the initials under it
  /// ("AK = Ahmed Holm (formand)", a first name the name list may not know): the full names.
  @Test func initialsResolvedByTheirLegend() throws {
    let text = """
      Integrationsrådet

      Referat af møde i Integrationsrådet
      Onsdag den 3. juni 2043 kl. 16.00-18.00

      Til stede:  BT, TQ, RV
      Afbud:      KB
      Referent:   DM

      Forkortelser:
      BT = Bodil Thrane (formand)
      TQ = Tuyet Quach
      RV = Rasmus Vedel
      KB = Karim Bashir
      DM = Dorthe Munch, konsulent (sekretær for rådet)

      1) Godkendelse af dagsorden
      Godkendt.

      2) Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Bodil Thrane", "Tuyet Quach", "Rasmus Vedel"])
  }

  /// Who came by first names, the members' full names in a table after the items: the full
  /// names; a first name the table does not give alone keeps the list as written.
  @Test func firstNamesResolvedByTheMembersTable() throws {
    let text = """
      # Handicaprådet – referat 7. maj 2043

      **Mødetidspunkt:** kl. 16.00–18.00\\
      **Til stede:** Grete, Asbjørn, Lis\\
      **Afbud:** Bent\\
      **Referent:** Vivi

      **1. Godkendelse af dagsorden**

      - Godkendt.

      **2. Eventuelt**

      - Intet.

      **Medlemmer af Handicaprådet**

      | Navn | Udpeget af |
      |---|---|
      | Grete Ulstrup (formand) | DH |
      | Asbjørn Krogh | DH |
      | Bent Hviid | Byrådet (A) |
      | Lis Munk Olsen | Byrådet (V) |

      """
    let m = try parse(text, "doc.md")
    #expect(m.attendees == ["Grete Ulstrup", "Asbjørn Krogh", "Lis Munk Olsen"])
    #expect(m.absentees == ["Bent Hviid"])
    let one = try parse(text.replacingOccurrences(of: "| Asbjørn Krogh | DH |\n", with: ""), "doc.md")
    #expect(one.attendees == ["Grete", "Asbjørn", "Lis"])
  }

  /// A note's icon before the label (a page's callout, "📌 Afbud: Vagn Iversen. Suppleant Lis
  /// Vang mødte i stedet for Vagn Iversen."): the one away is away, the one who came in.
  @Test func anIconBeforeTheAbsenceLabel() throws {
    let text = """
      Teknikudvalget 3.12.2041

      Dato: 3. december 2041 13:00
      Medlemmer: Niels Vinter, Jytte Brink, Kaj Holst, Vagn Iversen

      📌 Afbud: Vagn Iversen. Suppleant Ruth Dam mødte i stedet for Vagn Iversen.

      1. Godkendelse af dagsorden

      Beslutning: Godkendt.

      2. Eventuelt

      Beslutning: Intet.

      """
    let m = try parse(text, "doc.md")
    #expect(m.attendees == ["Niels Vinter", "Jytte Brink", "Kaj Holst", "Ruth Dam"])
    #expect(m.absentees == ["Vagn Iversen"])
  }

  /// A laid-out page's two lists side by side, their labels on one line ("Til stede:
  /// Fraværende:") and the names in columns under them, a role wrapped to its own line.
  @Test func twoListsSideBySideUnderTheirLabels() throws {
    let text = """
      Referat

      Udvalget for Plan

            Dato:             Torsdag den 21. oktober 2041
            Start kl.:        17:00

            Til stede:                                       Fraværende:
                              Jens Brøndum (V), formand          Allan Winge (C)
                              Vibe Ahlgren (A),
                              næstformand
                              Tage Falk (V)
                              Ulla Beck (A)

            Desuden deltog:   Direktør Sten Nyborg

      41. Godkendelse af dagsorden
      Godkendt.

      42. Eventuelt
      Intet.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Jens Brøndum", "Vibe Ahlgren", "Tage Falk", "Ulla Beck"])
    #expect(m.absentees == ["Allan Winge"])
  }

  /// A pandoc simple table of who came (`Navn  Repræsenterer  Fremmøde`, a rule of dashes under
  /// the heads), a status wrapped in its column (`Mødt for` / `Ingeborg` / `Skaarup`) and a member who
  /// came late (`Kom kl. 19.20`).
  @Test func aSimpleTableWithARuleUnderItsHeads() throws {
    let text = """
      **Referat**

      **Folkeoplysningsudvalget**

      **Mødedato:** Torsdag den 16. april 2043

      **Deltagere**

        Navn                         Repræsenterer                      Fremmøde
        ---------------------------- ---------------------------------- ---------------
        Mogens Eskildsen (formand)   Byrådet (V)                        Til stede
        Hanne Lykke                  Byrådet (A)                        Til stede
        Ingeborg Skaarup             Sportsklubberne                    Afbud
        Nina Thorsen (suppleant)     Sportsklubberne                    Mødt for
                                                                        Ingeborg
                                                                        Skaarup
        Carsten Bay                  Kultur- og                         Til stede
                                     musikforeningerne
        Jens Peter Kamp              Patientforeningerne                Kom kl. 19.20

      **1. Godkendelse af dagsorden**

      Godkendt.

      **2. Eventuelt**

      Intet.

      """
    let m = try parse(text, "doc.md")
    #expect(m.attendees == ["Mogens Eskildsen", "Hanne Lykke", "Nina Thorsen", "Carsten Bay", "Jens Peter Kamp"])
    #expect(m.absentees == ["Ingeborg Skaarup"])
  }

  /// A laid-out table of the members with their party and a remarks column (`Medlemmer  Parti
  /// Bemærkning`): a member without a remark or with a role came; `Afbud` is away; one who came
  /// late or left early came.
  @Test func aMembersTableWithARemarksColumn() throws {
    let text = """
      Beslutningsprotokol

      Forretningsudvalget

      Mødedato: 5. juni 2041, kl. 10:00 - 12:00
      Sekretær: Pia Borre

      Medlemmer                         Parti    Bemærkning
      Merete Dyhr                       A        Regionsrådsformand, formand
      Jens-Ole Sejr                     V        1. næstformand
      Anne Grue                         A
      Bjarne Hede                       A        Afbud
      Susanne Lind                      B        Deltog fra kl. 10.15 (fra punkt 4)
      Karina Hjort                      Ø        Forlod mødet kl. 11.05 efter punkt 5

      Desuden deltog: Regionsdirektør Lone Kobbel

      1 Godkendelse af dagsorden
      Godkendt.

      2 Meddelelser
      Taget til efterretning.

      """
    let m = try parse(text)
    #expect(m.attendees == ["Merete Dyhr", "Jens-Ole Sejr", "Anne Grue", "Susanne Lind", "Karina Hjort"])
    #expect(m.absentees == ["Bjarne Hede"])
  }
}
