import Foundation

/// A span in Unicode code points, as brat counts them (`[start, end)`), into an article's text.
public struct CodePointSpan: Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int
    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = end
    }
    public static func < (a: CodePointSpan, b: CodePointSpan) -> Bool { (a.start, a.end) < (b.start, b.end) }
}

/// The referent of a pronoun source, annotated on brat gold (`attrib eval --gold brat --pronouns FILE`).
///
/// One JSON object per line: `{"article": "NAME", "sha256": "…", "pronoun": [start, end], "kind":
/// "female", "mentions": [[s, e], …], "note": "…"}`. `NAME` is the text file's name without `.txt`;
/// `sha256` is the digest of that file, so a changed text is noticed; offsets are code points into
/// it. `mentions` are the article's mentions that name the referent (empty when the text names none,
/// as for a generic "you"). The format is in docs/real-news-evaluation.md.
public struct PronounAntecedent: Sendable, Equatable {
    /// What the pronoun refers to.
    public enum Kind: String, CaseIterable, Sendable {
        case male, female, group, organisation, other
    }

    public var article: String
    public var sha256: String
    public var pronoun: CodePointSpan
    public var kind: Kind
    public var mentions: [CodePointSpan]
    public var note: String?
    /// 1-based line in the gold file.
    public var line: Int

    public init(article: String, sha256: String, pronoun: CodePointSpan, kind: Kind, mentions: [CodePointSpan],
                note: String? = nil, line: Int) {
        self.article = article
        self.sha256 = sha256
        self.pronoun = pronoun
        self.kind = kind
        self.mentions = mentions
        self.note = note
        self.line = line
    }
}

/// The kind of a gold source, annotated on brat gold (`attrib eval --gold brat --kinds FILE`).
///
/// One JSON object per line: `{"article": "NAME", "sha256": "…", "source": [start, end], "kind":
/// "anonymous", "anonymous": true, "reason": [start, end] | null, "note": "…"}`, with kinds and
/// anonymity as in docs/corpus-annotation.md (a pronoun's anonymity is its referent's), and the span
/// of the story's reason for granting anonymity, wherever the story gives it.
public struct AnnotatedSourceKind: Sendable, Equatable {
    public var article: String
    public var sha256: String
    public var source: CodePointSpan
    public var kind: SourceKind
    public var anonymous: Bool
    public var reason: CodePointSpan?
    public var note: String?
    /// 1-based line in the gold file.
    public var line: Int

    public init(article: String, sha256: String, source: CodePointSpan, kind: SourceKind, anonymous: Bool,
                reason: CodePointSpan?, note: String? = nil, line: Int) {
        self.article = article
        self.sha256 = sha256
        self.source = source
        self.kind = kind
        self.anonymous = anonymous
        self.reason = reason
        self.note = note
        self.line = line
    }
}

/// Reads the JSON Lines gold files of pronoun antecedents and source kinds. A line that cannot be
/// used is reported with its line and column, and the other lines are still read.
public enum SourceGold {
    public struct Parsed<Record: Sendable>: Sendable {
        public var records: [Record] = []
        public var problems: [AttribError] = []
    }

    public static func pronouns(_ bytes: [UInt8], file: String) -> Parsed<PronounAntecedent> {
        parse(bytes, file: file) { o, line in
            let pronoun = try o.span("pronoun")
            let kind = try o.string("kind")
            guard let k = PronounAntecedent.Kind(rawValue: kind) else {
                throw o.problem("kind", "\"kind\" must be one of \(PronounAntecedent.Kind.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(kind)\"")
            }
            guard let list = o.dict["mentions"] as? [Any] else { throw o.problem("mentions", "\"mentions\" must be a list of [start, end] (empty when the text names no referent)") }
            let mentions = try list.map { try o.span($0, "mentions") }
            return PronounAntecedent(article: try o.article(), sha256: try o.sha256(), pronoun: pronoun, kind: k,
                                     mentions: mentions, note: try o.note(), line: line)
        }
    }

    public static func kinds(_ bytes: [UInt8], file: String) -> Parsed<AnnotatedSourceKind> {
        parse(bytes, file: file) { o, line in
            let source = try o.span("source")
            let kind = try o.string("kind")
            guard let k = SourceKind(rawValue: kind) else {
                throw o.problem("kind", "\"kind\" must be one of \(SourceKind.allCases.map(\.rawValue).joined(separator: ", ")), not \"\(kind)\"")
            }
            guard let anonymous = o.dict["anonymous"] as? Bool, o.isBool("anonymous") else {
                throw o.problem("anonymous", "\"anonymous\" must be true or false")
            }
            var reason: CodePointSpan?
            if let r = o.dict["reason"], !(r is NSNull) { reason = try o.span(r, "reason") }
            return AnnotatedSourceKind(article: try o.article(), sha256: try o.sha256(), source: source, kind: k,
                                       anonymous: anonymous, reason: reason, note: try o.note(), line: line)
        }
    }

    /// One line's object, with helpers that word the problems.
    struct Line {
        var dict: [String: Any]
        var text: String
        var file: String
        var number: Int

        /// The column of `"key"` in the line (1-based, in characters), or 1.
        func column(_ key: String) -> Int {
            guard let r = text.range(of: "\"\(key)\"") else { return 1 }
            return text.distance(from: text.startIndex, to: r.lowerBound) + 1
        }

        func problem(_ key: String, _ reason: String) -> AttribError {
            .invalidGoldLine(file: file, line: number, column: column(key), reason: reason)
        }

        func string(_ key: String) throws -> String {
            guard let s = dict[key] as? String, !s.isEmpty else { throw problem(key, "\"\(key)\" must be a non-empty string") }
            return s
        }

        func article() throws -> String { try string("article") }

        func sha256() throws -> String {
            let s = try string("sha256")
            guard s.utf8.count == 64, s.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) else {
                throw problem("sha256", "\"sha256\" must be 64 lowercase hex digits (the digest of the article's .txt file)")
            }
            return s
        }

        func note() throws -> String? {
            switch dict["note"] {
            case nil, is NSNull: return nil
            case let s as String: return s
            default: throw problem("note", "\"note\" must be a string")
            }
        }

        func isBool(_ key: String) -> Bool {
            guard let n = dict[key] as? NSNumber else { return false }
            return String(cString: n.objCType) == "c"
        }

        func span(_ key: String) throws -> CodePointSpan {
            guard let v = dict[key] else { throw problem(key, "missing \"\(key)\"") }
            return try span(v, key)
        }

        /// `[start, end]`: two whole numbers, 0 ≤ start < end.
        func span(_ value: Any, _ key: String) throws -> CodePointSpan {
            guard let pair = value as? [Any], pair.count == 2,
                  let a = pair[0] as? NSNumber, let b = pair[1] as? NSNumber,
                  String(cString: a.objCType) != "c", String(cString: b.objCType) != "c",
                  a.doubleValue == a.doubleValue.rounded(), b.doubleValue == b.doubleValue.rounded() else {
                throw problem(key, "\"\(key)\" must hold [start, end] spans of whole numbers (code points)")
            }
            let s = a.intValue, e = b.intValue
            guard s >= 0, s < e else { throw problem(key, "\"\(key)\": [\(s), \(e)] is not a span (0 ≤ start < end)") }
            return CodePointSpan(s, e)
        }
    }

    static func parse<Record>(_ bytes: [UInt8], file: String, _ make: (Line, Int) throws -> Record) -> Parsed<Record> {
        var out = Parsed<Record>()
        for (i, raw) in BratAnnotations.splitLines(bytes).enumerated() {
            let number = i + 1
            if raw.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(raw.utf8))
            } catch {
                out.problems.append(.invalidGoldLine(file: file, line: number, column: errorColumn(error, raw),
                                                     reason: "not valid JSON"))
                continue
            }
            guard let dict = object as? [String: Any] else {
                out.problems.append(.invalidGoldLine(file: file, line: number, column: 1, reason: "expected one JSON object per line"))
                continue
            }
            do {
                out.records.append(try make(Line(dict: dict, text: raw, file: file, number: number), number))
            } catch let e as AttribError {
                out.problems.append(e)
            } catch {
                out.problems.append(.invalidGoldLine(file: file, line: number, column: 1, reason: "\(error)"))
            }
        }
        return out
    }

    /// Foundation says "… around character N." (0-based); the column is N + 1, else the line's end
    /// for a line cut short, else 1.
    static func errorColumn(_ error: Error, _ line: String) -> Int {
        let d = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        if let r = d.range(of: "around character ") {
            let digits = d[r.upperBound...].prefix { $0.isNumber }
            if let n = Int(digits) { return min(n, line.count) + 1 }
        }
        if d.contains("end of file") { return line.count + 1 }
        return 1
    }
}

/// One article's text as the gold files see it: the digest check and code points to bytes.
struct GoldArticle {
    let analysis: DocumentAnalysis
    let offsets: CodePointOffsets

    init(_ analysis: DocumentAnalysis) {
        self.analysis = analysis
        offsets = CodePointOffsets(analysis.document.bytes)
    }

    /// What keeps records from being scored: the text's digest is not theirs (then none is), or
    /// a span runs past the text's end (then that record is not).
    struct Problems {
        var changed: AttribError?
        var lines: [Int: AttribError] = [:]
        var all: [AttribError] { changed.map { [$0] } ?? lines.sorted { $0.key < $1.key }.map(\.value) }
    }

    /// Checks records (each with its line, digest and spans) against this article.
    func problems(article: String, _ records: [(line: Int, sha256: String, spans: [CodePointSpan])], goldFile: String) -> Problems {
        var p = Problems()
        let digest = SHA256.hex(analysis.document.bytes)
        if let bad = records.first(where: { $0.sha256 != digest }) {
            p.changed = .invalidGoldLine(file: goldFile, line: bad.line, column: 1,
                                         reason: "article \(article): its text has changed (sha256 \(digest); the gold was made on \(bad.sha256)); its \(records.count) annotations are not scored")
            return p
        }
        for r in records {
            if let s = r.spans.first(where: { $0.end > offsets.count }) {
                p.lines[r.line] = .invalidGoldLine(file: goldFile, line: r.line, column: 1,
                                                   reason: "article \(article): [\(s.start), \(s.end)] ends past the end of its text (\(offsets.count) characters); not scored")
            }
        }
        return p
    }

    func bytes(_ s: CodePointSpan) -> Span { Span(offsets.byte(s.start), offsets.byte(s.end)) }

    func text(_ s: Span) -> String { GoldArticle.flat(analysis.text(s)) }

    /// The sentence around `offset`, on one line.
    func sentence(at offset: Int) -> String {
        let sentences = analysis.sentences
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        guard lo < sentences.count, sentences[lo].span.start <= offset else { return "" }
        return GoldArticle.flat(analysis.text(sentences[lo].span))
    }

    /// attrib's attribution whose source shares the most with `span` (the first of equals), if any.
    func attribution(withSourceOverlapping span: Span) -> Attribution? {
        var best: (shared: Int, index: Int)?
        for (i, a) in analysis.attributions.enumerated() {
            guard let s = a.source?.span else { continue }
            let shared = min(s.end, span.end) - max(s.start, span.start)
            if shared > 0 && shared > (best?.shared ?? 0) { best = (shared, i) }
        }
        return best.map { analysis.attributions[$0.index] }
    }

    static func flat(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
}
