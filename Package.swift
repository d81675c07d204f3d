// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "attrib",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "attrib", targets: ["attrib"]),
        .library(name: "AttribCore", targets: ["AttribCore"]),
        .library(name: "AttribStore", targets: ["AttribStore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .target(
            name: "AttribCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "AttribReports",
            dependencies: ["AttribCore"]
        ),
        .target(
            name: "AttribStore",
            dependencies: [
                "AttribCore",
                "AttribReports",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "attrib",
            dependencies: [
                "AttribCore",
                "AttribReports",
                "AttribStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "AttribCoreTests",
            dependencies: ["AttribCore", "TestSupport"]
        ),
        // Hand-made analyses and sample pages shared by the test targets.
        .target(
            name: "TestSupport",
            dependencies: ["AttribCore"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "AttribReportsTests",
            dependencies: ["AttribReports", "AttribCore", "TestSupport"],
            exclude: ["Golden"]  // read through #filePath, like CheckTests' goldens
        ),
        .testTarget(
            name: "AttribStoreTests",
            dependencies: ["AttribStore", "AttribReports", "AttribCore", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "CheckTests",
            dependencies: ["AttribCore", "AttribReports", "attrib", "TestSupport"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "attribTests",
            dependencies: ["attrib", "TestSupport"]
        ),
    ]
)
