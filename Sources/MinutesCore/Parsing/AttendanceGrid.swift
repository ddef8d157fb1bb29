/// An attendance table a word processor laid out and a converter wrote as text: a header of
/// columns (`Navn    Til stede    Afbud`), then a row a member with a mark under the column that
/// holds (`Lone Dall (A)                      X`). Columns are told apart by where their words
/// stand on the line (runs of two or more spaces, or tabs).
///
/// The grid is written back in the list forms the header reader knows, line for line: the
/// header as `Deltagere:`, a row marked present as the member's entry, a row marked absent as
/// the entry with `- afbud`. Line numbers do not change.
enum AttendanceGrid {
  /// Column heads of who came.
  static let presentHeads: Set<String> = ["til stede", "tilstede", "deltog", "deltager", "fremmødt", "mødt", "tilstedeværende", "deltagelse"]
  /// Column heads of who was away.
  static let absentHeads: Set<String> = Set(AttendeeList.absenceWords).union(["fravær", "ikke mødt"])
  /// Marks in a column's cell.
  static let marks: Set<String> = ["x", "✓", "✔", "☑", "✅", "ja", "•", "+"]
  /// Signs of away alone in the status column (`❌`, `✗`).
  static let awayMarks: Set<String> = ["❌", "✗", "✘", "⛔", "🚫"]

  /// A cell that holds a mark, alone or with a note of when after it (`X`, `✔ fra 17.10`,
  /// `X (fra pkt. 4)`).
  static func isMarked(_ cell: String) -> Bool {
    let v = cell.lowercased().trimming(" .*")
    if marks.contains(v) { return true }
    guard let space = v.firstIndex(of: " "), marks.contains(String(v[..<space])) else { return false }
    let note = String(v[space...]).trimming(" ()")
    return note.hasPrefix("fra ") || note.hasPrefix("til ") || note.hasPrefix("kl") || note.hasPrefix("efter ")
      || note.hasPrefix("under ") || note.hasPrefix("indtil ") || note.first?.isNumber == true
      // `✅ via Teams`: came, from afar.
      || note.hasPrefix("via ")
  }

  /// A cell of a laid-out line: its text and the column it starts at.
  struct Cell: Equatable {
    var text: String
    var start: Int
  }

  /// The cells of a line: text parted by runs of two or more spaces or by tabs.
  static func cells(_ line: Substring) -> [Cell] {
    var out: [Cell] = []
    var current = ""
    var start = 0
    var spaces = 0
    var column = 0
    for c in line {
      if c == "\t" {
        if !current.isEmpty { out.append(Cell(text: current, start: start)) }
        current = ""
        spaces = 0
        column = (column / 8 + 1) * 8
        continue
      }
      if c == " " || c == "\u{A0}" {
        spaces += 1
      } else {
        if spaces >= 2, !current.isEmpty {
          out.append(Cell(text: current, start: start))
          current = ""
        } else if spaces == 1, !current.isEmpty {
          current.append(" ")
        }
        if current.isEmpty { start = column }
        current.append(c)
        spaces = 0
      }
      column += 1
    }
    if !current.isEmpty { out.append(Cell(text: current, start: start)) }
    return out
  }

  /// Column heads of the names' column (`Medlemmer`, `Deltagere`, `Navn`).
  /// Column heads of remarks beside a member's name (`Bemærkning`).
  static let remarkHeads: Set<String> = ["bemærkning", "bemærkninger", "note", "noter", "kommentar", "anmærkning"]
  static let nameHeads: Set<String> = ["medlemmer", "medlem", "deltagere", "navn", "navne", "udvalgsmedlemmer"]

  /// The present and absent columns' centres, where `line` is a grid's header. The present
  /// column may be missing where the names' column is headed (`Medlemmer    Fraværende`): a row
  /// without a mark is a member who came.
  static func header(_ line: Substring) -> (present: Double?, absent: Double)? {
    guard line.utf8.count >= 8, line.utf8.count <= 200 else { return nil }
    // Most lines hold no absent column's word: passed over before they are parted.
    let text = String(line)
    guard DanishBytes.containsASCII(text, "afbud") || DanishBytes.containsASCII(text, "frav")
      || DanishBytes.containsASCII(text, "forfald") || DanishBytes.containsASCII(text, "ikke ")
    else { return nil }
    let cs = cells(line)
    guard (2...5).contains(cs.count) else { return nil }
    var present: Double?
    var absent: Double?
    for c in cs {
      let key = c.text.lowercased().trimming(" :.")
      let centre = Double(c.start) + Double(c.text.count) / 2
      if presentHeads.contains(key) { present = centre } else if absentHeads.contains(key) { absent = centre }
    }
    guard let absent else { return nil }
    if present == nil, cs.count != 2 || !nameHeads.contains(cs[0].text.lowercased().trimming(" :.")) { return nil }
    return (present, absent)
  }

  /// The rows of a grid of marks under its header at `h`, each as its entry in the list forms;
  /// the rows end at a line that is no row (two blank lines, a line without a mark).
  static func markRows(_ lines: [Substring], header h: Int, end: Int, present: Double?, absent: Double) -> [(Int, String)] {
    let nameStart = cells(lines[h]).first?.start ?? 0
    var rows: [(Int, String)] = []
    var blanks = 0
    var k = h + 1
    while k < end {
      let line = lines[k]
      if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) {
        blanks += 1
        // Without a present column the members stand together: a blank line ends them.
        if blanks >= 2 || present == nil && !rows.isEmpty { break }
        k += 1
        continue
      }
      blanks = 0
      let cs = cells(line.hasSuffix("\r") ? line.dropLast() : line)
      if let present, cs.count >= 2, let mark = cs.last, marks.contains(mark.text.lowercased()) {
        let centre = Double(mark.start) + Double(mark.text.count) / 2
        let name = cs.dropLast().map(\.text).joined(separator: " ")
        rows.append((k, abs(centre - absent) < abs(centre - present) ? name + " - afbud" : name))
      } else if present == nil, let first = cs.first, abs(first.start - nameStart) <= 2, !first.text.hasSuffix(":") {
        // `Henrik Bohn (DF)        X`: a mark under the absent column; a name alone came.
        guard cs.count <= 2 else { break }
        if cs.count == 2 {
          guard marks.contains(cs[1].text.lowercased()), abs(Double(cs[1].start) + Double(cs[1].text.count) / 2 - absent) <= 6 else { break }
          rows.append((k, first.text + " - afbud"))
        } else {
          rows.append((k, first.text))
        }
      } else {
        break
      }
      k += 1
    }
    return rows
  }

  /// The text with its first attendance grid written back as a list; nil when there is none.
  /// Only the first 400 lines are looked at: a header stands at the top.
  static func rewritten(_ text: String) -> String? {
    // "afbud", "fravær": a grid's header has a column of those away, or a status column.
    guard DanishBytes.containsASCII(text, "afbud") || DanishBytes.containsASCII(text, "fravær")
      || DanishBytes.containsASCII(text, "Afbud") || DanishBytes.containsASCII(text, "Fravær")
      || DanishBytes.containsASCII(text, "Status") || DanishBytes.containsASCII(text, "Fremmøde")
      || DanishBytes.containsASCII(text, "repræsentanter")
    else { return nil }
    // The first 600 lines one by one, the rest of the text in one piece, untouched.
    var lines = text.split(separator: "\n", maxSplits: 600, omittingEmptySubsequences: false)
    let rowsEnd = lines.count > 600 ? 600 : lines.count
    for h in lines.indices.prefix(400) {
      var rows: [(Int, String)]
      if let heads = labelsHeader(lines[h]), let lists = labelledColumns(lines, header: h, end: rowsEnd, heads: heads) {
        // (Each list written whole on a line of the block, the label first; the rest blank.)
        let cr = lines[h].hasSuffix("\r") ? "\r" : ""
        for k in h..<lists.end { lines[k] = Substring(cr) }
        for (j, list) in lists.values.enumerated() { lines[h + j] = Substring(list + cr) }
        return lines.joined(separator: "\n")
      } else if let (present, absent) = header(lines[h]) {
        rows = markRows(lines, header: h, end: rowsEnd, present: present, absent: absent)
        // Without a present column, a mark says someone was away: one mark at least.
        if present == nil, !rows.contains(where: { $0.1.hasSuffix(" - afbud") }) { continue }
      } else if let heads = statusHeader(lines[h]) {
        rows = statusRows(lines, header: h, end: rowsEnd, heads: heads)
      } else if let heads = groupsHeader(lines[h]) {
        rows = groupRows(lines, header: h, end: rowsEnd, columns: heads.count)
      } else if let (columns, status, isRemark) = tabHeader(lines[h]) {
        rows = tabRows(lines, header: h, end: rowsEnd, columns: columns, status: status)
        // A remarks column tells attendance only where it says someone was away.
        if isRemark, !rows.contains(where: { $0.1.hasSuffix(" - afbud") || $0.1.contains(" (afbud)") }) { continue }
      } else if let heads = remarkHeader(lines[h]) {
        rows = remarkRows(lines, header: h, end: rowsEnd, heads: heads)
        // (A remarks column tells attendance only where it says someone was away.)
        if !rows.contains(where: { $0.1.hasSuffix(" - afbud") || $0.1.contains(" (afbud)") }) { continue }
      } else if let columns = stackedHeader(lines, at: h, end: rowsEnd) {
        rows = stackedRows(lines, header: h, columns: columns, end: rowsEnd)
      } else if let column = columnByColumn(lines, header: h, end: rowsEnd) {
        rows = column
      } else {
        continue
      }
      guard rows.count >= 2 else { continue }
      let cr = lines[h].hasSuffix("\r") ? "\r" : ""
      lines[h] = Substring("Deltagere:" + cr)
      for (k, entry) in rows { lines[k] = Substring(entry + (lines[k].hasSuffix("\r") ? "\r" : "")) }
      return lines.joined(separator: "\n")
    }
    return nil
  }
}

extension AttendanceGrid {
  /// Column heads of one column that tells each member's attendance (`Fremmøde`: `Mødt` /
  /// `Afbud`).
  static let statusHeads: Set<String> = ["fremmøde", "status", "deltagelse", "mødt", "til stede", "tilstede", "tilstedeværelse"]
  /// A status cell's words of someone present.
  static let presentValues: Set<String> = ["mødt", "til stede", "tilstede", "deltog", "deltager", "x", "ja", "✓", "✔"]
  /// A status cell's words of someone who came in a member's place.
  static let cameFor = ["stedfortræder for", "suppleant for", "mødte for", "deltog for", "i stedet for"]

  /// A member's entry in the list forms the header reader knows, by what a status cell says:
  /// came (`Mødt`, `Deltog`), away (`Afbud` → `- afbud`), came late (`Mødt kl. 09.15 under
  /// punkt 25`, `Deltog fra pkt. 3` → `(ankom senere)`), came in a member's place
  /// (`Stedfortræder for Henning Krog`); nil for a cell that says none of these.
  /// A sign before the status's words (`✅ Til stede`, `❌ Afbud`) goes; so does a note after a
  /// comma (`Til stede, forlod mødet kl. 12.15`: came, and left early).
  static func entry(_ name: String, status: String) -> String? {
    // "✔", "✔ fra 17.10": a mark alone in the status column says came; with a note after it,
    // came late or left early.
    if isMarked(status) { return marks.contains(status.lowercased().trimming(" .*")) ? name : name + " (ankom senere)" }
    if awayMarks.contains(status.trimming(" .*")) { return name + " - afbud" }
    if let rest = withoutLeadingRole(status) { return entry(name, status: rest) }
    let v = String(status.lowercased().drop(while: { !$0.isLetter && !$0.isNumber })).trimming(" .*")
    if presentValues.contains(v) { return name }
    if absentHeads.contains(v) || v == "nej" || v.hasPrefix("nej -") || v.hasPrefix("nej,") || v.hasPrefix("nej –") { return name + " - afbud" }
    if let standIn = standIn(status) {
      // `Udvalgsformand Bo Lind, Nordby Kommune`: the member without the body he or she comes
      // from, whose comma would part the away note from the member.
      let parts = name.split(separator: ",", maxSplits: 1)
      let member = parts.count == 2 && parts[0].split(separator: " ").count >= 2 ? String(parts[0]) : name
      return member + " (afbud), " + standIn
    }
    if cameFor.contains(where: { v.hasPrefix($0) }) { return name + " (" + status.trimmingSpaces + ")" }
    if presentValues.contains(where: { v.hasPrefix($0 + " ") || v.hasPrefix($0 + ",") }) { return name + " (ankom senere)" }
    // "Fra pkt. 3", "Fra kl. 17.30", "Til pkt. 5", "Forlod mødet efter pkt. 4": a note of when
    // alone in the status cell says the member came for part of the meeting.
    if partOfMeeting.contains(where: { v.hasPrefix($0) }) { return name + " (ankom senere)" }
    return nil
  }

  /// A status cell's opening words of a member who came late or left early.
  static let partOfMeeting = [
    "fra pkt", "fra punkt", "fra kl", "fra dagsordenens punkt", "til pkt", "til punkt", "til kl", "indtil pkt",
    "indtil punkt", "indtil kl", "ankom ", "forlod ", "gik kl", "gik efter",
    // `Kom kl. 19.20`, `Mødte kl. 8.50`: came late.
    "kom kl", "kom under", "kom efter", "mødte kl", "mødte under", "mødte efter",
  ]

  /// `Formand - deltog`, `Næstformand, afbud`: the member's role before the status, the status
  /// after it; nil where no role opens the cell.
  static func withoutLeadingRole(_ status: String) -> String? {
    guard let dash = status.range(of: " - ") ?? status.range(of: " – ") ?? status.range(of: ", ") else { return nil }
    let role = status[..<dash.lowerBound].lowercased().trimmingSpaces
    guard AttendeeList.roleWords.contains(role) || AttendeeList.memberRoleWords.contains(role) else { return nil }
    let rest = String(status[dash.upperBound...]).trimmingSpaces
    return rest.isEmpty ? nil : rest
  }

  /// `Afbud - stedfortræder Bo Lind (V) deltog`, `Afbud, suppleant Eva Holm mødte`: the member
  /// away and who came in the seat, in one status cell; the one who came, or nil.
  static func standIn(_ status: String) -> String? {
    let words = status.split(separator: " ").map { String($0).lowercased().trimming(",-–:;") }
    guard let first = words.first, absentHeads.contains(first),
      let k = words.firstIndex(where: { $0 == "stedfortræder" || $0 == "suppleant" }), k <= 2, k + 2 < words.count
    else { return nil }
    let rest = status.split(separator: " ")[(k + 1)...].joined(separator: " ")
    guard let person = AttendeeList.names(in: rest).first, AttendeeList.isPersonName(person) else { return nil }
    return person
  }

  /// The header's cells, where `line` heads a laid-out table of members with a status column
  /// last (`Deltagere      Repræsenterer      Status`, `Navn    Parti    Fremmøde`).
  static func statusHeader(_ line: Substring) -> [Cell]? {
    guard line.utf8.count >= 8, line.utf8.count <= 200 else { return nil }
    let cs = cells(line)
    guard (2...5).contains(cs.count), nameHeads.contains(cs[0].text.lowercased().trimming(" :.")),
      let last = cs.last, statusHeads.contains(last.text.lowercased().trimming(" :."))
    else { return nil }
    return cs
  }

  /// The rows of a laid-out status table under its header's cells, each with its entry in the
  /// list forms; a name cell a line wrapped (`Kirsten Holt (suppl. for Louise` / `Damgaard)`, the
  /// line under alone in the names' column) is joined to its row, and its line is emptied (an
  /// empty entry). The rows end at a line that is neither.
  static func statusRows(_ lines: [Substring], header h: Int, end: Int, heads: [Cell]) -> [(Int, String)] {
    let nameStart = heads[0].start
    let statusStart = heads[heads.count - 1].start
    var rows: [(line: Int, name: String, status: String)] = []
    var wraps: [Int] = []
    var k = h + 1
    // `------------   ---------`: a converter's rule under the heads (a Markdown simple table).
    if k < end, let rule = Optional(cells(lines[k].hasSuffix("\r") ? lines[k].dropLast() : lines[k])), !rule.isEmpty,
      rule.allSatisfy({ $0.text.allSatisfy { $0 == "-" || $0 == "=" || $0 == " " } })
    {
      wraps.append(k)
      k += 1
    }
    while k < end {
      let line = lines[k]
      let cs = cells(line.hasSuffix("\r") ? line.dropLast() : line)
      if cs.isEmpty { break }
      if cs.count >= 2, let status = cs.last, status.start >= statusStart - 2, abs(cs[0].start - nameStart) <= 2,
        entry("", status: status.text) != nil
      {
        // `Karin Dahl    Sekretær, Sundhed og Ældre    X`: who serves the body, named by
        // her post in a unit, came as staff, not as a member.
        if cs.dropFirst().dropLast().contains(where: { AttendeeList.isStaffPost($0.text) }) {
          wraps.append(k)
        } else {
          rows.append((k, cs[0].text, status.text))
        }
      } else if cs.count == 1, abs(cs[0].start - nameStart) <= 2, !rows.isEmpty {
        rows[rows.count - 1].name += " " + cs[0].text
        wraps.append(k)
      } else if !rows.isEmpty, rows[rows.count - 1].line == k - 1 || wraps.last == k - 1, let first = cs.first,
        first.start > nameStart + 2, cs.count <= heads.count - 1
      {
        // `Borgmester,` / `formand`, `Til stede, forlod mødet` / `efter pkt. 6`: another
        // column's cell of the row above wrapped, the names' column empty; the status's words
        // go on the row's status (`Mødt for` / `Ingeborg` / `Skaarup`).
        if let last = cs.last, last.start >= statusStart - 2 { rows[rows.count - 1].status += " " + last.text }
        wraps.append(k)
      } else {
        break
      }
      k += 1
    }
    return rows.compactMap { r in entry(r.name, status: r.status).map { (r.line, $0) } } + wraps.map { ($0, "") }
  }

  /// A table a converter flattened into one cell a line (`Navn` / `Repræsenterer` /
  /// `Fremmøde` / `Anne Holm` / `Foreningen Fælles` / `Mødt` / ...): at `h` the names' column
  /// head, then the other heads one a line, the status head last; the number of columns, or nil.
  static func stackedHeader(_ lines: [Substring], at h: Int, end: Int) -> Int? {
    func key(_ k: Int) -> String { String(lines[k]).lowercased().trimming(" :.*\r") }
    guard nameHeads.contains(key(h)) else { return nil }
    for n in 2...5 where h + n - 1 < end {
      let k = h + n - 1
      guard key(k).utf8.count <= 30, !key(k).isEmpty, !nameHeads.contains(key(k)) else { return nil }
      if statusHeads.contains(key(k)) { return n }
    }
    return nil
  }

  /// The rows of a flattened table under its `columns` heads at `h`, `columns` lines a row, the
  /// status last: each row's first line as its entry in the list forms, the row's other lines
  /// and the heads emptied (empty entries). The rows end where a row's last line is no status.
  static func stackedRows(_ lines: [Substring], header h: Int, columns: Int, end: Int) -> [(Int, String)] {
    var out: [(Int, String)] = (h + 1..<h + columns).map { ($0, "") }
    var rows = 0
    var k = h + columns
    func cell(_ i: Int) -> String { String(lines[i]).trimming(" \r") }
    while k + columns - 1 < end {
      guard !(k..<k + columns - 1).contains(where: { cell($0).isEmpty }) else { break }
      // The status at its column's line, or up to two lines later where a cell before it
      // wrapped (`Stedfortræder for` / `Anja Holm`); a status wrapped before its time (`Til
      // stede fra kl.` / `16:45 (pkt. 3)`) is read with the line under it.
      var found: (last: Int, entry: String)?
      for s in (k + columns - 1)..<min(end, k + columns + (columns >= 3 ? 2 : 0)) {
        var status = cell(s)
        var last = s
        if s + 1 < end, wrapsBeforeTime(status), !cell(s + 1).isEmpty {
          status += " " + cell(s + 1)
          last = s + 1
        }
        if status.isEmpty || status.utf8.count > 80 { break }
        if let e = entry(cell(k), status: status) {
          found = (last, e)
          break
        }
      }
      guard let found else { break }
      out.append((k, found.entry))
      out += (k + 1...found.last).map { ($0, "") }
      rows += 1
      k = found.last + 1
    }
    return rows >= 2 ? out : []
  }

  /// `Til stede fra kl.`, `Forlod mødet kl.`: a status cell broken before its time.
  static func wrapsBeforeTime(_ status: String) -> Bool {
    let v = status.lowercased()
    return v.hasSuffix(" kl.") || v.hasSuffix(" kl") || v.hasSuffix(" fra") || v.hasSuffix(" efter")
  }

  /// The same in a table of cells (Markdown, a saved page's table): the header row as
  /// `Deltagere:`, a member's row as the member's entry, with `- afbud` where the row says
  /// away, by a mark under the absent column or a status word in the status column. Rows keep
  /// their line numbers.
  static func rewrittenRows(_ lines: [MarkupLine]) -> [MarkupLine] {
    var out = lines
    for h in lines.indices.prefix(400) where lines[h].isTableRow && (2...5).contains(lines[h].cells.count) {
      let keys = lines[h].cells.map { $0.lowercased().trimming(" :.*") }
      let presentColumn = keys.firstIndex(where: presentHeads.contains)
      let absentColumn = keys.firstIndex(where: absentHeads.contains)
      // `Navn | Repræsenterer | Deltog` with `Ja` / `Nej - afbud` / `Ja, til kl. 11.30`: a
      // present column whose cells are words is a status column.
      var statusColumn = keys.firstIndex(where: statusHeads.contains)
      if statusColumn == nil, absentColumn == nil, let p = presentColumn, p > 0,
        lines[(h + 1)...].prefix(8).contains(where: {
          // (`❌ afbud` beside `✅`: a sign of away and a sign of came in one column.)
          $0.isTableRow && $0.cells.count == keys.count
            && ($0.cells[p].lowercased().hasPrefix("nej") || entry("", status: $0.cells[p])?.hasSuffix(" - afbud") == true)
        })
      {
        statusColumn = p
      }
      // `Navn | Parti | Bemærkning`: a members' table whose remarks column says who was away
      // (`Afbud`) and notes the rest (a role, `Forlod mødet kl. 12.30`, empty): the members
      // present are those the remark does not say away.
      let remarkColumn = nameHeads.contains(keys[0]) && presentColumn == nil && absentColumn == nil && statusColumn == nil
        ? keys.firstIndex(where: remarkHeads.contains) : nil
      guard (presentColumn != nil && absentColumn != nil) || statusColumn != nil || remarkColumn != nil else { continue }
      var rows: [(Int, String)] = []
      let roleColumn = keys.firstIndex(where: TableMinutes.memberRoleWords.contains)
      // `Sekretariat: Nordby Kommune, Teknik og Miljø` above the table: a body an administration
      // serves; the secretary in its table is that administration's staff, no member.
      let servedBySecretariat = lines[..<h].suffix(40).contains { $0.text.lowercased().hasPrefix("sekretariat:") }
      // `| Lone Dall (A), formand | Deltog |` first: a table without a header row, its first
      // row a member's, which a status word beside a name tells.
      let headless = !nameHeads.contains(keys[0]) && statusColumn.map { entry(lines[h].cells[0], status: lines[h].cells[$0]) != nil } == true
        && AttendeeList.names(in: lines[h].cells[0]).contains(where: AttendeeList.isPersonName)
      // `Udpeget af regionsrådet` between a table's rows: a group of members, no member.
      func isGroupLabel(_ k: Int) -> Bool {
        guard !lines[k].isTableRow, !lines[k].isBlank, lines[k].text.count <= 60, !lines[k].text.hasSuffix(":"),
          let next = lines[(k + 1)...].prefix(3).first(where: { !$0.isBlank })
        else { return false }
        return next.isTableRow && next.cells.count == keys.count
      }
      var groups: [Int] = []
      var k = headless ? h : h + 1
      while k < lines.count, lines[k].isTableRow || lines[k].isRule || lines[k].isBlank || isGroupLabel(k) {
        let row = lines[k]
        defer { k += 1 }
        if !row.isTableRow, !row.isBlank, !row.isRule {
          groups.append(k)
          continue
        }
        guard row.isTableRow, row.cells.count == keys.count, var name = row.cells.first, !name.isEmpty else { continue }
        if servedBySecretariat, row.cells.dropFirst().contains(where: { ["sekretær", "referent"].contains($0.lowercased().trimming(" .*")) }) {
          continue
        }
        // `@Eva Holm`: a note tool's mention of a person.
        name = NameGrammar.withoutMention(name)
        // `| Poul Riis | Næstformand | Deltog |`: the member's role from its column, kept beside
        // the name as a list writes it (`Poul Riis (næstformand)`), for who `Næstformanden` is.
        if let c = roleColumn, c < row.cells.count, case let cell = row.cells[c].trimming(" .*"), !cell.isEmpty, !cell.contains("("),
          let role = AttendeeRoles.role(Substring(cell)), role != "medlem"
        {
          name += " (" + role + ")"
        }
        let value = { (c: Int) in row.cells[c].lowercased().trimming(" .*") }
        if let p = presentColumn, let a = absentColumn {
          if isMarked(value(a)) {
            rows.append((k, name + " - afbud"))
          } else if isMarked(value(p)) {
            rows.append((k, name))
          }
        } else if let s = statusColumn, let entry = entry(name, status: row.cells[s]) {
          rows.append((k, entry))
        } else if let r = remarkColumn {
          let remark = row.cells[r].trimmingSpaces
          rows.append((k, remark.isEmpty ? name : entry(name, status: remark) ?? name))
        }
      }
      // A remarks column tells attendance only where it says someone was away.
      if remarkColumn != nil, !rows.contains(where: { $0.1.hasSuffix(" - afbud") || $0.1.contains(" (afbud)") }) { continue }
      guard rows.count >= 2 else { continue }
      // The groups' labels inside the table, and the first group's above it where the others
      // open with its words (`Udpeget af ...`).
      let last = rows.last?.0 ?? h
      if let first = groups.first, let above = lines[..<h].lastIndex(where: { !$0.isBlank }), !lines[above].isTableRow,
        let word = lines[first].text.split(separator: " ").first, lines[above].text.hasPrefix(word + " ")
      {
        groups.append(above)
      }
      for g in groups where g < last { out[g] = MarkupLine.plain("", number: lines[g].number) }
      if !headless { out[h] = MarkupLine.plain("Deltagere:", number: lines[h].number) }
      for (k, entry) in rows { out[k] = MarkupLine.plain(entry, number: lines[k].number) }
      for k in (h + 1)..<last where out[k].isTableRow || out[k].isRule { out[k] = MarkupLine.plain("", number: lines[k].number) }
      if headless { out.insert(MarkupLine.plain("Deltagere:", number: lines[h].number), at: h) }
      return out
    }
    return out
  }
}

extension AttendanceGrid {
  /// The heads of a laid-out table whose columns are groups of members side by side
  /// (`Forældrerepræsentanter    Medarbejderrepræsentanter    Elevrepræsentanter`): two to four
  /// cells, each one word of a group of members; nil for any other line.
  static func groupsHeader(_ line: Substring) -> [Cell]? {
    guard line.utf8.count >= 20, line.utf8.count <= 200 else { return nil }
    let cs = cells(line.hasSuffix("\r") ? line.dropLast() : line)
    guard (2...4).contains(cs.count) else { return nil }
    for c in cs {
      let w = c.text.lowercased().trimming(" :")
      guard !w.contains(" "),
        HeaderLabel.memberGroupEnds.contains(where: { w.hasSuffix($0) }) || w.hasSuffix("valgte")
          || HeaderLabel.committeeSides.contains(w)
      else { return nil }
    }
    return cs
  }

  /// The rows under such heads, each line's names in the list forms joined by commas (a
  /// member's `- afbud` as `(afbud)`, which marks that name alone); the rows end at a line
  /// whose cells are not all names.
  static func groupRows(_ lines: [Substring], header h: Int, end: Int, columns: Int) -> [(Int, String)] {
    var rows: [(Int, String)] = []
    var k = h + 1
    while k < end {
      let line = lines[k]
      let cs = cells(line.hasSuffix("\r") ? line.dropLast() : line)
      guard !cs.isEmpty, cs.count <= columns else { break }
      var entries: [String] = []
      for c in cs {
        var text = c.text
        var away = false
        for dash in [" - ", " – "] {
          if let r = text.range(of: dash, options: .backwards),
            absentHeads.contains(text[r.upperBound...].lowercased().trimming(" .*"))
          {
            text = String(text[..<r.lowerBound])
            away = true
          }
        }
        let name = text.split(separator: "(").first.map { String($0).trimmingSpaces } ?? text
        guard AttendeeList.isPersonName(name) else { return rows.count >= 2 ? rows : [] }
        entries.append(text + (away ? " (afbud)" : ""))
      }
      rows.append((k, entries.joined(separator: ", ")))
      k += 1
    }
    return rows.count >= 2 ? rows : []
  }
}

extension AttendanceGrid {
  /// The fields of a line a word processor saved with a tab between a table's cells, an empty
  /// cell kept as an empty field.
  static func tabFields(_ line: Substring) -> [String] {
    (line.hasSuffix("\r") ? line.dropLast() : line).split(separator: "\t", omittingEmptySubsequences: false)
      .map { String($0).trimmingSpaces }
  }

  /// `Medlem<TAB>Parti<TAB>Bemærkning`, `Navn<TAB>Parti<TAB>Fremmøde`: the head of a table saved
  /// as tab-separated lines, the names' column first and a column of remarks or status after;
  /// the number of columns, the status column's place, and whether it holds remarks (a remark
  /// says who was away, or something else, or nothing). Tabs do not keep a column's place on
  /// the line: the cells are told by their order.
  static func tabHeader(_ line: Substring) -> (columns: Int, status: Int, isRemark: Bool)? {
    guard line.contains("\t"), line.utf8.count <= 200 else { return nil }
    let fields = tabFields(line)
    guard (2...5).contains(fields.count), nameHeads.contains(fields[0].lowercased().trimming(" :.")) else { return nil }
    let keys = fields.map { $0.lowercased().trimming(" :.") }
    if let s = keys.indices.dropFirst().last(where: { statusHeads.contains(keys[$0]) }) { return (fields.count, s, false) }
    if let s = keys.indices.dropFirst().last(where: { remarkHeads.contains(keys[$0]) }) { return (fields.count, s, true) }
    return nil
  }

  /// The rows under such a head, each as its entry in the list forms: a status or remark that
  /// says away as `- afbud`, an empty remark as the name alone; a row whose other cells name a
  /// post of the staff is emptied. The rows end at a line without tabs or with more cells.
  static func tabRows(_ lines: [Substring], header h: Int, end: Int, columns: Int, status: Int) -> [(Int, String)] {
    var rows: [(Int, String)] = []
    var k = h + 1
    while k < end, lines[k].contains("\t") {
      let fields = tabFields(lines[k])
      guard fields.count <= columns, let name = fields.first, !name.isEmpty else { break }
      let cell = status < fields.count ? fields[status] : ""
      if fields.dropFirst().contains(where: { AttendeeList.isStaffPost($0) }) {
        rows.append((k, ""))
      } else if cell.isEmpty {
        rows.append((k, name))
      } else if let e = entry(name, status: cell) {
        rows.append((k, e))
      } else {
        rows.append((k, name))
      }
      k += 1
    }
    return rows.filter { !$0.1.isEmpty }.count >= 2 ? rows : []
  }
}

extension AttendanceGrid {
  /// `Til stede:                    Fraværende:`: a laid-out page's labels of lists of people side
  /// by side on one line, no value beside them (their values in columns under them); the cells.
  static func labelsHeader(_ line: Substring) -> [Cell]? {
    guard line.utf8.count <= 200, line.contains(":") else { return nil }
    let cs = cells(line.hasSuffix("\r") ? line.dropLast() : line)
    guard (2...3).contains(cs.count) else { return nil }
    for c in cs {
      guard c.text.hasSuffix(":"), let (field, value) = HeaderLabel.read(c.text), value.isEmpty,
        [.attendees, .absentees, .guests, .substitutes].contains(field)
      else { return nil }
    }
    return cs
  }

  /// The lists under such labels: each line's cells go to the label whose column they stand in,
  /// down to a blank line or a line with a label; a cell right under an entry that ends with a
  /// comma goes on that entry (`Vibe Ahlgren (A),` / `næstformand`). Each list as `Label: entries`,
  /// and the line after the block; nil unless every label has an entry.
  static func labelledColumns(_ lines: [Substring], header h: Int, end: Int, heads: [Cell]) -> (values: [String], end: Int)? {
    var lists = Array(repeating: "", count: heads.count)
    var k = h + 1
    while k < end, k <= h + 40 {
      let line = lines[k].hasSuffix("\r") ? lines[k].dropLast() : lines[k]
      let cs = cells(line)
      // (A mark under a label, `X`, is a grid of marks, read as such.)
      if cs.isEmpty || cs.contains(where: { $0.text.contains(":") }) { break }
      if cs.contains(where: { isMarked($0.text) || awayMarks.contains($0.text) }) { return nil }
      for c in cs {
        let j = heads.lastIndex(where: { $0.start <= c.start + 2 }) ?? 0
        if lists[j].isEmpty {
          lists[j] = c.text
        } else {
          lists[j] += (lists[j].hasSuffix(",") ? " " : ", ") + c.text
        }
      }
      k += 1
    }
    guard k > h + 1, lists.allSatisfy({ !$0.isEmpty }), k - h >= heads.count else { return nil }
    return (zip(heads, lists).map { $0.text + " " + $1 }, k)
  }
}

extension AttendanceGrid {
  /// `Medlemmer        Parti    Bemærkning`: the heads of a laid-out table of members with a
  /// column of remarks last (a remark says who was away, who came late, a role, or nothing);
  /// the cells.
  static func remarkHeader(_ line: Substring) -> [Cell]? {
    guard line.utf8.count >= 8, line.utf8.count <= 200 else { return nil }
    let cs = cells(line.hasSuffix("\r") ? line.dropLast() : line)
    guard (2...5).contains(cs.count), nameHeads.contains(cs[0].text.lowercased().trimming(" :.")),
      let last = cs.last, remarkHeads.contains(last.text.lowercased().trimming(" :."))
    else { return nil }
    return cs
  }

  /// The rows under such heads, each as its entry in the list forms: a member without a remark,
  /// or with one that tells no attendance (`1. næstformand`), as the name; a remark of away
  /// (`Afbud`) as `- afbud`, of part of the meeting (`Deltog fra kl. 8.50`) so noted. A line of
  /// other columns' words only (a cell wrapped) is emptied; the rows end at a blank line or a
  /// line that is neither.
  static func remarkRows(_ lines: [Substring], header h: Int, end: Int, heads: [Cell]) -> [(Int, String)] {
    let nameStart = heads[0].start
    let remarkStart = heads[heads.count - 1].start
    var rows: [(Int, String)] = []
    var k = h + 1
    while k < end {
      let line = lines[k]
      let cs = cells(line.hasSuffix("\r") ? line.dropLast() : line)
      if cs.isEmpty { break }
      if cs.allSatisfy({ $0.text.allSatisfy { $0 == "-" || $0 == "=" || $0 == " " } }) {
        rows.append((k, ""))
      } else if abs(cs[0].start - nameStart) <= 2, cs.count <= heads.count,
        // ("Inge Dam, formand": the member's seat after a comma in the names' cell.)
        AttendeeList.isPersonName(String(cs[0].text.prefix { $0 != "(" && $0 != "," }).trimmingSpaces)
      {
        let remark = cs.count >= 2 && cs[cs.count - 1].start >= remarkStart - 2 ? cs[cs.count - 1].text : ""
        if cs.dropFirst().contains(where: { AttendeeList.isStaffPost($0.text) }) {
          rows.append((k, ""))
        } else {
          rows.append((k, remark.isEmpty ? cs[0].text : entry(cs[0].text, status: remark) ?? cs[0].text))
        }
      } else if !rows.isEmpty, cs[0].start > nameStart + 2 {
        rows.append((k, ""))
      } else {
        break
      }
      k += 1
    }
    return rows.filter { !$0.1.isEmpty }.count >= 2 ? rows : []
  }
}

extension AttendanceGrid {
  /// A table a converter flattened column by column (`Medlem` / `Anne Holm, formand` / `Ib Dam` /
  /// ... / `Parti` / `A` / `V` / ...): the names' head alone on its line, the names one a line,
  /// then each other column's head with as many short cells as there are names. The names' lines
  /// stay as the entries; the other columns are emptied. Nil where the lines are no such table
  /// or a later column tells attendance (its cells would say who was away).
  static func columnByColumn(_ lines: [Substring], header h: Int, end: Int) -> [(Int, String)]? {
    func cell(_ i: Int) -> String { String(lines[i]).trimming(" \r") }
    guard nameHeads.contains(cell(h).lowercased().trimming(":")) else { return nil }
    var k = h + 1
    var names: [Int] = []
    var known = 0
    while k < end, names.count < 200 {
      let c = cell(k)
      let name = c.split(separator: ",", maxSplits: 1).first.map { String($0) } ?? c
      // (A first name the reader does not know still has a name's shape: two to five words in
      // capitals.)
      let words = name.split(separator: " ")
      guard (2...5).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" } })
      else { break }
      names.append(k)
      if AttendeeList.isPersonName(name) { known += 1 }
      k += 1
    }
    guard names.count >= 3, known * 3 >= names.count * 2 else { return nil }
    var rows: [(Int, String)] = names.map { ($0, cell($0)) }
    var columns = 0
    // Each further column: a head of one or two words, not a name, then one short cell a name.
    while k + names.count < end {
      let head = cell(k)
      let key = head.lowercased()
      // (`Afbud:` under the table: a label, the table has ended.)
      guard !head.isEmpty, !head.hasSuffix(":"), head.utf8.count <= 30, head.first?.isUppercase == true, head.split(separator: " ").count <= 2,
        !AttendeeList.isPersonName(head), !nameHeads.contains(key)
      else { break }
      if statusHeads.contains(key) || presentHeads.contains(key) || absentHeads.contains(key) || remarkHeads.contains(key) { return nil }
      let cells = (k + 1...k + names.count).map(cell)
      guard cells.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 12 && !$0.hasSuffix(":") && !AttendeeList.isPersonName($0) }) else { break }
      rows += [(k, "")] + (k + 1...k + names.count).map { ($0, "") }
      k += names.count + 1
      columns += 1
    }
    return columns >= 1 ? rows : nil
  }
}
