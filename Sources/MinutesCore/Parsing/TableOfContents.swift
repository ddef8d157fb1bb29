/// The table of contents of a protocol read one line a page (a PDF transcript), where the items'
/// headings on their pages lost their numbers: the list gives the first number and the titles
/// (run together: `1. Godkendelse af dagsorden Meddelelser Aktuel økonomi ... Personalesag...43`),
/// and a page that opens with one of its titles, followed by the item's case number or status
/// (`ØKONOMIUDVALGET Meddelelser Sagsnr.: ...`, `Økonomiudvalget d Godkendelse af dagsorden Åben
/// sag`), opens the next item.
struct TableOfContents {
  /// The index of the line that holds the list.
  var line: Int
  /// The range of the list's words in that line (the page number left out).
  var span: Range<Int>
  /// The titles' words, run together, dotted leaders and page numbers removed.
  var words: [String]
  /// The number of the list's first entry.
  var firstNumber: Int
  /// Where each capitalised word stands in `words`.
  var positions: [String: [Int]] = [:]

  /// How many of a page's first words may be its running header (committee, date) before a title.
  static let headerWords = 12

  /// The list of a flattened document, on one of its first pages: a numbered entry (`1. Titel`)
  /// and, after it, a dotted leader (`...43`).
  static func find(in lines: [MarkupLine]) -> TableOfContents? {
    var pages = 0
    for (index, line) in lines.enumerated() where !line.isBlank {
      pages += 1
      if pages > 4 { return nil }
      let words = pageWords(line.text)
      guard words.count <= 4000,
        let start = words.indices.first(where: { k in
          k + 1 < words.count && isEntryNumber(words[k]) && words[k + 1].first?.isUppercase == true
        }),
        let end = words.indices.last(where: { words[$0].contains("...") }), end > start + 2,
        let first = Int(words[start].dropLast())
      else { continue }
      // "version... 43": the page number after the last leader belongs to the list.
      var last = end
      if last + 1 < words.count, PageFurniture.isNumber(words[last + 1]) { last += 1 }
      var titles: [String] = []
      for w in words[(start + 1)...end] {
        // "Meddelelser...36": the title's last word, its leader and page number.
        let word = w.contains("...") ? String(w[..<(w.range(of: "...")?.lowerBound ?? w.endIndex)]) : w
        if !word.isEmpty { titles.append(word) }
      }
      var contents = TableOfContents(line: index, span: start..<(last + 1), words: titles, firstNumber: first)
      for (k, w) in titles.enumerated() where w.first?.isUppercase == true { contents.positions[w, default: []].append(k) }
      return contents
    }
    return nil
  }

  /// `12.`: an entry's number.
  static func isEntryNumber(_ w: String) -> Bool {
    w.count >= 2 && w.count <= 4 && w.hasSuffix(".") && w.dropLast().allSatisfy(\.isNumber)
  }

  /// The words of a page line, without the page number in front.
  static func pageWords(_ text: String) -> [String] {
    var words = text.split(separator: " ").map(String.init)
    if let f = words.first, f.count <= 3, f.allSatisfy(\.isNumber) { words.removeFirst() }
    return words
  }

  /// Where a title of the list opens a page that does not number it: the index of its first word
  /// among the page's words and how many words it has. The title is the longest run of the list's
  /// words that begins and ends where entries do (at a capital), stands among the page's first
  /// words, and is followed by the item's case number, its case label or its status.
  func heading(in words: [String]) -> (start: Int, count: Int)? {
    var best: (start: Int, count: Int)?
    for p in 0..<min(TableOfContents.headerWords, words.count) {
      guard words[p].first?.isUppercase == true else { continue }
      // A heading that kept its number is read as written.
      if p > 0, TableOfContents.isEntryNumber(words[p - 1]) { return nil }
      // A word that opens many titles is looked up in its first places only: time stays linear.
      for t in (positions[words[p]] ?? []).prefix(64) {
        var k = 0
        while p + k < words.count, t + k < self.words.count, words[p + k] == self.words[t + k], k < 40 { k += 1 }
        // The title ends where the next entry begins (a capital) or the list ends.
        var end = k
        while end > 0, t + end < self.words.count, self.words[t + end].first?.isUppercase != true { end -= 1 }
        guard end > 0, isMarked(words, after: p + end) else { continue }
        if best == nil || end > best!.count { best = (p, end) }
      }
    }
    return best
  }

  /// Whether the item's case number, case label or status follows a title on the page.
  func isMarked(_ words: [String], after i: Int) -> Bool {
    for w in words[i..<min(words.count, i + 3)] {
      let lower = w.lowercased()
      if lower.hasPrefix("sagsnr") || lower.hasPrefix("sagsid") || lower.hasPrefix("j.nr") || lower.hasPrefix("journalnr") {
        return true
      }
      if ["åben", "åbent", "lukket"].contains(lower.trimming(".:")) { return true }
      if CaseNumberReader.token(w) != nil { return true }
    }
    return false
  }
}
