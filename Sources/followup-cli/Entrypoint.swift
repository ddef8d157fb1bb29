import Foundation
import FollowUp
import MinutesCore

var args = Array(CommandLine.arguments.dropFirst())
if args.first == "export" {
  args.removeFirst()
  var asOf = Day(year: 2024, month: 12, day: 5)!
  var paths: [String] = []
  var i = 0
  while i < args.count {
    if args[i] == "--as-of" { asOf = Day(iso: args[i+1])!; i += 2; continue }
    if args[i] == "--format" { i += 2; continue }
    paths.append(args[i]); i += 1
  }
  let files = SourceLoader.expand(paths).files
  let meetings = files.map(SourceLoader.load).compactMap(\.meeting)
  let reg = Register(meetings: meetings)
  print(Export.document(reg, options: .init(asOf: asOf)).pretty())
} else {
  for path in args {
    let d = SourceLoader.load(path)
    if let m = d.meeting { print(m.dump()) } else { print("ERROR", d.error!) }
  }
}
