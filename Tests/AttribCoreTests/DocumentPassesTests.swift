@testable import AttribCore
import Testing

/// The passes over a whole document (pronoun resolution, quotations that inherit a speaker) keep
/// what they found as they go instead of walking back through the paragraph for every pronoun or
/// quotation, which made a long paragraph quadratic. Their speed is checked by
/// `Benchmarks/linearity`; these tests hold the remembered answers equal to the direct walks.
@Suite("Document passes")
struct DocumentPassesTests {
    static let analyzer = Analyzer(rules: .builtIn)

    static let texts = [
        """
        Ms. Ana Ortiz, the port director, spoke first. She said the cranes were idle. “We will reopen,” she said.

        In Paris, the talks went on. He paused. “Not yet,” he said. The Harbour Authority said it would wait. It said so twice.

        Tomas Reyes, who has fished the bay for 40 years, has watched the catch shrink. He paused. “Now we are lucky.” They said they agreed.
        """,
        String(repeating: "“We will win,” she said. ", count: 40) + "Dana Cole arrived. " + String(repeating: "She paused. “We will not leave this town.” ", count: 30),
        "The mayor was blunt. “This project is finished,” she said.\n\nOn Saturdays, more. Gov. Ruiz and Sen. Lee met. Lee said the bill would pass. He said it twice.",
    ]

    /// The backward walk `personMention` used to do from every pronoun.
    func directMention(_ work: Work, before sentence: Int, at token: Int, surnames: Set<UInt64>) -> Span? {
        var s = sentence
        while s >= 0 && work.contexts[s].paragraph >= work.contexts[sentence].paragraph - 1 {
            let c = work.contexts[s]
            var i = (s == sentence ? token : c.count) - 1
            while i >= 0 {
                let t = c.tokens[i]
                guard t.capitalized && t.kind == .word && !c.has(i, .organization) && !c.has(i, .pronoun) else { i -= 1; continue }
                var a = i
                while a - 1 >= 0 && ((c.tokens[a - 1].capitalized && c.tokens[a - 1].kind == .word)
                                     || (c.tokens[a - 1].key == Keys.period && a - 2 >= 0 && c.tokens[a - 2].capitalized)) { a -= 1 }
                let len = i - a + 1
                let titled = (a..<i).contains { c.tokens[$0].key == Keys.period } || c.has(a, .title)
                let place = a > 0 && (c.isA(a - 1, .placePrepositions) || c.tokens[a - 1].key == Keys.the)
                    || c.isA(a, .prepositions)
                let known = surnames.contains(c.tokens[i].key)
                let lexical = (a...i).contains { c.has($0, .documentSource) || c.has($0, .anonymousSource) || c.has($0, .vagueSource) }
                if !place && !lexical && (len >= 2 && !(a == 0 && len == 2 && c.isA(0, .determiners)) || titled || known) {
                    return work.span(c, a..<(i + 1))
                }
                i = a - 1
            }
            s -= 1
        }
        return nil
    }

    @Test func rememberedPersonMentionsEqualTheDirectWalk() {
        for prefix in ["", "🦊 Первый абзац. 据报道。\n\n"] {
            for text in Self.texts {
                let (_, work) = Self.analyzer.prepare(PlainTextReader.read(Array((prefix + text).utf8)))
                let surnames = work.knownSurnames()
                var inOrder = Work.PersonMentions()
                var positions: [(Int, Int)] = []
                for c in work.contexts {
                    for t in 0...c.count { positions.append((c.index, t)) }
                }
                var checked = 0
                for (s, t) in positions {
                    let direct = work.personMention(before: s, at: t, surnames: surnames, memo: &inOrder)
                    #expect(direct == directMention(work, before: s, at: t, surnames: surnames), "sentence \(s) token \(t)")
                    checked += 1
                }
                // Asked out of order, the memo starts again and still agrees.
                var shuffled = Work.PersonMentions()
                for (s, t) in positions.reversed() {
                    #expect(work.personMention(before: s, at: t, surnames: surnames, memo: &shuffled)
                            == directMention(work, before: s, at: t, surnames: surnames), "sentence \(s) token \(t), backwards")
                }
                #expect(checked > 30)
            }
        }
    }

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
