import MinutesCore
import Testing

@testable import FollowUp

/// Dates and weeks as people type them, read relative to today (Thursday 3 October 2024).
@Suite struct TypedDateTests {
  static let today = Day(year: 2024, month: 10, day: 3)!

  @Test(arguments: [
    (typed: "2024-10-16", day: "2024-10-16"), (typed: "16-10-2024", day: "2024-10-16"),
    (typed: "16.10.2024", day: "2024-10-16"), (typed: "16. oktober", day: "2024-10-16"),
    (typed: "den 16. oktober 2024", day: "2024-10-16"), (typed: " 16 oktober 2024 ", day: "2024-10-16"),
    (typed: "i morgen", day: "2024-10-04"), (typed: "om en uge", day: "2024-10-10"),
    (typed: "d. 4. november", day: "2024-11-04"),
  ])
  func aTypedDayIsRead(typed: String, day: String) {
    #expect(TypedDate.day(typed, today: Self.today)?.description == day)
  }

  @Test func næsteFredagIsAFriday() throws {
    let d = try #require(TypedDate.day("næste fredag", today: Self.today))
    #expect(d.weekday == 5)
    #expect(d > Self.today)
  }

  @Test(arguments: [
    "", "2024-1O-03", "blabla", "16. oktober eller 17. oktober", "ikke i morgen", "uge 42", "2024-13-01",
    "9223372036854775807-01-01", String(repeating: "16. oktober ", count: 100),
  ])
  func whatIsNoDayIsRefused(typed: String) {
    #expect(TypedDate.day(typed, today: Self.today) == nil)
  }

  @Test(arguments: [
    (typed: "2024-W40", monday: "2024-09-30"), (typed: "2024w40", monday: "2024-09-30"),
    (typed: "uge 42", monday: "2024-10-14"), (typed: "uge 42 2025", monday: "2025-10-13"),
    (typed: "2024-10-03", monday: "2024-09-30"), (typed: "3. oktober", monday: "2024-09-30"),
    (typed: "2020-W53", monday: "2020-12-28"),
  ])
  func aTypedWeekIsItsMonday(typed: String, monday: String) {
    #expect(TypedDate.week(typed, today: Self.today)?.description == monday)
  }

  @Test(arguments: [
    "9223372036854775807-W01", "-9223372036854775808-W01", "2024-W9223372036854775807", "2024-W53", "0-W01",
    "10000-W01", "uge 40-41", "oktober", "W40",
  ])
  func whatIsNoWeekIsRefused(typed: String) {
    #expect(TypedDate.week(typed, today: Self.today) == nil)
  }
}
