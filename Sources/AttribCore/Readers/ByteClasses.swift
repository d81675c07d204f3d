#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level character tests shared by the readers, the segmenter and the tokenizer. They work on
/// UTF-8 without decoding except where a non-ASCII character has to be classified.
enum ByteClass {
    /// The length of the whitespace character at `i` (ASCII or Unicode space), or 0.
    @inline(__always)
    static func spaceLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = t[i]
        if b < 0x80 { return b == 0x20 || (b >= 0x09 && b <= 0x0D) ? 1 : 0 }
        if b < 0xC2 { return 0 }
        return unicodeSpaceLength(t, i)
    }

    @inline(never)
    private static func unicodeSpaceLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = t[i]
        let n = t.count
        if b == 0xC2, i + 1 < n, t[i + 1] == 0xA0 || t[i + 1] == 0x85 { return 2 }
        if b == 0xE2, i + 2 < n, t[i + 1] == 0x80 {
            let c = t[i + 2]
            if (c >= 0x80 && c <= 0x8B) || c == 0xA8 || c == 0xA9 || c == 0xAF { return 3 }
        }
        if b == 0xE2, i + 2 < n, t[i + 1] == 0x81, t[i + 2] == 0x9F { return 3 }
        if b == 0xE3, i + 2 < n, t[i + 1] == 0x80, t[i + 2] == 0x80 { return 3 }
        if b == 0xE1, i + 2 < n, t[i + 1] == 0x9A, t[i + 2] == 0x80 { return 3 }
        if b == 0xEF, i + 2 < n, t[i + 1] == 0xBB, t[i + 2] == 0xBF { return 3 }
        return 0
    }

    /// The length of a closing quote or bracket at `i`, or 0.
    @inline(__always)
    static func closerLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = t[i]
        if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D || b == 0x2A || b == 0x5F { return 1 }
        let n = t.count
        if b == 0xE2, i + 2 < n, t[i + 1] == 0x80 {
            let c = t[i + 2]
            if c == 0x9D || c == 0x99 || c == 0xBA { return 3 }  // ” ’ ›
        }
        if b == 0xC2, i + 1 < n, t[i + 1] == 0xBB { return 2 }  // »
        if b == 0xE3, i + 2 < n, t[i + 1] == 0x80, t[i + 2] == 0x8D || t[i + 2] == 0x8F { return 3 }
        return 0
    }

    /// The length of an opening quote or bracket at `i`, or 0.
    @inline(__always)
    static func openerLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = t[i]
        if b == 0x22 || b == 0x27 || b == 0x28 || b == 0x5B || b == 0x2A || b == 0x5F { return 1 }
        let n = t.count
        if b == 0xE2, i + 2 < n, t[i + 1] == 0x80 {
            let c = t[i + 2]
            if c == 0x9C || c == 0x98 || c == 0xB9 { return 3 }  // “ ‘ ‹
        }
        if b == 0xC2, i + 1 < n, t[i + 1] == 0xAB || t[i + 1] == 0xBF || t[i + 1] == 0xA1 { return 2 }
        if b == 0xE3, i + 2 < n, t[i + 1] == 0x80, t[i + 2] == 0x8C || t[i + 2] == 0x8E { return 3 }
        return 0
    }

    // MARK: Eight bytes at a time

    @inline(__always)
    static func load8(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(t.baseAddress! + i).loadUnaligned(as: UInt64.self))
    }

    /// The high bit of every zero byte of `x` is set. Bytes above the lowest zero byte may be
    /// flagged falsely, so only the lowest flag is exact.
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// The first offset in `i..<end` holding `.`, `?`, `!` or a byte >= 0xE0 (the lead byte of
    /// "…", "。", "！" and "？"), or `end`. The segmenter's hot loop.
    @inline(__always)
    static func nextTerminatorCandidate(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i + 8 <= end {
            let w = load8(t, i)
            let m = zeroBytes(w ^ 0x2E2E_2E2E_2E2E_2E2E) | zeroBytes(w ^ 0x3F3F_3F3F_3F3F_3F3F)
                | zeroBytes(w ^ 0x2121_2121_2121_2121) | (w & (w << 1) & (w << 2) & 0x8080_8080_8080_8080)
            if m != 0 { return i + m.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < end {
            let b = t[i]
            if b == 0x2E || b == 0x3F || b == 0x21 || b >= 0xE0 { return i }
            i += 1
        }
        return end
    }

    /// The first offset in `i..<end` holding CR or LF, or `end`.
    @inline(__always)
    static func nextLineBreak(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i + 8 <= end {
            let w = load8(t, i)
            let m = zeroBytes(w ^ 0x0A0A_0A0A_0A0A_0A0A) | zeroBytes(w ^ 0x0D0D_0D0D_0D0D_0D0D)
            if m != 0 { return i + m.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < end && t[i] != 0x0A && t[i] != 0x0D { i += 1 }
        return i
    }

    /// ASCII letters, digits, "&" and "." — the bytes of an abbreviation-like word ("U.S.", "AT&T").
    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        // Bits 0x26 "&", 0x2E "." and 0x30-0x39 of the low half; letters of the high half.
        if b < 64 { return (0x03FF_4040_0000_0000 as UInt64) >> UInt64(b) & 1 != 0 }
        if b < 128 { return (0x07FF_FFFE_07FF_FFFE as UInt64) >> UInt64(b &- 64) & 1 != 0 }
        return false
    }

    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

    /// Decodes the scalar starting at `i` (input is valid UTF-8).
    static func scalar(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b = t[i]
        let len = LineIndex.sequenceLength(b)
        guard len > 1, i + len <= t.count else { return (Unicode.Scalar(b), 1) }
        var v: UInt32
        switch len {
        case 2: v = UInt32(b & 0x1F)
        case 3: v = UInt32(b & 0x0F)
        default: v = UInt32(b & 0x07)
        }
        for k in 1..<len { v = (v << 6) | UInt32(t[i + k] & 0x3F) }
        return (Unicode.Scalar(v) ?? "\u{FFFD}", len)
    }

    /// Whether the (non-ASCII) character at `i` is alphabetic. Out of line, so that callers whose
    /// hot path is ASCII do not set up Unicode property lookups on every call.
    @inline(never)
    static func isAlphabetic(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        scalar(t, i).0.properties.isAlphabetic
    }

    enum LetterCase { case upper, lower, uncased, digit, other }

    /// The case of the character at `i`.
    @inline(__always)
    static func letterCase(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> LetterCase {
        let b = t[i]
        if b < 0x80 {
            if isUpper(b) { return .upper }
            if isLower(b) { return .lower }
            if isDigit(b) { return .digit }
            return .other
        }
        return unicodeLetterCase(t, i)
    }

    @inline(never)
    private static func unicodeLetterCase(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> LetterCase {
        let (s, _) = scalar(t, i)
        let p = s.properties
        if p.isUppercase || p.generalCategory == .titlecaseLetter { return .upper }
        if p.isLowercase { return .lower }
        if p.isAlphabetic { return .uncased }
        if p.numericType != nil { return .digit }
        return .other
    }
}

/// Finds the next terminator candidate (`.`, `?`, `!` and the lead bytes of "…", "。", "！", "？")
/// or line break in a document with the C library's vectorised `memchr`, one stream per byte.
/// Each stream remembers its next occurrence, so every byte of the document is searched once per
/// stream whatever the number of calls: the whole search stays linear. A stream looks at most
/// `window` bytes ahead, so that the searches stay in cache just ahead of the reader; when it
/// finds nothing there it reports the window's end, a position callers re-check (a spurious
/// candidate costs one byte test).
struct ByteFinder {
    private let base: UnsafePointer<UInt8>?
    private let count: Int
    // The next occurrence at or after the last query of each byte (-1: not searched yet).
    private var dot = -1, question = -1, exclamation = -1, e2 = -1, e3 = -1, ef = -1
    /// The nearest of the rarer streams (everything but `.`).
    private var rare = -1
    private var lf = -1, cr = -1

    init(_ t: UnsafeBufferPointer<UInt8>) {
        base = t.baseAddress
        count = t.count
    }

    private static let window = 4096

    @inline(__always)
    private func find(_ byte: UInt8, from i: Int) -> Int {
        guard i < count, let base else { return count }
        let limit = min(count - i, ByteFinder.window)
        guard let p = memchr(base + i, Int32(byte), limit) else { return i + limit }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
    }

    /// The next period: periods are close together in prose, so the next 16 bytes are tested
    /// eight at a time before `memchr` is called.
    @inline(__always)
    private func findPeriod(from i: Int) -> Int {
        guard let base else { return count }
        var j = i
        while j + 8 <= count && j < i + 16 {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + j).loadUnaligned(as: UInt64.self))
            let m = ByteClass.zeroBytes(w ^ 0x2E2E_2E2E_2E2E_2E2E)
            if m != 0 { return j + m.trailingZeroBitCount >> 3 }
            j += 8
        }
        return find(0x2E, from: j)
    }

    /// The first offset at or after `i` that may end a sentence: `.`, `?`, `!` or the lead byte
    /// of "…", "。", "！" or "？" (`count` when none).
    @inline(__always)
    mutating func nextTerminator(from i: Int) -> Int {
        if dot < i { dot = findPeriod(from: i) }
        if rare < i { refreshRare(from: i) }
        return min(dot, rare)
    }

    @inline(never)
    private mutating func refreshRare(from i: Int) {
        if question < i { question = find(0x3F, from: i) }
        if exclamation < i { exclamation = find(0x21, from: i) }
        if e2 < i { e2 = find(0xE2, from: i) }
        if e3 < i { e3 = find(0xE3, from: i) }
        if ef < i { ef = find(0xEF, from: i) }
        rare = min(min(question, exclamation), min(e2, min(e3, ef)))
    }

    /// The first CR or LF at or after `i` (`count` when none).
    @inline(__always)
    mutating func nextLineBreak(from i: Int) -> Int {
        var i = i
        while true {
            if lf < i { lf = find(0x0A, from: i) }
            if cr < i { cr = find(0x0D, from: i) }
            let p = min(lf, cr)
            if p >= count { return count }
            let b = base![p]
            if b == 0x0A || b == 0x0D { return p }
            i = p + 1  // the end of a search window, not a line break
        }
    }
}
