import AttribCore

/// One document's line in the archive report.
public struct DocumentOverview: Sendable, Hashable {
    public var info: DocumentInfo
    /// `findings` counts only the findings that pass the report's `--rule` filter.
    public var counts: Counts

    public init(info: DocumentInfo, counts: Counts) {
        self.info = info
        self.counts = counts
    }
}

/// Counts for one day (or month) of the archive.
public struct TrendPoint: Sendable, Hashable {
    /// `YYYY-MM-DD`, `YYYY-MM` when the archive spans many days, or `undated`.
    public var period: String
    public var documents: Int
    public var counts: Counts
}

/// Everything the archive report shows. The store fills it with a few aggregate queries; the
/// rankings and the trend are derived here, so renderers stay pure.
public struct ArchiveReport: Sendable {
    public var documents: [DocumentOverview]
    /// Most cited sources first.
    public var sources: [SourceTally]
    /// Finding counts per rule.
    public var rules: [RuleTally]
    /// How many reviews of each verdict the archive holds.
    public var reviews: [Verdict: Int]
    /// Filters that shaped the report, for its header (`--since`, `--rule`).
    public var since: String?
    public var rule: String?

    public init(documents: [DocumentOverview], sources: [SourceTally], rules: [RuleTally],
                reviews: [Verdict: Int] = [:], since: String? = nil, rule: String? = nil) {
        self.documents = documents
        self.sources = sources.sorted(by: SourceTally.ranked)
        self.rules = rules.sorted { $0.findings != $1.findings ? $0.findings > $1.findings : $0.rule < $1.rule }
        self.reviews = reviews
        self.since = since
        self.rule = rule
    }

    public var total: Counts { documents.reduce(Counts()) { $0 + $1.counts } }

    /// Documents by anonymous share, highest first (ties: more sourced attributions, then name).
    public var byAnonymousShare: [DocumentOverview] {
        documents.sorted {
            let a = $0.counts.anonymousShare, b = $1.counts.anonymousShare
            if a != b { return a > b }
            if $0.counts.sourced != $1.counts.sourced { return $0.counts.sourced > $1.counts.sourced }
            return $0.info.name.utf8.lexicographicallyPrecedes($1.info.name.utf8)
        }
    }

    /// Documents by number of findings, most first (ties: name).
    public var byFindings: [DocumentOverview] {
        documents.sorted {
            if $0.counts.findings != $1.counts.findings { return $0.counts.findings > $1.counts.findings }
            return $0.info.name.utf8.lexicographicallyPrecedes($1.info.name.utf8)
        }
    }

    /// Counts per published (else ingest) day, oldest first; per month when the archive covers
    /// more than 62 distinct days.
    public var trend: [TrendPoint] {
        let days = Set(documents.compactMap(\.info.day))
        let monthly = days.count > 62
        var points: [String: TrendPoint] = [:]
        for d in documents {
            var period = d.info.day ?? "undated"
            if monthly && period != "undated" { period = String(period.prefix(7)) }
            points[period, default: TrendPoint(period: period, documents: 0, counts: Counts())].documents += 1
            points[period]!.counts = points[period]!.counts + d.counts
        }
        return points.values.sorted { $0.period < $1.period }
    }
}
