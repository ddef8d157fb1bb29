/// One line of a document, with its Markdown dressing read and removed.
///
/// Converters write the same minutes as Markdown (`# Punkt 1: ...`, `**Beslutning**`, tables)
/// or as bare text; the parser only looks at `text` and at the dressing flags, so both forms
/// read the same.
struct MarkupLine {
  /// 1-based line number in the file.
  var number: Int
  /// The text without formatting marks, trimmed, runs of spaces and tabs collapsed to one space.
  var text: String
  /// Markdown heading level (`#` count), 0 when none.
  var headingLevel: Int
  /// The whole line was bold (`**...**`).
  var isBold: Bool
  /// A list item (`- `, `* `, `• `); `text` is without the marker.
  var isBullet: Bool
  /// Leading indentation in spaces (tabs count 4).
  var indent: Int
  /// A Markdown table row; `cells` holds its cells.
  var isTableRow: Bool
  /// The cells of a table row.
  var cells: [String]
  /// The line began a new page (a form feed).
  var isPageStart: Bool
  /// The line ended in a Markdown hard break (two spaces or a backslash).
  var hasHardBreak: Bool
  /// The line held only a table separator (`|--|--|`) or a rule (`---`).
  var isRule: Bool
  /// The line had a tab before its last field (a table of contents' page number).
  var hasTab: Bool
  /// The document's first line is the word of its kind alone (`Referat`, a web page's title):
  /// the document's title, never a section heading of an item.
  var isDocumentTitle = false

  /// Blank after formatting is removed.
  var isBlank: Bool { text.isEmpty }
  /// A Markdown heading or a wholly bold line.
  var isDressed: Bool { headingLevel > 0 || isBold }
}

enum MarkupLineReader {
  /// Splits normalised text into lines and reads each line's dressing.
  static func lines(of text: String) -> [MarkupLine] {
    var out: [MarkupLine] = []
    var copy = text
    // A list's value in a right column (`Forfald:   Jesper Holm (O)`), where its next entry
    // may stand on the next line: the list's line in `out` and the value's column.
    var pendingList: (Int, Int)?
    copy.withUTF8 { buf in
      var start = 0
      var number = 0
      let n = buf.count
      var i = 0
      while i <= n {
        if i == n || buf[i] == 0x0A {
          number += 1
          // A file that ends with a line break has no line after it.
          if i == n && start == n && n > 0 { break }
          if let end = boldWrapEnd(buf, lineStart: start, lineEnd: i) {
            // "## **Punkt 4: Implementering af nye åbningstider i" / "administrationen pr. 1.
            // januar 2025**": a bold heading or label a converter wrapped is one line, at the
            // first line's number (the lines after it keep theirs).
            var joined = Array(buf[start..<i])
            var k = i
            while k < end {
              let next = k + 1
              var e = next
              while e < n, buf[e] != 0x0A { e += 1 }
              joined.append(0x20)
              joined.append(contentsOf: buf[next..<e])
              k = e
            }
            out.append(joined.withUnsafeBufferPointer { read($0, number: number) })
            number += buf[i..<end].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            start = end + 1
            i = end + 1
            continue
          }
          let raw = UnsafeBufferPointer(rebasing: buf[start..<i])
          let line = read(raw, number: number)
          let listColumn = pendingList
          pendingList = nil
          if let (label, value) = columnLabel(raw, line) {
            out.append(label)
            out.append(value)
          } else if let labelled = listLabelColumn(raw, line) {
            out.append(labelled)
          } else if let parts = fieldColumns(raw, line) {
            out.append(contentsOf: parts)
            if let last = parts.last, let column = listValueColumn(raw, last) { pendingList = (out.count - 1, column) }
          } else if let (index, column) = listColumn, let (left, more) = listContinuation(raw, line, column: column) {
            out[index].text += ", " + more
            out.append(left)
          } else if let names = nameColumns(raw, line) {
            out.append(names)
          } else if let heading = numberColumn(raw, line) {
            out.append(heading)
          } else if let parts = headingColumns(raw, line) {
            out.append(contentsOf: parts)
          } else {
            out.append(line)
          }
          start = i + 1
        } else if buf[i] == 0x0C, i > start, buf[start..<i].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0C }) {
          // "Side 1 af 2\fByrådet - Referat": a page ends inside a line; what follows the form
          // feed opens the next page, on a line of its own (the same line of the file).
          out.append(read(UnsafeBufferPointer(rebasing: buf[start..<i]), number: number + 1))
          start = i
        }
        i += 1
      }
    }
    return frontMatter(barRows(gridRows(out)))
  }

  /// A Markdown file's front matter (`---` / `sted: "Rådhuset, Sct. Bendts Gade 1"` / `tags:
  /// [...]` / `---`): each field a line of its own, never joined to the next, its value without
  /// the quotes around it.
  static func frontMatter(_ lines: [MarkupLine]) -> [MarkupLine] {
    guard let open = lines.firstIndex(where: { !$0.isBlank || $0.isRule }), lines[open].isRule,
      let close = lines[(open + 1)...].prefix(40).firstIndex(where: \.isRule), close > open + 1,
      lines[(open + 1)..<close].allSatisfy({ line in
        // (`medlemmer:` / `  - "[[Sofie Kjær]] (V), borgmester"`: a list's entries under its key.)
        line.isBlank || line.isBullet || line.text.firstIndex(of: ":").map { c in
          !line.text[..<c].isEmpty && line.text[..<c].allSatisfy { $0.isLetter || $0 == "_" || $0 == "-" }
        } == true
      })
    else { return lines }
    func unquoted(_ value: String) -> String {
      if value.count >= 2, let q = value.first, q == "\"" || q == "'", value.last == q { return String(value.dropFirst().dropLast()) }
      return value
    }
    var out = Array(lines[...open])
    for line in lines[(open + 1)..<close] where !line.isBlank {
      var text = line.text
      // A list's entries join its key's value, one line (`medlemmer: Sofie Kjær (V), borgmester;
      // Allan Bak (A)`), parted so an entry's own commas stay in it.
      if line.isBullet, let last = out.indices.last, last > open, out[last].isBlank, last - 1 > open {
        let key = out[last - 1]
        let entry = unquoted(text.trimmingSpaces)
        out[last - 1] = key.with(text: key.text.hasSuffix(":") ? key.text + " " + entry : key.text + "; " + entry)
        continue
      }
      if let c = text.firstIndex(of: ":") {
        let value = unquoted(text[text.index(after: c)...].trimmingSpaces)
        text = String(text[...c]) + (value.isEmpty ? "" : " " + value)
      }
      out.append(line.with(text: text))
      out.append(MarkupLine.plain("", number: line.number))
    }
    out += lines[close...]
    return out
  }

  /// Whether a line is a grid table's border (`+------+------+`, `+======+======+`).
  static func isGridBorder(_ t: String) -> Bool {
    t.utf8.count >= 3 && t.utf8.first == 0x2B && t.utf8.last == 0x2B
      && t.utf8.allSatisfy { $0 == 0x2B || $0 == 0x2D || $0 == 0x3D || $0 == 0x3A }
  }

  /// A grid table (pandoc's from a Word document): between its borders, the lines of one row
  /// hold its cells wrapped (`| Karsten Uhre | DH Holstebro |` / `|  | (Scleroseforeningen) |`);
  /// they become one row at its first line, the others and the borders blank.
  static func gridRows(_ lines: [MarkupLine]) -> [MarkupLine] {
    guard lines.contains(where: { isGridBorder($0.text) }) else { return lines }
    var out = lines
    var i = 0
    while i < lines.count {
      guard isGridBorder(lines[i].text) else {
        i += 1
        continue
      }
      out[i] = MarkupLine.plain("", number: lines[i].number)
      var j = i + 1
      while j < lines.count, lines[j].isTableRow, !lines[j].isRule { j += 1 }
      guard j < lines.count, isGridBorder(lines[j].text), j - i >= 2 else {
        i += 1
        continue
      }
      var cells = lines[i + 1].cells
      for k in (i + 2)..<j where lines[k].cells.count == cells.count {
        for c in cells.indices where !lines[k].cells[c].isEmpty {
          cells[c] = cells[c].isEmpty ? lines[k].cells[c] : cells[c] + " " + lines[k].cells[c]
        }
        out[k] = MarkupLine.plain("", number: lines[k].number)
      }
      out[i + 1].cells = cells
      out[i + 1].text = cells.filter { !$0.isEmpty }.joined(separator: " ")
      i = j
    }
    return out
  }

  /// `Pkt. | Emne | Beslutning` / `1 | Godkendelse af dagsorden | Godkendt.`: a table written
  /// without its outer bars (a word processor's or a board's own). Two lines or more one under
  /// the other with the same number of bars, each parting words, are its rows.
  static func barRows(_ lines: [MarkupLine]) -> [MarkupLine] {
    func bars(_ l: MarkupLine) -> Int {
      guard !l.isTableRow, !l.isBlank, l.text.utf8.count <= 2000, DanishBytes.containsASCII(l.text, " | ") else { return 0 }
      return l.text.utf8.reduce(0) { $0 + ($1 == 0x7C ? 1 : 0) }
    }
    var out = lines
    var i = 0
    while i < lines.count {
      let n = bars(lines[i])
      guard n >= 1 else {
        i += 1
        continue
      }
      var j = i + 1
      while j < lines.count, bars(lines[j]) == n { j += 1 }
      if j - i >= 2 {
        for k in i..<j {
          let cells = lines[k].text.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
          out[k].isTableRow = true
          out[k].cells = cells
          out[k].text = cells.filter { !$0.isEmpty }.joined(separator: " ")
        }
      }
      i = j
    }
    return out
  }

  /// Where a bold span opened on the line `lineStart..<lineEnd` (at its start, after a heading's
  /// `#`s) and left open closes at the end of one of the next two lines, none blank: the index
  /// of the line break after that line; nil when the line is no such start.
  static func boldWrapEnd(_ buf: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int) -> Int? {
    guard lineEnd < buf.count, lineEnd - lineStart >= 3, lineEnd - lineStart <= 400 else { return nil }
    func marks(_ lo: Int, _ hi: Int) -> Int {
      var count = 0
      var k = lo
      while k + 1 < hi {
        if buf[k] == 0x2A && buf[k + 1] == 0x2A {
          count += 1
          k += 2
        } else {
          k += 1
        }
      }
      return count
    }
    var lo = lineStart
    while lo < lineEnd, buf[lo] == 0x23 || buf[lo] == 0x20 { lo += 1 }
    guard lo + 2 < lineEnd, buf[lo] == 0x2A, buf[lo + 1] == 0x2A, buf[lo + 2] != 0x20, marks(lo, lineEnd) % 2 == 1 else { return nil }
    var end = lineEnd
    for _ in 0..<2 {
      let next = end + 1
      guard next < buf.count else { return nil }
      var e = next
      while e < buf.count, buf[e] != 0x0A { e += 1 }
      var hi = e
      while hi > next, buf[hi - 1] == 0x20 || buf[hi - 1] == 0x0D { hi -= 1 }
      // A blank line, a heading or a list: the span was left open, not wrapped.
      guard hi > next, buf[next] != 0x23, e - next <= 400 else { return nil }
      let count = marks(next, hi)
      if count % 2 == 1 {
        return hi - next >= 2 && buf[hi - 1] == 0x2A && buf[hi - 2] == 0x2A ? e : nil
      }
      guard count == 0 else { return nil }
      end = e
    }
    return nil
  }

  /// An item's heading with a column of its own at the right, after a gap of three spaces or a
  /// tab (a PDF's text laid out as on the page): a table of contents' page number (`1.   Budget
  /// ....   2`: the heading without it) or the item's case number (`Ad 1. Budget      Sag
  /// SB-33-18`: the heading, then the case number's line under it).
  static func headingColumns(_ raw: UnsafeBufferPointer<UInt8>, _ line: MarkupLine) -> [MarkupLine]? {
    guard !line.isTableRow, !line.isBlank, raw.count <= 400, let last = raw.last, last != 0x20 else { return nil }
    // The last gap: three spaces or a tab, with text on both sides.
    var e = raw.count - 1
    while e > 0, !(raw[e] == 0x09 || (raw[e] == 0x20 && e >= 2 && raw[e - 1] == 0x20 && raw[e - 2] == 0x20)) { e -= 1 }
    guard e > 0 else { return nil }
    var lo = e
    while lo > 0, raw[lo - 1] == 0x20 || raw[lo - 1] == 0x09 { lo -= 1 }
    guard lo > 0 else { return nil }
    let left = read(UnsafeBufferPointer(rebasing: raw[..<lo]), number: line.number)
    let right = read(UnsafeBufferPointer(rebasing: raw[(e + 1)...]), number: line.number)
    guard !left.isBlank, !right.isBlank,
      ItemHeading.numberedHeading(left) != nil || ItemHeading.keywordHeading(left) != nil || ItemHeading.agendaReference(left) != nil
    else { return nil }
    // (A page's number stands far off, past a gap of ten spaces or more; a figure in a table's
    // column nearer by is the text's.)
    if e + 1 - lo >= 10, right.text.utf8.count <= 3, right.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return [left] }
    // (A numbered heading's case number beside it is read with the title's wrapped lines.)
    if ItemHeading.agendaReference(left) != nil, let c = CaseNumberReader.read(right), c.caseNumber != nil,
      right.text.split(separator: " ").count <= 4
    {
      var under = right
      under.indent = left.indent
      return [left, under]
    }
    return nil
  }

  /// `Sag nr. 1    Godkendelse af dagsorden`: an item's keyword and number in a column of their
  /// own (a PDF's text laid out as on the page), the title after a gap of three spaces or more:
  /// the line with a colon after the number, as a heading that parts them so is written.
  static func numberColumn(_ raw: UnsafeBufferPointer<UInt8>, _ line: MarkupLine) -> MarkupLine? {
    guard !line.isTableRow, !line.isBlank, line.headingLevel == 0, raw.count <= 400,
      let f = line.text.utf8.first, f == 0x53 || f == 0x50 || f == 0x4E
    else { return nil }
    let lower = line.text.prefix(12).lowercased()
    guard let keyword = ["sag nr. ", "sag nr ", "sag ", "punkt nr. ", "punkt ", "pkt. ", "nr. "].first(where: { lower.hasPrefix($0) }) else { return nil }
    let afterKeyword = line.text.dropFirst(keyword.count)
    let digits = afterKeyword.prefix(while: \.isNumber)
    guard (1...4).contains(digits.count), afterKeyword.dropFirst(digits.count).first == " " else { return nil }
    // The same number in the raw bytes, then three spaces or a tab.
    let number = Array(digits.utf8)
    var k = 0
    while k + number.count + 3 <= raw.count {
      if Array(raw[k..<(k + number.count)]) == number, k == 0 || raw[k - 1] == 0x20 {
        let g = k + number.count
        guard raw[g] == 0x09 || (raw[g] == 0x20 && raw[g + 1] == 0x20 && raw[g + 2] == 0x20) else { return nil }
        let title = afterKeyword.dropFirst(digits.count + 1)
        guard title.first?.isUppercase == true else { return nil }
        return line.with(text: line.text.prefix(keyword.count + digits.count) + ": " + title)
      }
      k += 1
    }
    return nil
  }

  /// `Beslutning    Godkendt.`, `Indstilling   Direktøren indstiller, at ...`: a section's label
  /// in a column of its own (a PDF's text laid out as on the page), its text after a gap of two
  /// or more spaces or a tab: the label and the text as two lines, the text at its column. Not
  /// where the whole line is a label (`Beslutning  Økonomiudvalget den 3. marts 2021`: a body and
  /// a date) or the text goes on in lower case.
  static func columnLabel(_ raw: UnsafeBufferPointer<UInt8>, _ line: MarkupLine) -> (MarkupLine, MarkupLine)? {
    guard !line.isTableRow, !line.isBlank, !line.isBullet, line.headingLevel == 0, raw.count <= 2000 else { return nil }
    var lo = 0
    while lo < raw.count, raw[lo] == 0x20 || raw[lo] == 0x09 { lo += 1 }
    var gap = lo
    while gap + 1 < raw.count, raw[gap] != 0x09, !(raw[gap] == 0x20 && raw[gap + 1] == 0x20) { gap += 1 }
    guard gap + 1 < raw.count, gap > lo, gap - lo <= 80 else { return nil }
    var v = gap
    while v < raw.count, raw[v] == 0x20 || raw[v] == 0x09 { v += 1 }
    guard v < raw.count else { return nil }
    let value = read(UnsafeBufferPointer(rebasing: raw[v...]), number: line.number)
    guard let f = value.text.unicodeScalars.first, !f.properties.isLowercase else { return nil }
    let label = MarkupLine.plain(String(decoding: UnsafeBufferPointer(rebasing: raw[lo..<gap]), as: UTF8.self), number: line.number)
    guard case .known = SectionHeading.read(label) else { return nil }
    if case .known = SectionHeading.read(line) { return nil }
    if let d = DecisionLabel.read(line.text, reference: nil), d.date != nil, DecisionLabel.looksLikeBody(d.body) { return nil }
    var text = value
    text.indent = v
    var heading = label
    heading.indent = lo
    return (heading, text)
  }

  /// `Stedfortrædere        Kasper Lind (A) for Henrik Holm (A)`: the label of a list of people
  /// in a column of its own without its colon (a PDF's text laid out as on the page), the first
  /// entry after a gap of three or more spaces or a tab: the line as the label and its colon
  /// before the value. (The labels that need no colon, `Fraværende`, read so already.)
  static func listLabelColumn(_ raw: UnsafeBufferPointer<UInt8>, _ line: MarkupLine) -> MarkupLine? {
    guard !line.isTableRow, !line.isBlank, !line.isBullet, line.headingLevel == 0, raw.count <= 2000 else { return nil }
    var lo = 0
    while lo < raw.count, raw[lo] == 0x20 || raw[lo] == 0x09 { lo += 1 }
    var gap = lo
    while gap + 2 < raw.count, raw[gap] != 0x09, !(raw[gap] == 0x20 && raw[gap + 1] == 0x20 && raw[gap + 2] == 0x20) { gap += 1 }
    guard gap + 2 < raw.count, gap > lo, gap - lo <= 30, !raw[lo..<gap].contains(0x3A) else { return nil }
    var v = gap
    while v < raw.count, raw[v] == 0x20 || raw[v] == 0x09 { v += 1 }
    guard v < raw.count else { return nil }
    // (The label is asked first: most lines with a gap hold none, and their value is not read.)
    let label = String(decoding: UnsafeBufferPointer(rebasing: raw[lo..<gap]), as: UTF8.self)
    guard let (field, rest) = HeaderLabel.read(label + ":"), rest.isEmpty,
      [.attendees, .absentees, .guests, .substitutes].contains(field), HeaderLabel.read(line.text) == nil
    else { return nil }
    let value = read(UnsafeBufferPointer(rebasing: raw[v...]), number: line.number)
    guard let f = value.text.unicodeScalars.first, f.properties.isUppercase, !value.text.contains(":") else { return nil }
    return line.with(text: label + ": " + value.text)
  }

  /// `Mødedato: 12. marts 2024          Mødested: Rådhuset`, `1. Godkendelse af dagsorden
  ///        Sagsnr.: 24/1234`, `Økonomiudvalget 12. marts 2024        Side 1 af 2`: fields a page
  /// sets side by side (a PDF's text laid out as on the page), each after a gap of three or more
  /// spaces or a tab opening with a labelled field (a header label or a case number's label,
  /// with its colon), a page number or an item's status (`Lukket`, `Åben sag`): one line each.
  static func fieldColumns(_ raw: UnsafeBufferPointer<UInt8>, _ line: MarkupLine) -> [MarkupLine]? {
    guard !line.isTableRow, !line.isBlank, line.headingLevel == 0, raw.count <= 2000 else { return nil }
    var lo = 0
    while lo < raw.count, raw[lo] == 0x20 || raw[lo] == 0x09 { lo += 1 }
    var cuts: [Int] = []
    var k = lo
    while k < raw.count {
      guard raw[k] == 0x20 || raw[k] == 0x09 else {
        k += 1
        continue
      }
      var e = k
      while e < raw.count, raw[e] == 0x20 || raw[e] == 0x09 { e += 1 }
      if e < raw.count, e - k >= 3 || raw[k] == 0x09 {
        let head = String(decoding: UnsafeBufferPointer(rebasing: raw[e..<min(raw.count, e + 40)]), as: UTF8.self)
        // "6. Salg af grund          Lukket": the item's status in a column of its own.
        let isStatus = raw.count - e <= 40 && ClosedMarker.status(head.trimmingSpaces) != nil
        if opensField(head) || isStatus { cuts.append(e) }
      }
      k = e
    }
    guard !cuts.isEmpty else { return nil }
    var parts: [MarkupLine] = []
    var from = lo
    for cut in cuts + [raw.count] {
      var part = read(UnsafeBufferPointer(rebasing: raw[from..<cut]), number: line.number)
      part.indent = from
      // (The spaces before the next field are the columns' gap, no Markdown line break.)
      if cut < raw.count { part.hasHardBreak = false }
      if !part.isBlank { parts.append(part) }
      from = cut
    }
    return parts.count >= 2 ? parts : nil
  }

  /// The column (in characters) where a list's value starts, where `part` is a people's field
  /// a page set beside another (`Forfald:          Jesper Holm (O)` right of `Mødedato: ...`);
  /// nil for any other part.
  static func listValueColumn(_ raw: UnsafeBufferPointer<UInt8>, _ part: MarkupLine) -> Int? {
    guard part.indent > 0, let (field, value) = HeaderLabel.read(part.text), !value.isEmpty,
      [.absentees, .attendees, .guests, .substitutes].contains(field)
    else { return nil }
    var k = part.indent
    while k < raw.count, raw[k] != 0x3A { k += 1 }
    k += 1
    while k < raw.count, raw[k] == 0x20 || raw[k] == 0x09 { k += 1 }
    guard k < raw.count else { return nil }
    return raw[..<k].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

  /// `Mødetid:     Kl. 18.00 – 21.40                 Pernille Holm (M)` under `Mødedato: ...
  /// Forfald:   Jesper Holm (O)`: the next entry of a list in a right column, at its value's
  /// column after a gap of three or more spaces, beside the left column's next field: the left
  /// part as the line, and the entry, which goes to the list's value.
  static func listContinuation(_ raw: UnsafeBufferPointer<UInt8>, _ line: MarkupLine, column: Int) -> (MarkupLine, String)? {
    guard !line.isTableRow, !line.isBlank, raw.count <= 400 else { return nil }
    var chars = 0
    var k = 0
    while k < raw.count, chars < column {
      if raw[k] & 0xC0 != 0x80 { chars += 1 }
      k += 1
    }
    while k < raw.count, raw[k] & 0xC0 == 0x80 { k += 1 }
    guard k >= 4, k < raw.count, raw[k] != 0x20, raw[(k - 3)..<k].allSatisfy({ $0 == 0x20 }),
      raw[..<k].contains(where: { $0 != 0x20 && $0 != 0x09 })
    else { return nil }
    let entry = read(UnsafeBufferPointer(rebasing: raw[k...]), number: line.number).text
    guard HeaderReader.isNameList(entry), !entry.contains(":") else { return nil }
    var left = read(UnsafeBufferPointer(rebasing: raw[..<k]), number: line.number)
    left.indent = line.indent
    left.hasHardBreak = false
    return (left, entry)
  }

  /// `Medlemmer:      Anne Holm                 Per Dam`: names a page sets in columns, parted by
  /// gaps of three or more spaces, each of two to five capitalised words (a party in brackets
  /// allowed), after a label or not: the names parted by commas, as a list writes them.
  static func nameColumns(_ raw: UnsafeBufferPointer<UInt8>, _ line: MarkupLine) -> MarkupLine? {
    guard !line.isTableRow, !line.isBlank, line.headingLevel == 0, raw.count <= 400, raw.contains(0x20) else { return nil }
    let text = String(decoding: raw, as: UTF8.self)
    guard text.contains("   ") else { return nil }
    var segments = text.components(separatedBy: "   ").map { $0.trimmingSpaces }.filter { !$0.isEmpty }
    var label: String?
    if let f = segments.first, f.hasSuffix(":"), f.split(separator: " ").count <= 3 {
      label = f
      segments.removeFirst()
    }
    guard segments.count >= 2 else { return nil }
    for seg in segments {
      let words = seg.split(separator: " ")
      guard (2...5).contains(words.count),
        words.allSatisfy({ w in w.first?.isUppercase == true || (w.hasPrefix("(") && w.hasSuffix(")")) || w == "-" }),
        words.filter({ $0.first?.isUppercase == true }).count >= 2
      else { return nil }
    }
    var out = line
    out.text = (label.map { $0 + " " } ?? "") + segments.joined(separator: ", ")
    return out
  }

  /// Whether text opens with a labelled field (`Mødested:`, `Sagsnr.: 24/1234`) or is a page's
  /// number (`Side 1 af 2`).
  static func opensField(_ head: String) -> Bool {
    let lower = head.lowercased()
    if lower.hasPrefix("side "), lower.dropFirst(5).first?.isNumber == true { return true }
    // "Dato  Tirsdag den 10. juni 2025      Start kl.   17:00": the hours' field beside the day's.
    if ["start kl", "slut kl", "mødestart kl", "mødeslut kl", "sluttid kl", "starttid kl"].contains(where: { lower.hasPrefix($0) }) { return true }
    guard let colon = lower.firstIndex(of: ":"), lower.distance(from: lower.startIndex, to: colon) <= 24 else { return false }
    if CaseNumber.labels.contains(where: { lower.hasPrefix($0) }) { return true }
    if let (field, _) = HeaderLabel.read(head), field != .ignored { return true }
    return false
  }

  /// Reads one line's bytes.
  static func read(_ line: UnsafeBufferPointer<UInt8>, number: Int) -> MarkupLine {
    var lo = 0
    var hi = line.count
    var pageStart = false
    while lo < hi, line[lo] == 0x0C {
      pageStart = true
      lo += 1
    }
    var hasTab = false
    for k in lo..<hi where line[k] == 0x09 {
      hasTab = true
      break
    }
    let hardBreak =
      (hi - lo >= 2 && line[hi - 1] == 0x20 && line[hi - 2] == 0x20) || (hi > lo && line[hi - 1] == 0x5C)
    var indent = 0
    while lo < hi, line[lo] == 0x20 || line[lo] == 0x09 {
      indent += line[lo] == 0x09 ? 4 : 1
      lo += 1
    }
    while hi > lo, line[hi - 1] == 0x20 || line[hi - 1] == 0x09 || line[hi - 1] == 0x0C { hi -= 1 }
    // Block quotes (`> Godkendt.`, `> > ...`) read as their text; a note tool's callout
    // (`> [!success] Beslutning`, `> [!warning]- Beslutning`) as its title.
    if lo < hi, line[lo] == 0x3E, lo + 1 == hi || line[lo + 1] == 0x20 || line[lo + 1] == 0x3E {
      while lo < hi, line[lo] == 0x3E || line[lo] == 0x20 { lo += 1 }
      if lo + 2 < hi, line[lo] == 0x5B, line[lo + 1] == 0x21 {
        var k = lo + 2
        while k < hi, line[k] != 0x5D, k - lo <= 24 { k += 1 }
        if k < hi, line[k] == 0x5D {
          lo = k + 1
          while lo < hi, line[lo] == 0x2B || line[lo] == 0x2D || line[lo] == 0x20 { lo += 1 }
        }
      }
    }
    // Headings.
    var level = 0
    if lo < hi, line[lo] == 0x23 {
      var n = 0
      while lo + n < hi, line[lo + n] == 0x23 { n += 1 }
      if n <= 6, lo + n == hi || line[lo + n] == 0x20 || line[lo + n] == 0x09 {
        level = n
        lo += n
        while hi > lo, line[hi - 1] == 0x23 { hi -= 1 }
        while lo < hi, line[lo] == 0x20 || line[lo] == 0x09 { lo += 1 }
        while hi > lo, line[hi - 1] == 0x20 { hi -= 1 }
      }
    }
    // Table rows.
    if lo < hi, line[lo] == 0x7C {
      let rowText = String(decoding: UnsafeBufferPointer(rebasing: line[lo..<hi]), as: UTF8.self)
      var parts = rowText.split(separator: "|", omittingEmptySubsequences: false).map { clean(String($0)) }
      if parts.first == "" { parts.removeFirst() }
      if parts.last == "" { parts.removeLast() }
      let isRule = parts.allSatisfy { $0.utf8.allSatisfy { $0 == 0x2D || $0 == 0x3A || $0 == 0x20 } }
      let cells = isRule ? [] : parts
      return MarkupLine(
        number: number, text: cells.filter { !$0.isEmpty }.joined(separator: " "), headingLevel: level,
        isBold: false, isBullet: false, indent: indent, isTableRow: true, cells: cells,
        isPageStart: pageStart, hasHardBreak: hardBreak, isRule: isRule, hasTab: hasTab)
    }
    // Rules: "---", "***", "___", "===".
    var isRule = false
    if hi - lo >= 3 {
      let c = line[lo]
      if c == 0x2D || c == 0x2A || c == 0x5F || c == 0x3D {
        isRule = true
        for k in lo..<hi where line[k] != c && line[k] != 0x20 {
          isRule = false
          break
        }
      }
    }
    if isRule {
      return MarkupLine(
        number: number, text: "", headingLevel: level, isBold: false, isBullet: false, indent: indent,
        isTableRow: false, cells: [], isPageStart: pageStart, hasHardBreak: hardBreak, isRule: true,
        hasTab: hasTab)
    }
    // Bullets: "- ", "* ", "+ ", "• ", "– ", "· ", "▪ ", "►", "▸", "→", "✔", "✓", "☐", "»", and "o " when indented.
    var isBullet = false
    if lo < hi {
      let c = line[lo]
      var markerLength = 0
      if (c == 0x2D || c == 0x2A || c == 0x2B) && lo + 1 < hi && line[lo + 1] == 0x20 {
        // "**Beslutning**" is bold, not a bullet.
        markerLength = 2
      } else if c == 0x6F, indent > 0, lo + 1 < hi, line[lo + 1] == 0x20 {
        markerLength = 2
      } else if c == 0xE2, lo + 3 < hi, line[lo + 3] == 0x20,
        (line[lo + 1] == 0x80 && (line[lo + 2] == 0xA2 || line[lo + 2] == 0x93))
          || (line[lo + 1] == 0x96 && (line[lo + 2] == 0xAA || line[lo + 2] == 0xBA || line[lo + 2] == 0xB8))
          // "→ KP sender rykker ...", "✔ Hjertestarteren er på plads", "✓", "☐": a board's list of
          // errands or of what is done.
          || (line[lo + 1] == 0x86 && line[lo + 2] == 0x92)
          || (line[lo + 1] == 0x9C && (line[lo + 2] == 0x94 || line[lo + 2] == 0x93))
          || (line[lo + 1] == 0x98 && (line[lo + 2] == 0x90 || line[lo + 2] == 0x91 || line[lo + 2] == 0x92))
      {
        markerLength = 4
      } else if c == 0xC2, lo + 2 < hi, line[lo + 1] == 0xB7 || line[lo + 1] == 0xBB, line[lo + 2] == 0x20 {
        markerLength = 3
      } else if hi - lo == 1, c == 0x2D {
        markerLength = 1
      }
      if markerLength > 0 {
        isBullet = true
        lo += markerLength
        while lo < hi, line[lo] == 0x20 { lo += 1 }
      }
    }
    // "## Punkt 1 – Godkendelse af dagsorden {#punkt-1}": a heading's attributes (pandoc's,
    // kramdown's), its anchor or class, are no words of it.
    if level > 0, hi - lo > 3, line[hi - 1] == 0x7D {
      var k = hi - 2
      while k > lo, line[k] != 0x7B, line[k] != 0x7D { k -= 1 }
      if line[k] == 0x7B, k > lo, line[k - 1] == 0x20, k + 1 < hi - 1, line[k + 1] == 0x23 || line[k + 1] == 0x2E {
        hi = k - 1
        while hi > lo, line[hi - 1] == 0x20 { hi -= 1 }
      }
    }
    // Bold lines: the whole text wrapped in ** or __.
    var bold = false
    if hi - lo > 4 {
      for mark: UInt8 in [0x2A, 0x5F]
      where line[lo] == mark && line[lo + 1] == mark && line[hi - 1] == mark && line[hi - 2] == mark {
        var inner = false
        var k = lo + 2
        while k + 1 < hi - 2 {
          if line[k] == mark && line[k + 1] == mark {
            inner = true
            break
          }
          k += 1
        }
        if !inner {
          bold = true
          lo += 2
          hi -= 2
        }
        break
      }
    }
    // Italic lines: the whole text wrapped in one * or _ (`*Sagsnr.: SAG-2027-00412*`).
    if !bold, hi - lo > 2 {
      for mark: UInt8 in [0x2A, 0x5F]
      where line[lo] == mark && line[hi - 1] == mark && line[lo + 1] != mark && line[lo + 1] != 0x20 && line[hi - 2] != 0x20 {
        if !UnsafeBufferPointer(rebasing: line[(lo + 1)..<(hi - 1)]).contains(mark) {
          lo += 1
          hi -= 1
        }
        break
      }
    }
    // Fast path: no inline marks, no runs of spaces.
    var needsCleaning = false
    var previousSpace = true
    for k in lo..<hi {
      let c = line[k]
      if c == 0x2A || c == 0x5F || c == 0x5D || c == 0x5C || c == 0x26 || c == 0x3C || c == 0x09 || c == 0x60
        || (c == 0x20 && previousSpace)
      {
        needsCleaning = true
        break
      }
      previousSpace = c == 0x20
    }
    if hi > lo, line[hi - 1] == 0x20 { needsCleaning = true }
    // " -- ": a dash typed as two hyphens (Markdown's, a typewriter's).
    if !needsCleaning, hi - lo >= 4 {
      for k in lo..<(hi - 3) where line[k] == 0x20 && line[k + 1] == 0x2D && line[k + 2] == 0x2D && line[k + 3] == 0x20 {
        needsCleaning = true
        break
      }
    }
    let body = String(decoding: UnsafeBufferPointer(rebasing: line[lo..<max(lo, hi)]), as: UTF8.self)
    return MarkupLine(
      number: number, text: needsCleaning ? clean(body) : body, headingLevel: level, isBold: bold,
      isBullet: isBullet, indent: indent, isTableRow: false, cells: [], isPageStart: pageStart,
      hasHardBreak: hardBreak, isRule: false, hasTab: hasTab)
  }

  /// Removes inline formatting (`**`, `__`, links, escapes, entities) and collapses spaces.
  static func clean(_ s: String) -> String {
    var t = s
    let u = Array(s.utf8)
    func has(_ a: UInt8, _ b: UInt8) -> Bool {
      guard u.count >= 2 else { return false }
      for i in 0..<(u.count - 1) where u[i] == a && u[i + 1] == b { return true }
      return false
    }
    if has(0x2A, 0x2A) { t = t.replacing("**", with: "") }
    if has(0x5F, 0x5F) { t = t.replacing("__", with: "") }
    if has(0x5B, 0x5B) { t = stripWikiLinks(t) }
    // (Only a line with `:x`, `k:` or `:n`/`:w` bytes can hold one of the codes.)
    if has(0x3A, 0x78) || has(0x6B, 0x3A) || has(0x3A, 0x6E) || has(0x3A, 0x77) { t = withEmojiSigns(t) }
    if has(0x5D, 0x28) || has(0x5D, 0x7B) { t = stripLinks(t) }
    // "Tilstede:: Pernille Skov, ...": a note tool's field, its label before a double colon.
    if has(0x3A, 0x3A), let r = t.range(of: ":: "), t.distance(from: t.startIndex, to: r.lowerBound) <= 30,
      t[..<r.lowerBound].allSatisfy({ $0.isLetter || $0 == " " || $0 == "-" })
    {
      t = String(t[..<r.lowerBound]) + ": " + t[r.upperBound...]
    }
    if u.contains(0x5C), has(0x5F, 0x43) { t = stripWordFields(t) }
    if u.contains(0x5C) { t = stripEscapes(t) }
    if u.contains(0x26) { t = decodeEntities(t) }
    if has(0x3C, 0x62) { t = t.replacing("<br>", with: " ").replacing("<br/>", with: " ") }
    if has(0x2D, 0x2D) { t = t.replacing(" -- ", with: " – ") }
    // "`Sagsnr. 81.08.00-G01-2-31`": Markdown's marks of code around words, in pairs.
    if u.contains(0x60), u.filter({ $0 == 0x60 }).count % 2 == 0 { t = t.replacing("`", with: "") }
    return collapseSpaces(t)
  }

  /// `og  CONTACT _Con-423E86E71 \c \s \l Charlotte Bunch`: a Word field's instruction left in
  /// the text of a saved page (the field's name, its argument and its switches) goes. Linear.
  static func stripWordFields(_ s: String) -> String {
    var words = s.split(separator: " ", omittingEmptySubsequences: false)
    var k = 0
    while k < words.count {
      if words[k].hasPrefix("_Con-"), k > 0, words[k - 1].allSatisfy(\.isUppercase), words[k - 1].count >= 4 {
        var end = k + 1
        while end < words.count, words[end].count == 2, words[end].first == "\\" { end += 1 }
        words.removeSubrange((k - 1)..<end)
        k -= 1
        continue
      }
      k += 1
    }
    return words.joined(separator: " ")
  }

  /// A wiki's emoji codes as the signs they stand for (`:white_check_mark:` ✅, `:x: afbud` ❌
  /// afbud), so a status cell reads as it shows.
  static func withEmojiSigns(_ s: String) -> String {
    var t = s
    for (code, sign) in [
      (":white_check_mark:", "✅"), (":heavy_check_mark:", "✔"), (":ballot_box_with_check:", "☑"),
      (":x:", "❌"), (":no_entry:", "⛔"), (":no_entry_sign:", "🚫"), (":warning:", "⚠"),
    ] where t.contains(code) {
      t = t.replacing(code, with: sign)
    }
    return t
  }

  /// `[[Pernille Skov]]` becomes `Pernille Skov`, `[[Handicaprådet 2031-09-03|næste møde]]` its
  /// alias `næste møde`: a note tool's links between notes.
  static func stripWikiLinks(_ s: String) -> String {
    guard s.utf8.count <= 20_000 else { return s }
    var out = ""
    var rest = Substring(s)
    while let open = rest.range(of: "[["), let close = rest[open.upperBound...].range(of: "]]") {
      out += rest[..<open.lowerBound]
      let inner = rest[open.upperBound..<close.lowerBound]
      out += inner.split(separator: "|", maxSplits: 1).last.map(String.init) ?? ""
      rest = rest[close.upperBound...]
    }
    return out + rest
  }

  /// `[text](url)` becomes `text`; `![alt](url)` becomes `alt`. Linear: the next `]` and `)`
  /// after every position are found in one backward pass, so no bracket is looked for twice.
  static func stripLinks(_ s: String) -> String {
    let b = Array(s.utf8)
    let n = b.count
    var nextClose = [Int](repeating: n, count: n + 1)
    var nextParen = [Int](repeating: n, count: n + 1)
    var i = n - 1
    while i >= 0 {
      nextClose[i] = b[i] == 0x5D ? i : nextClose[i + 1]
      nextParen[i] = b[i] == 0x29 ? i : nextParen[i + 1]
      i -= 1
    }
    var out: [UInt8] = []
    out.reserveCapacity(n)
    i = 0
    while i < n {
      var open = -1
      if b[i] == 0x5B {
        open = i
      } else if b[i] == 0x21, i + 1 < n, b[i + 1] == 0x5B {
        open = i + 1
      }
      if open >= 0 {
        let close = nextClose[open + 1]
        if close + 1 < n, b[close + 1] == 0x28 {
          let paren = nextParen[close + 2]
          if paren < n {
            out.append(contentsOf: b[(open + 1)..<close])
            i = skipAttributes(b, from: paren + 1)
            continue
          }
        }
        // "[]{#_Toc180512301 .anchor}", "[tekst]{.underline}": a pandoc span and its attributes.
        if close + 1 < n, b[close + 1] == 0x7B, let end = b[(close + 1)...].firstIndex(of: 0x7D) {
          out.append(contentsOf: b[(open + 1)..<close])
          i = end + 1
          continue
        }
      }
      out.append(b[i])
      i += 1
    }
    let stripped = String(decoding: out, as: UTF8.self)
    // "[1. Godkendelse af dagsorden [2](#a)](#a)": a link inside a link's text (a contents'
    // entry and its page) comes out on the next pass.
    if stripped.utf8.count < s.utf8.count, stripped.contains("](") || stripped.contains("]{") { return stripLinks(stripped) }
    return stripped
  }

  /// The index after a pandoc attribute block (`{width="1.6in"}`) at `i`, or `i` itself.
  static func skipAttributes(_ b: [UInt8], from i: Int) -> Int {
    guard i < b.count, b[i] == 0x7B, let end = b[i...].firstIndex(of: 0x7D) else { return i }
    return end + 1
  }

  static func stripEscapes(_ s: String) -> String {
    var out = ""
    var escape = false
    for c in s {
      if escape {
        out.append(c)
        escape = false
      } else if c == "\\" {
        escape = true
      } else {
        out.append(c)
      }
    }
    return out
  }

  static func decodeEntities(_ s: String) -> String {
    var t = s
    for (e, r) in [
      ("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"),
      ("&aelig;", "æ"), ("&oslash;", "ø"), ("&aring;", "å"), ("&AElig;", "Æ"),
      ("&Oslash;", "Ø"), ("&Aring;", "Å"), ("&amp;", "&"),
    ] where t.contains(e) {
      t = t.replacing(e, with: r)
    }
    return t
  }

  /// Trims and folds runs of spaces and tabs into one space.
  static func collapseSpaces(_ s: String) -> String {
    var needs = false
    var previousSpace = true
    for c in s.utf8 {
      let isSpace = c == 0x20 || c == 0x09
      if isSpace && previousSpace || c == 0x09 {
        needs = true
        break
      }
      previousSpace = isSpace
    }
    if !needs, s.utf8.last != 0x20 { return s }
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    var pendingSpace = false
    for c in s.utf8 {
      if c == 0x20 || c == 0x09 {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace {
        out.append(0x20)
        pendingSpace = false
      }
      out.append(c)
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension MarkupLine {
  /// A plain line of text (no dressing), as a repaired or split line is.
  static func plain(_ text: String, number: Int, indent: Int = 0, isPageStart: Bool = false) -> MarkupLine {
    MarkupLine(
      number: number, text: text, headingLevel: 0, isBold: false, isBullet: false, indent: indent,
      isTableRow: false, cells: [], isPageStart: isPageStart, hasHardBreak: false, isRule: false,
      hasTab: false)
  }

  /// This line with other text: the number, indentation and dressing are kept.
  func with(text newText: String) -> MarkupLine {
    var l = self
    l.text = newText
    return l
  }
}
