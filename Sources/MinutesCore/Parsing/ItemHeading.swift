import Foundation

/// How an item's heading line is written: the forms one line can take. Which form a document uses
/// is chosen by `ItemStartFinder`, by the one that gives a consistent sequence.
enum ItemHeading {
  /// The heading forms; one document uses one.
  enum Style: String {
    /// `Punkt 3: Titel`, `Pkt. 42 Titel`, `Nr.178 Titel`, `§ 12 Titel`, `Sag nr. 57 - Titel`,
    /// also after a bullet (`• Pkt. 42 Titel`), or the keyword and number alone (`Pkt. 42`).
    case keyword
    /// `3. Titel`, `3.Titel`, `3 : Titel`, `3) Titel`, also after a bullet or indented.
    case numbered
    /// `3 Titel` without a separator (a bullet list of items: `• 1 Titel`).
    case numberedLoose = "numbered-loose"
    /// The number on a line of its own, then the title (First Agenda publications).
    case bareNumber = "bare-number"
    /// No number: each item opens with a status line (`Åben`) or a title with its case number
    /// in parentheses; numbered 1, 2, ... in order.
    case unnumbered
    /// A heading with a closed marker in a form the rest of the document does not use.
    case closedMarker = "closed-marker"
    /// The agenda listed first (`1) Vagtværn`), the minutes after it under `Ad. 1` or in a second
    /// list numbered as the agenda (`Referat:` / `1. Bestyrelsen har godkendt ...`).
    case agendaThenMinutes = "agenda-then-minutes"
  }

  /// A recognised heading.
  struct Match {
    var number: Int
    /// The title written on the heading line (may be empty, may continue on the next line).
    var title: String
    var isClosed: Bool
    var style: Style
    /// The title ends like a sentence (`... Infra Service.`): a heading only when what follows
    /// confirms it.
    var endsLikeSentence = false
    /// A case number written in the heading (`Godkendelse af budget (2023-0123456)`).
    var caseNumber: CaseNumber? = nil
    /// The body's abbreviation opens the heading (`HR 1. Titel`): no list is written so.
    var hasBodyPrefix = false
  }

  /// The keywords before an item number, folded, with whether a separator must follow the number
  /// when the line is not dressed.
  static let keywords: [(String, Bool)] = [
    ("dagsordenspunkt", false), ("dagsordenpunkt", false), ("punkt", false), ("pkt.", false),
    ("pkt", false), ("sag nr.", true), ("sag nr", true), ("sag", true), ("nr.", false), ("nr", true),
    ("§", false),
  ]

  /// A keyword-style heading.
  static func keywordHeading(_ line: MarkupLine) -> Match? {
    let text = line.text
    if let m = codeHeading(line) { return m }
    // "Åbent punkt 1: Godkendelse af dagsorden", "Lukket punkt 7: Erstatning ...": the item's
    // status before its keyword.
    if let f = text.utf8.first, f == 0xC3 || f == 0x4C || f == 0x6C || f == 0x46 || f == 0x66, text.utf8.count <= 400 {
      let lower = text.prefix(16).lowercased()
      for (status, closed) in [("åbent ", false), ("åben ", false), ("lukket ", true), ("fortroligt ", true)] where lower.hasPrefix(status) {
        let rest = text.dropFirst(status.count)
        guard rest.lowercased().hasPrefix("punkt "), rest.dropFirst(6).first?.isNumber == true,
          var m = keywordHeading(line.with(text: String(rest)))
        else { break }
        m.isClosed = m.isClosed || closed
        return m
      }
    }
    guard let f = text.utf8.first, f == 0x50 || f == 0x70 || f == 0x4E || f == 0x6E || f == 0x53
      || f == 0x73 || f == 0x44 || f == 0x64 || f == 0xC2
    else { return nil }
    guard !line.isTableRow, !hasLeader(text), text.utf8.count <= 2000 else { return nil }
    let lower = String(text.prefix(20)).lowercased()
    var rest: Substring?
    var needsSeparator = false
    var keyword = ""
    for (k, sep) in keywords where lower.hasPrefix(k) {
      let after = text.dropFirst(k.count)
      // "Punktnummer:", "Punkter", "Sagen", "Nrs." are not headings.
      if let c = after.first, c.isLetter { continue }
      rest = after
      needsSeparator = sep
      keyword = k
      break
    }
    guard var r = rest else { return nil }
    r = r.drop(while: { $0 == " " || $0 == "." })
    // "Punkt nr. 1", "Pkt. nr. 3".
    if r.lowercased().hasPrefix("nr") {
      let afterNr = r.dropFirst(2)
      if afterNr.first == "." || afterNr.first == " " { r = afterNr.drop(while: { $0 == " " || $0 == "." }) }
    }
    let digits = r.prefix(while: \.isNumber)
    guard !digits.isEmpty, digits.count <= 6, let n = Int(digits) else { return nil }
    r = r.dropFirst(digits.count)
    // "Sag nr. 2023-1234" is a case number, not an item.
    if let c = r.first, c == "-" || c == "/" || c == ".", r.dropFirst().first?.isNumber == true {
      return nil
    }
    if lower.hasPrefix("sag"), digits.count > 4 { return nil }
    // "§ 3-vandløb", "§ 17-sager": a compound word on a paragraph of a law, not a heading.
    if r.first == "-", r.dropFirst().first?.isLowercase == true { return nil }
    var hadSeparator = false
    if let c = r.first, c == ":" || c == "." || c == ")" {
      r = r.dropFirst()
      hadSeparator = true
    }
    r = r.drop(while: { $0 == " " })
    // "Sag nr. 1  |  Åben  |  Sags ID: EMN-2026-00101": the heading's fields after bars, its
    // title on the line above.
    // "Punkt 58 · Sagsnr. 31/7703 · Åben": the same under its title, parted by middle dots.
    let dotted = r.first == "·" && r.split(separator: "·").map({ String($0).trimmingSpaces }).filter({ !$0.isEmpty }).allSatisfy { field in
      ClosedMarker.status(field) != nil || CaseNumberReader.read(line.with(text: field))?.caseNumber != nil
    }
    if r.first == "|" || dotted {
      var m = Match(number: n, title: "", isClosed: false, style: .keyword)
      for field in r.split(whereSeparator: { $0 == "|" || $0 == "·" }).map({ String($0).trimmingSpaces }) where !field.isEmpty {
        if ClosedMarker.status(field) == .closed { m.isClosed = true }
        if m.caseNumber == nil, let cn = CaseNumberReader.read(line.with(text: field))?.caseNumber { m.caseNumber = cn }
      }
      return m
    }
    // "Punkt 1. – Opfølgning": a dash after the number's full stop too; "Punkt 81 · Regnskab":
    // a middle dot.
    if let c = r.first, c == "-" || c == "–" || c == "—" || c == "·" || (!hadSeparator && c == ":"), r.dropFirst().first == " " || !hadSeparator {
      r = r.dropFirst().drop(while: { $0 == " " })
      hadSeparator = true
    }
    if !hadSeparator && !line.isDressed && !r.isEmpty {
      // "Punkt 2 på dagsordenen blev ..." is prose.
      // ("Sag 14 Godkendelse af dagsorden": the case word and a title of words, a council's
      // protocol; `Nr 3 Hansen` is not.)
      // (`Sag nr. 265  Udbud af ...` listed under a heading of closed cases is no heading.)
      let titled = keyword == "sag" && r.first?.isUppercase == true && (r.split(separator: " ").count >= 2 || r.count >= 8)
      guard !needsSeparator || titled, let c = r.first, c.isUppercase || c == "(" || c == "[" || c.isNumber else { return nil }
    }
    var m = Match(number: n, title: "", isClosed: false, style: .keyword)
    ItemHeading.fill(&m, title: String(r), line: line)
    // "Pkt. 3 (Malou)": a note on who presents, not the title; the title follows.
    if m.title.hasPrefix("("), m.title.hasSuffix(")"), !m.title.dropFirst().contains("(") { m.title = "" }
    return m
  }

  /// `Ad. 1`, `Ad 1`, `Ad punkt 1`, `Ad pkt. 3:`, `Ad dagsordenens punkt 2`, `Til punkt 1:`,
  /// `Vedr. pkt. 4 -`: the minutes of the agenda's item, under the agenda listed above or as
  /// the item's own heading; what follows the number on the line is returned as the title.
  static func agendaReference(_ line: MarkupLine) -> Match? {
    let text = line.text
    guard text.utf8.count <= 400, !line.isTableRow, let f = text.first, "AaTtVv".contains(f) else { return nil }
    let head = text.prefix(12).lowercased()
    // After `Til` and `Vedr.` the word `punkt` is wanted: `Til 3 personer` is a sentence.
    var r: Substring
    var needsKeyword = true
    if head.hasPrefix("ad ") || head.hasPrefix("ad.") {
      r = text.dropFirst(2)
      needsKeyword = false
    } else if let lead = ["til ", "vedr. ", "vedr ", "vedrørende "].first(where: { head.hasPrefix($0) }) {
      r = text.dropFirst(lead.count)
    } else {
      return nil
    }
    r = r.drop(while: { $0 == " " || $0 == "." })
    for k in ["dagsordenens ", "dagsordenen "] where r.lowercased().hasPrefix(k) {
      r = r.dropFirst(k.count).drop(while: { $0 == " " })
      break
    }
    var keyword = false
    for k in ["dagsordenspunkt", "punkt", "pkt.", "pkt"] where r.lowercased().hasPrefix(k) {
      r = r.dropFirst(k.count).drop(while: { $0 == " " || $0 == "." })
      keyword = true
      break
    }
    guard keyword || !needsKeyword else { return nil }
    let digits = r.prefix(while: \.isNumber)
    guard !digits.isEmpty, digits.count <= 3, let n = Int(digits) else { return nil }
    r = r.dropFirst(digits.count)
    // "Ad 3 omgange": a number in a sentence.
    if let c = r.first, c.isLetter { return nil }
    r = r.drop(while: { $0 == " " || $0 == "." || $0 == ":" || $0 == ")" || $0 == "-" || $0 == "–" })
    if let f = r.first, f.isLowercase { return nil }
    return Match(number: n, title: String(r).trimmingSpaces, isClosed: false, style: .agendaThenMinutes)
  }

  /// A protocol code before the title: `ØU-55/07-O Økonomisk orientering`, `KB-12/2021 Titel`,
  /// `TMU-3/07-D Titel` (the body's initials, the item number, the year, a type letter).
  static func codeHeading(_ line: MarkupLine) -> Match? {
    guard let end = codeEnd(line.text), !line.isTableRow, line.text.utf8.count <= 400 else { return nil }
    let code = line.text[..<end]
    guard let dash = code.firstIndex(of: "-"), let n = Int(code[code.index(after: dash)...].prefix(while: \.isNumber))
    else { return nil }
    let rest = line.text[end...].drop(while: { $0 == " " })
    guard let f = rest.first, f.isUppercase else { return nil }
    var m = Match(number: n, title: "", isClosed: false, style: .keyword)
    fill(&m, title: String(rest), line: line)
    return m
  }

  /// Where a protocol code (`ØU-55/07-O`) at the start of a text ends, followed by a space.
  static func codeEnd(_ text: Substring) -> String.Index? {
    var i = text.startIndex
    var letters = 0
    while i < text.endIndex, text[i].isUppercase, text[i].isLetter, letters < 6 {
      letters += 1
      i = text.index(after: i)
    }
    guard letters >= 1, i < text.endIndex, text[i] == "-" else { return nil }
    i = text.index(after: i)
    var digits = 0
    while i < text.endIndex, text[i].isASCII, text[i].isNumber, digits < 5 {
      digits += 1
      i = text.index(after: i)
    }
    guard digits >= 1, i < text.endIndex, text[i] == "/" else { return nil }
    i = text.index(after: i)
    var year = 0
    while i < text.endIndex, text[i].isASCII, text[i].isNumber, year < 5 {
      year += 1
      i = text.index(after: i)
    }
    guard year == 2 || year == 4 else { return nil }
    if i < text.endIndex, text[i] == "-" {
      var j = text.index(after: i)
      var type = 0
      while j < text.endIndex, text[j].isUppercase, type < 3 {
        type += 1
        j = text.index(after: j)
      }
      guard type >= 1 else { return nil }
      i = j
    }
    guard i < text.endIndex, text[i] == " " else { return nil }
    return i
  }

  static func codeEnd(_ text: String) -> String.Index? { codeEnd(text[...]) }

  /// A numbered heading: `131. Titel`, `1.Titel`, `1 : Titel`, `1) Titel`, `• 1 Titel`.
  /// A pictograph a note tool or a web page sets before a title (`🔒`, `✅`, `⏸`).
  static func isSign(_ c: Character) -> Bool {
    guard let u = c.unicodeScalars.first else { return false }
    return u.value >= 0x2190 && u.properties.isEmoji
  }

  static func numberedHeading(_ line: MarkupLine) -> Match? {
    var text = line.text
    // "HR 1.   Handicaprådets kalender", "ØU 12. Budget": the body's abbreviation before the
    // number; then the number must carry its mark.
    let abbreviated = bodyAbbreviation(text)
    if let rest = abbreviated { text = rest }
    // "(3) Budget": the number in brackets, read as `3)`.
    if text.hasPrefix("("), let close = text.firstIndex(of: ")"), text.distance(from: text.startIndex, to: close) <= 4,
      text[text.index(after: text.startIndex)..<close].allSatisfy(\.isNumber), close > text.index(after: text.startIndex)
    {
      text = String(text.dropFirst())
    }
    guard let f = text.utf8.first, f >= 0x30, f <= 0x39 else { return nil }
    guard !line.isTableRow, !hasLeader(text), text.utf8.count <= 400 else { return nil }
    let digits = text.prefix(while: \.isNumber)
    guard !digits.isEmpty, digits.count <= 4, let n = Int(digits) else { return nil }
    var rest = text.dropFirst(digits.count)
    var style = Style.numbered
    // "49/1. Spørgetid": the number running through the year, then the place on this agenda.
    if rest.first == "/", let place = Optional(rest.dropFirst().prefix(while: \.isNumber)), (1...3).contains(place.count),
      rest.dropFirst(1 + place.count).hasPrefix(". ")
    {
      rest = rest.dropFirst(1 + place.count)
    }
    // "112/2031   Godkendelse af dagsorden": the number running through the year, and the year.
    let yearNumbered = digits.count <= 3 && rest.first == "/" && rest.dropFirst().prefix(4).count == 4
      && rest.dropFirst().prefix(4).allSatisfy(\.isNumber) && (1990...2099).contains(Int(rest.dropFirst().prefix(4)) ?? 0)
      && rest.dropFirst(5).first == " "
    if yearNumbered {
      rest = rest.dropFirst(5)
    } else if let c = rest.first, c == "." || c == ")" {
      rest = rest.dropFirst()
      // "2.0 Meddelelser": a point numbered with its decimal, whose sub-points (`2.1`) are no items.
      if c == ".", rest.first == "0", let after = rest.dropFirst().first, after == " " || after == "\t",
        rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" }).first?.isUppercase == true
      {
        rest = rest.dropFirst()
      }
      // "1.5 mio.", "16.12.2014" are numbers, not headings.
      if let d = rest.first, d.isNumber { return nil }
      if rest.first != " ", !(rest.first?.isUppercase ?? false) { return nil }
    } else if rest.hasPrefix("/ ") {
      // "1/ Generalforsamling": a slash after the number (never "1/2", "15/01-09").
      rest = rest.dropFirst()
    } else if rest.hasPrefix(" : ") || rest.hasPrefix(": ") || rest.hasPrefix(" - ") || rest.hasPrefix(" – ") || rest.hasPrefix(" · ") {
      rest = rest.drop(while: { $0 == " " }).dropFirst()
    } else if rest.first == ":", digits.count <= 2, let c = rest.dropFirst().first, c.isUppercase {
      // "1:Godkendelse af referat": the colon glued to the number and to the title.
      rest = rest.dropFirst()
    } else if rest.first == " ", digits.count <= 3 {
      style = .numberedLoose
    } else if digits.count <= 3, let c = rest.first, c.isUppercase, rest.dropFirst().prefix(2).allSatisfy(\.isLowercase),
      rest.dropFirst().count >= 2
    {
      // "38Godkendelse af dagsorden": the number glued to its title.
    } else {
      return nil
    }
    if abbreviated != nil, style != .numbered || digits.count > 3 { return nil }
    rest = rest.drop(while: { $0 == " " })
    // "7. 🔒 Lukket: Henvendelse": a sign before the title (a lock, a status) stays in it; the
    // title's first letter comes after it.
    let signed = rest.drop(while: { $0 == " " || isSign($0) })
    guard let first = signed.first, first.isUppercase || first.isNumber || first == "(" || first == "[",
      signed.count == rest.count || first.isUppercase
    else { return nil }
    // "2 mio. kr. ...", "3 uger": a number in a sentence.
    if style == .numberedLoose, first.isNumber { return nil }
    // "1. 11/1-2023 kl. 19:30 i Beboerhuset": the meeting's day in a list, not a title.
    if first.isNumber {
      let token = String(rest.prefix { $0 != " " }).trimming(".,")
      let groups = token.split(whereSeparator: { !$0.isNumber })
      // A day and month with a slash (`11/1-2023`, `3/5`), or day, month and year (`11.01.2023`,
      // `11-1-2023`); a time span (`09.00-09.01`) opens a title.
      if token.contains("/") && groups.count >= 2 || groups.count == 3 && groups.allSatisfy({ $0.count <= 4 }) && token.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) {
        return nil
      }
    }
    // "25. Februar 2020", "25. February 2020 -": a date, whatever the case of its month.
    if isMonthAndYear(rest) { return nil }
    var m = Match(number: n, title: "", isClosed: false, style: style)
    m.hasBodyPrefix = abbreviated != nil
    // " 1.  1. Godkendelse": a list's own number before the heading's.
    var titleText = String(rest)
    let prefix = String(n) + ". "
    if titleText.hasPrefix(prefix), titleText.dropFirst(prefix.count).first?.isUppercase == true {
      titleText = String(titleText.dropFirst(prefix.count))
    }
    ItemHeading.fill(&m, title: titleText, line: line)
    // A list item ends like a sentence; a title does not (unless dressed).
    m.endsLikeSentence = !line.isDressed && text.hasSuffix(".") && !text.hasSuffix("..")
    return m
  }

  /// A number alone on its line (First Agenda), or with its full stop (a table's number column
  /// flattened: `3.` / `Titel`): `3`, `3.`, `3)`. Sub-points (`3.a`, `3.1`) are not numbers alone.
  /// The names of the months (Danish and English, three letters or more), folded.
  static let monthNames: Set<String> = Set(TemporalVocabulary.table.filter { $0.1.month != 0 && $0.0.count >= 3 }.map(\.0))

  /// `Februar 2020`, `February 2020 - ...`: a month's name, then a year.
  static func isMonthAndYear(_ text: Substring) -> Bool {
    let words = text.prefix(40).split(separator: " ", maxSplits: 2)
    guard words.count >= 2, monthNames.contains(words[0].lowercased().trimming(".,")) else { return false }
    let year = String(words[1]).trimming(".,")
    return year.count == 4 && year.allSatisfy(\.isNumber)
  }

  /// The text after a body's abbreviation that opens it (`HR 1. Titel` → `1. Titel`): two to
  /// four capitals, spaces, then a digit.
  static func bodyAbbreviation(_ text: String) -> String? {
    // Most lines open with a capital and a small letter (ASCII): no abbreviation, and no
    // character's properties asked.
    let u = text.utf8
    if let b = u.first, b < 0x80, !(0x41...0x5A).contains(b) { return nil }
    if u.count >= 2, case let b = u[u.index(after: u.startIndex)], (0x61...0x7A).contains(b) { return nil }
    guard let f = text.first, f.isUppercase, text.utf8.count <= 400 else { return nil }
    // At most five letters looked at: an abbreviation has two to four.
    let letters = text.prefix(5).prefix(while: { $0.isLetter })
    guard (2...4).contains(letters.count), letters.allSatisfy(\.isUppercase) else { return nil }
    let after = text.dropFirst(letters.count)
    guard after.first == " " else { return nil }
    let rest = after.drop(while: { $0 == " " })
    guard let d = rest.first, d.isNumber else { return nil }
    return String(rest)
  }

  static func bareNumber(_ line: MarkupLine) -> Int? {
    // Four digits, or three and their mark, at most: asked of every line, most are longer.
    guard line.text.utf8.count <= 5 else { return nil }
    var text = Substring(line.text)
    var limit = 4
    // "2019." ending a wrapped sentence is a year: a number with its mark has at most three digits.
    if let last = text.last, last == "." || last == ")" {
      text = text.dropLast()
      limit = 3
    }
    guard !text.isEmpty, text.utf8.count <= limit, text.allSatisfy(\.isNumber), !line.isTableRow else {
      return nil
    }
    return Int(text)
  }

  /// Fills a match's title from the text after the number: markers, case number and UI text out.
  static func fill(_ m: inout Match, title raw: String, line: MarkupLine) {
    let (title, closed, caseNumber) = ItemTitle.clean(raw)
    m.title = title
    m.isClosed = closed
    m.caseNumber = caseNumber
  }

  /// A table-of-contents line: dotted leader (`Titel.....3`).
  static func hasLeader(_ text: String) -> Bool {
    var run = 0
    for c in text.utf8 {
      if c == 0x2E {
        run += 1
        if run >= 4 { return true }
      } else {
        run = 0
      }
    }
    return false
  }
}

/// Cleans a written title: closed markers, type markers, a trailing colon, a case number in
/// parentheses, and fold-out text a web page glued to it.
enum ItemTitle {
  /// `Ekstra anlæg - ekstra asfalt ..................5`: a table of contents' dotted leader and
  /// page number go.
  static func withoutLeader(_ raw: String) -> String {
    guard raw.utf8.count <= 2000, let r = raw.range(of: "....") else { return raw }
    let after = raw[r.upperBound...].drop(while: { $0 == "." || $0 == " " || $0 == "\u{A0}" })
    guard after.count <= 4, after.allSatisfy({ $0.isNumber }) else { return raw }
    return String(raw[..<r.lowerBound]).trimmingSpaces
  }

  /// A case number with its label at the end of a title, and where the label starts.
  static func labelledCaseAtEnd(_ t: String) -> (CaseNumber, String.Index)? {
    guard t.utf8.count <= 300 else { return nil }
    let lower = t.lowercased()
    for label in CaseNumber.labels where label != "sag:" && label.count >= 4 {
      guard let r = lower.range(of: label, options: .backwards), r.lowerBound > lower.startIndex else { continue }
      // The label is a word of its own, after a space, a dash or a bracket.
      let before = lower[lower.index(before: r.lowerBound)]
      guard before == " " || before == "(" || before == "[" || before == "-" || before == "–" else { continue }
      let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
      var rest = t[t.index(t.startIndex, offsetBy: offset)...].drop(while: { $0 == ":" || $0 == "." || $0 == " " })
      if let last = rest.last, last == ")" || last == "]" { rest = rest.dropLast() }
      let token = rest.trimmingSpaces
      guard !token.isEmpty, !token.contains(" "), let cn = CaseNumberReader.token(token) else { continue }
      let start = t.index(t.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))
      guard t.distance(from: t.startIndex, to: start) >= 3 else { continue }
      return (cn, start)
    }
    return nil
  }

  /// Words that open a sentence of an item's text, never a title's next word when capitalised.
  static let textOpeners: Set<String> = [
    "Der", "Det", "Vi", "Man", "Hvad", "Hvordan", "Hvem", "Hvornår", "Hvorfor", "Var", "Dette", "Disse", "Vores", "Han", "Hun",
  ]

  /// The title, whether it was marked closed, and a case number written in it.
  ///
  /// The passes over a document's lines ask it of the same heading several times (the line
  /// repairs, each form of heading tried, the agenda's list): the answers are kept for the
  /// thread's current documents (`ThreadMemo`).
  static func clean(_ raw: String) -> (String, Bool, CaseNumber?) {
    guard raw.utf8.count <= 400 else { return cleaned(raw) }
    return titles.value(raw) { cleaned($0) }
  }

  private static let titles = ThreadMemo<String, (String, Bool, CaseNumber?)>(limit: 4096)

  static func cleaned(_ raw: String) -> (String, Bool, CaseNumber?) {
    var (t, closed) = ClosedMarker.read(title: withoutLeader(raw))
    t = dropRepeatedTail(t)
    // "Advent og jul – foreløbig planlægning. (W) Advent og jul": the doer's initials in
    // brackets after the title's full stop open the item's text, however short the line.
    if t.utf8.count <= 60, let r = t.range(of: ". ("), let close = t[r.upperBound...].firstIndex(of: ")"),
      case let inner = t[r.upperBound..<close], (1...4).contains(inner.count), inner.allSatisfy({ $0.isUppercase || $0 == "/" }),
      t.distance(from: t.startIndex, to: r.lowerBound) >= 10
    {
      t = String(t[..<r.lowerBound])
    }
    // "Advent og jul – foreløbig planlægning. (W) Advent og jul nærmer sig ...": a long heading
    // line that goes on with the item's text after the title's sentence.
    if t.utf8.count > 60, t.utf8.count <= 2000 {
      // "... planlægning. (W) Advent ...": the doer's initials in brackets open the text.
      var sentences = SentenceSplitter.sentences(t)
      if sentences.count < 2, let r = t.range(of: ". (") {
        sentences = [String(t[..<r.lowerBound]), String(t[r.upperBound...])]
      }
      // "Malearbejde mm. Mary ønsker at male ...": an abbreviation's full stop ends the title
      // when a capital opens the text after it.
      if let first = sentences.first, let r = abbreviationEnd(first) {
        sentences = [String(first[..<r]), String(first[r...])] + sentences.dropFirst()
      }
      if sentences.count >= 2, let first = sentences.first,
        first.split(separator: " ").count >= 3 || abbreviations.contains(where: { first.trimmingSpaces.hasSuffix($0.dropLast()) }),
        sentences.dropFirst().joined(separator: " ").split(separator: " ").count >= 4
      {
        t = first.trimmingSpaces
      }
      // "Opfølgning fra Busturen Hvad opnåede vi Vi fik ...", "VAF abonnement til HLR Det
      // vurderes at ...": a table's columns run together; the text opens where a word that
      // opens Danish sentences (a pronoun, a question word) stands capitalised before lower case.
      let words = t.split(separator: " ")
      if words.count >= 6, let k = (2..<min(words.count - 1, 14)).first(where: { k in
        textOpeners.contains(String(words[k])) && words[k + 1].first?.isLowercase == true
          && !["–", "-", "—"].contains(String(words[k - 1])) && !words[k - 1].hasSuffix(":")
      }), words.count - k >= 4 {
        t = words[..<k].joined(separator: " ")
      }
    }
    // "Orientering: Dialog med Movia": the kind of item, not the title.
    // "Beslutningssag: Godkendelse af dagsorden", "Orienteringspunkt: ..." likewise. (A theme
    // discussion, `Temadrøftelse: Demensstrategi`, names what the item is: part of its title.)
    for kind in [
      "orientering", "beslutning", "drøftelse", "til orientering", "til beslutning", "til drøftelse",
      "beslutningssag", "orienteringssag", "drøftelsessag", "beslutningspunkt", "orienteringspunkt", "drøftelsespunkt",
      "høringssag",
    ]
    where t.lowercased().hasPrefix(kind + ": ") {
      t = String(t.dropFirst(kind.count + 2)).trimmingSpaces
      break
    }
    // "Til efterretning - Kvartalsrapport": the group of items, not the title.
    for group in ["til efterretning", "til behandling", "til orientering", "til beslutning", "til drøftelse",
      "til godkendelse", "til høring"]
    where t.lowercased().hasPrefix(group + " - ") || t.lowercased().hasPrefix(group + " – ") {
      t = String(t.dropFirst(group.count + 3)).trimmingSpaces
      break
    }
    // "ØU - Titel", "ØU/KB – Titel", "ØK Titel": the bodies the item goes through, when they are
    // abbreviations every council uses; other routes only when the document writes them on
    // several items (`MinutesParser`).
    if let (route, rest) = routePrefix(t), route.allSatisfy({ CommitteeName.standardAbbreviations[$0] != nil }) {
      t = rest
    }
    // "09.00-09.01 Godkendelse af dagsordenen", "Kl. 9.00-9.01 Høring": the agenda's time slot.
    t = withoutTimeSlot(t)
    t = beforeRunOnText(t)
    // "Gennemgang af udvalgets dagsorden v/Kristine Henriksen": who presents, not the title.
    if let r = t.range(of: " v/") {
      let who = t[r.upperBound...].trimmingSpaces
      let words = who.split(separator: " ")
      if let f = words.first, (1...8).contains(words.count), f.first?.isUppercase == true || NameGrammar.isRoleWord(String(f)),
        t.distance(from: t.startIndex, to: r.lowerBound) >= 3
      {
        t = String(t[..<r.lowerBound]).trimmingSpaces
      }
    }
    var caseNumber: CaseNumber?
    var changed = true
    while changed {
      changed = false
      // "Mobilt gadesalg i Tversted. (Finn)", "Vindmølle projekt. (Finn/Birthe)": who brings the
      // item, not its title, when initials (`(laC)`) or set apart by the title's full stop;
      // "Kurser (Jette)" is the heading as written.
      if t.hasSuffix(")"), let open = t.lastIndex(of: "("), open > t.startIndex {
        let inner = t[t.index(after: open)..<t.index(before: t.endIndex)]
        let names = inner.split(whereSeparator: { $0 == "/" || $0 == "," || $0 == "&" }).flatMap {
          $0.split(separator: " ").filter { $0 != "og" }
        }
        let setApart = t[..<open].trimmingSpaces.hasSuffix(".") || !names.contains { NameGrammar.isFirstName(String($0)) }
        if !names.isEmpty, names.count <= 4, setApart, names.allSatisfy({ isDoerMark(String($0)) }) {
          t = String(t[..<open]).trimmingSpaces
          changed = true
        }
      }
      // "(B)", "(C)", "(O)": a type marker (beslutning, orientering ...), not part of the title.
      if t.hasSuffix(")"), let open = t.lastIndex(of: "(") {
        let inner = t[t.index(after: open)..<t.index(before: t.endIndex)].trimmingCharacters(in: .whitespaces)
        // "Godkendelse af dagsorden ( )": an empty mark.
        if inner.isEmpty {
          t = String(t[..<open]).trimmingSpaces
          changed = true
        } else if inner.count == 1, let c = inner.first, c.isUppercase {
          t = String(t[..<open]).trimmingSpaces
          changed = true
        } else if inner.count <= 7, inner.contains(where: { "/+,".contains($0) }),
          inner.split(whereSeparator: { "/+, ".contains($0) }).allSatisfy({ $0.count == 1 && $0.first?.isUppercase == true })
        {
          // "(O/D)", "(B+O)": the item's kinds (orientering, drøftelse, beslutning).
          t = String(t[..<open]).trimmingSpaces
          changed = true
        } else if let cn = CaseNumberReader.token(String(inner)), caseNumber == nil {
          caseNumber = cn
          t = String(t[..<open]).trimmingSpaces
          changed = true
        } else if caseNumber == nil, let space = inner.firstIndex(of: " "),
          ["sag", "sag nr.", "sagnr.", "sagsnr.", "j.nr.", "jnr."].contains(inner[..<space].lowercased()),
          let cn = CaseNumberReader.token(inner[inner.index(after: space)...].trimmingSpaces), open > t.startIndex
        {
          // "Godkendelse af dagsorden (sag 33/3102)": the case number with a short label in brackets.
          caseNumber = cn
          t = String(t[..<open]).trimmingSpaces
          changed = true
        }
      }
      // "Godkendelse af dagsorden  Sagsnr. 21/1000", "Salg af grunde (Sags ID: EMN-2021-00333)",
      // "Budget - J.nr. 24/1236": a labelled case number at the title's end.
      if caseNumber == nil, let (cn, start) = labelledCaseAtEnd(t) {
        caseNumber = cn
        t = String(t[..<start]).trimming(" -–([")
        changed = true
      }
      // "Salg af grunde [21/1000]": the case number in square brackets.
      if caseNumber == nil, t.hasSuffix("]"), let open = t.lastIndex(of: "["), open > t.startIndex,
        let cn = CaseNumberReader.token(String(t[t.index(after: open)..<t.index(before: t.endIndex)]).trimmingSpaces)
      {
        caseNumber = cn
        t = String(t[..<open]).trimmingSpaces
        changed = true
      }
      // "Budgetopfølgning - 24/1236": the case number after a dash.
      if caseNumber == nil, let dash = t.range(of: " - ", options: .backwards) ?? t.range(of: " – ", options: .backwards),
        let cn = CaseNumberReader.token(String(t[dash.upperBound...])), t.distance(from: t.startIndex, to: dash.lowerBound) >= 3
      {
        caseNumber = cn
        t = String(t[..<dash.lowerBound]).trimmingSpaces
        changed = true
      }
      // "Eventuelt –": a dash left by a table's columns.
      if t.hasSuffix(" –") || t.hasSuffix(" -") {
        t = String(t.dropLast(2)).trimmingSpaces
        changed = true
      }
      // "Evt.", "Præstens pkt.": an abbreviation keeps its full stop.
      let lastWord = t.split(separator: " ").last.map { $0.dropLast().lowercased() } ?? ""
      if t.hasSuffix(":") || t.hasSuffix(";") || t.hasSuffix(",")
        || (t.hasSuffix(".") && !t.hasSuffix("..") && !abbreviations.contains(where: { t.hasSuffix($0.dropLast()) })
          && !(["evt", "pkt", "mm", "mv", "osv", "etc", "bl.a", "m.m", "m.v", "m.fl", "mfl", "inkl", "vedr"].contains(lastWord)))
      {
        t = String(t.dropLast()).trimmingSpaces
        changed = true
      }
      // "Eventuelt Frede serverede sin øl": the closing item's title, then its text.
      let words = t.split(separator: " ", maxSplits: 3)
      if words.count >= 3, ["eventuelt", "evt."].contains(words[0].lowercased()), words[1].first?.isUppercase == true,
        words[2].first?.isLowercase == true, words[1].lowercased() != "og"
      {
        t = String(words[0])
        changed = true
      }
      // "Kirkegårdsvedtægt/takstblad. a. Kirkegårdsvedtægt": the item's first lettered point
      // run into its title.
      if let r = t.range(of: ". a. ") ?? t.range(of: ". a) "), t.distance(from: t.startIndex, to: r.lowerBound) >= 3 {
        t = String(t[..<r.lowerBound]).trimmingSpaces
        changed = true
      }
      // "Valg af dirigent Ad": the next part's `Ad` (`Ad 1.`) run into the title.
      if t.hasSuffix(" Ad") || t.hasSuffix(" Ad."), t.split(separator: " ").count >= 3,
        let ad = t.range(of: " Ad", options: .backwards)
      {
        t = String(t[..<ad.lowerBound]).trimmingSpaces
        changed = true
      }
    }
    return (t, closed, caseNumber)
  }

  /// A first name or initials (`Finn`, `SK`, `laC`) in a bracket after a title: who brings the
  /// item.
  static func isDoerMark(_ w: String) -> Bool {
    if NameGrammar.isFirstName(w) { return true }
    guard (2...4).contains(w.count), w.allSatisfy(\.isLetter), w.contains(where: \.isUppercase) else { return false }
    return NameGrammar.isAcronym(w) || w.dropFirst().contains(where: \.isUppercase)
  }

  /// `Forslag til et tillæg (GS/laC) M-rådet vedtog ...`: a title that goes on with the item's text
  /// after who brings it, or glued after a full stop (`Kassebeholdning.Søren Kaarup meddelte`);
  /// the title alone.
  static func beforeRunOnText(_ t: String) -> String {
    // "Kasseren intet at berette", "Nyt fra udvalgene: intet nyt": the item's outcome run on.
    let lowered = t.lowercased().trimming(" .")
    for phrase in [" intet at berette", " intet at rapportere", " intet nyt", " ingen bemærkninger", " intet at bemærke"]
    where lowered.hasSuffix(phrase) && lowered.count > phrase.count + 2 {
      return String(t.prefix(lowered.count - phrase.count)).trimming(" :-–")
    }
    guard t.utf8.count > 20, t.utf8.count <= 2000 else { return t }
    // "Titel (GS/laC) tekst ...".
    if let open = t.firstIndex(of: "("), let close = t[open...].firstIndex(of: ")"), t.index(after: close) < t.endIndex {
      let inner = t[t.index(after: open)..<close]
      let marks = inner.split(whereSeparator: { $0 == "/" || $0 == "," || $0 == " " }).filter { $0 != "og" }
      let rest = t[t.index(after: close)...].trimmingSpaces
      // "Medlemsforslag fra Niels Ravnsbæk (DF) om gratis parkering": a member's party after
      // the member's name, the title going on in lower case.
      let before = t[..<open].split(separator: " ").suffix(2)
      let partyOfName = NameGrammar.isPartyLetters(inner) && before.count == 2 && before.allSatisfy({ $0.first?.isUppercase == true })
        && NameGrammar.isFirstName(String(before.first ?? "")) && rest.first?.isLowercase == true
      if !marks.isEmpty, marks.count <= 4, marks.allSatisfy({ isDoerMark(String($0)) }), rest.split(separator: " ").count >= 2,
        t.distance(from: t.startIndex, to: open) >= 3, !partyOfName
      {
        return String(t[..<open]).trimmingSpaces
      }
    }
    // "Kassebeholdning.Søren Kaarup meddelte ...": a word of four letters or more, a full stop,
    // a capital.
    var letters = 0
    var i = t.startIndex
    while i < t.endIndex {
      let c = t[i]
      if c == ".", letters >= 4 {
        let n = t.index(after: i)
        if n < t.endIndex, t[n].isUppercase, t[n...].split(separator: " ").count >= 2 {
          return String(t[..<i]).trimmingSpaces
        }
      }
      letters = c.isLetter && c.isLowercase ? letters + 1 : 0
      i = t.index(after: i)
    }
    return t
  }

  /// `09.00-09.01 Titel`, `Kl. 9.00-9.01 Titel`, `kl. 9-10.9.30 Titel` → `Titel`: a time slot
  /// (groups of one or two digits joined by `.`, `:` and dashes, one dash at least) before a
  /// capital.
  static func withoutTimeSlot(_ t: String) -> String {
    var rest = Substring(t)
    if rest.lowercased().hasPrefix("kl. ") { rest = rest.dropFirst(4) } else if rest.lowercased().hasPrefix("kl ") { rest = rest.dropFirst(3) }
    let token = rest.prefix(while: { $0 != " " })
    let groups = token.split(whereSeparator: { $0 == "." || $0 == ":" || $0 == "-" || $0 == "–" })
    guard token.contains(where: { $0 == "-" || $0 == "–" }), groups.count >= 2,
      groups.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isNumber) }),
      token.allSatisfy({ $0.isNumber || ".:-–".contains($0) })
    else { return t }
    let title = rest.dropFirst(token.count).drop(while: { $0 == " " })
    guard let f = title.first, f.isUppercase else { return t }
    return String(title)
  }

  /// `Godkendelse af dagsorden – Ok`, `Tjek og godkendelse af referat – Godkendt`, `Dagsorden
  /// Godkendt`: the item's decision written after its title in a board's notes. The title and
  /// the decision.
  static func decisionTrailer(_ t: String) -> (title: String, decision: String)? {
    guard t.utf8.count <= 200 else { return nil }
    let words: Set<String> = ["ok", "godkendt", "godkendes", "vedtaget", "tiltrådt", "taget til efterretning", "til efterretning", "udsat", "udgår", "anbefales"]
    if let dash = t.range(of: " – ", options: .backwards) ?? t.range(of: " - ", options: .backwards) {
      let trailer = String(t[dash.upperBound...]).trimming(" .!")
      let title = String(t[..<dash.lowerBound]).trimmingSpaces
      if words.contains(trailer.lowercased()), title.count >= 3 { return (title, String(trailer)) }
    }
    // "Revisionsprotokollat vedrørende Årsregnskab 2016 Behandlet og godkendt": a capitalised
    // outcome run on after the title.
    for opener in [" Behandlet og ", " Godkendt", " Vedtaget", " Tiltrådt", " Drøftet", " Taget til efterretning"] {
      guard let r = t.range(of: opener), t.distance(from: t.startIndex, to: r.lowerBound) >= 3 else { continue }
      let decision = String(t[t.index(after: r.lowerBound)...]).trimming(" .")
      let words = decision.split(separator: " ")
      guard words.count <= 6, words.dropFirst().allSatisfy({ $0.first?.isLowercase == true || $0.first?.isNumber == true }) else { continue }
      return (String(t[..<r.lowerBound]).trimmingSpaces, decision)
    }
    // Without a dash only a word of approval, after a title of two words or more.
    let parts = t.split(separator: " ")
    if parts.count >= 2, let last = parts.last, ["godkendt", "godkendt.", "ok", "vedtaget", "tiltrådt"].contains(last.lowercased()) {
      return (parts.dropLast().joined(separator: " "), String(last))
    }
    return nil
  }

  /// Abbreviations that can end a title (`Malearbejde mm.`), with a space each side.
  static let abbreviations = [" mm. ", " m.m. ", " mv. ", " m.v. ", " osv. ", " etc. ", " m.fl. ", " mfl. "]

  /// Where the text after an abbreviation's full stop (`mm.`, `mv.`, `osv.`, `etc.`) starts, when
  /// a capital opens it: the end of a title that runs on into its item's text.
  static func abbreviationEnd(_ t: String) -> String.Index? {
    let abbreviations = Self.abbreviations
    for abbreviation in abbreviations {
      guard let r = t.range(of: abbreviation) else { continue }
      let rest = t[r.upperBound...]
      guard let f = rest.first, f.isUppercase, rest.split(separator: " ").count >= 4 else { continue }
      return r.upperBound
    }
    return nil
  }

  /// `ØU - Titel` → (["ØU"], `Titel`); `ØU/KB – Titel` → (["ØU", "KB"], `Titel`); `ØK Titel` →
  /// (["ØK"], `Titel`) (without a dash only for an abbreviation every council uses): the
  /// abbreviated bodies an item is routed through, written before its title.
  static func routePrefix(_ t: String) -> (route: [String], rest: String)? {
    guard t.utf8.count <= 600 else { return nil }
    let token = t.prefix(while: { $0 != " " })
    guard token.count >= 2, token.count <= 17 else { return nil }
    let parts = token.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.allSatisfy(CommitteeName.isAbbreviation) else { return nil }
    var rest = t.dropFirst(token.count)
    if rest.hasPrefix(" - ") || rest.hasPrefix(" – ") {
      rest = rest.dropFirst(3)
    } else if rest.first == " ", parts.count == 1, CommitteeName.standardAbbreviations[parts[0]] != nil {
      rest = rest.dropFirst()
    } else {
      return nil
    }
    let title = rest.trimmingSpaces
    guard let f = title.first, f.isUppercase || f.isNumber, title.count >= 3 else { return nil }
    return (parts, title)
  }

  /// The titles without their route prefixes, where each abbreviation is the initials of a body
  /// the document names (its committee `Udvalget for Børn og Ungdom`: `BU - Valg af
  /// næstformand`): routes, not words of the titles. Other capitals stay (`IT - Handlingsplan`).
  static func withoutRoutes(_ titles: [String], bodies: () -> [String]) -> [String] {
    let routes = titles.map { routePrefix($0) }
    guard routes.contains(where: { $0 != nil }) else { return titles }
    var known = Set<String>()
    for body in bodies() { known.formUnion(CommitteeName.initialsVariants(body)) }
    return zip(titles, routes).map { title, route in
      guard let route, route.route.allSatisfy({ known.contains($0) || CommitteeName.standardAbbreviations[$0] != nil })
      else { return title }
      return route.rest
    }
  }

  /// `Godkendelse af dagsordenKlik her for at folde ud og læse mere om Godkendelse af dagsorden`
  /// → `Godkendelse af dagsorden`: text glued to the title (a lower-case letter directly followed
  /// by a capital) that ends by repeating the title is a page's control, not the title.
  static func dropRepeatedTail(_ t: String) -> String {
    guard t.utf8.count <= 600 else { return t }
    var previous: Character?
    var index = t.startIndex
    while index < t.endIndex {
      let c = t[index]
      if let p = previous, p.isLowercase, c.isUppercase {
        let head = t[..<index]
        let tail = t[index...]
        if head.count >= 3, tail.count > head.count, tail.lowercased().hasSuffix(head.lowercased()) {
          return String(head).trimmingSpaces
        }
        // `Godkendelse af dagsordenÅbn/luk punkt`: a control glued on.
        if head.count >= 3, tail.count <= 40, PageFurniture.controls.contains(SectionHeading.key(String(tail))) {
          return String(head).trimmingSpaces
        }
      }
      previous = c
      index = t.index(after: index)
    }
    return t
  }
}
