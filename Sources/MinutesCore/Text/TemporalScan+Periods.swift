/// The shapes of a period: years, months, parts of them, quarters, half years, seasons and
/// weeks.
extension TemporalScan {
  /// The period shapes that may follow `i`, `til`, `inden`, `i løbet af` (`preposition`).
  mutating func periodAfterPreposition(
    at j: Int, from: Int, preposition: Keyword, notBefore: Int
  ) -> (TemporalExpression, Int)? {
    guard let n = tok(j) else { return nil }
    if let y = isYear(j), !gluedAfter(j), !isPunct(j + 1, Punct.dash) || tok(j + 2)?.kind != .number {
      let (s, e) = wholeYear(y)
      return (make(.period, .year, from: from, to: j, notBefore: notBefore, start: s, end: e), j + 1)
    }
    if n.kind == .word {
      // "jul" alone is Christmas; with a number after it, July.
      if n.month != 0, n.holiday == .none || tok(j + 1)?.kind == .number {
        return monthYear(at: j, from: from, notBefore: notBefore, needsYear: false)
      }
      if n.season != 0 {
        return season(at: j, from: from, preposition: preposition, notBefore: notBefore, needsYear: false)
      }
      if n.holiday != .none {
        return holiday(at: j, from: from, preposition: preposition, notBefore: notBefore)
      }
      switch n.keyword {
      case .primo, .medio, .ultimo: return qualified(at: j, from: from, notBefore: notBefore)
      case .uge, .ugerne: return week(at: j, from: from, notBefore: notBefore)
      case .foerste, .andet, .anden, .tredje, .fjerde, .q, .sidste:
        return quarter(at: j, from: from, notBefore: notBefore)
      case .aarets:
        return yearsPart(at: j, from: from, notBefore: notBefore)
      case .naeste, .kommende, .det:
        return next(at: j, notBefore: notBefore, from: from)
      default: break
      }
    }
    if n.kind == .number, n.digits == 1, (1...4).contains(n.value), isPunct(j + 1, Punct.dot) {
      return quarter(at: j, from: from, notBefore: notBefore)
    }
    return nil
  }

  /// `udgangen af 2024`, `slutningen af marts`, `starten af 2025`, `midten af året`.
  mutating func partOf(at j: Int, from: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    guard let n = tok(j), n.kind == .word, isKeyword(j + 1, .af) else { return nil }
    let which: Keyword
    switch n.keyword {
    case .udgangen, .slutningen: which = .ultimo
    case .starten, .begyndelsen: which = .primo
    case .midten: which = .medio
    default: return nil
    }
    let k = j + 2
    guard let target = tok(k) else { return nil }
    var base: (Day, Day, Int)?
    if let (y, last) = yearPhrase(at: k) {
      let (s, e) = wholeYear(y)
      base = (s, e, last)
    } else if target.kind == .word, target.keyword == .maaneden {
      let s = firstOfMonth(reference.year, reference.month)
      base = (s, s.endOfMonth, k)
    } else if target.kind == .word, target.month != 0 {
      let (s, e, last, _) = monthPeriod(at: k, needsYear: false)
      if let s, let e { base = (s, e, last) }
    }
    guard let (s, e, last) = base else { return nil }
    let (ps, pe, g) = part(which, of: s, e)
    if n.keyword == .udgangen {
      return (make(.day, .day, from: from, to: last, notBefore: notBefore, start: e), last + 1)
    }
    return (make(.period, g, from: from, to: last, notBefore: notBefore, start: ps, end: pe), last + 1)
  }

  /// `2025`, `året`, `næste år`, `det nye år`, `det kommende år`: a year and the index of its
  /// last token.
  func yearPhrase(at k: Int) -> (Int, Int)? {
    if let y = isYear(k) { return (y, k) }
    guard let t = tok(k), t.kind == .word else { return nil }
    if t.keyword == .aaret || t.keyword == .aar { return (reference.year, k) }
    var j = k
    if t.keyword == .det { j += 1 }
    guard let n = tok(j), n.kind == .word, n.keyword == .naeste || n.keyword == .kommende || n.keyword == .nye,
      isKeyword(j + 1, .aar) || isKeyword(j + 1, .aaret), !gluedAfter(j + 1)
    else { return nil }
    return (reference.year + 1, j + 1)
  }

  /// `årets udgang`, `årets slutning`, `årets start`: the end or the start of this year.
  mutating func yearsPart(at j: Int, from: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    guard isKeyword(j, .aarets), let n = tok(j + 1), n.kind == .word else { return nil }
    let (s, e) = wholeYear(reference.year)
    switch n.keyword {
    case .udgangen, .slutningen:
      return (make(.day, .day, from: from, to: j + 1, notBefore: notBefore, start: e), j + 2)
    case .starten, .begyndelsen:
      let (ps, pe, g) = part(.primo, of: s, e)
      return (make(.period, g, from: from, to: j + 1, notBefore: notBefore, start: ps, end: pe), j + 2)
    default: return nil
    }
  }

  /// The early, middle or late part of a period: of a month the days 1-10, 11-20, 21-end; of a
  /// year January-March, May-August, October-December.
  func part(_ which: Keyword, of s: Day, _ e: Day) -> (Day, Day, TemporalExpression.Granularity) {
    let length = s.days(until: e) + 1
    if length <= 31 {
      switch which {
      case .primo: return (s, s.adding(days: 9), .partOfMonth)
      case .medio: return (s.adding(days: 10), s.adding(days: 19), .partOfMonth)
      default: return (s.adding(days: 20), e, .partOfMonth)
      }
    }
    let y = s.year
    switch which {
    case .primo: return (s, firstOfMonth(y, 4).adding(days: -1), .partOfYear)
    case .medio: return (firstOfMonth(y, 5), firstOfMonth(y, 9).adding(days: -1), .partOfYear)
    default: return (firstOfMonth(y, 10), e, .partOfYear)
    }
  }

  /// `først i det nye år`, `sidst i november`, `midt i marts 2025`: the early, late or middle
  /// part of a month or a year, as `primo`, `ultimo`, `medio`.
  mutating func earlyOrLate(at j: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    guard isKeyword(j + 1, .i), let n = tok(j + 2), n.kind == .word || isYear(j + 2) != nil else { return nil }
    let which: Keyword = tokens[j].keyword == .foerst ? .primo : tokens[j].keyword == .sidst ? .ultimo : .medio
    var base: (Day, Day, Int, Bool)?
    if let (y, last) = yearPhrase(at: j + 2) {
      let (s, e) = wholeYear(y)
      base = (s, e, last, false)
    } else if n.month != 0, n.holiday == .none || tok(j + 3)?.kind == .number {
      let (s, e, last, inferred) = monthPeriod(at: j + 2, needsYear: false)
      if let s, let e { base = (s, e, last, inferred) }
    } else if n.keyword == .maaneden {
      let s = firstOfMonth(reference.year, reference.month)
      base = (s, s.endOfMonth, j + 2, false)
    }
    guard let (s, e, last, inferred) = base else { return nil }
    let (ps, pe, g) = part(which, of: s, e)
    return (make(.period, g, from: j, to: last, notBefore: notBefore, start: ps, end: pe, inferred: inferred), last + 1)
  }

  /// `primo 2024`, `ultimo marts`, `medio oktober 2025`.
  mutating func qualified(at j: Int, from: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    let which = tokens[j].keyword
    let k = j + 1
    guard let target = tok(k) else { return nil }
    if let (y, last) = yearPhrase(at: k), target.keyword != .aar {
      let (ys, ye) = wholeYear(y)
      let (s, e, g) = part(which, of: ys, ye)
      return (make(.period, g, from: from, to: last, notBefore: notBefore, start: s, end: e), last + 1)
    }
    if target.kind == .word, target.month != 0 {
      let (ms, me, last, inferred) = monthPeriod(at: k, needsYear: false)
      guard let ms, let me else { return nil }
      let (s, e, g) = part(which, of: ms, me)
      return (
        make(.period, g, from: from, to: last, notBefore: notBefore, start: s, end: e, inferred: inferred),
        last + 1
      )
    }
    return nil
  }

  /// A month name with an optional year; without one, the next such month from the reference.
  func monthPeriod(at k: Int, needsYear: Bool) -> (Day?, Day?, Int, Bool) {
    let m = Int(tokens[k].month)
    var last = k
    // "jan." and the like keep their dot.
    if isPunct(k + 1, Punct.dot), tokens[k].end - tokens[k].start <= 4 { last = k + 1 }
    // "maj måned"
    if isKeyword(last + 1, .maaned) { last += 1 }
    if let y = isYear(last + 1), !gluedAfter(last + 1) {
      let s = Day(year: y, month: m, day: 1)
      return (s, s?.endOfMonth, last + 1, false)
    }
    if needsYear { return (nil, nil, k, false) }
    let y = m >= reference.month ? reference.year : reference.year + 1
    let s = Day(year: y, month: m, day: 1)
    return (s, s?.endOfMonth, last, true)
  }

  /// `oktober 2024` (needs the year unless a preposition came first), `til mødet i februar`.
  mutating func monthYear(at k: Int, from: Int, notBefore: Int, needsYear: Bool) -> (
    TemporalExpression, Int
  )? {
    // Abbreviations only with their dot or a year: "mar" and "jan" are words too.
    if isBareAbbreviation(k), !isPunct(k + 1, Punct.dot), isYear(k + 1) == nil { return nil }
    let (s, e, last, inferred) = monthPeriod(at: k, needsYear: needsYear)
    guard let s, let e else { return nil }
    return (
      make(
        .period, .month, from: from, to: last, notBefore: notBefore, start: s, end: e, inferred: inferred,
        meeting: tokens[k].isMeetingCompound),
      last + 1
    )
  }

  /// `første kvartal i 2024`, `1. kvartal 2024`, `Q3 2025`, `andet halvår 2025`.
  mutating func quarter(at j: Int, from: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    let t = tokens[j]
    var n = 0
    var k = j + 1
    switch t.keyword {
    case .foerste: n = 1
    case .andet, .anden: n = 2
    case .tredje: n = 3
    case .fjerde: n = 4
    // "sidste kvartal", "sidste halvår": the last of the year's.
    case .sidste: n = 0
    case .q:
      guard let d = tok(j + 1), d.kind == .number, !d.spaceBefore, (1...4).contains(d.value) else {
        return nil
      }
      n = d.value
      k = j + 2
      guard let y = isYear(k) else { return nil }
      let s = firstOfMonth(y, (n - 1) * 3 + 1)
      return (
        make(
          .period, .quarter, from: from, to: k, notBefore: notBefore, start: s,
          end: s.adding(months: 3).adding(days: -1)), k + 1
      )
    default:
      guard t.kind == .number, isPunct(j + 1, Punct.dot) else { return nil }
      n = t.value
      k = j + 2
    }
    guard let unit = tok(k), unit.kind == .word else { return nil }
    let isHalf = unit.keyword == .halvaar || unit.keyword == .halvaaret
    guard unit.keyword == .kvartal || unit.keyword == .kvt || isHalf else { return nil }
    if isHalf, n > 2 { return nil }
    if n == 0 { n = isHalf ? 2 : 4 }
    var last = k
    if unit.keyword == .kvt, isPunct(k + 1, Punct.dot) { last = k + 1 }
    var year: Int?
    var inferred = false
    if isKeyword(last + 1, .i) || isKeyword(last + 1, .af), let y = isYear(last + 2) {
      year = y
      last += 2
    } else if let y = isYear(last + 1) {
      year = y
      last += 1
    }
    let months = isHalf ? 6 : 3
    let y: Int
    if let year {
      y = year
    } else {
      inferred = true
      let end = firstOfMonth(reference.year, n * months).endOfMonth
      y = end < reference ? reference.year + 1 : reference.year
    }
    let s = firstOfMonth(y, (n - 1) * months + 1)
    return (
      make(
        .period, isHalf ? .halfYear : .quarter, from: from, to: last, notBefore: notBefore, start: s,
        end: s.adding(months: months).adding(days: -1), inferred: inferred), last + 1
    )
  }

  /// `foråret 2024`, `i efteråret` (the nearest), `til foråret` (the next that has not
  /// ended), `inden sommeren` (the day before it), `efter sommeren` (the four weeks after it).
  mutating func season(
    at j: Int, from: Int, preposition: Keyword, notBefore: Int, needsYear: Bool
  ) -> (TemporalExpression, Int)? {
    let startMonth = Int(tokens[j].season)
    var last = j
    var year: Int?
    if let y = isYear(j + 1) {
      year = y
      last = j + 1
    }
    if year == nil && needsYear { return nil }
    var inferred = false
    if year == nil, preposition == .til || preposition == .inden || preposition == .foer
      || preposition == .senest || preposition == .efter
    {
      // A deadline looks ahead: the season that has not ended by the reference day.
      inferred = true
      let y0 = reference.year
      year = firstOfMonth(y0, startMonth).adding(months: 3) > reference ? y0 : y0 + 1
    }
    if year == nil {
      inferred = true
      // The season nearest the reference day.
      let y0 = reference.year
      var best = y0
      var bestDistance = Int.max
      for y in [y0 - 1, y0, y0 + 1] {
        let s = firstOfMonth(y, startMonth)
        let e = s.adding(months: 3).adding(days: -1)
        let d = reference < s ? reference.days(until: s) : (reference > e ? e.days(until: reference) : 0)
        if d < bestDistance {
          bestDistance = d
          best = y
        }
      }
      year = best
    }
    let s = firstOfMonth(year ?? reference.year, startMonth)
    let e = s.adding(months: 3).adding(days: -1)
    if let r = related(start: s, end: e, preposition: preposition, from: from, to: last, notBefore: notBefore, inferred: inferred) {
      return r
    }
    return (
      make(.period, .season, from: from, to: last, notBefore: notBefore, start: s, end: e, inferred: inferred),
      last + 1
    )
  }

  /// A period seen through a preposition that moves it: `inden`, `før`, `senest` give the day
  /// before it, `efter` the four weeks after it; `nil` for the others.
  func related(
    start: Day, end: Day, preposition: Keyword, from: Int, to last: Int, notBefore: Int, inferred: Bool
  ) -> (TemporalExpression, Int)? {
    switch preposition {
    case .inden, .foer, .senest:
      return (
        make(
          .day, .day, from: from, to: last, notBefore: notBefore, start: start.adding(days: -1),
          inferred: inferred), last + 1
      )
    case .efter:
      let s = end.adding(days: 1)
      return (
        make(
          .period, .days, from: from, to: last, notBefore: notBefore, start: s, end: s.adding(days: 27),
          inferred: inferred), last + 1
      )
    default:
      return nil
    }
  }

  /// `fredag i uge 45`, `mandag i uge 2 2025`: that day of the week.
  mutating func weekdayOfWeek(at j: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    guard isKeyword(j + 1, .i), isKeyword(j + 2, .uge), let (w, next) = week(at: j + 2, from: j, notBefore: notBefore),
      let monday = w.start, w.end == monday.adding(days: 6)
    else { return nil }
    let day = monday.adding(days: Int(tokens[j].weekday) - 1)
    return (
      make(.day, .day, from: j, to: next - 1, notBefore: notBefore, start: day, inferred: w.isYearInferred), next
    )
  }

  /// `uge 40`, `uge 40-41`, `ugerne 2-4`, `uge 41 2024`.
  mutating func week(at j: Int, from: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    guard let a = tok(j + 1), a.kind == .number, a.digits <= 2, (1...53).contains(a.value),
      !gluedAfter(j + 1) || isPunct(j + 2, Punct.dash)
    else { return nil }
    var last = j + 1
    var endWeek = a.value
    if isPunct(j + 2, Punct.dash) || isKeyword(j + 2, .og), let b = tok(j + 3), b.kind == .number,
      b.digits <= 2, b.value > a.value, b.value <= 53
    {
      endWeek = b.value
      last = j + 3
    }
    var year: Int
    var inferred = false
    if let y = isYear(last + 1) {
      year = y
      last += 1
    } else {
      inferred = true
      // The ISO year that puts the week nearest the reference day.
      let ry = reference.isoWeek.year
      year = ry
      var best = Int.max
      for y in [ry - 1, ry, ry + 1] {
        guard let m = Day.monday(ofISOWeek: a.value, year: y) else { continue }
        let d = abs(reference.days(until: m))
        if d < best {
          best = d
          year = y
        }
      }
    }
    guard let s = Day.monday(ofISOWeek: a.value, year: year),
      let e0 = Day.monday(ofISOWeek: endWeek, year: year)
    else { return nil }
    return (
      make(
        .period, .week, from: from, to: last, notBefore: notBefore, start: s, end: e0.adding(days: 6),
        inferred: inferred), last + 1
    )
  }
}
