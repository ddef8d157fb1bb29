import Foundation
import FollowUp
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
    case "mutate":
      // followup-bench mutate COUNT SEED FILES...: reads mutated documents; exits 1 on a hang.
      guard args.count >= 4, let n = Int(args[1]), let seed = UInt64(args[2]) else {
        print("usage: followup-bench mutate COUNT SEED FILES...")
        exit(64)
      }
      let seeds = args.dropFirst(3).compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
      var m = Mutator(rng: SplitMix(seed: seed))
      var read = 0
      var slowest = 0.0
      var batch: [Meeting] = []
      let start = Date()
      for i in 0..<n {
        let input = m.mutate(seeds[i % seeds.count])
        let t = Date()
        if let meeting = try? MinutesParser.parse(bytes: input, source: "mutant-\(i)") {
          read += 1
          batch.append(meeting)
          // The engine over a few mutants at a time, with a report and an export of them.
          if batch.count == 16 {
            let r = Register(meetings: batch)
            _ = Export.document(r, options: .init(asOf: Day(year: 2025, month: 1, day: 1)!)).compact()
            batch.removeAll()
          }
        }
        let dt = Date().timeIntervalSince(t)
        slowest = max(slowest, dt / Double(max(1, input.count)) * 1_000_000)
        if dt > 5 {
          print("input \(i) took \(dt) s")
          exit(1)
        }
      }
      print(String(format: "%d inputs, %d read as minutes, %.1f s, slowest %.2f µs/byte", n, read, Date().timeIntervalSince(start), slowest))
    case "scale":
      // followup-bench scale: time per byte at growing sizes; exits 1 when it is not linear.
      if !Scale.run().isEmpty { exit(1) }
    case "temporal":
      let seconds = args.count > 1 ? Double(args[1]) ?? 2 : 2
      temporal(seconds: seconds)
    default:
      print("usage: followup-bench generate COUNT FOLDER [SEED] [COMMITTEES] | mutate COUNT SEED FILES... | scale | temporal [SECONDS]")
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
