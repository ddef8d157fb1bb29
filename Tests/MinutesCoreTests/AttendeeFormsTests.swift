@testable import MinutesCore
import Testing

/// How small boards and councils write who came: labels, titles before names, groups, notes of
/// absence beside a name. Each document is read whole, as a user's file would be.
@Suite struct AttendeeFormsTests {
  func meeting(_ header: String) throws -> Meeting {
    let text = header + "\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n"
    return try MinutesParser.parse(bytes: Array(text.utf8), source: "doc.txt", options: .init())
  }

  @Test(arguments: [
    // A title before the name, capitalised or not: a job's word, a member's, a cleric's.
    ("Til stede: Provst Hanne Mølgaard (formand), Jørgen Iversen, Anne-Lise Brok", ["Hanne Mølgaard", "Jørgen Iversen", "Anne-Lise Brok"]),
    ("Til stede: Bestyrelsesmedlem Kristian Mølbak, Medarbejdervalgt Lone Sørensen, Ole Bak", ["Kristian Mølbak", "Lone Sørensen", "Ole Bak"]),
    ("Til stede: Anne Holm, sognepræst Tove Riis, Peter Lund", ["Anne Holm", "Tove Riis", "Peter Lund"]),
    ("Deltagere: Skoleleder Ib Jessen, Gruppeleder Mads Berg, Lis Ravn", ["Ib Jessen", "Mads Berg", "Lis Ravn"]),
    // A title's unit named with `og` before the name: one entry.
    (
      "Deltagere: Kommunaldirektør Bent Skov (BS), direktør for Børn og Kultur Hanne Lodahl (HL), direktør for Teknik og Miljø Per Ulsøe (PU)",
      ["Bent Skov", "Hanne Lodahl", "Per Ulsøe"]
    ),
    // Those who came in members' places, under their own label, beside the members' list.
    (
      "Deltagere: Bo Hansen (A), Jesper Kiel (Ø), Mette Hjort (SF), Arne Ebsen (V)\nFraværende: Mette Hjort (SF)\nArne Ebsen (V)\nStedfortrædere: Vibeke Hjort (SF), Poul Rex (V)",
      ["Bo Hansen", "Jesper Kiel", "Vibeke Hjort", "Poul Rex"]
    ),
    // With no members' list, who came is unknown: the substitute alone is no list of attendees.
    ("Fraværende: Mette Hjort (SF)\nStedfortræder: Vibeke Hjort (SF)", []),
    // Groups of two or three words under the members' label, each with its names.
    (
      "Medlemmer:\nPolitiske medlemmer: Jørgen Helbo (A), formand, Lone Tvede (V).\nIdrætsforeninger: Bjarne Holm (Brøndby Svømmeklub), Tina Petersen (Brøndbyvester IF).\nAfbud: Lone Tvede (V)",
      ["Jørgen Helbo", "Bjarne Holm", "Tina Petersen"]
    ),
    // A title, a name and where the member comes from; the list of items' word after the list.
    (
      "Medlemmer:\nBorgmester Lars Elmquist, formand\nKommunalbestyrelsesmedlem Bodil Thygesen\nPolitiinspektør Annette Birch, Syd- og Sønderjyllands Politi\n\nAfbud: Ingen",
      ["Lars Elmquist", "Bodil Thygesen", "Annette Birch"]
    ),
    ("Medlemmer: Karina Bech (C) (formand), Thomas Aagesen (V)\n\nDagsordenspunkter", ["Karina Bech", "Thomas Aagesen"]),
    // Away from a full meeting and who came instead, told in prose under the list.
    (
      "Medlemmer: Tove Sand (V), Hans Riis (V), Jacob Lind (Ø) og Helle Strand (K).\n\nAlle medlemmer var til stede med undtagelse af Jacob Lind (Ø), der havde forfald. I hans sted deltog stedfortræder Rikke Blom (Ø). Hans Riis (V) forlod mødet kl. 19.20.",
      ["Tove Sand", "Hans Riis", "Helle Strand", "Rikke Blom"]
    ),
    // What a member sits for after the comma, a compound's first part and `og` in it.
    ("Deltagere:\nBirthe Sølv (A), formand\nGitte Fogh, DGI Midt- og Vestsjælland\nKaj Nør (V)", ["Birthe Sølv", "Gitte Fogh", "Kaj Nør"]),
    // Groups without a label over them all: a workplace committee's two sides, a union's
    // letters after a name, who came for whom with what she sits for.
    (
      "Ledelsesrepræsentanter:\nKommunaldirektør Henning Vad (formand)\nHR-chef Lone Bak\n\nMedarbejderrepræsentanter:\nAnja Thorsø, FOA (næstformand)\nKenneth Ølgaard, 3F\nMarlene Hviid, Dansk Sygeplejeråd\n\nAfbud: Marlene Hviid\nSusie Brandt, Dansk Sygeplejeråd, mødte for Marlene Hviid.",
      ["Henning Vad", "Lone Bak", "Anja Thorsø", "Kenneth Ølgaard", "Susie Brandt"]
    ),
    // Members under their parties' headings, and the council's members by its genitive.
    (
      "Socialdemokratiet (A)\nJesper Dalgas, regionsrådsformand\nBente Søe\n\nVenstre (V)\nOle Birk\n\nRadikale Venstre (B)\nAnders Bundgaard\n\nAfbud\nBente Søe (A)",
      ["Jesper Dalgas", "Ole Birk", "Anders Bundgaard"]
    ),
    ("Byrådets medlemmer:\nKasper Thorup (A), borgmester\nErik Lauritsen (V)\nAnne Fogh (A)\n\nAfbud: Anne Fogh (A).", ["Kasper Thorup", "Erik Lauritsen"]),
    // Entries parted by a middle dot.
    ("Medlemmer: Kirsten Ubbesen (A), formand · Torsten Heltoft (V) · Mie Rosendal (C)\nAfbud: Mie Rosendal (C)", ["Kirsten Ubbesen", "Torsten Heltoft"]),
    // A word processor's table of who came, a mark under its column; who came for a member.
    (
      "Fremmøde:\n\n     Navn                                  Til stede      Afbud\n     Mette Kjær (A), borgmester                X\n     Lone Dall (A)                                            X\n     Bilal Yousef (A)                          X\n     Stedfortræder for Lone Dall: Jesper Friis (A)   X",
      ["Mette Kjær", "Bilal Yousef", "Jesper Friis"]
    ),
    (
      "Navn\tTil stede\tAfbud\nMette Kjær\tX\t\nLone Dall\t\tX\nBilal Yousef\tX",
      ["Mette Kjær", "Bilal Yousef"]
    ),
    // A laid-out table with a status column last: came, came late, away; a substitute's name
    // cell wrapped onto the line under; the referent under the table.
    (
      "   Deltagere                         Repræsenterer          Status\n   Ib Holt, formand                  Kommunaldirektør       Deltog\n   Dorte Vinge                       Direktør, Kultur       Afbud\n   Per Aagaard                       3F                     Deltog fra pkt. 3\n   Lise Brandt                       BUPL                   Afbud\n   Mona Thy (suppl. for Lise         BUPL                   Deltog\n   Brandt)\n   Kurt Fisker                       HK Kommunal            Deltog\n\n   Referent: Sara Lind, HR-konsulent",
      ["Ib Holt", "Per Aagaard", "Mona Thy", "Kurt Fisker"]
    ),
    // A laid-out header's right column of those away, its second entry beside the next field.
    (
      "Mødedato:    Onsdag den 4. marts 2030            Forfald:          Jens Holm (O)\nMødetid:     Kl. 18.00 – 21.40                                     Pia Thorsen (M)\nMødested:    Byrådssalen\n\nMedlemmer:\nKarl Lunde (A), Jens Holm (O), Pia Thorsen (M), Ida Vang (V)",
      ["Karl Lunde", "Ida Vang"]
    ),
    // Only an absent column, its mark beside who was away; a remark under the table.
    (
      "   Medlemmer                                      Fraværende\n   Jonas Ravn (V), formand\n   Tove Mark (A), næstformand\n   Hans Bille (DF)                                    X\n   Lis Kjær (SF)\n\n   Bemærkninger:  Tove Mark (A) deltog ikke i behandlingen af sag nr. 2.",
      ["Jonas Ravn", "Tove Mark", "Lis Kjær"]
    ),
    // A table of who came with a column of their attendance (a saved page's, pandoc's grid
    // table with cells wrapped over lines): came, came late, came in a member's place, away.
    (
      "| Navn | Parti | Fremmøde |\n|---|---|---|\n| Erik Jessen, formand | A | Til stede |\n| Jørgen Dall | A | Afbud |\n| Inga Mathiesen | S | Mødt kl. 09.15 under punkt 25 |\n| Dorte Svendsen | A | Stedfortræder for Jørgen Dall |",
      ["Erik Jessen", "Inga Mathiesen", "Dorte Svendsen"]
    ),
    // Signs before the status's words; a note after a comma; the table's referent and guest
    // are no members.
    (
      "| Navn | Repræsenterer | Status |\n| --- | --- | --- |\n| Amir Saleh | Formand, Foreningen Fælles | ✅ Til stede |\n| Lea Frost | Kvindenetværket | ❌ Afbud |\n| Rita Bonde | Kvindenetværket (suppl. for Lea Frost) | ✅ Til stede, forlod mødet kl. 18.15 |\n| Jens Kjær | Byrådsmedlem (V) | ✅ Til stede |\n| Per Lykke | Konsulent, sekretær for rådet | 📝 Referent |\n| Tine Holk | Røde Kors | 👤 Gæst (pkt. 3) |",
      ["Amir Saleh", "Rita Bonde", "Jens Kjær"]
    ),
    (
      "**Medlemmer**\n\n+-----------------+---------------+-----------+\n| **Navn**        | **Udpeget af**| **Fremmøde** |\n+=================+===============+===========+\n| Lone Stamp,     | DH Holstebro  | Mødt      |\n| formand         |               |           |\n+-----------------+---------------+-----------+\n| Vibeke Mose     | DH Holstebro  | Fraværende |\n+-----------------+---------------+-----------+\n| Karsten Uhre    | Byrådet (V)   | Mødt      |\n+-----------------+---------------+-----------+",
      ["Lone Stamp", "Karsten Uhre"]
    ),
    // Who came for whom under the substitutes' label, without a verb.
    (
      "Medlemmer: Peter Hvam (A), Lene Dahl (A), Line Bukh (V)\nFraværende: Peter Hvam (A), Line Bukh (V)\nStedfortrædere: Maria Søgaard (A) for Peter Hvam (A), Ole Friis Kjær (V) for Line Bukh (V)",
      ["Lene Dahl", "Maria Søgaard", "Ole Friis Kjær"]
    ),
    // One a line with a note of absence in brackets; who came for her in a sentence under the
    // list; the staff under their heading; a remark under its label.
    (
      "Medlemmer\nCarsten Højbo (V), formand\nEva Kjær (V) (fraværende)\nTina Lauge (O)\n\nLeif Andersen (V) mødte for Eva Kjær.\n\nAdministrationen\nDirektør for Plan og Klima Jannie Kolbæk\n\nBemærkning\nTina Lauge (O) deltog fra pkt. 4.",
      ["Carsten Højbo", "Tina Lauge", "Leif Andersen"]
    ),
    // Who came instead after the verb; one away for the whole meeting in a sentence.
    (
      "Byrådets medlemmer:\nKasper Thorup (A), borgmester\nAnne Fogh (A)\nJens Bruhn (Ø)\n\nAfbud: Anne Fogh (A). I stedet mødte stedfortræder Henrik Brodersen (A).\nJens Bruhn (Ø) deltog ikke i mødet.",
      ["Kasper Thorup", "Henrik Brodersen"]
    ),
    // A form of two columns whose members' value runs long and wraps.
    (
      "Mødedato         21.11.2028\nStart            16:30\n\nMedlemmer        Trine Græse (A) (formand), Jesper Helmuth (A), Ask Bech (V), Nanna Rued (F),\n                 Kasper Sand (C)\nFraværende       Ask Bech (V)\nDesuden deltog   Direktør for Børn og Kultur Marianne Wiberg",
      ["Trine Græse", "Jesper Helmuth", "Nanna Rued", "Kasper Sand"]
    ),
    // Who also attended, staff and a member's substitute among them.
    (
      "Byrådets medlemmer:\nDorthe West (V), borgmester, Jakob Sand (V), Gitte Riis (A)\n\nForfald: Jakob Sand (V)\nStedfortræder: Mogens Lykke (V) for Jakob Sand (V)\n\nDesuden til stede: Kommunaldirektør Per Søndergaard, Skolechef Mikkel Dam (pkt. 64)",
      ["Dorthe West", "Gitte Riis", "Mogens Lykke"]
    ),
    (
      "Medlemmer:\nUlrik Krogh, formand (idrætten)\nMogens Brix (byrådet, V)\n\nAfbud: Mogens Brix\nDesuden mødt: Jørn Kvist, suppleant for Mogens Brix\nReferent: Kultur- og fritidskonsulent Peter Winther",
      ["Ulrik Krogh", "Jørn Kvist"]
    ),
    // Away by the initials the list gives a member.
    ("Deltagere: Kommunaldirektør Helle Bonde (HB), Niels Kirk (NK), Jesper Tang (JT)\nAfbud: JT", ["Helle Bonde", "Niels Kirk"]),
    // Everybody came, and who they are; a board's members under its label, each with a status.
    ("Alle medlemmer var til stede: Otto Lund, Kaja Bro, Edith Dam.", ["Otto Lund", "Kaja Bro", "Edith Dam"]),
    ("Bestyrelse: Bente Krog, Erik Hald, Sanne Lund\nAlle var til stede.", ["Bente Krog", "Erik Hald", "Sanne Lund"]),
    (
      "Afdelingsbestyrelsen:\nHanne Lund (formand) – til stede\nOmar Said – til stede\nGrete Nielsen – afbud",
      ["Hanne Lund", "Omar Said"]
    ),
    // One a line, a note after a dash: away, or when a member came (a time in it).
    (
      "Medlemmer:\nKarl Bjerg (A), formand\nSofie Lund (B), næstformand - afbud\nAksel Vig (C) - deltog fra kl. 9.45 (fra punkt nr. 3)\nHelle Dam (A)\nOve Kring (V) - forlod mødet kl. 11.30",
      ["Karl Bjerg", "Aksel Vig", "Helle Dam", "Ove Kring"]
    ),
    // The council's own name over its members, grouped by party; who came in a member's place.
    (
      "Kommunalbestyrelsen:\nVenstre: Frank Holm (borgmester), Karen Bork, Peter Lund\nSocialdemokratiet: Birthe Hald\nDet Konservative Folkeparti: Erik Vang\n\nAfbud: Peter Lund (V). I hans sted deltog 1. suppleant Ole Brink (V).",
      ["Frank Holm", "Karen Bork", "Birthe Hald", "Erik Vang", "Ole Brink"]
    ),
    // The chair and the deputy under their seats' labels, the other members under theirs.
    (
      "Formand: Jacob Holm (C)\n\nNæstformand: Line Bak (V)\n\nMedlemmer: Ulla Falk (A), Tove Bro (C), Niels Ørum (Ø)\n\nAfbud fra Tove Bro (C).",
      ["Jacob Holm", "Line Bak", "Ulla Falk", "Niels Ørum"]
    ),
    // `Mødt:` with the names on the line.
    ("Mødt: Kjeld Sø, Anette Vig, Torben Hald, Lasse Bro\nAfbud: Ingen", ["Kjeld Sø", "Anette Vig", "Torben Hald", "Lasse Bro"]),
    // A note of absence in brackets marks its own entry only.
    (
      "Medlemmer: Poul Dam (formand), Inge Bach, Niels Krog (afbud), Tina Vestergaard, Ruth Iversen (afbud)",
      ["Poul Dam", "Inge Bach", "Tina Vestergaard"]
    ),
    // Present from the board are members; present from the administration serve it.
    (
      "Til stede fra bestyrelsen: Lone Dahl (formand), Anders Vig, Kurt Bonde\nTil stede fra administrationen: Direktør Per Holst\nAfbud: Lis Ravn",
      ["Lone Dahl", "Anders Vig", "Kurt Bonde"]
    ),
  ])
  func attendees(_ c: (String, [String])) throws {
    let m = try meeting("Referat af bestyrelsesmøde den 16. december 2024 kl. 17.00\n\n" + c.0)
    #expect(m.attendees == c.1, "\(c.0)")
  }

  /// Above the first item, a line of sentences where a label opens one (a web page's paragraph):
  /// each label reads its own value; a town after the address stays the place's.
  @Test(arguments: [
    (
      "Mødet blev afholdt kl. 19.00 i Sdr. Felding Hallen. Deltagere: Gunnar Holm, Lene Bach, Arne Sand.",
      ["Gunnar Holm", "Lene Bach", "Arne Sand"], nil as String?
    ),
    ("Bestyrelsen holdt møde i kælderlokalet. Til stede var Camilla Friis, Henrik Bøgh og Nadia Ahmed.", ["Camilla Friis", "Henrik Bøgh", "Nadia Ahmed"], nil),
    ("Til stede: Kaj Toft, Else Hvid\nSted: Skovbakkehallen, cafeteriet. Mødet startede kl. 19.30.", ["Kaj Toft", "Else Hvid"], "Skovbakkehallen, cafeteriet"),
    ("Til stede: Kaj Toft, Else Hvid\nMødested: Bytoften 73, 7. sal. Tjørring", ["Kaj Toft", "Else Hvid"], "Bytoften 73, 7. sal. Tjørring"),
    ("Til stede: Kaj Toft, Else Hvid\nSted: Hos Inge, Møllevej 7. Kl. 19.00", ["Kaj Toft", "Else Hvid"], "Hos Inge, Møllevej 7"),
  ])
  func labelsInsideAParagraph(_ c: (String, [String], String?)) throws {
    let m = try meeting("Referat af bestyrelsesmøde den 16. december 2024\n\n" + c.0)
    #expect(m.attendees == c.1, "\(c.0)")
    if let place = c.2 { #expect(m.location == place, "\(c.0)") }
  }

  /// A day labelled with a year in two digits (`Mødedato: 18.03.25`) is the meeting's day.
  @Test func aLabelledDayWithTwoDigitYear() throws {
    let text = "Referat – bestyrelsesmøde, Gl. Rye Vandværk\nMødedato: 18.03.25\nTid: 19.00\n\n1. Godkendelse af dagsorden\nGodkendt.\n"
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "doc.txt", options: .init())
    #expect(m.date?.description == "2025-03-18")
  }
}

extension AttendeeFormsTests {
  /// A member the header says came late is at the meeting, though away under the first items.
  @Test func cameLateIsAttending() throws {
    let text = """
      Referat af møde i Plan- og Boligudvalget den 14. oktober 2025 kl. 16.00
      Deltagere: Lars Holten (C) (formand), Pernille Sejr (A), Morten Kamp (V)
      Bemærkning: Morten Kamp (V) deltog fra punkt 2.

      1. Godkendelse af dagsorden
      Beslutning
      Godkendt.
      Fraværende: Morten Kamp (V)

      2. Lokalplan
      Beslutning
      Godkendt.

      3. Budget
      Beslutning
      Godkendt.
      Fraværende: Pernille Sejr (A)
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "pbu.txt", options: .init())
    #expect(m.attendees == ["Lars Holten", "Morten Kamp"])
  }
}

extension AttendeeFormsTests {
  /// Who came instead told with the absent first (`I stedet for Kirsten Lykke deltog Morten
  /// Dahl.`), in sentences a copied page glued at their full stops.
  @Test func insteadOfInAGluedParagraph() throws {
    let m = try meeting(
      "Referat af møde i Ældre- og Handicapudvalget den 22. januar 2025 kl. 15.00\n\nMedlemmer:\nSusanne Krogh (A), formand\nJakob Lindberg (V)\nKirsten Lykke (C)\n\nAfbud fra:\nKirsten Lykke\n\nI stedet for Kirsten Lykke deltog Morten Dahl.Rådmand Susanne Krogh forlod mødet efter pkt. 5.")
    #expect(m.attendees == ["Susanne Krogh", "Jakob Lindberg", "Morten Dahl"])
  }

  /// `Birthe Holm var fraværende.` under every item, after the decision's label glued before it.
  /// Away under the items is away from the meeting; away under the last items only, after a
  /// line under an earlier item that tells the member left, is at it.
  @Test func awayUnderSomeItemsOnlyIsAttending() throws {
    let text = """
      Referat
      Økonomiudvalget
      Mødedato: 3. februar 2029 kl. 8.30
      Medlemmer: Ulla Holt (V), formand, Per Bang (A), Niels Toft (O), Karen Sloth (V)

      1. Godkendelse af dagsorden
      Beslutning
      Godkendt.
      Fraværende: Per Bang (A)

      2. Budgetopfølgning
      Beslutning
      Taget til efterretning.
      Niels Toft (O) forlod mødet efter behandlingen af dette punkt.
      Fraværende: Per Bang (A)

      3. Anlægsregnskab
      Beslutning
      Godkendt.
      Fraværende: Per Bang (A), Niels Toft (O)
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "oeu.txt", options: .init())
    #expect(m.attendees == ["Ulla Holt", "Niels Toft", "Karen Sloth"])
  }

  /// Away under the first items only, with no line that tells it: the member came after them
  /// and was at the meeting; away under every item, not.
  @Test func awayUnderTheFirstItemsOnlyCameLater() throws {
    let text = """
      Referat
      Børne- og Ungeudvalget
      Mødedato: 8. marts 2034 kl. 15.30
      Medlemmer: Pernille Kragh (formand), Bo Ullerup, Nadia Saleh, Lykke Baun

      21. Godkendelse af dagsorden
      Beslutning
      Godkendt.
      Fraværende: Bo Ullerup, Nadia Saleh

      22. Elevfravær
      Beslutning
      Taget til efterretning.
      Fraværende: Bo Ullerup, Nadia Saleh

      23. Sommercamp
      Beslutning
      Godkendt.
      Fraværende: Bo Ullerup
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "buu.txt", options: .init())
    #expect(m.attendees == ["Pernille Kragh", "Nadia Saleh", "Lykke Baun"])
  }

  @Test func awayUnderTheItemsInASentence() throws {
    let text = """
      Referat
      Børne- og Skoleudvalget
      Mødedato: 17. juni 2025 kl. 16.00
      Medlemmer: Jens Haugaard (V) (formand), Birthe Holm (C), Nanna Vedel (F)

      88. Godkendelse af dagsorden
      Beslutning
      Børne- og Skoleudvalget, 17.06.2025 Birthe Holm var fraværende. Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "bsu.txt", options: .init())
    #expect(m.attendees == ["Jens Haugaard", "Nanna Vedel"])
  }

  @Test func gluedSentencesArePartedButInitialsAndLabelsAreNot() {
    #expect(LineRepair.spacedSentences("deltog Morten Dahl.Rådmand Susanne Krogh forlod mødet") == "deltog Morten Dahl. Rådmand Susanne Krogh forlod mødet")
    #expect(LineRepair.spacedSentences("A.P. Møller og odense.dk") == "A.P. Møller og odense.dk")
    #expect(LineRepair.spacedSentences("til mødet.Vedtagelse: Godkendt") == "til mødet.Vedtagelse: Godkendt")
  }
}

extension AttendeeFormsTests {
  /// Tables of who came whose cells say more than a mark or a status word: a mark alone in the
  /// status column, a mark with a note of when (`✔ fra 17.10`, `X (fra pkt. 4)`), the member's
  /// role before the status (`Formand - deltog`), and one away with who came in the seat in the
  /// same cell (`Afbud - stedfortræder Ib Lund (V) deltog`).
  @Test(arguments: [
    (
      "| Navn | Udpeget af | Fremmøde |\n|------|------------|:--------:|\n| Ane Stig (formand) | Byrådet (V) | ✔ |\n| Per Holt | Byrådet (A) | afbud |\n| Mia Krag | DH | ✔ fra 17.10 |\n| Otto Bjerre | DH | ✔ |\n| Eva Dahl | DH | afbud |",
      ["Ane Stig", "Mia Krag", "Otto Bjerre"]
    ),
    (
      "| Medlem | Parti | Til stede | Afbud |\n|---|---|---|---|\n| Ane Stig | V | X | |\n| Per Holt | A | | X |\n| Mia Krag | O | X (fra pkt. 4) | |\n| Otto Bjerre | C | X | |",
      ["Ane Stig", "Mia Krag", "Otto Bjerre"]
    ),
    (
      "Medlem                       Parti    Status\nAne Stig                     A        Formand - deltog\nPer Holt                     V        Afbud - stedfortræder Ib Lund (V) deltog\nMia Krag                     O        Deltog, forlod mødet kl. 16.30\nOtto Bjerre                  C        Fraværende\nEva Dahl                     F        Deltog",
      ["Ane Stig", "Ib Lund", "Mia Krag", "Eva Dahl"]
    ),
  ])
  func attendanceTableCells(_ c: (String, [String])) throws {
    let m = try meeting("Referat af møde i Socialudvalget den 16. december 2024 kl. 17.00\n\n" + c.0)
    #expect(m.attendees == c.1, "\(c.0)")
  }
}

extension AttendeeFormsTests {
  /// A table of members without a header row, its members in groups under a line that names
  /// who appointed them (`Udpeget af ...`): every group's members, the groups' lines no
  /// members nor the committee's name; a title a participle qualifies (`Praktiserende læge`);
  /// one away whose cell names who came, beside the body the member comes from.
  @Test func aGroupedTableWithoutHeader() throws {
    let text = """
      Referat

      Sundhedsudvalget

      Dato: 21.11.2024

      ## Medlemmer

      Udpeget af regionsrådet

      | Arne Lind (A), formand | Deltog |
      | Bodil Krag (V) | Afbud |

      Udpeget af kommunerne

      | Borgmester Carl Holt, Nordby Kommune, næstformand | Deltog |
      | Udvalgsformand Dorte Vang, Sydby Kommune | Afbud - stedfortræder Ejnar Mose, Østby Kommune, deltog |
      | Praktiserende læge Frida Sund | Deltog |

      1. Godkendelse af dagsorden

      Beslutning
      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "s.md", options: .init())
    #expect(m.committee == "Sundhedsudvalget")
    #expect(m.attendees == ["Arne Lind", "Carl Holt", "Ejnar Mose", "Frida Sund"])
    #expect(m.absentees == ["Bodil Krag", "Dorte Vang"])
  }
}

extension AttendeeFormsTests {
  /// Who was away and who came instead, told in sentences: under a label of who came
  /// (`Fremmøde`) rather than a list, and as all but those named (`samtlige medlemmer bortset
  /// fra`); two members under their party's label are both members.
  @Test(arguments: [
    (
      "Medlemmer\nVenstre: Arne Lind (borgmester), Bodil Krag\nSocialdemokratiet: Carl Holt, Dorte Vang\nSF: Ejnar Mose, Yunus Berk\n\nFremmøde\nDer var afbud fra Carl Holt (A) og Bodil Krag (V). For Carl Holt mødte stedfortræder Frida Sund (A). Bodil Krags stedfortræder var forhindret.\nArne Lind (V) forlod mødet kl. 19.30.",
      ["Arne Lind", "Dorte Vang", "Ejnar Mose", "Yunus Berk", "Frida Sund"]
    ),
    (
      "Medlemmer\nArne Lind (A), formand\nBodil Krag (V)\nCarl Holt (C)\n\nMødet blev holdt med deltagelse af samtlige medlemmer bortset fra Carl Holt (C), der havde meldt afbud. Bodil Krag (V) deltog via Teams.",
      ["Arne Lind", "Bodil Krag"]
    ),
  ])
  func awayAndInsteadInSentences(_ c: (String, [String])) throws {
    let m = try meeting("Referat af møde i Kommunalbestyrelsen den 16. december 2024 kl. 17.00\n\n" + c.0)
    #expect(m.attendees == c.1, "\(c.0)")
  }
}

extension AttendeeFormsTests {
  /// A workplace committee's members under its two sides' labels, each over a list of bullets:
  /// the management side with titles before the names, the staff side with a union after them.
  @Test func theSidesOfAWorkplaceCommittee() throws {
    let m = try meeting(
      "Referat fra møde i MED-udvalget den 16. december 2024 kl. 9.00\n\n**Ledelsessiden:**\n- Kommunaldirektør Ane Holt (formand)\n- Direktør Bo Krag\n- HR-chef Carla Vind\n\n**Medarbejdersiden:**\n- Dorte Sand, FOA (næstformand)\n- Erik Lunde, HK\n- Finn Mose, 3F\n\n**Afbud:** Direktør Bo Krag, Finn Mose (3F)\n**Stedfortræder:** Gert Bak (3F) for Finn Mose")
    #expect(m.attendees == ["Ane Holt", "Carla Vind", "Dorte Sand", "Erik Lunde", "Gert Bak"])
  }
}

extension AttendeeFormsTests {
  /// A table of who came flattened into one cell a line: the heads one a line, then each row's
  /// name, what the member sits for and the status; who came late and a stand-in are there,
  /// those away and what members sit for are not.
  @Test func aTableFlattenedOneCellALine() throws {
    let m = try meeting(
      "Referat af møde i Integrationsrådet den 16. december 2024 kl. 17.00\nFremmøde\nNavn\nRepræsenterer\nFremmøde\nAne Holt (formand)\nKvindeforeningen\nMødt\nBo Krag\nKommunalbestyrelsen (A)\nAfbud\nCarla Vind\nUngerådet\nIkke mødt\nDorte Sand\nFrivilligcentret\nMødt fra pkt. 3\nErik Lunde (suppleant for Bo Krag)\nKommunalbestyrelsen (A)\nMødt\nSekretær: konsulent Finn Mose")
    #expect(m.attendees == ["Ane Holt", "Dorte Sand", "Erik Lunde"])
  }
}

extension AttendeeFormsTests {
  /// A saved page's table of members whose last column is remarks (`Navn | Parti | Bemærkning`):
  /// a role, a note of leaving early or nothing is present, `Afbud` is away, and a stand-in
  /// came.
  @Test func aMembersTableWithARemarksColumn() throws {
    let m = try meeting(
      "Referat af møde i Regionsrådet den 16. december 2024 kl. 10.00\n\nFremmøde\n\n| Navn | Parti | Bemærkning |\n|---|---|---|\n| Ane Holt | A | Regionsrådsformand |\n| Bo Krag | A |  |\n| Carla Vind | V | Afbud |\n| Dorte Sand | V | Stedfortræder for Carla Vind |\n| Erik Lunde | O | Forlod mødet kl. 12.30 efter punkt 5 |\n| Finn Mose | Ø |  |\n\nFra administrationen deltog regionsdirektør Gert Bak.")
    #expect(m.attendees == ["Ane Holt", "Bo Krag", "Dorte Sand", "Erik Lunde", "Finn Mose"])
    #expect(m.absentees == ["Carla Vind"])
  }

  /// A status column that holds only when the member came (`Fra pkt. 3`): present; and the
  /// others under `Desuden:` alone are staff, no members.
  @Test func aStatusOfWhenAndOthersUnderDesuden() throws {
    let m = try meeting(
      "Referat af møde i Magistraten den 16. december 2024 kl. 9.00\n\n| Medlem | Parti | Funktion | Fremmøde |\n|---|---|---|---|\n| Ane Holt | A | Borgmester | Til stede |\n| Bo Krag | V | Rådmand | Fra pkt. 3 |\n| Carla Vind | O | Medlem | Afbud |\n| Dorte Sand | B | Medlem | Til stede |\n\nDesuden: stadsdirektør Erik Lunde, kommunikationschef Finn Mose, Gert Bak (ref.)")
    #expect(m.attendees == ["Ane Holt", "Bo Krag", "Dorte Sand"])
  }
}

extension AttendeeFormsTests {
  /// A header's labels in a column and their values after it, as a converter read them: an
  /// ignored label (`Sluttidspunkt:`) holds its value's place, a comma list wrapped inside an
  /// entry (`…, Ida` / `Krag (V), …`) is one list, a remark wrapped over two lines is one.
  @Test func aLabelColumnWithAnIgnoredLabelAndWrappedValues() throws {
    let m = try meeting(
      "Referat\nØkonomiudvalget\nDato:\nStarttidspunkt:\nSluttidspunkt:\nSted:\nTil stede:\nFraværende:\nBemærkninger:\n16.12.2024\n15:00\n17:30\nMødelokale 2, Rådhuset\nAne Holt (V) (formand), Bo Lind (A), Ida\nKrag (V), Carl Dam (C)\nEva Sand (O)\nCarl Dam (C) mødte kl. 15.40. Kommunaldirektør Finn Mose\nog økonomichef Gert Bak deltog i mødet.")
    #expect(m.attendees == ["Ane Holt", "Bo Lind", "Ida Krag", "Carl Dam"])
    #expect(m.absentees == ["Eva Sand"])
  }

  /// The same where a table of contents follows the values without a blank line, a note of
  /// one who left stands after them, and an entry's parenthesis wrapped to the next line.
  @Test func aLabelColumnBeforeATableOfContents() throws {
    let m = try meeting(
      "REFERAT\nBestyrelsen for Forsyningen A/S\nMødedato:\nTidspunkt:\nSted:\nDeltagere:\nAfbud:\nDesuden deltog:\n16. december 2024\nKl. 15.00 – 18.00\nBestyrelseslokalet\nAne Holt (formand), Bo Lind, Carl Dam\n(medarbejdervalgt), Dorte Vang\nBo Lind\nAdm. direktør Finn Mose, økonomichef Gert Bak (referent)\nCarl Dam forlod mødet kl. 17.10 efter punkt 6.\nIndholdsfortegnelse\n1. Godkendelse af dagsorden ........................ 2\n2. Eventuelt ........................................ 2")
    #expect(m.attendees == ["Ane Holt", "Carl Dam", "Dorte Vang"])
    #expect(m.absentees == ["Bo Lind"])
  }
}

extension AttendeeFormsTests {
  /// Labels without colons in a column, and a remark whose sentence breaks before a lowercase
  /// word (`… deltog som` / `sekretær.`): the remark is one value, the absent list keeps its own.
  @Test func aLabelColumnWithARemarkBrokenMidSentence() throws {
    let m = try meeting(
      "Referat\nBestyrelsen for Museet\nMødedato\nMødetidspunkt\nMødested\nDeltagere\nFraværende\nBemærkninger\n16-12-2024\n16:00 - 18:15\nMødelokalet, Museet\nAne Holt (formand), Bo Lind, Carl Dam, Dorte Vang\nDorte Vang\nBo Lind ankom kl. 16.30 under punkt 3. Museumsdirektør Eva Sand deltog som\nsekretær.\nIndholdsfortegnelse\n1.\nGodkendelse af dagsorden\n2")
    #expect(m.attendees == ["Ane Holt", "Bo Lind", "Carl Dam"])
    #expect(m.absentees == ["Dorte Vang"])
  }
}

extension AttendeeFormsTests {
  /// A laid-out table whose columns are groups of members side by side (parents, staff,
  /// pupils), so that one line holds a name of each: every name is a member, `- afbud` marks
  /// its own name only, and the staff under their label stay out.
  @Test func groupsOfMembersInColumnsSideBySide() throws {
    let m = try meeting(
      "Referat af møde i Skolebestyrelsen den 16. december 2024 kl. 18.30\n\nForældrerepræsentanter            Medarbejderrepræsentanter        Elevrepræsentanter\nAne Holt (formand)                Bo Lind                          Carl Dam (8.a)\nDorte Vang (næstformand)          Eva Sand                         Finn Mose (9.b) - afbud\nGert Bak - afbud\nHans Krog\n\nFra ledelsen: skoleleder Ib Lund, viceskoleleder Jens Rask (referent)")
    #expect(m.attendees == ["Ane Holt", "Bo Lind", "Carl Dam", "Dorte Vang", "Eva Sand", "Hans Krog"])
    #expect(m.absentees == ["Finn Mose", "Gert Bak"])
  }
}

extension AttendeeFormsTests {
  /// The chair's and the deputy's seats under their labels, the rest under `Øvrige
  /// medlemmer:` (wrapped inside a name), one away and the substitute who came for her.
  @Test func seatsAndTheOtherMembersUnderTheirLabels() throws {
    let m = try meeting(
      "Referat af møde i Børne- og Ungeudvalget den 16. december 2024 kl. 15.30\n\n**Formand:** Ane Holt\\\n**Næstformand:** Bo Lind\\\n**Øvrige medlemmer:** Carl Dam, Dorte Vang, Eva Sand, Finn\nMose, Gert Bak\\\n**Afbud:** Eva Sand\\\n**Suppleant:** Hans Krog (for Eva Sand)\\\n**Desuden deltog:** Direktør Ib Lund, udvalgssekretær Jens Rask (referent)")
    #expect(Set(m.attendees) == ["Ane Holt", "Bo Lind", "Carl Dam", "Dorte Vang", "Finn Mose", "Gert Bak", "Hans Krog"])
  }
}

extension AttendeeFormsTests {
  /// A table flattened one cell a line whose cells wrapped: a function over two lines
  /// (`Stedfortræder for` / `Carl Dam`) and a status broken before its time (`Til stede fra
  /// kl.` / `16:45 (pkt. 3)`, `Forlod mødet kl.` / `17:50`): each row is found by its status.
  @Test func aFlattenedTableWithWrappedCells() throws {
    let m = try meeting(
      "Referat af møde i Socialudvalget den 16. december 2024 kl. 16.00\nDeltagere\nNavn\nParti\nFunktion\nStatus\nAne Holt\nA\nFormand\nTil stede\nCarl Dam\nF\nMedlem\nAfbud\nBo Lind\nF\nStedfortræder for\nCarl Dam\nTil stede\nDorte Vang\nV\nMedlem\nTil stede fra kl.\n16:45 (pkt. 3)\nEva Sand\nC\nMedlem\nForlod mødet kl.\n17:50 (efter pkt. 6)\nFinn Mose\nC\nMedlem\nTil stede\nFra administrationen\nDirektør for Social og Sundhed\nGert Bak\n")
    #expect(m.attendees == ["Ane Holt", "Bo Lind", "Dorte Vang", "Eva Sand", "Finn Mose"])
    #expect(m.absentees == ["Carl Dam"])
  }
}

extension AttendeeFormsTests {
  /// Attendance told in prose after `Til stede var`: the list in the first sentence, then one
  /// away as a sentence's subject with who came in her seat in the clause after it, and a
  /// member who came late; and one called as a stand-in for a member away, as the subject.
  @Test(arguments: [
    (
      "Til stede var formand Ane Holt (V), næstformand Bo Lind (A) samt Carl Dam (C), Dorte Vang (F) og Eva Sand (Æ). Finn Mose (A) havde meldt afbud, og i hendes sted deltog suppleant Gert Bak (A). Hans Krog (V) kom kl. 9.10 under behandlingen af punkt 3.\n\nFra administrationen deltog direktør Ib Lund.",
      ["Ane Holt", "Bo Lind", "Carl Dam", "Dorte Vang", "Eva Sand", "Gert Bak", "Hans Krog"]
    ),
    (
      "Deltagere\n\nAne Holt (A), formand, Bo Lind (A), Carl Dam (V), Dorte Vang (Ø)\n\nAfbud\n\nCarl Dam (V), Dorte Vang (Ø)\n\nStedfortrædere\n\nEva Sand (V) var indkaldt som stedfortræder for Carl Dam (V). Der var ikke indkaldt stedfortræder for Dorte Vang (Ø).",
      ["Ane Holt", "Bo Lind", "Eva Sand"]
    ),
  ])
  func awayAndCameAsTheSentencesSubject(_ c: (String, [String])) throws {
    let m = try meeting("Referat af møde i Teknikudvalget den 16. december 2024 kl. 8.30\n\n" + c.0)
    #expect(m.attendees == c.1, "\(c.0)")
  }
}

extension AttendeeFormsTests {
  /// A member named with her title before and the public body she comes from after a comma
  /// (`Politiinspektør Eva Sand, Fyns Politi`): the body is no person.
  @Test func thePublicBodyAfterAMembersName() throws {
    let m = try meeting(
      "Referat af møde i Beredskabskommissionen den 16. december 2024 kl. 15.00\n\nMedlemmer: Ane Holt (formand), Bo Lind (A), Politiinspektør Eva Sand, Fyns Politi, Carl Dam (V)\nFraværende: Carl Dam (V)")
    #expect(m.attendees == ["Ane Holt", "Bo Lind", "Eva Sand"])
  }
}

extension AttendeeFormsTests {
  /// A table whose last column is headed by a word of who came (`Deltog`) and whose cells say
  /// yes or no in words (`Ja`, `Nej - afbud`, `Ja, til kl. 11.30`): read as a status column.
  @Test func aTableOfYesAndNoUnderDeltog() throws {
    let m = try meeting(
      "Referat af møde i MED-udvalget den 16. december 2024 kl. 10.00\n\n| Navn | Repræsenterer | Deltog |\n|---|---|---|\n| Ane Holt | Ledelsen | Ja |\n| Bo Lind | FOA | Nej - afbud |\n| Carl Dam (suppleant for Bo Lind) | FOA | Ja |\n| Dorte Vang | HK | Ja, til kl. 11.30 |\n| Eva Sand | DSR | Nej - afbud |\n\nReferent: Finn Mose")
    #expect(m.attendees == ["Ane Holt", "Carl Dam", "Dorte Vang"])
    #expect(m.absentees == ["Bo Lind", "Eva Sand"])
  }
}

extension AttendeeFormsTests {
  /// Members with their portfolio before the name, a unit of several words joined by `og`
  /// (`rådmand for Sociale Forhold og Beskæftigelse`), on one line or broken before the name.
  @Test(arguments: [
    "Medlemmer:Borgmester Ane Holt (A), rådmand for Sociale Forhold og Beskæftigelse Bo Lind (Ø), rådmand for Teknik og Miljø Carl Dam (C)",
    "Medlemmer:Borgmester Ane Holt (A), rådmand for Sociale Forhold og Beskæftigelse\nBo Lind (Ø), rådmand for Teknik og Miljø Carl Dam (C)",
  ])
  func aPortfolioOfSeveralWordsBeforeTheName(_ header: String) throws {
    let m = try meeting("Referat af møde i Magistraten den 16. december 2024 kl. 10.00\n\n" + header)
    #expect(m.attendees == ["Ane Holt", "Bo Lind", "Carl Dam"])
  }
}

extension AttendeeFormsTests {
  /// A note tool's fields (`Tilstede::`) and links between notes (`[[Pernille Skov]]`); the
  /// committee's word over its members (`Udvalg: ...`); a wiki's table whose status column holds
  /// emoji codes (`:white_check_mark:`, `:x: afbud`).
  @Test(arguments: [
    ("""
      # Ungdomsskolebestyrelsen 14. november 2035

      Tilstede:: [[Pernille Skov]] (formand), [[Kasper Ilsøe]], [[Ali Demir]] (elevrep.)
      Afbud:: [[Jonas Bæk]] (forældrerep.)

      ## 1. Eventuelt
      Intet.
      """, ["Pernille Skov", "Kasper Ilsøe", "Ali Demir"]),
    ("""
      Social- og Sundhedsudvalget
      Referat af mødet 9. oktober 2035 kl. 15.00
      Udvalg: Hanne Bisgaard (A) (formand), Ejgil Krog (V) (næstformand), Lars Kjærulff (V), Poul Dyhr (C)
      Afbud: Lars Kjærulff (V)

      1. Eventuelt
      Intet.
      """, ["Hanne Bisgaard", "Ejgil Krog", "Poul Dyhr"]),
    ("""
      # Hoved-MED 4. december 2035

      | Navn | Init. | Repræsenterer | Fremmøde |
      |------|-------|---------------|----------|
      | Jesper Ravn | JR | Kommunaldirektør (formand) | :white_check_mark: |
      | Marianne Dreyer | MD | BUPL | :x: afbud |
      | Pia Schmidt | PS | BUPL – suppleant for MD | :white_check_mark: |
      | Ole Clausen | OC | 3F | :x: |

      ## 1. Eventuelt
      Intet.
      """, ["Jesper Ravn", "Pia Schmidt"]),
  ])
  func notesWikisAndTheCommitteesWord(_ c: (String, [String])) throws {
    let m = try MinutesParser.parse(bytes: Array(c.0.utf8), source: "referat.md", options: .init())
    #expect(m.attendees == c.1)
  }
}

/// A council's laid-out page: the parties' names as the label column of their members' rows
/// (one name wrapped over two lines, one followed by a comma), the list labels in a column of
/// their own without their colons.
@Suite struct PartyRowsAndColumnLabelsTests {
  static let page = """
                             BYRÅDET

                         BESLUTNINGSPROTOKOL

          fra ordinært møde torsdag den 14. marts 2041 kl. 17.00

       Medlemmer

       Socialdemokratiet (A)        Hans Lauge (borgmester), Trine Vestby, Ole
                                    Markussen, Jonas Brink
       Enhedslisten (Ø)             Mette Grund, Anders Lykke
       Det Konservative             Lise Holmboe, Frank Dahl,
       Folkeparti (C)               Kirsten Bro
       Liberal Alliance (I), Victor Hald

       Fraværende                   Trine Vestby (A), Lise Holmboe (C)

       Stedfortrædere               Bo Krarup (A) for Trine Vestby (A)
                                    Nina Stald (C) for Lise Holmboe (C)


       1.   Godkendelse af dagsorden

            BYRÅDETS BESLUTNING
            Godkendt.
    """

  @Test func thePartiesNamesAreNoMembersAndTheStandInsCame() throws {
    let m = try MinutesParser.parse(bytes: Array(Self.page.utf8), source: "byraadet.txt", options: .init())
    #expect(m.attendees == [
      "Hans Lauge", "Ole Markussen", "Jonas Brink", "Mette Grund", "Anders Lykke", "Frank Dahl", "Kirsten Bro",
      "Victor Hald", "Bo Krarup", "Nina Stald",
    ])
    #expect(m.absentees == ["Trine Vestby", "Lise Holmboe"])
  }

  @Test func aPartysNameOpensARowAndAListLabelStandsInAColumn() {
    #expect(AttendeeList.afterPartyLead("Radikale Venstre (B) Mathias Lund, Rikke Bo") == "Mathias Lund, Rikke Bo")
    #expect(AttendeeList.afterPartyLead("Liberal Alliance (I), Victor Hald") == "Victor Hald")
    #expect(AttendeeList.afterPartyLead("Det Konservative Lise Holmboe, Frank Dahl,") == "Lise Holmboe, Frank Dahl,")
    #expect(AttendeeList.afterPartyLead("Det Konservative, Lise Holmboe, Frank Dahl,") == "Lise Holmboe, Frank Dahl,")
    // A member with her party's letter is no party's row; nor is a member the first-name list
    // does not know.
    #expect(AttendeeList.afterPartyLead("Karen Holm (A), Per Dam (V)") == nil)
    #expect(AttendeeList.afterPartyLead("Yunus Berk (Ø), Per Dam") == nil)
    let line = MarkupLine.plain("Stedfortrædere   Bo Krarup (A) for Trine Vestby (A)", number: 1)
    let raw = Array("     Stedfortrædere               Bo Krarup (A) for Trine Vestby (A)".utf8)
    let labelled = raw.withUnsafeBufferPointer { MarkupLineReader.listLabelColumn($0, line) }
    #expect(labelled?.text == "Stedfortrædere: Bo Krarup (A) for Trine Vestby (A)")
    // A section's label in its column is no list's label.
    let section = Array("     Beslutning        Godkendt.".utf8)
    #expect(section.withUnsafeBufferPointer { MarkupLineReader.listLabelColumn($0, MarkupLine.plain("Beslutning Godkendt.", number: 1)) } == nil)
  }
}

/// A table of who came with a column of functions: a row whose function is a post of the staff
/// in a unit is no member's, though marked as come; a member with a board's post is one.
@Test func aStaffPostInTheFunctionsColumnIsNoMember() throws {
  let text = "Ældrerådet\nReferat af mødet 2. april 2041 kl. 10.00\n\nDeltagere:\nNavn\tFunktion\tTil stede\nAnna Bruun\tFormand\tX\nOle Lund\tSekretær\tX\nInge Holt\tMedlem\tAfbud\nKarin Dahl\tSekretær, Sundhed og Ældre\tX\nBo Kirk\tReferent\tX\n\n1.\tEventuelt\nIntet.\n"
  let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "aeldreraadet.txt", options: .init())
  #expect(m.attendees == ["Anna Bruun", "Ole Lund"])
  #expect(m.absentees == ["Inge Holt"])
  #expect(AttendeeList.isStaffPost("Sagsbehandler, Teknik og Miljø"))
  #expect(!AttendeeList.isStaffPost("Sekretær"))
  #expect(!AttendeeList.isStaffPost("Formand, Ældrerådet"))
}

/// Under an item, who came for a member away, with her party or what she sits for in
/// parentheses between her name and the verb: she attends.
@Test(arguments: [
  ("Godkendt. Lise Krog (Ældresagen Nord) deltog som suppleant for Bo Lind.", "Lise Krog"),
  ("Godkendt.\nKaren Møller (F) deltog som stedfortræder for Bo Lind.", "Karen Møller"),
])
func aStandInWithWhatSheSitsForInParenthesesUnderAnItemCame(_ sentence: String, _ came: String) throws {
  let text = "Seniorrådet\nReferat af mødet 3. marts 2041 kl. 10.00\n\nMedlemmer: Ole Dam, Eva Holm, Bo Lind\nAfbud: Bo Lind\n\n1. Godkendelse af dagsorden\n\(sentence)\n\n2. Eventuelt\nIntet.\n"
  let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "seniorraadet.txt", options: .init())
  #expect(m.attendees == ["Ole Dam", "Eva Holm", came])
  #expect(m.absentees == ["Bo Lind"])
}

/// A members' table a word processor saved as tab-separated lines (`Medlem<TAB>Parti<TAB>
/// Bemærkning`): the remark says who was away; the rest, with a role or no remark, came.
@Test func aTabSeparatedMembersTableWithARemarksColumnTellsWhoWasAway() throws {
  let text = "Kultur- og Fritidsudvalget\nReferat\n\nMødedato:\tOnsdag den 2. april 2041\n\nMedlem\tParti\tBemærkning\nOle Dam, borgmester\tA\tFormand\nEva Holm\tV\tNæstformand\nBo Lind\tC\t\nKaren Møller\tF\tAfbud\nTage Riis\tO\t\n\nFra administrationen:\tKulturchef Anne Krogh\n\n1.\tGodkendelse af dagsorden\nGodkendt.\n\n2.\tEventuelt\nIntet.\n"
  let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "kfu.txt", options: .init())
  #expect(m.attendees == ["Ole Dam", "Eva Holm", "Bo Lind", "Tage Riis"])
  #expect(m.absentees == ["Karen Møller"])
}

/// Under the members' list, a label of whom for with who came as its value (`Mødt i stedet
/// for Bo Lind: Karen Møller (V)`): she attends, he is away.
@Test(arguments: ["Mødt i stedet for Bo Lind: Karen Møller (V)", "Stedfortræder for Bo Lind: Karen Møller (V)"])
func aLabelOfWhomForNamesWhoCameInstead(_ line: String) throws {
  let text = "Havneudvalget\nReferat af mødet 3. marts 2041 kl. 10.00\n\nMedlemmer:\nOle Dam (A), formand\nBo Lind (V) - afbud\nEva Holm (C)\n\(line)\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n"
  let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "havneudvalget.txt", options: .init())
  #expect(m.attendees == ["Ole Dam", "Eva Holm", "Karen Møller"])
  #expect(m.absentees == ["Bo Lind"])
}

/// Under an item, a stand-in named by her role who came late, without whom for (`Stedfortræder
/// Karen Møller (V) mødte kl. 16.15 og deltog fra og med dette punkt.`): where a member sent word,
/// she attends.
@Test func aStandInByHerRoleWhoCameUnderAnItemAttends() throws {
  let text = "Kultur- og Fritidsudvalget\nReferat af mødet 3. marts 2041 kl. 15.30\n\nMedlemmer: Ole Dam (A), Eva Holm (C), Bo Lind (V)\nAfbud: Bo Lind (V)\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Tilskud til ny hal\nStedfortræder Karen Møller (V) mødte kl. 16.15 og deltog fra og med dette punkt.\nGodkendt.\n\n3. Eventuelt\nIntet.\n"
  let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "kfu.txt", options: .init())
  #expect(m.attendees == ["Ole Dam", "Eva Holm", "Karen Møller"])
  #expect(m.absentees == ["Bo Lind"])
}

/// Members listed by the place they sit for (`Nørreby: Karen Møller`), the absent as the place
/// with the name in parentheses (`Fraværende: Nørreby (Karen Møller), Bo Lind (A)`): the name in
/// parentheses is the one away.
@Test func anAbsentNamedInParenthesesAfterHerSeat() throws {
  let text = "Landsbyrådet\nReferat af mødet 3. marts 2041 kl. 19.00\n\nDeltagere:\nSkovby: Ole Dam (formand)\nNørreby: Karen Møller\nHavn: Eva Holm\nByrådet: Tage Riis (V), Bo Lind (A)\n\nFraværende: Nørreby (Karen Møller), Bo Lind (A)\n\n1. Godkendelse af dagsorden\nGodkendt.\n\n2. Eventuelt\nIntet.\n"
  let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "landsbyraadet.txt", options: .init())
  #expect(m.attendees == ["Ole Dam", "Eva Holm", "Tage Riis"])
  #expect(m.absentees == ["Karen Møller", "Bo Lind"])
}

/// A note tool's table whose `Deltog` column holds signs (`✅`, `✅ via Teams`, `❌ afbud`) and
/// whose names are mentions (`@Eva Holm`): the column tells who came and who was away.
@Test func aCameColumnOfSignsWithMentionsTellsWhoCame() throws {
  let text = "# Havneudvalget – møde 3. marts 2041\n\n## Deltagere\n\n| Navn | Rolle | Deltog |\n|---|---|---|\n| @Ole Dam | formand | ✅ |\n| @Eva Holm | medlem | ✅ via Teams |\n| @Bo Lind | medlem | ❌ afbud |\n| @Karen Møller | suppleant for Bo Lind | ✅ |\n| @Tage Riis | medlem | ✅ fra kl. 10.15 |\n\n## 1. Godkendelse af dagsorden\n\n**Beslutning:** Godkendt.\n\n## 2. Eventuelt\n\n**Beslutning:** Intet.\n"
  let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "havneudvalget.md", options: .init())
  #expect(m.attendees == ["Ole Dam", "Eva Holm", "Karen Møller", "Tage Riis"])
  #expect(m.absentees == ["Bo Lind"])
}

/// A joint body served by an administration's secretariat (`Sekretariat: Nordby Kommune`): the
/// secretary in its members' table is staff, though marked as come.
@Test func theSecretaryOfABodyAnAdministrationServesIsNoMember() throws {
  let text = "# Fælles Havneudvalg – møde 3. marts 2041\n\nSekretariat: Nordby Kommune, Teknik og Miljø\n\n## Deltagere\n\n| Navn | Kommune | Rolle | Deltog |\n|---|---|---|---|\n| Ole Dam | Nordby | formand | ✅ |\n| Eva Holm | Sydby | medlem | ✅ |\n| Bo Lind | Vestby | medlem | ❌ afbud |\n| Tage Riis | Vestby | medlem | ✅ |\n| Karen Møller | Nordby | sekretær | ✅ |\n\n## 1. Godkendelse af dagsorden\n\n**Beslutning:** Godkendt.\n\n## 2. Eventuelt\n\n**Beslutning:** Intet.\n"
  let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "havneudvalget.md", options: .init())
  #expect(m.attendees == ["Ole Dam", "Eva Holm", "Tage Riis"])
  #expect(m.absentees == ["Bo Lind"])
}

/// A table of who came with a column of functions: each member's role is kept for who
/// `Næstformanden` is; a plain member's is none.
@Test func theRolesInATablesFunctionsColumn() throws {
  let text = """
    # Ældrerådet 15. september 2041

    | Medlem | Funktion | Deltagelse |
    |---|---|---|
    | Inger Lund | Formand | Deltog |
    | Poul Riis | Næstformand | Deltog |
    | Bent Fabricius | Medlem | Afbud |
    | Aase Holm | Medlem | Deltog |

    ## 1. Eventuelt
    Intet.
    """
  let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "aeldreraadet.md", options: .init())
  #expect(m.attendees == ["Inger Lund", "Poul Riis", "Aase Holm"])
  #expect(m.absentees == ["Bent Fabricius"])
  #expect(m.roles["Poul Riis"] == "næstformand")
  #expect(m.roles["Inger Lund"] == "formand")
  #expect(m.roles["Aase Holm"] == nil)
}

extension AttendeeFormsTests {
  /// Who came by first name (`Til stede: Ebba, Knud, Rikke`), with every member in full in a
  /// table of members under the items: the full names; a list where the minutes give only some
  /// of them in full stays as written.
  @Test func firstNamesGivenInFullByAListOfMembers() throws {
    let minutes = """
      # Seniorrådet – referat 3. marts 2031

      **Til stede:** Ebba, Knud, Rikke\\
      **Afbud:** Tove

      **1. Godkendelse af dagsorden**

      - Godkendt.

      **2. Eventuelt**

      - Knud spurgte til busruten.

      ---

      **Medlemmer af Seniorrådet**

      | Navn | Udpeget af |
      |---|---|
      | Ebba Lund Mikkelsen (formand) | Ældresagen |
      | Knud Aagaard | Ældresagen |
      | Rikke Thorsen | Byrådet (A) |
      | Tove Sand | Byrådet (V) |
      """
    let m = try MinutesParser.parse(bytes: Array(minutes.utf8), source: "seniorraadet-2031-03-03.md", options: .init())
    #expect(m.attendees == ["Ebba Lund Mikkelsen", "Knud Aagaard", "Rikke Thorsen"])
    #expect(m.absentees == ["Tove Sand"])
    let partly = minutes.replacingOccurrences(of: "| Rikke Thorsen | Byrådet (A) |\n", with: "")
    let p = try MinutesParser.parse(bytes: Array(partly.utf8), source: "seniorraadet-2031-03-03.md", options: .init())
    #expect(p.attendees == ["Ebba", "Knud", "Rikke"])
  }
}

extension AttendeeFormsTests {
  /// Who came by initials (`Til stede: EL, KA, RT`) with a legend of them (`EL = Ebba Lund`) or
  /// each name with its initials in brackets (`Knud Aagaard (KA)`): the full names.
  @Test(arguments: [
    "Forkortelser:\nEL = Ebba Lund (formand)\nKA = Knud Aagaard\nRT = Rikke Thorsen\nTS = Tove Sand",
    "Medlemmer: Ebba Lund (EL), Knud Aagaard (KA), Rikke Thorsen (RT) og Tove Sand (TS).",
  ])
  func initialsGivenInFull(_ legend: String) throws {
    let minutes = """
      Referat af møde i Seniorrådet
      Tirsdag den 3. marts 2031 kl. 17.00

      Til stede:  EL, KA, RT
      Afbud:      TS

      \(legend)

      1) Godkendelse af dagsorden
      Godkendt.

      2) Eventuelt
      KA spurgte til busruten.
      """
    let m = try MinutesParser.parse(bytes: Array(minutes.utf8), source: "seniorraadet-2031-03-03.txt", options: .init())
    #expect(m.attendees == ["Ebba Lund", "Knud Aagaard", "Rikke Thorsen"])
  }
}
