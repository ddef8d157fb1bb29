import Foundation
import MinutesCore

/// The working state of a derivation, apart from the register it makes: the documents read,
/// then the directories all of them make (committees, people, meeting days), then each
/// document's decisions read and linked, then the register assembled from the links.
///
/// Each stage is a function of the stages before it, so that a store can keep the readings and
/// links and do again only what a new document touches (`Store`).
struct RegisterBuilder {
  /// The documents read, in the order they were given: the order the directories learn in.
  var readings: [DocumentReading] = []
  /// The secretariat's people file, if any.
  var peopleFile: PeopleFile?

  /// Reads a meeting (all but its decisions, which wait for the committees).
  mutating func add(_ m: Meeting) { readings.append(DocumentReading(m)) }

  /// The committees the documents name, learned in order (a header's spelling wins).
  static func committees(_ readings: [DocumentReading]) -> CommitteeDirectory {
    var c = CommitteeDirectory()
    for r in readings {
      for m in r.committees { c.add(m.name, isHeader: m.isHeader) }
    }
    return c
  }

  /// The people the documents name, learned in order, with the people file over them.
  static func people(_ readings: [DocumentReading], peopleFile: PeopleFile?) -> PeopleDirectory {
    var r = Register()
    for reading in readings { r.learn(reading.people) }
    if let peopleFile { r.people.merge(peopleFile) }
    r.people.settleSpellings()
    return r.people
  }

  /// The municipality of each document, by its name.
  static func towns(_ readings: [DocumentReading]) -> [String: String] {
    var towns: [String: String] = [:]
    for r in readings { towns[r.meeting.source] = r.town }
    return towns
  }

  /// The meeting days the documents tell, by committee (of a municipality).
  static func calendar(_ readings: [DocumentReading], committees: CommitteeDirectory, towns: [String: String])
    -> MeetingCalendar
  {
    var r = Register()
    r.committees = committees
    r.towns = towns
    for reading in readings {
      for e in reading.calendar { r.calendar.add(r.calendarKey(e.body, town: r.town(ofSource: e.source)), e.day, e.basis) }
    }
    return r.calendar
  }

  /// Reads the decisions of the documents whose reading does not hold under the committees,
  /// on all cores.
  static func readDecisions(_ readings: inout [DocumentReading], committees: CommitteeDirectory) {
    let stale = readings.indices.filter { !readings[$0].holds(under: committees) }
    guard !stale.isEmpty else { return }
    readings.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let out = buffer
      DispatchQueue.concurrentPerform(iterations: stale.count) { k in
        out[stale[k]].readDecisions(committees)
      }
    }
  }

  /// The register.
  func build() -> Register {
    let committees = RegisterBuilder.committees(readings)
    let towns = RegisterBuilder.towns(readings)
    var context = Register(
      committees: committees, people: RegisterBuilder.people(readings, peopleFile: peopleFile),
      calendar: RegisterBuilder.calendar(readings, committees: committees, towns: towns))
    var ordered = readings.sorted { Register.inOrder($0.meeting, $1.meeting) }
    RegisterBuilder.readDecisions(&ordered, committees: committees)
    // Every document's municipality, as the store's linker knows them: who a name can be.
    context.towns = towns
    let links = ordered.map { context.link($0) }
    context.meetings = ordered.map(\.meeting)
    context.decisions = ordered.enumerated().flatMap { mi, r in
      r.decisions.map { d in
        var d = d
        d.meetingIndex = mi
        // The sentences were read; the register keeps only their results.
        d.units = []
        d.candidates = []
        d.deferrals = []
        return d
      }
    }
    context.assemble(links)
    return context
  }
}
