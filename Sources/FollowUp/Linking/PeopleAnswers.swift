import MinutesCore

/// What a people directory answers to the questions owners are resolved with
/// (`PeopleLookups`), as far as the resolution uses the answer: who a name, spelling or short
/// form is; whether a name word or a role has one, several or no people. Made from the people
/// alone (a store keeps those, not the directory), so that two directories can be compared
/// question by question.
struct PeopleAnswers {
  private var byKey: [String: Set<String>] = [:]
  private var byWord: [String: Set<String>] = [:]
  private var byFirstWord: [String: [(words: [String], name: String)]] = [:]
  private var byRole: [String: Set<String>] = [:]

  init(_ people: [Person]) {
    for p in people {
      for n in [p.name] + p.aliases { byKey[PeopleDirectory.nameKey(n), default: []].insert(p.name) }
      let words = PeopleDirectory.nameKey(p.name).split(separator: " ").map(String.init)
      for w in Set(words) { byWord[w, default: []].insert(p.name) }
      if let f = words.first { byFirstWord[f, default: []].append((words, p.name)) }
      for r in p.roles { byRole[PeopleDirectory.roleKey(r.title), default: []].insert(p.name) }
    }
  }

  /// One person's name, none, or several (`*`).
  static func one(_ names: Set<String>) -> String {
    names.count == 1 ? names.first ?? "" : names.isEmpty ? "" : "*"
  }

  /// The answer to a question (`n:`, `s:`, `w:`, `r:`), or `nil` for one the people alone do not
  /// answer (units, outside organisations, role titles).
  func answer(_ token: String) -> String? {
    guard let colon = token.firstIndex(of: ":") else { return nil }
    let key = String(token[token.index(after: colon)...])
    switch PeopleLookups.Question(rawValue: String(token[..<colon])) {
    case .name: return (byKey[key] ?? []).sorted().joined(separator: "|")
    case .word: return PeopleAnswers.one(byWord[key] ?? [])
    case .holders: return PeopleAnswers.one(byRole[key] ?? [])
    case .shortForm:
      let words = key.split(separator: " ").map(String.init)
      guard let first = words.first, words.count >= 2 else { return "" }
      var found: Set<String> = []
      for (full, name) in byFirstWord[first] ?? [] where full.count > words.count {
        var j = 1
        var ok = true
        for w in words.dropFirst() {
          while j < full.count, full[j] != w { j += 1 }
          if j == full.count {
            ok = false
            break
          }
          j += 1
        }
        if ok { found.insert(name) }
      }
      return PeopleAnswers.one(found)
    default: return nil
    }
  }
}
