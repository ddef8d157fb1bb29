import MinutesCore

/// A token of a sentence for clause reading: a word (original case kept) or a comma/dash.
struct ClauseToken {
  var text: String
  var lower: String
  var isBoundary: Bool
  /// UTF-8 offset of the token in its sentence.
  var offset: Int = 0

  var isCapitalized: Bool { text.first?.isUppercase ?? false }
}

/// The grammar of follow-up sentences in Danish decisions: which words are action verbs, in
/// which forms, and where a clause starts.
///
/// A follow-up sentence has a finite action verb in a main clause: present tense (`udarbejder`),
/// present passive (`udarbejdes`, `Der laves oversigt`), `bliver` with a participle, or `vil` /
/// `skal` with an infinitive. Verbs in relative and subordinate clauses (`som drøftes`,
/// `når det skal sendes`), after `at` (`for at tilbyde`), under other modals (`bør opdateres`,
/// `kan styrke`) and under negation do not count; an `at` clause counts after a verb of wishing
/// or agreeing (`Direktionen ønsker, at MED-aftalen revideres`).
enum ActionGrammar {
  /// Infinitives of verbs that lay down work.
  static let stems: Set<String> = [
    "udarbejde", "fremsende", "sende", "udsende", "indhente", "supplere", "iværksætte",
    "igangsætte", "behandle", "lave", "undersøge", "afklare", "opdatere", "tilrette", "revidere",
    "rette", "præsentere", "forberede", "gennemgå", "kontakte", "indkalde", "invitere",
    "planlægge", "koordinere", "sikre", "udpege", "nedsætte", "etablere", "implementere",
    "integrere", "indarbejde", "færdiggøre", "aflevere", "levere", "fremlægge", "forelægge",
    "formulere", "skrive", "indsende", "informere", "kommunikere", "udbrede", "kigge",
    "arbejde", "afholde", "beskrive", "analysere", "foretage", "overveje", "tilpasse", "justere",
    "beregne", "afdække", "kortlægge", "udvikle", "opstille", "afsøge", "samle", "indsamle",
    "bestille", "indkøbe", "ansætte", "rekruttere", "oprette", "evaluere", "afrapportere",
    "rapportere", "følge", "tage", "komme", "vende", "melde", "bede", "give", "holde", "sætte",
    "lægge", "gå", "se", "udmønte", "indføre", "tilrettelægge", "aftale", "afsætte", "afstemme",
    "klargøre", "fastlægge", "fastsætte", "forhandle", "søge", "ansøge", "udbyde", "inddrage",
    "involvere", "skabe", "drøfte", "forankre", "udvide", "omlægge", "sammenfatte", "screene",
    "teste", "afprøve", "udfylde", "udskifte", "opsætte", "offentliggøre", "udsætte", "udskyde",
    "fremskaffe", "levere", "opgøre", "dokumentere", "tjekke", "kvalificere", "færdigbehandle",
    "orientere", "genoptage", "videresende", "oversende", "konkretisere", "afvikle",
    "facilitere", "uddybe", "belyse", "opdele", "prioritere", "udvælge", "vurdere", "svare",
    "besvare", "hjælpe", "forhøre", "tilføje", "anvende", "medtage", "formidle", "påbegynde", "udfærdige",
    "fortsætte", "stå", "ensrette", "prøve", "sørge", "fremkomme", "annoncere", "ordne", "booke", "maile", "købe", "anmode", "tilmelde", "udforme", "finpudse", "tilvejebringe", "få", "tale", "foranledige", "møde", "forsøge", "høre",
    "dele", "uddele", "skifte", "underskrive", "betale", "reparere", "hente", "ringe", "rense",
    "eftersende", "tilsende", "udlevere", "indberette", "omdele", "genfremsende",
    "gennemføre", "udbedre", "udføre", "redegøre",
    // `rykker Kystdirektoratet for svaret`: chases an answer; `underretter bestyrelsen`.
    "rykke", "underrette",
    // An administration's errands with money and agreements.
    "indgå", "udbetale", "opkræve", "afregne", "tildele", "fordele", "meddele",
    // A board's own hands-on work.
    "tælle", "male", "varsle", "arrangere", "rydde", "klippe", "beskære", "montere", "afhente", "skaffe",
  ]

  /// Verbs that count only with one of these words after them (`tager stilling`,
  /// `kommer med et oplæg`, `følger op`).
  static let particles: [String: Set<String>] = [
    "tage": ["stilling", "initiativ", "kontakt", "fat", "ansvar", "hånd", "op", "med", "imod"],
    "dele": ["ud"],
    "skifte": ["ud"],
    "stå": ["for"],
    "indgå": ["aftale", "aftaler", "en", "kontrakt", "samarbejdsaftale", "dialog", "forlig"],
    "prøve": ["at"],
    "sørge": ["for"],
    "få": ["styr", "plads", "opgave", "opgaven", "ansvar", "ansvaret"],
    "redegøre": ["for"],
    "møde": ["med"],
    "forsøge": ["at"],
    "høre": ["om", "efter"],
    "tale": ["med"],
    "anmode": ["om"],
    "fremkomme": ["med"],
    "komme": ["med", "tilbage"],
    "følge": ["op"],
    "vende": ["tilbage"],
    "melde": ["tilbage", "ud"],
    "bede": ["om"],
    "give": ["besked", "tilbagemelding", "input", "svar", "status", "orientering", "statusorientering", "oplæg"],
    "holde": ["møde", "oplæg", "oplægget", "mødet", "orienteret", "øje", "mus", "samtale", "samtaler", "medarbejdersamtaler"],
    "sætte": ["gang", "op", "fokus", "ind"],
    "lægge": ["op", "ud", "frem"],
    "gå": ["dialog", "videre", "ind"],
    "se": ["på", "nærmere"],
    "kigge": ["på", "nærmere"],
    "arbejde": ["videre", "på", "med"],
    "orientere": ["om"],
    "vurdere": ["om", "hvordan", "behovet", "muligheden", "mulighederne"],
    "hjælpe": ["til", "med"],
  ]

  /// Particles a passive needs where the active takes more: `Der arbejdes videre med`, `Der
  /// arbejdes på en løsning` lay down work, `Der arbejdes med X` describes what goes on.
  static let passiveParticles: [String: Set<String>] = [
    "arbejde": ["videre", "på"]
  ]

  /// Verbs whose `at` + infinitive lays down the infinitive's work for the verb's subject:
  /// `Ældrerådet besluttede at betale ... og evaluere medlemskabet`.
  static let infinitiveGovernors: Set<String> = [
    "besluttede", "beslutter", "besluttet", "vedtog", "vedtaget", "aftalte", "aftaler", "aftalt",
    "enige", "enighed", "lovede", "påtog", "forventer", "forsøger", "prøver", "lover", "påtager",
  ]

  /// Words that make the subject of a passive a whole class: the sentence states a practice
  /// (`Alle gode ideer udmøntes i tæt samarbejde med ...`).
  static let genericDeterminers: Set<String> = ["alle", "enhver", "ethvert", "hver", "hvert", "samtlige"]

  /// Verbs whose present or passive form is a deferral or a hand-over, not a task by itself.
  static let handlingStems: Set<String> = ["drøfte", "behandle", "forelægge", "fremlægge"]

  /// Words after which an `at` clause carries a decision (`ønsker, at X revideres`).
  static let decisionGovernors: Set<String> = [
    "ønsker", "ønskede", "besluttede", "beslutter", "besluttet", "aftalt", "aftalte", "aftaler",
    "enighed", "enige", "bliver", "blev", "vedtog", "vedtaget", "ønskes",
    // "beder om, at administrationen undersøger", "finder, at X bør have ...": the committee
    // asks for or holds that work be done.
    "beder", "bad", "anmoder", "anmodede", "opfordrer", "opfordrede", "finder", "fandt", "mener",
    // "Godkendt med den bemærkning, at forvaltningen fremlægger ...": the condition the approval
    // carries is work.
    "bemærkning", "bemærkningen",
  ]

  /// Words that open a clause in which verbs do not lay down work.
  static let subordinators: Set<String> = [
    "som", "når", "hvis", "fordi", "da", "mens", "hvor", "hvorved", "om", "før",
    "inden", "efter", "selvom", "hvilket", "hvordan", "hvorvidt", "hvad", "hvem", "hvilke",
    "eftersom", "såfremt", "således", "så",
  ]

  /// Words that open a time after `inden`, `efter` or `før` (`næste møde`, `1. april`,
  /// `udgangen af marts`, `sommerferien`), where the word is a preposition.
  static let timeOpeners: Set<String> = [
    "næste", "den", "d.", "udgangen", "starten", "slutningen", "primo", "medio", "ultimo", "mødet", "sommerferien",
    "jul", "julen", "påske", "påsken", "nytår", "årsskiftet", "efteråret", "foråret", "sommeren", "vinteren", "weekenden",
    "januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november",
    "december", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag", "uge", "fristen",
  ]

  static func opensTime(_ lower: String) -> Bool {
    timeOpeners.contains(lower) || lower.first?.isNumber == true
  }

  /// Adverbs of habit: the sentence describes what usually happens.
  static let habitual: [[String]] = [
    ["mange", "gange"], ["nogle", "gange"], ["ofte"], ["typisk"], ["normalt"], ["altid"],
    ["sjældent"], ["hver", "gang"], ["sommetider"], ["jævnligt"], ["løbende"],
  ]

  /// The verb forms of a stem.
  enum Form { case present, passive, infinitive }

  /// `udarbejder` → ("udarbejde", .present); `sendes` → ("sende", .passive).
  static func verb(_ lower: String) -> (stem: String, form: Form)? {
    // "Per mødes med kommunen": a verb passive in form, active in meaning (the subject acts).
    if lower == "mødes" { return ("møde", .present) }
    // "Udvalget bad forvaltningen om at orientere ...": a request the meeting made, in the past
    // tense of the minutes, asks for work now.
    if lower == "bad" { return ("bede", .present) }
    if lower == "anmodede" { return ("anmode", .present) }
    if lower.hasSuffix("r"), stems.contains(String(lower.dropLast())) {
      return (String(lower.dropLast()), .present)
    }
    // "færdiggør", "offentliggør", "redegør": the present of a verb in `-gøre` drops its `e`.
    if lower.hasSuffix("gør"), stems.contains(lower + "e") { return (lower + "e", .present) }
    if lower.hasSuffix("s"), stems.contains(String(lower.dropLast())) {
      return (String(lower.dropLast()), .passive)
    }
    // "gennemgåes": the passive of a stem ending in a long vowel, written with its `e`.
    if lower.hasSuffix("es"), stems.contains(String(lower.dropLast(2))), lower.dropLast(2).last.map({ "åøy".contains($0) }) == true {
      return (String(lower.dropLast(2)), .passive)
    }
    if stems.contains(lower) { return (lower, .infinitive) }
    return nil
  }

  /// Tokens of a sentence with commas, dashes and colons as boundaries.
  static func tokens(_ sentence: String) -> [ClauseToken] {
    var out: [ClauseToken] = []
    var current = ""
    var currentStart = 0
    var offset = 0
    func flush() {
      if !current.isEmpty {
        // Trailing dots of abbreviations and the sentence's own stop go.
        var t = current
        var start = currentStart
        // "Lise Holm (A)", "Kurt Friis (DF)": a member's party letters say nothing of the work.
        if t.hasPrefix("("), let close = t.firstIndex(of: ")"), NameGrammar.isPartyLetters(t[t.index(after: t.startIndex)..<close]),
          t[close...].allSatisfy({ ").,".contains($0) })
        {
          current = ""
          return
        }
        // "snacks til Ruben (Matilde + Anne køber ind)": words in brackets open a clause of their
        // own; a note of one word (`(V)`) stays where it is.
        if t.hasPrefix("("), !t.hasSuffix(")"), !t.hasSuffix(")."), !t.hasSuffix("),") {
          out.append(ClauseToken(text: "(", lower: "(", isBoundary: true, offset: start))
        }
        while t.hasSuffix(".") || t.hasSuffix(")") || t.hasSuffix("\"") { t.removeLast() }
        while t.hasPrefix("(") || t.hasPrefix("\"") {
          t.removeFirst()
          start += 1
        }
        // "@Eva Holm orienterer ...": a wiki's mention of a person, the name after its sign.
        let unmentioned = NameGrammar.withoutMention(t)
        start += t.utf8.count - unmentioned.utf8.count
        t = unmentioned
        if !t.isEmpty {
          out.append(ClauseToken(text: t, lower: t.lowercased(), isBoundary: false, offset: start))
        }
        current = ""
      }
    }
    for c in sentence {
      if c == " " || c == "\t" || c == "\n" {
        flush()
      } else if c == "," || c == ";" || c == ":" || c == "–" {
        flush()
        out.append(ClauseToken(text: String(c), lower: String(c), isBoundary: true, offset: offset))
      } else {
        if current.isEmpty { currentStart = offset }
        current.append(c)
      }
      offset += c.utf8.count
    }
    flush()
    // A free-standing dash ("2024 - drøftes") is a boundary too.
    return out.map { t in
      t.text == "-" ? ClauseToken(text: t.text, lower: t.lower, isBoundary: true, offset: t.offset) : t
    }
  }

  /// A verb found in a main clause.
  struct VerbHit {
    var index: Int
    var stem: String
    var form: Form
    /// `vil`/`skal` before an infinitive: the subject stands before the modal.
    var modalIndex: Int?
    /// `bliver` + participle: a passive.
    var isBliverPassive: Bool
  }

  /// The action verbs of the main clauses, in order.
  static func verbs(in toks: [ClauseToken]) -> [VerbHit] {
    var hits: [VerbHit] = []
    var i = 0
    while i < toks.count {
      let t = toks[i]
      if t.isBoundary {
        i += 1
        continue
      }
      // bliver + participle ("vil blive etableret" tells what is to come; it lays nothing down).
      if t.lower == "bliver", i + 1 < toks.count {
        var j = i + 1
        if toks[j].lower == "derfor" || toks[j].lower == "også" { j += 1 }
        if j < toks.count, !toks[j].isBoundary, isParticiple(toks[j].lower), clauseAllows(toks, i),
          !negated(toks, i)
        {
          hits.append(VerbHit(index: j, stem: toks[j].lower, form: .passive, modalIndex: i, isBliverPassive: true))
          i = j + 1
          continue
        }
      }
      // vil / skal + infinitive (or passive infinitive); "vil gerne" wishes, it lays nothing down.
      // "Georg vil gerne levere øl" offers an errand; "Skolen vil gerne arbejde sammen med ..."
      // wishes.
      if t.lower == "vil", i + 1 < toks.count, toks[i + 1].lower == "gerne", !(i > 0 && NameGrammar.isFirstName(toks[i - 1].text)) {
        i += 2
        continue
      }
      if t.lower == "vil" || t.lower == "skal" {
        var j = i + 1
        var steps = 0
        // "skal inden udgangen af marts indsende", "vil i løbet af foråret udarbejde": a time
        // between the modal and its infinitive.
        let reach = i + 1 < toks.count && modalTimePrepositions.contains(toks[i + 1].lower) ? 7 : 4
        while j < toks.count, steps < reach, !toks[j].isBoundary {
          if let v = verb(toks[j].lower), v.form != .present, particleOK(v.stem, toks, j) {
            // "skal disse altid sendes til administrationen": a standing rule, no errand.
            let habit = toks[(i + 1)..<j].contains { w in habitual.contains { $0.count == 1 && $0[0] == w.lower } }
            if clauseAllows(toks, i), !negated(toks, j), !habit {
              hits.append(VerbHit(index: j, stem: v.stem, form: v.form, modalIndex: i, isBliverPassive: false))
            }
            break
          }
          j += 1
          steps += 1
        }
        i = max(i + 1, j + 1)
        continue
      }
      // "Tilføj brevhoved på alle sider": an imperative opening a note is an errand.
      if i == 0, toks.count >= 3, t.isCapitalized, !t.lower.hasSuffix("e"), stems.contains(t.lower + "e"),
        particleOK(t.lower + "e", toks, i), !handlingStems.contains(t.lower + "e"), !negated(toks, i)
      {
        hits.append(VerbHit(index: i, stem: t.lower + "e", form: .infinitive, modalIndex: nil, isBliverPassive: false))
        i += 1
        continue
      }
      if let v = verb(t.lower), v.form == .infinitive, particleOK(v.stem, toks, i), !t.isCapitalized || i == 0 {
        if i == 0, toks.count >= 3, !negated(toks, i), !handlingStems.contains(v.stem) {
          // "Påbegynde vedtægter for lapidarium.": a note's bare infinitive is an errand.
          hits.append(VerbHit(index: i, stem: v.stem, form: .infinitive, modalIndex: nil, isBliverPassive: false))
        } else if let g = infinitiveGovernor(toks, i), clauseAllows(toks, g), !negated(toks, i) {
          hits.append(VerbHit(index: i, stem: v.stem, form: .infinitive, modalIndex: g, isBliverPassive: false))
        } else if isSlippedPresent(toks, i), clauseAllows(toks, i), !negated(toks, i) {
          hits.append(VerbHit(index: i, stem: v.stem, form: .present, modalIndex: nil, isBliverPassive: false))
        }
        i += 1
        continue
      }
      // "Martin og Søren er på valg og opstiller": stand for election, no errand.
      if t.lower == "opstiller", i + 1 == toks.count || toks[i + 1].isBoundary {
        i += 1
        continue
      }
      if let v = verb(t.lower), v.form != .infinitive, particleOK(v.stem, toks, i),
        v.form != .passive || passiveParticleOK(v.stem, toks, i), !asksForWork(v.stem, toks, i),
        v.form != .passive || !hasGenericSubject(toks, i)
      {
        // A modal or "at" right before makes it an infinitive use.
        let prev = i > 0 ? toks[i - 1].lower : ""
        let prev2 = i > 1 ? toks[i - 2].lower : ""
        let otherModals: Set<String> = ["bør", "kan", "må", "skulle", "kunne", "ville", "burde", "skal", "vil", "at"]
        if !otherModals.contains(prev), !(otherModals.contains(prev2) && ["også", "ikke", "derfor", "gerne"].contains(prev)),
          clauseAllows(toks, i), !negated(toks, i)
        {
          // Capitalised mid-sentence, the word is a name or a title, not a verb.
          if i == 0 || !t.isCapitalized {
            hits.append(VerbHit(index: i, stem: v.stem, form: v.form, modalIndex: nil, isBliverPassive: false))
          }
        }
      }
      i += 1
    }
    return hits
  }

  /// Modal verbs and `at`: an infinitive after them is governed by them.
  static let infinitiveMarkers: Set<String> = [
    "bør", "kan", "må", "skulle", "kunne", "ville", "burde", "skal", "vil", "at", "til",
  ]

  /// The verb whose `at` clause an infinitive opens or continues: `besluttede at evaluere`,
  /// `besluttede at betale 500 kr. og evaluere medlemskabet` (the conjunct shares the `at`),
  /// `blev enige om at udarbejde`. The index returned is where the subject ends: the verb,
  /// or `blev`/`var` before `enige`.
  static func infinitiveGovernor(_ toks: [ClauseToken], _ i: Int) -> Int? {
    guard i > 0 else { return nil }
    var at: Int?
    var j = i - 1
    while j > 0, ["også", "derfor", "samtidig", "endvidere", "straks"].contains(toks[j].lower) { j -= 1 }
    if toks[j].lower == "at" {
      at = j
    } else if ["og", "samt", "eller"].contains(toks[j].lower) {
      // The conjunct of an earlier infinitive: back to its `at` within the clause.
      var k = j - 1
      while k >= 0, k >= j - 20, !toks[k].isBoundary {
        if toks[k].lower == "at" {
          at = k
          break
        }
        k -= 1
      }
    }
    guard var k = at.map({ $0 - 1 }) else { return nil }
    // "Der er enighed om, at undersøge ...": a comma before `at`.
    if k > 0, toks[k].isBoundary, toks[k].text == "," { k -= 1 }
    while k > 0, ["derfor", "også", "endvidere", "herefter", "samtidig"].contains(toks[k].lower) { k -= 1 }
    if k > 0, toks[k].lower == "om" { k -= 1 }
    guard k >= 0, infinitiveGovernors.contains(toks[k].lower) else { return nil }
    if toks[k].lower == "enige" || toks[k].lower == "enighed", k > 0,
      ["blev", "var", "er", "bliver"].contains(toks[k - 1].lower)
    {
      return k - 1
    }
    return k
  }

  /// `Forvaltningen orientere nærmere om ...`: an infinitive right after the subject that opens
  /// the clause, with no modal or `at`, is the present with its `r` slipped.
  static func isSlippedPresent(_ toks: [ClauseToken], _ i: Int) -> Bool {
    guard i > 0, !infinitiveMarkers.contains(toks[i - 1].lower) else { return false }
    let start = clauseStart(toks, i)
    guard start < i, i - start <= 5, toks[start].isCapitalized else { return false }
    let subject = toks[start..<i]
    if let first = subject.first, ActionReader.adverbs.contains(first.lower) { return false }
    return subject.allSatisfy { $0.isCapitalized || ActionReader.joiners.contains($0.lower) }
      || ActionReader.isDoerNoun(subject.last?.lower ?? "")
  }

  /// Whether a passive has the particle its work needs (`Der arbejdes videre med`).
  static func passiveParticleOK(_ stem: String, _ toks: [ClauseToken], _ i: Int) -> Bool {
    guard let required = passiveParticles[stem] else { return true }
    return toks[(i + 1)...].prefix(4).prefix { !$0.isBoundary }.contains { required.contains($0.lower) }
  }

  /// `Økonomiudvalget beder om, at administrationen undersøger ...`: the asker's verb; the
  /// work is the `at` clause's, with its own subject.
  static func asksForWork(_ stem: String, _ toks: [ClauseToken], _ i: Int) -> Bool {
    guard stem == "bede" else { return false }
    let after = toks[(i + 1)...].prefix(3).filter { !$0.isBoundary }.map(\.lower)
    return after.starts(with: ["om", "at"])
  }

  /// `Alle gode ideer udmøntes ...`: a passive whose subject is a whole class states a practice.
  static func hasGenericSubject(_ toks: [ClauseToken], _ i: Int) -> Bool {
    let start = clauseStart(toks, i)
    guard start < i, genericDeterminers.contains(toks[start].lower) else { return false }
    // "Alle rammer gennemgås af kommunikationsudvalget": a doer named, so work, not a practice.
    return !toks[(i + 1)...].prefix(6).prefix { !$0.isBoundary }.contains { $0.lower == "af" }
  }

  /// Whether the verb at `i` stands in an `at` clause of a verb of deciding or agreeing
  /// (`Besluttet, at der tilføjes ...`): work the decision lays down in so many words.
  static func isDecisionClause(_ toks: [ClauseToken], _ i: Int) -> Bool {
    let start = clauseStart(toks, i)
    var j = i - 1
    while j >= start {
      if toks[j].lower == "at" { return governedByDecision(toks, j) }
      j -= 1
    }
    return false
  }

  /// The lower-case action verbs of the main clauses of a sentence.
  static func actionVerbs(in sentence: String) -> [String] {
    let toks = tokens(sentence)
    return verbs(in: toks).map { toks[$0.index].lower }
  }

  static func isParticiple(_ w: String) -> Bool {
    // "købt", "lavt": a short participle of a verb of work.
    if w.count == 4, w.hasSuffix("t"), stems.contains(String(w.dropLast()) + "e") { return true }
    guard w.count > 4 else { return false }
    if w.hasSuffix("et") || w.hasSuffix("t") || w.hasSuffix("en") { return !["det", "et", "ret"].contains(w) }
    return false
  }

  /// The meeting itself as the one informed (`orienterer udvalget`, `orienterer os`).
  static let meetingWords: Set<String> = [
    "udvalget", "rådet", "bestyrelsen", "direktionen", "byrådet", "kommunalbestyrelsen", "regionsrådet", "mødet", "os",
    "medlemmerne", "forsamlingen", "gruppen",
  ]

  /// Whether the clause after `i` reports what was said (`om, at ...`, `om at ...`, `, at`).
  static func reportsSpeech(_ toks: [ClauseToken], after i: Int) -> Bool {
    var j = i + 1
    while j + 1 < toks.count, j <= i + 6 {
      if toks[j].lower == "om" || toks[j].text == ",", toks[j + 1].lower == "at" || toks[j + 1].text == "," && j + 2 < toks.count && toks[j + 2].lower == "at" {
        return true
      }
      if toks[j].text == "." || toks[j].text == ";" { return false }
      j += 1
    }
    return false
  }

  /// Whether the sentence after `i` waits for something to happen (`når forhandlingerne er
  /// afsluttet`, `så snart ...`, `efterfølgende`).
  static func waitsForEvent(_ toks: [ClauseToken], after i: Int) -> Bool {
    toks[(i + 1)...].indices.contains { k in
      let w = toks[k].lower
      return w == "når" || w == "efterfølgende" || (w == "snart" && k > 0 && toks[k - 1].lower == "så")
    }
  }

  /// "orienterer medarbejderne", "orienterer de berørte grundejere", "orienterer alle
  /// høringsparter", "orienterer Jens Berg": the people informed, named right after the verb.
  static func namesPeopleAfter(_ toks: [ClauseToken], _ i: Int) -> Bool {
    guard i + 1 < toks.count, !toks[i + 1].isBoundary else { return false }
    let next = toks[i + 1].lower
    return ["de", "alle", "både", "samtlige"].contains(next) || (next.count >= 5 && (next.hasSuffix("ne") || next.hasSuffix("en")))
      || toks[i + 1].isCapitalized || meetingWords.contains(next)
  }

  static func particleOK(_ stem: String, _ toks: [ClauseToken], _ i: Int) -> Bool {
    // "Administrationen meddeler tilsagn og afslag til ansøgerne": a decision passed on;
    // "Formanden meddeler, at ...", "meddeler udvalget om ...": telling.
    if stem == "meddele" {
      guard i + 1 < toks.count, !toks[i + 1].isBoundary else { return false }
      return !["at", "om", "udvalget", "rådet", "bestyrelsen", "mødet", "dem", "os"].contains(toks[i + 1].lower)
    }
    guard let required = particles[stem] else { return true }
    // "bad forvaltningen om": asked someone; "bad om ordet", "bad i den forbindelse om" tell.
    if toks[i].lower == "bad" || toks[i].lower == "anmodede" {
      guard i + 1 < toks.count, !toks[i + 1].isBoundary, !["om", "i", "at", "derfor", "også"].contains(toks[i + 1].lower) else {
        return false
      }
    }
    if stem == "orientere", namesPeopleAfter(toks, i) { return true }
    var j = i + 1
    var n = 0
    while j < toks.count, n < 6, !toks[j].isBoundary {
      // "Årshjulet kommer med på dagsordenen": it is put on the agenda, nobody brings it.
      if stem == "komme", toks[j].lower == "med", j + 1 < toks.count, toks[j + 1].lower == "på" { return false }
      if required.contains(toks[j].lower) { return true }
      // "HR og Løn lægger retningslinjerne på intranettet": puts them where people read them
      // (`lægger vægt på` is an opinion).
      if stem == "lægge", toks[j].lower == "på", j + 1 < toks.count,
        ["intranettet", "hjemmesiden", "nettet", "facebook", "infoskærmen", "opslagstavlen"].contains(toks[j + 1].lower)
          || toks[j + 1].lower.hasSuffix("siden") && toks[j + 1].lower.count > 6
      {
        return true
      }
      // "Formanden holder dialogmødet med foreningen": the meeting of some kind the minutes
      // spoke of, by its compound (to hold `et temamøde` is what was decided).
      if stem == "holde", ["mødet", "møderne"].contains(where: { toks[j].lower.hasSuffix($0) }) { return true }
      // "Planafdelingen holder et borgermøde i uge 12", "Forvaltningen holder informationsmøder":
      // a doer holds meetings of some kind (`besluttet at holde et temamøde` is the decision).
      if stem == "holde", toks[i].lower == "holder", ["møde", "møder"].contains(where: { toks[j].lower.hasSuffix($0) }) { return true }
      // "Mai-Britt beder gårdmanden skifte pærerne ud": asking someone to do a piece of work,
      // the work's verb as an infinitive after the one asked.
      if stem == "bede", n >= 1, n <= 3, let v = verb(toks[j].lower), v.form == .infinitive, v.stem != "bede" { return true }
      j += 1
      n += 1
    }
    return false
  }

  /// `ikke` in the verb's clause, before it or within two words after.
  static func negated(_ toks: [ClauseToken], _ i: Int) -> Bool {
    let start = clauseStart(toks, i)
    for j in start..<min(toks.count, i + 3) {
      if j > i, toks[j].isBoundary { break }
      if toks[j].lower == "ikke" || toks[j].lower == "ingen" || toks[j].lower == "aldrig" {
        return true
      }
    }
    return false
  }

  /// The index where the verb's clause starts (after a comma, dash or colon).
  /// A clause is read back at most `clauseReach` words: no Danish clause that lays down work
  /// is longer, and the bound keeps a sentence without punctuation linear to read.
  static func clauseStart(_ toks: [ClauseToken], _ i: Int) -> Int {
    var j = i
    while j > 0, i - j < clauseReach, !toks[j - 1].isBoundary { j -= 1 }
    return j
  }

  static let clauseReach = 60

  /// Prepositions that open a time between a modal and its infinitive.
  static let modalTimePrepositions: Set<String> = [
    "inden", "senest", "før", "i", "til", "efter", "primo", "medio", "ultimo", "ved", "fra", "snarest", "hurtigst",
  ]

  /// Whether a verb at `i` stands in a clause that can lay down work.
  static func clauseAllows(_ toks: [ClauseToken], _ i: Int) -> Bool {
    let start = clauseStart(toks, i)
    // Habit: "Mange gange sendes der en mail ...".
    for h in habitual {
      for j in start..<i where j + h.count <= toks.count {
        if h.indices.allSatisfy({ toks[j + $0].lower == h[$0] }) { return false }
      }
    }
    // Scan the clause before the verb for a subordinator or "at".
    var j = i - 1
    while j >= start {
      let w = toks[j].lower
      if w == "at" {
        // "at" after a verb of wishing or agreeing carries the decision.
        return governedByDecision(toks, j)
      }
      if subordinators.contains(w) {
        // "om" inside "i forhold til"-style phrases is a preposition: only clause-initial counts.
        if w == "om" || w == "efter" || w == "før" || w == "inden" || w == "så" || w == "da" {
          // "..., så Winnie sørger for kontakten": a consequence whose doer is named lays down
          // the work.
          if w == "så", j == start, j + 1 < i, toks[j + 1].isCapitalized {
            j -= 1
            continue
          }
          // "Inden næste møde kontakter Bo Jensen kommunen", "Efter sommerferien udarbejder ...":
          // a preposition before a time, not a clause of its own.
          if w == "inden" || w == "efter" || w == "før", j + 1 < i, opensTime(toks[j + 1].lower) {
            j -= 1
            continue
          }
          if j == start { return false }
          // "Det afklares om ..." has the verb before "om": handled by position.
          j -= 1
          continue
        }
        return false
      }
      // Relative "der" after a noun ("hypoteser der bliver ..."); clause-initial "Der" and "der"
      // right after the verb are the expletive subject.
      if w == "der", j > start, !toks[j - 1].isBoundary {
        let p = toks[j - 1].lower
        // "De der har underskrevet skal kontaktes": the relative clause had its own verb before
        // this one, which is the main clause's.
        let finite: Set<String> = ["har", "havde", "er", "var", "blev", "bliver", "kan", "kunne", "skal", "skulle", "vil", "ville", "må"]
        let closed = toks[(j + 1)..<i].dropLast().contains { finite.contains($0.lower) }
        if !["og", "men", "derfor", "samt", "så", "nu", "her", "herefter", "desuden", "også", "at"].contains(p),
          verb(p) == nil, !closed
        {
          return false
        }
      }
      j -= 1
    }
    return true
  }

  /// Whether the `at` at `j` follows a verb of wishing or agreeing: right before it (a comma
  /// between is allowed), through `om` (`enighed om at`), or through `men at` back to one.
  static func governedByDecision(_ toks: [ClauseToken], _ j: Int, depth: Int = 0) -> Bool {
    var k = j - 1
    while k >= 0, toks[k].isBoundary { k -= 1 }
    guard k >= 0 else { return false }
    let w = toks[k].lower
    if decisionGovernors.contains(w) { return true }
    if w == "om", k > 0, decisionGovernors.contains(toks[k - 1].lower) { return true }
    // "ønsker i stedet, at ...", "ønsker derfor, at ...": an adverb between.
    if ["stedet", "derfor", "endvidere", "desuden", "også", "samtidig"].contains(w) {
      var m = k - 1
      if w == "stedet", m >= 0, toks[m].lower == "i" { m -= 1 }
      if m >= 0, decisionGovernors.contains(toks[m].lower) { return true }
    }
    if w == "men" {
      // "..., men at der arbejdes videre": the earlier "at" decides.
      var m = k - 1
      let floor = max(0, k - clauseReach)
      while m >= floor, toks[m].lower != "at" { m -= 1 }
      return m >= floor && depth < 4 && governedByDecision(toks, m, depth: depth + 1)
    }
    return false
  }
}
