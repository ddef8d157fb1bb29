/// The text of a saved web page, as lines the minutes reader reads: what a browser shows, in
/// the Markdown forms the reader already knows.
///
/// - Block elements (`p`, `div`, `section`, `dt`, `dd` ...) are paragraphs, separated by a
///   blank line; `<br>` is a line break (a Markdown hard break: two spaces at the line's end).
/// - `h1`-`h6` are `#` headings; a block wholly in `<b>` or `<strong>` is `**...**`.
/// - List items are `- text` (`3. text` in an `ol`), nested lists indented by two spaces.
/// - A table row whose cells each hold one line is `| a | b |`; a row that holds blocks (a
///   layout table, as First Agenda's publication pages use for their items) is its cells' lines.
/// - White space is collapsed as a browser does, except in `pre`; text in inline elements is
///   joined as shown (`<b>Beslutning</b> Godkendt` is `Beslutning Godkendt`).
/// - Character references are read (`HTMLEntity`).
/// - The page's `<title>` is the first line (a municipality's title often names the committee
///   and the date), unless a line of the page says the same.
///
/// Dropped with their contents: `script`, `style`, `head`, `nav`, the site's `header` and
/// `footer` (not an article's), `noscript`, `svg`, `template`, `iframe`, `form`, `button`, form
/// controls, comments and CDATA; elements with an ARIA role of page furniture (`navigation`,
/// `banner`, `dialog`, `menu` ...), screen-reader-only text, dialogs, cookie and consent banners,
/// links that only move about the site or act on the page (`Til toppen`, `Print`, `Kopier
/// link`).
///
/// Exceptions keep the minutes when a page is built unusually: a heading inside a button, or a
/// button that opens a panel (`aria-expanded`), is the item's heading and is kept; a form that
/// holds the page (ASP.NET wraps every page in one) is kept; content hidden by `hidden`,
/// `aria-hidden`, `display:none` or a hiding class is kept when a disclosure control on the page
/// opens it, or when it holds much text (a collapsed item of a page saved with its panels
/// closed). An element whose end tag never comes is not dropped: a stray `<nav>` does not hide
/// the rest of the page.
public enum HTMLText {
  /// The page's text, one line a block; not normalised (`DocumentText` does that).
  static func text(fromHTML source: String) -> String {
    let bytes = Array(source.utf8)
    var renderer = HTMLRenderer(bytes, disclosed: disclosedIDs(in: bytes))
    renderer.run()
    return render(renderer.lines, title: renderer.title)
  }

  /// The lines, in the Markdown forms of `MarkupLine`.
  static func render(_ lines: [HTMLRenderer.Line], title: String?) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(lines.reduce(0) { $0 + $1.text.count + 4 })
    // "Punkt 5 - Trafiksikkerhed ved skoler": a one-item page's title is the item's heading,
    // which the page gives again; as the first line it would take the page's header into the item.
    let itemShaped = title.map { t in
      let line = MarkupLine.plain(t, number: 1)
      return ItemHeading.keywordHeading(line) != nil || ItemHeading.numberedHeading(line) != nil
    } ?? false
    if let title, !title.isEmpty, !itemShaped, !repeats(title, in: lines), !isFileName(title) {
      out.append(contentsOf: title.utf8)
      if !lines.isEmpty { out.append(contentsOf: [0x0A, 0x0A]) }
    }
    for (i, line) in lines.enumerated() {
      if i > 0 { out.append(contentsOf: line.isParagraphStart ? [0x0A, 0x0A] : [0x0A]) }
      out.append(contentsOf: repeatElement(0x20, count: line.indent))
      if line.headingLevel > 0 {
        out.append(contentsOf: repeatElement(0x23, count: line.headingLevel))
        out.append(0x20)
      } else if let bullet = line.bullet {
        // `<ol><li>1. Godkendelse af dagsorden</li>`: an item that writes its own number is
        // not numbered twice.
        let number = bullet.utf8.prefix { $0 >= 0x30 && $0 <= 0x39 }
        let writesOwn = !number.isEmpty && line.text.starts(with: number)
          && line.text.count > number.count && [0x2E, 0x29, 0x20].contains(line.text[number.count])
        if !writesOwn { out.append(contentsOf: bullet.utf8) }
      } else if !line.isTableRow, let f = line.text.first, f == 0x23 || f == 0x7C {
        // A line that only looks like a heading or a table row.
        out.append(0x5C)
      }
      if line.isBold && !line.isTableRow {
        out.append(contentsOf: [0x2A, 0x2A])
        out.append(contentsOf: line.text)
        out.append(contentsOf: [0x2A, 0x2A])
      } else {
        out.append(contentsOf: line.text)
      }
      if line.hasHardBreak { out.append(contentsOf: [0x20, 0x20]) }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// `referat_bestyrelsesmoede_marts`, `thisted-boerne-2019-06-11`, `Referat.docx`: a title
  /// that is the name of the file the page was saved from (words joined by `-`, `_` or `.`, no
  /// space), which says nothing the page's text or its own file name does not.
  static func isFileName(_ title: String) -> Bool {
    !title.contains(" ") && title.contains(where: { $0 == "-" || $0 == "_" || $0 == "." })
      && title.contains(where: \.isLetter)
  }

  /// Whether a line of the page says what its title says.
  static func repeats(_ title: String, in lines: [HTMLRenderer.Line]) -> Bool {
    let folded = fold(Array(title.utf8))
    let length = folded.utf8.count
    return lines.contains { line in
      // Folding only removes spaces: a much shorter line cannot be the title.
      line.text.count >= length && line.text.count <= 2 * length + 8 && fold(line.text) == folded
    }
  }

  /// Lower case with single spaces, for comparing a title with a line.
  static func fold(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self).lowercased()
      .split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).joined(separator: " ")
  }

  /// Whether the bytes hold a tag anywhere: `<` followed by a letter, `/` or `!` (a start tag,
  /// an end tag, a comment or a doctype), in UTF-8, Windows-1252 or UTF-16.
  public static func hasTag(_ bytes: [UInt8]) -> Bool {
    let utf16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    // In UTF-16 the character after `<` stands two bytes on; its other byte is zero.
    let step = utf16 ? 2 : 1
    var i = 0
    while i + step < bytes.count {
      if bytes[i] == 0x3C, !utf16 || bytes[i + (bytes[0] == 0xFF ? 1 : -1)] == 0 {
        let c = bytes[i + step] | 0x20
        if (c >= 0x61 && c <= 0x7A) || bytes[i + step] == 0x2F || bytes[i + step] == 0x21 { return true }
      }
      i += 1
    }
    return false
  }

  /// Whether the bytes are a web page: `<!DOCTYPE html`, `<html`, `<head` or `<body` first
  /// (after a byte-order mark, white space, an XML declaration and comments); or, unless
  /// `fragments` is false (Markdown, which may hold blocks of HTML), a piece of a page's source:
  /// a block element first and end tags after it.
  static func looksLikeHTML(_ bytes: [UInt8], fragments: Bool = true) -> Bool {
    var head: [UInt8]
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      // UTF-16: the ASCII of the first characters.
      let littleEndian = bytes[0] == 0xFF
      head = []
      var i = 2
      while i + 1 < min(bytes.count, 4096) {
        let (low, high) = littleEndian ? (bytes[i], bytes[i + 1]) : (bytes[i + 1], bytes[i])
        head.append(high == 0 ? low : 0x3F)
        i += 2
      }
    } else {
      head = Array(bytes.prefix(4096))
      if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
    }
    var i = 0
    func skipSpace() {
      while i < head.count, HTMLRenderer.isSpace(head[i]) { i += 1 }
    }
    func at(_ s: String) -> Bool {
      let p = Array(s.utf8)
      guard i + p.count <= head.count else { return false }
      for k in 0..<p.count where head[i + k] | 0x20 != p[k] | 0x20 { return false }
      return true
    }
    func skip(past end: String) -> Bool {
      let p = Array(end.utf8)
      while i + p.count <= head.count {
        if Array(head[i..<(i + p.count)]) == p {
          i += p.count
          return true
        }
        i += 1
      }
      return false
    }
    while true {
      skipSpace()
      if at("<!--") {
        guard skip(past: "-->") else { return false }
      } else if at("<?") {
        guard skip(past: ">") else { return false }
      } else {
        break
      }
    }
    if at("<!doctype html") { return true }
    for name in ["<html", "<head", "<body"] where at(name) {
      let after = i + name.utf8.count
      return after >= head.count || HTMLRenderer.isSpace(head[after]) || head[after] == 0x3E
    }
    // A piece of a page's source (`<div class="main-text">`, `<h1>Referat</h1>` ...): a block
    // element or a heading first, and end tags after it.
    guard fragments, at("<") else { return false }
    var name: [UInt8] = []
    var k = i + 1
    while k < head.count, name.count < 12, (0x61...0x7A).contains(head[k] | 0x20) || (0x30...0x39).contains(head[k]) {
      name.append(head[k] | 0x20)
      k += 1
    }
    guard k < head.count, HTMLRenderer.isSpace(head[k]) || head[k] == 0x3E else { return false }
    let element = String(decoding: name, as: UTF8.self)
    guard HTMLElement.blocks.contains(element) || ["h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol"].contains(element)
    else { return false }
    var endTags = 0
    for j in k..<max(k, head.count - 1) where head[j] == 0x3C && head[j + 1] == 0x2F { endTags += 1 }
    return endTags >= 2
  }

  /// The ids a disclosure control names (`aria-controls`, `data-target`, `data-bs-target`):
  /// panels a reader of the page can open.
  static func disclosedIDs(in bytes: [UInt8]) -> Set<String> {
    var ids: Set<String> = []
    let names = ["aria-controls", "data-target", "data-bs-target"].map { Array($0.utf8) }
    let n = bytes.count
    var i = 0
    while i < n {
      let c = bytes[i] | 0x20
      guard c == 0x61 || c == 0x64 else {
        i += 1
        continue
      }
      var matched: Int?
      for name in names where i + name.count <= n {
        var k = 0
        while k < name.count, bytes[i + k] | 0x20 == name[k] { k += 1 }
        if k == name.count {
          matched = name.count
          break
        }
      }
      guard let length = matched else {
        i += 1
        continue
      }
      var j = i + length
      while j < n, HTMLRenderer.isSpace(bytes[j]) { j += 1 }
      guard j < n, bytes[j] == 0x3D else {
        i = j
        continue
      }
      j += 1
      while j < n, HTMLRenderer.isSpace(bytes[j]) { j += 1 }
      var end = j
      if j < n, bytes[j] == 0x22 || bytes[j] == 0x27 {
        let quote = bytes[j]
        j += 1
        end = j
        // A value is short; an unterminated one ends at the tag's end.
        while end < n, end - j < 256, bytes[end] != quote, bytes[end] != 0x3E { end += 1 }
      } else {
        while end < n, end - j < 256, !HTMLRenderer.isSpace(bytes[end]), bytes[end] != 0x3E {
          end += 1
        }
      }
      let value = String(decoding: bytes[j..<end], as: UTF8.self)
      for id in value.split(separator: " ") {
        ids.insert(String(id.hasPrefix("#") ? id.dropFirst() : id))
      }
      i = max(end, i + 1)
    }
    return ids
  }
}
