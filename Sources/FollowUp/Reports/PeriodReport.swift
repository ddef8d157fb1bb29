import MinutesCore

/// What a status report of a period holds: the meetings held, the actions they laid down,
/// what falls due in the next period, what is overdue, what was deferred twice or more and
/// what was done.
public struct PeriodReport: Sendable {
  /// The period.
  public var period: ReportPeriod
  /// The day statuses are computed for.
  public var asOf: Day
  /// The committee asked for, as the store names it; `nil` for all.
  public var committee: String?
  /// The meetings held in the period.
  public var meetings: [WeeklyMeeting]
  /// Actions laid down at those meetings.
  public var newActions: [ActionView]
  /// Actions due in the next period.
  public var dueNext: [ActionView]
  /// The newest overdue actions.
  public var overdue: [ActionView]
  /// All overdue actions, counted.
  public var overdueTotal: Int
  /// Cases deferred twice or more, still waiting.
  public var deferredTwice: [OpenPostponement]
  /// Actions done in the period.
  public var done: [ActionView]

  /// A period report from the store's weekly report.
  public init(weekly w: WeeklyReport, committee: String? = nil) {
    period = .week(year: w.week.year, week: w.week.week)
    asOf = w.asOf
    self.committee = committee
    meetings = w.meetings
    newActions = w.newActions
    dueNext = w.dueNextWeek
    overdue = w.overdue
    overdueTotal = w.overdueTotal
    deferredTwice = w.deferredTwice
    done = w.done
  }

  /// Creates a report from its parts.
  public init(
    period: ReportPeriod, asOf: Day, committee: String?, meetings: [WeeklyMeeting], newActions: [ActionView],
    dueNext: [ActionView], overdue: [ActionView], overdueTotal: Int, deferredTwice: [OpenPostponement],
    done: [ActionView]
  ) {
    self.period = period
    self.asOf = asOf
    self.committee = committee
    self.meetings = meetings
    self.newActions = newActions
    self.dueNext = dueNext
    self.overdue = overdue
    self.overdueTotal = overdueTotal
    self.deferredTwice = deferredTwice
    self.done = done
  }

  /// Items the period's meetings postponed.
  public var postponedItems: Int { meetings.reduce(0) { $0 + $1.items.filter { $0.outcome == .postponed }.count } }
}
