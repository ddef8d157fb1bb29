import Foundation
import MinutesCore

/// Where something about a person was learned.
public struct Evidence: Hashable, Sendable, Codable {
  /// The file.
  public var source: String
  /// The line.
  public var line: Int
  /// The meeting's date.
  public var date: Day?
  /// How: `attendee`, `guest`, `presenter`, `apposition`, `title`, `people-file`.
  public var how: String
}

/// A person as the directory knows them.
public struct Person: Hashable, Sendable, Codable {
  /// The canonical (fullest, most used) spelling of the name.
  public var name: String
  /// Other spellings and short forms seen.
  public var aliases: [String]
  /// Roles with where each was learned.
  public var roles: [RoleRecord]
  /// E-mail from the people file.
  public var email: String?
  /// Where the name was learned.
  public var evidence: [Evidence]
}

/// A role a person holds, with its evidence.
public struct RoleRecord: Hashable, Sendable, Codable {
  /// The role as first written (`Chef for Økonomi og HR`).
  public var title: String
  /// Where it was learned.
  public var evidence: Evidence
}

/// The people of the minutes: names, spellings, roles; built from the minutes and an optional
/// people file the secretariat keeps.
public struct PeopleDirectory: Sendable {
  public internal(set) var people: [Person] = []
  var byKey: [String: Int] = [:]
  /// People by the first word of their name's key and one of its later words, for short
  /// forms: `Lars Borst Hansen` is looked for among the fewest of the Lars ... Borst ... and
  /// the Lars ... Hansen ..., however many people share the first name.
  var byFirstAndLaterWord: [String: Set<Int>] = [:]
  /// Each person's name key, split in words.
  var nameWords: [[Substring]] = []
  /// People by each word of their name's key, for a first name or surname written alone.
  var byNameWord: [Substring: Set<Int>] = [:]
  var spellingCounts: [Int: [String: Int]] = [:]
  var roleHolders: [String: [(Int, Evidence)]] = [:]
  /// The people in `roleHolders` by role, to ask in constant time whether one holds it.
  var roleHolderSet: [String: Set<Int>] = [:]
  var roleTitles: [String: String] = [:]
  /// Units learned from the minutes (`Velfærdssekretariatet`, `Økonomi og HR`), by key.
  public internal(set) var units: [String: String] = [:]
  /// Outside organisations learned from `fra X` (`BDO`), by key.
  public internal(set) var externals: [String: String] = [:]
  /// Where the questions are written down while a document is linked (`PeopleLookups`).
  var lookups: PeopleLookups?

  /// Creates an empty directory.
  public init() {}

  /// The key of a name: folded, `aa` as `å`.
  public static func nameKey(_ name: String) -> String { DanishFolding.key(name) }

  /// The key of a role: folded, definite forms made indefinite, compound ellipsis joined
  /// (`Chefen for Job- og Borgerservice` → `chef for job og borgerservice`).
  public static func roleKey(_ role: String) -> String {
    let words = DanishFolding.key(role).split(separator: " ").map(String.init)
    return words.map { NameGrammar.isRoleWord($0) ? NameGrammar.stripDefinite($0) : $0 }
      .joined(separator: " ")
  }

  /// Records a person (and a role) seen in the minutes. A place (`Vesterbro Torv`) is no
  /// person.
  public mutating func learn(name rawName: String, role: String?, evidence: Evidence) {
    let name = rawName.trimming(" .,")
    guard name.split(separator: " ").count >= 2, !PeopleDirectory.isPlace(name) else { return }
    guard let idx = index(for: name, creating: true, evidence: evidence) else { return }
    if let role, !role.isEmpty { addRole(role, to: idx, evidence: evidence) }
  }

  /// Records a unit or an outside organisation.
  public mutating func learnOrganization(_ name: String, external: Bool) {
    let n = name.trimming(" .,")
    guard !n.isEmpty else { return }
    let k = DanishFolding.key(n)
    if external {
      if externals[k] == nil { externals[k] = n }
    } else if units[k] == nil {
      units[k] = n
    }
  }

  mutating func addRole(_ role: String, to idx: Int, evidence: Evidence) {
    var title = role.trimming(" .,")
    guard !title.isEmpty else { return }
    if let f = title.first, f.isLowercase { title = f.uppercased() + title.dropFirst() }
    let key = PeopleDirectory.roleKey(title)
    let shown = roleTitles[key] ?? title
    roleTitles[key] = shown
    // A person holds a role once: its holders are the people with a role of that key.
    if roleHolderSet[key, default: []].insert(idx).inserted {
      people[idx].roles.append(RoleRecord(title: shown, evidence: evidence))
      roleHolders[key, default: []].append((idx, evidence))
    }
    if let unit = PeopleDirectory.unit(ofRole: title) { learnOrganization(unit, external: false) }
  }

  /// The unit in a role's title (`Chef for Økonomi og HR`: `Økonomi og HR`), a unit of the
  /// organisation.
  static func unit(ofRole title: String) -> String? {
    for prep in [" for ", " i ", " af "] {
      if let r = title.range(of: prep) {
        let unit = String(title[r.upperBound...])
        return unit.first?.isUppercase == true ? unit : nil
      }
    }
    return nil
  }

  /// The index of the person a name denotes, creating one when asked.
  mutating func index(for name: String, creating: Bool, evidence: Evidence) -> Int? {
    let key = PeopleDirectory.nameKey(name)
    if let i = byKey[key] ?? shortFormMatch(key) {
      spellingCounts[i, default: [:]][name, default: 0] += 1
      // A fuller spelling becomes the name; the shorter one an alias.
      let current = people[i].name
      if name.split(separator: " ").count > current.split(separator: " ").count {
        people[i].aliases.append(current)
        people[i].name = name
        index(person: i)
      } else if name != current, !people[i].aliases.contains(name) {
        people[i].aliases.append(name)
      }
      byKey[key] = i
      if people[i].evidence.count < 8 { people[i].evidence.append(evidence) }
      return i
    }
    guard creating else { return nil }
    people.append(Person(name: name, aliases: [], roles: [], email: nil, evidence: [evidence]))
    let i = people.count - 1
    nameWords.append([])
    index(person: i)
    byKey[key] = i
    spellingCounts[i] = [name: 1]
    // An earlier short form (Lars Borst) now matches this fuller name (Lars Borst Hansen).
    return i
  }

  /// The key of a first word and a later word of a name.
  static func pairKey(_ first: Substring, _ later: Substring) -> String { first + "\u{1F}" + later }

  /// Indexes a person's current name for short-form look-ups.
  mutating func index(person i: Int) {
    let words = Array(PeopleDirectory.nameKey(people[i].name).split(separator: " "))
    if let old = nameWords[i].first {
      for w in nameWords[i].dropFirst() { byFirstAndLaterWord[PeopleDirectory.pairKey(old, w)]?.remove(i) }
    }
    for w in Set(nameWords[i]) { byNameWord[w]?.remove(i) }
    nameWords[i] = words
    if let first = words.first {
      for w in words.dropFirst() { byFirstAndLaterWord[PeopleDirectory.pairKey(first, w), default: []].insert(i) }
    }
    for w in Set(words) { byNameWord[w, default: []].insert(i) }
  }

  /// `Lars Borst` → Lars Borst Hansen; `Bettina Kjælder` → Bettina Baron Kjælder: same first
  /// name, the other words in order, and only one person fits.
  func shortFormMatch(_ key: String) -> Int? {
    let words = key.split(separator: " ")
    guard words.count >= 2 else { return nil }
    // Whoever fits has every later word: look among the fewest of those who have one.
    var candidates: Set<Int> = []
    for (n, w) in words.dropFirst().enumerated() {
      let bucket = byFirstAndLaterWord[PeopleDirectory.pairKey(words[0], w)] ?? []
      if n == 0 || bucket.count < candidates.count { candidates = bucket }
      if candidates.isEmpty { return nil }
    }
    var found: Int?
    for i in candidates {
      let full = nameWords[i]
      guard full.count > words.count, full[0] == words[0] else { continue }
      var j = 1
      for w in words.dropFirst() {
        while j < full.count, full[j] != w { j += 1 }
        if j == full.count { break }
        j += 1
      }
      let matched = j <= full.count && words.dropFirst().allSatisfy { full.dropFirst().contains($0) }
      if matched {
        if found != nil { return nil }
        found = i
      }
    }
    return found
  }

  /// After learning: each person's name is the most used of its fullest spellings.
  public mutating func settleSpellings() {
    for i in people.indices {
      guard let counts = spellingCounts[i] else { continue }
      let maxWords = counts.keys.map { $0.split(separator: " ").count }.max() ?? 0
      let best = counts.filter { $0.key.split(separator: " ").count == maxWords }
        .sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first?.key
      if let best, best != people[i].name {
        people[i].aliases.append(people[i].name)
        people[i].name = best
        index(person: i)
      }
      people[i].aliases = Array(Set(people[i].aliases.filter { $0 != people[i].name })).sorted()
    }
  }

  /// The person a written name denotes.
  public func person(named name: String) -> Person? {
    let key = PeopleDirectory.nameKey(name)
    lookups?.note(.name, key)
    if let i = byKey[key] { return people[i] }
    lookups?.note(.shortForm, key)
    if let i = shortFormMatch(key) { return people[i] }
    return nil
  }

  /// The unit of the organisation a key names, when the minutes name it.
  public func unit(_ key: String) -> String? {
    lookups?.note(.unit, key)
    return units[key]
  }

  /// The outside organisation a key names, when the minutes name it.
  public func external(_ key: String) -> String? {
    lookups?.note(.external, key)
    return externals[key]
  }

  /// The people who have `word` as one of their names (`Karen`, `Helleland`), folded.
  public func people(withNameWord word: String) -> [Person] {
    let key = PeopleDirectory.nameKey(word)
    lookups?.note(.word, key)
    // "Anne-Mette": a double first name is the people who have each of its names.
    let parts = key.split(separator: " ")
    var found = byNameWord[Substring(key)] ?? []
    if found.isEmpty, parts.count >= 2, parts.count <= 3 {
      found = parts.dropFirst().reduce(byNameWord[parts[0]] ?? []) { $0.intersection(byNameWord[$1] ?? []) }
    }
    // In the order they were first met.
    return found.sorted().map { people[$0] }
  }

  /// Endings of Danish place names: a street, square or harbour is never a person.
  static let placeEndings = [
    "torv", "torvet", "gade", "gaden", "vej", "vejen", "plads", "pladsen", "havn", "havnen",
    "allé", "stræde", "kajen", "boulevard", "vænge",
  ]

  /// `Vesterbro Torv`, `Søndergade`, `Næstved Havn`: the last word ends like a place.
  public static func isPlace(_ name: String) -> Bool {
    guard let last = name.split(separator: " ").last else { return false }
    let l = DanishFolding.key(String(last))
    return placeEndings.contains { l.hasSuffix($0) } || (name.contains(" ") && placeWords.contains(last.lowercased()))
  }

  /// Last words of Danish names of waters and nature (`Syltemade Å`, `Furesøen`'s `Søen`),
  /// whole words: no surname is one (`Skov`, `Strand`, `Bæk` are, in their bare forms).
  static let placeWords: Set<String> = ["å", "aa", "ådal", "sø", "søen", "bækken", "fjorden", "stranden", "skoven", "mosen", "parken", "engen"]

  /// The display title of a role (the first spelling seen).
  public func roleTitle(_ role: String) -> String {
    let key = PeopleDirectory.roleKey(role)
    lookups?.note(.roleTitle, key)
    return roleTitles[key] ?? role
  }

  /// Who holds a role: the person when exactly one is known, and the candidates.
  public func holders(of role: String) -> [Person] {
    let key = PeopleDirectory.roleKey(role)
    lookups?.note(.holders, key)
    return (roleHolders[key] ?? []).map { people[$0.0] }
  }

  /// Records a role title seen without a holder (an owner such as `Fagchef for Job og
  /// Borgerservice`), so that its first spelling becomes its display title.
  public mutating func noteRoleTitle(_ role: String) {
    let title = PeopleDirectory.roleTitleSpelling(role)
    let key = PeopleDirectory.roleKey(title)
    if roleTitles[key] == nil { roleTitles[key] = title }
  }

  /// A role as written, as a title: trimmed, its first letter a capital.
  static func roleTitleSpelling(_ role: String) -> String {
    var title = role.trimming(" .,")
    if let f = title.first, f.isLowercase { title = f.uppercased() + title.dropFirst() }
    return title
  }

  /// The title a role has by its key, when one is known.
  func learnedTitle(key: String) -> String? { roleTitles[key] }

  /// Every role's title, by key.
  var learnedTitles: [String: String] { roleTitles }

  /// Adds the entries of a people file (names, aliases, roles, e-mail).
  public mutating func merge(_ file: PeopleFile) {
    for entry in file.people {
      let ev = Evidence(source: file.source, line: 0, date: nil, how: "people-file")
      guard let i = index(for: entry.name, creating: true, evidence: ev) else { continue }
      // The file's spelling is the secretariat's: it wins.
      if people[i].name != entry.name {
        people[i].aliases.append(people[i].name)
        people[i].name = entry.name
        spellingCounts[i] = [entry.name: 1_000]
        index(person: i)
      }
      for alias in entry.aliases ?? [] {
        byKey[PeopleDirectory.nameKey(alias)] = i
        if !people[i].aliases.contains(alias) { people[i].aliases.append(alias) }
      }
      for role in entry.roles ?? [] { addRole(role, to: i, evidence: ev) }
      if let e = entry.email { people[i].email = e }
    }
  }
}

/// The questions a document's linking asked the people directory, as tokens (`n:lars borst`,
/// `w:karen`, `r:chef for hr`): the linking holds for as long as the directory answers them
/// the same, and a change of the directory names the tokens whose answers it may change
/// (`tokens(of:)`).
final class PeopleLookups: @unchecked Sendable {
  /// What was asked.
  enum Question: String {
    /// A name or spelling, by key.
    case name = "n"
    /// A short form of a fuller name, by key (`Lars Borst` for `Lars Borst Hansen`).
    case shortForm = "s"
    /// One word of a name written alone (`Karen`).
    case word = "w"
    /// Who holds a role, by role key.
    case holders = "r"
    /// The title of a role, by role key.
    case roleTitle = "t"
    /// A unit, by key.
    case unit = "u"
    /// An outside organisation, by key.
    case external = "e"
  }

  private(set) var tokens: Set<String> = []

  func note(_ q: Question, _ key: String) { tokens.insert(q.rawValue + ":" + key) }

  /// The questions whose answers a person's entry gives: each spelling, each word of the name,
  /// each short form of it, each role held.
  static func tokens(of p: Person) -> Set<String> {
    var out: Set<String> = []
    for n in [p.name] + p.aliases { out.insert(Question.name.rawValue + ":" + PeopleDirectory.nameKey(n)) }
    let words = PeopleDirectory.nameKey(p.name).split(separator: " ").map(String.init)
    for w in words { out.insert(Question.word.rawValue + ":" + w) }
    if let first = words.first, words.count > 2, words.count <= 8 {
      // `first` and any proper subsequence of the later words.
      let later = Array(words.dropFirst())
      for mask in 1..<(1 << later.count) - 1 {
        let picked = later.indices.filter { mask & (1 << $0) != 0 }.map { later[$0] }
        out.insert(Question.shortForm.rawValue + ":" + ([first] + picked).joined(separator: " "))
      }
    }
    for r in p.roles { out.insert(Question.holders.rawValue + ":" + PeopleDirectory.roleKey(r.title)) }
    return out
  }
}

/// The people file a secretariat keeps for what minutes never state.
///
/// ```json
/// {"people": [{"name": "Louise Agerbo", "aliases": ["L. Agerbo"],
///              "roles": ["Chef for Direktionssekretariatet"], "email": "la@example.dk"}]}
/// ```
public struct PeopleFile: Codable, Sendable {
  /// One person.
  public struct Entry: Codable, Sendable {
    public var name: String
    public var aliases: [String]?
    public var roles: [String]?
    public var email: String?
  }

  /// The people.
  public var people: [Entry]
  /// The file's path (not in the JSON).
  public var source: String = ""

  enum CodingKeys: String, CodingKey { case people }
}

extension PeopleDirectory {
  /// Writes what the directory learned, for a store to learn the next documents on top of it.
  func encode(_ w: inout ByteWriter) {
    func evidence(_ w: inout ByteWriter, _ e: Evidence) {
      w.string(e.source)
      w.int(e.line)
      w.day(e.date)
      w.string(e.how)
    }
    w.array(people) { w, p in
      w.string(p.name)
      w.array(p.aliases) { $0.string($1) }
      w.array(p.roles) { w, r in
        w.string(r.title)
        evidence(&w, r.evidence)
      }
      w.optional(p.email) { $0.string($1) }
      w.array(p.evidence, evidence)
    }
    w.array(byKey.sorted { $0.key < $1.key }) { w, e in
      w.string(e.key)
      w.int(e.value)
    }
    w.array(spellingCounts.sorted { $0.key < $1.key }) { w, e in
      w.int(e.key)
      w.array(e.value.sorted { $0.key < $1.key }) { w, c in
        w.string(c.key)
        w.int(c.value)
      }
    }
    w.array(roleHolders.sorted { $0.key < $1.key }) { w, e in
      w.string(e.key)
      w.array(e.value) { w, h in
        w.int(h.0)
        evidence(&w, h.1)
      }
    }
    for dictionary in [roleTitles, units, externals] {
      w.array(dictionary.sorted { $0.key < $1.key }) { w, e in
        w.string(e.key)
        w.string(e.value)
      }
    }
  }

  /// A directory as `encode` wrote it; the indexes by name word are made again.
  init(decoding r: inout ByteReader) throws {
    func evidence(_ r: inout ByteReader) throws -> Evidence {
      Evidence(source: try r.string(), line: try r.int(), date: try r.day(), how: try r.string())
    }
    self.init()
    people = try r.array { r in
      Person(
        name: try r.string(), aliases: try r.array { try $0.string() },
        roles: try r.array { r in RoleRecord(title: try r.string(), evidence: try evidence(&r)) },
        email: try r.optional { try $0.string() }, evidence: try r.array(evidence))
    }
    for (k, i) in try r.array({ r in (try r.string(), try r.int()) }) {
      guard people.indices.contains(i) else { throw ByteReader.Damaged() }
      byKey[k] = i
    }
    for (i, counts) in try r.array({ r in (try r.int(), try r.array { r in (try r.string(), try r.int()) }) }) {
      spellingCounts[i] = Dictionary(counts, uniquingKeysWith: { a, _ in a })
    }
    for (key, holders) in try r.array({ r in (try r.string(), try r.array { r in (try r.int(), try evidence(&r)) }) }) {
      guard holders.allSatisfy({ people.indices.contains($0.0) }) else { throw ByteReader.Damaged() }
      roleHolders[key] = holders
      roleHolderSet[key] = Set(holders.map(\.0))
    }
    var dictionaries: [[String: String]] = []
    for _ in 0..<3 {
      dictionaries.append(Dictionary(try r.array { r in (try r.string(), try r.string()) }, uniquingKeysWith: { a, _ in a }))
    }
    (roleTitles, units, externals) = (dictionaries[0], dictionaries[1], dictionaries[2])
    nameWords = Array(repeating: [], count: people.count)
    for i in people.indices { index(person: i) }
  }
}
