import MinutesCore

/// A name as people type it on a command line (`--owner`, `assign`, `--committee`), found in
/// a directory of the names the store knows: in any case, with or without accents, `aa` for
/// `å` and `o` or `oe` for `ø`, a unique first name or surname (`Louise`, `Agerbo`), the first
/// letters of the words (`ditte aagaard`), initials (`LA`, `S.S.K.`), a role its holder has
/// (`kommunaldirektør`). A slip of a letter or two (`Louise Agerbro`) is never taken for
/// another name: it is suggested (`mente du Louise Agerbo?`), so that a typo never shows
/// someone else's list or gives someone else an action.
package enum TypedName {
  /// One name of a directory and the words it may be found by.
  package struct Entry: Hashable, Sendable {
    /// The name reports show (`Louise Agerbo`, `Direktionen`).
    package var name: String
    /// Other names for it: aliases, spellings, role titles its holder has.
    package var also: [String]

    /// Creates an entry.
    package init(name: String, also: [String] = []) {
      self.name = name
      self.also = also
    }
  }

  /// What a typed name found.
  package enum Match: Hashable, Sendable {
    /// One entry (its name).
    case one(String)
    /// Several entries fit equally well (their names, sorted).
    case several([String])
    /// None; the nearest name when one is near enough to suggest.
    case none(suggestion: String?)
  }

  /// Finds a typed name in a directory. The ways are tried from the surest: the whole name or
  /// one of its other names, then initials, then word beginnings; the first way that finds
  /// anything decides. When none does, the nearest name within a small edit distance is the
  /// suggestion.
  package static func find(_ typed: String, in entries: [Entry]) -> Match {
    let q = loose(typed)
    guard !q.isEmpty else { return .none(suggestion: nil) }
    let words = q.split(separator: " ").map(String.init)
    var byName: [String: Entry] = [:]
    for e in entries where !e.name.isEmpty {
      if var known = byName[e.name] {
        known.also += e.also
        byName[e.name] = known
      } else {
        byName[e.name] = e
      }
    }
    let all = byName.values.sorted { $0.name < $1.name }
    // Each text made loose once: a directory repeats role titles across its people, and
    // every way below reads every entry's texts.
    var loosened: [String: String] = [:]
    func looseOnce(_ s: String) -> String {
      if let l = loosened[s] { return l }
      let l = loose(s)
      loosened[s] = l
      return l
    }
    var textsByName: [String: [String]] = [:]
    for e in all { textsByName[e.name] = ([e.name] + e.also).map(looseOnce).filter { !$0.isEmpty } }
    func texts(_ e: Entry) -> [String] { textsByName[e.name] ?? [] }
    let ways: [(Entry) -> Bool] = [
      { e in texts(e).contains(q) },
      { e in isInitials(q, of: looseOnce(e.name)) },
      { e in texts(e).contains { startsWords(words, of: $0) } },
    ]
    for way in ways {
      let found = all.filter(way).map(\.name)
      if found.count == 1, let only = found.first { return .one(only) }
      if found.count > 1 { return .several(found) }
    }
    // The nearest whole name, or for one word typed the nearest word of a name.
    func gap(_ e: Entry) -> Int {
      let whole = texts(e).map { isNear(q, $0) ? distance(q, $0) : Int.max }.min() ?? Int.max
      guard words.count == 1, q.count >= 4 else { return whole }
      let word = looseOnce(e.name).split(separator: " ").map { isNear(q, String($0)) ? distance(q, String($0)) : Int.max }.min()
      return min(whole, word ?? Int.max)
    }
    let nearest = all.map { ($0.name, gap($0)) }.filter { $0.1 != Int.max }.min { ($0.1, $0.0) < ($1.1, $1.0) }
    return .none(suggestion: nearest?.0)
  }

  /// Lower case in ASCII as people type Danish names without Danish letters: `æ`, `ae` and
  /// `ä` as `a`, `ø`, `oe` and `ö` as `o`, `å` and `aa` as `a`, accents dropped; punctuation
  /// a space, spaces single (`Søren Aagård` and `soren agaard` are alike).
  package static func loose(_ s: String) -> String {
    var t = transliterated(s)
    for (pair, single) in [("aa", "a"), ("ae", "a"), ("oe", "o")] where t.contains(pair) {
      t = t.replacing(pair, with: single)
    }
    return t
  }

  static func transliterated(_ s: String) -> String {
    var out = ""
    var space = false
    for c in s.lowercased() {
      let mapped: String
      switch c {
      case "æ", "ä": mapped = "ae"
      case "ø", "ö": mapped = "oe"
      case "å": mapped = "aa"
      case "é", "è", "ê", "ë": mapped = "e"
      case "ü": mapped = "u"
      case "á", "à", "â": mapped = "a"
      case "í", "ì", "î", "ï": mapped = "i"
      case "ó", "ò", "ô": mapped = "o"
      case "ú", "ù", "û": mapped = "u"
      default: mapped = c.isLetter || c.isNumber ? String(c) : ""
      }
      if mapped.isEmpty {
        space = !out.isEmpty
        continue
      }
      if space { out += " " }
      space = false
      out += mapped
    }
    return out
  }

  /// Each typed word begins a word of the text, in order, and the typed words are not all the
  /// text's initials by another route (`ditte aagaard` in `ditte aagaard pedersen`).
  static func startsWords(_ typed: [String], of text: String) -> Bool {
    let words = text.split(separator: " ")
    var j = 0
    for w in typed {
      while j < words.count, !words[j].hasPrefix(w) { j += 1 }
      if j == words.count { return false }
      j += 1
    }
    return true
  }

  /// `la`, `l a` or `ssk` for the first letters of each word of a name of two words or more.
  static func isInitials(_ typed: String, of name: String) -> Bool {
    let letters = typed.replacing(" ", with: "")
    let words = name.split(separator: " ")
    guard words.count >= 2, letters.count == words.count, letters.allSatisfy(\.isLetter) else { return false }
    return zip(letters, words).allSatisfy { l, w in w.first == l }
  }

  /// A slip of a letter or two: one edit for short words, two for a name of ten letters or
  /// more, three past twenty.
  static func isNear(_ a: String, _ b: String) -> Bool {
    let n = max(a.count, b.count)
    let allowed = n >= 20 ? 3 : n >= 10 ? 2 : n >= 4 ? 1 : 0
    return allowed > 0 && abs(a.count - b.count) <= allowed && distance(a, b) <= allowed
  }

  /// The edit distance (insertions, deletions, substitutions and swaps of two neighbours).
  static func distance(_ a: String, _ b: String) -> Int {
    let x = Array(a)
    let y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    // Long strings are far apart for this purpose: no quadratic work on them.
    if x.count > 200 || y.count > 200 { return max(x.count, y.count) }
    var previous2 = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      previous2 = previous
      previous = current
    }
    return previous[y.count]
  }
}

/// A name typed on a command line that the directory does not hold, or holds more than once.
public struct TypedNameError: Error, CustomStringConvertible, Sendable {
  /// Why.
  public enum Reason: Sendable {
    /// Nothing fits.
    case notFound
    /// Several fit.
    case ambiguous
  }

  /// Why.
  public var reason: Reason
  /// One line in Danish: `ingen ansvarlig 'Louise Agerbro'; mente du Louise Agerbo?`.
  public var description: String

  /// What a match says as an error, or `nil` for one name.
  /// - Parameters:
  ///   - what: The noun with its article of negation: `ingen ansvarlig`, `intet udvalg`.
  ///   - known: Names to list when nothing is near (the committees, say), after `knownLabel`.
  ///   - hint: A sentence after the message (`Skriv --new ...`).
  package init?(
    _ match: TypedName.Match, typed: String, what: String, known: [String] = [], knownLabel: String = "kendte",
    hint: String? = nil
  ) {
    let shown = Terminal.escaped(typed)
    var message: String
    switch match {
    case .one: return nil
    case .several(let names):
      reason = .ambiguous
      message = "'\(shown)' passer på flere: \(names.prefix(10).joined(separator: ", "))\(names.count > 10 ? " ..." : ""); skriv mere af navnet"
    case .none(let suggestion):
      reason = .notFound
      message = "\(what) '\(shown)'"
      if let suggestion {
        message += "; mente du \(suggestion)?"
      } else if !known.isEmpty {
        message += "; \(knownLabel): \(known.prefix(10).joined(separator: ", "))\(known.count > 10 ? " ..." : "")"
      }
    }
    if let hint { message += (message.hasSuffix("?") ? " " : ". ") + hint }
    description = message
  }
}
