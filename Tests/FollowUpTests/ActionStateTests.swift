@testable import FollowUp
import MinutesCore
import Testing

/// The one status model: what the engine read, with the events recorded by hand applied, as of
/// the end of a day.
struct ActionStateTests {
  /// Pia Ulv Helleland's errand of 2 October 2024, due 9 October.
  static let errand: ActionItem = {
    Examples.register.actions.first { $0.sentence.hasPrefix("Pia Ulv Helleland indhenter") }!
  }()

  static func event(
    _ kind: FollowUpEvent.Kind, _ value: String? = nil, on: String, id: Int = 1, target: String? = nil
  ) -> FollowUpEvent {
    FollowUpEvent(
      id: id, target: target ?? errand.id, kind: kind, value: value, actor: "tester", at: Examples.day(on),
      recorded: "2024-12-01T10:00:00Z")
  }

  @Test func anActionDecidedLaterIsNotThereYet() throws {
    let a = Self.errand
    #expect(a.decisionDate == Examples.day("2024-10-02"))
    #expect(ActionState.view(a, events: [], asOf: Examples.day("2024-10-01")) == nil)
    let v = try #require(ActionState.view(a, events: [], asOf: Examples.day("2024-10-02")))
    #expect(v.status == .open)
    #expect(try #require(ActionState.view(a, events: [], asOf: Examples.day("2024-10-10"))).status == .overdue)
  }

  @Test func anEventCountsFromTheDayItSaysItAppliesFrom() throws {
    let a = Self.errand
    // Recorded on 1 December as applying from 8 October: a report as of 7 October does not
    // see it, one as of 8 October does.
    let done = Self.event(.done, on: "2024-10-08")
    #expect(try #require(ActionState.view(a, events: [done], asOf: Examples.day("2024-10-07"))).status == .open)
    let v = try #require(ActionState.view(a, events: [done], asOf: Examples.day("2024-10-08")))
    #expect(v.status == .done)
    #expect(v.doneOn == Examples.day("2024-10-08"))
    // Done stays done after the due day; overdue only without the event.
    #expect(try #require(ActionState.view(a, events: [done], asOf: Examples.day("2024-11-01"))).status == .done)
  }

  @Test func assignAndDueReplaceWhatTheEngineRead() throws {
    let a = Self.errand
    let events = [
      Self.event(.assign, "Louise Agerbo", on: "2024-10-03", id: 1),
      Self.event(.due, "2024-10-16", on: "2024-10-03", id: 2),
      Self.event(.note, "Afventer svar", on: "2024-10-04", id: 3),
      Self.event(.done, on: "2024-10-03", id: 4, target: "another action"),
    ]
    let before = try #require(ActionState.view(a, events: events, asOf: Examples.day("2024-10-02")))
    #expect(before.owners.map(\.name) == ["Pia Ulv Helleland"])
    #expect(before.due == Examples.day("2024-10-09"))
    #expect(!before.isEdited)
    let after = try #require(ActionState.view(a, events: events, asOf: Examples.day("2024-10-12")))
    #expect(after.owners.map(\.name) == ["Louise Agerbo"])
    #expect(after.due == Examples.day("2024-10-16"))
    // Due the 16th: not overdue on the 12th, though the engine's day has passed.
    #expect(after.status == .open)
    #expect(after.notes == ["Afventer svar"])
    #expect(after.isEdited && after.isConfirmed)
  }

  @Test func reopenUndoesDoneAndTheCasesReturnBeforeIt() throws {
    var a = Self.errand
    a.settledOn = Examples.day("2024-10-09")
    #expect(try #require(ActionState.view(a, events: [], asOf: Examples.day("2024-10-09"))).status == .done)
    let reopened = [Self.event(.reopen, on: "2024-10-10")]
    let v = try #require(ActionState.view(a, events: reopened, asOf: Examples.day("2024-10-11")))
    #expect(v.status == .overdue)
    #expect(v.doneOn == nil)
    let again = reopened + [Self.event(.done, on: "2024-10-20", id: 2)]
    #expect(try #require(ActionState.view(a, events: again, asOf: Examples.day("2024-10-20"))).status == .done)
  }

  @Test func aConfirmedInferenceIsAnOwner() throws {
    var a = Self.errand
    a.owners = []
    a.responsible = [Owner(name: "Søren Søndergaard Kjær", kind: .person, surface: "Kommunaldirektøren", resolvedBy: nil)]
    let inferred = try #require(ActionState.view(a, events: [], asOf: Examples.day("2024-10-03")))
    #expect(inferred.owners.isEmpty)
    #expect(inferred.isInferred)
    #expect(inferred.accountable.map(\.name) == ["Søren Søndergaard Kjær"])
    let confirmed = try #require(
      ActionState.view(a, events: [Self.event(.confirm, on: "2024-10-03")], asOf: Examples.day("2024-10-03")))
    #expect(confirmed.owners.map(\.name) == ["Søren Søndergaard Kjær"])
    #expect(!confirmed.isInferred)
    #expect(confirmed.responsible.isEmpty)
    // Assigned by hand: the inference no longer counts.
    let assigned = try #require(
      ActionState.view(a, events: [Self.event(.assign, "Louise Agerbo", on: "2024-10-03")], asOf: Examples.day("2024-10-03")))
    #expect(assigned.accountable.map(\.name) == ["Louise Agerbo"])
    #expect(!assigned.isInferred)
  }
}
