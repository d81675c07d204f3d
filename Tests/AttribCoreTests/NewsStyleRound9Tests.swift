@testable import AttribCore
import Testing

/// Round-9 news styles, marked as in ``NewsStyleTests``: officials of public services reporting
/// routine facts. Written for these tests; each runs as written and after a multi-byte prefix.
@Suite("News styles, round 9")
struct NewsStyleRound9Tests {
    /// Officials of a public service named by its field report on the record; bare, senior, counted
    /// or state/federal/government officials still mark confidential sourcing.
    @Test(arguments: [
        ("Health officials reported 312 new cases on Monday.", false),
        ("County health officials said 14 people had been hospitalized.", false),
        ("School district officials said classes would resume Monday.", false),
        ("City officials estimated the damage at $3 million.", false),
        ("State health officials confirmed two more deaths.", false),
        ("Officials said the deal was close.", true),
        ("State officials said the deal was close.", true),
        ("Senior health officials said the minister had ignored their advice.", true),
        ("Two city officials said the mayor had known about the leak.", true),
        ("Pentagon officials said the deployment would begin in March.", true),
        ("Officials at the agency said the review would take months.", true),
    ])
    func publicServiceOfficials(_ text: String, _ flagged: Bool) {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            #expect(!a.attributions.isEmpty, "\(text)")
            #expect(a.findings.contains { $0.rule == "anonymous-source.no-reason" } == flagged, "\(text)")
        }
    }

    /// Suffixes longer than the two bytes kept in ``Token/tail`` are tested on the text.
    @Test func tokenSuffixes() {
        let text = Array("Officials were WARNING of flooding, he said.".utf8)
        let tokens = text.withUnsafeBufferPointer { Tokenizer.tokenize($0, 0..<text.count) }
        let words = tokens.filter { $0.kind == .word }
        let warning = words[2], flooding = words[4], he = words[5]
        #expect(warning.endsWith("ng"))
        #expect(warning.endsWith("ing", in: text))
        #expect(flooding.endsWith("ding", in: text))
        #expect(flooding.endsWith("flooding", in: text))
        #expect(!flooding.endsWith("xflooding", in: text))
        #expect(!flooding.endsWith("ang", in: text))
        #expect(words[0].endsWith("ials", in: text))
        #expect(he.endsWith("he", in: text))
        #expect(!he.endsWith("she", in: text))
        #expect(he.endsWith("e"))
    }
}
