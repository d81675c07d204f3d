import Foundation

/// A hand-checked annotation of one corpus document (format in docs/corpus-annotation.md).
/// Strings in the file are located in the document text; this turns them into spans.
public struct GoldDocument: Sendable {
    public struct GoldAttribution: Sendable {
        public var sentence: Int
        public var cue: Span?
        public var cueCategory: CueCategory?
        public var loaded: Bool
        public var source: Span?
        public var sourceKind: SourceKind?
        public var resolved: Span?
        public var content: Span?
        public var quote: QuoteKind
        public var anonymous: Bool
        public var reason: Span?
    }

    public struct GoldFinding: Sendable {
        public var rule: String
        public var sentence: Int
    }

    public var document: String
    public var sentences: [Span]
    public var attributions: [GoldAttribution]
    public var findings: [GoldFinding]

    /// Parses a gold file against the document's bytes.
    public static func parse(json: [UInt8], file: String, documentBytes: [UInt8]) throws -> GoldDocument {
        func fail(_ reason: String) -> AttribError { .invalidGold(file: file, reason: reason) }
        guard let root = try? JSONSerialization.jsonObject(with: Data(json)) as? [String: Any] else {
            throw fail("not a JSON object")
        }
        guard root["version"] as? Int == 1 else { throw fail("expected \"version\": 1") }
        guard let document = root["document"] as? String else { throw fail("missing \"document\"") }
        guard let sentenceTexts = root["sentences"] as? [String] else { throw fail("missing \"sentences\"") }
        var sentences: [Span] = []
        var from = 0
        for (i, s) in sentenceTexts.enumerated() {
            guard let at = find(Array(s.utf8), in: documentBytes, from: from, to: documentBytes.count) else {
                throw fail("sentence \(i) not found in order: \(s.prefix(60))")
            }
            sentences.append(Span(at, at + s.utf8.count))
            from = at + s.utf8.count
        }
        func locate(_ value: Any?, sentence: Int, what: String) throws -> Span? {
            guard let value, !(value is NSNull) else { return nil }
            var text: String
            var index = sentence
            var nth = 1
            if let s = value as? String {
                text = s
            } else if let d = value as? [String: Any], let t = d["text"] as? String {
                text = t
                if let k = d["sentence"] as? Int { index = k }
                if let n = d["nth"] as? Int { nth = n }
            } else {
                throw fail("\(what) in sentence \(sentence) must be a string or {\"text\":…}")
            }
            guard sentences.indices.contains(index) else { throw fail("\(what): no sentence \(index)") }
            let range = sentences[index]
            var start = range.start
            var found: Int?
            for _ in 0..<nth {
                guard let at = find(Array(text.utf8), in: documentBytes, from: start, to: range.end) else {
                    throw fail("\(what) \"\(text)\" not found in sentence \(index)")
                }
                found = at
                start = at + 1
            }
            return Span(found!, found! + text.utf8.count)
        }
        var attributions: [GoldAttribution] = []
        for (i, a) in ((root["attributions"] as? [[String: Any]]) ?? []).enumerated() {
            guard let s = a["sentence"] as? Int, sentences.indices.contains(s) else { throw fail("attribution \(i): bad sentence") }
            attributions.append(GoldAttribution(
                sentence: s,
                cue: try locate(a["cue"], sentence: s, what: "cue"),
                cueCategory: (a["cueCategory"] as? String).flatMap(CueCategory.init(rawValue:)),
                loaded: a["loaded"] as? Bool ?? false,
                source: try locate(a["source"], sentence: s, what: "source"),
                sourceKind: (a["sourceKind"] as? String).flatMap(SourceKind.init(rawValue:)),
                resolved: try locate(a["resolved"], sentence: s, what: "resolved"),
                content: try locate(a["content"], sentence: s, what: "content"),
                quote: (a["quote"] as? String).flatMap(QuoteKind.init(rawValue:)) ?? .none,
                anonymous: a["anonymous"] as? Bool ?? false,
                reason: try locate(a["reason"], sentence: s, what: "reason")))
        }
        var findings: [GoldFinding] = []
        for f in (root["findings"] as? [[String: Any]]) ?? [] {
            guard let rule = f["rule"] as? String, let s = f["sentence"] as? Int else { throw fail("finding needs rule and sentence") }
            findings.append(GoldFinding(rule: rule, sentence: s))
        }
        return GoldDocument(document: document, sentences: sentences, attributions: attributions, findings: findings)
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int, to: Int) -> Int? {
        guard !needle.isEmpty, to - from >= needle.count else { return nil }
        var i = from
        while i + needle.count <= to {
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}
