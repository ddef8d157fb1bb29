/// Reads lists of people: `Claus Borg, Lars Borst Hansen og Pia Ulv Helleland`, one a line with a
/// party and a role (`Trine Birk Andersen (A), Formand`), bullets, groups
/// (`Forældrevalgte: Peter Knappmann, Nette Schultz.`), and notes that mark someone absent
/// (`Christian Wedell-Neergaard (C), Næstformand- afbud`).
enum AttendeeList {
  /// One person in a list.
  struct Entry: Equatable {
    var name: String
    var isAbsent: Bool
  }

  /// Role words that can stand in a list beside a name but are not names.
  static let roleWords: Set<String> = [
    "formand", "næstformand", "borgmester", "viceborgmester", "rådmand", "medlem", "sekretær",
    "referent", "direktør", "kommunaldirektør", "chef", "leder", "suppleant", "stedfortræder",
    "observatør", "tilforordnet", "mødeleder", "dirigent", "sekretariat", "konsulent", "gæst",
    "forældrevalgte", "forældrerepræsentanter", "skolerepræsentanter", "elevrepræsentanter",
    "medarbejderrepræsentanter", "medarbejderrepræsentant", "ledelsesrepræsentanter", "formandskab",
    "overborgmester", "regionsrådsformand", "næstformand", "byrådsmedlem", "kommunalbestyrelsesmedlem",
    "rådmand", "udvalgsformand", "direktør", "afdelingschef", "centerchef", "sekretær",
  ]

  /// Roles of the people who serve a body rather than sit on it: named beside a member
  /// (`Peter Hansen – graver`, `Else Birk - regnskabsfører`), they are staff, not attendees.
  static let staffWords: Set<String> = [
    "graver", "regnskabsfører", "regnskabfører", "kirkesanger", "organist", "kirketjener", "kordegn", "medhjælper",
    "protokolfører", "sekretær", "referent", "sagsbehandler", "kirkegårdsleder",
  ]

  /// A post of the staff who serve a body, as a table's cell of functions writes it: a staff
  /// word and the unit after a comma (`Sekretær, Sundhed og Ældre`, `Sagsbehandler, Teknik`), or
  /// the one who writes the minutes (`Referent`, `Protokolfører`). A board's own member with
  /// the post (`Sekretær`) is none.
  static func isStaffPost(_ cell: String) -> Bool {
    let parts = cell.split(separator: ",", maxSplits: 1).map { $0.trimmingSpaces.lowercased() }
    guard let first = parts.first, staffWords.contains(first) else { return false }
    return parts.count == 2 && parts[1].first.map { !$0.isNumber } == true || first == "referent" || first == "protokolfører"
  }

  /// Roles a member may be named with after a dash (`Helga Holm - formand`, `Julie Dam – sognepræst`).
  static let memberRoleWords: Set<String> = [
    "formand", "næstformand", "sognepræst", "præst", "kasserer", "kirkeværge", "kontaktperson", "borgmester",
    "viceborgmester", "medlem", "suppleant", "valgt", "sekretær", "udvalgsformand", "menighedsrådsformand",
    "pastor", "pater",
  ]

  /// Words that mark a person absent on their own line.
  static let absenceWords = ["afbud", "fraværende", "forfald", "deltog ikke", "ikke til stede", "meldt afbud"]

  /// Heads of a members' table's other columns (`Gruppe`, `Parti`, `Funktion`).
  static let tableHeads: Set<String> = [
    "gruppe", "grupper", "parti", "partier", "partigruppe", "partigrupper", "funktion", "rolle", "bemærkning", "bemærkninger",
  ]

  /// Reads the names in a list's lines (a label's value, then the lines under it).
  static func entries(_ lines: [String]) -> [Entry] {
    var out: [Entry] = []
    let joined = joinedWraps(lines)
    // "A Ulla Holm" / "V Jens Dam" / ... / "I Ibbe Lund": a column of party letters before the
    // names, one a line. Where most lines open so with a first name the reader knows, the letter
    // before one it does not know is a party's too.
    func lettered(_ line: String) -> Bool {
      let words = line.trimmingSpaces.split(separator: " ")
      guard words.count >= 3, let f = words.first, (1...2).contains(f.count), f.allSatisfy({ $0.isUppercase && $0.isLetter }),
        let second = words.dropFirst().first, second.count >= 2, second.first?.isUppercase == true, second.dropFirst().allSatisfy(\.isLowercase)
      else { return false }
      return true
    }
    let letterColumn = joined.count >= 3 && joined.filter { withoutLeadingParty($0.trimmingSpaces) != $0.trimmingSpaces }.count * 2 >= joined.count
    for raw in joined {
      var line = raw.trimmingSpaces
      // "Parti Navn", "Partigruppe Medlemmer": a flattened table's heads over its rows, no one.
      let heads = line.lowercased().split(separator: " ")
      if (2...3).contains(heads.count), heads.allSatisfy({ AttendanceGrid.nameHeads.contains(String($0)) || tableHeads.contains(String($0)) }),
        heads.contains(where: { AttendanceGrid.nameHeads.contains(String($0)) })
      {
        continue
      }
      if letterColumn, lettered(line) { line = line.split(separator: " ").dropFirst().joined(separator: " ") }
      // "[x] Eva Berg (V)" / "[ ] Ib Dam (A)": a task list's box, ticked for who came, empty for
      // who did not.
      var unticked = false
      for (box, empty) in [("[x] ", false), ("[X] ", false), ("[ ] ", true)] where line.hasPrefix(box) {
        line = String(line.dropFirst(box.count)).trimmingSpaces
        unticked = empty
      }
      // "Radikale Venstre (B) Mathias Lund, Rikke Bo": a party's name as the label of a
      // table's first column, its members after it.
      if let rest = afterPartyLead(line) { line = rest }
      var grouped = false
      // A group label: "Forældrevalgte: a, b, c."
      if let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 40 {
        let head = line[..<colon].lowercased()
        // "Danske Handicaporganisationer: Allan Jørgensen, ...": a group of a few words, no person.
        if !head.contains(" ") || roleWords.contains(String(head)) || head.hasSuffix("repræsentanter")
          || head.hasSuffix("valgte")
          || head.split(separator: " ").count <= 4 && !isPersonName(String(line[..<colon])) && !head.contains(where: \.isNumber)
            && line[..<colon].first?.isUppercase == true && !head.contains("(") && !head.contains(",")
        {
          line = String(line[line.index(after: colon)...]).trimmingSpaces
          grouped = true
        } else if isPersonName(String(line[..<colon])) {
          // "Karen Holm: Kommunalbestyrelsesmedlem for Enhedslisten", "Kasper Lund: Foreningen
          // Sidesporet": a person, then what she sits for.
          line = String(line[..<colon])
        }
      }
      // "Poul Dam (formand), Niels Krog (afbud), Tina Vestergaard": a note in brackets marks the
      // one entry it follows absent, not the line.
      if let pieces = entriesWithBracketedAbsence(line) {
        for (piece, absent) in pieces {
          for name in names(in: piece) where !HeaderReader.fillerWords.contains(name.lowercased()) {
            out.append(Entry(name: name, isAbsent: absent))
          }
        }
        continue
      }
      let lower = line.lowercased()
      // "Eva Kjær (V) (fraværende)": the note in brackets at the entry's end too.
      let absent = unticked || absenceWords.contains {
        lower.hasSuffix($0) || lower.hasSuffix("(" + $0 + ")") || lower.contains("- " + $0) || lower.contains("-" + $0)
      }
      var found = names(in: line)
      // "Ruth Jensen, LyngbyGuiderne": a person and what she speaks for, a line each.
      // "Kai Nielsen (V), Rigge Nørmark (I)": with their parties both are members; so are two
      // under their group's label ("SF: Winnie Dal, Yunus Berk"), a party's or a side's.
      if !grouped, found.count == 2, let a = found.first?.split(separator: " ").first, NameGrammar.isFirstName(String(a)),
        let b = found.last?.split(separator: " ").first, !NameGrammar.isFirstName(String(b)), line.split(separator: ",").count == 2,
        !line.contains("(")
      {
        found = [found[0]]
      }
      // "Klaus Andersen (KH)Dagsorden": the document's next heading glued to the last entry.
      for name in found where !HeaderReader.fillerWords.contains(name.lowercased()) {
        for person in columnsOfNames(name) { out.append(Entry(name: person, isAbsent: absent)) }
      }
    }
    return out
  }

  /// The members after a party's name that opens a line as the label of its row
  /// (`Enhedslisten (Ø) Sanne Holm, Anders Bak`, `Liberal Alliance (I), Victor Hald`), or after
  /// the first line of a party's name that a narrow column wrapped (`Det Konservative` / `Malene
  /// Kjeldsen, ...`, the rest `Folkeparti (C)` opening the next line); nil when the line opens
  /// with no party's name.
  static func afterPartyLead(_ line: String) -> String? {
    let t = line.trimmingSpaces
    if let close = t.prefix(60).firstIndex(of: ")"), HeaderLabel.isPartyHeading(String(t[...close])) {
      let rest = String(t[t.index(after: close)...]).trimming(" ,:-–")
      return rest.first?.isUppercase == true ? rest : nil
    }
    // `Det Konservative, Lise Holmboe, ...`: the columns' gap written as a comma.
    if let comma = t.prefix(40).firstIndex(of: ","), case let head = t[..<comma].split(separator: " "), (1...4).contains(head.count),
      head.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) && !NameGrammar.isFirstName(String($0)) }),
      case let lead = head.joined(separator: " ").lowercased() + " ", HeaderLabel.partyWords.contains(where: { lead.contains($0) })
    {
      let rest = String(t[t.index(after: comma)...]).trimmingSpaces
      return rest.first?.isUppercase == true ? rest : nil
    }
    let words = t.split(separator: " ", maxSplits: 5)
    guard let k = words.prefix(4).firstIndex(where: { NameGrammar.isFirstName(String($0)) }), k >= 1,
      words[0..<k].allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) })
    else { return nil }
    let lead = words[0..<k].joined(separator: " ").lowercased() + " "
    guard HeaderLabel.partyWords.contains(where: { lead.contains($0) }) else { return nil }
    return words[k...].joined(separator: " ")
  }

  /// `Holm, Anne IA Dam, Bo Lars S Berg, Carl A`: members run together on one line, each
  /// surname first with a comma, then the given names, then the party's letters in capitals.
  /// The names given name first; nil unless the whole line is such a run of four or more.
  static func surnameFirstRun(_ line: String) -> [String]? {
    guard line.utf8.count <= 3000, line.contains(",") else { return nil }
    let words = line.split(separator: " ")
    func isNameWord(_ w: Substring) -> Bool {
      w.count >= 2 && w.first?.isUppercase == true && w.dropFirst().contains(where: \.isLowercase)
        && w.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." }
    }
    func isParty(_ w: Substring) -> Bool { (1...3).contains(w.count) && w.allSatisfy { $0.isUppercase && $0.isLetter } }
    var out: [String] = []
    var k = 0
    while k < words.count {
      // The surname (one or two words, the last with its comma).
      var surname: [Substring] = []
      while k < words.count, surname.count < 2 {
        let w = words[k]
        if w.hasSuffix(","), isNameWord(w.dropLast()) {
          surname.append(w.dropLast())
          k += 1
          break
        }
        guard isNameWord(w) else { return nil }
        surname.append(w)
        k += 1
      }
      guard let last = surname.last, k > 0, words[k - 1] == last + "," else { return nil }
      var given: [Substring] = []
      while k < words.count, isNameWord(words[k]), given.count < 4 {
        given.append(words[k])
        k += 1
      }
      guard !given.isEmpty, given.count <= 3, k < words.count, isParty(words[k]) else { return nil }
      k += 1
      out.append((given + surname).joined(separator: " "))
    }
    return out.count >= 4 ? out : nil
  }

  /// A line of several entries where a note in brackets (`(afbud)`, `(fraværende)`) marks some
  /// absent: its entries split at the commas outside brackets, each with whether its own note
  /// says absent; nil when no bracketed note does or the line holds one entry.
  static func entriesWithBracketedAbsence(_ line: String) -> [(String, Bool)]? {
    guard line.contains("("), line.utf8.count <= 2000 else { return nil }
    var pieces: [String] = []
    var current = ""
    var depth = 0
    for c in line {
      if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
      if depth == 0, c == "," || c == ";" {
        pieces.append(current)
        current = ""
      } else {
        current.append(c)
      }
    }
    pieces.append(current)
    guard pieces.count >= 2 else { return nil }
    func isAbsent(_ piece: String) -> Bool {
      var notes: [Substring] = []
      var rest = piece[...]
      while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
        notes.append(rest[rest.index(after: open)..<close])
        rest = rest[rest.index(after: close)...]
      }
      return notes.contains { note in
        let n = note.lowercased().trimming(" .")
        return absenceWords.contains(n) || absenceWords.contains { n.hasPrefix($0 + " ") }
      }
    }
    let marked = pieces.map(isAbsent)
    guard marked.contains(true) else { return nil }
    return Array(zip(pieces.map { $0.trimmingSpaces }, marked))
  }

  /// `Susanne Larsen, Jacob Bardino, Henrik Emil` / `Schmidt Arens, Didde Marie Degn`: a list
  /// of names a converter wrapped at its width, a name across the break: a long line of several
  /// names whose last name is only first names goes on on the next. Short lines (`Karen Holm,
  /// formand`) and full names (`Mette Jensen` / `Suppleant Mia Grønkjær`) end where they end.
  static func joinedWraps(_ lines: [String]) -> [String] {
    var out: [String] = []
    for raw in lines {
      let t = raw.trimmingSpaces
      if let last = out.last, last.utf8.count >= 50 || fullNamesBefore(last), last.utf8.count <= 2_000, last.filter({ $0 == "," }).count >= 2,
        let end = last.last, end != ",", end != ";", end != ":", end != ".",
        t.first?.isUppercase == true, !t.prefix(40).contains(":"), afterPartyLead(t) == nil,
        let tail = last.split(separator: ",").last?.split(separator: " "), !tail.isEmpty,
        tail.allSatisfy({ NameGrammar.isFirstName(String($0)) })
          || tail.count == 1 && tail[0].first?.isUppercase == true && tail[0].allSatisfy({ $0.isLetter || $0 == "-" }) && fullNamesBefore(last)
      {
        out[out.count - 1] = last + " " + t
      } else if let last = out.last, last.utf8.count <= 2_000, t.first?.isUppercase == true, !t.prefix(40).contains(":"),
        let piece = last.split(separator: ",").last, opensTitleUnit(piece.split(separator: " ")),
        // ("Formand for LKF Ib Dam": the name after the unit already.)
        !isPersonName(withoutLeadingRole(piece.trimmingSpaces)) || withoutLeadingRole(piece.trimmingSpaces) == piece.trimmingSpaces
      {
        // "…, rådmand for Sociale Forhold og Beskæftigelse" / "Line Holm (Ø), …": a title's unit
        // at the line's end, the name it titles on the next line.
        out[out.count - 1] = last + " " + t
      } else {
        out.append(t)
      }
    }
    return out
  }

  /// `rådmand for Sociale Forhold og Beskæftigelse`: a title word, `for` and a unit of
  /// capitalised words (and `og`), with no name after it yet.
  static func opensTitleUnit(_ words: [Substring]) -> Bool {
    guard let f = words.lastIndex(of: "for"), f >= 1, isTitleWord(String(words[f - 1])), (1...4).contains(words.count - f - 1),
      words.last?.first?.isUppercase == true,
      words[(f + 1)...].allSatisfy({ $0 == "og" || $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) }),
      !["suppleant", "stedfortræder"].contains(words[f - 1].lowercased())
    else { return false }
    // "suppleant for Ib Lind", "formand for Eva Holm": a person after `for` is no unit.
    return !NameGrammar.isFirstName(String(words[f + 1])) && !isPersonName(words[(f + 1)...].joined(separator: " "))
  }

  /// `Søren Steen Andersen, Dan Gørtz, Lars`: a line of full names whose last entry is a first
  /// name alone; the rest of that name is on the next line, however short this one is.
  static func fullNamesBefore(_ line: String) -> Bool {
    var parts = line.split(separator: ",").map { $0.split(separator: " ") }
    guard parts.count >= 3, let last = parts.popLast(), last.count == 1 else { return false }
    if let colon = parts[0].firstIndex(where: { $0.hasSuffix(":") }) { parts[0] = Array(parts[0][(colon + 1)...]) }
    return parts.filter { $0.count >= 2 }.count * 3 >= parts.count * 2
  }

  /// `Bente Ullits Eckmann DH`, `Kim G. Nielsen DH`: the code of what a member sits for (a
  /// party, an organisation) after the full name, without brackets, goes.
  static func withoutAffiliationCode(_ name: String) -> String {
    let words = name.split(separator: " ")
    guard words.count >= 3, let last = words.last, (2...4).contains(last.count), last.allSatisfy({ $0.isUppercase && $0.isLetter }),
      words.dropLast().allSatisfy({ $0.first?.isUppercase == true }), NameGrammar.isFirstName(String(words[0]))
    else { return name }
    return words.dropLast().joined(separator: " ")
  }

  /// Last words of public bodies' names (`Fyns Politi`, `Aarhus Kommune`): no person's.
  static let institutionWords: Set<String> = [
    "kommune", "kommunes", "region", "politi", "politikreds", "beredskab", "hospital", "sygehus", "universitet",
    "ministerium", "ministeriet", "styrelse", "hjemmeværn", "hjemmeværnet", "brandvæsen",
  ]

  /// Endings of the words that name associations and organisations.
  static let organisationEndings = [
    "forening", "foreningen", "selskab", "selskabet", "klub", "klubben", "fonden", "samfund", "samfundet", "forbund",
    "forbundet", "organisation", "organisationer", "organisationerne", "sammenslutning", "sammenslutningen",
    "netværk", "netværket",
  ]

  /// `Grundejerforeningen Vesterengen`, `Dansk Blindesamfund`, `Center for Børn & Familier`,
  /// `Muskelsvindfonden`: an association or an organisation a member sits for, not a person.
  static func isOrganisation(_ text: String) -> Bool {
    let words = text.split(separator: " ").map { $0.lowercased() }
    guard let first = words.first else { return false }
    if ["dansk", "danske", "center", "centret", "landsforeningen", "foreningen", "a/s", "aps"].contains(first) { return true }
    return words.contains { w in w == "a/s" || w == "aps" || w == "&" || organisationEndings.contains { w.count > $0.count + 1 && w.hasSuffix($0) || w == $0 } }
  }

  /// `Karen Thestrup Clausen`, `Maj-Britt Eschen`: two to five capitalised words, the first a
  /// known first name (or the first part of a hyphenated one).
  static func isPersonName(_ text: String) -> Bool {
    let words = text.trimmingSpaces.split(separator: " ")
    guard (2...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "." } })
    else { return false }
    let first = String(words[0])
    return NameGrammar.isFirstName(first) || first.split(separator: "-").contains { NameGrammar.isFirstName(String($0)) }
  }

  /// `Brian Lyck Jørgensen Lone Birgit Halskov Møller`: two names a table's columns put on one
  /// line; a known first name after a word that is none (a surname) opens the next. Middle
  /// names after a first name (`Jørgen Emil Simonsen`) stay.
  static func columnsOfNames(_ name: String) -> [String] {
    let words = name.split(separator: " ").map(String.init)
    guard words.count >= 4, words.count <= 12, words.allSatisfy({ $0.first?.isUppercase == true }),
      NameGrammar.isFirstName(words[0])
    else { return [name] }
    var out: [[String]] = [[]]
    for (k, w) in words.enumerated() {
      if k >= 2, NameGrammar.isFirstName(w), !NameGrammar.isFirstName(words[k - 1]), (out.last?.count ?? 0) >= 2 {
        out.append([])
      }
      out[out.count - 1].append(w)
    }
    guard out.count >= 2, out.allSatisfy({ $0.count >= 2 }) else { return [name] }
    return out.map { $0.joined(separator: " ") }
  }

  /// `Anna Hallgren #72 Formand`: a member of a landowners' association with the number of her
  /// plot and her role; the name alone.
  static func withoutPlotNumber(_ line: String) -> String {
    guard let r = line.range(of: " #"), let d = line[r.upperBound...].first, d.isNumber else { return line }
    return String(line[..<r.lowerBound])
  }

  /// Splits a list of names at commas and `og`; parenthesised notes (`(V)`, `(formand)`), role
  /// words and absence notes are left out.
  /// `Michael Lund- Larsen`: a double surname a converter broke after its hyphen is one name.
  static func joinedHyphens(_ text: String) -> String {
    guard text.contains("- ") else { return text }
    var out = ""
    var previous: Character = " "
    var pendingSpace = false
    for c in text {
      if pendingSpace {
        pendingSpace = false
        if !c.isUppercase { out.append(" ") }
      }
      if c == " ", previous == "-", out.dropLast().last?.isLetter == true {
        pendingSpace = true
        previous = c
        continue
      }
      out.append(c)
      previous = c
    }
    if pendingSpace { out.append(" ") }
    return out
  }

  static func names(in raw: String) -> [String] {
    // "Lars Rytter ved afbud Niels F. Dahlmann ved afbud": the reason closes each entry.
    var value = joinedHyphens(withoutPlotNumber(beforeNextLabel(raw)))
      .replacing(" ved afbud", with: ",").replacing(" Ved afbud", with: ",")
    // "Nørreby (Eva Holm), Bo Lind (A)": what the member sits for, one word, then her name in
    // parentheses: the name is the entry.
    if value.contains(" ("), value.contains(")") {
      value = value.split(separator: ",", omittingEmptySubsequences: false).map { seat in
        let t = seat.trimmingSpaces
        guard t.hasSuffix(")"), let open = t.firstIndex(of: "("), t.filter({ $0 == "(" }).count == 1 else { return String(seat) }
        let outside = t[..<open].trimmingSpaces
        let inside = String(t[t.index(after: open)..<t.index(before: t.endIndex)]).trimmingSpaces
        guard !outside.isEmpty, !outside.contains(" "), outside.first?.isUppercase == true, outside.allSatisfy(\.isLetter),
          !NameGrammar.isFirstName(outside), inside.split(separator: " ").count >= 2, isPersonName(inside)
        else { return String(seat) }
        return " " + inside
      }.joined(separator: ",")
    }
    // "LKB, TQF, MC, JC": the members' initials, one an entry.
    let entries = value.split(separator: ",").map { String($0).trimming(" .;") }
    if entries.count >= 2, entries.allSatisfy({ e in
      (2...4).contains(e.count) && e.allSatisfy { $0.isUppercase && $0.isLetter }
    }) {
      return entries
    }
    var cleaned = ""
    var depth = 0
    for c in value {
      if c == "(" || c == "[" {
        depth += 1
      } else if c == ")" || c == "]" {
        depth = max(0, depth - 1)
        // "Michael Mathiesen (C) Philip Læborg (C)": a note closes an entry.
        if depth == 0 { cleaned.append(",") }
      } else if depth == 0, c == "·" || c == "•" || c == "▪" {
        // "Kirsten Ubbesen (A), formand · Torsten Heltoft (V)": a dot between entries.
        cleaned.append(",")
      } else if depth == 0 {
        cleaned.append(c)
      }
    }
    var out: [String] = []
    var addressed: Set<String> = []
    for part in cleaned.split(whereSeparator: { $0 == "," || $0 == ";" }) {
      // "(CM) og Poul Erik Sandholt": the last entry after a note.
      var part = String(part).trimmingSpaces
      // "Tilstede er Hanne, Per": the verb after the label.
      for lead in ["og ", "samt ", "er ", "var "] where part.hasPrefix(lead) { part = String(part.dropFirst(lead.count)) }
      for raw in joinedUnitNames(NameGrammar.splitWords(part, at: ["og", "samt"])) {
        // "Borgmester - Erik Lund", "Helga Holm - formand": a role beside the name; staff named
        // so ("Peter Hansen – graver") serve the body and are left out.
        guard let dashed = withoutDashedRole(raw) else { continue }
        for piece in splitRunOn(withoutLeadingParty(withoutGluedRole(dashed))) {
        var name = MarkupLineReader.collapseSpaces(piece).trimming(" .;:-–")
        // "Lars J.": a surname's initial keeps its full stop.
        let initialDot = MarkupLineReader.collapseSpaces(piece).trimmingSpaces.hasSuffix(" " + String(name.last ?? " ") + ".")
          && name.split(separator: " ").count >= 2 && name.split(separator: " ").last?.count == 1
          && name.last?.isUppercase == true
        // "Næstformand- afbud", "X - afbud": the note goes.
        for w in absenceWords {
          let lower = name.lowercased()
          if lower.hasSuffix(w) {
            name = String(name.dropLast(w.count)).trimming(" .;:-–")
          }
        }
        // "Afbud Aksel", "Afbud Bruno": the note before the name.
        for w in ["afbud ", "afbud fra "] where name.lowercased().hasPrefix(w) && name.count > w.count {
          name = String(name.dropFirst(w.count)).trimming(" .;:-–")
        }
        // "Foreningen af ejere ved Engen Ib Dam": the association the member before sits for,
        // run on into the next member's name (a first name and a surname to the end, words in
        // lower case in the association's part): the name.
        if isOrganisation(name) {
          let ws = name.split(separator: " ")
          if let k = ws.indices.dropFirst(2).first(where: { j in
            ws.count - j >= 2 && ws.count - j <= 4 && NameGrammar.isFirstName(String(ws[j])) && ws[j...].allSatisfy { $0.first?.isUppercase == true }
          }), ws[..<k].contains(where: { $0.first?.isLowercase == true }), case let person = ws[k...].joined(separator: " "),
            isPersonName(person), !isOrganisation(person)
          {
            name = person
          }
        }
        name = withoutAffiliationCode(withoutNote(withoutLeadingRole(name)))
        if initialDot, name.split(separator: " ").last?.count == 1 { name += "." }
        let lower = name.lowercased()
        if name.isEmpty || lower == "ingen" || lower == "-" { continue }
        // A role alone ("Formand") or a role phrase ("1. stedfortræder") is not a name.
        let words = lower.split(separator: " ")
        if words.allSatisfy({ roleWords.contains(String($0)) || $0.allSatisfy({ $0.isNumber || $0 == "." }) }) {
          continue
        }
        // A name begins with a capital; a party letter or code alone ("V", "SF") is none.
        guard let f = name.first, f.isUppercase, !(name.count <= 3 && name.allSatisfy(\.isUppercase)) else { continue }
        // "Norddjurs Kommune": the page's footer, not a person; "Fyns Politi", "Sydhavnens
        // Hospital": the public body a member comes from, after the member's name.
        if let last = name.split(separator: " ").last, institutionWords.contains(last.lowercased()) {
          continue
        }
        // "Grundejerforeningen Vesterengen", "Dansk Blindesamfund": an association, not a person.
        if isOrganisation(name) { continue }
        // "Bo Dal: formand": the person, then the role.
        if let c = name.firstIndex(of: ":"), isPersonName(String(name[..<c])) { name = String(name[..<c]) }
        // "Hele udvalget", "Alle medlemmer": the body, not a person (a name ends capitalised).
        let parts = name.split(separator: " ")
        if parts.count >= 2, let last = parts.last, last.first?.isLowercase == true { continue }
        // "DH Svendborg": an organisation's letters and its place, not a person (`SF Anne Holm`
        // has a first name after the party's letters).
        if parts.count == 2, (2...4).contains(parts[0].count), parts[0].allSatisfy({ $0.isUppercase && $0.isLetter }),
          !NameGrammar.isFirstName(String(parts[1]))
        {
          continue
        }
        // "FKB s bestyrelse Flemming Holm", "kreds 2 Erik Dal": what the person before sits for,
        // run on into the next name (a list that lost its line breaks); the name from its first
        // name on.
        let ws = name.split(separator: " ")
        if ws.count >= 3, let k = ws.indices.dropFirst().first(where: { j in
          j + 1 < ws.count && NameGrammar.isFirstName(String(ws[j])) && ws[(j + 1)...].allSatisfy { $0.first?.isUppercase == true }
        }), ws[..<k].contains(where: { w in
          w.first?.isLowercase == true || w.contains(where: \.isNumber) || (w.count >= 2 && w.allSatisfy(\.isUppercase))
        }) {
          name = ws[k...].joined(separator: " ")
        }
        // "Pastor Jude": one name after a form of address is a person.
        if !name.contains(" "), piece.trimmingSpaces.contains(" ") { addressed.insert(name) }
        out.append(name)
        }
      }
    }
    // "Troels Hansen, Øst (TBH) Kate Nielsen, Syd (KN)": among full names a single word that is
    // no first name is what the person before sits for, not a person; in a list that also
    // names people by their first name alone (`Lars Bo, Hans, Hartmann`) it is a surname.
    let singles = out.filter { !$0.contains(" ") }
    if out.count - singles.count >= 2, !singles.contains(where: { NameGrammar.isFirstName($0) }) {
      out.removeAll { !$0.contains(" ") && !NameGrammar.isFirstName($0) && !$0.contains("-") && !addressed.contains($0) }
    }
    return out
  }

  /// `Arne Kruse, Anders Fog-Petersen. Til behandling forelå: ...`: a list ends with its sentence
  /// when a label of a few words and its colon follows (a flattened page runs the next field on);
  /// the list before it.
  static func beforeNextLabel(_ raw: String) -> String {
    var search = raw.startIndex
    while let stop = raw.range(of: ". ", range: search..<raw.endIndex) {
      search = stop.upperBound
      let rest = raw[stop.upperBound...]
      guard let f = rest.first, f.isUppercase, let colon = rest.prefix(48).firstIndex(of: ":") else { continue }
      let label = rest[..<colon]
      let words = label.split(separator: " ")
      // "Lars J. Hansen: formand": a person's name and role is no label.
      guard (1...4).contains(words.count), !label.contains(where: { ",.;()".contains($0) || $0.isNumber }),
        !isPersonName(String(label))
      else { continue }
      // A list's own last entry before the stop: the names end there.
      return String(raw[..<stop.lowerBound])
    }
    return raw
  }

  /// `V Klaus Hansen`, `SF Anne Holm`: a party's letter before the name, as a table's first
  /// column flattened into the entry.
  static func withoutLeadingParty(_ piece: String) -> String {
    let words = piece.split(separator: " ")
    guard words.count >= 3, let f = words.first, (1...2).contains(f.count), f.allSatisfy(\.isUppercase),
      f.allSatisfy(\.isLetter), NameGrammar.isFirstName(String(words[1]))
    else { return piece }
    return words.dropFirst().joined(separator: " ")
  }

  /// `FormandBjarne Kvist`: a role glued to the name.
  static func withoutGluedRole(_ piece: String) -> String {
    guard let f = piece.first, f.isUppercase, piece.utf8.count <= 200 else { return piece }
    var previous: Character?
    for i in piece.indices {
      let c = piece[i]
      defer { previous = c }
      guard let p = previous, p.isLowercase, c.isUppercase else { continue }
      let head = String(piece[..<i]).lowercased()
      if roleWords.contains(head) || memberRoleWords.contains(head) { return String(piece[i...]) }
      return piece
    }
    return piece
  }

  /// A list entry without the role written beside it after a dash (`Borgmester - Erik Lund`,
  /// `Helga Holm - formand`); nil for staff (`Peter Hansen – graver`).
  static func withoutDashedRole(_ piece: String) -> String? {
    guard let dash = piece.range(of: " - ") ?? piece.range(of: " – ") else { return piece }
    let left = String(piece[..<dash.lowerBound]).trimming(" .;:-–")
    let right = String(piece[dash.upperBound...]).trimming(" .;:-–")
    func role(_ s: String) -> (isRole: Bool, isStaff: Bool) {
      let words = s.lowercased().split(separator: " ").map(String.init)
      guard !words.isEmpty, words.count <= 3 else { return (false, false) }
      let staff = words.contains { staffWords.contains($0) }
      let isRole = words.allSatisfy { staffWords.contains($0) || memberRoleWords.contains($0) || roleWords.contains($0) }
      return (isRole, staff)
    }
    // "B - Signe Halvorsen": a party's letter before the name, a dash between (a list item per member).
    if (1...2).contains(left.count), left.allSatisfy({ $0.isUppercase && $0.isLetter }),
      let first = right.split(separator: " ").first, right.contains(" "), NameGrammar.isFirstName(String(first))
    {
      return right
    }
    let r = role(right)
    if r.isRole { return r.isStaff ? nil : left }
    let l = role(left)
    if l.isRole { return l.isStaff ? nil : right }
    return piece
  }

  /// Verbs that open a note of when a member came or went (`- deltog fra kl. 9.45`, `- forlod
  /// mødet efter pkt. 4`, `- ankom kl. 17.30`).
  static let cameWentVerbs: Set<String> = ["deltog", "deltager", "ankom", "forlod", "mødte", "kom", "gik"]

  /// `Mads Holm (C) - deltog fra kl. 9.45 (fra punkt nr. 3)`: a member's entry with a note after
  /// a dash of when they came or went, the entry without the note; a note that they did not come
  /// (`- deltog ikke`) stays. The text unchanged where there is no such note.
  static func withoutDashedNote(_ entry: String) -> String {
    guard let dash = entry.range(of: " - ") ?? entry.range(of: " – ") else { return entry }
    let words = entry[dash.upperBound...].lowercased().split(separator: " ")
    guard let verb = words.first, cameWentVerbs.contains(String(verb)), words.count >= 2, words[1] != "ikke",
      entry[..<dash.lowerBound].contains(where: \.isUppercase)
    else { return entry }
    return String(entry[..<dash.lowerBound]).trimmingSpaces
  }

  /// `Medlemmer Simon Lund deltog Jan Holm deltog Eva Berg afbud`: a list whose entries are a
  /// name and what became of it, run together (a table's columns flattened). Returns the
  /// entries when the whole rest of the line reads so, two or more of them.
  static func statusRun(_ text: String) -> [Entry]? {
    guard text.utf8.count <= 2000 else { return nil }
    var words = text.split(separator: " ").map(String.init)
    guard let label = words.first, LineRepair.peopleLabels.contains(label) else { return nil }
    words.removeFirst()
    var out: [Entry] = []
    var name: [String] = []
    var i = 0
    while i < words.count {
      let w = words[i].lowercased()
      if w == "deltog" || w == "afbud" || w == "fraværende" || w == "fravær" {
        guard name.count >= 1 else { return nil }
        var absent = w != "deltog"
        if w == "deltog", i + 1 < words.count, words[i + 1].lowercased() == "ikke" {
          absent = true
          i += 1
        }
        out.append(Entry(name: name.joined(separator: " "), isAbsent: absent))
        name = []
      } else {
        guard words[i].first?.isUppercase == true, name.count < 5 else { return nil }
        name.append(words[i])
      }
      i += 1
    }
    return out.count >= 2 && name.isEmpty ? out : nil
  }

  /// `suppleant Martin Holm deltog`, `Jens Berg deltager i stedet`: in a list of absences, an
  /// entry that tells who came instead. Returns the absent and the present.
  /// `Anne Hansen, Bo Jensen og Carl Nielsen. Afbud fra Dorte Madsen.`: a list of who came
  /// with a sentence of who sent word after it; the list and the absent part, or nil.
  static func splitAbsenceSentence(_ line: String) -> (present: String, absent: String)? {
    let lower = line.lowercased()
    for label in [". afbud fra ", ". afbud: ", ". afbud ", ". fraværende: ", ". fraværende ", ". ikke til stede: ", ". forfald: "] {
      guard let r = lower.range(of: label) else { continue }
      let start = line.index(line.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))
      let end = line.index(start, offsetBy: label.count)
      let present = String(line[..<start]).trimmingSpaces
      let absent = String(line[end...]).trimming(" .")
      guard !present.isEmpty, !absent.isEmpty else { return nil }
      return (present, absent)
    }
    return nil
  }

  /// `Alle medlemmer var til stede med undtagelse af Jacob Lindvig (Ø), der havde forfald. I hans
  /// sted deltog stedfortræder Rikke Blom (Ø).`: a header's sentences of who was away from a
  /// full meeting and who came in their place; nil when the line tells neither.
  static func proseAttendance(_ text: String) -> (away: [String], came: [String])? {
    guard text.utf8.count <= 600, text.hasSuffix(".") || text.hasSuffix(")"),
      DanishBytes.containsASCII(text, "undtagelse af") || DanishBytes.containsASCII(text, " sted ")
        || DanishBytes.containsASCII(text, "bortset fra ") || DanishBytes.containsASCII(text, "afbud fra ")
        || DanishBytes.containsASCII(text, " undtagen ")
        || DanishBytes.containsASCII(text, "For ") || DanishBytes.containsASCII(text, "meldt afbud")
        || DanishBytes.containsASCII(text, "stedfortræder for ") || DanishBytes.containsASCII(text, "suppleant for ")
        || DanishBytes.containsASCII(text, ") kom ") || DanishBytes.containsASCII(text, ") ankom ")
    else { return nil }
    var away: [String] = []
    var came: [String] = []
    for sentence in SentenceSplitter.sentences(text).flatMap(insteadClauses) {
      let lower = sentence.lowercased()
      // "Ditte Holm (A) havde meldt afbud": the members away as the sentence's subject.
      if let verb = [" havde meldt afbud", " har meldt afbud", " havde forfald", " har forfald"].compactMap({ lower.range(of: $0) }).first,
        String(lower[verb.upperBound...]).trimming(" .,").isEmpty
      {
        let subject = String(sentence[..<sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: verb.lowerBound))])
        let found = names(in: subject.trimmingSpaces)
        if !found.isEmpty, found.allSatisfy(isPersonName) {
          away += found
          continue
        }
      }
      // "Ole Bak (V) kom kl. 9.10 under punkt 3.": a member with the party's letters who came
      // late came.
      if let r = [" kom kl.", " ankom kl.", " mødte kl.", " kom under ", " ankom under "].compactMap({ lower.range(of: $0) }).first {
        let subject = String(sentence[..<sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))])
        let found = names(in: subject)
        if subject.hasSuffix(")"), subject.split(separator: " ").count <= 6, found.count == 1, found.allSatisfy(isPersonName) {
          came += found
          continue
        }
      }
      // "Marianne Holm (V) var indkaldt som stedfortræder for Poul Bak (V).": who came as the
      // subject, whom for after it.
      if let r = [" som stedfortræder for ", " som suppleant for "].compactMap({ lower.range(of: $0) }).first,
        !lower.hasPrefix("der "), !lower.contains(" ikke ")
      {
        let subject = String(sentence[..<sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))])
        let words = subject.split(separator: " ")
        let verbs: Set<String> = ["var", "indkaldt", "deltog", "mødte", "deltager", "møder", "er"]
        let person = words.reversed().drop(while: { verbs.contains($0.lowercased()) }).reversed().joined(separator: " ")
        let found = names(in: person)
        if person.utf8.count < subject.utf8.count, found.count == 1, found.allSatisfy(isPersonName) {
          came += found
          continue
        }
      }
      // "Der var afbud fra Kaj Holm (A) og Tina Bak (C).": who sent word, the sentence's subject.
      if let lead = ["der var afbud fra ", "der var meldt afbud fra ", "der er meldt afbud fra ", "der er afbud fra "]
        .first(where: { lower.hasPrefix($0) })
      {
        away += names(in: String(sentence.dropFirst(lead.count)).trimming(" ."))
        continue
      }
      // "For Kaj Holm mødte stedfortræder Cecilie Dam (A).": whom for first, then who came.
      if let person = cameFor(sentence) {
        came += names(in: person)
        continue
      }
      // "Mødet blev holdt med deltagelse af samtlige medlemmer bortset fra Jens Bo (C), der havde
      // meldt afbud.": all but those named.
      // ("Alle medlemmer deltog undtagen Eva Bro (Ø), der havde meldt afbud.")
      if let r = lower.range(of: "med undtagelse af ") ?? lower.range(of: "bortset fra ") ?? lower.range(of: " undtagen "),
        lower.contains("til stede") || lower.contains("mødt") || lower.contains("deltog") || lower.contains("deltagelse")
      {
        var rest = String(sentence[sentence.index(sentence.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.upperBound))...])
        // ", der havde forfald" / ", som havde meldt afbud": why, after the names.
        for cut in [", der ", ", som ", " der havde", " som havde", ", da "] {
          if let c = rest.range(of: cut) { rest = String(rest[..<c.lowerBound]) }
        }
        away += names(in: rest.trimming(" ."))
        continue
      }
      // "I hans sted deltog stedfortræder Rikke Blom (Ø)", "I hendes sted mødte suppleant ...".
      for lead in ["i hans sted ", "i hendes sted ", "i deres sted ", "i stedet "] where lower.hasPrefix(lead) {
        let words = sentence.split(separator: " ").map(String.init)
        let skip = lead.split(separator: " ").count
        guard words.count > skip + 2, ["deltog", "mødte", "deltager", "møder"].contains(words[skip].lowercased()) else { break }
        let person = words[(skip + 1)...].drop { roleWords.contains($0.lowercased()) }.joined(separator: " ")
        came += names(in: person.trimming(" ."))
        break
      }
    }
    return away.isEmpty && came.isEmpty ? nil : (away, came)
  }

  /// `Ditte Holm (A) havde meldt afbud, og i hendes sted deltog suppleant Leif Gram (A).`: a
  /// sentence's clauses of who was away and who came in the seat, read one by one.
  static func insteadClauses(_ sentence: String) -> [String] {
    for joint in [", og i hans sted ", ", og i hendes sted ", ", og i deres sted "] {
      if let r = sentence.range(of: joint) {
        return [String(sentence[..<r.lowerBound]) + ".", "I " + String(sentence[sentence.index(r.lowerBound, offsetBy: 7)...])]
      }
    }
    return [sentence]
  }

  /// `For Kaj Holm mødte stedfortræder Cecilie Dam (A).`, `For Eva Bro deltog suppleant Ib
  /// Sand.`: a sentence that names the member away first, then the verb, the stand-in's role
  /// and who came; the one who came, or nil.
  static func cameFor(_ sentence: String) -> String? {
    let words = sentence.split(separator: " ").map(String.init)
    guard words.count >= 6, words[0] == "For" || words[0] == "for",
      let v = words.indices.dropFirst(2).first(where: { ["mødte", "deltog", "deltager", "møder"].contains(words[$0].lowercased()) }),
      v <= 6, v + 2 < words.count, ["stedfortræder", "suppleant"].contains(words[v + 1].lowercased()),
      words[1..<v].allSatisfy({ $0.first?.isUppercase == true || $0.hasPrefix("(") })
    else { return nil }
    return words[(v + 2)...].joined(separator: " ").trimming(" .")
  }

  static func absencesAndStandIns(_ value: String) -> (absent: [String], present: [String]) {
    var absent: [String] = []
    var present: [String] = []
    for sentence in SentenceSplitter.sentences(value) {
      // "Evan Lund (V) - Marie Berg (V) mødte som stedfortræder": a dash parts the entries too.
      var parts = sentence.split(whereSeparator: { $0 == "," || $0 == ";" })
        .flatMap { $0.components(separatedBy: " - ").flatMap { $0.components(separatedBy: " – ") } }
      // "Susie Brandt, Dansk Sygeplejeråd, mødte for Marlene Hviid.": the one who came and what
      // she sits for, commas before the verb.
      if let k = parts.indices.dropFirst().first(where: { i in
        let first = parts[i].trimmingSpaces.lowercased().split(separator: " ").first
        return first.map { ["deltog", "deltager", "mødte", "møder"].contains(String($0)) } == true
      }), !parts[k].lowercased().contains("ikke") {
        present += names(in: parts[..<k].joined(separator: ","))
        parts = Array(parts[(k + 1)...])
      }
      for part in parts {
        let lower = part.lowercased()
        let words = lower.split(separator: " ").map { String($0).trimming(".:") }
        let comes = words.contains { ["deltog", "deltager", "mødte", "møder"].contains($0) } && !words.contains("ikke")
        let standIn = words.first.map { ["suppleant", "stedfortræder"].contains($0) } ?? false
        // "Afbud fra Benthe Holm stedfortræder Anders Lund": the one away, then who came for her.
        if !comes, let k = words.firstIndex(where: { ["stedfortræder", "suppleant"].contains($0) }), k >= 2, k + 2 <= words.count {
          let raw = part.split(separator: " ").map(String.init)
          var away = Array(raw[..<k])
          if away.count >= 2, away[0].lowercased() == "afbud" { away.removeFirst(away[1].lowercased() == "fra" ? 2 : 1) }
          absent += names(in: away.joined(separator: " "))
          present += names(in: raw[(k + 1)...].joined(separator: " "))
          continue
        }
        // "Jens Bruhn (Ø) deltog ikke i mødet.": away, the subject before the verb.
        if !comes, let v = words.firstIndex(where: { ["deltog", "deltager", "mødte", "møder"].contains($0) }), v >= 1,
          v + 1 < words.count, words[v + 1] == "ikke"
        {
          absent += names(in: part.split(separator: " ")[..<v].joined(separator: " "))
          continue
        }
        if comes || standIn || lower.contains("i stedet") && !lower.contains("i stedet for") {
          // "Lars Holm deltog som suppleant for Eva Dam": the one who came is the subject, before
          // the verb; a word run on before the first name (a place the page glued) is no name.
          var subject = part.split(separator: " ").map(String.init)
          if comes, let v = subject.firstIndex(where: { ["deltog", "deltager", "mødte", "møder"].contains($0.lowercased()) }) {
            // "I stedet mødte stedfortræder Henrik Brodersen (A)": the one who came after the verb.
            if names(in: subject[..<v].joined(separator: " ")).isEmpty, v + 1 < subject.count {
              subject = Array(subject[(v + 1)...].drop(while: { roleWords.contains($0.lowercased()) }))
            } else {
              subject = Array(subject[..<v])
            }
          }
          if subject.count >= 3, !NameGrammar.isFirstName(subject[0]), NameGrammar.isFirstName(subject[1]) {
            subject.removeFirst()
          }
          present += names(in: subject.joined(separator: " "))
        } else {
          absent += names(in: String(part))
        }
      }
    }
    return (absent, present)
  }

  /// A list of members followed by the absent among them, run together without their labels
  /// (`Medlemmer: Afbud: A, B, C, D B, D`): the first names up to where the rest repeats names
  /// already listed.
  static func splitRepeatedTail(_ names: [String]) -> (members: [String], absent: [String])? {
    guard names.count >= 3 else { return nil }
    let folded = names.map { CommitteeName.fold($0) }
    for k in ((names.count + 1) / 2)..<names.count {
      let head = Set(folded[..<k])
      if folded[k...].allSatisfy({ head.contains($0) }) { return (Array(names[..<k]), Array(names[k...])) }
    }
    return nil
  }

  /// `Jens Friis Bak Per Jørgensen Henning Beck-Nielsen`: names run together where a transcript
  /// lost the separators. A new name begins at a common first name once the name before has a
  /// surname (a first name straight after a first name is a middle name: `Dorte Lisbet Nielsen`).
  /// Only a run of four or more capitalised words is split.
  static func splitRunOn(_ piece: String) -> [String] {
    let words = piece.split(separator: " ").map(String.init)
    // The run of capitalised words that can be names; what follows stays with the last name.
    let run = words.prefix { w in
      w.first?.isUppercase == true && !NameGrammar.nonNameWords.contains(w.lowercased()) && HeaderLabel.read(w + ":") == nil
    }
    guard run.count >= 4 else { return [piece] }
    var out: [[String]] = [[]]
    for w in run {
      let current = out[out.count - 1]
      if current.count >= 2, NameGrammar.isFirstName(w), let last = current.last, !NameGrammar.isFirstName(last) {
        out.append([w])
      } else {
        out[out.count - 1].append(w)
      }
    }
    // A note goes on after the last name ("... Lise Harbo deltog fra pkt. 3"); a label that
    // follows ("... Lise Harbo Bemærkninger til dagsorden") is another field's.
    let rest = words[run.count...]
    if let f = rest.first, HeaderLabel.read(rest.joined(separator: " ")) == nil, !f.hasSuffix(":"),
      f.first?.isLowercase == true
    {
      out[out.count - 1] += rest
    }
    return out.map { $0.joined(separator: " ") }
  }

  /// `direktør for Børn` / `Kultur Hanne Lodahl`: a title's unit named with `og` (`direktør for
  /// Børn og Kultur Hanne Lodahl`) is one entry, the title before the name; so is a title of two
  /// joined by `og` (`Natur-` / `miljøchef Jesper Ahl`).
  static func joinedUnitNames(_ pieces: [String]) -> [String] {
    var out: [String] = []
    var k = 0
    while k < pieces.count {
      let words = pieces[k].split(separator: " ")
      // The unit of one to three capitalised words (`for Sociale Forhold og Beskæftigelse`).
      if k + 1 < pieces.count, words.count >= 3, let f = words.lastIndex(of: "for"), f >= 1, (1...3).contains(words.count - f - 1),
        words[(f + 1)...].allSatisfy({ $0.first?.isUppercase == true }), isTitleWord(String(words[f - 1])),
        let (name, _) = Optional(NameGrammar.splitNameAndRole(pieces[k] + " og " + pieces[k + 1])), let name,
        name.split(separator: " ").count >= 2
      {
        out.append(name)
        k += 2
        continue
      }
      // "Natur- og miljøchef Jesper Ahl": a compound ellipsis is one title, not two people.
      if k + 1 < pieces.count, words.count == 1, words[0].hasSuffix("-"), words[0].count > 2 {
        out.append(pieces[k] + " og " + pieces[k + 1])
        k += 2
        continue
      }
      out.append(pieces[k])
      k += 1
    }
    return out
  }

  /// Words that begin a note after a name (`Anders Hansen deltog fra pkt. 3`, `... forlod mødet
  /// kl. 17`, `... mødte som stedfortræder`).
  static let noteWords: Set<String> = [
    "deltog", "deltager", "forlod", "mødte", "ankom", "var", "er", "fra", "til", "under", "ved",
    "som", "i", "kl", "kl.", "pkt", "pkt.", "punkt", "efter", "indtil", "for", "via", "på",
  ]

  /// `Formand Erik Nielsen` → `Erik Nielsen`; `1. Overborgmester Frank Jensen` → `Frank Jensen`:
  /// a list number and role words before a name of two or more capitalised words go.
  static func withoutLeadingRole(_ s: String) -> String {
    var words = s.split(separator: " ").map(String.init)
    if let f = words.first, f.hasSuffix(".") || f.hasSuffix(")"), f.dropLast().allSatisfy(\.isNumber), words.count > 1 {
      words.removeFirst()
    }
    // "suppleant: Anne Holm".
    if let f = words.first, f.hasSuffix(":"), roleWords.contains(String(f.dropLast()).lowercased()), words.count > 1 {
      words.removeFirst()
    }
    // "Provst Hanne Mølgaard", "sognepræst Tove Riis", "Medarbejdervalgt Lone Sørensen": a title
    // (a job's word by its head, `-præst`, `-leder`, `-medlem`) before two capitalised words.
    // "Natur- og miljøchef Jesper Ahl": a title of two joined by `og`.
    if words.count > 4, opensWithTitleOfTwo(words), words[3].first?.isUppercase == true, words[4].first?.isUppercase == true
    {
      words.removeFirst(3)
    }
    // "Praktiserende læge Sofie Holm", "Konstitueret direktør Bo Lind": a title a participle
    // qualifies.
    if words.count > 3, opensWithQualifiedTitle(words), words[2].first?.isUppercase == true, words[3].first?.isUppercase == true {
      words.removeFirst(2)
    }
    while words.count > 2, isTitleWord(words[0]), words[1].first?.isUppercase == true, words[2].first?.isUppercase == true {
      words.removeFirst()
    }
    // "Formand for Ejerforeningen Ib Dam", "Næstformand for SUF Eva Berg": a member's seat and
    // the body it is of, then the name (a known first name and a surname to end the line).
    if words.count >= 5, memberRoleWords.contains(words[0].lowercased()), words[1] == "for",
      let k = (2..<words.count - 1).first(where: { NameGrammar.isFirstName(words[$0]) && words[$0].first?.isUppercase == true }),
      k >= 3, words.count - k <= 4, isPersonName(words[k...].joined(separator: " "))
    {
      words.removeFirst(k)
    }
    // "Pastor Jude": a form of address before a name the list gives alone.
    if words.count == 2, clericTitles.contains(words[0].lowercased()),
      words[1].first?.isUppercase == true
    {
      words.removeFirst()
    }
    return words.joined(separator: " ")
  }

  /// `Natur- og miljøchef ...`: the words open with a title of two joined by `og`, the first
  /// part a compound's (three words).
  static func opensWithTitleOfTwo<S: StringProtocol>(_ words: [S]) -> Bool {
    words.count >= 3 && words[0].hasSuffix("-") && words[0].count > 2 && words[1] == "og" && isTitleWord(String(words[2]))
  }

  /// `Praktiserende læge ...`, `Ledende overlæge ...`, `Konstitueret direktør ...`: the words open
  /// with a participle (`-ende`, `-et`) before a title's word.
  static func opensWithQualifiedTitle<S: StringProtocol>(_ words: [S]) -> Bool {
    guard words.count >= 3, words[0].first?.isUppercase == true, words[1].first?.isLowercase == true else { return false }
    let w = words[0].lowercased()
    return (w.hasSuffix("ende") && w.count >= 7 || w.hasSuffix("eret") || w.hasSuffix("ueret")) && isTitleWord(String(words[1]))
  }

  /// A cleric's titles, before a name (`Provst Hanne Mølgaard`, `Pastor Jude`) or as the role a
  /// decision calls the holder by (`Præsten`).
  static let clericTitles: Set<String> = ["provst", "biskop", "pastor", "pater", "sognepræst", "præst"]

  /// A word that titles a person before their name: a role of the list (`formand`), a job's
  /// word (`skoleleder`, `Beredskabsdirektør`, `sognepræst`), a member's (`Bestyrelsesmedlem`,
  /// `Medarbejdervalgt`) or a cleric's (`Provst`, `pastor`).
  static func isTitleWord(_ word: String) -> Bool {
    let w = word.lowercased()
    return roleWords.contains(w) || NameGrammar.isRoleWord(w) || w.hasSuffix("medlem") || w.hasSuffix("valgt")
      || clericTitles.contains(w)
  }

  /// The name without a note after it.
  static func withoutNote(_ s: String) -> String {
    let words = s.split(separator: " ")
    guard words.count > 1 else { return s }
    var k = 0
    while k < words.count {
      if k >= 1, noteWords.contains(words[k].lowercased()) { break }
      k += 1
    }
    return words[..<k].joined(separator: " ").trimming(" .,;:-–")
  }

  /// Substitutes told in a sentence: `Tina Nordahl Jensen deltog for Kim Helmersen`,
  /// `Stedfortræder Jacob Rosenberg mødte for Laura Lindahl`, `X deltog som suppleant for Y`.
  /// Returns who came and whom they came for.
  static func substitutes(in text: String) -> [(present: String, absent: String)] {
    guard text.utf8.count <= 2000, DanishBytes.containsASCII(text, " for ") else { return [] }
    var out: [(String, String)] = []
    for sentence in SentenceSplitter.sentences(text) {
      let raw = sentence.split(separator: " ")
      let words = raw.map { String($0).trimming(".,;:") }
      // "Mødt i stedet for Eva Holm: Bo Lind (V)", "Stedfortræder for Eva Holm: Bo Lind": a
      // label of whom for, who came its value.
      if let c = raw.firstIndex(where: { $0.hasSuffix(":") }), c + 2 < raw.count || c + 1 < raw.count && c >= 3 {
        let lead = words[..<c].prefix(4).map { $0.lowercased() }
        let f: Int? =
          lead.count >= 3 && ["mødt", "mødte", "deltog", "deltager"].contains(lead[0]) && lead[1] == "i" && lead[2] == "stedet"
            && c > 4 && words[3].lowercased() == "for" ? 4
          : lead.count >= 2 && ["stedfortræder", "suppleant"].contains(lead[0]) && lead[1] == "for" && c > 2 ? 2 : nil
        if let f {
          let absent = words[f...c].joined(separator: " ")
          var e = c + 1
          while e < words.count, words[e].first?.isUppercase == true { e += 1 }
          let present = words[(c + 1)..<e].joined(separator: " ")
          if present.split(separator: " ").count >= 2, absent.split(separator: " ").count >= 2 { out.append((present, absent)) }
          continue
        }
      }
      // "I stedet for Kirsten Lykke deltog Morten Dahl": whom for first, then who came.
      if words.count >= 6, words[0].lowercased() == "i", words[1].lowercased() == "stedet", words[2].lowercased() == "for",
        let v = words.firstIndex(where: { ["deltog", "mødte", "deltager", "møder"].contains($0.lowercased()) }), v > 3
      {
        let absent = words[3..<v].joined(separator: " ")
        var e = v + 1
        while e < words.count, words[e].first?.isUppercase == true { e += 1 }
        let present = words[(v + 1)..<e].joined(separator: " ")
        if present.split(separator: " ").count >= 2, !absent.isEmpty { out.append((present, absent)) }
        continue
      }
      for (i, w) in words.enumerated() where ["deltog", "mødte", "deltager", "møder"].contains(w.lowercased()) {
        var j = i + 1
        if j + 1 < words.count, words[j].lowercased() == "som", ["stedfortræder", "suppleant"].contains(words[j + 1].lowercased()) {
          j += 2
        }
        guard j < words.count, words[j].lowercased() == "for" else { continue }
        // The name before the verb: capitalised words, a role word in front left out.
        // "Eva Holm (F) deltog som ...", "Bo Lind (Ældresagen Nord) deltog som ...":
        // the party or what the one who came sits for, in parentheses between name and verb.
        var nameEnd = i
        if i >= 2, raw[i - 1].hasSuffix(")"), let open = (max(1, i - 5)..<i).last(where: { raw[$0].hasPrefix("(") }),
          !raw[open..<(i - 1)].contains(where: { $0.hasSuffix(")") })
        {
          nameEnd = open
        }
        var k = nameEnd
        while k > 0, words[k - 1].first?.isUppercase == true, !roleWords.contains(words[k - 1].lowercased()) { k -= 1 }
        // "Rød 3, Prøvestenen Lars Løgstrup deltog ...": a place the page glued before the name.
        if nameEnd - k >= 3, !NameGrammar.isFirstName(words[k]), NameGrammar.isFirstName(words[k + 1]) { k += 1 }
        // "Susie Brandt, Dansk Sygeplejeråd, mødte for ...": the name ends at its comma; what
        // she sits for follows it.
        var end = nameEnd
        if let c = (k..<nameEnd).first(where: { raw[$0].hasSuffix(",") }) { end = c + 1 }
        var present = words[k..<end].joined(separator: " ")
        // "Stedfortræder:Edel Marstrand mødte for ...": a label glued to the name, no space after
        // its colon.
        if let c = present.firstIndex(of: ":"), c < (present.firstIndex(of: " ") ?? present.endIndex) {
          present = String(present[present.index(after: c)...])
        }
        var e = j + 1
        while e < words.count, words[e].first?.isUppercase == true { e += 1 }
        let absent = words[(j + 1)..<e].joined(separator: " ")
        if present.split(separator: " ").count >= 2, !absent.isEmpty { out.append((present, absent)) }
      }
    }
    return out
  }

  /// `Stedfortræder Bo Lind (V) mødte kl. 16.15 og deltog fra dette punkt.`, `Suppleant Eva Holm
  /// deltog.`: a sentence that opens with a stand-in's role and her name, then the verb of one
  /// who came, without whom for; the ones who came.
  static func arrivingStandIns(in text: String) -> [String] {
    guard text.utf8.count <= 600, DanishBytes.containsASCII(text, "Stedfortr") || DanishBytes.containsASCII(text, "Suppleant")
    else { return [] }
    var out: [String] = []
    for sentence in SentenceSplitter.sentences(text) {
      let raw = sentence.split(separator: " ").map(String.init)
      guard raw.count >= 4, ["stedfortræder", "suppleant"].contains(raw[0].lowercased()) else { continue }
      var e = 1
      while e < raw.count, e <= 5, raw[e].first?.isUppercase == true { e += 1 }
      guard e >= 3 else { continue }
      var v = e
      // The party or what she sits for in parentheses after the name.
      if v < raw.count, raw[v].hasPrefix("(") {
        while v < raw.count, !raw[v].hasSuffix(")") { v += 1 }
        v += 1
      }
      guard v < raw.count, ["mødte", "deltog", "deltager", "møder", "ankom"].contains(raw[v].lowercased().trimming(".,")),
        !(v + 1 < raw.count && raw[v + 1].lowercased() == "ikke")
      else { continue }
      let name = raw[1..<e].joined(separator: " ")
      if isPersonName(name) { out.append(name) }
    }
    return out
  }

  /// Whether two folded names differ by a slip of the pen: long enough, the same first letters,
  /// and at most two letters apart (Levenshtein, bounded).
  static func isMisspelling(_ a: String, of b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count >= 8, y.count >= 8, abs(x.count - y.count) <= 2, x.prefix(3) == y.prefix(3) else {
      return false
    }
    var previous = Array(0...y.count)
    for i in 1...x.count {
      var current = [i] + [Int](repeating: 0, count: y.count)
      var rowMin = i
      for j in 1...y.count {
        current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        rowMin = Swift.min(rowMin, current[j])
      }
      if rowMin > 2 { return false }
      previous = current
    }
    return previous[y.count] <= 2
  }

  /// Splits the value of stacked labels where the place is a room and its number (`213,
  /// Mødelokale Henrik Holm, ...`): the words up to the room's word, the names after.
  static func splitLeadingRoom(_ value: String) -> (place: String, rest: String)? {
    let words = value.split(separator: " ").map(String.init)
    guard words.count >= 3 else { return nil }
    for k in 1..<min(words.count - 1, 8) where NameGrammar.isFirstName(words[k]) && words[k + 1].first?.isUppercase == true {
      let place = words[..<k].joined(separator: " ").trimming(" ,")
      // A party letter in brackets marks a name the first-name list did not know.
      guard HeaderReader.looksLikeRoom(place), !place.contains("(") else { return nil }
      return (place, words[k...].joined(separator: " "))
    }
    return nil
  }

  /// Splits the value of stacked labels (`Mødested: Deltagere: Borgmesterens mødelokale Johnny
  /// Søtrup (V), Henrik Vallø (C), ...`): the words before the first name of the list belong to
  /// the first label.
  static func splitLeadingPlace(_ value: String) -> (place: String, rest: String)? {
    guard let comma = value.firstIndex(of: ",") else { return nil }
    var first = String(value[..<comma])
    if let paren = first.firstIndex(of: "(") { first = String(first[..<paren]) }
    let words = first.split(separator: " ").map(String.init)
    // The name is the run of capitalised words at the end of the first entry.
    var k = words.count
    while k > 0, let f = words[k - 1].first, f.isUppercase { k -= 1 }
    let nameWords = words.count - k
    guard k > 0, nameWords >= 2, nameWords <= 4 else { return nil }
    let place = words[..<k].joined(separator: " ")
    let restStart = value.index(value.startIndex, offsetBy: words[..<k].joined(separator: " ").count)
    return (place, String(value[restStart...]).trimmingSpaces)
  }
}

extension AttendeeList {
  /// Each first name alone in `names` (`Egon`) as the one full name that opens with it in
  /// `texts` (`| Egon Dahl | ... |`, `Egon Dahl (formand)`), and each person's initials
  /// (`KB`) as the name a legend or a bracket gives them (`KB = Karen Borup`, `Karen Borup (KB)`);
  /// all as written unless every one of them is given so.
  static func fullNames<S: Sequence>(_ names: [String], in texts: S) -> [String] where S.Element == String {
    let single = Set(names.filter { !$0.contains(" ") && NameGrammar.isFirstName($0) })
    let initials = Set(names.filter { (2...4).contains($0.count) && NameGrammar.isAcronym($0) && $0.allSatisfy(\.isLetter) })
    guard !single.isEmpty || !initials.isEmpty else { return names }
    func isNameWord(_ word: String) -> Bool {
      guard let f = word.first, f.isUppercase, word.dropFirst().contains(where: \.isLowercase), word.allSatisfy({ $0.isLetter || $0 == "-" })
      else { return false }
      return !AttendeeList.isTitleWord(word) && !single.contains(word)
    }
    // The capitalised words from `k` on, up to a mark or a word of another kind.
    func nameWords(_ words: [String], from k: Int) -> [String] {
      var name: [String] = []
      var k = k
      while k < words.count, name.count < 4 {
        let raw = words[k]
        let word = raw.trimming(",.;:)")
        guard isNameWord(word) else { break }
        name.append(word)
        k += 1
        if raw != word { break }
      }
      return name
    }
    // `KB` for `Karen Borup`, `AKN` for `Anne Kirstine Nielsen`: the first and the last name's
    // letters, a middle name's between where written.
    func fits(_ abbreviation: String, _ name: [String]) -> Bool {
      let letters = Array(abbreviation)
      let heads = name.compactMap(\.first).map { Character($0.uppercased()) }
      guard let first = letters.first, let last = letters.last, heads.first == first, heads.last == last else { return false }
      var i = 0
      for h in heads where i < letters.count && h == letters[i] { i += 1 }
      return i == letters.count
    }
    var found: [String: Set<String>] = [:]
    for text in texts where text.utf8.count <= 2_000 {
      let words = text.split(whereSeparator: { $0 == " " || $0 == "|" || $0 == "\t" }).map(String.init)
      for (i, w) in words.enumerated() {
        if single.contains(w) {
          let name = [w] + nameWords(words, from: i + 1)
          if name.count >= 2, AttendeeList.isPersonName(name.joined(separator: " ")) {
            found[w, default: []].insert(name.joined(separator: " "))
          }
        } else if !initials.isEmpty {
          // "KB = Karen Borup (byrådsmedlem)", "KB: Karen Borup": a legend's line.
          let bare = w.trimming(":")
          if initials.contains(bare), i == 0, w.hasSuffix(":") || (i + 1 < words.count && ["=", ":", "-", "–"].contains(words[i + 1])) {
            let name = nameWords(words, from: w.hasSuffix(":") ? i + 1 : i + 2)
            if name.count >= 2, fits(bare, name) { found[bare, default: []].insert(name.joined(separator: " ")) }
          }
          // "Karen Borup (KB)": the initials in brackets after the name.
          let inner = w.trimming("(),.;")
          if w.hasPrefix("("), initials.contains(inner), i >= 2 {
            var start = i
            while start > 0, start > i - 4, isNameWord(words[start - 1].trimming(",")), !words[start - 1].hasSuffix(",") || start == i { start -= 1 }
            let name = Array(words[start..<i])
            if name.count >= 2, fits(inner, name) { found[inner, default: []].insert(name.joined(separator: " ")) }
          }
        }
      }
    }
    var full: [String: String] = [:]
    for (n, all) in found {
      // "Vera Kjær" and "Vera Kjær Dalby": the longer, where it goes on from the others.
      if let longest = all.max(by: { $0.count < $1.count }), all.allSatisfy({ longest == $0 || longest.hasPrefix($0 + " ") || longest.hasSuffix(" " + $0) }) {
        full[n] = longest
      }
    }
    // Only where the minutes give every one of them in full (a list of the members): a list
    // of first names with one of them in full elsewhere is a list of first names.
    guard single.union(initials).allSatisfy({ full[$0] != nil }) else { return names }
    return names.map { full[$0] ?? $0 }
  }
}
