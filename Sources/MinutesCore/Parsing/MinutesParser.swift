/// Reads minutes (or an agenda) into a `Meeting`.
///
/// The reader makes one pass over the lines to find the item headings, then reads the header
/// before the first item and each item's lines. Everything it cannot place is kept: text before
/// a heading goes to a `.body` section, unknown headings open `.other` sections or stay as
/// sub-headings, and what it had to guess is reported as a `Finding`.
public enum MinutesParser {
  /// Reads a document.
  /// - Parameters:
  ///   - document: The decoded, normalised text.
  ///   - source: The file name, used in the meeting and in findings.
  /// - Returns: The meeting.
  /// - Throws: `MinutesError.notMinutes` when there is neither a meeting header nor an item.
  public static func parse(_ document: DocumentText, source: String) throws -> Meeting {
    var run = ParserRun(lines: MarkupLineReader.lines(of: document.text), source: source)
    return try run.read()
  }

  /// Reads only the header (committee, date, kind): enough to file a document.
  /// - Returns: The meeting without items, and whether the document has item headings at all.
  public static func header(_ document: DocumentText, source: String) -> (Meeting, hasItems: Bool) {
    let lines = MarkupLineReader.lines(of: document.text)
    var run = ParserRun(lines: lines, source: source)
    var end = lines.count
    for (i, l) in lines.enumerated() where ItemHeading.keywordHeading(l) != nil {
      end = i
      break
    }
    var hasItems = end < lines.count
    if !hasItems, let first = run.findItemStarts().first {
      hasItems = true
      end = first.index
    }
    return (run.readHeader(upTo: end), hasItems)
  }

  /// Decodes and reads a document's bytes.
  /// - Throws: `MinutesError` for empty, binary or unreadable input.
  public static func parse(bytes: [UInt8], source: String) throws -> Meeting {
    try parse(DocumentText(decoding: bytes, file: source), source: source)
  }
}

struct ParserRun {
  let lines: [MarkupLine]
  let source: String
  var findings: [Finding] = []
  var meetingDate: Day?

  init(lines: [MarkupLine], source: String) {
    self.lines = lines
    self.source = source
  }

  func location(_ lineNumber: Int) -> SourceLocation {
    SourceLocation(file: source, line: lineNumber)
  }

  mutating func read() throws -> Meeting {
    let starts = findItemStarts()
    let headerEnd = starts.first?.index ?? lines.count
    var meeting = readHeader(upTo: headerEnd)
    meetingDate = meeting.date
    if starts.isEmpty && meeting.date == nil {
      throw MinutesError.notMinutes(file: source)
    }
    if meeting.date == nil {
      findings.append(
        Finding(
          .error, code: "no-meeting-date",
          message: "no meeting date found in the header (REFERAT ... d. DD-MM-YYYY or Mødedato)",
          location: location(1)))
    }
    if meeting.committee.isEmpty {
      findings.append(
        Finding(
          .warning, code: "no-committee",
          message: "no committee found in the header (REFERAT <udvalg> or Udvalg:)",
          location: location(1)))
    }
    if starts.isEmpty {
      findings.append(
        Finding(
          .error, code: "no-items",
          message: "no agenda items found (Punkt N: Titel); nothing to follow up",
          location: location(max(1, lines.count))))
    }
    for (k, start) in starts.enumerated() {
      let end = k + 1 < starts.count ? starts[k + 1].index : lines.count
      var builder = ItemBuilder(
        lines: lines[start.index..<end], heading: start.match, source: source,
        meetingDate: meeting.date, committee: meeting.committee)
      meeting.items.append(builder.build())
      findings.append(contentsOf: builder.findings)
    }
    checkTableOfContents(&meeting)
    meeting.findings = findings
    return meeting
  }

  // MARK: item starts

  struct Start {
    var index: Int
    var match: ItemHeading.Match
  }

  func nextNonBlank(after i: Int) -> Int? {
    var j = i + 1
    while j < lines.count {
      if !lines[j].isBlank && !lines[j].isRule { return j }
      j += 1
    }
    return nil
  }

  func isKnownHeading(_ i: Int) -> Bool {
    if case .known = SectionHeading.read(lines[i]) { return true }
    return false
  }

  /// Finds item headings in the document's one style.
  func findItemStarts() -> [Start] {
    var keyword: [Start] = []
    for (i, line) in lines.enumerated() where !line.isBlank {
      if let m = ItemHeading.keywordHeading(line) { keyword.append(Start(index: i, match: m)) }
    }
    if !keyword.isEmpty { return dropTableOfContents(keyword) }
    // Bare numbers (First Agenda): the title follows, then a case number or a heading.
    var bare: [Start] = []
    var last = 0
    for (i, line) in lines.enumerated() {
      guard let n = ItemHeading.bareNumber(line), n > last, let t = nextNonBlank(after: i) else {
        continue
      }
      let titleLine = lines[t]
      if ItemHeading.bareNumber(titleLine) != nil || SectionHeading.read(titleLine) != nil
        || ItemHeading.caseNumber(titleLine) != nil || titleLine.text.hasSuffix(":")
      {
        continue
      }
      var after = nextNonBlank(after: t)
      // The title may wrap onto a second line.
      if let a = after, a == t + 1, ItemHeading.caseNumber(lines[a]) == nil,
        SectionHeading.read(lines[a]) == nil
      {
        after = nextNonBlank(after: a)
      }
      let confirmed: Bool
      if let a = after {
        confirmed =
          ItemHeading.caseNumber(lines[a]) != nil || isKnownHeading(a)
          || ItemHeading.bareNumber(lines[a]).map { $0 > n } == true
      } else {
        confirmed = true
      }
      guard confirmed else { continue }
      let (title, closed) = ItemHeading.closedTitle(titleLine.text)
      bare.append(
        Start(index: i, match: .init(number: n, title: title, isClosed: closed, style: .bareNumber)))
      last = n
    }
    if !bare.isEmpty { return bare }
    // Numbered titles, confirmed by a case number or a section heading after them.
    var numbered: [Start] = []
    last = 0
    for (i, line) in lines.enumerated() {
      guard let m = ItemHeading.numberedHeading(line), m.number > last,
        let a = nextNonBlank(after: i)
      else { continue }
      if ItemHeading.caseNumber(lines[a]) != nil || isKnownHeading(a) {
        numbered.append(Start(index: i, match: m))
        last = m.number
      }
    }
    return numbered
  }

  /// A table of contents written as `Punkt N: Titel` lines: when numbers start over, the earlier
  /// headings with nothing under them were the contents, not items.
  func dropTableOfContents(_ starts: [Start]) -> [Start] {
    var out: [Start] = []
    for s in starts {
      if let last = out.last, s.match.number <= last.match.number {
        out.removeAll { isEmptyItem(at: $0, in: starts) }
      }
      out.append(s)
    }
    return out
  }

  func isEmptyItem(at start: Start, in starts: [Start]) -> Bool {
    guard let k = starts.firstIndex(where: { $0.index == start.index }) else { return false }
    let end = k + 1 < starts.count ? starts[k + 1].index : lines.count
    return lines[(start.index + 1)..<end].allSatisfy { $0.isBlank || $0.isRule }
  }

  /// When the table of contents lists more items than were found, the document may be cut off.
  mutating func checkTableOfContents(_ meeting: inout Meeting) {
    guard let first = meeting.items.first else { return }
    var inToc = false
    var entries = 0
    for line in lines where line.number < first.line {
      let key = SectionHeading.key(line.text)
      if key == "indholdsfortegnelse" || key == "indhold" {
        inToc = true
        continue
      }
      if inToc, !line.isBlank, !line.isRule,
        ItemHeading.hasLeader(line.text) || (line.isTableRow && !line.cells.allSatisfy(\.isEmpty))
      {
        entries += 1
      }
    }
    if entries > meeting.items.count {
      findings.append(
        Finding(
          .error, code: "truncated",
          message:
            "the table of contents lists \(entries) items but \(meeting.items.count) were found; the document may be cut off",
          location: location(meeting.items.last?.lastLine ?? 1)))
    }
  }

  // MARK: header

  enum HeaderField {
    case date, time, place, attendees, absentees, committee, ignored
  }

  static let labels: [(String, HeaderField)] = [
    ("mødedato", .date), ("mødedato og tidspunkt", .date), ("dato", .date),
    ("mødetidspunkt", .time), ("tidspunkt", .time), ("mødestart", .time), ("mødested", .place),
    ("sted", .place), ("lokale", .place), ("mødelokale", .place), ("mødedeltagere", .attendees),
    ("deltagere", .attendees), ("til stede", .attendees), ("tilstede", .attendees),
    ("fraværende", .absentees), ("afbud", .absentees), ("fraværende med afbud", .absentees),
    ("udvalg", .committee), ("mødeslut", .ignored), ("mødet hævet", .ignored),
    ("referent", .ignored), ("mødeleder", .ignored), ("formand", .ignored),
  ]

  /// Reads a header label at the start of `text`: the field and the value after it.
  static func label(_ text: String) -> (HeaderField, String)? {
    let lower = text.lowercased()
    var best: (String, HeaderField)?
    for (l, f) in labels where lower.hasPrefix(l) {
      let after = lower.dropFirst(l.count)
      guard after.isEmpty || after.first == ":" || after.first == " " else { continue }
      if best == nil || l.count > best!.0.count { best = (l, f) }
    }
    guard let (l, f) = best else { return nil }
    var value = String(text.dropFirst(l.count)).trimmingSpaces
    if value.hasPrefix(":") { value = String(value.dropFirst()).trimmingSpaces }
    // "Dato" alone is a label only with a colon or a date after it.
    if l == "dato" || l == "sted" || l == "udvalg" || l == "formand" {
      guard text.dropFirst(l.count).first == ":" || value.isEmpty else { return nil }
    }
    return (f, value)
  }

  static let structuralWords: Set<String> = [
    "punkt", "titel", "indholdsfortegnelse", "indhold", "dagsorden", "referat",
  ]

  mutating func readHeader(upTo end: Int) -> Meeting {
    var meeting = Meeting(source: source)
    var i = 0
    var inToc = false
    var titleSeen = false
    var titleDate: Day?
    var titleTime: ClockTime?
    var committeeFromTitle = ""
    var committeeLabel: String?
    var looseDate: TemporalExpression?
    let reader = TemporalReader(reference: Day(year: 2000, month: 1, day: 1)!)
    while i < end {
      let line = lines[i]
      if line.isBlank || line.isRule {
        i += 1
        continue
      }
      let text = line.text
      let key = SectionHeading.key(text)
      if key == "indholdsfortegnelse" || key == "indhold" {
        inToc = true
        i += 1
        continue
      }
      if !titleSeen {
        titleSeen = true
        let lower = text.lowercased()
        for (word, kind) in [
          ("referat", Meeting.DocumentKind.minutes), ("beslutningsprotokol", .minutes),
          ("protokol", .minutes), ("dagsorden", .agenda),
        ] where lower.hasPrefix(word) {
          meeting.kind = kind
          var rest = String(text.dropFirst(word.count)).trimmingSpaces
          for lead in ["for ", "fra ", "af møde i ", "af mødet i ", "til møde i ", "til mødet i "]
          where rest.lowercased().hasPrefix(lead) {
            rest = String(rest.dropFirst(lead.count))
          }
          let exprs = reader.expressions(in: rest)
          if let d = exprs.first(where: { $0.kind == .day || $0.kind == .datetime }) {
            titleDate = d.start
            titleTime = d.time
            let before = String(rest.utf8.prefix(d.utf8Range.lowerBound)) ?? ""
            committeeFromTitle = before.trimmingSpaces.trimming(" -–,:")
            for trail in [" den", " d", " fra", " i", " for"]
            where committeeFromTitle.lowercased().hasSuffix(trail) {
              committeeFromTitle = String(committeeFromTitle.dropLast(trail.count)).trimmingSpaces
            }
          } else {
            committeeFromTitle = rest.trimming(" -–,:")
          }
          if let t = exprs.first(where: { $0.kind == .time }), titleTime == nil { titleTime = t.time }
          break
        }
        i += 1
        continue
      }
      if inToc {
        i += 1
        continue
      }
      guard let (field, inlineValue) = ParserRun.label(text) else {
        // An unlabelled line with a whole date (`Onsdag d. 2. oktober 2024 kl. 09:00`) is
        // the meeting's date when neither a label nor the title gives one.
        if looseDate == nil, let d = reader.expressions(in: text).first(where: { $0.kind == .day || $0.kind == .datetime }) {
          looseDate = d
        }
        i += 1
        continue
      }
      var value = inlineValue
      var j = i + 1
      if value.isEmpty {
        // The value on the next non-blank line, unless that is a label or a structural word.
        var k = i + 1
        while k < end, lines[k].isBlank { k += 1 }
        if k < end, ParserRun.label(lines[k].text) == nil,
          !ParserRun.structuralWords.contains(SectionHeading.key(lines[k].text)),
          ItemHeading.keywordHeading(lines[k]) == nil
        {
          value = lines[k].text
          j = k + 1
        } else {
          j = k
        }
      }
      // Lists of names continue on the following lines until a blank line or a label.
      if !value.isEmpty, field == .attendees || field == .absentees || field == .place {
        while j < end, !lines[j].isBlank, ParserRun.label(lines[j].text) == nil,
          !lines[j].isDressed, SectionHeading.key(lines[j].text) != "indholdsfortegnelse",
          field != .place || lines[j - 1].hasHardBreak
        {
          value += (value.hasSuffix("-") ? "" : " ") + lines[j].text
          j += 1
        }
      }
      switch field {
      case .date:
        let refDate = titleDate ?? Day(year: 2000, month: 1, day: 1)!
        let exprs = TemporalReader(reference: refDate).expressions(in: value)
        if let d = exprs.first(where: { $0.kind == .day || $0.kind == .datetime }) {
          meeting.date = d.start
          if let t = d.time { meeting.startTime = t }
          if let e = d.endTime { meeting.endTime = e }
        }
        if meeting.startTime == nil, let t = exprs.first(where: { $0.kind == .time }) {
          meeting.startTime = t.time
          meeting.endTime = t.endTime
        }
      case .time:
        let exprs = reader.expressions(in: "kl. " + value.replacing("kl.", with: ""))
        if let t = exprs.first(where: { $0.time != nil }) {
          meeting.startTime = t.time
          meeting.endTime = t.endTime
        }
      case .place:
        if !value.isEmpty { meeting.location = value }
      case .attendees:
        meeting.attendees = ParserRun.names(in: value)
      case .absentees:
        meeting.absentees = ParserRun.names(in: value)
      case .committee:
        if !value.isEmpty { committeeLabel = value }
      case .ignored:
        break
      }
      i = max(j, i + 1)
    }
    meeting.committee = committeeLabel ?? committeeFromTitle
    if meeting.date == nil { meeting.date = titleDate }
    if meeting.startTime == nil { meeting.startTime = titleTime }
    if meeting.date == nil, let d = looseDate {
      meeting.date = d.start
      if meeting.startTime == nil {
        meeting.startTime = d.time
        meeting.endTime = d.endTime
      }
    }
    return meeting
  }

  /// Splits a list of names at commas and `og`; parenthesised notes (`(V)`, `(formand)`) go.
  static func names(in value: String) -> [String] {
    var cleaned = ""
    var depth = 0
    for c in value {
      if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) } else if depth == 0 {
        cleaned.append(c)
      }
    }
    var out: [String] = []
    for part in cleaned.split(separator: ",") {
      for piece in NameGrammar.splitWords(String(part), at: ["og", "samt"]) {
        let name = MarkupLineReader.collapseSpaces(piece).trimming(" .;:-")
        if !name.isEmpty, name.lowercased() != "ingen", name != "-" { out.append(name) }
      }
    }
    return out
  }
}
