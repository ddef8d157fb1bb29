/// A table of tasks a word processor laid out and a converter wrote as text (`pdftotext
/// -layout`): a header of columns (`Hvad    Hvem    Hvornår`, `Opgave    Ansvarlig    Frist`),
/// then a row a task, its words under the columns by where they stand on the line. A task's text
/// may wrap onto lines that hold only that column.
///
/// Each row is written back as the list line a table of tasks in Markdown or HTML gives
/// (`- Indkalde til møde med foreningen (BK). Frist: uge 12.`), on the row's first line; the
/// header and the wrapped lines become empty. Line numbers do not change.
enum TaskGrid {
  /// Words of a task table's header, any of which a text must hold before its lines are looked at.
  static let cues: [StaticString] = ["Hvem", "Ansvarlig", "Frist", "Deadline", "Tovholder", "Hvorn", "HVEM", "ANSVARLIG", "FRIST"]

  /// The header's columns: each column's start on the line, and which of them is the task, the
  /// owner and the due date.
  struct Header {
    var starts: [Int]
    var task: Int
    var owner: Int?
    var due: Int?
  }

  static func header(_ line: Substring) -> Header? {
    let cells = AttendanceGrid.cells(line)
    guard cells.count >= 2, cells.count <= 6, cells.allSatisfy({ $0.text.count <= 24 }) else { return nil }
    guard let cols = TableMinutes.taskColumns(cells.map(\.text)) else { return nil }
    return Header(starts: cells.map(\.start), task: cols.task, owner: cols.owner, due: cols.due)
  }

  /// The column a cell that starts at `start` stands in: the last whose head starts at or
  /// before it (a cell may start a little left of its head).
  static func column(_ start: Int, _ starts: [Int]) -> Int {
    var k = 0
    for (i, s) in starts.enumerated() where start + 2 >= s { k = i }
    return k
  }

  static func rewritten(_ text: String) -> String? {
    guard cues.contains(where: { DanishBytes.containsASCII(text, $0) }) else { return nil }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var changed = false
    var h = 0
    while h < lines.count {
      defer { h += 1 }
      guard lines[h].contains("  ") || lines[h].contains("\t"), let head = header(lines[h]) else { continue }
      let left = (head.starts.first ?? 0)
      // Rows: each a line with words under two columns at least; a line with words under one
      // column only continues the row above in that column.
      var rows: [(line: Int, cells: [String], more: [Int])] = []
      var k = h + 1
      while k < lines.count {
        let raw = lines[k]
        let cells = AttendanceGrid.cells(raw)
        if cells.isEmpty { break }
        // A line further left than the table is the text after it.
        if let first = cells.first, first.start + 2 < left { break }
        var row = Array(repeating: "", count: head.starts.count)
        for c in cells {
          let col = column(c.start, head.starts)
          row[col] = row[col].isEmpty ? c.text : row[col] + " " + c.text
        }
        let filled = row.indices.filter { !row[$0].isEmpty }
        if filled.count >= 2, !row[head.task].isEmpty {
          rows.append((k, row, []))
        } else if filled.count == 1, let last = rows.indices.last {
          let col = filled[0]
          let before = rows[last].cells[col]
          rows[last].cells[col] = before.hasSuffix("-") && row[col].first?.isLowercase == true
            ? String(before.dropLast()) + row[col] : (before.isEmpty ? row[col] : before + " " + row[col])
          rows[last].more.append(k)
        } else {
          break
        }
        k += 1
      }
      guard !rows.isEmpty else { continue }
      func cr(_ s: Substring) -> String { s.hasSuffix("\r") ? "\r" : "" }
      let indent = String(repeating: " ", count: left)
      lines[h] = Substring(cr(lines[h]))
      for row in rows {
        func cell(_ k: Int?) -> String {
          guard let k else { return "" }
          let c = row.cells[k].trimming(" \r")
          return c == "-" || c == "–" ? "" : c
        }
        var entry = "- " + cell(head.task).trimming(" .")
        let owner = cell(head.owner)
        if !owner.isEmpty { entry += " (\(owner))" }
        entry += "."
        let due = cell(head.due).trimming(" .")
        if !due.isEmpty { entry += " Frist: \(due)." }
        lines[row.line] = Substring(indent + entry + cr(lines[row.line]))
        for m in row.more { lines[m] = Substring(cr(lines[m])) }
      }
      changed = true
      h = k - 1
    }
    return changed ? lines.joined(separator: "\n") : nil
  }
}
