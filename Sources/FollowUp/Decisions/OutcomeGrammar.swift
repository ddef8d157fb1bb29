/// What a clause of a decision does with its item.
enum OutcomeAct: Hashable, Sendable {
  /// Godkendt, tiltrådt, vedtaget, anbefalet, indstillingen følges.
  case approve
  /// Afvist, forkastet, ikke godkendt, kunne ikke anbefale.
  case reject
  /// Taget til efterretning, til orientering.
  case note
  /// Drøftet.
  case discuss
  /// Oversendt, fremsendt, sendt tilbage til another body.
  case refer
  /// Work recorded as done in the telegraphic style of small councils (`Ny liste udarbejdet`).
  case decide
  /// The members agreed on something (`Der var enighed om at holde en arbejdsdag`): decided,
  /// unless the item is a briefing, where it is one remark among the announcements.
  case agree
}

/// The grammar of outcomes in Danish decisions, in the words of many councils: adoption
/// (`godkendt`, `tiltrådt`, `vedtaget`, `indstillingen følges`), recommendation to the next
/// body (`Anbefales over for Økonomiudvalget`, `Et flertal anbefaler indstillingen`,
/// `Indstilles godkendt`, `Anbefalet`), rejection (`forkastet`, `ikke tiltrådt`, `kunne ikke
/// anbefale`), votes (`blev forkastet med 5 mod 3`, `For stemte 5 ... imod stemte 3`), notes
/// (`til efterretning`, `Til orientering`) and referrals (`blev oversendt til Magistraten`).
///
/// A sentence is read clause by clause. A clause counts when it is a main clause, or an `at`
/// clause after a verb of deciding or recommending (`anbefaler, at byrådet tiltræder`,
/// `med bemærkning, at byrådet har vedtaget`); clauses after `idet`, `fordi`, `hvis`, `når`,
/// relative clauses and the content of a change (`med den ændring, at ...`) do not. An active
/// verb counts only with the committee, a majority or the item as its subject (or none): what a
/// minority, a party or a member votes, recommends or reserves (`Et mindretal (V) stemte imod`,
/// `Venstre kunne ikke tiltræde indstillingen`, `Socialdemokratiet tog forbehold`) is not the
/// outcome. `ikke` in the clause turns an adoption into a rejection.
enum OutcomeGrammar {
  /// The form of a verb: passive and participle forms have the item as subject; active forms
  /// need their subject checked.
  enum Form { case passive, participle, active }

  /// The outcome verbs in their forms.
  static let verbs: [String: (act: OutcomeAct, form: Form)] = {
    var table: [String: (OutcomeAct, Form)] = [:]
    func add(_ act: OutcomeAct, passive: [String], participle: [String], active: [String]) {
      for w in passive { table[w] = (act, .passive) }
      for w in participle { table[w] = (act, .participle) }
      for w in active { table[w] = (act, .active) }
    }
    add(
      .approve, passive: ["godkendes", "tiltrædes", "vedtages", "bevilges", "imødekommes", "anbefales", "bifaldes", "indstilles"],
      participle: ["godkendt", "tiltrådt", "tiltraadt", "vedtaget", "bevilget", "imødekommet", "anbefalet", "bifaldet"],
      active: [
        "godkender", "godkendte", "godkende", "tiltræder", "tiltrådte", "tiltræde", "vedtager", "vedtog",
        "vedtage", "bevilger", "bevilgede", "bevilge", "imødekom", "imødekomme", "imødekommer", "anbefaler", "anbefalede", "anbefale", "bifalder",
        "bifaldt",
      ])
    add(
      .reject, passive: ["afvises", "forkastes", "nedstemmes", "afslås"],
      participle: ["afvist", "forkastet", "nedstemt", "afslået"],
      active: [
        "afviser", "afviste", "afvise", "forkaster", "forkastede", "forkaste", "afslår", "afslog", "bortfalder", "bortfaldt",
        "faldt",
      ])
    add(
      .discuss, passive: [], participle: ["drøftet", "diskuteret", "debatteret", "fremsat"],
      active: ["drøftede"])
    // "Det blev aftalt", "Besluttet, at ...", "Udvalget besluttede at betale ...": a decision
    // that is neither an adoption nor a rejection of the item.
    add(
      .decide,
      passive: [
        "fastsættes", "fastlægges", "ændres", "lukkes", "nedlægges", "oprettes", "afskaffes", "indføres", "vælges", "udpeges",
        "nedsættes", "prioriteres",
      ],
      participle: ["besluttet", "aftalt", "fastsat", "fastlagt", "nedsat", "prioriteret"],
      active: [
        "besluttede", "beslutter", "aftalte", "fastslog", "fastslår", "fastsatte", "fastsætter", "fastlagde", "valgte",
        "udpegede", "udpeger", "nedsatte", "nedsætter", "prioriterede", "prioriterer",
      ])
    add(
      .refer,
      passive: ["oversendes", "fremsendes", "videresendes", "tilbagesendes", "henvises"],
      participle: ["oversendt", "fremsendt", "videresendt", "tilbagesendt", "henvist"],
      active: ["oversender", "oversendte", "oversende", "fremsender", "fremsendte", "fremsende", "videresende"])
    return table
  }()

  /// Phrases that carry an act in any clause that counts.
  static let phrases: [(words: [String], act: OutcomeAct)] = [
    (["til", "efterretning"], .note), (["til", "efterretningen"], .note),
    (["kvitterede", "for"], .note), (["kvitterer", "for"], .note),
    (["til", "orientering"], .note), (["indstillingen", "følges"], .approve),
    (["indstillingerne", "følges"], .approve), (["som", "indstillet"], .approve),
    (["taget", "til", "følge"], .approve), (["tages", "til", "følge"], .approve),
    (["tilsluttede", "sig"], .approve), (["tilslutter", "sig"], .approve), (["tilslutte", "sig"], .approve),
    // "Forslaget opnåede ikke flertal", "Der gives afslag på ansøgningen".
    (["opnåede", "ikke", "flertal"], .reject), (["fik", "ikke", "flertal"], .reject),
    (["giver", "afslag"], .reject), (["gav", "afslag"], .reject), (["gives", "afslag"], .reject),
    (["givet", "afslag"], .reject), (["meddeler", "afslag"], .reject), (["meddelte", "afslag"], .reject),
    (["meddeles", "afslag"], .reject), (["meddelt", "afslag"], .reject),
    (["traf", "beslutning", "om"], .decide), (["truffet", "beslutning", "om"], .decide),
    // "Handicaprådet afgav høringssvar som vedlagt": the council's answer to a consultation.
    (["afgav", "høringssvar"], .decide), (["afgiver", "høringssvar"], .decide), (["afgives", "høringssvar"], .decide),
    (["afgav", "et", "høringssvar"], .decide), (["afgiver", "et", "høringssvar"], .decide),
    // "Indstillingen blev fulgt", "Udvalget fulgte indstillingen", "besluttede at følge
    // forvaltningens indstilling": the recommendation adopted.
    (["indstillingen", "blev", "fulgt"], .approve), (["indstillingerne", "blev", "fulgt"], .approve),
    (["indstilling", "blev", "fulgt"], .approve), (["indstilling", "følges"], .approve),
    (["fulgte", "indstillingen"], .approve), (["følger", "indstillingen"], .approve),
    (["følge", "indstillingen"], .approve), (["fulgte", "forvaltningens", "indstilling"], .approve),
    (["følge", "forvaltningens", "indstilling"], .approve), (["følger", "forvaltningens", "indstilling"], .approve),
    // "Bestyrelsen bakkede op om forslaget", "Forslaget bakkes op".
    (["bakkede", "op", "om"], .approve), (["bakker", "op", "om"], .approve), (["bakkes", "op"], .approve),
    (["bevillingen", "blev", "givet"], .approve), (["bevillingen", "gives"], .approve),
    // "X blev valgt som formand": an election at the meeting (`er blevet valgt`, `har valgt`
    // report one elsewhere).
    // "Der var enighed om at holde en arbejdsdag": the board agreed on what is done.
    (["enighed", "om"], .agree), (["enige", "om"], .agree),
    (["blev", "valgt"], .decide), (["blev", "genvalgt"], .decide), (["blev", "udpeget"], .decide),
    (["arbejdes", "ikke", "videre"], .reject), (["ikke", "arbejdes", "videre"], .reject),
    (["ikke", "at", "gå", "videre"], .reject), (["går", "ikke", "videre"], .reject),
    (["sendes", "tilbage", "til"], .refer), (["sendt", "tilbage", "til"], .refer),
    (["sender", "sagen", "videre"], .refer), (["sendte", "sagen", "videre"], .refer), (["sende", "sagen", "videre"], .refer),
  ]

  /// Sentences that say there was nothing.
  static let nothingPhrases: Set<String> = [
    "der var ingen meddelelser", "ingen meddelelser", "intet at rapportere", "intet at berette", "intet nyt",
    "der var intet", "intet til dette punkt", "ingen sager", "der var ingen sager", "intet at meddele",
    "der var intet at rapportere", "der var ingen", "ikke noget", "der var ikke noget", "ingen spørgsmål",
    "der var ingen spørgsmål", "nej", "ingen punkter", "intet under dette punkt",
  ]

  /// Words that open a clause whose verbs do not give the outcome.
  static let subordinators: Set<String> = [
    "idet", "fordi", "selvom", "såfremt", "hvis", "når", "eftersom", "mens", "som", "hvor",
    "hvilket", "der", "hvorvidt",
  ]

  /// Words that open a new main clause.
  static let coordinators: Set<String> = ["men", "hvorefter", "herefter", "derefter", "dog"]

  /// Words after which an `at` clause carries the decision.
  static let governors: Set<String> = [
    "besluttede", "beslutter", "besluttet", "vedtog", "anbefaler", "anbefalede", "anbefales",
    "indstiller", "indstillede", "bemærkning", "bemærkningen", "ønsker", "ønskede", "enige",
    "enig", "enighed", "godkendte", "godkender", "tiltrådte", "tiltræder",
  ]

  /// Modal verbs before an infinitive (`kan anbefale`, `kunne ikke tiltræde`).
  static let modals: Set<String> = ["kan", "kunne", "vil", "ville", "skal", "skulle", "må"]

  /// Sentence adverbs that may open a clause before its verb (`Herefter tiltrådte udvalget`).
  static let adverbs: Set<String> = [
    "herefter", "derefter", "dernæst", "endelig", "samtidig", "desuden", "endvidere", "derudover",
    "således", "hermed", "dermed", "enstemmigt", "enigt", "samlet", "også", "derfor", "og", "så",
  ]

  /// Nouns of groups inside the council: a subject with one is not the committee.
  static let groupNouns: [String] = ["gruppe", "medlem", "parti", "repræsentant", "mindretal"]

  /// Words of attendance and reservation: a sentence of only these tells nothing of the outcome.
  static let neutralWords: Set<String> = [
    "fraværende", "afbud", "deltog", "stedfortræder", "suppleant", "suppleanter", "forlod",
    "inhabil", "inhabile", "forbehold", "mindretal", "undlod", "sluttede", "hævet", "forfald",
    "imod", "deltager",
  ]

  /// What one sentence says of the outcome.
  struct Reading {
    /// The acts of the clauses that count.
    var acts: Set<OutcomeAct> = []
    /// Votes for and against (`For stemte 5`, `3 stemte imod`), when written.
    var votesFor: Int?
    var votesAgainst: Int?
    /// `Intet.`, `Ingen.`: no decision.
    var isNothing = false
    /// Attendance, reservations and lists of names: no bearing on the outcome.
    var isNeutral = false
  }

  /// A word of a sentence, lower-cased, with its case and whether a clause boundary follows.
  struct Word {
    var lower: String
    var isCapitalized: Bool
    var boundaryAfter: Bool
    /// Capitals only, two or more letters (`HMU`, `ØU`).
    var isAllCaps = false
  }

  /// Reads one sentence.
  static func read(_ sentence: String) -> Reading {
    var r = Reading()
    // "(Ø) stemte imod.", "(V, C) tog forbehold": parties' letters as the subject are a group
    // inside the council, not the committee.
    let trimmed = sentence.trimming(" ")
    if trimmed.hasPrefix("("), let close = trimmed.firstIndex(of: ")") {
      let inner = trimmed[trimmed.index(after: trimmed.startIndex)..<close]
      if !inner.isEmpty, inner.count <= 20, inner.allSatisfy({ $0.isUppercase || $0 == "," || $0 == " " || $0 == "+" || $0 == "/" }) {
        r.isNeutral = true
        return r
      }
    }
    let words = self.words(withoutParentheses(sentence))
    guard !words.isEmpty else { return r }
    // A question ("Hvad skal vi have mere af?") is agenda text, no decision; so is the item's
    // time slot alone ("19.30-19.45").
    let bare = sentence.trimming(" .")
    if bare.hasSuffix("?") || (bare.utf8.count <= 15 && bare.contains(where: \.isNumber) && bare.allSatisfy { "0123456789.:-– ".contains($0) }) {
      r.isNeutral = true
      return r
    }
    let lowers = words.map(\.lower)
    // "Udgår", "Punktet udgår": the item was dropped from the agenda.
    if lowers.count <= 3,
      ["intet", "ingen", "intet at bemærke", "ingen beslutning", "intet nyt", "udgår", "punktet udgår", "sagen udgår"]
        .contains(lowers.joined(separator: " "))
    {
      r.isNothing = true
      return r
    }
    // "Punktet udgik.", "Sagen blev trukket.", "Punktet udgik, jf. pkt. 12": dropped or
    // withdrawn, nothing decided.
    if let k = lowers.firstIndex(where: { ["udgik", "udgår", "trukket", "trækkes"].contains($0) }), k <= 3,
      ["punktet", "sagen", "punkt", "sag"].contains(lowers[0]) || k == 0,
      lowers[..<k].allSatisfy({ ["punktet", "sagen", "punkt", "sag", "blev", "er", "nr", "derfor"].contains($0) || $0.allSatisfy(\.isNumber) }),
      k + 1 == lowers.count || ["jf", "jfr", "da", "idet", "fordi"].contains(lowers[k + 1])
    {
      r.isNothing = true
      return r
    }
    // "Der var ingen meddelelser.", "Punkt 1: Intet at rapportere.": nothing to decide.
    var tail = lowers[...]
    if let colon = words.lastIndex(where: \.boundaryAfter), colon + 1 < words.count { tail = lowers[(colon + 1)...] }
    if nothingPhrases.contains(tail.joined(separator: " ")) {
      r.isNothing = true
      return r
    }
    // "Der er ingen spørgsmål.", "Der var ingen bemærkninger til referatet.": `der er/var`, then
    // `ingen`/`intet` and what there was none of.
    let t = Array(tail)
    if t.count >= 3, t.count <= 7, t[0] == "der", ["er", "var", "blev"].contains(t[1]), ["ingen", "intet"].contains(t[2]),
      !t.contains("men"), !t.contains("og")
    {
      r.isNothing = true
      return r
    }
    // "2.": a list's number left alone.
    if lowers.allSatisfy({ $0.allSatisfy(\.isNumber) }) {
      r.isNeutral = true
      return r
    }
    // "ØKONOMIUDVALGET": the heading of a group of items, in capitals.
    // (`GODKENDT.`, `TILTRÅDT.` are decisions in capitals.)
    if words.count == 1, words[0].isAllCaps, words[0].lower.count >= 5, verbs[words[0].lower] == nil {
      r.isNeutral = true
      return r
    }
    // "Ok", "OK.", "Ok - godkendt": the board's word of approval standing alone.
    if lowers.count == 1, lowers[0] == "ok" {
      r.acts = [.approve]
      return r
    }
    // "Ingen indvendinger.": nobody objected, the proposal is agreed.
    if lowers.count <= 4, contains(lowers, ["ingen", "indvendinger"]) {
      r.acts = [.approve]
      return r
    }
    // "Ingen bemærkninger." to minutes or a briefing notes them.
    if lowers.count <= 4, contains(lowers, ["ingen", "bemærkninger"]) {
      r.acts = [.note]
      return r
    }
    // "Intet til spørgetiden.", "Ingen henvendelser fra borgere.": a short phrase of none; what
    // there was none of against the proposal or the agenda ("Ingen indvendinger", "Ingen
    // ændringer") goes on to be read as agreement.
    if lowers.count <= 6, ["ingen", "intet"].contains(lowers[0]),
      !lowers.contains(where: { ["bemærkninger", "indvendinger", "kommentarer", "ændringer", "tilføjelser", "ændringsforslag"].contains($0) })
    {
      r.isNothing = true
      return r
    }
    // "Der er ikke indenfor fristen indkommet spørgsmål til spørgetiden.": nothing came in.
    if t.count >= 4, t.count <= 16, t[0] == "der", ["er", "var"].contains(t[1]), t.contains("ikke"),
      t.contains(where: { ["indkommet", "modtaget", "kommet", "stillet", "indsendt"].contains($0) }),
      t.contains(where: { ["spørgsmål", "henvendelser", "forslag", "ansøgninger", "sager", "punkter"].contains($0) })
    {
      r.isNothing = true
      return r
    }
    (r.votesFor, r.votesAgainst) = tally(lowers)
    if r.votesFor == nil || r.votesAgainst == nil {
      let (f, a) = bracketedTally(sentence)
      r.votesFor = r.votesFor ?? f
      r.votesAgainst = r.votesAgainst ?? a
    }
    // "Afslag.", "Afslag på ansøgningen.": the application refused.
    if lowers.first == "afslag", lowers.count <= 6 {
      r.acts = [.reject]
      return r
    }
    let parts = clauses(words)
    // "Udvalget besluttede at oversende sagen ...": the resolution is what its `at` clause does.
    var resolvedIn: Int?
    for (n, clause) in parts.enumerated() where clause.counts {
      var found = acts(in: clause.words)
      if let r0 = resolvedIn, r0 + 1 == n, clause.words.first?.lower == "at", !found.isEmpty, !found.contains(.decide) {
        r.acts.remove(.decide)
      }
      resolvedIn = found == [.decide] && clause.words.last.map({ $0.lower.hasPrefix("beslut") }) == true ? n : nil
      if isAtAnotherMeeting(clause.words) {
        found.remove(.approve)
        found.remove(.reject)
      }
      // "Bestyrelsen vedtager, at man afprøver metoderne": a resolution of its own, not the
      // adoption of a proposal.
      if found.contains(.approve), let last = clause.words.last?.lower, last.hasPrefix("vedt"),
        n + 1 < parts.count, parts[n + 1].words.first?.lower == "at", !found.contains(.reject)
      {
        found.remove(.approve)
        found.insert(.decide)
      }
      r.acts.formUnion(found)
    }
    // "Vi bidrager med 1000 kr.", "Vi vil gerne indgå i ordningen", "Man fortsætter som hidtil":
    // the board, as "vi" or "man", does or will do something: a decision of its own.
    if r.acts.isEmpty, let first = lowers.first, first == "vi" || first == "man", lowers.count >= 3 {
      var k = 1
      while k < lowers.count, ["gerne", "så", "nu", "derfor", "også", "fortsat"].contains(lowers[k]) { k += 1 }
      if k < lowers.count {
        let v = lowers[k]
        let telling: Set<String> = [
          "er", "har", "var", "havde", "synes", "mener", "tror", "ved", "talte", "snakkede", "drøftede", "fik",
          "kan", "må", "bør", "skulle", "kunne", "håber", "mangler", "afventer", "venter",
        ]
        let modal = (v == "vil" || v == "skal") && k + 1 < lowers.count && !lowers[(k + 1)...].prefix(2).contains("ikke")
        if !telling.contains(v), !lowers.contains("ikke"), modal || (v.hasSuffix("er") && v.count >= 4) {
          r.acts.insert(.decide)
        }
      }
    }
    // "Drøftelse af lærerdeltagelse ...": a sentence that is the noun records a discussion;
    // "ønsker en drøftelse", "Derefter drøftelse i X igen" plan one.
    if lowers.first == "drøftelse", !lowers.contains("igen") { r.acts.insert(.discuss) }
    if r.acts.isEmpty {
      // One capitalised word is a telegraphic decision (`Udsat.`, `Orienteret.`), not a name.
      let isNameList =
        words.count >= 2 && words.allSatisfy { $0.isCapitalized || $0.lower == "og" || $0.lower == "samt" }
      r.isNeutral = isNameList || lowers.contains(where: neutralWords.contains)
    }
    return r
  }

  /// The sentence with parenthesised asides removed (`Et flertal (A, F og Ø) anbefaler`).
  static func withoutParentheses(_ s: String) -> String {
    guard s.contains("(") else { return s }
    var out = ""
    var depth = 0
    for c in s {
      if c == "(" {
        depth += 1
      } else if c == ")" {
        if depth > 0 { depth -= 1 } else { out.append(c) }
      } else if depth == 0 {
        out.append(c)
      }
    }
    return out
  }

  /// The words of a sentence; `,`, `;`, `:` and free-standing dashes end a clause.
  static func words(_ s: String) -> [Word] {
    var out: [Word] = []
    for raw in s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
      if raw == "-" || raw == "–" {
        if !out.isEmpty { out[out.count - 1].boundaryAfter = true }
        continue
      }
      let boundary = raw.last.map { $0 == "," || $0 == ";" || $0 == ":" } ?? false
      let core = String(raw).trimmingPunctuation
      guard !core.isEmpty else {
        if boundary, !out.isEmpty { out[out.count - 1].boundaryAfter = true }
        continue
      }
      let letters = core.filter(\.isLetter)
      out.append(
        Word(
          lower: core.lowercased(), isCapitalized: core.first?.isUppercase ?? false, boundaryAfter: boundary,
          isAllCaps: letters.count >= 2 && letters.allSatisfy(\.isUppercase)))
    }
    // "Et flertal bestående af A, C, N og V anbefaler": the commas of a list of parties' letters
    // end no clause.
    func isPartyLetter(_ w: Word) -> Bool {
      w.isCapitalized && w.lower.count <= 3 && w.lower.allSatisfy(\.isLetter) && (w.lower.count == 1 || w.isAllCaps)
    }
    for i in out.indices.dropLast() where out[i].boundaryAfter && isPartyLetter(out[i]) && isPartyLetter(out[i + 1]) {
      out[i].boundaryAfter = false
    }
    return out
  }

  /// A clause and whether it counts for the outcome.
  struct Clause {
    var words: ArraySlice<Word>
    var counts: Bool
  }

  /// The clauses of a sentence, split at boundaries, subordinators, coordinators and `at`.
  static func clauses(_ words: [Word]) -> [Clause] {
    var out: [Clause] = []
    var start = 0
    var counts = true
    // The clause a relative clause interrupts: "at handlemulighed 1, som er ..., godkendes"
    // goes on after it.
    var interrupted: Bool?
    // "Indstillingen om at tildele prisen til hjemmeplejen blev godkendt": the `om at` clause
    // completes the subject's noun; the sentence's own verb comes back after it.
    var complement = false
    for i in words.indices {
      let w = words[i].lower
      let before = i > 0 ? words[i - 1].lower : ""
      if complement, i > start, ["blev", "er", "bliver", "var"].contains(w), i + 1 < words.count,
        verbs[words[i + 1].lower] != nil
      {
        out.append(Clause(words: words[start..<i], counts: counts))
        start = i
        counts = true
        complement = false
      }
      if i > 0, opensClause(w, after: before, atClauseStart: i == start) {
        complement = w == "at" && before == "om" && start == 0 && i >= 2 && i <= 4
        if i == start, w == "som" || w == "der", let last = out.last { interrupted = last.counts }
        if i > start { out.append(Clause(words: words[start..<i], counts: counts)) }
        start = i
        counts = w == "at" ? governsAt(words, i) : coordinators.contains(w)
      }
      if words[i].boundaryAfter {
        if i + 1 > start { out.append(Clause(words: words[start...i], counts: counts)) }
        start = i + 1
        counts = true
        if let outer = interrupted, i + 1 < words.count {
          let next = i + 1 < words.count ? words[i + 1].lower : ""
          if verbs[next] != nil || next.hasSuffix("es") {
            counts = outer
            interrupted = nil
          } else if !(next == "som" || next == "der") {
            interrupted = nil
          }
        }
      }
    }
    if start < words.count { out.append(Clause(words: words[start...], counts: counts)) }
    return out
  }

  /// Active verbs among the governors: their own subject must be one whose act counts.
  static let activeGovernors: Set<String> = [
    "besluttede", "beslutter", "besluttet", "vedtog", "anbefaler", "anbefalede", "indstiller",
    "indstillede", "ønsker", "ønskede", "godkendte", "godkender", "tiltrådte", "tiltræder",
  ]

  /// Whether the `at` at `i` carries the decision: after a verb of deciding or recommending a
  /// few words back (`indstiller til byrådet, at`), through `om` (`Der er enighed om at ...`),
  /// or through `men at` back to such an `at`. An active governor counts only with a subject
  /// whose act is the outcome: `Udvalget indstiller, at ...` does, `Administrationen
  /// indstiller, at ...` (the administration's proposal) does not.
  static func governsAt(_ words: [Word], _ i: Int) -> Bool {
    guard i > 0 else { return false }
    if words[i - 1].lower == "men" {
      var k = i - 2
      while k >= 0, words[k].lower != "at" { k -= 1 }
      return k > 0 && governsAt(words, k)
    }
    var k = i - 1
    while k >= 0, k >= i - 5 {
      let w = words[k].lower
      if w == "at" || subordinators.contains(w) { return false }
      if governors.contains(w) {
        guard activeGovernors.contains(w) else { return true }
        var start = k
        while start > 0, !words[start - 1].boundaryAfter { start -= 1 }
        return subjectCounts(words[start..<k])
      }
      k -= 1
    }
    return false
  }

  /// Whether `w` opens a new clause: `at`, a coordinator, a subordinator; relative `der` and
  /// `som` only after a noun or a comma (`og der arbejdes ikke videre` is a main clause).
  static func opensClause(_ w: String, after before: String, atClauseStart: Bool) -> Bool {
    if w == "at" || coordinators.contains(w) { return true }
    guard subordinators.contains(w) else { return false }
    if w == "der" || w == "som" {
      let conjunctions: Set<String> = ["og", "men", "så", "samt", "hvorefter", "at", "eller"]
      return atClauseStart || !conjunctions.contains(before)
    }
    return true
  }

  /// The acts of one clause that counts.
  static func acts(in clause: ArraySlice<Word>) -> Set<OutcomeAct> {
    var acts: Set<OutcomeAct> = []
    let lowers = Array(clause.map(\.lower))
    let negated = lowers.contains("ikke") || lowers.contains("ej")
    // A change proposal voted down is not the item's fate.
    let aboutAmendment = lowers.contains { $0.hasPrefix("ændringsforslag") }
    for (words, act) in phrases where contains(lowers, words) {
      acts.insert(act)
    }
    for (k, w) in lowers.enumerated() {
      if w == "stemte" || w == "stemmer", k + 1 < lowers.count,
        lowers[k + 1] == "for" || lowers[k + 1] == "imod",
        subjectCounts(Array(clause)[..<k])
      {
        acts.insert(lowers[k + 1] == "for" ? .approve : .reject)
        continue
      }
      if isTelegraphicParticiple(lowers, k) {
        acts.insert(.decide)
        continue
      }
      guard let (act, form) = verbs[w] else { continue }
      // "Det anbefales at overveje ...": a recommendation to act, not of the item.
      if w.hasPrefix("anbefal"), k > 0, lowers[k - 1] == "det" || lowers[k - 1] == "der" { continue }
      if form == .active {
        // The subject stands before the verb, or before its modal.
        var v = k
        while v > 0, modals.contains(lowers[v - 1]) || lowers[v - 1] == "ikke" { v -= 1 }
        // "besluttede at godkende ...": an infinitive opening a counting `at` clause has the
        // governing verb's subject, whose act the clause already is.
        let isGovernedInfinitive = lowers.first == "at" && lowers[1..<max(1, v)].allSatisfy(adverbs.contains)
        guard isGovernedInfinitive || subjectCounts(Array(clause)[..<v]) else { continue }
      }
      acts.insert(act)
    }
    if negated {
      // "ikke afvist" is no rejection; "ikke godkendt", "kunne ikke anbefale" are.
      let hadApproval = acts.remove(.approve) != nil
      if lowers.contains(where: { verbs[$0]?.act == .reject }) { acts.remove(.reject) }
      if contains(lowers, ["arbejdes", "ikke", "videre"]) || contains(lowers, ["ikke", "arbejdes", "videre"])
        || hadApproval
      {
        acts.insert(.reject)
      }
      acts.remove(.refer)
      // "Udvalget kunne ikke blive enige om udmøntningen": no agreement.
      acts.remove(.agree)
    }
    if aboutAmendment { acts.remove(.reject) }
    // "Fremsendes til Byrådet med anbefaling": sent on the usual way with the committee's
    // recommendation, which is its adoption.
    if !negated, isRecommendedOn(lowers) {
      acts.remove(.refer)
      acts.insert(.approve)
    }
    return acts
  }

  /// `... med anbefaling`, `... med anbefaling om endelig vedtagelse`: a case sent on with the
  /// committee's recommendation of what was proposed. (`... med rådets anbefaling` forwards an
  /// inquiry with the council's advice: sent on.)
  static func isRecommendedOn(_ lowers: [String]) -> Bool {
    guard let k = lowers.firstIndex(of: "med"), k > 0, k + 1 < lowers.count else { return false }
    return lowers[k + 1] == "anbefaling" || (k + 2 < lowers.count && lowers[k + 1] == "en" && lowers[k + 2] == "anbefaling")
  }

  /// Words that make a participle after them part of a compound tense or a passive.
  static let auxiliaries: Set<String> = [
    "blev", "bliver", "er", "var", "har", "havde", "været", "blevet", "være", "vil", "skal", "kan",
    "kunne", "skulle", "ville", "ikke", "at",
  ]

  /// `På Regionsældrerådsmødet blev det vedtaget, at ...`, `Sagen blev godkendt på
  /// byrådsmødet`: an adoption set at a meeting named by its body (a compound of a body's
  /// noun and `møde`) reports that body's decision, not the item's outcome.
  static func isAtAnotherMeeting(_ clause: ArraySlice<Word>) -> Bool {
    let lowers = clause.map(\.lower)
    let bodyHeads = ["råd", "udvalg", "bestyrelse", "direktion", "forum", "ledelse"]
    for (k, w) in lowers.enumerated() where k > 0 && ["på", "i", "ved"].contains(lowers[k - 1]) {
      for head in ["mødet", "møde"] where w.hasSuffix(head) && w.count > head.count + 2 {
        var stem = String(w.dropLast(head.count))
        if stem.hasSuffix("s") || stem.hasSuffix("-") { stem.removeLast() }
        if bodyHeads.contains(where: { stem.hasSuffix($0) }) || BodyWords.isBody(stem) { return true }
      }
    }
    return false
  }

  /// Verbs of holding an event or of briefing: their participle tells what took place.
  static let toldStems: Set<String> = [
    "afholde", "afvikle", "gennemføre", "holde", "orientere", "informere", "præsentere",
  ]

  /// Prepositions and determiners: a word in `-et` after them is a noun (`del af arbejdet`).
  static let nounMarkers: Set<String> = [
    "af", "i", "på", "til", "med", "for", "om", "fra", "ved", "under", "efter", "det", "et", "den",
    "dette", "hele", "vores", "deres", "sit", "sin",
  ]

  /// `Ny liste udarbejdet`: the participle of a work verb right after its noun, with no
  /// auxiliary, records the work as done; after a preposition or a determiner the word is
  /// the verb's noun (`en stor del af arbejdet`).
  static func isTelegraphicParticiple(_ lowers: [String], _ k: Int) -> Bool {
    let w = lowers[k]
    guard k > 0, w.count > 5, w.hasSuffix("t"), verbs[w] == nil, !auxiliaries.contains(lowers[k - 1]),
      !nounMarkers.contains(lowers[k - 1])
    else {
      return false
    }
    // The participle closes its clause or a phrase of it (`Ny liste udarbejdet, som ...`,
    // `udarbejdet af HR`); before another word it is an adverb (`betragtes samlet set`).
    if k + 1 < lowers.count, !["og", "af", "i", "til", "med", "på", "for", "inden", "senest"].contains(lowers[k + 1]) {
      return false
    }
    let stem = String(w.dropLast())
    // "Besøget afviklet": an event held at the meeting is told, not work decided; "holder ham
    // orienteret", "Udvalget orienteret": a briefing.
    if toldStems.contains(stem) || toldStems.contains(stem + "e") { return false }
    return ActionGrammar.stems.contains(stem) || ActionGrammar.stems.contains(stem + "e")
  }

  /// Whether the words before an active verb are a subject whose act is the outcome: none, the
  /// committee or another body, a majority, or the item itself.
  static func subjectCounts(_ subject: ArraySlice<Word>) -> Bool {
    let words = subject.map(\.lower).filter { !adverbs.contains($0) }
    guard !words.isEmpty else { return true }
    if words.contains(where: { $0.contains("mindretal") }) { return false }
    if words.contains(where: { $0 == "flertal" || $0 == "flertallet" || $0 == "alle" }) { return true }
    if words.contains(where: { w in groupNouns.contains { w.contains($0) } }) { return false }
    if words.contains(where: BodyWords.isBody) { return true }
    if subject.contains(where: { $0.isAllCaps && isBodyAbbreviation($0.lower) }) { return true }
    let itemWords: Set<String> = [
      "indstillingen", "indstillingerne", "sagen", "forslaget", "beslutningsforslaget", "punktet",
      "dagsordenen", "referatet", "orienteringen", "planen", "budgettet", "regnskabet",
    ]
    return words.contains(where: itemWords.contains)
  }

  /// Abbreviations of bodies that every council uses (`KB`, `BR`, `RR`).
  static let bodyAbbreviations: Set<String> = ["kb", "br", "rr"]

  /// A body's abbreviation as a subject (`HMU besluttede ...`, `ØU anbefaler ...`): capitals
  /// only, three or more (`HMU`, `LMU`, `BUU`), or two ending in `U` for `udvalg` (`ØU`, `FU`) or a
  /// common one (`KB`). Parties are one or two capitals and never end in `U` (`V`, `SF`, `DF`).
  static func isBodyAbbreviation(_ lower: String) -> Bool {
    guard lower.count >= 2, lower.count <= 6, lower.allSatisfy(\.isLetter) else { return false }
    return lower.count >= 3 || lower.hasSuffix("u") || bodyAbbreviations.contains(lower)
  }

  /// Whether `words` holds `phrase` as consecutive words.
  static func contains(_ words: [String], _ phrase: [String]) -> Bool {
    guard let first = phrase.first, phrase.count <= words.count else { return false }
    for i in 0...(words.count - phrase.count) where words[i] == first {
      if Array(words[i..<(i + phrase.count)]) == phrase { return true }
    }
    return false
  }

  /// Votes counted in brackets after the parties: `For stemte: A, V, C (5)` / `Imod stemte: Ø
  /// (1)`.
  static func bracketedTally(_ sentence: String) -> (Int?, Int?) {
    let lower = sentence.lowercased()
    guard lower.contains("stem"), lower.contains("(") else { return (nil, nil) }
    func count(after label: String) -> Int? {
      guard let r = lower.range(of: label) else { return nil }
      var segment = lower[r.upperBound...]
      for other in ["for stemte", "imod stemte", "undlod", "stemte for", "stemte imod"] where other != label {
        if let o = segment.range(of: other) { segment = segment[..<o.lowerBound] }
      }
      guard let open = segment.firstIndex(of: "("), let close = segment[open...].firstIndex(of: ")") else { return nil }
      return Int(segment[segment.index(after: open)..<close].trimmingCharacters(in: .whitespaces)).flatMap { $0 < 1000 ? $0 : nil }
    }
    return (count(after: "for stemte"), count(after: "imod stemte"))
  }

  /// Votes written as counts: `For stemte 5`, `5 stemte for`, `7 stemmer for og 2 imod`.
  static func tally(_ w: [String]) -> (Int?, Int?) {
    guard w.contains(where: { $0.hasPrefix("stem") }) else { return (nil, nil) }
    var votesFor: Int?
    var votesAgainst: Int?
    for (k, word) in w.enumerated() where word == "for" || word == "imod" {
      var n: Int?
      if k >= 2, w[k - 1].hasPrefix("stem"), let v = Int(w[k - 2]) {
        n = v  // "5 stemte for"
      } else if k + 2 < w.count, w[k + 1].hasPrefix("stem"), let v = Int(w[k + 2]) {
        n = v  // "For stemte 5"
      } else if k >= 1, let v = Int(w[k - 1]) {
        n = v  // "2 imod"
      }
      guard let n, n < 1000 else { continue }
      if word == "for", votesFor == nil { votesFor = n }
      if word == "imod", votesAgainst == nil { votesAgainst = n }
    }
    return (votesFor, votesAgainst)
  }
}

extension String {
  /// The string without the punctuation and quotes around a word.
  fileprivate var trimmingPunctuation: String {
    let marks: Set<Character> = [".", ",", ";", ":", "!", "?", "\"", "'", "«", "»", "“", "”"]
    var s = Substring(self)
    while let f = s.first, marks.contains(f) { s = s.dropFirst() }
    while let l = s.last, marks.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
