import MinutesCore

/// What a decision did with its item.
public enum Outcome: String, Hashable, Sendable, Codable, CaseIterable {
  /// Godkendt, tiltrådt, vedtaget.
  case approved
  /// Taget til efterretning, orienteret.
  case noted
  /// Drøftet, without a decision.
  case discussed
  /// Udsat, udskudt, drøftes igen.
  case postponed
  /// Sent to another body (oversendes, drøftes i Direktionen, fremsendes til udvalget).
  case referred
  /// Afvist, ikke godkendt, arbejdes ikke videre med.
  case rejected
  /// Something was decided: tasks, an agenda, a course of action.
  case decided
  /// No decision (Eventuelt with "Intet", a closed item, an agenda).
  case none
}

/// The words of one sentence, lower-cased, for phrase tests.
struct SentenceWords {
  let text: String
  let words: [String]

  init(_ text: String) {
    self.text = text
    // Letters, digits and hyphens make words; everything is lower-cased on the way. ASCII is
    // decided by byte; other scalars by their Unicode properties (æ, ø, å, é, NBSP, dashes).
    var ws: [String] = []
    var current = String.UnicodeScalarView()
    for u in text.unicodeScalars {
      let v = u.value
      if v < 0x80 {
        if v >= 0x41 && v <= 0x5A {
          current.append(Unicode.Scalar(UInt8(v + 0x20)))
        } else if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || v == 0x2D {
          current.append(u)
        } else if !current.isEmpty {
          ws.append(String(current))
          current = String.UnicodeScalarView()
        }
      } else if u.properties.isAlphabetic || u.properties.numericType != nil
        || u.properties.generalCategory == .nonspacingMark
      {
        if u.properties.isUppercase || u.properties.changesWhenLowercased {
          current.append(contentsOf: u.properties.lowercaseMapping.unicodeScalars)
        } else {
          current.append(u)
        }
      } else if !current.isEmpty {
        ws.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { ws.append(String(current)) }
    self.words = ws
  }

  func contains(_ w: String) -> Bool { words.contains(w) }

  /// The index of `phrase` as consecutive words in `words`.
  static func find(_ words: [String], _ phrase: [String]) -> Int? {
    guard let first = phrase.first, phrase.count <= words.count else { return nil }
    for i in 0...(words.count - phrase.count) where words[i] == first {
      if Array(words[i..<(i + phrase.count)]) == phrase { return i }
    }
    return nil
  }

  /// The index of the first occurrence of a word sequence, allowing up to `gap` words between
  /// consecutive words of the phrase.
  func find<W: StringProtocol>(_ phrase: [W], gap: Int = 0) -> Int? {
    guard let first = phrase.first else { return nil }
    var i = 0
    while i < words.count {
      if words[i] == first {
        var pos = i
        var ok = true
        for w in phrase.dropFirst() {
          var found = false
          var j = pos + 1
          while j < words.count, j <= pos + 1 + gap {
            if words[j] == w {
              found = true
              pos = j
              break
            }
            j += 1
          }
          if !found {
            ok = false
            break
          }
        }
        if ok { return i }
      }
      i += 1
    }
    return nil
  }

  func has(_ phrase: String, gap: Int = 0) -> Bool {
    // The first word must occur at all before the phrase is split.
    let first = phrase.prefix { $0 != " " }
    guard words.contains(where: { $0 == first }) else { return false }
    return find(phrase.split(separator: " "), gap: gap) != nil
  }

  /// A word starting with any prefix.
  func hasWord(prefix: String) -> Bool { words.contains { $0.hasPrefix(prefix) } }
}

/// Reads the outcome of a decision from its sentences.
///
/// Each sentence is read by `OutcomeGrammar` for what its counting clauses do (adopt or
/// recommend, reject, note, discuss, refer); the strongest wins in this order: postponed,
/// rejected, approved, noted, discussed, referred, decided. Votes written only as counts decide
/// by their majority. Sentences of attendance, reservations and names do not count; a decision
/// of only those, or `Intet`, is none. Text without any formula is discussed, or noted when
/// the item is a briefing (`Meddelelser fra formanden`) or someone `orienterede`.
enum OutcomeClassifier {
  /// Titles of items that brief the committee: a decision without a formula notes them.
  static let briefingTitles = [
    "meddelelse", "orientering", "information", "nyt fra", "siden sidst",
  ]
  /// Titles of a status: text without a formula under them reports, so notes.
  static let statusTitles = ["opfølgning på", "status på", "status fra", "status for", "økonomi", "kassererens beretning", "regnskabsstatus"]
  /// Words that change an agenda: its approval with them approves it as changed.
  static let agendaChanges: Set<String> = [
    "flyttes", "udsættes", "udgår", "tilføjes", "optages", "rykkes", "byttes", "ombyttes", "trækkes", "behandles",
    "medtages", "udskydes", "taget", "udsat", "trukket",
  ]
  /// Whether a title is the meeting's own agenda up for approval (`Godkendelse af dagsorden`,
  /// `Bemærkninger/ændringer til dagsordenen`, `Beslutninger om dagsordenen`).
  static func isAgendaTitle(_ lowerTitle: String) -> Bool {
    lowerTitle.contains("dagsorden") && !lowerTitle.contains("næste")
      && ["godkendelse", "bemærkninger", "ændringer", "tilføjelser", "beslutning"].contains(where: { lowerTitle.contains($0) })
  }
  /// Titles of items that elect or appoint: what their minutes say is a choice made.
  static let electionTitles = ["valg af", "valg til", "valg for", "konstituering", "nyvalg", "udpegning af", "genvalg"]
  /// Words that tell someone briefed the meeting (`orienterede`, `X fortalte om stedet`,
  /// `Ledelsen orienterer om ...`).
  static let briefingWords: Set<String> = [
    "orienterede", "orienteret", "orientering", "orienterer", "fortalte", "redegjorde", "gennemgik", "gennemgået",
    "præsenterede", "oplyste", "orienteredes", "informerede", "informerer", "informeret", "informeredes", "meddelte",
    "berettede", "fremlagde", "forelagde",
  ]

  /// The outcome of a decision.
  /// - Parameters:
  ///   - sentences: The decision's sentences.
  ///   - deferred: A sentence defers the case (from `DeferralReader`).
  ///   - actions: The follow-up the decision lays down (from the action reader).
  ///   - title: The item's title.
  ///   - announcements: The sentences that announce an event (`Høringsmødet afholdes den ...`).
  static func classify(
    sentences: [String], deferred: Bool, actions: [ActionSignal], title: String = "", requested: Outcome? = nil,
    announcements: Set<String> = []
  ) -> Outcome {
    // "Eventuelt" / "Ingen bemærkninger.", "Næste møde afholdes tirsdag den 10. november.": no
    // remark, and the day of the next meeting, decide nothing under it.
    var sentences = sentences
    if isAnyOtherBusiness(title) {
      sentences.removeAll { s in
        let w = SentenceWords(s).words
        // "Referatet er godkendt af formanden den 7. oktober.": of the minutes, at their end.
        return NextMeetingAnnouncement.announces(s) || (w.count <= 4 && (w.first == "ingen" || w.first == "intet"))
          || w.first == "referatet"
      }
      if sentences.isEmpty { return .none }
    }
    var acts: Set<OutcomeAct> = []
    var votesFor: Int?
    var votesAgainst: Int?
    var notedWeak = false
    var substantive = 0
    for sentence in sentences {
      // "Hvad har fungeret godt i dette møde?": a question asks, it decides nothing.
      if sentence.trimmingCharacters(in: .whitespaces).hasSuffix("?") { continue }
      let r = OutcomeGrammar.read(sentence)
      votesFor = votesFor ?? r.votesFor
      votesAgainst = votesAgainst ?? r.votesAgainst
      if r.isNothing || (r.isNeutral && r.votesFor == nil && r.votesAgainst == nil) { continue }
      substantive += 1
      acts.formUnion(r.acts)
      if announcements.contains(sentence) || SentenceWords(sentence).words.contains(where: briefingWords.contains) {
        notedWeak = true
      }
    }
    if deferred { return .postponed }
    // "Valg af formand" / "Formand Mogens Thomsen.": the names chosen are the decision.
    let lowerTitle = title.lowercased()
    let isElection = electionTitles.contains(where: { lowerTitle.hasPrefix($0) })
    if substantive == 0, isElection, sentences.contains(where: { !OutcomeGrammar.read($0).isNothing && $0.contains(where: \.isUppercase) }) {
      return .decided
    }
    // "Dato for næste møde" / "7. juni kl 16": the day of the next meeting was set.
    if lowerTitle.contains("næste møde"), sentences.contains(where: namesADay) { return .decided }
    // "Bemærkninger/ændringer til dagsordenen" / "Ingen.": nothing against the agenda, which
    // stands as sent.
    if substantive == 0, !sentences.isEmpty, isAgendaTitle(lowerTitle),
      sentences.allSatisfy({ OutcomeGrammar.read($0).isNothing })
    {
      return .approved
    }
    if substantive == 0 { return .none }
    // "Ændringsforslag fra C-gruppen: ... Faldet. Borgmesterens forslag blev godkendt.": the
    // amendment fell, the proposal was adopted.
    if acts.contains(.reject), acts.contains(.approve), sentences.contains(where: { $0.lowercased().contains("ændringsforslag") }) {
      return .approved
    }
    if acts.contains(.reject) { return .rejected }
    // "Godkendt." / "Tiltrådt." of a recommendation that asks only to note a briefing
    // (`at orienteringen tages til efterretning`): the briefing was noted.
    if acts == [.approve], requested == .noted,
      sentences.allSatisfy({ s in
        let r = OutcomeGrammar.read(s)
        return r.isNothing || (r.isNeutral && r.acts.isEmpty) || s.split(separator: " ").count <= 4
      })
    {
      return .noted
    }
    if acts.contains(.approve) { return .approved }
    // "Godkendelse af dagsorden" / "Punkt 4 flyttes til efter punkt 2.", "Beslutninger om
    // dagsordenen" / "Pkt. 105 er taget af dagsordenen.": the agenda as changed.
    if isAgendaTitle(lowerTitle),
      sentences.contains(where: { SentenceWords($0).words.contains(where: agendaChanges.contains) })
    {
      return .approved
    }
    // "Bemærkninger/ændringer til dagsordenen" / "Ingen bemærkninger.": the agenda stands as sent.
    if isAgendaTitle(lowerTitle), acts.isSubset(of: [.note]),
      sentences.allSatisfy({ s in
        let w = SentenceWords(s).words
        return OutcomeGrammar.read(s).isNothing || (w.count <= 4 && w.first == "ingen")
      })
    {
      return .approved
    }
    // "Valg af formand": an election whose minutes name who was chosen.
    if isElection, !acts.contains(.note) { return .decided }
    if let f = votesFor, let a = votesAgainst {
      // Equal votes carry nothing.
      return f > a ? .approved : .rejected
    }
    let tasks = actions.filter { !$0.isReferral }
    let decisive = tasks.filter { $0.hasOwner || $0.hasDue || $0.isStructured }
    if acts.contains(.note) { return .noted }
    // "Drøftelse af etablering af kirkeudvalg" / "Claus Bagge udarbejder forslag til vedtægt.": an
    // item put up for discussion is discussed; the work it lays down follows from the talk.
    if !acts.contains(.decide), !acts.contains(.refer), isDiscussionTitle(lowerTitle) { return .discussed }
    // "Ældrerådet drøftede henvendelsen og svarer borgeren": a discussion after which the
    // committee itself takes on work decided something; work for others (`Rapporten blev
    // drøftet og BDO supplerer rapporten`) follows a discussion.
    // "Direktionen drøftede oplægget. Oplægget fremsendes til Byrådet": discussed, then sent on.
    if acts.contains(.discuss), acts.contains(.refer), decisive.isEmpty { return .referred }
    // "Rådet drøftede sagen. Det blev besluttet at afholde et temamøde": what it decided after
    // the talk, in so many words, unless the talk was what the recommendation asked for
    // (`at udvalget drøfter status` / `Drøftet. Besluttet, at ...`).
    if acts.contains(.discuss), acts.contains(.decide), requested != .discussed { return .decided }
    if acts.contains(.discuss) { return tasks.contains(where: \.isOwnWork) ? .decided : .discussed }
    if acts.contains(.decide) { return .decided }
    if acts.contains(.agree), !isBriefingTitle(lowerTitle) { return .decided }
    // "Meddelelser fra formanden", "Orientering fra Administrationen": a briefing with a small
    // errand in it is noted; what it adopts, rejects or decides in so many words counts above.
    let isBriefing = isBriefingTitle(lowerTitle)
    if isBriefing, !tasks.contains(where: \.isStructured), !tasks.isEmpty { return .noted }
    if actions.contains(where: \.isReferral), tasks.allSatisfy(\.isTelling) { return .referred }
    if acts.contains(.refer), decisive.allSatisfy(\.isTelling) { return .referred }
    if !decisive.isEmpty || (!tasks.isEmpty && tasks.count * 2 >= substantive) {
      return .decided
    }
    if notedWeak || isBriefing || statusTitles.contains(where: { lowerTitle.hasPrefix($0) }) { return .noted }
    // "Eventuelt": loose remarks under it, no formula and no work, decide nothing.
    if isAnyOtherBusiness(title) { return .none }
    // Text without a formula: what the recommendation asked for (`At punktet drøftes`), else a
    // discussion where the text weighs views (`Forskellige synspunkter blev fremført`, `Vi
    // lufter forskellige ideer`), else a report of how things stand (`Der er brugt ca. 3600
    // kr.`, `Formanden har kontaktet elektrikeren`): noted.
    if let requested { return requested }
    return sentences.contains(where: weighsViews) ? .discussed : .noted
  }

  /// Whether a title is the item of any other business (`Eventuelt`, `Evt.`).
  static func isAnyOtherBusiness(_ title: String) -> Bool {
    ["eventuelt", "evt", "evt.", "eventuelt og afslutning"].contains(title.lowercased().trimming(" .:"))
  }

  /// Words of weighing views: opinions, ideas, proposals, questions, a talk.
  static let deliberationWords: Set<String> = [
    "synspunkt", "synspunkter", "synspunkterne", "opfattelse", "opfattelsen", "holdning", "holdninger", "ide", "ideer",
    "idé", "idéer", "ideen", "ideerne", "diskussion", "diskussionen", "diskuterede", "debat", "debatten", "debatterede",
    "snak", "snakkede", "talte", "lufter", "luftede", "ønsker", "ønskede", "ønske", "mener", "mente", "synes", "syntes",
    "forslag", "forslagene", "spørgsmål", "spørgsmålet", "drøftelse", "drøftelsen", "overveje", "overvejes", "overvejer", "overvejede",
    "overvejelser", "bekymring", "bekymret", "enighed", "uenighed", "uenige",
  ]

  /// Whether a sentence weighs views rather than reports (`Det er lokalrådets opfattelse, at
  /// ...`, `Hvad kan vi bidrage med?`).
  static func weighsViews(_ sentence: String) -> Bool {
    if sentence.trimmingCharacters(in: .whitespaces).hasSuffix("?") { return true }
    return SentenceWords(sentence).words.contains(where: deliberationWords.contains)
  }

  /// What a recommendation's points ask the committee to do with the item, where they ask for a
  /// discussion or a briefing only: `At punktet drøftes` is discussed, `At orienteringen tages
  /// til efterretning` noted; a proposal to adopt or decide gives nothing here.
  static func requested(by points: [String]) -> Outcome? {
    guard !points.isEmpty else { return nil }
    var asks: Set<Outcome> = []
    for point in points {
      let words = SentenceWords(point)
      if words.words.contains(where: { $0.hasPrefix("drøft") }) {
        asks.insert(.discussed)
      } else if words.has("til efterretning") || words.has("til orientering") || words.words.contains(where: { $0.hasPrefix("orienter") }) {
        asks.insert(.noted)
      } else {
        return nil
      }
    }
    return asks.count == 1 ? asks.first : nil
  }

  /// Whether a title puts its item up for discussion (`Drøftelse af ...`, `Temadrøftelse: ...`,
  /// `... til drøftelse`).
  static func isDiscussionTitle(_ lowerTitle: String) -> Bool {
    lowerTitle.hasPrefix("drøftelse") || lowerTitle.hasPrefix("temadrøftelse") || lowerTitle.hasPrefix("debat om")
      || lowerTitle.hasSuffix("til drøftelse") || lowerTitle.hasPrefix("drøftelse:")
  }

  /// Whether a sentence names a day (`7. juni kl 16`, `28/08-2008 klokken 20`).
  static func namesADay(_ sentence: String) -> Bool {
    guard let reference = Day(year: 2000, month: 1, day: 1) else { return false }
    return TemporalReader(reference: reference).expressions(in: sentence).contains { $0.kind == .day || $0.kind == .datetime }
  }

  /// Whether a title names a briefing: one of `briefingTitles` among its words (`Meddelelser fra
  /// formanden`, `Kort orientering fra præsten`, `Nyt fra forvaltningen`), or `har ordet`
  /// (`Elevrådet har ordet`); `Orienteringsmødet den 18. september` names a meeting.
  static func isBriefingTitle(_ lowerTitle: String) -> Bool {
    let words = lowerTitle.split(whereSeparator: { !$0.isLetter }).map(String.init)
    let briefingWords: Set<String> = ["orientering", "orienteringer", "meddelelse", "meddelelser", "information", "informationer"]
    if words.contains(where: briefingWords.contains) { return true }
    return lowerTitle.contains("har ordet") || briefingTitles.contains(where: { $0.contains(" ") && lowerTitle.contains($0) })
  }

  /// A line that opens the part of a decision about one of several cases: `Sag nr. 265
  /// Udbud af personkørsel:`, `Punkt 3:`, `Ad. 1`, `Ad punkt 2:`.
  static func isPartLead(_ text: String) -> Bool {
    guard text.utf8.count < 160 else { return false }
    var w = SentenceWords(text).words
    guard let first = w.first, ["sag", "punkt", "pkt", "ad", "dagsordenspunkt"].contains(first) else { return false }
    w.removeFirst()
    if w.first == "punkt" || w.first == "pkt" { w.removeFirst() }
    if w.first == "nr" { w.removeFirst() }
    guard let n = w.first, Int(n) != nil else { return false }
    return text.hasSuffix(":") || w.count == 1
  }

  /// The outcome of a decision in parts, one for each of several cases it decides (`Sag nr.
  /// 265 ...:` / `Anbefales.` / `Sag nr. 266 ...:` / `Taget til efterretning.`): the parts'
  /// common outcome, or `decided` when they differ.
  static func combine(_ parts: [Outcome]) -> Outcome {
    let real = Set(parts.filter { $0 != .none })
    guard let only = real.first else { return .none }
    return real.count == 1 ? only : .decided
  }
}

/// What the outcome classifier needs to know of an action read from a decision.
struct ActionSignal {
  var isReferral: Bool
  var hasOwner: Bool
  var hasDue: Bool
  /// A presentation on an agenda or a milestone: decided by its form.
  var isStructured: Bool
  /// The deciding committee itself does the work.
  var isOwnWork = false
  /// Someone is to be told of the case (`BS orienterer borgmesteren inden da`): no decision of
  /// its own beside the case sent on.
  var isTelling = false
}
