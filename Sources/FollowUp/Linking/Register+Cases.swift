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
    for d in decisions where d.source != .caseText {
      outcomes["\(d.meetingIndex):\(d.itemIndex):\(d.quoteIndex ?? -1)"] = d.outcome
    }
    var byKey: [String: [CaseAppearance]] = [:]
    var order: [String] = []
    for mi in meetings.indices {
      for a in caseAppearances(meetingIndex: mi, outcomes: outcomes) {
        if byKey[a.caseKey] == nil { order.append(a.caseKey) }
        byKey[a.caseKey, default: []].append(a)
      }
    }
    cases = order.map { caseRecord($0, byKey[$0] ?? []) }
  }

  /// A meeting's items in their cases, each with the earlier meetings it quotes, in the order
  /// of the document: what the meeting tells of each case.
  /// - Parameter outcomes: The decisions' outcomes by `meeting:item:quote` (-1 for the item's own).
  func caseAppearances(meetingIndex mi: Int, outcomes: [String: Outcome]) -> [CaseAppearance] {
    let m = meetings[mi]
    guard let date = m.date else { return [] }
    let town = town(ofSource: m.source)
    var out: [CaseAppearance] = []
    for (ii, item) in m.items.enumerated() {
      guard let cn = item.caseNumber else { continue }
      for (qi, q) in item.priorDecisions.enumerated() {
        guard let qd = q.date else { continue }
        out.append(
          CaseAppearance(
            caseKey: cn.key, caseNumber: cn.text, town: town,
            appearance: Appearance(
              committee: committees.canonical(q.body.isEmpty ? m.committee : q.body), date: qd,
              item: q.itemNumber, title: nil, outcome: outcomes["\(mi):\(ii):\(qi)"], isQuoted: true,
              hasSupplement: false, isClosed: item.isClosed,
              location: SourceLocation(file: m.source, line: q.line))))
      }
      out.append(
        CaseAppearance(
          caseKey: cn.key, caseNumber: cn.text, town: town,
          appearance: Appearance(
            committee: committees.canonical(m.committee), date: date, item: item.number,
            title: item.title, outcome: outcomes["\(mi):\(ii):-1"], isQuoted: false,
            hasSupplement: !item.sections(.supplementaryCaseText).isEmpty, isClosed: item.isClosed,
            location: SourceLocation(file: m.source, line: item.line), isAgenda: m.kind == .agenda)))
    }
    return out
  }

  /// A case from what every meeting tells of it, in the meetings' order: its number as first
  /// written, its titles in the order used, one appearance per meeting, and whether it is a
  /// standing item.
  func caseRecord(_ key: String, _ told: [CaseAppearance]) -> CaseRecord {
    var c = CaseRecord(key: key, caseNumber: told.first?.caseNumber ?? key, titles: [], isStanding: false, appearances: [])
    for t in told where !t.appearance.isQuoted {
      if let title = t.appearance.title, !title.isEmpty, c.titles.last != title { c.titles.append(title) }
    }
    c.appearances = mergeAppearances(told.map(\.appearance))
    var towns: [String: String] = [:]
    for t in told { towns[t.appearance.location?.file ?? ""] = t.town }
    c.isStanding = isStanding(c, towns: towns)
    return c
  }

  /// One appearance per meeting: the minutes' own reading wins over quotes of it and over the
  /// agenda of the same meeting.
  func mergeAppearances(_ list: [Appearance]) -> [Appearance] {
    var out: [Appearance] = []
    func rank(_ a: Appearance) -> Int { a.isQuoted ? 2 : a.isAgenda ? 1 : 0 }
    // The list goes by date: the meetings of one day are the last ones kept.
    var day = out.startIndex
    for a in list.sorted(by: { ($0.date, rank($0)) < ($1.date, rank($1)) }) {
      if let last = out.last, last.date != a.date { day = out.endIndex }
      if let i = out[day...].firstIndex(where: {
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
  /// - Parameter towns: The municipality of the documents the case's appearances come from,
  ///   over what the register knows.
  func isStanding(_ c: CaseRecord, towns told: [String: String] = [:]) -> Bool {
    let own = c.appearances.filter { !$0.isQuoted && !$0.isAgenda }
    if own.contains(where: { $0.isClosed && ($0.title ?? "").isEmpty }) { return true }
    for t in c.titles {
      let l = t.lowercased()
      if Register.standingTitles.contains(where: { l.hasPrefix($0) }) { return true }
    }
    // Behaviour: on at least 4 of at least 5 meetings of a committee, and 60 % of them.
    var perCommittee: [String: Int] = [:]
    for a in own {
      let file = a.location?.file ?? ""
      perCommittee[calendarKey(a.committee, town: told[file] ?? town(ofSource: file)), default: 0] += 1
    }
    for (k, n) in perCommittee where n >= 4 {
      let total = calendar.minutesCount(k)
      if total >= 5, n * 5 >= total * 3 { return true }
    }
    return false
  }
}
