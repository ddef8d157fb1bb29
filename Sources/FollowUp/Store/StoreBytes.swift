import MinutesCore

/// Values written one after the other as bytes: integers as variable-length numbers, text as
/// its length and its UTF-8, optional values behind a flag. What the store keeps a document's
/// reading in: a reading is read back once for each document linked, so it must be quick.
struct ByteWriter {
  private(set) var bytes: [UInt8] = []

  init() { bytes.reserveCapacity(4096) }

  mutating func int(_ v: Int) {
    // Zig-zag, then seven bits a byte.
    var u = UInt64(bitPattern: Int64(v) << 1 ^ Int64(v) >> 63)
    while u >= 0x80 {
      bytes.append(UInt8(u & 0x7F) | 0x80)
      u >>= 7
    }
    bytes.append(UInt8(u))
  }

  mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

  mutating func string(_ s: String) {
    var s = s
    s.withUTF8 { u in
      int(u.count)
      bytes.append(contentsOf: u)
    }
  }

  mutating func optional<T>(_ v: T?, _ write: (inout ByteWriter, T) -> Void) {
    guard let v else {
      bytes.append(0)
      return
    }
    bytes.append(1)
    write(&self, v)
  }

  mutating func array<T>(_ list: [T], _ write: (inout ByteWriter, T) -> Void) {
    int(list.count)
    for v in list { write(&self, v) }
  }

  mutating func day(_ d: Day?) { optional(d) { $0.int($1.ordinal) } }

  mutating func name<E: RawRepresentable>(_ e: E) where E.RawValue == String { string(e.rawValue) }
}

/// Reads what `ByteWriter` wrote; anything else (cut short, a name no type has) throws.
struct ByteReader {
  /// Bytes that are not what was written.
  struct Damaged: Error {}

  private let bytes: [UInt8]
  private var at = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Whether every byte was read.
  var isAtEnd: Bool { at == bytes.count }

  mutating func byte() throws -> UInt8 {
    guard at < bytes.count else { throw Damaged() }
    defer { at += 1 }
    return bytes[at]
  }

  mutating func int() throws -> Int {
    var u: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let b = try byte()
      guard shift < 64 else { throw Damaged() }
      u |= UInt64(b & 0x7F) << shift
      if b < 0x80 { break }
      shift += 7
    }
    return Int(Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1))
  }

  mutating func bool() throws -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw Damaged()
    }
  }

  mutating func string() throws -> String {
    let n = try int()
    guard n >= 0, n <= bytes.count - at else { throw Damaged() }
    defer { at += n }
    return String(decoding: bytes[at..<(at + n)], as: UTF8.self)
  }

  mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
    try bool() ? try read(&self) : nil
  }

  mutating func array<T>(_ read: (inout ByteReader) throws -> T) throws -> [T] {
    let n = try int()
    guard n >= 0, n <= bytes.count - at else { throw Damaged() }
    var out: [T] = []
    out.reserveCapacity(n)
    for _ in 0..<n { out.append(try read(&self)) }
    return out
  }

  mutating func day() throws -> Day? { try optional { Day(ordinal: try $0.int()) } }

  mutating func name<E: RawRepresentable>(_ type: E.Type) throws -> E where E.RawValue == String {
    guard let e = E(rawValue: try string()) else { throw Damaged() }
    return e
  }
}
