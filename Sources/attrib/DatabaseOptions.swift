import ArgumentParser
import AttribCore
import AttribReports
import AttribStore
import Foundation

/// `--db [PATH]`: the SQLite database analyses are recorded in and reports read from.
///
/// `--db PATH` names the file; a bare `--db` (and, for `report`, `sources` and `review`, no
/// `--db` at all) uses `$ATTRIB_DB`, else `attrib.sqlite` in the current directory.
struct DatabaseOptions: ParsableArguments {
    static let defaultFile = "attrib.sqlite"
    static let environmentVariable = "ATTRIB_DB"

    @Option(name: .customLong("db"), help: ArgumentHelp(
        "The SQLite database. A bare --db uses $ATTRIB_DB, else ./attrib.sqlite.",
        valueName: "path"))
    var db: String?

    /// True when `--db` was given (bare or with a path).
    var isGiven: Bool { db != nil }

    /// The database file: `--db PATH`, else the default.
    var path: String {
        if let db, !db.isEmpty { return db }
        return DatabaseOptions.defaultPath
    }

    /// `$ATTRIB_DB`, else `attrib.sqlite` in the current directory.
    static var defaultPath: String {
        if let env = ProcessInfo.processInfo.environment[environmentVariable], !env.isEmpty { return env }
        return defaultFile
    }

    /// Opens the database for reading; a missing file is an error that says how to make one.
    func openForReading() throws -> Store { try Store(path: path, mode: .readOnly) }

    /// Opens (creating and migrating if needed) the database for writing.
    func openForWriting() throws -> Store { try Store(path: path, mode: .readWrite) }

    /// A recorder when `--db` was given, else nil.
    func recorder(rules: RuleSet, arguments: [String] = Array(CommandLine.arguments.dropFirst())) throws -> Recorder? {
        guard isGiven else { return nil }
        return try Recorder(store: openForWriting(), rules: rules, arguments: arguments)
    }

    /// swift-argument-parser options always take a value, so a bare `--db` is rewritten to
    /// `--db=DEFAULT` (see ``defaultPath``) before parsing. `--db` is bare when it is last, or the next argument is an option,
    /// `-` (standard input), an existing directory, or a path with an input extension (`.txt`,
    /// `.md`, `.html`, `.jsonl`…): `attrib analyze corpus --db` and `attrib analyze --db corpus`
    /// both analyse `corpus` into the default database, while `--db archive.sqlite` names a file.
    static func normalize(_ arguments: [String]) -> [String] {
        var out: [String] = []
        out.reserveCapacity(arguments.count)
        var i = 0
        var terminated = false
        while i < arguments.count {
            let arg = arguments[i]
            if terminated {
                out.append(arg)
            } else if arg == "--" {
                terminated = true
                out.append(arg)
            } else if arg == "--db" {
                let next = i + 1 < arguments.count ? arguments[i + 1] : nil
                if let next, !isBare(before: next) {
                    out.append(arg)
                    out.append(next)
                    i += 1
                } else {
                    out.append("--db=" + defaultPath)
                }
            } else {
                out.append(arg)
            }
            i += 1
        }
        return out
    }

    private static func isBare(before next: String) -> Bool {
        if next.hasPrefix("-") { return true }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: next, isDirectory: &isDir), isDir.boolValue { return true }
        return InputFormat.from(path: next) != nil
    }
}

/// Records analysed documents in the store: the single writer of `analyze --db`. Documents are
/// gathered into batches, bounded in count and bytes so memory stays flat on any input, and each
/// batch is one transaction (whole documents only, whatever happens to the process). It reports
/// what it did on standard error when the run ends.
final class Recorder {
    let store: Store
    let fingerprint: String
    let run: Int64
    private(set) var recorded = 0
    private(set) var unchanged = 0
    private(set) var replaced = 0
    private(set) var failed = 0

    /// A batch is written when it holds this many documents…
    static let maxBatchDocuments = 128
    /// … or this many bytes of text (the analyses around them take several times as much).
    static let maxBatchBytes = 1 << 20

    private var pending: [PreparedDocument] = []
    private var pendingBytes = 0

    init(store: Store, rules: RuleSet, arguments: [String]) throws {
        self.store = store
        fingerprint = rules.fingerprint
        run = try store.beginRun(toolVersion: Attrib.version, rulesFingerprint: fingerprint, arguments: arguments)
    }

    /// Adds one analysis to the current batch and writes the batch when it is full. A document
    /// that cannot be written (read-only file, full disk) is rolled back and reported on standard
    /// error; the others of its batch are still recorded, and the run then stops with exit code 2.
    func record(_ document: PreparedDocument) throws {
        pending.append(document)
        pendingBytes += document.size
        if pending.count >= Recorder.maxBatchDocuments || pendingBytes >= Recorder.maxBatchBytes { try flush() }
    }

    /// Writes the current batch.
    func flush() throws {
        guard !pending.isEmpty else { return }
        let outcomes = store.record(batch: pending, rulesFingerprint: fingerprint, run: run)
        pending.removeAll(keepingCapacity: true)
        pendingBytes = 0
        for outcome in outcomes {
            switch outcome {
            case .success(.inserted): recorded += 1
            case .success(.replaced): recorded += 1; replaced += 1
            case .success(.unchanged): unchanged += 1
            case let .failure(error):
                failed += 1
                Console.error("attrib: \(error)")
            }
        }
        if failed > 0 {
            Console.error("attrib: stopped after \(failed) document\(failed == 1 ? "" : "s") could not be recorded; \(recorded) recorded and \(unchanged) unchanged in this run are in \(store.path) (running again skips them)")
            throw ExitCode(ExitStatus.inputError)
        }
    }

    /// Writes what is left, closes the run and prints a one-line summary on standard error.
    func finish() throws {
        try flush()
        try store.finishRun(run, recorded: recorded, unchanged: unchanged)
        let total = try store.documentCount()
        Console.error("attrib: recorded \(recorded) document\(recorded == 1 ? "" : "s") (\(replaced) replaced, \(unchanged) unchanged) in \(store.path); it holds \(total) document\(total == 1 ? "" : "s")")
        try store.close()
    }
}
