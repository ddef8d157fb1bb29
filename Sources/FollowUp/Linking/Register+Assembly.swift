import MinutesCore

/// Where something stands in the order of the register's decisions: the document (by its
/// rank in the documents' order), the action or deferral within it, and the owner within that.
struct LinkOrder: Comparable, Hashable, Sendable {
  var document: Int
  var position: Int
  var owner: Int = 0

  static func < (a: LinkOrder, b: LinkOrder) -> Bool {
    (a.document, a.position, a.owner) < (b.document, b.position, b.owner)
  }
}

/// The display title of a role no person could be tied to: the first spelling the decisions
/// used, unless the people the minutes name gave the role a title (`PeopleDirectory`).
struct RoleNote: Hashable, Sendable {
  /// The role's key (`PeopleDirectory.roleKey`).
  var key: String
  /// The spelling, as a title.
  var title: String
  /// Where it was written.
  var order: LinkOrder
}

extension Register {
  /// The roles an action's owners name, as their first spelling is noted: one note per owner
  /// that is a role, with the owner's index.
  static func roleNotes(_ a: ActionItem, at order: LinkOrder) -> [RoleNote] {
    a.owners.enumerated().compactMap { j, o in
      guard o.kind == .role else { return nil }
      let title = PeopleDirectory.roleTitleSpelling(o.surface)
      var at = order
      at.owner = j
      return RoleNote(key: PeopleDirectory.roleKey(title), title: title, order: at)
    }
  }

  /// An action with the display names of its roles: an owner's is the title the people give
  /// the role, else the first spelling any decision used up to it; the inferred responsible's
  /// is the same as it stood before the action was read.
  /// - Parameter firstNotes: The first note of each role, by key.
  func namingRoles(_ a: ActionItem, at order: LinkOrder, firstNotes: [String: RoleNote]) -> ActionItem {
    var a = a
    func title(_ surface: String, upTo limit: LinkOrder, inclusive: Bool) -> String {
      let key = PeopleDirectory.roleKey(PeopleDirectory.roleTitleSpelling(surface))
      if let learned = people.learnedTitle(key: key) { return learned }
      if let note = firstNotes[key], inclusive ? note.order <= limit : note.order < limit { return note.title }
      return surface
    }
    for j in a.owners.indices where a.owners[j].kind == .role {
      var at = order
      at.owner = j
      a.owners[j].name = title(a.owners[j].surface, upTo: at, inclusive: true)
    }
    for j in a.responsible.indices where a.responsible[j].kind == .role {
      a.responsible[j].name = title(a.responsible[j].surface, upTo: order, inclusive: false)
    }
    return a
  }

  /// The key under which the same deferral, read in several minutes, is one.
  static func deferralKey(_ p: Postponement) -> String {
    "\(p.caseKey)|\(p.meetingDate)|\(p.item ?? -1)"
  }

  /// `Beslutning i Teknik- og Miljøudvalget den 3. marts 2025: Udsættes til næste møde.` quoted
  /// without the item's number, where the deferral of that case on that day is known with its
  /// number (from its own minutes or another quote): one deferral, the numbered one.
  static func withoutUnnumberedQuotes(_ list: [Postponement]) -> [Postponement] {
    let numbered = Set(list.filter { $0.item != nil }.map { "\($0.caseKey)|\($0.meetingDate)" })
    return list.filter { p in !(p.item == nil && p.source == .priorDecision && numbered.contains("\(p.caseKey)|\(p.meetingDate)")) }
  }

  /// Actions settled by what their cases tell (`settleActions`).
  mutating func settling(_ list: [ActionItem], cases byKey: [String: CaseRecord]) -> [ActionItem] {
    let keep = (actions, cases)
    defer { (actions, cases) = keep }
    actions = list
    cases = Array(Set(list.compactMap(\.caseKey))).sorted().compactMap { byKey[$0] }
    settleActions()
    return actions
  }

  /// A case's states after each of its deferrals (`computeDeferralStates`).
  mutating func states(of c: CaseRecord?, key: String, deferrals: [Postponement]) -> [DeferralState] {
    let keep = (postponements, cases, deferralStates)
    defer { (postponements, cases, deferralStates) = keep }
    postponements = deferrals
    cases = c.map { [$0] } ?? []
    computeDeferralStates()
    return deferralStates.filter { $0.caseKey == key }
  }

  /// What the secretariat should confirm about an action (`noteReview`).
  mutating func review(_ a: ActionItem) -> [Finding] {
    let keep = findings
    defer { findings = keep }
    findings = []
    noteReview(a)
    return findings
  }

  /// Assembles the register from every document's link, in the documents' order: one action
  /// per id and one deferral per case, day and item (the first read), the roles' display
  /// names, every case from all its meetings, the actions settled, the deferral states and
  /// what the review should confirm.
  mutating func assemble(_ links: [DocumentLink]) {
    var firstNotes: [String: RoleNote] = [:]
    var seen: Set<String> = []
    var winners: [(LinkOrder, ActionItem)] = []
    for (rank, link) in links.enumerated() {
      for (i, a) in link.actions.enumerated() {
        let order = LinkOrder(document: rank, position: i)
        for n in Register.roleNotes(a, at: order) where firstNotes[n.key] == nil { firstNotes[n.key] = n }
        if seen.insert(a.id).inserted { winners.append((order, a)) }
      }
    }
    var seenDeferrals: Set<String> = []
    postponements = Register.withoutUnnumberedQuotes(
      links.flatMap(\.postponements).filter { seenDeferrals.insert(Register.deferralKey($0)).inserted })
    var told: [String: [CaseAppearance]] = [:]
    var order: [String] = []
    for link in links {
      for t in link.appearances {
        if told[t.caseKey] == nil { order.append(t.caseKey) }
        told[t.caseKey, default: []].append(t)
      }
    }
    for link in links { towns[link.source] = link.town }
    cases = order.map { caseRecord($0, told[$0] ?? []) }
    var byKey: [String: CaseRecord] = [:]
    for c in cases { byKey[c.key] = c }
    let named = winners.map { namingRoles($0.1, at: $0.0, firstNotes: firstNotes) }
    actions = settling(named, cases: byKey)
    var reviewed: [Finding] = []
    for a in actions { reviewed += review(a) }
    findings = reviewed
    computeDeferralStates()
    for note in firstNotes.values.sorted(by: { $0.order < $1.order }) { people.noteRoleTitle(note.title) }
  }
}
