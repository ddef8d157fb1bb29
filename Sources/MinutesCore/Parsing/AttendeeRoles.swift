/// Reads the roles a meeting's header gives its people: `Anne Hansen (formand)`, `Bo Jensen,
/// kasserer`, `Helga Holm - næstformand`, `Formand Anne Hansen`, `Referent: Janne Dyhr`,
/// `Mødeleder: Hans Berg`. A role is kept as its word, lower-cased (`formand`); a party letter
/// (`(V)`) or a note (`(afbud)`) is no role.
enum AttendeeRoles {
  /// The roles a member or officer of a body holds at its meeting: the words a decision calls
  /// them by (`Formanden kontakter kommunen`, `Kassereren udarbejder regnskabet`).
  static let words: Set<String> = [
    "formand", "næstformand", "forkvinde", "næstforkvinde", "kasserer", "sekretær", "referent",
    "mødeleder", "dirigent", "ordstyrer", "borgmester", "viceborgmester", "udvalgsformand",
    "sognepræst", "kirkeværge", "kontaktperson", "menighedsrådsformand", "bestyrelsesformand",
    "tovholder", "revisor", "rådmand", "regionsrådsformand",
  ]

  /// Labels whose value is the one person holding the role the label names (`Formand: Anne
  /// Hansen`, `Referent: Janne Dyhr`).
  static let labels: Set<String> = [
    "formand", "næstformand", "forkvinde", "kasserer", "sekretær", "referent", "mødeleder", "dirigent",
    "ordstyrer", "tovholder",
  ]

  /// Name → role, from the header's lines, for the attendees (and a labelled officer who need
  /// not be among them).
  static func read(_ lines: [String], attendees: [String]) -> [String: String] {
    var roles: [String: String] = [:]
    for line in lines where line.utf8.count <= 2_000 {
      labelled(line, into: &roles)
      for name in attendees where roles[name] == nil || !(roles[name]?.contains("|") ?? true) {
        guard let role = beside(name, in: line) else { continue }
        // "Mødeleder: Signe Dalgaard" and "Signe Dalgaard (A), børne- og ungdomsborgmester": both.
        if let held = roles[name] {
          if !role.split(separator: "|").contains(Substring(held)) { roles[name] = held + "|" + role }
        } else {
          roles[name] = role
        }
      }
    }
    // "Fra administrationen deltog Direktør for Nære Sundhedstilbud Karen Aaberg og ...": a
    // job's title of several words and its holder, named in a sentence of the header.
    for line in lines where line.utf8.count <= 2_000 && line.contains(" for ") {
      for (name, title) in titledNames(line) where roles[name] == nil { roles[name] = title }
    }
    // "... rådmand" / "for Teknik og Miljø Søren Tolstrup (C)": a title a converter wrapped
    // over two lines.
    // "direktør for Børn og" / "Uddannelse Gry Holm", "direktør for Teknik og Miljø" / "Ida
    // Lund, sekretariatschef ...": wrapped anywhere in the title or before the name.
    for (a, b) in zip(lines, lines.dropFirst()) where a.utf8.count <= 400 && b.utf8.count <= 400 {
      guard b.hasPrefix("for ") || a.contains(" for ") || a.hasSuffix(" for") else { continue }
      for (name, title) in titledNames(a + " " + b) where roles[name] == nil { roles[name] = title }
    }
    // "Kommunaldirektør Lone Wind Kristiansen og sekretariatschef Morten Ulrik Bay (referent)
    // deltog i mødet.": a job's word right before a full name, in a sentence of the header.
    for line in lines where line.utf8.count <= 2_000 {
      for (name, title) in jobBeforeName(line) where roles[name] == nil { roles[name] = title }
    }
    // "Fra administrationen deltog kommunaldirektør" / "Anne Bak og ...": the job's word at a
    // line's end, its holder's name a converter wrapped onto the next.
    for (a, b) in zip(lines, lines.dropFirst()) where a.utf8.count <= 2_000 && b.utf8.count <= 2_000 {
      // (Only in a sentence going on, `deltog kommunaldirektør`: `Allan Dyhr (A), borgmester`
      // over the next member's line names its own holder.)
      let words = a.split(separator: " ")
      // (`børne- og ungdomsborgmester` ends a title of two joined words.)
      guard words.count >= 2, let last = words.last, role(last) != nil, words[words.count - 2].allSatisfy({ $0.isLetter && $0.isLowercase }),
        !(words.count >= 3 && words[words.count - 2] == "og" && words[words.count - 3].hasSuffix("-"))
      else { continue }
      for (name, title) in jobBeforeName(last + " " + b) where roles[name] == nil { roles[name] = title }
    }
    // `Direktør for Social og Sundhed` / `Michael Stoltz`: a table of staff flattened one cell a
    // line, each job's title over its holder's name.
    for (title, name) in zip(lines, lines.dropFirst()) where roles[name.trimmingSpaces] == nil {
      if let job = titleLine(title), isName(name.trimmingSpaces), NameGrammar.isFirstName(String(name.trimmingSpaces.prefix { $0 != " " })) {
        roles[name.trimmingSpaces] = job
      }
    }
    // "Helene Sand Lau" and "Helene Sand" with one job: the name read short (its
    // last word is also a first name) is the same person's.
    for (name, role) in roles {
      if roles.contains(where: { other in other.key != name && other.key.hasPrefix(name + " ") && other.value == role }) {
        roles[name] = nil
      }
    }
    return roles
  }

  /// `Direktør for Teknik og Miljø Peter Rask`, `chef for Økonomi og HR Ove Nielsen`: each job's
  /// title that goes on with `for` and the name after it (a first name and one to three more
  /// capitalised words).
  static func titledNames(_ line: String) -> [(name: String, title: String)] {
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).map(String.init)
    var out: [(String, String)] = []
    var k = 0
    while k + 3 < words.count {
      defer { k += 1 }
      guard words[k + 1] == "for", NameGrammar.isRoleWord(words[k].lowercased().trimming(",;:(")) else { continue }
      // The area: capitalised words and `og`, up to a first name that opens a name.
      var j = k + 2
      while j < words.count, j - k <= 8, !(NameGrammar.isFirstName(words[j]) && j > k + 2) {
        // ("Direktør for By, Kultur og Miljø": the area's parts parted by commas.)
        let w = words[j].hasSuffix(",") && j + 1 < words.count ? String(words[j].dropLast()) : words[j]
        guard w == "og" || w == "&" || (w.first?.isUppercase == true && w.allSatisfy({ $0.isLetter || $0 == "-" })) else { break }
        j += 1
      }
      // ("formand for Kulturudvalget, Bo Jensen": a comma before the name ends the title.)
      guard j < words.count, j > k + 2, NameGrammar.isFirstName(words[j]), !words[j - 1].hasSuffix(",") else { continue }
      let (name, m) = nameWords(words, from: j)
      guard name.count >= 2 else { continue }
      let title = words[k..<j].joined(separator: " ").lowercased().trimming("(")
      out.append((name.joined(separator: " "), title))
      k = m - 1
    }
    return out
  }

  /// The name's words from `start` (one to four name words, up to a separator after one), and
  /// the index after them; a role's word ends the name where `roleWordsEnd`.
  static func nameWords(_ words: [String], from start: Int, roleWordsEnd: Bool = false) -> ([String], Int) {
    var name: [String] = []
    var m = start
    while m < words.count, name.count < 4 {
      let w = words[m].trimming(",.;:)")
      // ("Natur- og miljøchef": a compound's first part ends no name.)
      guard NameGrammar.isNameWord(w), !w.hasSuffix("-"), !roleWordsEnd || !NameGrammar.isRoleWord(w) else { break }
      name.append(w)
      if w != words[m] { break }
      m += 1
    }
    return (name, m)
  }

  /// A line that is a job's title and nothing else: one word (`Sekretær`, `Centerchef`) or a
  /// title going on with `for` and its area (`Direktør for Social og Sundhed`), lower-cased.
  static func titleLine(_ line: String) -> String? {
    let t = line.trimming(" \t:")
    guard !t.isEmpty, t.utf8.count <= 60 else { return nil }
    let words = t.split(separator: " ")
    guard let job = role(words[0]) else { return nil }
    if words.count == 1 { return job }
    guard words.count >= 3, words[1] == "for",
      words.dropFirst(2).allSatisfy({ $0 == "og" || $0.first?.isUppercase == true })
    else { return nil }
    return t.lowercased()
  }

  /// Each job's word followed by a full name (a first name and one to three more capitalised
  /// words): `Kommunaldirektør Lone Wind Kristiansen`, `sekretariatschef Morten Ulrik Bay (referent)`
  /// (the task in brackets held too: `referent|sekretariatschef`).
  static func jobBeforeName(_ line: String) -> [(name: String, title: String)] {
    // ("Desuden deltog:Kommunaldirektør Henriette Dam": a label glued to the job's word.)
    let words = line.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).flatMap { w -> [String] in
      guard let c = w.firstIndex(of: ":"), c > w.startIndex, w[w.index(after: c)...].first?.isUppercase == true else { return [String(w)] }
      return [String(w[...c]), String(w[w.index(after: c)...])]
    }
    var out: [(String, String)] = []
    var k = 0
    while k + 2 < words.count {
      defer { k += 1 }
      guard words[k].allSatisfy({ $0.isLetter || $0 == "-" }), let job = role(Substring(words[k])),
        NameGrammar.isFirstName(words[k + 1])
      else { continue }
      let (name, m) = nameWords(words, from: k + 1, roleWordsEnd: true)
      guard name.count >= 2 else { continue }
      var title = job
      // "Kultur- og fritidschef Rikke Sand": a title of two joined by `og`.
      if k >= 2, words[k - 1] == "og", words[k - 2].hasSuffix("-"), words[k - 2].count > 2,
        words[k - 2].dropLast().allSatisfy(\.isLetter)
      {
        title = words[k - 2].lowercased() + " og " + job
      }
      if m < words.count, words[m].hasPrefix("("), let task = role(Substring(words[m].trimming("().,;"))),
        ["referent", "mødeleder", "ordstyrer", "dirigent", "sekretær"].contains(task)
      {
        title = task + "|" + job
      } else if !AttendeeRoles.words.contains(job), let area = area(words, at: m) {
        // "Koncerndirektør Henrik Holm (Sundhed)": the area the job is for, in brackets after
        // the name (`koncerndirektør for sundhed`).
        title = job + " for " + area
      }
      out.append((name.joined(separator: " "), title))
      k = m - 1
    }
    return out
  }

  /// `(Sundhed)`, `(Regional Udvikling)`, `(Børn og Unge)` at `words[m]`: an area in brackets,
  /// lower-cased; nil for a party's letters, a role, a note or anything else.
  static func area(_ words: [String], at m: Int) -> String? {
    guard m < words.count, words[m].hasPrefix("(") else { return nil }
    var parts: [String] = []
    var k = m
    while k < words.count, parts.count < 5 {
      let w = words[k]
      parts.append(w.trimming("(),.;"))
      if w.contains(")") { break }
      k += 1
    }
    guard k < words.count, words[k].contains(")"), let first = parts.first, first.count >= 3,
      !NameGrammar.isPartyLetters(first), role(Substring(first)) == nil,
      parts.allSatisfy({ $0 == "og" || $0 == "&" || ($0.first?.isUppercase == true && $0.dropFirst().allSatisfy { $0.isLowercase || $0 == "-" }) })
    else { return nil }
    return parts.joined(separator: " ").lowercased()
  }

  /// `Referent: Janne Dyhr`, `Formand: Anne Hansen (V)`: a role's label and one name;
  /// `Sekretær og referent: Karin Møller Juhl (KMJ)`: two labels for one holder.
  static func labelled(_ line: String, into roles: inout [String: String]) {
    guard let colon = line.firstIndex(of: ":") else { return }
    let written = String(line[..<colon]).trimming(" \t-•*").lowercased()
    let parts = written.components(separatedBy: " og ").flatMap { $0.split(separator: "/").map { String($0).trimmingSpaces } }
    guard parts.allSatisfy({ labels.contains($0) }), let last = parts.last else { return }
    let label = parts.count > 1 ? last : written
    var value = String(line[line.index(after: colon)...]).trimmingSpaces
    if let paren = value.firstIndex(of: "(") { value = String(value[..<paren]).trimmingSpaces }
    // "Referent: Sekretær Hanne Brix, Ældre og Sundhed": the name up to the comma, and the
    // title before it held too (`referent|sekretær`).
    if let comma = value.firstIndex(of: ",") { value = String(value[..<comma]).trimmingSpaces }
    value = value.trimming(" .;")
    let words = value.split(separator: " ")
    if words.count >= 3, let title = role(words[0]), isName(words.dropFirst().joined(separator: " ")) {
      let name = words.dropFirst().joined(separator: " ")
      if roles[name] == nil { roles[name] = title == label ? label : label + "|" + title }
      return
    }
    // "Ordstyrer: Peter Næstformanden": a role word is no part of a name.
    guard isName(value), roles[value] == nil, !value.split(separator: " ").contains(where: { NameGrammar.isRoleWord(String($0)) })
    else { return }
    roles[value] = label
  }

  /// The role written right after a name (`(formand)`, `(V, formand)`, `, kasserer`,
  /// `- næstformand`) or right before it (`Formand Anne Hansen`, `formand: Anne Hansen`).
  static func beside(_ name: String, in line: String) -> String? {
    var searchFrom = line.startIndex
    while let r = line.range(of: name, range: searchFrom..<line.endIndex) {
      searchFrom = r.upperBound
      // A longer name that begins with this one ("Anne Hansen" in "Anne Hansen Berg").
      if let next = line[r.upperBound...].first, next.isLetter { continue }
      // "viceskoleleder Lone Vinther (referent)": the job before the name, then the meeting's
      // task after it; she is `Viceskolelederen` and `Referenten` both.
      let written = (after(line[r.upperBound...]), before(line[..<r.lowerBound]))
      if let task = written.0, ["referent", "mødeleder", "ordstyrer", "dirigent", "sekretær"].contains(task), let job = written.1 {
        return job + "|" + task
      }
      // "Koncerndirektør Henrik Holm (Sundhed)": the job before the name, the area it is for
      // in brackets after it.
      if written.0 == nil, let job = written.1, !AttendeeRoles.words.contains(job),
        let area = area(line[r.upperBound...].split(separator: " ").map(String.init), at: 0)
      {
        return job + " for " + area
      }
      // "Rådmand Susanne Krogh (A), formand": both, the one after first (`formand|rådmand`).
      if let after = written.0, let before = written.1, after != before { return after + "|" + before }
      if let role = written.0 ?? written.1 ?? titleBefore(line[..<r.lowerBound]) { return role }
    }
    return nil
  }

  /// A job's title of several words before a name (`Direktør for Teknik og Miljø Peter Rask`,
  /// `chef for Økonomi og HR Ove Nielsen`): the title, lower-cased, from the line's start or the
  /// last separator, when it opens with a job's word and goes on with `for`.
  static func titleBefore(_ head: Substring) -> String? {
    let t = head.reversed().drop { $0 == " " || $0 == "\u{A0}" }
    let phrase = String(t.prefix { !",;:(".contains($0) }.reversed()).trimmingSpaces
    // (`Fra administrationen    Direktør for ...`: a label without its colon before it.)
    let words = phrase.split(separator: " ")
    guard let k = words.indices.dropLast().last(where: { words[$0 + 1].lowercased() == "for" && NameGrammar.isRoleWord(words[$0].lowercased()) }),
      (3...8).contains(words.count - k)
    else { return nil }
    return words[k...].joined(separator: " ").lowercased()
  }

  static func after(_ rest: Substring) -> String? {
    let t = rest.drop { $0 == " " || $0 == "\u{A0}" }
    if t.first == "(", let close = t.firstIndex(of: ")") {
      for piece in t[t.index(after: t.startIndex)..<close].split(whereSeparator: { $0 == "," || $0 == "/" || $0 == ";" }) {
        if let role = role(piece) { return role }
        // "(rådmand for Børn og Unge)": a title going on with `for` and its area.
        if let line = titleLine(String(piece)), line.contains(" for ") { return line }
      }
      // "Anne Hansen (A) - formand": the party's letter, then the role.
      let rest = t[t.index(after: close)...]
      return rest.first == "(" ? nil : after(rest)
    }
    for mark in [",", "-", "–"] where t.hasPrefix(mark) {
      let value = t.dropFirst(mark.count).drop { $0 == " " || $0 == "\u{A0}" }
      // "Signe Dalgaard (A), børne- og ungdomsborgmester": a title of two joined by `og`.
      let parts = value.split(separator: " ", maxSplits: 3)
      if parts.count >= 3, parts[0].hasSuffix("-"), parts[0].count > 2, parts[1] == "og",
        case let head = String(parts[2]).trimming(",.;)"), let found = role(Substring(head))
      {
        return parts[0].lowercased() + " og " + found
      }
      // The words up to the next separator: `, kasserer, Bo Jensen` / `- formand og ...`.
      let word = value.prefix { $0.isLetter }
      let next = value.dropFirst(word.count).first
      guard next == nil || next == "," || next == " " || next == "." || next == ";" || next == ")" else { return nil }
      // "Anne Hansen, formand for Kulturudvalget": another body's chair, not this one's.
      let followingWord = value.dropFirst(word.count).drop { $0 == " " }.prefix { $0.isLetter }
      let following = followingWord.lowercased()
      if ["for", "i", "af", "ved"].contains(following) { return nil }
      // "Jens Bro, viceskoleleder Lone Vinther": the title of the next name; "Jesper Kirk
      // Mortensen, formand   Kommunaldirektør": a table's next column, the job.
      if next == " ", followingWord.first?.isUppercase == true {
        guard let found = role(word), let job = role(followingWord[...]), !NameGrammar.isFirstName(String(followingWord)) else { return nil }
        return found + "|" + job
      }
      if let found = role(word) { return found }
      // "Søs Lind, FOA (næstformand)": the organisation, then the role in brackets.
      let rest = value.dropFirst(word.count).drop { $0 == " " || $0 == "\u{A0}" }
      return rest.first == "(" ? after(rest) : nil
    }
    return nil
  }

  static func before(_ head: Substring) -> String? {
    let t = head.reversed().drop { $0 == " " || $0 == "\u{A0}" || $0 == ":" }
    // "HR-chef Tanja Krarup": a title compounded with a hyphen is one word.
    let word = String(t.prefix { $0.isLetter || $0 == "-" }.reversed()).trimming("-")
    guard !word.isEmpty else { return nil }
    // The word stands alone: at the line's start or after a separator.
    let beforeWord = t.dropFirst(word.count).first
    guard beforeWord == nil || beforeWord == "," || beforeWord == " " || beforeWord == ";" || beforeWord == "(" else { return nil }
    guard let found = role(word[...]) else { return nil }
    // "Natur- og miljøchef Jesper Ahl": the title's first part, its ending left to the second.
    let words = head.split(separator: " ")
    if words.count >= 3, words[words.count - 2].lowercased() == "og", words[words.count - 3].hasSuffix("-"),
      words[words.count - 3].dropLast().allSatisfy(\.isLetter)
    {
      return words[words.count - 3].lowercased() + " og " + found
    }
    return found
  }

  /// Short forms of the roles (`fmd.`, `kass.`).
  static let abbreviations: [String: String] = [
    "fmd": "formand", "fm": "formand", "nfmd": "næstformand", "næstfmd": "næstformand", "kass": "kasserer",
    "sekr": "sekretær", "ref": "referent",
  ]

  static func role(_ piece: Substring) -> String? {
    let w = String(piece).trimming(" .\u{A0}").lowercased()
    if words.contains(w) { return w }
    if let short = abbreviations[w] { return short }
    // A job's word by its head (`skoleleder`, `viceskoleleder`, `økonomichef`), a cleric's
    // (`provst`, `præst`): the word a decision may call its holder by (`Skolelederen`).
    guard !w.contains(" "), w.count >= 4, w.allSatisfy({ $0.isLetter || $0 == "-" }), w.first?.isLetter == true else { return nil }
    // "hr-chef": the head after the hyphen tells the job.
    let head = w.split(separator: "-").last.map(String.init) ?? w
    return NameGrammar.isRoleWord(w) || NameGrammar.isRoleWord(head) || AttendeeList.clericTitles.contains(w) ? w : nil
  }

  /// Two to four capitalised words.
  static func isName(_ s: String) -> Bool {
    let words = s.split(separator: " ")
    return (2...4).contains(words.count) && words.allSatisfy { $0.first?.isUppercase == true && $0.dropFirst().allSatisfy { $0.isLetter || $0 == "-" || $0 == "." } }
  }
}
