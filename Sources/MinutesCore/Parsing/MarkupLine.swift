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

  /// Blank after formatting is removed.
  var isBlank: Bool { text.isEmpty }
  /// A Markdown heading or a wholly bold line.
  var isDressed: Bool { headingLevel > 0 || isBold }
}

enum MarkupLineReader {
  /// Splits normalised text into lines and reads each line's dressing.
  static func lines(of text: String) -> [MarkupLine] {
    var out: [MarkupLine] = []
    var number = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      out.append(read(raw, number: number))
    }
    // A file that ends with a line break has an empty last element: it is no line.
    if let last = out.last, last.isBlank, text.hasSuffix("\n") { out.removeLast() }
    return out
  }

  static func read(_ raw: Substring, number: Int) -> MarkupLine {
    var s = raw
    var pageStart = false
    while let f = s.first, f == "\u{0C}" {
      pageStart = true
      s = s.dropFirst()
    }
    // Form feeds elsewhere on the line are page breaks too; they separate nothing we read.
    let hasTab = s.contains("\t")
    var hardBreak = false
    if s.hasSuffix("  ") || s.hasSuffix("\\") { hardBreak = true }
    // Indentation.
    var indent = 0
    var idx = s.startIndex
    while idx < s.endIndex, s[idx] == " " || s[idx] == "\t" {
      indent += s[idx] == "\t" ? 4 : 1
      idx = s.index(after: idx)
    }
    s = s[idx...]
    var body = String(s)
    // Headings.
    var level = 0
    if body.hasPrefix("#") {
      var n = 0
      for c in body.utf8 {
        if c == 0x23 { n += 1 } else { break }
      }
      let after = body.utf8.dropFirst(n).first
      if n <= 6, after == nil || after == 0x20 || after == 0x09 {
        level = n
        body = String(body.dropFirst(n))
        // Closing hashes: "## Title ##".
        while body.hasSuffix("#") { body.removeLast() }
      }
    }
    // Table rows.
    var isTable = false
    var cells: [String] = []
    var isRule = false
    let trimmed = body.trimmingSpaces
    if trimmed.hasPrefix("|") {
      isTable = true
      var parts = trimmed.split(separator: "|", omittingEmptySubsequences: false).map {
        clean(String($0))
      }
      if parts.first == "" { parts.removeFirst() }
      if parts.last == "" { parts.removeLast() }
      if parts.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " } }) {
        isRule = true
        cells = []
      } else {
        cells = parts
      }
      let text = cells.filter { !$0.isEmpty }.joined(separator: " ")
      return MarkupLine(
        number: number, text: text, headingLevel: level, isBold: false, isBullet: false,
        indent: indent, isTableRow: true, cells: cells, isPageStart: pageStart,
        hasHardBreak: hardBreak, isRule: isRule, hasTab: hasTab)
    }
    if !trimmed.isEmpty, trimmed.count >= 3,
      trimmed.allSatisfy({ $0 == "-" || $0 == "*" || $0 == "_" || $0 == "=" || $0 == " " }),
      Set(trimmed.filter { $0 != " " }).count == 1
    {
      isRule = true
    }
    // Bullets.
    var isBullet = false
    for marker in ["- ", "* ", "• ", "– ", "+ ", "· ", "▪ ", "o "] where trimmed.hasPrefix(marker) {
      // "o " only as a nested marker, never at the left margin of a sentence.
      if marker == "o ", indent == 0 { continue }
      isBullet = true
      body = String(trimmed.dropFirst(marker.count))
      break
    }
    if !isBullet, trimmed == "-" || trimmed == "•" {
      isBullet = true
      body = ""
    }
    // Bold lines: the whole text wrapped in ** or __.
    var t = body.trimmingSpaces
    var bold = false
    for mark in ["**", "__"] where t.count > 4 && t.hasPrefix(mark) && t.hasSuffix(mark) {
      let inner = t.dropFirst(2).dropLast(2)
      if !inner.contains(mark) {
        bold = true
        t = String(inner)
      }
    }
    let text = isRule ? "" : clean(t)
    return MarkupLine(
      number: number, text: text, headingLevel: level, isBold: bold, isBullet: isBullet,
      indent: indent, isTableRow: isTable, cells: cells, isPageStart: pageStart,
      hasHardBreak: hardBreak, isRule: isRule, hasTab: hasTab)
  }

  /// Removes inline formatting (`**`, `__`, links, escapes, entities) and collapses spaces.
  static func clean(_ s: String) -> String {
    var t = s
    if t.contains("**") { t = t.replacing("**", with: "") }
    if t.contains("__") { t = t.replacing("__", with: "") }
    if t.contains("](") { t = stripLinks(t) }
    if t.contains("\\") { t = stripEscapes(t) }
    if t.contains("&") { t = decodeEntities(t) }
    if t.contains("<br") { t = t.replacing("<br>", with: " ").replacing("<br/>", with: " ") }
    return collapseSpaces(t)
  }

  /// `[text](url)` becomes `text`; `![alt](url)` becomes `alt`.
  static func stripLinks(_ s: String) -> String {
    var out = ""
    var i = s.startIndex
    while i < s.endIndex {
      let c = s[i]
      if c == "[" || (c == "!" && s.index(after: i) < s.endIndex && s[s.index(after: i)] == "[") {
        let open = c == "[" ? i : s.index(after: i)
        if let close = s[open...].firstIndex(of: "]"), s.index(after: close) < s.endIndex,
          s[s.index(after: close)] == "(",
          let paren = s[s.index(after: close)...].firstIndex(of: ")")
        {
          out += s[s.index(after: open)..<close]
          i = s.index(after: paren)
          continue
        }
      }
      out.append(c)
      i = s.index(after: i)
    }
    return out
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
