import FollowUp

/// The options several commands share, declared once.
enum Options {
  static let db = OptionSpec("--db", "FIL", "Databasen (standard: $FOLLOWUP_DB eller ./followup.db).")
  static let asOf = OptionSpec("--as-of", "DATO", "Status ved udgangen af denne dag (standard: i dag).")
  static let committee = OptionSpec("--committee", "NAVN", "Kun dette udvalg (løs match).")
  static let format = OptionSpec(
    "--format", "FORMAT", "Et af formaterne herunder (standard: text).\n" + ReportFormat.helpList(indent: 28))
  static let remind = OptionSpec("--remind", "2d", "En påmindelse i kalenderen før hver frist (30m, 12h, 2d, 1w).")
  static let mailFrom = OptionSpec("--mail-from", "ADRESSE", "Afsender af en e-mail (\"Navn <a@b.dk>\").")
  /// How a report is written beside its format.
  static let output = [
    OptionSpec("--ics", "event|todo", "Kalender med heldagsbegivenheder på fristen (standard) eller opgaver."),
    remind,
    OptionSpec("--csv", "rfc|excel", "CSV med komma (RFC 4180, standard) eller semikolon og BOM til Excel."),
    OptionSpec("--out", "MAPPE", "Skriv filer i MAPPE (CSV: én fil pr. tabel) i stedet for til standardoutput."),
    mailFrom,
    OptionSpec("--mail-to", "ADRESSE", "Modtager af en e-mail; gentag for flere.", repeatable: true),
  ]
  static let includeClosed = OptionSpec("--include-closed", nil, "Vis lukkede punkter i fuld længde (fortroligt).")
  static let failOnOverdue = OptionSpec("--fail-on-overdue", nil, "Afslut med status 1, når noget er overskredet.")
  static let people = OptionSpec("--people", "FIL", "En personfil (JSON) med navne, aliaser og roller.")
  static let on = OptionSpec("--on", "DATO", "Den dag, det gælder fra (standard: i dag).")
  static let by = OptionSpec("--by", "NAVN", "Hvem der registrerer det (standard: dit login-navn).")
  static let note = OptionSpec("--note", "TEKST", "En note, der gemmes sammen med det.")
}
