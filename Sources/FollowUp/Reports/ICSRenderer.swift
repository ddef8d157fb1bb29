import Foundation
import MinutesCore

/// RFC 5545 iCalendar.
///
/// As events (the default), each entry with a due day is an all-day VEVENT on that day
/// (`DTSTART;VALUE=DATE`, `DTEND` the day after), transparent so that it blocks no time, with
/// owners and committee in CATEGORIES and the sentence and its source in DESCRIPTION. The UID
/// is the action id, stable across re-imports; SEQUENCE and LAST-MODIFIED rise with each
/// change recorded by hand. Done actions are not in a report unless asked for (`actions
/// --all`); when they are, they are written STATUS:CANCELLED, so that a calendar that
/// imported the event before drops it. Entries without a due day are not events. As to-dos,
/// every entry is a VTODO (with DUE when it has a day; done is COMPLETED).
public struct ICSRenderer: TextReportRenderer {
  /// Events or to-dos.
  public var mode: CalendarMode
  /// A reminder before each event.
  public var reminder: Reminder?
  /// The calendar's name; default the report's title.
  public var name: String?
  /// DTSTAMP.
  public var now: Date

  /// Creates the renderer.
  public init(mode: CalendarMode = .events, reminder: Reminder? = nil, name: String? = nil, now: Date = Date(timeIntervalSince1970: 0)) {
    self.mode = mode
    self.reminder = reminder
    self.name = name
    self.now = now
  }

  /// `.ics`.
  public var format: ReportFormat { .ics }

  /// RFC 5545 TEXT escaping: backslash, semicolon, comma, line breaks.
  public static func text(_ s: String) -> String {
    var out = ""
    for u in s.replacing("\r\n", with: "\n").unicodeScalars {
      switch u {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n", "\r": out += "\\n"
      default:
        // Other control characters have no place in a calendar.
        if u.value < 0x20 || (0x7F...0x9F).contains(u.value) { out += " " } else { out.unicodeScalars.append(u) }
      }
    }
    return out
  }

  /// Folds a content line at 75 octets without splitting a UTF-8 character (RFC 5545 3.1).
  public static func fold(_ line: String) -> String {
    var out = ""
    var count = 0
    var first = true
    for c in line {
      let n = c.utf8.count
      let limit = first ? 75 : 74
      if count + n > limit {
        out += "\r\n "
        count = 0
        first = false
      }
      out.append(c)
      count += n
    }
    return out + "\r\n"
  }

  static func date(_ d: Day) -> String {
    let c = d.components
    return Day.pad4(c.year) + Day.pad2(c.month) + Day.pad2(c.day)
  }

  func write(_ report: Report, to out: inout some TextOutputStream) {
    func line(_ s: String) { out.write(ICSRenderer.fold(s)) }
    let stamp = UTCTime(now).ics
    let calendarName = ICSRenderer.text(name ?? report.title)
    line("BEGIN:VCALENDAR")
    line("VERSION:2.0")
    line("PRODID:-//followup//followup//DA")
    line("CALSCALE:GREGORIAN")
    line("METHOD:PUBLISH")
    line("X-WR-CALNAME:" + calendarName)
    line("NAME:" + calendarName)
    // A subscribed calendar is fetched again each hour.
    line("REFRESH-INTERVAL;VALUE=DURATION:PT1H")
    line("X-PUBLISHED-TTL:PT1H")
    for e in report.entries {
      let modified = e.lastModified.flatMap { UTCTime(iso: $0) } ?? UTCTime(day: e.created)
      let categories = e.categories.map(ICSRenderer.text).joined(separator: ",")
      switch mode {
      case .events:
        guard let due = e.due else { continue }
        line("BEGIN:VEVENT")
        line("UID:" + ICSRenderer.text(e.uid) + "@followup")
        line("DTSTAMP:" + stamp)
        line("CREATED:" + UTCTime(day: e.created).ics)
        line("LAST-MODIFIED:" + modified.ics)
        line("SEQUENCE:\(e.sequence)")
        line("DTSTART;VALUE=DATE:" + ICSRenderer.date(due))
        line("DTEND;VALUE=DATE:" + ICSRenderer.date(due.adding(days: 1)))
        line("TRANSP:TRANSPARENT")
        line("SUMMARY:" + ICSRenderer.text(e.summary))
        line("DESCRIPTION:" + ICSRenderer.text(e.description))
        if !categories.isEmpty { line("CATEGORIES:" + categories) }
        line("STATUS:" + (e.status == .done ? "CANCELLED" : "CONFIRMED"))
        if let reminder, e.status != .done {
          line("BEGIN:VALARM")
          line("ACTION:DISPLAY")
          line("DESCRIPTION:" + ICSRenderer.text("Frist: " + e.summary))
          line("TRIGGER:" + reminder.trigger)
          line("END:VALARM")
        }
        line("END:VEVENT")
      case .todos:
        line("BEGIN:VTODO")
        line("UID:" + ICSRenderer.text(e.uid) + "@followup")
        line("DTSTAMP:" + stamp)
        line("CREATED:" + UTCTime(day: e.created).ics)
        line("LAST-MODIFIED:" + modified.ics)
        line("SEQUENCE:\(e.sequence)")
        if let d = e.due { line("DUE;VALUE=DATE:" + ICSRenderer.date(d)) }
        line("SUMMARY:" + ICSRenderer.text(e.summary))
        line("DESCRIPTION:" + ICSRenderer.text(e.description))
        if !categories.isEmpty { line("CATEGORIES:" + categories) }
        line("STATUS:" + (e.status == .done ? "COMPLETED" : "NEEDS-ACTION"))
        if let reminder, e.due != nil, e.status != .done {
          line("BEGIN:VALARM")
          line("ACTION:DISPLAY")
          line("DESCRIPTION:" + ICSRenderer.text("Frist: " + e.summary))
          line("TRIGGER;RELATED=END:" + reminder.trigger)
          line("END:VALARM")
        }
        line("END:VTODO")
      }
    }
    line("END:VCALENDAR")
  }
}
