/// An item's facts a converter wrote as a table's column: the labels one a line, then their
/// values one a line in the same order (`Sagsnr.` / `Sagsbehandler` / `Åben/lukket` /
/// `27.12.04-G01-2-34` / `Jonna Meldgaard` / `Åben`). Written back as `Sagsnr.: 27.12.04-G01-2-34`,
/// `Sagsbehandler: Jonna Meldgaard`, each at its value's line, with the status (`Åben`, `Lukket`)
/// alone on a line before them. Unlike `LabelColumn` (the header's table) it may stand under every heading.
enum FactColumn {
  /// The fact labels, lower-cased without their colon, and whether the label's value is the
  /// item's status (written back alone).
  static let labels: [String: Bool] = {
    var out: [String: Bool] = [:]
    for l in CaseNumber.labels where !l.hasSuffix(":") { out[l.trimming(".")] = false }
    for l in [
      "sagsbehandler", "sagsansvarlig", "ansvarlig", "forfatter", "dok.nr", "dokumentnr", "sagstype", "afdeling",
      "enhed", "fagområde", "område", "kle-nr", "kle",
    ] { out[l] = false }
    for l in ClosedMarker.statusLabels { out[l] = true }
    return out
  }()

  /// `Sagsnr.   Dok.nr.`: a line of the facts' labels side by side, their values under them.
  static func isLabelsOnly(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return !words.isEmpty && words.count <= 6 && words.allSatisfy { labels[$0.lowercased().trimming(".:")] != nil }
  }

  static func label(_ line: MarkupLine) -> Bool? {
    guard !line.isBlank, !line.isTableRow, line.text.utf8.count <= 30 else { return nil }
    return labels[line.text.lowercased().trimming(" .:\t")]
  }

  /// The lines with each such block written back; unchanged where there is none.
  static func repaired(_ lines: [MarkupLine]) -> [MarkupLine] {
    var out: [MarkupLine] = []
    out.reserveCapacity(lines.count)
    var i = 0
    while i < lines.count {
      var j = i
      var statuses: [Bool] = []
      while j < lines.count, let status = label(lines[j]) {
        statuses.append(status)
        j += 1
      }
      // "JOURNALNUMMER" / "42003309": a case label alone over its value (a page's
      // `<br>` between them), written back on the value's line.
      if statuses.count == 1, j < lines.count, case let name = lines[i].text.trimming(" .:\t").lowercased(),
        CaseNumber.labels.contains(name) || CaseNumber.labels.contains(name + "."),
        !lines[j].isBlank, !lines[j].isTableRow, !lines[j].text.contains(" "),
        CaseNumberReader.firstToken(of: lines[j].text.trimmingSpaces) != nil
      {
        out.append(MarkupLine.plain("", number: lines[i].number))
        out.append(MarkupLine.plain(lines[i].text.trimming(" .:\t") + ": " + lines[j].text.trimmingSpaces, number: lines[j].number))
        i = j + 1
        continue
      }
      // Two labels or more, then as many values, none blank, none a label; a case label among
      // them and its value a case number.
      guard statuses.count >= 2, j + statuses.count <= lines.count else {
        out.append(lines[i])
        i += 1
        continue
      }
      let values = Array(lines[j..<(j + statuses.count)])
      let names = lines[i..<j].map { $0.text.trimming(" .:\t") }
      let caseAt = names.firstIndex { CaseNumber.labels.contains($0.lowercased() + ".") || CaseNumber.labels.contains($0.lowercased()) }
      guard values.allSatisfy({ !$0.isBlank && !$0.isTableRow && label($0) == nil && $0.text.utf8.count <= 200 }),
        let caseAt, CaseNumberReader.token(values[caseAt].text.trimmingSpaces) != nil
      else {
        out.append(lines[i])
        i += 1
        continue
      }
      // The status first, right under the heading, as a status under a heading is written.
      for (n, value) in values.enumerated() where statuses[n] { out.append(value) }
      for (n, value) in values.enumerated() where !statuses[n] {
        out.append(value.with(text: names[n] + ": " + value.text.trimmingSpaces))
      }
      i = j + statuses.count
    }
    return out
  }
}
