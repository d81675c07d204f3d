import AttribCore
import AttribStore
import Benchmark
import Foundation

// Analysis, check and SQLite ingest throughput on the bundled corpus, repeated to ~5 MB.
// Run from Benchmarks/:  swift package --scratch-path ../.build-bench benchmark --target EngineBenchmarks
// "MB/s" is megabytes (10^6 bytes) of article text per second of wall-clock time.
// Time and peak memory against document size (1/10/100 MB, one paragraph, many quotations):
// `Benchmarks/linearity`, docs/robustness.md.

let benchmarks: @Sendable () -> Void = {
    let megabyte = 1_000_000
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
        .filter { InputFormat.from(path: $0) != nil }.sorted()
    let articles: [SourceDocument] = names.compactMap { name in
        guard let data = FileManager.default.contents(atPath: corpus.appendingPathComponent(name).path) else { return nil }
        return SourceDocument(name: name, bytes: [UInt8](data), format: InputFormat.from(path: name) ?? .text)
    }
    // The corpus repeated under new names until ~5 MB.
    var documents: [SourceDocument] = []
    var bytes = 0
    while bytes < 5 * megabyte && !articles.isEmpty {
        for a in articles {
            var d = a
            d.name = "\(documents.count)-\(a.name)"
            documents.append(d)
            bytes += a.bytes.count
        }
    }
    let corpusBytes = articles.reduce(0) { $0 + $1.bytes.count }
    let analyzer = Analyzer(rules: .builtIn)
    let checker = Checker(configuration: CheckConfiguration(policy: .init(maxAnonymousShare: 0.5, minNamedSources: 1,
                                                                          maxUnattributedClaims: 3)))
    let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .mallocCountTotal, .peakMemoryResident, megabytesPerSecond],
        timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(10), maxIterations: 20)

    func measure(_ benchmark: Benchmark, bytes: Int, _ work: () throws -> Void) rethrows {
        let clock = ContinuousClock()
        for _ in benchmark.scaledIterations {
            let start = clock.now
            try work()
            let e = (clock.now - start).components
            let seconds = Double(e.seconds) + Double(e.attoseconds) / 1e18
            benchmark.measurement(megabytesPerSecond, Int((Double(bytes) / Double(megabyte) / seconds).rounded()))
        }
    }

    // `attrib analyze`'s engine: read, segment, tag, find.
    Benchmark("Analyzer.analyze (corpus repeated to ~5 MB)") { benchmark in
        measure(benchmark, bytes: bytes) {
            for d in documents { blackHole(try! analyzer.analyze(document: d)) }
        }
    }

    // `attrib check corpus` without process start: analysis plus the checker, once over the corpus.
    Benchmark("check the corpus (analysis + checker)") { benchmark in
        measure(benchmark, bytes: corpusBytes) {
            for d in articles {
                blackHole(checker.check(try! analyzer.analyze(document: d), path: d.name))
            }
        }
    }

    // Recording precomputed analyses into a fresh database (open, migrate, record, close with its
    // checkpoint); the analysis itself is not timed. The wall clock includes the I/O: everything is
    // written to the WAL, then copied into the file and synced at the checkpoint (close), so the
    // figure depends on the disk as much as on the CPU (README, Speed). Schema version 2 writes
    // 3.0 bytes per byte of article (version 1: 3.8).
    func ingest(_ benchmark: Benchmark, _ record: (Store, Int64, [DocumentAnalysis]) throws -> Void) {
        let analyses = documents.map { try! analyzer.analyze(document: $0) }
        measure(benchmark, bytes: bytes) {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString).sqlite").path
            defer { for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + s) } }
            let store = try! Store(path: path)
            let run = try! store.beginRun(toolVersion: "bench", rulesFingerprint: analyzer.rules.fingerprint, arguments: [])
            try! record(store, run, analyses)
            try! store.close()
        }
    }

    // `attrib analyze --db`: batches of up to Store.batchDocuments documents / Store.batchBytes bytes,
    // one transaction each. Timed on one thread: preparing each document (SHA-256, review and
    // source keys; the CLI does this on its analysis threads) and the single writer.
    Benchmark("SQLite ingest, batched as analyze --db (corpus repeated to ~5 MB)", configuration: .init(maxIterations: 10)) { benchmark in
        ingest(benchmark) { store, run, analyses in
            var batch: [PreparedDocument] = []
            var batchBytes = 0
            func flush() throws {
                for outcome in store.record(batch: batch, rulesFingerprint: analyzer.rules.fingerprint, run: run) {
                    _ = try outcome.get()
                }
                batch.removeAll(keepingCapacity: true)
                batchBytes = 0
            }
            for a in analyses {
                batch.append(PreparedDocument(a))
                batchBytes += a.document.bytes.count
                if batch.count >= Store.batchDocuments || batchBytes >= Store.batchBytes { try flush() }
            }
            try flush()
        }
    }

    // The same documents with one transaction per document (`Store.record(_:)`), for comparison.
    Benchmark("SQLite ingest, one transaction per document (corpus repeated to ~5 MB)", configuration: .init(maxIterations: 5)) { benchmark in
        ingest(benchmark) { store, run, analyses in
            for a in analyses { _ = try store.record(a, rulesFingerprint: analyzer.rules.fingerprint, run: run) }
        }
    }
}
