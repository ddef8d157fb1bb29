import MinutesCore

extension Register {
  /// Unit acronyms common in Danish municipalities.
  static let unitAcronyms: Set<String> = ["hr", "it", "ikt", "løn", "jura", "økonomi"]
  /// Words for the administration as a whole, and for the municipality or region acting.
  static let administrationWords: Set<String> = [
    "administrationen", "forvaltningen", "sekretariatet", "kommunen", "regionen",
  ]

  /// Words for the administration that wrote a case.
  static let writerWords: Set<String> = ["forvaltningen", "administrationen"]

  /// The unit that wrote an item's case, when the item names one (`Senior- og
  /// Socialforvaltningen foreslår`, `Teknisk Forvaltning indstiller`); a person or a role
  /// (`Direktøren for Teknik og Miljø indstiller`) is not a unit.
  func caseWritingUnit(_ item: AgendaItem) -> String? {
    // "Direktionen indstiller": a body recommends; the unit that wrote the case is not named.
    guard let writer = item.recommendation?.recommender?.trimming(" ,.:"), !writer.isEmpty,
      !NameGrammar.containsRoleWord(writer), NameGrammar.splitNameAndRole(writer).name == nil,
      !BodyWords.looksLikeBody(writer), !committees.isHeaderCommittee(writer),
      writer.split(separator: " ").contains(where: { NameGrammar.isUnitWord(String($0)) }),
      // ("Forvaltningen indstiller" over "Administrationen udarbejder ...": the common word
      // names no unit of its own; the work's doer stays as written.)
      !Register.administrationWords.contains(DanishFolding.key(writer))
    else { return nil }
    return writer
  }

  /// Splits an owner phrase into its doers and resolves each: `Kommunaldirektør og Chefen for
  /// Økonomi og HR` → Søren Søndergaard Kjær and Ove Weller Nielsen.
  /// - Parameters:
  ///   - attendees: The meeting's attendees, for a first name or surname alone.
  ///   - committee: The deciding committee, whose members `medlemmerne` are.
  ///   - roles: The roles the meeting's header gives its people (`Anne Hansen (formand)`).
  func resolveOwnerPhrase(
    _ phrase: String, item: AgendaItem, attendees: [String] = [], roles: [String: String] = [:], committee: String = "",
    names: ItemNames? = nil, town: String? = nil
  ) -> [Owner] {
    if let body = membersBody(phrase, committee: committee) { return [body] }
    // "Vi inviterer provstirevisor": the committee writing its own minutes.
    if phrase.lowercased() == "vi", !committee.isEmpty {
      return [Owner(name: committees.canonical(committee), kind: .body, surface: phrase, resolvedBy: nil)]
    }
    // "Formandskabet præsenterer ...": the chair and the deputy chair, where the meeting names
    // both; else the word as written.
    if ["formandskabet", "formandsskabet"].contains(phrase.lowercased()) {
      let pair = resolveOwnerPhrase(
        "Formanden og næstformanden", item: item, attendees: attendees, roles: roles, committee: committee, names: names, town: town)
      if pair.count == 2, pair.allSatisfy({ $0.kind == .person }) {
        return pair.map { Owner(name: $0.name, kind: .person, surface: phrase, resolvedBy: $0.resolvedBy) }
      }
    }
    // "Lise Holm (A)", "Pia Dam (A) og Kurt Friis (DF)": a member's party letters are no doer.
    let phrase = Self.withoutPartyLetters(phrase)
    if let pair = namedPair(phrase, item: item, attendees: attendees, town: town) { return pair }
    var seen: Set<String> = []
    let parts = splitOwners(phrase)
    var owners = parts.map { part -> Owner? in
      guard let o = resolveMention(part, item: item, attendees: attendees, roles: roles, town: town, committee: committee) else { return nil }
      // "SR vil følge op": the deciding body by its initials (Seniorrådet), else a person
      // the meeting names in full whose initials they are (`MT` after `Mogens Thomsen`).
      if o.kind == .external, NameGrammar.isAcronym(part) {
        if !committee.isEmpty, CommitteeName.initialsVariants(committee).contains(part.uppercased()) {
          return Owner(name: committees.canonical(committee), kind: .body, surface: part, resolvedBy: nil)
        }
        // (The header's people with a role, staff too: `Ungekonsulent: Rasmus Toft (RT), referent`.)
        if let p = personByInitials(part, attendees: (names?.of(item, namedAtMeeting) ?? namedAtMeeting(item)) + roles.keys.sorted()) {
          return Owner(name: p, kind: .person, surface: part, resolvedBy: SingleName.atMeeting)
        }
        // "anmode PU om at ...": a body every council of its kind abbreviates so.
        if let body = CommitteeName.standardAbbreviations[part.uppercased()] {
          return Owner(name: committees.canonical(body), kind: .body, surface: part, resolvedBy: nil)
        }
      }
      return o
    }
    // "Jara, Anne og Kirstine": a list of first names, one of them unknown, is a list of people.
    if parts.count >= 2, owners.contains(where: { $0?.kind == .person }),
      parts.allSatisfy({ !$0.contains(" ") && $0.first?.isUppercase == true && !NameGrammar.isAcronym($0) })
    {
      for k in owners.indices where owners[k] == nil || owners[k]?.kind == .external {
        owners[k] = Owner(name: parts[k], kind: .person, surface: parts[k], resolvedBy: SingleName.unresolved)
      }
    }
    return owners.compactMap { $0 }.filter { seen.insert($0.kind.rawValue + ":" + $0.name).inserted }
  }

  /// The phrase without party letters in brackets (`(A)`, `(DF)`, `(K, Ø)`).
  static func withoutPartyLetters(_ phrase: String) -> String {
    guard phrase.contains("(") else { return phrase }
    var out = ""
    var rest = Substring(phrase)
    while let o = rest.firstIndex(of: "("), let c = rest[o...].firstIndex(of: ")") {
      let inner = rest[rest.index(after: o)..<c]
      let isParty = NameGrammar.isPartyLetters(inner) || ["løsgænger", "uden for partierne"].contains(inner.lowercased())
      out += rest[..<o]
      if !isParty { out += rest[o...c] }
      rest = rest[rest.index(after: c)...]
    }
    out += rest
    return out.split(separator: " ").joined(separator: " ")
  }

  /// Two capitalised words joined by `og` (`Hjort og Bisgaard`, `Plan og Byg`): two people when
  /// each is the surname of one attendee; else, when neither is a person's name nor a body's,
  /// one department named by its two fields (`Sundhed og Omsorg`, `Økonomi og Personale`,
  /// `Klima og Miljø` beside the Klima- og Miljøudvalget). Nil for other phrases.
  func namedPair(_ phrase: String, item: AgendaItem, attendees: [String], town: String?) -> [Owner]? {
    let w = phrase.split(separator: " ").map { String($0).trimming(",.") }
    guard w.count == 3, w[1] == "og", w[0].first?.isUppercase == true, w[2].first?.isUppercase == true,
      !NameGrammar.isAcronym(w[0]), !NameGrammar.isAcronym(w[2])
    else { return nil }
    let people = [w[0], w[2]].map { resolveSingleName($0, item: item, attendees: attendees, town: town) }
    if people.allSatisfy({ $0?.kind == .person && $0?.resolvedBy == SingleName.atMeeting }) { return people.compactMap { $0 } }
    let isNamed = [w[0], w[2]].contains { part in
      NameGrammar.isFirstName(part) || BodyWords.looksLikeBody(part) || NameGrammar.isRoleWord(part.lowercased())
        || self.people.person(named: part) != nil || NameGrammar.isUnitWord(part)
    }
    guard !isNamed, people.allSatisfy({ $0?.kind != .person }) else { return nil }
    return [Owner(name: phrase, kind: .unit, surface: phrase, resolvedBy: nil)]
  }

  /// Whether `text` is a doer the register knows (a person, role, unit, outside party, body).
  func isKnownMention(_ text: String) -> Bool {
    if people.person(named: text) != nil, text.split(separator: " ").count >= 2 { return true }
    if !people.holders(of: text).isEmpty, NameGrammar.containsRoleWord(text) { return true }
    let k = DanishFolding.key(text)
    if people.unit(k) != nil || people.external(k) != nil { return true }
    if committees.isHeaderCommittee(text) { return true }
    return false
  }

  /// The doers of a phrase: longest known mentions first, then the rest split at `og`, `samt`
  /// and commas where a new doer starts.
  func splitOwners(_ phrase: String) -> [String] {
    let words: [String] = phrase.split(separator: " ").map(String.init).filter { $0 != "," }
    var out: [String] = []
    var k = 0
    var generic: [String] = []
    func flushGeneric() {
      var current: [String] = []
      for (i, w) in generic.enumerated() {
        let bare = w.hasSuffix(",") ? String(w.dropLast()) : w
        let isSeparator = (w == "og" || w == "samt" || w == "+") && !(current.last?.hasSuffix("-") ?? false)
        if isSeparator, i + 1 < generic.count, startsDoer(generic[(i + 1)...]) {
          if !current.isEmpty { out.append(current.joined(separator: " ")) }
          current = []
          continue
        }
        if w.hasSuffix(","), i + 1 < generic.count, startsDoer(generic[(i + 1)...]) {
          current.append(bare)
          out.append(current.joined(separator: " "))
          current = []
        } else {
          // "Center for Erhverv, Job og Uddannelse": a comma inside one name stays.
          current.append(i + 1 < generic.count ? w : bare)
        }
      }
      if !current.isEmpty { out.append(current.joined(separator: " ")) }
      generic = []
    }
    while k < words.count {
      var matched = 0
      for len in stride(from: min(8, words.count - k), through: 1, by: -1) {
        let candidate = words[k..<(k + len)].joined(separator: " ").trimming(", ")
        // A title followed by "for"/"af"/"i" goes on ("Fagchef for Job og Borgerservice").
        let next = k + len < words.count ? words[k + len].lowercased() : ""
        if isKnownMention(candidate),
          !(["for", "af", "i", "ved", "hos"].contains(next) && people.person(named: candidate) == nil)
        {
          matched = len
          // A title with the holder's name after it is one doer ("Chef for IT Jens Berg").
          if people.person(named: candidate) == nil, NameGrammar.isFirstName(next) {
            while k + matched < words.count, NameGrammar.isNameWord(words[k + matched]) { matched += 1 }
          }
          break
        }
      }
      if matched > 0, generic.isEmpty || ["og", "samt", "og,"].contains(generic.last ?? "") {
        if let l = generic.last, l == "og" || l == "samt" { generic.removeLast() }
        flushGeneric()
        out.append(words[k..<(k + matched)].joined(separator: " ").trimming(", "))
        k += matched
        if k < words.count, words[k] == "og" || words[k] == "samt" { k += 1 }
        continue
      }
      generic.append(words[k])
      k += 1
    }
    flushGeneric()
    return out.filter { !$0.isEmpty }
  }

  /// Whether the words start a new doer: a first name, a title, a body, a known mention.
  func startsDoer(_ rest: ArraySlice<String>) -> Bool {
    guard let first = rest.first else { return false }
    let w = first.trimming(", ")
    if NameGrammar.isFirstName(w) || NameGrammar.isRoleWord(w) || BodyWords.isBody(w) { return true }
    // "KF, JH og NOK": initials, each a doer.
    if NameGrammar.isAcronym(w), (2...4).contains(w.count), !Register.unitAcronyms.contains(w.lowercased()) { return true }
    for len in 1...min(4, rest.count) {
      if isKnownMention(rest.prefix(len).joined(separator: " ").trimming(", ")) { return true }
    }
    return false
  }

  /// `skolebestyrelses medlemmerne`, `udvalgets medlemmer`, `medlemmerne af Byrådet`,
  /// `Medlemmerne`: the members of a body act as the body (the deciding committee when none is
  /// named).
  func membersBody(_ phrase: String, committee: String) -> Owner? {
    let words = phrase.split(separator: " ").map { String($0).trimming(" ,.") }
    guard words.contains(where: { $0.lowercased().hasPrefix("medlem") }), words.count <= 5 else { return nil }
    var body: String?
    for (i, w) in words.enumerated() {
      let l = w.lowercased()
      if l.hasSuffix("s"), BodyWords.isBody(String(l.dropLast())) {
        body = String(w.dropLast())
      } else if l == "af", i + 1 < words.count {
        body = words[(i + 1)...].joined(separator: " ")
      }
    }
    let surface = phrase.split(separator: " ").drop { ["alle", "samtlige"].contains($0.lowercased()) }
      .joined(separator: " ")
    // "udvalgets medlemmer" in a committee's own minutes: the committee.
    if let b = body, BodyWords.suffixes.contains(b.lowercased()), !committee.isEmpty { body = committee }
    guard let name = body ?? (committee.isEmpty ? nil : committee) else { return nil }
    var display = committees.canonical(name)
    if display == name, let f = name.first, f.isLowercase {
      // "skolebestyrelse" of no known committee: its definite form, capitalised.
      display = f.uppercased() + name.dropFirst() + (name.hasSuffix("e") ? "n" : "")
    }
    return Owner(name: display, kind: .body, surface: surface, resolvedBy: nil)
  }

  /// The names an item states in full, read once for all of its decision's sentences (an item
  /// of many sentences with initials is not read again for each).
  final class ItemNames {
    private var names: [String]?
    init() {}
    func of(_ item: AgendaItem, _ read: (AgendaItem) -> [String]) -> [String] {
      if let names { return names }
      let found = read(item)
      names = found
      return found
    }
  }

  /// The people named in full in an item's text (known to the directory, or a common first
  /// name and a surname): the names an item's initials may stand for.
  func namedAtMeeting(_ item: AgendaItem) -> [String] {
    var out: [String] = []
    // The item's first few thousand characters name its people; an item of megabytes is not
    // read again for each of its sentences.
    var budget = 8_000
    for p in item.sections.lazy.flatMap(\.paragraphs) {
      guard budget > 0 else { break }
      budget -= p.text.utf8.count
      let words = p.text.split(separator: " ").map { String($0).trimming(".,:;()") }
      var k = 0
      while k + 1 < words.count {
        let pair = words[k] + " " + words[k + 1]
        guard words[k].first?.isUppercase == true, words[k + 1].first?.isUppercase == true else {
          k += 1
          continue
        }
        // A person the directory knows, or a common first name and a surname.
        let name = people.person(named: pair)?.name ?? (NameGrammar.isFirstName(words[k]) ? pair : nil)
        if let name, !out.contains(name) { out.append(name) }
        k += 1
      }
    }
    return out
  }

  /// The one attendee whose initials are `text` (`NO` → Niels Olsson, `PS` → Poul Erik
  /// Sandholt by first and last name), when exactly one has them.
  func personByInitials(_ text: String, attendees: [String]) -> String? {
    // "Adventskrans – W": one letter, the one attendee whose name begins with it.
    if text.count == 1, let c = text.first, c.isUppercase {
      let matches = Set(attendees.filter { $0.first == c })
      return matches.count == 1 ? matches.first : nil
    }
    guard (2...4).contains(text.count), NameGrammar.isAcronym(text) else { return nil }
    let wanted = text.uppercased()
    let matches = Set(
      attendees.filter { name in
        // "Anna-Grethe Madsen" is AGM as well as AM: a double name's parts each give a letter.
        [name.split(separator: " "), name.split(whereSeparator: { $0 == " " || $0 == "-" })].contains { parts in
          let words = parts.filter { $0.first?.isUppercase == true }
          guard let first = words.first, let last = words.last, words.count >= 2 else { return false }
          let all = String(words.compactMap(\.first)).uppercased()
          let ends = String([first.first, last.first].compactMap { $0 }).uppercased()
          // "Asger Bram Holst" is AB too: the first name's letter, then some of the others'
          // in their order.
          var rest = Substring(all.dropFirst())
          let inOrder = wanted.first == all.first && wanted.dropFirst().allSatisfy { c in
            guard let i = rest.firstIndex(of: c) else { return false }
            rest = rest[rest.index(after: i)...]
            return true
          }
          return all == wanted || ends == wanted || inOrder
        }
      })
    return matches.count == 1 ? matches.first : nil
  }

  /// How a name written alone was read, for the review.
  enum SingleName {
    /// The one attendee or guest of the meeting with that name.
    static let atMeeting = "name at the meeting"
    /// The one person in the directory with that name.
    static let onlyKnown = "only known name"
    /// Several people have it, or nobody known does: kept as written.
    static let unresolved = "name unresolved"
  }

  /// `Karen sender invitationen ud`: a first name or surname alone is the one attendee or
  /// guest of the meeting who has it, else the one person known who has it; a first name
  /// nobody or several have stays as written, a person to confirm. `nil` when the word is no
  /// name (a title, a unit, a body, an acronym).
  func resolveSingleName(_ text: String, item: AgendaItem, attendees: [String], town: String? = nil) -> Owner? {
    guard let f = text.first, f.isUppercase, !NameGrammar.isAcronym(text), !NameGrammar.isRoleWord(text),
      !NameGrammar.isUnitWord(text), !BodyWords.isBody(text), !committees.isHeaderCommittee(text)
    else { return nil }
    let key = PeopleDirectory.nameKey(text)
    if people.unit(key) != nil || people.external(key) != nil { return nil }
    let present = Set(
      (attendees + item.participants.map(\.name)).filter { name in
        PeopleDirectory.nameKey(name).split(separator: " ").contains { $0 == key }
      }.map { people.person(named: $0)?.name ?? $0 })
    if present.count == 1, let only = present.first {
      return Owner(name: only, kind: .person, surface: text, resolvedBy: SingleName.atMeeting)
    }
    let known = Set(people.people(withNameWord: text).filter { isKnown($0, in: town) }.map(\.name))
    if present.isEmpty, known.count == 1, let only = known.first {
      return Owner(name: only, kind: .person, surface: text, resolvedBy: SingleName.onlyKnown)
    }
    if NameGrammar.isFirstName(text) || !known.isEmpty || !present.isEmpty {
      return Owner(name: text, kind: .person, surface: text, resolvedBy: SingleName.unresolved)
    }
    return nil
  }

  /// Whether a person the directory knows was seen in minutes of `town` (the municipality of
  /// the minutes being read; nil: any): a first name or a role in one council's minutes is
  /// never a person only another council's minutes name.
  func isKnown(_ p: Person, in town: String?) -> Bool {
    guard let town, !p.evidence.isEmpty else { return true }
    return p.evidence.contains { self.town(ofSource: $0.source) == town }
  }

  /// The body or unit a case is sent on to: a committee by its display name, a unit
  /// (`Magistratsafdelingen for Teknik og Miljø`, `Borgmesterens Afdeling`), else a body.
  func resolveRecipient(_ r: ReferralGrammar.Recipient) -> Owner {
    var text = r.name.trimming(" ,.")
    // "foreningens revisor" written mid-sentence: its name is capitalised.
    if let f = text.first, f.isLowercase { text = f.uppercased() + text.dropFirst() }
    let key = DanishFolding.key(text)
    if committees.isHeaderCommittee(text) || BodyWords.looksLikeBody(text) {
      return Owner(name: committees.canonical(text), kind: .body, surface: r.surface, resolvedBy: nil)
    }
    if let u = people.unit(key) { return Owner(name: u, kind: .unit, surface: r.surface, resolvedBy: nil) }
    let words = text.split(separator: " ").map(String.init)
    if words.contains(where: NameGrammar.isUnitWord) || Register.unitAcronyms.contains(key) {
      return Owner(name: text, kind: .unit, surface: r.surface, resolvedBy: nil)
    }
    return Owner(name: text, kind: .body, surface: r.surface, resolvedBy: nil)
  }

  /// Resolves one doer; `attendees` are the meeting's, for a first name or surname alone, and
  /// `roles` the roles its header gives them, for a role (`Formanden`). A place (`Vesterbro
  /// Torv`) is nobody.
  func resolveMention(
    _ surface: String, item: AgendaItem, attendees: [String] = [], roles: [String: String] = [:], town: String? = nil,
    committee: String = ""
  ) -> Owner? {
    let text = surface.trimming(" ,.")
    guard !text.isEmpty, !PeopleDirectory.isPlace(text) else { return nil }
    if let p = people.person(named: text), text.split(separator: " ").count >= 2 {
      return Owner(name: p.name, kind: .person, surface: text, resolvedBy: nil)
    }
    // "Birthe Ø.": a first name and its surname's initial, the one attendee who has both.
    let parts = text.split(separator: " ")
    if parts.count == 2, parts[1].count == 1, parts[1].first?.isUppercase == true, NameGrammar.isFirstName(String(parts[0])) {
      let matches = Set(attendees.filter { a in
        let w = a.split(separator: " ")
        return w.count >= 2 && w[0] == parts[0] && w.dropFirst().contains { $0.first == parts[1].first }
      })
      if matches.count == 1, let only = matches.first {
        return Owner(name: people.person(named: only)?.name ?? only, kind: .person, surface: text, resolvedBy: SingleName.atMeeting)
      }
    }
    // One letter: the one attendee whose name begins with it, or nobody known.
    if text.count == 1 {
      if let p = personByInitials(text, attendees: attendees) {
        return Owner(name: p, kind: .person, surface: text, resolvedBy: SingleName.atMeeting)
      }
      return Owner(name: text, kind: .external, surface: text, resolvedBy: nil)
    }
    // "Formanden kontakter kommunen" where the header says "Anne Hansen (formand)", "Referenten"
    // where it says "Referent: Carl Nielsen": the one who holds the role at this meeting.
    // "Direktøren for Teknik og Miljø" where the header names "Direktør for Teknik og Miljø
    // Peter Rask": the one who holds that title at the meeting.
    // "Natur- og miljøchefen" where it names "Natur- og miljøchef Jesper Ahl": a title of two
    // joined by `og` alike.
    if !roles.isEmpty, text.contains(" for ") || text.contains("- og "), NameGrammar.containsRoleWord(text) {
      let key = PeopleDirectory.roleKey(text)
      let holders = roles.filter { $0.value.split(separator: "|").contains { PeopleDirectory.roleKey(String($0)) == key } }.map(\.key)
      if holders.count == 1, let holder = holders.first {
        return Owner(name: people.person(named: holder)?.name ?? holder, kind: .person, surface: text, resolvedBy: "meeting role")
      }
    }
    if !roles.isEmpty, !text.contains(" ") {
      let lower = text.lowercased()
      // A holder may have two roles (`formand|rådmand`).
      func holds(_ value: String, _ test: (String) -> Bool) -> Bool { value.split(separator: "|").contains { test(String($0)) } }
      var heldHere = roles.filter { holds($0.value) { lower == $0 || lower == $0 + "en" || lower == $0 + "n" } }.map(\.key)
      // "Regionsrådsformanden" where the header names the formand of Regionsrådet: the
      // committee's chair by the committee's name.
      if heldHere.isEmpty, !committee.isEmpty {
        let stem = NameGrammar.stripDefinite(lower)
        let body = DanishFolding.key(committee)
        heldHere = roles.filter { r in
          holds(r.value) { role in
            stem.count > role.count + 3 && stem.hasSuffix(role) && body.hasPrefix(String(stem.dropLast(role.count)).trimming("s"))
          }
        }.map(\.key)
      }
      // "Præsten" where the header names the parish's `sognepræst`: the head of the one
      // compound title the meeting gives.
      // "Direktøren" where the header names one `Direktør for Sundhed og Omsorg`: the one title
      // of that head with its area.
      if heldHere.isEmpty, NameGrammar.isRoleWord(lower) {
        let stem = NameGrammar.stripDefinite(lower)
        if stem.count >= 4 { heldHere = roles.filter { holds($0.value) { $0.hasSuffix(stem) || $0.hasPrefix(stem + " for ") } }.map(\.key) }
      }
      if heldHere.count == 1, let holder = heldHere.first {
        let canonical = people.person(named: holder)?.name ?? holder
        return Owner(name: canonical, kind: .person, surface: text, resolvedBy: "meeting role")
      }
    }
    // (The header's officers are at the meeting too: `Referent: havnefoged Jørn Borg` is `Jørn`.)
    if !text.contains(" "), let o = resolveSingleName(text, item: item, attendees: attendees + roles.keys.sorted(), town: town) {
      return o
    }
    let (name, role) = NameGrammar.splitNameAndRole(text)
    if let name {
      let canonical = people.person(named: name)?.name ?? name
      return Owner(name: canonical, kind: .person, surface: text, resolvedBy: role == nil ? nil : "title")
    }
    if NameGrammar.containsRoleWord(text) {
      let key = PeopleDirectory.roleKey(text)
      if let guest = item.participants.first(where: {
        $0.role.map { PeopleDirectory.roleKey($0) == key } ?? false
      }) {
        let canonical = people.person(named: guest.name)?.name ?? guest.name
        return Owner(name: canonical, kind: .person, surface: text, resolvedBy: "item guest")
      }
      let holders = Set(people.holders(of: text).filter { isKnown($0, in: town) }.map(\.name))
      if holders.count == 1, let only = holders.first {
        return Owner(name: only, kind: .person, surface: text, resolvedBy: "only holder")
      }
      return Owner(name: people.roleTitle(text), kind: .role, surface: text, resolvedBy: nil)
    }
    let key = DanishFolding.key(text)
    // "Forvaltningen orienterer ..." in a case "Senior- og Socialforvaltningen foreslår": the
    // administration is the unit that wrote the case.
    if Register.writerWords.contains(key), let writer = caseWritingUnit(item) {
      return Owner(name: writer, kind: .unit, surface: text, resolvedBy: nil)
    }
    if committees.isHeaderCommittee(text) || BodyWords.looksLikeBody(text)
    {
      // "arbejdsgrupperne" written mid-sentence: its name is capitalised.
      var name = committees.canonical(text)
      if let f = name.first, f.isLowercase { name = f.uppercased() + name.dropFirst() }
      return Owner(name: name, kind: .body, surface: text, resolvedBy: nil)
    }
    if let u = people.unit(key) { return Owner(name: u, kind: .unit, surface: text, resolvedBy: nil) }
    if let e = people.external(key) { return Owner(name: e, kind: .external, surface: text, resolvedBy: nil) }
    let lastWord = key.split(separator: " ").last.map(String.init) ?? key
    let words = text.split(separator: " ").map(String.init)
    if Register.administrationWords.contains(key) {
      // Written lower-case mid-sentence; its name is capitalised.
      return Owner(name: text.prefix(1).uppercased() + text.dropFirst(), kind: .unit, surface: text, resolvedBy: nil)
    }
    if Register.unitAcronyms.contains(key) || Register.unitAcronyms.contains(lastWord)
      || words.contains(where: NameGrammar.isUnitWord)
    {
      return Owner(name: text, kind: .unit, surface: text, resolvedBy: nil)
    }
    // "NO holder ham orienteret": a person written by initials, the one attendee who has them.
    if let p = personByInitials(text, attendees: attendees) {
      return Owner(name: p, kind: .person, surface: text, resolvedBy: SingleName.atMeeting)
    }
    return Owner(name: text, kind: .external, surface: text, resolvedBy: nil)
  }
}
