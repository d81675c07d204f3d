import AttribCore

/// The normalized form of a source, so that "Senior Pentagon officials", "senior Pentagon
/// officials," and "the senior  Pentagon officials" count as one source across an archive.
public enum SourceKey {
    /// Lowercased; curly quotes made straight; runs of whitespace made one space; surrounding
    /// punctuation and a leading article ("the", "a", "an") removed.
    public static func normalize(_ text: String) -> String {
        if let ascii = normalizeASCII(text) { return ascii }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        var pendingSpace = false
        for s in text.unicodeScalars {
            if s.isASCII {
                // The common case without Unicode property lookups.
                let v = s.value
                if v == 0x20 || (0x09...0x0D).contains(v) {
                    pendingSpace = !scalars.isEmpty
                    continue
                }
                if pendingSpace { scalars.append(" "); pendingSpace = false }
                scalars.append((0x41...0x5A).contains(v) ? Unicode.Scalar(v + 0x20)! : s)
                continue
            }
            if s.properties.isWhitespace {
                pendingSpace = !scalars.isEmpty
                continue
            }
            if pendingSpace { scalars.append(" "); pendingSpace = false }
            switch s {
            case "\u{2018}", "\u{2019}", "\u{02BC}": scalars.append("'")
            case "\u{201C}", "\u{201D}": scalars.append("\"")
            default:
                for l in s.properties.lowercaseMapping.unicodeScalars { scalars.append(l) }
            }
        }
        func isEdge(_ s: Unicode.Scalar) -> Bool {
            s == " " || (s.properties.generalCategory.isPunctuation && s != "&")
        }
        var lo = 0
        var hi = scalars.count
        while lo < hi && isEdge(scalars[lo]) { lo += 1 }
        while hi > lo && isEdge(scalars[hi - 1]) { hi -= 1 }
        var out = String(String.UnicodeScalarView(scalars[lo..<hi]))
        for article in ["the ", "a ", "an "] where out.hasPrefix(article) && out.count > article.count {
            out.removeFirst(article.count)
            break
        }
        return out
    }

    /// `normalize` for ASCII text (nearly every source), on bytes; nil when the text is not ASCII.
    private static func normalizeASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { utf8 -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count)
            var pendingSpace = false
            for v in utf8 {
                if v >= 0x80 { return nil }
                if v == 0x20 || (0x09...0x0D).contains(v) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append((0x41...0x5A).contains(v) ? v + 0x20 : v)
            }
            func isEdge(_ b: UInt8) -> Bool {
                b == 0x20 || (b != 0x26 && Unicode.Scalar(b).properties.generalCategory.isPunctuation)
            }
            var lo = 0
            var hi = out.count
            while lo < hi && isEdge(out[lo]) { lo += 1 }
            while hi > lo && isEdge(out[hi - 1]) { hi -= 1 }
            for article in ["the ", "a ", "an "] {
                let a = Array(article.utf8)
                if hi - lo > a.count && out[lo..<(lo + a.count)].elementsEqual(a) {
                    lo += a.count
                    break
                }
            }
            return String(decoding: out[lo..<hi], as: UTF8.self)
        }
    }

    /// The key and kind an attribution's source counts under: a resolved pronoun counts as the
    /// source it refers to. Nil for attributions without a source (hedges).
    public static func of(_ a: Attribution, in analysis: DocumentAnalysis) -> (key: String, kind: SourceKind, text: String)? {
        guard let source = a.source else { return nil }
        let span = source.kind == .pronoun ? (source.resolved ?? source.span) : source.span
        let text = analysis.text(span)
        return (normalize(text), source.effectiveKind, text)
    }
}

private extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}

/// Keys that identify an attribution or a finding by its words rather than its position, so an
/// editor's review survives re-analysis after unrelated edits elsewhere in the document (as
/// SwiftLint baselines key on the line's text, not its number).
public enum ReviewKey {
    /// `a` + 16 hex digits over the sentence text, the cue, source and content spans relative to
    /// the sentence, and the quote kind.
    public static func attribution(_ a: Attribution, in analysis: DocumentAnalysis) -> String {
        let base = a.sentence < analysis.sentences.count ? analysis.sentences[a.sentence].span : Span(0, 0)
        var h = FNV1a()
        h.add(analysis.document.bytes, base)
        for span in [a.cue?.span, a.source?.span, a.content, a.anonymityReason] {
            if let s = span { h.add(s.start - base.start); h.add(s.end - base.start) } else { h.add(-1) }
        }
        h.add(a.quote.rawValue)
        return "a" + h.hex
    }

    /// `f` + 16 hex digits over the rule id, the text of the finding's sentence (or span), and
    /// the span relative to it.
    public static func finding(_ f: Finding, in analysis: DocumentAnalysis) -> String {
        let base: Span
        if let i = f.sentence, i < analysis.sentences.count { base = analysis.sentences[i].span } else { base = f.span }
        var h = FNV1a()
        h.add(f.rule)
        h.add(analysis.document.bytes, base)
        h.add(f.span.start - base.start)
        h.add(f.span.end - base.start)
        return "f" + h.hex
    }
}

/// 64-bit FNV-1a: tiny, stable across runs and platforms (unlike `Hasher`).
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ byte: UInt8) {
        value ^= UInt64(byte)
        value &*= 0x0000_0100_0000_01B3
    }

    mutating func add(_ bytes: [UInt8], _ span: Span) {
        let s = max(0, min(span.start, bytes.count))
        let e = max(s, min(span.end, bytes.count))
        for i in s..<e { add(bytes[i]) }
        add(0xFF)
    }

    mutating func add(_ s: String) {
        for b in s.utf8 { add(b) }
        add(0xFF)
    }

    mutating func add(_ i: Int) {
        var v = UInt64(bitPattern: Int64(i))
        for _ in 0..<8 { add(UInt8(truncatingIfNeeded: v)); v >>= 8 }
    }

    var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: 0, count: 16)
        var v = value
        for i in (0..<16).reversed() { out[i] = digits[Int(v & 0xF)]; v >>= 4 }
        return String(decoding: out, as: UTF8.self)
    }
}
