// swift-tools-version:6.1
import PackageDescription

/// Benchmarks live outside the main package so `swift test` never runs them (DESIGN.md).
/// Run: `cd Benchmarks && swift package benchmark`.
let package = Package(
    name: "MoUKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "MoUKit", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "OfficeWriters",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MoUKit", package: "MoUKit"),
            ],
            path: "Benchmarks/OfficeWriters",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
