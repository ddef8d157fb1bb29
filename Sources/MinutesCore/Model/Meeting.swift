/// One meeting as its minutes (or agenda) tell it: the header and the items.
public struct Meeting: Hashable, Sendable, Codable {
  /// Whether the document is minutes (with decisions) or an agenda (before the meeting).
  public enum DocumentKind: String, Hashable, Sendable, Codable {
    /// Referat, beslutningsprotokol: decisions are recorded.
    case minutes
    /// Dagsorden: the meeting has not been held; items have no decisions yet.
    case agenda
  }

  /// The file the meeting was read from (its name, as given to the reader).
  public var source: String
  /// Minutes or agenda.
  public var kind: DocumentKind
  /// The committee (`Direktionen`, `Medudvalg - Centraladministration`).
  public var committee: String
  /// The meeting day.
  public var date: Day?
  /// When the meeting started (`kl. 09:00`).
  public var startTime: ClockTime?
  /// When the meeting ended, if the header says.
  public var endTime: ClockTime?
  /// Where (`Mødested`).
  public var location: String?
  /// Who attended (`Mødedeltagere`), one name each, joined across line breaks.
  public var attendees: [String]
  /// Who sent apologies (`Afbud`, `Fraværende`).
  public var absentees: [String]
  /// The roles the header gives people, by name, as a lower-case word: `Anne Hansen
  /// (formand)` and `Referent: Janne Dyhr` → formand, referent. Who `Formanden` is at this
  /// meeting.
  public var roles: [String: String] = [:]
  /// The next meeting the header announces (`Næste møde: 9. april 2024`).
  public var nextMeeting: Day?
  /// The items, in the order of the document.
  public var items: [AgendaItem]
  /// What the reader noticed on the way.
  public var findings: [Finding]
  /// Which form each part of the document was read in, with its line (`check --explain`).
  public var layout: [LayoutNote] = []

  /// Creates a meeting.
  public init(
    source: String, kind: DocumentKind = .minutes, committee: String = "", date: Day? = nil,
    startTime: ClockTime? = nil, endTime: ClockTime? = nil, location: String? = nil,
    attendees: [String] = [], absentees: [String] = [], items: [AgendaItem] = [],
    findings: [Finding] = []
  ) {
    self.source = source
    self.kind = kind
    self.committee = committee
    self.date = date
    self.startTime = startTime
    self.endTime = endTime
    self.location = location
    self.attendees = attendees
    self.absentees = absentees
    self.items = items
    self.findings = findings
  }
}

/// Which form the reader read a part of a document in: `udvalg` from `titellinje` at line 1.
public struct LayoutNote: Hashable, Sendable, Codable {
  /// The part (`udvalg`, `dato`, `punkter`, `sagsnummer`), in Danish as `check` prints it.
  public var part: String
  /// The form it was read in (`etiket`, `titellinje`, `filnavn`, `Punkt N: Titel`).
  public var form: String
  /// The line where it was read (1-based).
  public var line: Int

  /// Creates a note.
  public init(part: String, form: String, line: Int) {
    self.part = part
    self.form = form
    self.line = line
  }
}
