/// The shapes of a time of day: `kl. 15.45`, `klokken 10`, `kl. 13.00 - 15.30`, and a time
/// with a colon and no `kl.` (`9:30-11:00`, `- 18:00` after a date).
extension TemporalScan {
  /// `kl. 09:00`, `kl. 15.45`, `klokken 10`, `kl. 13.00 - 15.30`.
  mutating func clock(at j: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    guard let (t, endT, last) = readClock(at: j) else { return nil }
    return (
      make(.time, .time, from: j, to: last, notBefore: notBefore, start: nil, time: t, endTime: endT),
      last + 1
    )
  }

  /// `9:30-11:00`, `12:03`: a time written with a colon, without `kl.`.
  mutating func bareClock(at j: Int, notBefore: Int) -> (TemporalExpression, Int)? {
    // Not the tail of a longer code ("2024.10:30", "3/12:30"); an opening parenthesis may
    // touch it.
    if let p = tok(j - 1), !tokens[j].spaceBefore, p.kind != .punct || p.value != 0x28 {
      return nil
    }
    guard let (t, endT, last) = readColonTime(at: j) else { return nil }
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
    if k.keyword == .kl, isPunct(i, Punct.dot) { i += 1 }
    guard let (t, last) = readTime(at: i) else { return nil }
    var endT: ClockTime?
    var end = last
    if isPunct(last + 1, Punct.dash), let (t2, l2) = readTime(at: last + 2) {
      endT = t2
      end = l2
    }
    return (t, endT, end)
  }

  /// Reads `H:MM[-H:MM]` at `i`: the first time needs its colon; the end time may use a dot.
  func readColonTime(at i: Int) -> (ClockTime, ClockTime?, Int)? {
    guard isPunct(i + 1, Punct.colon), let (t, clockEnd) = readTime(at: i), clockEnd == i + 2 else {
      return nil
    }
    var last = clockEnd
    // "16:30:00": seconds, as a system writes a timestamp; any other third part is no time.
    if isPunct(last + 1, Punct.colon) {
      guard let s = tok(last + 2), s.kind == .number, s.digits == 2, s.value < 60, !s.spaceBefore,
        !tokens[last + 1].spaceBefore
      else { return nil }
      last += 2
    }
    if isPunct(last + 1, Punct.dash), let (t2, l2) = readTime(at: last + 2) {
      var end = l2
      if isPunct(l2 + 1, Punct.colon), let s = tok(l2 + 2), s.kind == .number, s.digits == 2, !s.spaceBefore {
        end = l2 + 2
      }
      return (t, t2, end)
    }
    // "1:00:00 PM": a system's timestamp in English, the hour of twelve.
    if t.hour >= 1, t.hour <= 12, let m = tok(last + 1), m.kind == .word, m.keyword == .am || m.keyword == .pm {
      let hour = m.keyword == .pm ? (t.hour == 12 ? 12 : t.hour + 12) : (t.hour == 12 ? 0 : t.hour)
      return (ClockTime(hour: hour, minute: t.minute) ?? t, nil, last + 1)
    }
    return (t, nil, last)
  }

  /// Reads `HH[:.]MM` or a bare hour at `i`; returns the time and its last token.
  func readTime(at i: Int) -> (ClockTime, Int)? {
    guard let h = tok(i), h.kind == .number, h.digits <= 2 else { return nil }
    if isPunct(i + 1, Punct.colon) || isPunct(i + 1, Punct.dot), let m = tok(i + 2),
      m.kind == .number, m.digits == 2, !m.spaceBefore, !tokens[i + 1].spaceBefore, let t = ClockTime(hour: h.value, minute: m.value)
    {
      return (t, i + 2)
    }
    if let t = ClockTime(hour: h.value, minute: 0), !gluedAfter(i) { return (t, i) }
    return nil
  }
}
