import FollowUp
import Foundation
import MinutesCore

/// Reads a people file.
enum PeopleFileLoader {
  static func load(_ path: String) throws -> PeopleFile {
    let bytes: [UInt8]
    switch SourceLoader.read(path) {
    case .success(let b): bytes = b
    case .failure(let e):
      throw CLIError(message: "\(Terminal.escaped(path)): personfilen \(e.reason)", code: .noInput)
    }
    do {
      var file = try JSONDecoder().decode(PeopleFile.self, from: Data(bytes))
      file.source = path
      return file
    } catch let e as DecodingError {
      throw CLIError(message: "\(Terminal.escaped(path)): ikke en personfil (\(reason(e)))", code: .dataError)
    } catch {
      throw CLIError(message: "\(Terminal.escaped(path)): ikke en personfil", code: .dataError)
    }
  }

  /// What is wrong with the JSON, in Danish, with where.
  static func reason(_ e: DecodingError) -> String {
    func place(_ path: [any CodingKey]) -> String {
      path.isEmpty ? "" : " ved " + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
    switch e {
    case .dataCorrupted(let c): return "ugyldig JSON" + place(c.codingPath)
    case .keyNotFound(let k, let c): return "mangler '\(k.stringValue)'" + place(c.codingPath)
    case .typeMismatch(_, let c), .valueNotFound(_, let c): return "forkert type" + place(c.codingPath)
    @unknown default: return "ugyldig JSON"
    }
  }
}
