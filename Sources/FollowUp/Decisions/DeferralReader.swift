import Foundation
import MinutesCore

/// A sentence that defers a case: `Udsættes til næste møde`, `Sagen udsættes til næste uge`,
/// `Drøftes igen 2. oktober 2024`, `... besluttede at udsætte sagens behandling`.
struct Deferral: Hashable, Sendable {
  /// The sentence.
  var sentence: String
  /// The expression of when the case comes back, when the sentence says.
  var target: TemporalExpression?
  /// Another item of the same meeting that is deferred (`Sag nr. 7 udsættes`), if named.
  var otherItem: Int?
  /// That item's title when the sentence gives it (`Sag nr. 7 - Ældrerådsvalg 2021 - udsættes`).
  var otherTitle: String?
  /// The deferral is the sentence's only content: no other follow-up stands in it.
  var isOnlyDeferral: Bool
  /// Who is to do the work the case waits for (`med henblik på forvaltningens besvarelse af
  /// udvalgets spørgsmål` → `Forvaltningen`), when the sentence names them.
  var purposeDoer: String?
  /// The index of the decision unit the sentence is.
  var unit = 0
}

/// Reads deferrals from decision sentences by their verbs and sentence shapes.
enum DeferralReader {
  /// Whether a text holds a word of deferral or resumption at all (a quick look before reading it).
  static func mayTellResumption(_ text: String) -> Bool {
    DanishBytes.containsASCII(text, "udsat") || DanishBytes.containsASCII(text, "udskudt")
      || DanishBytes.containsASCII(text, "genoptag") || DanishBytes.containsASCII(text, "genbehandl")
  }

  /// `Sagen er genoptaget fra mødet den 30. oktober 2017`, `Punktet blev udsat på udvalgets
  /// møde den 12. marts 2024`: a sentence of a case text telling that the case was deferred at
  /// a meeting before `date`, and that meeting's day. The sentence names a meeting; the meeting
  /// itself put off (`Mødet blev udsat til ...`) or a project delayed is no deferred case.
  static func resumedFrom(_ sentence: String, before date: Day) -> Day? {
    guard sentence.utf8.count <= 400, mayTellResumption(sentence) else { return nil }
    let words = SentenceWords(sentence).words
    guard let first = words.first, !first.hasPrefix("møde"), !first.hasPrefix("arrangement"),
      words.contains(where: { ["udsat", "udskudt", "udsatte", "genoptaget", "genoptages", "genbehandles", "genbehandlet"].contains($0) }),
      words.contains(where: { $0.hasPrefix("møde") })
    else { return nil }
    let days = TemporalReader(reference: date).expressions(in: sentence).filter { $0.kind == .day || $0.kind == .datetime }
    guard days.count == 1, let d = days.first?.start, d < date, date.ordinal - d.ordinal <= 400 else { return nil }
    return d
  }

  /// Words before a target that look ahead from the meeting.
  static let lookingAhead: Set<String> = ["til", "senest", "inden", "indtil", "primo", "medio", "ultimo", "efter"]

  /// Verbs that defer in any form with any subject (present passive or infinitive).
  static let deferVerbs: Set<String> = [
    "udsættes", "udskydes", "udsætte", "udskyde", "udsætter", "udskyder", "genoptages", "genbehandles",
    "genoptage", "genbehandle", "berostilles",
  ]
  /// Participles and past forms: they defer only with the case as subject.
  static let deferParticiples: Set<String> = ["udsat", "udskudt", "udsatte", "udskød"]
  /// Verbs that defer with `igen`/`videre`/`på et senere møde` after them.
  static let againVerbs: Set<String> = [
    "drøftes", "behandles", "forelægges", "fremlægges", "tages", "drøfter", "behandler",
    "sættes", "behandle", "drøfte",
  ]
  /// Subjects that are the case itself.
  static let caseSubjects: Set<String> = [
    "sagen", "punktet", "behandlingen", "sagens", "punktets", "beslutningen", "drøftelsen", "sag", "punkt",
    "beslutning", "behandling",
    "udvalget", "byrådet", "direktionen", "forslaget", "spørgsmålet", "emnet", "temaet",
  ]

  /// `Sagen bliver behandlet på næste møde`, `Punktet vil blive drøftet på næste bestyrelsesmøde`:
  /// the case comes back at this body's next meeting; where the pattern starts.
  static func passiveAtNextMeeting(_ s: SentenceWords, _ sentence: String) -> Int? {
    let w = s.words
    let patterns: [[String]] = [
      ["bliver", "behandlet", "på", "næste"], ["bliver", "drøftet", "på", "næste"], ["blive", "behandlet", "på", "næste"],
      ["blive", "drøftet", "på", "næste"],
    ]
    for p in patterns {
      guard let k = s.find(p), w.count > k + 4, w[k + 4].hasSuffix("møde") else { continue }
      guard w[..<k].contains(where: caseSubjects.contains), !atAnotherBody(sentence, after: w[k + 4]) else { continue }
      return k
    }
    return nil
  }

  /// `... på næste møde i Økonomiudvalget`: the meeting named is another body's.
  static func atAnotherBody(_ sentence: String, after meetingWord: String) -> Bool {
    guard let r = sentence.range(of: meetingWord + " i ") else { return false }
    return sentence[r.upperBound...].first?.isUppercase == true
  }

  /// `Emnet skal med på næste bestyrelsesmøde`, `Punktet kommer på næste dagsorden igen`: the
  /// matter is to be on the next meeting's agenda; the verb's index and the meeting word.
  static func comesOnNextAgenda(_ w: [String]) -> (Int, String)? {
    for k in w.indices where ["skal", "kommer"].contains(w[k]) && (k == 0 || caseSubjects.contains(w[k - 1])) {
      let rest = Array(w.dropFirst(k + 1).prefix(5)).filter { !["med", "igen", "op"].contains($0) }
      guard rest.count >= 3, rest[0] == "på", rest[1] == "næste",
        rest[2].hasSuffix("møde") || rest[2].hasSuffix("dagsorden")
      else { continue }
      return (k, rest[2])
    }
    return nil
  }

  /// Reads one sentence.
  /// - Parameters:
  ///   - ownCommittee: The committee whose decision this is (an active `X drøfter ... igen`
  ///     defers only when X is this committee).
  ///   - reference: The decision's date, for the target expression.
  static func read(
    _ sentence: String, ownCommittee: String, committees: CommitteeDirectory, reference: Day,
    title: String = ""
  ) -> Deferral? {
    let s = SentenceWords(sentence)
    let w = s.words
    guard !w.isEmpty else { return nil }
    var verbIndex: Int?
    let toks = ActionGrammar.tokens(sentence)
    // "Et mindretal (C, Ø) stemte imod, idet de ønskede sagen udsat": a minority's wish; a
    // protocol note's or a minority statement's wish is no decision either.
    if w.prefix(3).contains("mindretal") || w.first.map({ $0.hasPrefix("protokoltilføj") || $0.hasPrefix("mindretals") }) == true {
      return nil
    }
    // "A og O ønskede ført til referat, at kommunens egenfinansiering bør vente, til ...": what
    // members had written in the minutes is their statement, not the decision.
    if let k = w.firstIndex(of: "ført"), k + 2 < w.count, w[k + 1] == "til", w[k + 2].hasPrefix("referat") || w[k + 2].hasPrefix("protokol") {
      return nil
    }

    for (i, word) in w.enumerated() {
      if deferVerbs.contains(word) {
        // "udsættes ikke" is the opposite, and so is "besluttede ikke at udsætte sagen", "kan ikke
        // udsættes".
        // ("Punktet blev ikke behandlet og udsættes": the `ikke` of the clause before.)
        let negatedBefore = w[max(0, i - 3)..<i].lastIndex(of: "ikke").map { k in
          !w[(k + 1)..<i].contains(where: { ["og", "men", "så"].contains($0) })
        } ?? false
        if w.dropFirst(i + 1).prefix(2).contains("ikke") || negatedBefore { return nil }
        // "Et forslag fra V om at udsætte sagen blev nedstemt": a proposal to defer, voted down.
        if i >= 2, w[i - 1] == "at", w[i - 2] == "om",
          w.dropFirst(i + 1).contains(where: { ["nedstemt", "faldt", "forkastet", "afvist", "bortfaldt"].contains($0) })
        {
          return nil
        }
        // "nedtagning af gangbroen udskydes": a thing or an activity is put off, not the case.
        guard defersCase(toks, verb: word, title: title) else { continue }
        verbIndex = i
        break
      }
      if deferParticiples.contains(word) {
        // The subject is the clause's own: "..., fordi udbuddet blev udsat" tells of another thing.
        // ("om at indgå aftale ... udsat": an infinitive, no clause of its own.)
        let clauseStart = w[..<i].indices.last(where: { k in
          ["fordi", "idet", "da", "når", "hvis", "men", "mens"].contains(w[k])
            || (w[k] == "at" && !(k > 0 && ["om", "for", "med", "uden"].contains(w[k - 1])))
        })
        let before = w[(clauseStart.map { $0 + 1 } ?? 0)..<i]
        // "Sagen var udsat fra mødet den 4. september", "har tidligere været udsat": its history.
        if i > 0, ["var", "været", "havde"].contains(w[i - 1]) || before.contains("tidligere") { continue }
        // "c) Taxa refusion – Udsat til næste møde": the participle opening a clause after a
        // dash is the item's telegraphic decision.
        let opensClause = sentence.contains("– Udsat") || sentence.contains("- Udsat") || sentence.contains("– Udskudt")
          || sentence.contains("- Udskudt")
        // "Pkt. 1 godkendt, pkt. 2 udsat til næste møde": a point by its number.
        let numberedPoint = i >= 2 && ["pkt", "punkt"].contains(w[i - 2]) && Int(w[i - 1]) != nil
        if before.contains(where: caseSubjects.contains) || i == 0 || opensClause || numberedPoint {
          if w.dropFirst(i + 1).prefix(2).contains("ikke") || before.contains("ikke") { return nil }
          verbIndex = i
          break
        }
      }
      if againVerbs.contains(word) {
        let after = Array(w.dropFirst(i + 1).prefix(4))
        let again =
          after.contains("igen") || (after.first == "op" && after.dropFirst().first == "igen")
          // "Sagen tages op på ny, når ...", "behandles på ny": again.
          || (after.prefix(3).contains("på") && after.prefix(4).contains("ny") && after.first != "ny")
          || s.has("\(word) på et senere møde") || s.has("\(word) på et kommende møde")
          || s.has("\(word) op på næste møde") || s.has("sættes på dagsordenen igen")
          // "Sagen drøftes videre på næste møde": the talk goes on at a later meeting.
          || (after.first == "videre" && w.dropFirst(i + 2).prefix(5).contains(where: { $0.hasSuffix("møde") || $0.hasSuffix("mødet") }))
          // "Sagen behandles på næste møde", "Behandles på næste bestyrelsesmøde": the case itself
          // comes back at this body's next meeting (not `... på næste møde i Økonomiudvalget`).
          || (after.count >= 3 && after[0] == "på" && after[1] == "næste" && after[2].hasSuffix("møde")
            && (i == 0 || w[..<i].contains(where: caseSubjects.contains)) && !atAnotherBody(sentence, after: after[2]))
        guard again else { continue }
        // "Sagen sendes til Ældrerådet til udtalelse, inden den behandles i udvalget igen": the
        // case is sent on first; its coming back after the answer is the referral's, no deferral.
        if let k = w[..<i].lastIndex(where: { $0 == "inden" || $0 == "før" }),
          w[..<k].contains(where: { ["sendes", "oversendes", "fremsendes", "videresendes", "sendt", "oversendt", "fremsendt"].contains($0) })
        {
          continue
        }
        // Active "Direktionen drøfter X igen": a deferral only for the committee itself.
        if word.hasSuffix("er") {
          let subject = sentence.split(separator: " ").prefix(i).joined(separator: " ")
          guard !subject.isEmpty, committees.same(subject, ownCommittee) else { continue }
        }
        verbIndex = i
        break
      }
    }
    if verbIndex == nil, let i = s.find(["først", "behandlet", "på"]) ?? s.find(["først", "behandles", "på"])
      ?? s.find(["behandles", "først", "på"])
    {
      // "Punkt 10 ønskes først behandlet på kommunalbestyrelsens møde 12. august": put off to a
      // later meeting.
      if !w.dropFirst(i + 1).prefix(3).contains("ikke") { verbIndex = i + 1 }
    }
    if verbIndex == nil, let i = s.find(["tages", "op"]), !w.dropFirst(i + 2).prefix(2).contains("ikke"),
      w.dropFirst(i + 2).prefix(6).contains(where: { $0.hasSuffix("møde") || $0.hasSuffix("mødet") || $0 == "igen" })
        // "Sagen tages op på et senere tidspunkt", "tages op senere".
        || s.has("tages op på et senere tidspunkt") || s.has("tages op senere")
    {
      // "Proceduren tages op ved et menighedsrådsmøde i efteråret": put on a later meeting.
      verbIndex = i
    }
    if verbIndex == nil, let i = s.find(["henblik", "på", "senere", "beslutning"]) ?? s.find(["henblik", "på", "beslutning", "senere"]),
      !w[..<i].contains("ikke")
    {
      // "Sag 411 behandles som en drøftelsessag med henblik på senere beslutning": the decision
      // comes at a later meeting.
      verbIndex = i
    }
    if verbIndex == nil, let i = s.find(["bliver", "drøftet", "næste"]) ?? s.find(["bliver", "behandlet", "næste"])
      ?? s.find(["bliver", "drøftet", "igen"]) ?? s.find(["bliver", "taget", "op", "igen"]) ?? passiveAtNextMeeting(s, sentence),
      !w[..<i].contains("ikke")
    {
      // "Punktet bliver drøftet næste gang": it comes back.
      verbIndex = i
    }
    if verbIndex == nil,
      let i = s.find(["tages", "af", "dagsordenen"]) ?? s.find(["taget", "af", "dagsordenen"])
        ?? s.find(["trukket", "af", "dagsordenen"]) ?? s.find(["trækkes", "af", "dagsordenen"]),
      !w[..<i].contains("ikke")
    {
      // "idet punkt nr. 3 tages af dagsordenen", "Sagen blev trukket af dagsordenen": off this
      // agenda, to come back.
      verbIndex = i
    }
    if verbIndex == nil,
      let i = s.find(["blev", "ikke", "nået"]) ?? s.find(["nåede", "vi", "ikke"]) ?? s.find(["nåedes", "ikke"])
        ?? s.find(["blev", "ikke", "behandlet"]),
      i > 0, caseSubjects.contains(w[i - 1]) || (i >= 2 && caseSubjects.contains(w[i - 2]))
    {
      // "Punktet blev ikke nået", "Punktet nåede vi ikke": an item the meeting did not get to
      // comes back.
      verbIndex = i
    }
    if verbIndex == nil,
      let i = w.firstIndex(where: {
        ["rykkes", "flyttes", "rykket", "flyttet", "rykke", "flytte", "overføres", "overført", "overflyttes", "overgår"].contains($0)
      }),
      // "Punktet nåede vi ikke, og det flyttes til næste møde": a `ikke` of the clause before.
      !w[max(0, i - 2)..<i].contains("ikke"), w.dropFirst(i + 1).first == "til",
      let later = w.dropFirst(i + 2).first, ["næste", "senere", "kommende", "et"].contains(later),
      w.dropFirst(i + 2).prefix(4).contains(where: { $0.hasSuffix("møde") || $0.hasSuffix("mødet") || $0 == "gang" })
    {
      // "Rykkes til næste møde pga. fravær", "blev punktet flyttet til næste bestyrelsesmøde":
      // moved to a later meeting; "Punkt 4 flyttes til efter punkt 2" only changes the order.
      verbIndex = i
    }
    if verbIndex == nil, let i = w.firstIndex(where: { $0 == "trækkes" || $0 == "trukket" }), i > 0,
      caseSubjects.contains(w[i - 1]) || (i >= 2 && ["blev", "er"].contains(w[i - 1]) && caseSubjects.contains(w[i - 2])),
      !w.dropFirst(i + 1).prefix(2).contains(where: { $0 == "ikke" || $0 == "tilbage" }),
      w.dropFirst(i + 1).prefix(10).contains(where: { $0.hasSuffix("møde") || $0.hasSuffix("mødet") || $0.hasPrefix("dagsorden") })
    {
      // "Sagen trækkes og behandles på kommunalbestyrelsens møde den 24. april": withdrawn from
      // this agenda, to come back at a meeting (`Sagen blev trukket.` alone drops it;
      // `Ansøgningen trækkes tilbage` ends it).
      verbIndex = i
    }
    if verbIndex == nil, let i = w.firstIndex(of: "hviler"), i > 0, caseSubjects.contains(w[i - 1]),
      w.dropFirst(i + 1).first != "på", !w.dropFirst(i + 1).prefix(2).contains("ikke")
    {
      // "Sagen hviler, indtil ...": on hold (`Forslaget hviler på en analyse` rests on one).
      verbIndex = i
    }
    if verbIndex == nil, let i = s.find(["i", "bero"]), i > 0, ["sættes", "stilles", "sat", "stillet", "sætte", "stille"].contains(w[i - 1]),
      !w[..<i].contains("ikke")
    {
      // "Sagen sættes i bero, indtil ...", "Sagen stilles i bero": put on hold.
      verbIndex = i - 1
    }
    if verbIndex == nil, let i = s.find(["sættes", "på", "næste", "dagsorden"]) ?? s.find(["sættes", "på", "næste", "møde"])
      ?? s.find(["sættes", "på", "dagsordenen", "til", "næste"]),
      !w[..<i].contains("ikke")
    {
      // "Sættes på næste dagsorden": the matter comes back at the next meeting.
      verbIndex = i
    }
    if verbIndex == nil, let (i, meetingWord) = comesOnNextAgenda(w), !w[..<i].contains("ikke"),
      !w.dropFirst(i + 1).prefix(2).contains("ikke"), !atAnotherBody(sentence, after: meetingWord)
    {
      // "Emnet skal med på næste bestyrelsesmøde d. 6 okt.": the matter comes back then.
      verbIndex = i
    }
    if verbIndex == nil, let i = s.find(["vente", "til"]) ?? s.find(["vente", "med"]) ?? s.find(["venter", "til"]),
      i > 0, ["kan", "må", "skal", "vil", "bør"].contains(w[i - 1]) || w[i] == "venter"
        // "Udvalget besluttede at vente med sagen til efter sommerferien".
        || (w[i - 1] == "at" && w[i + 1] == "med" && w.dropFirst(i + 2).prefix(2).contains(where: caseSubjects.contains)),
      !w[..<i].contains("ikke")
    {
      // "Revisionen kan vente til næste års generalforsamling": the matter waits.
      verbIndex = i
    }
    if verbIndex == nil, let i = w.indices.first(where: { k in
      ["ønsker", "ønskede", "ønskes", "vil", "skal"].contains(w[k]) && k + 2 < w.count && caseSubjects.contains(w[k + 1])
        && (["genoptaget", "genbehandlet", "genfremsat"].contains(w[k + 2])
          || (["forelagt", "fremlagt", "behandlet"].contains(w[k + 2]) && w.dropFirst(k + 3).prefix(2).contains(where: { $0 == "igen" || $0 == "på" })))
    }), !w[..<i].contains("ikke") {
      // "Udvalget ønsker sagen genoptaget, når der foreligger en ny vurdering", "ønsker sagen
      // forelagt igen": the committee wants the case back.
      verbIndex = i
    }
    if verbIndex == nil, let i = w.indices.first(where: { k in
      (w[k] == "inden" || w[k] == "før" || (w[k] == "for" && k > 0 && w[k - 1] == "forud"))
        && w.dropFirst(k + 1).prefix(2).contains(where: { $0 == "endelig" || $0 == "endelige" || $0 == "endeligt" })
        && w.dropFirst(k + 1).prefix(4).contains(where: { $0.hasPrefix("behandl") || $0.hasPrefix("beslut") || $0.hasPrefix("godkend") || $0 == "stillingtagen" })
    }), !w[..<i].contains("ikke"),
      // "Godkendt, idet forvaltningen inden den endelige godkendelse ... retter": a condition of
      // an approval.
      !w[..<i].contains(where: { v in ["godkend", "anbefal", "tiltræd", "tiltråd", "vedta"].contains { v.hasPrefix($0) } })
    {
      // "Der ønskes specifikation af forbrug inden endelig behandling": something is asked for
      // before the case is decided; it comes back.
      verbIndex = i
    }
    if verbIndex == nil, let i = w.firstIndex(where: { $0 == "fortsætter" || $0 == "fortsættes" }),
      i + 1 < w.count, ["drøftelsen", "drøftelserne", "behandlingen", "sagen", "debatten", "arbejdet"].contains(w[i + 1]) || w[i] == "fortsættes",
      w.dropFirst(i + 1).prefix(6).contains(where: { $0.hasSuffix("møde") || $0.hasSuffix("mødet") || $0 == "senere" || $0 == "igen" }),
      !w[..<i].contains("ikke"), i == 0 || caseSubjects.contains(w[i - 1]) || committees.same(w[i - 1], ownCommittee)
    {
      // "Udvalget fortsætter drøftelsen på næste møde", "Drøftelsen fortsættes på et senere
      // møde": the case comes back.
      verbIndex = i
    }
    if verbIndex == nil, let i = w.indices.first(where: { k in
      ["ønsker", "ønskede", "ønskes"].contains(w[k]) && k + 2 < w.count && caseSubjects.contains(w[k + 1]) && w[k + 2] == "på"
        && w.dropFirst(k + 3).prefix(3).contains(where: { $0 == "igen" || $0 == "ny" || $0.hasPrefix("dagsorden") })
    }), !w[..<i].contains("ikke") {
      // "Ældrerådet ønsker sagen på igen, når ...", "ønsker punktet på dagsordenen igen".
      verbIndex = i
    }
    if verbIndex == nil,
      let i = s.find(["sendes", "tilbage", "til"]) ?? s.find(["sendt", "tilbage", "til"]) ?? s.find(["returneres", "til"])
        ?? s.find(["tilbagesendes", "til"]) ?? s.find(["tilbagesendt", "til"]),
      i > 0, caseSubjects.contains(w[i - 1]) || (i >= 2 && ["blev", "er"].contains(w[i - 1]) && caseSubjects.contains(w[i - 2])),
      !w.dropFirst(i).prefix(4).contains("ikke"),
      // To the administration that wrote it; back to another committee is a referral.
      let to = w.dropFirst(i + 1).first(where: { $0 != "til" && $0 != "tilbage" }),
      ["forvaltningen", "administrationen", "sekretariatet", "staben"].contains(to) || to.hasSuffix("forvaltningen")
    {
      // "Sagen sendes tilbage til forvaltningen med henblik på genoptagelse": back to be
      // worked on, to come again.
      verbIndex = i
    }
    if verbIndex == nil {
      if s.has("vender tilbage") && (s.contains("sagen") || s.contains("punktet")) {
        verbIndex = s.find(["vender"])
      } else if let i = s.find(["afventer"]), i == 0 || caseSubjects.contains(w[i - 1]) {
        // "Afventer svar fra Kystdirektoratet.", "Afventer.": the decision waits.
        verbIndex = i
      } else if let i = s.find(["afventes"]), i == 0 || w[i - 1] == "der" || caseSubjects.contains(w[i - 1]),
        !w.dropFirst(i + 1).prefix(2).contains("ikke")
      {
        // "Der afventes svar fra formanden, før ...": the decision waits on something.
        verbIndex = i
      } else if let i = s.find(["afvente"]), i >= 2, ["må", "vil", "skal", "bør"].contains(w[i - 1]),
        ["vi", "man"].contains(w[i - 2]) || caseSubjects.contains(w[i - 2])
          || committees.same(w[i - 2], ownCommittee),
        !w.dropFirst(i + 1).prefix(2).contains("ikke")
      {
        // "Vi må afvente og se, hvordan ...", "Udvalget vil afvente ...": the committee waits.
        verbIndex = i
      }
    }
    guard let v = verbIndex else { return nil }
    // The target: the first expression after the verb, else any.
    // "udsættes til 1. oktober" in March, "til uge 40": a day written without its year after a
    // word that looks ahead is the next one; "udsat på mødet den 26. februar" is as read.
    // "Sagen tages op igen i foråret", "genoptages i marts": after a verb in the present, a
    // period without its year looks ahead too (`blev udsat i marts` tells when).
    let presentVerb = deferVerbs.contains(w[v]) || againVerbs.contains(w[v])
    let exprs = TemporalReader(reference: reference).expressions(in: sentence).filter {
      $0.kind != .time
    }.map { e in
      let first = e.text.split(separator: " ").first.map { $0.lowercased() } ?? ""
      let ahead = Self.lookingAhead.contains(first) || (presentVerb && first == "i" && e.kind == .period)
      return ahead ? ActionReader.ahead([e], of: reference)[0] : e
    }
    let verbOffset = byteOffset(ofWord: w[v], in: sentence) ?? 0
    // A target lies after the deferring meeting ("udsat i byrådets møde den 26. marts" is when);
    // a length ("udsættes 14 dage") counts from it.
    // "... fra 1. januar 2020": when something begins, not when the case comes back.
    let utf8 = Array(sentence.utf8)
    let later = exprs.filter { e in
      let before = String(decoding: utf8[..<e.utf8Range.lowerBound], as: UTF8.self).lowercased()
      if before.hasSuffix("fra ") || before.hasSuffix("fra den ") { return false }
      return e.kind == .nextMeeting || e.kind == .duration || (e.date.map { $0 > reference } ?? false)
    }
    // The item deferred is named before the verb ("For så vidt angår sag 179 ..., at sagen
    // genoptages"); a number after it is a reference ("Sagen udsættes, jf. punkt 5").
    let other = otherItem(toks.filter { $0.offset < verbOffset })
    // "Punkt 359 Rengøring fra 2020 udsættes": what stands between the item and the verb is its
    // title; the target comes after the verb.
    var target = later.first(where: { $0.utf8Range.lowerBound >= verbOffset }) ?? (other == nil ? later.last : nil)
    // "på næste bestyrelsesmøde d. 6 okt.", "til næste møde, den 12. marts": the meeting's day
    // stands beside it.
    if let t = target, t.kind == .nextMeeting,
      let day = later.first(where: { e in
        e.date != nil && e.utf8Range.lowerBound >= t.utf8Range.upperBound
          && utf8[t.utf8Range.upperBound..<e.utf8Range.lowerBound].allSatisfy { $0 == 0x20 || $0 == 0x2C }
      })
    {
      target = day
    }
    var otherTitle: String?
    if let n = other {
      // "Sag nr. 7 - Ældrerådsvalg 2021 - udsættes": the title between the dashes.
      let parts = sentence.components(separatedBy: " - ")
      if parts.count >= 3, parts[0].hasSuffix(" \(n)") {
        otherTitle = parts[1].trimmingCharacters(in: .whitespaces)
      }
    }
    let only = ActionGrammar.actionVerbs(in: sentence).allSatisfy { verb in
      deferVerbs.contains(verb) || againVerbs.contains(verb)
    }
    return Deferral(
      sentence: sentence, target: target, otherItem: other, otherTitle: otherTitle, isOnlyDeferral: only,
      purposeDoer: purposeDoer(w))
  }

  /// `Forvaltningen udarbejder et nyt forslag til mødet den 3. november.` after a deferral
  /// that names no day: the meeting the work is for, when the case comes back; nil where the
  /// sentence names no meeting to come.
  static func meetingTarget(inNext sentence: String, reference: Day) -> TemporalExpression? {
    guard DanishBytes.containsASCII(sentence, "møde") else { return nil }
    let utf8 = Array(sentence.utf8)
    for e in TemporalReader(reference: reference).expressions(in: sentence) where e.kind != .time {
      if e.kind == .nextMeeting { return e }
      guard let d = e.date, d > reference else { continue }
      if e.mentionsMeeting { return e }
      var before = String(decoding: utf8[..<e.utf8Range.lowerBound], as: UTF8.self).lowercased().trimmingCharacters(in: .whitespaces)
      if before.hasSuffix(" den") { before = String(before.dropLast(4)) }
      if before.hasSuffix(" mødet") || before.hasSuffix(" møde") || before.hasSuffix("møde i") || before.hasSuffix("mødet i") {
        return e
      }
    }
    return nil
  }

  /// Words that name the case or item itself as the one deferred (`Sagen udsættes`,
  /// `Behandlingen af forslaget udskydes`, `udsætte sagens behandling`).
  static let caseWords: Set<String> = [
    "sag", "sagen", "sagens", "sagerne", "punkt", "punktet", "punktets", "pkt", "nr",
    "dagsordenspunkt", "dagsordenspunktet", "behandling", "behandlingen", "beslutning",
    "beslutningen", "drøftelse", "drøftelsen", "stillingtagen", "forslaget", "forslagets",
    "indstillingen", "emnet", "den", "det", "dem", "godkendelse", "godkendelsen", "vedtagelse",
    "vedtagelsen", "afgørelse", "afgørelsen",
  ]

  /// Adverbs and articles that stand between a deferring verb and its subject or object.
  static let fillers: Set<String> = [
    "derfor", "hermed", "dermed", "så", "også", "evt", "eventuelt", "endvidere", "desuden",
    "herefter", "derefter", "fortsat", "nu", "foreløbig", "yderligere", "en", "et", "hele",
    "igen", "endnu", "gerne",
  ]

  /// Words that open the clause of a deferring verb: its subject starts after them.
  static let clauseOpeners: Set<String> = [
    "at", "og", "men", "idet", "så", "hvis", "når", "fordi", "som", "der", "da", "mens", "samt",
    "eller", "hvorefter", "herefter", "derefter",
  ]

  /// Whether a deferring verb puts off the case: the passive (`udsættes`) with the case, the
  /// item by its number or its title's words, or nothing as its subject (`Udsættes til næste
  /// møde`, `Sag nr. 7 - ... - udsættes`); the infinitive or present (`udsætte`, `udsætter`)
  /// with the case or nothing as its object (`besluttede at udsætte sagens behandling`,
  /// `besluttede at udsætte til næste møde`). `Nedtagning af gangbroen udskydes` and
  /// `udsætte byggeriet` put off an activity or a thing the case decides about.
  static func defersCase(_ toks: [ClauseToken], verb: String, title: String) -> Bool {
    guard let v = toks.firstIndex(where: { $0.lower == verb }) else { return true }
    let titleStems = Set(Register.contentStems(title))
    func isCase(_ words: [ClauseToken]) -> Bool {
      // "høringsfristen udsættes til 1. juli": a deadline moved, not the case.
      if words.contains(where: { ["frist", "fristen", "fristerne", "deadline", "deadlinen", "tidsfrist", "tidsfristen"].contains($0.lower)
        || $0.lower.hasSuffix("fristen") || $0.lower.hasSuffix("frist") })
      {
        return false
      }
      return words.contains { caseWords.contains($0.lower) }
        || words.contains { $0.lower.count >= 5 && titleStems.contains(String($0.lower.prefix(5))) }
    }
    if verb.hasSuffix("s") {
      var start = v
      while start > 0, !toks[start - 1].isBoundary, !clauseOpeners.contains(toks[start - 1].lower) { start -= 1 }
      let subject = toks[start..<v].filter { !fillers.contains($0.lower) }
      return subject.isEmpty || isCase(subject)
    }
    var object: [ClauseToken] = []
    var j = v + 1
    while j < toks.count, !toks[j].isBoundary, object.count < 3 {
      let w = toks[j].lower
      if fillers.contains(w) || w == "ikke" {
        j += 1
        continue
      }
      // A preposition or a time: the sentence says when or why, not what.
      if ["til", "med", "på", "i", "indtil", "efter", "for", "af", "uden", "fra"].contains(w) { break }
      object.append(toks[j])
      j += 1
    }
    return object.isEmpty || isCase(object)
  }

  /// Another item of the meeting a deferral names: `Sag nr. 7 ... udsættes`, `punkt 7
  /// udsættes`, `For så vidt angår sag 179 ... genoptages`; a case number (`sag 24/1234`)
  /// is no item number.
  static func otherItem(_ toks: [ClauseToken]) -> Int? {
    var other: Int?
    for (i, t) in toks.enumerated() where i + 1 < toks.count {
      guard ["nr", "punkt", "pkt", "sag", "dagsordenspunkt"].contains(t.lower) else { continue }
      if i > 0, toks[i - 1].lower == "beslutning" { continue }
      let next = toks[i + 1].text
      guard !next.isEmpty, next.allSatisfy(\.isNumber), let n = Int(next), n > 0, n < 10_000 else { continue }
      other = n
    }
    return other
  }

  /// `med henblik på forvaltningens besvarelse af ...`: the genitive after the purpose names
  /// the unit or person whose work the case waits for.
  static func purposeDoer(_ w: [String]) -> String? {
    // "Sagen sendes tilbage til forvaltningen (med henblik på ...)": the administration the case
    // goes back to works on it.
    if let i = SentenceWords.find(w, ["tilbage", "til"]), i > 0, i + 2 < w.count, ["sendes", "sendt"].contains(w[i - 1]),
      Register.administrationWords.contains(w[i + 2]) || w[i + 2].hasSuffix("forvaltningen")
    {
      return w[i + 2].prefix(1).uppercased() + w[i + 2].dropFirst()
    }
    guard let i = SentenceWords.find(w, ["henblik", "på"]), i > 0, w[i - 1] == "med", i + 2 < w.count else {
      return nil
    }
    let g = w[i + 2]
    guard g.count > 3, g.hasSuffix("s") else { return nil }
    let stem = String(g.dropLast())
    guard NameGrammar.isUnitWord(stem) || NameGrammar.isRoleWord(stem)
      || Register.administrationWords.contains(stem)
    else { return nil }
    return stem.prefix(1).uppercased() + stem.dropFirst()
  }

  /// The UTF-8 offset of a lower-cased word in a sentence.
  static func byteOffset(ofWord word: String, in sentence: String) -> Int? {
    guard let r = sentence.lowercased().range(of: word) else { return nil }
    return sentence.lowercased().utf8.distance(
      from: sentence.lowercased().startIndex, to: r.lowerBound)
  }
}
