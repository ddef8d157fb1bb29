import MinutesCore

extension Register {
  /// The notes by which boards say who does what, beside the decision's own sentences:
  /// `Ansvarlig: HB` under a task (on its line or the next, past a `Frist:`), `HB – brev til
  /// lodsejerne, senest 15/9`, `Plakater til byfesten (Birgit). Frist: uge 31.`, `Søren: laver
  /// opslag på Aula senest 1/5`. A candidate read from the sentence gets its doers; a sentence
  /// no candidate came from becomes the doers' task.
  /// The value after one of a field's labels and its colon (`Hvad: Bestille bus` → `Bestille bus`).
  static func fieldValue(_ unit: String, labels: Set<String>) -> String? {
    guard let colon = unit.firstIndex(of: ":"), labels.contains(unit[..<colon].lowercased().trimmingCharacters(in: .whitespaces)) else {
      return nil
    }
    let value = unit[unit.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    return value.isEmpty ? nil : value
  }

  func readBoardNotes(_ rec: inout DecisionRecord) {
    func addTask(_ sentence: String, at unit: Int, owner: String, due: TemporalExpression?) {
      let c = ActionCandidate(
        sentence: sentence, kind: .task, ownerPhrase: owner, presenters: [], due: due, eventStem: nil,
        referralBody: nil, verb: "", isHandling: false)
      rec.candidates.insert((unit, c), at: rec.candidates.firstIndex { $0.0 > unit } ?? rec.candidates.count)
    }
    for ui in rec.units.indices {
      guard let (head, holder) = ActionReader.responsibleLabel(rec.units[ui].text) else { continue }
      // "Hvem: Lone" / "Hvad: Bestille bus til lejrskolen" / "Hvornår: Inden 1. april": the
      // task's own fields, in any order after who.
      if head.isEmpty, ui + 1 < rec.units.count, let what = Self.fieldValue(rec.units[ui + 1].text, labels: ["hvad", "opgave"]) {
        let when = ui + 2 < rec.units.count ? Self.fieldValue(rec.units[ui + 2].text, labels: ["hvornår", "frist", "deadline"]) : nil
        addTask(what, at: ui + 1, owner: holder, due: when.flatMap { ActionReader.firstLaterDay(in: "senest " + $0, reference: rec.date) })
        continue
      }
      // What the unit says before the label: nothing, a deadline (the line above), or the work.
      let headDue = head.isEmpty ? nil : ActionReader.deadlineAlone(head, reference: rec.date)
      var t = head.isEmpty || headDue != nil ? ui - 1 : ui
      while t >= 0, t < ui, ActionReader.deadlineAlone(rec.units[t].text, reference: rec.date) != nil { t -= 1 }
      // The sentence right before the label (a paragraph's last, whatever line it opened on), or
      // one a deadline's label stands between.
      guard t >= 0, t == ui - 1 || rec.units[ui].line - rec.units[t].line <= 2,
        t == ui || ActionReader.responsibleLabel(rec.units[t].text) == nil
      else { continue }
      let work = t == ui ? head : rec.units[t].text
      if let k = rec.candidates.firstIndex(where: { $0.0 == t }) {
        // The label names the one who holds the work, over what the sentence's grammar took for
        // its doer (`Praktiske aftaler med korets dirigent ...` / `Ansvarlig: Dorthe`).
        // (An owner the grammar read is kept where the label stands apart, a paragraph below.)
        if rec.candidates[k].1.presenters.isEmpty, rec.candidates[k].1.kind != .referral,
          rec.candidates[k].1.ownerPhrase == nil || rec.units[ui].line - rec.units[t].line <= 1
        {
          rec.candidates[k].1.ownerPhrase = holder
          if rec.candidates[k].1.kind == .milestone { rec.candidates[k].1.kind = .task }
          if rec.candidates[k].1.due == nil, let headDue { rec.candidates[k].1.due = headDue }
        }
      } else if !rec.deferrals.contains(where: { $0.unit == t }), OutcomeGrammar.read(work).acts.isEmpty, !work.isEmpty {
        addTask(work, at: t, owner: holder, due: headDue ?? ActionReader.firstLaterDay(in: work, reference: rec.date))
      }
    }
    for ui in rec.units.indices {
      guard let (task, doers) = ActionReader.annotatedDoers(rec.units[ui].text) else { continue }
      if let k = rec.candidates.firstIndex(where: { $0.0 == ui }) {
        let c = rec.candidates[k].1
        if c.ownerPhrase == nil || c.ownerPhrase.map({ doers.contains($0) || task.contains($0) }) == true, c.presenters.isEmpty,
          c.kind != .referral
        {
          rec.candidates[k].1.ownerPhrase = doers
          if c.kind == .milestone { rec.candidates[k].1.kind = .task }
        }
      } else if !rec.deferrals.contains(where: { $0.unit == ui }) {
        addTask(rec.units[ui].text, at: ui, owner: doers, due: ActionReader.firstLaterDay(in: rec.units[ui].text, reference: rec.date))
      }
    }
  }
}
