/// Reads one item's lines: title, case number, sections, quoted decisions, guests.
struct ItemBuilder {
  let lines: ArraySlice<MarkupLine>
  let heading: ItemHeading.Match
  let source: String
  let meetingDate: Day?
  let committee: String
  var findings: [Finding] = []

  // Section state.
  private var sections: [Section] = []
  private var current: Section
  private var currentLevel = 0
  private var quotes: [QuotedDecision] = []
  private var quote: QuotedDecision?
  private var recommender: String?
  private var previousBlank = true
  private var previousHardBreak = false

  init(
    lines: ArraySlice<MarkupLine>, heading: ItemHeading.Match, source: String, meetingDate: Day?,
    committee: String
  ) {
    self.lines = lines
    self.heading = heading
    self.source = source
    self.meetingDate = meetingDate
    self.committee = committee
    self.current = Section(kind: .body, heading: "", line: lines.first?.number ?? 0)
  }

  mutating func build() -> AgendaItem {
    let first = lines.startIndex
    var idx = first + 1
    var title = heading.title
    var isClosed = heading.isClosed
    if heading.style == .bareNumber {
      // The title is the next non-blank line.
      while idx < lines.endIndex, lines[idx].isBlank { idx += 1 }
      if idx < lines.endIndex {
        let (t, c) = ItemHeading.closedTitle(lines[idx].text)
        title = t
        isClosed = isClosed || c
        idx += 1
      }
    }
    // A title wrapped onto the next line (no blank line between, no dressing).
    let headingDressed = lines[first].isDressed
    var wraps = 0
    while !headingDressed, wraps < 2, idx < lines.endIndex, !lines[idx].isBlank,
      isTitleContinuation(lines[idx])
    {
      title += (title.hasSuffix("-") ? "" : " ") + lines[idx].text
      idx += 1
      wraps += 1
    }
    // The case number: the first non-blank line, when it is one.
    var caseNumber: CaseNumber?
    var k = idx
    while k < lines.endIndex, lines[k].isBlank || lines[k].isRule { k += 1 }
    if k < lines.endIndex, let cn = ItemHeading.caseNumber(lines[k]) {
      caseNumber = cn
      idx = k + 1
    }
    for line in lines[idx...] { feed(line) }
    finishQuote()
    finishSection()

    var item = AgendaItem(
      number: heading.number, title: title.trimmingSpaces, isClosed: isClosed,
      caseNumber: caseNumber, line: lines[first].number,
      lastLine: lines.last(where: { !$0.isBlank })?.number ?? lines[first].number)
    item.sections = sections.filter { !($0.kind == .body && $0.paragraphs.isEmpty) }
    item.priorDecisions = quotes
    item.recommendation = recommendation()
    item.attachments = item.sections(.attachments).flatMap { $0.paragraphs.map(\.text) }
    for section in item.sections
    where section.kind != .decision && section.kind != .attachments && section.kind != .history {
      for p in section.paragraphs where p.style != .subheading {
        item.participants.append(contentsOf: GuestReader.participants(in: p))
      }
    }
    return item
  }

  func isTitleContinuation(_ line: MarkupLine) -> Bool {
    if line.isDressed || line.isBullet || line.isTableRow { return false }
    if ItemHeading.caseNumber(line) != nil || SectionHeading.read(line) != nil { return false }
    if QuotedDecisionHeader.read(line.text, reference: meetingDate) != nil { return false }
    if ItemBuilder.recommenderLine(line.text) != nil { return false }
    // A continuation begins in lower case or is short; body text follows a blank line.
    return true
  }

  // MARK: feeding lines

  mutating func feed(_ line: MarkupLine) {
    if line.isBlank || line.isRule {
      previousBlank = true
      return
    }
    defer {
      previousBlank = false
      previousHardBreak = line.hasHardBreak
    }
    let text = line.text
    if text == "." { return }  // a stray full stop left by an exporter

    // History blocks (Sagsforløb): "Udvalg:", "Dato:", "Punktnummer:".
    if current.kind == .history, feedHistory(line) { return }

    // A quoted earlier decision.
    if let q = QuotedDecisionHeader.read(text, reference: meetingDate) {
      if isThisMeeting(q) {
        startSection(.decision, heading: text, level: line.headingLevel, line: line.number)
        return
      }
      finishQuote()
      startQuote(q, line: line)
      return
    }

    // "Kommunaldirektøren indstiller," opens the recommendation, in any dressing.
    if let (who, point) = ItemBuilder.recommenderLine(text) {
      finishQuote()
      if current.kind != .recommendation {
        startSection(.recommendation, heading: "", level: 0, line: line.number)
      }
      recommender = who
      if let point { appendParagraph(point, style: .bullet, depth: 0, line: line.number) }
      return
    }

    // Headings.
    if let reading = SectionHeading.read(line) {
      if handleHeading(reading, line: line) { return }
    }
    appendLine(line)
  }

  /// Handles a heading line; returns false when the line is text after all.
  mutating func handleHeading(_ reading: SectionHeading.Reading, line: MarkupLine) -> Bool {
    switch reading {
    case .known(let kind):
      // In an attachment list, plain lines are attachment names ("Indstilling" is one).
      if current.kind == .attachments, !line.isDressed, kind != .decision { return false }
      // A known heading nested under the current one is a sub-heading of it, except the
      // headings that carry the follow-up.
      let structural: Set<Section.Kind> = [.decision, .recommendation, .attachments, .history]
      if line.headingLevel > 0, currentLevel > 0, line.headingLevel > currentLevel,
        !structural.contains(kind), quote == nil
      {
        appendParagraph(line.text, style: .subheading, depth: 0, line: line.number)
        return true
      }
      finishQuote()
      startSection(kind, heading: line.text, level: line.headingLevel, line: line.number)
      return true
    case .unknown:
      if current.kind == .attachments, !line.isDressed { return false }
      if quote != nil {
        // Capitals inside a quoted decision are part of it; a dressed heading ends it.
        if !line.isDressed { return false }
        finishQuote()
      }
      if current.kind == .decision
        || (line.headingLevel > 0 && currentLevel > 0 && line.headingLevel <= currentLevel)
      {
        startSection(.other, heading: line.text, level: line.headingLevel, line: line.number)
      } else {
        appendParagraph(line.text, style: .subheading, depth: 0, line: line.number)
      }
      return true
    }
  }

  func isThisMeeting(_ q: QuotedDecisionHeader) -> Bool {
    guard let meetingDate, q.date == meetingDate else { return false }
    let body = DanishFolding.key(q.body)
    return body.isEmpty || body == DanishFolding.key(committee) || body.hasPrefix("udvalg")
  }

  /// `Kommunaldirektøren indstiller,` → ("Kommunaldirektøren", nil);
  /// `Det indstilles, at X` → (nil, "X").
  static func recommenderLine(_ text: String) -> (String?, String?)? {
    guard text.utf8.count <= 160, DanishBytes.containsASCII(text, "indstill") else { return nil }
    let lower = text.lowercased()
    if lower.hasPrefix("det indstilles") {
      var rest = String(text.dropFirst("det indstilles".count)).trimming(" ,:")
      if rest.lowercased().hasPrefix("at ") { rest = String(rest.dropFirst(3)) }
      return (nil, rest.isEmpty ? nil : rest)
    }
    for ending in ["indstiller,", "indstiller:", "indstiller", "indstiller."]
    where lower.hasSuffix(ending) {
      let who = String(text.dropLast(ending.count)).trimmingSpaces
      let words = who.split(separator: " ").count
      guard words >= 1, words <= 8, who.first?.isUppercase == true else { return nil }
      return (who, nil)
    }
    return nil
  }

  // MARK: sections and quotes

  mutating func startSection(_ kind: Section.Kind, heading: String, level: Int, line: Int) {
    finishQuote()
    finishSection()
    current = Section(kind: kind, heading: heading, line: line)
    currentLevel = level
    previousBlank = true
  }

  mutating func finishSection() {
    if current.kind != .body || !current.paragraphs.isEmpty {
      sections.append(current)
    }
    current = Section(kind: .body, heading: "", line: current.line)
  }

  mutating func startQuote(_ h: QuotedDecisionHeader, line: MarkupLine) {
    var date = h.date
    var written: Day?
    if let meetingDate, date > meetingDate {
      // A decision quoted in a meeting cannot be later than it: read the likely year.
      written = date
      let c = date.components
      var y = meetingDate.year
      while let d = Day(year: y, month: c.month, day: min(c.day, Day.daysIn(month: c.month, year: y))),
        d > meetingDate
      {
        y -= 1
      }
      date = Day(year: y, month: c.month, day: min(c.day, Day.daysIn(month: c.month, year: y)))!
      findings.append(
        Finding(
          .warning, code: "prior-decision-date-after-meeting",
          message:
            "item \(heading.number): a decision quoted as of \(written!) is after this meeting (\(meetingDate)); read as \(date)",
          location: SourceLocation(file: source, line: line.number)))
    }
    quote = QuotedDecision(
      body: h.body, date: date, writtenDate: written, itemNumber: h.itemNumber, paragraphs: [],
      line: line.number)
    previousBlank = true
  }

  mutating func finishQuote() {
    if let q = quote {
      quotes.append(q)
      quote = nil
    }
  }

  /// Reads a `Sagsforløb` line; returns false for text that is not part of a block.
  mutating func feedHistory(_ line: MarkupLine) -> Bool {
    let text = line.text
    let lower = text.lowercased()
    if lower.hasPrefix("udvalg:") {
      finishQuote()
      let body = String(text.dropFirst("udvalg:".count)).trimmingSpaces
      quote = QuotedDecision(
        body: body, date: nil, itemNumber: nil, paragraphs: [], line: line.number, form: .history)
      previousBlank = true
      return true
    }
    guard quote?.form == .history else { return false }
    if lower.hasPrefix("dato:") {
      let value = String(text.dropFirst(5))
      let d = TemporalReader(reference: meetingDate ?? Day(year: 2000, month: 1, day: 1)!)
        .expressions(in: value).first(where: { $0.kind == .day || $0.kind == .datetime })
      quote?.date = d?.start
      previousBlank = true
      return true
    }
    if lower.hasPrefix("punktnummer:") || lower.hasPrefix("punkt nr.:") || lower.hasPrefix("pkt.:") {
      let digits = text.drop(while: { !$0.isNumber }).prefix(while: \.isNumber)
      quote?.itemNumber = Int(digits)
      previousBlank = true
      return true
    }
    return false
  }

  // MARK: paragraphs

  mutating func appendLine(_ line: MarkupLine) {
    if line.isBullet {
      appendParagraph(line.text, style: .bullet, depth: line.indent >= 2 ? 1 : 0, line: line.number)
      return
    }
    // Attachment lists keep one line per attachment.
    let joinable = (current.kind != .attachments || quote != nil) && !ItemBuilder.startsListItem(line.text)
    if joinable, !previousBlank, let last = lastParagraph(), last.style != .subheading {
      // Joined in place: a paragraph of many wrapped lines costs its length, not its square.
      if quote != nil {
        ItemBuilder.join(&quote!.paragraphs[quote!.paragraphs.count - 1].text, line.text)
      } else {
        ItemBuilder.join(&current.paragraphs[current.paragraphs.count - 1].text, line.text)
      }
      return
    }
    appendParagraph(line.text, style: .text, depth: 0, line: line.number)
  }

  /// A line that opens a numbered point: `At 1) ...`, `1) ...`, `2. ...`, `a) ...`.
  static func startsListItem(_ text: String) -> Bool {
    var rest = text[...]
    if rest.hasPrefix("At ") || rest.hasPrefix("at ") { rest = rest.dropFirst(3) }
    let digits = rest.prefix(while: \.isNumber)
    if !digits.isEmpty, digits.count <= 2 {
      let after = rest.dropFirst(digits.count)
      return after.hasPrefix(") ") || after.hasPrefix(". ") && text.first?.isNumber == true
    }
    if let f = rest.first, f.isLetter, rest.dropFirst().hasPrefix(") ") { return true }
    return false
  }

  /// Joins a wrapped line, mending a hyphenated word (`lokalfor-` + `slag`).
  static func join(_ a: inout String, _ b: String) {
    if a.utf8.last == 0x2D, let beforeHyphen = a.dropLast().last, beforeHyphen.isLetter,
      let f = b.first, f.isLowercase
    {
      let nextWord = b.prefix(while: { $0 != " " })
      if !["og", "eller", "samt", "til", "som"].contains(String(nextWord)) {
        a.removeLast()
        a += b
        return
      }
    }
    a += " "
    a += b
  }

  mutating func appendParagraph(_ text: String, style: Paragraph.Style, depth: Int, line: Int) {
    let p = Paragraph(text: text, style: style, depth: depth, line: line)
    if quote != nil {
      quote!.paragraphs.append(p)
    } else {
      current.paragraphs.append(p)
    }
  }

  func lastParagraph() -> Paragraph? {
    quote != nil ? quote!.paragraphs.last : current.paragraphs.last
  }

  /// The recommendation from the recommendation sections: `At` points and bullets.
  func recommendation() -> Recommendation? {
    let recs = sections.filter { $0.kind == .recommendation }
    guard !recs.isEmpty || recommender != nil else { return nil }
    var points: [String] = []
    for p in recs.flatMap(\.paragraphs) where p.style != .subheading {
      var t = p.text
      let lower = t.lowercased()
      let isPoint = p.style == .bullet || lower.hasPrefix("at ") || ItemBuilder.startsListItem(t)
      if lower.hasPrefix("at ") {
        t = String(t.dropFirst(3)).trimmingSpaces
        // "At 1) Byrådet godkender ..."
        let digits = t.prefix(while: \.isNumber)
        if !digits.isEmpty, t.dropFirst(digits.count).first == ")" {
          t = String(t.dropFirst(digits.count + 1)).trimmingSpaces
        }
      }
      if isPoint || points.isEmpty {
        points.append(t)
      } else {
        points[points.count - 1] += " " + t
      }
    }
    return Recommendation(recommender: recommender, points: points)
  }
}
