/// What the HTML reader knows about elements, attributes and page furniture, as tables: adding
/// an element or a class is adding a string.
enum HTMLElement {
  /// Elements without contents or end tag.
  static let void: Set<String> = [
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr", "image",
  ]

  /// Elements that begin and end a line (a browser's block boxes).
  static let blocks: Set<String> = [
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
    "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "frameset", "header", "hgroup", "html", "legend", "listing", "main", "menu", "nav", "p",
    "search", "section", "summary", "tbody", "tfoot", "thead", "plaintext",
  ]

  /// Elements dropped with their contents: scripts and styles (read as raw text by the
  /// tokenizer), embedded documents and graphics, templates, form controls, the head.
  static let dropped: Set<String> = [
    "nav", "svg", "math", "template", "object", "canvas", "audio", "video", "select", "datalist",
    "option", "optgroup", "map", "head", "title", "picture",
  ]

  /// Elements a `head` may hold; any other start tag (or text) ends an unclosed head.
  static let headContent: Set<String> = [
    "base", "basefont", "bgsound", "link", "meta", "noframes", "noscript", "script", "style",
    "template", "title",
  ]

  /// Start tags that end an open paragraph.
  static let closesParagraph: Set<String> = [
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
    "dd", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "hr", "li", "listing", "main", "menu", "nav", "ol", "p", "pre",
    "search", "section", "summary", "table", "ul", "xmp", "plaintext",
  ]

  /// Elements within which a `header` or `footer` belongs to the content, not the site.
  static let sectioning: Set<String> = ["article", "main", "section", "aside", "nav"]

  /// The elements of a table's structure.
  static let tableStructure: Set<String> = [
    "table", "caption", "colgroup", "tbody", "thead", "tfoot", "tr", "td", "th",
  ]

  /// ARIA roles of page furniture, dropped with their contents.
  static let furnitureRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar", "dialog",
    "alertdialog", "tooltip", "tablist",
  ]

  /// Classes whose text a browser never shows in the page (screen-reader text, dialogs, icon
  /// counters): dropped with their contents.
  static let invisibleClasses: Set<String> = [
    "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "show-for-sr",
    "element-invisible", "modal", "badge",
  ]

  /// Classes that hide an element until a script shows it: like `hidden` and `display:none`,
  /// dropped unless they turn out to hold the minutes (see `HTMLRenderer`).
  static let collapsedClasses: Set<String> = ["hidden", "hide", "d-none", "invisible", "is-hidden"]

  /// Parts of a class or id that name a cookie or consent banner, or the trail of where the page
  /// stands on the site (`<ol class="breadcrumb"><li>Forside</li><li>Politik</li>...`).
  static let bannerNameParts = ["cookie", "consent", "onetrust", "coi-banner", "coioverlay", "breadcrumb", "brodkrumme", "broedkrumme"]

  /// The whole text of a link that is page furniture: moving about the site (back to the top,
  /// skip to the content, back to the front page) or acting on the page (print, share, copy
  /// the link, subscribe).
  static let furnitureLinkTexts: Set<String> = [
    "til toppen", "tilbage til toppen", "til top", "gå til toppen", "gå til top", "toppen", "top",
    "til sidens top", "tilbage til start", "til start", "gå til indhold", "gå til hovedindhold",
    "spring til indhold", "spring til hovedindhold", "til indhold", "hop til indhold",
    "spring navigationen over", "tilbage til forsiden", "til forsiden", "forside", "tilbage",
    "print", "udskriv", "udskriv siden", "del", "del siden", "kopier link", "kopiér link",
    "kopier link til punktet", "abonnér", "abonner", "tilmeld", "afmeld", "log ind",
    "back to top", "skip to content", "skip to main content",
  ]

  /// What an element is, for the renderer: one lookup a tag.
  struct Traits: OptionSet {
    let rawValue: UInt16
    static let void = Traits(rawValue: 1 << 0)
    /// Begins and ends a line.
    static let block = Traits(rawValue: 1 << 1)
    static let dropped = Traits(rawValue: 1 << 2)
    static let headContent = Traits(rawValue: 1 << 3)
    static let closesParagraph = Traits(rawValue: 1 << 4)
    static let sectioning = Traits(rawValue: 1 << 5)
    static let tableStructure = Traits(rawValue: 1 << 6)
    static let rawText = Traits(rawValue: 1 << 7)
  }

  /// The traits of every element this reader knows, from the tables above.
  static let traits: [String: Traits] = {
    var t: [String: Traits] = [:]
    func add(_ names: Set<String>, _ trait: Traits) {
      for name in names { t[name, default: []].insert(trait) }
    }
    add(void, .void)
    add(blocks.union(["table", "pre", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6"]), .block)
    add(dropped, .dropped)
    add(headContent, .headContent)
    add(closesParagraph, .closesParagraph)
    add(sectioning, .sectioning)
    add(tableStructure, .tableStructure)
    add(HTMLTokenizer.rawTextElements, .rawText)
    return t
  }()

  /// The traits of element `name` (none for an element this reader does not know).
  static func traits(of name: String) -> Traits {
    traits[name] ?? []
  }

  /// The heading level of `h1` to `h6`, else 0.
  static func headingLevel(_ name: String) -> Int {
    let u = name.utf8
    guard u.count == 2, u.first == 0x68, let d = u.last, d >= 0x31, d <= 0x36 else { return 0 }
    return Int(d - 0x30)
  }

  /// The folded text of a link, for `furnitureLinkTexts`: lower case, single spaces, without
  /// the arrows or symbols at its ends.
  static func foldedLinkText(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    var space = false
    for u in String(decoding: bytes, as: UTF8.self).lowercased().unicodeScalars {
      if !u.properties.isAlphabetic && u.properties.numericType == nil {
        // Spaces, arrows and symbols: one space between words, none at the ends.
        space = space || !scalars.isEmpty
        continue
      }
      if space { scalars.append(" ") }
      space = false
      scalars.append(u)
    }
    return String(scalars)
  }

  /// Whether a lower-case class or id names a cookie or consent banner.
  static func namesBanner(_ word: String) -> Bool {
    let w = Array(word.utf8)
    return bannerNameParts.contains { part in
      let p = Array(part.utf8)
      guard w.count >= p.count else { return false }
      for i in 0...(w.count - p.count) where w[i] == p[0] && Array(w[i..<(i + p.count)]) == p {
        return true
      }
      return false
    }
  }
}
