import Foundation
import Testing

@testable import FollowUp
@testable import followup_cli

/// Names as people type them: found in the directory, or refused with a suggestion.
struct TypedNameTests {
  static let people: [TypedName.Entry] = [
    .init(name: "Louise Agerbo", also: ["L. Agerbo", "Chef for Direktionssekretariatet"]),
    .init(name: "Mads Agerbo Nielsen"),
    .init(name: "Ditte Ågård Pedersen"),
    .init(name: "Søren Søndergaard Kjær", also: ["Kommunaldirektør"]),
    .init(name: "Lars Borst Hansen"),
    .init(name: "Lars Klemensen"),
    .init(name: "Økonomi og HR"),
  ]

  @Test(arguments: [
    ("Louise Agerbo", "Louise Agerbo"),
    ("louise agerbo", "Louise Agerbo"),
    ("LOUISE  AGERBO", "Louise Agerbo"),
    ("l. agerbo", "Louise Agerbo"),
    ("Louise", "Louise Agerbo"),
    ("LA", "Louise Agerbo"),
    ("S.S.K.", "Søren Søndergaard Kjær"),
    ("Ditte Aagaard Pedersen", "Ditte Ågård Pedersen"),
    ("ditte aagård", "Ditte Ågård Pedersen"),
    ("Pedersen", "Ditte Ågård Pedersen"),
    ("Soren Sondergaard", "Søren Søndergaard Kjær"),
    ("Soeren", "Søren Søndergaard Kjær"),
    ("kommunaldirektør", "Søren Søndergaard Kjær"),
    ("kommunaldirektor", "Søren Søndergaard Kjær"),
    ("chef for direktionssekretariatet", "Louise Agerbo"),
    ("økonomi og hr", "Økonomi og HR"),
  ])
  func found(typed: String, name: String) {
    #expect(TypedName.find(typed, in: Self.people) == .one(name))
  }

  @Test(arguments: [
    ("Agerbo", ["Louise Agerbo", "Mads Agerbo Nielsen"]),
    ("Lars", ["Lars Borst Hansen", "Lars Klemensen"]),
  ])
  func several(typed: String, names: [String]) {
    #expect(TypedName.find(typed, in: Self.people) == .several(names))
  }

  @Test(arguments: [
    ("Louise Agerbro", "Louise Agerbo"),
    ("Dite Ågård Pedersen", "Ditte Ågård Pedersen"),
    ("Klemmensen", "Lars Klemensen"),
  ])
  func aSlipIsSuggestedNeverTaken(typed: String, suggestion: String) {
    #expect(TypedName.find(typed, in: Self.people) == .none(suggestion: suggestion))
  }

  @Test func nothingNearSuggestsNothing() {
    #expect(TypedName.find("Xerxes", in: Self.people) == .none(suggestion: nil))
    #expect(TypedName.find("", in: Self.people) == .none(suggestion: nil))
  }

  @Test func theMessagesSayWhatWasTypedAndWhatIsNear() throws {
    let none = try #require(
      TypedNameError(TypedName.find("Louise Agerbro", in: Self.people), typed: "Louise Agerbro", what: "ingen ansvarlig"))
    #expect(none.description == "ingen ansvarlig 'Louise Agerbro'; mente du Louise Agerbo?")
    #expect(none.reason == .notFound)
    let several = try #require(TypedNameError(TypedName.find("Lars", in: Self.people), typed: "Lars", what: "ingen ansvarlig"))
    #expect(several.reason == .ambiguous)
    #expect(several.description.contains("Lars Borst Hansen, Lars Klemensen"))
    #expect(TypedNameError(.one("Louise Agerbo"), typed: "Louise", what: "ingen ansvarlig") == nil)
  }
}

/// `--owner`, `assign` and `--committee` on the command line over the example minutes.
@Suite(.serialized) struct TypedNameCLITests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("names") }

  func run(_ args: [String]) -> (Int32, String, String) {
    let (io, out, err) = IO.capturing(
      environment: ["FOLLOWUP_TODAY": "2024-10-03", "FOLLOWUP_DB": temporary.db, "USER": "tester"])
    let code = FollowUpCLI.run(args, io: io)
    return (code, out(), err())
  }

  func imported() throws -> String {
    #expect(run(["import", Examples.folder]).0 == 0)
    let store = try Store(path: temporary.db, create: false, readOnly: true)
    let a = try store.actions(asOf: Examples.day("2024-10-03")).first { $0.action.sentence.hasPrefix("HR-konsulenten fremsender") }
    return try #require(a?.action.id)
  }

  @Test func aMisspeltOwnerIsRefusedWithASuggestion() throws {
    defer { temporary.remove() }
    _ = try imported()
    let (code, out, err) = run(["actions", "--owner", "Louise Agerbro"])
    #expect(code == 67)
    #expect(out.isEmpty)
    #expect(err.contains("ingen ansvarlig 'Louise Agerbro'; mente du Louise Agerbo?"))
    // Typed as people type it: found, and the report names her in full.
    for typed in ["louise", "LA", "l agerbo", "Louise  Agerbo"] {
      let (c, o, e) = run(["actions", "--owner", typed])
      #expect(c == 0, "\(typed): \(e)")
      #expect(o.hasPrefix("Handlinger for Louise Agerbo\n"), "\(typed)")
    }
    let (c2, _, e2) = run(["actions", "--owner", "Agerbo"])
    #expect(c2 == 64)
    #expect(e2.contains("Louise Agerbo") && e2.contains("Mads Agerbo Nielsen"))
  }

  @Test func aMisspeltCommitteeIsRefused() throws {
    defer { temporary.remove() }
    _ = try imported()
    let (code, out, err) = run(["postponed", "--committee", "Økonomiudvalget"])
    #expect(code == 67)
    #expect(out.isEmpty)
    #expect(err.contains("intet udvalg 'Økonomiudvalget'; kendte udvalg: ") && err.contains("Direktionen"))
    #expect(run(["report", "--committee", "direktionn"]).2.contains("mente du Direktionen?"))
    let (c, o, _) = run(["postponed", "--committee", "direktion", "--format", "json"])
    #expect(c == 0)
    #expect(o.contains("\"committee\": \"Direktionen\""))
  }

  @Test func assignTakesANameFromTheDirectoryOrANewOneWhenSaidSo() throws {
    defer { temporary.remove() }
    let id = try imported()
    // "Ditte" is Ditte Ågård Pedersen: no new person beside her.
    #expect(run(["assign", id, "Ditte"]).0 == 0)
    let store = try Store(path: temporary.db, create: false, readOnly: true)
    #expect(try store.events(for: [id])[id]?.last?.value == "Ditte Ågård Pedersen")
    // Someone the directory does not hold: refused, unless --new.
    let (code, _, err) = run(["assign", id, "Karen Mikkelsen"])
    #expect(code == 67)
    #expect(err.contains("--new"))
    #expect(try store.events(for: [id])[id]?.count == 1)
    #expect(run(["assign", id, "Karen Mikkelsen", "--new"]).0 == 0)
    let (c, o, _) = run(["actions", "--owner", "karen"])
    #expect(c == 0)
    #expect(o.contains(id))
    // Two owners, each found.
    #expect(run(["assign", id, "louise, Søren"]).0 == 0)
    #expect(try store.events(for: [id])[id]?.last?.value == "Louise Agerbo, Søren Søndergaard Kjær")
  }
}
