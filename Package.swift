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
    .target(name: "MinutesCore"),
    .target(name: "FollowUp", dependencies: ["MinutesCore"]),
    .executableTarget(name: "followup-cli", dependencies: ["MinutesCore", "FollowUp"]),
    .testTarget(name: "MinutesCoreTests", dependencies: ["MinutesCore"]),
    .testTarget(name: "FollowUpTests", dependencies: ["FollowUp", "MinutesCore", "followup-cli"]),
  ]
)
