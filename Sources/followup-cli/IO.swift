import FollowUp
import Foundation

/// Where a command writes: data to `out`, messages to `err`; plus the environment it may read.
final class IO {
  private var outBuffer: [UInt8] = []
  private let writeOut: ([UInt8]) -> Void
  private let writeErr: (String) -> Void
  /// The process environment (tests pass their own).
  let environment: [String: String]
  /// Standard output is a terminal (colour allowed unless `NO_COLOR` or `TERM=dumb`).
  let isTerminal: Bool
  /// The working directory.
  let currentDirectory: String
  /// The width of the terminal standard output is, in columns; `nil` when it is none.
  let terminalWidth: Int?

  init(
    environment: [String: String], isTerminal: Bool, currentDirectory: String, terminalWidth: Int? = nil,
    writeOut: @escaping ([UInt8]) -> Void, writeErr: @escaping (String) -> Void
  ) {
    self.environment = environment
    self.isTerminal = isTerminal
    self.currentDirectory = currentDirectory
    self.terminalWidth = isTerminal ? (terminalWidth ?? IO.columns(environment) ?? 100) : nil
    self.writeOut = writeOut
    self.writeErr = writeErr
  }

  /// `$COLUMNS`, when it is a width.
  static func columns(_ environment: [String: String]) -> Int? {
    environment["COLUMNS"].flatMap { Int($0) }.flatMap { (20...10_000).contains($0) ? $0 : nil }
  }

  /// The width of the terminal on standard output, as the terminal says it.
  static func windowWidth() -> Int? {
    var size = winsize()
    guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// The process's own streams.
  static func standard() -> IO {
    let terminal = isatty(1) == 1
    return IO(
      environment: ProcessInfo.processInfo.environment, isTerminal: terminal,
      currentDirectory: FileManager.default.currentDirectoryPath, terminalWidth: terminal ? windowWidth() : nil,
      writeOut: { bytes in
        bytes.withUnsafeBufferPointer { p in
          guard let base = p.baseAddress else { return }
          var offset = 0
          while offset < p.count {
            let n = Foundation.write(1, base + offset, p.count - offset)
            if n <= 0 { break }
            offset += n
          }
        }
      },
      writeErr: { s in FileHandle.standardError.write(Data(s.utf8)) })
  }

  /// Captures both streams in strings (tests).
  static func capturing(environment: [String: String] = [:], currentDirectory: String = ".")
    -> (IO, () -> String, () -> String)
  {
    final class Box: @unchecked Sendable {
      var out: [UInt8] = []
      var err = ""
    }
    let box = Box()
    let io = IO(
      environment: environment, isTerminal: false, currentDirectory: currentDirectory,
      writeOut: { box.out += $0 }, writeErr: { box.err += $0 })
    return (io, { io.flush(); return String(decoding: box.out, as: UTF8.self) }, { box.err })
  }

  /// Writes data.
  func print(_ s: String, terminator: String = "\n") {
    outBuffer.append(contentsOf: s.utf8)
    outBuffer.append(contentsOf: terminator.utf8)
    if outBuffer.count > 1 << 16 { flush() }
  }

  /// Writes data as it is (binary formats).
  func write(_ bytes: [UInt8]) {
    outBuffer.append(contentsOf: bytes)
    if outBuffer.count > 1 << 16 { flush() }
  }

  /// Writes a message; control characters in it (from a file name, say) are escaped, line
  /// breaks kept.
  func error(_ s: String) {
    writeErr(s.split(separator: "\n", omittingEmptySubsequences: false).map { Terminal.escaped(String($0)) }
      .joined(separator: "\n") + "\n")
  }

  /// Sends buffered data.
  func flush() {
    if !outBuffer.isEmpty {
      writeOut(outBuffer)
      outBuffer.removeAll(keepingCapacity: true)
    }
  }

  /// Colour is allowed: a terminal, `NO_COLOR` unset, `TERM` not `dumb`.
  var useColor: Bool {
    isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
  }

  /// Who runs the command: `$USER`, else the login name of the process's user, else `ukendt`.
  var userName: String {
    if let u = environment["USER"], !u.isEmpty { return u }
    if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name {
      let s = String(cString: name)
      if !s.isEmpty { return s }
    }
    return "ukendt"
  }
}

/// A `TextOutputStream` over `IO.print`.
struct IOStream: TextOutputStream {
  let io: IO
  mutating func write(_ string: String) { io.print(string, terminator: "") }
}
