import Foundation
import MinutesCore

/// A meeting day as a document tells it, before committee names are settled.
struct CalendarEvidence: Hashable, Sendable {
  var body: String
  var day: Day
  var basis: MeetingBasis
  /// The document that tells it.
  var source = ""
}

extension Register {
  /// Meeting days a document tells: its own, quoted decisions, published plans
  /// (`Møder i Medudvalg ... i 2024`) and meetings it mentions (`til mødet den 9. oktober`).
  static func calendarEvidence(_ m: Meeting) -> [CalendarEvidence] {
    var out: [CalendarEvidence] = []
    guard let date = m.date else { return [] }
    do {
      let own = m.committee
      // An agenda announces a meeting; only minutes tell that it was held.
      out.append(CalendarEvidence(body: own, day: date, basis: m.kind == .agenda ? .plan : .minutes))
      // "Næste møde: 9. april 2024" in the header.
      if let next = m.nextMeeting, next > date { out.append(CalendarEvidence(body: own, day: next, basis: .plan)) }
      let reader = TemporalReader(reference: date)
      for item in m.items where !item.isClosed {
        for q in item.priorDecisions {
          if let d = q.date { out.append(CalendarEvidence(body: q.body.isEmpty ? m.committee : q.body, day: d, basis: .quoted)) }
        }
        let lowerTitle = item.title.lowercased()
        let isPlan =
          lowerTitle.hasPrefix("møder i") || lowerTitle.contains("mødeplan")
          || lowerTitle.contains("mødedatoer") || lowerTitle.contains("mødekalender")
        var planCommittee = own
        if isPlan, lowerTitle.hasPrefix("møder i") {
          var name = String(item.title.dropFirst("møder i ".count))
          // "... i 2024": the year goes.
          if let r = name.range(of: " i ", options: .backwards) { name = String(name[..<r.lowerBound]) }
          planCommittee = name
        }
        // "Næste møde: 28/08-2008 kl. 20", "Dato for næste møde" / "7. juni kl 16": the next
        // meeting the minutes announce.
        if !isPlan, let d = announcedNextMeeting(item, reader: reader, after: date) {
          out.append(CalendarEvidence(body: own, day: d, basis: .plan))
        }
        for section in item.sections where section.kind != .attachments {
          var collected = 0
          for p in section.paragraphs {
            let exprs = reader.expressions(in: p.text)
            if isPlan, section.kind == .caseText || section.kind == .body {
              let days = exprs.filter { $0.kind == .day || $0.kind == .datetime }
              if days.isEmpty {
                if collected > 0 { collected = -1_000 }  // the plan's list has ended
                continue
              }
              if collected >= 0 {
                for e in days { if let d = e.start { out.append(CalendarEvidence(body: planCommittee, day: d, basis: .plan)) } }
                collected += days.count
              }
              continue
            }
            // "Øvrige møder i 2029: 21. august, 2. oktober og 4. december.": the committee's
            // later meetings, listed in a line of their own.
            if p.text.utf8.count <= 2_000, case let plans = SentenceSplitter.sentences(p.text).filter(Self.listsLaterMeetings), !plans.isEmpty {
              for plan in plans {
                for e in reader.expressions(in: plan) where e.kind == .day || e.kind == .datetime {
                  if let d = e.start, d > date { out.append(CalendarEvidence(body: own, day: d, basis: .plan)) }
                }
              }
            }
            for e in exprs where e.mentionsMeeting && (e.kind == .day || e.kind == .datetime) {
              guard let d = e.start else { continue }
              out.append(CalendarEvidence(body: mentionedBody(e, in: p.text) ?? own, day: d, basis: .mentioned))
            }
          }
        }
      }
    }
    // The next meeting the minutes announce is the next: a meeting of the committee they
    // mention before it is another kind of meeting (`mødet med kommunen den 27. juni`).
    let announced = out.filter { $0.basis == .plan && $0.body == m.committee && $0.day > date }.map(\.day).min()
    if let announced {
      out.removeAll { $0.basis == .mentioned && $0.body == m.committee && $0.day > date && $0.day < announced }
    }
    for i in out.indices { out[i].source = m.source }
    return out
  }

  /// `Øvrige møder i 2029: ...`, `Kommende møder: ...`, `Mødeplan 2030: ...`: a line that lists
  /// the committee's later meetings.
  static func listsLaterMeetings(_ text: String) -> Bool {
    guard text.utf8.count <= 300, let colon = text.firstIndex(of: ":") else { return false }
    let head = text[..<colon].lowercased()
    return ["øvrige møder", "kommende møder", "resterende møder", "fremtidige møder", "mødeplan", "mødedatoer", "mødekalender", "møderække"]
      .contains { head.hasPrefix($0) }
  }

  /// The day of the next meeting an item announces: an item on it (`Næste møde`, `Dato for
  /// næste møde`) with the day in its title or first lines, or a paragraph that opens with
  /// `Næste møde` and gives the day (or the paragraph after it does). Only a day after the
  /// meeting counts.
  static func announcedNextMeeting(_ item: AgendaItem, reader: TemporalReader, after date: Day) -> Day? {
    func announces(_ text: String) -> Bool { NextMeetingAnnouncement.announces(text) }
    func day(_ text: String) -> Day? { NextMeetingAnnouncement.day(in: text, reader: reader, after: date) }
    let paragraphs = item.sections.filter { $0.kind != .attachments }.flatMap(\.paragraphs).map(\.text)
    if announces(item.title) {
      if let d = day(item.title) { return d }
      for p in paragraphs.prefix(2) { if let d = day(p) { return d } }
      return nil
    }
    for (k, p) in paragraphs.enumerated() where announces(p) {
      if let d = day(p) { return d }
      if k + 1 < paragraphs.count, let d = day(paragraphs[k + 1]) { return d }
    }
    // "Regionsrådsformanden orienterede om ... Næste ordinære møde i regionsrådet holdes
    // torsdag den 21. maj 2026.": a sentence inside a paragraph announces it, with its day.
    for p in paragraphs where p.utf8.count <= 4000 && p.contains(". ") {
      for s in SentenceSplitter.sentences(p).dropFirst() where announces(s) {
        if let d = day(s) { return d }
      }
    }
    return nil
  }

  /// The body a meeting mention names: `Direktionens møde den ...` → Direktionen,
  /// `Hoved MED mødet den ...` → Hoved MED, `direktionsmødet den ...` → Direktion; `nil` for
  /// `mødet den ...` (the committee's own).
  static func mentionedBody(_ e: TemporalExpression, in text: String) -> String? {
    let words = e.text.split(separator: " ")
    if let first = words.first {
      let w = first.lowercased()
      if w.count > 5, w.hasSuffix("mødet") || w.hasSuffix("møde"), w != "mødet", w != "møde" {
        var stem = String(w.dropLast(w.hasSuffix("mødet") ? 5 : 4))
        if stem.hasSuffix("s") { stem.removeLast() }  // the compound's linking s
        return stem
      }
    }
    let before = String(decoding: Array(text.utf8)[0..<e.utf8Range.lowerBound], as: UTF8.self)
    let prior = before.split(separator: " ").suffix(3).map(String.init)
    guard let last = prior.last else { return nil }
    let l = last.lowercased()
    let prepositions: Set<String> = ["til", "på", "fra", "ved", "i", "om", "for", "efter", "før", "inden", "af", "det", "et", "og", "fælles"]
    if prepositions.contains(l) { return nil }
    // "på udvalgets møde den 15. juni": the committee's own, named by what it is.
    if ["udvalgets", "rådets", "bestyrelsens", "nævnets", "kommissionens", "forummets", "gruppens"].contains(l) { return nil }
    if l.hasSuffix("s"), l.count > 3 { return String(last.dropLast()) }
    if last.first?.isUppercase == true {
      // Capitalised words right before: "Hoved MED mødet".
      let caps = prior.reversed().prefix { $0.first?.isUppercase == true }
      return caps.reversed().joined(separator: " ")
    }
    return nil
  }
}
