import Foundation

/// A person, role or organisation named in a phrase such as a guest line's subject:
/// `Chef for Økonomi og HR Ove Weller Nielsen` is role `Chef for Økonomi og HR` and name
/// `Ove Weller Nielsen`.
public struct NameMention: Hashable, Sendable, Codable {
  /// A person's name, when the phrase has one.
  public var name: String?
  /// The role or title written with it.
  public var role: String?
  /// An organisation or unit (`fra BDO`, `, Velfærdssekretariatet`).
  public var organization: String?

  /// Creates a mention.
  public init(name: String? = nil, role: String? = nil, organization: String? = nil) {
    self.name = name
    self.role = role
    self.organization = organization
  }
}

/// The grammar of Danish person names and job titles as minutes write them.
///
/// A name is a run of capitalised words at the end of a phrase; job titles are words ending in a
/// title head (`-chef`, `-direktør`, `-konsulent`, `-leder` ...) with their `for`/`af`/`i`
/// phrase; acronyms (`HR`, `IT`) and unit words (`-sekretariatet`, `-afdelingen`) are never
/// part of a name. A lexicon of common Danish first names marks where a name starts when the
/// words before it are capitalised too.
public enum NameGrammar {
  /// Reads the people in a phrase joined by commas, `og` and `samt`.
  public static func mentions(in phrase: String) -> [NameMention] {
    var out: [NameMention] = []
    let commaParts = splitTopLevel(phrase, by: ",")
    var pendingRole: String?
    for rawPart in commaParts {
      var part = rawPart.trimmingSpaces
      for lead in ["og ", "samt ", "& "] where part.lowercased().hasPrefix(lead) {
        part = String(part.dropFirst(lead.count)).trimmingSpaces
      }
      if part.isEmpty { continue }
      let people = mentionsJoinedByAnd(part)
      if people.allSatisfy({ $0.name == nil }) {
        // A nameless comma part: a title or unit of the person before it, or a title of the next.
        let text = people.compactMap { $0.role ?? $0.organization }.joined(separator: " og ")
        let isRole = containsRoleWord(text)
        if var last = out.popLast(), last.name != nil {
          if isRole, last.role == nil {
            last.role = text
          } else if last.organization == nil {
            last.organization = text
          } else {
            last.role = [last.role, text].compactMap { $0 }.joined(separator: ", ")
          }
          out.append(last)
        } else {
          pendingRole = text
        }
        continue
      }
      for var p in people {
        if let r = pendingRole, p.role == nil, p.name != nil {
          p.role = r
          pendingRole = nil
        }
        out.append(p)
      }
    }
    return out.filter { $0.name != nil }
  }

  /// One comma part: groups joined by `samt`, each of people joined by `og`.
  static func mentionsJoinedByAnd(_ part: String) -> [NameMention] {
    let groups = splitWords(part, at: ["samt"])
    if groups.count > 1 { return groups.flatMap { mentionsJoinedByOg($0) } }
    return mentionsJoinedByOg(part)
  }

  /// People joined by `og`, with nameless pieces joined to the next; a final `fra X` is the
  /// organisation of them all.
  static func mentionsJoinedByOg(_ part: String) -> [NameMention] {
    // "fra BDO" at the end belongs to every person of the part.
    var body = part
    var organization: String?
    if let r = body.range(of: " fra ", options: .backwards) {
      let org = String(body[r.upperBound...]).trimmingSpaces
      if !org.isEmpty, org.first?.isUppercase == true {
        organization = org
        body = String(body[..<r.lowerBound])
      }
    }
    let pieces = splitWords(body, at: ["og"])
    var out: [NameMention] = []
    var carry = ""
    for piece in pieces {
      let text = carry.isEmpty ? piece : carry + " og " + piece
      let (name, role) = splitNameAndRole(text)
      if name == nil {
        carry = text
        continue
      }
      carry = ""
      out.append(NameMention(name: name, role: role, organization: organization))
    }
    if !carry.isEmpty {
      if containsRoleWord(carry) {
        out.append(NameMention(name: nil, role: carry, organization: organization))
      } else {
        out.append(NameMention(name: nil, role: nil, organization: carry))
      }
    }
    return out
  }

  /// Splits `Chef for Økonomi og HR Ove Weller Nielsen` into name and role.
  public static func splitNameAndRole(_ text: String) -> (name: String?, role: String?) {
    let words = text.split(separator: " ").map(String.init)
    guard !words.isEmpty else { return (nil, nil) }
    // The longest run of name words at the end.
    var start = words.count
    while start > 0, isNameWord(words[start - 1]) { start -= 1 }
    var run = Array(words[start...])
    // Where a first name stands inside a longer run, the name starts there.
    if run.count >= 2, let f = run.indices.first(where: { isFirstName(run[$0]) }), f > 0,
      run.count - f >= 2
    {
      start += f
      run = Array(run[f...])
    }
    if run.count > 4, let f = run.indices.first(where: { isFirstName(run[$0]) }) {
      start += f
      run = Array(run[f...])
    }
    let isName: Bool
    // "Direktøren for Nære Sundhedstilbud", "Enheden for Regional Udvikling": after a title's or
    // a unit's `for` (`i`, `af`, `ved`) the capitalised words name its area, unless a first name
    // opens them.
    if start > 0, let first = run.first, !isFirstName(first), ["for", "i", "af", "ved"].contains(words[start - 1].lowercased()),
      start >= 2, isRoleWord(words[start - 2].lowercased()) || isUnitWord(words[start - 2].lowercased())
    {
      isName = false
    } else if run.count >= 2 {
      // Two capitalised words make a name when the first is a first name or nothing before
      // them reads as a unit ("Økonomi Udvalg" is not a person).
      isName = isFirstName(run[0]) || run.count <= 4 && !run.contains(where: isUnitWord)
    } else if run.count == 1 {
      isName = isFirstName(run[0]) && start > 0 && isRoleWord(words[start - 1])
    } else {
      isName = false
    }
    guard isName else {
      return (nil, text.isEmpty ? nil : text)
    }
    let role = words[..<start].joined(separator: " ").trimming(" ,")
    return (run.joined(separator: " "), role.isEmpty ? nil : role)
  }

  /// A capitalised word that can be part of a person's name.
  public static func isNameWord(_ w: String) -> Bool {
    let u = Array(w.utf8)
    guard let f = u.first else { return false }
    let upperStart = (f >= 0x41 && f <= 0x5A) || (f == 0xC3 && u.count > 1 && u[1] >= 0x80 && u[1] <= 0x9E)
    guard upperStart else { return false }
    // Letters, with hyphens inside double names (Anne-Mette) and a trailing period for initials.
    var letters = 0
    var i = 0
    while i < u.count {
      let c = u[i]
      if (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) {
        letters += 1
        i += 1
      } else if c >= 0xC0 {
        letters += 1
        i += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
      } else if c == 0x2D || c == 0x2E || c == 0x27 {
        i += 1
      } else {
        return false
      }
    }
    if letters == 1, u.last != 0x2E { return false }
    let lower = lowerBytes(u)
    if isAcronym(w) || isRoleWord(lower: lower) || isUnitWord(lower: lower) { return false }
    return !NameGrammar.nonNameWords.contains(String(decoding: lower, as: UTF8.self))
  }

  /// Two or more letters, all upper-case (`HR`, `IT`, `BDO`, `DPO`).
  /// Party letters as minutes write them in brackets after a member's name (`A`, `DF`, `K, Ø`):
  /// no name, no doer.
  public static func isPartyLetters<S: StringProtocol>(_ inner: S) -> Bool {
    let letters = inner.split(whereSeparator: { $0 == "," || $0 == " " })
    return !letters.isEmpty && letters.allSatisfy { $0.count <= 3 && $0.allSatisfy(\.isUppercase) }
  }

  public static func isAcronym(_ w: String) -> Bool {
    var letters = 0
    for u in w.unicodeScalars {
      if u.properties.isAlphabetic {
        if !u.properties.isUppercase { return false }
        letters += 1
      }
    }
    return letters >= 2
  }

  /// A job title word: it ends in a title head (`udviklingschef`, `HR-konsulenten`).
  public static func isRoleWord(_ w: String) -> Bool { isRoleWord(lower: lowerBytes(Array(w.utf8))) }

  static func isRoleWord(lower: [UInt8]) -> Bool {
    let base = stripDefinite(lower: lower)
    for head in roleHeadBytes where hasSuffix(base, head) { return true }
    return roleWords.contains(String(decoding: base, as: UTF8.self))
  }

  /// Lower-cased bytes: ASCII and the Latin-1 letters (Æ, Ø, Å ...).
  static func lowerBytes(_ u: [UInt8]) -> [UInt8] {
    var out = u
    var i = 0
    while i < out.count {
      let c = out[i]
      if c >= 0x41 && c <= 0x5A {
        out[i] = c | 0x20
      } else if c == 0xC3, i + 1 < out.count, out[i + 1] >= 0x80, out[i + 1] <= 0x9E {
        out[i + 1] += 0x20
        i += 1
      }
      i += 1
    }
    return out
  }

  @inline(__always)
  static func hasSuffix(_ b: [UInt8], _ suffix: [UInt8]) -> Bool {
    guard b.count >= suffix.count else { return false }
    var i = b.count - suffix.count
    for c in suffix {
      if b[i] != c { return false }
      i += 1
    }
    return true
  }

  static let roleHeadBytes: [[UInt8]] = roleHeads.map { Array($0.utf8) }
  static let unitSuffixBytes: [[UInt8]] = unitSuffixes.map { Array($0.utf8) }

  /// Any word of the phrase is a job title word.
  public static func containsRoleWord(_ phrase: String) -> Bool {
    phrase.split(separator: " ").contains { isRoleWord(String($0)) }
  }

  /// A word naming an organisational unit (`Velfærdssekretariatet`, `Økonomiafdelingen`).
  public static func isUnitWord(_ w: String) -> Bool { isUnitWord(lower: lowerBytes(Array(w.utf8))) }

  static func isUnitWord(lower: [UInt8]) -> Bool {
    for s in unitSuffixBytes where hasSuffix(lower, s) { return true }
    return false
  }

  /// A common Danish first name (case-insensitive; `aa` and `å` alike).
  /// `@Eva Holm`: a wiki's or a note tool's mention of a person; the name without its sign
  /// (an address, `post@kommune.dk`, keeps it).
  package static func withoutMention(_ word: String) -> String {
    word.hasPrefix("@") && word.dropFirst().first?.isUppercase == true ? String(word.dropFirst()) : word
  }

  public static func isFirstName(_ w: String) -> Bool {
    firstNames.contains(DanishFolding.fold(w))
  }

  /// `chefen` → `chef`, `kommunaldirektøren` → `kommunaldirektør`, `konsulenten` → `konsulent`.
  public static func stripDefinite(_ l: String) -> String {
    String(decoding: stripDefinite(lower: Array(l.utf8)), as: UTF8.self)
  }

  static func stripDefinite(lower l: [UInt8]) -> [UInt8] {
    let en: [UInt8] = [0x65, 0x6E]
    if hasSuffix(l, en) {
      let stem = Array(l.dropLast(2))
      for head in roleHeadBytes where hasSuffix(stem, head) { return stem }
      // "-ren": direktøren, borgmesteren
      if l.count > 6, l[l.count - 3] == 0x72 { return stem }
    }
    if l.last == 0x6E {
      let stem = Array(l.dropLast(1))
      for head in roleHeadBytes where head.last == 0x65 && hasSuffix(stem, head) { return stem }
    }
    return l
  }

  /// Splits at top-level separators, not inside parentheses.
  static func splitTopLevel(_ s: String, by sep: Character) -> [String] {
    var parts: [String] = []
    var depth = 0
    var current = ""
    for c in s {
      if c == "(" { depth += 1 }
      if c == ")" { depth = max(0, depth - 1) }
      if c == sep && depth == 0 {
        parts.append(current)
        current = ""
      } else {
        current.append(c)
      }
    }
    parts.append(current)
    return parts
  }

  /// Splits at the given lower-case words, keeping compound ellipses (`Job- og Borgerservice`)
  /// whole.
  package static func splitWords(_ s: String, at separators: Set<String>) -> [String] {
    let words = s.split(separator: " ").map(String.init)
    var parts: [String] = []
    var current: [String] = []
    for (i, w) in words.enumerated() {
      if separators.contains(w), !current.isEmpty, i + 1 < words.count,
        !(current.last?.hasSuffix("-") ?? false)
      {
        parts.append(current.joined(separator: " "))
        current = []
      } else {
        current.append(w)
      }
    }
    if !current.isEmpty { parts.append(current.joined(separator: " ")) }
    return parts
  }

  static let roleHeads: [String] = [
    "chef", "direktør", "konsulent", "leder", "medarbejder", "sekretær", "koordinator",
    "rådgiver", "specialist", "fuldmægtig", "assistent", "ansvarlig", "borgmester", "rådmand",
    "formand", "jurist", "økonom", "controller", "superbruger", "partner", "repræsentant",
    "sygeplejerske", "analytiker", "arkitekt", "planlægger", "ingeniør", "revisor", "advokat",
    "kommunikatør", "tovholder", "sagsbehandler", "officer", "elev", "praktikant", "studerende",
    "dpo", "chefkonsulent", "vejleder", "ombudsmand", "næstformand", "sundhedsplejerske",
    // A parish's and an association's staff and officers.
    "graver", "kirkeværge", "kasserer", "præst", "organist", "kirkesanger", "kordegn", "pedel", "regnskabsfører",
    "inspektør", "forstander",
    // A harbour's, a forest's and a school's staff (`havnefoged`, `skovfoged`, `havnemester`).
    "foged", "mester", "betjent", "læge", "psykolog", "pædagog", "terapeut",
  ]

  static let roleWords: Set<String> = ["tr", "amr", "ftr", "dpo", "kommunal"]

  static let unitSuffixes: [String] = [
    "sekretariatet", "sekretariat", "afdelingen", "afdeling", "forvaltningen", "forvaltning",
    "området", "centret", "centeret", "center", "enheden", "teamet", "udvalget", "udvalg",
    "styregruppen", "gruppen", "direktionen", "kommune", "kommunes", "borgerservice", "rådhus",
    "skolen", "regionen", "styrelsen", "ministeriet", "staben",
  ]

  /// Capitalised words that open sentences or titles and are no names.
  static let nonNameWords: Set<String> = [
    "der", "det", "den", "de", "vi", "i", "og", "på", "til", "for", "med", "fra", "af", "om",
    "efter", "ved", "under", "over", "økonomi", "digitalisering", "kommunikation", "teknik",
    "miljø", "job", "social", "sundhed", "kultur", "familie", "personale", "løn", "intet",
    "ingen", "punktet", "sagen", "orientering", "mødet", "budget",
  ]

  /// Common Danish first names, folded (lower-case, `aa` as `å`). General vocabulary, used only
  /// to see where a name starts after other capitalised words.
  static let firstNames: Set<String> = Set(
    """
    aage abdi adam adrian agnes ahmad ahmed aksel albert alberte alexander alfred ali alice
    georg einar max randi gertrud ragnhild gyda hedvig karla
    winni jeannette else-marie gurli heine hellen ingeborg janni kaare kell lizette majbritt
    mai-britt maibritt niels-erik oluf ricki ronni ronnie ruben sabina sascha solvej walther einer
    frits fritz hans-jørgen hans-christian jeanne jens-christian knud-erik lars-erik lejla
    lise-lotte mariann marion nynne ulla-britt zenia linnea mia mille natascha pelle sofia therese
    lonnie bettina dorthe-marie kirsten-marie hanne-lene jytte-marie betina tenna lissie
    allan alma amalie amanda amelia ana andrea andreas anders anita ann anna anne annette anni
    annie anton ari arne asger asta astrid august axel bent bente benjamin berit bettina
    birgit birgitte birthe bjarne bo bodil brian britt britta bruno camilla carina carl carla
    carsten caroline cathrine cecilie charlotte christian christina christine christoffer
    claus clara connie dan daniel david dennis ditte dorte dorthe ebbe edith egon elias elin
    elisabeth elise ella ellen elsa else emil emilie emma erik erling ester esther eva ewa
    filip finn flemming frank frederik freja frida gert gitte grethe gunnar hanna hanne hans
    harald heidi helen helene helga helle helmer henning henrik henriette herdis holger ib
    ida inga inge inger ingrid irene isabella ivan ivar jacob jakob jan jane janne jannik
    jasmin jens jeppe jesper jette jimmy joachim johan johanne johannes john jonas jonathan
    jon josefine julie julius jytte jørgen jørn kaj kamilla karen kari karin karina karl
    karsten kasper katrine kenneth kent kim kirsten kirstine kitt klaus knud kristian kristina
    kristine lars laura laurids lea leif lene lars lina line linda lis lisa lisbeth liv lone
    lotte louise lucas lukas maiken maja malene malou mads magnus maria marianne marie mark
    marlene martin mathias mathilde maya merete mette michael michelle mie mikael mikkel mona
    morten nadia nanna natasja nicolai nicolaj niels nikolaj nina noah ole oliver olivia ove
    palle pernille per peter philip pia poul preben rasmus rebecca rene rikke rita robert
    rune ruth sabrina sandra sanne sara sebastian signe simon sofie sonja stefan steen sten
    steffen stig susanne svend søren tanja thomas thor thorkild tina tobias toke tom tommy
    tonny torben tove trine troels ulla ulrik valdemar vagn vera verner victor viggo vivi
    william yvonne zakia ulrikke jesper jakob metin gert solveig thure nicolaj polly mahad
    rabih lisbeth bente maria jonna lykke mogens naja nana oscar otto rie rolf sigrid sidsel
    svend-erik anne-mette anne-marie marie-louise hans-henrik jens-peter lise lisette lærke
    abelone adda agnete aja alfa alvin amir ane anja anker annelise annemette arnold asbjørn
    asmus astrid aslak ayse bettina birte bjørn birger bitten bodil borghild boris børge bjørg
    cai casper charles christa christel conny dagmar dagny dines dorit dorrit dortea edel egil
    ejnar ejner ejvind elinor elly elna elsebeth emma erna esben eskild ester evy eyvind
    frede frederikke gerda gerhard gorm grete gudrun gunhild gunner gustav hakon halfdan
    haldor hannah harry hasse heinrich heino helmuth henny herluf hilda hilmar hugo ida-marie
    ilse ingolf ingvar inka irma iver jacqueline jannie jarl jesper jimmi jonna jørgen-erik
    jytta kai karoline kasper kathrine katja keld kenn kenni kennet kirsti kjeld klara knut
    kurt lasse laila lasse lennart leo lillian lilly linea lisbet lissi lone lykke magda
    magnus majken margit margrethe marianna marin marius mariane martha mette-marie michala
    mikala minna mogens monica monika naja nell nicklas niklas nils njal oda olaf olav ole-jørgen
    orla oskar otto ove patrick paul paula pauline poula povl rakel regitze rigmor rikard
    ritta robin rosa rudi rudolf ruth sanna sebastian selma severin signe sigurd silas siri
    sisse sophie stina susan susanna svenning svend-åge sven søs tage tenna terese theis
    thea thomas thyra tim timo tine tonni tonje torkil torsten tove trond tue tyge ulf uffe
    ulla ulrich valborg vibeke vicki viktor villads villy vinni vita walter werner wilhelm
    willy yrsa åge aase arvid bendt bendix birk bodil bøje carsten claes dina erland erling
    esper folmer frands frida gorm gregers hagbard hardy harriet helge helmer henrietta
    hjalmar holger inger-lise ivar jeanette jens-erik jens-ole jonna jørund kamma karl-erik
    kirsten-marie kristoffer kåre laurits lene-marie leila lene lillie mads-peter malthe
    marina merethe mette-louise mie nanna niels-peter nikolai ninna ole-christian palle-erik
    per-olof pia-maria pil poul-erik rene rené sally sandie sisse stine susie søren-peter
    thorbjørn thorvald tinna torben ulrikka vilhelm vilma vivian yasmin ea eva-marie lau
    anette benny ebba eigil frode henry holm ingelise johnny lilian ronny sune torkild winnie åse lauritz alf evald peder
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { DanishFolding.fold(String($0)) })
}

/// Folding of Danish words for comparison: lower-case, `aa` as `å`, NBSP and hyphens ignored.
public enum DanishFolding {
  /// Lower-cased with `aa` read as `å` (`Aagård` and `Ågård` fold alike).
  public static func fold(_ s: String) -> String {
    var l = s.lowercased()
    var double = false
    var previous: UInt8 = 0
    for c in l.utf8 {
      if c == 0x61 && previous == 0x61 {
        double = true
        break
      }
      previous = c
    }
    if double { l = l.replacing("aa", with: "å") }
    return l
  }

  /// A key for names and roles: folded, punctuation removed except inner hyphens, spaces single.
  public static func key(_ s: String) -> String {
    let folded = fold(s)
    var out: [UInt8] = []
    out.reserveCapacity(folded.utf8.count)
    var space = false
    var copy = folded
    copy.withUTF8 { b in
      var i = 0
      while i < b.count {
        let c = b[i]
        let isWordByte = (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) || c == 0x26 || (c >= 0x41 && c <= 0x5A)
        if c >= 0x80 {
          // A multi-byte character: letters are kept whole; typographic punctuation (E2 80 xx,
          // C2 A0-BF) separates.
          let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2
          let punct = (c == 0xE2 && i + 1 < b.count && b[i + 1] == 0x80) || (c == 0xC2)
          if punct {
            space = true
          } else {
            if space, !out.isEmpty { out.append(0x20) }
            space = false
            for k in i..<min(b.count, i + len) { out.append(b[k]) }
          }
          i += len
          continue
        }
        if isWordByte {
          if space, !out.isEmpty { out.append(0x20) }
          space = false
          out.append(c)
        } else {
          space = true
        }
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }
}

extension String {
  /// The string without the given leading and trailing characters.
  package func trimming(_ set: String) -> String {
    if set.utf8.allSatisfy({ $0 < 0x80 }) {
      // An ASCII set (every use but one): the bounds found on bytes fall between characters.
      let u = utf8
      var lo = u.startIndex
      var hi = u.endIndex
      while lo < hi, set.utf8.contains(u[lo]) { lo = u.index(after: lo) }
      while hi > lo, set.utf8.contains(u[u.index(before: hi)]) { hi = u.index(before: hi) }
      if lo == u.startIndex && hi == u.endIndex { return self }
      return String(decoding: u[lo..<hi], as: UTF8.self)
    }
    var s = self[...]
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
