@testable import FollowUp
import Foundation
import MinutesCore
import Testing

/// The rules of each format, checked on what the renderers write for the example minutes:
/// RFC 5545 for calendars, RFC 2045/2047 for mail, the ZIP and SpreadsheetML structure of
/// workbooks, one table a CSV file; and that a closed item leaks in no format.
@Suite struct FormatRulesTests {
  static func calendar(_ report: Report, _ mode: CalendarMode = .events, reminder: String? = "2d") -> String {
    var o = RenderOptions()
    o.calendar = mode
    o.reminder = reminder.flatMap(Reminder.init)
    o.now = ReportFixtures.now
    return report.render(.ics, options: o)
  }

  /// Unfolded content lines.
  static func lines(_ ics: String) -> [String] {
    ics.replacing("\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
  }

  @Test(arguments: ReportFixtures.reports, [CalendarMode.events, .todos])
  func calendarsFollowRFC5545(report name: String, mode: CalendarMode) throws {
    let ics = Self.calendar(try ReportFixtures.report(name), mode)
    // 3.1: CRLF line ends, lines of at most 75 octets, no bare LF.
    #expect(ics.hasSuffix("\r\n"))
    for raw in ics.components(separatedBy: "\r\n") {
      #expect(raw.utf8.count <= 75 && !raw.contains("\n"), "\(name): \(raw)")
    }
    var stack: [String] = []
    var open: [[String: [String]]] = []
    var uids = Set<String>()
    for line in Self.lines(ics) {
      let name = String(line.prefix { $0 != ":" && $0 != ";" })
      let value = line.split(separator: ":", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
      if name == "BEGIN" {
        stack.append(value)
        open.append([:])
      } else if name == "END" {
        #expect(stack.last == value, "END:\(value) closes \(stack.last ?? "nothing")")
        let properties = open.popLast() ?? [:]
        switch value {
        case "VEVENT", "VTODO":
          // 3.6.1, 3.6.2: UID and DTSTAMP once each; an all-day event starts on a DATE and ends after it.
          #expect(properties["UID"]?.count == 1 && properties["DTSTAMP"]?.count == 1)
          let isNew = uids.insert(properties["UID"]?.first ?? "").inserted
          #expect(isNew, "UID repeated")
          #expect(properties["DTSTAMP"]?.first?.hasSuffix("Z") == true)
          #expect(Int(properties["SEQUENCE"]?.first ?? "") != nil)
          if value == "VEVENT" {
            #expect(mode == .events)
            let start = try #require(properties["DTSTART;VALUE=DATE"]?.first)
            let end = try #require(properties["DTEND;VALUE=DATE"]?.first)
            #expect(start.count == 8 && end.count == 8 && end > start)
            #expect(properties["TRANSP"] == ["TRANSPARENT"])
            #expect(["CONFIRMED", "CANCELLED"].contains(properties["STATUS"]?.first ?? ""))
          } else {
            #expect(mode == .todos)
            #expect(["NEEDS-ACTION", "COMPLETED"].contains(properties["STATUS"]?.first ?? ""))
          }
        case "VALARM":
          // 3.6.6: a display alarm has ACTION, TRIGGER and DESCRIPTION.
          #expect(properties["ACTION"] == ["DISPLAY"] && properties["DESCRIPTION"]?.count == 1)
          #expect(properties.keys.contains { $0.hasPrefix("TRIGGER") })
        default: break
        }
        stack.removeLast()
      } else if !open.isEmpty {
        open[open.count - 1][name.hasPrefix("DTSTART") || name.hasPrefix("DTEND") || name.hasPrefix("DUE") ? String(line.prefix { $0 != ":" }) : name, default: []].append(value)
      }
    }
    #expect(stack.isEmpty)
    #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"))
  }

  @Test func sequenceAndLastModifiedRiseWithEachChange() throws {
    let temporary = try TemporaryStore("sequence")
    defer { temporary.remove() }
    let store = try Store(path: temporary.db, create: true)
    _ = try store.importDocuments(SourceLoader.expand([Examples.folder]).files, now: "2024-10-01T00:00:00Z")
    let asOf = Examples.day("2024-10-03")
    func event(_ id: String) throws -> [String] {
      let ics = Self.calendar(try ReportBuilder(store: store, asOf: asOf).actions(owner: "Pia Ulv Helleland", includeDone: true))
      let lines = Self.lines(ics)
      guard let i = lines.firstIndex(of: "UID:\(id)@followup"), let end = lines[i...].firstIndex(of: "END:VEVENT") else { return [] }
      return Array(lines[i..<end])
    }
    let views = try store.actions(asOf: asOf, owner: "Pia Ulv Helleland")
    let id = try #require(views.first { $0.action.sentence.contains("indhenter yderligere") }?.action.id)
    #expect(try event(id).contains("SEQUENCE:0"))
    try store.record(.due, target: id, value: "2024-10-16", actor: "sekretariatet", at: asOf, recorded: "2024-10-03T09:30:00Z")
    let moved = try event(id)
    #expect(moved.contains("SEQUENCE:1") && moved.contains("LAST-MODIFIED:20241003T093000Z") && moved.contains("DTSTART;VALUE=DATE:20241016"))
    try store.record(.done, target: id, value: nil, actor: "sekretariatet", at: asOf, recorded: "2024-10-03T10:00:00Z")
    let done = try event(id)
    #expect(done.contains("SEQUENCE:2") && done.contains("STATUS:CANCELLED") && !done.contains("BEGIN:VALARM"))
    // Left out of an ordinary list: a subscribed calendar drops it.
    let open = Self.calendar(try ReportBuilder(store: store, asOf: asOf).actions(owner: "Pia Ulv Helleland"))
    #expect(!open.contains("UID:\(id)@followup"))
  }

  @Test(arguments: [("2d", "-P2D"), ("12h", "-PT12H"), ("30m", "-PT30M"), ("1w", "-P1W"), ("48h", "-P2D")])
  func reminders(text: String, trigger: String) {
    #expect(Reminder(text)?.trigger == trigger)
  }

  @Test(arguments: ["", "2", "d", "-1d", "0d", "2y", "400d"])
  func badReminders(text: String) {
    #expect(Reminder(text) == nil)
  }

  @Test func workbookHasOneSheetPerTableWithDatesAsSerials() throws {
    let report = try ReportFixtures.report("weekly")
    let entries = try StoredZipReader.entries(ReportFormat.xlsx.renderer().render(report))
    let names = entries.map(\.name)
    #expect(names.first == "[Content_Types].xml")
    #expect(names.filter { $0.hasPrefix("xl/worksheets/") }.count == report.parts.count)
    let workbook = String(decoding: try #require(entries.first { $0.name == "xl/workbook.xml" }).bytes, as: UTF8.self)
    for part in report.parts { #expect(workbook.contains("name=\"\(part.title)\"")) }
    let newActions = String(decoding: try #require(entries.first { $0.name == "xl/worksheets/sheet2.xml" }).bytes, as: UTF8.self)
    // 2024-10-23 is day 45588 of Excel's 1900 system; the header row is frozen.
    #expect(newActions.contains("<v>45588</v>"))
    #expect(newActions.contains("state=\"frozen\"") && newActions.contains("<autoFilter"))
  }

  @Test func sheetNamesAreWhatExcelAccepts() {
    let names = Workbook.sheetNames(["Udsat [2]: a/b?", String(repeating: "x", count: 40), String(repeating: "x", count: 40), ""])
    #expect(names[0] == "Udsat -2-- a-b-")
    #expect(names[1].count == 31 && names[2].count == 31 && names[1] != names[2])
    #expect(names[3] == "Ark")
  }

  @Test func csvIsOneRectangularTableOrOneFilePerTable() throws {
    let report = try ReportFixtures.report("weekly")
    let one = String(decoding: CSVRenderer().render(report), as: UTF8.self)
    let rows = one.components(separatedBy: "\r\n").dropLast()
    #expect(rows.first?.hasPrefix("Tabel,") == true)
    let files = CSVRenderer(dialect: .excel, splitTables: true).files(report)
    #expect(files.count == report.parts.count)
    #expect(files.allSatisfy { $0.bytes.starts(with: [0xEF, 0xBB, 0xBF]) })
    let meetings = String(decoding: files[0].bytes.dropFirst(3), as: UTF8.self)
    #expect(meetings.hasPrefix("Møde;Pkt.;Titel;Sag;Beslutning\r\n"))
  }

  @Test func quotedPrintableAndEncodedWordsKeepTheirLimits() throws {
    let report = try ReportFixtures.report("weekly")
    var o = RenderOptions()
    o.now = ReportFixtures.now
    let eml = report.render(.eml, options: o)
    for line in eml.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 76, "\(line)") }
    #expect(!eml.replacing("\r\n", with: "").contains("\n"))
    #expect(eml.allSatisfy { $0.isASCII })
    let subject = MIMEMessage.encodedText(String(repeating: "Ærø og Møn ", count: 10))
    for word in subject.components(separatedBy: "\r\n ") {
      #expect(word.count <= 75 && word.hasPrefix("=?UTF-8?Q?") && word.hasSuffix("?="))
    }
  }

  @Test(arguments: ReportFormat.allCases)
  func closedItemsLeakInNoFormat(format: ReportFormat) throws {
    let b = try ReportFixtures.builder("2024-12-05")
    var reports = [try b.postponed(), try b.actions(includeDone: true), try b.period(.week(year: 2024, week: 49)),
                   try b.period(.month(year: 2024, month: 12)), try b.review(showConfirmed: true)]
    reports += try Digest(builder: b, period: .week(year: 2024, week: 49), from: MailAddress(address: "a@b.dk"), now: ReportFixtures.now)
      .reports().map(\.report)
    for r in reports {
      let text = try ReportFixtures.text(format.renderer().render(r), format)
      let decoded = format == .eml ? text.replacing("=\r\n", with: "") : text
      #expect(!decoded.contains("Budgetvejledning"), "\(r.title) as \(format)")
    }
    let site = try SitePublisher(builder: b, now: ReportFixtures.now).files()
    #expect(!site.contains { String(decoding: $0.bytes, as: UTF8.self).contains("Budgetvejledning") })
    // Asked for, it is there.
    let shown = try ReportBuilder(store: b.store, asOf: b.asOf, includeClosed: true).period(.week(year: 2024, week: 49))
    #expect(shown.render(.text).contains("Budgetvejledning"))
  }

  @Test func periodsHaveTheirDaysAndNames() {
    #expect(ReportPeriod(week: "2024-w40") == .week(year: 2024, week: 40))
    #expect(ReportPeriod(week: "2024-W54") == nil)
    #expect(ReportPeriod(month: "2024-13") == nil)
    let october = ReportPeriod.month(year: 2024, month: 10)
    #expect(october.start == Examples.day("2024-10-01") && october.end == Examples.day("2024-10-31"))
    #expect(october.next == .month(year: 2024, month: 11) && ReportPeriod.month(year: 2024, month: 12).next == .month(year: 2025, month: 1))
    #expect(october.name == "oktober 2024")
    let range = ReportPeriod.range(from: Examples.day("2024-10-01"), to: Examples.day("2024-10-10"))
    #expect(range.next == .range(from: Examples.day("2024-10-11"), to: Examples.day("2024-10-20")))
    #expect(ReportPeriod.week(year: 2024, week: 52).next == .week(year: 2025, week: 1))
  }

  @Test func monthReportHoldsTheMonthsMeetingsOnly() throws {
    let r = try ReportFixtures.report("month")
    let meetings = try #require(r.parts.first)
    #expect(meetings.groups.map(\.heading) == ["Direktionen 2024-10-02"])
    #expect(r.title == "Månedsrapport oktober 2024")
    #expect(r.parts[2].title == "Frist i næste måned")
  }
}

extension FormatRulesTests {
  @Test(arguments: [-86_400.0 * 365 * 20, 0, 1_727_942_400, 86_400.0 * 365 * 300])
  func workbooksAtAnyClockAreWhole(seconds: Double) throws {
    // A clock before 1980 or after 2107 (past MS-DOS dates) still makes a whole archive: six
    // parts and one sheet per table (postponed and sent on).
    let bytes = XLSXRenderer(now: Date(timeIntervalSince1970: seconds)).render(try ReportFixtures.report("postponed"))
    #expect(try StoredZipReader.entries(bytes).count == 8)
  }
}

extension FormatRulesTests {
  /// What a page shows outside the elements that keep their text on one line.
  static func breakableText(_ html: String) throws -> String {
    var s = html
    for pattern in [
      "<style>[\\s\\S]*?</style>", "<title>[\\s\\S]*?</title>", "<svg[\\s\\S]*?</svg>",
      "<(span|time|a|code) class=\"nw\"[^>]*>[^<]*</(span|time|a|code)>", "<[^>]+>",
    ] {
      s = try NSRegularExpression(pattern: pattern).stringByReplacingMatches(
        in: s, range: NSRange(s.startIndex..., in: s), withTemplate: " ")
    }
    return s
  }

  @Test(arguments: ReportFixtures.reports)
  func datesAndCaseNumbersNeverBreakInside(report name: String) throws {
    let html = try ReportFixtures.report(name).render(.html)
    let rest = try Self.breakableText(html)
    // Left outside a nowrap element: no ISO date, no journal number.
    let token = try NSRegularExpression(pattern: "\\d{4}-\\d{2}-\\d{2}|\\d{2}\\.\\d{2}\\.\\d{2}[A-Z]\\d{2}-\\d+-\\d+")
    let found = token.matches(in: rest, range: NSRange(rest.startIndex..., in: rest)).compactMap { Range($0.range, in: rest).map { String(rest[$0]) } }
    #expect(found.isEmpty, "\(name): \(found.prefix(5))")
    #expect(html.contains("class=\"nw\""))
  }

  @Test func wordsWithDigitsAndHyphensStayWhole() {
    #expect(HTMLRenderer.keepingTokens("frist 2024-10-09, sag 85.13.00G01-2-23 og Job- og") ==
      "frist <span class=\"nw\">2024-10-09,</span> sag <span class=\"nw\">85.13.00G01-2-23</span> og Job- og")
    #expect(HTMLRenderer.keepingTokens("<b>") == "&lt;b&gt;")
  }
}
