/// Byte-level character tests shared by the readers, the segmenter and the tokenizer. They work on
/// UTF-8 without decoding except where a non-ASCII character has to be classified.
enum ByteClass {
    /// The length of the whitespace character at `i` (ASCII or Unicode space), or 0.
    @inline(__always)
    static func spaceLength(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = t[i]
        if b == 0x20 || (b >= 0x09 && b <= 0x0D) { return 1 }
        if b < 0xC2 { return 0 }
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

    enum LetterCase { case upper, lower, uncased, digit, other }

    /// The case of the character at `i`.
    static func letterCase(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> LetterCase {
        let b = t[i]
        if b < 0x80 {
            if isUpper(b) { return .upper }
            if isLower(b) { return .lower }
            if isDigit(b) { return .digit }
            return .other
        }
        let (s, _) = scalar(t, i)
        let p = s.properties
        if p.isUppercase || p.generalCategory == .titlecaseLetter { return .upper }
        if p.isLowercase { return .lower }
        if p.isAlphabetic { return .uncased }
        if p.numericType != nil { return .digit }
        return .other
    }
}
