import Foundation

/// A progress line on standard error for long runs — documents, MB, MB/s and, when the input
/// size is known, an ETA — redrawn at most twice a second, only when standard error is a
/// terminal and `--quiet` is not given.
struct Progress {
    let enabled: Bool
    let totalBytes: Int?
    private let start = Date()
    private var last = Date.distantPast
    private(set) var documents = 0
    private(set) var bytes = 0
    private var drawn = false

    init(enabled: Bool, totalBytes: Int?) {
        self.enabled = enabled && Console.stderrIsTerminal
        self.totalBytes = totalBytes
    }

    mutating func advance(bytes n: Int) {
        documents += 1
        bytes += n
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(last) >= 0.5 else { return }
        last = now
        draw(now)
    }

    private mutating func draw(_ now: Date) {
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let mb = Double(bytes) / 1_000_000
        let rate = mb / elapsed
        var line = "\(documents) documents, \(String(format: "%.1f", mb)) MB, \(String(format: "%.1f", rate)) MB/s"
        if let total = totalBytes, total > 0, rate > 0 {
            let remaining = Double(max(0, total - bytes)) / 1_000_000 / rate
            line += ", ETA \(Int(remaining.rounded()))s"
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    /// Clears the line so the next output starts clean.
    mutating func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }
}
