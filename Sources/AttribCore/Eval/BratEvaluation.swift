/// Scores of attrib against brat gold (`attrib eval --gold brat`), added up over documents.
///
/// Spans, per role: **exact** (equal after both sides are trimmed by ``SpanMatching/trimmed(_:in:)``),
/// **begin** (the same first word: equal starts after trimming) and **overlap** (a character in
/// common), one to one, each fragment of a discontinuous gold span on its own.
///
/// Attributions: attrib's attributions that share one cue span (a quotation that continues and
/// inherits its source) are one predicted attribution. A predicted and a gold attribution match
/// when their cues overlap, one to one (a maximum matching, closer overlaps preferred). For matched
/// pairs, the rates at which the sources and the contents also agree (overlap, begin, exact).
public struct BratEvaluation: Sendable {
    /// Span scores of one role.
    public struct RoleScores: Sendable, Equatable {
        public var exact = PRF(), begin = PRF(), overlap = PRF()
        public init() {}
        static func + (a: RoleScores, b: RoleScores) -> RoleScores {
            var c = RoleScores()
            c.exact = a.exact + b.exact
            c.begin = a.begin + b.begin
            c.overlap = a.overlap + b.overlap
            return c
        }
    }

    /// How often a matched pair's role also agrees: `agree` of `total`, under each measure.
    public struct Agreement: Sendable, Equatable {
        public var total = 0, overlap = 0, begin = 0, exact = 0
        public init() {}
        public func rate(_ n: Int) -> Double { total == 0 ? 1 : Double(n) / Double(total) }
    }

    /// Counts that share one key (a lemma, a category, a rule, a file prefix).
    public struct Tally: Sendable, Equatable {
        /// Gold attributions, and how many attrib found.
        public var gold = 0, found = 0
        /// attrib's attributions, and how many match gold.
        public var predicted = 0, correct = 0
        public init() {}
        public var recall: Double { gold == 0 ? 1 : Double(found) / Double(gold) }
        public var precision: Double { predicted == 0 ? 1 : Double(correct) / Double(predicted) }
    }

    /// Confidence against correctness, for one bin or level.
    public struct Reliability: Sendable, Equatable {
        public var count = 0, correct = 0
        public var confidenceSum = 0.0
        public init() {}
        public var precision: Double { count == 0 ? 0 : Double(correct) / Double(count) }
        public var meanConfidence: Double { count == 0 ? 0 : confidenceSum / Double(count) }
    }

    /// An example for error analysis: a gold attribution attrib missed, or one of attrib's that
    /// matches no gold attribution.
    public struct Example: Sendable, Equatable {
        public enum Kind: String, Sendable { case miss, `false` }
        public var kind: Kind
        public var file: String
        public var location: TextLocation
        public var sentence: String
        /// Texts by role: the gold attribution's (for a miss) or attrib's (for a false one).
        public var roles: [AttributionRole: String]
        /// What the other side has in the same sentence, one line per attribution.
        public var other: [String]
    }

    /// What `--show` lists: gold attributions attrib missed, attrib's that match no gold, pronoun
    /// sources not found or resolved wrong (with `--pronouns`), sources whose kind, anonymous flag
    /// or reason attrib got wrong (with `--kinds`), or all of these.
    public enum ShowExamples: String, CaseIterable, Sendable {
        case misses, `false`, pronouns, kinds, all

        var misses: Bool { self == .misses || self == .all }
        var falseOnes: Bool { self == .false || self == .all }
        public var pronounErrors: Bool { self == .pronouns || self == .all }
        public var kindErrors: Bool { self == .kinds || self == .all }
    }

    public struct Options: Sendable {
        public var lexicon: EvaluationLexicon
        /// Group documents by the part of their name before the first "_" (a publisher, in PolNeAR).
        public var groupByPrefix = false
        public var show: ShowExamples?
        /// Keep every attribution's raw confidence, group and rightness (for fitting a calibration).
        public var collectSamples = false
        public init(lexicon: EvaluationLexicon, groupByPrefix: Bool = false, show: ShowExamples? = nil, collectSamples: Bool = false) {
            self.lexicon = lexicon
            self.groupByPrefix = groupByPrefix
            self.show = show
            self.collectSamples = collectSamples
        }
    }

    public let options: Options
    public var documents = 0
    public var roles: [AttributionRole: RoleScores] = [:]
    public var attributions = PRF()
    /// Given a matched cue: the source and the content.
    public var source = Agreement(), content = Agreement()
    /// The same, for gold attributions whose cue is a plain speech verb.
    public var speech = PRF()
    public var speechSource = Agreement(), speechContent = Agreement()
    /// Gold attributions by cue lemma (`gold`, `found`), with the written forms seen.
    public var lemmas: [String: Tally] = [:]
    public var lemmaForms: [String: [String: Int]] = [:]
    /// attrib's attributions by its cue category and by rule (`predicted`, `correct`).
    public var categories: [String: Tally] = [:]
    public var rules: [String: Tally] = [:]
    /// Attribution and span figures by file prefix.
    public var prefixes: [String: Tally] = [:]
    public var prefixRoles: [String: [AttributionRole: RoleScores]] = [:]
    /// Per confidence level and per tenth of confidence (0–9).
    public var levels: [ConfidenceLevel: Reliability] = [:]
    public var deciles = [Reliability](repeating: Reliability(), count: 10)
    /// The same without the attributions that cannot be scored: those matching no gold attribution
    /// whose cue lies inside a gold content span (a nested attribution, which PolNeAR leaves
    /// unannotated because it annotates each token once).
    public var scorableLevels: [ConfidenceLevel: Reliability] = [:]
    public var scorableDeciles = [Reliability](repeating: Reliability(), count: 10)
    /// Attributions left out of the scorable figures.
    public var nested = 0
    /// Every scorable attribution's confidence, group and rightness, when `collectSamples` is set.
    public var samples: [ConfidenceCalibration.Sample] = []
    public var examples: [Example] = []
    /// Pronoun referents and source kinds, when their gold files are given.
    public var pronouns: PronounEvaluation?
    public var kinds: SourceKindEvaluation?

    public init(options: Options) { self.options = options }

    /// The expected calibration error over the deciles: the count-weighted mean distance between
    /// mean confidence and precision.
    public var expectedCalibrationError: Double { BratEvaluation.expectedCalibrationError(deciles) }

    /// The same over the scorable attributions.
    public var scorableExpectedCalibrationError: Double { BratEvaluation.expectedCalibrationError(scorableDeciles) }

    /// Reliability by level and by tenth of confidence of (confidence, rightness) pairs.
    public static func reliability(_ tags: [(confidence: Double, right: Bool)]) -> (levels: [ConfidenceLevel: Reliability], deciles: [Reliability]) {
        var levels: [ConfidenceLevel: Reliability] = [:]
        var deciles = [Reliability](repeating: Reliability(), count: 10)
        for t in tags { tally(t.confidence, t.right, &levels, &deciles) }
        return (levels, deciles)
    }

    /// Counts one tag in its level and its tenth of confidence.
    static func tally(_ confidence: Double, _ right: Bool, _ levels: inout [ConfidenceLevel: Reliability], _ deciles: inout [Reliability]) {
        let level = ConfidenceLevel(confidence), bin = min(9, max(0, Int(confidence * 10)))
        levels[level, default: Reliability()].count += 1
        levels[level, default: Reliability()].confidenceSum += confidence
        deciles[bin].count += 1
        deciles[bin].confidenceSum += confidence
        if right {
            levels[level, default: Reliability()].correct += 1
            deciles[bin].correct += 1
        }
    }

    public static func expectedCalibrationError(_ deciles: [Reliability]) -> Double {
        let n = deciles.reduce(0) { $0 + $1.count }
        guard n > 0 else { return 0 }
        return deciles.reduce(0.0) { $0 + Double($1.count) / Double(n) * abs($1.meanConfidence - $1.precision) }
    }

    public static func prefix(of name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        if let u = base.firstIndex(of: "_") { return String(base[..<u]) }
        if let dot = base.lastIndex(of: ".") { return String(base[..<dot]) }
        return base
    }

    /// Adds one document: attrib's analysis of the `.txt` and the gold read against the same bytes.
    public mutating func add(_ analysis: DocumentAnalysis, gold: BratGold, file: String) {
        documents += 1
        let bytes = analysis.document.bytes
        let group = options.groupByPrefix ? BratEvaluation.prefix(of: file) : nil

        // Spans, per role.
        for role in AttributionRole.allCases {
            let predicted: [Span] = analysis.attributions.compactMap {
                switch role {
                case .cue: return $0.cue?.span
                case .source: return $0.source?.span
                case .content: return $0.content
                }
            }
            let scores = BratEvaluation.roleScores(predicted, gold.spans[role] ?? [], bytes)
            roles[role] = (roles[role] ?? RoleScores()) + scores
            if let group { prefixRoles[group, default: [:]][role] = (prefixRoles[group]?[role] ?? RoleScores()) + scores }
        }

        // attrib's attributions that share a cue span are one.
        var groups: [[Int]] = []
        var groupOfCue: [Span: Int] = [:]
        for (i, a) in analysis.attributions.enumerated() {
            if let cue = a.cue?.span, let g = groupOfCue[cue] {
                groups[g].append(i)
            } else {
                if let cue = a.cue?.span { groupOfCue[cue] = groups.count }
                groups.append([i])
            }
        }
        let groupCue: [Span?] = groups.map { analysis.attributions[$0[0]].cue?.span }

        // Gold attributions and the groups whose cue overlaps theirs, closest overlap first.
        let candidates: [[Int]] = gold.attributions.map { g in
            var c: [(Int, Int)] = []
            for (k, cue) in groupCue.enumerated() {
                guard let cue else { continue }
                let shared = g.cue.reduce(0) { $0 + max(0, min($1.end, cue.end) - max($1.start, cue.start)) }
                if shared > 0 { c.append((k, shared)) }
            }
            return c.sorted { ($1.1, $0.0) < ($0.1, $1.0) }.map(\.0)
        }
        let partner = SpanMatching.oneToOne(candidates, rightCount: groups.count)
        var goldOfGroup = [Int?](repeating: nil, count: groups.count)
        for (g, p) in partner.enumerated() { if let p { goldOfGroup[p] = g } }

        let matched = partner.compactMap { $0 }.count
        attributions.truePositives += matched
        attributions.predicted += groups.count
        attributions.gold += gold.attributions.count
        if let group {
            prefixes[group, default: Tally()].gold += gold.attributions.count
            prefixes[group, default: Tally()].found += matched
            prefixes[group, default: Tally()].predicted += groups.count
            prefixes[group, default: Tally()].correct += matched
        }

        func trimmed(_ s: Span) -> Span { SpanMatching.trimmed(s, in: bytes) }
        func agree(_ predicted: [Span], _ gold: [Span], into a: inout Agreement) {
            guard !gold.isEmpty else { return }
            a.total += 1
            let p = predicted.map(trimmed), g = gold.map(trimmed)
            if p.contains(where: { x in g.contains { $0.overlaps(x) } }) { a.overlap += 1 }
            if p.contains(where: { x in g.contains { $0.start == x.start } }) { a.begin += 1 }
            if p.contains(where: { x in g.contains { $0 == x } }) { a.exact += 1 }
        }

        // Gold side: recall, agreement, lemmas.
        for (gi, g) in gold.attributions.enumerated() {
            let cueText = g.cue.map { analysis.document.text($0) }.joined(separator: " ")
            let lemma = options.lexicon.lemma(cueText)
            let speechCue = !lemma.isEmpty && options.lexicon.plainSpeechStems.contains(lemma)
            let key = !lemma.isEmpty ? lemma : g.cue.isEmpty ? "(no cue)" : "(no word)"
            lemmas[key, default: Tally()].gold += 1
            lemmaForms[key, default: [:]][options.lexicon.headWord(cueText), default: 0] += 1
            if speechCue { speech.gold += 1 }
            guard let p = partner[gi] else { continue }
            lemmas[key, default: Tally()].found += 1
            let members = groups[p].map { analysis.attributions[$0] }
            let sources = members.compactMap { $0.source?.span }, contents = members.compactMap(\.content)
            agree(sources, g.source, into: &source)
            agree(contents, g.content, into: &content)
            if speechCue {
                speech.truePositives += 1
                agree(sources, g.source, into: &speechSource)
                agree(contents, g.content, into: &speechContent)
            }
        }
        speech.predicted = speech.truePositives  // recall is what this subset measures

        // attrib's side: categories, rules, confidence.
        let goldContents = gold.attributions.flatMap(\.content)
        for (k, members) in groups.enumerated() {
            let hit = goldOfGroup[k] != nil
            let first = analysis.attributions[members[0]]
            let category = first.cue?.category.rawValue ?? "(no cue)"
            categories[category, default: Tally()].predicted += 1
            if hit { categories[category, default: Tally()].correct += 1 }
            for i in members {
                let a = analysis.attributions[i]
                for rule in Set(a.rules) {
                    rules[rule, default: Tally()].predicted += 1
                    if hit { rules[rule, default: Tally()].correct += 1 }
                }
                // Right when its group matched and, where both have a content, the contents overlap.
                var right = hit
                if hit, let c = a.content, let g = goldOfGroup[k], !gold.attributions[g].content.isEmpty {
                    right = gold.attributions[g].content.contains { $0.overlaps(c) }
                }
                BratEvaluation.tally(a.confidence, right, &levels, &deciles)
                if !hit, let cue = a.cue?.span, goldContents.contains(where: { $0.start <= cue.start && cue.end <= $0.end }) {
                    nested += 1
                    continue
                }
                BratEvaluation.tally(a.confidence, right, &scorableLevels, &scorableDeciles)
                if options.collectSamples {
                    samples.append(ConfidenceCalibration.Sample(raw: a.confidence, rule: a.rules.first ?? "", category: a.cue?.category,
                                                                right: right, document: documents))
                }
            }
        }

        if let show = options.show, show.misses || show.falseOnes {
            collectExamples(show, analysis, gold, groups, partner, goldOfGroup, file)
        }
    }

    static func roleScores(_ predicted: [Span], _ gold: [Span], _ bytes: [UInt8]) -> RoleScores {
        let p = Array(Set(predicted.map { SpanMatching.trimmed($0, in: bytes) })).sorted()
        let g = Array(Set(gold.map { SpanMatching.trimmed($0, in: bytes) })).sorted()
        var r = RoleScores()
        r.exact = SpanMatching.score(p, g, ==)
        r.begin = SpanMatching.score(p, g) { $0.start == $1.start }
        r.overlap = SpanMatching.score(p, g) { $0.overlaps($1) }
        return r
    }

    private mutating func collectExamples(_ show: ShowExamples, _ analysis: DocumentAnalysis, _ gold: BratGold,
                                          _ groups: [[Int]], _ partner: [Int?], _ goldOfGroup: [Int?], _ file: String) {
        let sentences = analysis.sentences
        func sentenceIndex(_ offset: Int) -> Int? {
            var lo = 0, hi = sentences.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if sentences[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
            }
            return lo < sentences.count && sentences[lo].span.start <= offset ? lo : nil
        }
        func flat(_ s: String) -> String { s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }
        func text(_ spans: [Span]) -> String { flat(spans.map { analysis.text($0) }.joined(separator: " … ")) }
        func sentenceSpan(_ offset: Int) -> Span? { sentenceIndex(offset).map { sentences[$0].span } }
        func describe(_ a: Attribution) -> String {
            var parts: [String] = []
            if let s = a.source { parts.append("source [\(text([s.span]))] (\(s.kind.rawValue))") }
            if let c = a.cue { parts.append("cue {\(text([c.span]))}") }
            if let c = a.content { parts.append("content ⟨\(text([c]))⟩") }
            return parts.joined(separator: " ")
        }
        func describe(_ g: BratGold.Attribution) -> String {
            var parts: [String] = []
            if !g.source.isEmpty { parts.append("source [\(text(g.source))]") }
            if !g.cue.isEmpty { parts.append("cue {\(text(g.cue))}") }
            if !g.content.isEmpty { parts.append("content ⟨\(text(g.content))⟩") }
            return parts.joined(separator: " ")
        }
        if show.misses {
            for (gi, g) in gold.attributions.enumerated() where partner[gi] == nil {
                let at = (g.cue.first ?? g.source.first ?? g.content.first)?.start ?? 0
                let sentence = sentenceSpan(at)
                let near = analysis.attributions.filter { a in
                    guard let sentence, let c = a.cue?.span else { return false }
                    return sentence.overlaps(c)
                }
                var roles: [AttributionRole: String] = [:]
                for role in AttributionRole.allCases where !g[role].isEmpty { roles[role] = text(g[role]) }
                examples.append(Example(kind: .miss, file: file, location: analysis.lines.location(of: at),
                                        sentence: sentence.map { flat(analysis.text($0)) } ?? "",
                                        roles: roles, other: near.map(describe)))
            }
        }
        if show.falseOnes {
            for (k, members) in groups.enumerated() where goldOfGroup[k] == nil {
                let a = analysis.attributions[members[0]]
                let at = a.cue?.span.start ?? a.content?.start ?? 0
                let sentence = sentenceSpan(at)
                let near = gold.attributions.filter { g in
                    guard let sentence else { return false }
                    return (g.cue + g.source).contains { $0.overlaps(sentence) }
                }
                var roles: [AttributionRole: String] = [:]
                if let c = a.cue { roles[.cue] = text([c.span]) }
                if let s = a.source { roles[.source] = text([s.span]) }
                if let c = a.content { roles[.content] = text([c]) }
                examples.append(Example(kind: .false, file: file, location: analysis.lines.location(of: at),
                                        sentence: sentence.map { flat(analysis.text($0)) } ?? "",
                                        roles: roles, other: near.map(describe)))
            }
        }
    }

    /// Named figures (fractions), for floors and the JSON report.
    public var figures: [(String, Double)] {
        var out: [(String, Double)] = [
            ("attribution.precision", attributions.precision), ("attribution.recall", attributions.recall),
            ("attribution.f1", attributions.f1), ("speech.recall", speech.recall),
            ("source.given-cue.overlap", source.rate(source.overlap)), ("source.given-cue.begin", source.rate(source.begin)),
            ("source.given-cue.exact", source.rate(source.exact)),
            ("content.given-cue.overlap", content.rate(content.overlap)), ("content.given-cue.begin", content.rate(content.begin)),
            ("content.given-cue.exact", content.rate(content.exact)),
        ]
        for role in AttributionRole.allCases {
            let r = roles[role] ?? RoleScores()
            for (measure, prf) in [("exact", r.exact), ("begin", r.begin), ("overlap", r.overlap)] {
                out.append(("\(role.rawValue).\(measure).precision", prf.precision))
                out.append(("\(role.rawValue).\(measure).recall", prf.recall))
                out.append(("\(role.rawValue).\(measure).f1", prf.f1))
            }
        }
        for level in [ConfidenceLevel.high, .medium, .low] {
            if let c = levels[level], c.count > 0 { out.append(("calibration.\(level.rawValue).precision", c.precision)) }
        }
        for level in [ConfidenceLevel.high, .medium, .low] {
            if let c = scorableLevels[level], c.count > 0 { out.append(("calibration.scorable.\(level.rawValue).precision", c.precision)) }
        }
        if deciles.contains(where: { $0.count > 0 }) {
            out.append(("calibration.ece", expectedCalibrationError))
            out.append(("calibration.scorable.ece", scorableExpectedCalibrationError))
        }
        if let pronouns { out += pronouns.figures }
        if let kinds { out += kinds.figures }
        return out
    }
}
