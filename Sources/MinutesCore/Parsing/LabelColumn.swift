/// A header table a converter wrote column by column: its labels first, one a line or several on
/// one line (`Mødedato` / `Mødetidspunkt` / `Mødested` / `Medlemmer`, or `Mødedato: Mødetidspunkt:
/// Mødested: Deltagere:`), then their values one a line (`Tirsdag den 25. februar 2025` / `Kl.
/// 14:00` / `Byrådssalen` / the members one a line / the one away). The k-th value is the k-th
/// label's; a list's label (members, absent, guests) takes the values the labels around it leave.
/// The block is written back as `Label: value` lines, each at its value's line.
enum LabelColumn {
  /// The labels a line holds and nothing else (`Mødested`, `Afbud:`, `Mødedato: Mødetidspunkt:`).
  static func labelsOnly(_ text: String) -> [(label: String, field: HeaderLabel.Field)]? {
    guard !text.isEmpty, text.utf8.count <= 160 else { return nil }
    let pieces = text.split(separator: ":").map { $0.trimmingSpaces }
    guard !pieces.isEmpty, pieces.allSatisfy({ !$0.isEmpty }) else { return nil }
    var out: [(String, HeaderLabel.Field)] = []
    for p in pieces {
      guard let (field, value) = HeaderLabel.read(p + ":"), value.isEmpty, field != .ignored else { return nil }
      out.append((p, field))
    }
    return out
  }

  static func isList(_ f: HeaderLabel.Field) -> Bool {
    f == .attendees || f == .absentees || f == .guests || f == .summoned
  }

  /// The lines with the first such block rewritten; unchanged when there is none. Only the first
  /// 120 lines are looked at: a header stands at the top.
  static func repaired(_ lines: [MarkupLine]) -> [MarkupLine] {
    let limit = min(lines.count, 120)
    var i = 0
    while i < limit {
      var labels: [(label: String, field: HeaderLabel.Field)] = []
      var j = i
      while j < limit {
        if lines[j].isBlank, !labels.isEmpty {
          j += 1
          continue
        }
        guard !lines[j].isTableRow, let found = labelsOnly(lines[j].text) else { break }
        labels += found
        j += 1
      }
      guard labels.count >= 3 else {
        i = max(j, i + 1)
        continue
      }
      // The values: the lines after the labels, up to a blank line or a labelled line.
      var values: [MarkupLine] = []
      var k = j
      while k < lines.count, values.count < 80 {
        if lines[k].isBlank {
          if values.isEmpty {
            k += 1
            continue
          }
          break
        }
        if lines[k].isTableRow || HeaderLabel.read(lines[k].text) != nil { break }
        values.append(lines[k])
        k += 1
      }
      guard values.count >= labels.count else {
        i = j
        continue
      }
      // One value a label; the surplus to the first list's label (those after it take theirs
      // from the end).
      var taken: [[MarkupLine]] = labels.map { _ in [] }
      if values.count == labels.count {
        for n in labels.indices { taken[n] = [values[n]] }
      } else {
        guard let list = labels.firstIndex(where: { isList($0.field) }) else {
          i = j
          continue
        }
        for n in 0..<list { taken[n] = [values[n]] }
        let after = labels.count - list - 1
        for n in 0..<after { taken[list + 1 + n] = [values[values.count - after + n]] }
        taken[list] = Array(values[list..<(values.count - after)])
      }
      var out = Array(lines[..<i])
      for (n, l) in labels.enumerated() {
        let value = taken[n].map { $0.text.trimmingSpaces }.joined(separator: ", ")
        out.append(MarkupLine.plain(l.label + ": " + value, number: taken[n].first?.number ?? lines[i].number))
      }
      out += lines[k...]
      return out
    }
    return lines
  }
}
