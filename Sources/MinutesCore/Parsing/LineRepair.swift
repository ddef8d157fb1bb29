/// Mends what converters do to lines before the reader looks at them:
/// - a label glued to its text (`BeslutningGodkendt.`, `Indholdsfortegnelse1. Fraværende`) is split;
/// - a document flattened to one line a page (labels first, values after, page numbers in front)
///   is split by the label vocabulary, not by line breaks;
/// - page furniture (page numbers, running headers, site controls) is dropped.
///
/// Split lines keep the number of the line they came from.
enum LineRepair {
  /// What the repair did, for `check --explain`.
  struct Notes: Equatable {
    var gluedLabels = 0
    var flattenedPages = 0
    var furniture = 0
    var groupHeaders = 0
  }

  /// The words that can be glued to the text after them: section headings and header labels.
  static let gluedLabels: [String] = {
    var words = Set(SectionHeading.vocabulary.keys)
    words.formUnion(HeaderLabel.table.keys)
    words.formUnion(["indholdsfortegnelse", "indhold", "dagsordenspunkter", "dagsordenpunkter"])
    return words.sorted { $0.count > $1.count }
  }()

  /// Labels indexed by their first two characters, for a quick look-up per line.
  static let gluedIndex: [String: [String]] = {
    var index: [String: [String]] = [:]
    for w in gluedLabels where w.count >= 4 { index[String(w.prefix(2)), default: []].append(w) }
    return index
  }()

  /// Repairs the lines of a document.
  static func repair(_ lines: [MarkupLine], notes: inout Notes) -> [MarkupLine] {
    let lines = FactColumn.repaired(LabelColumn.repaired(splitRepeatedHeadings(unstackCells(TableMinutes.unfold(lines)))))
    let flattened = isFlattened(lines)
    let running = PageFurniture.runningHeaders(lines)
    let contents = flattened ? TableOfContents.find(in: lines) : nil
    var nextNumber = contents?.firstNumber ?? 1
    var out: [MarkupLine] = []
    out.reserveCapacity(lines.count)
    var page = 0
    for (i, line) in lines.enumerated() {
      if running.contains(i) || PageFurniture.isFurniture(line) {
        notes.furniture += 1
        continue
      }
      var pieces = [line.isTableRow ? line : line.with(text: spacedStatus(spacedSentences(line.text)))]
      if !line.isTableRow, let rest = PageFurniture.withoutLeadingControl(line.text) {
        pieces = [line.with(text: rest)]
        notes.furniture += 1
      }
      if flattened, !line.isBlank, !line.isTableRow {
        page += 1
        let span = contents?.line == i ? contents?.span : nil
        if let contents, contents.line != i, let recovered = recoverHeading(line, page: page, contents: contents, next: &nextNumber) {
          pieces = recovered
        } else {
          pieces = splitFlattened(line, page: page, contents: span)
          // A heading that kept its number sets the count for those that lost theirs.
          if let n = pieces.lazy.compactMap({ ItemHeading.numberedHeading($0)?.number }).first, contents != nil, span == nil {
            nextNumber = n + 1
          }
        }
        notes.flattenedPages += 1
      }
      for piece in pieces {
        var rest = piece
        var guardCount = 0
        while let (label, after) = splitGlued(rest) ?? splitGluedNumber(rest) ?? splitGluedTail(rest)
          ?? splitGluedField(rest) ?? splitGluedTimeRange(rest) ?? splitGluedContents(rest), guardCount < 4
        {
          out.append(rest.with(text: label))
          rest = MarkupLine.plain(after, number: rest.number, indent: rest.indent)
          notes.gluedLabels += 1
          guardCount += 1
        }
        if PageFurniture.isFurniture(rest) {
          notes.furniture += 1
          continue
        }
        out.append(rest)
      }
    }
    out = dropDurations(out)
    out = dropGroupHeaders(out, notes: &notes)
    out = joinWrappedFields(out)
    out = joinWrappedClosedHeadings(out)
    out = joinWrappedDecisionLabels(out)
    out = joinWrappedBullets(out)
    markDocumentTitle(&out)
    return flattened ? out : splitInlineMinutes(splitHeaderSentences(out))
  }

  /// `Mødet blev afholdt kl. 19.00 i Hallen. Deltagere: Gunnar Holm, Lene Bach.`, `Sted:
  /// Skovbakkehallen, cafeteriet. Mødet startede kl. 19.30.`, `Tid: kl. 19.00. Sted: Kirkehuset.`:
  /// above the first item, a line of sentences where a header's label opens one of them (or the
  /// first, with more after it) is a line a sentence, so each label reads its own value.
  static func splitHeaderSentences(_ lines: [MarkupLine]) -> [MarkupLine] {
    let first = lines.firstIndex { ItemHeading.numberedHeading($0) != nil || ItemHeading.keywordHeading($0) != nil } ?? min(lines.count, 60)
    guard first > 0 else { return lines }
    var out: [MarkupLine] = []
    out.reserveCapacity(lines.count + 4)
    for (i, line) in lines.enumerated() {
      guard i < first, !line.isBlank, !line.isTableRow, line.headingLevel == 0, line.text.utf8.count <= 600,
        line.text.contains(". ")
      else {
        out.append(line)
        continue
      }
      let sentences = SentenceSplitter.sentences(line.text)
      guard sentences.count >= 2 else {
        out.append(line)
        continue
      }
      // A sentence a label opens, its value after it (a list of people may hold initials,
      // `J.P. Christiansen`: only a place's, a day's or a time's value ends at its full stop).
      func label(_ s: String) -> HeaderLabel.Field? {
        guard let (field, value) = HeaderLabel.read(s), field != .ignored, !value.isEmpty else { return nil }
        return field
      }
      var parts: [String] = []
      for (k, sentence) in sentences.enumerated() {
        let opens = label(sentence) != nil
        // "..., 7. sal. Tjørring": a town after the address is the place's.
        // "Sted: Hos Inge, Møllevej 7. Kl. 19.00": the hour after the place.
        let clock = sentence.lowercased().hasPrefix("kl.") && sentence.dropFirst(3).drop(while: { $0 == " " }).first?.isNumber == true
        let afterValue = k > 0 && [.place, .time, .date].contains(label(parts.last ?? "")) && label(sentences[k - 1]) != nil
          && (sentence.split(separator: " ").count >= 3 || clock)
        if k == 0 || opens || afterValue { parts.append(sentence) } else { parts[parts.count - 1] += " " + sentence }
      }
      guard parts.count >= 2 else {
        out.append(line)
        continue
      }
      for part in parts { out.append(line.with(text: part)) }
    }
    return out
  }

  /// The words of a document's kind that may stand alone as its first line.
  static let titleWords: Set<String> = ["referat", "dagsorden", "beslutningsprotokol", "protokol", "mødereferat"]

  /// `Referat` alone as the document's first line (a web page's title, a PDF's top line): the
  /// document's title, no decision section.
  static func markDocumentTitle(_ lines: inout [MarkupLine]) {
    guard let first = lines.firstIndex(where: { !$0.isBlank }), lines[first].text.utf8.count <= 24,
      titleWords.contains(SectionHeading.key(lines[first].text)), !lines[first].isTableRow, !lines[first].isBullet
    else { return }
    lines[first].isDocumentTitle = true
  }

  /// `14. Eventuelt - Udvalget den 29.01.20138. Godkendelse af dagsorden ... 29.01.2013`: a
  /// numbered heading the document lists on a line of its own (its table of contents) glued to
  /// the end of another line; it is split off, so the item's heading stands on its own line.
  static func splitRepeatedHeadings(_ lines: [MarkupLine]) -> [MarkupLine] {
    var headings: [String: [String]] = [:]
    for line in lines where !line.isTableRow && line.text.utf8.count >= 12 && line.text.utf8.count <= 300 {
      guard let f = line.text.first, f.isNumber, ItemHeading.numberedHeading(line) != nil else { continue }
      let key = String(line.text.suffix(12))
      if headings[key, default: []].count < 50 { headings[key, default: []].append(line.text) }
    }
    guard !headings.isEmpty else { return lines }
    var out: [MarkupLine] = []
    out.reserveCapacity(lines.count)
    var k = 0
    while k < lines.count {
      let line = lines[k]
      let text = line.text
      k += 1
      guard !line.isTableRow, text.utf8.count > 16, text.utf8.count <= 1000 else {
        out.append(line)
        continue
      }
      if let h = headings[String(text.suffix(12))]?.first(where: { text.count > $0.count && text.hasSuffix($0) }) {
        let head = String(text.dropLast(h.count))
        if let last = head.last, last.isNumber || last.isLetter || last == "." {
          out.append(line.with(text: head))
          out.append(line.with(text: h))
          continue
        }
      }
      // "... 29.01.20138. Godkendelse af" / "dagsorden til Udvalget ... 29.01.2013": the glued
      // heading wrapped, its words going on on the next line.
      if k < lines.count, case let next = lines[k], !next.isBlank, !next.isTableRow, next.text.utf8.count <= 300 {
        let joined = text + " " + next.text
        if let h = headings[String(joined.suffix(12))]?.first(where: { h in
          joined.count - h.count > 0 && joined.count - h.count < text.count && joined.hasSuffix(h)
        }) {
          let head = String(joined.dropLast(h.count))
          if let last = head.last, last.isNumber || last.isLetter || last == "." {
            out.append(line.with(text: head))
            out.append(line.with(text: h))
            k += 1
            continue
          }
        }
      }
      out.append(line)
    }
    return out
  }

  /// `Dato: |` / `22-06-2022 17:30:00 |` / `---|---|`: a table of a web page whose cells a
  /// converter put one a line, each closed by its pipe. The pipes and the rule under the first
  /// row go, so the labels and values read as lines (a label, its value on the next line).
  static func unstackCells(_ lines: [MarkupLine]) -> [MarkupLine] {
    func isRule(_ t: String) -> Bool {
      t.count >= 4 && t.contains("|") && t.allSatisfy { $0 == "-" || $0 == "|" || $0 == ":" || $0 == " " }
    }
    func cell(_ t: String) -> String? {
      let trimmed = t.trimmingSpaces
      guard trimmed.hasSuffix("|"), trimmed.utf8.count <= 2000 else { return nil }
      let inner = trimmed.dropLast()
      return inner.contains("|") ? nil : String(inner).trimmingSpaces
    }
    // Only where such cells stack: three or more lines closed by a lone pipe, and a rule.
    var cells = 0
    var rule = false
    for line in lines where !line.isTableRow {
      if isRule(line.text) { rule = true } else if cell(line.text) != nil { cells += 1 }
      if cells >= 3 && rule { break }
    }
    guard cells >= 3, rule else { return lines }
    var out: [MarkupLine] = []
    out.reserveCapacity(lines.count)
    for line in lines {
      if line.isTableRow { out.append(line); continue }
      if isRule(line.text) { continue }
      if let c = cell(line.text) { out.append(line.with(text: c)) } else { out.append(line) }
    }
    return out
  }

  /// Each line joined with the line under it where `joined` gives the two as one (and the line
  /// under it then dropped); other lines as they are.
  static func joiningPairs(_ lines: [MarkupLine], _ joined: (MarkupLine, MarkupLine) -> String?) -> [MarkupLine] {
    var out: [MarkupLine] = []
    out.reserveCapacity(lines.count)
    var i = 0
    while i < lines.count {
      let line = lines[i]
      i += 1
      if i < lines.count, let text = joined(line, lines[i]) {
        out.append(line.with(text: text))
        i += 1
      } else {
        out.append(line)
      }
    }
    return out
  }

  /// `• Punkt 2 Beretning fra borgmesteren og` / `udvalgsformændene (Lukket)`: an item heading a
  /// converter wrapped before its closed marker, joined again so that the heading carries the
  /// marker (the wrapped end alone would read as a closed item of its own, the heading as open).
  static func joinWrappedClosedHeadings(_ lines: [MarkupLine]) -> [MarkupLine] {
    joiningPairs(lines) { line, next in
      guard !next.isBlank, !next.isTableRow, next.text.utf8.count <= 120,
        next.text.unicodeScalars.first?.properties.isLowercase == true,
        DanishBytes.containsASCII(next.text, "lukket") || DanishBytes.containsASCII(next.text, "fortrolig"),
        !line.isTableRow, line.text.utf8.count <= 200, let end = line.text.last, !".:!?".contains(end),
        ItemHeading.keywordHeading(line) != nil || ItemHeading.numberedHeading(line) != nil,
        ClosedMarker.looksLikeClosedHeading(next.text)
      else { return nil }
      return line.text + " " + next.text
    }
  }

  /// `Beslutning i Social- og` / `Sundhedsudvalget den 12. oktober 2015, pkt. 90:` and `Beslutning
  /// i Handicaprådet` / `den 20. oktober 2015:`: a decision's label a converter wrapped, joined
  /// again when only the two lines together name the body and the day (the second alone would
  /// name half a body, or leave the day as the decision's first words).
  static func joinWrappedDecisionLabels(_ lines: [MarkupLine]) -> [MarkupLine] {
    joiningPairs(lines) { line, next in
      // The first line opens a label (`Beslutning i ...`) and the second goes on with it.
      let lower = line.text.prefix(24).lowercased()
      guard !line.isBlank, !line.isTableRow, !line.isBullet, line.text.utf8.count <= 120,
        let end = line.text.last, !".:!?".contains(end),
        lower.hasPrefix("beslutning") || lower.hasPrefix("behandling") || lower.hasPrefix("tidligere beslutning"),
        !next.isBlank, !next.isTableRow, !next.isBullet, next.text.utf8.count <= 160, next.headingLevel == 0,
        next.text.hasSuffix(":") || next.text.last?.isNumber == true,
        !next.text.lowercased().hasPrefix("beslutning"), !next.text.lowercased().hasPrefix("behandling"),
        !endsSentenceInside(next.text), DecisionLabel.read(line.text, reference: nil)?.date == nil,
        ItemHeading.numberedHeading(line) == nil, ItemHeading.keywordHeading(line) == nil
      else { return nil }
      let joined = line.text + (line.text.hasSuffix("-") && !line.text.hasSuffix(" -") ? "" : " ") + next.text
      guard let label = DecisionLabel.read(joined, reference: nil), label.date != nil, label.trailing == nil else { return nil }
      return joined
    }
  }

  /// Whether a sentence ends inside a line (`Godkendt. Økonomiudvalg, 22. marts 2011`): a word's
  /// full stop and a space, an abbreviation's (`pkt. 90`) and a date's (`12. oktober`) aside.
  static func endsSentenceInside(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    for w in words.dropLast() where w.hasSuffix(".") && w.count >= 2 {
      let stem = w.dropLast()
      guard stem.allSatisfy(\.isLetter) else { continue }
      if ["pkt", "nr", "kl", "jf", "ca", "evt", "vedr"].contains(stem.lowercased()) { continue }
      return true
    }
    return false
  }

  /// `• Badminton, Karsten tager imod tilmeldingerne og` / `fordeler tiderne. Per tager sig` /
  /// `af tilmeldingerne ...`: a list item a converter wrapped, its lines at the margin. Lines
  /// right under a list item go on with it while they open in lower case or the item has not
  /// ended its sentence; a label, a heading, a list item or a blank line ends it.
  static func joinWrappedBullets(_ lines: [MarkupLine]) -> [MarkupLine] {
    var out: [MarkupLine] = []
    out.reserveCapacity(lines.count)
    var i = 0
    while i < lines.count {
      var line = lines[i]
      i += 1
      guard line.isBullet, !line.isTableRow, line.text.utf8.count >= 20 else {
        out.append(line)
        continue
      }
      var joined = 0
      while i < lines.count, joined < 12, line.text.utf8.count <= 2_000 {
        let next = lines[i]
        guard !next.isBlank, !next.isBullet, !next.isTableRow, next.headingLevel == 0, !next.isDressed,
          let f = next.text.first, next.indent <= line.indent + 2
        else { break }
        let open = line.text.last.map { !".:!?".contains($0) } ?? false
        guard f.isLowercase || (open && (f.isUppercase || f.isNumber)) else { break }
        // "• Gennemgangen fra Lundegården til Højbogårdsvejen er nu" / "lukket.": the sentence's
        // last word in lower case with its full stop, no closed item's status.
        let endsSentence = open && f.isLowercase && next.text.hasSuffix(".") && !next.text.contains(" ")
        guard HeaderLabel.read(next.text) == nil, SectionHeading.read(next) == nil, SectionHeading.readInline(next) == nil,
          ItemHeading.numberedHeading(next) == nil, ItemHeading.keywordHeading(next) == nil,
          DecisionLabel.read(next.text, reference: nil) == nil, CaseNumberReader.read(next) == nil,
          endsSentence || ClosedMarker.status(next.text) == nil && !ClosedMarker.looksLikeClosedHeading(next.text)
        else { break }
        line = line.with(text: line.text + " " + next.text)
        i += 1
        joined += 1
      }
      out.append(line)
    }
    return out
  }

  /// Labels a converter wrapped onto a second line, joined again: a field of people or place
  /// that goes on in lower case (`Fraværende: Evan Lynnerup (V) - Marianne Kiærulff (V) mødte
  /// som` / `stedfortræder.`), a quoted decision's item number (`..., pkt.` / `3:`), and a date
  /// between its day and its month (`Referat – 5.` / `marts 2018`).
  static func joinWrappedFields(_ lines: [MarkupLine]) -> [MarkupLine] {
    var out: [MarkupLine] = []
    out.reserveCapacity(lines.count)
    var i = 0
    while i < lines.count {
      let line = lines[i]
      // A closed item's heading or status is never the line before's wrapped end.
      let closedNext = i + 1 < lines.count && lines[i + 1].text.utf8.count <= 200
        && (DanishBytes.containsASCII(lines[i + 1].text, "lukket") || DanishBytes.containsASCII(lines[i + 1].text, "fortrolig")
          || DanishBytes.containsASCII(lines[i + 1].text, "ben") || DanishBytes.containsASCII(lines[i + 1].text, "offentlig"))
        && (ClosedMarker.status(lines[i + 1].text) != nil || ClosedMarker.looksLikeClosedHeading(lines[i + 1].text))
      if closedNext {
        out.append(line)
        i += 1
        continue
      }
      if i + 1 < lines.count, !line.isTableRow, line.text.utf8.count <= 600 {
        let next = lines[i + 1]
        // "Beslutning fra Styregruppen den 3. september 2024, pkt." / "3:": a label's item number
        // wrapped onto a line of its own.
        if next.text.utf8.count <= 5, next.text.first?.isNumber == true,
          case let lower = line.text.suffix(6).lowercased(), lower.hasSuffix(" pkt.") || lower.hasSuffix(" punkt"),
          let f = next.text.first, f.isNumber, next.text.allSatisfy({ $0.isNumber || $0 == ":" || $0 == "." })
        {
          out.append(line.with(text: line.text + " " + next.text))
          i += 2
          continue
        }
        // "Beslutning fra Direktionens møde den 18. september 2024," / "pkt 1.:": a quoted
        // decision's item number wrapped onto a line of its own, where it would read as a heading.
        if next.text.utf8.count <= 16, next.text.hasSuffix(":"),
          case let nextLower = next.text.lowercased(), nextLower.hasPrefix("pkt") || nextLower.hasPrefix("punkt"),
          line.text.utf8.count >= 20, DecisionLabel.read(line.text + " " + next.text, reference: nil) != nil
        {
          out.append(line.with(text: line.text + " " + next.text))
          i += 2
          continue
        }
        // "Social- og Sundhedsudvalget, 12. oktober" / "2015, pkt. 91:": a date wrapped before
        // its year.
        if next.text.utf8.count >= 4, next.text.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true,
          let lastWord = line.text.split(separator: " ").last, looksLikeDatePart(String(lastWord)),
          lastWord.first?.isLetter == true, line.text.split(separator: " ").dropLast().last.map({ $0.hasSuffix(".") && $0.dropLast().allSatisfy(\.isNumber) && !$0.dropLast().isEmpty }) == true,
          next.text.prefix(4).allSatisfy(\.isNumber), next.text.count >= 4, next.text.dropFirst(4).first.map({ !$0.isNumber }) ?? true,
          !next.isBullet, next.headingLevel == 0
        {
          out.append(line.with(text: line.text + " " + next.text))
          i += 2
          continue
        }
        // "Rådhuset, Ishøj Store Torv 20, etage 2, 2635" / "Ishøj": an address wrapped between
        // its post code and its town.
        if next.text.utf8.count <= 30, line.text.utf8.last.map({ $0 >= 0x30 && $0 <= 0x39 }) == true,
          let lastWord = line.text.split(separator: " ").last, lastWord.count == 4, lastWord.allSatisfy(\.isNumber),
          line.text.dropLast(4).hasSuffix(", "), line.text.contains(where: \.isLetter),
          case let words = next.text.split(separator: " "), (1...3).contains(words.count),
          words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } }),
          !next.isBullet, next.headingLevel == 0, SectionHeading.read(next) == nil
        {
          out.append(line.with(text: line.text + " " + next.text))
          i += 2
          continue
        }
        // "... Regionshuset Viborg, Skottenborg" / "26, 8800 Viborg", "..., Erhvervsparken 14," /
        // "4621 Gadstrup": an address wrapped before its house number or its post code and town.
        if next.text.utf8.count <= 40, line.text.contains(","), line.text.utf8.count <= 200, !next.isBullet, next.headingLevel == 0,
          LineRepair.isAddressTail(next.text), ItemHeading.numberedHeading(next) == nil
        {
          out.append(line.with(text: line.text + " " + next.text))
          i += 2
          continue
        }
        // "Klima- og Miljøudvalget onsdag den 17. maj 2017 kl." / "15:00": a clock wrapped after
        // its `kl.`.
        if line.text.hasSuffix(" kl.") || line.text.hasSuffix(" kl"), next.text.utf8.count <= 60,
          let f = next.text.unicodeScalars.first, f.properties.numericType != nil, LineRepair.timeRangeEnd(next.text) != nil || next.text.prefix(5).contains(":")
          || next.text.prefix(5).contains("."), !next.isBullet, next.headingLevel == 0, ItemHeading.numberedHeading(next) == nil
        {
          out.append(line.with(text: line.text + " " + next.text))
          i += 2
          continue
        }
        // "... – Referat – 5." / "marts 2018": a date wrapped between its day and its month.
        if line.text.hasSuffix("."), let d = line.text.dropLast().last, d.isNumber, line.text.utf8.count >= 3,
          line.text.dropLast().dropLast().last.map({ $0.isNumber || $0 == " " }) == true,
          let word = next.text.split(separator: " ", maxSplits: 1).first, word.first?.isNumber == false, looksLikeDatePart(String(word)),
          !next.isBullet, next.headingLevel == 0
        {
          out.append(line.with(text: line.text + " " + next.text))
          i += 2
          continue
        }
      }
      if i + 1 < lines.count, !line.isTableRow, !line.isBullet, line.headingLevel == 0, line.text.utf8.count <= 600,
        !line.text.hasSuffix("."), !line.text.hasSuffix(":")
      {
        let next = lines[i + 1]
        // "Fraværende: Rasmus" / "Lerche Larsson": a name broken after its first name.
        if !next.isBlank, !next.isBullet, !next.isTableRow, next.headingLevel == 0, next.text.utf8.count <= 200,
          let (field, value) = HeaderLabel.read(line.text), [.absentees, .attendees, .guests].contains(field),
          let lastWord = value.split(separator: " ").last, NameGrammar.isFirstName(String(lastWord)),
          let firstPart = next.text.split(separator: ",").first?.split(separator: " "), (1...3).contains(firstPart.count),
          firstPart.allSatisfy({ $0.first?.isUppercase == true || $0.first == "(" }), firstPart[0].first?.isUppercase == true,
          !NameGrammar.isFirstName(String(firstPart[0])),
          HeaderLabel.read(next.text) == nil
        {
          out.append(line.with(text: line.text + " " + next.text))
          i += 2
          continue
        }
        // "Bestyrelsen: Erling Skov, Birgit Rasmussen, Helle Wisler," / "Jeanette Rasmussen, Per
        // Larsen": a labelled list of people broken after a comma goes on with the names under it.
        if line.text.hasSuffix(","), !next.isBlank, !next.isBullet, !next.isTableRow, next.headingLevel == 0,
          next.text.utf8.count <= 300, next.text.first?.isUppercase == true,
          let (field, value) = HeaderLabel.read(line.text), [.absentees, .attendees, .guests, .summoned].contains(field),
          value.contains(","), HeaderLabel.read(next.text) == nil, ItemHeading.numberedHeading(next) == nil,
          HeaderReader.isNameList(next.text)
        {
          out.append(line.with(text: line.text + " " + next.text))
          i += 2
          continue
        }
        // "Mødested: Administrationshuset Tørring, Stationsparken" / "1, 7160 Tørring": a place
        // goes on with its number and post code too.
        if !next.isBlank, !next.isBullet, !next.isTableRow, next.headingLevel == 0, next.text.utf8.count <= 200,
          let f = next.text.first, f.isLowercase || f.isNumber && line.text.hasSuffix(",") == false,
          let (field, value) = HeaderLabel.read(line.text), !value.isEmpty,
          [.absentees, .attendees, .guests, .place].contains(field), f.isLowercase || field == .place,
          HeaderLabel.read(next.text) == nil, ItemHeading.numberedHeading(next) == nil
        {
          out.append(line.with(text: line.text + " " + next.text))
          i += 2
          continue
        }
      }
      out.append(line)
      i += 1
    }
    return out
  }

  /// `26, 8800 Viborg`, `etage 2, 2635 Ishøj`, `4621 Gadstrup`: the end of an address, its parts
  /// short, the last a post code and a town.
  static func isAddressTail(_ text: String) -> Bool {
    let parts = text.split(separator: ",").map { $0.trimmingSpaces }
    guard let last = parts.last, parts.count <= 3 else { return false }
    let words = last.split(separator: " ")
    guard (2...3).contains(words.count), words[0].count == 4, words[0].allSatisfy(\.isNumber),
      words.dropFirst().allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } })
    else { return false }
    return parts.dropLast().allSatisfy { $0.split(separator: " ").count <= 3 && $0.utf8.count <= 20 }
  }

  /// `Beslutningspunkter:` / `3. Regler for fotografering`: a header over a group of items,
  /// dropped when the next item heading follows on from the highest item number before it (a
  /// recommendation's own list, `Beslutningspunkter:` / `1. Forslaget godkendes`, starts over).
  static func dropGroupHeaders(_ lines: [MarkupLine], notes: inout Notes) -> [MarkupLine] {
    var out: [MarkupLine] = []
    out.reserveCapacity(lines.count)
    var highest = 0
    for (i, line) in lines.enumerated() {
      if let n = headingNumber(line) { highest = max(highest, n) }
      guard ItemGroup.isHeader(line) else {
        out.append(line)
        continue
      }
      var next = i + 1
      while next < lines.count, next <= i + 4, lines[next].isBlank { next += 1 }
      if next < lines.count, let n = headingNumber(lines[next]), n == highest + 1 {
        notes.groupHeaders += 1
        continue
      }
      out.append(line)
    }
    return out
  }

  /// The number of an item heading in any form (`3. Titel`, `Punkt 3`, `3.` alone).
  static func headingNumber(_ line: MarkupLine) -> Int? {
    guard !line.isBlank, line.text.utf8.count <= 400, let f = line.text.first, f.isNumber || f.isLetter else { return nil }
    return (ItemHeading.numberedHeading(line) ?? ItemHeading.keywordHeading(line))?.number ?? ItemHeading.bareNumber(line)
  }

  /// `Punkt 15 minGodkendelse af dagsorden`, `Punkt 210 minElevrådet har ordet`: an agenda table's
  /// columns (number, minutes allowed, title) run together. The digits hold the item number and
  /// the minutes; the number is the one the list expects next (1, 2, 3 ...), and the minutes go.
  static func dropDurations(_ lines: [MarkupLine]) -> [MarkupLine] {
    var expected = 1
    var out = lines
    for (i, line) in lines.enumerated() {
      let text = line.text
      guard text.utf8.count <= 600, let (keyword, digits, rest) = gluedDuration(text) else { continue }
      let want = String(expected)
      var number: Substring
      if digits.count > want.count, digits.hasPrefix(want) {
        number = digits.prefix(want.count)
      } else if digits.count >= 2 {
        number = digits.prefix(1)
      } else {
        continue
      }
      out[i] = line.with(text: keyword + " " + number + " " + rest)
      expected = (Int(number) ?? expected) + 1
    }
    return out
  }

  /// (`Punkt`, `15`, `Godkendelse ...`) from `Punkt 15 minGodkendelse ...` / `Punkt 1 5 min. Godkendelse`.
  static func gluedDuration(_ text: String) -> (String, Substring, Substring)? {
    let lower = text.prefix(8).lowercased()
    guard let keyword = ["punkt", "pkt."].first(where: { lower.hasPrefix($0) }) else { return nil }
    var rest = text.dropFirst(keyword.count).drop(while: { $0 == " " })
    var digits = rest.prefix(while: \.isNumber)
    guard !digits.isEmpty, digits.count <= 4 else { return nil }
    rest = rest.dropFirst(digits.count)
    // "1 5 min": the number and the minutes kept apart by a space.
    if rest.first == " ", let more = Optional(rest.dropFirst().prefix(while: \.isNumber)), !more.isEmpty,
      rest.dropFirst(1 + more.count).drop(while: { $0 == " " }).lowercased().hasPrefix("min")
    {
      digits = text[digits.startIndex..<more.endIndex].filter(\.isNumber)[...]
      rest = rest.dropFirst(1 + more.count)
    }
    rest = rest.drop(while: { $0 == " " })
    guard rest.lowercased().hasPrefix("min") else { return nil }
    rest = rest.dropFirst(3)
    if rest.hasPrefix("utter") { rest = rest.dropFirst(5) }
    if rest.hasPrefix(".") { rest = rest.dropFirst() }
    let title = rest.drop(while: { $0 == " " })
    guard let f = title.first, f.isUppercase, rest.first != " " || title.count < rest.count else { return nil }
    return (String(text.prefix(keyword.count)), digits, title)
  }

  /// `10. Eventuelt1. Orientering og rundvisning` → (`10. Eventuelt`, `1. Orientering ...`): a
  /// numbered heading glued to the line before it (the last entry of a table of contents), where a
  /// lower-case letter, or a sentence's full stop, is directly followed by a number, a full stop,
  /// a space and a capital.
  static func splitGluedNumber(_ line: MarkupLine) -> (String, String)? {
    let b = Array(line.text.utf8)
    guard b.count >= 6, b.count <= 1000, !line.isTableRow else { return nil }
    var i = 1
    while i < b.count - 3 {
      let prev = b[i - 1]
      let isLower = (prev >= 0x61 && prev <= 0x7A) || prev == 0xA6 || prev == 0xB8 || prev == 0xA5
      // "... i stedet for Per Holm.13. Spørgetid": a sentence's full stop, then the heading.
      let before = i >= 2 ? b[i - 2] : 0
      let afterSentence = prev == 0x2E && ((before >= 0x61 && before <= 0x7A) || before == 0xA6 || before == 0xB8 || before == 0xA5)
      if isLower || afterSentence, b[i] >= 0x30, b[i] <= 0x39 {
        var j = i
        while j < b.count, j - i < 3, b[j] >= 0x30, b[j] <= 0x39 { j += 1 }
        // "... ingen spørgsmål50/2. Ansøgning": a running number, then the place on the agenda.
        var k = j
        if k + 1 < b.count, b[k] == 0x2F, b[k + 1] >= 0x30, b[k + 1] <= 0x39 {
          k += 1
          while k < b.count, k - j < 4, b[k] >= 0x30, b[k] <= 0x39 { k += 1 }
          if k < b.count, b[k] == 0x2E { j = k }
        }
        if j + 2 < b.count, b[j] == 0x2E, b[j + 1] == 0x20 {
          // "Godkendt3.    Notat ...": spaces after the number's full stop.
          let next = String(decoding: b[(j + 2)...], as: UTF8.self).drop(while: { $0 == " " })
          // "... fra dialogmødet6. orientering fra afdelingerne": glued to a word, a short title in
          // lower case too (the item finder takes it only where it goes on from a run of items).
          let lowerTitle = isLower && j - i <= 2 && next.utf8.count <= 80 && !next.hasSuffix(".")
          if let f = next.first, f.isUppercase || (lowerTitle && f.isLowercase) {
            let head = String(decoding: b[..<i], as: UTF8.self).trimmingSpaces
            let tail = String(decoding: b[i...], as: UTF8.self)
            return (head, tail)
          }
        }
        i = j
        continue
      }
      i += 1
    }
    return nil
  }

  /// `Egon Bo (I)Indholdsfortegnelse åbent møde`: the table of contents' label glued to the end
  /// of the line before it.
  static func splitGluedContents(_ line: MarkupLine) -> (String, String)? {
    let text = line.text
    guard text.utf8.count <= 2000, !line.isTableRow, let r = text.range(of: "Indholdsfortegnelse"), r.lowerBound > text.startIndex
    else { return nil }
    let before = text[text.index(before: r.lowerBound)]
    guard before != " " else { return nil }
    return (String(text[..<r.lowerBound]), String(text[r.lowerBound...]))
  }

  /// `18.05 - 18.15Der har været ...`: an agenda's time slot glued to the item's text.
  static func splitGluedTimeRange(_ line: MarkupLine) -> (String, String)? {
    guard line.text.utf8.count >= 12, let end = timeRangeEnd(line.text), end < line.text.endIndex,
      line.text[end].isUppercase
    else { return nil }
    return (String(line.text[..<end]), String(line.text[end...]))
  }

  /// Where a time slot (`18.05 - 18.15`, `9:00-10:30`) at the start of a line ends.
  static func timeRangeEnd(_ text: String) -> String.Index? {
    guard let f = text.first, f.isNumber else { return nil }
    var i = text.startIndex
    func clock() -> Bool {
      let start = i
      while i < text.endIndex, text[i].isNumber, text.distance(from: start, to: i) < 2 { i = text.index(after: i) }
      guard i > start, i < text.endIndex, text[i] == "." || text[i] == ":" else { return false }
      i = text.index(after: i)
      let m = i
      while i < text.endIndex, text[i].isNumber { i = text.index(after: i) }
      return text.distance(from: m, to: i) == 2
    }
    guard clock() else { return nil }
    while i < text.endIndex, " -–".contains(text[i]) { i = text.index(after: i) }
    guard clock() else { return nil }
    return i
  }

  /// `... Poul Erik Sandholt(PS).Udeblevet: Jens Ole Mathiesen`: a header field glued to the end
  /// of the sentence before it (a full stop directly followed by a label and its colon).
  static func splitGluedField(_ line: MarkupLine) -> (String, String)? {
    let text = line.text
    guard text.utf8.count <= 2000, text.utf8.contains(0x3A) else { return nil }
    // "Til stede: Winnie, Bente, Stig Afbud: Resten": a list of people, then the next field's
    // label and its colon on the same line.
    // Also a list's own line under its label ("Anna Holm, Charlotte Slot. Afbud: Jesper Knudsen").
    let people: [HeaderLabel.Field] = [.attendees, .absentees, .guests, .summoned, .chair, .secretary]
    let opensWithList = HeaderLabel.read(text).map { people.contains($0.0) && !$0.1.isEmpty } ?? false
    if opensWithList || text.contains(","), text.utf8.count <= 1000 {
      let words = text.split(separator: " ")
      // "Slot. Afbud: Jesper Knudsen, ...": a list's last name wrapped onto the line, then the
      // next label after its full stop.
      for k in words.indices.dropFirst(1) where words[k - 1].last.map({ $0.isLetter || $0 == "." || $0 == "," }) == true
        && (k >= 2 || words[0].hasSuffix(".") && words[0].first?.isUppercase == true)
      {
        guard let next = HeaderLabel.inlineLabel(words, at: k, within: 3), people.contains(next) else { continue }
        let cut = words[k].startIndex
        let before = String(text[..<cut]).trimmingSpaces
        guard opensWithList || HeaderReader.isNameList(before.trimming(" .,")) else { break }
        return (before, String(text[cut...]))
      }
    }
    // "hos BirgitDeltagere: Bjarne, ...": a label of people glued to the word before it.
    var previous: Character?
    for i in text.indices {
      let c = text[i]
      defer { previous = c }
      guard let p = previous, p.isLowercase, c.isUppercase, text.distance(from: text.startIndex, to: i) >= 3 else { continue }
      let tail = String(text[i...])
      guard let colon = tail.firstIndex(of: ":"), tail.distance(from: tail.startIndex, to: colon) >= 5,
        tail.distance(from: tail.startIndex, to: colon) <= 20,
        let (field, value) = HeaderLabel.read(tail), !value.isEmpty,
        [.attendees, .absentees, .guests, .place, .date].contains(field)
      else { continue }
      return (String(text[..<i]), tail)
    }
    var index = text.startIndex
    while let dot = text[index...].firstIndex(of: ".") {
      let next = text.index(after: dot)
      guard next < text.endIndex else { return nil }
      if text[next].isUppercase, text.distance(from: text.startIndex, to: dot) >= 3 {
        let tail = String(text[next...])
        if let (_, value) = HeaderLabel.read(tail), tail.contains(":"), !value.isEmpty {
          return (String(text[...dot]), tail)
        }
        // "... i Handicaprådet.Social- og Sundhedsudvalget, 12. oktober 2015, pkt. 90:".
        if tail.hasSuffix(":"), DecisionLabel.read(tail, reference: nil) != nil {
          return (String(text[...dot]), tail)
        }
        // "... spørgsmål til mødet.Vedtagelse: Der var ingen spørgsmål": a section's label.
        if let colon = tail.firstIndex(of: ":"), tail.distance(from: tail.startIndex, to: colon) <= 30,
          SectionHeading.vocabulary[SectionHeading.key(String(tail[..<colon]))] != nil
        {
          return (String(text[...dot]), tail)
        }
      }
      index = next
    }
    return nil
  }

  /// Words that can stand alone as an item's whole minutes, glued to its heading
  /// (`11. EventueltIntet`).
  static let outcomeWords: Set<String> = [
    "intet", "ingen", "godkendt", "godkendt.", "udsat", "udsat.", "drøftet", "drøftet.", "udgår",
    "udgår.", "intet.", "ingen.", "vedtaget", "vedtaget.", "tiltrådt", "tiltrådt.",
  ]

  /// `1. Meddelelse fra formandenReferat`, `9. VandværkshavenIkke den store arbejdsbyrde`: text
  /// glued to a heading at a lower-case letter followed by a capital, when what is glued is a
  /// section label, an outcome word or words of a sentence (and not the title repeated, which a
  /// page's fold-out control does).
  static func splitGluedTail(_ line: MarkupLine) -> (String, String)? {
    let text = line.text
    guard text.utf8.count <= 400, let f = text.first, f.isNumber || f == "P" || f == "p",
      ItemHeading.keywordHeading(line) != nil || ItemHeading.numberedHeading(line) != nil
    else { return nil }
    var previous: Character?
    var index = text.startIndex
    while index < text.endIndex {
      let c = text[index]
      if let p = previous, p.isLowercase, c.isUppercase {
        let head = String(text[..<index])
        let tail = String(text[index...])
        // A word of its own before the glue (not "TimeOut", "MitID").
        guard (head.split(separator: " ").last?.count ?? 0) >= 6 else {
          previous = c
          index = text.index(after: index)
          continue
        }
        let tailLower = tail.lowercased()
        let words = tail.split(separator: " ")
        let second = tail.dropFirst().prefix(1)
        // The title repeated (a fold-out control) is the title's business.
        if tailLower.hasSuffix(head.lowercased().drop(while: { !$0.isLetter })) { return nil }
        if SectionHeading.vocabulary[SectionHeading.key(tail)] != nil || outcomeWords.contains(tailLower)
          || (words.count >= 3 && second.allSatisfy(\.isLowercase))
        {
          return (head.trimmingSpaces, tail)
        }
      }
      previous = c
      index = text.index(after: index)
    }
    return nil
  }

  /// Minutes with no section headings at all whose numbered headings carry the item's text on
  /// the same line (`1.Godkendelse af dagsorden: Godkendt`, `7. Hvem skal levere vandet? Vi må
  /// afvente ...`): the heading and its text become two lines.
  /// What follows a heading's dash is the item's text: two words or more, or one word of an
  /// outcome (`godkendt.`, `udsat.`).
  /// `Høstfest – Tanja Fjord booker telt senest 6. september.`, `Nye både – Bestyrelsen
  /// godkendte køb af en inrigger.`: a sentence opening with a capital after the title's dash,
  /// four words or more with a verb among them (`Lokalplan 123 – Boliger ved Søndergade.` is a
  /// subtitle).
  static func isCapitalSentenceAfterDash(_ text: String) -> Bool {
    let words = text.trimming(" .").split(separator: " ").map { $0.lowercased() }
    guard words.count >= 4, words.count <= 60 else { return false }
    return words.dropFirst().contains { w in
      ["blev", "er", "var", "har", "havde", "skal", "vil", "kan", "udsat", "godkendt", "vedtaget", "besluttet", "aftalt"].contains(w)
        || (w.count >= 5 && w.allSatisfy(\.isLetter) && (w.hasSuffix("er") || w.hasSuffix("ede") || w.hasSuffix("te")))
    }
  }

  static func isSentenceAfterDash(_ text: String) -> Bool {
    let words = text.trimming(" .").split(separator: " ")
    if words.count >= 2 { return true }
    guard let w = words.first?.lowercased() else { return false }
    return ["godkendt", "vedtaget", "tiltrådt", "drøftet", "udsat", "udgår", "udgik", "orienteret", "noteret", "afvist",
      "bevilget", "ok", "besluttet", "aftalt", "anbefalet", "forkastet", "taget", "intet", "ingen"].contains(w)
  }

  static func splitInlineMinutes(_ lines: [MarkupLine]) -> [MarkupLine] {
    // The document's title word (`Referat`) before its first item, a web page's title, is no
    // section of an item.
    let firstHeading = lines.firstIndex { ItemHeading.numberedHeading($0) != nil || ItemHeading.keywordHeading($0) != nil } ?? lines.count
    let hasSections = lines.indices.contains { i in
      let line = lines[i]
      if case .known = SectionHeading.read(line) {
        return (i > firstHeading && !ItemStartFinder.isPartDivider(lines, i)) || !HeaderReader.fillerWords.contains(SectionHeading.key(line.text))
      }
      return SectionHeading.readBullet(line) != nil
    }
    guard !hasSections else { return lines }
    var out: [MarkupLine] = []
    out.reserveCapacity(lines.count)
    for line in lines {
      guard line.text.utf8.count <= 2000, let m = ItemHeading.numberedHeading(line) ?? ItemHeading.keywordHeading(line),
        !m.title.isEmpty
      else {
        out.append(line)
        continue
      }
      // The heading's number ("7. ", "Punkt 3: ") and what follows it.
      let text = line.text
      let numberEnd = headingPrefixEnd(text)
      let prefix = String(text[..<numberEnd])
      let body = String(text[numberEnd...])
      // "Titel: tekst"; not "Fra Erik: hvad det koster" (the colon inside the title, lower case
      // after it) nor a colon after sentences the heading already carries.
      if let colon = body.range(of: ": "), !colonIsInTitle(body, colon: colon) {
        let rest = String(body[colon.upperBound...]).trimmingSpaces
        if !rest.isEmpty {
          var heading = line.with(text: prefix + String(body[..<colon.lowerBound]))
          heading.hasHardBreak = true
          out.append(heading)
          out.append(MarkupLine.plain(rest, number: line.number, indent: line.indent + 1))
          continue
        }
      }
      // "Valg af dirigent – dirigent Hanne." : what was done, after a dash, in lower case, as a
      // sentence; one word is a sentence only as an outcome (`– godkendt.`): `Placering af
      // gravsten – lapidarium.` is a title with its subtitle.
      if body.hasSuffix("."), !body.hasSuffix(".."),
        let dash = body.range(of: " – ") ?? body.range(of: " - "),
        let f = body[dash.upperBound...].first,
        f.isLowercase
          ? body[..<dash.lowerBound].split(separator: " ").count >= 2 && isSentenceAfterDash(String(body[dash.upperBound...]))
          : f.isUppercase && body[..<dash.lowerBound].split(separator: " ").count <= 8
            && !body[..<dash.lowerBound].contains(".")
            && (isCapitalSentenceAfterDash(String(body[dash.upperBound...]))
              || (!String(body[dash.upperBound...]).trimming(" .").contains(" ") && isSentenceAfterDash(String(body[dash.upperBound...]))))
      {
        var heading = line.with(text: prefix + String(body[..<dash.lowerBound]))
        heading.hasHardBreak = true
        out.append(heading)
        out.append(MarkupLine.plain(String(body[dash.upperBound...]).trimmingSpaces, number: line.number, indent: line.indent + 1))
        continue
      }
      // "Titel. Sætning ..." / "Titel? Sætning ...": the first sentence is the title.
      let sentences = SentenceSplitter.sentences(body)
      if sentences.count >= 2, let first = sentences.first, first.utf8.count <= 160,
        !(sentences.count == 2 && isOpenQuestion(sentences[1]))
      {
        var title = first
        var text = sentences.dropFirst().joined(separator: " ")
        // "Temadag om liturgi, lørdag d. 30. november indkaldt af biskoppen.": the title ends
        // before the date its sentence goes on from.
        if let (head, dated) = titleBeforeDate(first) {
          title = head
          text = dated + " " + text
        }
        var heading = line.with(text: prefix + title)
        heading.hasHardBreak = true
        out.append(heading)
        out.append(MarkupLine.plain(text, number: line.number, indent: line.indent + 1))
        continue
      }
      out.append(line)
    }
    return out
  }

  /// Whether the colon of a heading that carries its text (`Titel: tekst`) belongs to the title:
  /// lower case after it (`Fra Erik: hvad det skal koste`, `Kasserer: foreløbig budget`), unless
  /// what follows is an outcome (`Dagsorden: godkendt`); or sentences before it (`Temadag. En
  /// orientering. 9.30 – 14.00: Programmet ...`), where the colon is the text's, not the title's.
  static func colonIsInTitle(_ body: String, colon: Range<String.Index>) -> Bool {
    // "4. Fortroligt: Personalesag", "Lukket: Salg af grund": a closed marker's colon.
    if ClosedMarker.closingWords.contains(body[..<colon.lowerBound].lowercased().trimmingSpaces) { return true }
    let rest = body[colon.upperBound...].trimmingSpaces
    if let f = rest.first, f.isLowercase {
      let word = rest.prefix(while: { $0.isLetter }).lowercased()
      return !outcomeWords.contains(word) && !["godkendes", "udsættes", "vedtaget", "besluttet", "taget"].contains(word)
    }
    // "Høring: Trafikplan for midtbyen", "Orientering: Nyt botilbud på Engvej": a kind of item
    // and its subject, a title of its own (no sentence's end, no outcome, no number or day
    // opening it: `Næste møde: 12. marts`, `Driftsrapport: Intet` carry text).
    let head = body[..<colon.lowerBound]
    let words = rest.split(separator: " ")
    if head.split(separator: " ").count <= 3, !head.contains("."), !rest.contains(". "), (2...14).contains(words.count),
      rest.first?.isUppercase == true,
      let last = rest.last, last.isLetter || last.isNumber || last == ")",
      !words.contains(where: { outcomeWords.contains($0.lowercased()) || ["taget", "blev", "er", "var", "har"].contains($0.lowercased()) })
    {
      return true
    }
    return SentenceSplitter.sentences(String(head)).count > 1
  }

  /// `Temadag om liturgi , Lørdag d. 30 november indkaldt af biskoppen` → (`Temadag om
  /// liturgi`, `Lørdag d. 30 november indkaldt af biskoppen`): a title of two or more words, a
  /// comma, a day, and the sentence going on after the day. A title that ends in its day
  /// (`Julefrokost, fredag den 5. december`) keeps it.
  static func titleBeforeDate(_ sentence: String) -> (String, String)? {
    guard sentence.utf8.count <= 300, let comma = sentence.range(of: ", ") else { return nil }
    let head = sentence[..<comma.lowerBound].trimmingSpaces
    let tail = String(sentence[comma.upperBound...])
    guard head.split(separator: " ").count >= 2 else { return nil }
    let reference = Day(year: 2000, month: 1, day: 1) ?? Day(ordinal: 0)
    guard let d = TemporalReader(reference: reference).expressions(in: tail).first, d.utf8Range.lowerBound == 0,
      d.kind == .day || d.kind == .datetime
    else { return nil }
    let after = String(decoding: Array(tail.utf8)[d.utf8Range.upperBound...], as: UTF8.self)
    guard after.split(separator: " ").count >= 2 else { return nil }
    return (head, tail)
  }

  /// `Hvordan får vi det til at give mening`: a question the heading asks, without its question
  /// mark, is part of the title.
  static func isOpenQuestion(_ sentence: String) -> Bool {
    guard let last = sentence.last, !".!?:".contains(last), sentence.utf8.count <= 120 else { return false }
    let first = sentence.prefix(while: { $0 != " " }).lowercased()
    return ["hvordan", "hvad", "hvem", "hvorfor", "hvornår", "hvor", "hvilke", "hvilken", "hvilket", "skal", "kan", "bør"]
      .contains(first)
  }

  /// `a) Fundraising`, `b. Budget`, `1) Status`: a line opening a lettered or numbered sub-point.
  static func startsSubPoint(_ text: String) -> Bool {
    var chars = text.makeIterator()
    guard let first = chars.next() else { return false }
    if first.isLetter, first.isLowercase, let mark = chars.next(), mark == ")" || mark == "." {
      return chars.next() == " "
    }
    guard first.isNumber else { return false }
    var mark = chars.next()
    if let m = mark, m.isNumber { mark = chars.next() }
    return mark == ")" && chars.next() == " "
  }

  /// Where a heading's title begins: after its keyword (`Punkt`, `Pkt.`, `Nr.`), its number and
  /// the separators after the number.
  static func headingPrefixEnd(_ text: String) -> String.Index {
    var i = text.startIndex
    let head = text.prefix(20).lowercased()
    for (k, _) in ItemHeading.keywords where head.hasPrefix(k) {
      i = text.index(i, offsetBy: k.count, limitedBy: text.endIndex) ?? text.endIndex
      break
    }
    func skip(_ set: String) {
      while i < text.endIndex, set.contains(text[i]) { i = text.index(after: i) }
    }
    skip(" .")
    if text[i...].lowercased().hasPrefix("nr") {
      i = text.index(i, offsetBy: 2, limitedBy: text.endIndex) ?? text.endIndex
      skip(" .")
    }
    while i < text.endIndex, text[i].isNumber { i = text.index(after: i) }
    skip(" .:)-–/")
    return i
  }

  /// `BeslutningGodkendt.` → (`Beslutning`, `Godkendt.`): a known label whose last letter is lower
  /// case, directly followed by a capital or a digit.
  static func splitGlued(_ line: MarkupLine) -> (String, String)? {
    let text = line.text
    guard text.utf8.count >= 5, !line.isTableRow else { return nil }
    guard let candidates = gluedIndex[String(text.prefix(2)).lowercased()] else { return nil }
    let lower = String(text.prefix(40)).lowercased()
    for label in candidates where lower.hasPrefix(label) {
      let labelEnd = text.index(text.startIndex, offsetBy: label.count, limitedBy: text.endIndex)
      guard let labelEnd, labelEnd < text.endIndex else { continue }
      let last = text[text.index(before: labelEnd)]
      let next = text[labelEnd]
      guard last.isLowercase, next.isUppercase || next.isNumber else { continue }
      return (String(text[..<labelEnd]), String(text[labelEnd...]).trimmingSpaces)
    }
    return nil
  }

  // MARK: flattened pages

  /// A document whose non-blank lines mostly begin with their page number (1, 2, 3, ...) and
  /// are long: a PDF transcript that kept one line a page.
  static func isFlattened(_ lines: [MarkupLine]) -> Bool {
    var nonBlank = 0
    // Lines from the first page on: a web page's controls before the transcript
    // (`Download`, `Transkript`) are no pages.
    var fromFirstPage = 0
    var numbered = 0
    var length = 0
    for line in lines where !line.isBlank {
      nonBlank += 1
      if nonBlank > 400 { return false }
      // An empty page keeps its number alone.
      if pageNumber(of: line.text) == numbered + 1 || line.text == String(numbered + 1) {
        numbered += 1
        length += line.text.utf8.count
      }
      if numbered > 0 { fromFirstPage += 1 }
    }
    // A page holds more than a heading: the numbered lines are long.
    if numbered >= 2 && numbered * 10 >= fromFirstPage * 6 && nonBlank - fromFirstPage <= 12 && length >= numbered * 100 {
      return true
    }
    // A transcript of one page in one line: the header's labels and the contents run together.
    if nonBlank <= 3, let long = lines.first(where: { $0.text.utf8.count >= 600 }) {
      let lower = long.text.prefix(3000).lowercased()
      // Labels with their colons: labels stacked without them are read as a stack.
      let labels = ["tilstede:", "til stede:", "fraværende:", "afbud:", "afbud fra:", "deltagere:", "medlemmer:", "dato:", "dagsorden:"]
      if labels.filter({ lower.contains($0) }).count >= 2 { return true }
      // A transcript's page that kept its number (`1 REFERAT ... Deltagere Jacob ... Afbud René
      // ...`): labels without their colons, before names.
      guard pageNumber(of: long.text) == 1 else { return false }
      if [" deltagere ", " afbud ", " fraværende ", " referent "].filter({ lower.contains($0) }).count >= 2 { return true }
      // "1 Mødereferat fra Fællesmødet ... 1. Velkomst ... 2. Grundvandskortlægning ...": the
      // minutes' kind in the page's first words and its items numbered inside it.
      return lower.prefix(60).contains("referat") && lower.contains(" 1. ") && lower.contains(" 2. ") && lower.contains(" 3. ")
    }
    return false
  }

  /// The page number a flattened line begins with (`3 1. Godkendelse ...` → 3).
  static func pageNumber(of text: String) -> Int? {
    let digits = text.prefix(while: \.isNumber)
    guard !digits.isEmpty, digits.count <= 3, text.dropFirst(digits.count).first == " " else {
      return nil
    }
    return Int(digits)
  }

  /// `Sagsnr.:`, `J.nr.:`: a case number's label.
  static func isCaseLabel(_ label: String) -> Bool {
    var key = label.lowercased()
    if key.hasSuffix(":") { key.removeLast() }
    let bare = key.hasSuffix(".") ? String(key.dropLast()) : key
    return CaseNumber.labels.contains { $0 == key || $0 == bare || $0 == key + ":" || $0 == bare + "." }
  }

  /// Labels that open a field inside a flattened line (with their colon).
  static let inlineColonLabels: [String] = {
    var words = Set(HeaderLabel.table.keys)
    words.formUnion(CaseNumber.labels.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 })
    words.formUnion(["sagsid", "sags id", "sags-id", "dok.nr", "dokumentnr", "initialer", "kompetence", "kompetenceudvalg"])
    return words.sorted { $0.count > $1.count }
  }()

  /// Section words that open a part of a flattened page when written with a capital and followed
  /// by a capitalised word (`... Åben sag Indledning I takt med ...`).
  static let inlineSectionWords = [
    "Indledning", "Sagsfremstilling", "Indstilling", "Resume", "Resumé", "Baggrund", "Beslutning", "Beslutninger",
    "Bilag", "Økonomi", "Sagsbeskrivelse", "Beslutningstema",
  ]

  /// A page whose heading lost its number (`tirsdag den 18. juni ØKONOMIUDVALGET Meddelelser
  /// Sagsnr.: ...`): the running header before the title goes, the title becomes a heading with
  /// the next number of the table of contents, and the rest of the page is split as any other.
  static func recoverHeading(_ line: MarkupLine, page: Int, contents: TableOfContents, next: inout Int) -> [MarkupLine]? {
    guard line.text.utf8.count <= 200_000 else { return nil }
    var words = TableOfContents.pageWords(line.text)
    // "Side 3": the page's number in its header.
    if words.count > 2, words[0] == "Side", PageFurniture.isNumber(words[1]) { words.removeFirst(2) }
    guard let (start, count) = contents.heading(in: words) else { return nil }
    var heading = line.with(text: String(next) + ". " + words[start..<(start + count)].joined(separator: " "))
    heading.hasHardBreak = true
    next += 1
    let rest = words[(start + count)...].joined(separator: " ")
    guard !rest.isEmpty else { return [heading] }
    return [heading] + splitFlattened(line.with(text: rest), page: -1)
  }

  /// Splits a flattened page line into the lines it stands for; the words of a table of contents
  /// in it (`contents`, counted without the page number) stay one line.
  static func splitFlattened(_ line: MarkupLine, page: Int, contents listSpan: Range<Int>? = nil) -> [MarkupLine] {
    var text = line.text
    if text == String(page) { return [] }
    if let n = pageNumber(of: text), n == page { text = String(text.dropFirst(String(n).count + 1)) }
    // A table of contents page stays one line: its titles are not items.
    let key = text.lowercased()
    if key.hasPrefix("indholdsfortegnelse") || key.hasPrefix("indhold ") {
      return [line.with(text: text)]
    }
    var words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    // "Handicaprådet Mødedato Side Godkendelse af dagsorden Åben sag": a page's running header
    // whose values were lost (the committee, `Mødedato`, `Side`), then the item's title.
    if let side = words.prefix(8).firstIndex(of: "Side"), side >= 1, ["Dato", "Mødedato"].contains(words[side - 1]) {
      var start = side + 1
      if start + 1 < words.count, CommitteeName.namesBody(words[start]), words[start].first?.isUppercase == true,
        words[start + 1].first?.isUppercase == true
      {
        start += 1
      }
      words = Array(words[start...])
      if words.isEmpty { return [] }
    }
    // A page that lists the items (`Sagsoversigt:`, `Meddelelser...21`).
    let contents = ItemHeading.hasLeader(text) || key.contains("sagsoversigt") || key.contains("indholdsfortegnelse")
    var pieces: [String] = []
    var headings: Set<Int> = []
    var current: [String] = []
    func flush() {
      if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
      current = []
    }
    // A page's status mark at its end ("... Vibeke Rindom åben").
    if let last = words.last, ["åben", "åbent", "lukket"].contains(last) { words.removeLast() }
    // The table of contents in the page (`... Erling Petersen (R) 1. Bemærkninger til
    // dagsordenen Meddelelser ... version... 43`): one line, its titles are not items.
    var list: Range<Int>?
    var listPiece: Int?
    if let span = listSpan {
      let shift = TableOfContents.pageWords(line.text).count - words.count
      if span.lowerBound - shift >= 0, span.upperBound - shift <= words.count {
        list = (span.lowerBound - shift)..<(span.upperBound - shift)
      }
    }
    var i = 0
    while i < words.count {
      let w = words[i]
      if let list, i == list.lowerBound {
        flush()
        pieces.append(words[list].joined(separator: " "))
        listPiece = pieces.count - 1
        i = list.upperBound
        continue
      }
      // "Side 2", "Side iv": a page number, dropped.
      if w == "Side", i + 1 < words.count, PageFurniture.isNumber(words[i + 1]) || isRomanNumeral(words[i + 1]),
        i + 2 == words.count || !(words[i + 2].first?.isLowercase ?? false)
      {
        i += 2
        continue
      }
      // "89. Til efterretning - Kvartalsrapport ...": an item heading inside the page's line.
      // "... velkommen. 1: Godkendelse af dagsordenen ...": the same after a sentence.
      let colonNumber = w.hasSuffix(":") && (current.last?.hasSuffix(".") ?? true)
      if !current.isEmpty, w.hasSuffix(".") || colonNumber, w.count >= 2, w.count <= 5,
        w.dropLast().allSatisfy({ $0.isNumber }), i + 1 < words.count, words[i + 1].first?.isUppercase == true
      {
        flush()
        current = [w]
        i += 1
        continue
      }
      // "... Nete Thomsen, referent Referat fra bestyrelsesmøde den 11. juni 2012 ...": the
      // minutes' title line, within the page.
      if !current.isEmpty, w == "Referat" || w == "Mødereferat", i + 2 < words.count,
        ["fra", "af", "for"].contains(words[i + 1]),
        words[(i + 2)..<min(words.count, i + 5)].contains(where: { $0.lowercased().contains("møde") })
      {
        flush()
        current = [w]
        i += 1
        continue
      }
      // "REFERAT", "INDHOLDSFORTEGNELSE": the document's kind or its contents, in capitals.
      if !current.isEmpty, ["REFERAT", "DAGSORDEN", "BESLUTNINGSPROTOKOL", "INDHOLDSFORTEGNELSE"].contains(w) {
        flush()
        current = [w]
        flush()
        i += 1
        continue
      }
      // "ØU-55/07-O Økonomisk orientering": an item's protocol code opens its heading.
      if !current.isEmpty, i + 1 < words.count, words[i].utf8.count >= 5, words[i].contains("/"),
        ItemHeading.codeEnd(words[i] + " ") != nil, words[i + 1].first?.isUppercase == true
      {
        flush()
        current = [w]
        i += 1
        continue
      }
      // "Fraværende: Bemærkninger til dagsordenen: Meddelelser:": labels left empty, one after
      // the other; a label is no value.
      if current.last?.hasSuffix(":") == true, w.first?.isUppercase == true,
        let n = (0..<4).first(where: { i + $0 < words.count && words[i + $0].hasSuffix(":") }),
        words[i...(i + n)].dropFirst().allSatisfy({ $0.first?.isLowercase == true })
      {
        flush()
        current = Array(words[i...(i + n)])
        i += n + 1
        continue
      }
      // "Sagsoversigt Side 01. Godkendelse af dagsorden ... eventuelt...16 Bilagsliste...17": the
      // list of items on the page runs to its last dotted leader, and stays one line.
      if ["Sagsoversigt", "Indholdsfortegnelse", "INDHOLDSFORTEGNELSE"].contains(w),
        let last = words.indices.last(where: { words[$0].contains("...") }), last > i + 1
      {
        flush()
        pieces.append(words[i...last].joined(separator: " "))
        i = last + 1
        continue
      }
      // "... og Jørgen Dagsorden: - Punkt 1. – Opfølgning ...": the agenda's label, then each
      // item's heading inside the page's line (its list dash left out).
      if w == "Dagsorden:" || w == "Dagsorden" && i + 1 < words.count && words[i + 1] == "-" {
        flush()
        i += 1
        continue
      }
      if ["Punkt", "Pkt.", "Pkt"].contains(w), i + 1 < words.count, let n = Optional(words[i + 1].trimming(".:")), !n.isEmpty,
        n.count <= 3, n.allSatisfy(\.isNumber), words[i + 1].hasSuffix(".") || words[i + 1].hasSuffix(":"),
        current.isEmpty || current.last == "-" || current.last == "–" || current.last?.hasSuffix(".") == true
      {
        if current.last == "-" || current.last == "–" { current.removeLast() }
        flush()
        current = [w, words[i + 1]]
        i += 2
        continue
      }
      // "Dato 08. september 2014 Mødetidspunkt 16:00": a date or time label without its colon.
      if ["Dato", "Mødedato", "Mødetidspunkt", "Sluttidspunkt", "Tidspunkt"].contains(w), i + 1 < words.count,
        words[i + 1].first?.isNumber == true || weekdays.contains(words[i + 1].lowercased())
      {
        flush()
        current = [w + ":"]
        i += 1
        continue
      }
      // "Sted Medlemmer Fraværende Lokale 1, Vordingborg Rådhus Asger ...": labels of the place
      // and the people stacked without their colons, their values after the last.
      if stackedLabels.contains(w), i + 1 < words.count, stackedLabels.contains(words[i + 1]) {
        var j = i
        while j < words.count, j < i + 4, stackedLabels.contains(words[j]) { j += 1 }
        if j < words.count, words[j].first?.isUppercase == true || words[j].first?.isNumber == true {
          flush()
          for label in words[i..<j] { pieces.append(label + ":") }
          i = j
          current = []
          // The value goes with the last label: the reader takes stacked labels so.
          if let last = pieces.popLast() { current = [last] }
          continue
        }
      }
      // "Medlemmer Torben Myrup ...", "Tilstedeværende medlemmer af Rådet Jørgen ...": a label
      // of people without its colon, before a name.
      if let (label, first) = peopleLabel(words, at: i) {
        flush()
        current = [label]
        i = first
        continue
      }
      // "... Mødet Torsdag , D2/Rådhus": when and where, after a glossary of abbreviations.
      if !current.isEmpty, w == "Mødet", i + 1 < words.count, weekdays.contains(words[i + 1].lowercased()) {
        flush()
        current = [w]
        i += 1
        continue
      }
      if let span = earlierMeetingSpan(words, at: i) {
        flush()
        current = Array(words[i..<(i + span)])
        flush()
        i += span
        continue
      }
      if let (span, standalone) = labelSpan(words, at: i, contents: contents) {
        flush()
        current = Array(words[i..<(i + span)])
        i += span
        if standalone {
          flush()
          // A section's heading on the page ("Indstilling"): a heading, as it was printed.
          if inlineSectionWords.contains(sectionWord(words[i - span])) { headings.insert(pieces.count - 1) }
        } else if i < words.count, isCaseLabel(current.joined(separator: " ")),
          CaseNumberReader.firstToken(of: words[i]) != nil, i + 1 < words.count,
          words[i + 1].first?.isUppercase == true
        {
          // "Sagsnr.: 09/23252 Kommunalbestyrelsen vedtog ...": the case number, then the text.
          current.append(words[i])
          i += 1
          flush()
        }
        continue
      }
      current.append(w)
      i += 1
    }
    flush()
    return pieces.enumerated().flatMap { (k, piece) -> [MarkupLine] in
      if headings.contains(k) {
        var heading = line.with(text: piece)
        heading.isBold = true
        return [heading]
      }
      if k == listPiece { return [line.with(text: piece)] }
      guard let (title, text) = splitHeadingFromText(piece) else { return [line.with(text: piece)] }
      return [line.with(text: title), line.with(text: text)]
    }
  }

  /// Labels of the place and the people that a flattened page may stack without their colons.
  static let stackedLabels: Set<String> = [
    "Sted", "Mødested", "Mødelokale", "Medlemmer", "Deltagere", "Fraværende", "Afbud", "Tilstede", "Fremmødte",
  ]

  /// Labels of lists of people that a flattened page may keep without their colon.
  static let peopleLabels: Set<String> = [
    "Medlemmer", "Deltagere", "Mødedeltagere", "Tilstede", "Tilstedeværende", "Fraværende", "Afbud", "Fremmødte",
  ]

  /// A label of people at `words[i]`, with up to four words qualifying it (`medlemmer af Rådet`,
  /// `observatører`, `Fra sekretariatet`), before a name (a common first name and a capitalised
  /// word): the label as a field (`Tilstedeværende:`, `Observatører:`) and where the names begin.
  static func peopleLabel(_ words: [String], at i: Int) -> (String, Int)? {
    let w = words[i]
    let staff = w == "Fra" && i + 1 < words.count && NameGrammar.isUnitWord(words[i + 1])
    guard peopleLabels.contains(w) || staff else { return nil }

    var j = i + 1
    while j < words.count, j <= i + 5 {
      if NameGrammar.isFirstName(words[j]), j + 1 < words.count, words[j + 1].first?.isUppercase == true {
        let qualifiers = words[(i + 1)..<j].joined(separator: " ").lowercased()
        if staff || qualifiers.contains("observatør") || qualifiers.contains("gæst") { return ("Gæster:", j) }
        return (w + ":", j)
      }
      // "Sted Medlemmer Fraværende Lokale 1, Vordingborg Rådhus Asger ...": labels stacked, their
      // values after them; qualifiers are words, not a room's number or a comma.
      if !words[j].allSatisfy(\.isLetter) || peopleLabels.contains(words[j]) { return nil }
      j += 1
    }
    return nil
  }

  static let weekdays: Set<String> = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

  /// Words after which a title goes on with a name (`Budget på Økonomiudvalgets område`).
  static let titleLinkWords: Set<String> = [
    "af", "på", "i", "til", "for", "og", "med", "om", "fra", "ved", "under", "efter", "mellem", "den",
    "det", "de", "samt", "vedr.", "vedrørende", "-", "–", "ny", "nyt", "nye", "over", "mod", "hos",
  ]

  /// `ØU-55/07-O Økonomisk orientering maj 2007 Økonomisk Orientering illustrerer ...`: on a
  /// flattened page nothing marks where a heading's title ends and its text begins. The text
  /// begins with a capital after a word that does not lead into a name, followed by a word in
  /// lower case (`... maj 2007 | Økonomisk Orientering`, `... 1. møde | På baggrund af`).
  static func splitHeadingFromText(_ piece: String) -> (String, String)? {
    // A short piece splits only where a sentence plainly opens (`2. Spørgetid Der er ingen
    // spørgsmål.`): a pronoun or a determiner, capitalised.
    let short = piece.utf8.count <= 160
    let words = piece.split(separator: " ", maxSplits: 30).map(String.init)
    // "Punkt 1. – Opfølgning efter afdelingsmødet. Bestyrelsen var enige ...": after the title's
    // first word, where a sentence plainly opens (a capital, then lower case).
    if words.count > 4, ["Punkt", "Pkt.", "Pkt"].contains(words[0]), words[1].dropLast().allSatisfy(\.isNumber),
      ItemHeading.keywordHeading(MarkupLine.plain(String(piece.prefix(300)), number: 0, indent: 0)) != nil
    {
      var t = 2
      if t < words.count, words[t] == "–" || words[t] == "-" { t += 1 }
      for k in (t + 1)..<min(words.count - 1, 20) {
        guard let f = words[k].first, f.isUppercase, f.isLetter, let g = words[k + 1].first, g.isLowercase else { continue }
        let previous = words[k - 1].lowercased()
        if titleLinkWords.contains(previous) || previous.hasSuffix(",") || previous.hasSuffix(":") { continue }
        let title = words[..<k].joined(separator: " ")
        return (title, String(piece.dropFirst(title.count)).trimmingSpaces)
      }
      return nil
    }
    let isHeading = ItemHeading.codeEnd(piece) != nil
      || ItemHeading.numberedHeading(MarkupLine.plain(String(piece.prefix(300)), number: 0, indent: 0)) != nil
    guard isHeading else { return nil }
    guard words.count > (short ? 3 : 4) else { return nil }
    let openers: Set<String> = ["Der", "Den", "Det", "De", "Da", "Vi", "Man", "Ingen", "Intet", "Dette", "Disse"]
    for k in (short ? 2 : 3)..<min(words.count - 1, 25) {
      let w = words[k]
      if short, !openers.contains(w) { continue }
      // "Valg af ordstyrer Da Flemming Meyer ...": "Da" opens a clause whatever follows.
      guard let f = w.first, f.isUppercase, f.isLetter, let g = words[k + 1].first, g.isLowercase || (short && w == "Da")
      else { continue }
      let previous = words[k - 1].lowercased()
      if titleLinkWords.contains(previous) || previous.hasSuffix(":") || previous.hasSuffix(",") { continue }
      // "... maj 2007 Økonomisk Orientering illustrerer": the text's first word may be a name too.
      var start = k
      if let p = words[k - 1].first, p.isUppercase, k - 2 >= 2, !titleLinkWords.contains(words[k - 2].lowercased()),
        !(words[k - 2].first?.isUppercase ?? false)
      {
        start = k - 1
      }
      // "1. Velkomst Henrik G. Petersen bød velkommen": a person's whole name opens the text,
      // from the first name on.
      if let f = (max(2, k - 3)..<k).first(where: { j in
        NameGrammar.isFirstName(words[j]) && words[j..<k].allSatisfy { $0.first?.isUppercase == true }
      }), f < start {
        start = f
      }
      let title = words[..<start].joined(separator: " ")
      let rest = String(piece.dropFirst(title.count)).trimmingSpaces
      return (title, rest)
    }
    return nil
  }

  /// `Økonomiudvalget den 25. oktober 2005, pkt. 3`, `Social- og Sundhedsudvalget den 2.
  /// maj 2016, pkt. 12`: an earlier meeting of a body listed under an item's title; how many
  /// words it spans.
  static func earlierMeetingSpan(_ words: [String], at i: Int) -> Int? {
    guard let f = words[i].first, f.isUppercase, words[i].count >= 3 else { return nil }
    var j = i + 1
    while j < words.count, j < i + 6, words[j] != "den" {
      let w = words[j]
      guard w == "og" || w.first?.isUppercase == true else { return nil }
      j += 1
    }
    guard j < words.count, words[j] == "den" else { return nil }
    j += 1
    var parts = 0
    while j < words.count, parts < 3, looksLikeDatePart(words[j].trimmingCharacters(in: [","])) {
      j += 1
      parts += 1
    }
    guard parts >= 2, words[j - 1].hasSuffix(","), j + 1 < words.count,
      words[j].lowercased() == "pkt." || words[j].lowercased() == "punkt",
      words[j + 1].trimmingCharacters(in: [",", ".", ":"]).allSatisfy(\.isNumber)
    else { return nil }
    return j + 2 - i
  }

  static func isRomanNumeral(_ w: String) -> Bool {
    !w.isEmpty && w.count <= 5 && w.allSatisfy { "ivxl".contains($0) }
  }

  /// `RESUMÉ`, `BESLUTNING`: a section word in capitals is the word.
  static func sectionWord(_ w: String) -> String {
    guard w.count >= 4, w.allSatisfy({ $0.isUppercase || !$0.isLetter }), w.contains(where: \.isLetter) else { return w }
    return w.prefix(1) + w.dropFirst().lowercased()
  }

  /// How many words a field label at `words[i]` spans, and whether it stands alone (a section or
  /// status) rather than opening a field with its value after it; nil when none starts there.
  static func labelSpan(_ words: [String], at i: Int, contents: Bool = false) -> (Int, Bool)? {
    // "Dok.nr.:", "Mødested:", "Afbud fra:", "Sagsid.:".
    for n in [3, 2, 1] where i + n <= words.count {
      var phrase = words[i..<(i + n)].joined(separator: " ")
      if phrase.hasSuffix(":.") { phrase.removeLast() }
      guard phrase.hasSuffix(":"), let f = phrase.first, f.isUppercase else { continue }
      var key = String(phrase.dropLast()).lowercased()
      if key.hasSuffix(".") { key.removeLast() }
      if inlineColonLabels.contains(key) { return (n, false) }
    }
    // "Åben sag", "Lukket punkt".
    if i + 1 < words.count {
      let pair = (words[i] + " " + words[i + 1]).lowercased()
      if ClosedMarker.openingWords.contains(pair) || ClosedMarker.closingWords.contains(pair) {
        return (2, true)
      }
    }
    // "Beslutning: Taget til efterretning.": a section word and its colon, the text after it (on
    // a page of contents, "Beslutning: Budgetopfølgning" is the kind of an item listed).
    let w = sectionWord(words[i])
    if w.hasSuffix(":"), inlineSectionWords.contains(String(w.dropLast())), !contents {
      return (1, false)
    }
    // "Beslutning Økonomiudvalget den [date]" and "Indledning I takt ...".
    // "Beslutning i Erhvervsudvalget den Indstillingen tiltrådt.": the label with its preposition.
    if w == "Beslutning" || w == "Beslutninger", i + 2 < words.count, ["i", "fra", "på"].contains(words[i + 1].lowercased()),
      words[i + 2].first?.isUppercase == true
    {
      var j = i + 2
      while j < words.count, j < i + 10, words[j].lowercased() != "den" { j += 1 }
      if j < words.count, words[j].lowercased() == "den" {
        j += 1
        var k = 0
        while j < words.count, k < 3, looksLikeDatePart(words[j]) {
          j += 1
          k += 1
        }
        return (j - i, true)
      }
    }
    // "Beslutning den Godkendt": the label with its body and its date lost.
    if w == "Beslutning", i + 2 < words.count, words[i + 1].lowercased() == "den", words[i + 2].first?.isUppercase == true {
      return (2, true)
    }
    if inlineSectionWords.contains(w), i + 1 < words.count,
      let f = words[i + 1].first, f.isUppercase
    {
      if w == "Beslutning" || w == "Beslutninger" {
        var j = i + 1
        while j < words.count, j < i + 8, words[j].lowercased() != "den" { j += 1 }
        if j < words.count, words[j].lowercased() == "den" {
          j += 1
          // The date after "den", when the transcript kept it.
          var k = 0
          while j < words.count, k < 3, looksLikeDatePart(words[j]) {
            j += 1
            k += 1
          }
          return (j - i, true)
        }
      }
      return (1, true)
    }
    return nil
  }

  static func looksLikeDatePart(_ w: String) -> Bool {
    if w.first?.isNumber == true { return true }
    let months = [
      "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
      "oktober", "november", "december",
    ]
    return months.contains(w.lowercased().trimming(".,:"))
  }
  /// `... deltog Morten Dahl.Rådmand Susanne Krogh forlod mødet ...`: sentences a copied page
  /// glued at their full stop (a word of three letters or more, the stop, a capitalised word
  /// in lower case after its capital) are parted by a space. Initials (`A.P. Møller`) and
  /// addresses (`odense.dk`) are left as they are.
  /// `Sagsnr. 34/09377Åben`: an item's status glued to the case number before it (a web page's
  /// cells set apart by their style only), parted by a space.
  static func spacedStatus(_ text: String) -> String {
    guard text.utf8.count <= 400 else { return text }
    for word in ["Åben", "Åbent", "Lukket", "Åben sag", "Lukket sag", "Åbent punkt", "Lukket punkt"] where text.hasSuffix(word) {
      let head = text.dropLast(word.count)
      guard let d = head.last, d.isNumber, head.count >= 3 else { continue }
      return head + " " + word
    }
    return text
  }

  static func spacedSentences(_ text: String) -> String {
    let u = text.utf8
    guard u.count >= 7, u.count <= 20_000 else { return text }
    // Most lines have no stop with a capital right after it: their bytes tell at once.
    var glued = false
    var previous: UInt8 = 0
    for b in u {
      if previous == 0x2E, (b >= 0x41 && b <= 0x5A) || b == 0xC3 {
        glued = true
        break
      }
      previous = b
    }
    guard glued else { return text }
    let chars = Array(text)
    var out = ""
    var changed = false
    for (k, c) in chars.enumerated() {
      out.append(c)
      guard c == ".", k >= 3, k + 3 < chars.count, chars[k + 1].isUppercase, chars[k + 2].isLowercase, chars[k + 3].isLowercase,
        chars[(k - 3)..<k].allSatisfy({ $0.isLetter && $0.isLowercase }),
        // "... mødet.Vedtagelse:": a label glued to the sentence before, read as such elsewhere.
        !chars[(k + 1)...].prefix(while: { $0 != " " }).contains(":")
      else { continue }
      out.append(" ")
      changed = true
    }
    return changed ? out : text
  }
}

