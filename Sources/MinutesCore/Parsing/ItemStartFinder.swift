/// Finds where items start. Each heading form (`ItemHeading.Style`) proposes candidates; the form
/// that yields the longest consistent sequence (numbers that rise, each heading confirmed by what
/// follows it) is the document's, so that a numbered list inside a decision (`1. forslag
/// godkendes`) or a table of contents is never taken for items. Closed markers written in another
/// form still start (closed) items: what follows them is never merged into the item before.
struct ItemStartFinder {
  /// An item start.
  struct Start {
    /// Index into the lines.
    var index: Int
    var match: ItemHeading.Match
    /// Index of the title line when the heading line holds only the number.
    var titleIndex: Int?
    /// The start line is the item's first line of content (a section heading that opens every
    /// item), not a heading to skip.
    var startsWithContent = false
    /// Text on the heading line that is the item's minutes, not its title (`1. Bestyrelsen har
    /// godkendt regnskabet.` under an agenda that gave the title).
    var text: String? = nil
  }

  let lines: [MarkupLine]
  /// The document has section headings or decision labels. Without any (notes of a small
  /// council: `1. Valg af formand.` and the notes under it), numbered lines that follow on from
  /// each other are the items however little stands under them.
  let hasSections: Bool

  init(lines: [MarkupLine]) {
    self.lines = lines
    var found = false
    // Headings before the first numbered line ("Referat:" over the list) say nothing of the items.
    let firstNumbered = lines.firstIndex { ItemHeading.numberedHeading($0) != nil || ItemHeading.keywordHeading($0) != nil } ?? 0
    for (i, line) in lines.enumerated().dropFirst(firstNumbered) where !line.isBlank && line.text.utf8.count <= 300 {
      if case .known = SectionHeading.read(line) {
        if Self.isPartDivider(lines, i) { continue }
        found = true
        break
      }
      if SectionHeading.readBullet(line) != nil { found = true; break }
      if DecisionLabel.read(line.text, reference: nil) != nil { found = true; break }
    }
    self.hasSections = found
  }

  /// `Dagsorden` / `1. ...` / ... / `Referat` / `1. Godkendelse af dagsorden` / `Godkendt.`: the
  /// document's word for a part (its agenda, its minutes) alone on a line over a list numbered
  /// from 1 divides the document; it is no item's section.
  static func isPartDivider(_ lines: [MarkupLine], _ i: Int) -> Bool {
    guard HeaderReader.fillerWords.contains(SectionHeading.key(lines[i].text)), !lines[i].text.contains(" ") else { return false }
    var j = i + 1
    while j < lines.count, lines[j].isBlank { j += 1 }
    guard j < lines.count, let m = ItemHeading.numberedHeading(lines[j]) ?? ItemHeading.keywordHeading(lines[j]) else { return false }
    return m.number == 1
  }

  /// The item starts in the document's one form, plus closed headings in other forms; and the
  /// form chosen.
  func find() -> (starts: [Start], style: ItemHeading.Style?) {
    let (starts, style) = findStarts()
    // "Godkendelse af dagsorden – Ok": the decision after the title is the item's text.
    return (starts.map { s in
      guard s.text == nil, !s.match.isClosed else { return s }
      var s = s
      if let (title, decision) = ItemTitle.decisionTrailer(s.match.title) {
        s.match.title = title
        s.text = decision
      } else if s.titleIndex == nil, !s.startsWithContent, let rest = textAfterTitle(s) {
        // "4. Alger på kirken. Et tilbud modtaget ... AGM tager kontakt til Leif Topsøe.": the
        // heading line goes on with the item's text after the title's sentence.
        s.text = rest
      }
      return s
    }, style)
  }

  func findStarts() -> (starts: [Start], style: ItemHeading.Style?) {
    if let minutes = agendaThenMinutes() { return (withClosedHeadings(minutes), .agendaThenMinutes) }
    var best: [Start] = []
    var bestStyle: ItemHeading.Style?
    var bestScore = (0, 0)
    for style in [ItemHeading.Style.keyword, .bareNumber, .numbered, .numberedLoose] {
      let found = outermost(candidates(style))
      // "Pkt. 3 — Meddelelser fra" / "1. Formand" / "1. Kasserer": a list that lost its numbers
      // inside items a keyword heading opens is no run of items.
      let lostNumbers = bestStyle == .keyword && best.count >= 3 ? nil : renumbered(found)
      var chain = lostNumbers ?? restarted(found) ?? self.chain(found)
      if lostNumbers == nil, let nested = nestedWithoutIndent(found), nested.count >= chain.count { chain = nested }
      let strong = chain.filter { confirmation($0) >= 2 }.count
      let score = (strong, chain.count)
      // Weakly confirmed items need a run: two or more, numbered one after another; in notes
      // without sections one item numbered 1 with text under it will do.
      let single = !hasSections && chain.count == 1 && chain[0].match.number == 1 && confirmation(chain[0]) >= 1
      if strong == 0, !(chain.count >= 2 && isConsecutive(chain)), !single { continue }
      if score.0 > bestScore.0 || (score.0 == bestScore.0 && score.1 > bestScore.1) {
        best = chain
        bestStyle = style
        bestScore = score
      }
    }
    // "Ad 1. Godkendelse af dagsorden" / ... : the items' own headings, which number lists
    // inside them do not outweigh.
    do {
      let references = referenceHeadings()
      if references.count >= 2, references.count >= best.count {
        best = references
        bestStyle = .keyword
        bestScore = (0, references.count)
      }
    }
    // "A: Valg af dirigent: ..." / "B: Formandens beretning: ..." / ...: items lettered in order,
    // where numbers only number a list inside one of them (`1. DR2 Klassic ...` under `D:`).
    if bestScore.0 == 0 {
      let lettered = letteredItems()
      if lettered.count >= 3, lettered.count > best.count {
        best = lettered
        bestStyle = .unnumbered
      }
    }
    // "Emne: Titel" over each item's fields, or the same opening section over each item
    // (`Resume`), where a numbered list in the agenda or a recommendation gave a shorter chain.
    // A real heading stands before its item's first section; a list in a section after it.
    let opening = best.count <= 2 ? openingSections() : []
    let listInSection = !best.isEmpty && (opening.first.map { o in best.allSatisfy { $0.index > o.index } } ?? false)
    for other in [subjectLines(), listInSection ? opening : []] where other.count > best.count {
      best = other
      bestStyle = .unnumbered
    }
    // "1. Godkendelse af dagsorden" ... "7. Eventuelt" as a list, then "### Godkendelse af
    // dagsorden" ... over each item's text: the headings that repeat the list are the items.
    if let echoed = headingsEchoingList(best) { best = echoed }
    if best.count <= 2 {
      let u = unnumbered()
      // "1. Godkendelse af dagsorden" ... "8. Eventuelt" in the agenda, then "## Godkendelse af
      // dagsorden" ... each over its sections: the agenda's last line is no item, the headings
      // that repeat its titles are.
      if !u.isEmpty, best.isEmpty || (u.count >= 3 && u.count > best.count && agendaRepeats(u)) {
        best = u
        bestStyle = .unnumbered
      }
    }
    if best.isEmpty {
      let d = decisionLabelsAlone()
      if !d.isEmpty {
        best = d
        bestStyle = .unnumbered
      }
    }
    if bestStyle == .numbered || bestStyle == .numberedLoose { best = withLowerCaseTitles(best) }
    return (withClosedHeadings(best), bestStyle)
  }

  /// What a heading line says after its title's sentence (`Titel. Sætning ...`), when it is
  /// sentences of three words or more; nil when the line holds the title only.
  func textAfterTitle(_ s: Start) -> String? {
    let line = lines[s.index].text
    let title = s.match.title
    guard title.count >= 3, line.utf8.count <= 4000 else { return nil }
    let body = line[LineRepair.headingPrefixEnd(line)...].drop(while: { $0 == " " })
    guard body.hasPrefix(title) else { return nil }
    let after = body.dropFirst(title.count)
    guard let mark = after.first, mark == "." || mark == ":" || mark == "?" else { return nil }
    let rest = after.dropFirst().trimmingSpaces
    guard let f = rest.first, f.isUppercase || f.isNumber, rest.split(separator: " ").count >= 3 else { return nil }
    return rest
  }

  /// `4. Høringssvar vedr. budget` / ... / `5. orientering fra formanden`: a heading whose title
  /// a secretary began in lower case, where it goes on from the run of items (the next number,
  /// after the last item): a short line, no sentence.
  func withLowerCaseTitles(_ chain: [Start]) -> [Start] {
    guard chain.count >= 2, isConsecutive(chain), let first = chain.first else { return chain }
    var out = chain
    var expected = (chain.last?.match.number ?? 0) + 1
    guard let lastIndex = chain.last?.index else { return chain }
    for i in (lastIndex + 1)..<lines.count where !lines[i].isBlank && !lines[i].isTableRow && !lines[i].isBullet {
      let t = lines[i].text
      guard t.utf8.count <= 90, !t.hasSuffix("."), !t.hasSuffix(":") else { continue }
      let digits = t.prefix(while: \.isNumber)
      guard !digits.isEmpty, digits.count <= 3, Int(digits) == expected else { continue }
      let rest = t.dropFirst(digits.count)
      guard rest.hasPrefix(". "), let f = rest.dropFirst(2).first, f.isLowercase else { continue }
      let title = String(rest.dropFirst(2))
      guard title.split(separator: " ").count <= 10 else { continue }
      out.append(Start(index: i, match: ItemHeading.Match(number: expected, title: title, isClosed: false, style: first.match.style)))
      expected += 1
    }
    return out
  }

  // MARK: candidates

  func candidates(_ style: ItemHeading.Style) -> [Start] {
    var out: [Start] = []
    for (i, line) in lines.enumerated() where !line.isBlank && !line.isTableRow {
      switch style {
      case .keyword:
        guard var m = ItemHeading.keywordHeading(line) else { continue }
        // "... besluttede at behandle tillægsdagsordenen som nyt" / "dagsordenspunkt 14. Det
        // oprindelige ...": a keyword in lower case right under a line that did not end its
        // sentence goes on with that sentence.
        if line.text.unicodeScalars.first?.properties.isLowercase == true, i > 0, !lines[i - 1].isBlank,
          !lines[i - 1].isTableRow, lines[i - 1].headingLevel == 0,
          let end = lines[i - 1].text.last, !".:!?)".contains(end)
        {
          continue
        }
        var titleIndex: Int?
        var index = i
        // "Sag nr. 1  |  Åben  |  Sags ID: ...": fields after bars; the title is the line above.
        let fieldsAfterBars = m.title.isEmpty && line.text.contains("|")
        if m.title.isEmpty, !fieldsAfterBars, let t = nextNonBlank(after: i), isPlausibleTitle(lines[t]) {
          // `Pkt. 42` alone, the title on the next line.
          let (title, closed, cn) = ItemTitle.clean(lines[t].text)
          m.title = title
          m.isClosed = m.isClosed || closed
          m.caseNumber = m.caseNumber ?? cn
          titleIndex = t
        } else if m.title.isEmpty, let last = previousNonBlank(before: i), let (p, text) = titleAbove(last),
          !lines[last].text.hasSuffix("."), out.last.map({ $0.index < p && $0.titleIndex != p }) ?? true,
          !isCandidateAnyStyle(lines[p])
        {
          // The title on the line before: `Godkendelse af budget` / `Sag nr. 57`.
          let (title, closed, cn) = ItemTitle.clean(text)
          m.title = title
          m.isClosed = m.isClosed || closed
          m.caseNumber = m.caseNumber ?? cn
          titleIndex = i
          index = p
        }
        out.append(Start(index: index, match: m, titleIndex: titleIndex))
      case .numbered, .numberedLoose:
        guard var m = ItemHeading.numberedHeading(line), m.style == style else { continue }
        // "Mødet er berammet til" / "28/5. Tilmelding ej nødvendig.": a number under a line that
        // stops on a word needing one after it goes on with that sentence (a date, an amount).
        if i > 0, !lines[i - 1].isBlank, !lines[i - 1].isTableRow, lines[i - 1].headingLevel == 0,
          let lastWord = lines[i - 1].text.split(separator: " ").last, ItemBuilder.leadsOn.contains(lastWord.lowercased())
        {
          continue
        }
        // "4. Masterplan med kommende sager og temamøder er" / "vedlagt.": the heading's line
        // goes on in lower case and ends its sentence there, as on one line it would.
        if !m.endsLikeSentence, !line.isDressed, i + 1 < lines.count, case let next = lines[i + 1], !next.isBlank,
          !next.isTableRow, next.text.utf8.count <= 80, next.text.hasSuffix("."), !next.text.hasSuffix(".."),
          next.text.unicodeScalars.first?.properties.isLowercase == true, !next.text.dropLast().contains(". ")
        {
          m.endsLikeSentence = true
        }
        out.append(Start(index: i, match: m))
      case .bareNumber:
        guard let n = ItemHeading.bareNumber(line), let t = nextNonBlank(after: i),
          isPlausibleTitle(lines[t]), ItemHeading.bareNumber(lines[t]) == nil, ItemHeading.numberedHeading(lines[t]) == nil
        else { continue }
        // "Oversigt over referater for Odense Byråd" / "2008": a year a converter wrapped onto a
        // line of its own, right under the words it ends.
        if (1950...2099).contains(n), i > 0, !lines[i - 1].isBlank, lines[i - 1].text.last.map({ !".:!?".contains($0) }) == true {
          continue
        }
        // "1." / "Godkendelse af dagsorden" / "5": a table of contents' entry and its page.
        if let p = nextNonBlank(after: t), let page = lines[p].text.first, page.isNumber,
          lines[p].text.allSatisfy(\.isNumber), lines[p].text.count <= 3
        {
          // "1" / "Godkendelse af dagsorden" / "2" / "2" / "Budgetopfølgning": without the full
          // stop, the page number is followed by the next entry's number (an item's number
          // alone would be followed by its title).
          if line.text.hasSuffix(".") { continue }
          if let q = nextNonBlank(after: p), ItemHeading.bareNumber(lines[q]) != nil { continue }
        }
        // "1." / "Ekstra anlæg - projektering ... ved" / "stationen Grenaa Syd .......1": a
        // contents entry's title wrapped before its leader.
        var text = lines[t].text
        var titleIndex = t
        if ItemTitle.withoutLeader(text) == text, let u = nextNonBlank(after: t), u == t + 1, ItemHeading.bareNumber(lines[u]) == nil,
          case let next = lines[u].text, ItemTitle.withoutLeader(next) != next, next.first?.isLowercase == true
        {
          text += " " + next
          titleIndex = u
        }
        let (title, closed, cn) = ItemTitle.clean(text)
        var m = ItemHeading.Match(number: n, title: title, isClosed: closed, style: .bareNumber)
        m.caseNumber = cn
        out.append(Start(index: i, match: m, titleIndex: titleIndex))
      case .unnumbered, .closedMarker, .agendaThenMinutes:
        break
      }
    }
    return out
  }

  /// The title on the lines ending at `last`, over a heading that has none (`Sag nr. 130`): the
  /// line itself, or, where a converter wrapped the title (`Tillæg 1 til Lokalplan 145 -
  /// endelig` / `vedtagelse`), the lines that go on from it in lower case, up to four; the
  /// index of its first line and its text.
  func titleAbove(_ last: Int) -> (Int, String)? {
    var first = last
    var text = lines[last].text
    while lines[first].text.unicodeScalars.first?.properties.isLowercase == true, last - first < 3, first > 0,
      case let above = lines[first - 1], !above.isBlank, !above.isTableRow, above.headingLevel == lines[last].headingLevel,
      above.text.utf8.count <= 200, let end = above.text.last, !".:!?".contains(end),
      CaseNumberReader.read(above) == nil, !isCandidateAnyStyle(above)
    {
      first -= 1
      text = above.text + " " + text
    }
    guard isPlausibleTitle(lines[first]), text.utf8.count <= 400 else { return nil }
    return (first, text)
  }

  /// A line that can be a title: not a label, case number, status or section heading.
  func isPlausibleTitle(_ line: MarkupLine) -> Bool {
    let t = line.text
    guard !t.isEmpty, t.utf8.count <= 400, !line.isTableRow, !t.hasSuffix(":") || t.count < 120 else {
      return false
    }
    if SectionHeading.read(line) != nil, !line.isDressed { return false }
    // "Høring: Kvalitetsstandard for hjælpemidler 2026": a kind of item and its subject, the
    // title the numbered heading's line would keep whole (`2. Høring: ...`).
    if let (kind, _) = SectionHeading.readInline(line),
      kind == .decision || !LineRepair.colonIsInTitle(t, colon: t.range(of: ":") ?? t.endIndex..<t.endIndex)
    {
      return false
    }
    if CaseNumberReader.read(line) != nil { return false }
    if ClosedMarker.status(t) != nil { return false }
    if HeaderLabel.read(t) != nil { return false }
    if let f = t.first, f.isLowercase { return false }
    return true
  }

  // MARK: confirmation

  /// How strongly what follows a candidate says it is an item: 2 for a case number, a status, a
  /// section heading or a decision label; 1 for body text; 0 when another heading or the end of
  /// the document follows at once (a table of contents).
  func confirmation(_ s: Start) -> Int {
    if s.match.hasBodyPrefix { return 2 }
    // "1." / "Ekstra anlæg - ekstra asfalt ........5": an entry of the copy's contents, the
    // last one too.
    if let t = s.titleIndex, ItemTitle.withoutLeader(lines[t].text) != lines[t].text { return 1 }
    var j = s.titleIndex ?? s.index
    var seen = 0
    var weak = 0
    var looked = 0
    while let k = nextNonBlank(after: j), seen < 6, looked < 24 {
      let line = lines[k]
      looked += 1
      // "## 1. Opfølgning" / "1. Vellykket og hyggeligt": under a heading the document dresses as
      // one, a numbered line that is not is a list in the item, its text.
      let underDressedHeading = lines[s.index].headingLevel > 0 && (line.headingLevel == 0 || line.headingLevel > lines[s.index].headingLevel)
      if isCandidateAnyStyle(line) && k != s.titleIndex && !underDressedHeading {
        // The same heading printed again (`Pkt. 42` under `• Pkt. 42 Titel`) confirms it.
        if let m = ItemHeading.keywordHeading(line) ?? ItemHeading.numberedHeading(line),
          m.number == s.match.number, sameTitle(m.title, s.match.title)
        {
          return 2
        }
        return seen == 0 ? 0 : max(weak, 1)
      }
      if CaseNumberReader.read(line) != nil || ClosedMarker.status(line.text) != nil {
        // "13. Mødeplan" / "14. Eventuelt" / "Sagsnr. 12/838" / "1. Fødeplanen": the last entry
        // of a list of headings does not own the case number over the next heading.
        if seen == 0, let p = previousNonBlank(before: s.index), isCandidateAnyStyle(lines[p]),
          let n = nextNonBlank(after: k), isCandidateAnyStyle(lines[n])
        {
          return 0
        }
        return 2
      }
      // A table of the item's fields: `| Sagsnr. | 21/1234 |`, `| Beslutning | Godkendt. |`.
      if line.isTableRow, let first = line.cells.first, !first.isEmpty,
        CaseNumberReader.read(MarkupLine.plain(line.cells.joined(separator: " "), number: line.number)) != nil
          || SectionHeading.vocabulary[SectionHeading.key(first)] != nil
      {
        return 2
      }
      if case .known = SectionHeading.read(line) {
        // "4. Eventuelt" / "Referat" / "1. Godkendelse af dagsorden": the agenda's last entry
        // over the minutes' part.
        return Self.isPartDivider(lines, k) ? (seen == 0 ? 0 : weak) : 2
      }
      if SectionHeading.readInline(line) != nil { return 2 }
      if SectionHeading.readBullet(line) != nil { return 2 }
      if DecisionLabel.read(line.text, reference: nil) != nil { return 2 }
      if ItemBuilder.recommenderLine(line.text) != nil { return 2 }
      // "... ikke modtaget. Drøftelse og beslutning:" / "Enighed om ...": a decision's label
      // after the text's first sentence, wrapped or not.
      if line.text.utf8.contains(0x3A), SectionHeading.endsWithDecisionLabel(line.text) || SectionHeading.labelAfterSentence(line.text) != nil {
        return 2
      }
      // A title printed again under the heading.
      if !s.match.title.isEmpty, SectionHeading.key(line.text) == SectionHeading.key(s.match.title) {
        return 2
      }
      // Text under the heading, counted by paragraphs: a line right under another line of text
      // is the same paragraph (a converter wrapped it).
      weak = 1
      if !(k == j + 1 && seen > 0) { seen += 1 }
      j = k
    }
    // "Sagnr.: 1-21-78-7-12" / "33. Driftsoverførsler ..." at the end of a copy: the case number
    // above the heading, as each item of the layout has it, confirms the last heading alone.
    if seen == 0, let p = previousNonBlank(before: s.index), let c = CaseNumberReader.read(lines[p]), c.caseNumber != nil,
      c.remainder == nil
    {
      return 2
    }
    return seen == 0 ? 0 : weak
  }

  /// The same title, or one of them empty (`Pkt. 42` alone under `• Pkt. 42 Titel`).
  /// Whether two headings carry the same title; one a converter wrapped at another place is the
  /// other's first three words or more (`Orientering fra udvalgsmedlemmer og` under
  /// `Orientering fra udvalgsmedlemmer og administration`).
  func sameTitle(_ a: String, _ b: String) -> Bool {
    if a.isEmpty || b.isEmpty { return true }
    let (x, y) = (SectionHeading.key(a), SectionHeading.key(b))
    if x == y { return true }
    let (short, long) = x.utf8.count < y.utf8.count ? (x, y) : (y, x)
    return short.split(separator: " ").count >= 3 && long.hasPrefix(short + " ")
  }

  func isCandidateAnyStyle(_ line: MarkupLine) -> Bool {
    ItemHeading.keywordHeading(line) != nil || ItemHeading.numberedHeading(line) != nil
  }

  // MARK: chains

  /// `Bestyrelsen besluttede:` / `1. Sæby Rundt køres 7. juni.` / `2. Klubmesterskabet køres 30.
  /// august.`: sentences numbered right under a line that opens a list with its colon (and under
  /// each other) are that list's points, not items.
  func withoutListAfterColon(_ candidates: [Start]) -> [Start] {
    var inList = Set<Int>()
    var out: [Start] = []
    // The opener a sentence of two words or more (`Bestyrelsen besluttede:`), no label
    // (`Kopi:`) nor a table's row of labels (`Pkt. Dagsorden: Begrundelse: Beslutning:`).
    func opensList(_ line: MarkupLine) -> Bool {
      let t = line.text
      return t.hasSuffix(":") && t.utf8.filter({ $0 == 0x3A }).count == 1 && t.split(separator: " ").count >= 2
        && HeaderLabel.read(t) == nil && SectionHeading.read(line) == nil && ItemHeading.numberedHeading(line) == nil
    }
    for c in candidates {
      let i = c.index
      if c.match.endsLikeSentence, i > 0, !lines[i - 1].isBlank, lines[i - 1].text.utf8.count <= 300,
        inList.contains(i - 1) || opensList(lines[i - 1])
      {
        inList.insert(i)
        continue
      }
      out.append(c)
    }
    return withoutOtherNumberMark(out)
  }

  /// `1) Referat fra sidste møde` ... `2) Havnefesten 2025` / `1. Der skal søges sponsorer.` /
  /// `2. Der skal bookes band.` / `3) Stien langs fjorden`: a document numbers its items one way;
  /// where the headings of one mark (`)` or `.`) run 1, 2, 3 ... and the lines of the other
  /// stand only between them, those are lists inside items.
  func withoutOtherNumberMark(_ candidates: [Start]) -> [Start] {
    func mark(_ s: Start) -> UInt8? {
      guard s.match.style == .numbered else { return nil }
      let bytes = Array(lines[s.index].text.utf8.prefix(12))
      guard let d = bytes.firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
      var k = d
      while k < bytes.count, bytes[k] >= 0x30 && bytes[k] <= 0x39 { k += 1 }
      return k < bytes.count && (bytes[k] == 0x29 || bytes[k] == 0x2E) ? bytes[k] : nil
    }
    let marks = candidates.map(mark)
    for (own, other) in [(UInt8(0x29), UInt8(0x2E)), (UInt8(0x2E), UInt8(0x29))] {
      let items = candidates.indices.filter { marks[$0] == own }.map { candidates[$0] }
      let others = candidates.indices.filter { marks[$0] == other }.map { candidates[$0] }
      guard items.count >= 3, !others.isEmpty, items.first?.match.number == 1, isConsecutive(items),
        let first = items.first?.index, let last = items.last?.index,
        others.allSatisfy({ $0.index > first && $0.index < last })
      else { continue }
      return candidates.indices.filter { marks[$0] != other }.map { candidates[$0] }
    }
    return candidates
  }

  /// The consistent sequence among candidates of one form: numbers rise; a heading printed twice
  /// is one item. Where numbers start over (a table of contents before the items, a numbered list
  /// inside an item), the run with the most confirmed headings is the items', and the other runs
  /// lend it only confirmed headings that fit its order.
  func chain(_ candidates: [Start]) -> [Start] {
    let candidates = withoutListAfterColon(candidates)
    var runs: [[(Start, Int)]] = []
    // An agenda's headings dressed as its confirmed items are (`<h3>1. Godkendelse af
    // dagsorden</h3>` with nothing under it, before `<h3>2. Almene boliger</h3>` and its case):
    // items, however little stands under them.
    let dressedLevels: Set<Int> =
      candidates.contains(where: { lines[$0.index].headingLevel > 0 })
      ? Set(candidates.filter { lines[$0.index].headingLevel > 0 && confirmation($0) >= 2 }.map { lines[$0.index].headingLevel })
      : []
    for c in candidates {
      var conf = confirmation(c)
      if conf == 0, !c.match.endsLikeSentence, dressedLevels.contains(lines[c.index].headingLevel) { conf = 1 }
      if hasSections, conf == 0 || (c.match.endsLikeSentence && conf < 2) { continue }
      // "108. Dialogmøde" / "1. Velkomst" / "2. Dialog om budget" / "109. ...": a heading that
      // follows on from an earlier run goes on with it, past a list in between.
      if let last = runs.last?.last?.0, c.match.number != last.match.number + 1, c.match.number > 1,
        // The last few runs only: the search stays linear in the candidates.
        let r = runs.indices.suffix(8).last(where: { runs[$0].last.map { $0.0.match.number + 1 == c.match.number } ?? false }),
        r < runs.count - 1
      {
        runs[r].append((c, conf))
        continue
      }
      if let last = runs.last?.last?.0 {
        if c.match.number == last.match.number, nonBlankLines(from: last.index, to: c.index) <= 6,
          sameTitle(c.match.title, last.match.title)
        {
          // Printed twice: one item, with a title if the first had none.
          var merged = last
          if merged.match.title.isEmpty { merged.match.title = c.match.title }
          merged.match.isClosed = last.match.isClosed || c.match.isClosed
          let strength = max(runs[runs.count - 1][runs[runs.count - 1].count - 1].1, conf, 2)
          runs[runs.count - 1][runs[runs.count - 1].count - 1] = (merged, strength)
          continue
        }
        if c.match.number > last.match.number {
          runs[runs.count - 1].append((c, conf))
          continue
        }
        // "3. Elite Miljø" (the last line of a list of offers) / "3. Meddelelser" / "Sagsnr.:
        // 21/3": where the run's headings each have their case number under them, a heading
        // with one goes on with the run, and the lines without one it would follow on from
        // (`Punkt 4: Kommunen køber grunden ...` in the item's text) were lines of a list.
        if c.match.number <= last.match.number, hasCaseLine(after: c) {
          var run = runs[runs.count - 1]
          while let l = run.last, l.0.match.number >= c.match.number, !hasCaseLine(after: l.0) { run.removeLast() }
          if run.count >= 2, run.count < runs[runs.count - 1].count, let l = run.last, l.0.match.number < c.match.number,
            run.allSatisfy({ hasCaseLine(after: $0.0) })
          {
            runs[runs.count - 1] = run + [(c, conf)]
            continue
          }
        }
        // "<h2>2. Cykelplan</h2> ... <ol><li>Vintervedligehold</li></ol> ... <h2>3. Parkering</h2>":
        // of two with one number, the one dressed as the run's headings are is the item.
        if c.match.number == last.match.number, runs[runs.count - 1].count >= 2,
          case let level = lines[runs[runs.count - 1][0].0.index].headingLevel, level > 0,
          runs[runs.count - 1].dropLast().allSatisfy({ lines[$0.0.index].headingLevel == level })
        {
          if lines[last.index].headingLevel != level, lines[c.index].headingLevel == level {
            runs[runs.count - 1][runs[runs.count - 1].count - 1] = (c, conf)
            continue
          }
        }
        if c.match.number == last.match.number, !hasCaseLine(after: c), runs[runs.count - 1].count >= 2,
          runs[runs.count - 1].allSatisfy({ hasCaseLine(after: $0.0) })
        {
          continue
        }
      }
      runs.append([(c, conf)])
    }
    guard !runs.isEmpty else { return [] }
    func score(_ run: [(Start, Int)]) -> (Int, Int, Int) {
      (run.filter { $0.1 >= 2 }.count, run.reduce(0) { $0 + $1.1 }, run.count)
    }
    var baseIndex = 0
    for (k, run) in runs.enumerated() where score(run) > score(runs[baseIndex]) { baseIndex = k }
    var result = runs[baseIndex]
    // Items the document dresses as headings of one level (`## 3. Nyt fra NAU`): a numbered line
    // not dressed so (`4. Emma er valgt ind`) is a list inside an item, whatever its number.
    let levels = Set(result.map { lines[$0.0.index].headingLevel })
    let dressedLevel = result.count >= 2 && levels.count == 1 ? levels.first.flatMap { $0 > 0 ? $0 : nil } : nil
    for (k, run) in runs.enumerated() where k != baseIndex {
      for (c, conf) in run where dressedLevel == nil || lines[c.index].headingLevel == dressedLevel {
        // Where it would stand in the result.
        let pos = result.firstIndex(where: { $0.0.index > c.index }) ?? result.count
        let before = pos > 0 ? result[pos - 1].0.match.number : Int.min
        let after = pos < result.count ? result[pos].0.match.number : Int.max
        guard before < c.match.number, c.match.number < after else { continue }
        guard conf >= 2 || c.match.number == before + 1 else { continue }
        result.insert((c, conf), at: pos)
      }
    }
    // Weakly confirmed headings that do not follow on from the one before are list items; a
    // heading with nothing under it (its whole minutes in the title: "10. Næste møde torsdag den
    // 21. februar") between two that follow on from each other is an item too.
    var out: [Start] = []
    for (c, conf) in result {
      // "4. Masterplan med kommende sager er vedlagt." after item 2: a sentence that skips the
      // run's next number is the last line of a list inside the item, whatever section follows.
      if c.match.endsLikeSentence, let last = out.last, c.match.number > last.match.number + 1, c.match.style != .keyword {
        continue
      }
      // Weakly confirmed, after the decision of the item before: a list in that decision; a
      // sentence that opens with an item's keyword (`Punkt 28. Aftale med Lejerbo udsat.`) too.
      // The next number, titled and no sentence, with no list begun in between (`2. Budget` /
      // `Beslutning:` / `Godkendt.` / `3. Eventuelt`), goes on with the run.
      if conf < 2, let last = out.last, c.match.style != .keyword || lines[c.index].text.hasSuffix("."),
        hasDecisionHeading(from: last.index, to: c.index),
        !(c.match.number == last.match.number + 1 && !c.match.endsLikeSentence && !c.match.title.isEmpty
          && !candidates.contains { $0.index > last.index && $0.index < c.index && $0.match.number < c.match.number })
      {
        continue
      }
      if conf < 2, let last = out.last, c.match.number != last.match.number + 1,
        c.match.style != .keyword
      {
        if c.match.number == last.match.number + 2,
          let gap = candidates.first(where: {
            $0.index > last.index && $0.index < c.index && $0.match.number == last.match.number + 1
              && !$0.match.title.isEmpty
          })
        {
          out.append(gap)
          out.append(c)
        }
        continue
      }
      out.append(c)
    }
    // Where every heading is followed by its case number, a numbered line without one is a
    // list inside an item ("3. Orientering om særlig indsats" under "2. Gensidig orientering").
    let withCase = out.filter { hasCaseLine(after: $0) }
    if withCase.count >= 2, withCase.count < out.count,
      out.filter({ confirmation($0) >= 2 }).allSatisfy({ hasCaseLine(after: $0) })
    {
      // The agenda's approval before them and `Eventuelt` after them have no case: items still,
      // where their numbers follow on.
      var kept = withCase
      while let first = kept.first, let s = out.last(where: { $0.index < first.index && $0.match.number == first.match.number - 1 }),
        Self.isCaselessTitle(s.match.title)
      {
        kept.insert(s, at: 0)
      }
      while let last = kept.last, let s = out.first(where: { $0.index > last.index && $0.match.number == last.match.number + 1 }),
        Self.isCaselessTitle(s.match.title)
      {
        kept.append(s)
      }
      return kept
    }
    return out
  }

  /// Titles of the items minutes open and close with, which carry no case of their own
  /// (`Godkendelse af dagsorden`, `Meddelelser`, `Eventuelt`, `Næste møde`).
  static func isCaselessTitle(_ title: String) -> Bool {
    let key = SectionHeading.key(title)
    if key.hasPrefix("godkendelse af dagsorden") || key.hasPrefix("godkendelse af referat") { return true }
    return ["dagsorden", "meddelelser", "eventuelt", "evt", "næste møde", "siden sidst", "spørgetid"].contains(key)
  }

  /// A case number within the four lines under a heading.
  func hasCaseLine(after s: Start) -> Bool {
    var j = s.titleIndex ?? s.index
    var seen = 0
    while let k = nextNonBlank(after: j), seen < 4 {
      if CaseNumberReader.read(lines[k])?.caseNumber != nil { return true }
      // The next heading's case number is not this one's (the same heading printed twice is
      // this one).
      if let h = ItemHeading.keywordHeading(lines[k]) ?? ItemHeading.numberedHeading(lines[k]),
        h.number != s.match.number || !sameTitle(h.title, s.match.title)
      {
        return false
      }
      j = k
      seen += 1
    }
    return false
  }

  /// An ordered list whose numbers a converter lost (`1. A`, `1. B`, `1. C`: every heading
  /// numbered 1): when three or more confirmed headings carry the same number and no other, they
  /// are numbered 1, 2, 3 ... in order.
  func renumbered(_ candidates: [Start]) -> [Start]? {
    let confirmed = candidates.filter { confirmation($0) >= 1 || (!hasSections && !$0.match.title.isEmpty) }
    guard confirmed.count >= 3, let n = confirmed.first?.match.number,
      confirmed.allSatisfy({ $0.match.number == n }),
      !hasSections || confirmed.filter({ confirmation($0) >= 2 }).count * 2 >= confirmed.count
    else { return nil }
    return confirmed.enumerated().map { k, s in
      var s = s
      s.match.number = k + 1
      return s
    }
  }

  /// Notes whose list of items a page broke in two, each part numbered from 1 (`1. Godkendelse`
  /// ... `3. Beboermødet`, then `1. Sommerfest` ... `3. Eventuelt`): in notes without sections,
  /// runs that each start at 1 and go on by one, at the same indent, with titles for headings
  /// (a list nested deeper is no part of it), are numbered on in order.
  func restarted(_ candidates: [Start]) -> [Start]? {
    guard !hasSections, let indent = candidates.first.map({ lines[$0.index].indent }) else { return nil }
    let same = candidates.filter { lines[$0.index].indent == indent }
    guard same.count >= 4, same.allSatisfy({ !$0.match.endsLikeSentence && $0.match.title.split(separator: " ").count <= 10 })
    else { return nil }
    var runs = 0
    var expected = 1
    for c in same {
      if c.match.number == 1 {
        runs += 1
        expected = 2
      } else if c.match.number == expected {
        expected += 1
      } else {
        return nil
      }
    }
    // A table of contents before its items repeats their titles: no broken list.
    let titles = same.map { SectionHeading.key($0.match.title) }
    guard runs >= 2, Set(titles).count == titles.count else { return nil }
    return same.enumerated().map { k, s in
      var s = s
      s.match.number = k + 1
      return s
    }
  }

  /// Notes whose items each hold a numbered list that starts over at 1, printed without
  /// indentation (`1. Opfølgning på festen` / `1. Det gik godt` / `2. God idé` / `2. Opfølgning
  /// på foredraget` / `1. ...`): a heading is the number that goes on from the last item and
  /// opens such a list (or that follows no list it could go on with); the lists' own numbers are
  /// not items.
  func nestedWithoutIndent(_ candidates: [Start]) -> [Start]? {
    guard !hasSections, candidates.count >= 6 else { return nil }
    var out: [Start] = []
    var lists = 0
    for (k, c) in candidates.enumerated() where c.match.number == (out.last?.match.number ?? 0) + 1 {
      let opensList = k + 1 < candidates.count && candidates[k + 1].match.number == 1
      // One that opens no list of its own is an item only where it does not go on with the list
      // before it (`3. Anna er valgt` / `4. Emma er valgt` is that list's next line).
      let goesOnWithList = k > 0 && candidates[k - 1].match.number + 1 == c.match.number
        && candidates[k - 1].index != out.last?.index
      guard opensList || !goesOnWithList, !c.match.endsLikeSentence, !c.match.title.isEmpty else { continue }
      out.append(c)
      if opensList { lists += 1 }
    }
    // Three items or more, most with a list: fewer are no pattern.
    guard out.count >= 3, lists * 3 >= out.count * 2, candidates.count >= out.count * 2 else { return nil }
    return out
  }

  /// Whether the status line at `i` stands next to one of the other status: the two headers of a
  /// table's open/closed columns, not a marker.
  func isStatusPair(_ i: Int) -> Bool {
    guard let own = ClosedMarker.status(lines[i].text) else { return false }
    for k in [previousNonBlank(before: i), nextNonBlank(after: i)] {
      if let k, let other = ClosedMarker.status(lines[k].text), other != own { return true }
    }
    return false
  }

  /// Whether a decision heading or label stands between two lines.
  func hasDecisionHeading(from a: Int, to b: Int) -> Bool {
    guard a + 1 < b else { return false }
    for line in lines[(a + 1)..<b] where !line.isBlank {
      if case .known(.decision) = SectionHeading.read(line) { return true }
      if SectionHeading.readBullet(line) == .decision { return true }
      if line.text.utf8.count <= 300, DecisionLabel.read(line.text, reference: nil) != nil { return true }
    }
    return false
  }

  /// Numbered headings at two depths of indentation (` 1. Opfølgning på ...` over `  1. Det
  /// gik godt`): the outermost are the items, the deeper ones lists inside them, when the
  /// outermost run 1, 2, 3, ... on their own. A deeper heading is indented more and its title
  /// starts further in, so that numbers aligned on their right (` 9.` over `10.`) and on their
  /// left (`9.` over `10.`) are one depth.
  func outermost(_ candidates: [Start]) -> [Start] {
    guard candidates.count >= 3 else { return candidates }
    func column(_ s: Start) -> Int { lines[s.index].indent + String(s.match.number).count + 1 }
    guard let least = candidates.map({ lines[$0.index].indent }).min(),
      let titleColumn = candidates.filter({ lines[$0.index].indent == least }).map(column).min()
    else { return candidates }
    let outer = candidates.filter { lines[$0.index].indent == least || column($0) <= titleColumn }
    guard outer.count >= 2, outer.count < candidates.count, outer.first?.match.number == 1, isConsecutive(outer)
    else { return candidates }
    return outer
  }

  func isConsecutive(_ chain: [Start]) -> Bool {
    zip(chain, chain.dropFirst()).allSatisfy { $1.match.number == $0.match.number + 1 }
  }

  func nonBlankLines(from a: Int, to b: Int) -> Int {
    guard a + 1 < b else { return 0 }
    return lines[(a + 1)..<b].filter { !$0.isBlank }.count
  }

  func nextNonBlank(after i: Int) -> Int? {
    var j = i + 1
    while j < lines.count {
      if !lines[j].isBlank && !lines[j].isRule { return j }
      j += 1
    }
    return nil
  }

  // MARK: unnumbered items

  /// Items with no number: each opens with a status line (`Åben`, `Lukket`) followed by a section
  /// heading, or with a title that ends in its case number in parentheses.
  func unnumbered() -> [Start] {
    // Headings dressed alike, each over its sections, are the items whatever else recurs
    // inside them (case lines, statuses).
    let dressed = dressedTitles()
    if dressed.count >= 3 { return dressed }
    var out: [Start] = []
    for (i, line) in lines.enumerated() where !line.isBlank {
      let text = line.text
      if let status = ClosedMarker.status(text), text.utf8.count <= 20,
        let k = nextNonBlank(after: i), SectionHeading.read(lines[k]) != nil || isCaseLabelLine(lines[k].text)
      {
        var title = ""
        // A title on the line before the status, when it reads like one: not the text under the
        // item before's last heading (`Beslutning` / `Dagsorden godkendes` / `Åben`).
        if let p = previousNonBlank(before: i), isPlausibleTitle(lines[p]), !lines[p].text.hasSuffix("."),
          !containsDate(lines[p].text), out.last.map({ $0.index < p }) ?? true, p > 0,
          previousNonBlank(before: p).map({ SectionHeading.read(lines[$0]) == nil }) ?? true
        {
          title = ItemTitle.clean(lines[p].text).0
        }
        let m = ItemHeading.Match(
          number: out.count + 1, title: title, isClosed: status == .closed, style: .unnumbered)
        out.append(Start(index: i, match: m))
        continue
      }
      // "Godkendelse af budget (2023-0123456)" followed by a section heading.
      if text.hasSuffix(")"), isPlausibleTitle(line), let k = nextNonBlank(after: i),
        SectionHeading.read(lines[k]) != nil
      {
        let (title, closed, cn) = ItemTitle.clean(text)
        guard let cn else { continue }
        var m = ItemHeading.Match(number: out.count + 1, title: title, isClosed: closed, style: .unnumbered)
        m.caseNumber = cn
        out.append(Start(index: i, match: m))
      }
    }
    if !out.isEmpty { return out }
    // Each item opens with its case number (`Sagsid.: 15/240, Sagsinitialer: jne`), maybe its
    // title on the next line, then sections.
    for (i, line) in lines.enumerated() where !line.isBlank {
      guard let k = nextNonBlank(after: i) else { continue }
      let c = CaseNumberReader.read(line)
      // `• Sagsid.:` with its number left out (an item on no case), when a section or the
      // decision's label follows.
      let bareLabel = c?.caseNumber == nil && isCaseLabelLine(line.text) && line.text.trimming(" .:").count <= 12
        && (DecisionLabel.read(lines[k].text, reference: nil) != nil || SectionHeading.read(lines[k]) != nil)
      guard bareLabel || (c?.caseNumber != nil && c?.remainder == nil) else { continue }
      let cn = c?.caseNumber
      var title = ""
      var titleIndex: Int?
      // A decision's label under the case number (`Beslutning i Byrådet den 10-10-2022`) opens
      // the item's decision; the item has no title of its own.
      if SectionHeading.read(lines[k]) == nil, DecisionLabel.read(lines[k].text, reference: nil) == nil {
        // A title under the case line, when sections follow within a few lines.
        guard isPlausibleTitle(lines[k]), !lines[k].text.hasSuffix("."), (k + 1..<min(lines.count, k + 30)).contains(where: {
          if case .known = SectionHeading.read(lines[$0]) { return true }
          return false
        }) else { continue }
        title = ItemTitle.clean(lines[k].text).0
        titleIndex = k
      }
      var m = ItemHeading.Match(number: out.count + 1, title: title, isClosed: c?.status == .closed, style: .unnumbered)
      m.caseNumber = cn
      out.append(Start(index: i, match: m, titleIndex: titleIndex))
    }
    if out.count >= 2 { return out }
    // A title, then its case label (`Sagsnr.: 14/` with the number cut off by a transcript),
    // then sections.
    var titled: [Start] = []
    for (i, line) in lines.enumerated() where !line.isBlank && isCaseLabelLine(line.text) {
      guard let p = previousNonBlank(before: i), isPlausibleTitle(lines[p]), !lines[p].text.hasSuffix("."),
        !lines[p].text.hasSuffix(":"), !isCaseLabelLine(lines[p].text), !containsDate(lines[p].text),
        titled.last.map({ $0.index < p }) ?? true,
        (i + 1..<min(lines.count, i + 30)).contains(where: {
          if case .known = SectionHeading.read(lines[$0]) { return true }
          return false
        })
      else { continue }
      let (title, closed, _) = ItemTitle.clean(lines[p].text)
      var m = ItemHeading.Match(number: titled.count + 1, title: title, isClosed: closed, style: .unnumbered)
      m.caseNumber = CaseNumberReader.read(line)?.caseNumber
      titled.append(Start(index: p, match: m))
    }
    if !titled.isEmpty, titled.count >= out.count { return titled }
    if out.count >= 2 { return out }
    // The forms without a number or a case number, most telling first; the first that finds
    // items wins.
    let forms: [() -> [Start]] = [
      timeSlots, titledSections, openingSections, bulletTitles, labelledTitles, plainTitles, paragraphBlocks,
      bulletParagraphs, contentsOnly,
    ]
    for form in forms {
      let found = form()
      if !found.isEmpty { return found }
    }
    return []
  }

  /// Items lettered `A:`, `B.`, `C)` ... at the start of lines, A first and one letter after
  /// another, each with a capitalised title (up to its colon when its text follows on the line),
  /// numbered 1, 2, 3 ... in order; lines lettered out of the run (`a.` under an item) are not.
  func letteredItems() -> [Start] {
    var out: [Start] = []
    var runs: [[Start]] = []
    var expected: Character = "A"
    for (i, line) in lines.enumerated() where !line.isBlank && !line.isTableRow && line.indent == 0 && line.text.utf8.count <= 4000 {
      let t = line.text
      // "A. ..." again after a run: the agenda's list before, the items now.
      if t.first == "A", expected != "A", out.count >= 3, t.count >= 4, [".", ":", ")"].contains(t[t.index(after: t.startIndex)]) {
        runs.append(out)
        out = []
        expected = "A"
      }
      guard let letter = t.first, letter == expected, t.count >= 4 else { continue }
      let mark = t[t.index(after: t.startIndex)]
      guard mark == ":" || mark == "." || mark == ")" else { continue }
      let after = t.dropFirst(2)
      guard after.first == " " else { continue }
      let body = after.drop(while: { $0 == " " })
      guard let f = body.first, f.isUppercase else { continue }
      var title = String(body)
      var text: String?
      // "A: Valg af dirigent: Jens blev valgt.": the title, then what was done (a sentence, or
      // words in lower case); not a title with a colon of its own (`D. Høring:
      // Integrationspolitik 2032-2035`).
      if let colon = body.firstIndex(of: ":"), body.distance(from: body.startIndex, to: colon) <= 80 {
        let rest = body[body.index(after: colon)...].trimmingSpaces
        if rest.hasSuffix(".") || rest.split(separator: " ").filter({ $0.first?.isLowercase == true }).count >= 2 {
          title = String(body[..<colon])
          if !rest.isEmpty { text = rest }
        }
      }
      let (clean, closed, cn) = ItemTitle.clean(title)
      var m = ItemHeading.Match(number: out.count + 1, title: clean, isClosed: closed, style: .unnumbered)
      m.caseNumber = cn
      var start = Start(index: i, match: m)
      start.text = text
      out.append(start)
      guard let next = letter.unicodeScalars.first.flatMap({ Unicode.Scalar($0.value + 1) }), next.value <= 0x5A else {
        expected = "["
        continue
      }
      expected = Character(next)
    }
    runs.append(out)
    // The run with text between its lines (the items), over a list one a line (the agenda).
    let listed = runs.filter { $0.count >= 3 }
    let withText = listed.filter { run in zip(run, run.dropFirst()).contains { $1.index - $0.index > 1 } }
    return withText.last ?? listed.last ?? []
  }

  /// A copy that holds the minutes' table of contents and no item's page
  /// (`1. Godkendelse af dagsorden ........ 4`): the items it lists, without text. The last resort:
  /// two or more entries numbered one after another, each with its dotted leader and page.
  func contentsOnly() -> [Start] {
    var out: [Start] = []
    for (i, line) in lines.enumerated() where !line.isBlank && !line.isTableRow && ItemHeading.hasLeader(line.text) {
      let t = line.text
      let digits = t.prefix(while: \.isNumber)
      guard !digits.isEmpty, digits.count <= 3, let n = Int(digits), t.dropFirst(digits.count).hasPrefix(". ") else { continue }
      var title = String(t.dropFirst(digits.count + 2))
      if let dots = title.range(of: "....") { title = String(title[..<dots.lowerBound]) }
      title = title.trimming(" .")
      guard let f = title.first, f.isUppercase || f.isNumber else { continue }
      if let last = out.last, n != last.match.number + 1 { return [] }
      out.append(Start(index: i, match: ItemHeading.Match(number: n, title: title, isClosed: false, style: .numbered)))
    }
    return out.count >= 2 ? out : []
  }

  /// Notes of a small board written as one list, each bullet a matter and what was said of it
  /// (`• Badminton, Karsten tager imod tilmeldingerne ...`): each bullet an item without a
  /// title. The last resort, for four to forty bullets of prose, most of them sentences.
  func bulletParagraphs() -> [Start] {
    let bullets = lines.indices.filter { lines[$0].isBullet && !lines[$0].isBlank && !lines[$0].isTableRow }
    guard (4...40).contains(bullets.count) else { return [] }
    let prose = bullets.filter { i in
      let t = lines[i].text
      return t.utf8.count >= 30 && t.split(separator: " ").count >= 5
    }
    guard prose.count * 4 >= bullets.count * 3 else { return [] }
    return bullets.enumerated().map { n, i in
      Start(index: i, match: ItemHeading.Match(number: n + 1, title: "", isClosed: false, style: .unnumbered), startsWithContent: true)
    }
  }

  /// A page that dropped its agenda column (`Referat` / a paragraph an item, each with its
  /// outcome): under the document's `Referat` line, each block of prose between blank lines is
  /// an item without a title. The last resort, for two to thirty blocks.
  func paragraphBlocks() -> [Start] {
    guard let mark = lines.lastIndex(where: { ["referat", "referat:", "beslutninger", "beslutninger:"].contains($0.text.trimmingSpaces.lowercased()) }),
      mark + 1 < lines.count
    else { return [] }
    var out: [Start] = []
    var i = mark + 1
    while i < lines.count {
      guard !lines[i].isBlank else {
        i += 1
        continue
      }
      var j = i
      while j < lines.count, !lines[j].isBlank { j += 1 }
      // Short paragraphs of prose: a page's whole text run together is no item.
      let block = lines[i..<j]
      guard j - i <= 6, lines[i].text.count >= 20, !lines[i].isTableRow, block.reduce(0, { $0 + $1.text.utf8.count }) <= 500,
        !block.contains(where: { HeaderLabel.read($0.text) != nil || $0.text.contains(":") })
      else { return [] }
      out.append(Start(index: i, match: ItemHeading.Match(number: out.count + 1, title: "", isClosed: false, style: .unnumbered), startsWithContent: true))
      i = j
    }
    return (2...30).contains(out.count) ? out : []
  }

  /// `Valg af referent.: Jeanette`, `Godkendelse af dagsorden: godkendt`, `Meddelelser fra
  /// kassereren:`: a board's items as labels, each with its outcome after the colon or its text
  /// under it; the title and what follows the colon.
  static func labelledTitle(_ text: String) -> (title: String, value: String)? {
    guard text.utf8.count <= 160, let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 70
    else { return nil }
    let head = String(text[..<colon]).trimming(" .")
    let value = String(text[text.index(after: colon)...]).trimmingSpaces
    let words = head.split(separator: " ")
    // "Byggesager:" alone over its text: one word will do.
    // "Blåt Flag:" alone over its text: a name of two words, not a person's.
    // "Cykelparkering Dexter Gordons Vej:" alone over its text: a name of more words, not a
    // person's. "Evt.:": the closing item.
    let bareName = (words.count == 1 && head.count >= 5 && head.allSatisfy(\.isLetter) && head.dropFirst().allSatisfy(\.isLowercase)
      || (2...6).contains(words.count) && words.allSatisfy({ $0.count >= 3 && $0.allSatisfy(\.isLetter) })
        && !AttendeeList.isPersonName(head))
      && value.isEmpty || ["evt", "eventuelt"].contains(head.lowercased())
    guard let f = head.first, f.isUppercase, (2...8).contains(words.count) || bareName, value.count <= 60,
      !head.contains(where: \.isNumber) || head.lowercased().contains("referat"),
      bareName || words.dropFirst().contains(where: { $0.first?.isLowercase == true && !["og", "for", "i", "af"].contains($0) })
        || words.count >= 2 && words.dropFirst().allSatisfy({ ["og", "for", "i", "af", "fra", "til", "om"].contains($0) || $0.first?.isLowercase == true }),
      HeaderLabel.read(text) == nil, SectionHeading.vocabulary[SectionHeading.key(head)] == nil,
      DecisionLabel.read(text, reference: nil) == nil, !AttendeeList.roleWords.contains(String(words[0]).lowercased())
    else { return nil }
    // A sentence before a colon ("Der blev spurgt:") is no title.
    if ["der", "det", "vi", "han", "hun", "de", "man"].contains(String(words[0]).lowercased()) { return nil }
    // "Evt.:", "Diverse mv.:": an abbreviation keeps its full stop.
    let written = String(text[..<colon]).trimmingSpaces
    if written.hasSuffix("."), let last = written.split(separator: " ").last, last.count <= 4, last.dropLast().allSatisfy(\.isLetter) {
      return (written, value)
    }
    return (head, value)
  }

  /// A board's items written as labels (`labelledTitle`), three or more after the header's fields.
  func labelledTitles() -> [Start] {
    var out: [Start] = []
    for (i, line) in lines.enumerated() where !line.isBlank && !line.isBullet && !line.isTableRow {
      guard let (title, value) = ItemStartFinder.labelledTitle(line.text) else { continue }
      var s = Start(index: i, match: ItemHeading.Match(number: out.count + 1, title: title, isClosed: false, style: .unnumbered))
      if !value.isEmpty { s.text = value }
      out.append(s)
    }
    return out.count >= 3 ? out : []
  }

  /// An item without a number of its own, numbered in order, its title cleaned (markers, case
  /// number).
  func unnumberedStart(at index: Int, number: Int, title raw: String) -> Start {
    let (title, closed, cn) = ItemTitle.clean(raw)
    var m = ItemHeading.Match(number: number, title: title, isClosed: closed, style: .unnumbered)
    m.caseNumber = cn
    return Start(index: index, match: m)
  }

  /// Items that each open with their slot of the meeting's time on a line of its own
  /// (`19.00-19.20` / `Vi gik en tur rundt ...` / `19.20-19.50` / ...): three or more slots, in
  /// the order of the day, each with text under it.
  func timeSlots() -> [Start] {
    var out: [Start] = []
    var lastStart = -1
    for (i, line) in lines.enumerated() where !line.isBlank && !line.isTableRow && line.text.utf8.count <= 20 {
      let t = line.text.trimmingSpaces
      guard let end = LineRepair.timeRangeEnd(t), end == t.endIndex,
        let (start, _) = HeaderReader.clockSpan(t), let k = nextNonBlank(after: i),
        LineRepair.timeRangeEnd(lines[k].text) == nil
      else { continue }
      let minutes = start.hour * 60 + start.minute
      guard minutes >= lastStart else { return [] }
      lastStart = minutes
      out.append(Start(index: i, match: ItemHeading.Match(number: out.count + 1, title: "", isClosed: false, style: .unnumbered), startsWithContent: false))
    }
    return out.count >= 3 ? out : []
  }

  /// Minutes whose items lost their headings (an excerpt of a transcript, a converter that
  /// dropped them): each decision label with text under it (`Beslutning:` / `Dagsorden blev
  /// godkendt.`) is an item, titled by a subject line just above it (`Emne Godkendelse af
  /// dagsorden`), else untitled; numbered in order. The last way to find items.
  func decisionLabelsAlone() -> [Start] {
    var out: [Start] = []
    var lastEnd = -1
    for (i, line) in lines.enumerated() where !line.isBlank && !line.isTableRow && line.text.utf8.count <= 60 {
      guard case .known(.decision) = SectionHeading.read(line), let k = nextNonBlank(after: i),
        SectionHeading.read(lines[k]) == nil, ItemHeading.numberedHeading(lines[k]) == nil
      else { continue }
      var p = previousNonBlank(before: i)
      var looked = 0
      var subject: (Int, String)?
      while let q = p, q > lastEnd, looked < 4 {
        let t = lines[q].text
        // "Lukket punkt: Salg af ejendom" over the label: the closed item's heading, which its
        // text stays under.
        if ClosedMarker.status(t) == .closed || ItemTitle.clean(t).1 {
          subject = (q, t)
          break
        }
        if t.hasPrefix("Emne ") || t.hasPrefix("Emne:") || t.hasPrefix("EMNE") {
          let title = String(t.dropFirst(4)).trimming(" :")
          if let f = title.first, f.isUppercase, title.utf8.count <= 200 { subject = (q, title) }
          break
        }
        p = previousNonBlank(before: q)
        looked += 1
      }
      if let (q, title) = subject {
        out.append(unnumberedStart(at: q, number: out.count + 1, title: title))
      } else {
        out.append(Start(index: i, match: ItemHeading.Match(number: out.count + 1, title: "", isClosed: false, style: .unnumbered), startsWithContent: true))
      }
      lastEnd = i
    }
    return out
  }

  /// Items that open with their subject's label (`Emne: Ferieplan i høring`, `Emne:Kvalitetssikring`)
  /// over labelled fields (`Opgave:`, `Tovholder:`, `Beslutning:`): two or more.
  func subjectLines() -> [Start] {
    var out: [Start] = []
    for (i, line) in lines.enumerated() where !line.isBlank && !line.isTableRow && line.text.utf8.count <= 300 {
      let t = line.text
      guard t.hasPrefix("Emne:") || t.hasPrefix("EMNE:") || t.hasPrefix("Emne :") else { continue }
      let title = t.drop(while: { $0 != ":" }).dropFirst().trimmingSpaces
      guard let f = title.first, f.isUppercase || f.isNumber else { continue }
      out.append(unnumberedStart(at: i, number: out.count + 1, title: title))
    }
    return out.count >= 2 ? out : []
  }

  /// Notes of a small board whose items are short lines over their own prose, with neither
  /// number nor bullet (`Godkendelse af dagsordenen` / `Dagsorden godkendt.`, `Fælles mailadresse
  /// til Lokalrådet?` / `Hvor langt er vi?` / `Lone har undersøgt ...`), after the header's
  /// labelled fields. A title stands after a blank line or a finished sentence, so the last
  /// line of a wrapped paragraph is none; of titles one after another only the first counts.
  func plainTitles() -> [Start] {
    guard let firstField = lines.firstIndex(where: {
      !$0.isBlank && HeaderLabel.read($0.text) != nil && $0.text.contains(":")
    }) else { return [] }
    func isTitle(_ l: MarkupLine) -> Bool {
      let t = l.text.trimmingSpaces
      guard !l.isBullet, !l.isTableRow, let f = t.first, f.isUppercase, t.count >= 3, t.count <= 80,
        t.split(separator: " ").count <= 10, !t.contains(":"), HeaderLabel.read(t) == nil,
        let last = t.last, !".,;:-–".contains(last)
      else { return false }
      return SectionHeading.read(l) == nil
    }
    func isProse(_ k: Int) -> Bool {
      let t = lines[k].text
      return t.count >= 25 || t.hasSuffix(".") || t.hasSuffix("?") || t.hasSuffix("!")
    }
    var starts: [Int] = []
    var previousWasTitle = false
    for i in (firstField + 1)..<lines.count {
      let line = lines[i]
      if line.isBlank { continue }
      let candidate = isTitle(line)
      // Only a title taken blocks the next: a paragraph's last short line ("Karsten vil gerne
      // dele invitationer ud") does not.
      defer { previousWasTitle = candidate && starts.last == i }
      guard candidate, !previousWasTitle, let k = nextNonBlank(after: i), isProse(k) else { continue }
      // "Karsten melder sig til tjansen, indtil" / "generalforsamlingen.": a sentence wrapped,
      // going on right under it in lower case, is no title.
      if k == i + 1, lines[k].text.first?.isLowercase == true { continue }
      // After a blank line, a finished sentence or the header's last field.
      let before = i > 0 ? lines[i - 1] : nil
      let opensLine = before.map { b in
        b.isBlank || b.text.hasSuffix(".") || b.text.hasSuffix("?") || b.text.hasSuffix("!") || b.text.hasSuffix(")")
      } ?? true
      guard opensLine else { continue }
      starts.append(i)
    }
    guard starts.count >= 2 else { return [] }
    return starts.enumerated().map { n, i in unnumberedStart(at: i, number: n + 1, title: lines[i].text) }
  }

  /// Notes of a small board whose items are bullets, each a short title over its own prose
  /// (`• Hjemmesiden.` / `Helle gennemgår hjemmesiden. ...`), maybe after a title of the same
  /// kind without its bullet (`Meddelelser` / `God jul ...`). A bullet list (bullets one after
  /// another) is no run of items; a group header over bullets (`Emner til diskussion`) is none.
  func bulletTitles() -> [Start] {
    func isProse(_ k: Int) -> Bool {
      let l = lines[k]
      guard !l.isBullet, !l.isTableRow else { return false }
      let t = l.text
      return t.count >= 25 || t.hasSuffix(".") || t.hasSuffix("?") || t.hasSuffix("!")
    }
    func isTitle(_ l: MarkupLine) -> Bool {
      let t = l.text.trimming(" .")
      guard let f = t.first, f.isUppercase, t.count >= 3, t.count <= 70, !t.contains(":"),
        t.split(separator: " ").count <= 8, !t.dropLast().contains(".")
      else { return false }
      return true
    }
    var bullets: [Int] = []
    for (i, line) in lines.enumerated() where line.isBullet && !line.isBlank {
      guard isTitle(line), let k = nextNonBlank(after: i), isProse(k) else { continue }
      bullets.append(i)
    }
    guard bullets.count >= 3, let first = bullets.first else { return [] }
    // A title without its bullet before the run: a short line over prose, after the header's
    // labelled fields.
    var starts: [Int] = []
    // Only after a labelled field (`Afbud: ...`): the header ends there.
    guard let firstField = lines[..<first].firstIndex(where: { $0.text.contains(":") }) else {
      return bullets.enumerated().map { n, i in
        Start(index: i, match: ItemHeading.Match(number: n + 1, title: lines[i].text.trimming(" ."), isClosed: false, style: .unnumbered))
      }
    }
    for i in (firstField + 1)..<first where !lines[i].isBlank && !lines[i].isBullet && isTitle(lines[i]) {
      guard let k = nextNonBlank(after: i), k < first, isProse(k), previousNonBlank(before: i).map({ !isTitle(lines[$0]) || lines[$0].text.contains(":") }) ?? false
      else { continue }
      starts.append(i)
    }
    starts += bullets
    return starts.enumerated().map { n, i in
      let title = lines[i].text.trimming(" .")
      return Start(index: i, match: ItemHeading.Match(number: n + 1, title: title, isClosed: false, style: .unnumbered))
    }
  }

  /// `Sagsnr.: 14/1234 ...`, `Sagsid.:`: a line that opens with a case number's label.
  func isCaseLabelLine(_ text: String) -> Bool {
    guard let f = text.first, f == "S" || f == "J" || f == "E" || f == "s" || f == "j" else { return false }
    let head = text.prefix(16).lowercased()
    return CaseNumber.labels.contains { label in
      guard head.hasPrefix(label) else { return false }
      let after = head.dropFirst(label.count)
      return after.hasPrefix(":") || after.hasPrefix(".:") || after.hasPrefix(" ") || label.hasSuffix(":")
    }
  }

  /// Items whose titles are headings of one level without numbers (`## Godkendelse af
  /// dagsorden` / `**Beslutning:**` / ..., `## Høring om madservice` / `**Sagsnr.:** ...` /
  /// `**Sagsfremstilling:**`), each with a section under it before the next: two or more, at the
  /// level that has most. A block that holds the member list is the header.
  func dressedTitles() -> [Start] {
    var byLevel: [Int: [Int]] = [:]
    for (i, line) in lines.enumerated() where line.headingLevel > 0 && !line.isBlank && line.text.utf8.count <= 200 {
      if case .known = SectionHeading.read(line) { continue }
      guard !line.text.hasSuffix(":"), !line.text.hasSuffix("."), CaseNumberReader.read(line) == nil, ClosedMarker.status(line.text) == nil
      else { continue }
      byLevel[line.headingLevel, default: []].append(i)
    }
    guard let (level, heads) = byLevel.max(by: { $0.value.count < $1.value.count || ($0.value.count == $1.value.count && $0.key > $1.key) }),
      heads.count >= 2
    else { return [] }
    var out: [Start] = []
    for (n, p) in heads.enumerated() {
      let end = min(n + 1 < heads.count ? heads[n + 1] : lines.count, p + 40)
      let block = lines[(p + 1)..<max(p + 1, end)]
      // The next heading of a higher level ends the block too.
      let body = block.prefix { $0.headingLevel == 0 || $0.headingLevel > level }
      let sectioned = body.contains {
        if case .known = SectionHeading.read($0) { return true }
        return DecisionLabel.read($0.text, reference: nil) != nil
      }
      let holdsMembers = body.prefix(40).contains {
        if let (field, _) = HeaderLabel.read($0.text), field == .attendees || field == .absentees { return true }
        return false
      }
      guard sectioned, !holdsMembers else { continue }
      out.append(unnumberedStart(at: p, number: out.count + 1, title: lines[p].text))
    }
    return out.count >= 2 ? out : []
  }

  /// Items with neither number nor case number, each a title over the same section heading
  /// (`Godkendelse af dagsorden` / `Sagsfremstilling` / ..., `Meddelelser` / `Sagsfremstilling`):
  /// a run of two or more. A block that holds the meeting's member list (a front page `Forside` /
  /// `Sagsfremstilling` / `Medlemmer` ...) is the header, not an item.
  func titledSections() -> [Start] {
    var byKind: [Section.Kind: [Int]] = [:]
    for (i, line) in lines.enumerated() where !line.isBlank && line.text.utf8.count <= 60 {
      // The line before a decision's label is the case's last line, not a title.
      guard case .known(let kind) = SectionHeading.read(line), kind != .attachments, kind != .body, kind != .decision,
        let p = previousNonBlank(before: i), !lines[p].isBullet, isPlausibleTitle(lines[p]),
        lines[p].text.count <= 150, !lines[p].text.hasSuffix("."), !lines[p].text.hasSuffix(":"),
        !containsDate(lines[p].text), HeaderLabel.read(lines[p].text) == nil,
        byKind[kind]?.last.map({ $0 < p }) ?? true
      else { continue }
      byKind[kind, default: []].append(p)
    }
    guard let titles = byKind.values.max(by: { $0.count < $1.count || ($0.count == $1.count && ($0.first ?? 0) > ($1.first ?? 0)) }),
      titles.count >= 2
    else { return [] }
    // A block holding the member list is the meeting's front page.
    let kept = titles.enumerated().filter { n, p in
      let end = n + 1 < titles.count ? titles[n + 1] : lines.count
      let attendeeFields = lines[p..<end].prefix(80).filter {
        if let (field, _) = HeaderLabel.read($0.text), field == .attendees || field == .absentees { return true }
        return false
      }
      return attendeeFields.isEmpty
    }.map(\.element)
    guard kept.count >= 2 else { return [] }
    return kept.enumerated().map { n, p in unnumberedStart(at: p, number: n + 1, title: lines[p].text) }
  }

  /// Items with neither heading nor case number: each opens with the same section heading
  /// (`Resumé`), which comes again after the item before has had its decision.
  func openingSections() -> [Start] {
    var opening: Section.Kind?
    var out: [Start] = []
    var decided = true
    for (i, line) in lines.enumerated() where !line.isBlank {
      if DecisionLabel.read(line.text, reference: nil) != nil {
        // A decision before the first opening section (`Beslutning i X den ...` / `Dagsorden
        // godkendt.` before the first `Beslutningstema`): an item of its own.
        if decided, opening == nil, i > 0 {
          let m = ItemHeading.Match(number: out.count + 1, title: "", isClosed: false, style: .unnumbered)
          out.append(Start(index: i, match: m, startsWithContent: true))
        }
        decided = true
        continue
      }
      guard case .known(let kind) = SectionHeading.read(line) else { continue }
      if kind == .decision {
        decided = true
        continue
      }
      if opening == nil, kind != .attachments { opening = kind }
      guard kind == opening, decided else { continue }
      let m = ItemHeading.Match(number: out.count + 1, title: "", isClosed: false, style: .unnumbered)
      out.append(Start(index: i, match: m, startsWithContent: true))
      decided = false
    }
    // One item of a page: its opening section, then its decision.
    if out.count == 1, let only = out.first, hasDecisionHeading(from: only.index, to: lines.count) { return out }
    return out.count >= 2 ? out : []
  }

  /// The line above the heading's lines of facts that end at `p` (`Sagsnr.: 37/03011`,
  /// `Sagsbehandler: Søren Holm`, `Dok.nr.: 36/8660-6`): the heading itself where they stand
  /// under one; `p` where `p` holds none.
  func aboveFacts(_ p: Int) -> Int {
    var k = p
    for _ in 0..<4 {
      let text = lines[k].text
      let label = text.split(separator: ":", maxSplits: 1).first.map { $0.lowercased().trimming(" .\t") } ?? ""
      let isFact = text.utf8.count <= 120
        && (CaseNumberReader.read(lines[k])?.caseNumber != nil || text.contains(":") && FactColumn.labels[label] == false)
      guard isFact, let above = previousNonBlank(before: k) else { break }
      k = above
    }
    return k
  }

  func previousNonBlank(before i: Int) -> Int? {
    var j = i - 1
    while j >= 0 {
      if !lines[j].isBlank && !lines[j].isRule { return j }
      j -= 1
    }
    return nil
  }

  func containsDate(_ text: String) -> Bool {
    TemporalReader(reference: Day(year: 2000, month: 1, day: 1) ?? Day(ordinal: 0)).expressions(in: text)
      .contains { $0.kind == .day || $0.kind == .datetime }
  }

  // MARK: closed headings in other forms

  /// The dressed headings (Markdown headings, bold lines) after a run of starts that stand as a
  /// list, one a line, which repeat the list's titles in its order: the items, with the list's
  /// numbers; nil unless two thirds of the list are found so.
  func headingsEchoingList(_ starts: [Start]) -> [Start]? {
    guard starts.count >= 3, let last = starts.last,
      zip(starts, starts.dropFirst()).allSatisfy({ $1.index - $0.index <= 2 })
    else { return nil }
    var out: [Start] = []
    var k = last.index + 1
    for s in starts where !s.match.title.isEmpty {
      var j = k
      while j < lines.count, !(lines[j].isDressed && sameTitle(ItemTitle.clean(lines[j].text).0, s.match.title)) { j += 1 }
      guard j < lines.count else { continue }
      var m = s.match
      m.title = ItemTitle.clean(lines[j].text).0
      out.append(Start(index: j, match: m))
      k = j + 1
    }
    return out.count * 3 >= starts.count * 2 ? out : nil
  }

  /// Whether most of the unnumbered headings' titles stand in the lines above the first of them
  /// (an agenda that listed them).
  func agendaRepeats(_ starts: [Start]) -> Bool {
    guard let first = starts.first else { return false }
    let above = Set(lines[..<first.index].lazy.filter { !$0.isBlank && $0.text.utf8.count <= 300 }.map { line -> String in
      let t = line.text
      let number = t.prefix(while: { $0.isNumber })
      let rest = number.isEmpty ? Substring(t) : t.dropFirst(number.count).drop(while: { $0 == "." || $0 == ")" || $0 == " " })
      return SectionHeading.key(String(rest))
    })
    let listed = starts.filter { !$0.match.title.isEmpty && above.contains(SectionHeading.key($0.match.title)) }.count
    return listed * 3 >= starts.count * 2
  }

  /// `Lukket punkt  Sag: 30/05002`, `Åben sag · Sagsnr. 21/1234`: the status that opens a line
  /// which goes on with the item's case number.
  func statusBeforeCaseNumber(_ line: MarkupLine) -> ClosedMarker.Status? {
    guard line.text.utf8.count <= 120, CaseNumberReader.read(line)?.caseNumber != nil else { return nil }
    let words = line.text.split(separator: " ")
    guard words.count >= 3 else { return nil }
    return ClosedMarker.status(words.prefix(2).joined(separator: " ")) ?? ClosedMarker.status(String(words[0]))
  }

  /// Adds a start at every line that carries a closed marker like a heading and is not already a
  /// start, after the first item: its text is then a closed item's and never the item's before.
  func withClosedHeadings(_ starts: [Start]) -> [Start] {
    guard let first = starts.first else { return starts }
    var known = Set(starts.map(\.index))
    for s in starts { if let t = s.titleIndex { known.insert(t) } }
    var out = starts
    var added = false
    // "2. Lukket punkt: Salg af Tværvej 3 ........ 2" in the contents over the heading "2. Salg af
    // Tværvej 3": the contents' mark closes the item (fail closed).
    for line in lines[..<first.index] where ItemHeading.hasLeader(line.text) && line.text.utf8.count <= 300 {
      guard let dots = line.text.range(of: "....") else { continue }
      let entry = line.with(text: String(line.text[..<dots.lowerBound]).trimmingSpaces)
      guard ClosedMarker.looksLikeClosedHeading(entry.text),
        let h = ItemHeading.keywordHeading(entry) ?? ItemHeading.numberedHeading(entry)
      else { continue }
      let title = ClosedMarker.read(title: h.title).title
      for k in out.indices where out[k].match.number == h.number && sameTitle(out[k].match.title, title) {
        out[k].match.isClosed = true
      }
    }
    // "| 4 | Salg af grund i Erhvervsområde Nord | 02.34.02P19-2-24 | Lukket |", "4 Salg af grund
    // ... 02.34.02P19-2-24 Lukket": an overview of the items with their status closes the item
    // of that number and title (fail closed).
    for line in lines[..<first.index] where !line.isBlank && line.text.utf8.count <= 400 {
      let text = line.isTableRow ? line.cells.map { $0.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ") : line.text
      guard let last = text.split(separator: " ").last, let status = ClosedMarker.status(String(last)),
        let n = Int(text.prefix(while: \.isNumber)), n > 0
      else { continue }
      let folded = SectionHeading.key(text)
      let written = CaseNumber.all(inSentence: text)
      for k in out.indices where out[k].match.number == n && !out[k].match.title.isEmpty
        && folded.contains(SectionHeading.key(out[k].match.title))
      {
        if status == .closed { out[k].match.isClosed = true }
        // The overview's case number, where the heading writes none; a number of the title's
        // own (`Kollektiv trafik – køreplan 2027/28`) is none.
        let beside = written.filter { !out[k].match.title.contains($0.text) }
        if out[k].match.caseNumber == nil, beside.count == 1 { out[k].match.caseNumber = beside[0] }
      }
    }
    for (i, line) in lines.enumerated() where !known.contains(i) {
      guard !line.isBlank, !line.isTableRow, !ItemHeading.hasLeader(line.text),
        ClosedMarker.looksLikeClosedHeading(line.text)
      else { continue }
      // "Åbent punkt" / "Lukket punkt" one under the other: a table's column headers.
      if ClosedMarker.status(line.text) == .closed, isStatusPair(i) { continue }
      // "Sag nr. 91   Sag om magtanvendelse (Lukket)   8": an entry of the contents closes the
      // item of its number and title.
      if i < first.index {
        var words = line.text.split(separator: " ")
        if let l = words.last, l.count <= 3, l.allSatisfy(\.isNumber) { words.removeLast() }
        // The entry's number among its first words, its title after it.
        func number(_ w: Substring) -> Int? { w.count <= 5 ? Int(String(w).trimming(".:)")) : nil }
        if let at = words.indices.prefix(3).first(where: { number(words[$0]) != nil }), let n = number(words[at]),
          case let title = ClosedMarker.read(title: words[(at + 1)...].joined(separator: " ")).title, !title.isEmpty,
          let k = out.firstIndex(where: { $0.match.number == n && sameTitle($0.match.title, title) })
        {
          out[k].match.isClosed = true
          known.insert(i)
          continue
        }
      }
      // "Lukket punkt - referatet ligger i sagssystemet.": a note of the status of the item above, its
      // words after the marker a sentence in lower case, no title (fail closed).
      if i >= first.index, let f = ClosedMarker.read(title: line.text).title.first, f.isLowercase,
        let k = out.lastIndex(where: { $0.index < i })
      {
        out[k].match.isClosed = true
        known.insert(i)
        continue
      }
      // "Lukket punkt.", "Fortroligt." under the decision of an item already closed: nothing
      // more to close.
      if ClosedMarker.status(line.text) == .closed || ClosedMarker.read(title: line.text).title.trimming(" .:").isEmpty,
        out.last(where: { $0.index < i })?.match.isClosed == true
      {
        continue
      }
      // Before the first item (in the header, a table of contents) only a heading that sections
      // or a case number confirm starts a closed item.
      if i < first.index {
        guard let k = nextNonBlank(after: i), SectionHeading.read(lines[k]) != nil
          || CaseNumberReader.read(lines[k]) != nil || ClosedMarker.status(lines[k].text) != nil
        else { continue }
      }
      // "3. Salg af grund" / "Sagsnr.: 23/19876" / "Lukket punkt": a status under the heading's case
      // line belongs to that heading, and a closing one closes it.
      if let status = ClosedMarker.status(line.text), var p = previousNonBlank(before: i),
        CaseNumberReader.read(lines[p])?.caseNumber != nil
      {
        var steps = 0
        while steps < 2, CaseNumberReader.read(lines[p])?.caseNumber != nil, let q = previousNonBlank(before: p) {
          p = q
          steps += 1
        }
        if let k = out.firstIndex(where: { $0.index == p || $0.titleIndex == p }) {
          if status == .closed { out[k].match.isClosed = true }
          known.insert(i)
          continue
        }
      }
      // "08. Leje af lokaler" / "Sagsnummer" / "EMN-2031-00140" / "Sagstype" / "Lukket sag": the
      // value under a status label among the heading's facts is that item's status.
      if let status = ClosedMarker.status(line.text), let p = previousNonBlank(before: i),
        ClosedMarker.statusLabels.contains(lines[p].text.lowercased().trimming(" .:\t")),
        let k = out.lastIndex(where: { $0.index < i }), i - out[k].index <= 8
      {
        if status == .closed { out[k].match.isClosed = true }
        known.insert(i)
        continue
      }
      // A status line under a heading belongs to that heading; so does the heading's line of
      // facts that opens with its status (`Lukket punkt  Sag: 30/05002`).
      // (`Sagsnr. 34/14102 Lukket`: the case line with its status after it, alike.)
      let status = ClosedMarker.status(line.text) ?? statusBeforeCaseNumber(line)
        ?? CaseNumberReader.read(line).flatMap { $0.caseNumber == nil ? nil : $0.status }
      // (`48. Køb af ejendom` / `Sagsnr.: 37/03011` / `Sagsbehandler: Søren Holm` / `Lukket
      // punkt`: under the heading's lines of facts, alike.)
      if status != nil, let p = previousNonBlank(before: i).map(aboveFacts),
        known.contains(p) || starts.contains(where: { $0.index == p || $0.titleIndex == p })
      {
        // "Sag nr. 13" / "Klage over afgørelse" / "Fortroligt": the heading's item is closed.
        if status == .closed, let k = out.firstIndex(where: { $0.index == p || $0.titleIndex == p }) {
          out[k].match.isClosed = true
        }
        continue
      }
      if let p = previousNonBlank(before: i), let s = starts.first(where: { $0.index == p || $0.titleIndex == p }),
        ClosedMarker.status(line.text) != nil || s.match.isClosed
      {
        continue
      }
      // "Lukket dagsorden" / "3. Personalesag" / "4. Salg af grund": the closed part's heading
      // over the items in it, up to an open part; "Lukket punkt" over one heading closes it.
      if ClosedMarker.status(line.text) == .closed, let n = nextNonBlank(after: i),
        let k = out.firstIndex(where: { $0.index == n })
      {
        let section = ClosedMarker.closedSectionWords.contains(line.text.lowercased().trimming(" .:"))
        var j = k
        while j < out.count {
          if j > k, lines[out[j - 1].index..<out[j].index].contains(where: {
            ClosedMarker.openSectionWords.contains($0.text.lowercased().trimming(" .:"))
          }) {
            break
          }
          out[j].match.isClosed = true
          if !section { break }
          j += 1
        }
        // The marker line opens the first of them (the item before ends above it).
        if out[k].titleIndex == nil, !out[k].startsWithContent {
          out[k].titleIndex = out[k].index
          out[k].index = i
        }
        known.insert(i)
        continue
      }
      // The heading without its marker, read in any form: `[Lukket] Punkt 12: Salg af grund`.
      let unmarked = line.with(text: ClosedMarker.read(title: line.text).title)
      let written = ItemHeading.keywordHeading(line) ?? ItemHeading.numberedHeading(line)
        ?? ItemHeading.keywordHeading(unmarked) ?? ItemHeading.numberedHeading(unmarked)
      let previous = out.last(where: { $0.index < i })?.match.number ?? max(0, first.match.number - 2)
      let (title, _, cn) = ItemTitle.clean(written?.title ?? line.text)
      var m = ItemHeading.Match(
        number: written?.number ?? previous + 1, title: title, isClosed: true, style: .closedMarker)
      m.caseNumber = cn
      out.append(Start(index: i, match: m))
      known.insert(i)
      added = true
    }
    if added { out.sort { $0.index < $1.index } }
    // Fail closed: an item with neither number nor title of its own right after a closed one
    // (text found under a label) is the closed item's text, not an open item.
    var kept: [Start] = []
    for s in out {
      if let last = kept.last, last.match.isClosed, !s.match.isClosed, s.match.style == .unnumbered, s.match.title.isEmpty {
        continue
      }
      kept.append(s)
    }
    return kept
  }
}
