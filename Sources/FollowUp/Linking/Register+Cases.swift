import MinutesCore

extension Register {
  /// The key under which an item without a case number is followed (its committee and title,
  /// and the municipality when the documents tell it: two councils' `Godkendelse af dagsorden`
  /// are not one case).
  static func titleKey(_ committee: String, _ title: String, town: String = "") -> String {
    "title:" + (town.isEmpty ? "" : town + "|") + CommitteeDirectory.key(committee) + ":" + DanishFolding.key(title)
  }

  /// Groups items by case number across meetings and committees, with the meetings known only
  /// from quoted decisions, and tells standing items from real cases.
  mutating func linkCases() {
    var outcomes: [String: Outcome] = [:]
    for d in decisions {
      outcomes["\(d.meetingIndex):\(d.itemIndex):\(d.quoteIndex ?? -1)"] = d.outcome
    }
    var byKey: [String: CaseRecord] = [:]
    var order: [String] = []
    for (mi, m) in meetings.enumerated() {
      guard let date = m.date else { continue }
      for (ii, item) in m.items.enumerated() {
        guard let cn = item.caseNumber else { continue }
        let key = cn.key
        if byKey[key] == nil {
          byKey[key] = CaseRecord(key: key, caseNumber: cn.text, titles: [], isStanding: false, appearances: [])
          order.append(key)
        }
        for (qi, q) in item.priorDecisions.enumerated() {
          guard let qd = q.date else { continue }
          byKey[key]!.appearances.append(
            Appearance(
              committee: committees.canonical(q.body.isEmpty ? m.committee : q.body), date: qd,
              item: q.itemNumber, title: nil, outcome: outcomes["\(mi):\(ii):\(qi)"], isQuoted: true,
              hasSupplement: false, isClosed: item.isClosed,
              location: SourceLocation(file: m.source, line: q.line)))
        }
        byKey[key]!.appearances.append(
          Appearance(
            committee: committees.canonical(m.committee), date: date, item: item.number,
            title: item.title, outcome: outcomes["\(mi):\(ii):-1"], isQuoted: false,
            hasSupplement: !item.sections(.supplementaryCaseText).isEmpty, isClosed: item.isClosed,
            location: SourceLocation(file: m.source, line: item.line), isAgenda: m.kind == .agenda))
        if !item.title.isEmpty, byKey[key]!.titles.last != item.title {
          byKey[key]!.titles.append(item.title)
        }
      }
    }
    var result: [CaseRecord] = []
    for key in order {
      var c = byKey[key]!
      c.appearances = mergeAppearances(c.appearances)
      c.isStanding = isStanding(c)
      result.append(c)
    }
    cases = result
  }

  /// One appearance per meeting: the minutes' own reading wins over quotes of it and over the
  /// agenda of the same meeting.
  func mergeAppearances(_ list: [Appearance]) -> [Appearance] {
    var out: [Appearance] = []
    func rank(_ a: Appearance) -> Int { a.isQuoted ? 2 : a.isAgenda ? 1 : 0 }
    for a in list.sorted(by: { ($0.date, rank($0)) < ($1.date, rank($1)) }) {
      if let i = out.firstIndex(where: {
        $0.date == a.date && committees.same($0.committee, a.committee)
          && ($0.item == a.item || $0.item == nil || a.item == nil)
      }) {
        if rank(out[i]) > rank(a) {
          out[i] = a
        } else if out[i].item == nil, let n = a.item {
          out[i].item = n
        }
        continue
      }
      out.append(a)
    }
    return out
  }

  static let standingTitles = [
    "eventuelt", "evt.", "godkendelse af dagsorden", "godkendelse af referat", "referat fra sidste",
    "meddelelser", "orientering fra", "gensidig orientering", "siden sidst", "statusmøde",
    "nyt fra", "forvaltningen orienterer", "orienteringer", "kommende møder", "diverse",
    "eventuelle", "opfølgning på referat", "meddelelser fra", "punkter til næste møde",
  ]

  /// Standing items: standing titles, closed items without a title, and case numbers that
  /// come back at most meetings of a committee under changing titles.
  func isStanding(_ c: CaseRecord) -> Bool {
    let own = c.appearances.filter { !$0.isQuoted && !$0.isAgenda }
    if own.contains(where: { $0.isClosed && ($0.title ?? "").isEmpty }) { return true }
    for t in c.titles {
      let l = t.lowercased()
      if Register.standingTitles.contains(where: { l.hasPrefix($0) }) { return true }
    }
    // Behaviour: on at least 4 of at least 5 meetings of a committee, and 60 % of them.
    var perCommittee: [String: Int] = [:]
    for a in own { perCommittee[calendarKey(a.committee, town: town(ofSource: a.location?.file ?? "")), default: 0] += 1 }
    for (k, n) in perCommittee where n >= 4 {
      let total = calendar.meetings(k).filter { $0.1 == .minutes }.count
      if total >= 5, n * 5 >= total * 3 { return true }
    }
    return false
  }
}
