@testable import AttribCore
import Testing

/// Inputs found by fuzzing that made a look-ahead or look-behind window of the matcher end before
/// it started (a trap): a headline-dash check near the start of a short sentence, and "estimate"
/// one word from the end. Each runs in every format, as written and after multi-byte prefixes.
@Suite("Short windows near sentence edges")
struct ShortWindowTests {
    static let analyzer = Analyzer(rules: .builtIn)
    static let inputs = [".” ON—e negotiator", "T estimate d", "estimate", "X put d", "Deal — sources",
                         "A — b sources", "“No,” — sources", "We estimate at", "attacked d as", "— sources"]

    @Test(arguments: inputs)
    func analysesWithoutTrapping(text: String) throws {
        for prefix in ["", "🗞️ ", "中文。", "“"] {
            for format in [InputFormat.text, .markdown, .html] {
                let doc = SourceDocument(name: "x", bytes: Array((prefix + text).utf8), format: format)
                let a = try Self.analyzer.analyze(document: doc)
                // Every span the analysis reports lies inside the document.
                for at in a.attributions {
                    for s in [at.cue?.span, at.source?.span, at.content].compactMap({ $0 }) {
                        #expect(s.start <= s.end && s.end <= doc.bytes.count, "\(text.debugDescription) \(format)")
                    }
                }
            }
        }
    }
}
