extension DocumentText {
  /// Decodes a saved web page and reads its text (`HTMLText`): the charset from the byte-order
  /// mark or the page's declaration (`HTMLCharset`), the lines a browser shows in the Markdown
  /// forms the reader knows, then the normalisation of `init(decoding:file:)`.
  /// - Parameters:
  ///   - bytes: The page as saved (`.html`, `.htm`).
  ///   - file: The file name, for errors.
  /// - Throws: `MinutesError.pdf` for a PDF, `.binary` for bytes that are not text, `.empty`
  ///   when the page shows no text.
  public init(decodingHTML bytes: [UInt8], file: String) throws {
    if bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) { throw MinutesError.pdf(file: file) }
    let isUTF16 = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    if !isUTF16, DocumentText.looksBinary(bytes) { throw MinutesError.binary(file: file) }
    let (source, encoding) = HTMLCharset.decode(bytes)
    var text = HTMLText.text(fromHTML: source)
    var repaired = false
    if encoding != .windows1252, encoding != .iso885915,
      let fixed = DocumentText.repairMojibake(text)
    {
      text = fixed
      repaired = true
    }
    let normalized = DocumentText.normalize(text)
    if normalized.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0C }) {
      throw MinutesError.empty(file: file)
    }
    self.init(text: normalized, encoding: encoding, repairedMojibake: repaired)
  }
}
