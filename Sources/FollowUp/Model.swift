import MinutesCore

/// Who is to do an action.
public struct Owner: Hashable, Sendable, Codable {
  /// What the owner is.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// A named person (also a role or spelling resolved to one).
    case person
    /// A role the minutes name but no person could be tied to.
    case role
    /// A unit of the organisation (`HR`, `Økonomi og HR`).
    case unit
    /// A committee or board (`Direktionen`).
    case body
    /// Someone outside the organisation (`BDO`).
    case external
  }

  /// The canonical name: the person, the role's title, the unit or body.
  public var name: String
  /// The kind.
  public var kind: Kind
  /// As written in the sentence.
  public var surface: String
  /// How a role was tied to a person (`item guest`, `only holder`), when it was.
  public var resolvedBy: String?
}

/// Where an action's sentence stands.
public enum ActionSource: String, Hashable, Sendable, Codable {
  /// The meeting's own decision.
  case decision
  /// An earlier decision quoted in the minutes.
  case priorDecision = "prior-decision"
  /// The case text.
  case caseText = "case-text"
}

/// How a due date was found.
public enum DueBasis: String, Hashable, Sendable, Codable {
  /// Written in the sentence.
  case written
  /// The committee's next meeting, known from minutes or a quote.
  case nextMeetingKnown = "next-meeting"
  /// The committee's next meeting, mentioned in the minutes or a plan.
  case nextMeetingMentioned = "next-meeting-mentioned"
  /// The committee's next meeting, guessed from its rhythm.
  case nextMeetingGuessed = "next-meeting-rhythm"
  /// The date of an event the item names (`på budgettemadagen`, the agenda's meeting).
  case event
  /// The date the same decision defers the case to.
  case deferral
  /// No date written and no next meeting known: the deferring meeting plus a default interval.
  case estimated

  /// Where the date comes from, as reports show it.
  public var source: TargetSource {
    switch self {
    case .written, .event, .deferral: return .written
    case .nextMeetingKnown, .nextMeetingMentioned: return .nextKnownMeeting
    case .nextMeetingGuessed, .estimated: return .estimated
    }
  }
}

/// Where a deferral's target or an action's deadline comes from: written, the committee's next
/// known meeting, or estimated (from the committee's rhythm or a default interval).
public enum TargetSource: String, Hashable, Sendable, Codable {
  case written
  case nextKnownMeeting = "next-known-meeting"
  case estimated

  /// The Danish label reports show: `skrevet`, `næste kendte møde`, `anslået`.
  public var label: String {
    switch self {
    case .written: return "skrevet"
    case .nextKnownMeeting: return "næste kendte møde"
    case .estimated: return "anslået"
    }
  }
}

/// The minutes that quote an earlier decision: where an action or deferral read from the quote
/// was found, apart from the decision's own meeting.
public struct QuotingMinutes: Hashable, Sendable, Codable {
  /// The committee of the quoting minutes.
  public var committee: String
  /// Their meeting day.
  public var date: Day
  /// The item that quotes the decision.
  public var item: Int
  /// The file.
  public var source: String
}

/// How the responsible of an action without an owner was inferred.
public enum ResponsibleBasis {
  /// The item's recommender (`Kommunaldirektøren indstiller, at ...`).
  public static let recommender = "recommender"
  /// The body a referral without a named owner goes to (`drøftes i direktionen`).
  public static let referralBody = "referral body"
}

/// An action's state as of a day.
public enum ActionStatus: String, Hashable, Sendable, Codable {
  case open, overdue, done
}

/// A follow-up item: who does what by when, read from a decision.
public struct ActionItem: Hashable, Sendable, Codable {
  /// Stable across re-reading the same minutes.
  public var id: String
  /// The committee whose decision it is.
  public var committee: String
  /// The meeting whose minutes hold the sentence.
  public var meetingDate: Day
  /// The item number in those minutes.
  public var item: Int
  /// Decision, quoted earlier decision or case text.
  public var source: ActionSource
  /// The date of the decision itself (a quoted decision's own date).
  public var decisionDate: Day
  /// The sentence.
  public var sentence: String
  /// The doers; empty when the sentence names none.
  public var owners: [Owner]
  /// The deadline.
  public var due: Day?
  /// The words the deadline was read from.
  public var dueText: String?
  /// How the deadline was found.
  public var dueBasis: DueBasis?
  /// The kind.
  public var kind: ActionKind
  /// The case's key (journal number), when the item has one.
  public var caseKey: String?
  /// The case number as written.
  public var caseNumber: String?
  /// The item's title.
  public var title: String
  /// The item is closed (confidential).
  public var isClosed: Bool
  /// Where the sentence stands.
  public var location: SourceLocation
  /// The day the case came back after this action (the work was taken up), if it did.
  public var settledOn: Day?
  /// Who carries the action out when the sentence names nobody, by the minutes' own evidence
  /// (the item's recommender, `Kommunaldirektøren indstiller`, or the unit the case comes
  /// from); inferred, never written in the sentence, and to be confirmed in the review.
  public var responsible: [Owner] = []
  /// How `responsible` was found (`ResponsibleBasis`).
  public var responsibleBasis: String?

  /// The item number of the decision itself (a quoted decision's own item), when known.
  public var decisionItem: Int?
  /// For an action read from a quoted earlier decision, the minutes that quote it.
  public var quotedIn: QuotingMinutes?

  /// The owners as written, else the inferred responsible: whose list the action is on.
  public var accountable: [Owner] { owners.isEmpty ? responsible : owners }

  /// Where the action was decided, for reports: `Magistraten 2025-08-19 pkt. 9`.
  public var decidedAt: String {
    committee + " " + decisionDate.description + (decisionItem.map { " pkt. \($0)" } ?? "")
  }

  /// The status as of a day, no event recorded by hand: done when settled by then, overdue
  /// when due before it (`ActionState`, the one place statuses are decided).
  public func status(asOf day: Day) -> ActionStatus {
    ActionState.applying([], to: self, asOf: day).status
  }
}

/// A deferral of a case.
public struct Postponement: Hashable, Sendable, Codable {
  /// The case's key.
  public var caseKey: String
  /// The case number as written.
  public var caseNumber: String
  /// The committee that deferred it.
  public var committee: String
  /// The meeting that deferred it (a quoted decision's own date).
  public var meetingDate: Day
  /// The item number at that meeting.
  public var item: Int?
  /// When the case is to come back.
  public var target: Day?
  /// The words the target was read from.
  public var targetText: String?
  /// How the target was found.
  public var targetBasis: DueBasis?
  /// The sentence.
  public var phrase: String
  /// Decision or quoted decision.
  public var source: ActionSource
  /// The item's title.
  public var title: String
  /// Where the sentence stands.
  public var location: SourceLocation
  /// The item is closed.
  public var isClosed: Bool
  /// For a deferral read from a quoted earlier decision, the minutes that quote it.
  public var quotedIn: QuotingMinutes?
  /// The deferred item is not in the minutes (`Sag nr. 7 ... udsættes` where item 7 is not
  /// printed): the case cannot be followed across meetings.
  public var isUnseenItem = false

  /// Where the target comes from (`skrevet`, `næste kendte møde`, `anslået`).
  public var targetSource: TargetSource? { targetBasis?.source }
}

/// One appearance of a case at a meeting.
public struct Appearance: Hashable, Sendable, Codable {
  /// The committee.
  public var committee: String
  /// The meeting day.
  public var date: Day
  /// The item number, when known.
  public var item: Int?
  /// The title there.
  public var title: String?
  /// The decision's outcome there, when known.
  public var outcome: Outcome?
  /// Known from the minutes of that meeting, or only from a quote in later minutes.
  public var isQuoted: Bool
  /// The item has a supplementary case text (work reported back).
  public var hasSupplement: Bool
  /// The item is closed.
  public var isClosed: Bool
  /// The item's heading in its file.
  public var location: SourceLocation?
  /// The appearance is on an agenda (dagsorden): the case is to be taken up that day; the
  /// meeting is not yet held.
  public var isAgenda = false
}

/// A case followed across meetings and committees by its case number.
public struct CaseRecord: Hashable, Sendable, Codable {
  /// The key (the canonical journal number or the opaque number).
  public var key: String
  /// The case number as first written.
  public var caseNumber: String
  /// The titles in the order they were used.
  public var titles: [String]
  /// A standing item (Eventuelt, Lukket, Godkendelse af referat, a recurring status meeting).
  public var isStanding: Bool
  /// The appearances in date order.
  public var appearances: [Appearance]

  /// The latest title.
  public var title: String { titles.last ?? "" }
}
