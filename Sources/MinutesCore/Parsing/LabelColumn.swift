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
      // An ignored label (`Sluttidspunkt:`) among others holds its place: it takes a value too.
      guard let (field, value) = HeaderLabel.read(p + ":"), value.isEmpty else { return nil }
      out.append((p, field))
    }
    return out
  }

  /// `Bemærkninger`: the label of the table's column of remarks, whose value is a sentence about
  /// the meeting (`Eva Holm (A) deltog fra kl. 15.40.`) or nothing.
  static func isRemark(_ label: String) -> Bool {
    ["bemærkninger", "bemærkning"].contains(label.lowercased())
  }

  /// Whether a value line reads as a sentence (`Eva Holm (A) deltog fra kl. 15.40 under punkt
  /// 3.`): four or more words ending in a full stop. A remark's column takes such a line only;
  /// an entry of a list (`Eva Holm (A), formand`) is none.
  static func isSentence(_ text: String) -> Bool {
    let t = text.trimmingSpaces
    return t.hasSuffix(".") && t.split(separator: " ").count >= 4
  }

  /// Whether a value line goes on from the line above: it opens with a parenthesis or a joining
  /// word (`(medarbejdervalgt), …`, `og økonomichef …`), or the line above ends with a comma.
  static func continues(_ above: String, with line: String) -> Bool {
    let t = line.trimmingSpaces
    if above.trimmingSpaces.hasSuffix(",") || t.hasPrefix("(") { return true }
    if ["og ", "samt ", "der ", "som "].contains(where: { t.hasPrefix($0) }) { return true }
    // `… Marianne Bøje deltog som` / `sekretær.`: a sentence broken off, its words going on
    // lowercase (a date's or a time's line above has fewer lowercase words).
    let a = above.trimmingSpaces
    return t.first?.isLowercase == true && !a.hasSuffix(".")
      && a.split(separator: " ").filter({ $0.first?.isLowercase == true }).count >= 3
  }

  /// A sentence of four or more words with no comma and two lowercase words or more (`Birgit
  /// Hyldahl forlod mødet kl. 17.10 efter punkt 6.`): a note, no list of names.
  static func isNote(_ text: String) -> Bool {
    guard isSentence(text), !text.contains(",") else { return false }
    return text.split(separator: " ").filter { $0.first?.isLowercase == true && $0 != "og" }.count >= 2
  }

  /// A line that opens the items or their table of contents (`Indholdsfortegnelse`, `1.
  /// Godkendelse af dagsorden …… 2`): the values end before it.
  static func opensContents(_ text: String) -> Bool {
    let t = text.trimmingSpaces
    if ["indholdsfortegnelse", "indhold", "dagsorden", "dagsordenspunkter"].contains(t.lowercased().trimming(":")) { return true }
    if t.contains("....") || t.contains("……") { return true }
    // `310. Godkendelse af dagsorden`: a number, a full stop and a capital.
    let digits = t.prefix(while: \.isNumber)
    guard !digits.isEmpty, digits.count <= 4 else { return false }
    let rest = t.dropFirst(digits.count)
    return rest.hasPrefix(". ") && rest.dropFirst(2).first?.isUppercase == true
  }

  /// Whether a line opens with the words of the staff or guests who came (`Fra administrationen
  /// deltog ...`, `Desuden deltog ...`): a guests' label of two words or more, without its colon.
  static func opensGuests(_ text: String) -> Bool {
    let lower = text.trimmingSpaces.lowercased()
    return HeaderLabel.table.contains { key, entry in
      entry.field == .guests && key.contains(" ") && lower.hasPrefix(key + " ")
    }
  }

  static func isList(_ f: HeaderLabel.Field) -> Bool {
    f == .attendees || f == .absentees || f == .guests || f == .summoned
  }

  /// The lines with the first such block rewritten; unchanged when there is none. Only the first
  /// 120 lines are looked at: a header stands at the top.
  static func repaired(_ lines: [MarkupLine]) -> [MarkupLine] {
    repaired(lines, from: 0)
  }

  /// The blocks from line `start` on rewritten: a header may hold more than one such table
  /// (`Mødedato` / `Mødetidspunkt` / `Mødested` with their values, then `Medlemmer` /
  /// `Fraværende` / `Bemærkninger` with theirs).
  static func repaired(_ lines: [MarkupLine], from start: Int) -> [MarkupLine] {
    let limit = min(lines.count, 120)
    var running: Set<Int> = []
    var runningRead = false
    var i = start
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
        if lines[k].isTableRow || HeaderLabel.read(lines[k].text) != nil || opensContents(lines[k].text) { break }
        // `Fra administrationen deltog direktør ... og sekretariatsleder` / `Tina Holm (referent).`:
        // a sentence of the staff who came, where no label of guests stands in the column, ends
        // the values.
        if !values.isEmpty, !labels.contains(where: { $0.field == .guests }), opensGuests(lines[k].text) { break }
        // `Teknik- og Miljøudvalget 13-02-2035` / `Side 1 af 9`: the page's footer under the
        // table is none of its values.
        if !runningRead {
          running = PageFurniture.runningHeaders(lines)
          runningRead = true
        }
        if PageFurniture.isFurniture(lines[k]) || running.contains(k) {
          k += 1
          continue
        }
        // `Frank Nøhr` / `(medarbejdervalgt), Lisbeth Aagaard`, `… Anne Lykkegaard` / `og
        // økonomichef Tobias Riber deltog i mødet.`: a line that goes on from the one above.
        if let last = values.last, continues(last.text, with: lines[k].text) {
          values[values.count - 1].text = last.text.trimmingSpaces + " " + lines[k].text.trimmingSpaces
        } else {
          values.append(lines[k])
        }
        k += 1
      }
      // `Birgit Hyldahl forlod mødet kl. 17.10 efter punkt 6.`: a note after the table's values,
      // where no remarks column takes it, stays a line of its own after the block.
      if !labels.contains(where: { isRemark($0.label) }) {
        while values.count > labels.count, let last = values.last, isNote(last.text) {
          values.removeLast()
          k -= 1
          while k > j, lines[k].number != last.number { k -= 1 }
        }
      }
      guard values.count >= labels.count else {
        i = j
        continue
      }
      // One value a label; the surplus to the first list's label (those after it take theirs
      // from the end).
      var taken: [[MarkupLine]] = labels.map { _ in [] }
      if values.count == labels.count, !labels.contains(where: { isRemark($0.label) }) {
        for n in labels.indices { taken[n] = [values[n]] }
      } else {
        guard let list = labels.firstIndex(where: { isList($0.field) }) else {
          i = j
          continue
        }
        for n in 0..<list { taken[n] = [values[n]] }
        // Those after the list take theirs from the end; a remark's column only a sentence.
        var end = values.count
        for n in stride(from: labels.count - 1, to: list, by: -1) where end > list + 1 {
          if isRemark(labels[n].label), !isSentence(values[end - 1].text) { continue }
          taken[n] = [values[end - 1]]
          end -= 1
        }
        taken[list] = Array(values[list..<end])
        // `Kasper Holm (DF)` / `Kasper Holm (DF)`: an absent list's value repeats a member's
        // line; the lines before it that repeat members' lines are the absent list's too.
        let text = { (l: MarkupLine) in l.text.trimmingSpaces }
        if list + 1 < labels.count, labels[list + 1].field == .absentees, let first = taken[list + 1].first,
          taken[list].contains(where: { text($0) == text(first) })
        {
          var members = taken[list]
          var absent = [first]
          while members.count >= 2, let last = members.last, members.dropLast().contains(where: { text($0) == text(last) }) {
            absent.insert(members.removeLast(), at: 0)
          }
          taken[list] = members
          taken[list + 1] = absent
        }
      }
      var out = Array(lines[..<i])
      for (n, l) in labels.enumerated() {
        // Lines of one comma list wrapped where an entry goes on (`…, Anette` / `Bro (V), …`):
        // joined by a space; lines of one entry each by a comma.
        var value = ""
        // (`Martin Damm (V), formand` / `Britt Hermansen (A)`: an entry a line, with its role
        // after a comma; only a last piece of one word is an entry that goes on.)
        for t in taken[n].map({ $0.text.trimmingSpaces }) {
          let lastPiece = value.components(separatedBy: ", ").last ?? ""
          let goesOn = value.contains(", ") && !value.hasSuffix(",") && !lastPiece.contains(" ")
            && lastPiece.first?.isUppercase == true && !AttendeeRoles.words.contains(lastPiece.lowercased())
          value += value.isEmpty ? t : (goesOn ? " " : ", ") + t
        }
        out.append(MarkupLine.plain(l.label + ": " + value, number: taken[n].first?.number ?? lines[i].number))
      }
      let next = out.count
      out += lines[k...]
      return repaired(out, from: next)
    }
    return lines
  }
}
