import MinutesCore

/// A case sent on to another body or unit and not yet decided there.
public struct OpenReferral: Hashable, Sendable, Codable {
  /// The referral action's id.
  public var actionID: String
  /// The case's key, when the item has a case number.
  public var caseKey: String?
  /// The case number as written.
  public var caseNumber: String?
  /// The item's title.
  public var title: String
  /// The committee that sent the case on.
  public var committee: String
  /// The day it was sent on (the deciding meeting).
  public var sentOn: Day
  /// The bodies and units it waits on, as the owners of the referral.
  public var recipients: [Owner]
  /// Days from the referral to the as-of day.
  public var daysWaiting: Int
  /// The item is closed.
  public var isClosed: Bool
  /// Where the referral stands.
  public var location: SourceLocation
}

extension Register {
  /// The cases sent on to another body (`Fremsendes til Teknisk Udvalg til behandling`) that,
  /// as of `day`, no later minutes have decided: the case waits on its recipients (the
  /// referral's owners, else the body it is inferred to go to). Each referral is read through
  /// `ActionState`, as the store's reports read it.
  /// - Parameters:
  ///   - day: The as-of day.
  ///   - recipient: Only the referrals to this body or unit (its name in any spelling), for
  ///     the body's own agenda.
  ///   - includeClosed: Include closed items.
  ///   - events: The events recorded by hand, by action id (a referral marked done no
  ///     longer waits).
  public func openReferrals(
    asOf day: Day, to recipient: String? = nil, includeClosed: Bool = false, events: [String: [FollowUpEvent]] = [:]
  ) -> [OpenReferral] {
    actions.filter { $0.kind == .referral && (includeClosed || !$0.isClosed) }
      .compactMap { ActionState.view($0, events: events[$0.id] ?? [], asOf: day) }
      .filter { v in
        v.status != .done && !v.accountable.isEmpty
          && (recipient.map { r in v.accountable.contains { committees.same($0.name, r) } } ?? true)
      }
      .map { v in
        let a = v.action
        return OpenReferral(
          actionID: a.id, caseKey: a.caseKey, caseNumber: a.caseNumber, title: a.title,
          committee: a.committee, sentOn: a.decisionDate, recipients: v.accountable,
          daysWaiting: a.decisionDate.days(until: day), isClosed: a.isClosed, location: a.location)
      }
      .sorted { ($0.committee, $0.sentOn, $0.title) < ($1.committee, $1.sentOn, $1.title) }
  }
}
