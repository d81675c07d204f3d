import AttribCore
import Testing

/// Confidence calibration: isotonic fitting worked by hand, the maps' lookup and interpolation,
/// `rules/calibration.yml` read and checked, the analyzer applying the maps, and the evaluation's
/// scorable attributions (a nested attribution the gold does not annotate is left out).
@Suite("confidence calibration")
struct ConfidenceCalibrationTests {
    typealias Sample = ConfidenceCalibration.Sample
    typealias Knot = ConfidenceCalibration.Knot

    static func samples(_ pairs: [(Double, Bool)], rule: String = "r", category: CueCategory? = .speech) -> [Sample] {
        pairs.map { Sample(raw: $0.0, rule: rule, category: category, right: $0.1) }
    }

    static func close(_ a: [Knot], _ b: [(Double, Double)]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { abs($0.raw - $1.0) < 1e-9 && abs($0.calibrated - $1.1) < 1e-9 }
    }

    @Test func isotonicPoolsAdjacentViolators() {
        // Right, wrong, wrong, right, right, right at raw .1 … .6. Pooling: {.1,.2} at 1/2, then
        // {.1,.2,.3} at 1/3 (raw mean .2); .4, .5 and .6 are all right, one block at 1 (raw mean .5).
        let s = Self.samples([(0.1, true), (0.2, false), (0.3, false), (0.4, true), (0.5, true), (0.6, true)])
        #expect(Self.close(ConfidenceCalibration.isotonic(s, minimumBlock: 1), [(0.2, 1.0 / 3), (0.5, 1)]))
        // Blocks of at least four: the two blocks of three pool into one, 4 right of 6, raw mean .35.
        #expect(Self.close(ConfidenceCalibration.isotonic(s, minimumBlock: 4), [(0.35, 4.0 / 6)]))
    }

    @Test func equalRawValuesShareAKnot() {
        let s = Self.samples([(0.5, true), (0.5, false), (0.7, true)])
        #expect(Self.close(ConfidenceCalibration.isotonic(s, minimumBlock: 1), [(0.5, 0.5), (0.7, 1)]))
        // Given in another order, the same knots.
        #expect(Self.close(ConfidenceCalibration.isotonic(s.reversed(), minimumBlock: 1), [(0.5, 0.5), (0.7, 1)]))
    }

    @Test func mapInterpolatesBetweenKnotsAndClampsOutside() {
        let m = ConfidenceCalibration.Map(rule: "r", knots: [Knot(raw: 0.5, calibrated: 0.6), Knot(raw: 0.9, calibrated: 1.0)])
        #expect(abs(m.value(0.2) - 0.6) < 1e-9)
        #expect(abs(m.value(0.7) - 0.8) < 1e-9)
        #expect(abs(m.value(0.95) - 1.0) < 1e-9)
    }

    static func constant(_ rule: String, _ category: CueCategory?, _ value: Double) -> ConfidenceCalibration.Map {
        ConfidenceCalibration.Map(rule: rule, category: category, knots: [Knot(raw: 0.5, calibrated: value)])
    }

    @Test func lookupGoesFromTheMostSpecificMapToDefault() {
        let c = ConfidenceCalibration(maps: [Self.constant("r1", .speech, 0.9), Self.constant("r1", nil, 0.8),
                                             Self.constant("default", .cognition, 0.7), Self.constant("default", nil, 0.5)])
        #expect(c.calibrated(0.3, rule: "r1", category: .speech) == 0.9)
        #expect(c.calibrated(0.3, rule: "r1", category: .cognition) == 0.8)
        #expect(c.calibrated(0.3, rule: "r2", category: .cognition) == 0.7)
        #expect(c.calibrated(0.3, rule: "r2", category: .speech) == 0.5)
        #expect(c.calibrated(0.3, rule: "r2", category: nil) == 0.5)
        #expect(ConfidenceCalibration.identity.calibrated(0.3, rule: "r1", category: .speech) == 0.3)
        // Only rule and category maps: a rule without one keeps its raw confidence.
        let partial = ConfidenceCalibration(maps: [Self.constant("r1", .speech, 0.9)])
        #expect(partial.calibrated(0.3, rule: "r2", category: .speech) == 0.3)
    }

    @Test func fitCoversWhatNoMoreSpecificMapCovers() {
        // (A, speech): 100 right. (B, cognition): 100, half right. (A, cognition): 10 wrong and
        // (C, no category): 5 wrong are too few for maps of their own, and left for `default`.
        let s = Self.samples(Array(repeating: (0.8, true), count: 100), rule: "A", category: .speech)
            + Self.samples((0..<100).map { (0.6, $0 % 2 == 0) }, rule: "B", category: .cognition)
            + Self.samples(Array(repeating: (0.8, false), count: 10), rule: "A", category: .cognition)
            + Self.samples(Array(repeating: (0.9, false), count: 5), rule: "C", category: nil)
        let c = ConfidenceCalibration.fit(s, minimumGroup: 100, minimumBlock: 1)
        #expect(c.maps.map { "\($0.rule)|\($0.category?.rawValue ?? "")|\($0.count)" } == ["A|speech|100", "B|cognition|100", "default||15"])
        #expect(c.calibrated(0.8, rule: "A", category: .speech) == 1)
        #expect(c.calibrated(0.6, rule: "B", category: .cognition) == 0.5)
        #expect(c.calibrated(0.8, rule: "A", category: .cognition) == 0)
        // Cross-validation calibrates every sample once, with maps fitted on the other documents.
        let spread = s.enumerated().map { i, x in Sample(raw: x.raw, rule: x.rule, category: x.category, right: x.right, document: i % 7) }
        #expect(ConfidenceCalibration.crossValidated(spread, minimumGroup: 40, minimumBlock: 1).count == s.count)
    }

    static func files(adding name: String, _ text: String) -> [(name: String, text: String)] {
        EmbeddedRules.files.map { ("rules/" + $0.name, $0.text) } + [(name, text)]
    }

    @Test func writtenMapsLoadBackAndReplaceTheBuiltIn() throws {
        let fitted = ConfidenceCalibration(maps: [
            ConfidenceCalibration.Map(rule: "pattern.source-cue-content", category: .speech,
                                      knots: [Knot(raw: 0.55, calibrated: 0.861), Knot(raw: 0.8, calibrated: 0.95)], count: 12),
            Self.constant("default", nil, 0.25),
        ], fittedOn: "our \"fixture\"")
        let yaml = fitted.yaml(header: "# a test file\n")
        let rules = try RuleSet.load(files: Self.files(adding: "user/calibration.yml", yaml))
        let loaded = try #require(rules.calibration.map(rule: "pattern.source-cue-content", category: .speech))
        #expect(loaded == fitted.maps[0])
        #expect(rules.calibration.map(rule: "pattern.nothing", category: nil) == fitted.maps[1])
        #expect(rules.calibration.fittedOn == "our 'fixture'")
        // The user's file replaces every built-in map, not only those of the same rule and category.
        #expect(rules.calibration.maps.count == 2)
        #expect(RuleSet.builtIn.calibration.maps.count > 2)
    }

    @Test(arguments: [
        ("knots: [[0.5, 0.9], [0.7, 0.8]]", "calibrated confidences must not decrease", 7),
        ("knots: [[0.7, 0.8], [0.5, 0.9]]", "increasing order of raw confidence", 7),
        ("knots: [[0.5, 1.2]]", "between 0.0 and 1.0", 7),
        ("knots: [[0.5]]", "a pair [raw, calibrated]", 7),
        ("knots: []", "at least one knot", 5),
    ])
    func badMapsAreErrorsWithAPosition(knots: String, message: String, line: Int) {
        let yaml = "version: 1\ncalibration:\n  fitted-on: test\n  maps:\n    - rule: default\n      count: 3\n      \(knots)\n"
        do {
            _ = try RuleSet.load(files: Self.files(adding: "user/calibration.yml", yaml))
            Issue.record("loaded a bad map: \(knots)")
        } catch {
            let text = "\(error)"
            #expect(text.contains("user/calibration.yml:\(line):"), "\(text)")
            #expect(text.contains(message), "\(text)")
        }
    }

    @Test(arguments: BratAnnotationsTests.prefixes)
    func theAnalyzerAppliesTheMaps(prefix: String) throws {
        let text = prefix + "Ana Ruiz said the dam held. The mayor thinks the levy will pass."
        var rules = RuleSet.builtIn
        rules.calibration = .identity
        let raw = Analyzer(rules: rules).analyze(text: text).attributions
        try #require(raw.count == 2)
        rules.calibration = ConfidenceCalibration(maps: [
            ConfidenceCalibration.Map(rule: raw[0].rules[0], category: .speech,
                                      knots: [Knot(raw: 0, calibrated: 0), Knot(raw: 1, calibrated: 0.5)]),
            Self.constant("default", nil, 0.42),
        ])
        let calibrated = Analyzer(rules: rules).analyze(text: text).attributions
        // The same attributions, only their confidences differ.
        #expect(calibrated.map(\.cue?.span) == raw.map(\.cue?.span))
        #expect(abs(calibrated[0].confidence - raw[0].confidence / 2) < 1e-9)
        #expect(calibrated[1].cue?.category == .cognition && calibrated[1].confidence == 0.42)
        #expect(calibrated[1].level == .low)
    }

    /// "Ana Ruiz said the mayor told staff the dam held. Crews left." Gold: Ana Ruiz — said — the
    /// rest of the sentence. attrib: said (matches), told (inside the gold content and unmatched: a
    /// nested attribution, left out of the scorable figures), left (unmatched, outside: scored false).
    @Test(arguments: BratAnnotationsTests.prefixes)
    func nestedAttributionsAreLeftOutOfTheScorableFigures(prefix: String) throws {
        let text = prefix + "Ana Ruiz said the mayor told staff the dam held. Crews left."
        func b(_ s: String) -> Span { BratAnnotationsTests.bytes(s, in: text) }
        func attribution(_ cue: String, _ source: String, _ content: String, _ confidence: Double) -> Attribution {
            Attribution(sentence: 0, cue: Cue(span: b(cue), category: .speech, loaded: false, rule: "lexicon.x"),
                        source: SourceMention(span: b(source), kind: .named), content: b(content),
                        quote: .none, anonymous: false, anonymityReason: nil, confidence: confidence, rules: ["pattern.source-cue-content"])
        }
        var analysis = Analyzer(rules: .builtIn).analyze(text: text, name: "fixture.txt")
        analysis.attributions = [
            attribution("said", "Ana Ruiz", "the mayor told staff the dam held", 0.9),
            attribution("told", "the mayor", "staff the dam held", 0.85),
            attribution("left", "Crews", "Crews", 0.6),
        ]
        func t(_ id: String, _ label: String, _ part: String) -> String {
            let (s, e) = BratAnnotationsTests.cp(part, in: text)
            return "\(id)\t\(label) \(s) \(e)\t\(part)"
        }
        let ann = [t("T1", "Source", "Ana Ruiz"), t("T2", "Cue", "said"), t("T3", "Content", "the mayor told staff the dam held"),
                   "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3"].joined(separator: "\n") + "\n"
        let parsed = BratAnnotations.parse(Array(ann.utf8), text: Array(text.utf8))
        try #require(parsed.problems.isEmpty)
        var e = BratEvaluation(options: .init(lexicon: RuleSet.builtIn.evaluation, collectSamples: true))
        e.add(analysis, gold: BratGold(parsed), file: "fixture.txt")
        #expect(e.nested == 1)
        #expect(e.levels[.high]?.count == 2 && e.levels[.medium]?.count == 1)
        #expect(e.scorableLevels[.high]?.count == 1 && e.scorableLevels[.high]?.correct == 1)
        #expect(e.scorableLevels[.medium]?.count == 1 && e.scorableLevels[.medium]?.correct == 0)
        #expect(e.samples.map(\.raw) == [0.9, 0.6] && e.samples.map(\.right) == [true, false])
    }
}
