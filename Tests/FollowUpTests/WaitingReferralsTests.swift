import Foundation
import MinutesCore
import Testing

@testable import FollowUp

/// `postponed` lists the newest waiting referrals of each sending committee and counts the
/// rest, in every format; `--all` lists them all; the store's cut list is `openReferrals`'
/// list cut, whatever events say.
@Suite(.serialized) struct WaitingReferralsTests {
  let temporary: TemporaryStore

  init() throws { temporary = try TemporaryStore("referrals") }

  /// A store of `count` meetings of Økonomiudvalget a week apart, each sending a case on to
  /// Teknisk Udvalg, and one meeting of Skoleudvalget sending one on.
  func store(_ count: Int) throws -> Store {
    var paths: [String] = []
    func write(_ text: String, _ name: String) throws {
      let path = temporary.dir.appendingPathComponent(name).path
      try text.write(toFile: path, atomically: false, encoding: .utf8)
      paths.append(path)
    }
    for i in 0..<count {
      let day = Examples.day("2024-01-01").adding(days: 7 * i)
      let date = String(day.description.split(separator: "-").reversed().joined(separator: "-"))
      try write(
        ReferralReadingTests.minutes(
          "Fremsendes til Teknisk Udvalg til behandling.", committee: "Økonomiudvalget", date: date,
          case: "01.02.05P16-\(i + 1)-24"),
        "oeu-\(day).txt")
    }
    try write(
      ReferralReadingTests.minutes(
        "Fremsendes til Teknisk Udvalg til behandling.", committee: "Skoleudvalget", date: "05-02-2024",
        case: "17.01.00P16-9-24"),
      "sku-2024-02-05.txt")
    let store = try Store(path: temporary.db, create: true)
    _ = try store.importDocuments(paths, now: "2024-06-01T00:00:00Z")
    return store
  }

  static let day = Examples.day("2024-06-01")

  @Test func theNewestOfEachCommitteeAreListedAndAllCounted() throws {
    defer { temporary.remove() }
    let store = try store(4)
    let all = try store.openReferrals(asOf: Self.day)
    #expect(all.count == 5)
    let cut = try store.waitingReferrals(asOf: Self.day, limit: 2)
    #expect(cut.totals == ["Økonomiudvalget": 4, "Skoleudvalget": 1])
    #expect(cut.total == 5 && cut.isCut)
    // The two newest of Økonomiudvalget, in the order of the whole list.
    let newest = all.filter { $0.committee == "Økonomiudvalget" }.suffix(2) + all.filter { $0.committee == "Skoleudvalget" }
    #expect(cut.shown == all.filter { r in newest.contains(r) })
    #expect(cut.shown.filter { $0.committee == "Økonomiudvalget" }.map(\.sentOn) == [Examples.day("2024-01-15"), Examples.day("2024-01-22")])
    // No limit: the whole list.
    let whole = try store.waitingReferrals(asOf: Self.day, limit: nil)
    #expect(whole.shown == all && !whole.isCut && whole.total == 5)
    // One committee.
    let school = try store.waitingReferrals(asOf: Self.day, committee: "skole", limit: 2)
    #expect(school.shown.map(\.committee) == ["Skoleudvalget"] && school.total == 1)
  }

  /// A referral nobody holds (no owner, no responsible) waits nowhere: the counts, read from
  /// the actions' index, leave it out as the whole list does.
  @Test func aReferralNobodyHoldsIsNotCounted() throws {
    defer { temporary.remove() }
    let store = try store(4)
    let first = try #require(try store.openReferrals(asOf: Self.day).first { $0.committee == "Økonomiudvalget" })
    // As a derivation writes a referral whose body was not found.
    try store.db.prepare("DELETE FROM action_owners WHERE action_id = ?").run([.text(first.actionID)])
    try store.db.prepare("UPDATE actions SET accountable = 0 WHERE id = ?").run([.text(first.actionID)])
    let all = try store.openReferrals(asOf: Self.day)
    #expect(all.count == 4 && !all.contains { $0.actionID == first.actionID })
    let cut = try store.waitingReferrals(asOf: Self.day, limit: 2)
    #expect(cut.totals == ["Økonomiudvalget": 3, "Skoleudvalget": 1])
  }

  @Test func aReferralWithEventsIsJudgedLikeEveryOther() throws {
    defer { temporary.remove() }
    let store = try store(4)
    let all = try store.openReferrals(asOf: Self.day)
    let newest = try #require(all.last { $0.committee == "Økonomiudvalget" })
    // Done by hand: it no longer waits, and the next newest takes its place.
    try store.record(.done, target: newest.actionID, value: nil, actor: "a", at: Self.day, recorded: "")
    let cut = try store.waitingReferrals(asOf: Self.day, limit: 2)
    #expect(cut.totals["Økonomiudvalget"] == 3)
    #expect(cut.shown.filter { $0.committee == "Økonomiudvalget" }.map(\.sentOn) == [Examples.day("2024-01-08"), Examples.day("2024-01-15")])
    // Reopened later: it waits again, and is among the newest.
    try store.record(.reopen, target: newest.actionID, value: nil, actor: "a", at: Self.day, recorded: "")
    let again = try store.waitingReferrals(asOf: Self.day, limit: 2)
    #expect(again.totals["Økonomiudvalget"] == 4)
    #expect(again.shown.contains { $0.actionID == newest.actionID })
    #expect(again.shown == (try store.openReferrals(asOf: Self.day)).filter { r in again.shown.contains(r) })
  }

  @Test func everyFormatSaysTheListIsCut() throws {
    defer { temporary.remove() }
    let store = try store(4)
    var builder = ReportBuilder(store: store, asOf: Self.day)
    builder.referralLimit = 2
    let report = try builder.postponed()
    let note = "De 2 nyeste af 4; se alle med 'followup postponed --all'."
    let sent = try #require(report.parts.first { $0.name == "referred" })
    #expect(sent.groups.map(\.heading) == ["Skoleudvalget", "Økonomiudvalget"])
    #expect(sent.groups.map(\.note) == [nil, note])
    #expect(report.subtitle.contains("5 sager er sendt videre og venter dér (de 2 nyeste pr. udvalg vises)"))
    for format in [ReportFormat.text, .md, .html, .csv] {
      let out = report.render(format)
      #expect(out.contains("De 2 nyeste af 4; se alle med") && out.contains("postponed --all"), "\(format)")
    }
    let json = try #require(try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as? [String: Any])
    #expect((json["referred"] as? [Any])?.count == 3)
    #expect(json["referredTotal"] as? Int == 5)
    #expect(json["referredLimit"] as? Int == 2)
    // All listed: no note, and the JSON says no limit.
    builder.referralLimit = nil
    let whole = try builder.postponed()
    #expect(whole.parts.allSatisfy { $0.groups.allSatisfy { $0.note == nil } })
    #expect(!whole.subtitle.contains("nyeste"))
    let wholeJSON = try #require(try JSONSerialization.jsonObject(with: Data(whole.render(.json).utf8)) as? [String: Any])
    #expect((wholeJSON["referred"] as? [Any])?.count == 5)
    #expect(wholeJSON["referredLimit"] is NSNull)
  }

  @Test func theCommandListsTenOfEachCommitteeAndAllWithAll() throws {
    defer { temporary.remove() }
    _ = try store(Reports.referralLimit + 1)
    let (code, out, err) = try temporary.run(["postponed", "--as-of", "2024-06-01"])
    #expect(code == 0, "\(err)")
    #expect(out.contains("De \(Reports.referralLimit) nyeste af \(Reports.referralLimit + 1); se alle med 'followup postponed --all'."))
    #expect(!out.contains("01.02.05P16-1-24"))
    let (allCode, all, allErr) = try temporary.run(["postponed", "--as-of", "2024-06-01", "--all"])
    #expect(allCode == 0, "\(allErr)")
    #expect(all.contains("01.02.05P16-1-24"))
    #expect(!all.contains("nyeste af"))
  }
}
