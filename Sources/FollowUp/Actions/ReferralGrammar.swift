import MinutesCore

/// The grammar of a case sent on to another body: `Fremsendes til Teknisk Udvalg til
/// behandling`, `Oversendes til Magistratsafdelingen for Børn og Unge med henblik på ...`,
/// `Beslutningsforslaget blev oversendt til Magistraten`, `Sagen går videre til
/// Økonomiudvalget`, `sagen sendes tilbage til Klima og miljø samt By- og
/// Landskabsudvalgene`.
///
/// The sending verb stands in the passive (`fremsendes`, `sendes tilbage`), as a participle
/// (`blev oversendt`, `Oversendt til ...`) or as `går videre`; its subject is the case itself
/// (`sagen`, `punktet`, `forslaget`) or none. `Notatet sendes til de berørte ledere` sends a
/// document, not the case, and is a task; `Tilbagesendes Magistratsafdelingen ... med
/// bemærkning, at byrådet har vedtaget ...` returns a decided case for its execution and lays
/// down nothing new. The recipients are the names after `til`, as written.
enum ReferralGrammar {
  /// A recipient: the words as written and the body's name in full.
  struct Recipient: Hashable, Sendable {
    /// As written (`Klima og miljø`).
    var surface: String
    /// In full, with a shared compound head restored (`Klima- og Miljøudvalget`).
    var name: String
  }

  /// Passive forms of the verbs that send a case on.
  static let passives: Set<String> = [
    "fremsendes", "oversendes", "videresendes", "sendes", "henvises", "videregives", "overdrages",
    // `Sagen tilbagesendes til Teknik- og Miljøudvalget`: back to the body that sent it.
    "tilbagesendes", "returneres",
  ]
  /// Participles of the same verbs, after `blev`, `er`, `bliver` or alone.
  static let participles: Set<String> = [
    "fremsendt", "oversendt", "videresendt", "sendt", "henvist", "videregivet", "overdraget", "tilbagesendt",
    "returneret",
  ]
  /// Active forms of the same verbs, with the case as their object (`Udvalget oversender sagen
  /// til ...`, `besluttede at sende sagen videre til ...`): the committee sends it on.
  static let actives: Set<String> = [
    "oversender", "oversendte", "oversende", "fremsender", "fremsendte", "fremsende", "videresender", "videresendte",
    "videresende", "sender", "sendte", "sende", "henviser", "henviste", "henvise", "tilbagesender", "tilbagesendte",
    "tilbagesende", "returnerer", "returnerede", "returnere",
  ]
  /// The verbs' infinitives (`fremsende`), as the action reader names them.
  static let sendingStems: Set<String> = ["fremsende", "oversende", "videresende", "sende", "videregive", "tilbagesende", "returnere"]
  /// Papers sent to people (`Referatet sendes til bestyrelsen`): an errand, not the case sent on.
  static let documentWords: Set<String> = [
    "referatet", "referater", "notatet", "materialet", "oversigten", "brevet", "mailen", "invitationen", "invitationer",
    "dagsordenen", "bilaget", "bilagene", "listen", "svaret", "skrivelsen", "nyhedsbrevet", "informationen", "regningen",
    "fakturaen", "kopi", "kopier",
  ]
  /// Nouns for the case itself as a subject.
  static let caseWords: Set<String> = [
    "sagen", "sagerne", "punktet", "punkterne", "forslaget", "beslutningsforslaget",
    "indstillingen", "ansøgningen", "henvendelsen", "spørgsmålet", "den", "det",
    // The paper the item is about, sent on for a statement: `Udkastet sendes til udtalelse i ...`.
    "udkastet", "høringsudkastet", "materialet", "notatet", "standarderne", "kvalitetsstandarden", "kvalitetsstandarderne",
  ]
  /// Words that may open a clause before its subject.
  static let openers: Set<String> = ["og", "men", "så", "herefter", "derefter", "derfor", "hvorefter"]

  /// The sending verb of a main clause and the names it sends the case to, when the clause
  /// sends the case on: after the first `til` that names someone (`til Teknisk Udvalg`), else
  /// after `behandling i` (`til 1. tekniske behandling i Magistraten`).
  static func sendingVerb(_ toks: [ClauseToken], title: String = "") -> (verb: Int, stem: String, names: [ClauseToken])? {
    // "Fremsendes til Byrådet med anbefaling": the committee's adoption, sent on the usual way;
    // nobody is to take the case up on its behalf.
    if OutcomeGrammar.isRecommendedOn(toks.filter { !$0.isBoundary }.map(\.lower)) { return nil }
    for (i, t) in toks.enumerated() where !t.isBoundary {
      let w = t.lower
      var stem: String?
      var subjectEnd = i
      var active = false
      if actives.contains(w), i + 1 < toks.count, caseWords.contains(toks[i + 1].lower),
        !["den", "det"].contains(toks[i + 1].lower)
      {
        // "Forvaltningen sender indstillingen til Kultur- og Fritidsudvalget": the administration
        // or a person does the sending, an errand of theirs; a body (`Udvalget oversender sagen
        // til ...`) sends the case on.
        let subject = ActionGrammar.clauseStart(toks, i) < i ? toks[i - 1] : nil
        if w.hasSuffix("er"), let subject, !BodyWords.looksLikeBody(subject.text),
          subject.isCapitalized || NameGrammar.isUnitWord(subject.lower)
        {
          continue
        }
        stem = w.hasSuffix("er") ? String(w.dropLast()) : w.hasSuffix("te") ? String(w.dropLast(2)) + "e" : w
        active = true
      } else if w == "overgår" || w == "overgik", i + 1 < toks.count, toks[i + 1].lower == "til" {
        // "Sagen overgår til behandling i Børne- og Ungeudvalget": sent on; `overgår til næste
        // møde` names no one and is no referral.
        var j = i + 1
        while j < toks.count, j <= i + ActionGrammar.clauseReach, !toks[j].isBoundary {
          let atTreatment = toks[j].lower == "i" && toks[j - 1].lower.contains("behandling")
          if toks[j].lower == "til" || atTreatment {
            let names = recipientWords(toks, til: j)
            if !names.isEmpty, subjectIsCase(toks, before: i, title: title) { return (i, "overgå", names) }
          }
          j += 1
        }
        continue
      } else if passives.contains(w) {
        stem = String(w.dropLast())
      } else if participles.contains(w) {
        var a = i - 1
        // "bliver nu sendt", "er derfor oversendt": an adverb between.
        if a > 0, ["nu", "derfor", "så", "hermed", "dermed", "også", "herefter"].contains(toks[a].lower) { a -= 1 }
        let aux = a >= 0 ? toks[a].lower : ""
        if ["blev", "er", "bliver", "var"].contains(aux) {
          subjectEnd = a
        } else if i > 0, !toks[i - 1].isBoundary {
          continue
        }
        stem = w
      } else if w == "går" || w == "gik", i + 1 < toks.count, toks[i + 1].lower == "videre" {
        stem = "gå videre"
      } else if w == "udgår" || w == "udgik", i + 3 < toks.count, toks[i + 1].lower == "med", toks[i + 2].lower == "henblik",
        toks[i + 3].lower == "på"
      {
        // "punkt 7 udgår med henblik på yderligere udvalgsbehandling i Erhvervs- og
        // Beskæftigelsesudvalget": taken off the agenda to be treated by that body first.
        var j = i + 4
        while j < toks.count, j <= i + ActionGrammar.clauseReach, !toks[j].isBoundary {
          if toks[j].lower == "i", toks[j - 1].lower.contains("behandling") {
            let names = recipientWords(toks, til: j)
            if !names.isEmpty { return (i, "udgå", names) }
          }
          j += 1
        }
        continue
      } else if w == "forelægges" || w == "fremlægges", i + 1 < toks.count {
        // "Sagen forelægges Økonomiudvalget den 29. januar", "forelægges for Byrådet": laid
        // before the body named right after the verb.
        let at = toks[i + 1].lower == "for" ? i + 1 : i
        let names = recipientWords(toks, til: at)
        if !names.isEmpty, recipients(names).allSatisfy({ BodyWords.looksLikeBody($0.name) }), subjectIsCase(toks, before: i, title: title) {
          return (i, "forelægge", names)
        }
        continue
      } else if w == "indstilles" || w == "anbefales", i + 3 < toks.count, toks[i + 1].lower == "til",
        toks[i + 2].isCapitalized, toks[i + 2].lower.hasSuffix("s"),
        ["godkendelse", "vedtagelse", "beslutning", "endelige"].contains(toks[i + 3].lower)
      {
        // "Indstilles til Byrådets godkendelse": recommended to the body that decides.
        var body = toks[i + 2]
        body.text = CommitteeName.withoutGenitive(body.text)
        body.lower = body.text.lowercased()
        if subjectIsCase(toks, before: i, title: title) { return (i, "indstille", [body]) }
        continue
      }
      guard let stem, active || subjectIsCase(toks, before: subjectEnd, title: title) else { continue }
      // "Tilbagesendes Magistratsafdelingen ... med bemærkning, at byrådet har vedtaget
      // indstillingen": a decided case returned to the department is no referral; one sent
      // back to a body goes `til` it.
      if ["tilbagesende", "returnere", "tilbagesendt", "returneret"].contains(stem), i + 1 < toks.count, toks[i + 1].lower != "til" {
        continue
      }
      // "Prioriteringerne sendes af sekretariatschefen til Økonomiudvalget": the passive's
      // agent sends the paper, an errand of theirs, before the case goes anywhere.
      if !active, i + 2 < toks.count, toks[i + 1].lower == "af", !toks[i + 2].isBoundary,
        NameGrammar.isRoleWord(toks[i + 2].lower) || NameGrammar.isFirstName(toks[i + 2].text)
          || NameGrammar.isUnitWord(toks[i + 2].lower) || Register.writerWords.contains(toks[i + 2].lower)
      {
        continue
      }
      var j = i + 1
      while j < toks.count, j <= i + ActionGrammar.clauseReach, !toks[j].isBoundary {
        let w = toks[j].lower
        let atTreatment = (w == "i" || w == "hos") && j > 0
          && (toks[j - 1].lower.contains("behandling") || toks[j - 1].lower.hasPrefix("høring") || toks[j - 1].lower.hasPrefix("udtalelse"))
        if w == "til" || atTreatment {
          let names = recipientWords(toks, til: j)
          if !names.isEmpty { return (i, stem, names) }
        }
        j += 1
      }
      return (i, stem, [])
    }
    return nil
  }

  /// `Beslutningsforslaget blev oversendt til Magistraten`: the case was sent on, in the past,
  /// to someone named; what an item without a decision records of its treatment.
  static func isRecordedReferral(_ sentence: String) -> Bool {
    let toks = ActionGrammar.tokens(sentence)
    guard let (v, _, names) = sendingVerb(toks), !names.isEmpty, v > 0 else { return false }
    return participles.contains(toks[v].lower) && toks[v - 1].lower == "blev"
  }

  /// Whether the clause before `end` has the case or nothing as its subject.
  static func subjectIsCase(_ toks: [ClauseToken], before end: Int, title: String = "") -> Bool {
    var start = ActionGrammar.clauseStart(toks, end)
    // The subject of a clause after "og" starts after it ("Punkt 15 udgår og sagen sendes").
    var k = end - 1
    while k >= start {
      if openers.contains(toks[k].lower) {
        start = k + 1
        break
      }
      k -= 1
    }
    guard start < end else { return true }
    if caseWords.contains(toks[start].lower) { return true }
    // "Oplægget fremsendes til Byrådet" under "Direktionens oplæg til ...": the thing the item
    // is about, named by its title's noun.
    return end - start == 1 && namesTitle(toks[start].lower, title: title)
  }

  /// Whether a definite noun (`oplægget`, `rapporten`, `budgettet`) is a noun of the title.
  static func namesTitle(_ noun: String, title: String) -> Bool {
    guard !title.isEmpty, noun.count >= 6 else { return false }
    var stem = Substring(noun)
    for ending in ["erne", "ene", "et", "en"] where stem.hasSuffix(ending) {
      stem = stem.dropLast(ending.count)
      break
    }
    // "oplægg" → "oplæg", "budgett" → "budget".
    if stem.count >= 3, let last = stem.last, stem.dropLast().last == last { stem = stem.dropLast() }
    guard stem.count >= 4 else { return false }
    return title.lowercased().split(whereSeparator: { !$0.isLetter }).contains { $0.hasPrefix(stem) }
  }

  /// The names after the preposition at `til`: capitalised words, `for`/`af`/`i` inside a name
  /// (`Magistratsafdelingen for Teknik og Miljø`), a compound ellipsis (`By- og ...`), a
  /// lower-case conjunct (`Klima og miljø samt ...`), or one lower-case body (`til byrådet`).
  static func recipientWords(_ toks: [ClauseToken], til: Int) -> [ClauseToken] {
    var words: [ClauseToken] = []
    var k = til + 1
    func isNameStart(_ t: ClauseToken) -> Bool {
      !t.isBoundary && (t.isCapitalized || t.text.hasSuffix("-"))
    }
    while k < toks.count {
      // ", samt X" / ", og X": the list of recipients goes on past the comma.
      if toks[k].isBoundary {
        // "Kultur-, Fritids- og Idrætsudvalget", "Område-MED for Sundhed, Omsorg og Handicap": a
        // comma inside one name's list of parts.
        if toks[k].text == ",", let last = words.last, k + 1 < toks.count, isNameStart(toks[k + 1]),
          last.text.hasSuffix("-") || (words.contains { $0.lower == "for" } && Self.closesPartList(toks, from: k + 1))
        {
          words[words.count - 1].text += ","
          k += 1
          continue
        }
        guard toks[k].text == ",", !words.isEmpty, k + 2 < toks.count, ["samt", "og"].contains(toks[k + 1].lower),
          isNameStart(toks[k + 2])
        else { break }
        words.append(toks[k + 1])
        k += 2
        continue
      }
      let t = toks[k]
      let next = k + 1 < toks.count ? toks[k + 1] : nil
      if isNameStart(t) {
        words.append(t)
      } else if words.isEmpty {
        if BodyWords.isBody(t.lower), !t.lower.hasPrefix("møde") {
          words.append(t)
        } else if t.lower.hasSuffix("s"), t.lower.count > 3, let n = next, !n.isBoundary, !n.isCapitalized,
          NameGrammar.isRoleWord(n.lower) || BodyWords.isBody(n.lower)
        {
          // "til foreningens revisor", "til kommunens jurist": an owner's role or body.
          words.append(t)
          words.append(n)
        }
        break
      } else if ["og", "samt", "&"].contains(t.lower), let n = next, !n.isBoundary {
        // A joiner goes on to a name, or to a lower-case conjunct that closes a name
        // ("Klima og miljø samt ...", "Teknisk Udvalg og byrådet").
        let closes =
          k + 2 >= toks.count || toks[k + 2].isBoundary
          || ["og", "samt", "for", "med", "til", "i"].contains(toks[k + 2].lower)
        if isNameStart(n) || (closes && !["en", "et", "de", "den", "det"].contains(n.lower)) {
          words.append(t)
          words.append(n)
          k += 2
          continue
        }
        break
      } else if ["for", "af", "i"].contains(t.lower), let n = next, n.isCapitalized, !n.isBoundary {
        words.append(t)
      } else {
        break
      }
      k += 1
    }
    while let l = words.last, ["og", "samt", "&", "for", "af", "i"].contains(l.lower) { words.removeLast() }
    // "til Kommunalbestyrelsens afgørelse", "oversendes til Byrådets møde den 29. oktober": the
    // body whose decision or meeting it is.
    if let l = words.last, k < toks.count,
      ["afgørelse", "godkendelse", "beslutning", "vedtagelse", "behandling", "endelige", "møde", "mødet"].contains(toks[k].lower)
    {
      words[words.count - 1].text = CommitteeName.withoutGenitive(l.text)
      words[words.count - 1].lower = words[words.count - 1].text.lowercased()
    }
    return words
  }

  /// Whether capitalised words from `from` run as a list of parts that `og` closes (`Omsorg og
  /// Handicap`, `Kultur, Fritid og Idræt`) before the clause goes on.
  static func closesPartList(_ toks: [ClauseToken], from: Int) -> Bool {
    var j = from
    while j + 2 < toks.count || j + 1 < toks.count {
      guard !toks[j].isBoundary, toks[j].isCapitalized else { return false }
      let n = toks[j + 1]
      if n.text == "," { j += 2; continue }
      guard n.lower == "og", j + 2 < toks.count, !toks[j + 2].isBoundary, toks[j + 2].isCapitalized else { return false }
      return j + 3 >= toks.count || toks[j + 3].isBoundary || !toks[j + 3].isCapitalized
    }
    return false
  }

  /// Splits the names after `til` into recipients: at `samt`, and at `og` before a new body or
  /// unit (`... Beskæftigelse og Magistratsafdelingen for Børn og Unge`), never inside a name
  /// (`Teknik og Miljø`) or after a compound ellipsis (`By- og Landskabsudvalgene`). A plural
  /// head written once for all (`Klima og miljø samt By- og Landskabsudvalgene`) is given
  /// to each.
  static func recipients(_ words: [ClauseToken]) -> [Recipient] {
    var groups: [[String]] = []
    var current: [String] = []
    for (i, t) in words.enumerated() {
      let w = t.lower
      let next = i + 1 < words.count ? words[i + 1].text : ""
      let startsBody =
        BodyWords.isBody(next) || NameGrammar.isUnitWord(next)
        || (current.first.map { $0.lowercased() == next.lowercased() } ?? false)
      // "By- og Landskabsudvalgene", "Børn og Unge-udvalget": one name over the "og".
      let afterEllipsis = (current.last?.hasSuffix("-") ?? false) || next.contains("-")
      if w == "samt" || w == "&" && startsBody || w == "og" && startsBody && !afterEllipsis {
        if !current.isEmpty { groups.append(current) }
        current = []
        continue
      }
      current.append(t.text)
    }
    if !current.isEmpty { groups.append(current) }
    var out = groups.map { Recipient(surface: $0.joined(separator: " "), name: $0.joined(separator: " ")) }
    // A plural head written once: "Klima og miljø samt By- og Landskabsudvalgene".
    if out.count > 1, let last = out.last, let (plural, singular) = pluralHead(last.name) {
      out[out.count - 1].name = String(last.name.dropLast(plural.count)) + singular
      for i in 0..<(out.count - 1) where !hasBodyWord(out[i].name) {
        out[i].name = compound(out[i].name, head: singular)
      }
    }
    return out
  }

  /// Plural definite heads of bodies and their singular.
  static let pluralHeads: [(String, String)] = [
    ("udvalgene", "udvalget"), ("rådene", "rådet"), ("afdelingerne", "afdelingen"),
    ("forvaltningerne", "forvaltningen"),
  ]

  static func pluralHead(_ name: String) -> (String, String)? {
    let lower = name.lowercased()
    return pluralHeads.first { lower.hasSuffix($0.0) }
  }

  static func hasBodyWord(_ name: String) -> Bool {
    name.split(separator: " ").contains { BodyWords.isBody(String($0)) || NameGrammar.isUnitWord(String($0)) }
  }

  /// `Klima og miljø` + `udvalget` → `Klima- og Miljøudvalget`; `Miljø` → `Miljøudvalget`.
  static func compound(_ name: String, head: String) -> String {
    var words = name.split(separator: " ").map(String.init)
    guard let last = words.last else { return name }
    words[words.count - 1] = last.prefix(1).uppercased() + last.dropFirst() + head
    for i in words.indices.dropLast() where i + 1 < words.count && words[i + 1] == "og" {
      if !words[i].hasSuffix("-") { words[i] += "-" }
    }
    return words.joined(separator: " ")
  }
}
