import Foundation
import MinutesCore

/// The JSON the store keeps readings and links in, with a value that does not decode
/// reported as a damaged row.
final class StoreCoder {
  private let encoder = JSONEncoder()
  private let decoder = JSONDecoder()

  /// A value as JSON text.
  func encode<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// A value from a column of JSON text.
  /// - Throws: `DamagedValue` when the text is not the value.
  func decode<T: Decodable>(_ type: T.Type, _ row: StoreRow, _ column: String) throws -> T {
    do {
      return try decoder.decode(type, from: Data(row.text(column).utf8))
    } catch {
      throw DamagedValue(detail: "ulæselig værdi i \(column)")
    }
  }

  /// A value from JSON text (not from a row).
  func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
    try decoder.decode(type, from: Data(text.utf8))
  }
}
