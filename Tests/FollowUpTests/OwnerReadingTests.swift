import FollowUp
import MinutesCore
import Testing

/// Owners in made-up minutes: each row is a decision sentence and who it names as doer.
@Suite struct OwnerReadingTests {
  static func minutes(_ decision: String, committee: String = "Direktionen", caseText: String = "") -> String {
    """
    REFERAT \(committee) d. 02-10-2024

    Mødedeltagere: Karen Holm, Jens Berg, Pia Ulv Helleland, Ole Hansen, Ole Berg

    Punkt 1: Sag om noget

    81.16.00P21-1-24

    Sagsfremstilling

    \(caseText.isEmpty ? "Sagen handler om noget." : caseText)

    Beslutning

    \(decision)
    """
  }

  typealias Row = (sentence: String, owners: [(name: String, kind: Owner.Kind)])

  static let rows: [Row] = [
    // A first name or surname alone is the one attendee who has it.
    ("Karen sender invitationen ud.", [("Karen Holm", .person)]),
    ("Helleland udarbejder et notat.", [("Pia Ulv Helleland", .person)]),
    // Two attendees are called Ole: the name stays as written.
    ("Ole udarbejder et notat.", [("Ole", .person)]),
    // A passive names its doer after "af".
    ("Ny oversigt bliver udarbejdet af Kirsten Vej Petersen og fremsendes til alle.", [("Kirsten Vej Petersen", .person)]),
    ("Notatet udarbejdes af Jens Berg.", [("Jens Berg", .person)]),
    // A board's hands-on work: counting, painting, giving notice, appraisal talks.
    (
      "Karen og Jens tæller cykler i skolegården i uge 14, så vi har tal at vise kommunen og forældrene.",
      [("Karen Holm", .person), ("Jens Berg", .person)]
    ),
    ("Kirkeværgen maler bænkene ved kapellet i løbet af efteråret.", [("Kirkeværgen", .role)]),
    // The main clause's doers, where a relative clause says when the thing must be ready.
    ("Karen og Jens laver en folder, der skal være klar inden 1. november.", [("Karen Holm", .person), ("Jens Berg", .person)]),
    ("Formanden holder MUS med kirketjeneren inden sommerferien.", [("Formanden", .role)]),
    ("Driftslederen varsler forbrugerne via SMS, før der lukkes for vandet.", [("Driftslederen", .role)]),
    // A place is nobody.
    ("Vesterbro Torv etablerer en ny plads.", []),
    // Asking someone to do a piece of work is work of the one who asks; signing and paying are
    // work.
    ("Karen beder gårdmanden skifte pærerne ud.", [("Karen Holm", .person)]),
    ("Jens Berg betaler regningen.", [("Jens Berg", .person)]),
    // The one who does the work, named in brackets with its verb.
    ("Direktionen aftalte at sende anbefalingen til udvalget (Karen sender på direktionens vegne).", [("Karen Holm", .person)]),
    // Taking up work again is work; a unit whose name has a comma keeps it.
    ("Borgmesteren genoptager forhandlingerne med Trafikstyrelsen.", [("Borgmesteren", .role)]),
    ("Center for Erhverv, Job og Uddannelse følger op på aftalen inden udgangen af 1. kvartal 2025.", [("Center for Erhverv, Job og Uddannelse", .unit)]),
    // A unit's area after its `for` is no person; a unit asked does the work; holding a meeting
    // of some kind is work.
    ("Enheden for Regional Udvikling sender et begrundet afslag til ansøger.", [("Enheden for Regional Udvikling", .unit)]),
    ("Udvalget beder Skoleafdelingen udarbejde en handleplan til mødet den 18. august 2025.", [("Skoleafdelingen", .unit)]),
    ("Planafdelingen holder et borgermøde i Skærbæk i uge 12.", [("Planafdelingen", .unit)]),
    // A unit named by an adjective and its noun.
    ("Teknisk afdeling sender planen til Miljøstyrelsen inden 15. april.", [("Teknisk afdeling", .unit)]),
    // A bracket's label of who holds it, over the sentence's subject.
    ("HR udarbejder et revideret udkast, der indarbejder bemærkningerne (ansvarlig: Jens Berg, frist: 20. marts).", [("Jens Berg", .person)]),
    // "Vi" in a committee's minutes is the committee; "Man" and "Det" are nobody.
    ("Vi inviterer revisor til mødet i november.", [("Direktionen", .body)]),
    // Those asked to act; the members of a body act as the body.
    ("Forvaltningen bedes undersøge sagen nærmere.", [("Forvaltningen", .unit)]),
    ("Alle udvalgets medlemmer blev opfordret til at fremsende forslag til formanden.", [("Direktionen", .body)]),
    // A body asking someone, in the active: the one asked does the work.
    ("Direktionen anmodede forvaltningen om at undersøge en anden mødedato.", [("Forvaltningen", .unit)]),
    ("Direktionen opfordrer Jens Berg til at indhente tilbud.", [("Jens Berg", .person)]),
    // A relative clause between the doer and the verb.
    ("Jens Berg, der er sekretær, vil skrive et udkast til næste møde.", [("Jens Berg", .person)]),
    // Doers joined before a role in lower case: each of them.
    ("Formanden og næstformanden mødes med skolens ledelse.", [("Formanden", .role), ("Næstformanden", .role)]),
    ("Jens Berg og kommunaldirektøren kontakter ministeriet.", [("Jens Berg", .person), ("Kommunaldirektøren", .role)]),
    // The condition an approval carries; the committee's wish with an adverb before `at`; a
    // request the meeting made, told in the past.
    ("Godkendt med den bemærkning, at forvaltningen senest den 1. marts 2025 fremlægger en plan.", [("Forvaltningen", .unit)]),
    ("Direktionen ønsker i stedet, at forvaltningen udarbejder et nyt forslag til mødet i januar.", [("Forvaltningen", .unit)]),
    ("Direktionen godkendte indstillingen og bad forvaltningen om at orientere borgerne.", [("Forvaltningen", .unit)]),
    ("Direktionen bad forvaltningen om en redegørelse til næste møde.", [("Forvaltningen", .unit)]),
    // A body asking a unit for a paper: the unit does the work.
    ("Direktionen beder administrationen om en skriftlig redegørelse senest den 10. januar 2025.", [("Administrationen", .unit)]),
    // Verbs of work in other words; the present of a verb in `-gøre`.
    ("Miljøafdelingen gennemfører tilsyn med virksomhederne i løbet af november.", [("Miljøafdelingen", .unit)]),
    ("Sekretariatet får til opgave at koordinere indsatsen.", [("Sekretariatet", .unit)]),
    ("Jens Berg færdiggør planen inden 1. december.", [("Jens Berg", .person)]),
    // A time or a manner between `bedes` and its infinitive.
    ("Forvaltningen bedes til mødet i december fremlægge en plan.", [("Forvaltningen", .unit)]),
    ("Borgerservice bedes inden den 1. november 2024 sende svar til borgeren.", [("Borgerservice", .unit)]),
    ("Forvaltningen bedes hurtigst muligt orientere de berørte.", [("Forvaltningen", .unit)]),
    // A subordinate clause puts its time between the doer and the verb.
    ("Godkendt, idet Center for Økonomi inden 1. december udarbejder en finansieringsplan.", [("Center for Økonomi", .unit)]),
    ("Direktionen ønsker, at forvaltningen inden for 14 dage orienterer alle høringsparter.", [("Forvaltningen", .unit)]),
    ("Anbefales, idet forvaltningen inden byrådsbehandlingen udarbejder et notat.", [("Forvaltningen", .unit)]),
    // Informing people by a day is an errand; what follows a discussion is work.
    ("Godkendt, og Jens Berg orienterer medarbejderne senest 1. november.", [("Jens Berg", .person)]),
    ("Drøftet, hvorefter formanden tager kontakt til skolebestyrelsen.", [("Formanden", .role)]),
    // Chasing an answer is work.
    ("Vejchefen rykker Vejdirektoratet for et svar.", [("Vejchefen", .role)]),
    ("Vejchefen underretter bestyrelsen om beslutningen.", [("Vejchefen", .role)]),
    // Putting papers where people read them is work; laying weight on something is none.
    ("Godkendt. HR og Løn lægger de nye retningslinjer på intranettet.", [("HR og Løn", .unit)]),
    // A paper sent to the deciding body itself: someone writes it, nobody is named.
    ("Projektbeskrivelse fremsendes til Direktionen i oktober.", []),
  ]

  @Test(arguments: rows)
  func owners(_ row: Row) throws {
    let r = try Examples.register(Self.minutes(row.sentence))
    let a = try #require(r.actions.first, "no action in '\(row.sentence)'")
    #expect(a.owners.map(\.name) == row.owners.map(\.name))
    #expect(a.owners.map(\.kind) == row.owners.map(\.kind))
  }

  /// A job's title the header writes before a name (`skoleleder Jens Bro`, `sognepræst Ida
  /// Krogh`) tells who `Skolelederen` and `Præsten` are; a title before the next name after a
  /// comma is that one's, and the job is kept beside the meeting's task (`(referent)`).
  @Test(arguments: [
    ("Skolelederen sender skemaet ud senest fredag.", "Jens Bro"),
    ("Viceskolelederen udarbejder et forslag til fordeling af puljen.", "Lone Vinther"),
    ("Præsten udarbejder program for sogneaftenerne.", "Ida Krogh"),
    ("Referenten sender referatet til kommunen.", "Lone Vinther"),
  ])
  func titlesBeforeNamesInTheHeader(_ c: (String, String)) throws {
    let text = """
      Referat af skolebestyrelsesmøde 12. marts 2025

      Til stede: Anne Holm (formand), Peter Lund, skoleleder Jens Bro, viceskoleleder Lone Vinther (referent), sognepræst Ida Krogh

      1. Sag om noget

      Beslutning

      \(c.0)
      """
    let r = try Examples.register(text)
    let a = try #require(r.actions.first, "no action in '\(c.0)'")
    #expect(a.owners.map(\.name) == [c.1], "\(c.0)")
  }

  /// The administration as the doer, under a recommendation by the administration in the same
  /// common word (`Forvaltningen indstiller`): as written, no unit of its own.
  @Test func theAdministrationUnderTheAdministrationsRecommendation() throws {
    let text = """
      Referat fra Klima- og Miljøudvalget den 16. februar 2038

      1. Regulativ

      Indstilling
      Forvaltningen indstiller, at regulativet sendes i høring.

      Beslutning
      Godkendt. Administrationen udarbejder et alternativ til næste møde.
      """
    let r = try Examples.register(text)
    #expect(r.actions.first?.owners.map(\.name) == ["Administrationen"])
  }

  /// `Formandskabet`: the chair and the deputy chair, where the meeting names both; else the
  /// word as written.
  @Test(arguments: [
    ("Til stede: Anne Holm (formand), Bo Dam (næstformand), Eva Lind", ["Anne Holm", "Bo Dam"]),
    ("Til stede: Anne Holm (formand), Eva Lind", ["Formandskabet"]),
  ])
  func theChairAndTheDeputyChair(_ c: (String, [String])) throws {
    let text = """
      Referat af Sundhedskoordinationsudvalgets møde 21. november 2039

      \(c.0)

      1. Kvalitetsstandarder

      Beslutning
      Godkendt. Formandskabet præsenterer standarderne på næste møde.
      """
    let r = try Examples.register(text)
    #expect(r.actions.first?.owners.map(\.name) == c.1)
  }

  /// The staff told in the header's lines: a label glued to the first job (`Desuden
  /// deltog:Kommunaldirektør Henriette Dam, ...`), a job's word at a sentence's line end and
  /// its holder on the next; a member's title of two joined words over the next member is hers.
  @Test(arguments: [
    ("Desuden deltog:Kommunaldirektør Henriette Dam, direktør Bo Krog", "Henriette Dam"),
    ("Bemærkninger: Fra administrationen deltog kommunaldirektør\nAnne Bak og økonomichef Lars Skov.", "Anne Bak"),
    // A surname that is also a first name (`Lau`) ends the name, not a second person's.
    ("Fra administrationen:\tKommunaldirektør Helene Sand Lau\n\tØkonomichef Jakob Lund (referent)", "Helene Sand Lau"),
  ])
  func staffInTheHeadersLines(_ c: (String, String)) throws {
    let text = """
      Byrådet
      Referat af mødet 27. januar 2037 kl. 16.00
      Medlemmer: Signe Dal (A), børne- og ungdomsborgmester
      Omar Said (A)
      \(c.0)

      1. Sag om noget

      Beslutning

      Kommunaldirektøren sender en status til byrådet. Borgmesteren inviterer foreningerne.
      """
    let r = try Examples.register(text)
    let a = try #require(r.actions.first)
    #expect(a.owners.map(\.name) == [c.1])
    // (The member over Omar Said's line holds the title, not he.)
    #expect(r.actions.last?.owners.map(\.name) == ["Signe Dal"])
  }

  /// A label under a paragraph holds its last sentence's work, over what the grammar took for
  /// a doer and without the note after the name; errands listed after arrows are read as a list.
  @Test func labelsUnderParagraphsAndArrowLists() throws {
    let text = """
      Referat af bestyrelsesmøde 27. august 2024

      Til stede: Ole Bak (formand), Dorthe Krogh, Tove Iversen, Karsten Poulsen

      1. Generalforsamling

      Beslutning

      Generalforsamlingen afholdes den 22. maj. Ole og Tove er på valg. Indkaldelsen udsendes senest 8. maj.

      Ansvarlig: Ole

      Praktiske aftaler med korets dirigent om nøgler. Ansvarlig: Dorthe (spurgt pr. mail)

      → Karsten sender rykker til restanter inden 15. september.
      """
    let r = try Examples.register(text)
    let owned = Dictionary(r.actions.map { (String($0.sentence.prefix(12)), $0.owners.map(\.name)) }, uniquingKeysWith: { a, _ in a })
    #expect(owned["Indkaldelsen"] == ["Ole Bak"])
    #expect(owned["Praktiske af"] == ["Dorthe Krogh"])
    #expect(owned["Karsten send"] == ["Karsten Poulsen"])
  }

  /// Who, what and when as three labelled lines: one task, its doer and its day; a label a
  /// paragraph below a sentence whose doer the grammar read leaves that doer.
  @Test func whoWhatAndWhen() throws {
    let text = """
      Referat af skolebestyrelsesmøde 12. marts 2025

      Til stede: Anne Holm (formand), Lone Vinther, Peter Lund

      1. Lejrskole

      Beslutning

      Formanden indkalder til ekstraordinært møde, hvis kommunen ikke har svaret inden påske.

      Hvem: Lone
      Hvad: Bestille bus til 6. klasses lejrskole
      Hvornår: Inden 1. april
      """
    let r = try Examples.register(text)
    let byStart = Dictionary(r.actions.map { (String($0.sentence.prefix(12)), $0) }, uniquingKeysWith: { a, _ in a })
    #expect(byStart["Formanden in"]?.owners.map(\.name) == ["Anne Holm"])
    #expect(byStart["Bestille bus"]?.owners.map(\.name) == ["Lone Vinther"])
    #expect(byStart["Bestille bus"]?.due == Examples.day("2025-04-01"))
  }

  /// A board's notes of who does what, as the table of tasks, the dash, the arrow, the bracket
  /// and the colon write them; a candidacy (`X: modtager genvalg`) and a label's value are no task.
  @Test func boardsNotesOfWhoDoesWhat() throws {
    let text = """
      Referat af bestyrelsesmøde 5. juni 2025

      Til stede: Lars Winther (formand), Susanne Krog (kasserer), Morten Ibsen, Hans Berg, Kim Ravn, Birgit Holm

      1. Opfølgning

      Beslutning

      | Hvad | Hvem | Hvornår |
      |---|---|---|
      | Beskæring af hæk langs stien | Morten | Inden 15. juni |
      | Kontakt til forsikringsselskabet | Lars / Susanne | Hurtigst muligt |

      HB – brev til lodsejerne om beskyttelsesområdet, senest 15/9

      Referatet lægges på hjemmesiden → Kim

      Birgit: bestiller nye nøgler til Borgerhuset

      Tilskudsansøgning til kommunen: SK + HB, frist 1. november

      Morten Ibsen: modtager genvalg.

      Referent: Kim Ravn
      """
    let r = try Examples.register(text)
    let read = Dictionary(r.actions.map { (String($0.sentence.prefix(12)), ($0.owners.map(\.name), $0.due)) }, uniquingKeysWith: { a, _ in a })
    #expect(read.count == 6)
    #expect(read["Beskæring af"]?.0 == ["Morten Ibsen"])
    #expect(read["Beskæring af"]?.1 == Examples.day("2025-06-15"))
    #expect(read["Kontakt til "]?.0 == ["Lars Winther", "Susanne Krog"])
    #expect(read["HB – brev ti"]?.0 == ["Hans Berg"])
    #expect(read["HB – brev ti"]?.1 == Examples.day("2025-09-15"))
    #expect(read["Referatet læ"]?.0 == ["Kim Ravn"])
    #expect(read["Birgit: best"]?.0 == ["Birgit Holm"])
    #expect(read["Tilskudsansø"]?.0 == ["Susanne Krog", "Hans Berg"])
    #expect(read["Tilskudsansø"]?.1 == Examples.day("2025-11-01"))
  }

  /// The administration's people named with their jobs among the guests (`Desuden deltog:
  /// Økonomichef Sara Lindberg`) tell who `Økonomichefen` is.
  @Test(arguments: [
    ("Økonomichefen fremlægger en samlet status i marts.", ["Sara Lindberg"]),
    ("Kommunaldirektøren og økonomichefen orienterer fagudvalgene senest 1. marts.", ["Henrik Vad", "Sara Lindberg"]),
  ])
  func jobsOfTheGuests(_ c: (String, [String])) throws {
    let text = """
      Økonomiudvalget

      Referat

      Mødedato: 8. januar 2025
      Deltagere: Lene Hjort (A), formand, Poul Krag (V), Mona Iversen (A)
      Desuden deltog: Kommunaldirektør Henrik Vad, Økonomichef Sara Lindberg

      Punkt 1: Budget

      Beslutning

      \(c.0)
      """
    let r = try Examples.register(text)
    let a = try #require(r.actions.first, "no action in '\(c.0)'")
    #expect(a.owners.map(\.name) == c.1, "\(c.0)")
  }

  /// Who holds a task, labelled under it (`Ansvarlig: HB`, on its line or the next, past a
  /// deadline's label; `Ansv. for X: LB` names the work too): the sentence becomes that one's
  /// task, due by its `Frist:`.
  @Test func responsibilityLabelledUnderTheTask() throws {
    let text = """
      Referat af bestyrelsesmøde 21. januar 2025

      Til stede: Lars Winther (formand), Susanne Krog (kasserer), Hans Berg, Karen Lauridsen, Louise Bech

      1. Vedligehold

      Beslutning

      Kommunen kontaktes om gravetilladelse.
      Ansvarlig: HB

      Regnskabet skal være revideret inden generalforsamlingen. Ansvarlig: kassereren

      Årsregnskabet for 2024 afleveres i Dataarkiv
      Frist: 15.04.25
      Ansvarlig: KL
      Budgetønsket om nyt orgel sendes til provstiudvalget.

      - Ansv. for opdatering af hjemmesiden: LB
      """
    let r = try Examples.register(text)
    let owned = Dictionary(r.actions.map { ($0.sentence, $0.owners.map(\.name)) }, uniquingKeysWith: { a, _ in a })
    #expect(owned["Kommunen kontaktes om gravetilladelse."] == ["Hans Berg"])
    #expect(owned["Regnskabet skal være revideret inden generalforsamlingen."] == ["Susanne Krog"])
    let report = try #require(r.actions.first { $0.sentence.hasPrefix("Årsregnskabet") })
    #expect(report.owners.map(\.name) == ["Karen Lauridsen"])
    #expect(report.due == Examples.day("2025-04-15"))
    // The sentence after the labels is its own: a referral due by no deadline of the task above.
    let referral = try #require(r.actions.first { $0.sentence.hasPrefix("Budgetønsket") })
    #expect(referral.due == nil)
    #expect(owned["opdatering af hjemmesiden"] == ["Louise Bech"])
  }

  /// (sentence, kind, owners): what the committee asks to come back.
  @Test(arguments: [
    ("Derudover ønskes et oplæg på konsekvenserne af planen.", ActionKind.presentation, [String]()),
    ("Udvalget ønsker et notat fra Forvaltningen om udgifterne.", .task, ["Forvaltningen"]),
    ("Direktionen efterspørger en redegørelse fra HR.", .task, ["HR"]),
    // A status given at a meeting to come is a talk; given in a week, work due then.
    ("Forvaltningen giver en status på næste møde.", .presentation, ["Forvaltningen"]),
    ("Der gives en status i uge 12.", .task, []),
    // Adjectives before what is asked for; a modal and an adverb before `have`.
    ("Udvalget ønsker en fornyet status, når tallene foreligger i august.", .presentation, []),
    ("Udvalget ønsker en særskilt opfølgning på hjemmeplejens økonomi på mødet den 13. januar 2025.", .presentation, []),
    ("Udvalget ønsker en skriftlig og grundig redegørelse fra HR.", .task, ["HR"]),
    ("Rådet vil gerne have en evaluering af modellen i 1. kvartal 2025.", .presentation, []),
    ("Udvalget ønsker en kvartalsvis budgetopfølgning.", .presentation, []),
  ])
  func wishes(_ c: (String, ActionKind, [String])) throws {
    let r = try Examples.register(Self.minutes(c.0))
    let a = try #require(r.actions.first, "no action in '\(c.0)'")
    #expect(a.kind == c.1)
    #expect(a.owners.map(\.name) == c.2)
  }

  /// "Forvaltningen" is the unit that wrote the case when the item names one; a body that
  /// recommends (`Direktionen indstiller`) is no unit.
  @Test(arguments: [
    ("Senior- og Socialforvaltningen indstiller, at planen godkendes.", "Senior- og Socialforvaltningen"),
    ("Direktionen indstiller, at budgetopfølgningen tages til efterretning.", "Forvaltningen"),
  ])
  func theAdministrationThatWroteTheCase(_ c: (String, String)) throws {
    let r = try Examples.register(
      Self.minutes("Forvaltningen udarbejder en ny opfølgning.", committee: "Økonomiudvalget", caseText: c.0))
    let a = try #require(r.actions.first)
    #expect(a.owners.map(\.name) == [c.1])
  }

  @Test func initialsOfADoubleFirstName() throws {
    // "Anna-Grethe Madsen" is AGM: each part of a double name gives a letter.
    let text = Self.minutes("AGM tager kontakt til leverandøren.").replacing(
      "Mødedeltagere: Karen Holm,", with: "Mødedeltagere: Anna-Grethe Madsen, Karen Holm,")
    let r = try Examples.register(text)
    let a = try #require(r.actions.first)
    #expect(a.owners.map(\.name) == ["Anna-Grethe Madsen"])
  }

  @Test func membersOfANamedBody() throws {
    let r = try Examples.register(
      Self.minutes(
        "Alle skolebestyrelses medlemmerne blev opfordret til at fremsende forslag til Kirsten Vej Petersen.",
        committee: "Skolebestyrelsen"))
    let a = try #require(r.actions.first)
    #expect(a.owners.map(\.name) == ["Skolebestyrelsen"])
    #expect(a.owners.map(\.surface) == ["skolebestyrelses medlemmerne"])
  }

  @Test func guessedNamesGoToTheReview() throws {
    let guessed = try Examples.register(Self.minutes("Karen sender invitationen ud."))
    #expect(guessed.findings.contains { $0.code == "owner-name-guessed" })
    let open = try Examples.register(Self.minutes("Ole udarbejder et notat."))
    #expect(open.findings.contains { $0.code == "owner-name-unresolved" })
  }

  @Test(arguments: [
    ("Vesterbro Torv", true), ("Søndergade", true), ("Næstved Havn", true), ("Rådhuspladsen", true),
    ("Kirsten Vej Petersen", false), ("Lars Borst Hansen", false), ("Ole Berg", false),
    // Waters and nature by a whole last word; surnames of the same root stand.
    ("Syltemade Å", true), ("Nordals Søen", true), ("Anja Thorsø", false), ("Anne Skov", false), ("Jens Strand", false),
  ])
  func places(_ c: (String, Bool)) {
    #expect(PeopleDirectory.isPlace(c.0) == c.1)
  }

  @Test func aPlaceIsNotLearnedAsAPerson() throws {
    let r = try Examples.register(
      Self.minutes("Godkendt.", caseText: "Vesterbro Torv, chef for Sekretariatet, deltog."))
    #expect(r.people.person(named: "Vesterbro Torv") == nil)
  }

  @Test func theRecommenderIsResponsibleWhenNobodyIsNamed() throws {
    let text = Self.minutes(
      "Der laves en oversigt til næste møde.",
      caseText: "Kommunaldirektør Søren Hansen orienterede.\n\nIndstilling\n\nKommunaldirektøren indstiller, at sagen drøftes.")
    let r = try Examples.register(text)
    let a = try #require(r.actions.first)
    #expect(a.owners.isEmpty, "the sentence names nobody")
    #expect(a.responsible.map(\.name) == ["Søren Hansen"])
    #expect(a.responsibleBasis == ResponsibleBasis.recommender)
    #expect(a.accountable.map(\.name) == ["Søren Hansen"])
    #expect(r.findings.contains { $0.code == "responsible-inferred" })
    let json = Export.document(r, options: .init(asOf: Examples.day("2024-10-03"))).compact()
    #expect(json.contains("\"inferred\":true"))
  }

  @Test func theUnitThatWroteTheCaseIsResponsible() throws {
    let text = Self.minutes(
      "Der laves en oversigt til næste møde.",
      caseText: "INDSTILLING FRA MAGISTRATSAFDELINGEN FOR TEKNIK OG MILJØ\n\nSagen handler om en bro.")
    let r = try Examples.register(text)
    let a = try #require(r.actions.first)
    #expect(a.responsible.map(\.name) == ["Magistratsafdelingen for Teknik og Miljø"])
    #expect(a.responsible.map(\.kind) == [.unit])
  }

  @Test func aReferralWithoutOwnerIsTheBodysToTakeUp() throws {
    let r = try Examples.register(Self.minutes("Sagen drøftes i Økonomiudvalget i januar 2025."))
    let a = try #require(r.actions.first { $0.kind == .referral })
    #expect(a.owners.isEmpty)
    #expect(a.responsible.map(\.name) == ["Økonomiudvalget"])
  }

  /// A role a decision names (`Formanden`, `Kassereren`) is the one the header gives it at this
  /// meeting, in the forms headers write roles in; two holders, or none, leave the role as written.
  @Test(arguments: [
    ("Til stede: Anne Hansen (formand), Bo Jensen (kasserer) og Carl Nielsen", "Formanden kontakter kommunen.", "Anne Hansen"),
    ("Til stede: Anne Hansen (V, formand), Bo Jensen, Carl Nielsen", "Formanden kontakter kommunen.", "Anne Hansen"),
    ("Deltagere: Anne Hansen, formand, Bo Jensen, kasserer, Carl Nielsen", "Kassereren udarbejder et budget.", "Bo Jensen"),
    ("Deltagere:\n- Anne Hansen - næstformand\n- Bo Jensen\n- Carl Nielsen", "Næstformanden sender referatet ud.", "Anne Hansen"),
    ("Til stede: Formand Anne Hansen, Bo Jensen og Carl Nielsen", "Formanden kontakter kommunen.", "Anne Hansen"),
    ("Medlemmer:\nAnne Hansen (A) - formand\nBo Jensen (V)\nCarl Nielsen (C)", "Formanden kontakter kommunen.", "Anne Hansen"),
    ("Til stede: Trine Birk (A), Formand, Bo Jensen (V), Carl Nielsen (C)", "Formanden kontakter kommunen.", "Trine Birk"),
    ("Til stede: Anne Hansen, Bo Jensen og Carl Nielsen\nReferent: Carl Nielsen", "Referenten sender referatet ud.", "Carl Nielsen"),
    ("Til stede: Anne Hansen, Bo Jensen og Carl Nielsen", "Formanden kontakter kommunen.", "Formanden"),
    ("Til stede: Anne Hansen (formand), Bo Jensen (formand) og Carl Nielsen", "Formanden kontakter kommunen.", "Formanden"),
    ("Til stede: Anne Hansen, formand for Kulturudvalget, Bo Jensen og Carl Nielsen", "Formanden kontakter kommunen.", "Formanden"),
  ])
  func aRoleIsWhoHoldsItAtTheMeeting(header: String, decision: String, owner: String) throws {
    let text = """
      Referat af bestyrelsesmøde tirsdag den 5. marts 2024 kl. 19.00

      \(header)

      1. Sag om legepladsen

      Beslutning:
      \(decision)
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "bestyrelsen-2024-03-05.txt")
    let r = Register(meetings: [m])
    let a = try #require(r.actions.first)
    #expect(a.owners.map(\.name) == [owner])
  }
}

/// A first name or a role in one council's minutes is a person those minutes, or other minutes
/// of the same municipality, name; never one only another municipality's minutes name.
@Suite struct OwnersWithinTheMunicipalityTests {
  static func minutes(committee: String, attendees: String, decision: String, date: String = "02-10-2024") -> String {
    """
    REFERAT \(committee) d. \(date)

    Mødedeltagere: \(attendees)

    Punkt 1: Sag om noget

    Beslutning

    \(decision)
    """
  }

  func owners(_ sources: [(String, String)]) throws -> [String] {
    let r = Register(meetings: try sources.map { source, text in try MinutesParser.parse(bytes: Array(text.utf8), source: source) })
    return r.actions.filter { $0.sentence.hasPrefix("Per") }.flatMap { $0.owners.map(\.name) }
  }

  @Test func aFirstNameIsNoPersonOfAnotherMunicipality() throws {
    let vordingborg = ("vordingborg-teknikudvalget-2024-09-24.txt", Self.minutes(
      committee: "Teknikudvalget", attendees: "Per Stig Sørensen, Asger Diness Andersen", decision: "Godkendt."))
    let lokalraad = ("hornstrup-lokalraad-2024-10-02.txt", Self.minutes(
      committee: "Lokalrådet", attendees: "Inger Holm, Søren Bak", decision: "Per mødes med kommunens folk på mandag."))
    #expect(try owners([vordingborg, lokalraad]) == ["Per"])
    // Minutes of the same municipality name him.
    let sameTown = ("hornstrup-lokalraad-2024-09-04.txt", Self.minutes(
      committee: "Lokalrådet", attendees: "Per Stig Sørensen, Inger Holm", decision: "Godkendt.", date: "04-09-2024"))
    #expect(try owners([sameTown, lokalraad]) == ["Per Stig Sørensen"])
  }
}

/// Owners in a municipal committee's decisions: departments named by their fields, members by
/// their party letters, surnames, charges, talks to come; and a minority's wish, which is no
/// decision. Each row a sentence and the owners it must give (none: no action).
@Suite struct MunicipalOwnerTests {
  static let header = """
    Referat
    Miljø- og Teknikudvalget
    Mødedato: 7. oktober 2025 kl. 15.00

    Deltagere: Pia Dam (A), formand, Kurt Friis (DF), Susanne Buch (Ø), Anders Mølgaard (K), Lise Holm (A)

    1. Busbetjening

    Sagsnr.: 25/1234

    Beslutning

    Anbefales.

    """

  static let rows: [(String, [(String, Owner.Kind)])] = [
    // A department named by its two fields is one unit; the committee's own name without
    // `udvalg` is the department too.
    ("Plan og Byg sender forslaget i offentlig høring senest den 15. november 2025.", [("Plan og Byg", .unit)]),
    ("Økonomi og Personale udarbejder et forslag til udmøntning af besparelserne primo 2026.", [("Økonomi og Personale", .unit)]),
    ("Miljø og Teknik inviterer lodsejerne til et orienteringsmøde.", [("Miljø og Teknik", .unit)]),
    ("Staben samler fraværstallene og fremlægger dem i uge 44.", [("Staben", .unit)]),
    // Two surnames of attendees joined by `og`: two people.
    ("Buch og Friis tager kontakt til brugerrådet for genbrugspladsen.", [("Susanne Buch", .person), ("Kurt Friis", .person)]),
    // Party letters are no doers.
    ("Lise Holm (A) følger op med skolebestyrelsen.", [("Lise Holm", .person)]),
    ("Pia Dam (A) og Kurt Friis (DF) undersøger mulighederne for en reparationscafé.", [("Pia Dam", .person), ("Kurt Friis", .person)]),
    // A charge laid on someone, with `at` and with `om` and a noun.
    ("Udvalget pålægger forvaltningen at udskifte skiltene inden jul.", [("Forvaltningen", .unit)]),
    ("Udvalget anmoder administrationen om et notat om busbetjeningen til mødet i november.", [("Administrationen", .unit)]),
    // Money and agreements; a talk to come on a day.
    ("Forvaltningen indgår aftale med forsyningen senest den 1. december 2025.", [("Forvaltningen", .unit)]),
    ("Forvaltningen udbetaler tilskuddene senest den 1. december 2025.", [("Forvaltningen", .unit)]),
    ("Forvaltningen orienterer udvalget om udbuddet af vintertjeneste den 4. november 2025.", [("Forvaltningen", .unit)]),
    // The body whose meeting the case goes to; the body it is laid before.
    ("Sagen oversendes til Byrådets møde den 29. oktober 2025.", [("Byrådet", .body)]),
    ("Sagen forelægges Økonomiudvalget den 29. oktober 2025.", [("Økonomiudvalget", .body)]),
    // The administration sending a paper on does an errand: the case stays.
    ("Forvaltningen sender indstillingen til Kultur- og Fritidsudvalget senest 1. november 2025.", [("Forvaltningen", .unit)]),
    // A decision passed on to applicants; a meeting of some kind held, by its compound.
    ("Administrationen meddeler tilsagn og afslag til ansøgerne senest 10/7.", [("Administrationen", .unit)]),
    ("Buch og Friis holder dialogmødet med foreningen.", [("Susanne Buch", .person), ("Kurt Friis", .person)]),
    // A person the work is done together with does it too; a body does not become a doer.
    ("Lise Holm planlægger festen sammen med Kurt Friis, så den kan holdes i oktober.", [("Lise Holm", .person), ("Kurt Friis", .person)]),
    ("Forvaltningen undersøger sagen sammen med Vejdirektoratet.", [("Forvaltningen", .unit)]),
  ]

  @Test(arguments: rows)
  func owners(_ row: (String, [(String, Owner.Kind)])) throws {
    let r = try Examples.register(Self.header + row.0 + "\n")
    let a = try #require(r.actions.first, "no action in '\(row.0)'")
    #expect(a.owners.map(\.name) == row.1.map(\.0), "\(row.0)")
    #expect(a.owners.map(\.kind) == row.1.map(\.1), "\(row.0)")
  }

  @Test(arguments: [
    "Et mindretal (K) kunne ikke anbefale indstillingen, idet Det Konservative Folkeparti ønsker, at forvaltningen først undersøger en sammenlægning.",
    "Et mindretal bestående af Anders Mølgaard (K) og Susanne Buch (Ø) stemte imod og ønskede, at forvaltningen undersøger en ny rute.",
    "Pia Dam (A) og Lise Holm (A) tog forbehold og ønsker, at administrationen beregner en model med færre stop.",
    "Kurt Friis (DF) stemte imod og ønskede, at Plan og Byg undersøger en alternativ vejadgang.",
    "Venstre kunne ikke tiltræde indstillingen og ønsker, at forvaltningen finder en anden løsning.",
    // Telling, not passing a decision on.
    "Formanden meddeler, at hun fratræder til sommer.",
    "Forvaltningen meddeler udvalget om status på byggeriet.",
  ])
  func aMinoritysWishIsNoDecision(_ sentence: String) throws {
    let r = try Examples.register(Self.header + sentence + "\n")
    #expect(r.actions.isEmpty, "\(sentence)")
  }
}

extension MunicipalOwnerTests {
  /// The staff the header names with their titles (`Fra administrationen  Direktør for Teknik og
  /// Miljø Peter Rask`, with its colon or laid out without one) tell who `Direktøren for Teknik og
  /// Miljø` is; the staff are no attendees.
  @Test(arguments: [
    "   Fra administrationen    Direktør for Teknik og Miljø Peter Rask\n                           Vejchef Lise Holm",
    "Fra administrationen: Direktør for Teknik og Miljø Peter Rask, vejchef Lise Holm",
    // One a line under the label with its colon, the first on the label's line.
    "Fra administrationen:   Kommunaldirektør Kasper Thorhauge\n                        Direktør for Teknik og Miljø Peter Rask\n                        Vejchef Lise Holm",
    "Fra administrationen deltog: Kommunaldirektør Kasper Thorhauge, direktør for Teknik og Miljø Peter Rask",
    // The label alone on its line, the staff under it with their titles.
    "Fra administrationen\nDirektør for Teknik og Miljø Peter Rask\nNatur- og miljøchef Jesper Ahl",
    // In a sentence of the header, the line wrapped after the name.
    "Fra administrationen deltog Direktør for Teknik og Miljø Peter Rask og\nvejchef Lise Holm.",
  ])
  func aDirectorByTheTitleTheHeaderGives(_ staff: String) throws {
    let text = """
      Referat

      Teknik- og Miljøudvalget

         Mødedato                Tirsdag den 6. maj 2025
         Mødetidspunkt           Kl. 13:00 - 15:45

         Medlemmer               Kristian Brøndum (V), formand
                                 Birthe Dahl (A)

      \(staff)

      1. Vintertjenesten

      Beslutning

      Direktøren for Teknik og Miljø vender tilbage med en løsningsmodel inden 1. oktober.
      """
    let r = try Examples.register(text)
    let a = try #require(r.actions.first)
    #expect(a.owners.map(\.name) == ["Peter Rask"])
    #expect(r.meetings.first?.attendees == ["Kristian Brøndum", "Birthe Dahl"])
  }
}

extension MunicipalOwnerTests {
  /// A member with a title before the name and a role after it (`Rådmand Susanne Krogh (A),
  /// formand`) holds both; the chair of the council by the council's name
  /// (`Regionsrådsformanden`).
  @Test(arguments: [
    ("Ældre- og Handicapudvalget", "Rådmand Susanne Krogh (A), formand", "Rådmanden vender tilbage med en plan inden 1. marts 2025.", "Susanne Krogh"),
    ("Ældre- og Handicapudvalget", "Rådmand Susanne Krogh (A), formand", "Formanden indkalder til temamøde inden 1. marts 2025.", "Susanne Krogh"),
    ("Beredskabskommissionen", "Borgmester Lars Elmquist, formand", "Borgmesteren tager kontakt til Ærøfærgerne.", "Lars Elmquist"),
    ("Regionsrådet", "Bo Rasmussen Lind (V), formand", "Regionsrådsformanden tager kontakt til KKR Syddanmark.", "Bo Rasmussen Lind"),
    // The organisation after a comma, then the role in brackets.
    ("Hoved-MED-udvalget", "Søs Lind, FOA (næstformand)", "Næstformanden orienterer de lokale MED-udvalg inden 1. marts 2025.", "Søs Lind"),
    // A title of two joined by `og`, as the header wrote it, in its definite form.
    ("Teknik- og Miljøudvalget", "Natur- og miljøchef Jesper Ahl", "Natur- og miljøchefen orienterer lodsejerne inden 1. marts 2025.", "Jesper Ahl"),
    // A title of two after the member's comma.
    ("Børne- og Ungdomsudvalget", "Signe Dal (A), børne- og ungdomsborgmester", "Borgmesteren tager kontakt til politiet inden 1. marts 2025.", "Signe Dal"),
  ])
  func rolesBeforeAndAfterANameAndTheChairByTheCouncilsName(_ c: (String, String, String, String)) throws {
    let text = """
      Referat
      \(c.0)
      Mødedato: 22. januar 2025 kl. 15.00

      Medlemmer:
      \(c.1)
      Karen Holm (V)
      Jens Berg (C)

      1. Sag om noget

      Beslutning

      \(c.2)
      """
    let r = try Examples.register(text)
    let a = try #require(r.actions.first, "no action in '\(c.2)'")
    #expect(a.owners.map(\.name) == [c.3], "\(c.2)")
  }
}

extension MunicipalOwnerTests {
  /// Staff the header names under a label of their own, with a title or initials: who
  /// `Sekretæren` and `RT` are.
  @Test(arguments: [
    ("Referent: Sekretær Hanne Brix, Ældre og Sundhed", "Sekretæren udsender invitationer i uge 36.", "Hanne Brix"),
    ("Ungekonsulent: Rasmus Toft (RT), referent", "RT kontakter borgmesterens sekretariat inden 1. marts 2025.", "Rasmus Toft"),
  ])
  func staffByTitleAndInitials(_ c: (String, String, String)) throws {
    let text = """
      Referat af møde i Ældrerådet tirsdag den 29. april 2025 kl. 10.00
      Til stede: Lilly Holm (formand), Erling Dam, Karen Bo
      \(c.0)

      1. Seniorfest

      Beslutning

      \(c.1)
      """
    let r = try Examples.register(text)
    let a = try #require(r.actions.first, "no action in '\(c.1)'")
    #expect(a.owners.map(\.name) == [c.2], "\(c.1)")
    #expect(r.meetings.first?.attendees == ["Lilly Holm", "Erling Dam", "Karen Bo"])
  }
}

extension MunicipalOwnerTests {
  /// A title compounded with a hyphen (`HR-chef Tanja Krarup`) tells who `HR-chefen` is.
  @Test(arguments: [
    ("Ledelsesrepræsentanter:\n   Kommunaldirektør Jens Hegelund (formand)\n   HR-chef Tanja Krarup", "HR-chefen udarbejder en opgørelse af fraværet til næste møde.", "Tanja Krarup"),
  ])
  func compoundTitles(_ c: (String, String, String)) throws {
    let text = "Referat\n\nHovedudvalget\n\nMødedato: 24. oktober 2028 kl. 13:00\n\n\(c.0)\n\n1. Fravær\n\nBeslutning\n\n\(c.1)\n"
    let r = try Examples.register(text)
    let a = try #require(r.actions.first)
    #expect(a.owners.map(\.name) == [c.2])
  }
}

extension MunicipalOwnerTests {
  /// A director the header names with an area of several parts (`direktør for By, Kultur og
  /// Miljø Karsten Wiborg`) is who `Direktøren for By, Kultur og Miljø` is, and, the only
  /// director of the meeting, who `Direktøren` is.
  @Test(arguments: [
    "Direktøren for By, Kultur og Miljø sender udvalget en oversigt inden den 1. marts 2030.",
    "Direktøren vender tilbage med en handleplan inden udgangen af juni 2030.",
  ])
  func aDirectorWhoseAreaHasSeveralParts(_ decision: String) throws {
    let text = """
      Referat
      Klima- og Miljøudvalget
      Mødedato: 16. januar 2030 kl. 16.00

      Medlemmer:
      Karen Holm (V), formand
      Jens Berg (C)

      Fra administrationen deltog direktør for By, Kultur og Miljø Karsten Wiborg og afdelingschef Ida Overgaard (referent).

      1. Grønne partnerskaber

      Beslutning

      \(decision)
      """
    let r = try Examples.register(text)
    let a = try #require(r.actions.first, "no action in '\(decision)'")
    #expect(a.owners.map(\.name) == ["Karsten Wiborg"], "\(decision)")
  }
}

extension MunicipalOwnerTests {
  /// A member's task labelled above the list (`Mødeleder: Signe Dal`) and her title beside her
  /// name in it: she holds both.
  @Test func aLabelledTaskAndATitleBesideTheName() throws {
    let text = """
      Referat
      Børne- og Ungdomsudvalget
      Mødedato: 10. oktober 2029 kl. 15.00
      Mødeleder: Signe Dal

      Medlemmer:
      Signe Dal (A), børne- og ungdomsborgmester
      Karen Holm (V)
      Jens Berg (C)

      1. Tryghed

      Beslutning

      Borgmesteren tager kontakt til politiet om tryghedsindsatsen.
      """
    let r = try Examples.register(text)
    #expect(r.actions.first?.owners.map(\.name) == ["Signe Dal"])
  }
}

extension MunicipalOwnerTests {
  /// The header's officers, named with a job's word or under two labels, are at the meeting: a
  /// first name, initials and a title in a decision are theirs.
  @Test func officersNamedInTheHeader() throws {
    let text = """
      Referat
      Havnebestyrelsen
      Mødedato: 10. oktober 2029 kl. 19.00

      Til stede: Bent Tolstrup (formand), Vibeke Sand Larsen, Carl Erik Bruun.
      Referent: havnefoged Jørn Borg.
      Sekretær og referent: Karin Møller Juhl (KMJ), Teknisk Forvaltning
      Kommunaldirektør Lone Wind Kristiansen og sekretariatschef Morten Ulrik Bay (referent) deltog i mødet.

      1. Kajen

      Beslutning

      Jørn rykker Kystdirektoratet for svar.

      2. Referatet

      Beslutning

      KMJ sender referatet ud senest 11.10.2029.

      3. Madservice

      Beslutning

      Kommunaldirektøren sender en skriftlig status på udbuddet til bestyrelsen.
      """
    let r = try Examples.register(text)
    let owners = Dictionary(uniqueKeysWithValues: r.actions.map { ($0.item, $0.owners.map(\.name)) })
    #expect(owners[1] == ["Jørn Borg"])
    #expect(owners[2] == ["Karin Møller Juhl"])
    #expect(owners[3] == ["Lone Wind Kristiansen"])
  }

  /// An item without a decision: the open boxes of its task list and the text under
  /// `Opfølgning:` are its work; a ticked box is work done.
  @Test func tasksOfAnItemWithoutADecision() throws {
    let text = """
      # Handicaprådet

      Referat af mødet 4. juni 2029 kl. 16.30

      Til stede: Lise Bundgaard, Kim Wedege, Jette Kvist

      ## Pkt. 1 – Eventuelt

      - [x] Referatet godkendes via Teams-kanalen.
      - [ ] Jette sender referatet ud senest 11.06.2029.

      ## Pkt. 2 – Parkering

      Kim spurgte til reglerne for parkering ved rådhuset.

      **Opfølgning:** Lise undersøger sagen og svarer Kim pr. mail.
      """
    let r = try Examples.register(text)
    let found = r.actions.map { ($0.item, $0.owners.map(\.name)) }
    #expect(found.count == 2)
    #expect(found.contains { $0.0 == 1 && $0.1 == ["Jette Kvist"] })
    #expect(found.contains { $0.0 == 2 && $0.1 == ["Lise Bundgaard"] })
  }
}

extension MunicipalOwnerTests {
  /// Staff named in a table flattened one cell a line (a title over its holder) and in a
  /// sentence with a title of two joined by `og`: the titles in decisions are theirs.
  @Test func staffTitlesOverNamesAndTitlesOfTwo() throws {
    let text = """
      Referat
      Social- og Seniorudvalget
      Mødedato: 7. februar 2034 kl. 16.00

      Medlemmer: Anja Sølvhøj, Gert Pallesen, Ib Frandsen
      Fra administrationen
      Direktør for Social og Sundhed
      Michael Stoltz
      Centerchef for Ældre
      Jonna Meldgaard
      Kultur- og fritidschef Rikke Sand og referent Dorthe Krog deltog.

      1. Demensstrategi

      Beslutning

      Centerchefen for Ældre udarbejder en handleplan for demensvenlige plejecentre.

      2. Udbud

      Beslutning

      Direktøren for Social og Sundhed indhenter vurderingen og orienterer udvalget.

      3. Haltider

      Beslutning

      Kultur- og fritidschefen holder et møde med hallerne om ledige tider.
      """
    let r = try Examples.register(text)
    let owners = Dictionary(uniqueKeysWithValues: r.actions.map { ($0.item, $0.owners.map(\.name)) })
    #expect(owners[1] == ["Jonna Meldgaard"])
    #expect(owners[2] == ["Michael Stoltz"])
    #expect(owners[3] == ["Rikke Sand"])
  }
}

/// Names of bodies: a definite or genitive form is the body, a body named by two fields is not
/// the body of its first (`Sundheds- og Kulturudvalget`, `Sundhedsudvalget`).
@Suite struct CommitteeNameFormsTests {
  @Test func formsOfOneBodyAndBodiesOfTwoFields() {
    var d = CommitteeDirectory()
    d.add("Sundhedsudvalget", isHeader: true)
    d.add("Direktionen", isHeader: true)
    #expect(d.canonical("Sundheds- og Kulturudvalget") == "Sundheds- og Kulturudvalget")
    #expect(d.canonical("sundhedsudvalgets") == "Sundhedsudvalget")
  }
}

extension MunicipalOwnerTests {
  /// A title a converter wrapped over two lines of the header (`... rådmand` / `for Teknik og
  /// Miljø Søren Tolstrup (C)`) is its holder's.
  @Test func aTitleWrappedInTheHeader() throws {
    let text = """
      Referat
      Magistraten
      Mødedato: 26. januar 2032 kl. 10.00
      Medlemmer:Borgmester Jakob Ravnsborg (A), rådmand for Sociale Forhold og Beskæftigelse
      Line Kjærsgaard (Ø), rådmand for Kultur og Borgerservice Ahmed Sahin (B), rådmand
      for Teknik og Miljø Søren Tolstrup (C)
      Desuden deltog:Stadsdirektør Kirsten Vang, direktør for Teknik og Miljø Anders Kyhl

      1. Elbusser

      Beslutning

      Rådmanden for Teknik og Miljø drøfter finansieringen af elbusserne med Midttrafik.
      """
    let r = try Examples.register(text)
    #expect(r.actions.first?.owners.map(\.name) == ["Søren Tolstrup"])
  }

  /// A year that says what the work is about gives way to the finer time of the deadline.
  @Test func aYearOfTheSubjectIsNoDeadline() throws {
    let r = try Examples.register(OwnerReadingTests.minutes("Godkendt. Jens Berg sender en oversigt over vejarbejderne i 2025 til udvalget i uge 2."))
    let a = try #require(r.actions.first)
    #expect(a.due == Examples.day("2025-01-12"))
    let year = try Examples.register(OwnerReadingTests.minutes("Godkendt. Jens Berg sender en oversigt over vejarbejderne i 2025."))
    #expect(year.actions.first?.due == Examples.day("2025-12-31"))
  }
}

extension OwnerReadingTests {
  /// Titles whose area stands in brackets (`Koncerndirektør Bo Holm (Sundhed)`, `Eva Lind
  /// (rådmand for Kultur og Fritid)`): the decision calling a holder by title and area
  /// (`Koncerndirektøren for Sundhed`) means that one, though two hold the title.
  @Test func titlesWithTheirAreaInBrackets() throws {
    let r = try Examples.register(
      """
      Referat

      Forretningsudvalget

      Dato: 21.11.2030

      Deltagere: Eva Lind (rådmand for Kultur og Fritid), Kaj Dahl

      Desuden deltog: Koncerndirektør Bo Holm (Sundhed), Koncerndirektør Ida Vang (Regional Udvikling)

      1. Nyt sygehus

      Beslutning
      Godkendt. Koncerndirektøren for Sundhed fremlægger en plan inden 1. marts 2031. Rådmanden for Kultur og Fritid sender en opfølgning til udvalget.
      """)
    #expect(r.actions.map { $0.owners.map(\.name) } == [["Bo Holm"], ["Eva Lind"]])
  }
}

extension OwnerReadingTests {
  /// A unit with the initials of the one in it who does the work (`Sekretariatet (KB) sender
  /// ...`): that person; initials of a first name and a middle name (`AB` for `Asger Bram
  /// Holst`): the one person the meeting names so.
  @Test func aUnitWithItsDoersInitialsAndInitialsOfAMiddleName() throws {
    let r = try Examples.register(
      """
      Referat

      Direktionen

      Dato: 4.12.2030

      Deltagere: Kommunaldirektør Asger Bram Holst (AB), direktør Ida Vang (IV)

      Referent: Karen Borup (KB), Sekretariatet

      1. Julehilsen

      Beslutning
      Godkendt. Sekretariatet (KB) sender udkastet til borgmesteren senest den 12. december 2030. AB udarbejder en tale til julefrokosten inden den 18. december 2030.
      """)
    #expect(r.actions.map { $0.owners.map(\.name) } == [["Karen Borup"], ["Asger Bram Holst"]])
  }
}

extension OwnerReadingTests {
  /// A director's title with its area wrapped before the name (`direktør for Teknik og Miljø`
  /// / `Ida Lund, sekretariatschef ...`), a title of two joined by `og` after the name on the
  /// next line: the decision's `Direktøren for Teknik og Miljø` is that director.
  @Test func aTitleWrappedBeforeItsHoldersName() throws {
    let r = try Examples.register(
      """
      Referat

      Kommunalbestyrelsen

      Dato: 26.01.2030

      Deltagere: Bo Lind (A), Kaj Dahl (V)

           Fra administrationen:  Kommunaldirektør Egon Vang, direktør for Teknik og Miljø
                                  Ida Lund
                                  Natur- og miljøchef Ole Brix

      1. Svømmehallen

      Beslutning
      Godkendt. Direktøren for Teknik og Miljø fremlægger en tidsplan for lukkeperioden inden udgangen af marts 2030.
      """)
    #expect(r.actions.first?.owners.map(\.name) == ["Ida Lund"])
  }
}

extension OwnerReadingTests {
  /// The item's status under its facts (`Sagsbehandler: Ole Berg` / `Åbent punkt`) is no part
  /// of the caseworker's name: the decision's `Dagtilbudschefen` is Ole Berg as the header
  /// names him.
  @Test func theStatusUnderTheFactsIsNoPartOfAName() throws {
    let r = try Examples.register(
      """
      Referat

      Børne- og Ungeudvalget

      Dato: 19.01.2030

      Deltagere: Bo Lind (A), Kaj Dahl (V)

      Desuden deltog: Dagtilbudschef Ole Berg

      2. Kapacitetsplan for dagtilbud

      Sagsnr.: 29/9120
      Sagsbehandler: Ole Berg
      Åbent punkt

      Beslutning
      Godkendt. Dagtilbudschefen sender en plan for udvidelsen til udvalget senest i uge 11.
      """)
    #expect(r.actions.first?.owners.map(\.name) == ["Ole Berg"])
  }
}
