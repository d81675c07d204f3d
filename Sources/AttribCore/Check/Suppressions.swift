/// One `<!-- attrib-… -->` comment in a Markdown or HTML draft.
public struct SuppressionDirective: Hashable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Suppresses the named rules (or all) for findings that start on the line after the comment.
        case disableNextLine = "attrib-disable-next-line"
        /// Suppresses the named rules (or all) from the comment to the matching `attrib-enable` (or the end).
        case disable = "attrib-disable"
        /// Ends an `attrib-disable` for the same rules (or every open one).
        case enable = "attrib-enable"
        /// Suppresses the named rules (or all, document-level `policy.*` findings included) in the whole file.
        case disableFile = "attrib-disable-file"
    }

    /// Nil when the comment starts with `attrib-` but names no known directive (a typo).
    public var kind: Kind?
    /// The directive word as written (`attrib-disable-next-line`).
    public var word: String
    /// Rule ids; empty means every rule.
    public var rules: [String]
    /// The whole comment, `<!--` to `-->`, in original bytes.
    public var span: Span

    public init(kind: Kind?, word: String, rules: [String], span: Span) {
        self.kind = kind
        self.word = word
        self.rules = rules
        self.span = span
    }

    /// `attrib-disable source.vague, verb.loaded` — how messages quote it.
    public var written: String { rules.isEmpty ? word : word + " " + rules.joined(separator: ", ") }

    // MARK: - Parsing

    /// The directives in a document's original bytes, in order. Only Markdown and HTML have
    /// comments. In Markdown, comments inside fenced code blocks and code spans are examples, not
    /// directives; in HTML, comments inside `<script>`, `<style>` and `<textarea>` are skipped.
    public static func parse(_ bytes: [UInt8], format: InputFormat) -> [SuppressionDirective] {
        switch format {
        case .markdown: return markdown(bytes)
        case .html: return html(bytes)
        case .text, .jsonl, .auto: return []
        }
    }

    private static let open: [UInt8] = Array("<!--".utf8)
    private static let close: [UInt8] = Array("-->".utf8)

    private static func markdown(_ b: [UInt8]) -> [SuppressionDirective] {
        var out: [SuppressionDirective] = []
        var fence: (char: UInt8, count: Int)?
        var pos = 0
        let n = b.count
        while pos < n {
            let s = pos
            var e = s
            while e < n && b[e] != 0x0A && b[e] != 0x0D { e += 1 }
            pos = e
            if pos < n && b[pos] == 0x0D { pos += 1 }
            if pos < n && b[pos] == 0x0A { pos += 1 }
            // Fences: up to three spaces, then three or more backticks or tildes.
            var p = s
            while p < e && b[p] == 0x20 && p - s < 3 { p += 1 }
            var c = 0
            if p < e && (b[p] == 0x60 || b[p] == 0x7E) {
                while p + c < e && b[p + c] == b[p] { c += 1 }
            }
            if let f = fence {
                if c >= f.count && b[p] == f.char { fence = nil }
                continue
            }
            if c >= 3 { fence = (b[p], c); continue }
            // Comments that start on this line; one may run over several lines.
            var i = s
            var backticks = 0
            while i < e {
                if b[i] == 0x60 { backticks += 1; i += 1; continue }
                if backticks % 2 == 0 && matches(b, i, open) {
                    let bodyStart = i + open.count
                    guard let end = find(b, close, from: bodyStart) else { return out }
                    if let d = directive(b[bodyStart..<end], span: Span(i, end + close.count)) { out.append(d) }
                    i = end + close.count
                    if i > e {  // the comment ran past this line: continue after it
                        pos = i
                        break
                    }
                    continue
                }
                i += 1
            }
        }
        return out
    }

    private static func html(_ b: [UInt8]) -> [SuppressionDirective] {
        var out: [SuppressionDirective] = []
        var i = 0
        let n = b.count
        while i < n {
            guard b[i] == 0x3C else { i += 1; continue }
            if matches(b, i, open) {
                let bodyStart = i + open.count
                guard let end = find(b, close, from: bodyStart) else { break }
                if let d = directive(b[bodyStart..<end], span: Span(i, end + close.count)) { out.append(d) }
                i = end + close.count
                continue
            }
            // Raw text elements: their content is not markup.
            var skipped = false
            for name in ["script", "style", "textarea"] {
                let tag = Array(("<" + name).utf8)
                if matchesLowercased(b, i, tag), i + tag.count < n, !isNameByte(b[i + tag.count]) {
                    let endTag = Array(("</" + name).utf8)
                    var j = i + tag.count
                    while j < n && !matchesLowercased(b, j, endTag) { j += 1 }
                    i = j + endTag.count
                    skipped = true
                    break
                }
            }
            if !skipped { i += 1 }
        }
        return out
    }

    /// A comment body that starts with `attrib-` becomes a directive; others are ordinary comments.
    /// Text after ` -- ` is a reason for the reader and is ignored.
    private static func directive(_ body: ArraySlice<UInt8>, span: Span) -> SuppressionDirective? {
        var text = String(decoding: body, as: UTF8.self)
        if let reason = text.range(of: " -- ") { text = String(text[..<reason.lowerBound]) }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "," })
            .map(String.init)
        guard let word = words.first, word.hasPrefix("attrib-") else { return nil }
        return SuppressionDirective(kind: Kind(rawValue: word), word: word, rules: Array(words.dropFirst()), span: span)
    }

    private static func matches(_ b: [UInt8], _ i: Int, _ needle: [UInt8]) -> Bool {
        guard i + needle.count <= b.count else { return false }
        for k in 0..<needle.count where b[i + k] != needle[k] { return false }
        return true
    }

    private static func matchesLowercased(_ b: [UInt8], _ i: Int, _ needle: [UInt8]) -> Bool {
        guard i + needle.count <= b.count else { return false }
        for k in 0..<needle.count {
            var c = b[i + k]
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if c != needle[k] { return false }
        }
        return true
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x2D
    }

    private static func find(_ b: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        var i = from
        while i + needle.count <= b.count {
            if b[i] == needle[0] && matches(b, i, needle) { return i }
            i += 1
        }
        return nil
    }
}

/// The inline suppressions of one document: which findings they suppress, and which of them
/// suppressed nothing (reported as `suppression.unused`).
public struct Suppressions: Sendable {
    public static let unusedRule = "suppression.unused"

    enum Region: Sendable {
        /// 0-based line index.
        case line(Int)
        /// Original byte offsets: findings that start in `start..<end`.
        case range(Int, Int)
        case file
    }

    struct Scope: Sendable {
        var directive: Int
        /// Nil: every rule.
        var rule: String?
        var region: Region
        var used = false
    }

    public let directives: [SuppressionDirective]
    private var scopes: [Scope] = []
    /// `attrib-enable` directives that closed nothing, and unknown `attrib-…` words.
    private var unmatched: [(directive: Int, reason: String)] = []
    private let knownRules: Set<String>?

    /// Parses the document's directives. With `knownRules`, a directive naming an unknown rule is
    /// reported as such in its `suppression.unused` finding.
    public init(document: SourceDocument, lines: LineIndex, knownRules: Set<String>? = nil) {
        self.init(directives: SuppressionDirective.parse(document.bytes, format: document.format), lines: lines,
                  knownRules: knownRules)
    }

    public init(directives: [SuppressionDirective], lines: LineIndex, knownRules: Set<String>? = nil) {
        self.directives = directives
        self.knownRules = knownRules
        var open: [Int] = []  // indexes into scopes of unclosed attrib-disable scopes
        for (index, d) in directives.enumerated() {
            let rules: [String?] = d.rules.isEmpty ? [nil] : d.rules.map { $0 }
            switch d.kind {
            case .disableNextLine?:
                let line = lines.lineIndex(of: d.span.end) + 1
                for r in rules { scopes.append(Scope(directive: index, rule: r, region: .line(line))) }
            case .disableFile?:
                for r in rules { scopes.append(Scope(directive: index, rule: r, region: .file)) }
            case .disable?:
                for r in rules {
                    open.append(scopes.count)
                    scopes.append(Scope(directive: index, rule: r, region: .range(d.span.end, Int.max)))
                }
            case .enable?:
                var closed = false
                for r in rules {
                    // The innermost open scope for the same rule (or every open scope for a bare enable).
                    let matching = r == nil ? open : open.filter { scopes[$0].rule == r }.suffix(1)
                    for s in matching {
                        if case let .range(start, _) = scopes[s].region { scopes[s].region = .range(start, d.span.start) }
                        open.removeAll { $0 == s }
                        closed = true
                    }
                    if r != nil && matching.isEmpty {
                        unmatched.append((index, "attrib-enable \(r!) has no matching attrib-disable \(r!)"))
                    }
                }
                if rules == [nil] && !closed {
                    unmatched.append((index, "attrib-enable has no matching attrib-disable"))
                }
            case nil:
                let known = SuppressionDirective.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                unmatched.append((index, "unknown directive \(d.word) (expected one of: \(known)); it suppresses nothing"))
            }
        }
    }

    public var isEmpty: Bool { directives.isEmpty }

    /// Whether a finding is suppressed; every directive that covers it is marked as used.
    /// Document-level findings (no sentence) are covered only by `attrib-disable-file`;
    /// `suppression.unused` is never suppressed.
    public mutating func suppresses(_ finding: Finding, lines: LineIndex) -> Bool {
        guard !scopes.isEmpty, finding.rule != Suppressions.unusedRule else { return false }
        var line: Int?
        var hit = false
        for i in scopes.indices {
            if let r = scopes[i].rule, r != finding.rule { continue }
            let covers: Bool
            switch scopes[i].region {
            case .file:
                covers = true
            case let .line(l):
                guard finding.sentence != nil else { continue }
                if line == nil { line = lines.lineIndex(of: finding.span.start) }
                covers = line == l
            case let .range(start, end):
                guard finding.sentence != nil else { continue }
                covers = finding.span.start >= start && finding.span.start < end
            }
            if covers {
                scopes[i].used = true
                hit = true
            }
        }
        return hit
    }

    /// `suppression.unused` findings (severity `info`), at the comments, in document order.
    public func unusedFindings(severity: Severity = .info) -> [Finding] {
        var messages: [(Int, String)] = unmatched.map { ($0.directive, $0.reason) }
        var seen = Set<String>()
        for s in scopes where !s.used {
            let d = directives[s.directive]
            let key = "\(s.directive)\u{0}\(s.rule ?? "")"
            guard seen.insert(key).inserted else { continue }
            let what = s.rule.map { "\(d.word) \($0)" } ?? d.word
            if let r = s.rule, let known = knownRules, !known.contains(r) {
                messages.append((s.directive, "\(what) names no known rule; it suppresses nothing"))
            } else {
                messages.append((s.directive, "\(what) suppresses nothing; remove it"))
            }
        }
        return messages.enumerated()
            .sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }
            .map { Finding(rule: Suppressions.unusedRule, severity: severity, message: $0.element.1,
                           span: directives[$0.element.0].span, sentence: nil, confidence: 1) }
    }
}
