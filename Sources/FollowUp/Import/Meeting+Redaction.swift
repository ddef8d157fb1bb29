import MinutesCore

extension Meeting {
  /// The meeting with its closed (`Lukket`) items cut to what the minutes publish of them:
  /// number, case number and title; their sections, quoted decisions, participants and
  /// recommendation are dropped.
  public func redactingClosedItems() -> Meeting {
    var m = self
    for i in m.items.indices where m.items[i].isClosed {
      m.items[i].sections = []
      m.items[i].priorDecisions = []
      m.items[i].participants = []
      m.items[i].recommendation = nil
    }
    return m
  }
}
