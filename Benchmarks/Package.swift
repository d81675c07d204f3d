// swift-tools-version: 6.1
import PackageDescription

// A separate package so that `swift test` in the root stays fast and free of benchmark
// dependencies. Run from this directory:
//   swift package --scratch-path ../.build-bench benchmark
// Linear time and bounded memory of whole `attrib segment`/`analyze` processes on one 1, 10 and
// 100 MB document in four shapes (the regression check for engine changes): `Benchmarks/linearity`;
// figures and how to read them in docs/robustness.md.
let package = Package(
    name: "AttribBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "attrib", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "AttribBenchmarks",
            dependencies: [
                .product(name: "AttribCore", package: "attrib"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "AttribBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                .product(name: "AttribCore", package: "attrib"),
                .product(name: "AttribStore", package: "attrib"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "EngineBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
    ]
)
