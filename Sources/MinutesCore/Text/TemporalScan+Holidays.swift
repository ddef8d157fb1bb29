/// The shapes of a holiday: `til jul`, `inden jul`, `efter påske`, `efter sommerferien`,
/// `i efterårsferien 2025`.
extension TemporalScan {
  /// A holiday word at `j` after `preposition` (at `from`), with an optional year after it.
  ///
  /// `til`, `på`, `ved`, `omkring` give its first day; `inden`, `før`, `senest` the day before;
  /// `efter` the four weeks after it; `i` (and a written year alone) the holiday itself. Without
  /// a year the holiday is the next one that has not ended by the reference day.
  mutating func holiday(at j: Int, from: Int, preposition: Keyword, notBefore: Int) -> (
    TemporalExpression, Int
  )? {
    let h = tokens[j].holiday
    var last = j
    var span: (start: Day, end: Day)?
    var inferred = false
    if let y = isYear(j + 1), !gluedAfter(j + 1) {
      span = h.span(inYear: y)
      last = j + 1
    } else {
      inferred = true
      // The Christmas holiday that started last December may still run.
      for y in (reference.year - 1)...(reference.year + 1) {
        if let s = h.span(inYear: y), s.end >= reference {
          span = s
          break
        }
      }
    }
    guard let (s, e) = span else { return nil }
    if let r = related(
      start: s, end: e, preposition: preposition, from: from, to: last, notBefore: notBefore,
      inferred: inferred)
    {
      return r
    }
    switch preposition {
    case .til, .paa, .ved, .omkring:
      return (
        make(.day, .holiday, from: from, to: last, notBefore: notBefore, start: s, inferred: inferred),
        last + 1
      )
    default:
      return (
        make(
          s == e ? .day : .period, .holiday, from: from, to: last, notBefore: notBefore, start: s,
          end: e, inferred: inferred), last + 1
      )
    }
  }
}
