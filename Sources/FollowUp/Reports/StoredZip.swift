/// A ZIP archive whose entries are stored, not compressed (method 0), with CRC-32 (PKWARE
/// APPNOTE 4.3): what an Office Open XML package needs, in a few lines and no library.
/// Without ZIP64, sizes past 4 GiB are not written right (they are clamped, never a crash);
/// a workbook that large is far past what Excel opens.
struct StoredZip {
  /// The entries in order: name (ASCII, `/` as separator) and content.
  var entries: [(name: String, bytes: [UInt8])] = []
  /// The modification time written for every entry (MS-DOS form, local time as given).
  var modified: UTCTime

  /// Adds an entry.
  mutating func add(_ name: String, _ text: String) { entries.append((name, Array(text.utf8))) }

  /// The archive.
  var bytes: [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    let c = modified.day.components
    let time = UInt16(modified.hour << 11 | modified.minute << 5 | modified.second / 2)
    // MS-DOS dates run from 1980 to 2107.
    let date = UInt16(min(127, max(0, c.year - 1980)) << 9 | c.month << 5 | c.day)
    for (name, data) in entries {
      let nameBytes = Array(name.utf8)
      let crc = CRC32.checksum(data)
      let offset = UInt32(clamping: out.count)
      // Local file header.
      out.le32(0x0403_4B50)
      out.le16(20)  // version needed: 2.0
      out.le16(0)  // flags
      out.le16(0)  // stored
      out.le16(time)
      out.le16(date)
      out.le32(crc)
      out.le32(UInt32(clamping: data.count))
      out.le32(UInt32(clamping: data.count))
      out.le16(UInt16(clamping: nameBytes.count))
      out.le16(0)
      out += nameBytes
      out += data
      // Its central directory record.
      central.le32(0x0201_4B50)
      central.le16(20)  // made by: 2.0, MS-DOS attributes
      central.le16(20)
      central.le16(0)
      central.le16(0)
      central.le16(time)
      central.le16(date)
      central.le32(crc)
      central.le32(UInt32(clamping: data.count))
      central.le32(UInt32(clamping: data.count))
      central.le16(UInt16(clamping: nameBytes.count))
      central.le16(0)  // extra
      central.le16(0)  // comment
      central.le16(0)  // disk
      central.le16(0)  // internal attributes
      central.le32(0)  // external attributes
      central.le32(offset)
      central += nameBytes
    }
    let centralOffset = UInt32(clamping: out.count)
    out += central
    // End of central directory.
    out.le32(0x0605_4B50)
    out.le16(0)
    out.le16(0)
    out.le16(UInt16(clamping: entries.count))
    out.le16(UInt16(clamping: entries.count))
    out.le32(UInt32(clamping: central.count))
    out.le32(centralOffset)
    out.le16(0)
    return out
  }
}

/// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320), as ZIP and PNG use it.
enum CRC32 {
  static let table: [UInt32] = (0..<256).map { n in
    var c = UInt32(n)
    for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
    return c
  }

  /// The checksum of bytes.
  static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var c: UInt32 = 0xFFFF_FFFF
    for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
    return c ^ 0xFFFF_FFFF
  }
}

extension [UInt8] {
  mutating func le16(_ v: UInt16) {
    append(UInt8(v & 0xFF))
    append(UInt8(v >> 8))
  }

  mutating func le32(_ v: UInt32) {
    for s in stride(from: 0, to: 32, by: 8) { append(UInt8((v >> UInt32(s)) & 0xFF)) }
  }
}
