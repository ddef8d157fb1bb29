import MinutesCore

/// `findings`: what the reader and the engine were unsure of, for the review; `key` is stable
/// across imports, so that a confirmation holds.
enum FindingsTable {
  static let table = StoreTable(
    "findings",
    [
      .init("origin", "TEXT NOT NULL"), .init("severity", "TEXT NOT NULL"), .init("code", "TEXT NOT NULL"),
      .init("message", "TEXT NOT NULL"), .init("file", "TEXT NOT NULL"), .init("line", "INTEGER NOT NULL"),
      .init("key", "TEXT NOT NULL"), .init("document", "INTEGER"), .init("position", "INTEGER NOT NULL"),
      .init("action_id", "TEXT"),
    ],
    indexes: [("findings_document", "document"), ("findings_action", "action_id")])

  /// Where a finding comes from.
  enum Origin: String {
    /// The reader, reading a document.
    case read
    /// The engine, about an action.
    case engine
  }

  /// A finding's row; `position` orders the findings of one line (the reader's first, then
  /// the engine's in the order of the actions).
  static func values(_ f: Finding, origin: Origin, document: Int?, position: Int, actionID: String?) -> [SQLValue] {
    [
      .text(origin.rawValue), .text(f.severity.rawValue), .text(f.code), .text(f.message), .text(f.location.file),
      .int(f.location.line), .text(key(f)), .opt(document), .int(position), .opt(actionID),
    ]
  }

  /// The order the review lists findings in.
  static let order = "ORDER BY file, line, origin = 'engine', position"

  /// A finding's stable key, for confirmations that survive re-imports.
  static func key(_ f: Finding) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in (f.code + "|" + f.location.file + "|" + f.message).utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return "F" + String(h, radix: 36)
  }
}
