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
    // Slash dates: day/month, the year after "-", "/" or a space, or inferred after "den".
    ("Overgang 1/11-2024.", "2024-10-02", "1/11-2024", .day, "2024-11-01", "2024-11-01", "2024-11-01"),
    ("træder i kraft 1/11 2024", "2024-10-02", "1/11 2024", .day, "2024-11-01", "2024-11-01", "2024-11-01"),
    ("på det konstituerende møde den 14/12 2005 rådmand", "2008-03-26", "møde den 14/12 2005", .day, "2005-12-14", "2005-12-14", "2005-12-14"),
    ("Byrådet udpegede på mødet den 30/1 2008 endvidere", "2008-03-26", "på mødet den 30/1 2008", .day, "2008-01-30", "2008-01-30", "2008-01-30"),
    // Day and month without the year: a slash date alone, a dotted one after `den`, `d.` or a
    // deadline word.
    ("Julefrokost 26/11 sammen med forsamlingshuset.", "2021-11-01", "26/11", .day, "2021-11-26", "2021-11-26", "2021-11-26"),
    ("Opsætning d. 14.12. – A/DUK", "2019-10-20", "d. 14.12", .day, "2019-12-14", "2019-12-14", "2019-12-14"),
    ("Vi mødes den 4.11 kl. 19", "2019-10-20", "den 4.11 kl. 19", .datetime, "2019-11-04", "2019-11-04", "2019-11-04"),
    ("Svar senest 1.3", "2019-10-20", "senest 1.3", .day, "2020-03-01", "2020-03-01", "2020-03-01"),
    // A holiday of one day named as the day, alone or after a preposition; a Sunday of Advent.
    ("Receptionen juleaften – A", "2019-10-20", "juleaften", .day, "2019-12-24", "2019-12-24", "2019-12-24"),
    ("Bål på stranden sankthansaften", "2019-10-20", "sankthansaften", .day, "2020-06-23", "2020-06-23", "2020-06-23"),
    ("Flaget hejses grundlovsdag 2025", "2024-10-20", "grundlovsdag 2025", .day, "2025-06-05", "2025-06-05", "2025-06-05"),
    ("Planen skal være klar inden langfredag", "2024-01-10", "inden langfredag", .day, "2024-03-28", "2024-03-28", "2024-03-28"),
    ("Æbleskiver 1. søn. i Advent – A", "2019-10-20", "1. søn. i Advent", .day, "2019-12-01", "2019-12-01", "2019-12-01"),
    ("Koncert 2. søndag i advent 2024", "2024-10-20", "2. søndag i advent 2024", .day, "2024-12-08", "2024-12-08", "2024-12-08"),
    ("svar senest den 12/3", "2025-02-01", "senest den 12/3", .day, "2025-03-12", "2025-03-12", "2025-03-12"),
    // Dotted dates and a day and month without a year.
    ("Referat af Byrådets møde d. 16.12.2014", "2014-12-16", "møde d. 16.12.2014", .day, "2014-12-16", "2014-12-16", "2014-12-16"),
    ("Dato: Mandag d. 3.5. 2021", "2000-01-01", "Mandag d. 3.5. 2021", .day, "2021-05-03", "2021-05-03", "2021-05-03"),
    ("referat fra mødet d.7.3.2023 godkendt", "2023-04-01", "fra mødet d.7.3.2023", .day, "2023-03-07", "2023-03-07", "2023-03-07"),
    ("Anne køber ind onsdag inden han kommer", "2020-12-10", "onsdag", .day, "2020-12-16", "2020-12-16", "2020-12-16"),
    ("Regionsrådet besluttede på møde d. 6. december, at", "2020-01-15", "på møde d. 6. december", .day, "2019-12-06", "2019-12-06", "2019-12-06"),
    // Headers of other councils.
    ("Dato: Onsdag, April 3, 2019 - 18:00", "2000-01-01", "Onsdag, April 3, 2019 - 18:00", .datetime, "2019-04-03", "2019-04-03", "2019-04-03"),
    ("Onsdag den 26-03-2008 kl. 17:00", "2000-01-01", "Onsdag den 26-03-2008 kl. 17:00", .datetime, "2008-03-26", "2008-03-26", "2008-03-26"),
    ("onsdag den 16. april 2008 kl. 18.30 - 20.30", "2000-01-01", "onsdag den 16. april 2008 kl. 18.30 - 20.30", .datetime, "2008-04-16", "2008-04-16", "2008-04-16"),
    ("Mødedato: Mandag den 6. oktober 2014 Mødetidspunkt:", "2000-01-01", "Mandag den 6. oktober 2014", .day, "2014-10-06", "2014-10-06", "2014-10-06"),
    // A month named by the meeting in it.
    ("Sag nr. 7 - udsættes til mødet i februar på grund af", "2021-01-12", "til mødet i februar", .period, "2021-02-28", "2021-02-01", "2021-02-28"),
    // Durations after a preposition are days counted from the meeting.
    ("Svar om 14 dage.", "2024-10-02", "om 14 dage", .day, "2024-10-16", "2024-10-16", "2024-10-16"),
    ("Kommer tilbage om en måned.", "2024-10-31", "om en måned", .day, "2024-11-30", "2024-11-30", "2024-11-30"),
    ("svar inden 10 hverdage", "2024-10-02", "inden 10 hverdage", .day, "2024-10-16", "2024-10-16", "2024-10-16"),
    // A bare weekday after a verb or an adverb: the next one after the meeting.
    ("Drøftes igen onsdag.", "2024-10-02", "onsdag", .day, "2024-10-09", "2024-10-09", "2024-10-09"),
    ("Notatet sendes ud fredag.", "2024-10-02", "fredag", .day, "2024-10-04", "2024-10-04", "2024-10-04"),
    ("Sagen behandles torsdag", "2024-10-02", "torsdag", .day, "2024-10-03", "2024-10-03", "2024-10-03"),
    ("Svar til næste onsdag.", "2024-10-02", "til næste onsdag", .day, "2024-10-09", "2024-10-09", "2024-10-09"),
    ("Svar på fredag.", "2024-10-02", "på fredag", .day, "2024-10-04", "2024-10-04", "2024-10-04"),
    // Seasons: a deadline looks ahead, "i" takes the nearest, "inden" the day before.
    ("Sagen tages op igen til foråret.", "2024-10-02", "til foråret", .period, "2025-05-31", "2025-03-01", "2025-05-31"),
    ("E-learning blev i foråret udskudt", "2024-10-02", "i foråret", .period, "2024-05-31", "2024-03-01", "2024-05-31"),
    ("Planen skal være klar inden sommeren", "2025-02-01", "inden sommeren", .day, "2025-05-31", "2025-05-31", "2025-05-31"),
    // Holidays: "til" its first day, "inden" the day before, "efter" the four weeks after it.
    ("Svar inden jul.", "2024-10-02", "inden jul", .day, "2024-12-23", "2024-12-23", "2024-12-23"),
    ("Lokalet bookes inden årsskiftet.", "2025-08-26", "inden årsskiftet", .day, "2025-12-31", "2025-12-31", "2025-12-31"),
    ("Klar til jul", "2024-10-02", "til jul", .day, "2024-12-24", "2024-12-24", "2024-12-24"),
    ("Genoptages efter sommerferien.", "2024-05-15", "efter sommerferien", .period, "2024-09-08", "2024-08-12", "2024-09-08"),
    ("Genoptages efter sommerferien.", "2024-10-02", "efter sommerferien", .period, "2025-09-07", "2025-08-11", "2025-09-07"),
    ("Drøftes efter påske", "2025-02-01", "efter påske", .period, "2025-05-19", "2025-04-22", "2025-05-19"),
    ("lukket i påsken 2024", "2024-01-10", "i påsken 2024", .period, "2024-04-01", "2024-03-28", "2024-04-01"),
    ("inden efterårsferien", "2024-08-01", "inden efterårsferien", .day, "2024-10-13", "2024-10-13", "2024-10-13"),
    ("efter nytår", "2024-11-20", "efter nytår", .period, "2025-01-29", "2025-01-02", "2025-01-29"),
    // Day/month without a year after a word of deadline.
    ("Ligger klar senest 5/4", "2024-04-03", "senest 5/4", .day, "2024-04-05", "2024-04-05", "2024-04-05"),
    ("Deadline for tilføjelse er 15/4", "2024-04-03", "15/4", .day, "2024-04-15", "2024-04-15", "2024-04-15"),
    // An English system's month/day/year, where no thirteenth month can be meant.
    ("STARTTIDSPUNKT 5/21/2019", "2019-05-01", "5/21/2019", .day, "2019-05-21", "2019-05-21", "2019-05-21"),
    // A month's meeting named as one word: that month, as `mødet i juni`.
    ("Sagen genoptages på junimødet.", "2024-10-02", "på junimødet", .period, "2025-06-30", "2025-06-01", "2025-06-30"),
    ("udsættes til decembermødet 2024", "2024-10-02", "til decembermødet 2024", .period, "2024-12-31", "2024-12-01", "2024-12-31"),
    // A weekday of a numbered week.
    ("Svar senest fredag i uge 45.", "2024-10-02", "senest fredag i uge 45", .day, "2024-11-08", "2024-11-08", "2024-11-08"),
    ("mandag i uge 2 2025", "2024-10-02", "mandag i uge 2 2025", .day, "2025-01-06", "2025-01-06", "2025-01-06"),
    // Halves, the last quarter, the new year and the year's end or start.
    ("evalueres i 2. halvdel af 2025", "2024-10-02", "i 2. halvdel af 2025", .period, "2025-12-31", "2025-07-01", "2025-12-31"),
    ("klar i sidste kvartal 2025", "2024-10-02", "i sidste kvartal 2025", .period, "2025-12-31", "2025-10-01", "2025-12-31"),
    ("Planen skal være klar inden årets udgang.", "2024-10-02", "inden årets udgang", .day, "2024-12-31", "2024-12-31", "2024-12-31"),
    ("Sagen tages op i starten af det nye år.", "2024-10-02", "i starten af det nye år", .period, "2025-03-31", "2025-01-01", "2025-03-31"),
    ("drøftes igen først i det nye år", "2024-10-02", "først i det nye år", .period, "2025-03-31", "2025-01-01", "2025-03-31"),
    ("Drøftes i det nye år.", "2024-10-02", "i det nye år", .period, "2025-03-31", "2025-01-01", "2025-03-31"),
    ("færdig ultimo næste år", "2024-10-02", "ultimo næste år", .period, "2025-12-31", "2025-10-01", "2025-12-31"),
    // The next quarter; a span "de næste"; days counted from this meeting.
    ("Status fremlægges i næste kvartal.", "2024-10-02", "i næste kvartal", .period, "2025-03-31", "2025-01-01", "2025-03-31"),
    ("sender inden for de næste to uger et udkast", "2024-10-02", "inden for de næste to uger", .day, "2024-10-16", "2024-10-16", "2024-10-16"),
    ("indkalder parterne senest 14 dage efter udvalgsmødet", "2024-10-02", "senest 14 dage efter udvalgsmødet", .day, "2024-10-16", "2024-10-16", "2024-10-16"),
    // "først i", "sidst i", "midt i": primo, ultimo, medio.
    ("Forslag kommer sidst i november.", "2024-10-02", "sidst i november", .period, "2024-11-30", "2024-11-21", "2024-11-30"),
    ("Udkast midt i marts 2025", "2024-10-02", "midt i marts 2025", .period, "2025-03-20", "2025-03-11", "2025-03-20"),
    // A deadline word a transcript glued to its day.
    ("hjemmesiden sendes senest1/11", "2006-09-18", "senest1/11", .day, "2006-11-01", "2006-11-01", "2006-11-01"),
  ]

  /// Words of these shapes in other senses are no dates.
  @Test(arguments: [
    "Halvdelen af midlerne bruges.", "Først når planen er klar, går vi videre.", "det nye udvalg", "Sidst var der ingen.",
    // Counted from another event, not from the meeting.
    "Ordningen evalueres 6 måneder efter, at planen er vedtaget.", "Svar 14 dage efter modtagelsen.",
  ])
  func wordsOfPeriodsAloneAreNoDates(_ text: String) throws {
    #expect(TemporalReader(reference: try #require(Day(iso: "2024-10-02"))).expressions(in: text).isEmpty)
  }

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

  @Test func nextTimeIsTheNextMeeting() throws {
    let reader = TemporalReader(reference: Day(iso: "2022-03-28")!)
    let e = try #require(reader.expressions(in: "Arnold laver en liste, og så ser vi på det næste gang.").first)
    #expect(e.kind == .nextMeeting)
    #expect(e.text.hasSuffix("næste gang"))
    // "gang" alone, or after another word than "næste", is no time.
    #expect(reader.expressions(in: "Første gang blev forslaget afvist.").isEmpty)
  }

  /// A system's timestamp in English: `1:00:00 PM` is 13:00, `12:15 AM` a quarter past midnight.
  @Test func timesOfTwelveHours() throws {
    let reader = TemporalReader(reference: Day(iso: "2019-05-01")!)
    #expect(reader.expressions(in: "5/21/2019 1:00:00 PM").last?.time?.description == "13:00")
    #expect(reader.expressions(in: "5/21/2019 12:15:00 AM").last?.time?.description == "00:15")
    #expect(reader.expressions(in: "17:15:00").first?.time?.description == "17:15")
  }

  @Test func timesAlone() throws {
    let e = try #require(TemporalReader(reference: Day(iso: "2024-10-02")!).expressions(in: "deltager i mødet kl. 15.45").first)
    #expect(e.kind == .time)
    #expect(e.time?.description == "15:45")
    let range = try #require(TemporalReader(reference: Day(iso: "2024-10-02")!).expressions(in: "kl. 13.00 - 15.30").first)
    #expect(range.time?.description == "13:00")
    #expect(range.endTime?.description == "15:30")
  }

  /// (text, reference day, span, the day the length runs to)
  @Test(arguments: [
    ("Sagen udsættes 14 dage.", "2024-10-02", "14 dage", "2024-10-16"),
    ("Udskydes en måned", "2024-10-31", "en måned", "2024-11-30"),
    ("Punktet udsættes 3 uger", "2024-10-02", "3 uger", "2024-10-23"),
    ("udsættes i to uger", "2024-10-02", "i to uger", "2024-10-16"),
    ("svarfrist 10 hverdage", "2024-10-04", "10 hverdage", "2024-10-18"),
  ])
  func durations(_ c: (String, String, String, String)) throws {
    let found = TemporalReader(reference: try #require(Day(iso: c.1))).expressions(in: c.0)
    let e = try #require(found.first, "nothing read in \(c.0)")
    #expect(found.count == 1)
    #expect(e.kind == .duration)
    #expect(e.text == c.2)
    #expect(e.date == nil, "a length is no deadline by itself")
    #expect(e.start?.description == c.1)
    #expect(e.end?.description == c.3)
    #expect(e.isRelative)
  }

  /// (text, span, start, end)
  @Test(arguments: [
    ("Mødetidspunkt: 9:30-11:00", "9:30-11:00", "09:30", "11:00"),
    ("forlod salen 12:03 og kom tilbage", "12:03", "12:03", nil),
    ("Tidspunkt: Kl. 19:00", "Kl. 19:00", "19:00", nil),
    ("kl. 18.30 - 20.30", "kl. 18.30 - 20.30", "18:30", "20:30"),
    ("(9:30-11:00)", "9:30-11:00", "09:30", "11:00"),
  ])
  func times(_ c: (String, String, String, String?)) throws {
    let found = TemporalReader(reference: Day(iso: "2024-10-02")!).expressions(in: c.0)
    let e = try #require(found.first, "nothing read in \(c.0)")
    #expect(found.count == 1)
    #expect(e.kind == .time)
    #expect(e.text == c.1)
    #expect(e.time?.description == c.2)
    #expect(e.endTime?.description == c.3)
  }

  /// Weekdays that name a day, a habit or a list, not the next such day.
  @Test(arguments: [
    "Notat omkring lukkedag fredag med fordeling", "Udvalget mødes hver onsdag",
    "åbent om mandagen", "Mandag og tirsdag er lukket", "Onsdag:", "mødes onsdagen efter",
    "Møde i Direktionen Onsdag",
  ])
  func weekdaysThatAreNoDeadline(_ text: String) {
    let found = TemporalReader(reference: Day(iso: "2024-10-02")!).expressions(in: text)
    #expect(found.isEmpty, "read \(found.map(\.text)) in '\(text)'")
  }

  @Test func relativeDaysAreMarked() throws {
    let reader = TemporalReader(reference: Day(iso: "2024-10-02")!)
    for text in ["i morgen", "næste uge", "om 14 dage", "drøftes igen onsdag"] {
      let e = try #require(reader.expressions(in: text).first, "nothing read in \(text)")
      #expect(e.isRelative, "\(text)")
    }
    let written = try #require(reader.expressions(in: "den 9. oktober 2024").first)
    #expect(!written.isRelative)
  }

  /// Easter Sunday of known years, read through `i påsken YYYY` (skærtorsdag to anden påskedag).
  @Test(arguments: [
    ("2008", "2008-03-20", "2008-03-24"), ("2019", "2019-04-18", "2019-04-22"),
    ("2024", "2024-03-28", "2024-04-01"), ("2025", "2025-04-17", "2025-04-21"),
    ("2038", "2038-04-22", "2038-04-26"),
  ])
  func easter(_ c: (String, String, String)) throws {
    let e = try #require(TemporalReader(reference: Day(iso: "2024-01-01")!).expressions(in: "i påsken \(c.0)").first)
    #expect(e.start?.description == c.1)
    #expect(e.end?.description == c.2)
  }

  @Test(arguments: [
    "Fylder 50, 60 eller 70 år", "i 10 år", "ca. 1/3 af den bevaringsværdige højkaj", "senest 1/3 af beløbet",
    "2,5 måneder", "1/2 af udgiften", "en besparelse på 500.000 kr.",
    "tilbuddet senest 6 måneder efter, at medarbejderen har anmodet", "i årene 2024, 2027 og 2030",
    "00.15.25P05-1-23", "59,7 % af de ansatte", "Budget 2025 og budgetaftalen", "1-3 dage", "version 1.2.3.4",
    "tlf. 12.34.56.78",
    // Fractions, a round-the-clock service, page and case references, a list's point, a decimal.
    "dækker 3/4 af beløbet", "åbent 24/7", "se side 3/12", "4.2. Formanden orienterede", "1.5 mio. kr.",
    // Subject numbers of the KLE and scores, with no word for a meeting or its day before them.
    "Emne 01.02.05 Kommunalbestyrelsen", "sagsgruppe 85.02.02", "afsnit 05.03.24 i planen",
    "afsnit 3.3.21 i planen", "senest 3.3.21",
  ])
  func numbersThatAreNoDates(_ text: String) {
    let found = TemporalReader(reference: Day(iso: "2024-10-02")!).expressions(in: text)
    #expect(found.isEmpty, "read \(found.map(\.text)) in '\(text)'")
  }

  /// A year in two digits after a word for a meeting or its day, or after `den`/`d.`
  /// (`bestyrelsesmøde 05.03.24`, `Torsdag d.10.09.15.`, `Mødedato: 5/3-24`).
  @Test(arguments: [
    ("Referat fra bestyrelsesmøde 05.03.24", "2024-03-05"), ("Torsdag d.10.09.15.", "2015-09-10"),
    ("Mødedato: 5/3-24", "2024-03-05"), ("menighedsrådsmøde, onsdag den 11.10.17 kl. 19.00", "2017-10-11"),
    ("Referat 28-03-98", "1998-03-28"), ("Dato: 3.3.21", "2021-03-03"), ("Frist: 15.04.25", "2025-04-15"), ("Deadline: 15/4-25", "2025-04-15"), ("tirsdag den 9.3.21 kl. 19", "2021-03-09"),
  ])
  func twoDigitYears(_ c: (String, String)) throws {
    let e = try #require(TemporalReader(reference: Day(iso: "2024-01-01")!).expressions(in: c.0).first, "nothing read in \(c.0)")
    #expect(e.start?.description == c.1, "\(c.0)")
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
