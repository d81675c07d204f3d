/// How the evaluation compares spans: trimmed the same way on both sides, then matched one to one.
public enum SpanMatching {
    /// The span without surrounding whitespace and quotation marks, and without final punctuation,
    /// so `“We will win,”` and `We will win` are the same content. A span with nothing else in it
    /// stays as it is.
    public static func trimmed(_ span: Span, in bytes: [UInt8]) -> Span {
        var s = span.start, e = span.end
        while s < e, let (u, n) = scalar(at: s, bytes, limit: e), isSpace(u) || isQuote(u) { s += n }
        while e > s, let (u, n) = scalar(before: e, bytes, limit: s), isSpace(u) || isQuote(u) || isFinal(u) { e -= n }
        return s < e ? Span(s, e) : span
    }

    static func isSpace(_ u: Unicode.Scalar) -> Bool { u.properties.isWhitespace }

    static func isQuote(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x22, 0x27, 0x60, 0xAB, 0xBB, 0x2018...0x201F, 0x2039, 0x203A: return true
        default: return false
        }
    }

    static func isFinal(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x2026: return true  // . , ; : ! ? …
        default: return false
        }
    }

    static func scalar(at i: Int, _ b: [UInt8], limit: Int) -> (Unicode.Scalar, Int)? {
        let lead = b[i]
        let n = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : 4
        guard i + n <= limit else { return nil }
        var it = b[i..<(i + n)].makeIterator()
        var dec = UTF8()
        if case .scalarValue(let u) = dec.decode(&it) { return (u, n) }
        return nil
    }

    static func scalar(before e: Int, _ b: [UInt8], limit: Int) -> (Unicode.Scalar, Int)? {
        var i = e - 1
        while i > limit && b[i] & 0xC0 == 0x80 { i -= 1 }
        guard let (u, n) = scalar(at: i, b, limit: e), i + n == e else { return nil }
        return (u, n)
    }

    /// A maximum one-to-one matching: `candidates[i]` lists the right-hand items left item `i` may
    /// pair with, best first. Left items are served in order and may displace an earlier match only
    /// when that one can move to another candidate (augmenting paths), so the count is maximal.
    /// Returns the right-hand partner of each left item.
    public static func oneToOne(_ candidates: [[Int]], rightCount: Int) -> [Int?] {
        var owner = [Int?](repeating: nil, count: rightCount)
        var partner = [Int?](repeating: nil, count: candidates.count)
        for left in candidates.indices where !candidates[left].isEmpty {
            var seen = [Bool](repeating: false, count: rightCount)
            func augment(_ l: Int) -> Bool {
                for r in candidates[l] where !seen[r] {
                    seen[r] = true
                    if owner[r] == nil || augment(owner[r]!) {
                        owner[r] = l
                        partner[l] = r
                        return true
                    }
                }
                return false
            }
            _ = augment(left)
        }
        return partner
    }

    /// Precision and recall of predicted against gold spans (both already trimmed and without
    /// duplicates) under `same`, one to one.
    static func score(_ predicted: [Span], _ gold: [Span], _ same: (Span, Span) -> Bool) -> PRF {
        var r = PRF()
        r.predicted = predicted.count
        r.gold = gold.count
        let candidates = predicted.map { p in gold.indices.filter { same(p, gold[$0]) } }
        r.truePositives = oneToOne(candidates, rightCount: gold.count).compactMap { $0 }.count
        return r
    }
}
