import MinutesCore
import Testing

@Suite struct TemporalReaderTests {
  /// (text, reference day, span, kind, deadline, start, end)
  static let cases: [(text: String, on: String, span: String, kind: TemporalExpression.Kind, date: String?, start: String?, end: String?)] = [
    ("d. 04-12-2024", "2024-12-01", "d. 04-12-2024", .day, "2024-12-04", "2024-12-04", "2024-12-04"),
    ("Onsdag d. 04. december 2024 kl. 09:00", "2024-12-01", "Onsdag d. 04. december 2024 kl. 09:00", .datetime, "2024-12-04", "2024-12-04", "2024-12-04"),
    ("Udsættes til den 9. oktober 2024.", "2024-10-02", "til den 9. oktober 2024", .day, "2024-10-09", "2024-10-09", "2024-10-09"),
    ("Drøftes igen 2. oktober 2024.", "2024-09-18", "2. oktober 2024", .day, "2024-10-02", "2024-10-02", "2024-10-02"),
    ("Overgang pr. 1.1.2025, da", "2024-09-11", "pr. 1.1.2025", .day, "2025-01-01", "2025-01-01", "2025-01-01"),
    ("drøftes den 5. december", "2024-12-04", "den 5. december", .day, "2024-12-05", "2024-12-05", "2024-12-05"),
    ("Projektbeskrivelse fremsendes i oktober 2024.", "2024-09-11", "i oktober 2024", .period, "2024-10-31", "2024-10-01", "2024-10-31"),
    ("Direktionen vil i januar kigge på det", "2023-10-12", "i januar", .period, "2024-01-31", "2024-01-01", "2024-01-31"),
    ("drøfter det igen primo 2024", "2023-10-12", "primo 2024", .period, "2024-03-31", "2024-01-01", "2024-03-31"),
    ("klar ultimo marts", "2024-01-10", "ultimo marts", .period, "2024-03-31", "2024-03-21", "2024-03-31"),
    ("behandler sagen i første kvartal i 2024", "2023-12-19", "i første kvartal i 2024", .period, "2024-03-31", "2024-01-01", "2024-03-31"),
    ("revideres i løbet af 2025", "2024-12-04", "i løbet af 2025", .period, "2025-12-31", "2025-01-01", "2025-12-31"),
    ("prøvevalget i uge 40-41", "2024-09-11", "i uge 40-41", .period, "2024-10-13", "2024-09-30", "2024-10-13"),
    ("Sagen udsættes til næste uge.", "2024-10-02", "til næste uge", .day, "2024-10-09", "2024-10-09", "2024-10-09"),
    ("lederforum den 19. -20. september 2024", "2024-09-11", "den 19. -20. september 2024", .period, "2024-09-20", "2024-09-19", "2024-09-20"),
    ("Beslutning fra Direktionens møde den 25 .september 2025, pkt. 7:", "2024-10-02", "møde den 25 .september 2025", .day, "2025-09-25", "2025-09-25", "2025-09-25"),
    ("seminar den 12. og 13. november 2024", "2024-10-02", "den 12. og 13. november 2024", .period, "2024-11-13", "2024-11-12", "2024-11-13"),
    ("høringsperioden er fra den 20. juni - 14. juli 2024", "2023-12-19", "fra den 20. juni - 14. juli 2024", .period, "2024-07-14", "2024-06-20", "2024-07-14"),
    ("Dato: 02-09-2025", "2025-10-01", "02-09-2025", .day, "2025-09-02", "2025-09-02", "2025-09-02"),
    ("svar inden for 14 dage", "2024-10-02", "inden for 14 dage", .day, "2024-10-16", "2024-10-16", "2024-10-16"),
    ("inden udgangen af 2024", "2024-03-01", "inden udgangen af 2024", .day, "2024-12-31", "2024-12-31", "2024-12-31"),
    ("Q3 2025", "2025-01-01", "Q3 2025", .period, "2025-09-30", "2025-07-01", "2025-09-30"),
    ("i efteråret 2024", "2024-01-01", "i efteråret 2024", .period, "2024-11-30", "2024-09-01", "2024-11-30"),
    ("2024.04.17 Direktionsmøde", "2024-04-17", "2024.04.17", .day, "2024-04-17", "2024-04-17", "2024-04-17"),
  ]

  @Test(arguments: cases)
  func reads(_ c: (text: String, on: String, span: String, kind: TemporalExpression.Kind, date: String?, start: String?, end: String?)) throws {
    let found = TemporalReader(reference: try #require(Day(iso: c.on))).expressions(in: c.text)
    let e = try #require(found.first, "nothing read in \(c.text)")
    #expect(found.count == 1)
    #expect(e.text == c.span)
    #expect(e.kind == c.kind)
    #expect(e.date?.description == c.date)
    #expect(e.start?.description == c.start)
    #expect(e.end?.description == c.end)
  }

  @Test func nextMeetingIsAReference() throws {
    let e = try #require(TemporalReader(reference: Day(iso: "2024-10-02")!).expressions(in: "Udsættes til næste møde.").first)
    #expect(e.kind == .nextMeeting)
    #expect(e.text == "til næste møde")
    #expect(e.date == nil)
  }

  @Test func timesAlone() throws {
    let e = try #require(TemporalReader(reference: Day(iso: "2024-10-02")!).expressions(in: "deltager i mødet kl. 15.45").first)
    #expect(e.kind == .time)
    #expect(e.time?.description == "15:45")
    let range = try #require(TemporalReader(reference: Day(iso: "2024-10-02")!).expressions(in: "kl. 13.00 - 15.30").first)
    #expect(range.time?.description == "13:00")
    #expect(range.endTime?.description == "15:30")
  }

  @Test(arguments: [
    "Fylder 50, 60 eller 70 år", "en besparelse på 500.000 kr.",
    "tilbuddet senest 6 måneder efter, at medarbejderen har anmodet", "i årene 2024, 2027 og 2030",
    "00.15.25P05-1-23", "59,7 % af de ansatte", "Budget 2025 og budgetaftalen", "1-3 dage",
  ])
  func numbersThatAreNoDates(_ text: String) {
    let found = TemporalReader(reference: Day(iso: "2024-10-02")!).expressions(in: text)
    #expect(found.isEmpty, "read \(found.map(\.text)) in '\(text)'")
  }

  @Test func yearFromReference() throws {
    // December's "den 5. januar" is next year; January's "den 20. december" is last year.
    let dec = TemporalReader(reference: Day(iso: "2024-12-20")!).expressions(in: "den 5. januar")
    #expect(dec.first?.date?.description == "2025-01-05")
    #expect(dec.first?.isYearInferred == true)
    let jan = TemporalReader(reference: Day(iso: "2025-01-10")!).expressions(in: "den 20. december")
    #expect(jan.first?.date?.description == "2024-12-20")
  }

  @Test func spansAreUTF8Ranges() throws {
    let text = "Økonomidokumentet opdateres og drøftes igen den 15. maj 2024."
    let e = try #require(TemporalReader(reference: Day(iso: "2024-04-17")!).expressions(in: text).first)
    let bytes = Array(text.utf8)
    #expect(String(decoding: bytes[e.utf8Range], as: UTF8.self) == e.text)
  }

  @Test func dayArithmetic() throws {
    let d = try #require(Day(iso: "2024-02-28"))
    #expect(d.adding(days: 1).description == "2024-02-29")
    #expect(d.adding(days: 2).description == "2024-03-01")
    #expect(Day(iso: "2024-01-31")!.adding(months: 1).description == "2024-02-29")
    #expect(Day(iso: "2024-10-02")!.weekday == 3)
    #expect(Day(iso: "2024-12-30")!.isoWeek.week == 1)
    #expect(Day.monday(ofISOWeek: 40, year: 2024)?.description == "2024-09-30")
    #expect(Day(year: 2023, month: 2, day: 29) == nil)
  }
}
