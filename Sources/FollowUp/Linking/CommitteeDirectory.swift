import MinutesCore

/// The committees and bodies of a corpus, under one name each.
///
/// Minutes name a body in several ways: the header says `Direktionen`, a quote says
/// `Direktionens møde`, another `direktionsmødet`; `Hoved MED`, `HovedMED` and
/// `Hoved MED-udvalget` are one body. Names are compared by a key of their letters, folded,
/// without a trailing `udvalget`/`udvalg`; the display name is the one a minutes header uses,
/// else the first one seen.
public struct CommitteeDirectory: Sendable {
  private var names: [String: String] = [:]
  private var fromHeader: Set<String> = []
  /// The keys in order, for matches by prefix in an order that does not change from run to run.
  private var orderedKeys: [String] = []
  /// Where the answers are written down while a reading asks (`CommitteeLookups`).
  var lookups: CommitteeLookups?

  /// Creates an empty directory.
  public init() {}

  /// The key of a body's name.
  public static func key(_ name: String) -> String {
    var scalars = String.UnicodeScalarView()
    for u in DanishFolding.fold(name).unicodeScalars {
      let v = u.value
      let keep =
        v < 0x80
        ? (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
        : u.properties.isAlphabetic || u.properties.numericType != nil
      if keep { scalars.append(u) }
    }
    var letters = String(scalars)
    for suffix in ["udvalget", "udvalg", "udvalgets"] where letters.hasSuffix(suffix) && letters.count > suffix.count + 2 {
      letters.removeLast(suffix.count)
      break
    }
    return letters
  }

  /// Records a name; a header's name wins over names from quotes.
  public mutating func add(_ name: String, isHeader: Bool) {
    let trimmed = name.trimming(" ,.:")
    guard !trimmed.isEmpty else { return }
    let k = CommitteeDirectory.key(trimmed)
    guard !k.isEmpty else { return }
    if names[k] == nil {
      let at = orderedKeys.partitioningIndex { $0 >= k }
      orderedKeys.insert(k, at: at)
    }
    if isHeader {
      if !fromHeader.contains(k) {
        names[k] = trimmed
        fromHeader.insert(k)
      }
    } else if names[k] == nil {
      names[k] = trimmed
    }
  }

  /// Every body: its key, display name and whether a minutes header names it, by key.
  var entries: [(key: String, name: String, isHeader: Bool)] {
    names.keys.sorted().map { k in (k, names[k] ?? k, fromHeader.contains(k)) }
  }

  /// The display name for a body's name.
  public func canonical(_ name: String) -> String {
    let answer = lookUp(name)
    lookups?.canonical[name] = answer
    return answer
  }

  private func lookUp(_ name: String) -> String {
    let k = CommitteeDirectory.key(name)
    if let n = names[k] { return n }
    // A compound such as "direktionsmødet" or a definite form: match by prefix.
    guard k.count >= 5 else { return name }
    for key in orderedKeys where key.hasPrefix(k) || k.hasPrefix(key) {
      // "Sundheds- og Kulturudvalget" is no form of "Sundhedsudvalget": a body named by two
      // fields goes on with `og` after the first.
      let rest = key.count > k.count ? key.dropFirst(k.count) : k.dropFirst(key.count)
      if rest.hasPrefix("og") { continue }
      return names[key] ?? name
    }
    return name
  }

  /// True when two names are one body.
  public func same(_ a: String, _ b: String) -> Bool {
    CommitteeDirectory.key(canonical(a)) == CommitteeDirectory.key(canonical(b))
  }

  /// Whether a name is a committee known from a minutes header.
  public func isHeaderCommittee(_ name: String) -> Bool {
    let answer = fromHeader.contains(CommitteeDirectory.key(name))
    lookups?.headers[name] = answer
    return answer
  }

  /// Whether this directory answers every question written down as it was answered then.
  func answers(as before: CommitteeLookups.Answers) -> Bool {
    before.canonical.allSatisfy { lookUp($0.key) == $0.value }
      && before.headers.allSatisfy { fromHeader.contains(CommitteeDirectory.key($0.key)) == $0.value }
  }
}

/// The questions a reading asked the committee directory and its answers: the reading holds
/// under another directory that answers them the same.
final class CommitteeLookups: @unchecked Sendable {
  /// The answers, as a value.
  struct Answers: Hashable, Sendable {
    /// Display names, by the name asked about.
    var canonical: [String: String] = [:]
    /// Whether a minutes header names the body, by the name asked about.
    var headers: [String: Bool] = [:]
  }

  var canonical: [String: String] = [:]
  var headers: [String: Bool] = [:]

  /// What was asked and answered.
  var answers: Answers { Answers(canonical: canonical, headers: headers) }
}

extension Array {
  /// The first index whose element satisfies a predicate that is false, then true, along the
  /// array (a sorted array's insertion point).
  func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) / 2
      if belongs(self[mid]) { high = mid } else { low = mid + 1 }
    }
    return low
  }
}
