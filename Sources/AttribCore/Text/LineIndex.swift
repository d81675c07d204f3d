/// A 1-based line and column. `column` counts Unicode scalars; `utf16Column` counts UTF-16 code
/// units (what SARIF's default `columnKind` and many editors use); `byteColumn` counts UTF-8 bytes.
public struct TextLocation: Hashable, Sendable, Codable {
    public var line: Int
    public var column: Int
    public var utf16Column: Int
    public var byteColumn: Int

    public init(line: Int, column: Int, utf16Column: Int, byteColumn: Int) {
        self.line = line
        self.column = column
        self.utf16Column = utf16Column
        self.byteColumn = byteColumn
    }
}

/// The one converter between UTF-8 byte offsets and line/column positions.
///
/// CRLF, lone CR and LF each count as one line break. A leading UTF-8 byte-order mark is not
/// counted as a column on line 1, but offsets stay into the original bytes (the BOM occupies 0..<3).
/// Out-of-range input is clamped, as in swift-syntax's `TextLocationConverter`.
///
/// Every query is independent of line length: documents with long lines (a 100 MB file that is
/// one line) keep running counts of scalars every ``checkpointInterval`` bytes, so a column is
/// counted from the nearest checkpoint rather than from the start of the line.
public struct LineIndex: Sendable {
    /// Byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    private let bytes: [UInt8]
    private let bomLength: Int
    /// For documents with a line longer than `longLine` bytes: at offset `k * checkpointInterval`,
    /// the number of scalars (non-continuation bytes) and of 4-byte sequences before it.
    private let scalarCheckpoints: [Int]
    private let astralCheckpoints: [Int]

    static let checkpointInterval = 256
    static let longLine = 1024

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var longest = 0
        bytes.withUnsafeBufferPointer { buf in
            var finder = ByteFinder(buf)
            let n = buf.count
            var i = 0
            while true {
                let e = finder.nextLineBreak(from: i)
                longest = max(longest, e - starts[starts.count - 1])
                if e >= n { break }
                i = e + 1
                if buf[e] == 0x0D && i < n && buf[i] == 0x0A { i += 1 }
                starts.append(i)
            }
        }
        lineStarts = starts
        bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var scalars: [Int] = []
        var astral: [Int] = []
        if longest > LineIndex.longLine {
            let step = LineIndex.checkpointInterval
            scalars.reserveCapacity(bytes.count / step + 1)
            astral.reserveCapacity(bytes.count / step + 1)
            var s = 0
            var a = 0
            bytes.withUnsafeBufferPointer { buf in
                var i = 0
                while i < buf.count {
                    if i % step == 0 {
                        scalars.append(s)
                        astral.append(a)
                    }
                    let b = buf[i]
                    if b & 0xC0 != 0x80 { s += 1 }
                    if b >= 0xF0 { a += 1 }
                    i += 1
                }
                if buf.count % step == 0 {  // so that the end of the document has one too
                    scalars.append(s)
                    astral.append(a)
                }
            }
        }
        scalarCheckpoints = scalars
        astralCheckpoints = astral
    }

    public var lineCount: Int { lineStarts.count }

    /// The 0-based index of the line containing `offset` (clamped to the document).
    public func lineIndex(of offset: Int) -> Int {
        let offset = max(0, min(offset, bytes.count))
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Scalars and 4-byte sequences before `p`, from the nearest checkpoint.
    private func counts(before p: Int) -> (scalars: Int, astral: Int) {
        let k = p / LineIndex.checkpointInterval
        var s = scalarCheckpoints[k]
        var a = astralCheckpoints[k]
        var i = k * LineIndex.checkpointInterval
        while i < p {
            let b = bytes[i]
            if b & 0xC0 != 0x80 { s += 1 }
            if b >= 0xF0 { a += 1 }
            i += 1
        }
        return (s, a)
    }

    /// Line and columns of a byte offset. An offset inside a multi-byte character is treated as
    /// that character's start.
    public func location(of offset: Int) -> TextLocation {
        let offset = max(0, min(offset, bytes.count))
        let line = lineIndex(of: offset)
        let lineStart = line == 0 ? min(bomLength, offset) : lineStarts[line]
        if offset - lineStart > LineIndex.longLine && !scalarCheckpoints.isEmpty {
            // Back to the start of the character, then count from checkpoints.
            var o = offset
            var back = 0
            while o > lineStart && back < 3 && o < bytes.count && bytes[o] & 0xC0 == 0x80 {
                o -= 1
                back += 1
            }
            let from = counts(before: lineStart)
            let to = counts(before: o)
            let scalars = to.scalars - from.scalars
            let utf16 = scalars + to.astral - from.astral
            return TextLocation(line: line + 1, column: scalars + 1, utf16Column: utf16 + 1, byteColumn: o - lineStart + 1)
        }
        // Back to the start of the character, then count the line's scalars up to it.
        var o = offset
        var back = 0
        while o > lineStart && back < 3 && o < bytes.count && bytes[o] & 0xC0 == 0x80 {
            o -= 1
            back += 1
        }
        let (scalars, astral) = bytes.withUnsafeBufferPointer { LineIndex.counts(UnsafeBufferPointer(rebasing: $0[lineStart..<o])) }
        return TextLocation(line: line + 1, column: scalars + 1, utf16Column: scalars + astral + 1,
                            byteColumn: o - lineStart + 1)
    }

    /// Scalars (bytes that are not UTF-8 continuation bytes) and 4-byte sequences (their leads)
    /// in valid UTF-8, counted eight bytes at a time.
    static func counts(_ b: UnsafeBufferPointer<UInt8>) -> (scalars: Int, astral: Int) {
        var continuation = 0, astral = 0, i = 0
        let n = b.count
        if let p = b.baseAddress {
            let highs: UInt64 = 0x8080_8080_8080_8080
            while i + 8 <= n {
                let x = UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self)
                // 10xxxxxx: bit 7 set, bit 6 clear; 11110xxx: bits 7 to 4 set.
                continuation += (x & ~(x << 1) & highs).nonzeroBitCount
                astral += (x & (x << 1) & (x << 2) & (x << 3) & highs).nonzeroBitCount
                i += 8
            }
        }
        while i < n {
            let c = b[i]
            if c & 0xC0 == 0x80 { continuation += 1 }
            if c >= 0xF0 { astral += 1 }
            i += 1
        }
        return (n - continuation, astral)
    }

    /// The byte offset of a 1-based line and scalar column, clamped to the line's content.
    public func offset(line: Int, column: Int) -> Int {
        guard !lineStarts.isEmpty else { return 0 }
        let li = max(0, min(line - 1, lineStarts.count - 1))
        var i = lineStarts[li]
        if li == 0 { i = bomLength }
        let lineEnd = li + 1 < lineStarts.count ? lineStarts[li + 1] : bytes.count
        var remaining = column - 1
        while remaining > 0 && i < lineEnd {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D { break }
            i += LineIndex.sequenceLength(b)
            remaining -= 1
        }
        return min(i, bytes.count)
    }

    @inline(__always)
    static func sequenceLength(_ lead: UInt8) -> Int {
        if lead < 0x80 { return 1 }
        if lead < 0xC0 { return 1 }  // stray continuation byte: count it as one
        if lead < 0xE0 { return 2 }
        if lead < 0xF0 { return 3 }
        return 4
    }
}
