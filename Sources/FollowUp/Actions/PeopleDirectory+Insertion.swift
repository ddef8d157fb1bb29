import MinutesCore

extension PeopleDirectory {
  /// Learns one document's facts at its place in the documents' order, on a directory that
  /// learned every other document in order: the directory becomes the one learning them all in
  /// order makes, without learning the others again.
  ///
  /// What a directory learns in order is, but for what was met first, counts: a spelling's
  /// uses, and each first meeting (of a person, a role's holder, a role's title, a unit) with
  /// where it happened. Where a fact learned before stands against the document is told by its
  /// evidence (`isBefore`), so the document's first meetings are put in their place among the
  /// others. Who a name denotes is the part that depends on what was met before: the document is
  /// learned here only when its names are people with one spelling, met before it, or met
  /// first in it (then no name anywhere is a short form of another of theirs, which could
  /// denote them or not by when they were met). Otherwise, and when the evidence cannot tell
  /// before from after, nothing is learned and the answer is `false`: the documents from the
  /// document on must be learned again in order.
  /// - Parameters:
  ///   - facts: The document's facts (`Register.peopleFacts(in:)`).
  ///   - isBefore: Whether evidence learned before comes from a document before this one in the
  ///     order; `nil` when that cannot be told.
  /// - Returns: Whether the document was learned.
  mutating func insert(_ facts: [PeopleFact], isBefore: (Evidence) -> Bool?) -> Bool {
    var copy = self
    guard copy.inserting(facts, isBefore: isBefore) else { return false }
    self = copy
    return true
  }

  /// A name as `learn(name:role:evidence:)` takes it.
  private struct Named {
    var name: String
    var key: String
    var role: String?
    var evidence: Evidence
  }

  /// Where a name of the document was met first.
  private enum Met {
    /// Before the document, by this person.
    case before(Int)
    /// After it, by this person, who is now met first in it.
    case after(Int)
    /// Nowhere else.
    case new
  }

  /// Whether `short` could be read as a short form of `full` (`shortFormMatch`): fewer words,
  /// the same first one, each later one among the full name's.
  private static func mayBeShortForm(_ short: [Substring], of full: [Substring]) -> Bool {
    full.count > short.count && short.first == full.first && short.dropFirst().allSatisfy { full.dropFirst().contains($0) }
  }

  /// Splits a list learned in order at the document's place: what came before it and what after.
  private static func split<T>(_ list: [T], _ evidence: (T) -> Evidence, _ isBefore: (Evidence) -> Bool?) -> ([T], [T])? {
    var cut = 0
    for (k, e) in list.enumerated() {
      guard let b = isBefore(evidence(e)) else { return nil }
      if b {
        guard cut == k else { return nil }
        cut = k + 1
      }
    }
    return (Array(list[..<cut]), Array(list[cut...]))
  }

  private mutating func inserting(_ facts: [PeopleFact], isBefore: (Evidence) -> Bool?) -> Bool {
    // The facts as `Register.learn` takes them, in the document's order.
    var named: [Named] = []
    var organizations: [(position: Int, name: String, external: Bool)] = []
    for f in facts {
      switch f {
      case .person(let raw, let role, let evidence):
        let name = raw.trimming(" .,")
        guard name.split(separator: " ").count >= 2, !PeopleDirectory.isPlace(name) else { continue }
        named.append(Named(name: name, key: PeopleDirectory.nameKey(name), role: role, evidence: evidence))
      case .organization(let name, let external):
        // Before the next name's role: places 2k for what comes before name k, 2k+1 for its role.
        organizations.append((2 * named.count, name, external))
      }
    }
    // Each name the document writes, with the one spelling it writes it in.
    var spelling: [String: String] = [:]
    var keys: [String] = []
    for n in named {
      if let s = spelling[n.key] {
        guard s == n.name else { return false }
      } else {
        spelling[n.key] = n.name
        keys.append(n.key)
      }
    }
    var met: [String: Met] = [:]
    for k in keys {
      guard let i = byKey[k] else {
        met[k] = .new
        continue
      }
      guard let counts = spellingCounts[i], counts.count == 1, counts.keys.first == spelling[k],
        let first = people[i].evidence.first, let before = isBefore(first)
      else { return false }
      met[k] = before ? .before(i) : .after(i)
    }
    // A name met first in the document is no short form of another name, nor another of it.
    for k in keys {
      if case .before = met[k] { continue }
      let words = k.split(separator: " ")
      guard let first = words.first else { return false }
      var others: Set<String> = Set(keys.filter { $0.split(separator: " ").first == first })
      for j in byNameWord[first] ?? [] where nameWords[j].first == first {
        for s in (spellingCounts[j] ?? [:]).keys { others.insert(PeopleDirectory.nameKey(s)) }
      }
      others.remove(k)
      for o in others {
        let w = o.split(separator: " ")
        if PeopleDirectory.mayBeShortForm(w, of: words) || PeopleDirectory.mayBeShortForm(words, of: w) { return false }
      }
    }
    // The people met before the document come first; those met first in it next.
    var boundary = 0
    var after = false
    for p in people {
      guard let e = p.evidence.first, let b = isBefore(e) else { return false }
      if b {
        guard !after else { return false }
        boundary += 1
      } else {
        after = true
      }
    }
    var block: [Int] = []
    for k in keys {
      switch met[k] {
      case .after(let i): block.append(i)
      case .new:
        guard let name = spelling[k] else { return false }
        people.append(Person(name: name, aliases: [], roles: [], email: nil, evidence: []))
        nameWords.append([])
        spellingCounts[people.count - 1] = [:]
        byKey[k] = people.count - 1
        block.append(people.count - 1)
      default: break
      }
    }
    // Spellings counted, evidence and roles in their place.
    var evidence: [Int: [Evidence]] = [:]
    var roles: [Int: [(key: String, evidence: Evidence)]] = [:]
    var holders: [String: [(Int, Evidence)]] = [:]
    var firstTitle: [String: String] = [:]
    var touched: [Int] = []
    var units: [(position: Int, name: String, external: Bool)] = organizations
    for (position, n) in named.enumerated() {
      guard let i = byKey[n.key] else { return false }
      if evidence[i] == nil { touched.append(i) }
      spellingCounts[i, default: [:]][n.name, default: 0] += 1
      evidence[i, default: []].append(n.evidence)
      guard let role = n.role, !role.isEmpty else { continue }
      let title = PeopleDirectory.roleTitleSpelling(role)
      guard !title.isEmpty else { continue }
      let key = PeopleDirectory.roleKey(title)
      if firstTitle[key] == nil { firstTitle[key] = title }
      if let unit = PeopleDirectory.unit(ofRole: title) { units.append((2 * position + 1, unit, false)) }
      guard roles[i]?.contains(where: { $0.key == key }) != true else { continue }
      let records = people[i].roles
      guard let (earlier, _) = PeopleDirectory.split(records, \.evidence, isBefore) else { return false }
      if earlier.contains(where: { PeopleDirectory.roleKey($0.title) == key }) { continue }
      roles[i, default: []].append((key, n.evidence))
      holders[key, default: []].append((i, n.evidence))
    }
    for i in touched {
      guard let (earlier, later) = PeopleDirectory.split(people[i].evidence, { $0 }, isBefore) else { return false }
      people[i].evidence = Array((earlier + (evidence[i] ?? []) + later).prefix(8))
    }
    // A role's title is its first spelling met.
    var titled: Set<String> = []
    for (key, title) in firstTitle {
      let known = roleHolders[key] ?? []
      guard let (earlier, _) = PeopleDirectory.split(known, \.1, isBefore) else { return false }
      guard earlier.isEmpty else { continue }
      guard roleTitles[key] == nil || !known.isEmpty else { return false }
      if let was = roleTitles[key], was != title { titled.insert(key) }
      roleTitles[key] = title
    }
    // Every record of a role whose title changed gets the new one.
    for key in titled {
      guard let title = roleTitles[key] else { return false }
      for i in Set((roleHolders[key] ?? []).map(\.0)) {
        for r in people[i].roles.indices where PeopleDirectory.roleKey(people[i].roles[r].title) == key {
          people[i].roles[r].title = title
        }
      }
    }
    for (i, added) in roles {
      guard let (earlier, later) = PeopleDirectory.split(people[i].roles, \.evidence, isBefore) else { return false }
      let keys = Set(added.map(\.key))
      let moved = added.map { RoleRecord(title: roleTitles[$0.key] ?? $0.key, evidence: $0.evidence) }
      people[i].roles = earlier + moved + later.filter { !keys.contains(PeopleDirectory.roleKey($0.title)) }
    }
    for (key, added) in holders {
      let known = roleHolders[key] ?? []
      guard let (earlier, later) = PeopleDirectory.split(known, \.1, isBefore) else { return false }
      let people = Set(added.map(\.0))
      roleHolders[key] = earlier + added + later.filter { !people.contains($0.0) }
    }
    // Units and outside organisations: the first spelling met.
    var setHere: Set<String> = []
    for u in units.sorted(by: { $0.position < $1.position }) {
      let n = u.name.trimming(" .,")
      guard !n.isEmpty else { continue }
      let k = DanishFolding.key(n)
      let here = (u.external ? "e" : "u") + k
      let known = u.external ? externals[k] : self.units[k]
      if known == nil {
        if u.external { externals[k] = n } else { self.units[k] = n }
        setHere.insert(here)
      } else if known != n, !setHere.contains(here) {
        return false
      }
    }
    // The people in the order they were met.
    let inBlock = Set(block)
    let order = Array(0..<boundary) + block + (boundary..<people.count).filter { !inBlock.contains($0) }
    reorder(order)
    return true
  }

  /// Puts the people in a new order (`order[new] = old`) and indexes them again.
  private mutating func reorder(_ order: [Int]) {
    var new: [Int: Int] = [:]
    for (n, o) in order.enumerated() { new[o] = n }
    people = order.map { people[$0] }
    byKey = byKey.compactMapValues { new[$0] }
    spellingCounts = Dictionary(spellingCounts.compactMap { e in new[e.key].map { ($0, e.value) } }, uniquingKeysWith: { a, _ in a })
    roleHolders = roleHolders.mapValues { $0.compactMap { h in new[h.0].map { ($0, h.1) } } }
    roleHolderSet = roleHolders.mapValues { Set($0.map(\.0)) }
    nameWords = Array(repeating: [], count: people.count)
    byFirstAndLaterWord = [:]
    byNameWord = [:]
    for i in people.indices { index(person: i) }
  }
}
