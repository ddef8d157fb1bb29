/// The labelled fields of a meeting header (`Mødedato:`, `Sted:`, `Deltagere`, `Afbud fra:`), as a
/// table: adding a label is adding a string.
enum HeaderLabel {
  /// What a labelled field holds.
  enum Field: Equatable {
    case date, time, place, attendees, absentees, guests, committee, chair, secretary, ignored
    /// The members called to the meeting (`Indkaldelse`, `Indkaldte`): the attendees where no
    /// list says who came.
    case summoned
    /// Those who came in members' places (`Stedfortrædere: Vibeke Hjort (SF), Poul Rex (V)`):
    /// attendees where a list of members stands beside them.
    case substitutes
  }

  /// A label and whether it needs a colon (or nothing after it) to be a label: ordinary words
  /// such as `Dato` or `Sted` open sentences too.
  struct Entry {
    var field: Field
    var needsColon: Bool
  }

  static let table: [String: Entry] = {
    var t: [String: Entry] = [:]
    func add(_ field: Field, _ words: [String], needsColon: Bool = false) {
      for w in words { t[w] = Entry(field: field, needsColon: needsColon) }
    }
    add(.date, ["mødedato", "mødedato og tidspunkt", "mødedag", "møde dato", "dato og tid", "dato og tidspunkt"])
    add(.date, ["dato"], needsColon: true)
    add(.time, ["mødetidspunkt", "mødestart", "starttidspunkt", "mødetid", "tidspunkt", "starttidspunkt for møde", "starttidspunkt for mødet"])
    add(.time, ["tid", "kl", "klokken", "hvornår", "start"], needsColon: true)
    add(.place, ["mødested", "mødelokation", "mødeafholdelse"])
    add(.place, ["sted", "lokale", "mødelokale", "lokation", "adresse", "hvor", "sted/lokale", "mødested/lokale", "lokale/sted"], needsColon: true)
    add(
      .attendees,
      [
        "mødedeltagere", "mødedeltager", "til stede", "tilstede", "tilstedeværende", "fremmødte", "udvalgsmedlemmer", "deltagerne var",
        "deltagere var", "til stede var", "fremmødte var", "deltagerne i mødet var", "til stede på mødet", "fremmødet", "i mødet deltog",
        "alle medlemmer var til stede", "alle var til stede", "alle var mødt", "alle medlemmer var mødt",
      ])
    add(
      .attendees,
      [
        "deltagere", "medlemmer", "deltog", "deltager", "bestyrelsen", "bestyrelse", "mødt", "fremmøde", "mødt var",
        "afdelingsbestyrelsen",
        // `Formand: X` / `Næstformand: Y` / `Øvrige medlemmer: …`: the members beside the seats.
        "øvrige medlemmer", "øvrige udvalgsmedlemmer", "øvrige bestyrelsesmedlemmer",
      ], needsColon: true)
    add(.summoned, ["indkaldelse", "indkaldte", "indkaldt", "indkaldte medlemmer"], needsColon: true)
    add(
      .substitutes,
      [
        "stedfortrædere", "stedfortræder", "suppleanter", "suppleant", "mødte stedfortrædere", "mødte suppleanter",
        // "Mødt som stedfortræder: Bo Holm (A) for Eva Lind (A)".
        "mødt som stedfortræder", "mødt som stedfortrædere", "mødt som suppleant", "mødte som stedfortræder",
        "mødte som suppleant",
      ], needsColon: true)
    add(
      .absentees,
      [
        "fraværende", "afbud", "afbud fra", "fraværende med afbud", "forfald", "ikke til stede", "ikke tilstede",
        "ej til stede", "ej tilstede",
        "fravær", "meldt afbud", "afbud/fraværende", "udeblevet", "udeblev", "ikke mødt",
        "følgende havde meldt afbud", "følgende har meldt afbud", "følgende var fraværende",
      ])
    add(
      .guests,
      [
        "gæster", "observatører", "øvrige deltagere", "desuden deltog", "endvidere deltog", "inviterede", "desuden til stede",
        "endvidere til stede", "desuden deltager", "endvidere deltager", "desuden mødt", "endvidere mødt", "desuden mødte",
      ])
    // "Desuden: stadsdirektør Bo Lind, Eva Holm (ref.)": the others present, under the word alone.
    add(.guests, ["gæst", "desuden", "endvidere", "herudover", "derudover"], needsColon: true)
    // The staff who serve the meeting (`Fra administrationen: Direktør for Teknik og Miljø Peter
    // Rask`): not members; their titles tell who `Direktøren for Teknik og Miljø` is.
    add(
      .guests,
      [
        "fra administrationen", "fra forvaltningen", "fra sekretariatet", "fra direktionen", "administrationen", "forvaltningen",
        "fra administrationen deltog", "fra forvaltningen deltog", "fra administrationen deltager", "fra forvaltningen deltager",
        "fra ledelsen", "fra ledelsen deltog", "fra skolens ledelse", "fra skolens ledelse deltog",
      ],
      needsColon: true)
    add(.committee, ["udvalg", "udvalgsnavn", "forum", "organ", "mødeforum"], needsColon: true)
    add(.chair, ["mødeleder", "dirigent", "ordstyrer", "tovholder", "ordstyrer og referent"])
    add(.chair, ["formand"], needsColon: true)
    add(.secretary, ["referent", "sekretær", "protokolfører"])
    add(
      .ignored,
      [
        "mødeslut", "mødeafslutning", "mødets afslutning", "mødet hævet", "mødet sluttet", "sluttidspunkt", "oversigtsdagsorden",
        "initialer", "dok.nr", "dokumentnr", "dokument nr", "brevid", "mødenummer", "møde nr",
        "udsendelsesdato", "udsendt", "publiceret", "dagsorden publiceret", "referat publiceret",
        "hent som fil", "sluttidspunkt for møde", "sluttidspunkt for mødet", "bemærkninger til dagsorden", "bemærkninger til dagsordenen",
      ])
    add(.ignored, ["bemærkninger", "bemærkning", "slut"], needsColon: true)
    return t
  }()

  /// Whether a header is a form of two columns without colons: two of its first lines are a
  /// day's or a time's label and its value (`Dato 24. maj 2012`, `Tid 15:00`), which `read`
  /// takes only with `columns`.
  static func isColumnForm(_ lines: ArraySlice<MarkupLine>) -> Bool {
    var found = 0
    for line in lines.prefix(40) where !line.isBlank && !line.isTableRow {
      // `Mødedato  Tirsdag den 6. maj 2025` / `Mødetidspunkt  Kl. 13:00`: labels that need no
      // colon count too when written without one.
      guard let (field, value) = read(line.text, columns: true),
        field == .date || field == .time, value.contains(where: \.isNumber),
        read(line.text) == nil || line.text.range(of: value).map({ !line.text[..<$0.lowerBound].contains(":") }) == true
      else { continue }
      found += 1
      if found >= 2 { return true }
    }
    return false
  }

  /// The field whose label of up to `within` words, the last with its colon, starts at word `k`
  /// inside a line (`... Tønder Rådhus Starttidspunkt for møde: 19:00`, `... Stig Afbud: Resten`).
  static func inlineLabel(_ words: [Substring], at k: Int, within: Int = 4) -> Field? {
    guard k < words.count, words[k].first?.isUppercase == true,
      let end = (k..<min(words.count, k + within)).first(where: { words[$0].hasSuffix(":") })
    else { return nil }
    let field = table[words[k...end].joined(separator: " ").lowercased().trimming(":")]?.field
    // "Fraværende: Marianne Zangenberg (stedfortræder: Per B. Andersen)": who came for whom,
    // inside the absence's value.
    return field == .substitutes ? nil : field
  }

  /// A council's own name over its members (`Kommunalbestyrelsen:` / `Venstre: Frank Holm
  /// (borgmester), Karen Bork`): a label of who came only where names follow it.
  static let bodyNames: Set<String> = ["kommunalbestyrelsen", "byrådet", "regionsrådet", "menighedsrådet", "borgerrepræsentationen"]

  /// Words that end the label of a body's members or a group of them: `Byrådets medlemmer:`,
  /// `Ledelsesrepræsentanter:`, `Medarbejderrepræsentanter:`, `Politiske medlemmer:`.
  static let memberGroupEnds = ["medlemmer", "repræsentanter", "repræsentant"]

  /// The sides of a workplace committee (MED, samarbejdsudvalg), each over its members:
  /// `Ledelsessiden:`, `Medarbejdersiden:`, `Arbejdsgiversiden:`.
  static let committeeSides: Set<String> = [
    "ledelsessiden", "ledersiden", "medarbejdersiden", "arbejdsgiversiden", "arbejdstagersiden", "lønmodtagersiden",
  ]

  /// A label of members not in the table, with its colon: a body's genitive or a group before
  /// a word of members (`Byrådets medlemmer: ...`, `Medarbejderrepræsentanter:`).
  static func groupLabel(_ text: String) -> (Field, String)? {
    guard let colon = text.utf8.prefix(60).firstIndex(of: 0x3A), text.first?.isUppercase == true else { return nil }
    let head = text[..<colon].lowercased()
    let words = head.split(separator: " ")
    // "Ledelsessiden:" / "Medarbejdersiden:": a workplace committee's two sides over their members.
    if words.count == 1, committeeSides.contains(String(words[0])), text[text.index(after: colon)...].trimmingSpaces.isEmpty {
      return (.attendees, "")
    }
    guard (1...3).contains(words.count), let last = words.last, memberGroupEnds.contains(where: { last.hasSuffix($0) }),
      words.dropLast().allSatisfy({ $0.hasSuffix("s") || $0.hasSuffix("e") })
    else { return nil }
    // "Elevrepræsentanter: Kaja Damgaard" inside a list under `Fraværende:` is a group of it;
    // only a body's members (`Byrådets medlemmer: ...`) or a group over its names below is a label.
    let value = String(text[text.index(after: colon)...]).trimmingSpaces
    guard value.isEmpty || (words.count >= 2 && words[0].hasSuffix("s")) else { return nil }
    return (.attendees, value)
  }

  /// `Medlemmer af byrådet:` / `Medlemmer af kommunalbestyrelsen:`: the members of a body, its
  /// name after them, over the list below (or beside it); the value, or nil.
  static func membersOfBodyLabel(_ text: String) -> String? {
    guard let colon = text.utf8.prefix(60).firstIndex(of: 0x3A), text.first?.isUppercase == true else { return nil }
    let words = text[..<colon].lowercased().split(separator: " ")
    guard words.count == 3, memberGroupEnds.contains(String(words[0])), words[1] == "af",
      bodyNames.contains(String(words[2])) || ["udvalget", "rådet", "bestyrelsen"].contains(where: { words[2].hasSuffix($0) })
    else { return nil }
    return String(text[text.index(after: colon)...]).trimmingSpaces
  }

  /// Whether a line is a party's heading over its members (`Socialdemokratiet (A)`, `SF -
  /// Socialistisk Folkeparti (F)`, `Radikale Venstre (B)`): a party's name and its letter.
  static func isPartyHeading(_ text: String) -> Bool {
    // "Socialdemokratiet", "SF - Socialistisk Folkeparti", "Det Konservative Folkeparti": a
    // party named in full, no letters after it, over its members.
    if !text.hasSuffix(")"), text.utf8.count <= 45 {
      let words = text.split(separator: " ")
      guard (1...4).contains(words.count), let first = words.first, !NameGrammar.isFirstName(String(first)),
        words.allSatisfy({ w in w == "-" || w == "–" || w.first?.isUppercase == true && w.allSatisfy({ $0.isLetter || $0 == "-" }) })
      else { return false }
      // (Whole words of parties' names: "Alternativer", a case's heading, is none.)
      return words.contains { w in
        let w = w.lowercased()
        return partyNameWords.contains(w) || w.hasSuffix("partiet") || w.hasSuffix("listen") || w.hasSuffix("demokraterne")
      }
    }
    guard text.utf8.count <= 60, text.hasSuffix(")"), let open = text.lastIndex(of: "("), !text.contains(",") else { return false }
    let letters = text[text.index(after: open)..<text.index(before: text.endIndex)]
    guard (1...2).contains(letters.count), letters.allSatisfy({ $0.isUppercase }) else { return false }
    let name = text[..<open].lowercased()
    return partyWords.contains(where: { name.contains($0) })
  }

  /// Words that name a Danish party written in full.
  static let partyNameWords: Set<String> = [
    "socialdemokratiet", "venstre", "radikale", "konservative", "folkeparti", "sf", "alternativet", "alliance",
    "borgerlige", "moderaterne", "løsgænger", "løsgængere", "parti",
  ]

  /// Words of Danish parties' names.
  static let partyWords = [
    "parti", "venstre", "socialdemokrat", "enhedsliste", "alliance", "demokrat", "moderat", "konservativ", "radikal",
    "alternativ", "borgerlig", "liste", "slesvig", "løsgænger", "frie grønne", "sf ",
  ]

  /// The longest label: labels are looked up only in a line's first words.
  static let longest = table.keys.map(\.count).max() ?? 0

  /// Labels by their first two characters, so that most lines are passed over at once.
  static let index: [String: [(String, Entry)]] = {
    var i: [String: [(String, Entry)]] = [:]
    for (label, entry) in table { i[String(label.prefix(2)), default: []].append((label, entry)) }
    return i
  }()

  /// Reads a label at the start of `text`: the field and the value after it.
  /// - Parameter columns: The header is a form of two columns without colons (`Dato 24. maj
  ///   2012` / `Tid 15:00` / `Sted Mødelokale 0.27` / `Medlemmer Anders Hind`): a label that
  ///   needs its colon elsewhere is one here before a short value that opens with a capital or
  ///   a digit.
  static func read(_ text: String, columns: Bool = false) -> (Field, String)? {
    guard !text.isEmpty, text.utf8.count <= 4000 else { return nil }
    // "📌 Afbud: Vagn Iversen.": a note's icon (a callout's emoji) before the label.
    if let c = text.unicodeScalars.first, !c.isASCII, c.properties.isEmoji, let space = text.firstIndex(of: " "),
      text[..<space].unicodeScalars.allSatisfy({ $0.properties.isEmoji || $0.properties.isVariationSelector || $0.value == 0x200D })
    {
      return read(String(text[space...]).trimmingSpaces, columns: columns)
    }
    if let value = membersOfBodyLabel(text) { return (.attendees, value) }
    guard let candidates = index[String(text.prefix(2)).lowercased()] else { return groupLabel(text) }
    let head = String(text.prefix(longest + 1)).lowercased()
    var best: (String, Entry)?
    for (label, entry) in candidates where head.hasPrefix(label) {
      if let b = best, b.0.count >= label.count { continue }
      let after = head.dropFirst(label.count)
      guard after.isEmpty || after.first == ":" || after.first == " " || after.first == "-"
        || after.first == "." || after.first == "–" || after.first == "…"
      else { continue }
      best = (label, entry)
    }
    guard let (label, entry) = best else { return groupLabel(text) }
    let after = text.dropFirst(label.count)
    var value = after.trimmingSpaces
    var hadColon = false
    // "Mødedeltager…. :", "Afbud fra ……….. :": a leader of dots before the colon.
    if value.hasPrefix("..") || value.hasPrefix("…") {
      let rest = value.drop(while: { $0 == "." || $0 == "…" || $0 == " " })
      if rest.hasPrefix(":") { value = String(rest) }
    }
    if value.hasPrefix(".") { value = String(value.dropFirst()).trimmingSpaces }
    // "Medlemmer (41)", "Fraværende (2):": a list's label with how many it holds, a site's
    // heading over the names.
    if [.attendees, .absentees, .guests, .substitutes].contains(entry.field), value.hasPrefix("("),
      let close = value.firstIndex(of: ")"), value.index(after: value.startIndex) < close,
      value[value.index(after: value.startIndex)..<close].allSatisfy(\.isNumber),
      value[value.index(after: close)...].trimmingSpaces.isEmpty || value[value.index(after: close)...].hasPrefix(":")
    {
      value = String(value[value.index(after: close)...]).trimmingSpaces
      if value.isEmpty { return (entry.field, "") }
    }
    // "Til stede fra bestyrelsen: Lone Dahl", "Afbud fra administrationen: ...": the group the
    // people come from, between the label and its colon.
    var field = entry.field
    if field == .attendees || field == .absentees || field == .guests, value.hasPrefix("fra "),
      let colon = value.firstIndex(of: ":"), value[..<colon].split(separator: " ").count <= 4
    {
      // Present from the administration (`Til stede fra forvaltningen:`): who serve the body,
      // its guests, not its members.
      let group = value[..<colon].split(separator: " ").dropFirst().map { String($0) }
      let staff = ["administration", "forvaltning", "sekretariat", "direktion", "ledelse", "personale", "medarbejder", "kommune"]
      if field == .attendees, group.contains(where: { w in staff.contains { w.lowercased().hasPrefix($0) } }) {
        field = .guests
      }
      value = String(value[value.index(after: colon)...]).trimmingSpaces
      hadColon = true
    }
    if value.hasPrefix(":") {
      value = String(value.dropFirst()).trimmingSpaces
      hadColon = true
    } else if let f = after.first, f == "-" || f == "–" {
      // "Fraværende- Hans Østergaard": a dash glued to the label.
      value = String(value.dropFirst()).trimmingSpaces
      hadColon = true
    } else if let f = value.first, f == "-" || f == "–", value.dropFirst().first == " " {
      return nil
    }
    // A list's value in the column is long: `Medlemmer        Trine Græse (A) (formand), Jesper
    // Helmuth (A), ...`.
    let isListValue = [.attendees, .absentees, .guests, .substitutes].contains(entry.field) && value.contains(",")
      && value.utf8.count <= 600
    // `Start kl.   17:00`: the hours' value opens with its `kl.`.
    // `Slut kl.    19:20` beside the place: the hours' end, read and left.
    let hours = (entry.field == .time || entry.field == .ignored) && value.hasPrefix("kl")
    let opensValue = value.first.map { $0.isUppercase || $0.isNumber } == true || hours
    let columnValue = columns && after.first == " " && (value.utf8.count <= 60 || isListValue) && !value.hasSuffix(".")
      && opensValue && (entry.field != .ignored || hours)
    if entry.needsColon && !hadColon && !value.isEmpty && !columnValue { return nil }
    // "Administrationen" over its staff, one a line; "Administrationen: Brith Nøhr, ..." in a
    // council's list is a group of its members.
    if (label == "administrationen" || label == "forvaltningen"), !value.isEmpty { return nil }
    // "... Niels Vestergaard Salling var" / "fraværende.", "... fra udvalgsformand," /
    // "udvalgsmedlemmer og fra medlemmer af ...": a wrapped sentence going on, in lower case
    // and without a colon, is no label.
    if !hadColon, text.first?.isLowercase == true { return nil }
    return (field, value)
  }
}
