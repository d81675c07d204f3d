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
/// gathered into batches (``Store/batchDocuments``, ``Store/batchBytes``) and each batch is one
/// transaction, written on a writer thread while the next batch is analysed. At most two batches
/// wait for the writer, so memory stays flat on any input. Batches are written in input order, so
/// the database does not depend on `--jobs`. It reports what it did on standard error when the run ends.
final class Recorder: @unchecked Sendable {
    let store: Store
    let fingerprint: String
    let run: Int64

    // The main thread's: the batch being gathered.
    private var pending: [PreparedDocument] = []
    private var pendingBytes = 0

    // The writer's, read by the main thread under `lock` or after the writer is drained.
    private let writer = DispatchQueue(label: "attrib.recorder")
    private let waiting = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var recorded = 0
    private var unchanged = 0
    private var replaced = 0
    private var failures: [StoreError] = []

    init(store: Store, rules: RuleSet, arguments: [String]) throws {
        self.store = store
        fingerprint = rules.fingerprint
        run = try store.beginRun(toolVersion: Attrib.version, rulesFingerprint: fingerprint, arguments: arguments)
    }

    /// Adds one analysis to the current batch and hands the batch to the writer when it is full.
    /// A document that cannot be written (full disk, I/O error) is rolled back and reported on
    /// standard error; the others of its batch are still recorded, no later batch is written, and
    /// the run stops with exit code 2.
    func record(_ document: PreparedDocument) throws {
        pending.append(document)
        pendingBytes += document.size
        if pending.count >= Store.batchDocuments || pendingBytes >= Store.batchBytes { try handOver() }
    }

    private func handOver() throws {
        try stopIfFailed()
        guard !pending.isEmpty else { return }
        let batch = pending
        pending.removeAll(keepingCapacity: true)
        pendingBytes = 0
        waiting.wait()
        writer.async { [self] in
            defer { waiting.signal() }
            if lock.withLock({ !failures.isEmpty }) { return }
            let outcomes = store.record(batch: batch, rulesFingerprint: fingerprint, run: run)
            lock.withLock {
                for outcome in outcomes {
                    switch outcome {
                    case .success(.inserted): recorded += 1
                    case .success(.replaced): recorded += 1; replaced += 1
                    case .success(.unchanged): unchanged += 1
                    case let .failure(error): failures.append(error)
                    }
                }
            }
        }
    }

    /// Once the writer has failed: waits for it, prints every failure and what was kept, and
    /// stops the run.
    private func stopIfFailed() throws {
        guard lock.withLock({ !failures.isEmpty }) else { return }
        writer.sync {}
        // The writer is idle now: its counts are safe to read.
        for error in failures { Console.error("attrib: \(error)") }
        let n = failures.count
        Console.error("attrib: stopped: \(n) document\(n == 1 ? "" : "s") could not be recorded; \(recorded) recorded and \(unchanged) unchanged in this run are in \(store.path) (running again skips them)")
        throw ExitCode(ExitStatus.inputError)
    }

    /// Writes what is left, closes the run and prints a one-line summary on standard error.
    func finish() throws {
        try handOver()
        writer.sync {}
        try stopIfFailed()
        try store.finishRun(run, recorded: recorded, unchanged: unchanged)
        let total = try store.documentCount()
        Console.error("attrib: recorded \(recorded) document\(recorded == 1 ? "" : "s") (\(replaced) replaced, \(unchanged) unchanged) in \(store.path); it holds \(total) document\(total == 1 ? "" : "s")")
        try store.close()
    }
}
