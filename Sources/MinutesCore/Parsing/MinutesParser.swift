/// How a document is read.
public struct ParseOptions: Hashable, Sendable {
  /// Read the text of closed (`Lukket`) items. Off by default: a closed item is then only its
  /// number, title and case number, and its text is never in the model.
  public var includeClosed: Bool
  /// The file's path, when the committee or date must be taken from the file or folder name.
  public var path: String?

  /// Creates options.
  public init(includeClosed: Bool = false, path: String? = nil) {
    self.includeClosed = includeClosed
    self.path = path
  }
}

/// Reads minutes (or an agenda) into a `Meeting`.
///
/// The reader mends the lines (glued labels, flattened pages, page furniture), finds the item
/// headings in the document's one form (`ItemStartFinder`), reads the header before the first
/// item (`HeaderReader`) and each item's lines (`ItemBuilder`). What the header lacks comes from
/// the document's own decision labels, then from the file name. Everything it cannot place is
/// kept: text before a heading goes to a `.body` section, unknown headings open `.other` sections
/// or stay as sub-headings, and what it had to guess is reported as a `Finding`.
public enum MinutesParser {
  /// Reads a document.
  /// - Parameters:
  ///   - document: The decoded, normalised text.
  ///   - source: The file name, used in the meeting and in findings.
  ///   - options: Whether closed items are read; the path for file-name fallbacks.
  /// - Returns: The meeting.
  /// - Throws: `MinutesError.notMinutes` when nothing in the text is a meeting or an item.
  public static func parse(_ document: DocumentText, source: String, options: ParseOptions = .init())
    throws -> Meeting
  {
    var run = ParserRun(text: document.text, source: source, options: options)
    return try run.read()
  }

  /// Reads only the header (committee, date, kind): enough to file a document.
  /// - Returns: The meeting without items, and whether the document has item headings at all.
  public static func header(_ document: DocumentText, source: String, options: ParseOptions = .init())
    -> (Meeting, hasItems: Bool)
  {
    var run = ParserRun(text: document.text, source: source, options: options)
    let starts = run.itemStarts()
    var m = run.readHeader(upTo: starts.first?.index ?? run.lines.count, starts: starts)
    m.layout = []
    return (m, !starts.isEmpty)
  }

  /// The lines the reader looks at, after mending what converters did (glued labels, flattened
  /// pages, page furniture dropped), each with the number of the line it came from. For
  /// `followup dump --lines`: where a document is misread, this is what the reader saw.
  public static func repairedLines(_ text: String) -> [(line: Int, text: String)] {
    var notes = LineRepair.Notes()
    return readLines(text, notes: &notes).map { ($0.number, $0.text) }
  }

  /// The text's lines as the reader sees them: laid-out tables of who came and of tasks written
  /// back as lists, each line read for its dressing, then mended.
  static func readLines(_ text: String, notes: inout LineRepair.Notes) -> [MarkupLine] {
    let grids = AttendanceGrid.rewritten(text) ?? text
    let tasks = TaskGrid.rewritten(grids) ?? grids
    return LineRepair.repair(AttendanceGrid.rewrittenRows(MarkupLineReader.lines(of: tasks)), notes: &notes)
  }

  /// Words of minutes, not of an agenda: what was decided or done, in the past tense.
  static let minutesWords: [String] = [
    "godkendt", "godkendte", "besluttet", "besluttede", "vedtaget", "vedtog", "blev", "havde", "tog til efterretning",
    "taget til efterretning", "drøftede", "drøftet", "var enige", "blev enige", "valgt", "valgte", "udsat", "orienterede",
    "fortalte", "intet at rapportere", "ingen bemærkninger", "har været", "har haft", "har skrevet", "har sendt",
    "har talt", "har modtaget", "har holdt",
  ]

  /// Whether an item's text tells what happened at the meeting.
  static func readsAsMinutes(_ text: String) -> Bool {
    guard !text.isEmpty, text.utf8.count <= 20_000 else { return false }
    let lower = " " + text.lowercased().map { $0.isLetter ? $0 : " " } + " "
    let padded = String(lower)
    return minutesWords.contains { padded.contains(" " + $0 + " ") }
  }

  /// Decodes and reads a document's bytes.
  /// - Throws: `MinutesError` for empty, binary or unreadable input.
  public static func parse(bytes: [UInt8], source: String, options: ParseOptions = .init()) throws -> Meeting {
    try parse(DocumentText(decoding: bytes, file: source), source: source, options: options)
  }
}

struct ParserRun {
  let text: String
  let lines: [MarkupLine]
  let source: String
  let options: ParseOptions
  var repairNotes = LineRepair.Notes()
  var findings: [Finding] = []
  var style: ItemHeading.Style?
  var layout: [LayoutNote] = []
  /// The text itself names a date or a committee (not only the file name).
  var headerFromText = false

  init(text: String, source: String, options: ParseOptions) {
    var notes = LineRepair.Notes()
    self.text = text
    self.lines = MinutesParser.readLines(text, notes: &notes)
    self.repairNotes = notes
    self.source = source
    self.options = options
  }

  func location(_ lineNumber: Int) -> SourceLocation {
    SourceLocation(file: source, line: lineNumber)
  }

  /// Words by which the header tells that a member came late or left early (`Morten Kamp deltog
  /// fra punkt 4`, `forlod mødet kl. 17`): at the meeting, away from some items.
  static let partAttendanceWords = ["deltog fra", "deltog indtil", "deltog til og med", "ankom", "forlod mødet", "mødte fra", "mødte kl", "mødt kl", "mødt fra", "deltog først fra"]

  mutating func itemStarts() -> [ItemStartFinder.Start] {
    let (starts, style) = ItemStartFinder(lines: lines).find()
    self.style = style
    return starts
  }

  mutating func read() throws -> Meeting {
    var starts = itemStarts()
    var headerEnd = starts.first?.index ?? lines.count
    // "Dagsorden" / "A. Godkendelse af dagsorden" / ... above the items' own headings: the
    // header ends where the agenda repeats the first item's heading (unless the header's fields
    // come after the agenda).
    if let first = starts.first, first.index < lines.count, case let heading = lines[first.index].text, heading.utf8.count >= 6,
      let copy = lines[..<first.index].firstIndex(where: { $0.text == heading }),
      !lines[copy..<first.index].contains(where: { $0.text.utf8.count <= 300 && HeaderLabel.read($0.text) != nil })
    {
      headerEnd = copy
    }
    var meeting = readHeader(upTo: headerEnd, starts: starts)
    // Nothing in the text is a meeting: no item, and neither date nor committee written in it.
    if starts.isEmpty && !headerFromText {
      throw MinutesError.notMinutes(file: source)
    }
    if let style, let first = starts.first {
      layout.append(LayoutNote(part: "punkter", form: ParserRun.describe(style), line: lines[first.index].number))
      // The agenda and, after it, what was done under each item: minutes.
      if style == .agendaThenMinutes { meeting.kind = .minutes }
      if style == .unnumbered, starts.allSatisfy({ $0.match.style == .numbered }) {
        // Items read from the table of contents alone (`ItemStartFinder.contentsOnly`).
        findings.append(
          Finding(
            .warning, code: "contents-only",
            message: "punkterne er kun læst fra indholdsfortegnelsen; deres sider mangler i teksten",
            location: location(lines[first.index].number)))
      } else if style == .unnumbered {
        findings.append(
          Finding(
            .warning, code: "unnumbered-items",
            message: "punkterne har ingen numre; de er nummereret 1-\(starts.count) i rækkefølge",
            location: location(lines[first.index].number)))
      }
    }
    // Case numbers written above the headings (`85.02.02-G01-5-17` / `131. Godkendelse af
    // dagsorden`): the line belongs to the item below it.
    var ends = starts.indices.map { k in k + 1 < starts.count ? starts[k + 1].index : lines.count }
    if let above = caseLinesAbove(starts) {
      for (k, c) in above {
        if starts[k].match.caseNumber == nil { starts[k].match.caseNumber = c.1 }
        let statusLine = lines[(c.0 + 1)..<starts[k].index].first { !$0.isBlank }
        if let line = CaseNumberReader.read(lines[c.0]),
          line.status == .closed || line.remainder.map({ ClosedMarker.status($0) == .closed }) == true
            || statusLine.map({ ClosedMarker.status($0.text) == .closed }) == true
        {
          starts[k].match.isClosed = true
        }
        if k > 0 { ends[k - 1] = min(ends[k - 1], c.0) }
      }
      layout.append(LayoutNote(part: "sagsnumre", form: "over punktoverskriften", line: lines[starts[0].index].number))
    } else if starts.count > 1, starts.allSatisfy({ $0.match.caseNumber == nil }), let closing = caseLinesClosing(starts) {
      for (k, c) in closing {
        starts[k].match.caseNumber = c.1
        ends[k] = min(ends[k], c.0)
      }
      layout.append(LayoutNote(part: "sagsnumre", form: "under punktets beslutning", line: lines[closing[0].1.0].number))
    }
    var standIns: [String] = []
    // The width the document was wrapped at, over its first lines with text: an item of two
    // lines cannot tell it.
    let wrapWidth = ItemBuilder.wrapWidth(lines.lazy.filter { !$0.isBlank }.prefix(200))
    // Guests the header names with their items (`Esther Jakobsen deltog under behandlingen af
    // punkt 1`), and those an item's text names for other items.
    var scopedGuests: [(Participant, GuestReader.Scope)] = []
    for line in lines[..<min(lines.count, starts.first?.index ?? 0)] where !line.isBlank && !line.isTableRow {
      let p = Paragraph(text: line.text, line: line.number)
      scopedGuests += GuestReader.participants(in: p).compactMap { g, scope in scope.map { (g, $0) } }
    }
    for (k, var start) in starts.enumerated() {
      let end = max(ends[k], start.index + 1)
      // "... Sagen omhandler salg af ejendom, og behandles derfor som lukket punkt." as the last
      // line before this item: it may be this item's note; fail closed.
      // The note may be wrapped over lines (`Punktet er lukket af hensyn til kommunens` /
      // `tilbudsindhentning.`): the paragraph that ends there is read. Before the first item, the
      // text of an item whose heading is its decision's label (minutes without headings).
      let from = k > 0 ? starts[k - 1].index : 0
      // "Sagen blev behandlet for lukkede døre. Godkendt.": told in the past, of the item it
      // ends, not of the next.
      if k > 0 || style == .unnumbered, !start.match.isClosed, let last = lines[from..<start.index].last(where: { !$0.isBlank }),
        ClosedMarker.statesClosed(last.text) || ClosedMarker.statesClosed(paragraphEnding(at: last, from: from)),
        k == 0 || !ClosedMarker.toldInThePast(paragraphEnding(at: last, from: from))
      {
        start.match.isClosed = true
        findings.append(
          Finding(
            .warning, code: "closed-note-between-items",
            message: "linjen før punktet siger, at et punkt er lukket; punktet er behandlet som lukket",
            location: location(last.number)))
      }
      var builder = ItemBuilder(
        lines: lines[start.index..<end], start: start, source: source, meetingDate: meeting.date,
        committee: meeting.committee, includeClosed: options.includeClosed, wrapWidth: wrapWidth)
      let item = builder.build()
      if start.match.style == .closedMarker {
        findings.append(
          Finding(
            .warning, code: "closed-marker-outside-heading-form",
            message:
              "linjen bærer en lukket-markering i en anden form end dokumentets punktoverskrifter; teksten herfra til næste punkt er behandlet som lukket (punkt \(item.number))",
            location: location(item.line)))
      }
      var read = item
      standIns += builder.standIns
      scopedGuests += builder.scopedGuests
      // A member telling the committee something is no guest.
      let members = Set((meeting.attendees + meeting.absentees).map { CommitteeName.fold($0) })
      read.participants.removeAll { builder.presenters.contains($0.name) && members.contains(CommitteeName.fold($0.name)) }
      meeting.items.append(read)
      findings.append(contentsOf: builder.findings)
      for (field, value) in builder.meetingFields {
        if field == .place, meeting.location == nil {
          meeting.location = HeaderReader.cleanPlace(value)
          layout.append(LayoutNote(part: "sted", form: "under beslutningsoverskriften", line: read.line))
        }
        if field == .date, meeting.date == nil {
          meeting.date = TemporalReader(reference: Day(year: 2000, month: 1, day: 1) ?? Day(ordinal: 0))
            .expressions(in: value).first(where: { $0.kind == .day || $0.kind == .datetime })?.start
        }
      }
    }
    // "BU - Valg af næstformand", "ØU - Mødeplan": routes through bodies, not titles.
    let committee = meeting.committee
    let titles = ItemTitle.withoutRoutes(meeting.items.map(\.title)) { [text] in
      [committee] + CommitteeName.bodies(in: text)
    }
    for (k, t) in titles.enumerated() where meeting.items[k].title != t {
      meeting.items[k].title = t
    }
    placeGuests(scopedGuests, in: &meeting)
    // "Dagsorden:" over the list, and under each item what was said and done ("Godkendt med
    // disse tilføjelser", "Seniorrådet har besluttet ..."): notes of the meeting, so minutes.
    if meeting.kind == .agenda, !meeting.items.isEmpty,
      meeting.items.allSatisfy({ $0.sections.allSatisfy { $0.kind == .body } && $0.recommendation == nil })
    {
      let told = meeting.items.filter { item in
        MinutesParser.readsAsMinutes(item.sections.flatMap(\.paragraphs).map(\.text).joined(separator: " "))
      }
      // Items with no text under them are the list, not evidence either way.
      let withText = meeting.items.filter { !$0.sections.flatMap(\.paragraphs).isEmpty }.count
      if told.count * 2 > meeting.items.count || (!told.isEmpty && told.count * 2 >= withText) {
        meeting.kind = .minutes
        findings.append(
          Finding(
            .warning, code: "agenda-with-notes",
            message: "dokumentet kalder sig dagsorden, men punkterne fortæller hvad der blev besluttet; læst som referat",
            location: location(1)))
      }
    }
    // Minutes without decision headings (a school board's notes under each item): each item's
    // text is its minutes, so its decision. Where items mostly have a decision, the others' text
    // is case text; one label in the notes ("... orgelkonsulent." / "Beslutning: Formand
    // kontakter provstiet") does not make the notes case text.
    if meeting.kind == .minutes, !meeting.items.isEmpty,
      meeting.items.filter(\.hasDecision).count * 4 < meeting.items.count
    {
      for i in meeting.items.indices
      where meeting.items[i].priorDecisions.isEmpty && meeting.items[i].recommendation == nil
        && !meeting.items[i].sections.isEmpty && meeting.items[i].sections.allSatisfy({ $0.kind == .body })
      {
        for k in meeting.items[i].sections.indices { meeting.items[i].sections[k].kind = .decision }
      }
    }
    // Minutes whose items carry one case-text label over all their text and no item a decision
    // (`Godkendelse af dagsorden` / `Sagsfremstilling` / `Dagsorden godkendt.`): what stands
    // under the label is the minutes.
    if meeting.kind == .minutes, meeting.items.count >= 2, !meeting.items.contains(where: \.hasDecision) {
      for i in meeting.items.indices
      where meeting.items[i].priorDecisions.isEmpty && meeting.items[i].recommendation == nil
        && meeting.items[i].sections.filter({ $0.kind != .attachments }).count == 1
        && meeting.items[i].sections.first(where: { $0.kind != .attachments })?.kind == .caseText
      {
        for k in meeting.items[i].sections.indices where meeting.items[i].sections[k].kind == .caseText {
          meeting.items[i].sections[k].kind = .decision
        }
      }
    }
    // "... endnu ikke modtaget. Drøftelse og beslutning: Enighed om ...": where other items carry
    // their decision under a label, an item without one may have the label after a sentence of its
    // text, inside the paragraph.
    if meeting.kind == .minutes {
      for i in meeting.items.indices where !meeting.items[i].hasDecision {
        meeting.items[i].sections = Self.splitLabelAfterSentence(meeting.items[i].sections)
      }
      // "**Beslutning:** Taget til efterretning." / "**Opfølgning:**" / "- [ ] Økonomi
      // udarbejder ...": the follow-up agreed under the decision is of the decision (before
      // it, `Opfølgning` tells how a case will be followed).
      for i in meeting.items.indices {
        guard let d = meeting.items[i].sections.firstIndex(where: { $0.kind == .decision }) else { continue }
        for k in meeting.items[i].sections.indices where k > d && meeting.items[i].sections[k].kind == .other
          && SectionHeading.key(meeting.items[i].sections[k].heading) == "opfølgning"
        {
          meeting.items[i].sections[k].kind = .decision
        }
      }
    }
    // An agenda has no decisions: one whose items mostly carry decisions is minutes after all.
    if meeting.kind == .agenda, !meeting.items.isEmpty,
      meeting.items.filter(\.hasDecision).count * 2 > meeting.items.count
    {
      meeting.kind = .minutes
      findings.append(
        Finding(
          .warning, code: "agenda-with-decisions",
          message: "titlen siger dagsorden, men punkterne har beslutninger; læst som referat",
          location: location(1)))
    }
    // Attendees listed under the first item ("Deltagerne var:" under the agenda's approval).
    if meeting.attendees.isEmpty, let first = starts.first {
      let end = starts.count > 1 ? starts[1].index : lines.count
      var reader = HeaderReader(lines: Array(lines[first.index..<end]), end: end - first.index)
      let listed = reader.read(source: source, fromPath: CommitteeName.FromPath(committee: nil, date: nil, folded: ""))
      if !listed.attendees.isEmpty {
        meeting.attendees = listed.attendees
        meeting.absentees += listed.absentees
        layout.append(LayoutNote(part: "deltagere", form: "liste under første punkt", line: lines[first.index].number))
      }
    }
    // Substitutes named in the header ("Tina Nordahl Jensen deltog for Kim Helmersen") attend;
    // under an item only in so many words ("Britta Andersen deltog som stedfortræder for Brian
    // Dalsgaard") and for a member the lists name.
    if !meeting.attendees.isEmpty {
      let headerEnd = starts.first?.index ?? lines.count
      let members = Set((meeting.attendees + meeting.absentees).map { CommitteeName.fold($0) })
      for (i, line) in lines.enumerated() where !line.isBlank {
        let inHeader = i < headerEnd
        // "... og Gert Rosing deltog som" / "stedfortræder for Tonni Hansen": the sentence a
        // converter wrapped, read with the line it goes on on.
        var text = line.text
        if i + 1 < lines.count, !lines[i + 1].isBlank, lines[i + 1].text.unicodeScalars.first?.properties.isLowercase == true,
          !text.hasSuffix("."), text.utf8.count <= 1000
        {
          text += " " + lines[i + 1].text
        }
        // "Stedfortræder Bo Lind (V) mødte kl. 16.15 og deltog fra dette punkt.": a stand-in who
        // came, where the lists name a member away (whose seat she took).
        if !meeting.absentees.isEmpty {
          for present in AttendeeList.arrivingStandIns(in: text) {
            let f = CommitteeName.fold(present)
            if !meeting.attendees.contains(where: { CommitteeName.fold($0) == f }) { meeting.attendees.append(present) }
          }
        }
        guard inHeader || text.utf8.count <= 2000
          && (DanishBytes.containsASCII(text, "stedfortr") || DanishBytes.containsASCII(text, "suppleant for"))
        else { continue }
        for (present, absent) in AttendeeList.substitutes(in: text) where inHeader || members.contains(CommitteeName.fold(absent)) {
          let f = CommitteeName.fold(present)
          if !meeting.attendees.contains(where: { CommitteeName.fold($0) == f }) { meeting.attendees.append(present) }
          let a = CommitteeName.fold(absent)
          if !meeting.absentees.contains(where: { CommitteeName.fold($0) == a }) { meeting.absentees.append(absent) }
        }
      }
    }
    // Stand-ins told under an item ("Jens Berg deltager i stedet") attend.
    if !meeting.attendees.isEmpty {
      for name in standIns where !meeting.attendees.contains(where: { CommitteeName.fold($0) == CommitteeName.fold(name) }) {
        meeting.attendees.append(name)
      }
    }
    // "19.00-19.20" opening the first item: the meeting starts then.
    if meeting.startTime == nil, let first = starts.first, style == .unnumbered {
      let t = lines[first.index].text.trimmingSpaces
      if LineRepair.timeRangeEnd(t) == t.endIndex, let (start, _) = HeaderReader.clockSpan(t) { meeting.startTime = start }
    }
    // "Telefonisk: Knud Mathiassen (IA)" under the member list that named him: one person, once.
    var seen = Set<String>()
    // The members less those away: "Medlemmer: ... Poul Weber ..." / "Afbud: Poul Weber - ...".
    // "Jesper Hagen Behrensdorff Jannich Petersen" (two columns) and "Fraværende: Jannich
    // Petersen": the one away is cut off the name before.
    let awayNames = meeting.absentees.filter { $0.contains(" ") }
    meeting.attendees = meeting.attendees.map { a in
      for b in awayNames where a.count > b.count + 3 && a.hasSuffix(" " + b) {
        let rest = String(a.dropLast(b.count)).trimmingSpaces
        if rest.split(separator: " ").count >= 2 { return rest }
      }
      return a
    }
    let away = Set(meeting.absentees.filter { $0.contains(" ") }.map { CommitteeName.fold($0) })
    seen = away
    // "Deltagere: Seniorrådet, Henrik Abildtrup og Allan Pedersen": the body itself is no person.
    meeting.attendees = meeting.attendees.filter {
      !(CommitteeName.same($0, meeting.committee) || (!$0.contains(" ") && CommitteeName.namesBody($0)))
        && seen.insert(CommitteeName.fold($0)).inserted
    }
    // "Til stede: Vera, Egon, Tage" with the members' full names elsewhere in the minutes (a
    // table of members under the items, the secretary's signature): each first name the one
    // full name it opens. A closed item's lines are not read for them.
    if (meeting.attendees + meeting.absentees).contains(where: { !$0.contains(" ") }) {
      var open = Array(repeating: true, count: lines.count)
      for (k, s) in starts.enumerated() where s.match.isClosed {
        for i in s.index..<max(ends[k], s.index + 1) where i < lines.count { open[i] = false }
      }
      let texts = lines.indices.filter { open[$0] && !lines[$0].isBlank }.flatMap { lines[$0].isTableRow ? lines[$0].cells : [lines[$0].text] }
      var came = Set<String>()
      var away = Set<String>()
      meeting.attendees = AttendeeList.fullNames(meeting.attendees, in: texts).filter { came.insert(CommitteeName.fold($0)).inserted }
      meeting.absentees = AttendeeList.fullNames(meeting.absentees, in: texts).filter { away.insert(CommitteeName.fold($0)).inserted }
    }
    // "Mødet startede kl. 15.30 og sluttede kl. 16.45", when the header gives no time.
    if meeting.startTime == nil { readStartAndEnd(&meeting) }
    // Absent under the items ("Fraværende: X" under a decision): not an attendee.
    // ("Morten Kamp (V) deltog fra punkt 4" in the header: away from the first items, at the
    // meeting.)
    // The header's lines, above the first item.
    let headerLines = lines[..<(starts.first?.index ?? 0)].filter { !$0.isBlank }.map(\.text)
    let itemAbsent = Set(meeting.items.flatMap(\.absentees).map { CommitteeName.fold($0) })
    if !itemAbsent.isEmpty {
      // ("Niels Bak (O) forlod mødet efter behandlingen af dette punkt." under an item: at the
      // meeting until then, away under the items after.)
      let told = { (line: String, a: String) in
        line.utf8.count <= 300 && line.contains(a) && Self.partAttendanceWords.contains { line.lowercased().contains($0) }
      }
      let partly = Set(meeting.attendees.filter { a in
        headerLines.contains { told($0, a) }
          || itemAbsent.contains(CommitteeName.fold(a)) && lines.contains { told($0.text, a) && $0.text.contains("forlod") }
      }.map { CommitteeName.fold($0) })
      // ("Fraværende: Bo Ullerup, Nadia Saleh" under the first items, "Fraværende: Bo Ullerup"
      // under the rest: she came after them; he was away from the meeting.)
      let lists = meeting.items.map { Set($0.absentees.map { CommitteeName.fold($0) }) }.filter { !$0.isEmpty }
      // (Away under the first items only, then there: came later. Away under the last ones only
      // without a line that tells it left: away.)
      let cameLater = Set(itemAbsent.filter { a in
        guard lists.count >= 2, lists[0].contains(a), let k = lists.firstIndex(where: { !$0.contains(a) }) else { return false }
        return lists[k...].allSatisfy { !$0.contains(a) }
      })
      meeting.attendees.removeAll {
        let f = CommitteeName.fold($0)
        return itemAbsent.contains(f) && !partly.contains(f) && !cameLater.contains(f)
      }
    }
    // Absent, also when the minutes misspell the name there ("Bente Gertz Hansn").
    let absent = meeting.absentees.map { CommitteeName.fold($0) }
    meeting.attendees.removeAll { a in
      let f = CommitteeName.fold(a)
      return absent.contains { $0 == f || AttendeeList.isMisspelling($0, of: f) }
    }
    // The same person away, named in the list and again in a remark: once.
    var awaySeen = Set<String>()
    meeting.absentees = meeting.absentees.filter { awaySeen.insert(CommitteeName.fold($0)).inserted }
    // "Afbud: JT" under "Jesper Tang (JT)": initials away take off the member the header gives
    // them to, or the one member whose name they are.
    let isInitials = { (w: String) in (2...4).contains(w.count) && w.allSatisfy(\.isUppercase) }
    let writtenAway = headerLines.compactMap { HeaderLabel.read($0) ?? HeaderLabel.read($0, columns: true) }
      .filter { $0.0 == .absentees }.flatMap { $0.1.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init) }
    for initials in Set((meeting.absentees + writtenAway).filter(isInitials)) {
      let holders = meeting.attendees.indices.filter { k in
        let name = meeting.attendees[k]
        let written = headerLines.contains { $0.contains(name + " (" + initials + ")") }
        let own = String(name.split(separator: " ").compactMap(\.first)) == initials
        return written || own
      }
      if holders.count == 1 { meeting.attendees.remove(at: holders[0]) }
    }
    // "Afbud Aksel, Afbud Bruno" under a list of full names: a first name away takes off the one
    // member who has it.
    for first in Set(meeting.absentees.filter { !$0.contains(" ") && NameGrammar.isFirstName($0) }) {
      let holders = meeting.attendees.indices.filter { meeting.attendees[$0].split(separator: " ").first.map(String.init) == first }
      if holders.count == 1, meeting.attendees[holders[0]].contains(" ") { meeting.attendees.remove(at: holders[0]) }
    }
    // "Anne Hansen (formand)", "Referent: Janne Dyhr": who `Formanden` is at this meeting;
    // "Næste møde: 9. april 2024" above the items.
    let header = lines[..<(starts.first?.index ?? min(lines.count, 60))].filter { !$0.isBlank }.map(\.text)
    // Guests named with their job (`Desuden deltog: Økonomichef Sara Lindberg`) tell who
    // `Økonomichefen` is too.
    // (`Fra administrationen    Direktør for ...`: a laid-out form's label without its colon.)
    // "Fra administrationen: Kommunaldirektør Kasper Thorhauge" / "Direktør for Teknik og Miljø
    // Gitte Bladt" / ...: the staff one a line under the label, each with a job's title.
    var guestValues: [String] = []
    var inGuests = false
    for line in header {
      if let (field, value) = HeaderLabel.read(line) ?? HeaderLabel.read(line, columns: true) {
        inGuests = field == .guests
        if inGuests, !value.isEmpty { guestValues.append(value) }
      } else if inGuests, !line.contains(":"), line.split(separator: " ").count >= 3, AttendeeList.entries([line]).count == 1 {
        // "Natur- og miljøchef Jesper Ahl": a title and a name, one a line.
        guestValues.append(line)
      } else {
        inGuests = false
      }
    }
    let guests = guestValues.flatMap { AttendeeList.entries([$0]).map(\.name) }
    // "Ungekonsulent: Rasmus Toft (RT), referent": staff under a job's label of their own.
    let staff = header.compactMap { line -> String? in
      guard let colon = line.firstIndex(of: ":"), HeaderLabel.read(line) == nil,
        (1...2).contains(line[..<colon].split(separator: " ").count), line[..<colon].first?.isUppercase == true
      else { return nil }
      let value = line[line.index(after: colon)...].prefix { $0 != "(" && $0 != "," }.trimmingSpaces
      return AttendeeList.isPersonName(value) ? value : nil
    }
    let others = (guests + staff).filter { !meeting.attendees.contains($0) }
    meeting.roles = AttendeeRoles.read(header, attendees: meeting.attendees + others)
    // "Mødedato: 3. marts" and no year in the file's name: the reader's year 2000 is no year of
    // the meeting's. A year the header writes (`Økonomiudvalget 2021`) is its year; else the day
    // is unknown, and said so.
    if let d = meeting.date, d.year == 2000, !header.contains(where: { $0.contains("2000") }) {
      let years = header.lazy.flatMap { $0.split(whereSeparator: { !$0.isNumber }) }
        .compactMap { Int($0) }.filter { (1990...2100).contains($0) && $0 != 2000 }
      if let y = years.first, let fixed = Day(year: y, month: d.month, day: d.day) {
        meeting.date = fixed
        layout.append(LayoutNote(part: "dato", form: "dato uden år, året fra hovedet", line: 1))
      } else {
        meeting.date = nil
        findings.append(
          Finding(.warning, code: "date-without-year", message: "mødedatoen står uden år; skriv året i filnavnet (fx 2021-03-03)", location: location(1)))
      }
    }
    if let date = meeting.date { meeting.nextMeeting = NextMeetingAnnouncement.day(inLines: header, after: date) }
    // "Næste møde: Mandag den 6. oktober 2025" as the document's last lines, after the last item
    // (a closed one too): the minutes' trailer, not the item's text.
    if meeting.nextMeeting == nil, let date = meeting.date, !starts.isEmpty {
      // (Signatures may follow it: `Referatet godkendt og underskrevet:` and the members' names.)
      let trailer = lines.suffix(from: starts[starts.count - 1].index).filter { !$0.isBlank }.suffix(8).map(\.text)
      meeting.nextMeeting = NextMeetingAnnouncement.day(inLines: Array(trailer), after: date)
    }
    if meeting.date == nil {
      findings.append(
        Finding(
          .error, code: "no-meeting-date",
          message: "ingen mødedato fundet i hovedet, i beslutningsoverskrifterne eller i filnavnet",
          location: location(1)))
    }
    if meeting.committee.isEmpty {
      findings.append(
        Finding(
          .warning, code: "no-committee",
          message: "intet udvalg fundet i hovedet, i beslutningsoverskrifterne eller i filnavnet",
          location: location(1)))
    }
    if starts.isEmpty {
      findings.append(
        Finding(
          .error, code: "no-items",
          message: "ingen dagsordenspunkter fundet (Punkt N: Titel, N. Titel, ...); intet at følge op på",
          location: location(max(1, lines.last?.number ?? 1))))
    }
    checkTableOfContents(&meeting)
    if repairNotes.gluedLabels > 0 {
      layout.append(LayoutNote(part: "linjer", form: "etiket klistret til teksten (\(repairNotes.gluedLabels))", line: 1))
    }
    if repairNotes.flattenedPages > 0 {
      layout.append(LayoutNote(part: "linjer", form: "én linje pr. side, delt ved etiketterne (\(repairNotes.flattenedPages) sider)", line: 1))
    }
    if repairNotes.groupHeaders > 0 {
      layout.append(LayoutNote(part: "linjer", form: "overskrifter over grupper af punkter (\(repairNotes.groupHeaders))", line: 1))
    }
    if repairNotes.furniture > 0 {
      layout.append(LayoutNote(part: "linjer", form: "sidenumre, sidehoveder og knapper udeladt (\(repairNotes.furniture))", line: 1))
    }
    meeting.layout += layout
    meeting.findings = findings
    return meeting
  }

  /// The case lines standing right above item headings, by item, when the document writes its
  /// case numbers there rather than under the headings (most items have one above and none
  /// below).
  func caseLinesAbove(_ starts: [ItemStartFinder.Start]) -> [(Int, (Int, CaseNumber))]? {
    var above: [(Int, (Int, CaseNumber))] = []
    var below = 0
    for (k, s) in starts.enumerated() {
      var j = s.index - 1
      while j >= 0, lines[j].isBlank || lines[j].isRule { j -= 1 }
      // ("Sagsnr.: 00.30.14-S00-9-31      Åbent": the item's status beside it, or parted from it
      // onto a line of its own.)
      if j > 0, ClosedMarker.status(lines[j].text) != nil, lines[j].text.utf8.count <= 24 {
        j -= 1
        while j >= 0, lines[j].isBlank { j -= 1 }
      }
      if j >= 0, k == 0 || j > starts[k - 1].index + 1,
        let c = CaseNumberReader.read(lines[j]), let cn = c.caseNumber, c.remainder.map({ ClosedMarker.status($0) != nil }) ?? true
      {
        above.append((k, (j, cn)))
      }
      var i = (s.titleIndex ?? s.index) + 1
      while i < lines.count, lines[i].isBlank || lines[i].isRule { i += 1 }
      if i < lines.count, CaseNumberReader.read(lines[i])?.caseNumber != nil { below += 1 }
    }
    guard !above.isEmpty, above.count * 2 >= starts.count, above.count > below else { return nil }
    if above.first?.0 != 0, caseLinesClosing(starts) != nil { return nil }
    return above
  }

  /// Case numbers written at the end of each item, under its decision (`Beslutning` / `Godkendt.`
  /// / `Sagsnr.: 25-30015`), when the last item ends so too: the item's index, the line and the
  /// number. The line over a heading is then the item before's.
  func caseLinesClosing(_ starts: [ItemStartFinder.Start]) -> [(Int, (Int, CaseNumber))]? {
    var closing: [(Int, (Int, CaseNumber))] = []
    for (k, s) in starts.enumerated() {
      let end = k + 1 < starts.count ? starts[k + 1].index : lines.count
      guard let j = lines[..<end].lastIndex(where: { !$0.isBlank && !$0.isRule }), j > (s.titleIndex ?? s.index) + 2,
        let c = CaseNumberReader.read(lines[j]), let cn = c.caseNumber, c.remainder == nil
      else {
        // (A last item that carries no case, `Eventuelt`, ends without one.)
        if k == starts.count - 1, !ItemStartFinder.isCaselessTitle(s.match.title) { return nil }
        continue
      }
      closing.append((k, (j, cn)))
    }
    return closing.count * 2 >= starts.count ? closing : nil
  }

  /// The start and end of the meeting told in a sentence (`Mødet startede kl. 15.30 og sluttede
  /// kl. 16.45`, `Mødet blev åbnet kl. 17.00`).
  func readStartAndEnd(_ meeting: inout Meeting) {
    let reader = TemporalReader(reference: meeting.date ?? Day(year: 2000, month: 1, day: 1) ?? Day(ordinal: 0))
    for line in lines where line.text.utf8.count <= 300 && DanishBytes.hasPrefixASCII(line.text, "mødet") {
      let lower = line.text.lowercased()
      guard let verb = ["startede", "begyndte", "blev åbnet", "påbegyndtes", "blev sat"].first(where: { lower.contains($0 + " kl") })
      else { continue }
      let exprs = reader.expressions(in: line.text).filter { $0.time != nil }
      guard let start = exprs.first, lower.contains(verb) else { continue }
      meeting.startTime = start.time
      if exprs.count > 1, lower.contains("sluttede") || lower.contains("hævet") || lower.contains("afsluttet") {
        meeting.endTime = exprs[1].time
      }
      return
    }
  }

  /// The text of the sentence whose last line is `last`: the lines above it that it goes on from
  /// in lower case, without a blank line between, up to four, no earlier than `from`.
  func paragraphEnding(at last: MarkupLine, from: Int) -> String {
    guard let end = lines[from...].firstIndex(where: { $0.number == last.number }) else { return last.text }
    var first = end
    while first > from, end - first < 3, lines[first].text.unicodeScalars.first?.properties.isLowercase == true,
      !lines[first - 1].isBlank, !lines[first - 1].isTableRow, let mark = lines[first - 1].text.last, !".:!?".contains(mark)
    {
      first -= 1
    }
    return lines[first...end].map(\.text).joined(separator: " ")
  }

  static func describe(_ style: ItemHeading.Style) -> String {
    switch style {
    case .keyword: return "Punkt N: Titel"
    case .numbered: return "N. Titel"
    case .numberedLoose: return "N Titel"
    case .bareNumber: return "nummer på egen linje, titel under"
    case .unnumbered: return "uden numre; nummereret 1, 2, ... i rækkefølge"
    case .closedMarker: return "lukket-markering"
    case .agendaThenMinutes: return "dagsordenen først, referatet under 'Ad. N' eller i en anden liste med samme numre"
    }
  }

  // MARK: header

  /// The sections with the first paragraph of an item's text that holds a decision's label after
  /// a sentence split there: the text before stays, the label's text and the paragraphs after it
  /// become the decision.
  static func splitLabelAfterSentence(_ sections: [Section]) -> [Section] {
    let text: Set<Section.Kind> = [.body, .caseText, .resume, .other]
    for (s, section) in sections.enumerated() where text.contains(section.kind) {
      for (p, paragraph) in section.paragraphs.enumerated() {
        guard let (before, after) = SectionHeading.labelAfterSentence(paragraph.text) else { continue }
        var head = section
        head.paragraphs = Array(section.paragraphs[..<p]) + [Paragraph(text: before, style: paragraph.style, depth: paragraph.depth, line: paragraph.line)]
        let decision = Section(
          kind: .decision, heading: "", paragraphs: [Paragraph(text: after, line: paragraph.line)] + section.paragraphs[(p + 1)...],
          line: paragraph.line)
        return Array(sections[..<s]) + [head, decision] + Array(sections[(s + 1)...])
      }
    }
    return sections
  }

  /// The header, completed from the document's decision labels and then the file name.
  mutating func readHeader(upTo end: Int, starts: [ItemStartFinder.Start]) -> Meeting {
    var reader = HeaderReader(lines: lines, end: end)
    let fromPath = CommitteeName.fromPath(options.path ?? source)
    var meeting = reader.read(source: source, fromPath: fromPath)
    // "Møde i udvalget d. 21. marts 2018": a body's common noun alone names no body; the
    // document's decision labels or its file name say which.
    let generic = ["udvalget", "udvalg", "rådet", "kommissionen", "nævnet"].contains(meeting.committee.lowercased())
      ? meeting.committee : nil
    if generic != nil { meeting.committee = "" }
    headerFromText = meeting.date != nil || !meeting.committee.isEmpty
    var notes = reader.notes
    // The document's own decision labels name the body and the day; read only when the header
    // lacks one or names the body in a short form (`Forretningsudvalg`).
    let indefinite = CommitteeName.definite(meeting.committee) != meeting.committee
    // "Godkendelse af dagsorden for ØU den 7. december 2021": the approval of this meeting's
    // agenda names its body and its day, where the page has no header.
    if meeting.committee.isEmpty || meeting.date == nil, let (body, day, line) = agendaApproval(from: end) {
      if meeting.date == nil, let day {
        meeting.date = day
        notes.append(LayoutNote(part: "dato", form: "godkendelsen af dagsordenen", line: line))
      }
      if meeting.committee.isEmpty, !body.isEmpty {
        meeting.committee = CommitteeName.isAbbreviation(body) ? (CommitteeName.expand(body, in: text) ?? body) : CommitteeName.clean(body)
        notes.append(LayoutNote(part: "udvalg", form: "godkendelsen af dagsordenen", line: line))
      }
    }
    let labels = meeting.committee.isEmpty || meeting.date == nil || indefinite ? decisionLabels(from: end) : []
    if meeting.committee.isEmpty || meeting.date == nil {
      let committee = meeting.committee
      let sameBody = labels.filter { l in
        l.0.date != nil && (committee.isEmpty || CommitteeName.same(l.0.body, committee))
      }
      // The meeting's own label stands over most items; quoted earlier decisions each once.
      var groups: [String: (label: DecisionLabel, line: Int, count: Int)] = [:]
      for (l, line) in sameBody {
        let key = CommitteeName.fold(l.body) + "|" + (l.date?.description ?? "")
        if let g = groups[key] { groups[key]?.count = g.count + 1 } else { groups[key] = (l, line, 1) }
      }
      let ranked = groups.values.sorted { $0.count > $1.count || ($0.count == $1.count && $0.line < $1.line) }
      let items = max(1, starts.count)
      if let top = ranked.first, top.count * 2 >= items, ranked.count == 1 || ranked[1].count < top.count {
        if meeting.date == nil, let d = top.label.date {
          meeting.date = d
          notes.append(LayoutNote(part: "dato", form: "beslutningsoverskrift", line: top.line))
          findings.append(
            Finding(.warning, code: "date-from-decision-label", message: "mødedatoen er læst fra en beslutningsoverskrift", location: location(top.line)))
        }
        if meeting.committee.isEmpty, !top.label.body.isEmpty {
          meeting.committee = CommitteeName.clean(top.label.body)
          notes.append(LayoutNote(part: "udvalg", form: "beslutningsoverskrift", line: top.line))
        }
      }
      // Only labels with their date lost (`Beslutning Ældrerådet den`): the body they name.
      if meeting.committee.isEmpty {
        let own = labels.filter { $0.0.date == nil || $0.0.date == meeting.date }.filter { CommitteeName.namesBody($0.0.body) }
        if let (body, line) = mostCommon(own.map { ($0.0.body, $0.1) }) {
          meeting.committee = CommitteeName.clean(body)
          notes.append(LayoutNote(part: "udvalg", form: "beslutningsoverskrift", line: line))
        }
      }
    }
    // A short name in the title whose full form the labels or the file name give
    // (`Forretningsudvalg` → `Forretningsudvalget`).
    if !meeting.committee.isEmpty {
      let own = CommitteeName.fold(meeting.committee)
      if let longer = labels.map(\.0.body).first(where: {
        let f = CommitteeName.fold($0)
        return f.count > own.count && f.count <= own.count + 3 && f.hasPrefix(own)
      }) {
        meeting.committee = CommitteeName.clean(longer)
      } else if let fileName = fromPath.committee, CommitteeName.fold(fileName).hasPrefix(own),
        CommitteeName.fold(CommitteeName.definite(meeting.committee)) == CommitteeName.fold(fileName)
      {
        meeting.committee = CommitteeName.definite(meeting.committee)
      } else if let fileName = fromPath.committee, !meeting.committee.contains(" "),
        CommitteeName.fold(fileName).hasSuffix(CommitteeName.fold(CommitteeName.definite(meeting.committee))),
        CommitteeName.fold(fileName).count > CommitteeName.fold(CommitteeName.definite(meeting.committee)).count
      {
        // "Bestyrelsesmøde" in a file named for the school board: the file names which board.
        meeting.committee = fileName
      }
    }
    // "Referat af generalforsamling": a body written as one noun without its article is named
    // in its definite form (`Generalforsamlingen`), as bodies are.
    if !meeting.committee.contains(" "), meeting.committee.first?.isUppercase == true,
      CommitteeName.definite(meeting.committee) != meeting.committee
    {
      meeting.committee = CommitteeName.definite(meeting.committee)
    }
    // An abbreviation (`ØU`) written out where the document or the usage of councils says.
    if CommitteeName.isAbbreviation(meeting.committee),
      let full = CommitteeName.expand(meeting.committee, in: text)
    {
      notes.append(LayoutNote(part: "udvalg", form: "forkortelsen \(meeting.committee) skrevet ud", line: 1))
      meeting.committee = full
    }
    if meeting.committee.isEmpty, let g = generic, fromPath.committee == nil { meeting.committee = g }
    // Last, the file or folder name.
    if meeting.committee.isEmpty, let c = fromPath.committee {
      meeting.committee = c
      notes.append(LayoutNote(part: "udvalg", form: "filnavn", line: 1))
      findings.append(
        Finding(.warning, code: "committee-from-file-name", message: "udvalget '\(c)' er taget fra filnavnet; teksten nævner det ikke", location: location(1)))
    }
    if meeting.date == nil, let d = fromPath.date {
      meeting.date = d
      notes.append(LayoutNote(part: "dato", form: "filnavn", line: 1))
      findings.append(
        Finding(.warning, code: "date-from-file-name", message: "mødedatoen \(d) er taget fra filnavnet; teksten nævner den ikke", location: location(1)))
    }
    layout += notes
    return meeting
  }

  /// Guests placed at the items their sentence names: every item, or items by their number, or
  /// by their place on the agenda where the numbers run through the year (`punkt 1` of a
  /// meeting whose first item is number 32). A closed item's guests are left out with its text.
  func placeGuests(_ guests: [(Participant, GuestReader.Scope)], in meeting: inout Meeting) {
    let members = Set((meeting.attendees + meeting.absentees).map { CommitteeName.fold($0) })
    for (guest, scope) in guests where !members.contains(CommitteeName.fold(guest.name)) {
      var targets: [Int] = []
      switch scope {
      case .all: targets = Array(meeting.items.indices)
      case .items(let numbers):
        for n in numbers {
          if let k = meeting.items.firstIndex(where: { $0.number == n }) {
            targets.append(k)
          } else if n >= 1, n <= meeting.items.count, !meeting.items.contains(where: { $0.number <= meeting.items.count }) {
            targets.append(n - 1)
          }
        }
      }
      for k in targets where !meeting.items[k].isRedacted
        && !meeting.items[k].participants.contains(where: { ItemBuilder.samePerson($0.name, guest.name) })
      {
        meeting.items[k].participants.append(guest)
      }
    }
  }

  /// The decision labels after the header, with their lines.
  /// `Godkendelse af dagsorden for ØU den 7. december 2021.`, `Godkendelse af dagsorden til
  /// Udvalget for Børn den 29.01.2013`: the body and the day this meeting's agenda approval names,
  /// in the first lines of the items.
  func agendaApproval(from start: Int) -> (body: String, day: Day?, line: Int)? {
    let reader = TemporalReader(reference: Day(year: 2000, month: 1, day: 1) ?? Day(ordinal: 0))
    var i = start
    while i < lines.count, i < start + 60 {
      let text = lines[i].text
      i += 1
      guard text.utf8.count <= 300, DanishBytes.containsASCII(text, "agsorden") else { continue }
      let lower = text.lowercased()
      guard let r = lower.range(of: "dagsorden for ") ?? lower.range(of: "dagsorden til ") ?? lower.range(of: "dagsordenen for ")
        ?? lower.range(of: "dagsordenen til "),
        let den = lower.range(of: " den ", range: r.upperBound..<lower.endIndex)
      else { continue }
      let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
      let denOffset = lower.distance(from: lower.startIndex, to: den.lowerBound)
      let body = String(text.dropFirst(offset).prefix(denOffset - offset)).trimmingSpaces
      guard let f = body.first, f.isUppercase, body.split(separator: " ").count <= 8,
        CommitteeName.isAbbreviation(body) || CommitteeName.namesBody(body)
      else { continue }
      let rest = String(text.dropFirst(denOffset))
      let day = reader.expressions(in: rest).first(where: { ($0.kind == .day || $0.kind == .datetime) && !$0.isYearInferred })?.start
      return (body, day, lines[i - 1].number)
    }
    return nil
  }

  func decisionLabels(from start: Int) -> [(DecisionLabel, Int)] {
    var out: [(DecisionLabel, Int)] = []
    var i = start
    while i < lines.count, out.count < 2000 {
      let line = lines[i]
      if !line.isBlank, line.text.utf8.count <= 300, let l = DecisionLabel.read(line.text, reference: nil),
        !l.body.isEmpty
      {
        out.append((l, line.number))
      }
      i += 1
    }
    return out
  }

  /// The value seen most often (the first on a tie), with the line it was first seen on.
  func mostCommon<T: Hashable>(_ values: [(T, Int)]) -> (T, Int)? {
    var counts: [T: Int] = [:]
    for (v, _) in values { counts[v, default: 0] += 1 }
    guard let best = counts.values.max() else { return nil }
    return values.first { counts[$0.0] == best }
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
            "indholdsfortegnelsen nævner \(entries) punkter, men kun \(meeting.items.count) blev fundet; dokumentet kan være afskåret",
          location: location(meeting.items.last?.lastLine ?? 1)))
    }
  }
}
