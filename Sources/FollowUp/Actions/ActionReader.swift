import Foundation
import MinutesCore

/// What kind of follow-up an action is.
public enum ActionKind: String, Hashable, Sendable, Codable {
  /// Work someone does (`udarbejder et notat`, `Notat ... sendes til de berørte ledere`).
  case task
  /// The case goes to another body (`drøftes i direktionen i januar 2024`).
  case referral
  /// A talk on an agenda the decision lays down (`Budget 2025 v/ Søren Søndergaard Kjær`).
  case presentation
  /// A state to be reached by a date (`klar til ibrugtagning den 1. november 2024`).
  case milestone
}

/// An action as read from one sentence, before owners and dates are resolved.
struct ActionCandidate: Hashable, Sendable {
  var sentence: String
  var kind: ActionKind
  /// The doers as written (`Ditte Aagård Pedersen`, `Chefen for Økonomi og HR`).
  var ownerPhrase: String?
  /// Presentation owners as written after `v/`.
  var presenters: [String]
  /// The expression chosen as the deadline.
  var due: TemporalExpression?
  /// An event the sentence ties the action to (`på budgettemadagen`): its word stem.
  var eventStem: String?
  /// The body a referral goes to.
  var referralBody: String?
  /// The bodies a case is sent on to (`Fremsendes til Teknisk Udvalg`): the referral's owners.
  var recipients: [ReferralGrammar.Recipient] = []
  /// The verb's stem (`udarbejde`), for the outcome and the review.
  var verb: String
  /// The action is the work of a body handling the case (`Direktionen behandler ...`).
  var isHandling: Bool
  /// The work a deferral waits for: due when the case comes back.
  var isDeferralPurpose = false
  /// The decision lays the work down in so many words (`Besluttet, at der tilføjes ...`,
  /// `besluttede at evaluere ...`).
  var isDecided = false
}

/// Reads actions from decision sentences (see `ActionGrammar` for the sentence shapes).
enum ActionReader {
  /// Reads a sentence of a decision.
  /// - Parameters:
  ///   - sentence: One sentence.
  ///   - reference: The decision's date.
  static func read(_ sentence: String, reference: Day, title: String = "") -> ActionCandidate? {
    guard !isMinorityNote(sentence) else { return nil }
    guard var c = readClauses(sentence, reference: reference, title: title) ?? labelledErrand(sentence, reference: reference, title: title)
    else { return nil }
    // "Der skal sendes et nyhedsbrev ud (Steen)": the doer named in brackets after the work.
    if c.kind == .task, c.ownerPhrase == nil, c.presenters.isEmpty, let name = bracketedDoer(sentence) ?? labelledDoer(sentence) {
      c.ownerPhrase = name
    }
    // "Seniorrådet aftalte at sende anbefalingen ... (Heidi sender på seniorrådets vegne):" the
    // one who does the work the sentence lays down, named in brackets with its verb.
    if c.kind == .task, c.presenters.isEmpty, let name = bracketedDoing(sentence, verb: c.verb) {
      c.ownerPhrase = name
    }
    // "Ida og Mikkel planlægger festen sammen med Eva Holt": a person named after `sammen med`
    // does the work too.
    if c.kind == .task, let owner = c.ownerPhrase, let partner = partner(in: sentence), !owner.contains(partner) {
      c.ownerPhrase = owner + " og " + partner
    }
    return c
  }

  /// The person a sentence names right after `sammen med`, by first name and surname.
  static func partner(in sentence: String) -> String? {
    guard let r = sentence.range(of: " sammen med ") else { return nil }
    let words = sentence[r.upperBound...].split(separator: " ").prefix(4).map { String($0).trimming(".,;:") }
    guard let first = words.first, NameGrammar.isFirstName(first) else { return nil }
    let name = words.prefix { $0.first?.isUppercase == true }
    return name.count >= 2 ? name.joined(separator: " ") : nil
  }

  /// What a minority, a party or members who voted against or reserved their position wish done
  /// (`Et mindretal (K) kunne ikke anbefale indstillingen, idet ... ønsker, at forvaltningen
  /// undersøger ...`, `Kim Vestergaard (Ø) stemte imod og ønskede, at ...`, `Marie Thorup (V)
  /// og Anders Lind (C) tog forbehold og ønsker, at ...`): a note of the vote, no decision. The
  /// subject before the vote is the minority, a party's letter in brackets or a party's name.
  static func isMinorityNote(_ sentence: String) -> Bool {
    guard sentence.utf8.count <= 1000 else { return false }
    let lower = sentence.lowercased()
    let marks = [" stemte ", " stemmer ", " forbehold", " kunne ikke ", " kan ikke ", " undlod ", " undlader "]
    guard let at = marks.compactMap({ lower.range(of: $0)?.lowerBound }).min() else { return false }
    let subject = lower[..<at]
    if subject.contains("mindretal") { return true }
    // "Kim Vestergaard (Ø)", "Pia Dam (A) og Kurt Friis (DF)": members by their party letters.
    let written = sentence.prefix(subject.count)
    let letters = written.split(separator: "(").dropFirst().compactMap { $0.split(separator: ")").first }
    if !letters.isEmpty, letters.allSatisfy(NameGrammar.isPartyLetters) { return true }
    return partyNames.contains { subject.hasPrefix($0 + " ") }
  }

  /// Danish parties by their names, as a subject opens with them (`Venstre kunne ikke tiltræde`).
  static let partyNames: [String] = [
    "socialdemokratiet", "venstre", "det konservative folkeparti", "konservative", "dansk folkeparti", "enhedslisten",
    "sf", "socialistisk folkeparti", "radikale venstre", "det radikale venstre", "liberal alliance", "nye borgerlige",
    "danmarksdemokraterne", "alternativet", "moderaterne", "kristendemokraterne",
  ]

  /// `(Heidi sender på seniorrådets vegne)`: a name, then the verb of the sentence's work, in
  /// brackets; the name.
  static func bracketedDoing(_ sentence: String, verb: String) -> String? {
    guard let open = sentence.lastIndex(of: "("), let close = sentence[open...].firstIndex(of: ")") else { return nil }
    let words = sentence[sentence.index(after: open)..<close].split(separator: " ").map(String.init)
    guard words.count >= 2, words.count <= 12 else { return nil }
    var k = 0
    while k < words.count, k < 3, words[k].first?.isUppercase == true || (k > 0 && words[k] == "og") { k += 1 }
    guard k >= 1, k < words.count, words[k - 1] != "og", NameGrammar.isFirstName(words[0]),
      let v = ActionGrammar.verb(words[k].lowercased()), v.stem == verb, v.form == .present
    else { return nil }
    return words[..<k].joined(separator: " ")
  }

  /// `Anne Hansen: sørger for kaffe`, `Bo: kontakter kommunen`: a person's name as the label of
  /// an errand in the present, the verb first; read as the name doing it (the sentence kept as
  /// written).
  static func labelledErrand(_ sentence: String, reference: Day, title: String) -> ActionCandidate? {
    guard let name = labelledDoer(sentence), let colon = sentence.firstIndex(of: ":") else { return nil }
    let rest = sentence[sentence.index(after: colon)...].drop(while: { $0 == " " })
    guard let first = rest.split(separator: " ").first.map({ $0.lowercased() }), let v = ActionGrammar.verb(first), v.form == .present
    else { return nil }
    // The colon becomes a space and the verb's capital a small letter: the same bytes in the
    // same places, so what is read keeps its place in the sentence as written.
    let verbStart = rest.startIndex
    let verbEnd = rest.index(verbStart, offsetBy: first.count)
    let rewritten = String(sentence[..<colon]) + " " + String(sentence[sentence.index(after: colon)..<verbStart])
      + rest[verbStart..<verbEnd].lowercased() + String(rest[verbEnd...])
    guard rewritten.utf8.count == sentence.utf8.count,
      var c = readClauses(rewritten, reference: reference, title: title), c.ownerPhrase == name
    else { return nil }
    c.sentence = sentence
    return c
  }

  /// `Arne Henriksen: præsentation af hjemmesiden sendes senest 1/11`: a person's name as the
  /// label of a passive piece of work.
  static func labelledDoer(_ sentence: String) -> String? {
    guard let colon = sentence.firstIndex(of: ":"), sentence.distance(from: sentence.startIndex, to: colon) <= 40 else {
      return nil
    }
    let head = sentence[..<colon].split(separator: " ")
    guard (1...3).contains(head.count), head.allSatisfy({ $0.first?.isUppercase == true }),
      let first = head.first, NameGrammar.isFirstName(String(first)) || (head.count == 1 && NameGrammar.isAcronym(String(first)))
    else { return nil }
    return head.joined(separator: " ")
  }

  /// `... (Steen)`, `... (MFA)`, `... (Jens og Lis).`: a name or initials in brackets ending a sentence.
  static func bracketedDoer(_ sentence: String) -> String? {
    var t = Substring(sentence.trimming(" "))
    if t.hasSuffix(".") { t = t.dropLast() }
    guard t.hasSuffix(")"), let open = t.lastIndex(of: "(") else { return nil }
    let inner = String(t[t.index(after: open)..<t.index(before: t.endIndex)]).trimming(" ")
    let words = inner.split(separator: " ")
    // "(Birgit)", "(KF og JH)", "(Sekretariatet)", "(Amina)": a name, initials, a unit, or one
    // capitalised word standing alone.
    guard (1...5).contains(words.count), inner.count <= 60,
      words.allSatisfy({ $0.first?.isUppercase == true || $0 == "og" }),
      words.contains(where: { NameGrammar.isFirstName(String($0)) || NameGrammar.isAcronym(String($0)) })
        || (words.count == 1 && words[0].count >= 3 && !PeopleDirectory.isPlace(inner))
    else { return nil }
    return inner
  }

  static func readClauses(_ sentence: String, reference: Day, title: String) -> ActionCandidate? {
    let toks = ActionGrammar.tokens(sentence)
    // A question ("Skal der udarbejdes et princip?") asks; it lays nothing down. An attachment's
    // line ("Bilag 2 (eftersendes)") names a paper and when it comes.
    guard !toks.isEmpty, !sentence.trimming(" ").hasSuffix("?"), toks[0].lower != "bilag" else { return nil }
    // "Sagen fremsendes til Kommunalbestyrelsen med anbefaling": the committee's adoption, sent
    // on the usual way; no work of anyone's.
    if OutcomeGrammar.isRecommendedOn(toks.filter { !$0.isBoundary }.map(\.lower)),
      toks.contains(where: { ReferralGrammar.passives.contains($0.lower) || ReferralGrammar.participles.contains($0.lower) })
    {
      return nil
    }
    let exprs = ahead(
      TemporalReader(reference: reference).expressions(in: sentence).filter { $0.kind != .time }, of: reference)
    if let m = milestone(sentence, toks: toks, exprs: exprs) {
      // "Villy og Aase laver en folder, der skal være klar inden 1. september": the main clause's
      // doers' work, due when the thing must be ready.
      for relative in [", der skal", ", som skal"] {
        guard let r = sentence.range(of: relative) else { continue }
        let main = String(sentence[..<r.lowerBound]) + "."
        if var c = readClauses(main, reference: reference, title: title), c.ownerPhrase != nil, c.kind == .task {
          c.sentence = sentence
          if c.due == nil { c.due = m.due }
          return c
        }
      }
      return m
    }
    // A deadline lies after the decision; "jf. byrådets møde den 9. april" is a reference.
    let later = exprs.filter { e in
      e.kind == .nextMeeting || (e.date.map { $0 > reference } ?? false)
    }
    // A sentence that opens with the case sent on without a name ("Fremsendes til videre
    // behandling") is a referral without an owner; "... og fremsendes til alle" sends a
    // document the sentence's other verb made.
    if let (v, stem, words) = ReferralGrammar.sendingVerb(toks, title: title), !words.isEmpty || v == 0 {
      let offset = toks[v].offset
      return ActionCandidate(
        sentence: sentence, kind: .referral, ownerPhrase: nil, presenters: [],
        due: later.first(where: { $0.utf8Range.lowerBound > offset }) ?? later.last, eventStem: nil,
        referralBody: words.isEmpty ? nil : words.map(\.text).joined(separator: " "),
        recipients: ReferralGrammar.recipients(words), verb: stem, isHandling: false)
    }
    if let r = request(sentence, toks: toks, later: later) { return r }
    if let r = activeRequest(sentence, toks: toks, later: later) { return r }
    if let r = wish(sentence, toks: toks, later: later) { return r }
    if let t = underWay(toks, sentence: sentence, later: later) { return t }
    let hits = ActionGrammar.verbs(in: toks)
    for hit in hits {
      let stem = hit.stem
      // Deferral verbs are read by the deferral reader.
      // ("Borgmesteren genoptager forhandlingerne med ...": someone takes up work again.)
      let resumesWork = stem == "genoptage" && hit.form == .present && hit.index + 1 < toks.count
        && !["sagen", "punktet", "drøftelsen", "behandlingen", "sagerne", "punkterne", "den", "det"].contains(toks[hit.index + 1].lower)
      if stem == "udsætte" || stem == "udskyde" || (stem == "genoptage" && !resumesWork) { continue }
      // "Punktet bliver drøftet næste gang": the case handled, no work by itself.
      if hit.isBliverPassive, ["drøftet", "behandlet", "diskuteret"].contains(stem) { continue }
      let after = toks[(hit.index + 1)...].prefix(3).map(\.lower)
      // "drøftes igen" defers the case; "Direktionen drøfter X igen" is another body's work.
      if ActionGrammar.handlingStems.contains(stem), after.contains("igen"), hit.form == .passive {
        continue
      }
      // "Vi tager sagen op igen senere": the case taken up again is a deferral, no task.
      if stem == "tage", after.contains("op"), toks[(hit.index + 1)...].prefix(5).contains(where: { $0.lower == "igen" }) {
        continue
      }
      let verbOffset = toks[hit.index].offset
      let due = firstDeadline(later.filter { $0.utf8Range.lowerBound > verbOffset })
        ?? later.last(where: { before(toks, $0, clauseOf: hit.modalIndex ?? hit.index) })
      // "Høringsmødet afholdes den 23. august": an event on a day is announced, not work.
      if hit.form == .passive, eventVerbs.contains(stem), isEventDay(sentence, exprs) { continue }
      var body: String?
      if ActionGrammar.handlingStems.contains(stem) {
        // "drøftes i direktionen", "behandles i Økonomiudvalget", "drøftes med HovedMED-udvalget".
        body = bodyAfter(toks, hit.index)
        if body == nil, due == nil, hit.form == .passive { continue }
      }
      var owner: String?
      if hit.form == .present || hit.modalIndex != nil && !hit.isBliverPassive && hit.form == .infinitive {
        owner = subject(toks, verbIndex: hit.modalIndex ?? hit.index)
        if owner == nil { owner = invertedSubject(toks, hit.index) }
        // "samtidig vil NOK prøve at søge tilskud": the subject after the modal.
        if owner == nil, let m = hit.modalIndex, !hit.isBliverPassive { owner = invertedSubject(toks, m) }
        // An active verb without a doer is no action ("kommer med" of an unnamed one), unless
        // the meeting agreed on the work ("Der er enighed om, at undersøge ...").
        let agreed = hit.form == .infinitive && hit.modalIndex.map { m in
          toks[m...].prefix(2).contains { ["enighed", "enige", "besluttet", "aftalt"].contains($0.lower) }
        } == true
        if owner == nil, !agreed { continue }
      } else if let agent = agentPhrase(toks, hit.index) {
        owner = agent
      }
      // "Bestyrelsen beder Bo Jensen om at kontakte revisor": a body asks one of its members, who
      // does the work (a person who asks someone, `Mai-Britt beder gårdmanden ...`, sees to it).
      if stem == "bede" || stem == "anmode", hit.form == .present, let asker = owner, BodyWords.looksLikeBody(asker), hit.index + 1 < toks.count {
        var k = hit.index + 1
        var asked: [ClauseToken] = []
        while k < toks.count, asked.count < 4, !toks[k].isBoundary, toks[k].isCapitalized {
          asked.append(toks[k])
          k += 1
        }
        if let first = asked.first, NameGrammar.isFirstName(first.text), k < toks.count, toks[k].lower == "om" {
          owner = asked.map(\.text).joined(separator: " ")
        } else if asked.count == 1, NameGrammar.isUnitWord(asked[0].lower) || NameGrammar.isRoleWord(asked[0].lower),
          k < toks.count, toks[k].lower == "om" || toks[k].lower == "at" || ActionGrammar.stems.contains(toks[k].lower)
        {
          // "Udvalget beder Skoleafdelingen udarbejde en handleplan": the unit asked does it.
          owner = asked[0].text
        } else if asked.isEmpty, isDoerNoun(toks[hit.index + 1].lower), hit.index + 2 < toks.count, toks[hit.index + 2].lower == "om" {
          // "Udvalget beder administrationen om en skriftlig redegørelse": the one asked.
          let w = toks[hit.index + 1].text
          owner = w.prefix(1).uppercased() + w.dropFirst()
        }
      }
      // "Forvaltningen orienterer nærmere om ... på næste møde": a talk the subject gives at a
      // meeting to come; without one, the minutes tell the briefing given at this meeting.
      // "Forvaltningen giver en status på næste møde": a talk, as `orienterer` is.
      let givesTalk = stem == "give" && toks[(hit.index + 1)...].prefix(3).contains {
        ["status", "orientering", "statusorientering", "oplæg"].contains($0.lower)
      }
      // "Direktøren orienterer medarbejderne senest 1. november": informing people by a day is an
      // errand (without one, `Anna orienterer Parby om, at ...` tells what was said).
      // So is informing someone else than the meeting (`HB orienterer JT om drøftelsen`), or the
      // meeting once something has happened (`... orienterer udvalget, når forhandlingerne er
      // afsluttet`); what was reported (`orienterer Parby om, at ...`) stays told.
      let informsSomeone = stem == "orientere" && ActionGrammar.namesPeopleAfter(toks, hit.index)
        && (due != nil || (!ActionGrammar.reportsSpeech(toks, after: hit.index)
          && (!ActionGrammar.meetingWords.contains(toks[hit.index + 1].lower) || ActionGrammar.waitsForEvent(toks, after: hit.index))))
      let atMeeting = due?.kind == .nextMeeting || due?.mentionsMeeting == true
      if talkVerbs.contains(stem) || givesTalk, hit.form == .present, let owner, atMeeting || !informsSomeone {
        // "Borgerservice giver en orientering om ventetiderne efter sommerferien", "Forvaltningen
        // orienterer udvalget om udbuddet den 4. november": a talk to come, on its day.
        guard atMeeting || due != nil else { continue }
        return ActionCandidate(
          sentence: sentence, kind: .presentation, ownerPhrase: nil, presenters: [owner], due: due,
          eventStem: nil, referralBody: nil, verb: stem, isHandling: false)
      }
      // "Nedenstående anlægstema fremsendes til Teknik- og Miljøudvalget": what the item holds,
      // sent on to a body, is the body's to take up.
      var recipients: [ReferralGrammar.Recipient] = []
      if body == nil, owner == nil, hit.form == .passive, hit.modalIndex == nil, ReferralGrammar.sendingStems.contains(stem),
        hit.index + 1 < toks.count, toks[hit.index + 1].lower == "til",
        !ReferralGrammar.documentWords.contains(toks[ActionGrammar.clauseStart(toks, hit.index)..<hit.index].last?.lower ?? "")
      {
        let sentTo = ReferralGrammar.recipients(ReferralGrammar.recipientWords(toks, til: hit.index + 1))
        if !sentTo.isEmpty, sentTo.allSatisfy({ BodyWords.looksLikeBody($0.name) }) {
          body = sentTo.map(\.surface).joined(separator: " og ")
          recipients = sentTo
        }
      }
      let isReferral = body != nil && hit.form == .passive
      // "Økonomiudvalget skal behandle sagen": the case goes to the subject.
      if recipients.isEmpty, ActionGrammar.handlingStems.contains(stem), hit.form != .passive, let owner,
        hit.index + 1 < toks.count, ReferralGrammar.caseWords.contains(toks[hit.index + 1].lower),
        BodyWords.looksLikeBody(owner)
      {
        recipients = [ReferralGrammar.Recipient(surface: owner, name: owner)]
      }
      let isGovernedInfinitive =
        hit.form == .infinitive && hit.modalIndex.map { ActionGrammar.infinitiveGovernors.contains(toks[$0].lower) } == true
      return ActionCandidate(
        sentence: sentence, kind: isReferral || !recipients.isEmpty ? .referral : .task,
        ownerPhrase: recipients.isEmpty ? owner : nil,
        presenters: [], due: due, eventStem: due == nil ? eventStem(toks, after: hit.index) : nil,
        referralBody: body ?? recipients.first?.surface, recipients: recipients, verb: stem,
        isHandling: ActionGrammar.handlingStems.contains(stem) && owner != nil,
        isDecided: isGovernedInfinitive || ActionGrammar.isDecisionClause(toks, hit.index))
    }
    if let t = telegraphic(sentence, toks: toks, later: later) { return t }
    if let t = assignment(sentence, later: later) { return t }
    if let t = responsibility(sentence, toks: toks, later: later) { return t }
    return nil
  }

  /// Roles of a board's member who carries a task (`tovholder for`, `ansvarlig for`).
  static let taskRoles: Set<String> = ["tovholder", "ansvarlig", "ansvarlige", "kontaktperson", "koordinator", "tovholdere"]

  /// `Elsebeth er tovholder for vedligeholdelse af pavillonen`, `Mads vil være ansvarlig for
  /// standerhejsningen`: a named member made responsible for something is that person's task.
  static func responsibility(_ sentence: String, toks: [ClauseToken], later: [TemporalExpression]) -> ActionCandidate? {
    guard toks.count >= 5, toks.count <= 40, opensWithDoer(toks) else { return nil }
    let nameEnd = doerNameEnd(toks)
    var v = nameEnd
    guard v < toks.count else { return nil }
    if toks[v].lower == "vil" || toks[v].lower == "skal", v + 1 < toks.count, toks[v + 1].lower == "være" {
      v += 2
    } else if ["er", "bliver", "blev"].contains(toks[v].lower) {
      v += 1
    } else {
      return nil
    }
    if v < toks.count, ["fortsat", "også", "fremover", "herefter"].contains(toks[v].lower) { v += 1 }
    guard v + 1 < toks.count, taskRoles.contains(toks[v].lower), ["for", "på"].contains(toks[v + 1].lower) else { return nil }
    if toks.contains(where: { $0.lower == "ikke" }) { return nil }
    let owner = toks[0..<nameEnd].map(\.text).joined(separator: " ")
    return ActionCandidate(
      sentence: sentence, kind: .task, ownerPhrase: owner, presenters: [], due: later.first, eventStem: nil,
      referralBody: nil, verb: "være", isHandling: false)
  }

  /// `Adventskrans – W`, `Opsætning/pyntning d. 14.12. – A/DUK`, `Kaffe - Karen`: a board's list
  /// of who does what, the task and, after a dash, the doer's initials or first name.
  static func assignment(_ sentence: String, later: [TemporalExpression]) -> ActionCandidate? {
    guard sentence.utf8.count <= 160 else { return nil }
    let text = sentence.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
    guard let dash = text.range(of: " – ", options: .backwards) ?? text.range(of: " - ", options: .backwards) else { return nil }
    let task = text[..<dash.lowerBound].trimmingCharacters(in: .whitespaces)
    let doer = text[dash.upperBound...].trimmingCharacters(in: .whitespaces)
    let parts = doer.split(separator: "/").map(String.init)
    guard !task.isEmpty, task.split(separator: " ").count <= 10, !parts.isEmpty, parts.count <= 4,
      parts.allSatisfy({ p in
        (1...4).contains(p.count) && p.allSatisfy { $0.isUppercase && $0.isLetter } || NameGrammar.isFirstName(p)
      })
    else { return nil }
    guard task.contains(where: \.isLowercase) else { return nil }
    // "Godkendt – V", "Forslaget forkastet - A": a decision and a party's letter, not a task;
    // "OK" is a word.
    guard OutcomeGrammar.read(String(task)).acts.isEmpty, !parts.contains("OK") else { return nil }
    return ActionCandidate(
      sentence: sentence, kind: .task, ownerPhrase: parts.joined(separator: " og "), presenters: [], due: later.first,
      eventStem: nil, referralBody: nil, verb: "", isHandling: false)
  }

  /// `Regnskabet er under udarbejdelse af Mette og Karen`: work under way, the doers named after
  /// `af`, is theirs.
  static func underWay(_ toks: [ClauseToken], sentence: String, later: [TemporalExpression]) -> ActionCandidate? {
    guard toks.count <= 30, let u = toks.firstIndex(where: { $0.lower == "under" }), u >= 2, u + 3 < toks.count,
      ["er", "bliver"].contains(toks[u - 1].lower), toks[u + 2].lower == "af",
      case let noun = toks[u + 1].lower, noun.count >= 7, noun.hasSuffix("else") || noun.hasSuffix("ing"),
      !toks.contains(where: { $0.lower == "ikke" })
    else { return nil }
    var names: [ClauseToken] = []
    for t in toks[(u + 3)...] {
      if t.isBoundary { break }
      guard t.isCapitalized || t.lower == "og" else { break }
      names.append(t)
    }
    while names.last?.lower == "og" { names.removeLast() }
    guard !names.isEmpty, names.count <= 8 else { return nil }
    return ActionCandidate(
      sentence: sentence, kind: .task, ownerPhrase: names.map(\.text).joined(separator: " "), presenters: [],
      due: later.first, eventStem: nil, referralBody: nil, verb: noun, isHandling: false)
  }

  /// Verbs in the present that tell, think or are, not do: a name before them lays down no work.
  static let notWork: Set<String> = [
    "er", "har", "var", "havde", "kan", "vil", "skal", "må", "bør", "får", "bliver", "synes", "mener", "tror",
    "siger", "fortæller", "oplyser", "orienterer", "spørger", "foreslår", "ønsker", "håber", "ved", "hedder",
    "kommer", "går", "ser", "finder", "takker", "roser", "beklager", "undrer", "deltager", "savner", "glæder",
    "nævner", "bemærker", "understreger", "påpeger", "minder", "erindrer", "anbefaler", "opfordrer", "beder",
    "tilbyder", "forklarer", "gennemgår", "præsenterer", "redegør", "svarer", "anser", "ligger", "står", "bor",
  ]

  /// `Marianne bager.`, `Per booker salen.`: in notes, a short sentence that opens with a
  /// person's first name and a verb in the present lays down that person's errand, whatever
  /// the verb (telling, thinking and being excepted).
  static func telegraphic(_ sentence: String, toks allToks: [ClauseToken], later: [TemporalExpression]) -> ActionCandidate? {
    // "Lars kommer først sent: LGH køber kul": after a colon too.
    var starts = [0] + allToks.indices.filter { allToks[$0].text == ":" && $0 + 1 < allToks.count }.prefix(3).map { $0 + 1 }
    // "Badminton, Karsten fordeler tiderne", "Gave som tak for hjælpen, Per tager sig af det":
    // the matter in a few words before a comma, then the errand.
    if let comma = allToks.indices.first(where: { allToks[$0].isBoundary }), allToks[comma].text == ",",
      (1...6).contains(comma), comma + 1 < allToks.count
    {
      starts.append(comma + 1)
    }
    for start in starts {
      if let c = telegraphicClause(sentence, toks: Array(allToks[start...]), later: later) { return c }
    }
    return nil
  }

  /// A clause opened by a person: a first name, or a person's initials ("JH sørger for
  /// adresserne"), not a unit's (`HR`, `IT`).
  static func opensWithDoer(_ toks: [ClauseToken]) -> Bool {
    guard let first = toks.first, !first.isBoundary, first.isCapitalized else { return false }
    let initials = NameGrammar.isAcronym(first.text) && (2...3).contains(first.text.count)
      && !Register.unitAcronyms.contains(first.lower)
    return NameGrammar.isFirstName(first.text) || initials
  }

  /// Where the doer's name that opens a clause ends: the name may go on with a surname ("Per
  /// Holm booker salen"), or a partner's ("Trine og Jette laver en folder").
  static func doerNameEnd(_ toks: [ClauseToken]) -> Int {
    var v = 1
    while v < toks.count, v <= 3, toks[v].isCapitalized, !toks[v].isBoundary { v += 1 }
    if v + 1 < toks.count, toks[v].lower == "og", NameGrammar.isFirstName(toks[v + 1].text) {
      v += 2
      while v < toks.count, v <= 8, toks[v].isCapitalized, !toks[v].isBoundary { v += 1 }
    }
    return v
  }

  static func telegraphicClause(_ sentence: String, toks: [ClauseToken], later: [TemporalExpression]) -> ActionCandidate? {
    let words = toks.filter { !$0.isBoundary }
    guard words.count >= 2, words.count <= 16, toks.count >= 2, !toks[0].isBoundary, !toks[1].isBoundary || toks[1].text == ",",
      opensWithDoer(toks)
    else { return nil }
    // A comma may follow the name ("Tobias, opdaterer facebook").
    let nameEnd = doerNameEnd(toks)
    var v = nameEnd
    if v < toks.count, toks[v].text == "," {
      v += 1
      // "Anders Berner, Asger Gaard, ...": a list of names, no errand.
      guard v < toks.count, !toks[v].isCapitalized else { return nil }
    }
    guard v < toks.count, !toks[v].isBoundary else { return nil }
    let verb = toks[v].lower
    guard verb.count >= 4, verb.hasSuffix("er"), !notWork.contains(verb), !verb.hasSuffix("ede"),
      !NameGrammar.isRoleWord(verb)
    else { return nil }
    // "Henrik Arens (genopstiller)": a note in brackets, not a verb.
    let bytes = Array(sentence.utf8)
    if toks[v].offset > 0, toks[v].offset <= bytes.count, bytes[toks[v].offset - 1] == 0x28 { return nil }
    if toks.contains(where: { $0.lower == "ikke" }) { return nil }
    let owner = toks[0..<nameEnd].map(\.text).joined(separator: " ")
    return ActionCandidate(
      sentence: sentence, kind: .task, ownerPhrase: owner, presenters: [], due: later.first, eventStem: nil,
      referralBody: nil, verb: String(verb.dropLast()), isHandling: false)
  }

  /// `Forvaltningen bedes tilvejebringe et overblik. Dette fremlægges for ØU på mødet d. 20/2.`:
  /// the sentence after a piece of work that only says when it comes back (a demonstrative,
  /// then a passive or a modal) gives the work its day; `nil` when the sentence is not such.
  static func comesBackOn(_ sentence: String, reference: Day) -> TemporalExpression? {
    let words = sentence.split(separator: " ", maxSplits: 2).map { $0.lowercased() }
    guard words.count >= 2, ["dette", "det", "disse", "denne", "den"].contains(words[0]),
      words[1].hasSuffix("es") && words[1].count > 4 || ["skal", "vil", "bliver"].contains(words[1])
    else { return nil }
    let exprs = ahead(
      TemporalReader(reference: reference).expressions(in: sentence).filter { $0.kind != .time }, of: reference)
    return exprs.first { e in e.kind == .nextMeeting || (e.date.map { $0 > reference } ?? false) }
  }

  /// The first of the times after a verb, as its deadline; a year that names what the work is
  /// about (`en oversigt over vejarbejderne i 2037 til udvalget i uge 2`) gives way to a finer
  /// time within it later in the sentence.
  static func firstDeadline(_ after: [TemporalExpression]) -> TemporalExpression? {
    guard let first = after.first else { return nil }
    guard first.granularity == .year, let s = first.start, let e = first.end else { return first }
    return after.dropFirst().first { x in
      x.granularity != .year && x.start.map { $0 >= s } == true && x.end.map { $0 <= e } == true
    } ?? first
  }

  /// `Frist: 15. april 2024.`, `Deadline uge 16`, `Tidsfrist: næste møde`: a sentence that is
  /// a deadline's label and its day alone gives the work before it its day; `nil` when the
  /// sentence is not such.
  static func deadlineAlone(_ sentence: String, reference: Day) -> TemporalExpression? {
    let trimmed = sentence.trimming(" .")
    let lower = trimmed.lowercased()
    guard trimmed.utf8.count <= 60,
      let label = ["tidsfrist", "deadline", "frist", "senest", "færdig", "udføres senest", "inden"].first(where: {
        lower.hasPrefix($0)
      })
    else { return nil }
    let rest = lower.dropFirst(label.count)
    guard let f = rest.first, f == ":" || f == " " else { return nil }
    let exprs = ahead(
      TemporalReader(reference: reference).expressions(in: sentence).filter { $0.kind != .time }, of: reference)
    guard let e = exprs.first(where: { e in e.kind == .nextMeeting || (e.date.map { $0 > reference } ?? false) }) else { return nil }
    // Nothing else than the label and the day.
    let others = rest.drop(while: { $0 == ":" || $0 == " " }).split(separator: " ").count
    return others <= e.text.split(separator: " ").count + 1 ? e : nil
  }

  /// `Ansvarlig: Jens`, `Ansv.: KL`, `Hvem: Lone`, `Tovholder: Anne og Peter`, `Ansv. for
  /// indkøb: LB`: who holds the work of the sentence before, as written (several joined by
  /// `og`), and what the unit says before the label (`Frist: 15.04.25` on the line above, joined
  /// into one unit); nil when the unit ends in no such label.
  static func responsibleLabel(_ unit: String) -> (head: String, holder: String)? {
    let trimmed = unit.trimming(" .")
    guard trimmed.utf8.count <= 160, trimmed.contains(":") else { return nil }
    let words = trimmed.split(separator: " ", omittingEmptySubsequences: true)
    let labels: Set<String> = ["ansvarlig", "ansvarlige", "ansv.", "ansv", "hvem", "tovholder", "tovholdere", "ansvar"]
    guard let k = words.indices.last(where: { k in
      let w = words[k].lowercased().trimming(":")
      guard labels.contains(w) || (w == "udføres" && k + 1 < words.count && words[k + 1].lowercased().hasPrefix("af")) else { return false }
      // At the unit's start, or capitalised after what the line above said.
      guard k == 0 || words[k].first?.isUppercase == true else { return false }
      return words[k...].prefix(7).contains { $0.hasSuffix(":") }
    }), let c = words[k...].firstIndex(where: { $0.hasSuffix(":") }) else { return nil }
    var head = words[..<k].joined(separator: " ")
    // "Ansv. for opdatering af hjemmesiden: LB": the work named in the label.
    if c > k + 1, words[k + 1].lowercased() == "for", head.isEmpty {
      head = words[(k + 2)...c].joined(separator: " ").trimming(":")
    } else if c > k + 3 {
      return nil
    }
    // "Ansvarlig: Tove (spurgt pr. mail)": a note after the name goes.
    var value = words[(c + 1)...].joined(separator: " ")
    if let open = value.firstIndex(of: "("), value.hasSuffix(")") { value = String(value[..<open]) }
    let parts = doerParts(value)
    // Names, initials or a role: a few words each, no sentence.
    guard !parts.isEmpty, parts.count <= 4, parts.allSatisfy({ $0.split(separator: " ").count <= 4 }) else { return nil }
    return (head, joinedDoers(parts))
  }

  /// `Lars / Susanne`, `TN + SR`, `Inger og Kaj`, `Anne, Bo & Eva`: the doers a note lists.
  static func doerParts(_ text: String) -> [String] {
    text.trimmingCharacters(in: CharacterSet(charactersIn: " .")).replacingOccurrences(of: " + ", with: ", ")
      .replacingOccurrences(of: " / ", with: ", ").replacingOccurrences(of: "/", with: ", ").replacingOccurrences(of: " & ", with: ", ")
      .replacingOccurrences(of: " og ", with: ", ")
      .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }

  /// The doers as an owner phrase: `Anne, Bo og Eva`.
  static func joinedDoers(_ parts: [String]) -> String {
    parts.count == 1 ? parts[0] : parts.dropLast().joined(separator: ", ") + " og " + parts[parts.count - 1]
  }

  /// The first day after the decision a unit names (or its next meeting), as a deadline reads it.
  static func firstLaterDay(in text: String, reference: Day) -> TemporalExpression? {
    ahead(TemporalReader(reference: reference).expressions(in: text).filter { $0.kind != .time }, of: reference)
      .first { e in e.kind == .nextMeeting || (e.date.map { $0 > reference } ?? false) }
  }

  /// Party letters written in brackets after a member (`Trine Lauge (SF)`): no one's initials.
  static let partyLetters: Set<String> = ["SF", "DF", "EL", "RV", "LA", "KF", "NB", "KD", "FG", "DD", "ALT"]

  /// `Lars / Susanne`, `TN + SR`, `Inger og Kaj`, `Allan M.`, `Kassereren`: who a board's note
  /// gives a task to, a few first names, initials or a role; the doers joined by `og`.
  static func doerList(_ text: String) -> String? {
    let parts = doerParts(text)
    guard !parts.isEmpty, parts.count <= 4 else { return nil }
    for p in parts {
      let words = p.split(separator: " ").map(String.init)
      guard let first = words.first, words.count <= 3 else { return nil }
      let initials = (2...3).contains(first.count) && first.allSatisfy { $0.isUppercase && $0.isLetter } && words.count == 1
        && !partyLetters.contains(first) && !Register.unitAcronyms.contains(first.lowercased())
      let name = NameGrammar.isFirstName(first) && words.dropFirst().allSatisfy { $0.first?.isUppercase == true }
      let role = words.count == 1 && first.first?.isUppercase == true && NameGrammar.isRoleWord(first)
        && NameGrammar.stripDefinite(first.lowercased()) != first.lowercased()
      guard initials || name || role else { return nil }
    }
    return joinedDoers(parts)
  }

  /// A board's note of a task and who does it: `HB – brev til lodsejerne, senest 15/9`,
  /// `Plakater til byfesten (Birgit)`, `Referatet lægges på hjemmesiden → Dorthe`, `Søren:
  /// laver opslag på Aula`, `Tilskudsansøgning til kommunen: TN + SR, frist 1. november`: the
  /// task's words and the doers.
  static func annotatedDoers(_ unit: String) -> (task: String, doers: String)? {
    let text = unit.trimmingCharacters(in: CharacterSet(charactersIn: " ."))
    // Only the shapes of a note (a dash, an arrow, a closing bracket, a colon), looked at in the
    // bytes first: every sentence of every decision passes here. Not a label of its own
    // (`Ansvarlig: KL`; `Frist: 15/9`, whichever day the meeting was: read last, only for a note).
    guard text.utf8.count <= 200,
      text.utf8.contains(where: { $0 == 0x3A || $0 == 0x29 || $0 == 0x2D || $0 == 0xE2 || $0 == 0x3E }),
      text.contains(where: \.isLowercase), responsibleLabel(unit) == nil,
      let note = noteShape(text)
    else { return nil }
    return deadlineAlone(unit, reference: Day(ordinal: 0)) == nil ? note : nil
  }

  /// The task and doers of a board's note by its shape (`annotatedDoers`).
  static func noteShape(_ text: String) -> (task: String, doers: String)? {
    func isTask(_ t: Substring) -> Bool {
      let words = t.split(separator: " ")
      return words.count >= 1 && words.count <= 20 && t.contains(where: \.isLowercase) && OutcomeGrammar.read(String(t)).acts.isEmpty
    }
    // "HB – brev til lodsejerne", "KN - betaling af regninger, løbende".
    for dash in [" – ", " - "] {
      if let r = text.range(of: dash), let doers = doerList(String(text[..<r.lowerBound])), isTask(text[r.upperBound...]) {
        return (String(text[r.upperBound...]), doers)
      }
    }
    // "Referatet lægges på hjemmesiden → Dorthe".
    if let r = text.range(of: " → ") ?? text.range(of: " -> "), let doers = doerList(String(text[r.upperBound...])),
      isTask(text[..<r.lowerBound])
    {
      return (String(text[..<r.lowerBound]), doers)
    }
    // "... udkast, der indarbejder bemærkningerne (ansvarlig: Lone Bak, frist: 20. marts)": the
    // bracket's label of who holds it, beside its deadline's.
    if text.hasSuffix(")"), let open = text.lastIndex(of: "("), isTask(text[..<open]) {
      let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
      for field in inside.split(whereSeparator: { $0 == "," || $0 == ";" }) {
        guard let colon = field.firstIndex(of: ":") else { continue }
        let label = field[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        guard ["ansvarlig", "ansvarlige", "ansv.", "tovholder"].contains(label),
          let doers = doerList(field[field.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        else { continue }
        return (String(text[..<open]).trimmingCharacters(in: .whitespaces), doers)
      }
    }
    // "Plakater til byfesten (Birgit)", "Snerydningsaftalen opsiges inden 1. juni (Susanne)".
    if text.hasSuffix(")"), let open = text.lastIndex(of: "("), let doers = doerList(String(text[text.index(after: open)..<text.index(before: text.endIndex)])),
      isTask(text[..<open])
    {
      return (String(text[..<open]).trimmingCharacters(in: .whitespaces), doers)
    }
    if let colon = text.firstIndex(of: ":") {
      let head = text[..<colon]
      let rest = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      // "Søren: laver opslag på Aula senest 1/5", "Kassereren: opdaterer MobilePay-aftalen".
      // Its first word a verb of work (`Martin Nielsen: modtager genvalg` tells a candidacy).
      let verb = rest.split(separator: " ").first.map { $0.lowercased() } ?? ""
      if let doers = doerList(String(head)), isTask(rest[...]), rest.first?.isLowercase == true,
        verb.hasSuffix("er"), !verb.hasSuffix("ede"), !notWork.contains(verb), !["modtager", "genopstiller", "stiller", "fratræder", "udtræder", "ønsker"].contains(verb)
      {
        return (rest, doers)
      }
      // "Tilskudsansøgning til kommunen: TN + SR, frist 1. november".
      // Not a label's (`Referent: Gert Vogel`, `Deltog ikke: Britta`, `Stedfortræder: René`).
      let pieces = rest.split(separator: ",", maxSplits: 1)
      // The doers a board's short forms (`TN + SR`, `Lars`), not a list of guests (`Følgende
      // inviteres: Ditte Ågård Pedersen, ...`).
      let short = pieces.first.map { $0.split(whereSeparator: { " +/,&".contains($0) }).filter { $0 != "og" }
        .allSatisfy { w in w.count <= 3 && w.allSatisfy(\.isUppercase) || NameGrammar.isFirstName(String(w)) } } ?? false
      if short, let first = pieces.first, let doers = doerList(String(first)), isTask(head), head.split(separator: " ").count >= 2,
        !head.split(separator: " ").contains(where: { NameGrammar.isRoleWord(String($0)) }),
        !["ikke", "afbud", "fraværende", "deltog"].contains(where: { head.lowercased().contains($0) })
      {
        return (String(head), doers)
      }
    }
    return nil
  }

  /// Days written without a year that fall before the decision (`på mødet den 3. marts` in
  /// May): work looks ahead, so they are the next year's. (A deferral's sentence may say when
  /// it was deferred, `blev udsat på mødet den 26. marts`: its days are left as read.)
  static func ahead(_ exprs: [TemporalExpression], of reference: Day) -> [TemporalExpression] {
    exprs.map { e in
      guard e.isYearInferred, let d = e.date, d < reference else { return e }
      var next = e
      // `uge 40`: the same weeks of the next ISO year, Monday to Sunday.
      if e.granularity == .week, let s = e.start, let end = e.end,
        let monday = Day.monday(ofISOWeek: s.isoWeek.week, year: s.isoWeek.year + 1)
      {
        next.start = monday
        next.end = monday.adding(days: s.days(until: end))
        return next
      }
      next.start = e.start?.adding(months: 12)
      next.end = e.end?.adding(months: 12)
      return next
    }
  }

  /// Verbs of holding an event: with the day it is held on, the sentence announces it.
  static let eventVerbs: Set<String> = ["afholde", "holde", "gennemføre"]
  /// Verbs of telling a meeting: with a meeting to come, a presentation.
  static let talkVerbs: Set<String> = ["orientere", "præsentere", "redegøre"]

  /// Whether the sentence gives the day an event is held on (`afholdes den 23. august 2016`),
  /// not a deadline for holding it (`inden 1. marts`, `senest`).
  static func isEventDay(_ sentence: String, _ exprs: [TemporalExpression]) -> Bool {
    let days = exprs.filter { $0.kind == .day || $0.kind == .datetime }
    guard let first = days.first else { return false }
    let before = String(decoding: Array(sentence.utf8)[0..<first.utf8Range.lowerBound], as: UTF8.self)
    let deadline: Set<String> = ["inden", "senest", "før", "frem", "til"]
    let last = before.split(separator: " ").last.map { $0.lowercased() } ?? ""
    let opening = first.text.split(separator: " ").first.map { $0.lowercased() } ?? ""
    return !deadline.contains(last) && !deadline.contains(opening)
  }

  /// Words of asking someone to act: as a participle after `blev`/`bliver`/`er`, or in the
  /// present passive; `bemyndiges til at` gives the one empowered the work.
  static let requestWords: Set<String> = [
    "opfordret", "bedt", "anmodet", "pålagt", "opfordres", "bedes", "anmodes", "pålægges",
    "bemyndiges", "bemyndiget",
  ]

  /// `Alle medlemmerne blev opfordret til at fremsende forslag`, `Forvaltningen bedes
  /// undersøge sagen`: the one asked is the subject, and the task is the infinitive.
  static func request(_ sentence: String, toks: [ClauseToken], later: [TemporalExpression])
    -> ActionCandidate?
  {
    for (i, t) in toks.enumerated() where requestWords.contains(t.lower) {
      var subjectEnd = i
      if !t.lower.hasSuffix("s") {
        guard i > 0, ["blev", "bliver", "er", "var"].contains(toks[i - 1].lower) else { continue }
        subjectEnd = i - 1
      }
      var j = i + 1
      // "Forvaltningen bedes til mødet i december fremlægge ...", "bedes hurtigst muligt
      // orientere ...": a time or a manner between `bedes` and its infinitive.
      if t.lower == "bedes", j < toks.count, ActionGrammar.verb(toks[j].lower)?.form != .infinitive,
        j + 1 < toks.count, toks[j + 1].lower != "at",
        timePrepositions.contains(toks[j].lower) || ["hurtigst", "snarest", "senest", "straks", "gerne", "endvidere", "også"].contains(toks[j].lower),
        let k = (j + 1..<min(toks.count, j + 10)).first(where: { k in
          !toks[k - 1].isBoundary && ActionGrammar.verb(toks[k].lower)?.form == .infinitive && !toks[k].isCapitalized
        }),
        !toks[j..<k].contains(where: { $0.isBoundary && $0.text != "." })
      {
        j = k
      }
      if j < toks.count, toks[j].lower == "til" || toks[j].lower == "om" { j += 1 }
      var afterAt = false
      if j < toks.count, toks[j].lower == "at" {
        j += 1
        afterAt = true
      }
      guard j < toks.count, !ActionGrammar.negated(toks, i) else { continue }
      // After "til at"/"om at" the word is an infinitive by its place ("bemyndiges til at indgå
      // aftale"); without "at" only a verb of work is read as one.
      let stem: String
      if let v = ActionGrammar.verb(toks[j].lower), v.form == .infinitive {
        guard ActionGrammar.particleOK(v.stem, toks, j) else { continue }
        stem = v.stem
      } else if afterAt, !toks[j].isBoundary, !toks[j].isCapitalized, toks[j].lower.allSatisfy(\.isLetter) {
        stem = toks[j].lower
      } else if t.lower == "bedes", !toks[j].isBoundary, !toks[j].isCapitalized, toks[j].lower.hasSuffix("e"),
        toks[j].lower.count >= 5, toks[j].lower.allSatisfy(\.isLetter)
      {
        // "Forvaltningen bedes tilvejebringe overblik": after `bedes` the word is an infinitive.
        stem = toks[j].lower
      } else {
        continue
      }
      // The subject is the noun phrase right before ("på vilkår som administrationen
      // bemyndiges til at ...").
      var words = nounPhrase(toks, before: subjectEnd)
      // "At direktionen bemyndiges til ...": a recommendation's `at` opens the clause.
      while let f = words.first, ["alle", "samtlige", "de", "hele", "at"].contains(f.lower) { words.removeFirst() }
      guard !words.isEmpty, !(words.count == 1 && ["der", "det", "man"].contains(words[0].lower)) else { continue }
      let offset = toks[i].offset
      return ActionCandidate(
        sentence: sentence, kind: .task, ownerPhrase: words.map(\.text).joined(separator: " "),
        presenters: [], due: later.first(where: { $0.utf8Range.lowerBound > offset }) ?? later.last,
        eventStem: nil, referralBody: nil, verb: stem, isHandling: false)
    }
    return nil
  }

  /// Verbs by which a body asks someone to do a piece of work, in the active.
  static let activeRequestWords: Set<String> = [
    "anmoder", "anmodede", "beder", "bad", "opfordrer", "opfordrede", "pålægger", "pålagde",
  ]

  /// `Udvalget anmodede forvaltningen om at undersøge en anden mødedato`, `Bestyrelsen opfordrer
  /// kassereren til at indhente tilbud`: the one asked does the work, the infinitive after `om
  /// at` / `til at`. A person who asks someone (`Karen beder gårdmanden om at ...`) sees to it
  /// herself, as the verb's own reading has it.
  static func activeRequest(_ sentence: String, toks: [ClauseToken], later: [TemporalExpression]) -> ActionCandidate? {
    for (i, t) in toks.enumerated() where activeRequestWords.contains(t.lower) && i > 0 {
      guard !ActionGrammar.negated(toks, i) else { continue }
      let asker = nounPhrase(toks, before: i)
      guard let a = asker.first, !(asker.count <= 2 && NameGrammar.isFirstName(a.text)) else { continue }
      // The one asked: up to six words before `om at` / `til at` (`pålægger X at`).
      let charges = t.lower.hasPrefix("pålæg")
      var k = i + 1
      var asked: [ClauseToken] = []
      while k < toks.count, asked.count < 6, !toks[k].isBoundary, toks[k].lower != "om", toks[k].lower != "til",
        !(charges && toks[k].lower == "at")
      {
        asked.append(toks[k])
        k += 1
      }
      // "Byrådet pålægger Økonomiudvalget at ...": the infinitive right after `at`.
      if charges, k < toks.count, toks[k].lower == "at" { k -= 1 }
      guard !asked.isEmpty, k + 2 < toks.count, toks[k + 1].lower == "at", let v = ActionGrammar.verb(toks[k + 2].lower),
        v.form == .infinitive, ActionGrammar.particleOK(v.stem, toks, k + 2),
        !asked.contains(where: { ["at", "der", "det", "som"].contains($0.lower) })
      else { continue }
      let offset = toks[i].offset
      return ActionCandidate(
        sentence: sentence, kind: .task, ownerPhrase: asked.map(\.text).joined(separator: " "),
        presenters: [], due: later.first(where: { $0.utf8Range.lowerBound > offset }) ?? later.last,
        eventStem: nil, referralBody: nil, verb: v.stem, isHandling: false)
    }
    return nil
  }

  /// `Høringsmødet afholdes den 23. august 2016`, `Der afholdes valg ... den 22. februar`: the
  /// sentence announces an event on a day; a decision of announcements notes them.
  static func announcesEvent(_ sentence: String, reference: Day) -> Bool {
    let toks = ActionGrammar.tokens(sentence)
    guard toks.contains(where: { ["afholdes", "holdes"].contains($0.lower) }) else { return false }
    let exprs = TemporalReader(reference: reference).expressions(in: sentence)
    return isEventDay(sentence, exprs)
  }

  /// Verbs of asking for something to come back (`Derudover ønskes et oplæg på ...`).
  static let wishWords: Set<String> = ["ønskes", "ønsker", "ønskede", "efterspørges", "efterspørger"]
  /// What is asked for: a talk to the committee (a presentation) or a written piece (a task).
  static let wishedTalks: Set<String> = [
    "oplæg", "præsentation", "orientering", "status", "gennemgang", "temamøde", "temadrøftelse", "opfølgning",
    "evaluering", "afrapportering",
  ]
  static let wishedPapers: Set<String> = ["notat", "redegørelse", "analyse", "oversigt", "beskrivelse"]
  /// What a committee asks to have done with a matter (`ønsker ... forelagt`, `... belyst`).
  static let askedParticiples: Set<String> = ["forelagt", "fremlagt", "præsenteret", "belyst", "uddybet", "afklaret", "undersøgt"]

  /// `Derudover ønskes et oplæg på konsekvenserne`, `Udvalget ønsker en orientering om ...`:
  /// the committee asks for a talk or a paper to come back; its giver when named (`fra
  /// forvaltningen`, `v/ Jens Berg`).
  static func wish(_ sentence: String, toks: [ClauseToken], later: [TemporalExpression]) -> ActionCandidate? {
    for (i, t) in toks.enumerated() where wishWords.contains(t.lower) || isReceiving(toks, i) || isComing(toks, i, later) {
      guard ActionGrammar.clauseAllows(toks, i), !ActionGrammar.negated(toks, i) else { continue }
      var j = i + 1
      while j < toks.count, j <= i + 3,
        ["et", "en", "nyt", "ny", "samlet", "kort", "derfor", "også", "samme", "tilsvarende"].contains(toks[j].lower)
      {
        j += 1
      }
      // `en fornyet status`, `en særskilt opfølgning`, `en skriftlig og grundig redegørelse`.
      var adjectives = 0
      while j + 1 < toks.count, adjectives < 3, wished(toks[j].lower) == nil,
        isAdjective(toks[j]) || (adjectives > 0 && ["og", "eller"].contains(toks[j].lower))
      {
        j += 1
        adjectives += 1
      }
      // "Udvalget ønsker tilsynsrapporterne forelagt primo maj", "ønsker sagen belyst igen på
      // mødet den 8. november": what is asked for, then its participle, then when.
      if j < toks.count, wished(toks[j].lower) == nil, wishWords.contains(t.lower),
        let p = toks[(i + 1)...].prefix(8).firstIndex(where: { askedParticiples.contains($0.lower) }),
        !toks[(i + 1)..<p].contains(where: \.isBoundary),
        let when = later.first(where: { $0.utf8Range.lowerBound > toks[p].offset })
      {
        let isTalk = ["forelagt", "fremlagt", "præsenteret"].contains(toks[p].lower)
        return ActionCandidate(
          sentence: sentence, kind: isTalk ? .presentation : .task, ownerPhrase: nil, presenters: [], due: when,
          eventStem: nil, referralBody: nil, verb: "ønske", isHandling: false)
      }
      guard j < toks.count, !toks[j].isBoundary, let isTalk = wished(toks[j].lower) else { continue }
      let giver = namedAfter(toks, j, prepositions: ["fra", "af", "v/"], within: 4)
      let offset = toks[i].offset
      return ActionCandidate(
        sentence: sentence, kind: isTalk ? .presentation : .task, ownerPhrase: isTalk ? nil : giver,
        presenters: isTalk ? giver.map { [$0] } ?? [] : [],
        due: later.first(where: { $0.utf8Range.lowerBound > offset }) ?? later.last, eventStem: nil,
        referralBody: nil, verb: "ønske", isHandling: false)
    }
    return nil
  }

  /// Whether a noun names a talk (true) or a paper (false) a committee asks for, alone or as the
  /// last part of a compound (`statusorientering`, `midtvejsevaluering`); nil for any other.
  static func wished(_ noun: String) -> Bool? {
    if wishedTalks.contains(noun) { return true }
    if wishedPapers.contains(noun) { return false }
    for talk in wishedTalks where noun.count >= talk.count + 3 && noun.hasSuffix(talk) { return true }
    for paper in wishedPapers where noun.count >= paper.count + 3 && noun.hasSuffix(paper) { return false }
    return nil
  }

  /// A word of an adjective's shape before the noun asked for (`fornyet`, `særskilt`, `skriftlig`,
  /// `uddybende`, `nærmere`, `opdateret`, `kvartalsvis`): lower case, and ending as Danish adjectives do.
  static func isAdjective(_ t: ClauseToken) -> Bool {
    guard !t.isBoundary, t.text == t.lower, t.lower.count >= 4, t.lower.allSatisfy(\.isLetter) else { return false }
    return adjectiveEndings.contains { t.lower.hasSuffix($0) }
  }
  static let adjectiveEndings = ["et", "ede", "ig", "ige", "lig", "sk", "ske", "ende", "ere", "lt", "vis", "fælles"]

  /// `Der kommer et oplæg til næste møde`: a talk or a paper announced for a meeting to come.
  static func isComing(_ toks: [ClauseToken], _ i: Int, _ later: [TemporalExpression]) -> Bool {
    toks[i].lower == "kommer" && i > 0 && toks[i - 1].lower == "der" && !later.isEmpty
  }

  /// `det nye Byråd bør have samme orientering ... ultimo januar 2014`: a body is to be given
  /// a talk or a paper (`have`/`få` after a modal); it is wished for like `ønskes`.
  static func isReceiving(_ toks: [ClauseToken], _ i: Int) -> Bool {
    guard ["have", "få"].contains(toks[i].lower), i > 0 else { return false }
    let modals: Set<String> = ["bør", "skal", "skulle", "burde", "må", "vil", "ville"]
    // `Rådet vil gerne have en evaluering`, `Udvalget vil også gerne have ...`: adverbs between.
    var k = i - 1
    while k > 0, k >= i - 2, ["gerne", "også", "derfor"].contains(toks[k].lower) { k -= 1 }
    return modals.contains(toks[k].lower)
  }

  /// A presentation bullet: `Topic v/ Name`, `Topic v. Name og Name`.
  static func presentation(_ text: String) -> (topic: String, presenters: [String])? {
    guard DanishBytes.containsV(text) else { return nil }
    let markers: [StaticString] = [" v/ ", " v/", " v. ", " ved "]
    for marker in markers {
      guard let r = DanishBytes.lastRange(of: marker, in: text) else { continue }
      let who = String(text[r.upperBound...]).trimming(" .")
      guard let f = who.first, f.isUppercase else { continue }
      let topic = String(text[..<r.lowerBound]).trimming(" .:-")
      var names: [String] = []
      for part in who.split(separator: ",") {
        for piece in NameGrammar.splitWords(String(part), at: ["og", "samt"]) {
          let p = piece.trimming(" .")
          if !p.isEmpty { names.append(p) }
        }
      }
      guard !names.isEmpty, !topic.isEmpty else { continue }
      return (topic, names)
    }
    return nil
  }

  /// `Tidsplanen er, at ... er klar til ibrugtagning den 1. november 2024.`
  static func milestone(_ sentence: String, toks: [ClauseToken], exprs: [TemporalExpression])
    -> ActionCandidate?
  {
    let s = SentenceWords(sentence)
    let markers = ["klar til", "er klar", "være klar", "i drift", "træder i kraft", "er færdig",
      "være færdig", "være afsluttet", "er afsluttet", "går i luften", "er implementeret",
      "være implementeret", "tages i brug"]
    guard markers.contains(where: { s.has($0) }), !s.contains("ikke"),
      let due = exprs.first(where: { $0.kind == .day || $0.kind == .period || $0.kind == .datetime })
    else { return nil }
    // Past states are facts, not milestones.
    if s.contains("blev") || s.contains("var") { return nil }
    return ActionCandidate(
      sentence: sentence, kind: .milestone, ownerPhrase: nil, presenters: [], due: due,
      eventStem: nil, referralBody: nil, verb: "være", isHandling: false)
  }

  /// Words that may join the words of one doer's name (`Chef for Økonomi og HR`).
  static let joiners: Set<String> = ["og", "for", "af", "i", "samt", "&", "+", "fra", "-"]
  /// Sentence adverbs that put the subject after the verb.
  static let adverbs: Set<String> = [
    "derudover", "samtidig", "herefter", "desuden", "endvidere", "derfor", "så", "nu",
    "fremover", "efterfølgende", "dernæst", "først", "endelig", "også", "herudover", "hertil",
    "dermed", "derefter", "afslutningsvis", "i", "på", "til", "inden", "med", "efter", "senest",
  ]

  /// The subject before the verb: capitalised words and their joiners, after the last other
  /// lower-case word (`Rapporten blev drøftet og BDO supplerer` → `BDO`).
  static func subject(_ toks: [ClauseToken], verbIndex v: Int) -> String? {
    var start = ActionGrammar.clauseStart(toks, v)
    // "Carl Nielsen, der er kasserer, vil skrive et udkast": a relative clause between the
    // subject and its verb; the subject stands before it.
    if start == v, start >= 2, toks[start - 1].text == "," {
      var k = start - 2
      while k > 0, !toks[k].isBoundary, start - k < 12 { k -= 1 }
      if k >= 1, toks[k].text == ",", k + 1 < start - 1, ["der", "som"].contains(toks[k + 1].lower) {
        return subject(toks, verbIndex: k)
      }
    }
    guard start < v else { return nil }
    // "Direktøren for By, Kultur og Miljø sender ...": a title whose area's parts commas part.
    if start >= 3, toks[start - 1].text == ",", toks[start..<v].allSatisfy({ $0.isCapitalized || $0.lower == "og" }) {
      var k = start - 2
      while k > 0, !toks[k].isBoundary, toks[k].isCapitalized, start - k <= 4 { k -= 1 }
      if k >= 1, toks[k].lower == "for", NameGrammar.isRoleWord(toks[k - 1].lower) || NameGrammar.isUnitWord(toks[k - 1].lower),
        ActionGrammar.clauseStart(toks, k - 1) == k - 1
      {
        start = k - 1
      }
    }
    // "Jara, Anne og Kirstine arbejder på den": a list of names whose commas cut the clause.
    if toks[start..<v].contains(where: { $0.lower == "og" }), toks[start..<v].allSatisfy({ $0.isCapitalized || $0.lower == "og" }) {
      var s = start
      while s >= 2, toks[s - 1].isBoundary, toks[s - 1].text == "," {
        var k = s - 2
        var name = 0
        // ("Godkendt, og Jens Berg ...": a decision's word is no name of the list.)
        while k >= 0, !toks[k].isBoundary, toks[k].isCapitalized, name < 3, OutcomeGrammar.verbs[toks[k].lower] == nil {
          k -= 1
          name += 1
        }
        guard name >= 1, k < 0 || (toks[k].isBoundary && toks[k].text == ",") else { break }
        s = k + 1
      }
      start = s
    }
    var words = Array(toks[start..<v])
    // "idet Center for Økonomi inden 1. december udarbejder ...", "at forvaltningen inden for 14
    // dage orienterer ...": a subordinate clause puts the time between its subject and its verb.
    if let k = words.indices.dropFirst().first(where: { timePrepositions.contains(words[$0].lower) }),
      words[k...].contains(where: {
        $0.text.first?.isNumber == true || timeWords.contains($0.lower) || $0.lower.hasSuffix("mødet")
          || $0.lower.hasSuffix("behandlingen")
      })
    {
      words = Array(words[..<k])
    }
    // "at administrationen samtidig undersøger": sentence adverbs after the subject go.
    while let l = words.last, subjectAdverbs.contains(l.lower), words.count > 1 { words.removeLast() }
    if let phrase = doerPhrase(words) { return phrase }
    // "Ældrerådet drøftede henvendelsen og svarer borgeren": a verb after `og` shares the
    // subject that opens the clause.
    if let l = words.last, l.lower == "og" || l.lower == "samt" {
      let opening = words.prefix { $0.isCapitalized || joiners.contains($0.lower) }
      if !opening.isEmpty, opening.count < words.count, let f = opening.first, !adverbs.contains(f.lower) {
        var head = Array(opening)
        while let e = head.last, joiners.contains(e.lower) { head.removeLast() }
        if !head.isEmpty { return head.map(\.text).joined(separator: " ") }
      }
    }
    // "Finn Sørensen og graver Jette Mørk kontakter ...": a title before a name in a list of
    // names is the name's, not where the subject starts.
    words = words.enumerated().filter { k, t in
      guard !t.isCapitalized, k + 1 < words.count, words[k + 1].isCapitalized, NameGrammar.isRoleWord(t.lower) else { return true }
      return !(k == 0 || joiners.contains(words[k - 1].lower) || words[k - 1].text == ",")
    }.map(\.element)
    if let cut = words.lastIndex(where: { !$0.isCapitalized && !joiners.contains($0.lower) && $0.text != "," }) {
      words = Array(words[(cut + 1)...])
    }
    while let f = words.first, joiners.contains(f.lower) { words.removeFirst() }
    while let l = words.last, joiners.contains(l.lower) { words.removeLast() }
    guard !words.isEmpty else { return nil }
    // A sentence adverb alone ("Derudover tager ...") is no subject.
    if words.count == 1, adverbs.contains(words[0].lower) { return nil }
    if adverbs.contains(words[0].lower) { return nil }
    // An expletive: "Det", "Der", "Man" are no doers; "Vi" is the committee whose minutes say it
    // (resolved with the deciding body).
    if ["det", "der", "man", "den", "dette", "de"].contains(words[0].lower), words.count == 1 {
      return nil
    }
    // A comma stays with the word before it ("Jara, Anne og Kirstine").
    var text = ""
    for w in words {
      if w.isBoundary {
        text += w.text
      } else {
        text += (text.isEmpty ? "" : " ") + w.text
      }
    }
    return text
  }

  /// Prepositions that open a time between a subject and its verb, and words of time after them.
  static let timePrepositions: Set<String> = ["inden", "senest", "indenfor", "om", "i", "til", "efter", "før", "primo", "medio", "ultimo"]
  static let timeWords: Set<String> = [
    "dage", "dag", "uger", "uge", "ugen", "måned", "måneder", "måneden", "år", "året", "kvartal", "halvår", "mødet", "møde",
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december",
    "sommerferien", "jul", "påske", "efteråret", "foråret", "næste",
  ]

  /// Sentence adverbs that may stand between a subject and its verb.
  static let subjectAdverbs: Set<String> = [
    "samtidig", "også", "derfor", "gerne", "nu", "selv", "snarest", "fremover", "løbende",
    "efterfølgende", "endvidere", "desuden", "hermed", "straks", "allerede", "fortsat", "så",
    "herefter", "derefter", "dernæst", "først",
  ]

  /// Lower-case nouns that name a doer: the administration, the municipality, a body, a role,
  /// a unit, the members (`administrationen`, `kommunen`, `udvalget`, `formanden`).
  static func isDoerNoun(_ lower: String) -> Bool {
    guard lower.count > 3, !lower.hasSuffix("møde"), !lower.hasSuffix("mødet") else { return false }
    return Register.administrationWords.contains(lower) || BodyWords.isBody(lower)
      || NameGrammar.isRoleWord(lower) || NameGrammar.isUnitWord(lower) || lower.hasPrefix("medlem")
  }

  /// The words before a verb when they end in a lower-case doer noun, with the genitive before
  /// it (`administrationen`, `Ældrerådets medlemmer`, `skolebestyrelses medlemmerne`).
  static func doerPhrase(_ words: [ClauseToken]) -> String? {
    guard let last = words.last, !last.isCapitalized, isDoerNoun(last.lower) else { return nil }
    var phrase = [last]
    if words.count >= 2 {
      let g = words[words.count - 2]
      if g.lower.hasSuffix("s"), g.lower.count > 3, g.isCapitalized || BodyWords.isBody(String(g.lower.dropLast())) {
        phrase.insert(g, at: 0)
      } else if words.count == 2, g.isCapitalized, NameGrammar.isUnitWord(last.lower), !adverbs.contains(g.lower),
        ["isk", "iske", "al", "ale", "iv", "ive"].contains(where: { g.lower.hasSuffix($0) })
      {
        // "Teknisk afdeling sender planen", "Juridisk sekretariat": the unit's adjective with it.
        phrase.insert(g, at: 0)
      }
    }
    // "I samarbejde med forvaltningen udarbejder skolen ...": a noun after a preposition is no
    // subject; the subject follows the verb.
    if words.count > phrase.count, prepositions.contains(words[words.count - phrase.count - 1].lower) { return nil }
    // "Formanden og næstformanden", "Per Dam og kommunaldirektøren": doers joined before it.
    var k = words.count - phrase.count - 1
    while k >= 1, ["og", "samt"].contains(words[k].lower) {
      var j = k - 1
      var run: [ClauseToken] = []
      if words[j].isCapitalized {
        while j >= 0, words[j].isCapitalized, run.count < 4 {
          run.insert(words[j], at: 0)
          j -= 1
        }
      } else if isDoerNoun(words[j].lower) {
        run = [words[j]]
        j -= 1
      }
      guard !run.isEmpty, j < 0 || !prepositions.contains(words[j].lower) else { break }
      phrase = run + [words[k]] + phrase
      k = j
    }
    return phrase.map(\.text).joined(separator: " ")
  }

  /// Prepositions: the noun after one is no subject.
  static let prepositions: Set<String> = [
    "med", "i", "på", "til", "af", "for", "fra", "hos", "ved", "om", "efter", "mellem", "blandt",
    "uden", "over", "under", "mod", "gennem",
  ]

  /// The noun phrase that ends right before `end`: capitalised words and their joiners, a
  /// doer noun with its genitive, and determiners (`alle`, `de`); it stops at any other word.
  static func nounPhrase(_ toks: [ClauseToken], before end: Int) -> [ClauseToken] {
    var k = end - 1
    var out: [ClauseToken] = []
    let determiners: Set<String> = ["alle", "samtlige", "de", "hele", "den", "det"]
    while k >= 0, !toks[k].isBoundary, out.count < 8 {
      let t = toks[k]
      let isGenitive = t.lower.hasSuffix("s") && t.lower.count > 3 && !out.isEmpty
      if t.isCapitalized || (joiners.contains(t.lower) && !out.isEmpty) || (out.isEmpty && isDoerNoun(t.lower))
        || isGenitive && (t.isCapitalized || BodyWords.isBody(String(t.lower.dropLast())))
        || (determiners.contains(t.lower) && !out.isEmpty)
      {
        out.insert(t, at: 0)
        k -= 1
        continue
      }
      break
    }
    while let f = out.first, joiners.contains(f.lower) { out.removeFirst() }
    // A capitalised word that opens the sentence is no name when an adverb ("Derudover").
    while let f = out.first, adverbs.contains(f.lower) { out.removeFirst() }
    return out
  }

  /// The subject after the verb in an inverted clause (`Derudover tager Direktionen initiativ`,
  /// `Derudover tager kommunen kontakt til ...`).
  static func invertedSubject(_ toks: [ClauseToken], _ v: Int) -> String? {
    // A lower-case doer right after the verb is the subject only after an opening adverb.
    let start = ActionGrammar.clauseStart(toks, v)
    if v + 1 < toks.count, !toks[v + 1].isCapitalized, isDoerNoun(toks[v + 1].lower), v - start == 1,
      adverbs.contains(toks[start].lower)
    {
      return toks[v + 1].text
    }
    // "Efter sommerferien udarbejder forvaltningen ...", "Til næste møde laver sekretariatet ...":
    // after an opening time.
    if v + 1 < toks.count, !toks[v + 1].isCapitalized, isDoerNoun(toks[v + 1].lower), v - start >= 2, v - start <= 6,
      ["inden", "efter", "før", "til", "senest", "i", "på"].contains(toks[start].lower), ActionGrammar.opensTime(toks[start + 1].lower)
    {
      return toks[v + 1].text
    }
    var words: [ClauseToken] = []
    var j = v + 1
    while j < toks.count, !toks[j].isBoundary {
      let t = toks[j]
      if t.isCapitalized || (joiners.contains(t.lower) && !words.isEmpty) {
        words.append(t)
      } else {
        break
      }
      j += 1
    }
    while let l = words.last, joiners.contains(l.lower) { words.removeLast() }
    guard !words.isEmpty else { return nil }
    return words.map(\.text).joined(separator: " ")
  }

  /// Whether a time before the verb can be its deadline: in the verb's clause (`Inden 1. marts
  /// udarbejder ...`), opening the sentence before a comma (`Inden 1. marts, udarbejder ...`),
  /// or a day or a meeting in a clause before (`Vi taler om fyrværkeri næste gang – Thea laver
  /// et udkast`); a period in a clause of its own is that clause's (`Der er i år 12 gaver til
  /// uddeling, Mads sørger for adresser`).
  static func before(_ toks: [ClauseToken], _ e: TemporalExpression, clauseOf v: Int) -> Bool {
    let start = ActionGrammar.clauseStart(toks, v)
    if start == 0 || e.utf8Range.lowerBound >= toks[start].offset { return true }
    if e.kind != .period { return true }
    // The clause before is the day alone, maybe with its preposition.
    let words = toks[..<start].filter { !$0.isBoundary }
    return ActionGrammar.clauseStart(toks, start - 1) == 0 && words.count <= e.text.split(separator: " ").count + 1
  }

  /// `udarbejdes af HR`: the agent of a passive (within four words of the verb).
  static func agentPhrase(_ toks: [ClauseToken], _ v: Int) -> String? {
    if let named = namedAfter(toks, v, prepositions: ["af"], within: 4) { return named }
    // "Kirkekaffe koordineres mellem Lisbeth og Jeppe": the ones who share the work.
    if v + 1 < toks.count, toks[v + 1].lower == "mellem", let named = namedAfter(toks, v, prepositions: ["mellem"], within: 2) {
      return named
    }
    // "gennemgås og ensrettes af kommunikationsudvalget": a body or unit written in lower case.
    var j = v + 1
    while j + 1 < toks.count, j <= v + 4, !toks[j].isBoundary {
      if toks[j].lower == "af", isDoerNoun(toks[j + 1].lower), !toks[j + 1].isCapitalized {
        return toks[j + 1].text
      }
      j += 1
    }
    return nil
  }

  /// The capitalised words after the first of `prepositions` in the verb's clause:
  /// `udarbejdes af HR` → `HR`, `Fremsendes ... til Teknisk Udvalg til behandling` →
  /// `Teknisk Udvalg`. Lower-case `og`, `for`, `&` join words of one name.
  static func namedAfter(_ toks: [ClauseToken], _ v: Int, prepositions: Set<String>, within limit: Int = .max) -> String? {
    var j = v + 1
    var n = 0
    while j < toks.count, n < limit, !toks[j].isBoundary {
      if prepositions.contains(toks[j].lower), j + 1 < toks.count, toks[j + 1].isCapitalized {
        var words: [String] = []
        var k = j + 1
        while k < toks.count, !toks[k].isBoundary,
          toks[k].isCapitalized || (["og", "for", "&"].contains(toks[k].lower) && !words.isEmpty)
        {
          words.append(toks[k].text)
          k += 1
        }
        while let l = words.last, ["og", "for", "&"].contains(l) { words.removeLast() }
        return words.isEmpty ? nil : words.joined(separator: " ")
      }
      j += 1
      n += 1
    }
    return nil
  }

  /// `drøftes i direktionen`, `drøftes med HovedMED-udvalget`, `behandles på Hoved MED mødet`.
  static func bodyAfter(_ toks: [ClauseToken], _ v: Int) -> String? {
    var j = v + 1
    var n = 0
    while j < toks.count, n < 5 {
      let w = toks[j].lower
      if ["i", "med", "på", "til", "af"].contains(w), j + 1 < toks.count {
        var words: [String] = []
        var k = j + 1
        while k < toks.count, !toks[k].isBoundary, words.count < 4 {
          let t = toks[k]
          if isBodyWord(t.lower) || t.isCapitalized {
            words.append(t.text)
            if isBodyWord(t.lower) { break }
          } else {
            break
          }
          k += 1
        }
        if let last = words.last, isBodyWord(last.lowercased()) || words.count >= 1 && toks[j + 1].isCapitalized {
          let phrase = words.joined(separator: " ")
          if isBodyWord(last.lowercased()) || BodyWords.looksLikeBody(phrase) { return phrase }
        }
      }
      if toks[j].isBoundary { break }
      j += 1
      n += 1
    }
    return nil
  }

  static func isBodyWord(_ w: String) -> Bool { BodyWords.isBody(w) }

  /// `på budgettemadagen` → `budgettemadag`: an event named by a definite noun after a
  /// preposition, whose date the item may give elsewhere.
  static func eventStem(_ toks: [ClauseToken], after v: Int) -> String? {
    for j in 0..<toks.count where j + 1 < toks.count {
      guard ["på", "til", "inden", "ved", "før"].contains(toks[j].lower) else { continue }
      let w = toks[j + 1].lower
      guard w.count >= 8, !toks[j + 1].isCapitalized || j + 1 == 0 else { continue }
      for suffix in ["dagen", "mødet", "seminaret", "konferencen", "forummet", "workshoppen"]
      where w.hasSuffix(suffix) {
        return String(w.dropLast(suffix == "workshoppen" ? 3 : 2))
      }
    }
    return nil
  }
}

/// Words for governing bodies (committees, boards, councils).
enum BodyWords {
  static let suffixes = [
    "udvalget", "udvalg", "direktionen", "direktion", "byrådet", "byråd", "kommunalbestyrelsen",
    "kommunalbestyrelse", "magistraten", "styregruppen", "styregruppe", "bestyrelsen",
    "regionsrådet", "rådet", "hovedmed", "forum", "lederforum", "arbejdsgruppen", "mødet", "gruppen", "grupperne",
    "udvalgene",
    "bestyrelse",
    "møde", "udvalgsmødet", "lauget", "laug",
  ]

  /// A word that names a body (`direktionen`, `økonomiudvalget`, `hovedmed-udvalget`).
  static func isBody(_ w: String) -> Bool {
    let l = w.lowercased()
    return suffixes.contains { l.hasSuffix($0) } || l == "med" || l.hasSuffix("-med")
  }

  /// A phrase such as `Hoved MED`, `Teknisk Udvalg`, `Aarhus Byråd`.
  static func looksLikeBody(_ phrase: String) -> Bool {
    phrase.split(separator: " ").contains { isBody(String($0)) }
  }
}
