import MinutesCore

/// What one meeting tells of a case: the item's appearance, or a quoted earlier meeting's.
struct CaseAppearance: Hashable, Sendable {
  /// The case's key.
  var caseKey: String
  /// The case number as this item writes it.
  var caseNumber: String
  /// The municipality of the document that tells it.
  var town: String
  /// The appearance.
  var appearance: Appearance
}
