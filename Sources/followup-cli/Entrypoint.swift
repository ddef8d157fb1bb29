import Foundation

/// The `followup` executable: wires the process's streams to `FollowUpCLI.run` and exits.
@main
enum Entrypoint {
  static func main() {
    // A file grown past the process's size limit fails its write with EFBIG, which SQLite turns
    // into an error that rolls the import back and names the store, instead of a signal that
    // kills the process without a word.
    signal(SIGXFSZ, SIG_IGN)
    let io = IO.standard()
    let code = FollowUpCLI.run(Array(CommandLine.arguments.dropFirst()), io: io)
    io.flush()
    exit(code)
  }
}
