import AttribCore

/// One attribution with the texts a report shows.
public struct AttributionItem: Sendable {
    /// The id editors pass to `attrib review` (`A12`), when the document is stored.
    public var id: String?
    /// The stable review key (see ``ReviewKey``).
    public var key: String
    public var attribution: Attribution
    /// Where the attribution starts (its earliest span).
    public var location: TextLocation
    public var start: Int
    public var sentence: String
    public var cue: String?
    public var source: String?
    /// For pronouns: the text of the source it refers to.
    public var resolved: String?
    public var sourceKey: String?
    /// The source kind after pronoun resolution.
    public var kind: SourceKind?
    public var content: String?
    public var reason: String?
    public var reviews: [Review]
}

/// One finding with its text and position.
public struct FindingItem: Sendable {
    public var id: String?
    public var key: String
    public var finding: Finding
    public var location: TextLocation
    /// The text of the finding's span.
    public var text: String
    /// The text of its sentence (the span's text for document-level findings).
    public var sentence: String
    public var reviews: [Review]
}

/// Findings of one rule.
public struct FindingGroup: Sendable {
    public var rule: String
    public var severity: Severity
    public var items: [FindingItem]
}

/// Everything the article report shows, built from a ``DocumentAnalysis`` by a pure function.
public struct ArticleReport: Sendable {
    public var info: DocumentInfo
    public var analysis: DocumentAnalysis
    public var attributions: [AttributionItem]
    public var findings: [FindingItem]
    public var counts: Counts
    /// Sources cited in this document, most cited first.
    public var sources: [SourceTally]
    /// The `--rule` filter applied to findings, if any.
    public var rule: String?

    /// - Parameters:
    ///   - attributionIDs, findingIDs: store row ids, parallel to the analysis' arrays.
    ///   - reviews: editors' verdicts by review key.
    ///   - rule: keep only findings of this rule.
    public init(analysis: DocumentAnalysis, info: DocumentInfo? = nil, attributionIDs: [Int64]? = nil,
                findingIDs: [Int64]? = nil, reviews: [String: [Review]] = [:], rule: String? = nil) {
        self.analysis = analysis
        self.info = info ?? DocumentInfo(analysis.document)
        self.rule = rule
        let lines = analysis.lines
        func sentenceText(_ i: Int?) -> String? {
            guard let i, i >= 0, i < analysis.sentences.count else { return nil }
            return analysis.text(analysis.sentences[i].span)
        }
        var items: [AttributionItem] = []
        items.reserveCapacity(analysis.attributions.count)
        var tallies: [String: SourceTally] = [:]
        var order: [String] = []
        let identities = SourceKey.identities(in: analysis)
        for (i, a) in analysis.attributions.enumerated() {
            let key = ReviewKey.attribution(a, in: analysis)
            let spans = [a.source?.span, a.cue?.span, a.content].compactMap { $0 }
            let start = spans.map(\.start).min() ?? (a.sentence < analysis.sentences.count ? analysis.sentences[a.sentence].span.start : 0)
            let source = identities[i]
            if let source {
                let k = source.key + "\u{0}" + source.kind.rawValue
                if tallies[k] == nil {
                    tallies[k] = SourceTally(key: source.key, kind: source.kind, name: source.text, mentions: 0, documents: 1)
                    order.append(k)
                }
                tallies[k]!.mentions += 1
                if SourceTally.isMoreComplete(source.text, than: tallies[k]!.name) { tallies[k]!.name = source.text }
            }
            items.append(AttributionItem(
                id: attributionIDs.map { "A\($0[i])" }, key: key, attribution: a, location: lines.location(of: start),
                start: start, sentence: sentenceText(a.sentence) ?? "", cue: a.cue.map { analysis.text($0.span) },
                source: a.source.map { analysis.text($0.span) }, resolved: a.source?.resolved.map { analysis.text($0) },
                sourceKey: source?.key, kind: a.source?.effectiveKind, content: a.content.map { analysis.text($0) },
                reason: a.anonymityReason.map { analysis.text($0) }, reviews: reviews[key] ?? []))
        }
        attributions = items
        sources = order.map { tallies[$0]! }.sorted(by: SourceTally.ranked)

        var found: [FindingItem] = []
        for (i, f) in analysis.findings.enumerated() where rule == nil || f.rule == rule {
            let key = ReviewKey.finding(f, in: analysis)
            let text = analysis.text(f.span)
            found.append(FindingItem(
                id: findingIDs.map { "F\($0[i])" }, key: key, finding: f, location: lines.location(of: f.span.start),
                text: text, sentence: sentenceText(f.sentence) ?? text, reviews: reviews[key] ?? []))
        }
        findings = found
        var c = Counts(analysis.summary)
        c.findings = found.count
        counts = c
    }

    /// Findings grouped by rule: most severe first, then by rule id; each group in text order.
    public var findingGroups: [FindingGroup] {
        var groups: [String: FindingGroup] = [:]
        for item in findings {
            groups[item.finding.rule, default: FindingGroup(rule: item.finding.rule, severity: item.finding.severity, items: [])]
                .items.append(item)
        }
        return groups.values.map { g in
            var g = g
            g.severity = g.items.map(\.finding.severity).max() ?? g.severity
            g.items.sort { $0.finding.span < $1.finding.span }
            return g
        }.sorted { $0.severity != $1.severity ? $0.severity > $1.severity : $0.rule < $1.rule }
    }

    /// Check-worthy claims that rest on no source or only on a hedge: `claim.*` and
    /// `quote.unattributed` findings, plus hedge attributions that produced no finding, in text order.
    public var unsupportedClaims: [(kind: String, location: TextLocation, sentence: String)] {
        var out: [(Int, String, TextLocation, String)] = []
        var seen = Set<Int>()
        for item in findings where item.finding.rule.hasPrefix("claim.") || item.finding.rule == "quote.unattributed" {
            let label = item.finding.rule == "claim.hedged" ? "hedged" : "unattributed"
            if let s = item.finding.sentence { seen.insert(s) }
            out.append((item.finding.span.start, label, item.location, item.sentence))
        }
        if rule == nil {
            for item in attributions where item.attribution.cue?.category == .hedge && !seen.contains(item.attribution.sentence) {
                seen.insert(item.attribution.sentence)
                out.append((item.start, "hedged", item.location, item.sentence))
            }
        }
        return out.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2, $0.3) }
    }
}
