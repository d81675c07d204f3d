import AttribCore

/// A document's sentences packed into one value, `documents.sentences` (schema version 2).
///
/// Version 1 stored one row per sentence: about nine per kilobyte of article (45,000 rows for the
/// benchmark's 5 MB), each a b-tree insert, for data that is only ever read whole, with its
/// document. Version 2 writes them as one JSON array per document:
///
///     [[start,end,paragraph],[start,end,paragraph,prose_start,prose_end],…]
///
/// in order (the array index is the sentence index attributions and findings refer to). The prose
/// span is written only when it differs from `[start, end)` (HTML with entities). JSON rather than
/// packed binary integers because SQLite's built-in `json_each` reads it: the `sentences` view
/// gives reports and users' SQL the version-1 table back. Absolute offsets cost about 12 bytes
/// per sentence, against about 26 for a version-1 row.
enum PackedSentences {
    /// The JSON text for `sentences`.
    static func encode(_ sentences: [Sentence]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(2 + sentences.count * 16)
        out.append(UInt8(ascii: "["))
        for (i, s) in sentences.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            append(s.span.start, to: &out)
            out.append(UInt8(ascii: ","))
            append(s.span.end, to: &out)
            out.append(UInt8(ascii: ","))
            append(s.paragraph, to: &out)
            if s.prose != s.span {
                out.append(UInt8(ascii: ","))
                append(s.prose.start, to: &out)
                out.append(UInt8(ascii: ","))
                append(s.prose.end, to: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        return out
    }

    /// Decimal digits of a non-negative integer (offsets and paragraph numbers never are negative).
    private static func append(_ value: Int, to out: inout [UInt8]) {
        var rest = max(0, value)
        var divisor = 1
        while divisor <= rest / 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
