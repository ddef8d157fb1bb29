/// Reads the dates, periods, times and meeting references in Danish text.
///
/// The reader is a hand-written scanner over the UTF-8 bytes (see `WordScanner`): no regular
/// expressions, one pass over the tokens, each shape bounded by a few tokens, and one keyword
/// table (`TemporalVocabulary`). The shapes, by family (`TemporalScan+*.swift`):
///
/// - days (`+Days`): `d. 04-12-2024`, `1.1.2025`, `d. 16.12.2014`, `den 9. oktober 2024`,
///   `25 .september 2025`, `Onsdag d. 04. december 2024 kl. 09:00`, `Onsdag den 26-03-2008
///   kl. 17:00`, `den 5. december` and `d. 6. december` (year from the reference day); slash
///   dates `1/11-2024`, `1/11 2024`, `14/12 2005`, `den 30/1 2008`; English CMS dates
///   `Onsdag, April 3, 2019 - 18:00`; ranges and lists `den 19. -20. september 2024`,
///   `12. og 13. november 2024`;
/// - periods (`+Periods`): `i oktober 2024`, `i januar`, `til mødet i februar`, `primo 2024`,
///   `ultimo marts`, `første kvartal i 2024`, `i løbet af 2025`, `uge 40-41`,
///   `i efteråret 2024`, `til foråret`, `inden udgangen af 2024`;
/// - holidays (`+Holidays`): `inden jul`, `efter påske` (Easter computed),
///   `efter sommerferien`, `i efterårsferien 2025`;
/// - relative (`+Relative`): `i dag`, `i morgen`, `næste uge`, `inden for 14 dage`,
///   `om to uger`, a bare weekday (`drøftes igen onsdag`: the next one after the reference day)
///   and durations (`udsættes 14 dage`, `en måned`, `3 uger`);
/// - `næste møde` and its kin, a reference to the committee's next meeting;
/// - times (`+Clock`): `kl. 15.45`, `kl. 13.00 - 15.30`, `kl. 18.30 - 20.30`, `9:30-11:00`.
///
/// Numbers that are not dates (`70 år`, `500.000 kr.`, `1/3 af`, `senest 6 måneder efter ...`)
/// give nothing.
public struct TemporalReader: Sendable {
  /// The day the text was written (a meeting's date); relative expressions and missing years are
  /// read from it.
  public var reference: Day

  /// Creates a reader for text written on `reference`.
  public init(reference: Day) {
    self.reference = reference
  }

  /// All expressions in `text`, in order.
  public func expressions(in text: String) -> [TemporalExpression] {
    var copy = text
    return copy.withUTF8 { buffer in
      var tokens: [WordToken] = []
      tokens.reserveCapacity(64)
      return expressions(in: buffer, tokens: &tokens)
    }
  }

  /// All expressions in UTF-8 `bytes`, using `tokens` as scratch space.
  func expressions(in bytes: UnsafeBufferPointer<UInt8>, tokens: inout [WordToken])
    -> [TemporalExpression]
  {
    WordScanner.scan(bytes, into: &tokens)
    var out: [TemporalExpression] = []
    var scan = TemporalScan(tokens: tokens, bytes: bytes, reference: reference)
    var i = 0
    var lastEnd = 0
    while i < tokens.count {
      if let (expr, next) = scan.match(at: i, notBefore: lastEnd) {
        out.append(expr)
        lastEnd = next
        i = next
      } else {
        i += 1
      }
    }
    return out
  }
}
