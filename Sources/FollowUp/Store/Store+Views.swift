import MinutesCore

/// The store's answers for the weekly loop: one owner's actions (owned, assigned by hand or
/// inferred), the cases sent on and still waiting, and what the next agenda of a committee
/// holds. Every action is read through `ActionState`, so its owner, due day and status are
/// those of every other report.
extension Store {
  /// A day after every decision: actions read as of it are all there.
  static let endOfTime = Day(ordinal: Int(Int32.max))

  /// The actions whose owners (after `assign` events) or inferred responsible, as of `day`,
  /// include one of `ownerKeys` (`DanishFolding.key` of a name).
  public func actions(
    asOf day: Day, ownerKeys: Set<String>, committee: String? = nil, includeClosed: Bool = false
  ) throws -> [ActionView] {
    guard !ownerKeys.isEmpty else { return [] }
    let keys = ownerKeys.sorted()
    let marks = keys.map { _ in "?" }.joined(separator: ",")
    // Candidates: owned (or, where the store keeps it, inferred responsible) under one of the
    // keys, or assigned by hand to anyone: the view decides.
    let candidates = try actions(
      asOf: day, committee: committee, includeClosed: includeClosed,
      where: """
        AND (id IN (SELECT action_id FROM action_owners WHERE name_key IN (\(marks)))
          OR id IN (SELECT target FROM events WHERE kind = 'assign'))
        """,
      keys.map { .text($0) })
    return candidates.filter { v in v.accountable.contains { ownerKeys.contains(DanishFolding.key($0.name)) } }
  }
}

extension Store {
  /// The register assembled again from the documents' readings (none is parsed again) and the
  /// people file, for an export of the store (the events are read with `eventsByTarget()`).
  public func register() throws -> Register {
    var linker = try StoreLinker(db: db, full: true)
    try linker.rank()
    let coder = StoreCoder()
    var builder = RegisterBuilder(peopleFile: try peopleFile())
    for chunk in Store.chunks(linker.ordered, of: 500) {
      let marks = Store.marks(chunk.count)
      var readings: [Int: DocumentReading] = [:]
      for (id, r) in try db.rows(ReadingsTable.table, "WHERE document IN (\(marks))", chunk.map { .int($0) }, {
        ($0.int("document"), try ReadingsTable.read($0, coder: coder))
      }) {
        readings[id] = r
      }
      for (id, facts) in try db.rows(DocumentPeopleTable.table, "WHERE document IN (\(marks))", chunk.map { .int($0) }, {
        ($0.int("document"), try coder.decode($0, "facts", coder.facts))
      }) {
        readings[id]?.people = facts
      }
      for id in chunk { if let r = readings[id] { builder.readings.append(r) } }
    }
    return builder.build()
  }

  /// Every event recorded, by target.
  public func eventsByTarget() throws -> [String: [FollowUpEvent]] {
    let targets = try db.prepare("SELECT DISTINCT target FROM events").rows { $0.text(0) }
    return try events(for: targets)
  }
}

extension Store {
  /// The names an owner may be looked up by: the people (with their aliases and the roles
  /// they hold), every owner the minutes name (units, bodies, roles no person holds, outside
  /// parties) and every name assigned by hand.
  package func ownerDirectory() throws -> [TypedName.Entry] {
    // Of each person only what a name is found by (not the evidence), each role title once
    // (a person's roles repeat a title for every place it was learned).
    let people = try db.prepare("SELECT name, aliases, roles FROM people ORDER BY name").rows {
      ($0.text(0), $0.text(1), $0.text(2))
    }
    // Records are split on the separator's byte (RS, then US: one byte each in UTF-8).
    let record = UInt8(ascii: "\u{1E}")
    let field = UInt8(ascii: "\u{1F}")
    var entries = people.map { name, aliases, roles in
      var also = aliases.utf8.split(separator: record).map { String(decoding: $0, as: UTF8.self) }
      var titles = Set<String>()
      for role in roles.utf8.split(separator: record) {
        let title = String(decoding: role.prefix { $0 != field }, as: UTF8.self)
        if titles.insert(title).inserted { also.append(title) }
      }
      return TypedName.Entry(name: name, also: also)
    }
    // The first action (by id) of each name an action is owned under, with its owners'
    // names then its inferred responsible's, as reports show them: the names are read from
    // the index, the first action of each by a seek.
    let keys = try distinctValues("name_key", of: "action_owners")
    let first = try db.prepare("SELECT min(action_id) FROM action_owners WHERE name_key = ?")
    var ids: [String] = []
    for key in keys {
      if let id = try first.rows([.text(key)], { $0.optionalText(0) }).first ?? nil { ids.append(id) }
    }
    for chunk in ids.chunked(500) {
      let names = try db.prepare(
        """
        SELECT o.name FROM action_owners o WHERE o.action_id IN (\(Store.marks(chunk.count)))
          AND EXISTS (SELECT 1 FROM actions a WHERE a.id = o.action_id) ORDER BY o.action_id, o.responsible, o.position
        """
      ).rows(chunk.map { .text($0) }) { $0.text(0) }
      for name in names { entries.append(TypedName.Entry(name: name)) }
    }
    let assigned = try db.prepare("SELECT DISTINCT value FROM events WHERE kind = 'assign' AND value IS NOT NULL")
      .rows { $0.text(0) }
    for value in assigned {
      for n in value.split(separator: ",") {
        let name = n.trimmingCharacters(in: .whitespaces)
        if !name.isEmpty { entries.append(TypedName.Entry(name: name)) }
      }
    }
    return entries
  }

  /// The owner a name typed on a command line means, and the keys of the names their actions
  /// are owned under: the person's own name, and a role title they hold when an action names
  /// only the role (`kommunaldirektør`).
  /// - Throws: `TypedNameError` when no owner or several fit.
  public func resolveOwner(_ typed: String) throws -> (name: String, keys: Set<String>) {
    let directory = try ownerDirectory()
    var match = TypedName.find(typed, in: directory)
    var keys = Set<String>()
    // A role typed finds its holder and the role itself where the minutes name only the role:
    // both are the holder's.
    if case .several(let names) = match {
      let holders = directory.filter { e in
        names.contains(e.name) && names.allSatisfy { n in n == e.name || e.also.contains { TypedName.loose($0) == TypedName.loose(n) } }
      }
      if let holder = holders.first, Set(holders.map(\.name)).count == 1 {
        match = .one(holder.name)
        keys = Set(names.map { DanishFolding.key($0) })
      }
    }
    if let error = TypedNameError(match, typed: typed, what: "ingen ansvarlig") { throw error }
    guard case .one(let name) = match else { return (typed, []) }
    keys.insert(DanishFolding.key(name))
    return (name, keys)
  }

  /// The person or unit an action is assigned to by a name typed on a command line: one the
  /// directory holds, or, with `isNew`, the name as typed.
  /// - Throws: `TypedNameError` when nothing fits (and `isNew` is not given) or several do.
  public func resolveAssignee(_ typed: String, isNew: Bool) throws -> String {
    let name = typed.trimmingCharacters(in: .whitespaces)
    if isNew { return name }
    let match = TypedName.find(name, in: try ownerDirectory())
    let hint = "Er det en ny ansvarlig, så skriv --new for at tilføje '\(Terminal.escaped(name))' som den er skrevet."
    if let error = TypedNameError(match, typed: name, what: "ingen person eller enhed", hint: hint) { throw error }
    guard case .one(let found) = match else { return name }
    return found
  }

  /// The committees the store knows: those whose meetings were read, and those quoted.
  package func committeeNames() throws -> [String] {
    let names = Set(try distinctValues("committee", of: "meetings") + distinctValues("committee", of: "appearances"))
    return names.filter { !$0.isEmpty }.sorted()
  }

  /// The committee a name typed on a command line means (`direktion`, `Økonomiudvalget`).
  /// - Throws: `TypedNameError` when no committee or several fit.
  public func resolveCommittee(_ typed: String) throws -> String {
    let names = try committeeNames()
    let match = TypedName.find(typed, in: names.map { TypedName.Entry(name: $0) })
    if let error = TypedNameError(match, typed: typed, what: "intet udvalg", known: names, knownLabel: "kendte udvalg") { throw error }
    guard case .one(let name) = match else { return typed }
    return name
  }
}

extension Store {
  /// The review queue: what the engine was unsure of, with confirmations applied. An inferred
  /// responsible (`responsible-inferred`) is listed under its action's id, so that `confirm ID`
  /// makes the responsible the action's owner (`ActionState`); it counts as confirmed when
  /// its action or its finding is.
  public func reviewEntries() throws -> [ReviewEntry] {
    var entries = try review()
    let inferred = entries.indices.filter { entries[$0].code == "responsible-inferred" }
    guard !inferred.isEmpty else { return entries }
    // The finding's message ends with the action's sentence (`...: <sentence>`); the action is
    // the one with that sentence at the finding's place.
    var suffixes = Set<String>()
    for i in inferred {
      let m = entries[i].message
      var r = m.startIndex..<m.startIndex
      while let found = m.range(of: ": ", range: r.upperBound..<m.endIndex) {
        suffixes.insert(String(m[found.upperBound...]))
        r = found
      }
    }
    var byPlace: [String: [ActionItem]] = [:]
    for chunk in Array(suffixes).chunked(500) {
      let marks = chunk.map { _ in "?" }.joined(separator: ",")
      for v in try actions(asOf: Store.endOfTime, includeClosed: true, where: "AND sentence IN (\(marks))", chunk.map { .text($0) }) {
        byPlace[v.action.location.description, default: []].append(v.action)
      }
    }
    let ids = byPlace.values.flatMap { $0.map(\.id) }
    let confirmed = Set(try events(for: ids).filter { $0.value.contains { $0.kind == .confirm } }.keys)
    for i in inferred {
      let e = entries[i]
      let matching = (byPlace[e.location.description] ?? []).filter { e.message.hasSuffix(": " + $0.sentence) }
      guard matching.count == 1, let a = matching.first else { continue }
      entries[i].key = a.id
      entries[i].isConfirmed = e.isConfirmed || confirmed.contains(a.id)
    }
    return entries
  }
}

extension Array {
  /// The array in parts of at most `size` elements.
  func chunked(_ size: Int) -> [ArraySlice<Element>] {
    stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
  }
}
