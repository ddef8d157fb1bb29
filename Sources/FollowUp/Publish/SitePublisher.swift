import Foundation
import MinutesCore

/// A static site for the intranet: the week's report as the front page, the postponed list,
/// a page per owner, per committee and per case (with its timeline), all linked with
/// relative links, printable and without JavaScript; a calendar feed per owner and one for
/// all. Any web server, file share or SharePoint library can serve the folder.
public struct SitePublisher {
  /// Reads the store (its day is the site's day).
  public var builder: ReportBuilder
  /// The clock of the calendars' DTSTAMP.
  public var now: Date
  /// A reminder in the calendar feeds.
  public var reminder: Reminder?

  /// Creates a publisher.
  public init(builder: ReportBuilder, now: Date, reminder: Reminder? = nil) {
    self.builder = builder
    self.now = now
    self.reminder = reminder
  }

  /// The file that marks a folder as a site this publisher wrote (and may replace).
  public static let marker = ".followup-site"

  /// Unique ASCII names for keys, in key order.
  static func slugs(_ keys: [String]) -> [String: String] {
    var used = Set<String>()
    var out: [String: String] = [:]
    for k in keys.sorted() {
      let base = ReportText.slug(k)
      var s = base
      var n = 2
      while !used.insert(s).inserted {
        s = "\(base)-\(n)"
        n += 1
      }
      out[k] = s
    }
    return out
  }

  /// Every file of the site, its path relative to the site's folder.
  public func files() throws -> [RenderedFile] {
    let store = builder.store
    let asOf = builder.asOf
    let week = ReportPeriod.week(of: asOf)
    let all = try store.actions(asOf: asOf, committee: builder.committee, includeClosed: builder.includeClosed)
    let postponed = try store.openPostponed(asOf: asOf, committee: builder.committee, includeClosed: builder.includeClosed)
    let weekly = try builder.period(week)
    let postponedReport = try builder.postponed()
    let allActions = try builder.actions()

    // Owners: everyone named on an open action; committees: of actions and waiting cases.
    let open = all.filter { $0.status != .done }
    var byOwner: [String: [ActionView]] = [:]
    var byCommittee: [String: [ActionView]] = [:]
    for v in all {
      for o in v.accountable { byOwner[o.name, default: []].append(v) }
      byCommittee[v.action.committee, default: []].append(v)
    }
    let ownerNames = Set(open.flatMap { $0.accountable.map(\.name) })
    let committeeNames = Set(all.map(\.action.committee) + postponed.map(\.committee) + weekly.parts.flatMap { p in
      p.groups.compactMap { if case .committee(let c)? = $0.subject { return c } else { return nil } }
    })
    // Cases: every case number a page shows, that has a page of its own (closed ones do not).
    var caseNumbers = Set<String>()
    func collect(_ r: Report) {
      for p in r.parts {
        for g in p.groups {
          for row in g.rows {
            for v in row { if case .caseNumber(let c) = v, !c.isEmpty { caseNumbers.insert(c) } }
          }
        }
      }
    }
    let ownerSlugs = SitePublisher.slugs(Array(ownerNames))
    let committeeSlugs = SitePublisher.slugs(Array(committeeNames))
    var ownerReports: [String: Report] = [:]
    let events = try store.events(for: all.map(\.action.id))
    for name in ownerNames {
      let views = byOwner[name] ?? []
      ownerReports[name] = Reports.owner(name, actions: views, postponed: postponed, period: week, asOf: asOf, events: events)
    }
    var committeeReports: [String: Report] = [:]
    for c in committeeNames {
      let waiting = postponed.filter { $0.committee == c }
      let views = byCommittee[c] ?? []
      var r = Reports.postponed(waiting, asOf: asOf)
      let a = Reports.actions(views, asOf: asOf, owner: nil, events: events)
      r = Report(
        kind: .committee, title: c,
        subtitle: "Pr. \(asOf): \(ReportText.count(waiting.count, "udsat sag", "udsatte sager", none: true)) og "
          + "\(ReportText.count(views.filter { $0.status != .done }.count, "åben handling", "åbne handlinger", none: true)).",
        parts: r.parts + a.parts, json: Reports.json("committee", [("committee", .string(c)), ("asOf", .day(asOf)), ("postponed", r.json), ("actions", a.json)]), fileName: ReportText.slug(c))
      committeeReports[c] = r
    }
    for r in [weekly, postponedReport, allActions] + Array(ownerReports.values) + Array(committeeReports.values) { collect(r) }
    var caseReports: [String: Report] = [:]
    for n in caseNumbers.sorted() {
      if let r = try builder.caseTimeline(n) { caseReports[n] = r }
    }
    let caseSlugs = SitePublisher.slugs(Array(caseReports.keys))

    let links = SiteLinks(
      cases: caseSlugs.mapValues { "sager/\($0).html" }, owners: ownerSlugs.mapValues { "ansvarlige/\($0).html" },
      committees: committeeSlugs.mapValues { "udvalg/\($0).html" },
      navigation: [
        .init(title: "Forside", path: "index.html"), .init(title: "Udsatte punkter", path: "udsatte.html"),
        .init(title: "Alle handlinger", path: "handlinger.html"), .init(title: "Kalender", path: "kalender/alle.ics"),
      ])
    func page(_ path: String, _ r: Report) -> RenderedFile {
      let depth = path.split(separator: "/").count - 1
      return RenderedFile(name: path, bytes: HTMLRenderer(links: links.from(depth: depth)).render(r))
    }
    func calendar(_ path: String, _ r: Report, name: String) -> RenderedFile {
      RenderedFile(name: path, bytes: ICSRenderer(mode: .events, reminder: reminder, name: name, now: now).render(r))
    }

    // The front page: the week's report, then where to go from here.
    var index = weekly
    index.subtitle += " Siden er lavet \(asOf) af followup."
    index.parts.append(Report.Part(
      name: "owners", title: "Ansvarlige", columns: ["Ansvarlig", "Åbne", "Overskredne", "Kalender"],
      groups: [Report.Group(
        rows: ownerNames.sorted().map { n in
          let list = (byOwner[n] ?? []).filter { $0.status != .done }
          return [.people([n]), .number(list.count), .number(list.filter { $0.status == .overdue }.count),
                  .link("\(ownerSlugs[n] ?? "x").ics", path: "kalender/\(ownerSlugs[n] ?? "x").ics")]
        })], empty: "Ingen ansvarlige."))
    index.parts.append(Report.Part(
      name: "committees", title: "Udvalg", columns: ["Udvalg", "Udsatte sager", "Åbne handlinger"],
      groups: [Report.Group(
        rows: committeeNames.sorted().map { c in
          [.committee(c), .number(postponed.filter { $0.committee == c }.count),
           .number((byCommittee[c] ?? []).filter { $0.status != .done }.count)]
        })], empty: "Ingen udvalg."))
    index.parts.append(Report.Part(
      name: "feeds", title: "Kalendere", columns: ["Kalender", "Abonnér på"],
      groups: [Report.Group(rows: [[.text("Alle handlinger med frist"), .link("kalender/alle.ics", path: "kalender/alle.ics")]])]))

    var files = [
      RenderedFile(name: SitePublisher.marker, bytes: Array("followup site \(asOf)\n".utf8)),
      page("index.html", index), page("udsatte.html", postponedReport), page("handlinger.html", allActions),
      calendar("kalender/alle.ics", allActions, name: "Handlinger"),
    ]
    for n in ownerNames.sorted() {
      guard let s = ownerSlugs[n], let r = ownerReports[n] else { continue }
      files.append(page("ansvarlige/\(s).html", r))
      files.append(calendar("kalender/\(s).ics", r, name: "Handlinger: \(n)"))
    }
    for c in committeeNames.sorted() {
      guard let s = committeeSlugs[c], let r = committeeReports[c] else { continue }
      files.append(page("udvalg/\(s).html", r))
    }
    for n in caseReports.keys.sorted() {
      guard let s = caseSlugs[n], let r = caseReports[n] else { continue }
      files.append(page("sager/\(s).html", r))
    }
    return files
  }

  /// Writes the site into `folder`: first into a new folder beside it, then swapped in, so
  /// that a reader sees the old site or the new one, never half of one. A folder that exists
  /// must be empty or a site written before (it holds `.followup-site`); anything else is
  /// refused, so that no one's files are replaced.
  /// - Returns: The number of files written.
  public func publish(to folder: String) throws -> Int {
    let fm = FileManager.default
    let target = URL(fileURLWithPath: folder).standardizedFileURL
    var isDir: ObjCBool = false
    let exists = fm.fileExists(atPath: target.path, isDirectory: &isDir)
    if exists {
      guard isDir.boolValue else { throw PublishError.notAFolder(target.path) }
      let content = try fm.contentsOfDirectory(atPath: target.path)
      guard content.isEmpty || content.contains(SitePublisher.marker) else { throw PublishError.notASite(target.path) }
    }
    let files = try files()
    let parent = target.deletingLastPathComponent()
    let token = "\(getpid())-\(UInt64(now.timeIntervalSince1970))"
    let staging = parent.appendingPathComponent(".\(target.lastPathComponent).new-\(token)")
    let old = parent.appendingPathComponent(".\(target.lastPathComponent).old-\(token)")
    do {
      try fm.createDirectory(at: staging, withIntermediateDirectories: true)
      var folders = Set<String>()
      for f in files {
        let url = staging.appendingPathComponent(f.name)
        let parentPath = url.deletingLastPathComponent().path
        if folders.insert(parentPath).inserted {
          try fm.createDirectory(atPath: parentPath, withIntermediateDirectories: true)
        }
        try SitePublisher.write(f.bytes, to: url.path)
      }
      if exists {
        try fm.moveItem(at: target, to: old)
        do {
          try fm.moveItem(at: staging, to: target)
        } catch {
          try? fm.moveItem(at: old, to: target)
          throw error
        }
        try? fm.removeItem(at: old)
      } else {
        try fm.moveItem(at: staging, to: target)
      }
    } catch let e as PublishError {
      try? fm.removeItem(at: staging)
      throw e
    } catch {
      try? fm.removeItem(at: staging)
      throw PublishError.cannotWrite(target.path, "\(error.localizedDescription)")
    }
    return files.count
  }
}

extension SitePublisher {
  /// Writes a file without syncing it to disk: a site is thousands of small files that can
  /// be written again, and Foundation's `Data.write` syncs each (seconds for a large site).
  static func write(_ bytes: [UInt8], to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw PublishError.cannotWrite(path, String(cString: strerror(errno))) }
    defer { close(fd) }
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { p in
        Foundation.write(fd, p.baseAddress.map { $0 + offset }, bytes.count - offset)
      }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { throw PublishError.cannotWrite(path, String(cString: strerror(errno))) }
      offset += n
    }
  }
}

/// Why a site could not be published.
public enum PublishError: Error, CustomStringConvertible, Equatable {
  /// The path is a file.
  case notAFolder(String)
  /// The folder holds files that are not a site followup wrote.
  case notASite(String)
  /// A file could not be written.
  case cannotWrite(String, String)

  /// The message, in Danish.
  public var description: String {
    switch self {
    case .notAFolder(let p): return "\(p) er en fil, ikke en mappe"
    case .notASite(let p): return "\(p) rummer andre filer end et followup-websted; vælg en tom eller ny mappe"
    case .cannotWrite(let p, let why): return "\(p) kan ikke skrives: \(why)"
    }
  }
}
