/// One item (`Punkt N`) of a meeting.
public struct AgendaItem: Hashable, Sendable, Codable {
  /// The item number as printed (it may run through the year: 131, 178).
  public var number: Int
  /// The title, without `Lukket:` and formatting.
  public var title: String
  /// A closed (`Lukket`) item: confidential, shown nowhere unless asked for.
  public var isClosed: Bool
  /// The case number under the title, when there is one.
  public var caseNumber: CaseNumber?
  /// The item's sections in document order.
  public var sections: [Section]
  /// The recommendation (`Indstilling`), when the item has one.
  public var recommendation: Recommendation?
  /// Earlier decisions quoted in the item.
  public var priorDecisions: [QuotedDecision]
  /// Guests who take part for this item (`X deltager i mødet kl. 10:00`).
  public var participants: [Participant]
  /// The attachments (`Bilag`), one a line.
  public var attachments: [String]
  /// People the item's minutes list as absent (`Fraværende: X`, `Afbud: Y` under the decision).
  public var absentees: [String] = []
  /// A closed item whose text was not read (the default): only number, title and case number.
  public var isRedacted = false
  /// A closed item's decision when it is only a formula (`Godkendt.`, `Indstillingen tiltrådt.`,
  /// `Taget til efterretning.`): kept to tell the item's outcome, never shown. Nil for open items
  /// and for a closed decision of more words.
  public var closedFormula: String?
  /// The line of the item's heading.
  public var line: Int
  /// The last line of the item.
  public var lastLine: Int

  /// Creates an item.
  public init(
    number: Int, title: String, isClosed: Bool = false, caseNumber: CaseNumber? = nil,
    sections: [Section] = [], recommendation: Recommendation? = nil,
    priorDecisions: [QuotedDecision] = [], participants: [Participant] = [],
    attachments: [String] = [], line: Int = 0, lastLine: Int = 0
  ) {
    self.number = number
    self.title = title
    self.isClosed = isClosed
    self.caseNumber = caseNumber
    self.sections = sections
    self.recommendation = recommendation
    self.priorDecisions = priorDecisions
    self.participants = participants
    self.attachments = attachments
    self.line = line
    self.lastLine = lastLine
  }

  /// The sections of a kind.
  public func sections(_ kind: Section.Kind) -> [Section] { sections.filter { $0.kind == kind } }

  /// The decision's paragraphs (all `Beslutning` sections), or empty when there is none.
  public var decision: [Paragraph] { sections(.decision).flatMap(\.paragraphs) }

  /// True when the item has a decision section with text.
  public var hasDecision: Bool { !decision.isEmpty }
}

/// A recommendation: who recommends and the points (`- At ...`).
public struct Recommendation: Hashable, Sendable, Codable {
  /// Who recommends (`Kommunaldirektøren`), when the minutes say.
  public var recommender: String?
  /// The points, without their `At` bullet.
  public var points: [String]

  /// Creates a recommendation.
  public init(recommender: String? = nil, points: [String] = []) {
    self.recommender = recommender
    self.points = points
  }
}

/// A guest who takes part in a meeting for an item.
public struct Participant: Hashable, Sendable, Codable {
  /// The person's name as written.
  public var name: String
  /// The role written before or after the name (`HR-konsulent`), when any.
  public var role: String?
  /// An organisation named with `fra` (`fra BDO`) or after a comma (`, Velfærdssekretariatet`).
  public var organization: String?
  /// When the guest joins (`kl. 10:30`).
  public var time: ClockTime?
  /// Where the sentence stands.
  public var line: Int

  /// Creates a participant.
  public init(
    name: String, role: String? = nil, organization: String? = nil, time: ClockTime? = nil,
    line: Int = 0
  ) {
    self.name = name
    self.role = role
    self.organization = organization
    self.time = time
    self.line = line
  }
}
