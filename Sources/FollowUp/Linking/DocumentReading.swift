import MinutesCore

/// One document as the register needs it, read once: the meeting slimmed to what follow-up
/// needs, what the document tells of committees, meeting days and people, and its decisions
/// read (outcome, deferrals, action candidates with owners and dates as written).
///
/// Everything here depends on the document alone, but for the decisions, which ask the
/// committee directory whether two names are one body: the questions and their answers are
/// kept (`lookups`), and the reading holds for as long as the directory answers them the same.
struct DocumentReading: Sendable {
  /// A committee name the document uses.
  struct CommitteeMention: Hashable, Sendable {
    var name: String
    /// From the minutes' header (else from a quoted decision).
    var isHeader: Bool
  }

  /// The meeting, slimmed (`Register.slim`).
  var meeting: Meeting
  /// The municipality its file names (`Register.municipality(of:)`).
  var town: String
  /// The committee names it uses: the header's, then quoted bodies'.
  var committees: [CommitteeMention]
  /// The meeting days it tells of.
  var calendar: [CalendarEvidence]
  /// The people and organisations it names, in order.
  var people: [PeopleFact]
  /// Its decisions, read; empty until `readDecisions(_:)`. Each belongs to meeting 0 until the
  /// register places the meeting among the others.
  var decisions: [DecisionRecord] = []
  /// What reading the decisions asked the committee directory, and its answers.
  var lookups = CommitteeLookups.Answers()
  /// The decisions were read.
  var isRead = false

  /// A reading of a meeting, the rest to be filled in (a reading the store read back).
  init(meeting: Meeting, town: String) {
    self.meeting = meeting
    self.town = town
    committees = []
    calendar = []
    people = []
  }

  /// Reads what a meeting tells; its decisions are read once the committees are known.
  init(_ m: Meeting) {
    var names: [CommitteeMention] = []
    if !m.committee.isEmpty { names.append(CommitteeMention(name: m.committee, isHeader: true)) }
    for item in m.items {
      for q in item.priorDecisions where !q.body.isEmpty { names.append(CommitteeMention(name: q.body, isHeader: false)) }
    }
    committees = names
    town = Register.municipality(of: m)
    calendar = Register.calendarEvidence(m)
    people = Register.peopleFacts(in: m)
    meeting = Register.slim(m)
  }

  /// Reads the decisions with the committees known (`committees` of every document).
  mutating func readDecisions(_ directory: CommitteeDirectory) {
    var r = Register()
    r.committees = directory
    let log = CommitteeLookups()
    r.committees.lookups = log
    r.meetings = [meeting]
    r.readDecisions()
    decisions = r.decisions
    lookups = log.answers
    isRead = true
  }

  /// Whether the decisions read hold under a directory: it answers what was asked the same.
  func holds(under directory: CommitteeDirectory) -> Bool {
    isRead && directory.answers(as: lookups)
  }
}
