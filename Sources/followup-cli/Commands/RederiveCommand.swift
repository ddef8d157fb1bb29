import FollowUp
import Foundation

/// `followup rederive`: read every stored document again and derive the register anew.
struct RederiveCommand: Command {
  static let spec = CommandSpec(
    name: "rederive",
    abstract: "Læs alle gemte referater igen og udled registret på ny (efter en opgradering).",
    discussion: """
      Læser hvert referat, databasen gemmer, igen fra dets gemte tekst med denne versions
      læser og regler og udleder registret på ny, i én transaktion. Det, der er registreret i
      hånden (done, assign, due, note, confirm), bevares. Brug det efter en opgradering, der
      læser referater bedre; en import gør det selv én gang, når den gemte læsning er af en
      ældre form.
      """,
    positionals: [],
    options: [Options.db],
    examples: ["followup rederive", "followup rederive --db register.db"])

  var db: String

  init(_ args: ParsedArguments, io: IO) throws {
    db = StoreOptions.path(args, io: io)
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(db, create: false, io: io)
    try StoreOptions.run { try store.rederive() }
    let c = try store.counts()
    io.print(
      "\(Danish.count(c.documents, "dokument", "dokumenter")) læst igen; databasen har "
        + "\(Danish.count(c.meetings, "møde", "møder")) og \(Danish.count(c.actions, "handling", "handlinger"))"
        + " (\(Terminal.escaped(db)))")
    return .success
  }
}
