import AttribCore
import Foundation

/// Hand-made analyses shared by the store and report tests (the engine is not needed to test
/// them): one sentence per line.
public enum Sample {
    public static let article = """
        Port talks stall
        Two senior diplomats said the talks had stalled, speaking on condition of anonymity because they were not authorized to speak publicly.
        "We are nowhere," said Maria Okafor, the union's chief negotiator.
        He added that the union would not return.
        Critics argue the strike is the largest in a decade.
        The deal reportedly collapsed on Friday.
        <script>alert(1)</script> "><img src=x onerror=alert(2)> was in the draft.
        """

    /// Builds the analysis of `text` (one sentence per line) with spans found by substring.
    public static func analysis(name: String = "corpus/port.txt", text: String = article, isExternalID: Bool = false,
                         metadata: DocumentMetadata = DocumentMetadata(title: "Port talks stall", published: "2025-03-01")) -> DocumentAnalysis {
        let doc = SourceDocument(name: name, bytes: Array(text.utf8), format: .text, isExternalID: isExternalID, metadata: metadata)
        let bytes = doc.bytes
        var sentences: [Sentence] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            sentences.append(Sentence(span: Span(start, i), prose: Span(start, i), paragraph: sentences.count))
            start = i + 1
        }
        sentences.append(Sentence(span: Span(start, bytes.count), prose: Span(start, bytes.count), paragraph: sentences.count))
        func find(_ needle: String, in sentence: Int) -> Span? {
            guard sentence < sentences.count else { return nil }
            let s = sentences[sentence].span
            let n = Array(needle.utf8)
            guard n.count <= s.length else { return nil }
            for i in s.start...(s.end - n.count) where Array(bytes[i..<(i + n.count)]) == n { return Span(i, i + n.count) }
            return nil
        }
        var attributions: [Attribution] = []
        var findings: [Finding] = []
        if let src = find("Two senior diplomats", in: 1), let cue = find("said", in: 1) {
            let reason = find("speaking on condition of anonymity because they were not authorized to speak publicly", in: 1)
            attributions.append(Attribution(
                sentence: 1, cue: Cue(span: cue, category: .speech, loaded: false, rule: "lexicon.cue.speech"),
                source: SourceMention(span: src, kind: .anonymous), content: find("the talks had stalled", in: 1),
                quote: .none, anonymous: true, anonymityReason: reason, confidence: 0.9,
                rules: ["pattern.source-cue", "lexicon.cue.speech"]))
            if let reason {
                findings.append(Finding(rule: "anonymous-source.boilerplate-reason", severity: .warning,
                                        message: "The only reason given for anonymity is boilerplate.", span: reason,
                                        sentence: 1, confidence: 0.85))
            }
        }
        if let src = find("Maria Okafor", in: 2), let cue = find("said", in: 2), let content = find("We are nowhere", in: 2) {
            attributions.append(Attribution(
                sentence: 2, cue: Cue(span: cue, category: .speech, loaded: false, rule: "lexicon.cue.speech"),
                source: SourceMention(span: src, kind: .named), content: content, quote: .direct, anonymous: false,
                anonymityReason: nil, confidence: 0.95, rules: ["pattern.quote-cue-source"]))
            if let he = find("He", in: 3), let added = find("added", in: 3) {
                attributions.append(Attribution(
                    sentence: 3, cue: Cue(span: added, category: .speech, loaded: false, rule: "lexicon.cue.speech"),
                    source: SourceMention(span: he, kind: .pronoun, resolved: src, resolvedKind: .named),
                    content: find("the union would not return", in: 3), quote: .none, anonymous: false,
                    anonymityReason: nil, confidence: 0.75, rules: ["pattern.source-cue", "resolve.pronoun"]))
            }
        }
        if let src = find("Critics", in: 4), let cue = find("argue", in: 4) {
            attributions.append(Attribution(
                sentence: 4, cue: Cue(span: cue, category: .speech, loaded: false, rule: "lexicon.cue.speech"),
                source: SourceMention(span: src, kind: .vague), content: find("the strike is the largest in a decade", in: 4),
                quote: .none, anonymous: true, anonymityReason: nil, confidence: 0.7, rules: ["pattern.source-cue"]))
            findings.append(Finding(rule: "source.vague", severity: .warning, message: "A vague source: say who.",
                                    span: src, sentence: 4, confidence: 0.8))
        }
        if sentences.count > 5, let cue = find("reportedly", in: 5) {
            attributions.append(Attribution(
                sentence: 5, cue: Cue(span: cue, category: .hedge, loaded: false, rule: "lexicon.hedge"), source: nil,
                content: sentences[5].span, quote: .none, anonymous: false, anonymityReason: nil, confidence: 0.6,
                rules: ["lexicon.hedge"]))
            findings.append(Finding(rule: "claim.hedged", severity: .info, message: "A hedged claim rests on no named source.",
                                    span: sentences[5].span, sentence: 5, confidence: 0.6))
        }
        if sentences.count > 6 {
            findings.append(Finding(rule: "claim.unattributed", severity: .warning,
                                    message: "A check-worthy claim with no attribution.", span: sentences[6].span,
                                    sentence: 6, confidence: 0.55))
        }
        return DocumentAnalysis(document: doc, sentences: sentences, attributions: attributions, findings: findings)
    }
}
