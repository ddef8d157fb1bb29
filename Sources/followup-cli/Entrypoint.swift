import Foundation
import MinutesCore
for path in CommandLine.arguments.dropFirst() {
  let data = try! Data(contentsOf: URL(fileURLWithPath: path))
  do {
    let m = try MinutesParser.parse(bytes: Array(data), source: (path as NSString).lastPathComponent)
    print(m.dump())
  } catch { print("ERROR", error) }
}
