@testable import AttribCore
import Testing

/// The passes over a whole document (pronoun resolution, quotations that inherit a speaker) keep
/// what they found as they go, or look back a bounded number of sentences, instead of walking back
/// through the paragraph for every pronoun or quotation, which made a long paragraph quadratic.
/// Their speed is checked by `Benchmarks/linearity`; this test holds a long paragraph's answers
/// equal to a short one's.
@Suite("Document passes")
struct DocumentPassesTests {
    static let analyzer = Analyzer(rules: .builtIn)

    /// Whole analyses of long single paragraphs: every pronoun resolved as in a short one, every
    /// unattributed quotation given the speaker the short one gives it.
    @Test func longParagraphsResolveLikeShortOnes() {
        let unit = "Dana Cole arrived late. She paused. “We will not leave this town.” “We will win,” she said. "
        let short = Self.analyzer.analyze(text: unit)
        let long = Self.analyzer.analyze(text: String(repeating: unit, count: 200))
        #expect(long.attributions.count == short.attributions.count * 200)
        let shortSources = short.attributions.map { short.text($0.source?.resolved ?? $0.source?.span ?? Span(0, 0)) }
        for (i, a) in long.attributions.enumerated() {
            #expect(long.text(a.source?.resolved ?? a.source?.span ?? Span(0, 0)) == shortSources[i % shortSources.count], "attribution \(i)")
        }
    }
}
