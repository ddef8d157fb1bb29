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

  /// A one-day holiday at `j` (`juleaften`, `grundlovsdag`), after `preposition` (at `from`),
  /// with an optional year: that day; `inden`, `før`, `senest` the day before it; `efter` the four
  /// weeks after. Without a year the next one not before the reference day.
  mutating func namedDay(at j: Int, from: Int, preposition: Keyword, notBefore: Int) -> (TemporalExpression, Int)? {
    let named = tokens[j].namedDay
    var last = j
    var day: Day?
    var inferred = false
    if let y = isYear(j + 1), !gluedAfter(j + 1) {
      day = named.day(inYear: y)
      last = j + 1
    } else {
      inferred = true
      for y in reference.year...(reference.year + 1) {
        if let d = named.day(inYear: y), d >= reference {
          day = d
          break
        }
      }
    }
    guard let d = day else { return nil }
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
    var last = k + 1
    var day: Day?
    var inferred = false
    let offset = 7 * (n.value - 1)
    if let y = isYear(k + 2), !gluedAfter(k + 2) {
      day = NamedDay.firstSundayOfAdvent(year: y)?.adding(days: offset)
      last = k + 2
    } else {
      inferred = true
      for y in reference.year...(reference.year + 1) {
        if let d = NamedDay.firstSundayOfAdvent(year: y)?.adding(days: offset), d >= reference {
          day = d
          break
        }
      }
    }
    guard let d = day else { return nil }
    return (make(.day, .holiday, from: i, to: last, notBefore: notBefore, start: d, inferred: inferred), last + 1)
  }
}
