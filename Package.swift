// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "followup",
  products: [
    .library(name: "MinutesCore", targets: ["MinutesCore"]),
    .library(name: "FollowUp", targets: ["FollowUp"]),
    .executable(name: "followup", targets: ["followup-cli"]),
  ],
  targets: [
    .systemLibrary(
      name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"])]),
    .target(name: "MinutesCore"),
    .target(name: "FollowUp", dependencies: ["MinutesCore", "CSQLite"]),
    .executableTarget(name: "followup-cli", dependencies: ["MinutesCore", "FollowUp"]),
    .executableTarget(name: "followup-bench", dependencies: ["MinutesCore", "FollowUp"]),
    .testTarget(name: "MinutesCoreTests", dependencies: ["MinutesCore"], exclude: ["Fixtures"]),
    .testTarget(
      name: "FollowUpTests", dependencies: ["FollowUp", "MinutesCore", "followup-cli", "followup-bench"],
      exclude: ["Fixtures", "Snapshots"]),
  ]
)

// The libFuzzer targets (Scripts/fuzz.sh): added only when FOLLOWUP_FUZZ=1, so that an ordinary
// build never needs the fuzzer runtime. One over documents (reader, engine, export), one over
// store files (bit flips, truncation, crafted schema and rows), one over command lines (the
// CLI's own sources, through the `Fuzz/CLI/cli` link, without its entry point).
if Context.environment["FOLLOWUP_FUZZ"] == "1" {
  let fuzz: [(name: String, path: String, exclude: [String])] = [
    ("followup-fuzz", "Fuzz/Reader", []), ("followup-fuzz-store", "Fuzz/Store", []),
    ("followup-fuzz-cli", "Fuzz/CLI", ["cli/Entrypoint.swift"]),
  ]
  package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/Driver"))
  for target in fuzz {
    package.targets.append(
      .executableTarget(
        name: target.name, dependencies: ["MinutesCore", "FollowUp", "CSQLite", "FuzzDriver"], path: target.path,
        exclude: target.exclude, swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
  }
}
