/// The label over a decision that names the body and the day, in the forms councils write it:
/// - `Beslutning fra Direktionens møde den 25. september 2024, pkt. 8:`
/// - `Beslutning i Forebyggelses- og Seniorudvalget den 12. januar 2021:`
/// - `Beslutning Byrådet den 09-02-2021`, and `Beslutning Økonomiudvalget den` with the date lost
/// - `Forretningsudvalgets beslutning den 8. november 2022:` (genitive)
/// - `Behandling i Udvalget for det nære sundhedsvæsen onsdag den 15. januar 2020, pkt. 1`
/// - `Beslutning fra Plan og Teknik, 9. februar 2021, pkt. 421:` and `Kultur- og Idrætsudvalget,
///   03-04-2019, pkt. 42` (comma forms)
///
/// The same label is this meeting's decision when body and day are this meeting's, and a quoted
/// earlier decision otherwise.
struct DecisionLabel {
  /// The deciding body, genitive removed; empty when the label names none.
  var body: String
  /// The day, when written (a transcript may lose it).
  var date: Day?
  /// The item number, when given (`pkt. 8`).
  var itemNumber: Int?
  /// Text after the label on the same line (`Beslutning Økonomiudvalget den Godkendt.`).
  var trailing: String?

  /// Words that open a decision label.
  static let leads = [
    "tidligere beslutning i ", "tidligere beslutning fra ", "tidligere beslutninger ",
    "beslutning truffet i ", "beslutning truffet på ", "beslutninger fra ", "beslutninger i ",
    "beslutning fra ", "beslutning i ", "beslutning på ", "behandling i ", "behandling på ", "behandlet i ", "behandlet på ",
    "beslutning ", "beslutninger ",
  ]

  /// Nouns that name a deciding body; a comma-form label needs one (or the meeting's committee).
  static let bodyNouns = [
    "udvalg", "råd", "bestyrelse", "direktion", "magistrat", "forum", "nævn", "styregruppe", "med",
    "kommission", "ledelse", "repræsentantskab", "forsamling", "komité", "komite", "gruppe",
  ]

  /// Reads `text` as a decision label, or `nil`.
  /// - Parameter reference: The meeting's date, for dates written without a year.
  static func read(_ text: String, reference: Day?) -> DecisionLabel? {
    let n = text.utf8.count
    guard n >= 8, n <= 300, let first = text.first, first.isUppercase || first == "•" || first.isNumber else { return nil }
    // "BORGERREPRÆSENTATIONENS BESLUTNING", "ØKONOMIUDVALGETS BESLUTNING I MØDET DEN 16. AUGUST
    // 2032": a label in capitals, read as written in a sentence's case; the genitive form
    // stands without its colon there.
    if first.isLetter, text.contains(" "), !text.contains(where: \.isLowercase) {
      let cased = String(first) + text.dropFirst().lowercased()
      // (Read once: a text of no letters with case stays as it was.)
      guard cased.contains(where: \.isLowercase) else { return nil }
      if let label = read(cased, reference: reference) { return label }
      if cased.hasSuffix("s beslutning"), let r = cased.range(of: "s beslutning", options: .backwards) {
        let body = String(cased[..<r.lowerBound])
        if body.split(separator: " ").count <= 6, looksLikeBody(body) {
          return DecisionLabel(body: CommitteeName.withoutGenitive(body + "s"), date: nil, itemNumber: nil, trailing: nil)
        }
      }
      return nil
    }
    let ref = reference ?? Day(year: 2000, month: 1, day: 1) ?? Day(ordinal: 0)
    if first.isNumber { return dayThenBody(text, reference: ref) }
    // "Fra referatet af mødet den 20. februar 2035, pkt. 5:", "Uddrag af referat 10. maj 2033,
    // pkt. 4:": the committee's own earlier minutes quoted, by their day and item.
    // ("Fra referatet 18.01.2039, pkt. 3:", "Fra mødet 8. marts (pkt. 6): "Sagen udsat. ..."": the
    // same with the day alone, and the quote on the label's line.)
    // (Asked of many lines: those that open with neither word pass at once.)
    if first == "F" || first == "U", text.utf8.count <= 600, let colon = text.utf8.prefix(120).firstIndex(of: 0x3A) {
      let head = String(text[..<colon])
      let lower = head.lowercased()
      for lead in [
        "fra referatet af mødet ", "fra referatet fra mødet ", "uddrag af referatet ", "uddrag af referat ", "fra referat af mødet ",
        "fra referatet ", "fra mødet den ", "fra mødet ", "fra sidste møde ",
      ] where lower.hasPrefix(lead) {
        let after = String(text[text.index(after: colon)...]).trimming(" \"“”„")
        let rest = String(head.dropFirst(lead.count)).replacing("(", with: "").replacing(")", with: "") + ":"
        guard var label = dated(rest, reference: ref, requireDate: true, dateFirst: false), label.itemNumber != nil,
          label.trailing == nil
        else { return nil }
        label.body = ""
        label.trailing = after.isEmpty ? nil : after
        return label
      }
    }
    // "Beslutning ...", "Behandling i ...".
    let head = text.prefix(12).lowercased()
    if head.hasPrefix("beslutning") || head.hasPrefix("behandling") || head.hasPrefix("tidligere")
      || head.hasPrefix("behandlet i") || head.hasPrefix("behandlet på")
    {
      let lower = String(text.prefix(40)).lowercased()
      for lead in leads where lower.hasPrefix(lead) {
        let rest = String(text.dropFirst(lead.count))
        return afterLead(rest, reference: ref, plain: lead == "beslutning " || lead == "beslutninger ")
      }
      return nil
    }
    // "Integrationsudvalgets møde den 12. december 2011:" - a body's meeting as the label over
    // what it decided, ending in a colon.
    if text.hasSuffix(":"), DanishBytes.containsASCII(text, "s m"), let r = text.range(of: "s møde ")
      ?? text.range(of: "s møde den"), r.lowerBound > text.startIndex
    {
      let bodyPart = String(text[..<r.lowerBound]) + "s"
      let body = CommitteeName.withoutGenitive(bodyPart)
      if body != bodyPart, looksLikeBody(body), body.first?.isUppercase == true,
        var label = dated(String(text[r.lowerBound...].dropFirst(2)), reference: ref, requireDate: true)
      {
        label.body = body
        return label
      }
    }
    // "<Body>s beslutning den ...:".
    if DanishBytes.containsASCII(text, "s beslutning "), let r = text.range(of: "s beslutning ")
      ?? text.range(of: "s Beslutning "), r.lowerBound > text.startIndex
    {
      let bodyPart = String(text[..<r.lowerBound])
      guard bodyPart.count <= 80 else { return nil }
      let rest = String(text[r.upperBound...])
      guard var label = dated(rest, reference: ref, requireDate: true) else { return nil }
      label.body = bodyPart.trimmingSpaces
      return label
    }
    // "Kommunalbestyrelsens beslutning:" (no day: the meeting's own, or an undated quote);
    // "Økonomiudvalgets indstilling den 5. juni 2029:" (a committee's recommendation to the
    // council, which is its decision). A page copied from a browser writes the first without
    // its colon, a line of its own (`Regionsrådets beslutning`).
    if text.hasSuffix("s beslutning"), text.utf8.count <= 100, let r = text.range(of: "s beslutning", options: .backwards) {
      let body = String(text[..<r.lowerBound]).trimmingSpaces
      let words = body.split(separator: " ")
      // (A sentence that ends so, `Sagen afventer Byrådets beslutning`, is none.)
      if words.count <= 6, words.allSatisfy({ $0.first?.isUppercase == true || ["og", "for", "i"].contains($0) }), looksLikeBody(body) {
        return DecisionLabel(body: body, date: nil, itemNumber: nil, trailing: nil)
      }
    }
    if text.hasSuffix(":"), text.utf8.count <= 120 {
      let lower = text.lowercased()
      for (word, needsDay) in [("s beslutning:", false), ("s indstilling den ", true), ("s indstilling ", true)] {
        guard let r = lower.range(of: word), r.lowerBound > lower.startIndex else { continue }
        let cut = text.utf8.index(text.utf8.startIndex, offsetBy: lower.utf8.distance(from: lower.utf8.startIndex, to: r.lowerBound))
        let body = String(text[..<cut]).trimmingSpaces
        guard body.first?.isUppercase == true, looksLikeBody(body) else { continue }
        if !needsDay {
          guard r.upperBound == lower.endIndex else { continue }
          return DecisionLabel(body: body, date: nil, itemNumber: nil, trailing: nil)
        }
        let restStart = text.utf8.index(cut, offsetBy: "s indstilling ".utf8.count)
        guard var label = dated(String(text[restStart...]), reference: ref, requireDate: true) else { continue }
        label.body = body
        return label
      }
    }
    // "Økonomiudvalget den 25. oktober 2005, pkt. 3": a case's earlier meetings listed under its
    // title, one a line, each with the item's number.
    if DanishBytes.containsASCII(text, " den "), let r = text.range(of: " den "), r.lowerBound > text.startIndex {
      let bodyPart = String(text[..<r.lowerBound])
      let words = bodyPart.split(separator: " ")
      if words.count <= 8, words.allSatisfy({ $0 == "og" || $0 == "for" || $0 == "i" || $0.first?.isUppercase == true }),
        looksLikeBody(bodyPart), var label = dated(String(text[r.lowerBound...].dropFirst()), reference: ref, requireDate: true),
        label.itemNumber != nil, label.trailing == nil
      {
        label.body = bodyPart
        return label
      }
    }
    // "Regionsrådet 23.04.2026:", "Udvalget for Plan og Klima 8. september 2026, punkt 7 –
    // Sagen udsættes ...": a body and its day with neither `den` nor a comma between them, as a
    // label ending in its colon or before a dash and what was decided.
    if let label = bodyThenDay(text, reference: ref) { return label }
    // "Udvalget for nære sundhedstilbud besluttede den 20. juni 2028, pkt. 4:": the body, what
    // it did and its day, as a label ending in its colon.
    if text.hasSuffix(":"), text.utf8.count <= 160 {
      for verb in [" besluttede den ", " behandlede sagen den ", " behandlede den "] {
        guard let r = text.range(of: verb) else { continue }
        let bodyPart = String(text[..<r.lowerBound]).trimmingSpaces
        // The body may be named by what it is for, in lower case (`Udvalget for nære
        // sundhedstilbud`); its day and item are read after a stand-in name.
        guard bodyPart.first?.isUppercase == true, bodyPart.split(separator: " ").count <= 8,
          looksLikeBody(bodyPart) || CommitteeName.namesBody(String(bodyPart.split(separator: " ")[0])),
          var label = bodyThenDay("Udvalget " + String(text[r.upperBound...]), reference: ref), label.trailing == nil
        else { continue }
        label.body = bodyPart
        return label
      }
    }
    // "<Body>, 03-04-2019, pkt. 42", "<Body>, 16.12.2014": a body's name before the comma; a
    // name without a body's noun ("Børn, Unge og Læring, 7. januar 2020, pkt. 133:") when the
    // label gives the item number or ends in a colon.
    guard text.utf8.prefix(82).contains(0x2C), text.utf8.prefix(120).contains(where: { $0 >= 0x30 && $0 <= 0x39 })
    else { return nil }
    let exprs = TemporalReader(reference: ref).expressions(in: text)
    guard let d = exprs.first(where: { $0.kind == .day || $0.kind == .datetime }), d.start != nil,
      d.utf8Range.lowerBound <= 100
    else { return nil }
    // "HB – brev til lodsejerne, senest 15/9": a deadline, not the day a body decided.
    if let w = d.text.split(separator: " ").first?.lowercased(), ["senest", "inden", "frist", "til", "før", "deadline"].contains(w) {
      return nil
    }
    let utf8 = Array(text.utf8)
    let before = String(decoding: utf8[0..<d.utf8Range.lowerBound], as: UTF8.self).trimmingSpaces
    guard before.hasSuffix(",") else { return nil }
    let bodyPart = String(before.dropLast()).trimmingSpaces
    guard let f = bodyPart.first, f.isUppercase else { return nil }
    // "Fraværende i Thisted Kommunalbestyrelse, 25. januar 2022:" lists people, decides nothing.
    if HeaderLabel.read(bodyPart) != nil { return nil }
    let after = String(decoding: utf8[d.utf8Range.upperBound...], as: UTF8.self)
    let (item, trailing) = itemAndTrailing(after)
    let closes = after.trimmingSpaces.hasSuffix(":") && (trailing == nil || item != nil)
    guard looksLikeBody(bodyPart) || (item != nil && closes) || (closes && bodyPart.split(separator: " ").count <= 6)
    else { return nil }
    if let t = trailing, t.first?.isLowercase == true { return nil }
    return DecisionLabel(body: bodyPart, date: d.start, itemNumber: item, trailing: trailing)
  }

  /// Whether a line holds a body's noun at all (`udvalg`, `råd`, `MED` ...): a cheap test before
  /// the day is read.
  static func namesABody(_ text: String) -> Bool {
    let lower = text.prefix(100).lowercased()
    return bodyNouns.contains { lower.contains($0) } || text.prefix(100).contains("MED")
  }

  /// `Regionsrådet 23.04.2026:`, `Udvalget for Plan og Klima 8. september 2026, punkt 7 – Sagen
  /// udsættes ...`: the body's name, its day right after it, an item's number, and a colon
  /// closing the label or a dash before the decision.
  static func bodyThenDay(_ text: String, reference: Day) -> DecisionLabel? {
    // "RHMU 2. marts 2033, pkt. 6: Udsat.": a body by its initials, where the item's number
    // follows its day.
    let firstWord = text.prefix { $0 != " " }
    let initials = (2...6).contains(firstWord.count) && firstWord.allSatisfy { $0.isUppercase && $0.isLetter }
    guard text.utf8.prefix(100).contains(where: { $0 >= 0x30 && $0 <= 0x39 }), initials || namesABody(text) else { return nil }
    let exprs = TemporalReader(reference: reference).expressions(in: text)
    guard let d = exprs.first(where: { $0.kind == .day || $0.kind == .datetime }), let date = d.start,
      d.utf8Range.lowerBound <= 90, d.utf8Range.lowerBound > 0
    else { return nil }
    let utf8 = Array(text.utf8)
    let bodyPart = String(decoding: utf8[0..<d.utf8Range.lowerBound], as: UTF8.self).trimmingSpaces
    let words = bodyPart.split(separator: " ")
    guard !bodyPart.hasSuffix(","), (1...8).contains(words.count),
      words.allSatisfy({ $0 == "og" || $0 == "for" || $0 == "i" || $0.first?.isUppercase == true }),
      (initials && bodyPart == firstWord) || looksLikeBody(bodyPart), HeaderLabel.read(bodyPart) == nil
    else { return nil }
    let after = Substring(String(decoding: utf8[d.utf8Range.upperBound...], as: UTF8.self))
    // "(pkt. 5):", ", § 101:": the item's number; a bracket that opens none is no label's.
    guard let (item, rest) = itemNumber(after: after, keys: ["pkt.", "pkt", "punkt", "§"]),
      item != nil || !(initials && bodyPart == firstWord)
    else { return nil }
    let tail = rest.trimmingSpaces
    if tail == ":" || (tail.isEmpty && item != nil) {
      return DecisionLabel(body: bodyPart, date: date, itemNumber: item, trailing: nil)
    }
    for dash in ["– ", "- ", "— ", ": "] where tail.hasPrefix(dash) {
      let trailing = String(tail.dropFirst(dash.count)).trimmingSpaces
      guard let f = trailing.first, f.isUppercase else { return nil }
      return DecisionLabel(body: bodyPart, date: date, itemNumber: item, trailing: trailing)
    }
    return nil
  }

  /// `17.08.2026 Erhvervs- og Beskæftigelsesudvalget`, `8. september 2026 Byrådet, pkt. 7:`: a
  /// decision's history one line a meeting, its day first, then the body and nothing else.
  static func dayThenBody(_ text: String, reference: Day) -> DecisionLabel? {
    guard text.first?.isNumber == true, text.utf8.count <= 120, namesABody(text) else { return nil }
    let exprs = TemporalReader(reference: reference).expressions(in: text)
    guard let d = exprs.first, d.kind == .day || d.kind == .datetime, let date = d.start, d.utf8Range.lowerBound == 0 else {
      return nil
    }
    var body = String(decoding: Array(text.utf8)[d.utf8Range.upperBound...], as: UTF8.self).trimmingSpaces
    var item: Int?
    if body.hasSuffix(":") { body = String(body.dropLast()).trimmingSpaces }
    if let comma = body.lastIndex(of: ","), case let (n, t) = itemAndTrailing(String(body[body.index(after: comma)...])), n != nil, t == nil {
      item = n
      body = String(body[..<comma]).trimmingSpaces
    }
    let words = body.split(separator: " ")
    guard (1...8).contains(words.count), words.allSatisfy({ $0 == "og" || $0 == "for" || $0 == "i" || $0.first?.isUppercase == true }),
      looksLikeBody(body), HeaderLabel.read(body) == nil
    else { return nil }
    return DecisionLabel(body: body, date: date, itemNumber: item, trailing: nil)
  }

  /// The part after `Beslutning fra `: body, date, item.
  static func afterLead(_ rest: String, reference: Day, plain: Bool) -> DecisionLabel? {
    // A long sentence about a decision is not a label.
    let trimmed = rest.trimmingSpaces
    guard trimmed.utf8.count <= 240 else { return nil }
    // "Beslutning fra Integrationsrådet": the body alone, its date on a line of its own below.
    if !plain, looksLikeBody(trimmed), !trimmed.lowercased().contains(" den "), trimmed.split(separator: " ").count <= 6 {
      return DecisionLabel(body: CommitteeName.withoutGenitive(trimmed), date: nil, itemNumber: nil, trailing: nil)
    }
    if var label = dated(rest, reference: reference, requireDate: false) {
      if label.date == nil {
        // "Beslutning Økonomiudvalget den" (date lost): the body must be named, then "den".
        guard label.body.isEmpty == false, lostDate(rest) != nil else { return nil }
        label.trailing = lostDate(rest)
        if label.trailing?.isEmpty == true { label.trailing = nil }
      }
      // "Beslutning Byrådet den 09-02-2021": with no preposition the body must look like one;
      // "Beslutning    Sagen udsættes til byrådets møde den 27. marts" is a label in its column
      // and the decision, not a body's label.
      if plain, !label.body.isEmpty, !(label.body.first?.isUppercase ?? false) { return nil }
      if plain, !label.body.isEmpty, isSentence(label.body) { return nil }
      return label
    }
    return nil
  }

  /// Reads the body and a date in `rest`; the body is the text before the date.
  static func dated(_ rest: String, reference: Day, requireDate: Bool, dateFirst: Bool = false)
    -> DecisionLabel?
  {
    let exprs = TemporalReader(reference: reference).expressions(in: rest)
    guard let d = exprs.first(where: { $0.kind == .day || $0.kind == .datetime }), let date = d.start
    else {
      guard !requireDate else { return nil }
      // No date: "Beslutning Økonomiudvalget den ..." handled by the caller.
      guard let bodyEnd = denIndex(rest) else { return nil }
      let body = QuotedBody.clean(String(rest[..<bodyEnd]), genitive: false)
      return DecisionLabel(body: body, date: nil, itemNumber: nil, trailing: nil)
    }
    let utf8 = Array(rest.utf8)
    let before = String(decoding: utf8[0..<d.utf8Range.lowerBound], as: UTF8.self)
    let after = String(decoding: utf8[d.utf8Range.upperBound...], as: UTF8.self)
    if dateFirst, !before.trimming(" ,").isEmpty { return nil }
    // What follows the date: an item number and a colon, or the decision's first words.
    let (item, trailing) = itemAndTrailing(after)
    // A sentence ("Beslutning fra mødet den 3. marts blev ...") is not a label.
    if let t = trailing, t.first?.isLowercase == true { return nil }
    return DecisionLabel(
      body: QuotedBody.clean(before, genitive: d.mentionsMeeting), date: date, itemNumber: item,
      trailing: trailing)
  }

  /// The index of a final ` den` after which the date was lost.
  static func denIndex(_ s: String) -> String.Index? {
    let lower = s.lowercased()
    guard let r = lower.range(of: " den", options: .backwards) else {
      return lower.hasSuffix("den") ? lower.index(lower.endIndex, offsetBy: -3) : nil
    }
    let afterDen = lower[r.upperBound...]
    guard afterDen.isEmpty || afterDen.first == " " || afterDen.first == ":" else { return nil }
    return r.lowerBound
  }

  /// The text after a lost date's `den`, or nil when there is no `den`.
  static func lostDate(_ s: String) -> String? {
    guard let i = denIndex(s) else { return nil }
    let after = s[i...].dropFirst(4)
    return String(after).trimming(" :")
  }

  /// `, pkt. 8:` → (8, nil); `, pkt. 42 Godkendt.` → (42, "Godkendt."); `: Godkendt` → (nil, "Godkendt").
  static func itemAndTrailing(_ after: String) -> (Int?, String?) {
    let (item, rest) = itemNumber(after: Substring(after), keys: ["pkt.", "pkt", "punkt", "pk.", "sag nr.", "sag", "§"])
      ?? (nil, Substring(after).drop(while: { $0 == " " || $0 == "," }))
    let trailing = rest.drop(while: { $0 == " " || $0 == ":" || $0 == "." || $0 == "," }).trimmingSpaces
    return (item, trailing.isEmpty ? nil : trailing)
  }

  /// `, pkt. 8`, `(punkt 71)`, `, § 27`: the item's number after a label's day by one of `keys`,
  /// and what follows it; nil when a bracket opens and holds no number.
  static func itemNumber(after: Substring, keys: [String]) -> (item: Int?, rest: Substring)? {
    var rest = after.drop(while: { $0 == " " || $0 == "," })
    let bracketed = rest.first == "("
    if bracketed { rest = rest.dropFirst() }
    let lower = rest.prefix(12).lowercased()
    for key in keys where lower.hasPrefix(key) {
      var r = rest.dropFirst(key.count).drop(while: { $0 == " " || $0 == "." })
      let digits = r.prefix(while: \.isNumber)
      guard let n = Int(digits) else { break }
      r = r.dropFirst(digits.count)
      if bracketed, r.first == ")" { r = r.dropFirst() }
      return (n, r)
    }
    return bracketed ? nil : (nil, rest)
  }

  /// `Sagen udsættes til byrådet`: the words before a date as a sentence (the case as its
  /// subject, a verb in the passive), not a body's name.
  static func isSentence(_ s: String) -> Bool {
    let words = s.split(separator: " ")
    guard let first = words.first else { return false }
    if ["sagen", "punktet", "forslaget", "indstillingen", "ansøgningen", "henvendelsen"].contains(first.lowercased()) { return true }
    return words.dropFirst().contains { w in w.count >= 5 && w.first?.isLowercase == true && w.hasSuffix("es") }
  }

  /// A body name: a noun of the body vocabulary in its last word (`Kultur- og Idrætsudvalget`,
  /// `Byrådet`, `Hoved-MED`).
  static func looksLikeBody(_ s: String) -> Bool {
    // A name, not the end of a sentence ("Godkendelse af dagsorden. Byrådet").
    var words = 1
    var previous: UInt8 = 0
    for b in s.utf8 {
      if b == 0x20 {
        words += 1
        if previous == 0x2E { return false }
      }
      previous = b
    }
    guard words <= 8 else { return false }
    if CommitteeName.namesBody(s) { return true }
    // "Udvalget for Vækst, Erhverv og Globalisering", "Rådet for Sikker Trafik": a body named
    // by what it is for.
    let parts = s.split(separator: " ", maxSplits: 2)
    return parts.count == 3 && parts[1] == "for" && CommitteeName.namesBody(String(parts[0]))
      && parts[2].first?.isUppercase == true
  }
}

/// Cleans the body named in a label: `Direktionens møde den` → `Direktionen`; `mødet i HovedMED
/// den` → `HovedMED`.
enum QuotedBody {
  static func clean(_ raw: String, genitive followedByMeeting: Bool = false) -> String {
    var words = raw.split(separator: " ").map(String.init)
    func lastIs(_ w: String...) -> Bool { words.last.map { w.contains($0.lowercased()) } ?? false }
    while lastIs("den", "d.", "d", ",", "-", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag") {
      words.removeLast()
    }
    var genitive = followedByMeeting
    while lastIs("møde", "mødet", "møder") {
      words.removeLast()
      genitive = true
    }
    if let first = words.first?.lowercased(), first == "mødet" || first == "møde" {
      words.removeFirst()
      if let f = words.first?.lowercased(), f == "i" || f == "på" { words.removeFirst() }
    }
    if genitive, var last = words.last, last.count > 3, last.hasSuffix("s"), !last.hasSuffix("ss") {
      last.removeLast()
      words[words.count - 1] = last
    }
    return words.joined(separator: " ").trimming(" ,")
  }
}
