/// Reads the dates, periods, times and meeting references in Danish text.
///
/// The reader is a hand-written scanner over the UTF-8 bytes (see `WordScanner`): no regular
/// expressions, one pass over the tokens, and a fixed set of sentence shapes:
///
/// - days: `d. 04-12-2024`, `1.1.2025`, `den 9. oktober 2024`, `25 .september 2025`,
///   `Onsdag d. 04. december 2024 kl. 09:00`, `den 5. december` (year from the reference day);
/// - ranges and lists of days: `den 19. -20. september 2024`, `12. og 13. november 2024`;
/// - periods: `i oktober 2024`, `i januar`, `primo 2024`, `ultimo marts`, `første kvartal i 2024`,
///   `i løbet af 2025`, `uge 40-41`, `i efteråret 2024`, `inden udgangen af 2024`;
/// - relative: `næste uge` (a week after the reference day), `i dag`, `i morgen`,
///   `inden for 14 dage`, `om to uger`;
/// - `næste møde` and its kin, a reference to the committee's next meeting;
/// - times: `kl. 15.45`, `kl. 13.00 - 15.30`.
///
/// Numbers that are not dates (`70 år`, `500.000 kr.`, `senest 6 måneder efter ...`) give nothing.
public struct TemporalReader: Sendable {
  /// The day the text was written (a meeting's date); relative expressions and missing years are
  /// read from it.
  public var reference: Day

  /// Creates a reader for text written on `reference`.
  public init(reference: Day) {
    self.reference = reference
  }

  /// All expressions in `text`, in order.
  public func expressions(in text: String) -> [TemporalExpression] {
    var copy = text
    return copy.withUTF8 { buffer in
      var tokens: [WordToken] = []
      tokens.reserveCapacity(64)
      return expressions(in: buffer, tokens: &tokens)
    }
  }

  /// All expressions in UTF-8 `bytes`, using `tokens` as scratch space.
  func expressions(in bytes: UnsafeBufferPointer<UInt8>, tokens: inout [WordToken])
    -> [TemporalExpression]
  {
    WordScanner.scan(bytes, into: &tokens)
    var out: [TemporalExpression] = []
    var scan = Scan(tokens: tokens, bytes: bytes, reference: reference)
    var i = 0
    var lastEnd = 0
    while i < tokens.count {
      if let (expr, next) = scan.match(at: i, notBefore: lastEnd) {
        out.append(expr)
        lastEnd = next
        i = next
      } else {
        i += 1
      }
    }
    return out
  }
}

/// One pass of matching over a token array.
private struct Scan {
  let tokens: [WordToken]
  let bytes: UnsafeBufferPointer<UInt8>
  let reference: Day

  init(tokens: [WordToken], bytes: UnsafeBufferPointer<UInt8>, reference: Day) {
    self.tokens = tokens
    self.bytes = bytes
    self.reference = reference
  }

  // MARK: token helpers

  func tok(_ i: Int) -> WordToken? { i >= 0 && i < tokens.count ? tokens[i] : nil }

  func isPunct(_ i: Int, _ c: UInt8) -> Bool {
    guard let t = tok(i) else { return false }
    return t.kind == .punct && t.value == Int(c)
  }

  func isKeyword(_ i: Int, _ k: Keyword) -> Bool { tok(i)?.keyword == k && tok(i)?.kind == .word }

  func isYear(_ i: Int) -> Int? {
    guard let t = tok(i), t.kind == .number, t.digits == 4, (1900...2100).contains(t.value) else {
      return nil
    }
    // Not part of a larger number or code: "2024.04.17" is handled elsewhere, "2024-2027" is a span.
    return t.value
  }

  /// The token is glued to a letter or digit after it (`2024a`, `15.00.00G07`).
  func gluedAfter(_ i: Int) -> Bool {
    guard let n = tok(i + 1), !n.spaceBefore else { return false }
    return n.kind != .punct
  }

  func text(_ from: Int, _ to: Int) -> String {
    let s = tokens[from].start
    let e = tokens[to].end
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[s..<e]), as: UTF8.self)
  }

  /// Moves the start back over one preposition that belongs to the expression.
  func spanStart(_ i: Int, notBefore: Int) -> (Int, Bool) {
    var s = i
    var meeting = false
    // "mødet den ...", "direktionsmødet den ...": the expression names a meeting.
    if let p = tok(s - 1), s - 1 >= notBefore, p.kind == .word,
      p.keyword == .moedet || p.keyword == .moede || p.isMeetingCompound
    {
      meeting = true
      s -= 1
    }
    if let p = tok(s - 1), s - 1 >= notBefore, p.kind == .word {
      switch p.keyword {
      case .til, .paa, .i, .senest, .inden, .per, .ved, .fra, .indenfor: s -= 1
      default: break
      }
    } else if isPunct(s - 1, 0x2E), let p = tok(s - 2), s - 2 >= notBefore, p.kind == .word,
      p.keyword == .pr
    {
      // "pr. 1. januar 2025": the scanner split the abbreviation's dot off.
      s -= 2
    }
    return (s, meeting)
  }

  func make(
    _ kind: TemporalExpression.Kind, _ g: TemporalExpression.Granularity, from: Int, to: Int,
    notBefore: Int, start: Day?, end: Day? = nil, time: ClockTime? = nil,
    endTime: ClockTime? = nil, inferred: Bool = false, meeting: Bool = false
  ) -> TemporalExpression {
    let (s, m) = spanStart(from, notBefore: notBefore)
    return TemporalExpression(
      kind: kind, granularity: g, utf8Range: tokens[s].start..<tokens[to].end, text: text(s, to),
      start: start, end: end ?? start, time: time, endTime: endTime, isYearInferred: inferred,
      mentionsMeeting: m || meeting)
  }

  // MARK: matching

  /// Tries every shape at token `i`; returns the expression and the index after it.
  mutating func match(at i: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    let t = tokens[i]
    if t.kind == .word {
      if t.weekday != 0 || t.keyword == .den || t.keyword == .d {
        if let r = dayMonth(at: i, notBefore: notBefore) { return r }
        if let r = numericDate(at: i, notBefore: notBefore) { return r }
        if t.weekday != 0, let r = relativeWeekday(at: i, notBefore: notBefore) { return r }
        return nil
      }
      switch t.keyword {
      case .kl, .klokken: return clock(at: i, notBefore: notBefore)
      case .i, .inden, .indenfor, .om, .til, .senest, .fra, .paa:
        return prepositional(at: i, notBefore: notBefore)
      case .primo, .medio, .ultimo: return qualified(at: i, from: i, notBefore: notBefore)
      case .uge, .ugerne: return week(at: i, from: i, notBefore: notBefore)
      case .naeste, .naestkommende, .foerstkommende, .kommende, .det:
        return next(at: i, notBefore: notBefore)
      case .foerste, .andet, .anden, .tredje, .fjerde, .q:
        return quarter(at: i, from: i, notBefore: notBefore)
      case .foraaret, .efteraaret, .sommeren, .vinteren:
        return season(at: i, from: i, notBefore: notBefore, needsYear: true)
      default: break
      }
      if t.month != 0, let r = monthYear(at: i, from: i, notBefore: notBefore, needsYear: true) {
        return r
      }
      return nil
    }
    if t.kind == .number {
      if let r = numericDate(at: i, notBefore: notBefore) { return r }
      if let r = dayMonth(at: i, notBefore: notBefore) { return r }
      if t.digits == 1, (1...4).contains(t.value), isPunct(i + 1, 0x2E) {
        if let r = quarter(at: i, from: i, notBefore: notBefore) { return r }
      }
    }
    return nil
  }

  /// `i ...`, `inden ...`, `om ...`, `til ...`, `senest ...`: the shapes that need a preposition.
  mutating func prepositional(at i: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    let t = tokens[i]
    var j = i + 1
    guard let n = tok(j) else { return nil }
    // i dag, i morgen
    if t.keyword == .i, n.kind == .word {
      if n.keyword == .dag, !gluedAfter(j) {
        return (
          make(.day, .day, from: i, to: j, notBefore: notBefore, start: reference), j + 1
        )
      }
      if n.keyword == .morgen {
        return (
          make(.day, .day, from: i, to: j, notBefore: notBefore, start: reference.adding(days: 1)),
          j + 1
        )
      }
      // i løbet af X
      if n.keyword == .loebet, isKeyword(j + 1, .af) {
        j += 2
        if let r = periodAfterPreposition(at: j, from: i, notBefore: notBefore) { return r }
        return nil
      }
      // i år
      if n.keyword == .aar, !gluedAfter(j) {
        let y = reference.year
        return (
          make(
            .period, .year, from: i, to: j, notBefore: notBefore, start: Day(year: y, month: 1, day: 1),
            end: Day(year: y, month: 12, day: 31)), j + 1
        )
      }
    }
    // inden for / indenfor N dage|uger|måneder; om N uger
    if t.keyword == .inden, n.keyword == .for_ { j += 1 }
    if t.keyword == .inden || t.keyword == .indenfor || t.keyword == .om {
      if let r = relativeSpan(at: j, from: i, notBefore: notBefore) { return r }
    }
    // inden (udgangen|slutningen) af ...
    if let r = partOf(at: j, from: i, notBefore: notBefore) { return r }
    if let r = periodAfterPreposition(at: j, from: i, notBefore: notBefore) { return r }
    return nil
  }

  /// The period shapes that may follow `i`, `til`, `inden`, `i løbet af`.
  mutating func periodAfterPreposition(at j: Int, from: Int, notBefore: Int) -> (
    TemporalExpression, Int
  )? {
    guard let n = tok(j) else { return nil }
    if let y = isYear(j), !gluedAfter(j), !isPunct(j + 1, 0x2D) || tok(j + 2)?.kind != .number {
      return (
        make(
          .period, .year, from: from, to: j, notBefore: notBefore,
          start: Day(year: y, month: 1, day: 1), end: Day(year: y, month: 12, day: 31)), j + 1
      )
    }
    if n.kind == .word {
      if n.month != 0, n.keyword != .jul || tok(j + 1)?.kind == .number {
        return monthYear(at: j, from: from, notBefore: notBefore, needsYear: false)
      }
      switch n.keyword {
      case .primo, .medio, .ultimo: return qualified(at: j, from: from, notBefore: notBefore)
      case .uge, .ugerne: return week(at: j, from: from, notBefore: notBefore)
      case .foerste, .andet, .anden, .tredje, .fjerde, .q:
        return quarter(at: j, from: from, notBefore: notBefore)
      case .foraaret, .foraar, .sommeren, .sommer, .efteraaret, .efteraar, .vinteren, .vinter:
        return season(at: j, from: from, notBefore: notBefore, needsYear: false)
      case .naeste, .kommende:
        return next(at: j, notBefore: notBefore, from: from)
      case .jul, .julen:
        if n.keyword == .jul, tok(j + 1)?.kind == .number { return nil }
        var y = reference.year
        if let d = Day(year: y, month: 12, day: 24), d < reference.adding(days: -31) { y += 1 }
        return (
          make(.day, .day, from: from, to: j, notBefore: notBefore, start: Day(year: y, month: 12, day: 24)),
          j + 1
        )
      default: break
      }
    }
    if n.kind == .number, n.digits == 1, (1...4).contains(n.value), isPunct(j + 1, 0x2E) {
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
    if let y = isYear(k) {
      base = (Day(year: y, month: 1, day: 1)!, Day(year: y, month: 12, day: 31)!, k)
    } else if target.kind == .word, target.keyword == .aaret || target.keyword == .aar {
      let y = reference.year
      base = (Day(year: y, month: 1, day: 1)!, Day(year: y, month: 12, day: 31)!, k)
    } else if target.kind == .word, target.keyword == .maaneden {
      let c = reference.components
      let s = Day(year: c.year, month: c.month, day: 1)!
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

  /// The early, middle or late part of a period.
  func part(_ which: Keyword, of s: Day, _ e: Day) -> (Day, Day, TemporalExpression.Granularity) {
    let length = s.days(until: e) + 1
    if length <= 31 {
      let c = s.components
      switch which {
      case .primo: return (s, Day(year: c.year, month: c.month, day: 10)!, .partOfMonth)
      case .medio: return (Day(year: c.year, month: c.month, day: 11)!, Day(year: c.year, month: c.month, day: 20)!, .partOfMonth)
      default: return (Day(year: c.year, month: c.month, day: 21)!, e, .partOfMonth)
      }
    }
    let y = s.year
    switch which {
    case .primo: return (s, Day(year: y, month: 3, day: 31)!, .partOfYear)
    case .medio: return (Day(year: y, month: 5, day: 1)!, Day(year: y, month: 8, day: 31)!, .partOfYear)
    default: return (Day(year: y, month: 10, day: 1)!, e, .partOfYear)
    }
  }

  /// `primo 2024`, `ultimo marts`, `medio oktober 2025`.
  mutating func qualified(at j: Int, from: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    let which = tokens[j].keyword
    let k = j + 1
    guard let target = tok(k) else { return nil }
    if let y = isYear(k) {
      let (s, e, g) = part(which, of: Day(year: y, month: 1, day: 1)!, Day(year: y, month: 12, day: 31)!)
      return (make(.period, g, from: from, to: k, notBefore: notBefore, start: s, end: e), k + 1)
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
    if isPunct(k + 1, 0x2E), tokens[k].end - tokens[k].start <= 4 { last = k + 1 }
    // "maj måned"
    if isKeyword(last + 1, .maaned) { last += 1 }
    if let y = isYear(last + 1), !gluedAfter(last + 1) {
      let s = Day(year: y, month: m, day: 1)
      return (s, s?.endOfMonth, last + 1, false)
    }
    if needsYear { return (nil, nil, k, false) }
    let r = reference.components
    let y = m >= r.month ? r.year : r.year + 1
    let s = Day(year: y, month: m, day: 1)
    return (s, s?.endOfMonth, last, true)
  }

  /// `oktober 2024` (needs the year unless a preposition came first).
  mutating func monthYear(at k: Int, from: Int, notBefore: Int, needsYear: Bool) -> (
    TemporalExpression, Int
  )? {
    // Abbreviations only with their dot or a year: "mar" and "jan" are words too.
    let t = tokens[k]
    let isAbbrev = t.end - t.start <= 4 && t.month != 5 && !(t.month == 6 && t.end - t.start == 4)
      && !(t.month == 7 && t.end - t.start == 4)
    if isAbbrev, !isPunct(k + 1, 0x2E), isYear(k + 1) == nil { return nil }
    let (s, e, last, inferred) = monthPeriod(at: k, needsYear: needsYear)
    guard let s, let e else { return nil }
    return (
      make(.period, .month, from: from, to: last, notBefore: notBefore, start: s, end: e, inferred: inferred),
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
    case .q:
      guard let d = tok(j + 1), d.kind == .number, !d.spaceBefore, (1...4).contains(d.value) else {
        return nil
      }
      n = d.value
      k = j + 2
      guard let y = isYear(k) else { return nil }
      let s = Day(year: y, month: (n - 1) * 3 + 1, day: 1)!
      return (
        make(.period, .quarter, from: from, to: k, notBefore: notBefore, start: s, end: s.adding(months: 3).adding(days: -1)),
        k + 1
      )
    default:
      if t.kind == .number, isPunct(j + 1, 0x2E) {
        n = t.value
        k = j + 2
      } else {
        return nil
      }
    }
    guard let unit = tok(k), unit.kind == .word else { return nil }
    let isHalf = unit.keyword == .halvaar || unit.keyword == .halvaaret
    guard unit.keyword == .kvartal || unit.keyword == .kvt || isHalf else { return nil }
    if isHalf, n > 2 { return nil }
    var last = k
    if unit.keyword == .kvt, isPunct(k + 1, 0x2E) { last = k + 1 }
    var year: Int?
    var inferred = false
    if (isKeyword(last + 1, .i) || isKeyword(last + 1, .af)), let y = isYear(last + 2) {
      year = y
      last += 2
    } else if let y = isYear(last + 1) {
      year = y
      last += 1
    }
    let months = isHalf ? 6 : 3
    if year == nil {
      inferred = true
      var y = reference.year
      let end = Day(year: y, month: n * months, day: 1)!.endOfMonth
      if end < reference { y += 1 }
      year = y
    }
    let s = Day(year: year!, month: (n - 1) * months + 1, day: 1)!
    return (
      make(
        .period, isHalf ? .halfYear : .quarter, from: from, to: last, notBefore: notBefore, start: s,
        end: s.adding(months: months).adding(days: -1), inferred: inferred), last + 1
    )
  }

  /// `foråret 2024`, `i efteråret`.
  mutating func season(at j: Int, from: Int, notBefore: Int, needsYear: Bool) -> (
    TemporalExpression, Int
  )? {
    let k = tokens[j].keyword
    let startMonth: Int
    switch k {
    case .foraaret, .foraar: startMonth = 3
    case .sommeren, .sommer: startMonth = 6
    case .efteraaret, .efteraar: startMonth = 9
    default: startMonth = 12
    }
    var last = j
    var year: Int?
    if let y = isYear(j + 1) {
      year = y
      last = j + 1
    }
    if year == nil && needsYear { return nil }
    var inferred = false
    if year == nil {
      inferred = true
      // The season nearest the reference day.
      let y0 = reference.year
      var best = y0
      var bestDistance = Int.max
      for y in [y0 - 1, y0, y0 + 1] {
        let s = Day(year: y, month: startMonth, day: 1)!
        let e = s.adding(months: 3).adding(days: -1)
        let d = reference < s ? reference.days(until: s) : (reference > e ? e.days(until: reference) : 0)
        if d < bestDistance {
          bestDistance = d
          best = y
        }
      }
      year = best
    }
    let s = Day(year: year!, month: startMonth, day: 1)!
    return (
      make(
        .period, .season, from: from, to: last, notBefore: notBefore, start: s,
        end: s.adding(months: 3).adding(days: -1), inferred: inferred), last + 1
    )
  }

  /// `uge 40`, `uge 40-41`, `ugerne 2-4`, `uge 41 2024`.
  mutating func week(at j: Int, from: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    guard let a = tok(j + 1), a.kind == .number, a.digits <= 2, (1...53).contains(a.value),
      !gluedAfter(j + 1) || isPunct(j + 2, 0x2D)
    else { return nil }
    var last = j + 1
    var endWeek = a.value
    if isPunct(j + 2, 0x2D) || isKeyword(j + 2, .og), let b = tok(j + 3), b.kind == .number,
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
      make(.period, .week, from: from, to: last, notBefore: notBefore, start: s, end: e0.adding(days: 6), inferred: inferred),
      last + 1
    )
  }

  /// `næste uge`, `næste møde`, `det kommende møde`, `næste måned`, `næste år`.
  mutating func next(at j0: Int, notBefore: Int, from: Int? = nil) -> (TemporalExpression, Int)? {
    var j = j0
    if tokens[j].keyword == .det {
      guard let n = tok(j + 1), n.kind == .word,
        n.keyword == .naeste || n.keyword == .kommende || n.keyword == .foerstkommende
          || n.keyword == .naestkommende
      else { return nil }
      j += 1
    }
    guard let n = tok(j + 1), n.kind == .word else { return nil }
    let f = from ?? j0
    if n.keyword == .moede || n.keyword == .moedet || n.isMeetingCompound {
      // "næste møde i Direktionen": the body stays outside the span; callers read it.
      let last = j + 1
      return (
        make(.nextMeeting, .meeting, from: f, to: last, notBefore: notBefore, start: nil, meeting: true),
        last + 1
      )
    }
    guard tokens[j].keyword == .naeste || tokens[j].keyword == .kommende else { return nil }
    switch n.keyword {
    case .uge:
      return (
        make(.day, .day, from: f, to: j + 1, notBefore: notBefore, start: reference.adding(days: 7)),
        j + 2
      )
    case .maaned:
      let c = reference.components
      let s = Day(year: c.year, month: c.month, day: 1)!.adding(months: 1)
      return (
        make(.period, .month, from: f, to: j + 1, notBefore: notBefore, start: s, end: s.endOfMonth),
        j + 2
      )
    case .aar:
      let y = reference.year + 1
      return (
        make(
          .period, .year, from: f, to: j + 1, notBefore: notBefore, start: Day(year: y, month: 1, day: 1),
          end: Day(year: y, month: 12, day: 31)), j + 2
      )
    default:
      return nil
    }
  }

  /// `inden for 14 dage`, `om to uger`, `om 3 måneder`: counted from the reference day.
  mutating func relativeSpan(at j: Int, from: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    var k = j
    if isKeyword(k, .naeste) { k += 1 }
    guard let n = tok(k) else { return nil }
    let count: Int
    if n.kind == .number, n.digits <= 3 {
      count = n.value
    } else if n.kind == .word, let v = Scan.numberWord(bytes, n) {
      count = v
    } else {
      return nil
    }
    guard let unit = tok(k + 1), unit.kind == .word else { return nil }
    // "... 6 måneder efter, at ..." counts from an event we do not know.
    if isKeyword(k + 2, .efter) || isKeyword(k + 2, .foer) { return nil }
    let day: Day
    switch unit.keyword {
    case .dag, .dage: day = reference.adding(days: count)
    case .uge, .uger: day = reference.adding(days: 7 * count)
    case .maaned, .maaneder: day = reference.adding(months: count)
    default: return nil
    }
    if count == 0 { return nil }
    return (make(.day, .days, from: from, to: k + 1, notBefore: notBefore, start: day), k + 2)
  }

  static func numberWord(_ bytes: UnsafeBufferPointer<UInt8>, _ t: WordToken) -> Int? {
    let w = String(decoding: UnsafeBufferPointer(rebasing: bytes[t.start..<t.end]), as: UTF8.self)
      .lowercased()
    switch w {
    case "en", "et": return 1
    case "to": return 2
    case "tre": return 3
    case "fire": return 4
    case "fem": return 5
    case "seks": return 6
    case "otte": return 8
    case "ti": return 10
    case "fjorten": return 14
    default: return nil
    }
  }

  /// `på onsdag`, `til fredag`: the next such weekday after the reference day.
  mutating func relativeWeekday(at j: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    guard let p = tok(j - 1), p.kind == .word,
      p.keyword == .paa || p.keyword == .til || p.keyword == .naeste || p.keyword == .senest
    else { return nil }
    let wd = Int(tokens[j].weekday)
    var delta = wd - reference.weekday
    if delta <= 0 { delta += 7 }
    if p.keyword == .naeste, delta < 7 { delta += 0 }
    return (
      make(.day, .day, from: j, to: j, notBefore: notBefore, start: reference.adding(days: delta)),
      j + 1
    )
  }

  /// `kl. 09:00`, `kl. 15.45`, `klokken 10`, `kl. 13.00 - 15.30`.
  mutating func clock(at j: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    guard let (t, endT, last) = readClock(at: j) else { return nil }
    return (
      make(.time, .time, from: j, to: last, notBefore: notBefore, start: nil, time: t, endTime: endT),
      last + 1
    )
  }

  /// Reads `kl. HH[:.]MM[ - HH[:.]MM]` at `j` (the `kl` token).
  func readClock(at j: Int) -> (ClockTime, ClockTime?, Int)? {
    guard let k = tok(j), k.kind == .word, k.keyword == .kl || k.keyword == .klokken else {
      return nil
    }
    var i = j + 1
    if k.keyword == .kl, isPunct(i, 0x2E) { i += 1 }
    guard let (t, last) = readTime(at: i) else { return nil }
    var endT: ClockTime?
    var end = last
    if isPunct(last + 1, 0x2D), let (t2, l2) = readTime(at: last + 2) {
      endT = t2
      end = l2
    }
    return (t, endT, end)
  }

  func readTime(at i: Int) -> (ClockTime, Int)? {
    guard let h = tok(i), h.kind == .number, h.digits <= 2 else { return nil }
    if isPunct(i + 1, 0x3A) || isPunct(i + 1, 0x2E), let m = tok(i + 2), m.kind == .number,
      m.digits == 2, !m.spaceBefore, !tokens[i + 1].spaceBefore, let t = ClockTime(hour: h.value, minute: m.value)
    {
      return (t, i + 2)
    }
    if let t = ClockTime(hour: h.value, minute: 0), !gluedAfter(i) { return (t, i) }
    return nil
  }

  /// Skips a weekday and `den`/`d.` in front of a date; returns the index of the day number.
  func skipDatePrefix(_ j: Int) -> Int {
    var i = j
    if let t = tok(i), t.kind == .word, t.weekday != 0 {
      i += 1
      if isPunct(i, 0x2C) { i += 1 }
    }
    if let t = tok(i), t.kind == .word, t.keyword == .den { i += 1 }
    if let t = tok(i), t.kind == .word, t.keyword == .d, isPunct(i + 1, 0x2E) { i += 2 }
    return i
  }

  /// Reads `N.` / `N .` / `N` followed by a month: returns (day, month token index).
  func dayThenMonth(_ i: Int) -> (Int, Int)? {
    guard let n = tok(i), n.kind == .number, n.digits <= 2, (1...31).contains(n.value) else {
      return nil
    }
    var k = i + 1
    if isPunct(k, 0x2E) { k += 1 }
    guard let m = tok(k), m.kind == .word, m.month != 0 else { return nil }
    // "3 mar" is not a date; abbreviations need their dot or a year.
    if m.end - m.start <= 4, m.month != 5, !isPunct(k + 1, 0x2E), isYear(k + 1) == nil,
      !(m.month == 6 || m.month == 7) || m.end - m.start < 4
    {
      return nil
    }
    return (n.value, k)
  }

  /// `den 9. oktober 2024`, `2. oktober 2024`, `den 19. -20. september 2024`,
  /// `12. og 13. november 2024`, `Onsdag d. 04. december 2024 kl. 09:00`.
  mutating func dayMonth(at j: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    let i = skipDatePrefix(j)
    guard let first = tok(i), first.kind == .number, first.digits <= 2 else { return nil }
    // Collect a list or range of day numbers before the month: "19. -20.", "12. og 13.",
    // "15., 23. og 29.".
    var days: [Int] = []
    var k = i
    var firstMonthIndex: Int?
    while let n = tok(k), n.kind == .number, n.digits <= 2, (1...31).contains(n.value) {
      if let (d, mi) = dayThenMonth(k) {
        days.append(d)
        firstMonthIndex = mi
        break
      }
      // A bare day number needs its dot to be part of a list.
      guard isPunct(k + 1, 0x2E) else { return nil }
      days.append(n.value)
      var next = k + 2
      if isPunct(next, 0x2D) {
        next += 1
      } else if isPunct(next, 0x2C) {
        next += 1
      } else if isKeyword(next, .og) || isKeyword(next, .til) {
        next += 1
      } else {
        return nil
      }
      k = next
      if days.count > 6 { return nil }
    }
    guard let mi = firstMonthIndex else { return nil }
    let month = Int(tokens[mi].month)
    var last = mi
    if isPunct(mi + 1, 0x2E), tokens[mi].end - tokens[mi].start <= 4 { last = mi + 1 }
    var year: Int?
    if let y = isYear(last + 1), !gluedAfter(last + 1) {
      year = y
      last += 1
    }
    // "20. juni - 14. juli 2024": a range across months; the year written last applies to both.
    var endDay: Day?
    if isPunct(last + 1, 0x2D) || isKeyword(last + 1, .til), let (d2, mi2) = dayThenMonth(last + 2) {
      var l2 = mi2
      if isPunct(mi2 + 1, 0x2E), tokens[mi2].end - tokens[mi2].start <= 4 { l2 = mi2 + 1 }
      var y2 = year
      if let y = isYear(l2 + 1) {
        y2 = y
        l2 += 1
      }
      if let y2 {
        if year == nil { year = Int(tokens[mi2].month) >= month ? y2 : y2 - 1 }
        endDay = Day(year: y2, month: Int(tokens[mi2].month), day: d2)
        if endDay != nil {
          last = l2
        }
      }
    }
    var inferred = false
    if year == nil {
      inferred = true
      year = nearestYear(month: month, day: days.last ?? 1)
    }
    guard let y = year, let startDay = Day(year: y, month: month, day: days[0]) else { return nil }
    let lastDay: Day
    if let endDay {
      lastDay = endDay
    } else {
      guard let d = Day(year: y, month: month, day: days[days.count - 1]) else { return nil }
      lastDay = d
    }
    guard lastDay >= startDay else { return nil }
    // A time may follow: "kl. 09:00".
    var time: ClockTime?
    var endTime: ClockTime?
    var k2 = last + 1
    if isPunct(k2, 0x2C) { k2 += 1 }
    if let (t, et, l) = readClock(at: k2) {
      time = t
      endTime = et
      last = l
    }
    if lastDay != startDay {
      return (
        make(.period, .days, from: j, to: last, notBefore: notBefore, start: startDay, end: lastDay, time: time, endTime: endTime, inferred: inferred),
        last + 1
      )
    }
    return (
      make(
        time == nil ? .day : .datetime, .day, from: j, to: last, notBefore: notBefore, start: startDay,
        time: time, endTime: endTime, inferred: inferred), last + 1
    )
  }

  /// The year that puts day/month nearest the reference day.
  func nearestYear(month: Int, day: Int) -> Int {
    let y0 = reference.year
    var best = y0
    var bestDistance = Int.max
    for y in [y0 - 1, y0, y0 + 1] {
      guard let d = Day(year: y, month: month, day: min(day, Day.daysIn(month: month, year: y)))
      else { continue }
      let dist = abs(reference.days(until: d))
      if dist < bestDistance {
        bestDistance = dist
        best = y
      }
    }
    return best
  }

  /// `04-12-2024`, `1.1.2025`, `02/09/2025`, `2024-10-02`, `2024.04.17`.
  mutating func numericDate(at j: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    let i = skipDatePrefix(j)
    guard let a = tok(i), a.kind == .number, let s1 = tok(i + 1), s1.kind == .punct,
      s1.value == 0x2D || s1.value == 0x2E || s1.value == 0x2F, !s1.spaceBefore,
      let b = tok(i + 2), b.kind == .number, !b.spaceBefore, b.digits <= 2,
      let s2 = tok(i + 3), s2.kind == .punct, s2.value == s1.value, !s2.spaceBefore,
      let c = tok(i + 4), c.kind == .number, !c.spaceBefore
    else { return nil }
    // Part of a longer code such as a journal number or a phone number.
    if gluedAfter(i + 4) { return nil }
    if let p = tok(i - 1), !a.spaceBefore, p.kind != .punct || p.value == 0x2D || p.value == 0x2E || p.value == 0x2F {
      return nil
    }
    if isPunct(i + 5, UInt8(s1.value)), let n = tok(i + 6), n.kind == .number, !n.spaceBefore { return nil }
    var day: Day?
    if a.digits == 4, c.digits <= 2 {
      day = Day(year: a.value, month: b.value, day: c.value)
    } else if a.digits <= 2, c.digits == 4 {
      day = Day(year: c.value, month: b.value, day: a.value)
    }
    guard let d = day, (1900...2100).contains(d.year) else { return nil }
    var last = i + 4
    var time: ClockTime?
    var endTime: ClockTime?
    var k = last + 1
    if isPunct(k, 0x2C) { k += 1 }
    if let (t, et, l) = readClock(at: k) {
      time = t
      endTime = et
      last = l
    }
    return (
      make(time == nil ? .day : .datetime, .day, from: j, to: last, notBefore: notBefore, start: d, time: time, endTime: endTime),
      last + 1
    )
  }
}
