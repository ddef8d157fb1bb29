import MinutesCore
import Testing

@Suite struct DocumentTextTests {
  static let sample = "REFERAT Direktionen d. 02-10-2024\nMødested Udvalgsværelse 1, Lemvig Rådhus\nÆble og Ågård"

  @Test func utf8WithAndWithoutBOM() throws {
    let plain = try DocumentText(decoding: Array(Self.sample.utf8), file: "a")
    #expect(plain.text == Self.sample)
    #expect(plain.encoding == .utf8)
    let bom = try DocumentText(decoding: [0xEF, 0xBB, 0xBF] + Array(Self.sample.utf8), file: "a")
    #expect(bom.text == Self.sample)
  }

  @Test func utf16WithBOM() throws {
    var le: [UInt8] = [0xFF, 0xFE]
    var be: [UInt8] = [0xFE, 0xFF]
    for u in Self.sample.utf16 {
      le += [UInt8(u & 0xFF), UInt8(u >> 8)]
      be += [UInt8(u >> 8), UInt8(u & 0xFF)]
    }
    #expect(try DocumentText(decoding: le, file: "a").text == Self.sample)
    #expect(try DocumentText(decoding: be, file: "a").encoding == .utf16BE)
    #expect(try DocumentText(decoding: be, file: "a").text == Self.sample)
  }

  @Test func windows1252() throws {
    // "Mødested – Rådhus" in Windows-1252: ø = F8, – = 96, å = E5.
    let bytes: [UInt8] = Array("M".utf8) + [0xF8] + Array("dested ".utf8) + [0x96] + Array(" R".utf8) + [0xE5] + Array("dhus".utf8)
    let d = try DocumentText(decoding: bytes, file: "a")
    #expect(d.encoding == .windows1252)
    #expect(d.text == "Mødested – Rådhus")
  }

  @Test func repairsDoubleEncodedUTF8() throws {
    let broken = "MÃ¸dedato Ã¦ble Ã¥ Ã¸"
    let d = try DocumentText(decoding: Array(broken.utf8), file: "a")
    #expect(d.text == "Mødedato æble å ø")
    #expect(d.repairedMojibake)
  }

  @Test func lineEndsSpacesAndInvisibles() {
    let t = DocumentText.normalize("a\r\nb\rc\u{00A0}d\u{00AD}e\u{200B}f\u{0C}g")
    #expect(t == "a\nb\nc def\u{0C}g")
  }

  @Test func decomposedLettersAreComposed() {
    let decomposed = "Ra\u{030A}dhus"
    #expect(DocumentText.normalize(decomposed) == "Rådhus")
  }

  @Test func emptyBinaryAndPDF() {
    #expect(throws: MinutesError.empty(file: "e")) { try DocumentText(decoding: [], file: "e") }
    #expect(throws: MinutesError.empty(file: "e")) { try DocumentText(decoding: Array(" \n\t\n".utf8), file: "e") }
    #expect(throws: MinutesError.binary(file: "b")) { try DocumentText(decoding: [0x00, 0x01, 0x02, 0x41], file: "b") }
    #expect(throws: MinutesError.pdf(file: "p")) { try DocumentText(decoding: Array("%PDF-1.7".utf8), file: "p") }
  }
}
