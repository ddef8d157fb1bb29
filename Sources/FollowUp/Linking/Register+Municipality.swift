import MinutesCore

extension Register {
  /// The municipality (or region) a meeting's document comes from, as its file name tells:
  /// the words in front of the committee's name (`fredensborg-oekonomiudvalget-2013-12-09.txt`
  /// → `fredensborg`, `region-midtjylland-hmu-psykiatri-og-social-2017-11-06.txt` →
  /// `region-midtjylland`, `aarhus-byraad-referat-2025-08-27.txt` → `aarhus`); empty when the
  /// name starts with the committee (`direktionen-2024-10-02.txt`) or does not hold it. A
  /// council named after its municipality (`Aarhus Byråd`) names it itself.
  ///
  /// Same-named committees of different municipalities (two `Økonomiudvalget`) are different
  /// bodies: their meetings must not make each other's calendar.
  package static func municipality(of m: Meeting) -> String {
    let file = m.source.split(separator: "/").last.map(String.init) ?? m.source
    let words = slugWords(file)
    var committee = slugWords(m.committee)
    if let own = councilTown(committee) { return own }
    guard !committee.isEmpty, !words.isEmpty else { return "" }
    for attempt in 0..<2 {
      if attempt == 1 {
        // "Byrådet" in "aarhus-byraad-referat": the name without its definite ending.
        guard let last = committee.last, last.count > 4, last.hasSuffix("et") || last.hasSuffix("en") else { break }
        committee[committee.count - 1] = String(last.dropLast(2))
      }
      guard committee.count <= words.count else { continue }
      for start in 0...(words.count - committee.count)
      where Array(words[start..<(start + committee.count)]) == committee {
        return words[..<start].joined(separator: "-")
      }
    }
    return ""
  }

  /// A council named after its municipality (`Aarhus Byråd`, `Lemvig Kommunalbestyrelse`,
  /// `Favrskov Kommunes Økonomiudvalg`): the municipality's name.
  static func councilTown(_ committee: [String]) -> String? {
    guard committee.count >= 2 else { return nil }
    let second = committee[1]
    guard ["byraad", "kommunalbestyrelse", "kommune", "regionsraad"].contains(where: { second.hasPrefix($0) }) else {
      return nil
    }
    return committee[0]
  }

  /// Lower-case ASCII words of a name or file name: Danish letters as file names write them
  /// (`æ` → `ae`, `ø` → `oe`, `å` → `aa`), digits dropped with the extension.
  static func slugWords(_ s: String) -> [String] {
    var name = s.lowercased()
    if let dot = name.lastIndex(of: "."), name.distance(from: dot, to: name.endIndex) <= 5 {
      name = String(name[..<dot])
    }
    var words: [String] = []
    var current = ""
    for c in name {
      switch c {
      case "æ": current += "ae"
      case "ø": current += "oe"
      case "å": current += "aa"
      case "é": current += "e"
      case "ü": current += "u"
      case "ö": current += "oe"
      case "ä": current += "ae"
      default:
        if c.isASCII, c.isLetter {
          current.append(c)
        } else if !current.isEmpty {
          words.append(current)
          current = ""
        }
      }
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// The calendar key of a committee of a municipality.
  func calendarKey(_ committee: String, town: String) -> String {
    town.isEmpty ? committeeKey(committee) : town + "|" + committeeKey(committee)
  }

  /// The municipality of the document a source names (a meeting's file).
  func town(ofSource source: String) -> String { towns[source] ?? onlyTown ?? "" }
}
