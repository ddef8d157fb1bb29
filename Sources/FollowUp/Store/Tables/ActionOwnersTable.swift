import MinutesCore

/// `action_owners`: the owners of each action, and the responsible inferred when it names
/// none, one row each, in order; `name_key` is what an owner query looks up.
enum ActionOwnersTable {
  static let table = StoreTable(
    "action_owners",
    [
      .init("action_id", "TEXT NOT NULL"), .init("position", "INTEGER NOT NULL"),
      .init("responsible", "INTEGER NOT NULL"), .init("name", "TEXT NOT NULL"), .init("name_key", "TEXT NOT NULL"),
      .init("kind", "TEXT NOT NULL"), .init("surface", "TEXT NOT NULL"), .init("resolved_by", "TEXT"),
      .init("role_key", "TEXT"),
    ],
    indexes: [
      ("action_owners_key", "name_key, action_id"), ("action_owners_action", "action_id"), ("action_owners_role", "role_key"),
      ("action_owners_kind", "kind, name_key"), ("action_owners_name", "name"),
    ])

  /// The rows of an action's owners then its responsible.
  static func values(_ a: ActionItem) -> [[SQLValue]] {
    let all = a.owners.map { ($0, false) } + a.responsible.map { ($0, true) }
    return all.enumerated().map { i, e in
      let (o, responsible) = e
      return [
        .text(a.id), .int(i), .bool(responsible), .text(o.name), .text(DanishFolding.key(o.name)),
        .text(o.kind.rawValue), .text(o.surface), .opt(o.resolvedBy),
        .opt(o.kind == .role ? PeopleDirectory.roleKey(o.surface.trimming(" .,")) : nil),
      ]
    }
  }

  /// An owner from its row, and whether it is the inferred responsible.
  static func read(_ r: StoreRow) throws -> (actionID: String, owner: Owner, isResponsible: Bool) {
    (
      r.text("action_id"),
      Owner(
        name: r.text("name"), kind: try r.value("kind", as: Owner.Kind.self), surface: r.text("surface"),
        resolvedBy: r.optionalText("resolved_by")),
      r.bool("responsible")
    )
  }
}
