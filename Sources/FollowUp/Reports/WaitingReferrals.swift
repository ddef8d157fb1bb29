import MinutesCore

/// The cases sent on to another body and waiting there, as a report lists them: all, or the
/// newest few of each sending committee with how many wait in all.
public struct WaitingReferrals: Sendable {
  /// The referrals listed, by sending committee, the longest waiting first.
  public var shown: [OpenReferral]
  /// How many wait, by sending committee.
  public var totals: [String: Int]
  /// The most listed of one sending committee (its newest); `nil` when all are listed.
  public var limit: Int?

  /// Creates the list.
  public init(shown: [OpenReferral], totals: [String: Int], limit: Int?) {
    self.shown = shown
    self.totals = totals
    self.limit = limit
  }

  /// Every referral listed.
  public init(all: [OpenReferral]) {
    var totals: [String: Int] = [:]
    for r in all { totals[r.committee, default: 0] += 1 }
    self.init(shown: all, totals: totals, limit: nil)
  }

  /// How many wait, all committees together.
  public var total: Int { totals.values.reduce(0, +) }

  /// Whether some are counted and not listed.
  public var isCut: Bool { total > shown.count }
}
