/// A path glob for `include` / `exclude`, matched against `/`-separated paths relative to the
/// configuration file's folder.
///
/// - `*` matches any characters except `/`; `?` one character except `/`; `[abc]`, `[a-z]`,
///   `[!abc]` one character from (or not from) a set; `{md,html}` one of the alternatives.
/// - `**` as a whole path segment matches zero or more folders (`drafts/**/*.md`).
/// - A pattern without `/` matches at any depth, as in `.gitignore` (`*.html` is `**/*.html`).
/// - A pattern that matches a folder matches everything below it (`archive` excludes `archive/a.md`).
public struct Glob: Sendable, Equatable, CustomStringConvertible {
    public struct SyntaxError: Error, Equatable {
        public var reason: String
        public init(reason: String) { self.reason = reason }
    }

    public let pattern: String
    /// Brace-expanded alternatives, each split into segments.
    private let alternatives: [[String]]

    public init(_ pattern: String) throws {
        self.pattern = pattern
        var p = pattern
        while p.hasPrefix("./") { p.removeFirst(2) }
        let anchored = p.hasPrefix("/")
        while p.hasPrefix("/") { p.removeFirst() }
        while p.hasSuffix("/") { p.removeLast() }
        if p.isEmpty { throw SyntaxError(reason: "the pattern is empty") }
        let expanded = try Glob.expandBraces(p)
        alternatives = try expanded.map { alt in
            var segments = alt.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            for s in segments { try Glob.checkClasses(s) }
            if !anchored && segments.count == 1 && segments[0] != "**" { segments.insert("**", at: 0) }
            return segments
        }
    }

    public var description: String { pattern }

    public static func == (a: Glob, b: Glob) -> Bool { a.pattern == b.pattern }

    /// Whether `path` (relative, `/`-separated; a leading `./` is ignored) or one of its folders matches.
    public func matches(_ path: String) -> Bool {
        var p = Substring(path)
        while p.hasPrefix("./") { p = p.dropFirst(2) }
        let segments = p.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
        return alternatives.contains { alt in
            Glob.match(alt.map { Array($0.unicodeScalars) }[...], segments[...])
        }
    }

    // MARK: - Matching

    /// Segment-wise match; running out of pattern with path left over matches (a folder matched).
    private static func match(_ pattern: ArraySlice<[Unicode.Scalar]>, _ path: ArraySlice<[Unicode.Scalar]>) -> Bool {
        guard let first = pattern.first else { return true }
        if first == ["*", "*"] {
            let rest = pattern.dropFirst()
            var p = path
            while true {
                if match(rest, p) { return true }
                guard !p.isEmpty else { return false }
                p = p.dropFirst()
            }
        }
        guard let segment = path.first else { return false }
        return matchSegment(first[...], segment[...]) && match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchSegment(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let c = p.first else { return s.isEmpty }
        switch c {
        case "*":
            var rest = s
            while true {
                if matchSegment(p.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case "?":
            return !s.isEmpty && matchSegment(p.dropFirst(), s.dropFirst())
        case "[":
            // The first character after `[` (or `[!`) may be `]` itself.
            var bodyStart = p.startIndex + 1
            let negated = bodyStart < p.endIndex && (p[bodyStart] == "!" || p[bodyStart] == "^")
            if negated { bodyStart += 1 }
            guard let ch = s.first, bodyStart < p.endIndex,
                  let close = p[(bodyStart + 1)...].firstIndex(of: "]") else { return false }
            let body = p[bodyStart..<close]
            var inSet = false
            var i = body.startIndex
            while i < body.endIndex {
                if i + 2 < body.endIndex && body[i + 1] == "-" {
                    if body[i].value <= ch.value && ch.value <= body[i + 2].value { inSet = true }
                    i += 3
                } else {
                    if body[i] == ch { inSet = true }
                    i += 1
                }
            }
            return inSet != negated && matchSegment(p[(close + 1)...], s.dropFirst())
        case "\\" where p.count > 1:
            let lit = p[p.startIndex + 1]
            return s.first == lit && matchSegment(p.dropFirst(2), s.dropFirst())
        default:
            return s.first == c && matchSegment(p.dropFirst(), s.dropFirst())
        }
    }

    // MARK: - Syntax

    private static func checkClasses(_ segment: String) throws {
        let s = Array(segment.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "\\" { i += 2; continue }
            if s[i] == "[" {
                // The first character after `[` (or `[!`) may be `]` itself.
                var j = i + 1
                if j < s.count && (s[j] == "!" || s[j] == "^") { j += 1 }
                j += 1
                while j < s.count && s[j] != "]" { j += 1 }
                if j >= s.count { throw SyntaxError(reason: "'[' without a closing ']'") }
                i = j
            } else if s[i] == "*" && i + 1 < s.count && s[i + 1] == "*" && s.count > 2 {
                throw SyntaxError(reason: "'**' must be a whole path segment, as in 'drafts/**/*.md'")
            }
            i += 1
        }
    }

    /// `a{b,c}d{e,f}` → abde, abdf, acde, acdf. Braces do not nest.
    private static func expandBraces(_ p: String) throws -> [String] {
        guard let open = p.firstIndex(of: "{") else {
            if p.contains("}") { throw SyntaxError(reason: "'}' without an opening '{'") }
            return [p]
        }
        guard let close = p[open...].firstIndex(of: "}") else { throw SyntaxError(reason: "'{' without a closing '}'") }
        let body = p[p.index(after: open)..<close]
        if body.contains("{") { throw SyntaxError(reason: "braces cannot nest") }
        if body.contains("/") { throw SyntaxError(reason: "alternatives in braces cannot contain '/'") }
        let head = String(p[..<open])
        if head.contains("}") { throw SyntaxError(reason: "'}' without an opening '{'") }
        let tails = try expandBraces(String(p[p.index(after: close)...]))
        var out: [String] = []
        for alt in body.split(separator: ",", omittingEmptySubsequences: false) {
            for t in tails { out.append(head + alt + t) }
        }
        return out
    }
}
