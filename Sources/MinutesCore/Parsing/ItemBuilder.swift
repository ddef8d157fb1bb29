/// Reads one item's lines: title, case number, sections, quoted decisions, guests.
struct ItemBuilder {
  let lines: ArraySlice<MarkupLine>
  let start: ItemStartFinder.Start
  let source: String
  let meetingDate: Day?
  let committee: String
  /// Read a closed item's text (only when `--include-closed` asks for it).
  let includeClosed: Bool
  var findings: [Finding] = []
  var heading: ItemHeading.Match { start.match }

  // Section state.
  private var sections: [Section] = []
  private var current: Section
  private var currentLevel = 0
  private var quotes: [QuotedDecision] = []
  private var quote: QuotedDecision?
  private var recommender: String?
  private var previousBlank = true
  /// The line appended last opened with a doer's first name (`Steen, opdaterer ...`).
  private var lastLineOpenedWithDoer = false
  /// The line before opened with a task's field label (`Frist:`, `Ansvarlig:`).
  private var lastLineWasTaskField = false
  private var previousHardBreak = false
  private var absentees: [String] = []
  private var absenteesFollow = false
  private var lastLineWasVote = false
  /// The open quote is an earlier meeting's proposal: its recommendation lines belong to it.
  private var quoteIsProposal = false
  /// The participants read from the decision's presenting sentences.
  var presenters: Set<String> = []
  /// Members' stand-ins told under the item (`Afbud fra X. Y deltager i stedet.`): they attend.
  var standIns: [String] = []
  /// Guests whose sentence names the items they took part in (`deltager under alle punkter`).
  var scopedGuests: [(Participant, GuestReader.Scope)] = []
  /// The meeting's date, time or place written under this item's decision label.
  var meetingFields: [(HeaderLabel.Field, String)] = []

  /// The width the document's lines were wrapped at, when they were (`ItemBuilder.wrapWidth`).
  var documentWrapWidth: Int?

  init(
    lines: ArraySlice<MarkupLine>, start: ItemStartFinder.Start, source: String, meetingDate: Day?,
    committee: String, includeClosed: Bool = false, wrapWidth: Int? = nil
  ) {
    self.documentWrapWidth = wrapWidth
    self.lines = lines
    self.start = start
    self.source = source
    self.meetingDate = meetingDate
    self.committee = committee
    self.includeClosed = includeClosed
    self.current = Section(kind: .body, heading: "", line: lines.first?.number ?? 0)
  }

  mutating func build() -> AgendaItem {
    let first = lines.startIndex
    var idx = start.startsWithContent ? first : first + 1
    var title = heading.title
    var isClosed = heading.isClosed
    // The title on a line of its own (`Pkt. 42` / title, First Agenda's number / title).
    if let t = start.titleIndex, t >= lines.startIndex, t < lines.endIndex {
      idx = t + 1
    }
    // A title wrapped onto the next line (no blank line between, no dressing); not where the
    // heading's line went on after the title (`... planlægning. (W) Advent og jul` / `nærmer
    // sig ...`, `4. VAF abonnement til HLR Det vurderes at 224 kr. pr. måned er for høj` / `en
    // pris ...`): the next line goes on with that text.
    let textAfterTitleOnLine: Bool = {
      guard !title.isEmpty, let r = lines[first].text.range(of: title) else { return false }
      let rest = lines[first].text[r.upperBound...].drop(while: { $0 == " " })
      // "... Universitet om   Sag nr. 1-01-73-8-25": the case's field beside the title, a
      // laid-out page's right column, is no text of the item.
      if CaseNumberReader.read(MarkupLine.plain(String(rest), number: lines[first].number)) != nil { return false }
      return rest.split(separator: " ").count >= 3
    }()
    let titleEnded = lines[first].isDressed || textAfterTitleOnLine
    var wraps = 0
    // A third line and more only after lines that fill the width the converter wrapped at.
    // "2. Forslag til lokalplan ... ved" / "Åben sag" / "Liseleje Strandvej": an open status a
    // laid-out page's right column put between the title's two lines.
    var skippedStatus = false
    if start.text == nil, !titleEnded, idx + 1 < lines.endIndex, ClosedMarker.status(lines[idx].text) == .open,
      !lines[idx + 1].isBlank, isTitleContinuation(lines[idx + 1], after: title)
    {
      idx += 1
      skippedStatus = true
    }
    while start.text == nil, !titleEnded, !lines[first].hasHardBreak || skippedStatus, wraps < 4, idx < lines.endIndex, !lines[idx].isBlank,
      wraps == 0 || (wraps < 2 || lines[idx - 1].text.utf8.count >= 55 || nearWrapWidth(lines[idx - 1].text))
        && !Self.endsSentence(lines[idx - 1].text), !title.hasSuffix(":"),
      isTitleContinuation(lines[idx], after: title) || endsTitleOverItsFields(idx, after: title)
    {
      // "... Gunvor Wibroe," / "Freja Fokdal ...": the comma the heading's title lost at its end.
      if idx > first, let mark = lines[idx - 1].text.last, mark == "," || mark == ";", !title.hasSuffix(String(mark)) { title.append(mark) }
      // "... gravsteder –" / "lapidarium.", "... administrationen pr." / "1. januar 2025": the
      // dash or the abbreviation's full stop the heading's title lost at its end.
      if idx > first, let lost = Self.lostTitleEnd(lines[idx - 1].text, title: title, next: lines[idx].text) { title += lost }
      // ("Forebyggelses-" / "og Seniorudvalget": a word broken at its hyphen; "2024/25 -" /
      // "evaluering": a dash between words.)
      let hyphenated = title.hasSuffix("-") && !title.hasSuffix(" -")
      title += lines[idx].isBullet ? " - " + lines[idx].text : (hyphenated ? "" : " ") + lines[idx].text
      idx += 1
      wraps += 1
    }
    // "2. Valg af dirigent og referent – dirigent Hanne og" / "referent Cornelius.": what was
    // done, after a dash in lower case as a sentence, is the item's text, as on one line
    // (`LineRepair.splitInlineMinutes`).
    var wrappedText: String?
    if wraps > 0, title.hasSuffix("."), !title.hasSuffix(".."),
      let dash = title.range(of: " – ") ?? title.range(of: " - "),
      title[..<dash.lowerBound].split(separator: " ").count >= 2,
      title[dash.upperBound...].first?.isLowercase == true, SentenceSplitter.sentences(String(title[dash.upperBound...])).count == 1,
      // "... gravsteder – lapidarium.": one word after the dash is the title's own.
      title[dash.upperBound...].split(separator: " ").count >= 3
    {
      wrappedText = String(title[dash.upperBound...]).trimmingSpaces
      title = String(title[..<dash.lowerBound])
    }
    if wraps > 0 { title = ItemTitle.clean(title).0 }
    // Under the heading: the title again, the heading again, a case number, a status, document
    // fields, in any order, before the first section.
    var caseNumber = heading.caseNumber
    var leftover: [MarkupLine] = []
    var k = idx
    var looked = 0
    while k < lines.endIndex, looked < 6 {
      let line = lines[k]
      if line.isBlank || line.isRule {
        k += 1
        continue
      }
      // "| Status | Lukket |": a row of fields under the heading whose cell gives the status.
      if line.isTableRow, line.cells.count <= 3, line.cells.contains(where: { ClosedMarker.status($0) == .closed }) {
        isClosed = true
        // "| Sags-id: | 31/21340 | Lukket punkt |": the case number in the same row.
        if caseNumber == nil,
          let c = CaseNumberReader.read(MarkupLine.plain(line.cells.filter { ClosedMarker.status($0) == nil }.joined(separator: " "), number: line.number))
        {
          caseNumber = c.caseNumber
        }
        k += 1
        idx = k
        looked += 1
        continue
      }
      // A status under the heading, bold or in capitals as a heading is (`**Lukket punkt**`,
      // `LUKKET PUNKT`), is the item's status before it is any section's heading.
      if let status = ClosedMarker.status(line.text), CaseNumberReader.read(line)?.caseNumber == nil {
        // "Åbent punkt" over "Lukket punkt": a table's column headers, not a status.
        var after = k + 1
        while after < lines.endIndex, lines[after].isBlank { after += 1 }
        var before = k - 1
        while before >= lines.startIndex, lines[before].isBlank { before -= 1 }
        let next = after < lines.endIndex ? ClosedMarker.status(lines[after].text) : nil
        let previous = before >= lines.startIndex ? ClosedMarker.status(lines[before].text) : nil
        if status == .closed, next != .open, previous != .open { isClosed = true }
        k += 1
        idx = k
        looked += 1
        continue
      }
      // ("SBSYS: 81.00.00-A00-14-35": a case system's name as its label reads as a field's
      // heading; the case number under it is the item's.)
      if SectionHeading.read(line) != nil && CaseNumberReader.read(line)?.caseNumber == nil
        || SectionHeading.readBullet(line) != nil || DecisionLabel.read(line.text, reference: meetingDate) != nil
      {
        break
      }
      if isEcho(line, title: title) || Self.isTypeMarker(line.text) {
        k += 1
        idx = k
        looked += 1
        continue
      }
      // Attachment file names listed under the heading.
      if ItemBuilder.isFileNameLine(line.text) {
        leftover.append(line)
        k += 1
        looked += 1
        continue
      }
      // A table of fields with their labels over their values: `| Sagsnr. | Ansvarlig |` /
      // `| 30-006621 | Lars Buch |`.
      if line.isTableRow, caseNumber == nil,
        let c = line.cells.firstIndex(where: { CaseNumber.labels.contains($0.lowercased().trimming(" :")) || CaseNumber.labels.contains($0.lowercased().trimming(" ") ) })
      {
        var v = k + 1
        while v < lines.endIndex, v <= k + 3, lines[v].isBlank || lines[v].isRule { v += 1 }
        if v < lines.endIndex, lines[v].isTableRow, c < lines[v].cells.count,
          let cn = CaseNumberReader.firstToken(of: lines[v].cells[c].trimmingSpaces)
        {
          caseNumber = cn
          k = v + 1
          idx = k
          looked += 2
          continue
        }
      }
      // A table row of fields: `| Sagsnr. | 21/1234 |`.
      if line.isTableRow, caseNumber == nil,
        let c = CaseNumberReader.read(MarkupLine.plain(line.cells.joined(separator: " "), number: line.number)),
        c.caseNumber != nil
      {
        caseNumber = c.caseNumber
        k += 1
        idx = k
        looked += 1
        continue
      }
      if let c = CaseNumberReader.read(line) {
        if caseNumber == nil, let cn = c.caseNumber { caseNumber = cn }
        if c.status == .closed { isClosed = true }
        if let r = c.remainder { leftover.append(line.with(text: r)) }
        k += 1
        idx = k
        looked += 1
        continue
      }
      break
    }
    let lastLine = lines.last(where: { !$0.isBlank })?.number ?? lines[first].number
    // "Punktet er lukket af hensyn til ...": the item's own text says it is closed.
    if !isClosed, lines[first...].contains(where: { ClosedMarker.statesClosed($0.text) }) { isClosed = true }
    var item = AgendaItem(
      number: heading.number, title: title.trimmingSpaces, isClosed: isClosed,
      caseNumber: caseNumber, line: lines[first].number, lastLine: lastLine)
    // A closed item's text is confidential: not read unless asked for.
    if isClosed && !includeClosed {
      item.isRedacted = true
      item.closedFormula = Self.decisionFormula(lines[first...].dropFirst())
      return item
    }
    if let t = start.text { feed(lines[first].with(text: t)) }
    if let t = wrappedText { feed(lines[first].with(text: t)) }
    for line in leftover { feed(line) }
    if idx < lines.endIndex {
      for line in lines[idx...] { feed(line) }
    }
    finishQuote()
    finishSection()

    item.sections = sections.filter { !($0.kind == .body && $0.paragraphs.isEmpty) }
    item.priorDecisions = quotes
    item.recommendation = recommendation()
    item.attachments = item.sections(.attachments).flatMap { $0.paragraphs.map(\.text) }
    item.absentees = absentees
    // Guests of the item: named in its text, in its decision (`Økonomikonsulent X deltog under
    // oplysningen af punktet`), or in its history in the present tense (`deltager under dette
    // punkt`: this meeting's).
    // One that names other items (`under alle punkter`) is the meeting's to place.
    // "Deltog under punktet: Ældrechef Karina Møller": a guest label's line.
    for line in lines where !line.isTableRow && !line.isBlank && (!item.isClosed || includeClosed) {
      for guest in GuestReader.labelled(in: line.text, line: line.number)
      where !item.participants.contains(where: { ItemBuilder.samePerson($0.name, guest.name) }) {
        item.participants.append(guest)
      }
    }
    for section in item.sections where section.kind != .attachments {
      for p in section.paragraphs where p.style != .subheading {
        for (guest, scope) in GuestReader.participants(in: p, presentOnly: section.kind == .history) {
          if let scope, scope != .items([item.number]) {
            scopedGuests.append((guest, scope))
          } else if !item.participants.contains(where: { ItemBuilder.samePerson($0.name, guest.name) }) {
            item.participants.append(guest)
          }
        }
      }
    }
    // Who the decision tells presented something; members are left out by the reader's caller.
    // People the item's text introduces with a title: a role word, then capitalised names.
    var introduced: [String] = []
    for section in item.sections where section.kind != .decision {
      for p in section.paragraphs where p.text.utf8.count <= 4000 {
        let words = p.text.split(separator: " ").map { String($0).trimming(".,;:") }
        for (i, w) in words.enumerated() where NameGrammar.isRoleWord(w) {
          var k = i + 1
          while k < words.count, k - i <= 4, NameGrammar.isNameWord(words[k]) { k += 1 }
          if k - i >= 3 { introduced.append(words[(i + 1)..<k].joined(separator: " ")) }
        }
      }
    }
    for p in item.decision where p.style == .text {
      for guest in GuestReader.presenters(in: p, introduced: introduced)
      where !item.participants.contains(where: { ItemBuilder.samePerson($0.name, guest.name) }) {
        item.participants.append(guest)
        presenters.insert(guest.name)
      }
    }
    // "Gennemgang af udvalgets dagsorden v/ Kristine Henriksen": who presents the item, named in
    // its heading (a member among them is left out by the reader's caller).
    if !item.isClosed, let heading = lines.first, heading.text.utf8.count <= 250,
      let r = heading.text.range(of: " v/") ?? heading.text.range(of: " v. ")
    {
      let who = String(heading.text[r.upperBound...]).trimming(" .")
      for m in NameGrammar.mentions(in: who) {
        guard let name = m.name, name.split(separator: " ").count >= 2, m.role.map(NameGrammar.containsRoleWord) ?? true,
          !item.participants.contains(where: { ItemBuilder.samePerson($0.name, name) })
        else { continue }
        item.participants.append(Participant(name: name, role: m.role, organization: m.organization, time: nil, line: heading.number))
        presenters.insert(name)
      }
    }
    return item
  }

  /// `Danni Holm (O) deltog ikke i mødet.`, `Eva Berg og Ib Dam var ikke til stede.`: the members
  /// a sentence says were absent from the meeting (not from one item's treatment).
  static func absentFromMeeting(_ text: String) -> [String]? {
    guard text.utf8.count <= 400,
      DanishBytes.containsASCII(text, " ikke ") || DanishBytes.containsASCII(text, "afbud") || DanishBytes.containsASCII(text, " var frav")
    else { return nil }
    var out: [String] = []
    for sentence in SentenceSplitter.sentences(text) {
      let lower = sentence.lowercased()
      for phrase in [" deltog ikke i mødet", " var ikke til stede på mødet", " var ikke til stede", " havde meldt afbud", " var fraværende"] {
        guard let r = lower.range(of: phrase) else { continue }
        let rest = String(lower[r.upperBound...]).trimming(" .")
        guard rest.isEmpty else { break }
        var subject = String(sentence.prefix(lower.distance(from: lower.startIndex, to: r.lowerBound)))
        // "Børne- og Skoleudvalget, 17.06.2025 Birthe Holm var fraværende": the decision's label
        // glued before the name; the name is the capitalised words the phrase follows.
        if !HeaderReader.isNameList(subject) {
          let words = subject.split(separator: " ")
          let tail = words.reversed().prefix { $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } }
          guard (2...4).contains(tail.count), let first = tail.last, NameGrammar.isFirstName(String(first)) else { break }
          subject = tail.reversed().joined(separator: " ")
        }
        out += AttendeeList.names(in: subject)
        break
      }
    }
    return out.isEmpty ? nil : out
  }

  /// `Bettina Kjælder` and `Bettina Baron Kjælder`: the same first and last name.
  static func samePerson(_ a: String, _ b: String) -> Bool {
    let x = a.split(separator: " ")
    let y = b.split(separator: " ")
    guard let xf = x.first, let yf = y.first, let xl = x.last, let yl = y.last else { return false }
    return xf == yf && (xl == yl || AttendeeList.isMisspelling(xl.lowercased(), of: yl.lowercased()))
  }

  /// A line of attachment file names (`Arbejdsplan_2019.pdf Vision_og_strategi.pdf`).
  static func isFileNameLine(_ text: String) -> Bool {
    guard text.utf8.contains(0x2E), text.utf8.count <= 2000 else { return false }
    let words = text.split(separator: " ")
    guard !words.isEmpty, words.count <= 20 else { return false }
    let endings = [".pdf", ".docx", ".doc", ".xlsx", ".xls", ".pptx", ".jpg", ".png", ".msg", ".txt"]
    return words.allSatisfy { w in endings.contains { w.lowercased().hasSuffix($0) } }
  }

  /// The title or the heading printed again under the heading.
  func isEcho(_ line: MarkupLine, title: String) -> Bool {
    let key = SectionHeading.key(line.text)
    if !title.isEmpty, key == SectionHeading.key(title) { return true }
    if let m = ItemHeading.keywordHeading(line) ?? ItemHeading.numberedHeading(line), m.number == heading.number,
      m.title.isEmpty || SectionHeading.key(m.title) == SectionHeading.key(title)
    {
      return true
    }
    // The title with its type marker or closed marker (`Alfabo, ... Skema B (C)`).
    return !title.isEmpty && SectionHeading.key(ItemTitle.clean(line.text).0) == SectionHeading.key(title)
  }

  /// `A, B, Kurt Mortensen Dagsordenen godkendt.` → (`A, B, Kurt Mortensen`, `Dagsordenen
  /// godkendt.`): a sentence after the last name of a list, where a capitalised word is followed by
  /// words in lower case and a full stop ends it.
  static func splitTrailingSentence(_ value: String) -> (String, String?) {
    guard value.hasSuffix("."), let comma = value.lastIndex(of: ",") else { return (value, nil) }
    let tail = value[value.index(after: comma)...].split(separator: " ").map(String.init)
    guard let lower = tail.firstIndex(where: { $0.first?.isLowercase == true }), lower >= 3,
      tail[lower - 1].first?.isUppercase == true
    else { return (value, nil) }
    let sentence = tail[(lower - 1)...].joined(separator: " ")
    let names = String(value[...comma]) + " " + tail[..<(lower - 1)].joined(separator: " ")
    return (names, sentence)
  }

  /// `Bilag 1`, `Bilag 2 (eftersendes)`, `Bilag 3 (samt bilag 4 – 7 til dagsorden 4)`: the
  /// attachments of an item named by number under its heading.
  static func isAttachmentReference(_ text: String) -> Bool {
    guard text.utf8.count <= 120, text.hasPrefix("Bilag ") || text.hasPrefix("BILAG ") else { return false }
    let rest = text.dropFirst(6).drop(while: { $0 == " " })
    guard let f = rest.first else { return false }
    return f.isNumber || f == "("
  }

  func isTitleContinuation(_ line: MarkupLine, after title: String) -> Bool {
    if line.isBullet, isWrappedDashPart(line) { return true }
    if line.isDressed || line.isBullet || line.isTableRow { return false }
    // "2. Budget 2021 - Forebyggelses- og Seniorudvalget" / "(B)": the item's type marker a
    // converter wrapped onto a line of its own (the title's cleaning takes it off).
    if Self.isTypeMarker(line.text) { return true }
    // "... strategiske målsætninger" / "2017": a year a converter wrapped onto its own line.
    let bare = line.text.trimming(".")
    if bare.count == 4, bare.allSatisfy(\.isNumber), let y = Int(bare), (1950...2100).contains(y) { return true }
    // Another item's heading (`3. Drøftelse af ...`) is never this one's title; a date alone
    // (`... fra sidste møde, den` / `30.11.2015`) is no heading.
    let isDate = line.text.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" || $0 == "/" }
    if !isDate, let m = ItemHeading.numberedHeading(line) ?? ItemHeading.keywordHeading(line), m.number != heading.number,
      m.style != .numberedLoose
    {
      return false
    }
    // ("... ved Strandvejen - endelig" / "vedtagelse": a section's word in lower case under a
    // title that stops in lower case is the title's last word, no section's heading.)
    let lowerWord = line.text.first?.isLowercase == true && !line.text.contains(" ")
      && title.split(separator: " ").last?.first?.isLowercase == true && title.last?.isLetter == true
    if CaseNumberReader.read(line) != nil || SectionHeading.read(line) != nil && !lowerWord { return false }
    if FactColumn.isLabelsOnly(line.text) { return false }
    if ClosedMarker.status(line.text) != nil || HeaderLabel.read(line.text) != nil { return false }
    if ClosedMarker.looksLikeClosedHeading(line.text) { return false }
    // "1. Godkendelse af dagsorden til møde i" / "Folkeoplysningsudvalget, onsdag, den 5.
    // september 2018": a title that stops on a word needing one after it goes on, though the
    // line reads like a body and a day (as a quoted decision's label does without its colon).
    let stopsOnLink = title.split(separator: " ").last.map { Self.leadsOn.contains($0.lowercased()) } ?? false
    if stopsOnLink, !line.text.hasSuffix(":"), line.text.utf8.count <= 120, !lines[lines.startIndex].text.hasSuffix(":"),
      SentenceSplitter.sentences(line.text).count == 1, !isEcho(line, title: title), !Self.namesOutcome(line.text)
    {
      return true
    }
    if DecisionLabel.read(line.text, reference: meetingDate) != nil { return false }
    if ItemBuilder.recommenderLine(line.text) != nil { return false }
    if isEcho(line, title: title) { return false }
    // "Økonomi:" / "a) Fundraising": the heading ended, a list of its points begins.
    // "2. Valg af formand for det kommende år." / "Valg:": a heading that ends a sentence has ended.
    let headingText = lines[lines.startIndex].text
    if headingText.hasSuffix(":") || LineRepair.startsSubPoint(line.text) { return false }
    // " 4. Referat fra generalforsamlingen" / "     Begge referater godkendes": a line indented
    // deeper than where the title starts is the item's text.
    // (A laid-out page's title wrapped under its own column, `2.      Tilskud til ... -
    // ansøgningsrunde` / `        efterår 2025`: a few words in lower case, no sentence.)
    let fragment = line.text.first?.isLowercase == true && !line.text.hasSuffix(".") && line.text.split(separator: " ").count <= 6
    if line.indent > 0, !fragment, let head = title.split(separator: " ").first, let r = headingText.range(of: head),
      line.indent > lines[lines.startIndex].indent + headingText.distance(from: headingText.startIndex, to: r.lowerBound) + 1
    {
      return false
    }
    if let end = LineRepair.timeRangeEnd(line.text), line.text[end...].allSatisfy(\.isWhitespace) { return false }
    if headingText.hasSuffix("."), let last = headingText.split(separator: " ").last, last.count >= 3,
      last.dropLast().allSatisfy(\.isLetter), !SentenceSplitter.neverEnd.contains(last.dropLast().lowercased())
    {
      return false
    }
    // "Bilag 1", "Bilag 3 (samt bilag 4 – 7 ...)": the item's attachments named under it.
    if ItemBuilder.isAttachmentReference(line.text) { return false }
    // A wrapped title: the heading line is long (a converter's line width), or the next line
    // goes on in lower case, and is itself short; it neither ends a sentence inside it nor opens
    // what follows with a colon ("... den 15/01. Han fortalte om, hvad der var oppe at vende:").
    // "... tilknytning til de enkelte" / "klasser:": a few words in lower case ending the title
    // the item's text follows, after a long heading line.
    if line.text.hasSuffix(":"), line.text.first?.isLowercase == true, line.text.split(separator: " ").count <= 3,
      headingText.utf8.count >= 55 || nearWrapWidth(headingText), !line.text.contains(",")
    {
      return true
    }
    // "4. Godkendelse ... optagelse af lån" / "til budget og ... i dataarkivet.": a heading that
    // filled the converter's width ends in lower case on the next line with its full stop.
    if line.text.hasSuffix("."), line.text.first?.isLowercase == true,
      headingText.utf8.count >= 60 || nearWrapWidth(headingText) || wrapsBefore(lines[lines.startIndex], next: line),
      line.text.utf8.count <= 120, SentenceSplitter.sentences(line.text).count == 1, !Self.namesOutcome(line.text)
    {
      return true
    }
    // "3. Indkøb af hækklipper, buskrydder og" / "batteri.", "5. ... forbedring af belysning" /
    // "i kirken.", "8. Øget webtilgængelighed (for at alle, f.eks. med" / "synsnedsættelse, kan
    // tilgå hjemmesiden).": a title that stops on a word needing one after it, a line that opens
    // with such a word in lower case, or a bracket the title left open, ends on the next line.
    if line.text.hasSuffix("."), line.text.first?.isLowercase == true, line.text.utf8.count <= 120,
      SentenceSplitter.sentences(line.text).count == 1, !Self.namesOutcome(line.text)
    {
      let firstWord = line.text.split(separator: " ").first.map { $0.lowercased() } ?? ""
      let lastWord = title.split(separator: " ").last.map { $0.lowercased() } ?? ""
      let openBracket = title.filter { $0 == "(" }.count > title.filter { $0 == ")" }.count && line.text.contains(")")
      if Self.leadsOn.contains(lastWord) || Self.leadsOn.contains(firstWord) || openBracket { return true }
    }
    guard line.text.utf8.count <= 120, !Self.endsSentence(line.text), !line.text.hasSuffix(":") else { return false }
    if SentenceSplitter.sentences(line.text).count > 1 { return false }
    // "o Ungdomsklubberne": a list's letter bullet, not the title's words.
    if line.text.hasPrefix("o "), line.text.dropFirst(2).first?.isUppercase == true { return false }
    if let f = line.text.first, f.isLowercase { return true }
    // "Notatet taget til efterretning", "Godkendt med ændringer": the item's outcome under it.
    if Self.namesOutcome(line.text) { return false }
    // "Fællesmøde mellem Sundhedskoordinationsudvalget og" / "Patientinddragelsesudvalget": a
    // title that stops on a word that needs one after it.
    if let last = title.split(separator: " ").last, Self.leadsOn.contains(last.lowercased()) { return true }
    return title.utf8.count >= 55 || nearWrapWidth(headingText)
  }

  /// Stems of the words a decision's formula is made of, besides those an outcome is named by
  /// (`namesOutcome`).
  static let formulaStems = [
    "tiltræd", "anbefal", "udsat", "udsæt", "afvis", "afslag", "bevilg", "drøftet", "besluttet", "imødekom", "indstillet",
    "forkast", "oversend",
  ]

  /// A closed item's decision that is only a formula: the first line under its last decision
  /// label (or its last line, where it has none), of six words at most, with a formula's word and
  /// no name or number in it (`Godkendt som indstillet.`, `Taget til efterretning.`).
  static func decisionFormula(_ lines: ArraySlice<MarkupLine>) -> String? {
    func isCandidate(_ line: MarkupLine) -> Bool {
      !line.isBlank && HeaderLabel.read(line.text) == nil && !PageFurniture.isFurniture(line)
    }
    // (`Økonomiudvalget, 16-09-2036   Side 5`: a page's running foot under the decision reads as
    // a label with nothing under it; the label is the last one with text under it.)
    let labels = lines.indices.filter { i in
      if case .known(.decision) = SectionHeading.read(lines[i]) { return true }
      return DecisionLabel.read(lines[i].text, reference: nil) != nil
    }
    let label = labels.last { i in
      lines[(i + 1)...].contains(where: isCandidate) || DecisionLabel.read(lines[i].text, reference: nil)?.trailing != nil
    } ?? labels.last
    let candidates = lines[(label.map { $0 + 1 } ?? lines.startIndex)...].filter(isCandidate)
    // "Børne- og Skoleudvalget, 17.06.2025 Birthe Holm var fraværende. Taget til
    // efterretning.": the label's line carries the decision; its last sentence is the formula.
    var text: String
    // "Beslutning: Godkendt.": the label and the formula on one line, the last such.
    let inline = lines.indices.last { i in
      if let (kind, _) = SectionHeading.readInline(lines[i]), kind == .decision { return true }
      return false
    }
    if let inline, label.map({ inline > $0 }) ?? true, let (_, rest) = SectionHeading.readInline(lines[inline]) {
      text = rest.trimmingSpaces
    } else if let label, candidates.isEmpty, let trailing = DecisionLabel.read(lines[label].text, reference: nil)?.trailing,
      let last = SentenceSplitter.sentences(trailing).last
    {
      text = last.trimmingSpaces
    } else if let line = label == nil ? candidates.last : candidates.first {
      text = line.text.trimmingSpaces
    } else {
      return nil
    }
    // "Rådet tog henvendelsen til efterretning. Sekretæren svarer borgeren og": the line's
    // sentences, each tried as the formula.
    let sentences = text.utf8.count <= 400 ? SentenceSplitter.sentences(text) : [text]
    if sentences.count > 1 {
      return sentences.lazy.compactMap { formula(String($0).trimmingSpaces) }.first
    }
    return formula(text)
  }

  /// One sentence as a closed item's formula, or nil when it says more than the outcome.
  static func formula(_ sentence: String) -> String? {
    var text = sentence
    // "Kultur- og Fritidsudvalget tiltrådte indstillingen.": the body deciding, then the formula.
    let shown = text
    var words = text.split(separator: " ")
    if let verb = words.indices.dropFirst().first(where: { i in
      words[i - 1].first?.isUppercase == true && words[i].first?.isLowercase == true
        && DecisionLabel.bodyNouns.contains(where: { words[i - 1].lowercased().contains($0) })
    }), words[..<verb].allSatisfy({ $0.first?.isUppercase == true || $0 == "og" }) {
      words = Array(words[verb...])
      text = words.joined(separator: " ")
    }
    guard (1...6).contains(words.count), !text.contains(where: \.isNumber),
      words.dropFirst().allSatisfy({ $0.first?.isLowercase == true }),
      namesOutcome(text) || formulaStems.contains(where: { text.lowercased().contains($0) })
    else { return nil }
    return shown
  }

  /// `(B)`, `(O)`, `(B+O)`: an item's type marker alone on a line.
  static func isTypeMarker(_ t: String) -> Bool {
    t.utf8.count <= 10 && t.hasPrefix("(") && t.hasSuffix(")") && t.count >= 3
      && t.dropFirst().dropLast().allSatisfy({ $0.isUppercase || $0 == "+" || $0 == "/" || $0 == "," || $0 == " " })
  }

  /// Whether a line ends a sentence with its full stop; an initial's (`... Sabrina L.`) ends a
  /// name.
  static func endsSentence(_ text: String) -> Bool {
    guard text.hasSuffix(".") else { return false }
    let last = text.split(separator: " ").last ?? ""
    return !(last.count == 2 && last.first?.isUppercase == true)
  }

  /// `1. Udpegning af et nyt medlem til bestyrelsen for I/S` / `Infra Service.` / `Åbent -
  /// 00.01.00A04 - 2007/34364`: a short line that ends the heading's sentence, right under a
  /// heading that did not end it and right over the item's status or case number, is the
  /// title's end.
  func endsTitleOverItsFields(_ idx: Int, after title: String) -> Bool {
    let line = lines[idx]
    guard line.text.hasSuffix("."), !line.text.hasSuffix(".."), line.text.utf8.count <= 60, !line.isBullet, !line.isTableRow,
      !line.isDressed, line.text.split(separator: " ").count <= 6, SentenceSplitter.sentences(line.text).count == 1,
      let end = lines[lines.startIndex].text.last, !".:!?".contains(end), idx + 1 < lines.endIndex,
      !FactColumn.isLabelsOnly(line.text)
    else { return false }
    let next = lines[idx + 1]
    return ClosedMarker.status(next.text) != nil || CaseNumberReader.read(next)?.caseNumber != nil
  }

  /// Whether a heading line is near the width the item's lines were wrapped at (minutes wrapped
  /// narrowly, at 50 or 60: four lines or more about as long as the longest).
  /// A few lines longer than the width (a paragraph the reader joined again, a web address)
  /// do not hide it.
  /// Whether a converter that wrapped the document had to break `line` before `next`: the line
  /// with the next one's first word would pass the width the document was wrapped at
  /// (`1. Orienteringspunkter, herunder evt. afledte` / `konsekvenser af synet.` at 56).
  func wrapsBefore(_ line: MarkupLine, next: MarkupLine) -> Bool {
    let n = line.indent + line.text.utf8.count
    guard n >= 30, let width = documentWrapWidth ?? Self.wrapWidth(lines.prefix(80)),
      let word = next.text.split(separator: " ").first
    else { return false }
    return n <= width && n + 1 + word.utf8.count > width
  }

  func nearWrapWidth(_ text: String) -> Bool {
    let n = text.utf8.count
    guard n >= 38, let width = documentWrapWidth ?? Self.wrapWidth(lines.prefix(80)) else { return false }
    return n * 100 >= width * 85
  }

  /// The width lines were wrapped at: the longest length that four lines or more come up to
  /// (within 15 %), of 45 to 90 bytes; nil where lines run longer (not wrapped).
  static func wrapWidth<C: Collection>(_ lines: C) -> Int? where C.Element == MarkupLine {
    let all = lines.map(\.text.utf8.count).filter { $0 > 0 }
    let lengths = all.filter { $0 <= 90 }.sorted(by: >)
    guard (all.count - lengths.count) * 4 <= all.count else { return nil }
    return lengths.first(where: { w in w >= 45 && lengths.filter { $0 <= w && $0 * 100 >= w * 85 }.count >= 4 })
  }

  /// Words a title cannot end on: conjunctions and prepositions.
  static let leadsOn: Set<String> = [
    "og", "eller", "samt", "i", "til", "for", "af", "med", "om", "på", "fra", "mellem", "ved", "under", "efter",
    "inden", "hos", "mod", "vedr.", "vedrørende", "the", "of", "den", "d.", "pr.", "kl.", "nr.",
  ]

  /// `Notatet taget til efterretning`, `og godkendt.`: a line that tells an item's outcome.
  static func namesOutcome(_ text: String) -> Bool {
    let lower = text.lowercased()
    return ["til efterretning", "godkendt", "godkendes", "vedtaget", "tiltrådt", "til orientering"].contains(where: { lower.contains($0) })
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
      let lower = String(line.text.prefix(16)).lowercased()
      lastLineWasVote = ["for stemmer", "imod stemmer", "for stemte", "imod stemte", "undlod", "for:", "imod:"]
        .contains { lower.hasPrefix($0) }
    }
    let text = line.text
    if text == "." { return }  // a stray full stop left by an exporter

    // History blocks (Sagsforløb): "Udvalg:", "Dato:", "Punktnummer:".
    if current.kind == .history, feedHistory(line) { return }

    // A decision label: this meeting's decision, or a quoted earlier one.
    if let q = DecisionLabel.read(text, reference: meetingDate) {
      if isThisMeeting(q) {
        startSection(.decision, heading: text, level: line.headingLevel, line: line.number)
      } else if let open = quote, open.date != nil, open.date == q.date, open.itemNumber == q.itemNumber,
        open.body.isEmpty || CommitteeName.same(open.body, q.body)
      {
        // The same earlier meeting's label again (its proposal, then its decision): one quote.
        if open.body.isEmpty { quote?.body = q.body }
      } else {
        finishQuote()
        startQuote(q, line: line)
      }
      if let t = q.trailing {
        // "Børne- og Skoleudvalget, 17.06.2025 Birthe Holm var fraværende. Godkendt.": away from
        // this meeting, told after its decision's label.
        if quote == nil, let names = ItemBuilder.absentFromMeeting(t) { absentees += names }
        appendParagraph(t, style: .text, depth: 0, line: line.number)
      }
      return
    }

    // The meeting's own fields under its decision label ("Dato: 10. december 2015", "Sted: ...").
    if current.kind == .decision, current.paragraphs.isEmpty, let (field, value) = HeaderLabel.read(text),
      field == .date || field == .place || field == .time, !value.isEmpty
    {
      meetingFields.append((field, value))
      return
    }
    // "Beslutning i Økonomiudvalget den 18. februar 2025" / "Udsat." / "Fraværende: X": away
    // from that earlier meeting, not from this one.
    if quote != nil, let (field, _) = HeaderLabel.read(text), field == .absentees, text.utf8.count <= 300 {
      previousBlank = true
      return
    }
    // People absent, under the decision: "Fraværende: X", "Afbud: Y", "Fraværende- Z ()"; with
    // a qualifier ("Fraværende i Kommunalbestyrelsen, 25. januar 2022:") the names follow.
    if absenteesFollow {
      absenteesFollow = false
      let names = AttendeeList.entries([text]).map(\.name)
      // "Fraværende:" (empty) / "Godkendt.": the decision, not a name.
      if !names.isEmpty, HeaderReader.isNameList(text), !LineRepair.outcomeWords.contains(text.lowercased().trimmingSpaces) {
        absentees += names
        previousBlank = true
        return
      }
    }
    if let (field, value) = HeaderLabel.read(text), field == .absentees, text.utf8.count <= 300 {
      // Absent at a vote ("For stemmer ... Imod stemmer ... Fraværende: X"): still at the meeting.
      if lastLineWasVote {
        appendLine(line)
        return
      }
      if value.isEmpty || value.hasSuffix(":") {
        absenteesFollow = true
      } else {
        // "Ikke til stede: A, B, Kurt Mortensen Dagsordenen godkendt.": the decision glued to the
        // list on a flattened page.
        let (names, sentence) = ItemBuilder.splitTrailingSentence(value)
        if let sentence {
          absentees += AttendeeList.entries([names]).map(\.name)
          previousBlank = true
          appendLine(line.with(text: sentence))
          return
        }
        // "Afbud fra Anne Holm (A). Jens Berg deltager i stedet.": who came instead attends.
        let (absent, present) = AttendeeList.absencesAndStandIns(names)
        let came = Set(present.map { CommitteeName.fold($0) })
        absentees += AttendeeList.entries([names]).map(\.name).filter { !came.contains(CommitteeName.fold($0)) && absent.contains($0) }
        standIns += present
      }
      previousBlank = true
      return
    }

    // "Danni Holm (O) deltog ikke i mødet.": absent from the meeting, told under an item.
    if let names = ItemBuilder.absentFromMeeting(text) { absentees += names }

    // A section listed as a sub-bullet (`• Resume`, `• Beslutning`).
    if let kind = SectionHeading.readBullet(line) {
      startSection(kind, heading: text, level: line.headingLevel, line: line.number)
      return
    }

    // This meeting's decision label inside a paragraph: "... dagsorden. Byrådet, 16.12.2014 Godkendt.".
    if let (before, after) = inlineDecision(text) {
      if !before.isEmpty { appendLine(line.with(text: before)) }
      startSection(.decision, heading: "", level: 0, line: line.number)
      if !after.isEmpty { appendParagraph(after, style: .text, depth: 0, line: line.number) }
      return
    }

    // "Kommunaldirektøren indstiller," opens the recommendation, in any dressing.
    // Inside a decision, "X indstiller, at ..." is what the decision says, not a new section;
    // a line of its own ("Kommunaldirektøren indstiller,") still opens the recommendation.
    // "Forretningsudvalget indstiller," under the decision: the deciding body recommends on;
    // that is its decision.
    if let (who, point) = ItemBuilder.recommenderLine(text),
      !(current.kind == .decision && quote == nil && point != nil && who != nil),
      !(current.kind == .decision && quote == nil && who.map { CommitteeName.same($0, committee) || CommitteeName.namesBody($0) } == true),
      // "Beslutning Økonomiudvalget den 19-06-2018" / "Det indstilles, at ...": right under this
      // meeting's decision label, the committee's own recommendation to the next body.
      !(current.kind == .decision && quote == nil && who == nil && current.paragraphs.isEmpty),
      !(quoteIsProposal && quote != nil)
    {
      finishQuote()
      if current.kind != .recommendation {
        startSection(.recommendation, heading: "", level: 0, line: line.number)
      }
      recommender = who
      if let point { appendParagraph(point, style: .bullet, depth: 0, line: line.number) }
      return
    }

    // "Forslag til beslutning: 12. oktober 2015, pkt. 90:": an earlier meeting's proposal,
    // quoted; the body that decided it usually follows in a label of its own.
    if text.hasSuffix(":"), let (_, rest) = SectionHeading.readInline(line) ?? SectionHeading.splitLeadingKey(text),
      let q = DecisionLabel.dated(rest, reference: meetingDate ?? Day(year: 2000, month: 1, day: 1) ?? Day(ordinal: 0),
        requireDate: true, dateFirst: true),
      q.date != meetingDate
    {
      finishQuote()
      startQuote(q, line: line)
      quoteIsProposal = true
      return
    }
    // A section label with its text after a colon: `Referat: Godkendt`. Under a quoted earlier
    // decision that has had its text (`Økonomiudvalget 15.10.2030,
    // pkt. 121:` / `Sagen udsættes.` / `Mæglervurderingen ...` / `Beslutning: Sagen udsættes til
    // ...`), a decision's label after a blank line opens this meeting's decision, where the item
    // has none yet (`Indstilling: ...` / `Beslutning: Anbefales.` right under the quote's label
    // are the quote's own).
    if let (kind, rest) = SectionHeading.readInline(line), current.kind != .attachments,
      quote == nil
        || (kind == .decision && quote?.paragraphs.isEmpty == false && previousBlank && !sections.contains { $0.kind == .decision })
    {
      // "Godkendt." / "**Opfølgning:** Camilla Dam sender ...": the follow-up the decision lays
      // down, under it, is the decision's.
      if current.kind == .decision, quote == nil,
        ["opfølgning", "videre forløb", "det videre forløb", "sagens videre forløb"].contains(SectionHeading.key(String(text.prefix(while: { $0 != ":" }))))
      {
        appendParagraph(rest, style: .text, depth: 0, line: line.number)
        return
      }
      startSection(kind, heading: String(text.prefix(while: { $0 != ":" })), level: line.headingLevel, line: line.number)
      appendParagraph(rest, style: .text, depth: 0, line: line.number)
      return
    }

    // A section label in a table row: `| Beslutning | Godkendt. |`.
    if line.isTableRow, line.cells.count >= 2, line.cells[0].utf8.count <= 48,
      let kind = SectionHeading.kind(ofKey: SectionHeading.key(line.cells[0]))
    {
      startSection(kind, heading: line.cells[0], level: 0, line: line.number)
      let rest = line.cells.dropFirst().filter { !$0.isEmpty }.joined(separator: " ")
      if !rest.isEmpty { appendParagraph(rest, style: .text, depth: 0, line: line.number) }
      return
    }

    // Headings.
    if let reading = SectionHeading.read(line) {
      if handleHeading(reading, line: line) { return }
    }
    // "Bilag 1" under the heading: a reference to the attachments, a paragraph of its own (the
    // text under it is not joined to it).
    if ItemBuilder.isAttachmentReference(text), quote == nil, current.kind != .attachments {
      appendParagraph(text, style: .subheading, depth: 0, line: line.number)
      return
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

  func isThisMeeting(_ q: DecisionLabel) -> Bool {
    // "Folkeoplysningsudvalget (18-21)": the election period is no part of the name.
    let cleaned = CommitteeName.clean(q.body)
    let body = CommitteeName.fold(cleaned)
    let own = CommitteeName.fold(committee)
    let sameBody = body.isEmpty || body.hasPrefix("udvalg") || CommitteeName.same(cleaned, committee)
    guard let date = q.date else {
      // The transcript lost the date: the meeting's own body decides here.
      return sameBody && !body.isEmpty
    }
    guard let meetingDate else { return sameBody && !own.isEmpty }
    return date == meetingDate && sameBody
  }

  /// `<committee>, <meeting date>` inside a line: the text before it and the decision after.
  func inlineDecision(_ text: String) -> (String, String)? {
    guard !committee.isEmpty, let meetingDate, text.utf8.count <= 4000, text.utf8.contains(0x2C),
      let r = text.range(of: committee + ", ")
    else { return nil }
    let after = String(text[r.upperBound...])
    let exprs = TemporalReader(reference: meetingDate).expressions(in: after)
    guard let d = exprs.first, d.utf8Range.lowerBound == 0, d.start == meetingDate else { return nil }
    let rest = String(decoding: Array(after.utf8)[d.utf8Range.upperBound...], as: UTF8.self)
    return (String(text[..<r.lowerBound]).trimmingSpaces, rest.trimming(" ,:"))
  }

  /// `Kommunaldirektøren indstiller,` → ("Kommunaldirektøren", nil);
  /// `Det indstilles, at X` → (nil, "X").
  static func recommenderLine(_ text: String) -> (String?, String?)? {
    guard text.utf8.count <= 600, DanishBytes.containsASCII(text, "indstill") else { return nil }
    let lower = text.lowercased()
    if lower.hasPrefix("det indstilles") {
      var rest = String(text.dropFirst("det indstilles".count)).trimming(" ,:")
      if rest.lowercased().hasPrefix("at ") || rest.lowercased() == "at" { rest = String(rest.dropFirst(2)).trimmingSpaces }
      return (nil, rest.isEmpty ? nil : rest)
    }
    // "Forvaltningen indstiller, at vision og strategi drøftes."
    if let r = lower.range(of: " indstiller, at ") ?? lower.range(of: " indstiller at ") {
      let who = String(text[..<r.lowerBound]).trimmingSpaces
      let words = who.split(separator: " ").count
      if words >= 1, words <= 8, who.first?.isUppercase == true {
        let point = String(text[r.upperBound...]).trimmingSpaces
        return (who, point.isEmpty ? nil : point)
      }
    }
    guard text.utf8.count <= 160 else { return nil }
    for ending in ["indstiller, at:", "indstiller, at", "indstiller at:", "indstiller,", "indstiller:", "indstiller", "indstiller."]
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

  mutating func startQuote(_ h: DecisionLabel, line: MarkupLine) {
    guard var date = h.date else {
      quote = QuotedDecision(body: h.body, date: nil, itemNumber: h.itemNumber, paragraphs: [], line: line.number)
      previousBlank = true
      return
    }
    var written: Day?
    if let meetingDate, date > meetingDate {
      // A decision quoted in a meeting cannot be later than it: read the likely year.
      let c = date.components
      var y = meetingDate.year
      var corrected: Day?
      while y > meetingDate.year - 3 {
        if let d = Day(year: y, month: c.month, day: min(c.day, Day.daysIn(month: c.month, year: y))),
          d <= meetingDate
        {
          corrected = d
          break
        }
        y -= 1
      }
      if let corrected {
        written = date
        findings.append(
          Finding(
            .warning, code: "prior-decision-date-after-meeting",
            message:
              "punkt \(heading.number): en citeret beslutning dateret \(date) ligger efter dette møde (\(meetingDate)); læst som \(corrected)",
            location: SourceLocation(file: source, line: line.number)))
        date = corrected
      }
    }
    quote = QuotedDecision(
      body: h.body, date: date, writtenDate: written, itemNumber: h.itemNumber, paragraphs: [],
      line: line.number)
    previousBlank = true
  }

  mutating func finishQuote() {
    quoteIsProposal = false
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

  /// `Frist: 15.04.25`, `Ansvarlig: KL`, `Ansv. for hjemmesiden: LB`, `Hvem: Lone`, `Hvornår:
  /// uge 14`: a line opening with a task's field label and its colon.
  static func opensWithTaskField(_ text: String) -> Bool {
    // Every line of an item's text passes here: the bytes are looked at first.
    guard text.utf8.count <= 200, let colon = text.utf8.firstIndex(of: 0x3A), text.utf8.distance(from: text.utf8.startIndex, to: colon) <= 40
    else { return false }
    let label = text[..<colon].lowercased().split(separator: " ")
    guard let head = label.first.map(String.init), label.count <= 4 else { return false }
    // The words a table of tasks heads its columns with, and their short forms.
    return TableMinutes.ownerWords.contains(head) || TableMinutes.dueWords.contains(head) || TableMinutes.taskWords.contains(head)
      || ["ansv.", "ansv", "tovholdere"].contains(head)
  }

  mutating func appendLine(_ line: MarkupLine) {
    if line.isBullet {
      appendParagraph(line.text, style: .bullet, depth: line.indent >= 2 ? 1 : 0, line: line.number)
      return
    }
    // Attachment lists keep one line per attachment.
    var joinable = (current.kind != .attachments || quote != nil) && !ItemBuilder.startsListItem(line.text)
    // "Udvalget ønsker:" / "Oversigt over klimatiltag" / "Støjkortlægning": short lines under a
    // lead-in are a list without bullets, one entry a line.
    // "Tobias, opdaterer facebook." / "Steen, opdaterer hjemmesiden" / "Anne laver forslag ...":
    // a board's errands, one a line, each opened by a first name.
    let doer = opensWithDoer(line.text)
    defer { lastLineOpenedWithDoer = doer }
    // "Årsregnskabet afleveres i Dataarkiv" / "Frist: 15.04.25" / "Ansvarlig: KL" / "Budgettet
    // ...": a task's field on a line of its own is a paragraph of its own, and so is the line
    // after it.
    let field = ItemBuilder.opensWithTaskField(line.text)
    defer { lastLineWasTaskField = field }
    if field || lastLineWasTaskField { joinable = false }
    // "Sagsbehandler: Ole Berg" / "Åbent punkt": the item's status under its facts is no more
    // of the fact's line.
    if joinable, line.text.utf8.count <= 24, ClosedMarker.status(line.text) != nil { joinable = false }
    if joinable, quote == nil, doer, lastLineOpenedWithDoer {
      joinable = false
    }
    if joinable, quote == nil, isShortEntry(line.text) {
      // Back over the short entries before it (a few only) to what opened them.
      var k = current.paragraphs.count - 1
      while k >= 0, current.paragraphs.count - k <= 30, isShortEntry(current.paragraphs[k].text) { k -= 1 }
      if k >= 0, current.paragraphs[k].text.hasSuffix(":") { joinable = false }
    }
    // Only the style is looked at: holding the paragraph would make the join below copy it.
    if joinable, !previousBlank, let style = lastParagraphStyle(), style != .subheading {
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

  /// A line opened by a first name (and its partner's) before a comma or a verb in the present.
  func opensWithDoer(_ text: String) -> Bool {
    // Read on every line of an item's text: most lines fail on their first letter.
    guard let f = text.first, f.isUppercase else { return false }
    // The first word alone first: most lines open with no first name.
    guard NameGrammar.isFirstName(String(text.prefix(80).prefix { $0 != " " }).trimming(",")) else { return false }
    let words = text.prefix(80).split(separator: " ").map { String($0) }
    guard let first = words.first else { return false }
    var k = 0
    if first.hasSuffix(",") { return words.count >= 2 }
    while k + 2 < words.count, words[k + 1] == "og", NameGrammar.isFirstName(words[k + 2].trimming(",")) { k += 2 }
    if words[k].hasSuffix(",") { return true }
    guard k + 1 < words.count else { return false }
    return ItemBuilder.isPresentVerb(words[k + 1].lowercased())
  }

  /// `følger`, `bager`, `undersøger`: a word in the present tense, as a doer's line opens with.
  static func isPresentVerb<S: StringProtocol>(_ lower: S) -> Bool {
    lower.count >= 4 && lower.hasSuffix("er") && lower.allSatisfy(\.isLetter)
  }

  /// A short entry of a list: a few words, no sentence.
  func isShortEntry(_ text: String) -> Bool {
    text.utf8.count <= 80 && text.split(separator: " ").count <= 8 && !text.hasSuffix(".") && !text.hasSuffix(":")
  }

  /// A line that opens a numbered point: `At 1) ...`, `1) ...`, `2. ...`, `a) ...`.
  static func startsListItem(_ text: String) -> Bool {
    var rest = text[...]
    if rest.hasPrefix("At ") || rest.hasPrefix("at ") { rest = rest.dropFirst(3) }
    let digits = rest.prefix(while: \.isNumber)
    if !digits.isEmpty, digits.count <= 2 {
      let after = rest.dropFirst(digits.count)
      // "... på mødet den" / "3. marts.": a date wrapped after its day, no list item.
      if after.hasPrefix(". "), let word = after.dropFirst(2).split(separator: " ").first,
        word.first?.isLowercase == true, LineRepair.looksLikeDatePart(String(word))
      {
        return false
      }
      return after.hasPrefix(") ") || after.hasPrefix(". ") && text.first?.isNumber == true
    }
    if let f = rest.first, f.isLetter, rest.dropFirst().hasPrefix(") ") { return true }
    return false
  }

  /// `Tillæg 1 til Lokalplan 145 Udvidelse af delområde F og G` / `- endelig vedtagelse`: the
  /// title's last part after its dash, which a converter wrapped to the next line where it reads
  /// as a bullet: a few words in lower case, no sentence, the heading's only such line, right
  /// under it.
  func isWrappedDashPart(_ line: MarkupLine) -> Bool {
    guard let k = lines.firstIndex(where: { $0.number == line.number && $0.text == line.text }),
      k == lines.startIndex + 1, !lines[lines.startIndex].isDressed, !lines[lines.startIndex].text.hasSuffix(":")
    else { return false }
    let words = line.text.split(separator: " ")
    guard (1...6).contains(words.count), line.text.unicodeScalars.first?.properties.isLowercase == true,
      !line.text.hasSuffix("."), !line.text.hasSuffix(":")
    else { return false }
    return k + 1 >= lines.endIndex || !lines[k + 1].isBullet
  }

  /// What a heading's line ends with that its cleaned title lost and a wrapped title keeps: a
  /// dash standing alone (`gravsteder –`) or an abbreviation's full stop (`pr.`, `ca.`, `jf.`:
  /// a short word in lower case, before a line that goes on in lower case or with a number),
  /// nil otherwise.
  static func lostTitleEnd(_ line: String, title: String, next: String) -> String? {
    let line = line.trimmingSpaces
    for dash in [" –", " -", " —"] where line.hasSuffix(dash) && !title.hasSuffix(String(dash.last!)) {
      return dash
    }
    guard line.hasSuffix("."), !line.hasSuffix(".."), !title.hasSuffix("."),
      let f = next.first, f.isLowercase || f.isNumber,
      let word = line.dropLast().split(separator: " ").last, title.hasSuffix(word)
    else { return nil }
    let letters = word.split(separator: ".").joined()
    return !letters.isEmpty && letters.count <= 4 && letters.allSatisfy({ $0.isLowercase }) ? "." : nil
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
    // "... om dykpumpe i brønden" / "Iver Nielsen følger op med forsøg.": a line that opens
    // with a person doing something starts a sentence the previous line did not close.
    if opensSentenceWithDoer(b), let last = a.split(separator: " ").last, let l = last.last, l.isLetter, l.isLowercase,
      !["til", "med", "af", "fra", "for", "hos", "og", "eller", "om", "ved", "på", "i", "at", "samt", "end", "som"].contains(String(last))
    {
      a += ". "
      a += b
      return
    }
    a += " "
    a += b
  }

  /// `Iver Nielsen følger op ...`, `Marianne bager`: a known first name, up to two surnames, then
  /// a verb in the present.
  static func opensSentenceWithDoer(_ text: String) -> Bool {
    guard let f = text.first, f.isUppercase, text.utf8.count >= 8 else { return false }
    let words = text.prefix(80).split(separator: " ", maxSplits: 4)
    guard words.count >= 3, NameGrammar.isFirstName(String(words[0])) else { return false }
    var k = 1
    while k < words.count - 1, k <= 2, words[k].first?.isUppercase == true, words[k].dropFirst().allSatisfy({ $0.isLowercase || $0 == "-" }) {
      k += 1
    }
    return words[k].allSatisfy(\.isLowercase) && isPresentVerb(words[k])
  }

  mutating func appendParagraph(_ text: String, style: Paragraph.Style, depth: Int, line: Int) {
    let p = Paragraph(text: text, style: style, depth: depth, line: line)
    if quote != nil {
      quote!.paragraphs.append(p)
    } else {
      current.paragraphs.append(p)
    }
  }

  func lastParagraphStyle() -> Paragraph.Style? {
    if let quote { return quote.paragraphs.last?.style }
    return current.paragraphs.last?.style
  }

  /// The recommendation from the recommendation sections: `At` points and bullets.
  func recommendation() -> Recommendation? {
    let recs = sections.filter { $0.kind == .recommendation }
    guard !recs.isEmpty || recommender != nil else { return nil }
    var points: [String] = []
    for p in recs.flatMap(\.paragraphs) where p.style != .subheading {
      var t = p.text
      let isPoint = p.style == .bullet || t.lowercased().hasPrefix("at ") || ItemBuilder.startsListItem(t)
      // "1. at ...", "2) at ...": the number goes.
      let digits = t.prefix(while: \.isNumber)
      if !digits.isEmpty, digits.count <= 2 {
        let after = t.dropFirst(digits.count)
        if after.hasPrefix(". ") || after.hasPrefix(") ") { t = String(after.dropFirst(2)).trimmingSpaces }
      }
      let lower = t.lowercased()
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
