import Foundation
import MinutesCore

/// `followup-bench`: the benchmark's helpers. `generate` writes a reproducible corpus;
/// `temporal` measures the temporal reader's throughput in expressions per second.
@main
enum Bench {
  static func main() throws {
    let args = Array(CommandLine.arguments.dropFirst())
    switch args.first {
    case "generate":
      guard args.count >= 3, let n = Int(args[1]) else {
        print("usage: followup-bench generate COUNT FOLDER [SEED] [COMMITTEES]")
        exit(64)
      }
      let seed = args.count > 3 ? UInt64(args[3]) ?? 42 : 42
      let committees = args.count > 4 ? Int(args[4]) ?? 50 : 50
      var g = CorpusGenerator(seed: seed, committeeCount: committees)
      let bytes = try g.write(count: n, to: args[2])
      print("\(n) meetings, \(bytes) bytes in \(args[2])")
    case "temporal":
      let seconds = args.count > 1 ? Double(args[1]) ?? 2 : 2
      temporal(seconds: seconds)
    default:
      print("usage: followup-bench generate COUNT FOLDER [SEED] [COMMITTEES] | temporal [SECONDS]")
      exit(64)
    }
  }

  /// Reads a fixed set of sentences over and over; prints expressions per second.
  static func temporal(seconds: Double) {
    let sentences = [
      "Sagen udsættes til næste uge.", "Drøftes igen 2. oktober 2024.",
      "Projektbeskrivelse fremsendes til Direktionen i oktober 2024.",
      "Direktionen behandler seniorpartnerskabet i første kvartal i 2024.",
      "Beslutning fra Direktionens møde den 25. september 2024, pkt. 8:",
      "MED-aftalen revideres i løbet af 2025 i en inddragende proces.",
      "Onsdag d. 04. december 2024 kl. 09:00", "prøvevalget i uge 40-41 og skyggevalg primo 2025",
      "Der er lederforum på Nørre Vosborg den 19. -20. september 2024.",
      "Udarbejder notat til Direktionen til mødet den 9. oktober 2024.",
    ]
    let reader = TemporalReader(reference: Day(year: 2024, month: 10, day: 2)!)
    var count = 0
    var rounds = 0
    let start = Date()
    while Date().timeIntervalSince(start) < seconds {
      for _ in 0..<1000 {
        for s in sentences { count += reader.expressions(in: s).count }
      }
      rounds += 1
    }
    let elapsed = Date().timeIntervalSince(start)
    print(String(format: "%.0f expressions/s (%d expressions, %d sentences, %.2f s)", Double(count) / elapsed, count, rounds * 1000 * sentences.count, elapsed))
  }
}
