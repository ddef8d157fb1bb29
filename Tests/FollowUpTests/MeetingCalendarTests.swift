import MinutesCore
import Testing

@testable import FollowUp

/// A committee's next meeting: the first known one after a day, or one projected from its
/// rhythm; found alike one day at a time and for many days at once.
struct MeetingCalendarTests {
  /// The rule written out plainly: the first known day after, unless a projected day comes
  /// first and the known one is far; the projection from the last firm day on or before.
  static func reference(_ known: [(Day, MeetingBasis)], after day: Day) -> (Day, MeetingBasis)? {
    let firm = known.filter { $0.1 <= .plan }.map(\.0)
    let gap = MeetingCalendar.Schedule.rhythm(firm)
    var projected: Day?
    if let gap, let anchor = firm.last(where: { $0 <= day }) ?? firm.first {
      var d = anchor
      while d <= day { d = d.adding(days: gap) }
      projected = d
    }
    if let next = known.first(where: { $0.0 > day }) {
      if let r = projected, r < next.0, next.0.ordinal - day.ordinal > 2 * (gap ?? 365) { return (r, .rhythm) }
      return next
    }
    return projected.map { ($0, .rhythm) }
  }

  static func day(_ s: String) -> Day { Day(iso: s)! }

  @Test func manyDaysAtOnceAreEachDayAlone() {
    var calendar = MeetingCalendar()
    // Every fourth Wednesday in the spring, a summer break, a planned day and one mentioned.
    var d = Self.day("2024-01-10")
    while d < Self.day("2024-06-20") {
      calendar.add("byr", d, .minutes)
      d = d.adding(days: 28)
    }
    calendar.add("byr", Self.day("2024-12-11"), .plan)
    calendar.add("byr", Self.day("2024-10-02"), .mentioned)
    calendar.add("byr", Self.day("2024-10-02"), .minutes)  // the surest basis is kept
    calendar.add("byr", Self.day("2024-10-02"), .mentioned)
    let known = calendar.meetings("byr")
    #expect(known.first { $0.0 == Self.day("2024-10-02") }?.1 == .minutes)
    let asked = (0..<400).map { Self.day("2023-12-01").adding(days: $0 * 3 / 2) }
    let batch = calendar.nextMeetings(after: asked, committeeKey: "byr")
    for (day, got) in zip(asked, batch) {
      let alone = calendar.nextMeeting(after: day, committeeKey: "byr")
      let want = Self.reference(known, after: day)
      #expect(got?.0 == want?.0 && got?.1 == want?.1, "\(day)")
      #expect(alone?.0 == want?.0 && alone?.1 == want?.1, "\(day)")
    }
    // The rhythm projects past the break, and after the last known day.
    #expect(calendar.nextMeeting(after: Self.day("2024-07-01"), committeeKey: "byr")?.1 == .rhythm)
    #expect(calendar.nextMeeting(after: Self.day("2025-01-01"), committeeKey: "byr")?.1 == .rhythm)
    #expect(calendar.nextMeeting(after: Self.day("2024-01-10"), committeeKey: "byr")?.0 == Self.day("2024-02-07"))
    #expect(calendar.nextMeetings(after: [Self.day("2024-01-01")], committeeKey: "andet").first! == nil)
  }

  @Test func replacingACommitteesDaysLeavesTheOthers() {
    var calendar = MeetingCalendar()
    calendar.add("a", Self.day("2024-01-10"), .minutes)
    calendar.add("b", Self.day("2024-01-11"), .minutes)
    calendar.add("b", Self.day("2024-02-11"), .plan)
    calendar.replace("b", with: [(Self.day("2024-03-01"), .mentioned), (Self.day("2024-03-01"), .plan)])
    #expect(calendar.meetings("a").map(\.0) == [Self.day("2024-01-10")])
    #expect(calendar.meetings("b").map(\.0) == [Self.day("2024-03-01")])
    #expect(calendar.meetings("b").first?.1 == .plan)
    calendar.replace("b", with: [])
    #expect(calendar.meetings("b").isEmpty && calendar.entries.count == 1)
  }
}
