import AttribCore
import Testing

/// `attrib eval --gold brat` scoring on a passage whose predicted attributions are set by hand, so
/// every figure below was worked out on paper from the spans (see the comments), not read off
/// attrib. The passage is our own; it runs as written and after a multi-byte prefix.
@Suite("brat evaluation")
struct BratEvaluationTests {
    static let body = """
        “We will appeal,” the union’s lawyer said on Monday.

        “It is not over.”

        The mayor told reporters the budget was balanced. Critics called the plan a giveaway. \
        Officials reportedly plan to resign.

        """

    /// Hand-built predictions:
    /// - P1 cue "said", source "the union’s lawyer", content "We will appeal" (0.95, high)
    /// - P4 the continued quotation, sharing P1's cue: content "It is not over" (0.6, medium)
    /// - P2 cue "told", source "The mayor", content "reporters the budget was balanced" (0.9, high)
    /// - P3 the hedge "reportedly", no source, content "Officials reportedly plan to resign" (0.45, low)
    /// Gold:
    /// - G1 source "the union’s lawyer", cue "said", content “We will appeal,” + “It is not over.”
    /// - G2 source "The mayor", cue "told reporters", content "the budget was balanced"
    /// - G3 source "Critics", cue "called", content "the plan a giveaway"
    static func evaluate(prefix: String, show: BratEvaluation.ShowExamples? = nil) -> BratEvaluation {
        let text = prefix + body
        func b(_ s: String) -> Span { BratAnnotationsTests.bytes(s, in: text) }
        func attribution(_ cue: String, _ category: CueCategory, source: String?, content: String, confidence: Double, rule: String) -> Attribution {
            Attribution(sentence: 0, cue: Cue(span: b(cue), category: category, loaded: false, rule: "lexicon.x"),
                        source: source.map { SourceMention(span: b($0), kind: .named) }, content: b(content),
                        quote: .none, anonymous: false, anonymityReason: nil, confidence: confidence, rules: [rule])
        }
        var analysis = Analyzer(rules: .builtIn).analyze(text: text, name: "fixture.txt")
        analysis.attributions = [
            attribution("said", .speech, source: "the union’s lawyer", content: "We will appeal", confidence: 0.95, rule: "pattern.quote-source-cue"),
            attribution("said", .speech, source: "the union’s lawyer", content: "It is not over", confidence: 0.6, rule: "attribution.inherited"),
            attribution("told", .speech, source: "The mayor", content: "reporters the budget was balanced", confidence: 0.9, rule: "pattern.source-cue-content"),
            attribution("reportedly", .hedge, source: nil, content: "Officials reportedly plan to resign", confidence: 0.45, rule: "pattern.hedge"),
        ]
        func t(_ id: String, _ label: String, _ parts: [String]) -> String {
            let o = parts.map { p -> String in let (s, e) = BratAnnotationsTests.cp(p, in: text); return "\(s) \(e)" }
            return "\(id)\t\(label) \(o.joined(separator: ";"))\t\(parts.joined(separator: " "))"
        }
        let ann = [
            t("T1", "Source", ["the union’s lawyer"]), t("T2", "Cue", ["said"]),
            t("T3", "Content", ["“We will appeal,”", "“It is not over.”"]), t("T4", "Attribution", ["said"]),
            "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
            t("T5", "Source", ["The mayor"]), t("T6", "Cue", ["told reporters"]), t("T7", "Content", ["the budget was balanced"]),
            "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7",
            t("T8", "Source", ["Critics"]), t("T9", "Cue", ["called"]), t("T10", "Content", ["the plan a giveaway"]),
            "E3\tAttribution:T9 Source:T8 Cue:T9 Content:T10",
        ].joined(separator: "\n") + "\n"
        let parsed = BratAnnotations.parse(Array(ann.utf8), text: Array(text.utf8))
        precondition(parsed.problems.isEmpty, "\(parsed.problems)")
        var e = BratEvaluation(options: .init(lexicon: RuleSet.builtIn.evaluation, groupByPrefix: true, show: show))
        e.add(analysis, gold: BratGold(parsed), file: "press_fixture.txt")
        return e
    }

    static func counts(_ r: PRF) -> [Int] { [r.truePositives, r.predicted, r.gold] }

    @Test(arguments: BratAnnotationsTests.prefixes)
    func attributionsMatchByCueOneToOne(prefix: String) {
        let e = Self.evaluate(prefix: prefix)
        // Groups: {P1, P4} (one cue span), {P2}, {P3}. G1–said and G2–told match; G3 and P3 do not.
        #expect(Self.counts(e.attributions) == [2, 3, 3])
        // Plain speech verbs: G1 (said) and G2 (told) are, G3 (called) is not; both found.
        #expect(e.speech.gold == 2 && e.speech.truePositives == 2)
        // Given the cue: both sources agree exactly.
        #expect([e.source.total, e.source.overlap, e.source.begin, e.source.exact] == [2, 2, 2, 2])
        // G1's two quotation fragments are P1's and P4's contents (trimmed of quotes and commas);
        // P2's content starts at "reporters", G2's at "the": overlap only.
        #expect([e.content.total, e.content.overlap, e.content.begin, e.content.exact] == [2, 2, 1, 1])
        #expect([e.speechContent.total, e.speechContent.exact] == [2, 1])
    }

    @Test(arguments: BratAnnotationsTests.prefixes)
    func spansPerRoleExactBeginAndOverlap(prefix: String) {
        let e = Self.evaluate(prefix: prefix)
        let cue = e.roles[.cue]!, source = e.roles[.source]!, content = e.roles[.content]!
        // Cues: predicted said, told, reportedly; gold said, told reporters, called.
        #expect(Self.counts(cue.exact) == [1, 3, 3])
        #expect(Self.counts(cue.begin) == [2, 3, 3])
        #expect(Self.counts(cue.overlap) == [2, 3, 3])
        // Sources: P4 repeats P1's source (counted once); Critics is missed.
        #expect(Self.counts(source.exact) == [2, 2, 3])
        #expect(Self.counts(source.overlap) == [2, 2, 3])
        // Contents: four predicted, four gold fragments; "reporters the budget…" only overlaps.
        #expect(Self.counts(content.exact) == [2, 4, 4])
        #expect(Self.counts(content.begin) == [2, 4, 4])
        #expect(Self.counts(content.overlap) == [3, 4, 4])
    }

    @Test(arguments: BratAnnotationsTests.prefixes)
    func breakdownsAndCalibration(prefix: String) {
        let e = Self.evaluate(prefix: prefix)
        let say = RuleSet.builtIn.evaluation.lemma("said"), call = RuleSet.builtIn.evaluation.lemma("called")
        #expect(e.lemmas[say] == {
            var t = BratEvaluation.Tally(); t.gold = 1; t.found = 1; return t }())
        #expect(e.lemmas[call]?.gold == 1 && e.lemmas[call]?.found == 0)
        #expect(e.categories["speech"]?.predicted == 2 && e.categories["speech"]?.correct == 2)
        #expect(e.categories["hedge"]?.predicted == 1 && e.categories["hedge"]?.correct == 0)
        #expect(e.rules["attribution.inherited"]?.correct == 1)
        #expect(e.rules["pattern.hedge"]?.correct == 0)
        #expect(e.prefixes["press"]?.gold == 3 && e.prefixes["press"]?.found == 2)
        // high: P1 (.95) and P2 (.9) right; medium: P4 (.6) right; low: P3 (.45) wrong.
        #expect(e.levels[.high]?.count == 2 && e.levels[.high]?.correct == 2)
        #expect(e.levels[.medium]?.correct == 1 && e.levels[.low]?.correct == 0)
        #expect(e.deciles[9].count == 2 && e.deciles[6].count == 1 && e.deciles[4].count == 1)
        // ECE = 2/4·|.925−1| + 1/4·|.6−1| + 1/4·|.45−0| = .0375 + .1 + .1125 = .25
        #expect(abs(e.expectedCalibrationError - 0.25) < 1e-9)
        let figures = Dictionary(e.figures, uniquingKeysWith: { a, _ in a })
        #expect(abs(figures["attribution.recall"]! - 2.0 / 3) < 1e-9)
        #expect(abs(figures["content.given-cue.begin"]! - 0.5) < 1e-9)
    }

    @Test(arguments: BratAnnotationsTests.prefixes)
    func examplesNameTheSentenceAndBothSides(prefix: String) {
        let e = Self.evaluate(prefix: prefix, show: .all)
        #expect(e.examples.map(\.kind) == [.miss, .false])
        let miss = e.examples[0]
        #expect(miss.roles[.cue] == "called")
        #expect(miss.sentence == "Critics called the plan a giveaway.")
        #expect(miss.other.isEmpty)
        let line = prefix.isEmpty ? 5 : 7
        #expect(miss.location.line == line)
        #expect(miss.location.column == 59)  // "called" after "The mayor … balanced. Critics "
        let spurious = e.examples[1]
        #expect(spurious.roles[.cue] == "reportedly")
        #expect(spurious.roles[.source] == nil)
        #expect(spurious.sentence == "Officials reportedly plan to resign.")
        #expect(Self.evaluate(prefix: prefix, show: .misses).examples.count == 1)
        #expect(Self.evaluate(prefix: prefix).examples.isEmpty)
    }

    @Test func cueLemmasGroupInflectionsAndSkipAuxiliaries() {
        let lex = RuleSet.builtIn.evaluation
        #expect(lex.lemma("said") == lex.lemma("says"))
        #expect(lex.lemma("said in an interview") == lex.lemma("saying"))
        #expect(lex.lemma("has been announcing") == lex.lemma("announced"))
        #expect(lex.lemma("was first reported by") == lex.lemma("reports"))
        #expect(lex.lemma("’s been ratcheting up") == lex.lemma("ratcheted"))
        #expect(lex.lemma("added") == lex.lemma("add"))
        #expect(lex.lemma("admitted") == lex.lemma("admits"))
        #expect(lex.lemma("told") != lex.lemma("said"))
        for speech in ["said", "told reporters", "added", "asked", "wrote", "had written", "says"] { #expect(lex.isPlainSpeech(speech), "\(speech)") }
        for other in ["according to", "called", "claimed", "tweeted", ":"] { #expect(!lex.isPlainSpeech(other), "\(other)") }
    }
}
