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
        .target(name: "SampleDocuments", dependencies: [.product(name: "MoUKit", package: "MoUKit")]),
        /// A plain timing loop (`swift run -c release WriterProbe`): wall and CPU time per
        /// document without the benchmark harness, for quick checks while optimising.
        .executableTarget(name: "WriterProbe", dependencies: [.product(name: "MoUKit", package: "MoUKit"), "SampleDocuments"]),
        /// Reader + review timing and peak memory (`swift run -c release ReviewProbe`).
        .executableTarget(name: "ReviewProbe", dependencies: [.product(name: "MoUKit", package: "MoUKit"), "SampleDocuments"]),
        /// `mou draft` without the process: YAML to bilingual DOCX per document, by stage.
        .executableTarget(name: "DraftProbe", dependencies: [.product(name: "MoUKit", package: "MoUKit")]),
        .executableTarget(
            name: "DraftingBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MoUKit", package: "MoUKit"),
            ],
            path: "Benchmarks/DraftingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "OfficeWriters",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MoUKit", package: "MoUKit"),
                "SampleDocuments",
            ],
            path: "Benchmarks/OfficeWriters",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        .executableTarget(
            name: "ReviewBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "MoUKit", package: "MoUKit"),
                "SampleDocuments",
            ],
            path: "Benchmarks/ReviewBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
