import Foundation

/// What a renderer needs besides the report: colour, calendar and CSV choices, mail headers,
/// links between published pages, and the clock (injected so that output is reproducible).
public struct RenderOptions: Sendable {
  /// ANSI colour in text output.
  public var color = false
  /// The terminal's width, to which text output is cut; `nil` (a file, a pipe): every cell
  /// whole.
  public var width: Int?
  /// Events or to-dos in a calendar.
  public var calendar = CalendarMode.events
  /// A reminder before each event (`--remind 2d`).
  public var reminder: Reminder?
  /// The calendar's name (default: the report's title).
  public var calendarName: String?
  /// RFC 4180 or what Danish Excel opens.
  public var csv = CSVDialect.rfc4180
  /// One CSV file per table (`--out DIR`).
  public var splitTables = false
  /// Sender and recipients of a mail.
  public var mail = MailHeaders()
  /// Links from HTML cells to the pages of a published site.
  public var links: SiteLinks?
  /// Now: the calendar's DTSTAMP, the mail's Date and Message-ID, the workbook's dates.
  public var now = Date(timeIntervalSince1970: 0)

  /// Default options; the clock reads 1970 until set.
  public init() {}
}

/// Whether a calendar holds events or to-dos.
public enum CalendarMode: String, Sendable, CaseIterable {
  /// All-day VEVENTs on the due day, transparent: what Outlook and Google Calendar show.
  case events = "event"
  /// VTODOs with a DUE date (task lists).
  case todos = "todo"
}

/// How CSV is written.
public enum CSVDialect: String, Sendable, CaseIterable {
  /// Comma, UTF-8 without BOM, CRLF (RFC 4180).
  case rfc4180 = "rfc"
  /// Semicolon, UTF-8 with BOM, CRLF: what Excel with Danish settings opens as columns.
  case excel
}

/// A reminder before an event: `2d`, `12h`, `1w`, `30m`.
public struct Reminder: Hashable, Sendable {
  /// Minutes before the start of the due day.
  public var minutes: Int

  /// Creates a reminder from minutes.
  public init(minutes: Int) { self.minutes = minutes }

  /// Reads `2d`, `12h`, `1w` or `30m`; `nil` for anything else or a length over a year.
  public init?(_ text: String) {
    let t = text.trimmingCharacters(in: .whitespaces).lowercased()
    guard let unit = t.last, let n = Int(t.dropLast()), n > 0 else { return nil }
    let factor: Int
    switch unit {
    case "m": factor = 1
    case "h": factor = 60
    case "d": factor = 60 * 24
    case "w": factor = 60 * 24 * 7
    default: return nil
    }
    guard n <= 366 * 24 * 60 / factor else { return nil }
    minutes = n * factor
  }

  /// The RFC 5545 trigger before the start: `-P2D`, `-PT12H`, `-PT30M`.
  public var trigger: String {
    if minutes % (60 * 24 * 7) == 0 { return "-P\(minutes / (60 * 24 * 7))W" }
    if minutes % (60 * 24) == 0 { return "-P\(minutes / (60 * 24))D" }
    if minutes % 60 == 0 { return "-PT\(minutes / 60)H" }
    return "-PT\(minutes)M"
  }
}

/// The addresses of a mail.
public struct MailHeaders: Hashable, Sendable {
  /// The sender (`Direktionssekretariatet <sekretariat@lemvig.dk>`).
  public var from: MailAddress
  /// The recipients.
  public var to: [MailAddress]

  /// Creates headers; the sender defaults to `followup@localhost`.
  public init(from: MailAddress = MailAddress(name: "Opfølgning", address: "followup@localhost"), to: [MailAddress] = []) {
    self.from = from
    self.to = to
  }
}

/// A mail address with an optional display name.
public struct MailAddress: Hashable, Sendable {
  /// The name shown (`Pia Ulv Helleland`).
  public var name: String?
  /// The address (`pia@example.dk`).
  public var address: String

  /// Creates an address.
  public init(name: String? = nil, address: String) {
    self.name = name
    self.address = address
  }

  /// Reads `Name <addr@host>` or `addr@host`; `nil` when there is no address with an `@`, or
  /// the text holds a line break (a header could be injected).
  public init?(parsing text: String) {
    guard !text.contains("\n"), !text.contains("\r") else { return nil }
    let t = text.trimmingCharacters(in: .whitespaces)
    if let lt = t.lastIndex(of: "<"), t.hasSuffix(">") {
      let addr = String(t[t.index(after: lt)..<t.index(before: t.endIndex)])
      let name = t[..<lt].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
      guard MailAddress.isAddress(addr) else { return nil }
      self.init(name: name.isEmpty ? nil : name, address: addr)
    } else {
      guard MailAddress.isAddress(t) else { return nil }
      self.init(address: t)
    }
  }

  static func isAddress(_ s: String) -> Bool {
    let parts = s.split(separator: "@", omittingEmptySubsequences: false)
    return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
      && s.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F && !"<>(),;:\"[]\\".unicodeScalars.contains($0) }
  }
}

/// Where the pages of a published site are, relative to the page being written.
public struct SiteLinks: Hashable, Sendable {
  /// The path from the page to the site's root (`""` or `"../"`).
  public var root: String
  /// Case number to its page, from the root.
  public var cases: [String: String]
  /// Owner name to its page, from the root.
  public var owners: [String: String]
  /// Committee name to its page, from the root.
  public var committees: [String: String]
  /// The links at the top of each page.
  public var navigation: [Link]

  /// A link with its text.
  public struct Link: Hashable, Sendable {
    /// The text.
    public var title: String
    /// The page, from the root.
    public var path: String

    /// Creates a link.
    public init(title: String, path: String) {
      self.title = title
      self.path = path
    }
  }

  /// Creates links.
  public init(
    root: String = "", cases: [String: String] = [:], owners: [String: String] = [:],
    committees: [String: String] = [:], navigation: [Link] = []
  ) {
    self.root = root
    self.cases = cases
    self.owners = owners
    self.committees = committees
    self.navigation = navigation
  }

  /// The same links seen from a page `depth` folders below the root.
  public func from(depth: Int) -> SiteLinks {
    var l = self
    l.root = String(repeating: "../", count: depth)
    return l
  }
}
