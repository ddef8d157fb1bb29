import MinutesCore

extension Report {
  /// RFC 5545 TEXT escaping: backslash, semicolon, comma, line breaks.
  public static func icsText(_ s: String) -> String {
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

  static func icsDate(_ d: Day) -> String {
    let c = d.components
    return Day.pad4(c.year) + Day.pad2(c.month) + Day.pad2(c.day)
  }

  func renderICS(name: String) -> String {
    var out = Report.fold("BEGIN:VCALENDAR") + Report.fold("VERSION:2.0")
    out += Report.fold("PRODID:-//followup//followup//DA") + Report.fold("CALSCALE:GREGORIAN")
    out += Report.fold("X-WR-CALNAME:" + Report.icsText(name))
    for t in todos {
      out += Report.fold("BEGIN:VTODO")
      out += Report.fold("UID:" + Report.icsText(t.uid) + "@followup")
      out += Report.fold("DTSTAMP:" + Report.icsDate(t.created) + "T000000Z")
      if let d = t.due { out += Report.fold("DUE;VALUE=DATE:" + Report.icsDate(d)) }
      out += Report.fold("SUMMARY:" + Report.icsText(t.summary))
      out += Report.fold("DESCRIPTION:" + Report.icsText(t.description))
      out += Report.fold("STATUS:" + (t.status == .done ? "COMPLETED" : "NEEDS-ACTION"))
      out += Report.fold("END:VTODO")
    }
    out += Report.fold("END:VCALENDAR")
    return out
  }
}

extension Day {
  static func pad4(_ n: Int) -> String { pad(n, 4) }
  static func pad2(_ n: Int) -> String { pad(n, 2) }
}
