import Foundation

/// The `followup` executable: wires the process's streams to `FollowUpCLI.run` and exits.
@main
enum Entrypoint {
  static func main() {
    let io = IO.standard()
    let code = FollowUpCLI.run(Array(CommandLine.arguments.dropFirst()), io: io)
    io.flush()
    exit(code)
  }
}
