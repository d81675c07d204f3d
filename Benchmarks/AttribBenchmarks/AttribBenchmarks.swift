import AttribCore
import Benchmark

// Segmentation throughput on ~20 MB of generated news text (see NewsText.swift).
// Run from Benchmarks/:  swift package --scratch-path ../.build-bench benchmark
// The "MB/s" metric is megabytes (10^6 bytes) of input per second of wall-clock time, one
// sample per iteration; the p50 row is the figure the README reports.

let benchmarks: @Sendable () -> Void = {
    let megabyte = 1_000_000
    let text = NewsText.generate(bytes: 20 * megabyte)
    let segmenter = Segmenter(abbreviations: .builtIn)
    let document = SourceDocument(name: "news.txt", bytes: text, format: .text)
    // The generated text is valid UTF-8, so reading cannot fail.
    let prose = try! DocumentReader.prose(for: document)
    let megabytesPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)

    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident, megabytesPerSecond],
        timeUnits: .milliseconds,
        warmupIterations: 2,
        maxDuration: .seconds(5),
        maxIterations: 40
    )

    /// Runs `work` once per iteration and records its speed over `bytes` in MB/s.
    func measure(_ benchmark: Benchmark, bytes: Int, _ work: () -> Void) {
        let clock = ContinuousClock()
        for _ in benchmark.scaledIterations {
            let start = clock.now
            work()
            let elapsed = (clock.now - start).components
            let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
            benchmark.measurement(megabytesPerSecond, Int((Double(bytes) / Double(megabyte) / seconds).rounded()))
        }
    }

    // The number the README quotes: the segmenter alone on already-read plain text.
    Benchmark("Segmenter.sentences (20 MB news text)") { benchmark in
        measure(benchmark, bytes: text.count) { blackHole(segmenter.sentences(in: prose)) }
    }

    // A stress variant without the long clauses: a period every 24 bytes and an abbreviation
    // decision for most of them.
    let dense = NewsText.generate(bytes: 20 * megabyte, clauses: false)
    let denseProse = try! DocumentReader.prose(for: SourceDocument(name: "dense.txt", bytes: dense, format: .text))
    Benchmark("Segmenter.sentences (20 MB abbreviation-dense text)") { benchmark in
        measure(benchmark, bytes: dense.count) { blackHole(segmenter.sentences(in: denseProse)) }
    }

    // What `attrib segment` does per file before printing: validate, read, segment, index lines.
    Benchmark("Read + segment + line index (20 MB news text)") { benchmark in
        measure(benchmark, bytes: text.count) {
            let prose = try! DocumentReader.prose(for: document)
            blackHole(segmenter.sentences(in: prose))
            blackHole(LineIndex(document.bytes))
        }
    }

    // Linear time: the same text with every line break replaced by a space is one 20 MB line
    // (one block, no paragraph breaks). Its MB/s must stay close to the multi-line figure;
    // a quadratic step would make it collapse.
    let oneLine = text.map { $0 == 0x0A ? 0x20 : $0 }
    let oneLineProse = try! DocumentReader.prose(for: SourceDocument(name: "line.txt", bytes: oneLine, format: .text))
    Benchmark("Segmenter.sentences (20 MB on one line)") { benchmark in
        measure(benchmark, bytes: oneLine.count) { blackHole(segmenter.sentences(in: oneLineProse)) }
    }

    // Linear time in the readers: one line mixing markup that never closes ("[", "<a '",
    // "<!x", "`", "(") with prose, read as Markdown and as HTML, then segmented and indexed
    // for line/column. 2 MB and 8 MB must give about the same MB/s.
    func adversarial(_ bytes: Int) -> [UInt8] {
        let unit = Array("Costs [rose <a 'sharply (again <!x and `code. Then [[fell](x) \\[a ".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes + unit.count)
        while out.count < bytes { out += unit }
        return out
    }
    for (size, format) in [(2, InputFormat.markdown), (8, .markdown), (2, .html), (8, .html)] {
        let doc = SourceDocument(name: "adversarial", bytes: adversarial(size * megabyte), format: format)
        Benchmark("Read + segment + line index (\(size) MB adversarial \(format.rawValue), one line)") { benchmark in
            measure(benchmark, bytes: doc.bytes.count) {
                let prose = try! DocumentReader.prose(for: doc)
                blackHole(segmenter.sentences(in: prose))
                blackHole(LineIndex(doc.bytes))
            }
        }
    }

    // Linear time, scaled input: 5 MB and 20 MB prefixes of the same text on one line should
    // give the same MB/s.
    let quarter = try! DocumentReader.prose(for: SourceDocument(name: "q.txt", bytes: Array(oneLine[0..<(5 * megabyte)]), format: .text))
    Benchmark("Segmenter.sentences (5 MB on one line)") { benchmark in
        measure(benchmark, bytes: 5 * megabyte) { blackHole(segmenter.sentences(in: quarter)) }
    }
}
