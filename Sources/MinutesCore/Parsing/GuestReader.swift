/// Reads guest lines: `HR-konsulent Ditte Ågård Pedersen og Konsulent og Arbejdsmiljøleder
/// Alice Ervolder Olesen deltager i mødet kl. 10:30.`
enum GuestReader {
  /// The verbs and what may follow them in a guest sentence.
  static let verbs = ["deltager", "deltog"]
  static let continuations = [
    "i mødet", "i møde", "på mødet", "under punktet", "under dette punkt", "i punktet",
    "i behandlingen", "i drøftelsen", "i dette punkt", "til punktet", "ved punktet",
    "under behandlingen",
  ]

  /// The participants named in one paragraph.
  static func participants(in paragraph: Paragraph) -> [Participant] {
    guard DanishBytes.containsASCII(paragraph.text, "deltag") else { return [] }
    var out: [Participant] = []
    for sentence in SentenceSplitter.sentences(paragraph.text) {
      out.append(contentsOf: participants(inSentence: sentence, line: paragraph.line))
    }
    return out
  }

  static func participants(inSentence sentence: String, line: Int) -> [Participant] {
    let words = sentence.split(separator: " ").map(String.init)
    guard let v = words.firstIndex(where: { verbs.contains($0.lowercased()) }), v > 0 else {
      return []
    }
    let tail = words[(v + 1)...].joined(separator: " ").lowercased()
    guard continuations.contains(where: { tail.hasPrefix($0) }) else { return [] }
    let subject = words[..<v].joined(separator: " ")
    // "Der deltager ..." and "som deltager" are not guest lines with a named subject.
    if let f = subject.first, !f.isUppercase { return [] }
    let time = TemporalReader(reference: Day(year: 2000, month: 1, day: 1)!)
      .expressions(in: tail).first(where: { $0.kind == .time })?.time
    return NameGrammar.mentions(in: subject).compactMap { m in
      guard let name = m.name else { return nil }
      return Participant(
        name: name, role: m.role, organization: m.organization, time: time, line: line)
    }
  }
}
