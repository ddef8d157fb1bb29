import FollowUp
import Foundation
import MinutesCore

/// Documents of one shape at growing sizes, read by the reader and the engine: the time per
/// byte must stay flat (linear time). Shapes are the ones that break naive parsers: many items,
/// one long line, headings repeated over and over, long decisions, many quoted decisions; and
/// web pages, well formed and broken (deep nesting, unclosed tags, stray `<`, unterminated
/// comments, quotes and scripts).
enum Scale {
  static let header = "REFERAT Direktionen\n\nOnsdag d. 2. oktober 2024 kl. 09:00\n\n"

  static let shapes: [(name: String, unit: @Sendable (Int) -> String)] = [
    ("items", { n in "Punkt \(n): Sag nummer \(n)\n\nBeslutning\n\nGodkendt. Sagen udsættes til næste møde.\n\n" }),
    ("one long sentence", { _ in "Direktøren udarbejder et notat til næste møde og orienterer om sagen, " }),
    ("repeated headings", { _ in "# Beslutning\n\n## Beslutning\n\n**Beslutning**\n\n" }),
    ("long decision", { n in "Pia Hansen udarbejder forslag nr. \(n) til Direktionen inden den 1. december 2024. " }),
    ("quoted decisions", { n in "Beslutning fra Direktionens møde den 25. september 2024, pkt. \(n % 99 + 1):\n\nUdsættes.\n\n" }),
    ("names", { _ in "Chefen for Sekretariatet, Louise Agerbo Hansen, og direktør Pia Ulv deltager. " }),
    ("no punctuation", { _ in "at men udarbejder Pia Hansen og Lars udsættes til næste møde den 3. maj 2024 v/ Ole " }),
    ("owners and dates", { n in "Pia Hansen, Ole Berg og Lene Dam udarbejder og fremsender \(n). maj 2024 uge \(n % 52 + 1) " }),
    ("attachments", { n in (n == 1 ? "Bilag\n\n" : "") + "Bilag \(n): Notat om sagen, version \(n).pdf\n" }),
    ("guests", { n in "Pia Hansen \(n) deltager i mødet kl. 10:00 under punkt \(n).\n\n" }),
    ("markup", { n in "**_#_** | **\(n)** ## Beslutning | *Udsættes* |\n" }),
    ("table rows", { n in "| Punkt \(n) | Godkendt | 1. maj 2024 | Pia Hansen |\n" }),
    ("one long table row", { n in "| Punkt \(n) | Godkendt \(n) " }),
    ("unclosed links", { _ in "[a](" }),
    ("links", { n in "[Bilag \(n)](https://example.dk/\(n)) " }),
    ("quote lines", { _ in "> a\n" }),
    ("one line of quote marks", { _ in ">>>>>>>>" }),
    ("emphasis runs", { _ in "**_*__" }),
    ("numbered lines", { n in "\(n). Forslag nummer \(n)\n" }),
    ("closed markers", { n in "Lukket: Sag \(n)\n\n" }),
    ("glued labels", { _ in "BeslutningGodkendt.\n" }),
    // Small boards' notes: bullet titles over their own prose, no numbered items.
    ("bullet notes", { n in
      (n == 1 ? "Tilstede: Anne Holm, Bo Dam\n\nMeddelelser\n\nFormanden orienterede om stien og bænkene.\n\n" : "")
        + " • Emne \(n).\n\nBo undersøger sagen og vender tilbage til bestyrelsen.\n\n"
    }),
    ("initials and who does what", { n in "KF, JH og NOK sender notat \(n) til HR. JH sørger for adresser.\n\nKrans \(n) – W/JH\n\n" }),
    ("flattened page", { n in "Dok.nr.: \(n) Sagsid.: 14/\(n) Åben sag Beslutning Økonomiudvalget den Godkendt. " }),
    // Web pages (read as HTML: they begin with a doctype), well formed and broken.
    ("html items", { n in "<div><h2>Punkt \(n): Sag \(n)</h2><h3>Beslutning</h3><p>Godkendt. Sagen <b>udsættes</b> til n&aelig;ste m&oslash;de.</p></div>\n" }),
    ("html nested divs", { n in "<div>" + (n % 50 == 0 ? "Tekst \(n)" : "") }),
    ("html unclosed tags", { n in "<p><b><i><span><li><td><dd>Tekst \(n) " }),
    ("html table rows", { n in (n == 1 ? "<table>" : "") + "<tr><td>Punkt \(n)</td><td>Godkendt</td><td>1. maj 2024<br>Pia Hansen</td></tr>\n" }),
    ("html layout rows", { n in (n == 1 ? "<table>" : "") + "<tr><td>\(n)</td><td><h2>Sag \(n)</h2><p>Godkendt.</p></td></tr>\n" }),
    ("html stray markup", { n in "a < \(n) og <!-- <![CDATA[ <?x <a title=\"y </ <3 &amp &#99999999999; &nope;" + (n % 7 == 0 ? "> " : " ") }),
    ("html unterminated raw text", { n in "<script>x \(n) <style>y <title>z <textarea>" }),
    ("html hidden and furniture", { n in "<div hidden><p>skjult \(n)</p></div><form><p>felt</p></form><nav>menu</nav><p><a href=\"#top\">Til toppen</a> <button>Søg</button> tekst \(n)</p>\n" }),
    ("html nested lists", { n in "<ul><li>Punkt \(n) " }),
    ("html pre", { n in (n == 1 ? "<pre>" : "") + "  linje \(n)\n\n" }),
  ]

  static let htmlHeader =
    "<!DOCTYPE html><html><head><title>REFERAT Direktionen</title></head><body><h1>REFERAT Direktionen</h1><p>Onsdag d. 2. oktober 2024 kl. 09:00</p>\n"

  /// Reports µs per byte for each shape and size; returns the shapes that grow faster than
  /// linearly (the largest size costs more than `tolerance` times the smallest per byte).
  static func run(
    units: [Int] = [500, 2_000, 8_000, 32_000], tolerance: Double = 3, repeats: Int = 3,
    print report: (String) -> Void = { print($0) }
  ) -> [String] {
    var failures: [String] = []
    for shape in shapes {
      var perByte: [Double] = []
      var line = "\(shape.name):"
      for n in units {
        let isHTML = shape.name.hasPrefix("html")
        var text = isHTML ? htmlHeader : header
        if shape.name != "items" && shape.name != "html items" && shape.name != "bullet notes" {
          text += isHTML ? "<h2>Punkt 1: Sag</h2><h3>Beslutning</h3>\n" : "Punkt 1: Sag\n\nBeslutning\n\n"
        }
        for k in 1...n { text += shape.unit(k) }
        let bytes = Array(text.utf8)
        // The best of three, so that one slow moment on a shared machine does not decide.
        var best = Double.infinity
        var found = 0
        for _ in 0..<repeats {
          let start = DispatchTime.now().uptimeNanoseconds
          if let meeting = try? MinutesParser.parse(bytes: bytes, source: "scale.txt") {
            let r = Register(meetings: [meeting])
            found = meeting.items.count + r.actions.count + r.postponements.count + r.people.people.count
          }
          best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1000)
        }
        perByte.append(best / Double(bytes.count))
        line += String(format: "  %d KB %.3f µs/B (%d)", bytes.count / 1024, best / Double(bytes.count), found)
      }
      let growth = perByte.last! / perByte.first!
      line += String(format: "  growth %.2fx", growth)
      if growth > tolerance {
        failures.append(shape.name)
        line += "  NOT LINEAR"
      }
      report(line)
    }
    return failures
  }
}
