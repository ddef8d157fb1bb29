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
    guard let (s, e, last, inferred) = occurrence(yearAt: j + 1, h.span(inYear:)) else { return nil }
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

  /// A one-day holiday at `j` (`juleaften`, `grundlovsdag`), after `preposition` (at `from`),
  /// with an optional year: that day; `inden`, `før`, `senest` the day before it; `efter` the four
  /// weeks after. Without a year the next one not before the reference day.
  mutating func namedDay(at j: Int, from: Int, preposition: Keyword, notBefore: Int) -> (TemporalExpression, Int)? {
    let named = tokens[j].namedDay
    guard let (d, _, last, inferred) = occurrence(yearAt: j + 1, { y in named.day(inYear: y).map { ($0, $0) } }) else {
      return nil
    }
    if let r = related(start: d, end: d, preposition: preposition, from: from, to: last, notBefore: notBefore, inferred: inferred) {
      return r
    }
    return (make(.day, .holiday, from: from, to: last, notBefore: notBefore, start: d, inferred: inferred), last + 1)
  }

  /// `1. søndag i advent`, `2. søn. i advent 2024`: a Sunday of Advent.
  mutating func adventSunday(at i: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    guard let n = tok(i), n.kind == .number, (1...4).contains(n.value), n.digits == 1, isPunct(i + 1, Punct.dot),
      let w = tok(i + 2), w.kind == .word, w.weekday == 7
    else { return nil }
    var k = i + 3
    if isPunct(k, Punct.dot) { k += 1 }
    guard isKeyword(k, .i), let a = tok(k + 1), a.kind == .word, a.word.isAdvent else { return nil }
    let offset = 7 * (n.value - 1)
    guard
      let (d, _, last, inferred) = occurrence(yearAt: k + 2, { y in
        NamedDay.firstSundayOfAdvent(year: y).map { ($0.adding(days: offset), $0.adding(days: offset)) }
      })
    else { return nil }
    return (make(.day, .holiday, from: i, to: last, notBefore: notBefore, start: d, inferred: inferred), last + 1)
  }

  /// A yearly day or span (`span` of a year) in the year written at `yearAt`, else the next one
  /// that has not ended by the reference day (one that started last year may still run); its
  /// start, end, the index of the expression's last token and whether the year was inferred.
  func occurrence(yearAt k: Int, _ span: (Int) -> (start: Day, end: Day)?) -> (Day, Day, Int, Bool)? {
    if let y = isYear(k), !gluedAfter(k) {
      guard let (s, e) = span(y) else { return nil }
      return (s, e, k, false)
    }
    for y in (reference.year - 1)...(reference.year + 1) {
      if let (s, e) = span(y), e >= reference { return (s, e, k - 1, true) }
    }
    return nil
  }
}
