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
  ]

  /// Whether a line is a control or a page number and should not be read.
  static func isFurniture(_ line: MarkupLine) -> Bool {
    let text = line.text
    guard let first = text.utf8.first, text.utf8.count <= 80, !line.isTableRow else { return false }
    // Controls open with a letter, page numbers with a letter, a digit or a dash.
    let isLetter = (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A || first >= 0xC3
    guard isLetter || (first >= 0x30 && first <= 0x39) || first == 0x2D else { return false }
    let key = SectionHeading.key(text)
    if controls.contains(key) { return true }
    if !isLetter || key.hasPrefix("side "), isPageNumber(key) { return true }
    // Several controls in one line: "Kopier link til punktet - Print".
    if DanishBytes.containsASCII(key, " - ") || DanishBytes.containsASCII(key, " | ") {
      let parts = key.split(whereSeparator: { $0 == "-" || $0 == "|" }).map { $0.trimmingSpaces }
      if parts.count > 1, parts.allSatisfy({ $0.isEmpty || controls.contains($0) }) { return true }
    }
    return false
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

  /// The running header of a paginated document: a line that opens at least three pages (or every
  /// page of a short document) is the exporter's, not the minutes'. Returns the indices to drop.
  static func runningHeaders(_ lines: [MarkupLine]) -> Set<Int> {
    var firstLines: [String: [Int]] = [:]
    var pages = 0
    for (p, line) in lines.enumerated() where line.isPageStart {
      pages += 1
      // The first two non-blank lines of the page, looking no further than six lines.
      var taken = 0
      var i = p
      while i < lines.count, i < p + 6, taken < 2 {
        if !lines[i].isBlank {
          if lines[i].text.utf8.count <= 160 { firstLines[lines[i].text, default: []].append(i) }
          taken += 1
        }
        i += 1
      }
    }
    guard pages >= 2 else { return [] }
    var drop: Set<Int> = []
    for (text, at) in firstLines where at.count >= 3 || (at.count >= 2 && at.count * 2 >= pages) {
      // An item heading or a section heading that opens pages is the minutes' own.
      let line = MarkupLine.plain(text, number: 0)
      if ItemHeading.keywordHeading(line) != nil || SectionHeading.read(line) != nil { continue }
      drop.formUnion(at)
    }
    return drop
  }
}
