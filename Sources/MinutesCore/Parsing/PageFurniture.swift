/// What a PDF page or a saved web page carries around the minutes: page numbers, running
/// headers, navigation and sharing links. The reader drops these lines wherever they appear.
enum PageFurniture {
  /// Whole lines (folded) that are site or viewer controls, never minutes.
  static let controls: Set<String> = [
    "til toppen", "tilbage til toppen", "til top", "gå til toppen", "til start", "top",
    "kopier link", "kopier link til punktet", "kopiér link", "kopiér link til punktet", "print",
    "udskriv", "udskriv siden", "del", "del siden", "del på facebook", "del på linkedin",
    "del på twitter", "send til en ven", "abonnér", "abonner", "abonnér på dagsordener",
    "abonner på dagsordener", "spring til indhold", "gå til indhold", "søg", "luk", "menu",
    "vis alle", "fold ud", "fold sammen", "vis mere", "vis mindre", "læs mere", "hent som pdf",
    "download", "download pdf", "hent pdf", "open", "closed", "forrige", "næste", "tilbage",
    "print punkt", "print dagsorden", "udskriv punkt", "se video", "se videoen", "vis video",
    "fold alle ud", "fold alle sammen", "udskriv hele dagsordenen", "udskriv hele dagsordnen",
    "udskriv dagsorden", "udskriv referat", "print hele dagsordenen", "tilbage til oversigten",
    "udskriv dette punkt", "print dette punkt", "punkt titel udskriv hele dagsordenen", "video fra mødet",
    "show video", "samlet dokument", "hent samlet dokument", "åbn/luk punkt", "åbn punkt", "luk punkt", "åbn/luk",
    "åbn", "vis punkt", "skjul punkt", "print friendly, pdf & email", "print friendly", "print, pdf & email",
    "del punkt", "del punktet", "del dette punkt", "vis bilag", "skjul bilag", "udvid alle", "skjul alle", "luk alle",
    "hent bilag", "hent bilag samlet", "hent alle bilag", "forside", "hjælp",
  ]

  /// Whether a line is a control or a page number and should not be read.
  static func isFurniture(_ line: MarkupLine) -> Bool {
    let text = line.text
    if isPrintStamp(text) { return true }
    guard let first = text.utf8.first, text.utf8.count <= 80, !line.isTableRow else { return false }
    // Controls open with a letter, page numbers with a letter, a digit or a dash.
    let isLetter = (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A || first >= 0xC3
    guard isLetter || (first >= 0x30 && first <= 0x39) || first == 0x2D else { return false }
    let key = SectionHeading.key(text)
    if controls.contains(key) { return true }
    // "Søg i dagsordener", "Søg efter møder": a site's search link.
    if key.hasPrefix("søg i ") || key.hasPrefix("søg efter "), key.split(separator: " ").count <= 5 { return true }
    // "Hent referatet som PDF PDF · 1.204 KB", "Download dagsorden (PDF)": a download link.
    if key.hasPrefix("hent ") || key.hasPrefix("download "), key.contains("pdf"), key.split(separator: " ").count <= 8 { return true }
    if !isLetter || key.hasPrefix("side "), isPageNumber(key) { return true }
    // Several controls in one line: "Kopier link til punktet - Print".
    if DanishBytes.containsASCII(key, " - ") || DanishBytes.containsASCII(key, " | ") {
      let parts = key.split(whereSeparator: { $0 == "-" || $0 == "|" }).map { $0.trimmingSpaces }
      if parts.count > 1, parts.allSatisfy({ $0.isEmpty || controls.contains($0) }) { return true }
    }
    return false
  }

  /// `Udskrevet fra eDoc 15. marts 2027 · Referatet er godkendt af Økonomiudvalget`, `Printet
  /// den 3.4.2025 kl. 10.12`: the stamp a system prints at a page's foot, with its day.
  static func isPrintStamp(_ text: String) -> Bool {
    guard text.utf8.count <= 160, let f = text.utf8.first, f == 0x55 || f == 0x50 || f == 0x4F || f == 0x53 else { return false }
    // "Opdateret 26. august 2027", "Senest opdateret den 3.4.2025": a web page's date stamp.
    let words = text.lowercased().split(separator: " ")
    if words.count <= 6, let k = words.firstIndex(where: { $0 == "opdateret" || $0 == "publiceret" }), k <= 1,
      k == 0 || words[0] == "senest", let next = words.dropFirst(k + 1).first(where: { $0 != "den" }), next.first?.isNumber == true
    {
      return true
    }
    guard words.count >= 3, ["udskrevet", "printet", "udskrift"].contains(words[0]), ["fra", "den", "d.", "af"].contains(words[1]) else {
      return false
    }
    return text.contains(where: \.isNumber)
  }

  /// `Print 00.01.00-P35-9-19` → `00.01.00-P35-9-19`: a control's text glued before a case
  /// number or a date; nil when the line does not open so.
  static func withoutLeadingControl(_ text: String) -> String? {
    // "fold dette punkt ind Resume": a page's fold control before a section's label (read on
    // every line: most fail on their first letter).
    if text.utf8.count <= 200, text.utf8.first == 0x66 || text.utf8.first == 0x46 {
      let lower = text.lowercased()
      for control in ["fold dette punkt ind ", "fold dette punkt ud ", "fold punktet ind ", "fold punktet ud "]
      where lower.hasPrefix(control) {
        let rest = text.dropFirst(control.count).trimmingSpaces
        if !rest.isEmpty { return rest }
      }
    }
    guard text.utf8.count <= 200, let space = text.firstIndex(of: " ") else { return nil }
    let head = String(text[..<space])
    let rest = text[text.index(after: space)...].drop(while: { $0 == " " })
    guard let f = rest.first, f.isNumber, controls.contains(head.lowercased()) else { return nil }
    return String(rest)
  }

  /// `side 3`, `side 3 af 12`, `- 3 -`, `3 af 12`.
  static func isPageNumber(_ key: String) -> Bool {
    var words = key.split(separator: " ").map(String.init)
    if words.first == "side" { words.removeFirst() }
    if words.count == 3, words.first == "-", words.last == "-" { words = [words[1]] }
    if words.count == 3, words[1] == "af" || words[1] == "/" {
      return isNumber(words[0]) && isNumber(words[2])
    }
    return key.hasPrefix("side ") && words.count == 1 && isNumber(words[0])
  }

  static func isNumber(_ s: String) -> Bool { !s.isEmpty && s.count <= 4 && s.allSatisfy(\.isNumber) }

  /// The running header and footer of a paginated document: a line that opens (or closes) at
  /// least three pages, or most pages of a short document, is the exporter's, not the minutes'.
  /// Page numbers in it may differ (`Økonomiudvalget 03-03-2021 Side 2 af 14`). The document's
  /// first line is kept: there it is the title. Returns the indices to drop.
  static func runningHeaders(_ lines: [MarkupLine]) -> Set<Int> {
    var drop = repeatedPageLines(lines).union(mailHeader(lines))
    var edges: [String: [Int]] = [:]
    var pageStarts: [Int] = []
    for (p, line) in lines.enumerated() where line.isPageStart { pageStarts.append(p) }
    // "Referat" atop the second page of two: the document's first line again where a page
    // opens is its running header, however few pages there are.
    if let firstLine = lines.firstIndex(where: { !$0.isBlank }), lines[firstLine].text.utf8.count <= 160 {
      let title = shape(lines[firstLine].text)
      for p in pageStarts where p > firstLine {
        guard let i = lines[p...].prefix(6).firstIndex(where: { !$0.isBlank }) else { continue }
        if shape(lines[i].text) == title { drop.insert(i) }
      }
    }
    guard pageStarts.count >= 2 else { return withPageNumbers(drop, lines) }
    func record(_ i: Int) {
      let text = lines[i].text
      guard text.utf8.count <= 160 else { return }
      edges[shape(text), default: []].append(i)
    }
    for (k, p) in pageStarts.enumerated() {
      // The first two non-blank lines of the page, looking no further than six lines.
      var taken = 0
      var i = p
      while i < lines.count, i < p + 6, taken < 2 {
        if !lines[i].isBlank {
          record(i)
          taken += 1
        }
        i += 1
      }
      // The last non-blank line before the next page.
      var j = (k + 1 < pageStarts.count ? pageStarts[k + 1] : lines.count) - 1
      while j > p, lines[j].isBlank { j -= 1 }
      if j > p + 1 { record(j) }
    }
    let pages = pageStarts.count
    let firstLine = lines.firstIndex { !$0.isBlank } ?? 0
    // The pages' numbers alone on a line (`2`, `3`, `4`) share their shape with an item's number
    // written alone (`1` / `Godkendelse af dagsorden`) that opens a page: one number a page,
    // beside the page's other furniture where there is some, counting 1, 2, 3 ... is the pages'.
    func pageOf(_ i: Int) -> Int { pageStarts.lastIndex(where: { $0 <= i }) ?? -1 }
    let numberEdges = edges.filter { $0.value.allSatisfy { Int(lines[$0].text.trimmingSpaces) != nil } }
    let otherEdges = Set(edges.filter { numberEdges[$0.key] == nil }.values.joined())
    for (_, at) in numberEdges where at.count >= 2 {
      func isBeside(_ i: Int) -> Bool { otherEdges.contains(i - 1) || otherEdges.contains(i + 1) }
      var chosen: [Int: Int] = [:]
      for i in at.sorted() {
        if let c = chosen[pageOf(i)] {
          if isBeside(i), !isBeside(c) { chosen[pageOf(i)] = i }
        } else {
          chosen[pageOf(i)] = i
        }
      }
      let picked = chosen.values.sorted()
      guard countsPages(picked.compactMap { Int(lines[$0].text.trimmingSpaces) }) else { continue }
      drop.formUnion(picked)
    }
    for (shape, at) in edges where (at.count >= 3 && at.count * 3 >= pages) || (at.count >= 2 && pages <= 3) {
      // Numbers alone are read above.
      if numberEdges[shape] != nil { continue }
      let sorted = at.sorted()
      // An item heading, a section heading or a labelled field (`Punktnummer: 17`) that happens
      // to open or close pages is the minutes' own.
      let line = lines[sorted[0]]
      if ItemHeading.keywordHeading(line) != nil || ItemHeading.numberedHeading(line) != nil
        || SectionHeading.read(line) != nil || DanishBytes.containsASCII(line.text, ": ")
        || line.text.hasSuffix(":")
      {
        continue
      }
      // The document's first line is its title, even when later pages repeat it.
      drop.formUnion(sorted.filter { $0 != firstLine })
    }
    return withPageNumbers(drop, lines)
  }

  /// `Fra: ...` / `Sendt: 8. oktober 2031 14:12` / `Til: ...` / `Cc: ...`: an e-mail's header over
  /// minutes sent as a mail (three fields or more, one after another): who sent it and when is
  /// no meeting's day, time or members. Its subject (`Emne:`) stays.
  static func mailHeader(_ lines: [MarkupLine]) -> Set<Int> {
    let fields: Set<String> = ["fra", "from", "sendt", "sent", "til", "to", "cc", "bcc", "dato", "date"]
    var run: [Int] = []
    var best: [Int] = []
    for (i, line) in lines.prefix(200).enumerated() where !line.isBlank {
      let head = line.text.prefix(while: { $0 != ":" }).lowercased()
      if head.count < line.text.count, fields.contains(head) || head == "emne" || head == "subject" || head.hasPrefix("vedhæft") {
        run.append(i)
      } else {
        if run.count > best.count { best = run }
        run = []
      }
    }
    if run.count > best.count { best = run }
    let kept = best.filter { fields.contains(lines[$0].text.prefix(while: { $0 != ":" }).lowercased()) }
    // A mail's header names its sender and its receivers: `Fra`/`From` and `Til`/`To` both.
    let heads = Set(kept.map { lines[$0].text.prefix(while: { $0 != ":" }).lowercased() })
    guard best.count >= 3, heads.contains("fra") || heads.contains("from"), heads.contains("til") || heads.contains("to") else { return [] }
    return Set(kept)
  }

  /// "1" / "Børne- og Uddannelsesudvalget | 05-05-2025": the page's number on its own line right
  /// beside a running header dropped, where those numbers count the pages 1, 2, 3 ... (an item's
  /// number beside a header breaks the count). Returns `drop` with them.
  static func withPageNumbers(_ drop: Set<Int>, _ lines: [MarkupLine]) -> Set<Int> {
    var numbers: [(Int, Int)] = []
    for i in drop.sorted() {
      if let n = Int(lines[i].text.trimmingSpaces) {
        numbers.append((i, n))
        continue
      }
      for j in [i - 1, i + 1] where j >= 0 && j < lines.count && !drop.contains(j) {
        let t = lines[j].text.trimmingSpaces
        if t.utf8.count <= 3, let n = Int(t) { numbers.append((j, n)) }
      }
    }
    numbers.sort { $0.0 < $1.0 }
    return countsPages(numbers.map(\.1)) ? drop.union(numbers.map(\.0)) : drop
  }

  /// Two numbers or more, one after another in the document, counting 1 up: pages'.
  static func countsPages(_ values: [Int]) -> Bool {
    values.count >= 2 && zip(values, values.dropFirst()).allSatisfy { $1 == $0 + 1 }
  }

  /// Running headers a converter left without page breaks: lines that end in a page number
  /// (`Børne- og Skoleudvalget - Referat 12. marts 2024 Side 2 af 4`) and recur, and later copies
  /// of the document's first line.
  static func repeatedPageLines(_ lines: [MarkupLine]) -> Set<Int> {
    var numbered: [String: [Int]] = [:]
    var firstText: String?
    var firstIndex = -1
    var copies: [Int] = []
    for (i, line) in lines.enumerated() where !line.isBlank && !line.isTableRow {
      let text = line.text
      guard text.utf8.count <= 160 else { continue }
      if firstText == nil {
        firstText = shape(text)
        firstIndex = i
        continue
      }
      let s = shape(text)
      if s == firstText, i != firstIndex, !text.hasSuffix(":") { copies.append(i) }
      if s != text, s != "#", endsInPageNumber(text) { numbered[s, default: []].append(i) }
    }
    var drop: Set<Int> = []
    for (_, at) in numbered where at.count >= 2 { drop.formUnion(at) }
    if copies.count >= 2 { drop.formUnion(copies) }
    // "Side 2 af 4" / "Plan- og Boligudvalget    07-11-2023": the line a page number stands
    // next to (the next page's header, the page's footer), where it recurs, is the pages'.
    var seen: [String: [Int]] = [:]
    var nextToPage: Set<String> = []
    var previous: (index: Int, isPage: Bool)?
    for (i, line) in lines.enumerated() where !line.isBlank && !line.isTableRow {
      let text = line.text
      let isPage = text.utf8.count <= 40 && isPageNumber(text.lowercased().trimmingSpaces)
      if text.utf8.count <= 160, !isPage, i != firstIndex {
        let s = shape(text)
        seen[s, default: []].append(i)
        if previous?.isPage == true { nextToPage.insert(s) }
      }
      if isPage, let p = previous, !p.isPage, p.index != firstIndex, lines[p.index].text.utf8.count <= 160 {
        nextToPage.insert(shape(lines[p.index].text))
      }
      previous = (i, isPage)
    }
    for s in nextToPage {
      // A heading, a label or a sentence is the minutes' own, whatever stands next to it.
      // (A number alone, `1` / `Godkendelse af dagsorden`, is an item's; its shape is no text.)
      guard let at = seen[s], at.count >= 2, s.contains(where: \.isLetter), !s.hasSuffix(":"), !s.hasSuffix("."),
        !(s.first?.isNumber ?? true),
        SectionHeading.read(lines[at[0]]) == nil, DecisionLabel.read(lines[at[0]].text, reference: nil) == nil,
        ClosedMarker.status(lines[at[0]].text) == nil,
        // (`Ad 1. Godkendelse af referat fra mødet den 13. marts` under a page's number and in
        // the agenda: an item's heading and its line in the list.)
        ItemHeading.keywordHeading(lines[at[0]]) == nil, ItemHeading.agendaReference(lines[at[0]]) == nil,
        // A running header gives the meeting's day; a line of the minutes that happens to end a
        // page and recur (`Ingen bemærkninger`) does not.
        TemporalReader(reference: Day(ordinal: 0)).expressions(in: lines[at[0]].text).contains(where: { $0.kind == .day })
      else { continue }
      drop.formUnion(at)
    }
    return drop
  }

  /// `... Side 2 af 14`, `... Side 2`, `... 2/14`: a page number closes the line.
  static func endsInPageNumber(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard words.count >= 2 else { return false }
    let n = words.count
    func isNum(_ w: Substring) -> Bool { !w.isEmpty && w.count <= 4 && w.allSatisfy(\.isNumber) }
    if n >= 4, isNum(words[n - 1]), words[n - 2].lowercased() == "af", isNum(words[n - 3]),
      words[n - 4].lowercased() == "side"
    {
      return true
    }
    if isNum(words[n - 1]), words[n - 2].lowercased() == "side" { return true }
    // "2/14", not a case number ("24/1234") nor a labelled field.
    return !text.contains(":") && isPageOfPages(String(words[n - 1]))
  }

  /// `2/14`: a page's number and the pages' count (`36/1120`, a case number, is none).
  /// `J.nr. 31/127`, `Sagsnr.: 30/455`: a case number after its label, however like a page of
  /// pages it reads.
  static func isCaseField(_ words: [String]) -> Bool {
    guard words.count >= 2 else { return false }
    let label = words[words.count - 2].lowercased()
    return CaseNumber.labels.contains(label) || CaseNumber.labels.contains(label + ":") || label.hasSuffix(":")
      && CaseNumber.labels.contains(String(label.dropLast()))
  }

  static func isPageOfPages(_ word: String) -> Bool {
    let parts = word.split(separator: "/")
    guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }),
      let a = Int(parts[0]), let b = Int(parts[1])
    else { return false }
    return a >= 1 && a <= b
  }

  /// A line's shape for comparing running headers: a page number at its end (`Side 2 af 14`,
  /// `2/14`, `- 2 -`, `2`) left out, so that it does not make the pages' lines differ.
  static func shape(_ text: String) -> String {
    // Most lines end in a letter or a stop and are spaced singly: their shape is themselves.
    let u = text.utf8
    if let first = u.first, let last = u.last, first != 0x20, last != 0x20, last != 0x2D, !(0x30...0x39).contains(last),
      !DanishBytes.hasSuffixASCII(text, "side"), !DanishBytes.containsASCII(text, "  ")
    {
      return text
    }
    var words = text.split(separator: " ").map(String.init)
    func isNum(_ w: String) -> Bool { !w.isEmpty && w.count <= 4 && w.allSatisfy(\.isNumber) }
    if words.count >= 3, isNum(words[words.count - 1]), words[words.count - 2].lowercased() == "af",
      isNum(words[words.count - 3])
    {
      words.removeLast(3)
    } else if let last = words.last, isNum(last) || isPageOfPages(last) && !isCaseField(words) {
      words.removeLast()
    } else if words.count >= 3, words.last == "-", isNum(words[words.count - 2]), words[words.count - 3] == "-" {
      words.removeLast(3)
    }
    if words.last?.lowercased() == "side" { words.removeLast() }
    return words.isEmpty ? "#" : words.joined(separator: " ")
  }
}
