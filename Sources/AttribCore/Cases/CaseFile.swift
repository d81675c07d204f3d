import Yams

/// A `corpus/cases/<phenomenon>.yml` file: the marked cases of one phenomenon (docs/cases.md).
public struct CaseFile: Sendable {
    public var file: String
    public var phenomenon: String
    public var description: String
    public var cases: [MarkedCase]

    static let topLevelKeys = ["version", "phenomenon", "description", "cases"]
    static let attributionKeys = ["kind", "quote", "anonymous", "category", "level", "resolved", "loaded"]
    static let caseKeys = ["text", "attributions", "findings", "known-wrong"] + attributionKeys
    /// Marker letters of an attribution's spans; other letters name spans that findings refer to.
    static let roles: Set<Character> = ["c", "s", "t", "r"]

    /// Parses one case file. `file` names it in errors and in each case; its last path component
    /// without `.yml` must be the file's `phenomenon`. Every error names file:line:column.
    public static func parse(_ text: String, file: String) throws -> CaseFile {
        let r = YAMLReader(file: file)
        let root = try r.parse(text)
        var phenomenon: String?
        var description = ""
        var caseNodes: [Node] = []
        var version = false
        for (key, _, value) in try r.mapping(root, allowed: topLevelKeys, what: "case file") {
            switch key {
            case "version":
                try r.checkVersion(value)
                version = true
            case "phenomenon":
                let p = try r.string(value, "phenomenon")
                let name = String(file.split(separator: "/").last ?? Substring(file))
                let base = name.hasSuffix(".yml") ? String(name.dropLast(4)) : name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name
                if p != base { throw r.error(value, "phenomenon '\(p)' must match the file name '\(base)'") }
                phenomenon = p
            case "description": description = try r.string(value, "description")
            default:
                guard let seq = value.sequence else { throw r.error(value, "cases must be a list") }
                caseNodes = Array(seq)
            }
        }
        guard version else { throw r.error(root, "a case file needs 'version: 1'") }
        guard let phenomenon else { throw r.error(root, "a case file needs a 'phenomenon'") }
        let cases = try caseNodes.map { try parseCase($0, r, phenomenon: phenomenon) }
        return CaseFile(file: file, phenomenon: phenomenon, description: description, cases: cases)
    }

    private static func parseCase(_ node: Node, _ r: YAMLReader, phenomenon: String) throws -> MarkedCase {
        var values: [String: Node] = [:]
        for (k, _, v) in try r.mapping(node, allowed: caseKeys, what: "case") { values[k] = v }
        guard let textNode = values["text"] else { throw r.error(node, "a case needs a 'text'") }
        let marked = try r.string(textNode, "text")
        let parsed: MarkedText
        do {
            parsed = try MarkedText(parsing: marked)
        } catch {
            throw r.error(textNode, "\(error.reason) (at character \(error.offset + 1) of the text)")
        }
        let line = textNode.mark?.line ?? node.mark?.line ?? 0

        // The attributions: numbered markers with an `attributions` list, or one unnumbered.
        var fields: [Node?] = []
        if let list = values["attributions"] {
            guard let seq = list.sequence, !seq.isEmpty else { throw r.error(list, "attributions must be a non-empty list") }
            if let k = attributionKeys.first(where: { values[$0] != nil }) {
                throw r.error(values[k], "'\(k)' belongs to an entry of 'attributions' when a case has that list")
            }
            fields = seq.map { $0 }
        } else if parsed.markers.contains(where: { $0.letter == "c" }) {
            fields = [nil]
        } else if let k = attributionKeys.first(where: { values[$0] != nil }) {
            throw r.error(values[k], "'\(k)' describes an attribution, but the text marks no cue «c:…»")
        }
        let numbered = values["attributions"] != nil
        var spans: [Int: [Character: Span]] = [:]
        var named: [String: Span] = [:]
        for m in parsed.markers {
            guard roles.contains(m.letter) else {
                if named[m.tag] != nil { throw r.error(textNode, "the text marks «\(m.tag):…» twice") }
                named[m.tag] = m.span
                continue
            }
            if numbered && m.numbers.isEmpty {
                throw r.error(textNode, "marker «\(m.tag):…» needs the number of its attribution (\(m.letter)1, \(m.letter)2, …) when the case lists attributions")
            }
            if !numbered && !m.numbers.isEmpty {
                throw r.error(textNode, "numbered marker «\(m.tag):…» needs an 'attributions' list")
            }
            for n in numbered ? m.numbers : [1] {
                guard n >= 1 && n <= fields.count else {
                    throw r.error(textNode, "marker «\(m.tag):…» refers to attribution \(n), but the case has \(fields.count)")
                }
                if spans[n, default: [:]][m.letter] != nil {
                    throw r.error(textNode, "attribution \(n) has two «\(m.letter):…» markers")
                }
                spans[n, default: [:]][m.letter] = m.span
            }
        }
        var attributions: [ExpectedAttribution] = []
        for (i, f) in fields.enumerated() {
            let n = i + 1
            let s = spans[n] ?? [:]
            guard let cue = s["c"] else {
                throw r.error(f ?? textNode, numbered ? "attribution \(n) has no cue «c\(n):…» in the text" : "the text marks no cue «c:…»")
            }
            var a = ExpectedAttribution(number: n, cue: cue, source: s["s"], content: s["t"], reason: s["r"])
            let source: [String: Node]
            if let f {
                var d: [String: Node] = [:]
                for (k, _, v) in try r.mapping(f, allowed: attributionKeys, what: "attribution") { d[k] = v }
                source = d
            } else {
                source = values.filter { attributionKeys.contains($0.key) }
            }
            try fill(&a, source, r)
            if a.source != nil && a.kind == nil {
                throw r.error(f ?? textNode, "attribution \(n) marks a source, so it needs its 'kind'")
            }
            if a.source == nil, let k = source["kind"] {
                throw r.error(k, "attribution \(n) has a 'kind' but no source «s:…» in the text")
            }
            attributions.append(a)
        }

        var findings: [ExpectedFinding]?
        if let list = values["findings"] {
            guard let seq = list.sequence else { throw r.error(list, "findings must be a list (empty for none)") }
            findings = try seq.map { item in
                if item.scalar != nil { return ExpectedFinding(rule: try r.string(item, "finding rule")) }
                var d: [String: Node] = [:]
                for (k, _, v) in try r.mapping(item, allowed: ["rule", "at"], what: "finding") { d[k] = v }
                guard let rule = d["rule"] else { throw r.error(item, "a finding needs its 'rule'") }
                var f = ExpectedFinding(rule: try r.string(rule, "rule"))
                if let at = d["at"] {
                    let tag = try r.string(at, "at")
                    guard let span = named[tag] else {
                        throw r.error(at, "'at: \(tag)' names no marker «\(tag):…» in the text (c, s, t and r mark attributions)")
                    }
                    f.span = span
                }
                return f
            }
        }
        var knownWrong: [KnownWrong] = []
        if let list = values["known-wrong"] {
            guard let seq = list.sequence, !seq.isEmpty else { throw r.error(list, "known-wrong must be a non-empty list") }
            for item in seq {
                var d: [String: Node] = [:]
                for (k, _, v) in try r.mapping(item, allowed: ["cue", "source", "content", "finding", "why"], what: "known-wrong entry") { d[k] = v }
                guard let why = d["why"] else { throw r.error(item, "a known-wrong entry needs 'why' it is wrong") }
                func text(_ key: String) throws -> String? { try d[key].map { try r.string($0, key) } }
                if let rule = try text("finding") {
                    if let k = ["cue", "source", "content"].first(where: { d[$0] != nil }) {
                        throw r.error(d[k], "a known-wrong entry is an attribution (cue) or a finding, not both")
                    }
                    guard findings != nil else {
                        throw r.error(item, "a known-wrong finding needs the case to list its 'findings' (findings are checked only then)")
                    }
                    knownWrong.append(KnownWrong(.finding(rule: rule), why: try r.string(why, "why")))
                } else {
                    guard let cue = try text("cue") else { throw r.error(item, "a known-wrong entry needs its 'cue' text or its 'finding' rule") }
                    knownWrong.append(KnownWrong(.attribution(cue: cue, source: try text("source"), content: try text("content")),
                                                 why: try r.string(why, "why")))
                }
            }
        }
        return MarkedCase(file: r.file, line: line, phenomenon: phenomenon, marked: marked, text: parsed.text,
                          attributions: attributions, findings: findings, knownWrong: knownWrong)
    }

    private static func fill(_ a: inout ExpectedAttribution, _ d: [String: Node], _ r: YAMLReader) throws {
        func value<T: RawRepresentable>(_ key: String, _ type: T.Type) throws -> T? where T.RawValue == String, T: CaseIterable {
            guard let node = d[key] else { return nil }
            let s = try r.string(node, key)
            guard let v = T(rawValue: s) else {
                throw r.error(node, "\(key) must be one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), not '\(s)'")
            }
            return v
        }
        a.kind = try value("kind", SourceKind.self)
        a.quote = try value("quote", QuoteKind.self) ?? .none
        a.category = try value("category", CueCategory.self) ?? .speech
        a.level = try value("level", ConfidenceLevel.self)
        a.anonymous = try d["anonymous"].map { try r.bool($0, "anonymous") } ?? false
        a.loaded = try d["loaded"].map { try r.bool($0, "loaded") }
        if let node = d["resolved"] {
            // `resolved: null` (or ~): the pronoun has no antecedent.
            if let sc = node.scalar, sc.style == .plain, ["null", "Null", "NULL", "~"].contains(sc.string) {
                a.resolved = Antecedent.none
            } else {
                a.resolved = .text(try r.string(node, "resolved"))
            }
        }
    }
}
