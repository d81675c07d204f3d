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

    /// The key, kind and text an attribution's source counts under, taken alone: a resolved
    /// pronoun or definite description ("the spokesman") counts as the source it refers to. Nil for
    /// attributions without a source (hedges).
    /// Reports and the store use ``identities(in:titles:)``, which also knows the rest of the document.
    public static func of(_ a: Attribution, in analysis: DocumentAnalysis) -> SourceIdentity? {
        guard let source = a.source else { return nil }
        let span = source.resolved ?? source.span
        let text = asWritten(analysis.text(span), format: analysis.document.format)
        return SourceIdentity(key: normalize(text), kind: source.effectiveKind, text: text)
    }

    /// A source's words as a reader sees them: character references in HTML and Markdown
    /// decoded ("O&rsquo;Rourke" → "O’Rourke").
    public static func asWritten(_ text: String, format: InputFormat) -> String {
        CharacterReferences.apply(to: format) ? CharacterReferences.decode(text) : text
    }

    /// Every attribution's source identity (nil for hedges), parallel to `analysis.attributions`.
    ///
    /// Within a document, a named source written as a surname alone, with or without titles
    /// ("Achterberg", "Dr. Achterberg", "Minister Vidal"), is the same source as an earlier full
    /// name ending in that surname ("Dr. Miriam Achterberg") and takes its key. When two earlier
    /// full names share the surname, the surname alone is ambiguous and keeps its own key. A
    /// resolved pronoun follows the source it refers to.
    public static func identities(in analysis: DocumentAnalysis, titles: NameTitles = .builtIn) -> [SourceIdentity?] {
        var out: [SourceIdentity?] = analysis.attributions.map { of($0, in: analysis) }
        // Mentions in text order: a pronoun counts where the text it refers to stands.
        let order = analysis.attributions.indices.compactMap { i -> (Int, Int)? in
            guard let s = analysis.attributions[i].source else { return nil }
            return (i, (s.resolved ?? s.span).start)
        }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
        // Full names seen so far: surname -> the keys of the full names ending in it.
        var fullNames: [String: Set<String>] = [:]
        for (i, _) in order {
            guard let identity = out[i], identity.kind == .named else { continue }
            if let surname = titles.surname(ofShortName: identity.text) {
                if let candidates = fullNames[surname], candidates.count == 1, let full = candidates.first {
                    out[i]!.key = full
                }
            } else if let surname = titles.surname(ofFullName: identity.text) {
                fullNames[surname, default: []].insert(identity.key)
            }
        }
        return out
    }

    /// Whether a source counts per document rather than across the archive: an anonymous or
    /// vague source ("two senior diplomats", "critics") is a different group of people in every
    /// story, so is a pronoun that was not resolved, and so is a common noun that names no one
    /// ("the company", "the study", "police", "the mayor") — a source whose words came from a
    /// source lexicon and carry no capital letter after the first character ("the Interior
    /// Ministry" and "the U.S. Geological Survey" do, and count across the archive).
    ///
    /// - Parameters:
    ///   - text: the source as written (for a resolved pronoun, the text it refers to).
    ///   - lexiconHead: whether a source lexicon (``LexiconClass``) matched it, as the
    ///     attribution's `rules` record (`lexicon.source.*`, pronouns aside; the store reads it
    ///     with `Schema.sourceLexiconHeadSQL`).
    public static func isGeneric(kind: SourceKind, text: String, lexiconHead: Bool) -> Bool {
        switch kind {
        case .anonymous, .vague, .pronoun: return true
        case .named, .document:
            guard lexiconHead else { return false }
            return !text.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
        }
    }
}

/// A source as reports and the store count it.
public struct SourceIdentity: Sendable, Hashable {
    /// The normalized key (see ``SourceKey``).
    public var key: String
    /// The kind after pronoun resolution.
    public var kind: SourceKind
    /// The source as written (character references decoded); for a resolved pronoun, the text
    /// it refers to.
    public var text: String

    public init(key: String, kind: SourceKind, text: String) {
        self.key = key
        self.kind = kind
        self.text = text
    }
}

/// Words that stand before a name without being part of it, from the rules the engine already
/// has: the abbreviations of kind `title` ("Dr.", "Gov.", "Sen.") and every word of the title
/// lexicon ("minister", "judge", "chief executive").
public struct NameTitles: Sendable {
    private let words: Set<String>
    private let abbreviations: Abbreviations

    public init(_ rules: RuleSet) {
        var words = Set<String>()
        for group in rules.lexicon.groups where group.lexiconClass == .title {
            for entry in group.entries {
                for w in entry.split(separator: " ") { words.insert(w.lowercased()) }
            }
        }
        self.words = words
        self.abbreviations = rules.abbreviations
    }

    /// The built-in rules' titles. (Titles added with `--rules` are not seen here.)
    public static let builtIn = NameTitles(RuleSet.builtIn)

    /// Whether a word as written is a title ("Dr.", "Dr", "Minister", "judge").
    public func isTitle(_ word: Substring) -> Bool {
        var w = word
        if w.hasSuffix(".") { w = w.dropLast() }
        if w.isEmpty { return false }
        if abbreviations.kind(of: String(w)) == .title { return true }
        return words.contains(w.lowercased())
    }

    /// The surname of a short form ("Achterberg", "Dr. Achterberg", "Dr Achterberg", "Prime
    /// Minister Vidal"):
    /// one capitalised word after nothing but titles, lowercased; nil otherwise.
    public func surname(ofShortName text: String) -> String? {
        let w = NameTitles.words(text)
        guard let last = w.last, NameTitles.isCapitalised(last), w.dropLast().allSatisfy({ isTitle($0) }) else { return nil }
        return SourceKey.normalize(String(last))
    }

    /// The surname of a full name ("Dr. Miriam Achterberg", "Agriculture Minister Peter Kiprono"):
    /// the last word when it and the word before it are capitalised and not titles, lowercased.
    public func surname(ofFullName text: String) -> String? {
        let w = NameTitles.words(text)
        guard w.count >= 2 else { return nil }
        let last = w[w.count - 1], first = w[w.count - 2]
        guard NameTitles.isCapitalised(last), NameTitles.isCapitalised(first), !isTitle(first), !isTitle(last) else { return nil }
        return SourceKey.normalize(String(last))
    }

    /// Words as written, without a leading article.
    private static func words(_ text: String) -> [Substring] {
        var w = text.split(whereSeparator: { $0.isWhitespace })
        if let first = w.first, ["the", "a", "an"].contains(first.lowercased()) { w.removeFirst() }
        return w
    }

    /// A name-like word: a capital letter first, no digits.
    private static func isCapitalised(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
        return !word.unicodeScalars.contains { $0.properties.numericType != nil }
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
