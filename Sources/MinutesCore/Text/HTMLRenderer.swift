/// Walks a page's tokens with a small stack of open elements and writes the lines a browser
/// would show, in the Markdown forms the minutes reader knows (see `HTMLText`).
///
/// The stack is a tolerant tree builder: a start tag closes what it implies (a `<p>` an open
/// paragraph, a `<li>` the previous item, a `<td>` the previous cell), an end tag closes the
/// nearest open element of its name (never across a table cell), a stray end tag is ignored, and
/// nesting deeper than `maxDepth` is read as flat text. Every element is pushed and popped once
/// and every byte written is removed at most once, so the time is linear in the input.
struct HTMLRenderer {
  /// Open elements beyond this depth are not tracked (their text is still read).
  static let maxDepth = 512
  /// A form with this much text (or a `main`, `article` or `h1`) is the page, not a form:
  /// ASP.NET wraps every page in one.
  static let pageFormBytes = 2_000
  /// Hidden content with this much text is kept: a collapsed panel of the minutes.
  static let collapsedKeepBytes = 1_000

  /// One line of output.
  struct Line {
    var text: [UInt8] = []
    var headingLevel = 0
    /// `- ` or `3. ` for a list item's first line.
    var bullet: String?
    var indent = 0
    var isBold = false
    var hasHardBreak = false
    var isTableRow = false
    /// A blank line before this one (else a plain line break).
    var isParagraphStart = true
  }

  /// Whether an element's text is shown.
  enum Visibility: Equatable {
    case shown
    /// In a button: hidden, except a heading inside it.
    case inButton
    case hidden
  }

  /// Content that may be taken back when its element closes.
  enum Provisional {
    /// A form: kept when it holds the page.
    case form
    /// Hidden by an attribute, a style or a class: kept when it holds much text.
    case collapsed
    /// A link: dropped when its text only moves about the site (`Til toppen`).
    case link
  }

  /// The output state to go back to.
  struct Checkpoint {
    var lineCount: Int
    var textCount: Int
    var pendingSpace: Bool
    var pendingGap: Bool?
    var pendingBullet: String?
    var boldCandidate: Bool
    var emitted: Int
    var landmarks: Int
  }

  struct Frame {
    var name: String
    var traits: HTMLElement.Traits = []
    var visibility: Visibility
    var provisional: Provisional?
    var checkpoint: Checkpoint?
    /// An ordered list's next number.
    var counter = 1
    var isOrdered = false
    /// A row: its first line and the first line of each cell; the table it belongs to.
    var rowStart = 0
    var cellStarts: [Int] = []
    var table: Int?
    /// A row: whether all its cells are header cells (`th`).
    var isHeaderRow = true
    /// A table: the index of its last row written as a table row.
    var lastRowLine = -2
    /// A table: its rows of header cells, and how many of its rows hold blocks.
    var headerRowLines: [Int] = []
    var layoutRows = 0
  }

  var tokenizer: HTMLTokenizer
  /// Ids that a disclosure control (`aria-controls`, `data-target`) opens.
  let disclosed: Set<String>

  private(set) var lines: [Line] = []
  private(set) var title: String?
  private var current = Line()
  private var pendingSpace = false
  /// The separation asked for before the next line: `true` a blank line, `false` a line break.
  private var pendingGap: Bool?
  private var pendingBullet: String?
  private var boldCandidate = false
  private var emitted = 0
  private var landmarks = 0

  private var frames: [Frame] = []
  private var open: [String: [Int]] = [:]
  /// Open table cells, tables and captions, by index: end tags do not cross them.
  private var scopes: [Int] = []
  private var headings: [Int] = []
  private var boldDepth = 0
  private var listDepth = 0
  private var itemDepth = 0
  private var preDepth = 0
  private var sectioningDepth = 0
  private var foreignDepth = 0
  /// The open `head`, which any body content closes.
  private var head: Int?
  private var skipNewline = false

  init(_ bytes: [UInt8], disclosed: Set<String>) {
    self.tokenizer = HTMLTokenizer(bytes)
    self.disclosed = disclosed
  }

  /// Reads the whole page.
  mutating func run() {
    while let token = tokenizer.next() {
      switch token {
      case .text(let range): text(range)
      case .startTag(let tag): start(tag)
      case .endTag(let name): end(name)
      case .rawText(let name, let range):
        if name == "title", title == nil, foreignDepth == 0 {
          title = HTMLRenderer.collapsed(tokenizer.bytes, range)
        }
      }
    }
    close(downTo: 0, asItself: false)
    flush()
  }

  private var visibility: Visibility { frames.last?.visibility ?? .shown }

  // MARK: start tags

  private mutating func start(_ tag: Tag) {
    let name = tag.name
    let traits = HTMLElement.traits(of: name)
    if let head, !traits.contains(.headContent) { close(downTo: head) }
    if name == "br" {
      lineBreak()
      return
    }
    if traits.contains(.rawText) { return }
    closeImplied(by: name, traits)
    if traits.contains(.void) {
      if name == "hr", visibility == .shown { boundary(paragraph: true) }
      // `<img src="lock.svg" alt="Lukket punkt">`: a closed item's only mark is its icon's text
      // (fail closed).
      if name == "img", visibility == .shown, let alt = tag.value("alt") ?? tag.value("title"),
        ClosedMarker.status(alt.trimmingSpaces) == .closed
      {
        pendingSpace = true
        write(ArraySlice(Array(("(" + alt.trimmingSpaces + ") ").utf8)))
      }
      return
    }
    if (name == "svg" || name == "math") && tag.isSelfClosing { return }
    guard frames.count < HTMLRenderer.maxDepth else { return }
    // A cell outside a row opens the row a browser would have inserted.
    if name == "td" || name == "th", let table = open["table"]?.last,
      (open["tr"]?.last ?? -1) < table
    {
      start(Tag(name: "tr"))
    }

    var frame = Frame(name: name, traits: traits, visibility: visibilityOf(tag, traits))
    if frame.visibility == .shown {
      frame.provisional = provisional(tag)
    }
    let index = frames.count
    let shown = frame.visibility == .shown
    let level = HTMLElement.headingLevel(name)
    if shown {
      if traits.contains(.block), !traits.contains(.tableStructure) || name == "table" {
        boundary(paragraph: true)
      }
      if level == 1 || name == "main" || name == "article" { landmarks += 1 }
    }
    switch name {
    case "ul", "ol", "menu", "dir":
      frame.isOrdered = name == "ol"
      frame.counter = tag.value("start").flatMap { Int($0.trimmingSpaces) } ?? 1
      if shown { boundary(paragraph: true) }
      listDepth += 1
    case "li":
      if shown {
        boundary(paragraph: false)
        if let list = nearestList(), frames[list].isOrdered {
          pendingBullet = "\(frames[list].counter). "
          frames[list].counter += 1
        } else {
          pendingBullet = "- "
        }
      }
      itemDepth += 1
    case "tr":
      if shown { boundary(paragraph: false) }
      frame.rowStart = lines.count
      frame.table = open["table"]?.last
    case "td", "th":
      if shown { boundary(paragraph: true) }
      if let row = open["tr"]?.last {
        frames[row].cellStarts.append(lines.count)
        if name == "td" { frames[row].isHeaderRow = false }
      }
    case "pre", "listing", "xmp", "plaintext":
      preDepth += 1
      skipNewline = true
    case "b", "strong":
      boldDepth += 1
    default:
      break
    }
    if level > 0 { headings.append(level) }
    if traits.contains(.sectioning) { sectioningDepth += 1 }
    if name == "svg" || name == "math" { foreignDepth += 1 }
    if name == "head" { head = index }
    if frame.provisional != nil { frame.checkpoint = checkpoint() }
    frames.append(frame)
    open[name, default: []].append(index)
    if name == "td" || name == "th" || name == "table" || name == "caption" {
      scopes.append(index)
    }
  }

  /// Closes what a start tag implies: an open paragraph, the previous list item, cell or row,
  /// a heading inside a heading.
  private mutating func closeImplied(by name: String, _ traits: HTMLElement.Traits) {
    let scope = scopes.last ?? -1
    if traits.contains(.closesParagraph), let p = open["p"]?.last, p > scope {
      close(downTo: p)
    }
    switch name {
    case "li":
      if let li = open["li"]?.last, li > max(scope, nearestList() ?? -1) { close(downTo: li) }
    case "dt", "dd":
      let dl = open["dl"]?.last ?? -1
      let item = max(open["dt"]?.last ?? -1, open["dd"]?.last ?? -1)
      if item > max(scope, dl) { close(downTo: item) }
    case "tr", "tbody", "thead", "tfoot":
      let table = open["table"]?.last ?? -1
      let row = open["tr"]?.last ?? -1
      if row > table { close(downTo: row) }
      let cell = max(open["td"]?.last ?? -1, open["th"]?.last ?? -1)
      if cell > table { close(downTo: cell) }
    case "td", "th":
      let row = max(open["tr"]?.last ?? -1, open["table"]?.last ?? -1)
      let cell = max(open["td"]?.last ?? -1, open["th"]?.last ?? -1)
      if cell > row { close(downTo: cell) }
    default:
      if HTMLElement.headingLevel(name) > 0, let top = frames.last,
        HTMLElement.headingLevel(top.name) > 0
      {
        close(downTo: frames.count - 1)
      }
    }
  }

  private func nearestList() -> Int? {
    let candidates = ["ul", "ol", "menu", "dir"].compactMap { open[$0]?.last }
    return candidates.max()
  }

  /// Whether the element's text is shown, from its name, role, class, id and the page around it.
  private mutating func visibilityOf(_ tag: Tag, _ traits: HTMLElement.Traits) -> Visibility {
    let parent = visibility
    if parent == .hidden { return .hidden }
    let name = tag.name
    // Hiding an element whose end tag never comes would hide the rest of the page.
    func hides() -> Bool { tokenizer.hasEndTag(name, after: tag.end) }
    if traits.contains(.dropped), hides() { return .hidden }
    if name == "header" || name == "footer", sectioningDepth == 0, hides() { return .hidden }
    guard !tag.attributes.isEmpty || name == "button" || parent == .inButton else { return parent }
    let role = tag.value("role")?.lowercased() ?? ""
    if HTMLElement.furnitureRoles.contains(role), hides() { return .hidden }
    let classes = HTMLRenderer.words(tag.value("class"))
    if classes.contains(where: HTMLElement.invisibleClasses.contains), hides() {
      // `<span class="badge">Lukket</span>`, `<span class="visually-hidden">Lukket punkt</span>`:
      // a closed item's status is kept, whatever the page shows of it (fail closed).
      if let inner = tokenizer.shortText(name, after: tag.end),
        ClosedMarker.status(inner.replacingOccurrences(of: "&nbsp;", with: " ").trimmingSpaces) == .closed
      {
        return parent
      }
      return .hidden
    }
    let names = classes + HTMLRenderer.words(tag.value("id"))
    if names.contains(where: HTMLElement.namesBanner), hides() { return .hidden }
    if name == "button" || role == "button" {
      if isDisclosure(tag) { return parent }
      // `<h3><button class="accordion-button">Punkt 2 - ...</button></h3>`: a heading's button
      // is the heading's text (an accordion whose script was not saved).
      if ["h1", "h2", "h3", "h4", "h5", "h6"].contains(where: { !(open[$0]?.isEmpty ?? true) }) { return parent }
      return hides() ? .inButton : parent
    }
    if parent == .inButton, HTMLElement.headingLevel(name) > 0 { return .shown }
    return parent
  }

  /// A button that opens a panel: its label names what it opens (a collapsible item heading).
  private func isDisclosure(_ tag: Tag) -> Bool {
    if tag.value("aria-expanded") != nil || tag.value("aria-controls") != nil { return true }
    let toggle = (tag.value("data-toggle") ?? tag.value("data-bs-toggle") ?? "").lowercased()
    return toggle == "collapse"
  }

  /// Whether the element's content is written provisionally, and why.
  private mutating func provisional(_ tag: Tag) -> Provisional? {
    let name = tag.name
    if name == "a" { return .link }
    if name == "form", tokenizer.hasEndTag(name, after: tag.end) { return .form }
    var isCollapsed = tag.value("hidden") != nil
      || tag.value("aria-hidden")?.lowercased() == "true"
    if !isCollapsed, let style = tag.value("style") {
      let s = style.lowercased().filter { $0 != " " && $0 != "\t" && $0 != "\n" }
      isCollapsed = s.contains("display:none") || s.contains("visibility:hidden")
    }
    if !isCollapsed {
      isCollapsed = HTMLRenderer.words(tag.value("class"))
        .contains(where: HTMLElement.collapsedClasses.contains)
    }
    guard isCollapsed else { return nil }
    if let id = tag.value("id"), disclosed.contains(id) { return nil }
    return tokenizer.hasEndTag(name, after: tag.end) ? .collapsed : nil
  }

  // MARK: end tags

  private mutating func end(_ name: String) {
    if name == "br" {
      lineBreak()
      return
    }
    let scope = scopes.last ?? -1
    // Any heading's end tag closes the open heading, whatever its level.
    let nearest =
      HTMLElement.headingLevel(name) > 0
      ? ["h1", "h2", "h3", "h4", "h5", "h6"].compactMap { open[$0]?.last }.max()
      : open[name]?.last
    let traits = HTMLElement.traits(of: name)
    guard let index = nearest, traits.contains(.tableStructure) || index > scope
    else {
      // "</p>" without an open paragraph is an empty one, as in a browser.
      if name == "p", visibility == .shown { boundary(paragraph: true) }
      return
    }
    // A row's or a cell's end tag closes nothing outside its own table.
    if name != "table", traits.contains(.tableStructure),
      index < (open["table"]?.last ?? -1)
    {
      return
    }
    close(downTo: index)
  }

  /// Pops the open elements from the top down to (and including) `index`. The element at
  /// `index` is closed as itself (by its end tag, or a tag that implies its end); those above
  /// it only because it closed, and the ones still open at the end of the page, by accident.
  private mutating func close(downTo index: Int, asItself: Bool = true) {
    while frames.count > index, let frame = frames.popLast() {
      let i = frames.count
      open[frame.name]?.removeLast()
      if scopes.last == i { scopes.removeLast() }
      finish(frame, asItself: asItself && i == index)
    }
  }

  /// What closing an element does to the output. Provisional content that an element closed by
  /// accident holds is kept: where a misnested hidden element really ended is not known.
  private mutating func finish(_ frame: Frame, asItself: Bool) {
    let name = frame.name
    let shown = frame.visibility == .shown
    let level = HTMLElement.headingLevel(name)
    switch name {
    case "ul", "ol", "menu", "dir":
      listDepth -= 1
      if shown {
        boundary(paragraph: true)
        pendingBullet = nil
      }
    case "li":
      itemDepth -= 1
      if shown {
        boundary(paragraph: false)
        pendingBullet = nil
      }
    case "tr":
      if shown {
        flush()
        finishRow(frame)
      }
    case "table":
      if shown {
        boundary(paragraph: true)
        // A layout table's header row names columns its lines no longer have.
        if frame.layoutRows > 0 {
          for i in frame.headerRowLines.reversed() where i < lines.count && lines[i].isTableRow {
            lines.remove(at: i)
          }
        }
      }
    case "pre", "listing", "xmp", "plaintext":
      preDepth -= 1
      skipNewline = false
      if shown { boundary(paragraph: true) }
    case "b", "strong":
      boldDepth -= 1
    default:
      if shown, frame.traits.contains(.block) { boundary(paragraph: true) }
    }
    if level > 0 { headings.removeLast() }
    if frame.traits.contains(.sectioning) { sectioningDepth -= 1 }
    if name == "svg" || name == "math" { foreignDepth -= 1 }
    if name == "head" { head = nil }
    if let kind = frame.provisional, let c = frame.checkpoint, shown, asItself || kind == .link {
      settle(kind, since: c)
    }
  }

  // MARK: tables

  /// A row whose cells each hold one line (or lines joined by `<br>`) becomes `| a | b |` (a label
  /// and its value, `Mødedato:` | `4. juni 2025`, becomes `Mødedato: 4. juni 2025`); a row
  /// that holds blocks (a layout table: a page's columns, an item in a First Agenda page) stays
  /// as the lines of its cells, and a first cell that holds only a number labels the next
  /// cell's first line (`1` beside the heading `Godkendelse af dagsorden` is
  /// `1. Godkendelse af dagsorden`).
  private mutating func finishRow(_ row: Frame) {
    let starts = row.cellStarts.filter { $0 >= row.rowStart && $0 <= lines.count }
    // Content taken back inside the row (a hidden element around cells) leaves it as it is.
    guard starts.count >= 2, zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }) else {
      return
    }
    let ends = starts.dropFirst() + [lines.count]
    // A layout table's row of one cell with text (`<td></td><td>Sagsnr.: 37/21190<br><br><b>
    // Beslutning:</b><br>Godkendt.</td>`): its lines stay lines, as a page's column shows them.
    let filled = zip(starts, ends).filter { s, e in (s..<e).contains { !lines[$0].text.isEmpty } }
    if filled.count == 1, let (s, e) = filled.first, e - s >= 3 {
      if let t = row.table, t < frames.count { frames[t].layoutRows += 1 }
      return
    }
    guard let cells = dataCells(starts: starts, ends: Array(ends)) else {
      labelRow(starts: starts, ends: Array(ends))
      if let t = row.table, t < frames.count { frames[t].layoutRows += 1 }
      return
    }
    let first = starts[0]
    if cells.allSatisfy(\.isEmpty) {
      lines.removeSubrange(first...)
      return
    }
    // A label and its value (`Mødedato:` | `4. juni 2025`): a labelled field, as on a form.
    if cells.count == 2, cells[0].last == 0x3A {
      var field = Line(text: cells[1].isEmpty ? cells[0] : cells[0] + [0x20] + cells[1])
      field.isParagraphStart = lines[first].isParagraphStart
      lines.replaceSubrange(first..., with: [field])
      return
    }
    var text: [UInt8] = [0x7C]
    for cell in cells {
      text.append(0x20)
      // A bar inside a cell would split it.
      text.append(contentsOf: cell.map { $0 == 0x7C ? 0x2F : $0 })
      text.append(contentsOf: [0x20, 0x7C])
    }
    var line = Line(text: text)
    line.isTableRow = true
    if let t = row.table, t < frames.count {
      // Rows of one table follow each other without a blank line.
      let follows = first > 0 && lines[first - 1].isTableRow && frames[t].lastRowLine >= first - 1
      line.isParagraphStart = !follows
      frames[t].lastRowLine = first
      if row.isHeaderRow { frames[t].headerRowLines.append(first) }
    }
    lines.replaceSubrange(first..., with: [line])
  }

  /// The cells' texts when each cell is one line or lines joined by `<br>` and none is a
  /// heading; `nil` for a row of blocks.
  private func dataCells(starts: [Int], ends: [Int]) -> [[UInt8]]? {
    var cells: [[UInt8]] = []
    for (s, e) in zip(starts, ends) {
      var cell: [UInt8] = []
      for j in s..<e {
        if lines[j].headingLevel > 0 { return nil }
        if j > s {
          guard lines[j - 1].hasHardBreak else { return nil }
          // Lines of a cell joined: with a comma unless the first ends a sentence or a label.
          let ends = cell.last.map { [0x2E, 0x3A, 0x3B, 0x2C, 0x21, 0x3F].contains($0) } ?? true
          cell.append(contentsOf: ends ? [0x20] : [0x2C, 0x20])
        }
        cell.append(contentsOf: lines[j].text)
      }
      cells.append(cell)
    }
    return cells
  }

  /// In a row of blocks, a first cell that is only a number (`1`, `12.`) goes before the next
  /// cell's first line.
  private mutating func labelRow(starts: [Int], ends: [Int]) {
    guard ends[0] - starts[0] == 1, ends[1] > starts[1] else { return }
    var number = lines[starts[0]].text
    if number.last == 0x2E { number.removeLast() }
    guard (1...4).contains(number.count), number.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
      return
    }
    var label = lines[starts[1]]
    label.text = number + [0x2E, 0x20] + label.text
    label.isParagraphStart = lines[starts[0]].isParagraphStart
    lines[starts[1]] = label
    lines.remove(at: starts[0])
  }

  // MARK: provisional content

  private func checkpoint() -> Checkpoint {
    Checkpoint(
      lineCount: lines.count, textCount: current.text.count, pendingSpace: pendingSpace,
      pendingGap: pendingGap, pendingBullet: pendingBullet, boldCandidate: boldCandidate,
      emitted: emitted, landmarks: landmarks)
  }

  /// Keeps or takes back what a provisional element wrote.
  private mutating func settle(_ kind: Provisional, since c: Checkpoint) {
    let written = emitted - c.emitted
    switch kind {
    case .form:
      if landmarks > c.landmarks || written >= HTMLRenderer.pageFormBytes { return }
    case .collapsed:
      if written >= HTMLRenderer.collapsedKeepBytes { return }
    case .link:
      guard written > 0, written <= 64, lines.count == c.lineCount, current.text.count > c.textCount
      else { return }
      let text = HTMLElement.foldedLinkText(current.text[c.textCount...])
      guard HTMLElement.furnitureLinkTexts.contains(text) else { return }
    }
    rollBack(to: c)
  }

  private mutating func rollBack(to c: Checkpoint) {
    // Lines before the checkpoint were rewritten since (a row around the element): keep all.
    guard lines.count >= c.lineCount else { return }
    if lines.count > c.lineCount {
      // The line open at the checkpoint was written out since: it becomes current again.
      let reopened = lines[c.lineCount]
      lines.removeSubrange(c.lineCount...)
      current = c.textCount > 0 ? reopened : Line()
    }
    if current.text.count > c.textCount { current.text.removeSubrange(c.textCount...) }
    if current.text.isEmpty {
      current = Line()
      pendingGap = c.pendingGap
      pendingBullet = c.pendingBullet
    }
    pendingSpace = c.pendingSpace
    boldCandidate = c.boldCandidate
  }

  // MARK: text

  private mutating func text(_ range: Range<Int>) {
    if let head {
      // Text in a head that was never closed belongs to the body.
      var blank = true
      for i in range where !HTMLRenderer.isSpace(tokenizer.bytes[i]) {
        blank = false
        break
      }
      if blank { return }
      close(downTo: head)
    }
    guard visibility == .shown else { return }
    let bytes = tokenizer.bytes
    bytes.withUnsafeBufferPointer { all in
      let b = UnsafeBufferPointer(rebasing: all[range])
      var i = 0
      while i < b.count {
        let c = b[i]
        if c == 0x26, let (scalar, length) = HTMLEntity.read(b, at: i) {
          i += length
          if scalar.isASCII, HTMLRenderer.isSpace(UInt8(scalar.value)) {
            space(UInt8(scalar.value))
          } else {
            var utf8: [UInt8] = []
            UTF8.encode(scalar) { utf8.append($0) }
            write(utf8[...])
          }
          continue
        }
        if HTMLRenderer.isSpace(c) {
          space(c)
          i += 1
          continue
        }
        // A run of ordinary bytes (a multi-byte letter is never split).
        var j = i + 1
        while j < b.count, b[j] != 0x26, !HTMLRenderer.isSpace(b[j]) { j += 1 }
        write(ArraySlice(b[i..<j]))
        i = j
      }
    }
  }

  /// White space: collapsed outside `pre`; a line break inside it.
  private mutating func space(_ c: UInt8) {
    if preDepth > 0 {
      if skipNewline, c == 0x0A {
        skipNewline = false
        return
      }
      skipNewline = false
      if c == 0x0A {
        preLineBreak()
      } else if c != 0x0D {
        write([c][...])
      }
      return
    }
    if !current.text.isEmpty { pendingSpace = true }
  }

  private mutating func preLineBreak() {
    if current.text.isEmpty {
      if !lines.isEmpty { pendingGap = true }
    } else {
      flush()
      pendingGap = pendingGap ?? false
    }
  }

  /// Writes characters to the current line, opening it when it is empty.
  private mutating func write(_ bytes: ArraySlice<UInt8>) {
    skipNewline = false
    if current.text.isEmpty {
      beginLine()
    } else if pendingSpace {
      current.text.append(0x20)
      emitted += 1
    }
    pendingSpace = false
    if boldDepth == 0 { boldCandidate = false }
    current.text.append(contentsOf: bytes)
    emitted += bytes.count
  }

  private mutating func beginLine() {
    current.isParagraphStart = pendingGap ?? true
    pendingGap = nil
    current.headingLevel = headings.last ?? 0
    // Two spaces a level of nested lists, at most three levels (the reader knows one).
    let depth = min(listDepth, 4)
    if let bullet = pendingBullet {
      if current.headingLevel == 0 {
        current.bullet = bullet
        current.indent = 2 * max(0, depth - 1)
      }
      pendingBullet = nil
    } else if itemDepth > 0 {
      current.indent = 2 * depth
    }
    boldCandidate = boldDepth > 0
  }

  private mutating func lineBreak() {
    guard visibility == .shown else { return }
    if preDepth > 0 {
      preLineBreak()
      return
    }
    if current.text.isEmpty {
      if !lines.isEmpty { pendingGap = true }
      return
    }
    current.hasHardBreak = true
    flush()
    pendingGap = pendingGap ?? false
  }

  /// Ends the current line and asks for a blank line (`paragraph`) or a line break before the
  /// next; inside a list item every break is a line break.
  private mutating func boundary(paragraph: Bool) {
    flush()
    let blank = paragraph && itemDepth == 0
    pendingGap = (pendingGap ?? false) || blank
  }

  /// Writes out the current line (trimmed of fixed spaces; dropped when nothing is left).
  private mutating func flush() {
    pendingSpace = false
    defer {
      current = Line()
      boldCandidate = false
    }
    var t = current.text[...]
    while t.count >= 2, t.first == 0xC2, t[t.startIndex + 1] == 0xA0 { t = t.dropFirst(2) }
    while t.count >= 2, t.last == 0xA0, t[t.endIndex - 2] == 0xC2 { t = t.dropLast(2) }
    if preDepth == 0 {
      while t.first == 0x20 { t = t.dropFirst() }
      while t.last == 0x20 { t = t.dropLast() }
    }
    guard !t.isEmpty else {
      // A line of fixed spaces only: the separation it took is kept for the next.
      if !current.text.isEmpty { pendingGap = (pendingGap ?? false) || current.isParagraphStart }
      return
    }
    var line = current
    line.text = Array(t)
    line.isBold = boldCandidate && line.headingLevel == 0
    lines.append(line)
  }

  // MARK: helpers

  /// The white-space separated words of an attribute, in lower case.
  static func words(_ value: String?) -> [String] {
    guard let value else { return [] }
    return value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
      .map(String.init)
  }

  static func isSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D
  }

  /// Text with character references read and white space collapsed (a title).
  static func collapsed(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    var out: [UInt8] = []
    var space = false
    bytes.withUnsafeBufferPointer { all in
      let b = UnsafeBufferPointer(rebasing: all[range])
      var i = 0
      while i < b.count {
        var scalar = Unicode.Scalar(b[i])
        var length = 1
        if b[i] == 0x26, let (s, l) = HTMLEntity.read(b, at: i) {
          scalar = s
          length = l
        }
        if scalar.isASCII, isSpace(UInt8(scalar.value)) {
          space = !out.isEmpty
        } else {
          if space { out.append(0x20) }
          space = false
          if length == 1 && b[i] >= 0x80 {
            out.append(b[i])
          } else {
            UTF8.encode(scalar) { out.append($0) }
          }
        }
        i += length
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension HTMLRenderer {
  typealias Tag = HTMLTokenizer.Tag
}
