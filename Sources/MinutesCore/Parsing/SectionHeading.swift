/// The heading words of Danish minutes, and how a line is read as a heading.
enum SectionHeading {
  /// What a line is, as a heading.
  enum Reading: Equatable {
    /// A known heading.
    case known(Section.Kind)
    /// A heading the vocabulary does not know, recognised by its dressing or capitals.
    case unknown
  }

  /// Known headings by their folded text (lower-case, no trailing colon).
  static let vocabulary: [String: Section.Kind] = {
    var v: [String: Section.Kind] = [:]
    func add(_ kind: Section.Kind, _ words: [String]) {
      for w in words { v[w] = kind }
    }
    add(
      .resume,
      [
        "resume", "resumé", "sammenfatning", "kort resume", "sagsresumé", "sagsresume",
        "beslutningstema", "indledning", "kort om sagen", "sammendrag", "formål", "sagstema",
      ])
    add(
      .caseText,
      [
        "sagsfremstilling", "sagsbeskrivelse", "sagens indhold", "beskrivelse af sagen", "beskrivelse",
        "redegørelse", "sagens fakta", "sagen", "emne", "drøftelse",
      ])
    add(.supplementaryCaseText, ["supplerende sagsfremstilling", "supplerende oplysninger"])
    add(
      .decidedBy,
      [
        "sagen afgøres endelig af", "beslutningskompetence", "kompetence", "kompetenceudvalg",
        "sagen afgøres af", "beslutningsniveau", "afgørelseskompetence", "sagsprocedure",
      ])
    add(.legalBasis, ["lovgrundlag", "retsgrundlag", "hjemmel", "lovgivning", "retligt grundlag"])
    add(
      .policies,
      [
        "vision, politikker og strategier", "politikker og strategier", "vision og strategi",
        "strategisk forankring", "sammenhæng med vision og strategier",
      ])
    add(
      .economy,
      [
        "økonomi", "økonomiske konsekvenser", "økonomi og finansiering",
        "bevillingsmæssige konsekvenser", "økonomiske forhold", "finansiering",
      ])
    add(.otherConsequences, ["andre konsekvenser", "konsekvenser", "øvrige konsekvenser"])
    add(
      .recommendation,
      [
        "indstilling", "indstillinger", "beslutningspunkter", "forslag til beslutning", "hovedindstilling",
        "alternativ indstilling",
        "administrationens indstilling", "forvaltningens indstilling", "indstilling til beslutning",
        "administrativ indstilling", "indstilling fra administrationen", "indstilling fra forvaltningen",
        "anbefaling", "anbefalinger", "forvaltningens anbefaling", "administrationens anbefaling",
      ])
    add(
      .decision,
      [
        "beslutning", "beslutninger", "afgørelse", "udvalgets beslutning", "beslutning i udvalget",
        "direktionens beslutning", "referat", "protokol", "beslutningsprotokol", "politisk beslutning",
        "beslutning/referat", "referat/beslutning", "aftale", "aftaler", "aftalt", "konklusion",
        "konklusioner", "beslutning/aftale", "referat og beslutning", "beslutning den", "vedtagelse", "vedtagelser",
        // A note tool's list of the tasks agreed (`**Opgaver**` / `- [ ] Yasmin kontakter ...`).
        "opgaver", "aftalte opgaver", "handlinger", "handlingspunkter", "opfølgningspunkter",
      ])
    add(.attachments, ["bilag", "bilagsliste", "vedlagte bilag", "bilag til punktet"])
    add(
      .history,
      [
        "sagsforløb", "tidligere behandling", "sagens forløb", "tidligere beslutninger",
        "tidligere politisk behandling", "politisk behandling tidligere", "beslutningshistorik", "behandlingshistorik",
        "tidligere behandlet", "tidligere beslutning", "sagshistorik", "historik",
      ])
    add(
      .other,
      [
        "baggrund", "høring", "høringssvar", "tidsplan", "kommunikation", "proces",
        "borgmesterens afdelings påtegning", "administrationens bemærkninger",
        "handicappolitiske konsekvenser", "miljømæssige konsekvenser", "klimamæssige konsekvenser",
        "personalemæssige konsekvenser", "ligestillingsmæssige konsekvenser", "involvering",
        "borgerinddragelse", "sagens behandling", "videre proces", "det videre forløb",
        "vurdering", "administrationens vurdering", "forvaltningens vurdering", "risici",
        "beslutningsgrundlag", "personale", "personalemæssige forhold", "historik", "alternativer",
        "tidsperspektiv", "inddragelse og høring", "politisk behandling", "bevilling", "udtalelse",
        "juridiske forhold", "juridiske og planmæssige forhold", "økonomiske forhold og konsekvenser",
        "konsekvensvurdering", "sagens videre forløb", "opfølgning", "ressourcer", "høring og sagsgang", "sagsgang",
        "sagsgang og sagstype",
      ])
    return v
  }()

  /// Words that head a section only as a label with its colon (`Indhold:` over an item's text),
  /// since alone they also head a document's table of contents (`Indhold`).
  static let labelVocabulary: [String: Section.Kind] = ["indhold": .caseText]

  /// The kind of a folded heading `key`: a known heading, or two joined by `og` or a slash
  /// (`Drøftelse og beslutning`, `Baggrund/vurdering`), which is a decision when either part is
  /// one (the part the follow-up is read from) and otherwise of the kind of its first part.
  static func kind(ofKey key: String) -> Section.Kind? {
    if let kind = vocabulary[key] { return kind }
    guard key.utf8.count <= 60 else { return nil }
    let parts: [Substring]
    if let r = key.range(of: " og ") {
      parts = [key[..<r.lowerBound], key[r.upperBound...]]
    } else if let slash = key.firstIndex(of: "/") {
      parts = [key[..<slash], key[key.index(after: slash)...]]
    } else {
      return nil
    }
    let kinds = parts.compactMap { vocabulary[String($0).trimmingSpaces] }
    guard kinds.count == 2 else { return nil }
    return kinds.contains(.decision) ? .decision : kinds[0]
  }

  /// The folded key of a heading text: lower-case, trailing colon and spaces removed.
  static func key(_ text: String) -> String {
    var t = text.lowercased()
    while let l = t.last, l == ":" || l == " " || l == "." { t.removeLast() }
    return t
  }

  /// Reads `line` as a heading, or `nil` when it is ordinary text.
  static func read(_ line: MarkupLine) -> Reading? {
    let text = line.text
    let length = text.utf8.count
    guard length > 0, length <= 240, !line.isBullet, !line.isTableRow, !line.isDocumentTitle else { return nil }
    // "... vores seneste" / "referat.": the last word of a wrapped sentence, in lower case with
    // its full stop, is no heading.
    if let f = text.unicodeScalars.first, f.properties.isLowercase, text.hasSuffix("."), !text.hasSuffix("..") { return nil }
    // The longest known heading is under 45 bytes; longer lines are never looked up.
    if length <= 60, let kind = kind(ofKey: key(text)) { return .known(kind) }
    if length <= 12, text.hasSuffix(":"), let kind = labelVocabulary[key(text)] { return .known(kind) }
    if line.isDressed {
      // A dressed line that ends like a sentence is emphasis, not a heading.
      if text.hasSuffix(".") && !text.hasSuffix("..") { return nil }
      if length > 200 { return nil }
      return .unknown
    }
    if length <= 160, isCapitalsLine(text) { return .unknown }
    return nil
  }

  /// A bullet line that is a known heading (`• Resume`, `• Beslutning i Social- og
  /// Sundhedsudvalget den 17-01-2019`): layouts that list an item's sections as sub-bullets.
  static func readBullet(_ line: MarkupLine) -> Section.Kind? {
    guard line.isBullet, !line.isTableRow else { return nil }
    let text = line.text
    guard text.utf8.count <= 120 else { return nil }
    if text.utf8.count <= 60, let kind = kind(ofKey: key(text)) { return kind }
    if DecisionLabel.read(text, reference: nil) != nil { return .decision }
    return nil
  }

  /// A known heading with its text on the same line after a colon: `Referat: Godkendt`,
  /// `Beslutningskompetence: KB`, `Bilag: Notat om sagen`.
  static func readInline(_ line: MarkupLine) -> (Section.Kind, String)? {
    let text = line.text
    guard !line.isTableRow, !line.isBullet, text.utf8.count > 3, let colon = text.utf8.prefix(61).firstIndex(of: 0x3A) else {
      return nil
    }
    let head = String(text[..<colon])
    guard let kind = kind(ofKey: key(head)) else { return nil }
    let rest = String(text[text.index(after: colon)...]).trimmingSpaces
    return rest.isEmpty ? nil : (kind, rest)
  }

  /// `Et tilbud er modtaget. Drøftelse og beslutning: Enighed om ...` → (`Et tilbud er
  /// modtaget.`, `Enighed om ...`): a decision's label with its colon opening a sentence inside a
  /// line of text, and the text before it and after it.
  static func labelAfterSentence(_ text: String) -> (String, String)? {
    guard text.utf8.count <= 4000, text.utf8.contains(0x3A) else { return nil }
    var from = text.startIndex
    while let stop = text.range(of: ". ", range: from..<text.endIndex) {
      from = stop.upperBound
      let tail = text[stop.upperBound...]
      guard tail.first?.isUppercase == true, let colon = tail.utf8.prefix(61).firstIndex(of: 0x3A),
        kind(ofKey: key(String(tail[..<colon]))) == .decision
      else { continue }
      let rest = String(tail[tail.index(after: colon)...]).trimmingSpaces
      let before = String(text[..<stop.lowerBound]).trimmingSpaces
      guard !rest.isEmpty, !before.isEmpty else { continue }
      return (before + ".", rest)
    }
    return nil
  }

  /// `2. tilbud endnu ikke modtaget. Drøftelse og beslutning:`: a line of text that ends with a
  /// decision's label after a sentence, its text on the lines after it (a converter wrapped it).
  static func endsWithDecisionLabel(_ text: String) -> Bool {
    guard text.utf8.count <= 600, text.hasSuffix(":"), let stop = text.range(of: ". ", options: .backwards) else { return false }
    let tail = text[stop.upperBound...].dropLast()
    guard tail.first?.isUppercase == true, tail.utf8.count <= 60 else { return false }
    return kind(ofKey: key(String(tail))) == .decision
  }

  /// A known heading at the start of a line followed by more text on it, colon or not
  /// (`Forslag til beslutning 12. oktober 2015, pkt. 91:`): the kind and the rest.
  static func splitLeadingKey(_ text: String) -> (Section.Kind, String)? {
    guard text.utf8.count <= 300 else { return nil }
    let words = text.split(separator: " ", maxSplits: 6).map(String.init)
    for n in stride(from: min(5, words.count - 1), through: 1, by: -1) {
      let head = words[..<n].joined(separator: " ")
      if let kind = vocabulary[key(head)] {
        return (kind, words[n...].joined(separator: " ").trimming(" :"))
      }
    }
    return nil
  }

  /// A line of capitals (`BESLUTNINGSFORSLAG FRA DD`): at least six letters, none lower-case.
  static func isCapitalsLine(_ text: String) -> Bool {
    var letters = 0
    for u in text.unicodeScalars where u.properties.isAlphabetic {
      if u.properties.isLowercase { return false }
      letters += 1
    }
    return letters >= 6 && !text.hasSuffix(".")
  }
}
