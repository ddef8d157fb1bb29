import MinutesCore

/// What the draft agenda of a committee's meeting holds: the list the head of the secretariat
/// makes by hand before every meeting. Built by `Store.agenda(committee:meeting:asOf:)`,
/// written by `Reports.agenda(_:)`.
public struct AgendaDraft: Sendable {
  /// A case that was postponed and is due back at this meeting (or overdue).
  public struct Return: Sendable {
    /// The open postponement.
    public var postponement: OpenPostponement
    /// The item number of the latest deferral, when known.
    public var lastItem: Int?
  }

  /// The committee, as the store names it.
  public var committee: String
  /// The meeting day.
  public var date: Day
  /// How the day is known (its minutes or agenda, a plan, a mention, the rhythm); `nil` for a
  /// day given on the command line that the store knows nothing of.
  public var dateBasis: MeetingBasis?
  /// The committee's following meeting, when known: what falls due before it belongs here.
  public var followingMeeting: Day?
  /// The day the draft is made as of (by default the day before the meeting).
  public var asOf: Day
  /// Postponed cases due back, oldest first.
  public var returns: [Return]
  /// Cases another committee sent to this one, still waiting.
  public var referrals: [OpenReferral]
  /// Open actions due at this meeting (or before the following one).
  public var promised: [ActionView]
  /// The newest open actions of the committee that are overdue (at most
  /// `Reports.agendaOverdueLimit`), oldest due day first.
  public var overdue: [ActionView]
  /// How many of the committee's open actions are overdue, shown or not.
  public var overdueTotal: Int
  /// Presentations planned for the meeting (`v/ Navn`).
  public var presentations: [ActionView]
  /// The committee's standing items, in their usual order.
  public var standing: [String]

  /// Creates a draft from its parts.
  public init(
    committee: String, date: Day, dateBasis: MeetingBasis?, followingMeeting: Day?, asOf: Day, returns: [Return],
    referrals: [OpenReferral], promised: [ActionView], overdue: [ActionView], overdueTotal: Int? = nil, presentations: [ActionView],
    standing: [String]
  ) {
    self.committee = committee
    self.date = date
    self.dateBasis = dateBasis
    self.followingMeeting = followingMeeting
    self.asOf = asOf
    self.returns = returns
    self.referrals = referrals
    self.promised = promised
    self.overdue = overdue
    self.overdueTotal = max(overdueTotal ?? 0, overdue.count)
    self.presentations = presentations
    self.standing = standing
  }
}
