/// What identifies a finding across edits: the file, the rule, the normalized text of its
/// sentence and which occurrence of that rule in sentences with that text it is. Never a line
/// number, so a finding that moves with its sentence keeps its identity.
public struct BaselineKey: Hashable, Comparable, Sendable {
    /// Path relative to the repository root, `/`-separated (or a JSON Lines record's id).
    public var path: String
    public var rule: String
    /// ``normalize(_:)`` of the sentence's text; for findings outside a sentence (`policy.*`,
    /// `suppression.unused`), of the finding's own span.
    public var sentence: String
    /// 0 for the first finding of `rule` in a sentence with this text in this file, 1 for the next…
    public var occurrence: Int

    public init(path: String, rule: String, sentence: String, occurrence: Int) {
        self.path = path
        self.rule = rule
        self.sentence = sentence
        self.occurrence = occurrence
    }

    public static func < (a: BaselineKey, b: BaselineKey) -> Bool {
        if a.path != b.path { return a.path.utf8.lexicographicallyPrecedes(b.path.utf8) }
        if a.rule != b.rule { return a.rule.utf8.lexicographicallyPrecedes(b.rule.utf8) }
        if a.sentence != b.sentence { return a.sentence.utf8.lexicographicallyPrecedes(b.sentence.utf8) }
        return a.occurrence < b.occurrence
    }

    /// A stable identity for SARIF `partialFingerprints` (lowercase hex SHA-256 of the key).
    public var fingerprint: String {
        var bytes: [UInt8] = Array("attrib/v1".utf8)
        for part in [rule, path, sentence, String(occurrence)] {
            bytes.append(0)
            bytes.append(contentsOf: part.utf8)
        }
        return CheckHash.sha256Hex(bytes)
    }

    /// Runs of whitespace (line breaks from re-wrapping included) become one space; the ends are trimmed.
    public static func normalize(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            if s.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(s)
        }
        return String(out)
    }

    /// Keys for a document's findings, in the order given: occurrences count per rule and sentence text.
    public static func keys(for findings: [Finding], in analysis: DocumentAnalysis, path: String) -> [BaselineKey] {
        var seen: [String: Int] = [:]
        var sentenceText: [Int: String] = [:]
        return findings.map { f in
            let text: String
            if let i = f.sentence, i >= 0, i < analysis.sentences.count {
                if let t = sentenceText[i] {
                    text = t
                } else {
                    text = normalize(analysis.text(analysis.sentences[i].span))
                    sentenceText[i] = text
                }
            } else {
                text = normalize(analysis.text(f.span))
            }
            let id = f.rule + "\u{0}" + text
            let n = seen[id, default: 0]
            seen[id] = n + 1
            return BaselineKey(path: path, rule: f.rule, sentence: text, occurrence: n)
        }
    }
}

/// Findings editors have already accepted (`--baseline FILE`): a JSON file written by
/// `--write-baseline`, `{"version":1,"findings":[{"path","rule","sentence","occurrence"}…]}`,
/// sorted so it diffs well.
public struct Baseline: Sendable, Equatable {
    public static let version = 1
    public var keys: Set<BaselineKey>

    public init(keys: Set<BaselineKey> = []) { self.keys = keys }

    public func contains(_ key: BaselineKey) -> Bool { keys.contains(key) }

    /// The entries in file order: path, rule, sentence, occurrence.
    public var sortedKeys: [BaselineKey] { keys.sorted() }

    /// Reads a baseline file (JSON; read with the strict YAML reader, so errors name line and column).
    public static func parse(_ text: String, file: String) throws -> Baseline {
        let y = YAMLReader(file: file)
        let root = try y.parse(text)
        var baseline = Baseline()
        var sawVersion = false
        for (key, _, value) in try y.mapping(root, allowed: ["version", "findings"], what: "the baseline") {
            if key == "version" {
                try y.checkVersion(value, supported: version)
                sawVersion = true
                continue
            }
            guard let entries = value.sequence else { throw y.error(value, "findings must be a list") }
            for entry in entries {
                var path: String?, rule: String?, sentence: String?, occurrence: Int?
                for (k, _, v) in try y.mapping(entry, allowed: ["path", "rule", "sentence", "occurrence"], what: "a baseline entry") {
                    switch k {
                    case "path": path = try y.string(v, k)
                    case "rule": rule = try y.string(v, k)
                    case "sentence": sentence = try y.string(v, k)
                    default:
                        let n = try y.int(v, k)
                        if n < 0 { throw y.error(v, "occurrence must be 0 or more") }
                        occurrence = n
                    }
                }
                guard let path, let rule, let sentence, let occurrence else {
                    throw y.error(entry, "a baseline entry needs path, rule, sentence and occurrence")
                }
                baseline.keys.insert(BaselineKey(path: path, rule: rule, sentence: sentence, occurrence: occurrence))
            }
        }
        if !sawVersion { throw y.error(root, "missing \"version\": 1") }
        return baseline
    }
}
