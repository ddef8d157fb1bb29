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
            for e in exprs where e.mentionsMeeting && (e.kind == .day || e.kind == .datetime) {
              guard let d = e.start else { continue }
              out.append(CalendarEvidence(body: mentionedBody(e, in: p.text) ?? own, day: d, basis: .mentioned))
            }
          }
        }
      }
    }
    for i in out.indices { out[i].source = m.source }
    return out
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
    if l.hasSuffix("s"), l.count > 3 { return String(last.dropLast()) }
    if last.first?.isUppercase == true {
      // Capitalised words right before: "Hoved MED mødet".
      let caps = prior.reversed().prefix { $0.first?.isUppercase == true }
      return caps.reversed().joined(separator: " ")
    }
    return nil
  }
}
