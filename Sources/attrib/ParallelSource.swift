import AttribCore
import ArgumentParser
import AttribReports
import Dispatch
import Foundation

extension DocumentSource {
    /// Like `forEach`, but `transform` (the analysis) runs on up to `jobs` threads. Documents are
    /// gathered into batches bounded in count and bytes, so memory stays flat on any input size,
    /// and `body` (output, the database writer) sees results one at a time in input order — so
    /// output and database contents are identical whatever the job count.
    mutating func forEach<T>(_ options: JobsOptions, transform: @escaping @Sendable (SourceDocument) throws -> T,
                             _ body: (SourceDocument, T) throws -> Void) throws {
        var progress = Progress(enabled: !options.quiet, totalBytes: totalBytes())
        defer { progress.finish() }
        let jobs = max(1, options.count)
        if jobs == 1 {
            try forEach { doc in
                try body(doc, try transform(doc))
                progress.advance(bytes: doc.bytes.count)
            }
            return
        }
        var batch: [SourceDocument] = []
        var bytes = 0
        var failures: [AttribError] = []
        let maxDocuments = 64 * jobs
        let maxBytes = (4 << 20) * jobs
        // A two-stage pipeline: while the workers analyse one batch, this thread reads the next
        // and then writes out the one before, in input order. At most two batches are in memory.
        typealias Batch = (docs: [SourceDocument], results: ResultSlots<T>, done: DispatchGroup)
        var pending: Batch?
        func drain(_ p: Batch?) throws {
            guard let p else { return }
            p.done.wait()
            for (doc, result) in zip(p.docs, p.results.values()) {
                progress.advance(bytes: doc.bytes.count)
                switch result {
                case let .success(value): try body(doc, value)
                case let .failure(error as AttribError):
                    // Bad input (invalid UTF-8, binary): reported, and the rest goes on.
                    failures.append(error)
                    Console.error("attrib: \(error)")
                case let .failure(error): throw error
                }
            }
        }
        func flush() throws {
            guard !batch.isEmpty else { return }
            let docs = batch
            batch.removeAll(keepingCapacity: true)
            bytes = 0
            let results = ResultSlots<T>(count: docs.count)
            let workers = min(jobs, docs.count)
            let done = DispatchGroup()
            done.enter()
            DispatchQueue.global().async {
                // Workers take the next document as they free up, so long and short documents balance.
                DispatchQueue.concurrentPerform(iterations: workers) { _ in
                    while let i = results.claim() { results.set(i, Result { try transform(docs[i]) }) }
                }
                done.leave()
            }
            let previous = pending
            pending = (docs, results, done)
            try drain(previous)
        }
        do {
            try forEach { doc in
                batch.append(doc)
                bytes += doc.bytes.count
                if batch.count >= maxDocuments || bytes >= maxBytes { try flush() }
            }
            try flush()
            let last = pending
            pending = nil
            try drain(last)
        } catch {
            // Let the workers finish before the error leaves (they hold the batch).
            pending?.done.wait()
            throw error
        }
        errorCount += failures.count
        problems += failures.map { InputProblem($0) }
    }
}

extension DocumentSource {
    /// The size of all inputs when they are files (for the ETA), else nil.
    func totalBytes() -> Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            let files = isDir.boolValue ? DocumentSource.files(under: path) : [path]
            for f in files {
                total += (try? FileManager.default.attributesOfItem(atPath: f)[.size] as? Int) ?? 0
            }
        }
        return total
    }
}

/// Result slots written by distinct threads at distinct indices and read after all finish.
final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [Result<T, Error>?]
    private let lock = NSLock()

    private var next = 0

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next index no worker has taken, or nil when all are taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func set(_ i: Int, _ value: Result<T, Error>) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    func values() -> [Result<T, Error>] { slots.map { $0! } }
}

/// `--jobs N` and `--quiet` for commands that analyse documents.
struct JobsOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Documents analysed in parallel (default: the number of cores). Output is the same for any value.",
        valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "No progress line on standard error.")
    var quiet = false

    var count: Int { jobs ?? ProcessInfo.processInfo.activeProcessorCount }

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }
}
