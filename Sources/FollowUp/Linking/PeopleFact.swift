import MinutesCore

/// What a document tells about a person or an organisation, as the people directory learns it.
///
/// A document's facts depend on the document alone; the directory is what all documents' facts
/// make, learned in the documents' order.
enum PeopleFact: Hashable, Sendable {
  /// A person named, with a role when one is written with the name.
  case person(name: String, role: String?, evidence: Evidence)
  /// A unit of the organisation or an outside organisation (`fra BDO`).
  case organization(name: String, external: Bool)
}
