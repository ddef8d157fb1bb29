import MinutesCore

/// A sentence or list item of a decision, with the line that introduced its list.
struct DecisionUnit: Hashable, Sendable {
  var text: String
  var isBullet: Bool
  var leadIn: String?
  var line: Int

  static func units(_ paragraphs: [Paragraph]) -> [DecisionUnit] {
    var out: [DecisionUnit] = []
    var leadIn: String?
    // "Forretningsudvalget indstiller," / "at orienteringen tages til efterretning.": a clause
    // the layout broke over two paragraphs is one sentence.
    var joined: [Paragraph] = []
    for p in paragraphs {
      if let last = joined.last, last.style == .text, p.style == .text, last.text.utf8.count <= 200,
        last.text.hasSuffix(",") || (last.text.hasSuffix(":") && last.text.lowercased().hasSuffix("at:")),
        p.text.hasPrefix("at ")
      {
        joined[joined.count - 1].text = last.text + " " + p.text
        continue
      }
      joined.append(p)
    }
    for p in joined {
      if p.style == .bullet {
        // "• Der er inviteret til møde den 5. februar, hvor ... osv. Mikael laver invitationen":
        // a bullet of several sentences is read sentence by sentence; the list's lead-in goes
        // with its first.
        for (k, s) in SentenceSplitter.sentences(p.text).enumerated() {
          out.append(DecisionUnit(text: s, isBullet: true, leadIn: k == 0 ? leadIn : nil, line: p.line))
        }
        continue
      }
      // "Udvalget ønsker:" / "Oversigt over klimatiltag" / "Støjkortlægning": short lines under
      // a lead-in are its list, written without bullets.
      if let lead = leadIn, p.style == .text, p.text.split(separator: " ").count <= 8, !p.text.hasSuffix("."),
        !p.text.hasSuffix(":")
      {
        out.append(DecisionUnit(text: p.text, isBullet: true, leadIn: lead, line: p.line))
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
    /// An earlier meeting's deferral told in the case text (`Sagen er genoptaget fra mødet den
    /// 30. oktober 2017`).
    case caseText = "case-text"
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
  /// What the item's recommendation asks the committee to do with it (`At punktet drøftes`:
  /// discussed; `At orienteringen tages til efterretning`: noted), while the outcome is read;
  /// not stored.
  var requested: Outcome?

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
