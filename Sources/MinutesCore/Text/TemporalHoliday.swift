/// A Danish holiday or school holiday a deadline can be tied to (`inden jul`, `efter påske`,
/// `efter sommerferien`).
enum Holiday: UInt8, Sendable {
  case none
  /// Juleaften to anden juledag, 24-26 December.
  case christmas
  /// The school Christmas holiday, 21 December to 1 January.
  case christmasHoliday
  /// Nytårsdag, 1 January.
  case newYear
  /// Skærtorsdag to anden påskedag.
  case easter
  /// Pinsedag and anden pinsedag.
  case whitsun
  /// The school winter holiday, ISO week 7.
  case winterHoliday
  /// The school summer holiday, the Saturday of ISO week 26 to the Sunday of week 32.
  case summerHoliday
  /// The school autumn holiday, ISO week 42.
  case autumnHoliday

  /// The first and last day of the holiday that starts in `year` (the Christmas holiday runs
  /// into the next year).
  func span(inYear year: Int) -> (start: Day, end: Day)? {
    switch self {
    case .none:
      return nil
    case .christmas:
      guard let s = Day(year: year, month: 12, day: 24) else { return nil }
      return (s, s.adding(days: 2))
    case .christmasHoliday:
      guard let s = Day(year: year, month: 12, day: 21) else { return nil }
      return (s, s.adding(days: 11))
    case .newYear:
      guard let s = Day(year: year, month: 1, day: 1) else { return nil }
      return (s, s)
    case .easter:
      let e = Holiday.easterSunday(year: year)
      return (e.adding(days: -3), e.adding(days: 1))
    case .whitsun:
      let e = Holiday.easterSunday(year: year)
      return (e.adding(days: 49), e.adding(days: 50))
    case .winterHoliday:
      guard let m = Day.monday(ofISOWeek: 7, year: year) else { return nil }
      return (m, m.adding(days: 6))
    case .summerHoliday:
      guard let m26 = Day.monday(ofISOWeek: 26, year: year),
        let m32 = Day.monday(ofISOWeek: 32, year: year)
      else { return nil }
      return (m26.adding(days: 5), m32.adding(days: 6))
    case .autumnHoliday:
      guard let m = Day.monday(ofISOWeek: 42, year: year) else { return nil }
      return (m, m.adding(days: 6))
    }
  }

  /// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
  static func easterSunday(year y: Int) -> Day {
    let a = y % 19
    let b = y / 100
    let c = y % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return Day(ordinal: Day.daysFromCivil(y, month, day))
  }
}

/// A holiday that is one day, named on its own as the day of an event (`Receptionen juleaften`,
/// `Sankthansaften på stranden`, `til grundlovsdag`).
enum NamedDay: UInt8, Sendable {
  case none
  case christmasEve, christmasDay, newYearsEve, newYearsDay, midsummerEve, constitutionDay
  case maundyThursday, goodFriday, easterSunday, easterMonday, whitSunday, whitMonday, ascensionDay

  /// The day in `year`.
  func day(inYear year: Int) -> Day? {
    let easter = Holiday.easterSunday(year: year)
    switch self {
    case .none: return nil
    case .christmasEve: return Day(year: year, month: 12, day: 24)
    case .christmasDay: return Day(year: year, month: 12, day: 25)
    case .newYearsEve: return Day(year: year, month: 12, day: 31)
    case .newYearsDay: return Day(year: year, month: 1, day: 1)
    case .midsummerEve: return Day(year: year, month: 6, day: 23)
    case .constitutionDay: return Day(year: year, month: 6, day: 5)
    case .maundyThursday: return easter.adding(days: -3)
    case .goodFriday: return easter.adding(days: -2)
    case .easterSunday: return easter
    case .easterMonday: return easter.adding(days: 1)
    case .whitSunday: return easter.adding(days: 49)
    case .whitMonday: return easter.adding(days: 50)
    case .ascensionDay: return easter.adding(days: 39)
    }
  }

  /// The first Sunday of Advent in `year`: the fourth Sunday before Christmas Day.
  static func firstSundayOfAdvent(year: Int) -> Day? {
    guard let christmas = Day(year: year, month: 12, day: 25) else { return nil }
    // Days back from Christmas Day to the Sunday before it (weekday 1 Monday ... 7 Sunday).
    let back = christmas.weekday == 7 ? 7 : christmas.weekday
    return christmas.adding(days: -back - 21)
  }
}
