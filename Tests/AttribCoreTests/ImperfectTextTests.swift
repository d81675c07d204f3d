import AttribCore
import Testing

/// Text as it comes — wire labels, typed dashes, bare handles, unbalanced quotes — never derails
/// the engine: no crash, every span inside the document, the sentences after still tagged.
@Suite("Imperfect text")
struct ImperfectTextTests {
    static let analyzer = Analyzer(rules: .builtIn)

    /// Imperfect text never crashes the engine and keeps every offset inside the document.
    @Test(arguments: [
        "BREAKING: OFFICIALS SAY DAM AT RISK OF COLLAPSE AFTER STORM\n\nNATO ALLIES AGREE NEW TARGET, DIPLOMATS SAY",
        "Q: Did the ministry know?\nA: No.\nQ:\nA:",
        "said.The said.The said.",
        "-- -- --- said -- \"\" “” ‘’ '' --",
        "@ # @@ ## .@x said #y https:// www. http://a.b/c?d=e&f=g said",
        "URGENT:",
        "#",
        "A:",
        "i think the vote was rigged, one user wrote on the forum",
        ".@StateDept said the embassy would stay open.",
    ])
    func imperfectTextIsSafe(_ text: String) {
        for prefix in ["", CaseRunner.multiBytePrefix] {
            let doc = prefix + text
            let a = Self.analyzer.analyze(text: doc)
            let n = doc.utf8.count
            for at in a.attributions {
                for s in [at.cue?.span, at.source?.span, at.content].compactMap({ $0 }) {
                    #expect(s.start >= 0 && s.start <= s.end && s.end <= n)
                }
            }
        }
    }

    /// An unbalanced quote mark ends with its paragraph: the next paragraph is analysed as usual.
    @Test func unbalancedQuotesDoNotDerailTheDocument() {
        let text = "He said \"the plan was bad. Officials said the vote would go ahead.\n\nThe mayor said \"no."
        let a = Self.analyzer.analyze(text: text)
        #expect(a.sentences.count == 3)
        #expect(a.attributions.contains { a.text($0.cue!.span) == "said" && $0.source.map { a.text($0.span) } == "The mayor" })
    }
}
