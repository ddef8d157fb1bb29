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
    let k = CommitteeDirectory.key(name)
    if let n = names[k] { return n }
    // A compound such as "direktionsmødet" or a definite form: match by prefix.
    for (key, display) in names where k.count >= 5 && (key.hasPrefix(k) || k.hasPrefix(key)) {
      return display
    }
    return name
  }

  /// True when two names are one body.
  public func same(_ a: String, _ b: String) -> Bool {
    CommitteeDirectory.key(canonical(a)) == CommitteeDirectory.key(canonical(b))
  }

  /// Whether a name is a committee known from a minutes header.
  public func isHeaderCommittee(_ name: String) -> Bool {
    fromHeader.contains(CommitteeDirectory.key(name))
  }
}
