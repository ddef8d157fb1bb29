import Foundation

/// How minutes announce the body's next meeting: a line or paragraph that opens with `Næste
/// møde`, `Dato for næste møde`, `Næste bestyrelsesmøde` ..., and the first day after the
/// meeting that it (or the line after it) gives. One home for the header (`Næste møde: 9. april
/// 2024` above the items) and for an item on it.
public enum NextMeetingAnnouncement {
  /// The openings that announce the next meeting.
  static let openings = [
    "næste møde", "dato for næste møde", "tidspunkt for næste møde", "næste bestyrelsesmøde", "næste menighedsrådsmøde",
    "næste udvalgsmøde", "næste mødedato", "næste ordinære møde", "næste ordinære udvalgsmøde", "næste ordinære bestyrelsesmøde",
  ]

  /// The first letters of the openings (all ASCII), in both cases.
  static let firstLetters: Set<UInt8> = Set(openings.compactMap(\.utf8.first).flatMap { [$0, $0 & 0xDF] })

  /// Whether a text opens with an announcement (its first words only).
  public static func announces(_ text: String) -> Bool {
    let opened = text.drop(while: { $0 == " " || $0 == "\t" || $0 == "•" || $0 == "-" })
    // Asked of every line: most fail on their first letter.
    guard let f = opened.utf8.first, firstLetters.contains(f) else { return false }
    let l = opened.prefix(48).lowercased()
    if openings.contains(where: { l.hasPrefix($0) }) { return true }
    // "Næste ordinære byrådsmøde:", "Næste kommunalbestyrelsesmøde", "Næste MED-møde": `næste`
    // and a compound of `møde`.
    guard l.hasPrefix("næste ") else { return false }
    var words = l.split(separator: " ").dropFirst()
    if let w = words.first, w == "ordinære" || w == "ordinært" || w == "planlagte" { words = words.dropFirst() }
    guard let w = words.first?.trimmingCharacters(in: CharacterSet(charactersIn: ":,.")) else { return false }
    return w.count > 4 && (w.hasSuffix("møde") || w.hasSuffix("mødedato"))
  }

  /// The first day (with or without a time) after `date` that a text gives.
  public static func day(in text: String, reader: TemporalReader, after date: Day) -> Day? {
    reader.expressions(in: text).first(where: { ($0.kind == .day || $0.kind == .datetime) && ($0.start ?? date) > date })?.start
  }

  /// The next meeting a run of lines announces: the day on an announcing line, or on the line
  /// after it.
  public static func day(inLines lines: [String], after date: Day) -> Day? {
    let reader = TemporalReader(reference: date)
    for (k, line) in lines.enumerated() where line.utf8.count <= 400 {
      // "Forrige møde: 10. november · Næste møde: 19. januar": fields side by side on a line, a
      // middle dot or a bar between them.
      if !announces(line) {
        for part in line.components(separatedBy: " · ").flatMap({ $0.components(separatedBy: " | ") }).dropFirst()
        where announces(part) {
          if let d = day(in: part, reader: reader, after: date) { return d }
        }
        continue
      }
      if let d = day(in: line, reader: reader, after: date) { return d }
      if k + 1 < lines.count, lines[k + 1].utf8.count <= 400, let d = day(in: lines[k + 1], reader: reader, after: date) {
        return d
      }
    }
    return nil
  }
}
