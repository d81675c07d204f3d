import AttribCore

/// Builds an analysis whose attributions cite the given sources, in order: each source is found
/// in the text after the previous one, and a pronoun resolves to the text given. Every other
/// field is irrelevant to source identity and kept simple.
public enum Sourced {
    public struct Cite {
        public var text: String
        public var kind: SourceKind
        public var resolvesTo: String?
        public var rules: [String]

        public init(text: String, kind: SourceKind, resolvesTo: String? = nil, rules: [String] = ["pattern.source-cue"]) {
            self.text = text
            self.kind = kind
            self.resolvesTo = resolvesTo
            self.rules = rules
        }
    }

    public static func analysis(_ text: String, _ cites: [Cite], format: InputFormat = .text, name: String = "story.txt") -> DocumentAnalysis {
        let bytes = Array(text.utf8)
        let doc = SourceDocument(name: name, bytes: bytes, format: format)
        func find(_ needle: String, from: Int) -> Span {
            let n = Array(needle.utf8)
            var i = from
            while i + n.count <= bytes.count {
                if Array(bytes[i..<(i + n.count)]) == n { return Span(i, i + n.count) }
                i += 1
            }
            preconditionFailure("\(needle) not found after byte \(from)")
        }
        var at = 0
        var seen: [String: Span] = [:]
        var attributions: [Attribution] = []
        for c in cites {
            let span = find(c.text, from: at)
            at = span.end
            var mention = SourceMention(span: span, kind: c.kind)
            if let target = c.resolvesTo {
                mention.resolved = seen[target]
                mention.resolvedKind = .named
            }
            seen[c.text] = span
            attributions.append(Attribution(sentence: 0, cue: nil, source: mention, content: nil, quote: .none,
                                            anonymous: c.kind == .anonymous || c.kind == .vague, anonymityReason: nil,
                                            confidence: 0.9, rules: c.rules))
        }
        let sentence = Sentence(span: Span(0, bytes.count), prose: Span(0, bytes.count), paragraph: 0)
        return DocumentAnalysis(document: doc, sentences: [sentence], attributions: attributions, findings: [])
    }
}
