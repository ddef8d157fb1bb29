import FollowUp
import FuzzDriver
import MinutesCore

// The libFuzzer target over documents, built only by `Scripts/fuzz.sh` (FOLLOWUP_FUZZ=1 adds
// it to the package). Every input goes through the reader, the engine and the export; a crash,
// a sanitizer report or a timeout is a failure, and libFuzzer writes the input that caused it.

/// One input through the reader, the engine and the export.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  guard let meeting = try? MinutesParser.parse(bytes: bytes, source: "fuzz") else { return 0 }
  let register = Register(meetings: [meeting])
  _ = Export.document(register, options: .init(asOf: Day(year: 2025, month: 1, day: 1)!)).compact()
  return 0
}

/// SwiftPM names an executable's entry `<module>_main`; this one hands the process to libFuzzer.
@_cdecl("followup_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runLibFuzzer(argc, argv, fuzzOne)
}
