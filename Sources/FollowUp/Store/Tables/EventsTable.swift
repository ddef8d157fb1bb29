import MinutesCore

/// `events`: what the secretariat recorded by hand; never derived, never overwritten.
enum EventsTable {
  static let table = StoreTable(
    "events",
    [
      .init("id", "INTEGER PRIMARY KEY"), .init("target", "TEXT NOT NULL"), .init("kind", "TEXT NOT NULL"),
      .init("value", "TEXT"), .init("actor", "TEXT NOT NULL"), .init("at", "TEXT NOT NULL"),
      .init("recorded", "TEXT NOT NULL"),
    ],
    indexes: [("events_target", "target")])

  /// An event from its row.
  /// - Throws: `DamagedValue` for a kind or a date that does not decode.
  static func read(_ r: StoreRow) throws -> FollowUpEvent {
    let kind = try r.value("kind", as: FollowUpEvent.Kind.self)
    // A due date set by hand is checked when it is recorded; a store that holds another
    // value was changed by someone else.
    if kind == .due { _ = try r.day("value") }
    return FollowUpEvent(
      id: r.int("id"), target: r.text("target"), kind: kind, value: r.optionalText("value"), actor: r.text("actor"),
      at: try r.day("at"), recorded: r.text("recorded"))
  }
}
