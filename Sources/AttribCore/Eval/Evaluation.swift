/// Precision / recall counts.
public struct PRF: Sendable, Equatable {
    public var truePositives = 0
    public var predicted = 0
    public var gold = 0

    public init() {}

    public var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
    public var recall: Double { gold == 0 ? 1 : Double(truePositives) / Double(gold) }
    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (a: PRF, b: PRF) -> PRF {
        var c = PRF()
        c.truePositives = a.truePositives + b.truePositives
        c.predicted = a.predicted + b.predicted
        c.gold = a.gold + b.gold
        return c
    }
}

/// Scores of attrib's output against gold annotations (`attrib eval`).
public struct Evaluation: Sendable {
    public var documents = 0
    public var sentences = PRF()
    public var cueExact = PRF(), cueOverlap = PRF()
    public var sourceExact = PRF(), sourceOverlap = PRF()
    public var contentExact = PRF(), contentOverlap = PRF()
    public var sourceKindCorrect = 0, sourceKindTotal = 0
    public var anonymousCorrect = 0, anonymousTotal = 0
    public var findings: [String: PRF] = [:]
    /// Per confidence level: attributions predicted, and how many matched a gold attribution.
    public var calibration: [ConfidenceLevel: PRF] = [:]

    public init() {}

    public var anonymousAccuracy: Double { anonymousTotal == 0 ? 1 : Double(anonymousCorrect) / Double(anonymousTotal) }
    public var sourceKindAccuracy: Double { sourceKindTotal == 0 ? 1 : Double(sourceKindCorrect) / Double(sourceKindTotal) }
    public var allFindings: PRF { findings.values.reduce(PRF(), +) }

    /// Adds one document's comparison.
    public mutating func add(_ a: DocumentAnalysis, gold g: GoldDocument) {
        documents += 1
        sentences = sentences + Evaluation.match(a.sentences.map(\.span), g.sentences, exact: true)
        let pa = a.attributions
        cueExact = cueExact + Evaluation.match(pa.compactMap { $0.cue?.span }, g.attributions.compactMap(\.cue), exact: true)
        cueOverlap = cueOverlap + Evaluation.match(pa.compactMap { $0.cue?.span }, g.attributions.compactMap(\.cue), exact: false)
        sourceExact = sourceExact + Evaluation.match(pa.compactMap { $0.source?.span }, g.attributions.compactMap(\.source), exact: true)
        sourceOverlap = sourceOverlap + Evaluation.match(pa.compactMap { $0.source?.span }, g.attributions.compactMap(\.source), exact: false)
        contentExact = contentExact + Evaluation.match(pa.compactMap(\.content), g.attributions.compactMap(\.content), exact: true)
        contentOverlap = contentOverlap + Evaluation.match(pa.compactMap(\.content), g.attributions.compactMap(\.content), exact: false)

        // Pair predicted and gold attributions: same cue region and same sentence region.
        var used = Set<Int>()
        for p in pa {
            let level = p.level
            var c = calibration[level] ?? PRF()
            c.predicted += 1
            if let gi = g.attributions.indices.first(where: { !used.contains($0) && Evaluation.pairs(p, g.attributions[$0]) }) {
                used.insert(gi)
                let ga = g.attributions[gi]
                // Correct when the source agrees too (or both have none).
                let sourceOK = (p.source == nil && ga.source == nil)
                    || (p.source != nil && ga.source != nil && p.source!.span.overlaps(ga.source!))
                if sourceOK { c.truePositives += 1 }
                if ga.source != nil || p.source != nil {
                    anonymousTotal += 1
                    if p.anonymous == ga.anonymous { anonymousCorrect += 1 }
                }
                if let gk = ga.sourceKind, let pk = p.source?.kind {
                    sourceKindTotal += 1
                    if gk == pk { sourceKindCorrect += 1 }
                }
            }
            calibration[level] = c
        }

        // Findings by rule and sentence (predicted sentences are mapped to gold sentences).
        func goldSentence(of offset: Int) -> Int? { g.sentences.firstIndex { $0.start <= offset && offset < max($0.end, $0.start + 1) } }
        var predicted: [String: Set<Int>] = [:]
        for f in a.findings {
            if let s = goldSentence(of: f.span.start) { predicted[f.rule, default: []].insert(s) }
        }
        var goldSet: [String: Set<Int>] = [:]
        for f in g.findings { goldSet[f.rule, default: []].insert(f.sentence) }
        for rule in Set(predicted.keys).union(goldSet.keys) {
            let p = predicted[rule] ?? [], gs = goldSet[rule] ?? []
            var r = findings[rule] ?? PRF()
            r.predicted += p.count
            r.gold += gs.count
            r.truePositives += p.intersection(gs).count
            findings[rule] = r
        }
    }

    /// A predicted and a gold attribution describe the same statement: their cues overlap, or
    /// (for inherited quotations) their contents overlap.
    static func pairs(_ p: Attribution, _ g: GoldDocument.GoldAttribution) -> Bool {
        if let pc = p.content, let gc = g.content, pc.overlaps(gc) { return true }
        if let pc = p.cue?.span, let gc = g.cue, pc.overlaps(gc), p.content == nil || g.content == nil { return true }
        return false
    }

    /// One-to-one matching of spans (duplicates collapse: inherited attributions repeat a source).
    static func match(_ predicted: [Span], _ gold: [Span], exact: Bool) -> PRF {
        let p = Array(Set(predicted)).sorted(), g = Array(Set(gold)).sorted()
        var r = PRF()
        r.predicted = p.count
        r.gold = g.count
        var used = Set<Int>()
        for s in p {
            if let i = g.indices.first(where: { !used.contains($0) && (exact ? g[$0] == s : g[$0].overlaps(s)) }) {
                used.insert(i)
                r.truePositives += 1
            }
        }
        return r
    }

    /// The named figures, for floors and tables.
    public var figures: [(String, Double)] {
        var out: [(String, Double)] = [
            ("sentences.f1", sentences.f1),
            ("cue.exact.f1", cueExact.f1), ("cue.overlap.f1", cueOverlap.f1),
            ("source.exact.f1", sourceExact.f1), ("source.overlap.f1", sourceOverlap.f1),
            ("content.exact.f1", contentExact.f1), ("content.overlap.f1", contentOverlap.f1),
            ("source-kind.accuracy", sourceKindAccuracy), ("anonymous.accuracy", anonymousAccuracy),
            ("findings.f1", allFindings.f1),
        ]
        for rule in findings.keys.sorted() { out.append(("finding.\(rule).f1", findings[rule]!.f1)) }
        for level in [ConfidenceLevel.high, .medium, .low] {
            if let c = calibration[level], c.predicted > 0 { out.append(("calibration.\(level.rawValue).precision", c.precision)) }
        }
        return out
    }
}
