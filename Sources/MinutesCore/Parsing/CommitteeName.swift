/// Committee names as minutes write them, and as file names spell them.
///
/// A name read from a title is cleaned (`Kommunalbestyrelsen 2022-25` → `Kommunalbestyrelsen`,
/// `Byrådets` → `Byrådet`, `byrådet` → `Byrådet`); a file or folder name
/// (`ringkoebing-skjern-erhvervs-klima-og-arbejdskraftudvalget-2025-10-27.txt`) gives a name and a
/// date when the text has none, the municipality in front of it removed and Danish letters
/// restored (`oe` → `ø`, `aa` → `å`, `ae` → `æ`).
package enum CommitteeName {
  /// Nouns that end the name of a deciding body.
  static let bodyNouns = [
    "udvalg", "udvalget", "byråd", "byrådet", "råd", "rådet", "bestyrelse", "bestyrelsen",
    "direktion", "direktionen", "magistrat", "magistraten", "forum", "forummet", "nævn", "nævnet",
    "styregruppe", "styregruppen", "kommunalbestyrelse", "kommunalbestyrelsen", "regionsråd",
    "regionsrådet", "repræsentantskab", "repræsentantskabet", "med-udvalg", "hovedmed", "komité",
    "komiteen", "ledelse", "ledelsen", "forsamling", "forsamlingen", "borgerrepræsentationen",
    "kommission", "kommissionen", "præsidium", "præsidiet", "udvalgene",
  ]

  /// Whether a phrase names a body: its last word ends in a body noun.
  static func namesBody(_ s: String) -> Bool {
    // "Udvalget for Teknik og Miljø", "Rådet for Bæredygtig Udvikling": the body noun first.
    let words = s.split(separator: " ")
    if words.count >= 3, words.count <= 10, words[1] == "for", words[2].first?.isUppercase == true,
      ["udvalget", "udvalg", "rådet", "råd", "nævnet", "komiteen"].contains(words[0].lowercased())
    {
      return true
    }
    let lastWord = words.last.map(String.init) ?? ""
    guard lastWord.utf8.count >= 3, lastWord.utf8.count <= 60 else { return false }
    let w = lastWord.lowercased().trimming(".,:;)")
    return bodyNouns.contains { w.hasSuffix($0) } || w.hasSuffix("med")
  }

  /// Whether two spellings name the same body: equal when folded, or one the other's definite or
  /// genitive form (`Forretningsudvalg`, `Forretningsudvalget`, `Forretningsudvalgets`).
  static func same(_ a: String, _ b: String) -> Bool {
    let x = fold(a)
    let y = fold(b)
    guard !x.isEmpty, !y.isEmpty else { return false }
    if x == y { return true }
    let (short, long) = x.count < y.count ? (x, y) : (y, x)
    return short.count >= 4 && long.hasPrefix(short) && long.count - short.count <= 3
  }

  /// Cleans a name read from a title or a label.
  static func clean(_ raw: String) -> String {
    var s = raw.trimming(" -–,:.;")
    // "\"Erhvervs- og Beskæftigelsesudvalget\"": a value in quotes (a Markdown file's front matter).
    if s.count > 2, let f = s.first, let l = s.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") || (f == "“" && l == "”") {
      s = String(s.dropFirst().dropLast()).trimmingSpaces
    }
    // An election period: "(2018-2021)", "2022-25", "2018-2021"; the body's short name
    // after its name: "Hovedudvalget (HovedMED)".
    if s.hasSuffix(")"), let open = s.lastIndex(of: "("), open > s.startIndex {
      let inner = s[s.index(after: open)..<s.index(before: s.endIndex)]
      let isPeriod = inner.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "–" || $0 == "/" })
      let isShortName = !inner.contains(" ") && inner.count <= 10 && inner.filter(\.isUppercase).count >= 2
      if isPeriod || isShortName {
        s = String(s[..<open]).trimmingSpaces
      }
    }
    if let last = s.split(separator: " ").last, last.count >= 4,
      last.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "–" || $0 == "/" }), last.first?.isNumber == true
    {
      s = String(s.dropLast(last.count)).trimmingSpaces
    }
    // "År 2014-2017 Teknik- og Miljøudvalget", "Valgperiode 2022-2025 Økonomiudvalget": the
    // period's word, then the period.
    for lead in ["År ", "Valgperiode ", "Periode "] where s.hasPrefix(lead) {
      let rest = s.dropFirst(lead.count)
      if let f = rest.first, f.isNumber { s = String(rest) }
    }
    // "09-13 Udvalget for Børn": the election period before the name.
    if let first = s.split(separator: " ").first, first.count >= 4, first.contains(where: { $0 == "-" || $0 == "–" || $0 == "/" }),
      first.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "–" || $0 == "/" }), first.first?.isNumber == true
    {
      let rest = s.dropFirst(first.count).trimmingSpaces
      if rest.first?.isUppercase == true { s = rest }
    }
    s = s.trimming(" -–,:.;")
    // "Udsatterådet i Holbæk Kommune", "Ældrerådet i Region X": the body, not where it sits.
    for marker in [" i ", " for "] {
      guard let r = s.range(of: marker, options: .backwards) else { continue }
      let place = s[r.upperBound...].split(separator: " ")
      if place.count >= 2, place.count <= 4, place.first?.first?.isUppercase == true,
        let last = place.last?.lowercased(), ["kommune", "region", "regionen"].contains(last) || place.first?.lowercased() == "region",
        namesBody(String(s[..<r.lowerBound].split(separator: " ").last ?? ""))
      {
        s = String(s[..<r.lowerBound])
        break
      }
    }
    // "BYRÅDET", "TEKNIK- OG MILJØUDVALGET": a name in capitals is written as names are;
    // abbreviations (`ØU`, `KB`) stay.
    let letters = s.filter(\.isLetter)
    if letters.count >= 5, letters.allSatisfy(\.isUppercase) {
      let small: Set<String> = ["og", "for", "i", "af", "med", "til", "under"]
      s = s.lowercased().split(separator: " ", omittingEmptySubsequences: false).enumerated().map { k, w in
        let word = String(w)
        guard let f = word.first, k == 0 || !small.contains(word) else { return word }
        return f.uppercased() + word.dropFirst()
      }.joined(separator: " ")
    }
    if let f = s.first, f.isLowercase { s = f.uppercased() + s.dropFirst() }
    // "Bestyrelsesreferat", "Udvalgsmøde": the body's minutes or meeting in one word; the body.
    if !s.contains(" "), s.count >= 10 {
      let lower = s.lowercased()
      for kind in ["referat", "dagsorden", "mødet", "møde", "protokol"] where lower.hasSuffix(kind) {
        var stem = String(s.dropLast(kind.count))
        if stem.hasSuffix("s"), !namesBody(stem) { stem = String(stem.dropLast()) }
        if stem.count >= 3, namesBody(stem) { return definite(stem) }
      }
    }
    return s
  }

  /// `Byrådets` → `Byrådet`, `Forretningsudvalgets` → `Forretningsudvalget`.
  package static func withoutGenitive(_ s: String) -> String {
    guard s.hasSuffix("s"), !s.hasSuffix("ss"), s.count > 4 else { return s }
    let stem = String(s.dropLast())
    return namesBody(stem) ? stem : s
  }

  /// The definite form of a body noun (`Skolebestyrelse` → `Skolebestyrelsen`, `Byråd` →
  /// `Byrådet`, `Forretningsudvalg` → `Forretningsudvalget`).
  static func definite(_ s: String) -> String {
    let lower = s.lowercased()
    for (indefinite, suffix) in [
      ("udvalg", "et"), ("råd", "et"), ("nævn", "et"), ("forum", "met"), ("repræsentantskab", "et"),
      ("præsidium", "et"), ("bestyrelse", "n"), ("styregruppe", "n"), ("direktion", "en"),
      ("magistrat", "en"), ("ledelse", "n"), ("forsamling", "en"), ("kommission", "en"),
    ] where lower.hasSuffix(indefinite) {
      return suffix == "et" && indefinite == "præsidium" ? String(s.dropLast(2)) + "et" : s + suffix
    }
    return s
  }

  /// A spelling-independent form for comparing names: lower case, Danish letters folded to ASCII
  /// as file names write them, only letters and digits.
  static func fold(_ s: String) -> String {
    var lower = s.lowercased()
    return lower.withUTF8 { foldLatin($0) } ?? foldCharacters(lower)
  }

  /// `fold` of lower-case text, character by character (any script).
  static func foldCharacters(_ lower: String) -> String {
    var out = ""
    for c in lower {
      switch c {
      case "æ": out += "ae"
      case "ø": out += "oe"
      case "å": out += "aa"
      case "é", "è": out += "e"
      case "ü": out += "u"
      case "ö": out += "oe"
      case "ä": out += "ae"
      default: if c.isLetter || c.isNumber { out.append(c) }
      }
    }
    return out
  }

  /// `fold` of lower-case text in ASCII and Latin-1 letters, byte by byte; `nil` for other text.
  static func foldLatin(_ u: UnsafeBufferPointer<UInt8>) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(u.count)
    var i = 0
    while i < u.count {
      let b = u[i]
      if b < 0x80 {
        if (0x61...0x7A).contains(b) || (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) { out.append(b) }
        i += 1
        continue
      }
      guard b == 0xC3, i + 1 < u.count else { return nil }
      switch u[i + 1] {
      case 0xA6, 0xA4: out += [0x61, 0x65]  // æ, ä
      case 0xB8, 0xB6: out += [0x6F, 0x65]  // ø, ö
      case 0xA5: out += [0x61, 0x61]  // å
      case 0xA9, 0xA8: out.append(0x65)  // é, è
      case 0xBC: out.append(0x75)  // ü
      case 0x97, 0xB7: break  // ×, ÷
      case let c: out += [b, c]
      }
      i += 2
    }
    return String(decoding: out, as: UTF8.self)
  }

  // MARK: abbreviations

  /// Whether a name is an abbreviation (`ØU`, `KB`, `BUU`).
  static func isAbbreviation(_ s: String) -> Bool {
    (2...5).contains(s.count) && s.allSatisfy { $0.isUppercase && $0.isLetter }
  }

  /// Abbreviations every Danish council uses in one sense.
  package static let standardAbbreviations: [String: String] = [
    "ØU": "Økonomiudvalget", "ØK": "Økonomiudvalget", "KB": "Kommunalbestyrelsen", "BR": "Byrådet",
    "RR": "Regionsrådet", "FU": "Forretningsudvalget", "MR": "Menighedsrådet", "PU": "Provstiudvalget",
  ]

  /// The initials a body's name is abbreviated by: `Økonomiudvalget` → `ØU`, `Børne- og
  /// Ungeudvalget` → `BUU`, `Kommunalbestyrelsen` → `KB`.
  static func initials(_ name: String) -> String {
    var out = ""
    for word in name.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "," }) {
      let w = String(word)
      let lower = w.lowercased()
      if ["og", "for", "det", "i", "af", "med", "til"].contains(lower) { continue }
      guard let f = w.first else { continue }
      out += String(f).uppercased()
      // A compound ending in a body noun: its stem and the noun each give a letter.
      for noun in ["udvalget", "udvalg", "bestyrelsen", "bestyrelse", "rådet", "råd", "nævnet", "nævn", "forum"]
      where lower.hasSuffix(noun) && lower.count > noun.count + 1 {
        out += String(noun.prefix(1)).uppercased()
        break
      }
    }
    return out
  }

  /// The abbreviations a body's name is written as: its initials (`Økonomiudvalget` → `ØU`), and
  /// for a name led by its noun (`Udvalget for Børn og Ungdom`) the initials of what it is for,
  /// alone or with the noun's letter last (`BU`, `BUU`).
  package static func initialsVariants(_ name: String) -> Set<String> {
    let whole = initials(name)
    var out: Set<String> = [whole]
    let words = name.split(separator: " ")
    if words.count >= 3, let head = words.first, ["udvalget", "udvalg", "rådet", "råd", "nævnet", "nævn"].contains(head.lowercased()),
      words[1].lowercased() == "for"
    {
      let rest = initials(words.dropFirst(2).joined(separator: " "))
      if rest.count >= 2 {
        out.insert(rest)
        out.insert(rest + String(whole.prefix(1)))
      }
    }
    return out.filter { $0.count >= 2 }
  }

  /// The bodies a text names: phrases ending in a body noun (`Børne- og Ungeudvalget`).
  static func bodies(in text: String) -> [String] {
    var out: [String] = []
    for line in text.split(separator: "\n") where line.utf8.count <= 4000 {
      let tokens = line.split(separator: " ").map(String.init)
      for (i, t) in tokens.enumerated() {
        let w = t.trimming(".,:;()")
        guard let f = w.first, f.isUppercase, namesBody(w), w.count >= 5 else { continue }
        var start = i
        while start > 0 {
          let p = tokens[start - 1]
          if p == "og" || p.hasSuffix("-") || p.hasSuffix("-,") { start -= 1 } else { break }
        }
        out.append((tokens[start..<i] + [w]).joined(separator: " "))
      }
    }
    return out
  }

  /// The full name of an abbreviated committee: written out beside it in the text
  /// (`Økonomiudvalget (ØU)`), a body in the text with those initials, or a standard one.
  static func expand(_ abbreviation: String, in text: String) -> String? {
    guard isAbbreviation(abbreviation) else { return nil }
    // "Name (ABBR)".
    if let r = text.range(of: "(" + abbreviation + ")") {
      let before = text[..<r.lowerBound].split(separator: "\n").last.map(String.init) ?? ""
      if let body = bodies(in: before).last, initials(body) == abbreviation { return body }
    }
    if let body = bodies(in: text).first(where: { initials($0) == abbreviation }) { return body }
    return standardAbbreviations[abbreviation]
  }

  // MARK: file names

  /// What a file or folder name tells: a committee and a date.
  struct FromPath: Equatable {
    var committee: String?
    var date: Day?
    /// The folded words of the name, for confirming a name read from the text.
    var folded: String
  }

  /// Reads `…/oekonomiudvalget/2021-02-16.html`, `Økonomiudvalget 2021-02-16.pdf`,
  /// `ringkoebing-skjern-erhvervs-klima-og-arbejdskraftudvalget-2025-10-27.txt`.
  static func fromPath(_ path: String) -> FromPath {
    let parts = path.split(separator: "/").map(String.init)
    guard var name = parts.last else { return FromPath(committee: nil, date: nil, folded: "") }
    if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 9 {
      name = String(name[..<dot])
    }
    var (words, date) = wordsAndDate(name)
    if words.isEmpty, parts.count >= 2 {
      // The committee in the folder: oekonomiudvalget/2021-02-16.html.
      let (folderWords, folderDate) = wordsAndDate(parts[parts.count - 2])
      words = folderWords
      date = date ?? folderDate
    }
    words = withoutMunicipality(words)
    let folded = words.joined()
    // Generic file names ("referat", "dagsorden") name no committee.
    let generic: Set<String> = ["referat", "dagsorden", "beslutningsprotokol", "protokol", "moede", "minutes"]
    words.removeAll { generic.contains($0) }
    // A compound body noun at the end names the body alone ("skovboskolen-skolebestyrelsen",
    // "hadsten-skole-skolebestyrelsen"); a bare noun needs the words before it ("teknisk-udvalg").
    // "raadsmoede": the meeting, not the body.
    words.removeAll { unfold($0).hasSuffix("møde") || unfold($0).hasSuffix("mødet") }
    if !words.contains("og"), words.count > 1, let last = words.last {
      let unfolded = unfold(last)
      let bare = bodyNouns.contains(unfolded)
      // A body's name in one word ("skolebestyrelsen", "seniorraadet"), or a board named by its
      // definite noun after its organisation ("lap-koebenhavn-bestyrelsen"): the body alone.
      let definiteBoard = ["bestyrelsen", "direktionen", "byrådet", "kommunalbestyrelsen", "regionsrådet", "repræsentantskabet"]
        .contains(unfolded)
      if (!bare && namesBody(unfolded)) || definiteBoard { words = [last] }
    }
    var spelled = phrase(words)
    // An organisation's name without a body's noun ("sjelle-byvarme"): each word capitalised.
    if !words.isEmpty, !namesBody(spelled), !words.contains("og") {
      spelled = words.map { w in
        let u = unfold(w)
        return ["for", "i", "af", "det", "den", "de"].contains(u) ? u : capitalized(u)
      }.joined(separator: " ")
    }
    guard !words.isEmpty, namesBody(spelled) || (words.joined().count >= 6 && words.count <= 6)
    else { return FromPath(committee: nil, date: date, folded: folded) }
    return FromPath(committee: spelled, date: date, folded: folded)
  }

  /// Splits a name into folded words and finds a date (`2021-02-16`, `16-02-2021`, `20210216`).
  static func wordsAndDate(_ name: String) -> ([String], Day?) {
    let tokens = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." })
      .map { String($0) }
    var words: [String] = []
    var date: Day?
    var i = 0
    while i < tokens.count {
      let t = tokens[i]
      if t.allSatisfy(\.isNumber) {
        if i + 2 < tokens.count, tokens[i + 1].allSatisfy(\.isNumber), tokens[i + 2].allSatisfy(\.isNumber) {
          let a = Int(t) ?? 0
          let b = Int(tokens[i + 1]) ?? 0
          let c = Int(tokens[i + 2]) ?? 0
          if t.count == 4, let d = Day(year: a, month: b, day: c) {
            date = date ?? d
          } else if tokens[i + 2].count == 4, let d = Day(year: c, month: b, day: a) {
            date = date ?? d
          }
          i += 3
          continue
        }
        if t.count == 8, let y = Int(t.prefix(4)), let m = Int(t.dropFirst(4).prefix(2)),
          let d = Int(t.suffix(2)), let day = Day(year: y, month: m, day: d)
        {
          date = date ?? day
        }
        i += 1
        continue
      }
      words.append(fold(t))
      i += 1
    }
    return (words.filter { !$0.isEmpty }, date)
  }

  /// The name without the municipality or region in front of it.
  static func withoutMunicipality(_ words: [String]) -> [String] {
    var w = words
    if w.first == "region", w.count > 2 {
      w.removeFirst(2)
    } else {
      for n in [3, 2, 1] where w.count > n {
        let head = w.prefix(n).joined(separator: "-")
        if municipalities.contains(head) || municipalitiesPlain.contains(head) {
          w.removeFirst(n)
          break
        }
      }
      if w.first == "kommune" || w.first == "kommunes" { w.removeFirst() }
    }
    return w
  }

  /// Folded words as a name: `erhvervs klima og arbejdskraftudvalget` →
  /// `Erhvervs-, Klima- og Arbejdskraftudvalget`; `byraadet` → `Byrådet`.
  static func phrase(_ words: [String]) -> String {
    let w = words.map(unfold)
    let functionWords: Set<String> = ["for", "i", "af", "til", "med", "det", "den", "de", "på", "og", "om"]
    // "udvalget for børn og ungdom": a body's noun and what it is for; the words joined by "og"
    // are whole words, not parts of a suspended compound.
    if let og = w.firstIndex(of: "og"), w[..<og].contains(where: { functionWords.contains($0) }) {
      return w.enumerated().map { k, word in k == 0 || !functionWords.contains(word) ? capitalized(word) : word }
        .joined(separator: " ")
    }
    if let og = w.firstIndex(of: "og"), og > 0, og + 1 < w.count {
      // Suspended compounds joined by "og": each conjunct but the last ends in a hyphen.
      let conjuncts = w[..<og].map { capitalized($0) + "-" }
      let last = w[(og + 1)...].map(capitalized).joined(separator: " ")
      let head = conjuncts.count > 1
        ? conjuncts.dropLast().joined(separator: ", ") + ", " + (conjuncts.last ?? "")
        : conjuncts.joined()
      return head + " og " + last
    }
    guard let first = w.first else { return "" }
    return ([capitalized(first)] + w.dropFirst()).joined(separator: " ")
  }

  static func capitalized(_ s: String) -> String {
    guard let f = s.first else { return s }
    return f.uppercased() + s.dropFirst()
  }

  /// Restores Danish letters in a folded word: `oe` → `ø`, `aa` → `å`, `ae` → `æ`.
  static func unfold(_ s: String) -> String {
    s.replacing("aa", with: "å").replacing("oe", with: "ø").replacing("ae", with: "æ")
  }

  /// The municipalities with Danish letters dropped rather than folded (`bronderslev`,
  /// `koge`), as some file names write them.
  static let municipalitiesPlain: Set<String> = Set(
    municipalities.map { $0.replacing("oe", with: "o").replacing("ae", with: "a").replacing("aa", with: "a") })

  /// Danish municipalities and their common spellings in file names (folded, hyphenated).
  static let municipalities: Set<String> = [
    "albertslund", "alleroed", "assens", "ballerup", "billund", "bornholm", "bornholms",
    "broendby", "broenderslev", "christiansoe", "dragoer", "egedal", "esbjerg", "fanoe", "favrskov",
    "faxe", "fredensborg", "fredericia", "frederiksberg", "frederikshavn", "frederikssund",
    "furesoe", "faaborg-midtfyn", "gentofte", "gladsaxe", "glostrup", "greve", "gribskov",
    "guldborgsund", "haderslev", "halsnaes", "hedensted", "helsingoer", "herlev", "herning",
    "hilleroed", "hjoerring", "holbaek", "holstebro", "horsens", "hvidovre", "hoeje-taastrup",
    "hoersholm", "ikast-brande", "ishoej", "jammerbugt", "kalundborg", "kerteminde", "kolding",
    "koebenhavn", "koebenhavns", "koege", "langeland", "lejre", "lemvig", "lolland",
    "lyngby-taarbaek", "laesoe", "mariagerfjord", "middelfart", "morsoe", "norddjurs", "nordfyns",
    "nyborg", "naestved", "odder", "odense", "odsherred", "randers", "rebild", "ringkoebing-skjern",
    "ringsted", "roskilde", "rudersdal", "roedovre", "samsoe", "silkeborg", "skanderborg", "skive",
    "slagelse", "solroed", "soroe", "stevns", "struer", "svendborg", "syddjurs", "soenderborg",
    "thisted", "toender", "taarnby", "vallensbaek", "varde", "vejen", "vejle", "vesthimmerlands",
    "vesthimmerland", "viborg", "vordingborg", "aeroe", "aabenraa", "aalborg", "aarhus", "aarhus-kommune",
  ]
}
