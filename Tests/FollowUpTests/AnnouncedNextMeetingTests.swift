import Foundation
import MinutesCore
import Testing

@testable import FollowUp

/// Minutes that announce their next meeting (`Næste møde: 28/08-2008 kl. 20`, an item `Dato for
/// næste møde` with the day under it) give the committee's next meeting: what is due `til
/// næste møde` or `næste gang` is due that day.
@Suite struct AnnouncedNextMeetingTests {
  static func register(_ text: String, source: String = "lokalraad-2022-03-28.txt") throws -> Register {
    Register(meetings: [try MinutesParser.parse(bytes: Array(text.utf8), source: source)])
  }

  @Test(arguments: [
    "3. Dato for næste møde\n\n7. juni kl 16",
    "3. Næste møde:\n\n07/06-2022 klokken 20:00 i fælleshuset.",
    "3. Eventuelt\n\nIntet.\n\nNæste møde tirsdag d. 7. juni.",
    // Inside a paragraph of briefings, after another sentence.
    "3. Meddelelser\n\nFormanden orienterede om dialogmødet. Næste ordinære møde i lokalrådet holdes tirsdag den 7. juni 2022 kl. 19.",
    // The body's meeting by a compound of `møde`.
    "3. Eventuelt\n\nIntet.\n\nNæste ordinære lokalrådsmøde: tirsdag den 7. juni 2022 kl. 19.00",
  ])
  func theAnnouncedDayIsTheNextMeeting(_ announcement: String) throws {
    let text = """
      Referat af lokalrådets møde mandag den 28. marts 2022 kl. 19

      Til stede: Arnold Jensen, Thea Straub

      1. Trafik

      Arnold laver en liste over mulige trafikforbedringer, og så ser vi på det næste gang.

      2. Mødet med kommunen

      Vi mødes med kommunen den 20. april om stien.

      \(announcement)
      """
    let r = try Self.register(text)
    let a = try #require(r.actions.first { $0.sentence.contains("trafikforbedringer") })
    #expect(a.due?.description == "2022-06-07")
  }

  @Test func withoutAnAnnouncementTheMentionedMeetingStands() throws {
    let text = """
      Referat af lokalrådets møde mandag den 28. marts 2022 kl. 19

      Til stede: Arnold Jensen, Thea Straub

      1. Trafik

      Arnold laver en liste over mulige trafikforbedringer til næste møde.

      2. Planlægning

      Næste møde i lokalrådet holdes den 2. maj 2022.
      """
    let r = try Self.register(text)
    let a = try #require(r.actions.first { $0.sentence.contains("trafikforbedringer") })
    #expect(a.due?.description == "2022-05-02")
  }

  /// The header announces it above the items; a deferral to `næste møde` waits till that day.
  @Test(arguments: [
    "Næste møde: 9. april 2024", "Næste møde: tirsdag den 9. april kl. 19.00 hos Bo", "Dato for næste møde:\n09.04.2024",
    "- Næste bestyrelsesmøde: 9/4-2024",
  ])
  func theHeaderAnnouncesTheNextMeeting(_ announcement: String) throws {
    let text = """
      Referat af bestyrelsesmøde tirsdag den 5. marts 2024 kl. 19.00

      Til stede: Anne Hansen, Bo Jensen og Carl Nielsen
      \(announcement)

      1. Legepladsen

      Beslutning:
      Sagen udsættes til næste møde.
      """
    let r = try Self.register(text, source: "bestyrelsen-2024-03-05.txt")
    #expect(r.meetings.first?.nextMeeting?.description == "2024-04-09")
    let p = try #require(r.postponements.first)
    #expect(p.target?.description == "2024-04-09")
  }

  /// A month's meeting (`til mødet i juni`) is the committee's meeting that month that the
  /// minutes mention, named by what the body is (`på udvalgets møde den 15. juni 2027`).
  @Test func theMonthsMeetingTheMinutesMention() throws {
    let text = """
      Referat fra Sundheds- og Omsorgsudvalget tirsdag den 20. april 2027 kl. 15.00

      1. Høring om genoptræning

      Beslutning:
      Sundhedschefen præsenterer høringssvarene på udvalgets møde den 15. juni 2027.

      2. Plejeboliger

      Beslutning:
      Punktet blev udsat til mødet i juni.
      """
    let r = try Self.register(text, source: "sundheds-og-omsorgsudvalget-2027-04-20.txt")
    let p = try #require(r.postponements.first)
    #expect(p.target?.description == "2027-06-15")
  }

  /// A wiki's line of links to the meetings around it (`Forrige møde: ... · Næste møde: ...`):
  /// the next one announced gives the month's meeting a deferral names.
  @Test func theNextMeetingBesideThePreviousOnALine() throws {
    let text = """
      # KB-møde 8. december 2037 – referat

      Forrige møde: KB-møde 10. november 2037 · Næste møde: KB-møde 19. januar 2038

      ## 84. Kystsikring

      **Beslutning**
      Udsat til mødet i januar, da tilladelsen endnu ikke foreligger.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "kommunalbestyrelsen-2037-12-08.md")
    #expect(m.nextMeeting?.description == "2038-01-19")
    let r = Register(meetings: [m])
    #expect(r.postponements.first?.target?.description == "2038-01-19")
  }

  /// A day before the meeting, or none, is no announcement.
  @Test(arguments: ["Næste møde: 1. marts 2024", "Næste møde: aftales senere", "Sidste møde: 9. april 2024"])
  func noLaterDayNoAnnouncement(_ line: String) throws {
    let text = """
      Referat af bestyrelsesmøde tirsdag den 5. marts 2024 kl. 19.00

      Til stede: Anne Hansen, Bo Jensen og Carl Nielsen
      \(line)

      1. Legepladsen

      Beslutning:
      Godkendt.
      """
    let m = try MinutesParser.parse(bytes: Array(text.utf8), source: "bestyrelsen-2024-03-05.txt")
    #expect(m.nextMeeting == nil)
  }

  /// The later meetings listed after the next one (`Øvrige møder i 2029: 21. august, ...`) give
  /// the month's meeting a deferral names; the next meeting the minutes' last lines announce,
  /// above the signatures and after a closed item, gives `næste møde`.
  @Test func laterMeetingsListedAndTheNextAboveTheSignatures() throws {
    let text = """
      Referat fra Hovedudvalget tirsdag den 8. maj 2029 kl. 13.00

      1. Trivselsmåling

      Beslutning:
      Sagen tages op igen i august.

      2. Sygefravær

      Beslutning:
      Sagen udsættes til næste møde.

      3. Eventuelt

      Beslutning:
      Intet.
      Øvrige møder i 2029: 21. august, 2. oktober og 4. december.

      4. Personalesag (lukket punkt)

      Beslutning:
      Godkendt.

      Næste møde: tirsdag den 12. juni 2029 kl. 13.00.

      Referatet godkendt og underskrevet:
      Tove Sand          Hans Riis          Ejnar Bo
      Peter Klit         Susanne Ib
      """
    let r = try Self.register(text, source: "hovedudvalget-2029-05-08.txt")
    #expect(r.postponements.map { $0.target?.description } == ["2029-08-21", "2029-06-12"])
  }
}

