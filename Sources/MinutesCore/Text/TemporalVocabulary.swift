/// Words the temporal reader treats by their exact form: prepositions, adverbs, the words of
/// the meeting and period shapes. Month and weekday names, numbers, units, seasons and holidays
/// are read through `TemporalWord`'s other fields.
enum Keyword: UInt8 {
  case none = 0
  case den, d, kl, klokken, i, til, paa, senest, inden, indenfor, for_, primo, medio, ultimo
  case uge, ugerne, uger, naeste, naestkommende, foerstkommende, kommende, moede, moedet, moeder
  case kvartal, foerste, andet, anden, tredje, fjerde, loebet, af, aar, aaret, aarets
  case maaned, maaneden, maaneder, dag, dage, dagen, om, og, pr, per, fra, efter, foer, ved
  case udgangen, slutningen, starten, begyndelsen, midten, halvaar, halvaaret
  case morgen, det, q, kvt, samt, eller, mellem, omkring, igen, allerede, nu, ud, ind, op
  case tilbage, senere, frist, gang, am, pm, nye, sidste, foerst, sidst, midt
}

/// What one word means to the temporal reader: an entry of `TemporalVocabulary.table`.
struct TemporalWord: Sendable {
  /// A unit of time a count can go with (`14 dage`, `tre uger`, `en måned`).
  enum Unit: UInt8, Sendable {
    case none, day, workday, week, month, year
  }

  /// The keyword, for words read by their exact form.
  var keyword: Keyword = .none
  /// 1 to 12 for month names and their abbreviations (Danish and English).
  var month: Int8 = 0
  /// 1 (Monday) to 7 for weekday names (Danish and English).
  var weekday: Int8 = 0
  /// A number word's value (`en` 1, `to` 2, `fjorten` 14).
  var count: Int8 = 0
  /// The unit of time the word names.
  var unit: Unit = .none
  /// A season's first month (`foråret` 3, `efteråret` 9).
  var season: Int8 = 0
  /// The holiday the word names.
  var holiday: Holiday = .none
  /// A definite form (`mandagen`, `julen`): a weekday in that form is habitual unless a
  /// preposition ties it to one day.
  var isDefinite = false
  /// The one-day holiday the word names (`juleaften`).
  var namedDay: NamedDay = .none
  /// `advent`, for `1. søndag i advent`.
  var isAdvent = false

  /// Combines two entries for one spelling (`jul` is both Christmas and July's abbreviation).
  func merged(with other: TemporalWord) -> TemporalWord {
    var m = self
    if other.keyword != .none { m.keyword = other.keyword }
    if other.month != 0 { m.month = other.month }
    if other.weekday != 0 { m.weekday = other.weekday }
    if other.count != 0 { m.count = other.count }
    if other.unit != .none { m.unit = other.unit }
    if other.season != 0 { m.season = other.season }
    if other.holiday != .none { m.holiday = other.holiday }
    m.isDefinite = m.isDefinite || other.isDefinite
    if other.namedDay != .none { m.namedDay = other.namedDay }
    m.isAdvent = m.isAdvent || other.isAdvent
    return m
  }
}

/// The temporal reader's one keyword table: every word it knows and what the word means.
///
/// Adding a spelling is adding a row. Words are matched lower-cased (ASCII and `ÆØÅ` folded) by
/// the scanner's hash, so a row is written in lower case.
enum TemporalVocabulary {
  static func kw(_ k: Keyword) -> TemporalWord { TemporalWord(keyword: k) }
  static func month(_ m: Int8) -> TemporalWord { TemporalWord(month: m) }
  static func weekday(_ w: Int8, definite: Bool = false) -> TemporalWord {
    TemporalWord(weekday: w, isDefinite: definite)
  }
  static func count(_ n: Int8) -> TemporalWord { TemporalWord(count: n) }
  static func unit(_ u: TemporalWord.Unit, _ k: Keyword = .none) -> TemporalWord {
    TemporalWord(keyword: k, unit: u)
  }
  static func season(_ startMonth: Int8) -> TemporalWord { TemporalWord(season: startMonth) }
  static func holiday(_ h: Holiday, definite: Bool = false) -> TemporalWord {
    TemporalWord(holiday: h, isDefinite: definite)
  }
  static func named(_ d: NamedDay) -> TemporalWord { TemporalWord(namedDay: d) }

  /// The table.
  static let table: [(String, TemporalWord)] = [
    // Prepositions, adverbs and the words of the shapes.
    ("den", kw(.den)), ("d", kw(.d)), ("kl", kw(.kl)), ("klokken", kw(.klokken)),
    ("i", kw(.i)), ("til", kw(.til)), ("på", kw(.paa)), ("senest", kw(.senest)), ("deadline", kw(.frist)), ("frist", kw(.frist)), ("fristen", kw(.frist)),
    ("inden", kw(.inden)), ("indenfor", kw(.indenfor)), ("for", kw(.for_)),
    ("primo", kw(.primo)), ("medio", kw(.medio)), ("ultimo", kw(.ultimo)),
    ("ugerne", kw(.ugerne)), ("næste", kw(.naeste)), ("næstkommende", kw(.naestkommende)),
    ("førstkommende", kw(.foerstkommende)), ("kommende", kw(.kommende)),
    ("møde", kw(.moede)), ("mødet", kw(.moedet)), ("møder", kw(.moeder)), ("gang", kw(.gang)),
    ("kvartal", kw(.kvartal)), ("første", kw(.foerste)), ("andet", kw(.andet)),
    ("anden", kw(.anden)), ("tredje", kw(.tredje)), ("fjerde", kw(.fjerde)),
    ("løbet", kw(.loebet)), ("af", kw(.af)), ("året", kw(.aaret)), ("årets", kw(.aarets)),
    ("måneden", kw(.maaneden)), ("dagen", kw(.dagen)), ("om", kw(.om)), ("og", kw(.og)),
    ("pr", kw(.pr)), ("per", kw(.per)), ("fra", kw(.fra)), ("efter", kw(.efter)),
    ("før", kw(.foer)), ("ved", kw(.ved)), ("udgangen", kw(.udgangen)),
    ("slutningen", kw(.slutningen)), ("starten", kw(.starten)),
    ("begyndelsen", kw(.begyndelsen)), ("midten", kw(.midten)), ("halvår", kw(.halvaar)),
    ("halvåret", kw(.halvaaret)), ("halvdel", kw(.halvaar)), ("halvdelen", kw(.halvaaret)),
    ("udgang", kw(.udgangen)), ("slutning", kw(.slutningen)), ("afslutning", kw(.slutningen)),
    ("start", kw(.starten)), ("begyndelse", kw(.begyndelsen)), ("nye", kw(.nye)), ("sidste", kw(.sidste)),
    ("først", kw(.foerst)), ("sidst", kw(.sidst)), ("midt", kw(.midt)),
    ("morgen", kw(.morgen)), ("det", kw(.det)), ("q", kw(.q)),
    ("kvt", kw(.kvt)), ("samt", kw(.samt)), ("eller", kw(.eller)), ("mellem", kw(.mellem)),
    ("omkring", kw(.omkring)), ("igen", kw(.igen)),
    ("allerede", kw(.allerede)), ("nu", kw(.nu)), ("ud", kw(.ud)), ("ind", kw(.ind)), ("op", kw(.op)),
    ("tilbage", kw(.tilbage)), ("senere", kw(.senere)), ("am", kw(.am)), ("pm", kw(.pm)),
    // Units of time; the forms a shape reads by name keep their keyword.
    ("dag", unit(.day, .dag)), ("dage", unit(.day, .dage)), ("døgn", unit(.day)),
    ("hverdage", unit(.workday)), ("hverdag", unit(.workday)), ("arbejdsdage", unit(.workday)),
    ("arbejdsdag", unit(.workday)),
    ("uge", unit(.week, .uge)), ("ugen", unit(.week, .uge)), ("uger", unit(.week, .uger)),
    ("måned", unit(.month, .maaned)), ("måneder", unit(.month, .maaneder)),
    ("år", unit(.year, .aar)), ("års", kw(.aar)),
    // Number words before a unit.
    ("en", count(1)), ("et", count(1)), ("to", count(2)), ("tre", count(3)),
    ("fire", count(4)), ("fem", count(5)), ("seks", count(6)), ("syv", count(7)),
    ("otte", count(8)), ("ni", count(9)), ("ti", count(10)), ("elleve", count(11)),
    ("tolv", count(12)), ("fjorten", count(14)), ("tyve", count(20)),
    // Months, Danish, their abbreviations and the English names of CMS dates.
    ("januar", month(1)), ("jan", month(1)), ("january", month(1)),
    ("februar", month(2)), ("feb", month(2)), ("february", month(2)),
    ("marts", month(3)), ("mar", month(3)), ("march", month(3)),
    ("april", month(4)), ("apr", month(4)),
    ("maj", month(5)), ("may", month(5)),
    ("juni", month(6)), ("jun", month(6)), ("june", month(6)),
    ("juli", month(7)), ("jul", month(7)), ("july", month(7)),
    ("august", month(8)), ("aug", month(8)),
    ("september", month(9)), ("sep", month(9)), ("sept", month(9)),
    ("oktober", month(10)), ("okt", month(10)), ("october", month(10)), ("oct", month(10)),
    ("november", month(11)), ("nov", month(11)),
    ("december", month(12)), ("dec", month(12)),
    // Weekdays, Danish (indefinite and definite) and English.
    ("mandag", weekday(1)), ("tirsdag", weekday(2)), ("onsdag", weekday(3)),
    ("torsdag", weekday(4)), ("fredag", weekday(5)), ("lørdag", weekday(6)),
    ("søndag", weekday(7)),
    ("mandagen", weekday(1, definite: true)), ("tirsdagen", weekday(2, definite: true)),
    ("onsdagen", weekday(3, definite: true)), ("torsdagen", weekday(4, definite: true)),
    ("fredagen", weekday(5, definite: true)), ("lørdagen", weekday(6, definite: true)),
    ("søndagen", weekday(7, definite: true)),
    ("monday", weekday(1)), ("tuesday", weekday(2)), ("wednesday", weekday(3)),
    ("thursday", weekday(4)), ("friday", weekday(5)), ("saturday", weekday(6)),
    ("sunday", weekday(7)),
    // Seasons, by their first month.
    ("foråret", season(3)), ("forår", season(3)), ("sommeren", season(6)), ("sommer", season(6)),
    ("efteråret", season(9)), ("efterår", season(9)), ("vinteren", season(12)),
    ("vinter", season(12)),
    // Holidays.
    ("jul", holiday(.christmas)), ("julen", holiday(.christmas, definite: true)),
    ("juleferien", holiday(.christmasHoliday, definite: true)),
    ("juleferie", holiday(.christmasHoliday)),
    ("nytår", holiday(.newYear)), ("nytåret", holiday(.newYear, definite: true)),
    ("årsskiftet", holiday(.newYear, definite: true)), ("årsskifte", holiday(.newYear)),
    ("påske", holiday(.easter)), ("påsken", holiday(.easter, definite: true)),
    ("påskeferien", holiday(.easter, definite: true)), ("påskeferie", holiday(.easter)),
    ("pinse", holiday(.whitsun)), ("pinsen", holiday(.whitsun, definite: true)),
    ("vinterferien", holiday(.winterHoliday, definite: true)),
    ("vinterferie", holiday(.winterHoliday)),
    ("sommerferien", holiday(.summerHoliday, definite: true)),
    ("sommerferie", holiday(.summerHoliday)),
    ("sommerpausen", holiday(.summerHoliday, definite: true)),
    ("efterårsferien", holiday(.autumnHoliday, definite: true)),
    ("efterårsferie", holiday(.autumnHoliday)),
    // Holidays of one day, named as an event's day.
    ("juleaften", named(.christmasEve)), ("juleaftensdag", named(.christmasEve)), ("juledag", named(.christmasDay)),
    ("juledagen", named(.christmasDay)), ("nytårsaften", named(.newYearsEve)), ("nytårsaftensdag", named(.newYearsEve)),
    ("nytårsdag", named(.newYearsDay)), ("sankthansaften", named(.midsummerEve)), ("sankthans", named(.midsummerEve)),
    ("skt-hans", named(.midsummerEve)), ("grundlovsdag", named(.constitutionDay)), ("grundlovsdagen", named(.constitutionDay)),
    ("skærtorsdag", named(.maundyThursday)), ("langfredag", named(.goodFriday)), ("påskedag", named(.easterSunday)),
    ("påskesøndag", named(.easterSunday)), ("påskedagen", named(.easterSunday)), ("pinsedag", named(.whitSunday)),
    ("pinsedagen", named(.whitSunday)), ("himmelfartsdag", named(.ascensionDay)),
    ("advent", TemporalWord(isAdvent: true)), ("søn", weekday(7)),
  ]
}

/// An open-addressing table from a word's FNV-1a hash to its meaning, built from
/// `TemporalVocabulary.table`.
struct KeywordTable: Sendable {
  struct Entry: Sendable {
    var hash: UInt64
    var word: TemporalWord
  }

  static let shared = KeywordTable()

  private var slots: [Entry?]
  private let mask: Int

  init() {
    let size = 512
    mask = size - 1
    slots = Array(repeating: nil, count: size)
    for (w, meaning) in TemporalVocabulary.table {
      let h = KeywordTable.hash(w)
      var idx = Int(truncatingIfNeeded: h) & mask
      while let existing = slots[idx], existing.hash != h { idx = (idx + 1) & mask }
      if let e = slots[idx] {
        slots[idx] = Entry(hash: h, word: e.word.merged(with: meaning))
      } else {
        slots[idx] = Entry(hash: h, word: meaning)
      }
    }
  }

  static func hash(_ word: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in word.utf8 {
      h = (h ^ UInt64(c)) &* 0x100_0000_01b3
    }
    return h
  }

  @inline(__always)
  func lookup(_ h: UInt64) -> TemporalWord? {
    var idx = Int(truncatingIfNeeded: h) & mask
    while let e = slots[idx] {
      if e.hash == h { return e.word }
      idx = (idx + 1) & mask
    }
    return nil
  }
}
