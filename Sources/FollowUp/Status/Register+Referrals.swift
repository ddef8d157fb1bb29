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
  /// as of `day`, no later minutes have decided: the case waits on its recipients.
  /// - Parameters:
  ///   - day: The as-of day.
  ///   - recipient: Only the referrals to this body or unit (its name in any spelling), for
  ///     the body's own agenda.
  ///   - includeClosed: Include closed items.
  public func openReferrals(asOf day: Day, to recipient: String? = nil, includeClosed: Bool = false)
    -> [OpenReferral]
  {
    actions.filter { a in
      a.kind == .referral && !a.owners.isEmpty && a.decisionDate <= day && a.status(asOf: day) != .done
        && (includeClosed || !a.isClosed)
        && (recipient.map { r in a.owners.contains { committees.same($0.name, r) } } ?? true)
    }
    .map { a in
      OpenReferral(
        actionID: a.id, caseKey: a.caseKey, caseNumber: a.caseNumber, title: a.title,
        committee: a.committee, sentOn: a.decisionDate, recipients: a.owners,
        daysWaiting: a.decisionDate.days(until: day), isClosed: a.isClosed, location: a.location)
    }
    .sorted { ($0.committee, $0.sentOn, $0.title) < ($1.committee, $1.sentOn, $1.title) }
  }
}
