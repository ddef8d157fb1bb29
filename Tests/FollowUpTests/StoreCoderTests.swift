import Foundation
import MinutesCore
import Testing

@testable import FollowUp

/// What the store keeps of a document reads back equal, field for field: a field a model type
/// gains that the store's coder does not write fails here, over every fixture the tests have.
struct StoreCoderTests {
  static let files: [String] =
    SourceLoader.expand([
      Examples.folder, Examples.root.appendingPathComponent("Tests/FollowUpTests/Fixtures/aarhus").path,
      Examples.root.appendingPathComponent("Tests/MinutesCoreTests/Fixtures/layouts").path,
    ]).files

  /// The readings of every fixture, their decisions read.
  static func readings() -> [DocumentReading] {
    var builder = RegisterBuilder()
    for f in files { if let m = SourceLoader.load(f).meeting { builder.add(m) } }
    var readings = builder.readings
    RegisterBuilder.readDecisions(&readings, committees: RegisterBuilder.committees(readings))
    return readings
  }

  /// A decision's fields, comparable.
  static func fields(_ d: DecisionRecord) -> [AnyHashable] {
    [
      d.committee, d.date, d.itemNumber, d.caseNumber, d.title, d.outcome, d.source, d.itemIndex, d.quoteIndex, d.units,
      d.isClosed, d.hasSupplement, d.line, d.deferrals, d.candidates.map(\.0), d.candidates.map(\.1),
    ]
  }

  @Test func aReadingReadsBackEqual() throws {
    let coder = StoreCoder()
    let readings = Self.readings()
    #expect(readings.count == Self.files.count)
    for r in readings {
      let back = try coder.reading(coder.encode(r))
      #expect(back.meeting == r.meeting, "\(r.meeting.source)")
      #expect(back.town == r.town)
      #expect(back.committees == r.committees)
      #expect(back.calendar == r.calendar)
      #expect(back.decisions.map(Self.fields) == r.decisions.map(Self.fields), "\(r.meeting.source)")
      #expect(back.lookups == r.lookups)
      #expect(back.isRead == r.isRead)
      #expect(try coder.facts(coder.encode(r.people)) == r.people)
    }
    // Something of each kind was read: quotes, deferrals with targets, candidates, findings.
    #expect(readings.contains { $0.decisions.contains { $0.quoteIndex != nil } })
    #expect(readings.contains { $0.decisions.contains { $0.deferrals.contains { $0.target != nil } } })
    #expect(readings.contains { $0.decisions.contains { $0.candidates.contains { !$0.1.recipients.isEmpty } } })
    #expect(readings.contains { !$0.meeting.findings.isEmpty })
    #expect(readings.contains { !$0.meeting.roles.isEmpty })
    // A header's roles and the next meeting it announces.
    var m = Meeting(source: "bestyrelsen-2024-03-05.txt", committee: "Bestyrelsen", date: Day(year: 2024, month: 3, day: 5))
    m.roles = ["Anne Hansen": "formand", "Bo Jensen": "kasserer"]
    m.nextMeeting = Day(year: 2024, month: 4, day: 9)
    #expect(try coder.reading(coder.encode(DocumentReading(meeting: m, town: ""))).meeting == m)
  }

  @Test func whatALinkKeepsReadsBackEqual() throws {
    let coder = StoreCoder()
    let register = Examples.register
    for a in register.actions { #expect(try coder.action(coder.encode(a)) == a) }
    for p in register.postponements { #expect(try coder.postponement(coder.encode(p)) == p) }
    #expect(register.actions.contains { $0.quotedIn != nil } && register.actions.contains { !$0.responsible.isEmpty })
    var context = Register(committees: register.committees, people: register.people, calendar: register.calendar)
    for r in Self.readings() {
      for t in context.link(r).appearances { #expect(try coder.appearance(coder.encode(t)) == t) }
    }
  }

  @Test(arguments: [[], [9], [1, 2, 3], Array(repeating: 255, count: 40)] as [[UInt8]])
  func bytesThatAreNoReadingAreRefused(bytes: [UInt8]) {
    let coder = StoreCoder()
    #expect(throws: ByteReader.Damaged.self) { try coder.reading(bytes) }
    #expect(throws: ByteReader.Damaged.self) { try coder.action(bytes) }
  }

  @Test func aReadingCutShortIsRefused() throws {
    let coder = StoreCoder()
    let bytes = coder.encode(try #require(Self.readings().first))
    for n in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 50)) {
      #expect(throws: ByteReader.Damaged.self) { try coder.reading(Array(bytes.prefix(n))) }
    }
  }
}
