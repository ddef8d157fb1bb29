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
/// Each sentence is read for formulas (godkendt, tages til efterretning, udsættes, afvises,
/// drøftet, oversendes ...); the strongest wins in this order: postponed, rejected, approved,
/// noted, discussed, referred, decided. An item whose text only reports (someone "orienterede")
/// is noted; text without any formula is discussed; `Intet` is none.
enum OutcomeClassifier {
  struct Signals {
    var postponed = false
    var rejected = false
    var approved = false
    var notedStrong = false
    var discussedStrong = false
    var notedWeak = false
    var nothing = false
  }

  static func signals(_ s: SentenceWords) -> Signals {
    var g = Signals()
    let w = s.words
    if w.isEmpty { return g }
    if w.count <= 3, ["intet", "ingen", "intet at bemærke", "ingen beslutning"].contains(w.joined(separator: " "))
      || w == ["intet", "nyt"]
    {
      g.nothing = true
      return g
    }
    g.rejected =
      s.has("ikke arbejdes videre") || s.has("arbejdes ikke videre") || s.contains("afvist")
      || s.contains("afvises") || s.contains("afslået") || s.contains("afslås")
      || s.has("ikke godkendt") || s.has("godkendes ikke") || s.has("ikke godkendes")
      || s.contains("forkastet") || s.contains("forkastes") || s.contains("nedstemt")
      || s.has("ikke imødekommet") || s.has("imødekommes ikke") || s.has("tiltrædes ikke")
      || s.has("ikke tiltrådt") || s.contains("bortfalder") || s.has("ikke vedtaget")
    let approvalWords: Set<String> = [
      "godkendt", "godkendes", "godkender", "godkendte", "tiltrådt", "tiltrædes", "tiltræder",
      "tiltraadt", "vedtaget", "vedtages", "vedtog", "bevilget", "bevilges", "imødekommet",
      "imødekommes",
    ]
    let negated = s.contains("ikke") || s.contains("ej")
    if w.contains(where: approvalWords.contains) && !negated { g.approved = true }
    if s.has("kunne tiltræde") && !negated { g.approved = true }
    if s.has("indstillingen følges") || s.has("indstillingerne følges") || s.has("som indstillet")
      || s.has("taget til følge") || s.has("tages til følge")
    {
      g.approved = true
    }
    if s.has("til efterretning") || s.has("til efterretningen") { g.notedStrong = true }
    if s.has("ingen bemærkninger") && w.count <= 4 { g.notedStrong = true }
    if w.contains(where: { $0 == "orienterede" || $0 == "orienteret" || $0 == "orientering" }) {
      g.notedWeak = true
    }
    if w.contains(where: { $0 == "drøftet" || $0 == "drøftede" || $0 == "diskuteret" || $0 == "debatteret" }) {
      g.discussedStrong = true
    }
    return g
  }

  /// The outcome of a decision.
  /// - Parameters:
  ///   - sentences: The decision's sentences.
  ///   - deferred: A sentence defers the case (from `DeferralReader`).
  ///   - actionKinds: The kinds of follow-up the decision lays down (from the action reader).
  static func classify(
    sentences: [String], deferred: Bool, actions: [ActionSignal]
  ) -> Outcome {
    if sentences.isEmpty { return .none }
    var all = Signals()
    var nothingOnly = true
    for sentence in sentences {
      let g = signals(SentenceWords(sentence))
      all.rejected = all.rejected || g.rejected
      all.approved = all.approved || g.approved
      all.notedStrong = all.notedStrong || g.notedStrong
      all.discussedStrong = all.discussedStrong || g.discussedStrong
      all.notedWeak = all.notedWeak || g.notedWeak
      if !g.nothing { nothingOnly = false }
    }
    if nothingOnly { return .none }
    if deferred { return .postponed }
    if all.rejected { return .rejected }
    if all.approved { return .approved }
    if all.notedStrong { return .noted }
    if all.discussedStrong { return .discussed }
    let tasks = actions.filter { !$0.isReferral }
    let decisive = tasks.filter { $0.hasOwner || $0.hasDue || $0.isStructured }
    if !actions.isEmpty, tasks.isEmpty { return .referred }
    if !decisive.isEmpty || (!tasks.isEmpty && tasks.count * 2 >= sentences.count) {
      return .decided
    }
    if all.notedWeak { return .noted }
    return .discussed
  }
}

/// What the outcome classifier needs to know of an action read from a decision.
struct ActionSignal {
  var isReferral: Bool
  var hasOwner: Bool
  var hasDue: Bool
  /// A presentation on an agenda or a milestone: decided by its form.
  var isStructured: Bool
}
