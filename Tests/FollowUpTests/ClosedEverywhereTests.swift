import FollowUp
import Foundation
import Testing

@testable import followup_cli

/// Closed means closed in every command and every format: for a family of closed-marker forms,
/// the text of a closed item (a decision, an owner, a deadline, a deferral) shows nowhere: not in
/// import's messages, the reports, the export, `dump`, `check` or a published site.
@Suite(.serialized) struct ClosedEverywhereTests {
  static let markers: [String] = [
    "Punkt 5: [Lukket] Salg af grund",
    "Punkt 5: Salg af grund - Lukket",
    "Punkt 5: Salg af grund (Lukket møde)",
    "Punkt 5: Fortroligt: Salg af grund",
    "5. Lukket: Salg af grund",
    "Punkt 5: Salg af grund\n\nLukket punkt",
    "Punkt 5: Salg af grund\n\nPunktet er lukket af hensyn til forhandlingerne.",
  ]

  static func minutes(_ closed: String) -> String {
    """
    REFERAT Direktionen d. 02-10-2024

    Mødedato Onsdag d. 02. oktober 2024 kl. 09:00

    Mødedeltagere Claus Borg, Pia Ulv Helleland

    Punkt 4: Budget

    00.30.00G01-1-24

    Beslutning

    Godkendt. Pia Ulv Helleland sender budgettet til byrådet inden 1. november 2024.

    \(closed)

    00.30.00G01-9-24

    Sagsfremstilling

    Købet af HEMMELIGVEJ 3 forhandles med Hemmelig Hansen.

    Beslutning

    Hemmelig Hansen udarbejder HEMMELIG kontrakt inden 15. oktober 2024. Sagen udsættes til næste møde.

    Punkt 6: Eventuelt

    00.30.00G01-3-24

    Beslutning

    Intet.
    """
  }

  func run(_ args: [String], db: String) -> (Int32, String, String) {
    let (io, out, err) = IO.capturing(environment: ["FOLLOWUP_TODAY": "2024-10-03", "FOLLOWUP_DB": db, "USER": "tester"])
    let code = FollowUpCLI.run(args, io: io)
    return (code, out(), err())
  }

  /// Text as a reader of the output sees it: a mail's soft line breaks undone, any case.
  func leaks(_ s: String) -> Bool {
    s.replacing("=\r\n", with: "").lowercased().contains("hemmelig")
  }

  @Test(arguments: markers)
  func noCommandAndNoFormatShowsAClosedItem(_ marker: String) throws {
    let temporary = try TemporaryStore("closed")
    defer { temporary.remove() }
    let file = temporary.dir.appendingPathComponent("direktionen-2024-10-02.txt")
    try Data(ClosedEverywhereTests.minutes(marker).utf8).write(to: file)
    let db = temporary.db
    let (code, importOut, importErr) = run(["import", file.path], db: db)
    #expect(code == 0, "\(importErr)")
    #expect(!leaks(importOut + importErr), "import: \(marker)")

    var commands: [[String]] = [
      ["postponed"], ["actions"], ["actions", "--all"], ["report", "weekly", "--week", "2024-W40"],
      ["report", "--month", "2024-10"], ["case", "00.30.00G01-9-24"], ["review"], ["people"],
    ]
    commands = commands.map { $0 + ["--as-of", "2024-10-20"] }
    for command in commands {
      for format in ReportFormat.allCases {
        let (_, out, err) = run(command + ["--format", format.rawValue], db: db)
        #expect(!leaks(out + err), "\(command) --format \(format.rawValue): \(marker)")
      }
    }
    for command in [["export", "--format", "json", "--as-of", "2024-10-20", file.path], ["dump", file.path], ["check", "--explain", file.path]] {
      let (_, out, err) = run(command, db: db)
      #expect(!leaks(out + err), "\(command[0]): \(marker)")
    }
    let site = temporary.dir.appendingPathComponent("site").path
    _ = run(["publish", site, "--as-of", "2024-10-20"], db: db)
    let files = FileManager.default.enumerator(atPath: site)?.compactMap { $0 as? String } ?? []
    for f in files {
      let data = (try? Data(contentsOf: URL(fileURLWithPath: site).appendingPathComponent(f))) ?? Data()
      #expect(!leaks(String(decoding: data, as: UTF8.self)), "publish \(f): \(marker)")
    }
    // The reports do show the open items around it.
    let (_, actions, _) = run(["actions", "--as-of", "2024-10-20"], db: db)
    #expect(actions.contains("budgettet"), "\(marker)")
    // Asked for, the text is there.
    let (_, asked, _) = run(["dump", "--include-closed", file.path], db: db)
    #expect(leaks(asked), "\(marker)")
  }

  /// The check catches a leak: the same item, open, shows in the reports.
  @Test func anOpenItemDoesShow() throws {
    let temporary = try TemporaryStore("open")
    defer { temporary.remove() }
    let file = temporary.dir.appendingPathComponent("direktionen-2024-10-02.txt")
    try Data(ClosedEverywhereTests.minutes("Punkt 5: Salg af grund").utf8).write(to: file)
    #expect(run(["import", file.path], db: temporary.db).0 == 0)
    let (_, out, _) = run(["actions", "--as-of", "2024-10-20"], db: temporary.db)
    #expect(leaks(out))
  }
}

/// A closed item whose decision is only a formula (`Godkendt.`): the minutes publish that much,
/// so the outcome shows; a decision of more words is not read; the text shows nowhere.
@Suite struct ClosedFormulaTests {
  static func minutes(_ decision: String) -> String {
    """
    REFERAT Økonomiudvalget d. 02-10-2024

    Mødedato Onsdag d. 02. oktober 2024 kl. 09:00

    Punkt 8: Budget

    00.30.00G01-8-24

    Beslutning

    Godkendt.

    Lukket referat
    Punkt 9: Salg af grund

    00.30.00G01-9-24

    Sagsfremstilling

    Købet af HEMMELIGVEJ 3 forhandles med Hemmelig Hansen.

    Beslutning

    \(decision)
    """
  }

  @Test(arguments: [
    ("Godkendt.", "approved"),
    ("Taget til efterretning.", "noted"),
    ("Godkendt, idet Hemmelig Hansen får 3 dage.", "none"),
    ("Økonomiudvalget tiltrådte indstillingen.", "approved"),
    ("Kultur- og Fritidsudvalget tiltrådte indstillingen.", "approved"),
    ("Økonomiudvalget tiltrådte Hemmelig Hansens tilbud.", "none"),
  ])
  func theOutcomeOfAFormula(_ c: (String, String)) throws {
    let r = try Examples.register(Self.minutes(c.0))
    let json = Export.document(r, options: .init(asOf: Examples.day("2024-12-01"))).compact()
    #expect(json.contains("\"closed\":true,\"outcome\":\"\(c.1)\""), "\(c.0)")
    #expect(!json.lowercased().contains("hemmelig"))
    #expect(r.meetings.first?.items.map(\.number) == [8, 9])
  }
  /// The label's line carries the decision (`Økonomiudvalget, 02-10-2024, pkt. 9 Anders Berg var
  /// fraværende. Taget til efterretning.`): its last sentence is the formula.
  @Test func theFormulaOnTheLabelsLine() throws {
    let text = Self.minutes("X").replacingOccurrences(
      of: "Beslutning\n\nX", with: "Økonomiudvalget, 02-10-2024, pkt. 9 Anders Berg var fraværende. Taget til efterretning.\n")
    let r = try Examples.register(text)
    let json = Export.document(r, options: .init(asOf: Examples.day("2024-12-01"))).compact()
    #expect(json.contains("\"closed\":true,\"outcome\":\"noted\""))
    #expect(!json.lowercased().contains("hemmelig"))
  }
}

