import FollowUp
import Foundation
import MinutesCore

/// `followup done|reopen|assign|due|note|confirm ID ...`: follow-up by hand, kept as events.
struct EventCommand: Command {
  /// Every event command is this one with its kind; the spec says what each takes.
  static var spec: CommandSpec { spec(.done) }

  static func entry(_ kind: FollowUpEvent.Kind) -> CommandEntry {
    CommandEntry(spec: spec(kind)) { try EventCommand($0, io: $1, kind: kind) }
  }

  static let id = PositionalSpec(
    name: "ID", help: "Handlingens id (eller en nøgle fra review), helt eller de første \(Store.minimumPrefix) tegn.")

  static func spec(_ kind: FollowUpEvent.Kind) -> CommandSpec {
    let (abstract, value, examples): (String, PositionalSpec?, [String]) =
      switch kind {
      case .done:
        ("Markér en handling som udført.", nil, ["followup done A0k2x9ab --note \"Notat sendt 7/10\""])
      case .reopen: ("Genåbn en handling, der er markeret som udført.", nil, ["followup reopen a0k2x9"])
      case .assign:
        (
          "Giv en handling en ansvarlig (flere adskilt af komma).",
          PositionalSpec(
            name: "NAVN", help: "Den eller de ansvarlige, som registret kender dem (\"Louise\", \"l agerbo\"); ellers --new.",
            arity: .oneOrMore),
          ["followup assign A0k2x9ab \"Louise Agerbo\"", "followup assign a0k2x9 \"Ny Medarbejder\" --new"]
        )
      case .due:
        (
          "Sæt en handlings frist.",
          PositionalSpec(name: "DATO", help: "Fristen: 2024-10-16, 16-10-2024, 16. oktober, næste fredag ...", arity: .oneOrMore),
          ["followup due A0k2x9ab 2024-10-16", "followup due a0k2x9 \"næste fredag\""]
        )
      case .note:
        (
          "Tilføj en note til en handling.",
          PositionalSpec(name: "TEKST", help: "Noten.", arity: .oneOrMore),
          ["followup note A0k2x9ab \"Afventer svar fra SOSU-skolen\""]
        )
      case .confirm:
        ("Bekræft en handling eller en post fra review: den er ikke længere et gæt.", nil, ["followup confirm F1x2y3z"])
      }
    return CommandSpec(
      name: kind.rawValue, abstract: abstract,
      discussion: abstract + """


        Det registreres med hvem og hvornår og overskrives aldrig; det overlever nye importer, da
        handlingers id'er er stabile. Et id kan skrives helt eller med de første \(Store.minimumPrefix) tegn,
        med store eller små bogstaver; et id, databasen ikke kender, giver status 67.
        """,
      positionals: [id] + (value.map { [$0] } ?? []),
      options: [Options.db, Options.on, Options.by] + (kind == .note ? [] : [Options.note])
        + (kind == .assign ? [OptionSpec("--new", nil, "Navnet er en ny ansvarlig, som registret ikke kender endnu.")] : []),
      examples: examples)
  }

  var kind: FollowUpEvent.Kind
  var db: String
  var target: String
  var value: String?
  var on: Day
  var by: String
  var note: String?
  /// `assign --new`: the name is taken as typed.
  var isNew = false

  init(_ args: ParsedArguments, io: IO) throws {
    try self.init(args, io: io, kind: .done)
  }

  init(_ args: ParsedArguments, io: IO, kind: FollowUpEvent.Kind) throws {
    self.kind = kind
    let today = FollowUpCLI.today(io)
    target = args.positional("ID")
    switch kind {
    case .assign: value = args.all("NAVN").joined(separator: " ")
    case .note: value = args.all("TEKST").joined(separator: " ")
    case .due:
      let typed = args.all("DATO").joined(separator: " ")
      value = try ParsedArguments.day(typed, for: "fristen", today: today).description
    case .done, .reopen, .confirm: value = nil
    }
    db = StoreOptions.path(args, io: io)
    on = try args.day("--on", today: today, default: today)
    by = args.value("--by") ?? io.userName
    note = args.value("--note")
    isNew = args.flag("--new")
  }

  func run(io: IO) throws -> ExitCode {
    let store = try StoreOptions.open(db, create: false, io: io)
    let now = ISO8601DateFormatter().string(from: Date())
    var value = self.value
    if kind == .assign, let typed = value {
      // Each name as the directory holds it, so that it reaches that owner's own list.
      let names = typed.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      guard !names.isEmpty else { throw ValidationError("mangler NAVN") }
      value = try StoreOptions.run { try names.map { try store.resolveAssignee($0, isNew: isNew) } }.joined(separator: ", ")
    }
    let outcome = try StoreOptions.run {
      try store.record(kind, target: target, value: value, actor: by, at: on, recorded: now, note: note)
    }
    switch outcome {
    case .recorded(let id):
      io.error("\(what(id, value)) (pr. \(on), af \(by))\(note == nil ? "" : "; noten er gemt")")
    case .alreadyDone(let id, let day, let who):
      io.error(
        "\(id) var allerede markeret som udført (\(day), af \(who)); intet nyt er registreret"
          + (note == nil ? "" : ", men noten er gemt"))
    }
    return .success
  }

  /// What was recorded, in a sentence.
  func what(_ id: String, _ value: String?) -> String {
    switch kind {
    case .done: return "\(id) er markeret som udført"
    case .reopen: return "\(id) er genåbnet"
    case .assign: return "\(id) har nu ansvarlig: \(value ?? "")"
    case .due: return "\(id) har nu frist \(value ?? "")"
    case .note: return "note tilføjet til \(id)"
    case .confirm: return "\(id) er bekræftet"
    }
  }
}
