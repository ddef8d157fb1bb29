import Foundation
import MinutesCore

/// SplitMix64: a small, fast, reproducible generator.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Writes a corpus of realistic minutes: many committees over years, both forms (Markdown and
/// plain text), journal numbers, guests, recommendations, quoted earlier decisions, deferral
/// chains across meetings, actions with owners and deadlines, closed items.
struct CorpusGenerator {
  var rng: SplitMix
  let committees: [(name: String, gap: Int, start: Day)]
  var pending: [Int: [(jn: String, title: String, date: Day, item: Int, times: Int)]] = [:]
  var standing: [Int: String] = [:]

  init(seed: UInt64, committeeCount: Int) {
    rng = SplitMix(seed: seed)
    var cs: [(String, Int, Day)] = []
    let bases = [
      "Børne- og Ungeudvalget", "Teknik- og Miljøudvalget", "Økonomiudvalget", "Direktionen",
      "Social- og Sundhedsudvalget", "Kultur- og Fritidsudvalget", "Beskæftigelsesudvalget",
      "Medudvalg - Centraladministration", "Hoved MED-udvalget", "Plan- og Klimaudvalget",
      "Erhvervsudvalget", "Digitaliseringsstyregruppen", "Ældrerådet", "Handicaprådet",
      "Skoleudvalget", "Landdistriktsudvalget", "Beredskabskommissionen",
    ]
    var r = SplitMix(seed: seed ^ 0xABCDEF)
    for i in 0..<committeeCount {
      let base = bases[i % bases.count]
      let name = i < bases.count ? base : "\(base) \(["Nord", "Syd", "Øst", "Vest", "Midt"][(i / bases.count - 1) % 5])"
      let gap = [7, 14, 14, 28, 28, 35][Int(r.next() % 6)]
      let start = Day(year: 2015, month: 1, day: 5)!.adding(days: Int(r.next() % 28))
      cs.append((name, gap, start))
    }
    committees = cs
  }

  static let firstNames = [
    "Anne", "Birgitte", "Claus", "Ditte", "Erik", "Hanne", "Jens", "Karen", "Lars", "Louise", "Mads",
    "Mette", "Niels", "Ole", "Pia", "Rasmus", "Susanne", "Søren", "Thomas", "Trine", "Ulla", "Ove",
  ]
  static let lastNames = [
    "Andersen", "Christensen", "Hansen", "Jensen", "Kjær", "Larsen", "Madsen", "Nielsen", "Olsen",
    "Pedersen", "Rasmussen", "Sørensen", "Thomsen", "Ågård", "Holm", "Kudsk", "Borg", "Helleland",
  ]
  static let roles = [
    "HR-konsulent", "Fagchef", "Chef for Økonomi og HR", "Udviklingschef", "Kommunikationskonsulent",
    "Chef for Digitalisering og IT", "Projektleder", "Leder af Borgerservice",
  ]
  static let topics = [
    "budget 2026", "den nye skolestruktur", "klimaplanen", "rekruttering af sosu-assistenter",
    "trafiksikkerhed ved skolerne", "digital post", "ældreboliger", "kompetenceudvikling",
    "åbningstider i borgerservice", "bosætning", "lokalplan for havnen", "sygefravær",
  ]
  static let filler = [
    "Administrationen har udarbejdet et oplæg, som beskriver de væsentligste forhold i sagen.",
    "Der er tale om en opfølgning på tidligere drøftelser i udvalget og i direktionen.",
    "Økonomien er beskrevet i vedlagte notat, og der er ikke afsat yderligere midler i budgettet.",
    "Forvaltningen vurderer, at forslaget kan gennemføres inden for den eksisterende ramme.",
    "Sagen har været i høring hos de berørte parter, og høringssvarene er samlet i bilag 2.",
    "Der er 43 medarbejdere på området, og 59,7 % arbejder på deltid.",
    "Erfaringer fra andre kommuner viser, at en tidlig inddragelse af borgerne giver bedre resultater.",
    "Projektet forventes at koste 500.000 kr. om året i de første tre år.",
  ]
  static let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
  static let weekdays = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]

  mutating func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
  mutating func chance(_ p: Int) -> Bool { Int(rng.next() % 100) < p }

  mutating func person() -> String { "\(pick(Self.firstNames)) \(pick(Self.lastNames))" }

  mutating func journal(_ year: Int) -> String {
    let s = String(format: "%02d.%02d.%02d", Int(rng.next() % 88), Int(rng.next() % 40), Int(rng.next() % 20))
    return "\(s)\(pick(["G", "P", "A"]))\(String(format: "%02d", Int(rng.next() % 30)))-\(1 + Int(rng.next() % 40))-\(String(format: "%02d", year % 100))"
  }

  static func long(_ d: Day) -> String { "\(d.day). \(months[d.month - 1]) \(d.year)" }

  /// The n-th meeting overall: committees take turns in date order.
  mutating func meeting(committee ci: Int, index k: Int) -> (name: String, text: String) {
    let c = committees[ci]
    let date = c.start.adding(days: k * c.gap)
    let markdown = ci % 2 == 0
    var lines: [String] = []
    func heading(_ level: Int, _ t: String) {
      lines.append(markdown ? String(repeating: "#", count: level) + " " + (level > 1 ? "**\(t)**" : t) : t)
      lines.append("")
    }
    func para(_ t: String) {
      lines.append(t)
      lines.append("")
    }
    let dd = String(format: "%02d-%02d-%04d", date.day, date.month, date.year)
    heading(1, "REFERAT \(c.name) d. \(dd)")
    para("\(markdown ? "**Mødedato**" : "Mødedato") \(Self.weekdays[date.weekday - 1].capitalized) d. \(Self.long(date)) kl. \(pick(["09:00", "13:00", "16:00"]))")
    para("\(markdown ? "**Mødested**" : "Mødested") Mødelokale \(1 + Int(rng.next() % 9)), Rådhuset")
    var attendees: [String] = []
    for _ in 0..<(4 + Int(rng.next() % 4)) { attendees.append(person()) }
    para("\(markdown ? "**Mødedeltagere**" : "Mødedeltagere") " + attendees.joined(separator: ", "))
    if standing[ci] == nil { standing[ci] = journal(2015) }
    var items: [(String, String, String, Bool)] = []  // title, jn, body, closed
    items.append(("Godkendelse af dagsorden", standing[ci]!, "Godkendt.", false))
    let caseCount = 5 + Int(rng.next() % 5)
    var queue = pending[ci] ?? []
    pending[ci] = []
    for n in 0..<caseCount {
      var title: String
      var jn: String
      var quoted = ""
      if !queue.isEmpty, n < 3 {
        let p = queue.removeFirst()
        title = p.title
        jn = p.jn
        quoted = "Beslutning fra \(c.name == "Direktionen" ? "Direktionens" : c.name + "s") møde den \(Self.long(p.date)), pkt. \(p.item):\n\nUdsættes til næste møde.\n\n"
        if p.times >= 3 { quoted += "" }
      } else {
        title = "Sag om \(pick(Self.topics))"
        jn = journal(date.year)
      }
      let guest = person()
      let role = pick(Self.roles)
      var body = "Resume\n\n\(pick(Self.filler))\n\nSagsfremstilling\n\n\(role) \(guest) deltager i mødet kl. \(10 + n % 4):\(pick(["00", "30"])).\n\n"
      for _ in 0..<(3 + Int(rng.next() % 4)) { body += pick(Self.filler) + " " + pick(Self.filler) + "\n\n" }
      let due = date.adding(days: 14 + Int(rng.next() % 60))
      body += "Der afholdes temadag om emnet den \(Self.long(due)).\n\n"
      body += "Indstilling\n\nKommunaldirektøren indstiller,\n\n- At sagen drøftes.\n- At forslaget godkendes.\n\n" + quoted + "Beslutning\n\n"
      let itemNumber = items.count + 1
      switch rng.next() % 10 {
      case 0, 1:
        body += pick(["Udsættes til næste møde.", "Sagen udsættes til næste uge.", "Drøftes igen den \(Self.long(date.adding(days: c.gap * 2)))."])
        let times = (queue.first { $0.jn == jn }?.times ?? 0) + 1
        if times < 4 { pending[ci, default: []].append((jn, title, date, itemNumber, times)) }
      case 2:
        body += "Orienteringen tages til efterretning."
      case 3:
        body += "Indstillingen godkendt.\n\n\(guest) udarbejder et notat om \(pick(Self.topics)) til næste møde."
      case 4:
        body += "\(role)en fremsender en redegørelse til Økonomiudvalget i \(Self.months[due.month - 1]) \(due.year)."
      case 5:
        body += "Der laves en oversigt over \(pick(Self.topics)) inden den \(Self.long(due))."
      case 6:
        body += "Dagsorden til temadagen:\n\n- Status på \(pick(Self.topics)) v/ \(attendees[0])\n- Økonomi v/\(pick(Self.roles)) \(guest)"
      case 7:
        body += "Sagen drøftes i Direktionen primo \(date.year + 1)."
      default:
        body += "Godkendt."
      }
      body += "\n\nBilag\n\nNotat om \(title.lowercased()).pdf"
      items.append((title, jn, body, false))
    }
    pending[ci, default: []].append(contentsOf: queue)
    items.append(("Eventuelt", standing[ci]!, "Beslutning\n\nIntet.", false))
    items.append(("Lukket: Personalesag", journal(date.year), "Beslutning\n\nFortroligt.", true))
    heading(2, "Indholdsfortegnelse")
    for (i, it) in items.enumerated() { lines.append("\(it.0).....\t\(3 + i)") }
    lines.append("")
    for (i, it) in items.enumerated() {
      heading(markdown ? 1 : 1, "Punkt \(i + 1): \(it.0)")
      para(it.1)
      for block in it.2.components(separatedBy: "\n\n") {
        let known = ["Resume", "Sagsfremstilling", "Indstilling", "Beslutning", "Bilag"]
        if known.contains(block) {
          heading(2, block)
        } else {
          para(block)
        }
      }
    }
    let slug = c.name.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
    let name = "\(slug)-\(date.description).\(markdown ? "md" : "txt")"
    return (name, lines.joined(separator: "\n") + "\n")
  }

  /// Writes `count` meetings into `folder`, committees taking turns.
  mutating func write(count: Int, to folder: String) throws -> Int {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var bytes = 0
    var k = 0
    var written = 0
    while written < count {
      for ci in committees.indices where written < count {
        let (name, text) = meeting(committee: ci, index: k)
        let data = Data(text.utf8)
        bytes += data.count
        try data.write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
        written += 1
      }
      k += 1
    }
    return bytes
  }
}
