/// A tolerant HTML tokenizer over UTF-8 bytes: text, start tags, end tags and the contents of
/// raw-text elements (`script`, `style`, `title` ...); comments, doctypes, CDATA and processing
/// instructions are skipped.
///
/// It follows a browser's tokenizer where that keeps the text (a `<` that starts no tag is text,
/// `a<b` opens a tag `b`), and departs from it where a browser would swallow the rest of the page
/// over one mistake: an unterminated comment or CDATA section ends at the next `>`, an
/// unterminated quoted attribute value ends at the next `>`, a raw-text element without its end
/// tag is ordinary markup, and a `<` with no `>` after it is text. Every search for a terminator
/// remembers where it failed, so that no byte is scanned more than a few times: the time is
/// linear in the input whatever it holds.
struct HTMLTokenizer {
  /// An attribute the reader looks at (others are skipped without being stored).
  struct Attribute {
    /// The name, in lower case.
    var name: String
    /// The value as written (no character references decoded; empty for a bare attribute).
    var value: String
  }

  /// A start tag.
  struct Tag {
    /// The element name, in lower case.
    var name: String
    /// The attributes the reader looks at.
    var attributes: [Attribute] = []
    /// The tag ended in `/>`.
    var isSelfClosing = false
    /// The byte offset just after the tag.
    var end = 0

    /// The value of attribute `name`, or `nil` when the tag has none.
    func value(_ name: String) -> String? {
      attributes.first(where: { $0.name == name })?.value
    }
  }

  /// What the tokenizer reads.
  enum Token {
    /// Text, with character references still in it: a range of `bytes`.
    case text(Range<Int>)
    /// A start tag.
    case startTag(Tag)
    /// An end tag, by its lower-case name.
    case endTag(String)
    /// The contents of a raw-text element (`script`, `style`, `title`, `textarea` ...).
    case rawText(String, Range<Int>)
  }

  /// Elements whose contents are text up to their end tag.
  static let rawTextElements: Set<String> = [
    "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title",
  ]

  /// The attributes stored on a `Tag`.
  static let keptAttributes: Set<String> = [
    "id", "class", "style", "hidden", "aria-hidden", "role", "aria-expanded", "aria-controls",
    "data-toggle", "data-bs-toggle", "href", "charset", "http-equiv", "content", "start", "alt", "title",
  ]

  let bytes: [UInt8]
  private(set) var position = 0
  /// A raw-text element whose contents come next.
  private var pendingRawText: (name: String, end: Int)?
  /// For each searched pattern: a search from this offset found nothing (nor will a later one).
  private var missedFrom: [String: Int] = [:]
  /// For each searched pattern: the offset where it was last found.
  private var foundAt: [String: Int] = [:]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// The next token, or `nil` at the end of the input.
  mutating func next() -> Token? {
    if let raw = pendingRawText {
      pendingRawText = nil
      let range = position..<raw.end
      position = raw.end
      return .rawText(raw.name, range)
    }
    let n = bytes.count
    while position < n {
      let start = position
      if bytes[start] != 0x3C {
        var i = start + 1
        while i < n, bytes[i] != 0x3C { i += 1 }
        position = i
        return .text(start..<i)
      }
      if let token = markup(at: start) { return token }
      // `markup` moved past what it skipped (a comment, a doctype) or read a plain `<`.
      if position == start {
        position = start + 1
        return .text(start..<(start + 1))
      }
    }
    return nil
  }

  /// Reads what starts at the `<` at `start`: a tag, or something skipped (then `nil`, with the
  /// position moved past it), or a plain `<` (then `nil` with the position unchanged).
  private mutating func markup(at start: Int) -> Token? {
    let n = bytes.count
    let next = start + 1 < n ? bytes[start + 1] : 0
    if isLetter(next) {
      guard find(">", from: start + 1) != nil else { return nil }
      return startTag(at: start)
    }
    if next == 0x2F {  // "</"
      let after = start + 2 < n ? bytes[start + 2] : 0
      if isLetter(after) {
        guard find(">", from: start + 2) != nil else { return nil }
        var i = start + 2
        let nameStart = i
        while i < n, !isSpace(bytes[i]), bytes[i] != 0x2F, bytes[i] != 0x3E { i += 1 }
        let name = lowercased(nameStart..<i)
        // Attributes on an end tag are read and thrown away.
        var tag = Tag(name: name)
        position = attributes(from: i, into: &tag, keep: false)
        return .endTag(name)
      }
      if after == 0x3E {  // "</>" is nothing
        position = start + 3
        return nil
      }
      return skip(bogusFrom: start + 2, start: start)
    }
    if next == 0x21 {  // "<!"
      if matches("<!--", at: start) {
        // "<!-->" and "<!--->" are empty comments.
        if matches("<!-->", at: start) {
          position = start + 5
          return nil
        }
        if matches("<!--->", at: start) {
          position = start + 6
          return nil
        }
        if let end = find("-->", from: start + 4) {
          position = end + 3
          return nil
        }
        return skip(bogusFrom: start + 4, start: start)
      }
      if matches("<![CDATA[", at: start), let end = find("]]>", from: start + 9) {
        position = end + 3
        return nil
      }
      return skip(bogusFrom: start + 2, start: start)
    }
    if next == 0x3F {  // "<?"
      return skip(bogusFrom: start + 2, start: start)
    }
    return nil
  }

  /// Skips to the next `>` (a doctype, a processing instruction, an unterminated comment); with
  /// no `>` after it, the `<` is text.
  private mutating func skip(bogusFrom from: Int, start: Int) -> Token? {
    if let end = find(">", from: from) {
      position = end + 1
    } else {
      position = start
    }
    return nil
  }

  private mutating func startTag(at start: Int) -> Token? {
    let n = bytes.count
    var i = start + 1
    let nameStart = i
    while i < n, !isSpace(bytes[i]), bytes[i] != 0x2F, bytes[i] != 0x3E { i += 1 }
    var tag = Tag(name: lowercased(nameStart..<i))
    i = attributes(from: i, into: &tag, keep: true)
    tag.end = i
    position = i
    if HTMLTokenizer.rawTextElements.contains(tag.name), let end = endTag(tag.name, from: i) {
      pendingRawText = (tag.name, end)
    }
    return .startTag(tag)
  }

  /// Reads attributes from `from` to the tag's `>`; returns the offset after the tag.
  private mutating func attributes(from: Int, into tag: inout Tag, keep: Bool) -> Int {
    let n = bytes.count
    var i = from
    while i < n {
      let c = bytes[i]
      if c == 0x3E {
        return i + 1
      }
      if isSpace(c) {
        i += 1
        continue
      }
      if c == 0x2F {
        if i + 1 < n, bytes[i + 1] == 0x3E {
          tag.isSelfClosing = true
          return i + 2
        }
        i += 1
        continue
      }
      // A name: up to white space, "/", ">" or "=" (a leading "=" belongs to the name).
      let nameStart = i
      i += 1
      while i < n, !isSpace(bytes[i]), bytes[i] != 0x2F, bytes[i] != 0x3E, bytes[i] != 0x3D {
        i += 1
      }
      let nameEnd = i
      while i < n, isSpace(bytes[i]) { i += 1 }
      var valueRange = i..<i
      if i < n, bytes[i] == 0x3D {
        i += 1
        while i < n, isSpace(bytes[i]) { i += 1 }
        if i < n, bytes[i] == 0x22 || bytes[i] == 0x27 {
          let quote = bytes[i] == 0x22 ? "\"" : "'"
          if let close = find(quote, from: i + 1) {
            valueRange = (i + 1)..<close
            i = close + 1
          } else {
            // No closing quote anywhere after it: the value ends at the tag's end.
            var k = i + 1
            while k < n, bytes[k] != 0x3E { k += 1 }
            valueRange = (i + 1)..<k
            i = k
          }
        } else {
          let valueStart = i
          while i < n, !isSpace(bytes[i]), bytes[i] != 0x3E { i += 1 }
          valueRange = valueStart..<i
        }
      }
      if keep, nameEnd - nameStart <= 15 {
        let name = lowercased(nameStart..<nameEnd)
        if HTMLTokenizer.keptAttributes.contains(name), tag.value(name) == nil {
          let value = String(decoding: bytes[valueRange], as: UTF8.self)
          tag.attributes.append(Attribute(name: name, value: value))
        }
      }
    }
    return n
  }

  /// Whether an end tag `</name` comes at or after `from` (without reading up to it).
  mutating func hasEndTag(_ name: String, after from: Int) -> Bool {
    endTag(name, from: from) != nil
  }

  /// The text up to the next `</name` after `from`, tags left out, when it is short (at most
  /// `limit` bytes of source); nil otherwise.
  mutating func shortText(_ name: String, after from: Int, limit: Int = 120) -> String? {
    guard let end = endTag(name, from: from), end >= from, end - from <= limit else { return nil }
    var out: [UInt8] = []
    var inTag = false
    for b in bytes[from..<end] {
      if b == 0x3C { inTag = true } else if b == 0x3E { inTag = false } else if !inTag { out.append(b) }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The offset of the next `</name` (followed by white space, `/` or `>`) at or after `from`.
  private mutating func endTag(_ name: String, from: Int) -> Int? {
    let key = "</" + name
    var i = from
    while let at = find(key, from: i, ignoringCase: true) {
      let after = at + key.utf8.count
      if after >= bytes.count || isSpace(bytes[after]) || bytes[after] == 0x2F
        || bytes[after] == 0x3E
      {
        return at
      }
      i = at + 1
    }
    return nil
  }

  /// What a search for one byte found: where, from where it searched, from where it is missing.
  private struct ByteSearch {
    var found = -1
    var searchedFrom = Int.max
    var missingFrom = Int.max
  }

  /// The searches for `>`, `"` and `'`, which every tag makes.
  private var byteSearches = [ByteSearch](repeating: ByteSearch(), count: 3)

  /// The offset of the next `byte` (`>`, `"` or `'`) at or after `from`, remembered as `find`
  /// remembers patterns.
  private mutating func find(byte: UInt8, from: Int) -> Int? {
    let k = byte == 0x3E ? 0 : byte == 0x22 ? 1 : 2
    let memo = byteSearches[k]
    if from >= memo.missingFrom { return nil }
    if memo.found >= from, memo.searchedFrom <= from { return memo.found }
    var i = from
    let n = bytes.count
    while i < n, bytes[i] != byte { i += 1 }
    if i < n {
      byteSearches[k].found = i
      byteSearches[k].searchedFrom = from
      return i
    }
    byteSearches[k].missingFrom = min(from, memo.missingFrom)
    return nil
  }

  /// The offset of the next `pattern` at or after `from`. Remembers where it was last found and
  /// from where it was missing, so that repeated searches cost the input's length in all.
  mutating func find(_ pattern: String, from: Int, ignoringCase: Bool = false) -> Int? {
    if pattern.utf8.count == 1, let b = pattern.utf8.first, b == 0x3E || b == 0x22 || b == 0x27 {
      return find(byte: b, from: from)
    }
    if let missed = missedFrom[pattern], from >= missed { return nil }
    if let found = foundAt[pattern], found >= from {
      // A search that began at or before `from` found it at or after `from`: nothing between.
      if let searchedFrom = searchStart[pattern], searchedFrom <= from { return found }
    }
    let p = Array(pattern.utf8)
    let n = bytes.count
    let first = ignoringCase ? p[0] | 0x20 : p[0]
    var i = from
    while i + p.count <= n {
      let c = ignoringCase ? bytes[i] | 0x20 : bytes[i]
      if c == first {
        var k = 1
        while k < p.count {
          let b = ignoringCase ? bytes[i + k] | 0x20 : bytes[i + k]
          if b != (ignoringCase ? p[k] | 0x20 : p[k]) { break }
          k += 1
        }
        if k == p.count {
          foundAt[pattern] = i
          searchStart[pattern] = from
          return i
        }
      }
      i += 1
    }
    missedFrom[pattern] = min(from, missedFrom[pattern] ?? from)
    return nil
  }

  /// Where the search that found `foundAt[pattern]` began.
  private var searchStart: [String: Int] = [:]

  private func lowercased(_ range: Range<Int>) -> String {
    var out = [UInt8]()
    out.reserveCapacity(range.count)
    for i in range {
      let c = bytes[i]
      out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
    }
    return String(decoding: out, as: UTF8.self)
  }

  private func matches(_ s: StaticString, at i: Int) -> Bool {
    let n = s.utf8CodeUnitCount
    guard i + n <= bytes.count else { return false }
    let p = s.utf8Start
    for k in 0..<n where bytes[i + k] | 0x20 != p[k] | 0x20 { return false }
    return true
  }

  private func isLetter(_ c: UInt8) -> Bool {
    c | 0x20 >= 0x61 && c | 0x20 <= 0x7A
  }

  private func isSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D
  }
}
