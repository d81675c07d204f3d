import Foundation
import Testing

/// Runs the built `attrib` executable, as a user would.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Data
    }

    /// The `attrib` binary next to this test bundle, in whatever scratch path the build used.
    /// `ATTRIB_BINARY` overrides the search.
    static let binary: URL? = {
        let fm = FileManager.default
        func executable(in dir: URL) -> URL? {
            let candidate = dir.appendingPathComponent("attrib")
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
                  fm.isExecutableFile(atPath: candidate.path) else { return nil }
            return candidate
        }
        if let path = ProcessInfo.processInfo.environment["ATTRIB_BINARY"] { return URL(fileURLWithPath: path) }
        // The products directory holds both the test bundle and the executable:
        // Linux  <scratch>/debug/attribPackageTests.xctest (an executable)
        // macOS  <scratch>/debug/attribPackageTests.xctest/Contents/MacOS/attribPackageTests
        var starts: [URL] = []
        for bundle in Bundle.allBundles + [Bundle.main] {
            starts.append(bundle.bundleURL)
            if let exe = bundle.executableURL { starts.append(exe) }
        }
        starts.append(URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath())
        for start in starts {
            var dir = start.deletingLastPathComponent()
            for _ in 0..<4 {
                if let found = executable(in: dir) { return found }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }()

    /// A fresh temporary directory, removed by the caller with `cleanUp`.
    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("attrib-cli-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func cleanUp(_ dir: URL) { try? FileManager.default.removeItem(at: dir) }

    /// Runs `attrib` with `arguments` in `directory`, feeding `stdin`.
    static func run(_ arguments: [String], in directory: URL? = nil, stdin: Data = Data(),
                    environment: [String: String] = [:]) throws -> Result {
        let binary = try #require(CLI.binary, "attrib executable not found next to the test bundle; set ATTRIB_BINARY")
        let scratch = try temporaryDirectory()
        defer { cleanUp(scratch) }
        let inURL = scratch.appendingPathComponent("stdin")
        let outURL = scratch.appendingPathComponent("stdout")
        let errURL = scratch.appendingPathComponent("stderr")
        try stdin.write(to: inURL)
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        let output = try FileHandle(forWritingTo: outURL)
        let errors = try FileHandle(forWritingTo: errURL)
        defer {
            try? input.close()
            try? output.close()
            try? errors.close()
        }

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        }
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let out = try Data(contentsOf: outURL)
        let err = try Data(contentsOf: errURL)
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self), stdoutBytes: out)
    }

    static func run(_ arguments: [String], in directory: URL? = nil, stdin: String) throws -> Result {
        try run(arguments, in: directory, stdin: Data(stdin.utf8))
    }
}

/// A temporary directory of fixture files, deleted when the test ends.
final class Fixture {
    let root: URL

    init() throws { root = try CLI.temporaryDirectory() }
    deinit { CLI.cleanUp(root) }

    @discardableResult
    func write(_ relativePath: String, _ text: String) throws -> String {
        try write(relativePath, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ relativePath: String, bytes: [UInt8]) throws -> String {
        let url = root.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return relativePath
    }

    func run(_ arguments: [String], stdin: String = "") throws -> CLI.Result {
        try CLI.run(arguments, in: root, stdin: stdin)
    }

    func bytes(_ relativePath: String) throws -> [UInt8] {
        Array(try Data(contentsOf: root.appendingPathComponent(relativePath)))
    }
}

/// The `segment --format json` document shape, decoded strictly.
struct SegmentOutput: Decodable, Equatable {
    var version: Int
    var documents: [Document]

    struct Document: Decodable, Equatable {
        var path: String?
        var id: String?
        var sentences: [Sentence]
    }

    struct Sentence: Decodable, Equatable {
        var start: Int
        var end: Int
        var line: Int
        var column: Int
        var text: String
    }
}
