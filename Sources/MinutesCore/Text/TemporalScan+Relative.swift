/// The shapes counted from the reference day: `næste uge`, `næste møde`, `om 14 dage`,
/// durations (`udsættes 14 dage`) and weekdays (`drøftes igen onsdag`).
extension TemporalScan {
  /// `næste uge`, `næste møde`, `det kommende møde`, `næste måned`, `næste år`.
  mutating func next(at j0: Int, notBefore: Int, from: Int? = nil) -> (TemporalExpression, Int)? {
    var j = j0
    if tokens[j].keyword == .det {
      guard let n = tok(j + 1), n.kind == .word,
        n.keyword == .naeste || n.keyword == .kommende || n.keyword == .foerstkommende
          || n.keyword == .naestkommende || n.keyword == .nye && isKeyword(j + 2, .aar)
      else { return nil }
      j += 1
    }
    guard let n = tok(j + 1), n.kind == .word else { return nil }
    let f = from ?? j0
    // "næste gang": in minutes, the next meeting ("så ser vi på det næste gang").
    let nextTime = n.keyword == .gang && tokens[j].keyword == .naeste && tokens[j0].keyword != .det
    if n.keyword == .moede || n.keyword == .moedet || n.isMeetingCompound || nextTime {
      // "næste møde i Direktionen": the body stays outside the span; callers read it.
      let last = j + 1
      return (
        make(.nextMeeting, .meeting, from: f, to: last, notBefore: notBefore, start: nil, meeting: true),
        last + 1
      )
    }
    guard tokens[j].keyword == .naeste || tokens[j].keyword == .kommende || tokens[j].keyword == .nye else { return nil }
    switch n.keyword {
    case .uge:
      return (
        make(
          .day, .day, from: f, to: j + 1, notBefore: notBefore, start: reference.adding(days: 7),
          relative: true), j + 2
      )
    case .maaned:
      let s = firstOfMonth(reference.year, reference.month).adding(months: 1)
      return (
        make(
          .period, .month, from: f, to: j + 1, notBefore: notBefore, start: s, end: s.endOfMonth,
          relative: true), j + 2
      )
    case .kvartal:
      // "i næste kvartal": the quarter after the reference day's.
      let q = (reference.month - 1) / 3
      let s = firstOfMonth(reference.year, q * 3 + 1).adding(months: 3)
      return (
        make(
          .period, .quarter, from: f, to: j + 1, notBefore: notBefore, start: s, end: s.adding(months: 3).adding(days: -1),
          relative: true), j + 2
      )
    case .aar where tokens[j].keyword == .nye:
      // "i det nye år": early in the next year, as `primo`.
      let (ys, ye) = wholeYear(reference.year + 1)
      let (s, e, g) = part(.primo, of: ys, ye)
      return (make(.period, g, from: f, to: j + 1, notBefore: notBefore, start: s, end: e, relative: true), j + 2)
    case .aar:
      let (s, e) = wholeYear(reference.year + 1)
      return (
        make(.period, .year, from: f, to: j + 1, notBefore: notBefore, start: s, end: e, relative: true),
        j + 2
      )
    default:
      return nil
    }
  }

  /// A count and a unit at `k` (`14 dage`, `tre uger`, `en måned`): the count, the unit and
  /// the unit's index. Counts from another event (`6 måneder efter, at ...`) and ranges
  /// (`1-3 dage`, `1,5 måned`) give nothing.
  func countAndUnit(at k: Int) -> (Int, TemporalWord.Unit, Int)? {
    guard let n = tok(k) else { return nil }
    let count: Int
    if n.kind == .number, n.digits <= 3, !gluedAfter(k) {
      count = n.value
    } else if n.kind == .word, n.count != 0 {
      count = Int(n.count)
    } else {
      return nil
    }
    guard count > 0, let u = tok(k + 1), u.kind == .word, u.unit != .none else { return nil }
    if let p = tok(k - 1), p.kind == .punct, !n.spaceBefore,
      p.value == Int(Punct.dash) || p.value == Int(Punct.comma) || p.value == Int(Punct.dot)
        || p.value == Int(Punct.slash)
    {
      return nil
    }
    if isPunct(k + 1, Punct.dash) { return nil }
    if isKeyword(k + 2, .efter) || isKeyword(k + 2, .foer) {
      // "14 dage efter mødet", "en måned efter udvalgsmødet": counted from this meeting.
      guard isKeyword(k + 2, .efter), let m = tok(k + 3), m.kind == .word,
        m.keyword == .moedet || m.isMeetingCompound
      else { return nil }
      return (count, u.unit, k + 3)
    }
    return (count, u.unit, k + 1)
  }

  /// The day `count` units after the reference day.
  func counted(_ count: Int, _ unit: TemporalWord.Unit) -> Day? {
    switch unit {
    case .day: return reference.adding(days: count)
    case .week: return reference.adding(days: 7 * count)
    case .month: return reference.adding(months: count)
    case .year: return reference.adding(months: 12 * count)
    case .workday:
      var d = reference
      var left = count
      while left > 0 {
        d = d.adding(days: 1)
        if d.weekday <= 5 { left -= 1 }
      }
      return d
    case .none: return nil
    }
  }

  /// `inden for 14 dage`, `om to uger`, `om 3 måneder`: counted from the reference day.
  mutating func relativeSpan(at j: Int, from: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    var k = j
    // "inden for de næste to uger", "inden for de kommende 14 dage".
    if isKeyword(k, .det) || tok(k)?.kind == .word && text(k, k).lowercased() == "de", isKeyword(k + 1, .naeste) || isKeyword(k + 1, .kommende) {
      k += 1
    }
    if isKeyword(k, .naeste) || isKeyword(k, .kommende) { k += 1 }
    guard let (count, unit, last) = countAndUnit(at: k), count <= 400,
      let day = counted(count, unit)
    else { return nil }
    return (
      make(.day, .days, from: from, to: last, notBefore: notBefore, start: day, relative: true),
      last + 1
    )
  }

  /// `udsættes 14 dage`, `en måned`, `3 uger`: a length without a preposition, counted from
  /// the reference day. Years are ages and terms (`fylder 70 år`, `i 10 år`), not durations.
  mutating func duration(at k: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    guard let (count, unit, last) = countAndUnit(at: k), unit != .year, count <= 400,
      let day = counted(count, unit)
    else { return nil }
    // "senest 14 dage efter mødet": the day that many days after the meeting.
    if last == k + 3 {
      return (make(.day, .day, from: k, to: last, notBefore: notBefore, start: day, relative: true), last + 1)
    }
    return (
      make(
        .duration, .days, from: k, to: last, notBefore: notBefore, start: reference, end: day,
        relative: true), last + 1
    )
  }

  /// `på onsdag`, `til fredag`, `drøftes igen onsdag`: the next such weekday after the
  /// reference day. Without a preposition the weekday is a time adverbial only right after a
  /// finite verb (`behandles onsdag`, `mødes torsdag`, `sender fredag`) or an adverb (`igen`,
  /// `ud`, `tilbage`), written in lower case and in its indefinite form: `lukkedag fredag`
  /// names a day, `hver onsdag` and `om mandagen` are habits, and a capitalised weekday opens
  /// a date or a heading.
  mutating func relativeWeekday(at j: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    guard let p = tok(j - 1), p.kind == .word, j - 1 >= notBefore else { return nil }
    let t = tokens[j]
    var from = j
    switch p.keyword {
    case .paa, .til, .senest, .inden:
      break
    case .naeste, .kommende, .foerstkommende, .naestkommende:
      from = j - 1
    default:
      guard !t.isCapitalized, !t.word.isDefinite, p.weekday == 0 else { return nil }
      switch p.keyword {
      case .igen, .allerede, .nu, .ud, .ind, .op, .tilbage, .senere: break
      default: guard endsLikeFiniteVerb(j - 1) else { return nil }
      }
      // A weekday before a date that could not be read is not guessed.
      if let n = tok(j + 1), n.kind == .number || n.keyword == .den || n.keyword == .d {
        return nil
      }
      if let n = tok(j + 1), n.kind == .word, n.weekday != 0 || n.keyword == .og || n.keyword == .eller {
        return nil
      }
    }
    var delta = Int(t.weekday) - reference.weekday
    if delta <= 0 { delta += 7 }
    return (
      make(
        .day, .day, from: from, to: j, notBefore: notBefore, start: reference.adding(days: delta),
        relative: true), j + 1
    )
  }

  /// The word at `i` ends in `-es` or `-er` (a passive or present verb, `behandles`, `sender`)
  /// and is longer than a short word (`der`, `er`, `des`).
  func endsLikeFiniteVerb(_ i: Int) -> Bool {
    let t = tokens[i]
    guard t.kind == .word, t.end - t.start >= 5 else { return false }
    let a = bytes[t.end - 2] | 0x20
    let b = bytes[t.end - 1] | 0x20
    return a == 0x65 && (b == 0x73 || b == 0x72)
  }
}
