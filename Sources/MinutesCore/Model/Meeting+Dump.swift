extension Meeting {
  /// A line-per-node dump of the model, for reading what the parser made of a document and for
  /// golden tests (`followup dump`).
  public func dump() -> String {
    var out: [String] = []
    func q(_ s: String?) -> String { s.map { "\"\($0)\"" } ?? "-" }
    out.append(
      "Meeting \(kind.rawValue) committee=\(q(committee)) date=\(date.map(\.description) ?? "-")"
        + " start=\(startTime?.description ?? "-") location=\(q(location))")
    if !attendees.isEmpty { out.append("  attendees: " + attendees.joined(separator: "; ")) }
    if !absentees.isEmpty { out.append("  absentees: " + absentees.joined(separator: "; ")) }
    if !roles.isEmpty { out.append("  roles: " + roles.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")) }
    if let nextMeeting { out.append("  next meeting: \(nextMeeting)") }
    for item in items {
      out.append(
        "  Item \(item.number) @\(item.line)-\(item.lastLine)\(item.isClosed ? " closed" : "")"
          + " title=\(q(item.title)) case=\(item.caseNumber?.text ?? "-")")
      for p in item.participants {
        out.append(
          "    Participant \(q(p.name)) role=\(q(p.role)) org=\(q(p.organization))"
            + " time=\(p.time?.description ?? "-") @\(p.line)")
      }
      if let r = item.recommendation {
        out.append("    Recommendation by \(q(r.recommender))")
        for p in r.points { out.append("      - \(p)") }
      }
      for s in item.sections {
        out.append("    Section \(s.kind.rawValue) @\(s.line) \(q(s.heading))")
        for p in s.paragraphs {
          out.append("      \(p.style == .text ? "¶" : p.style == .bullet ? "•" : "#") @\(p.line) \(p.text)")
        }
      }
      for d in item.priorDecisions {
        out.append(
          "    Prior \(d.form.rawValue) body=\(q(d.body)) date=\(d.date?.description ?? "-")"
            + "\(d.writtenDate.map { " written=\($0)" } ?? "") item=\(d.itemNumber.map(String.init) ?? "-") @\(d.line)")
        for p in d.paragraphs { out.append("      ¶ @\(p.line) \(p.text)") }
      }
    }
    for f in findings { out.append("  Finding \(f.severity.rawValue) \(f.code) \(f.location): \(f.message)") }
    return out.joined(separator: "\n")
  }
}

extension Meeting {
  /// How the reader read the document, one line a part with its line number: which heading form
  /// the items were found in, where committee, date and place came from, what was mended
  /// (`followup check --explain`, `followup dump --layout`). In Danish, as users read it.
  public func layoutReport() -> String {
    var out: [String] = []
    out.append("\(source): \(kind == .agenda ? "dagsorden" : "referat"), \(items.count) punkter")
    for note in layout {
      let at = note.line > 0 ? "\(source):\(note.line)" : source
      out.append("  \(note.part.padding(toLength: 10, withPad: " ", startingAt: 0)) \(note.form)  (\(at))")
    }
    for item in items {
      let parts = [
        item.caseNumber.map { "sag \($0.text)" }, item.isClosed ? "lukket" : nil,
        item.sections.isEmpty ? nil : item.sections.map(\.kind.danishName).joined(separator: ", "),
      ].compactMap { $0 }
      out.append("  punkt \(item.number) (\(source):\(item.line)): \(parts.joined(separator: "; "))")
    }
    return out.joined(separator: "\n")
  }
}
