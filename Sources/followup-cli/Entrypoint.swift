import MinutesCore
let ref = Day(iso: CommandLine.arguments[1])!
for s in CommandLine.arguments.dropFirst(2) {
  for e in TemporalReader(reference: ref).expressions(in: s) {
    print(s, "=>", e.text, e.kind, e.start.map{"\($0)"} ?? "-", e.end.map{"\($0)"} ?? "-", e.time.map{"\($0)"} ?? "", e.date.map{"\($0)"} ?? "nil", e.isYearInferred ? "inferred":"", e.mentionsMeeting ? "meeting":"")
  }
}
