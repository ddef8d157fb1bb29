import MinutesCore

/// A sentence or list item of a decision, with the line that introduced its list.
struct DecisionUnit: Hashable, Sendable, Codable {
  var text: String
  var isBullet: Bool
  var leadIn: String?
  var line: Int

  static func units(_ paragraphs: [Paragraph]) -> [DecisionUnit] {
    var out: [DecisionUnit] = []
    var leadIn: String?
    for p in paragraphs {
      if p.style == .bullet {
        out.append(DecisionUnit(text: p.text, isBullet: true, leadIn: leadIn, line: p.line))
        continue
      }
      leadIn = nil
      for s in SentenceSplitter.sentences(p.text) {
        out.append(DecisionUnit(text: s, isBullet: false, leadIn: nil, line: p.line))
      }
      if p.text.hasSuffix(":") { leadIn = p.text }
    }
    return out
  }
}

/// One decision: a meeting's own, or one quoted in a later meeting.
public struct DecisionRecord: Sendable {
  /// Own decision, quoted decision, or a `Sagsforløb` entry.
  public enum Source: String, Sendable, Codable {
    case decision
    case priorDecision = "prior-decision"
    case history
  }

  /// The deciding committee.
  public var committee: String
  /// The decision's date.
  public var date: Day
  /// The item number at that meeting.
  public var itemNumber: Int?
  /// The case number of the item.
  public var caseNumber: CaseNumber?
  /// The item's title.
  public var title: String
  /// The outcome.
  public var outcome: Outcome = .none
  /// The source.
  public var source: Source
  /// The meeting whose minutes hold it.
  public var meetingIndex: Int
  /// The item in those minutes.
  public var itemIndex: Int
  /// The quote within the item, for quoted decisions.
  public var quoteIndex: Int?
  var units: [DecisionUnit]
  /// The item is closed.
  public var isClosed: Bool
  /// The item reports back work in a supplementary case text.
  public var hasSupplement: Bool
  /// The line of the decision's heading or quote.
  public var line: Int
  var deferrals: [Deferral] = []
  var candidates: [(Int, ActionCandidate)] = []

  init(
    committee: String, date: Day, itemNumber: Int?, caseNumber: CaseNumber?, title: String,
    source: Source, meetingIndex: Int, itemIndex: Int, quoteIndex: Int?, units: [DecisionUnit],
    isClosed: Bool, hasSupplement: Bool, line: Int
  ) {
    self.committee = committee
    self.date = date
    self.itemNumber = itemNumber
    self.caseNumber = caseNumber
    self.title = title
    self.source = source
    self.meetingIndex = meetingIndex
    self.itemIndex = itemIndex
    self.quoteIndex = quoteIndex
    self.units = units
    self.isClosed = isClosed
    self.hasSupplement = hasSupplement
    self.line = line
  }

  /// The decision's sentences.
  public var sentences: [String] { units.map(\.text) }
}

extension DecisionRecord: Codable {
  enum CodingKeys: String, CodingKey {
    case committee, date, itemNumber, caseNumber, title, outcome, source, itemIndex, quoteIndex, units, isClosed,
      hasSupplement, line, deferrals, candidateUnits, candidates
  }

  /// Decodes a decision read before (`DocumentReading`); it belongs to meeting 0 until linked.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    committee = try c.decode(String.self, forKey: .committee)
    date = try c.decode(Day.self, forKey: .date)
    itemNumber = try c.decodeIfPresent(Int.self, forKey: .itemNumber)
    caseNumber = try c.decodeIfPresent(CaseNumber.self, forKey: .caseNumber)
    title = try c.decode(String.self, forKey: .title)
    outcome = try c.decode(Outcome.self, forKey: .outcome)
    source = try c.decode(Source.self, forKey: .source)
    meetingIndex = 0
    itemIndex = try c.decode(Int.self, forKey: .itemIndex)
    quoteIndex = try c.decodeIfPresent(Int.self, forKey: .quoteIndex)
    units = try c.decode([DecisionUnit].self, forKey: .units)
    isClosed = try c.decode(Bool.self, forKey: .isClosed)
    hasSupplement = try c.decode(Bool.self, forKey: .hasSupplement)
    line = try c.decode(Int.self, forKey: .line)
    deferrals = try c.decode([Deferral].self, forKey: .deferrals)
    let indexes = try c.decode([Int].self, forKey: .candidateUnits)
    let list = try c.decode([ActionCandidate].self, forKey: .candidates)
    guard indexes.count == list.count else {
      throw DecodingError.dataCorruptedError(forKey: .candidates, in: c, debugDescription: "candidates without units")
    }
    candidates = Array(zip(indexes, list))
  }

  /// Encodes the decision with what was read of it (the meeting's index is the linker's).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(committee, forKey: .committee)
    try c.encode(date, forKey: .date)
    try c.encodeIfPresent(itemNumber, forKey: .itemNumber)
    try c.encodeIfPresent(caseNumber, forKey: .caseNumber)
    try c.encode(title, forKey: .title)
    try c.encode(outcome, forKey: .outcome)
    try c.encode(source, forKey: .source)
    try c.encode(itemIndex, forKey: .itemIndex)
    try c.encodeIfPresent(quoteIndex, forKey: .quoteIndex)
    try c.encode(units, forKey: .units)
    try c.encode(isClosed, forKey: .isClosed)
    try c.encode(hasSupplement, forKey: .hasSupplement)
    try c.encode(line, forKey: .line)
    try c.encode(deferrals, forKey: .deferrals)
    try c.encode(candidates.map(\.0), forKey: .candidateUnits)
    try c.encode(candidates.map(\.1), forKey: .candidates)
  }
}
