import MinutesCore

/// What one document contributes to the register once the committees, meeting days and people
/// of all documents are known: its meeting's outcomes, its actions and deferrals resolved, and
/// what it tells of each case, before they are weighed against other documents' (the same
/// quoted decision read in several minutes is one action; a case is all its meetings).
///
/// A document's link depends on the document and the three directories only, so that a store
/// can keep it and link again only the documents a change touches.
struct DocumentLink: Sendable {
  /// The document's name (the meeting's source) and municipality.
  var source: String
  var town: String
  /// The meeting's committee, by its display name.
  var committee: String
  /// Each item's outcome (its own decision's), in item order.
  var outcomes: [Outcome]
  /// The actions, in the order the decisions lay them down; one per id in the document.
  /// Settling and the display names of roles are the register's.
  var actions: [ActionItem]
  /// The deferrals, in order; one per case, day and item in the document.
  var postponements: [Postponement]
  /// What the meeting tells of each case, in order.
  var appearances: [CaseAppearance]
  /// What linking asked the people directory (`PeopleLookups`): the link holds for as long as
  /// the directory answers these the same.
  var lookups: Set<String> = []
}

extension Register {
  /// A register with its directories given, to link documents in (`link(_:)`) and assemble
  /// what they contribute.
  init(committees: CommitteeDirectory, people: PeopleDirectory, calendar: MeetingCalendar) {
    self.init()
    self.committees = committees
    self.people = people
    self.calendar = calendar
  }

  /// Links one document: resolves its decisions' owners, deadlines and deferral targets
  /// against the directories, and tells its cases. The directories are left as they were.
  mutating func link(_ reading: DocumentReading) -> DocumentLink {
    let learned = people
    let known = towns
    defer {
      people = learned
      towns = known
      actions = []
      postponements = []
      findings = []
      decisions = []
      meetings = []
    }
    meetings = [reading.meeting]
    towns[reading.meeting.source] = reading.town
    decisions = reading.decisions
    for i in decisions.indices { decisions[i].meetingIndex = 0 }
    actions = []
    postponements = []
    findings = []
    cases = []
    let log = PeopleLookups()
    people.lookups = log
    resolve()
    people.lookups = nil
    var outcomes: [String: Outcome] = [:]
    for d in decisions where d.source != .caseText { outcomes["0:\(d.itemIndex):\(d.quoteIndex ?? -1)"] = d.outcome }
    return DocumentLink(
      source: reading.meeting.source, town: reading.town, committee: committees.canonical(reading.meeting.committee),
      outcomes: reading.meeting.items.indices.map { outcomes["0:\($0):-1"] ?? .none }, actions: actions,
      postponements: postponements, appearances: caseAppearances(meetingIndex: 0, outcomes: outcomes),
      lookups: log.tokens)
  }
}
