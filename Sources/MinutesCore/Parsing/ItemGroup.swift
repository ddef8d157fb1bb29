/// The headers that group a meeting's items by what is asked of the body (`Beslutningspunkter:`,
/// `Punkter til drøftelse:`, `Orienteringspunkter:`, `Til efterretning:`), written between two
/// items. A group header is neither an item, nor a section, nor text of the item before it.
enum ItemGroup {
  /// The groups' names, folded (lower case, no colon).
  static let names: Set<String> = {
    var out: Set<String> = []
    for kind in ["beslutning", "drøftelse", "orientering", "efterretning", "godkendelse", "behandling"] {
      out.insert("til " + kind)
      out.insert("punkter til " + kind)
      out.insert("sager til " + kind)
    }
    out.formUnion([
      "beslutningspunkter", "beslutningssager", "drøftelsespunkter", "drøftelsessager", "orienteringspunkter",
      "orienteringssager", "godkendelsespunkter", "meddelelsespunkter", "øvrige punkter", "faste punkter",
    ])
    return out
  }()

  /// Whether a line is written as a group header: a group's name with its colon, or dressed as a
  /// heading. Whether it stands between items is the caller's to tell.
  static func isHeader(_ line: MarkupLine) -> Bool {
    let text = line.text
    guard text.utf8.count <= 40, !line.isTableRow, text.hasSuffix(":") || line.isDressed else { return false }
    return names.contains(SectionHeading.key(text))
  }
}
