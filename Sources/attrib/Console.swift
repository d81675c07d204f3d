import AttribCore
import Foundation

/// Buffered standard output and unbuffered standard error.
enum Console {
    nonisolated(unsafe) private static var buffer: [UInt8] = {
        var b = [UInt8]()
        b.reserveCapacity(1 << 16)
        return b
    }()

    static func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { p in
            var off = 0
            while off < p.count {
                let n = Foundation.write(1, p.baseAddress! + off, p.count - off)
                if n <= 0 { break }
                off += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    static func error(_ s: String) {
        flush()
        let line = s.hasSuffix("\n") ? s : s + "\n"
        FileHandle.standardError.write(Data(line.utf8))
    }

    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
    static var stderrIsTerminal: Bool { isatty(2) == 1 }
}

/// A document's output: rendered by an analysis thread, or, for a document so large that its
/// output should not be held whole, what to render from as it is written out.
enum Rendered<Deferred> {
    case bytes([UInt8])
    case deferred(Deferred)

    /// Documents from this size up are written out as they are rendered.
    static var streamAbove: Int { 4 << 20 }

    static func streams(_ document: SourceDocument) -> Bool { document.bytes.count >= streamAbove }
}

