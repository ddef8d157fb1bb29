import Foundation
import MinutesCore

/// The weekly digest: one mail per owner with an address in the people file, holding their
/// open, due and overdue actions and the cases their committees have postponed.
public struct Digest {
  /// Reads the store.
  public var builder: ReportBuilder
  /// The period (a week for `followup digest --week`).
  public var period: ReportPeriod
  /// The sender; each message goes to its owner.
  public var from: MailAddress
  /// The Date and Message-ID of each message.
  public var now: Date

  /// Creates a digest.
  public init(builder: ReportBuilder, period: ReportPeriod, from: MailAddress, now: Date) {
    self.builder = builder
    self.period = period
    self.from = from
    self.now = now
  }

  /// One report per owner: people with an address who own an action (done ones included, so
  /// that their committees are known); in name order.
  public func reports() throws -> [(person: Person, report: Report)] {
    let store = builder.store
    let people = try store.people().filter { ($0.email ?? "").contains("@") }
    let postponed = try store.openPostponed(asOf: builder.asOf, committee: builder.committee, includeClosed: builder.includeClosed)
    var out: [(Person, Report)] = []
    for p in people.sorted(by: { $0.name < $1.name }) {
      let keys: Set<String> = [DanishFolding.key(p.name)]
      let views = try store.actions(asOf: builder.asOf, ownerKeys: keys, committee: builder.committee, includeClosed: builder.includeClosed)
      guard !views.isEmpty else { continue }
      let events = try store.events(for: views.map(\.action.id))
      out.append((p, Reports.owner(p.name, actions: views, postponed: postponed, period: period, asOf: builder.asOf, events: events)))
    }
    return out
  }

  /// The messages: `<name>.eml`, each addressed to its owner.
  public func messages() throws -> [RenderedFile] {
    var used = Set<String>()
    return try reports().compactMap { person, report in
      guard let email = person.email, let to = MailAddress(parsing: email) else { return nil }
      let renderer = EMLRenderer(mail: MailHeaders(from: from, to: [MailAddress(name: person.name, address: to.address)]), now: now)
      var name = report.fileName
      var n = 2
      while !used.insert(name).inserted {
        name = report.fileName + "-\(n)"
        n += 1
      }
      return RenderedFile(name: name + ".eml", bytes: renderer.render(report))
    }
  }
}
