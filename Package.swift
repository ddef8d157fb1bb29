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

// The libFuzzer target (Scripts/fuzz.sh): added only when FOLLOWUP_FUZZ=1, so that an ordinary
// build never needs the fuzzer runtime.
if Context.environment["FOLLOWUP_FUZZ"] == "1" {
  package.targets.append(
    .executableTarget(
      name: "followup-fuzz", dependencies: ["MinutesCore", "FollowUp"], path: "Fuzz",
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]))
}
