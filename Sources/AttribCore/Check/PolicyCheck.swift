/// Per-document policy thresholds from `.attrib.yml`, turned into `policy.*` findings.
public enum PolicyCheck {
    public static let maxAnonymousShare = "policy.max-anonymous-share"
    public static let minNamedSources = "policy.min-named-sources"
    public static let maxUnattributedClaims = "policy.max-unattributed-claims"
    /// The finding whose count `max-unattributed-claims` limits.
    public static let unattributedClaimRule = "claim.unattributed"

    /// Document-level findings (no sentence) for every threshold the analysis breaks. They are
    /// placed at the start of the first sentence with an empty span. `unattributedClaims` is the
    /// number of `claim.unattributed` findings left after inline suppressions; `severity` gives
    /// each policy rule's severity.
    public static func findings(_ analysis: DocumentAnalysis, policy: CheckConfiguration.Policy,
                                unattributedClaims: Int, severity: (String) -> Severity) -> [Finding] {
        guard !policy.isEmpty else { return [] }
        let at = analysis.sentences.first.map { Span($0.span.start, $0.span.start) } ?? Span(0, 0)
        var out: [Finding] = []
        func add(_ rule: String, _ message: String) {
            out.append(Finding(rule: rule, severity: severity(rule), message: message, span: at, sentence: nil, confidence: 1))
        }
        let summary = analysis.summary
        if let limit = policy.maxAnonymousShare, summary.sourced > 0, summary.anonymousShare > limit {
            let unnamed = summary.anonymous + summary.vague
            add(maxAnonymousShare,
                "\(unnamed) of \(summary.sourced) sourced attributions (\(percent(summary.anonymousShare))) rest on "
                + "anonymous or vague sources; the policy allows at most \(percent(limit))")
        }
        if let minimum = policy.minNamedSources {
            let named = namedSources(analysis)
            if named < minimum {
                add(minNamedSources,
                    "the story names \(named) \(named == 1 ? "source" : "sources"); the policy asks for at least "
                    + "\(minimum) named \(minimum == 1 ? "source" : "sources")")
            }
        }
        if let limit = policy.maxUnattributedClaims, unattributedClaims > limit {
            add(maxUnattributedClaims,
                "\(unattributedClaims) check-worthy claims have no attribution; the policy allows at most \(limit)")
        }
        return out
    }

    /// Distinct named sources: attributions whose source (a resolved pronoun counts as what it
    /// refers to) is `named`, counted once per source text, case and spacing aside.
    public static func namedSources(_ analysis: DocumentAnalysis) -> Int {
        var names = Set<String>()
        for a in analysis.attributions {
            guard let s = a.source, s.effectiveKind == .named else { continue }
            let span = s.kind == .pronoun ? (s.resolved ?? s.span) : s.span
            names.insert(BaselineKey.normalize(analysis.text(span)).lowercased())
        }
        return names.count
    }

    /// "50%", "33.3%".
    static func percent(_ share: Double) -> String {
        let tenths = Int((share * 1000).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }
}
