/// One pass of the temporal reader over a token array: the token helpers and the dispatch from
/// a token to the shapes that can start at it. The shapes live in `TemporalScan+Days`,
/// `+Periods`, `+Holidays`, `+Relative` and `+Clock`.
///
/// Each shape reads a bounded number of tokens forward from its start, so a pass is linear in
/// the length of the text.
struct TemporalScan {
  let tokens: [WordToken]
  let bytes: UnsafeBufferPointer<UInt8>
  let reference: Day

  /// Byte values of the punctuation the shapes read.
  enum Punct {
    static let dot: UInt8 = 0x2E
    static let comma: UInt8 = 0x2C
    static let dash: UInt8 = 0x2D
    static let slash: UInt8 = 0x2F
    static let colon: UInt8 = 0x3A
  }

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

  /// A four-digit year from 1900 to 2100 at `i`.
  func isYear(_ i: Int) -> Int? {
    guard let t = tok(i), t.kind == .number, t.digits == 4, (1900...2100).contains(t.value) else {
      return nil
    }
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

  /// January 1 and December 31 of a year.
  func wholeYear(_ y: Int) -> (Day, Day) {
    (Day(ordinal: Day.daysFromCivil(y, 1, 1)), Day(ordinal: Day.daysFromCivil(y, 12, 31)))
  }

  /// The first day of a month (`month` 1 to 12).
  func firstOfMonth(_ y: Int, _ month: Int) -> Day { Day(ordinal: Day.daysFromCivil(y, month, 1)) }

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
    } else if isPunct(s - 1, Punct.dot), let p = tok(s - 2), s - 2 >= notBefore, p.kind == .word,
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
    endTime: ClockTime? = nil, inferred: Bool = false, meeting: Bool = false,
    relative: Bool = false
  ) -> TemporalExpression {
    let (s, m) = spanStart(from, notBefore: notBefore)
    return TemporalExpression(
      kind: kind, granularity: g, utf8Range: tokens[s].start..<tokens[to].end, text: text(s, to),
      start: start, end: end ?? start, time: time, endTime: endTime, isYearInferred: inferred,
      mentionsMeeting: m || meeting, isRelative: relative)
  }

  // MARK: dispatch

  /// Tries every shape at token `i`; returns the expression and the index after it.
  mutating func match(at i: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    let t = tokens[i]
    if t.kind == .word {
      if t.weekday != 0 || t.keyword == .den || t.keyword == .d {
        if let r = dayMonth(at: i, notBefore: notBefore) { return r }
        if let r = numericDate(at: i, notBefore: notBefore) { return r }
        if let r = englishDate(at: i, notBefore: notBefore) { return r }
        if t.weekday != 0, let r = weekdayOfWeek(at: i, notBefore: notBefore) { return r }
        if t.weekday != 0, let r = relativeWeekday(at: i, notBefore: notBefore) { return r }
        return nil
      }
      switch t.keyword {
      case .kl, .klokken: return clock(at: i, notBefore: notBefore)
      case .i, .inden, .indenfor, .om, .til, .senest, .fra, .paa, .ved, .efter, .foer, .omkring:
        return prepositional(at: i, notBefore: notBefore)
      case .primo, .medio, .ultimo: return qualified(at: i, from: i, notBefore: notBefore)
      case .foerst, .sidst, .midt: return earlyOrLate(at: i, notBefore: notBefore)
      case .uge, .ugerne: return week(at: i, from: i, notBefore: notBefore)
      case .naeste, .naestkommende, .foerstkommende, .kommende, .det:
        return next(at: i, notBefore: notBefore)
      case .foerste, .andet, .anden, .tredje, .fjerde, .q, .sidste:
        return quarter(at: i, from: i, notBefore: notBefore)
      default: break
      }
      if t.season != 0 {
        return season(at: i, from: i, preposition: .none, notBefore: notBefore, needsYear: true)
      }
      if t.holiday != .none, t.month == 0, isYear(i + 1) != nil {
        return holiday(at: i, from: i, preposition: .none, notBefore: notBefore)
      }
      if t.namedDay != .none { return namedDay(at: i, from: i, preposition: .none, notBefore: notBefore) }
      if t.count != 0, let r = duration(at: i, notBefore: notBefore) { return r }
      if t.month != 0 {
        if let r = englishDate(at: i, notBefore: notBefore) { return r }
        return monthYear(at: i, from: i, notBefore: notBefore, needsYear: true)
      }
      return nil
    }
    if t.kind == .number {
      if let r = numericDate(at: i, notBefore: notBefore) { return r }
      if let r = adventSunday(at: i, notBefore: notBefore) { return r }
      if let r = dayMonth(at: i, notBefore: notBefore) { return r }
      if t.digits == 1, (1...4).contains(t.value), isPunct(i + 1, Punct.dot) {
        if let r = quarter(at: i, from: i, notBefore: notBefore) { return r }
      }
      if let r = bareClock(at: i, notBefore: notBefore) { return r }
      if let r = duration(at: i, notBefore: notBefore) { return r }
    }
    return nil
  }

  /// `i ...`, `inden ...`, `om ...`, `til ...`, `senest ...`, `efter ...`: the shapes that need
  /// a preposition.
  mutating func prepositional(at i: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    let t = tokens[i]
    var j = i + 1
    guard let n = tok(j) else { return nil }
    // "efter", "før" and "omkring" take a holiday or a season; other periods after them are
    // not deadlines ("efter 2025").
    if n.kind == .word, n.namedDay != .none {
      return namedDay(at: j, from: i, preposition: t.keyword, notBefore: notBefore)
    }
    if t.keyword == .efter || t.keyword == .foer || t.keyword == .omkring {
      guard n.kind == .word else { return nil }
      if n.holiday != .none, n.month == 0 || tok(j + 1)?.kind != .number {
        return holiday(at: j, from: i, preposition: t.keyword, notBefore: notBefore)
      }
      if n.season != 0 {
        return season(at: j, from: i, preposition: t.keyword, notBefore: notBefore, needsYear: false)
      }
      return nil
    }
    if t.keyword == .i, n.kind == .word {
      // i dag, i morgen
      if n.keyword == .dag, !gluedAfter(j) {
        return (
          make(.day, .day, from: i, to: j, notBefore: notBefore, start: reference, relative: true),
          j + 1
        )
      }
      if n.keyword == .morgen {
        return (
          make(
            .day, .day, from: i, to: j, notBefore: notBefore, start: reference.adding(days: 1),
            relative: true), j + 1
        )
      }
      // i løbet af X
      if n.keyword == .loebet, isKeyword(j + 1, .af) {
        j += 2
        return periodAfterPreposition(at: j, from: i, preposition: .i, notBefore: notBefore)
      }
      // i år
      if n.keyword == .aar, !gluedAfter(j) {
        let (s, e) = wholeYear(reference.year)
        return (
          make(.period, .year, from: i, to: j, notBefore: notBefore, start: s, end: e, relative: true),
          j + 1
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
    return periodAfterPreposition(at: j, from: i, preposition: t.keyword, notBefore: notBefore)
  }
}
