/// Notes of small boards that list the agenda first and write the minutes after it: under
/// `Ad. 1`, `Ad punkt 2` (`Dagsorden:` / `1) Vagtværn` ... then `Ad. 1` / `Tilbuddet var for
/// dyrt ...`), or as a second list numbered as the agenda (`Dagsorden var:` / `1. Regnskab` ...
/// then `Referat:` / `1. Bestyrelsen har godkendt regnskabet.`). The minutes' numbered parts are
/// the agenda's items, with the agenda's titles.
extension ItemStartFinder {
  /// The items of an agenda followed by its minutes, or nil when the document is not written so.
  func agendaThenMinutes() -> [Start]? {
    guard let (agenda, end) = agendaList() else { return nil }
    let titles = Dictionary(agenda.map { ($0.match.number, $0.match.title) }, uniquingKeysWith: { a, _ in a })
    let parts = references(after: end, titles: titles) ?? secondList(after: end, titles: titles)
    guard let parts, parts.count >= 2 else { return nil }
    return parts.map { s in
      var s = s
      // What the line says after its number, as written.
      let line = lines[s.index].text
      let own = s.match.style == .agendaThenMinutes
        ? s.match.title : String(line[LineRepair.headingPrefixEnd(line)...]).trimmingSpaces
      // "Ad.5 Aktivitetslisten" where the agenda numbered it 4: the line's own title.
      s.match.title = s.match.style == .agendaThenMinutes && isOwnTitle(own, titles: titles) ? ItemTitle.clean(own).0 : titles[s.match.number] ?? own
      s.match.style = .agendaThenMinutes
      s.match.endsLikeSentence = false
      // What the part's line says besides its number is its minutes, unless it repeats the title.
      if !own.isEmpty, SectionHeading.key(ItemTitle.clean(own).0) != SectionHeading.key(s.match.title) { s.text = own }
      return s
    }
  }

  /// The first list of two or more headings numbered 1, 2, 3 ... with only blank lines between
  /// them, each a short title: the agenda. Returns its entries and the index after it.
  func agendaList() -> ([Start], Int)? {
    var i = 0
    // The least indent of a numbered line before the run: a run indented deeper than a
    // numbered line above it (` 1. Opfølgning` over `  1. Det gik godt`) is a list inside an item.
    var outer = Int.max
    while i < lines.count {
      // An agenda stands before the items' sections: a list after a section heading or a case
      // number is inside an item.
      // The document's title word (`Referat`, `Dagsorden`) over it, a web page's title, is none.
      if case .known = SectionHeading.read(lines[i]), !HeaderReader.fillerWords.contains(SectionHeading.key(lines[i].text)) { return nil }
      guard let m = listEntry(lines[i]), m.number == 1 else {
        if listEntry(lines[i]) != nil { outer = min(outer, lines[i].indent) }
        i += 1
        continue
      }
      if lines[i].indent > outer { return nil }
      var run = [Start(index: i, match: m)]
      var j = i + 1
      while j < lines.count {
        // A note under an entry ("- endelig fastlægning af struktur") stays with it.
        if lines[j].isBlank || (lines[j].isBullet && j > i && lines[j].text.utf8.count <= 160) {
          j += 1
          continue
        }
        guard let next = listEntry(lines[j]), next.number == (run.last?.match.number ?? 0) + 1 else { break }
        run.append(Start(index: j, match: next))
        j += 1
      }
      if run.count >= 2 { return run.allSatisfy({ $0.match.title.utf8.count <= 100 }) ? (run, j) : nil }
      outer = min(outer, lines[i].indent)
      i = j
    }
    return nil
  }

  /// A numbered line of a list, in the forms an agenda is written (`1) Vagtværn`, `1. Regnskab`,
  /// `Punkt 1: Regnskab`), with a title.
  func listEntry(_ line: MarkupLine) -> ItemHeading.Match? {
    guard !line.isBlank, !line.isTableRow, line.text.utf8.count <= 400,
      let m = ItemHeading.numberedHeading(line) ?? ItemHeading.keywordHeading(line), !m.title.isEmpty
    else { return nil }
    return m
  }

  /// `Ad. 1` ... `Ad. 4` after the agenda, numbered as its items and rising.
  func references(after end: Int, titles: [Int: String]) -> [Start]? {
    var out: [Start] = []
    for i in end..<lines.count where !lines[i].isBlank {
      // "Ad.6 Evt." past the agenda's last number: the minutes' own title says what it is.
      guard let m = ItemHeading.agendaReference(lines[i]), titles[m.number] != nil || isOwnTitle(m.title, titles: titles),
        m.number > (out.last?.match.number ?? 0)
      else { continue }
      out.append(Start(index: i, match: m))
    }
    return out.count >= 2 ? out : nil
  }

  /// `Ad 1. Godkendelse af dagsorden` / ... / `Ad 2. Meddelelser`: notes that head each item
  /// with a reference to the agenda and its title, where the agenda itself is not in the
  /// document. Two or more, rising from the first, each with a title of its own (no sentence:
  /// `Ad. 1 Punktet udgik.` is the minutes of an agenda item listed elsewhere).
  func referenceHeadings() -> [Start] {
    var out: [Start] = []
    for i in lines.indices where !lines[i].isBlank {
      guard var m = ItemHeading.agendaReference(lines[i]) else { continue }
      // "Dagsorden:" / "Ad pkt. 1 – ..." ... "Ad pkt. 7 – Eventuelt", then the same headings
      // over their minutes: a list of them with nothing between its entries was the agenda.
      if let firstOut = out.first, m.number == firstOut.match.number, out.count >= 2,
        zip(out, out.dropFirst()).allSatisfy({ $1.index - $0.index <= 2 })
      {
        out = []
      }
      guard m.number > (out.last?.match.number ?? 0) else { continue }
      guard !m.title.isEmpty else { continue }
      if m.title.hasSuffix("."), m.title.split(separator: " ").count >= 4 { return [] }
      ItemHeading.fill(&m, title: m.title, line: lines[i])
      guard !m.title.isEmpty, m.title.utf8.count <= 150 else { continue }
      m.style = .keyword
      out.append(Start(index: i, match: m))
    }
    guard out.count >= 2, let first = out.first, first.match.number <= 2 else { return [] }
    // An agenda listed above them: they are its minutes (`agendaThenMinutes`), or the notes of
    // items written otherwise.
    if let (agenda, _) = agendaList(), let top = agenda.first, top.index < first.index { return [] }
    return out
  }

  /// Whether what an `Ad. N` line writes after its number is the title of an agenda item
  /// (`Ad.5 Aktivitetslisten` for the agenda's `4. Aktivitetsliste`), the numbers apart.
  func isOwnTitle(_ own: String, titles: [Int: String]) -> Bool {
    let key = SectionHeading.key(ItemTitle.clean(own).0)
    guard key.count >= 3, key.split(separator: " ").count <= 8 else { return false }
    return titles.values.contains { t in
      let k = SectionHeading.key(ItemTitle.clean(t).0)
      return k == key || (min(k.count, key.count) >= 5 && (k.hasPrefix(key) || key.hasPrefix(k)))
    }
  }

  /// A second list after the agenda, numbered from 1 as the agenda, whose entries tell what was
  /// done rather than repeat the titles (a table of contents before its items repeats them).
  func secondList(after end: Int, titles: [Int: String]) -> [Start]? {
    var out: [Start] = []
    for i in end..<lines.count where !lines[i].isBlank {
      guard let m = listEntry(lines[i]) else { continue }
      if m.number == (out.last?.match.number ?? 0) + 1, titles[m.number] != nil {
        out.append(Start(index: i, match: m))
      } else if !out.isEmpty {
        break
      }
    }
    guard out.count >= 2 else { return nil }
    var repeated = 0
    var told = 0
    for s in out {
      if let title = titles[s.match.number], sameStart(s.match.title, title) { repeated += 1 }
      if lines[s.index].text.hasSuffix(".") || s.match.title.split(separator: " ").count >= 6 { told += 1 }
    }
    return repeated * 2 < out.count && told * 2 >= out.count ? out : nil
  }

  /// Whether one title begins the other, folded (a table of contents may cut titles short).
  func sameStart(_ a: String, _ b: String) -> Bool {
    let x = SectionHeading.key(ItemTitle.clean(a).0)
    let y = SectionHeading.key(ItemTitle.clean(b).0)
    return x.hasPrefix(y) || y.hasPrefix(x)
  }
}
