/// The shapes of a written day: a day and a month name, numeric dates with `-`, `.` or `/`,
/// English CMS dates, and lists and ranges of days.
extension TemporalScan {
  /// Skips a weekday and `den`/`d.` in front of a date; returns the index of the day number.
  func skipDatePrefix(_ j: Int) -> Int {
    var i = j
    if let t = tok(i), t.kind == .word, t.weekday != 0 {
      i += 1
      if isPunct(i, Punct.comma) { i += 1 }
    }
    if let t = tok(i), t.kind == .word, t.keyword == .den { i += 1 }
    if let t = tok(i), t.kind == .word, t.keyword == .d, isPunct(i + 1, Punct.dot) { i += 2 }
    return i
  }

  /// `senest 5/4`, `deadline 1/11`, `inden 2/5`, `Deadline for tilføjelse er 15/4`: a deadline
  /// word just before a day/month written without its year (a fraction is not due).
  func deadlineBefore(_ i: Int) -> Bool {
    // "Frist: 15.04.25": the label's colon between.
    if isPunct(i - 1, Punct.colon), i >= 2 { return deadlineBefore(i - 1) }
    guard let p = tok(i - 1), p.kind == .word else { return false }
    if [.senest, .inden, .til, .foer, .frist, .pr, .per, .efter].contains(p.keyword) { return true }
    // "Deadline for tilføjelse er 15/4": the deadline named a few words before.
    for k in max(0, i - 5)..<i {
      if let t = tok(k), t.kind == .word, t.keyword == .frist { return true }
    }
    return false
  }

  /// `Julefrokost 26/11 sammen med ...`, `28/5. Tilmelding ...`: day/month with a slash and no
  /// year, standing alone, where it is no fraction (`1/3`, `3/4`, `24/7`), no page or case
  /// reference (`side 3/12`, `sag 14/12`) and no score between numbers.
  func isBareDayMonth(_ i: Int) -> Bool {
    guard let a = tok(i), let b = tok(i + 2), a.digits <= 2, b.digits <= 2, (1...31).contains(a.value), (1...12).contains(b.value)
    else { return false }
    if a.value < b.value && b.value <= 4 { return false }
    if a.value == 24 && b.value == 7 { return false }
    if let n = tok(i + 3), n.kind == .number { return false }
    if let p = tok(i - 1), p.kind == .word {
      let before = text(i - 1, i - 1).lowercased()
      if ["side", "sag", "sagsnr", "nr", "jnr", "pkt", "punkt", "bilag", "lov", "stk"].contains(before) { return false }
    } else if let p = tok(i - 1), p.kind == .number {
      return false
    }
    return true
  }

  /// Whether the month word at `k` is an abbreviation that needs its dot or a year to be a
  /// month (`mar` and `jan` are words too; `maj`, `juni` and `juli` are whole names).
  func isBareAbbreviation(_ k: Int) -> Bool {
    let t = tokens[k]
    let length = t.end - t.start
    return length <= 4 && t.month != 5 && !((t.month == 6 || t.month == 7) && length == 4)
  }

  /// Reads `N.` / `N .` / `N` followed by a month: returns (day, month token index).
  func dayThenMonth(_ i: Int) -> (Int, Int)? {
    guard let n = tok(i), n.kind == .number, n.digits <= 2, (1...31).contains(n.value) else {
      return nil
    }
    var k = i + 1
    if isPunct(k, Punct.dot) {
      k += 1
    } else if isPunct(k, Punct.dash), k + 1 < tokens.count, tokens[k].start == tokens[i].end,
      tokens[k + 1].start == tokens[k].end
    {
      // "15-maj-2002".
      k += 1
    }
    guard let m = tok(k), m.kind == .word, m.month != 0 else { return nil }
    // "3 mar" is not a date; abbreviations need their dot or a year.
    if isBareAbbreviation(k), !isPunct(k + 1, Punct.dot), isYear(k + 1) == nil { return nil }
    return (n.value, k)
  }

  /// `den 9. oktober 2024`, `2. oktober 2024`, `d. 6. december`, `den 19. -20. september 2024`,
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
      guard isPunct(k + 1, Punct.dot) else { return nil }
      days.append(n.value)
      var next = k + 2
      if isPunct(next, Punct.dash) || isPunct(next, Punct.comma) || isKeyword(next, .og)
        || isKeyword(next, .til)
      {
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
    if isPunct(mi + 1, Punct.dot), tokens[mi].end - tokens[mi].start <= 4 { last = mi + 1 }
    var year: Int?
    if let y = isYear(last + 1), !gluedAfter(last + 1) {
      year = y
      last += 1
    } else if isPunct(last + 1, Punct.comma), let y = isYear(last + 2), !gluedAfter(last + 2) {
      // "20 august, 2019" (a content system's English order, Danish words).
      year = y
      last += 2
    } else if isPunct(last + 1, Punct.dash), let y = isYear(last + 2), !gluedAfter(last + 2),
      tokens[last + 1].end == tokens[last + 2].start
    {
      // "15-maj-2002".
      year = y
      last += 2
    }
    // "20. juni - 14. juli 2024": a range across months; the year written last applies to both.
    var endDay: Day?
    if isPunct(last + 1, Punct.dash) || isKeyword(last + 1, .til),
      let (d2, mi2) = dayThenMonth(last + 2)
    {
      var l2 = mi2
      if isPunct(mi2 + 1, Punct.dot), tokens[mi2].end - tokens[mi2].start <= 4 { l2 = mi2 + 1 }
      var y2 = year
      if let y = isYear(l2 + 1) {
        y2 = y
        l2 += 1
      }
      if let y2 {
        if year == nil { year = Int(tokens[mi2].month) >= month ? y2 : y2 - 1 }
        endDay = Day(year: y2, month: Int(tokens[mi2].month), day: d2)
        if endDay != nil { last = l2 }
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
    let (time, endTime, l) = timeAfter(last)
    last = l
    if lastDay != startDay {
      return (
        make(
          .period, .days, from: j, to: last, notBefore: notBefore, start: startDay, end: lastDay,
          time: time, endTime: endTime, inferred: inferred), last + 1
      )
    }
    return (
      make(
        time == nil ? .day : .datetime, .day, from: j, to: last, notBefore: notBefore,
        start: startDay, time: time, endTime: endTime, inferred: inferred), last + 1
    )
  }

  /// The time after a date at `last` (`, kl. 09:00`, `kl. 18.30 - 20.30`, `- 18:00`), and the
  /// index of its last token (`last` when there is none).
  func timeAfter(_ last: Int) -> (ClockTime?, ClockTime?, Int) {
    var k = last + 1
    if isPunct(k, Punct.comma) { k += 1 }
    if let (t, et, l) = readClock(at: k) { return (t, et, l) }
    // "- 18:00" (an English CMS date), ", 9:30-11:00": a time with its colon.
    if isPunct(last + 1, Punct.dash) || isPunct(last + 1, Punct.comma),
      let (t, et, l) = readColonTime(at: last + 2)
    {
      return (t, et, l)
    }
    return (nil, nil, last)
  }

  /// `bestyrelsesmøde 05.03.24`, `Mødedato: 5/3-24`: a word for a meeting or its day just
  /// before a date (past a colon), where a year in two digits is the date's and not a code's
  /// (`01.02.05` is a subject number of the KLE).
  func meetingWordBefore(_ i: Int) -> Bool {
    var k = i - 1
    if let p = tok(k), p.kind == .punct { k -= 1 }
    guard k >= 0, let w = tok(k), w.kind == .word else { return false }
    let lower = text(k, k).lowercased()
    return ["møde", "mødet", "dato", "referat"].contains { lower.hasSuffix($0) }
  }

  /// A year written in two digits: this century's up to 69, else the last one's.
  static func century(_ yy: Int) -> Int { yy < 70 ? 2000 + yy : 1900 + yy }

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

  /// `04-12-2024`, `1.1.2025`, `d. 16.12.2014`, `02/09/2025`, `2024-10-02`, `2024.04.17`, and
  /// the slash dates `1/11-2024`, `1/11 2024`, `14/12 2005`, `den 30/1 2008`.
  mutating func numericDate(at j: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    let i = skipDatePrefix(j)
    guard let a = tok(i), a.kind == .number, let s1 = tok(i + 1), s1.kind == .punct,
      s1.value == Int(Punct.dash) || s1.value == Int(Punct.dot) || s1.value == Int(Punct.slash),
      !s1.spaceBefore, let b = tok(i + 2), b.kind == .number, !b.spaceBefore, b.digits <= 2
    else { return nil }
    // Part of a longer code such as a journal number or a phone number ("d.1.2.2022": after
    // its prefix a date).
    // "senest1/11": a deadline word a transcript glued to the day is no code.
    if i == j, let p = tok(i - 1), !a.spaceBefore,
      p.kind != .punct || p.value == Int(Punct.dash) || p.value == Int(Punct.dot)
        || p.value == Int(Punct.slash),
      !(p.kind == .word && (p.keyword == .senest || p.keyword == .inden))
    {
      return nil
    }
    var day: Day?
    var last = i + 4
    var inferred = false
    if s1.value == Int(Punct.slash), a.digits <= 2 {
      // Day/month, then the year after "-", "/" or a space; without a year only after
      // "den" or "d." ("1/3 af" is a third).
      if let s2 = tok(i + 3), s2.kind == .punct, !s2.spaceBefore,
        s2.value == Int(Punct.dash) || s2.value == Int(Punct.slash), let c = tok(i + 4),
        c.kind == .number, !c.spaceBefore, c.digits == 4
      {
        // "5/21/2019": no thirteenth month; an English system's month/day/year.
        day = Day(year: c.value, month: b.value, day: a.value)
          ?? (b.value > 12 && s2.value == Int(Punct.slash) ? Day(year: c.value, month: a.value, day: b.value) : nil)
      } else if let s2 = tok(i + 3), s2.kind == .punct, !s2.spaceBefore, s2.value == Int(Punct.dash),
        let c = tok(i + 4), c.kind == .number, !c.spaceBefore, c.digits == 2, !isPunct(i + 5, Punct.slash),
        (1...12).contains(b.value), i > j || deadlineBefore(i) || meetingWordBefore(i)
      {
        // "5/3-24": the year in two digits after the dash.
        day = Day(year: TemporalScan.century(c.value), month: b.value, day: a.value)
      } else if let t = tok(i + 3), t.spaceBefore, let y = isYear(i + 3) {
        day = Day(year: y, month: b.value, day: a.value)
        last = i + 3
      } else if i > j || deadlineBefore(i) || isBareDayMonth(i), !gluedAfter(i + 2), !isPunct(i + 3, Punct.slash),
        (1...12).contains(b.value), !(tok(i + 3).map { $0.kind == .word && $0.keyword == .af } ?? false)
      {
        day = Day(year: nearestYear(month: b.value, day: a.value), month: b.value, day: a.value)
        last = i + 2
        inferred = true
      }
    } else if let s2 = tok(i + 3), s2.kind == .punct, s2.value == s1.value, !s2.spaceBefore,
      let c = tok(i + 4), c.kind == .number, !c.spaceBefore || (s1.value == Int(Punct.dot) && c.digits == 4 && a.digits <= 2)
    {
      // "4.4. 2022": the year after a space.
      if a.digits == 4, c.digits <= 2 {
        day = Day(year: a.value, month: b.value, day: c.value)
      } else if a.digits <= 2, c.digits == 4 {
        day = Day(year: c.value, month: b.value, day: a.value)
      } else if a.digits <= 2, b.digits <= 2, c.digits == 2, !c.spaceBefore, s1.value != Int(Punct.slash),
        (a.digits == 2 && b.digits == 2 && deadlineBefore(i)) || i > j || meetingWordBefore(i)
      {
        // "05.03.24", "05-03-24": day and month written with their zeros, the year in two digits;
        // without the zeros ("Dato: 3.3.21", "den 3.3.21") after a meeting's word or `den`.
        day = Day(year: TemporalScan.century(c.value), month: b.value, day: a.value)
      }
    } else if s1.value == Int(Punct.dot), i > j || deadlineBefore(i), a.digits <= 2, (1...12).contains(b.value),
      (1...31).contains(a.value), tok(i + 3).map({ $0.kind != .number }) ?? true
    {
      // "d. 14.12.", "den 4.11", "senest 1.3": day and month without the year, after `den`, `d.`,
      // a weekday or a deadline word (alone, "4.2." numbers a list's point).
      day = Day(year: nearestYear(month: b.value, day: a.value), month: b.value, day: a.value)
      last = i + 2
      inferred = true
    } else {
      return nil
    }
    if gluedAfter(last) { return nil }
    // "1.2.3.4" is a code, not a date; "1.1.2025-31.12.2025" is a date and another.
    if isPunct(last + 1, UInt8(s1.value)), let n = tok(last + 2), n.kind == .number, !n.spaceBefore {
      return nil
    }
    guard let d = day, (1900...2100).contains(d.year) else { return nil }
    let (time, endTime, l) = timeAfter(last)
    return (
      make(
        time == nil ? .day : .datetime, .day, from: j, to: l, notBefore: notBefore, start: d,
        time: time, endTime: endTime, inferred: inferred), l + 1
    )
  }

  /// `Onsdag, April 3, 2019 - 18:00`, `April 3, 2019`: the month before the day, as English
  /// content systems print a date; the year is required.
  mutating func englishDate(at j: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    var i = j
    if let t = tok(i), t.kind == .word, t.weekday != 0 {
      i += 1
      if isPunct(i, Punct.comma) { i += 1 }
    }
    guard let m = tok(i), m.kind == .word, m.month != 0 else { return nil }
    var k = i + 1
    if isPunct(k, Punct.dot), isBareAbbreviation(i) { k += 1 }
    guard let d = tok(k), d.kind == .number, d.digits <= 2, !gluedAfter(k) else { return nil }
    var l = k + 1
    if isPunct(l, Punct.comma) { l += 1 }
    guard let y = isYear(l), !gluedAfter(l), let day = Day(year: y, month: Int(m.month), day: d.value)
    else { return nil }
    let (time, endTime, last) = timeAfter(l)
    return (
      make(
        time == nil ? .day : .datetime, .day, from: j, to: last, notBefore: notBefore, start: day,
        time: time, endTime: endTime), last + 1
    )
  }
}
