import Foundation
import Testing

@testable import MinutesCore

/// The reader's own search, lower-casing and folding give what Foundation and the standard
/// library give, on Danish text and on the characters where a byte-wise shortcut could go wrong.
@Suite struct StringSearchTests {
  /// Texts in NFC (as `DocumentText` gives them) with Danish letters, NBSP, typographic dashes
  /// and quotes, a combining mark with no precomposed form, emoji and letters outside Latin-1.
  static let texts = [
    "", "a", "Punkt 3: Godkendelse af dagsorden", "ØKONOMIUDVALGET – Referat", "Ældrerådet og Åbent Hus",
    "Beslutning i Økonomiudvalget den 3. marts 2021", "q\u{301}x", "café og cafe", "1\u{A0}000 kr.",
    "„Citat“ og ‘Runden rundt’", "Line\nNext", "👍 OK", "İstanbul ΣΟΦΙΑ Дания", "Straße STRASSE ß",
    "ÀÉÎÕÜ×Þ àéîõü÷þÿ", "Aagaard og ÅGÅRD", "Sag nr. 2023-0123456", "v/ Anne Hansen", "  to  mellemrum ",
  ]
  static let needles = [
    "a", "e", "q", "af", " - ", ": ", "Økonomi", "økonomi", "å", "Å", "café", "cafe", "\n", "👍",
    "ß", "SS", "Sag nr.", "v/", "  ", "x",
  ]

  @Test func searchFindsWhatFoundationFinds() {
    for t in Self.texts {
      for n in Self.needles {
        let mine = t.range(of: n)
        let foundation = t.range(of: n, options: [])
        #expect(mine == foundation, "range(of: \(n.debugDescription)) in \(t.debugDescription)")
        #expect(t.contains(n) == (foundation != nil), "contains(\(n.debugDescription)) in \(t.debugDescription)")
        let sub = t.dropFirst()
        #expect(sub.range(of: n) == sub.range(of: n, options: []), "in the substring of \(t.debugDescription)")
      }
    }
  }

  @Test func searchAnswersOnTheCharactersBoundary() {
    // A match that a combining mark, a skin tone or the line feed of a CR LF goes on from is
    // no match (each is one character with what it follows); the one after it is.
    let t = "cafe\u{301} og cafe"
    let r = t.range(of: "cafe")
    #expect(r.map { t.distance(from: t.startIndex, to: $0.lowerBound) } == 8)
    #expect("👍🏽 og 👍".range(of: "👍").map { "👍🏽 og 👍".distance(from: "👍🏽 og 👍".startIndex, to: $0.lowerBound) } == 5)
    #expect(!"Linje\r\nNæste".contains("\r"))
    #expect(t.range(of: "") == nil)
    #expect(!t.contains(""))
  }

  @Test func lowerCaseIsTheStandardLibrarys() {
    var all = Self.texts + Self.needles
    // Every Latin-1 letter and the bytes around the ranges taken byte by byte.
    all.append(String(String.UnicodeScalarView((0x20...0x2FF).compactMap(Unicode.Scalar.init))))
    all.append(String(String.UnicodeScalarView((0x2000...0x20CF).compactMap(Unicode.Scalar.init))))
    for t in all {
      #expect(t.lowercased() == StringSearch.standardLowercased(t), "\(t.debugDescription)")
    }
  }

  @Test func committeeFoldingIsTheSameByteWise() {
    let names = Self.texts + [
      "Børne- og Ungeudvalget", "Teknik & Miljø", "Kultur-, Fritids- og Turismeudvalget", "Ældre- og Sundhedsudvalget",
      "Udvalget for Køge Ådal", "Zürich-udvalget", "Über Ä Ö", "Økonomiudvalget 2.0", "ªº µ ²³",
    ]
    for n in names {
      // The byte-wise path against the character-wise one on the standard library's lower case.
      #expect(CommitteeName.fold(n) == CommitteeName.foldCharacters(StringSearch.standardLowercased(n)), "\(n.debugDescription)")
    }
  }

  @Test func pageLineShapes() {
    #expect(PageFurniture.shape("Økonomiudvalget 03-03-2021 Side 2 af 14") == "Økonomiudvalget 03-03-2021")
    #expect(PageFurniture.shape("Referat - 2 -") == "Referat")
    #expect(PageFurniture.shape("Referat 2/14") == "Referat")
    #expect(PageFurniture.shape("Referat  side") == "Referat")
    #expect(PageFurniture.shape("  Referat  Lemvig ") == "Referat Lemvig")
    #expect(PageFurniture.shape("Referat af mødet.") == "Referat af mødet.")
    #expect(PageFurniture.shape("   ") == "#")
  }

  @Test func titlesKeptPerThreadAreTheirOwn() {
    // Threads asking at once get each title's own answer (no answer of another thread's title).
    let titles = (0..<400).map { "Punkt \($0): Godkendelse af budget \($0) (2023-01234\($0 % 10))." }
    let expected = titles.map { ItemTitle.cleaned($0).0 }
    let results = Results(count: titles.count * 4)
    DispatchQueue.concurrentPerform(iterations: titles.count * 4) { k in
      results.set(k, ItemTitle.clean(titles[k % titles.count]).0)
    }
    for k in 0..<titles.count * 4 { #expect(results.get(k) == expected[k % titles.count]) }
  }

  final class Results: @unchecked Sendable {
    private var values: [String]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: "", count: count) }
    func set(_ k: Int, _ v: String) { lock.withLock { values[k] = v } }
    func get(_ k: Int) -> String { lock.withLock { values[k] } }
  }
}
