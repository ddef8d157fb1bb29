import MinutesCore

extension Register {
  /// Learns the people a document names (`peopleFacts(in:)`), in the order it names them.
  mutating func learn(_ facts: [PeopleFact]) {
    for f in facts {
      switch f {
      case .person(let name, let role, let evidence): people.learn(name: name, role: role, evidence: evidence)
      case .organization(let name, let external): people.learnOrganization(name, external: external)
      }
    }
  }

  /// The people and roles the minutes name: attendees, guests, `v/` presenters, appositions
  /// (`Louise Agerbo, chef for Direktionssekretariatet`) and titles before names
  /// (`Kommunaldirektør Søren Søndergaard Kjær orienterede`); what a document tells, whatever
  /// else is known.
  static func peopleFacts(in m: Meeting) -> [PeopleFact] {
    var facts: [PeopleFact] = []
    do {
      func ev(_ line: Int, _ how: String) -> Evidence {
        Evidence(source: m.source, line: line, date: m.date, how: how)
      }
      for a in m.attendees { facts.append(.person(name: a, role: nil, evidence: ev(1, "attendee"))) }
      for item in m.items where !item.isClosed {
        for p in item.participants {
          facts.append(.person(name: p.name, role: p.role, evidence: ev(p.line, "guest")))
          if let org = p.organization {
            let external = !NameGrammar.isUnitWord(org) && !org.contains(" for ")
            facts.append(.organization(name: org, external: external))
          }
        }
        var paragraphs = item.sections.flatMap(\.paragraphs)
        paragraphs += item.priorDecisions.flatMap(\.paragraphs)
        for p in paragraphs {
          if let pres = ActionReader.presentation(p.text) {
            for who in pres.presenters {
              let (name, role) = NameGrammar.splitNameAndRole(who)
              if let name { facts.append(.person(name: name, role: role, evidence: ev(p.line, "presenter"))) }
            }
          }
          appositions(p.text, evidence: ev(p.line, "apposition"), into: &facts)
          titledNames(p.text, evidence: ev(p.line, "title"), into: &facts)
        }
      }
    }
    return facts
  }

  /// `Louise Agerbo, chef for Direktionssekretariatet` and `teamleder i HR, Bettina Baron Kjælder`.
  static func appositions(_ text: String, evidence: Evidence, into facts: inout [PeopleFact]) {
    guard text.utf8.contains(0x2C) else { return }
    let parts = text.utf8.split(separator: 0x2C).map { String(Substring($0)).trimming(" .") }
    guard parts.count >= 2 else { return }
    for i in 0..<(parts.count - 1) {
      let a = parts[i]
      let b = parts[i + 1]
      // A name or a title is short; long parts are prose.
      guard a.utf8.count < 90, b.utf8.count < 90 else { continue }
      // Name, role
      if let nameA = wholeName(a), let f = b.first, f.isLowercase || NameGrammar.containsRoleWord(b),
        let role = rolePhrase(b)
      {
        facts.append(.person(name: nameA, role: role, evidence: evidence))
      }
      // role, Name
      if let nameB = wholeName(b), let role = rolePhrase(lastPhrase(a)) {
        facts.append(.person(name: nameB, role: role, evidence: evidence))
      }
    }
  }

  /// Two to four words, each capitalised: the shape of a name (checked on bytes, cheaply).
  static func looksLikeName(_ s: String) -> Bool {
    var words = 0
    var atStart = true
    var i = s.utf8.startIndex
    let u = s.utf8
    while i != u.endIndex {
      let c = u[i]
      if c == 0x20 {
        atStart = true
      } else if atStart {
        words += 1
        atStart = false
        let upper = (c >= 0x41 && c <= 0x5A) || c == 0xC3
        if !upper || words > 4 { return false }
      }
      i = u.index(after: i)
    }
    return words >= 2
  }

  /// A part that is a person's name and nothing else.
  static func wholeName(_ s: String) -> String? {
    guard looksLikeName(s) else { return nil }
    let (name, role) = NameGrammar.splitNameAndRole(s)
    guard let name, role == nil, name.split(separator: " ").count <= 4,
      NameGrammar.isFirstName(String(name.split(separator: " ")[0]))
    else { return nil }
    return name
  }

  /// A role phrase: starts with a title word (`chef for Direktionssekretariatet`).
  static func rolePhrase(_ s: String) -> String? {
    let words = s.split(separator: " ").map(String.init)
    guard let first = words.first, NameGrammar.isRoleWord(first), words.count <= 7 else { return nil }
    return s
  }

  /// The last few words of a phrase that may be a title (`at teamleder i HR` → `teamleder i HR`).
  static func lastPhrase(_ s: String) -> String {
    let words = s.split(separator: " ").map(String.init)
    if let i = words.lastIndex(where: { NameGrammar.isRoleWord($0) }) {
      return words[i...].joined(separator: " ")
    }
    return s
  }

  /// `Kommunaldirektør Søren Søndergaard Kjær`, `HR-konsulent Bettina Kjælder`: a title word
  /// right before a name that starts with a first name.
  static func titledNames(_ text: String, evidence: Evidence, into facts: inout [PeopleFact]) {
    // A title before a name is two capitalised words in a row: only those pairs are read.
    let raw = text.utf8.split(separator: 0x20).map(Substring.init)
    func capitalised(_ w: Substring) -> Bool {
      guard let c = w.utf8.first else { return false }
      return (c >= 0x41 && c <= 0x5A) || c == 0xC3
    }
    var k = 0
    while k + 2 < raw.count {
      guard capitalised(raw[k]), capitalised(raw[k + 1]) else {
        k += 1
        continue
      }
      let w = String(raw[k]).trimming(".,:;() ")
      let next = String(raw[k + 1]).trimming(".,:;() ")
      guard NameGrammar.isRoleWord(w), NameGrammar.isFirstName(next) else {
        k += 1
        continue
      }
      var j = k + 1
      var name: [String] = []
      while j < raw.count, name.count < 4 {
        let word = String(raw[j]).trimming(".,:;() ")
        guard NameGrammar.isNameWord(word) else { break }
        name.append(word)
        j += 1
      }
      if name.count >= 2 {
        // "Direktør Pia Ulv Helleland" is titled "Direktør".
        facts.append(.person(name: name.joined(separator: " "), role: w, evidence: evidence))
        k = j
        continue
      }
      k += 1
    }
  }
}
