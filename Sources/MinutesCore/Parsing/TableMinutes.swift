/// Minutes kept as one table, a row an item (`| Pkt. | Emne | Beslutning | Ansvarlig | Frist |`):
/// the decision minutes of boards and working groups written in a word processor's table. Each
/// row is unfolded into the lines the reader knows (`N. Emne`, `Beslutning:`, the decision, who
/// is responsible and by when), on the row's own line number.
enum TableMinutes {
  /// The columns a header row names, folded (`Beslutning`, `**Emne**`, `Pkt.`).
  struct Columns: Equatable {
    var number: Int?
    var title: Int
    var decision: Int
    var owner: Int?
    var due: Int?
  }

  static let numberWords: Set<String> = ["pkt", "pkt.", "punkt", "punkt nr.", "pkt. nr.", "nr", "nr.", "#", "dagsordenspunkt"]
  static let titleWords: Set<String> = [
    "emne", "emner", "punkt", "dagsordenspunkt", "dagsorden", "overskrift", "sag", "tema", "titel", "indhold",
  ]
  static let decisionWords: Set<String> = [
    "beslutning", "beslutninger", "referat", "konklusion", "aftale", "aftaler", "aftalt", "besluttet", "resultat",
    "beslutning/referat", "referat/beslutning", "referat og beslutning", "beslutning og opfølgning",
  ]
  static let ownerWords: Set<String> = [
    "ansvarlig", "ansvarlige", "ansvar", "hvem", "tovholder", "tildelt", "tildelt til", "udføres af", "udfører", "ejer",
  ]
  static let dueWords: Set<String> = ["frist", "deadline", "hvornår", "tidsfrist", "senest", "forfaldsdato", "forfald", "slutdato", "dato"]

  /// The first column of a table of tasks under an item (`| Opgave | Ansvarlig | Deadline |`).
  static let taskWords: Set<String> = [
    "opgave", "opgaver", "handling", "handlinger", "aktivitet", "aktiviteter", "hvad", "aktion", "aktioner", "to do",
    "todo", "opfølgning", "opfølgningspunkt", "opfølgningspunkter",
  ]

  /// The columns of a table of tasks: the task, and who or by when (one of them at least).
  static func taskColumns(_ cells: [String]) -> (task: Int, owner: Int?, due: Int?)? {
    columns(cells, main: taskWords, ownerWords, dueWords).map { (task: $0.0, owner: $0.1, due: $0.2) }
  }

  /// A table's header of two to six columns: the column `main`'s words head, and those the
  /// two others' head (one of them at least).
  static func columns(_ cells: [String], main: Set<String>, _ first: Set<String>, _ second: Set<String>) -> (Int, Int?, Int?)? {
    guard cells.count >= 2, cells.count <= 6 else { return nil }
    let keys = cells.map(key)
    guard let m = keys.firstIndex(where: main.contains) else { return nil }
    let a = keys.firstIndex(where: first.contains)
    let b = keys.firstIndex(where: second.contains)
    guard a != nil || b != nil else { return nil }
    return (m, a, b)
  }

  /// A table of tasks unfolded into the list an item's text would give them in: a line a task,
  /// its doer in brackets and its deadline labelled (`- Indkalde til generalforsamling (Bo).
  /// Frist: 1. april.`).
  static func taskLines(_ rows: [MarkupLine], _ cols: (task: Int, owner: Int?, due: Int?)) -> [MarkupLine] {
    var out: [MarkupLine] = []
    for row in rows {
      let cells = row.cells
      func cell(_ k: Int?) -> String {
        guard let k, k < cells.count else { return "" }
        let c = MarkupLineReader.collapseSpaces(cells[k]).trimming(" *_")
        return c == "-" || c == "–" ? "" : c
      }
      var text = cell(cols.task).trimming(" .")
      guard !text.isEmpty else { continue }
      // "@Frank Holm": a wiki's mention, the name after its sign.
      let owner = cell(cols.owner).split(separator: " ").map { NameGrammar.withoutMention(String($0)) }.joined(separator: " ")
      if !owner.isEmpty { text += " (\(owner))" }
      text += "."
      let due = cell(cols.due).trimming(" .")
      if !due.isEmpty { text += " Frist: \(due)." }
      var line = MarkupLine.plain(text, number: row.number)
      line.isBullet = true
      out.append(line)
    }
    return out
  }

  /// The columns of a table of members: the name, and their role or whether they came.
  static let memberWords: Set<String> = [
    "medlem", "medlemmer", "navn", "deltager", "deltagere", "mødedeltager", "mødedeltagere", "bestyrelsesmedlem",
  ]
  static let memberRoleWords: Set<String> = ["funktion", "rolle", "titel", "post", "hverv"]
  static let attendanceWords: Set<String> = [
    "fremmøde", "til stede", "tilstede", "deltog", "mødt", "status", "deltagelse", "afbud", "fravær",
  ]
  /// Attendance cells that say someone was away.
  static let awayWords: Set<String> = ["afbud", "fraværende", "nej", "ikke mødt", "ikke til stede", "fravær", "udeblev", "syg"]

  static func memberColumns(_ cells: [String]) -> (name: Int, role: Int?, attendance: Int?)? {
    columns(cells, main: memberWords, memberRoleWords, attendanceWords).map { (name: $0.0, role: $0.1, attendance: $0.2) }
  }

  /// A table of members unfolded into the header's lines: `Til stede: Anne Hansen (formand),
  /// Carl Nielsen` and `Afbud: Bo Jensen`. An attendance column headed `Afbud` marks those
  /// away by any mark in it.
  static func memberLines(_ rows: [MarkupLine], _ cols: (name: Int, role: Int?, attendance: Int?), header: [String])
    -> [MarkupLine]
  {
    var present: [String] = []
    var away: [String] = []
    let awayColumn = cols.attendance.map { ["afbud", "fravær"].contains(key(header[$0])) } ?? false
    for row in rows {
      let cells = row.cells
      func cell(_ k: Int?) -> String {
        guard let k, k < cells.count else { return "" }
        return MarkupLineReader.collapseSpaces(cells[k]).trimming(" *_")
      }
      var name = cell(cols.name)
      guard !name.isEmpty, name.first?.isUppercase == true else { continue }
      let role = cell(cols.role)
      if !role.isEmpty, !name.contains("(") { name += " (\(role.lowercased()))" }
      let mark = cell(cols.attendance).lowercased()
      let isAway = awayColumn ? !mark.isEmpty && mark != "-" : awayWords.contains(mark.trimming(" ."))
      if isAway { away.append(name) } else { present.append(name) }
    }
    guard let first = rows.first, !present.isEmpty || !away.isEmpty else { return [] }
    var out: [MarkupLine] = []
    if !present.isEmpty { out.append(MarkupLine.plain("Til stede: " + present.joined(separator: ", "), number: first.number)) }
    if !away.isEmpty { out.append(MarkupLine.plain("Afbud: " + away.joined(separator: ", "), number: first.number)) }
    out.append(MarkupLine.plain("", number: first.number))
    return out
  }

  /// A header cell as a key: lower case, without emphasis, colon and outer spaces.
  static func key(_ cell: String) -> String {
    cell.lowercased().trimming(" *_:")
  }

  /// The columns of a header row that names a title and a decision column, or nil.
  static func columns(_ cells: [String]) -> Columns? {
    guard cells.count >= 2, cells.count <= 8 else { return nil }
    let keys = cells.map(key)
    guard let decision = keys.firstIndex(where: decisionWords.contains) else { return nil }
    let number = keys.firstIndex(where: numberWords.contains)
    // "Punkt" names the number where another column holds the title (`Punkt | Emne`), else the title.
    guard let title = keys.indices.first(where: { $0 != number && $0 != decision && titleWords.contains(keys[$0]) }) ?? number,
      title != decision
    else { return nil }
    return Columns(
      number: number == title ? nil : number, title: title, decision: decision,
      owner: keys.firstIndex(where: ownerWords.contains), due: keys.firstIndex(where: dueWords.contains))
  }

  /// The rows under a table's header row at `i` (its rule lines left out), and where the table ends.
  static func body(of lines: [MarkupLine], after i: Int) -> (rows: [MarkupLine], end: Int) {
    var rows: [MarkupLine] = []
    var j = i + 1
    while j < lines.count, lines[j].isTableRow {
      if !lines[j].isRule { rows.append(lines[j]) }
      j += 1
    }
    return (rows, j)
  }

  /// `| 1. | Godkendelse af dagsorden |`, `| Punkt 3 | Budget |`: the first row of an item kept as
  /// a table of its fields, as the heading it stands for.
  static func itemFieldsHeading(_ line: MarkupLine) -> String? {
    guard line.cells.count == 2 else { return nil }
    let first = MarkupLineReader.collapseSpaces(line.cells[0]).trimming(" *_")
    let title = MarkupLineReader.collapseSpaces(line.cells[1]).trimming(" *_")
    guard !title.isEmpty, title.first?.isUppercase == true, first.utf8.count <= 14 else { return nil }
    let heading = first + " " + title
    let plain = MarkupLine.plain(heading, number: line.number)
    guard ItemHeading.numberedHeading(plain) != nil || ItemHeading.keywordHeading(plain) != nil,
      first.contains(where: \.isNumber),
      first.allSatisfy({ $0.isNumber || ".:) ".contains($0) })
        || ["punkt", "pkt", "nr", "sag"].contains(where: { first.lowercased().hasPrefix($0) })
    else { return nil }
    return heading
  }

  /// The document's lines with each table of minutes unfolded into items; other lines as they are.
  static func unfold(_ lines: [MarkupLine]) -> [MarkupLine] {
    guard lines.contains(where: { $0.isTableRow && !$0.isRule }) else { return lines }
    var out: [MarkupLine] = []
    var i = 0
    while i < lines.count {
      let line = lines[i]
      // "| 1. | Godkendelse af dagsorden |" / "| Sagsnr. | 24/3001 |" / "| Beslutning | Godkendt. |":
      // an item kept as a table of its fields (eDoc's published pages), a field a row.
      if line.isTableRow, !line.isRule, let heading = itemFieldsHeading(line) {
        let (rows, j) = body(of: lines, after: i)
        if rows.allSatisfy({ $0.cells.count == 2 }) {
          out.append(MarkupLine.plain(heading, number: line.number))
          for row in rows {
            let label = MarkupLineReader.collapseSpaces(row.cells[0]).trimming(" *_:")
            let value = MarkupLineReader.collapseSpaces(row.cells[1]).trimming(" *_")
            if SectionHeading.read(MarkupLine.plain(label, number: row.number)) != nil {
              out.append(MarkupLine.plain(label, number: row.number))
              if !value.isEmpty { out.append(MarkupLine.plain(value, number: row.number)) }
            } else {
              out.append(MarkupLine.plain(label + ": " + value, number: row.number))
            }
          }
          out.append(MarkupLine.plain("", number: line.number))
          i = j
          continue
        }
      }
      // "| Medlem | Parti | Fremmøde |": who came and who sent word.
      if line.isTableRow, !line.isRule, columns(line.cells) == nil, let cols = memberColumns(line.cells) {
        let (rows, j) = body(of: lines, after: i)
        let members = memberLines(rows, cols, header: line.cells)
        if !members.isEmpty {
          out.append(contentsOf: members)
          i = j
          continue
        }
      }
      // "| Opgave | Ansvarlig | Deadline |" under an item: its tasks.
      if line.isTableRow, !line.isRule, columns(line.cells) == nil, let cols = taskColumns(line.cells) {
        let (rows, j) = body(of: lines, after: i)
        let tasks = taskLines(rows, cols)
        if !tasks.isEmpty {
          out.append(contentsOf: tasks)
          i = j
          continue
        }
      }
      guard line.isTableRow, !line.isRule, let cols = columns(line.cells) else {
        out.append(line)
        i += 1
        continue
      }
      let (rows, j) = body(of: lines, after: i)
      var unfolded: [MarkupLine] = []
      var count = 0
      for row in rows {
        let cells = row.cells
        func cell(_ k: Int?) -> String {
          guard let k, k < cells.count else { return "" }
          return MarkupLineReader.collapseSpaces(cells[k]).trimming(" *_")
        }
        var title = cell(cols.title)
        var number = Int(cell(cols.number).trimming(". ):"))
        // "1. Godkendelse af dagsorden" in the title's cell: its number.
        if number == nil, let heading = ItemHeading.numberedHeading(MarkupLine.plain(title, number: row.number)) {
          number = heading.number
          title = heading.title
        }
        let decision = cell(cols.decision)
        guard !title.isEmpty || !decision.isEmpty else { continue }
        count = number ?? count + 1
        var text = decision
        // Who is responsible, where the decision does not name them: the doer in brackets.
        let owner = cell(cols.owner)
        if !owner.isEmpty, !decision.contains(owner), !text.isEmpty {
          if text.hasSuffix(".") { text.removeLast() }
          text += " (\(owner))."
        }
        unfolded.append(MarkupLine.plain("\(count). \(title)", number: row.number))
        unfolded.append(MarkupLine.plain("Beslutning:", number: row.number))
        if !text.isEmpty { unfolded.append(MarkupLine.plain(text, number: row.number)) }
        let due = cell(cols.due)
        if !due.isEmpty, due != "-" { unfolded.append(MarkupLine.plain("Frist: \(due)", number: row.number)) }
        unfolded.append(MarkupLine.plain("", number: row.number))
      }
      // One row is no table of minutes (a form's fields); the lines stay as written.
      guard count >= 2 || unfolded.count >= 6 else {
        out.append(contentsOf: lines[i..<j])
        i = j
        continue
      }
      out.append(contentsOf: unfolded)
      i = j
    }
    return out
  }
}
