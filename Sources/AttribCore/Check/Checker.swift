/// A finding as `attrib check` reports it: with its configured severity and its baseline key.
public struct CheckedFinding: Hashable, Sendable {
    public var finding: Finding
    public var key: BaselineKey

    public init(finding: Finding, key: BaselineKey) {
        self.finding = finding
        self.key = key
    }
}

/// The outcome for one document.
public struct DocumentCheck: Sendable {
    /// Findings to report: not suppressed, not turned off, not in the baseline; in document order.
    public var findings: [CheckedFinding]
    /// Every finding after suppressions and configuration, before the baseline (what
    /// `--write-baseline` records).
    public var current: [CheckedFinding]
    /// Findings hidden by inline suppressions.
    public var suppressed: Int
    /// Findings hidden because the baseline records them.
    public var baselined: Int
}

/// Filters and decides: inline suppressions, per-rule configuration, policy thresholds and the
/// baseline, applied to one document's analysis. Pure: no I/O.
///
/// Order: the engine's findings pass through inline suppressions (so an `attrib-disable` for a
/// rule that is turned off in the configuration still counts as used); `policy.*` findings are
/// computed on what is left and may be suppressed by `attrib-disable-file`; unused suppressions
/// become `suppression.unused`; then rules turned `off` are dropped and severity overrides
/// applied; last, findings the baseline records are set aside.
public struct Checker: Sendable {
    public var configuration: CheckConfiguration
    /// Every finding rule id known (engine and ``CheckRules``), for unused-suppression messages.
    public var knownRules: Set<String>?

    public init(configuration: CheckConfiguration, knownRules: Set<String>? = nil) {
        self.configuration = configuration
        self.knownRules = knownRules
    }

    /// The severity a rule is reported at, given its default.
    public func severity(of rule: String, default base: Severity) -> Severity? {
        switch configuration.setting(for: rule) {
        case .off?: return nil
        case let .severity(s)?: return s
        case nil: return base
        }
    }

    public func check(_ analysis: DocumentAnalysis, path: String, baseline: Baseline? = nil) -> DocumentCheck {
        var suppressions = Suppressions(document: analysis.document, lines: analysis.lines, knownRules: knownRules)
        var suppressed = 0
        var kept: [Finding] = []
        kept.reserveCapacity(analysis.findings.count)
        for f in analysis.findings {
            if suppressions.suppresses(f, lines: analysis.lines) { suppressed += 1 } else { kept.append(f) }
        }
        let claims = kept.reduce(0) { $0 + ($1.rule == PolicyCheck.unattributedClaimRule ? 1 : 0) }
        let policy = PolicyCheck.findings(analysis, policy: configuration.policy, unattributedClaims: claims) {
            CheckRules.description(of: $0)?.severity ?? .warning
        }
        for f in policy {
            if suppressions.suppresses(f, lines: analysis.lines) { suppressed += 1 } else { kept.append(f) }
        }
        kept += suppressions.unusedFindings(severity: CheckRules.description(of: Suppressions.unusedRule)?.severity ?? .info)

        var configured: [Finding] = []
        configured.reserveCapacity(kept.count)
        for var f in kept {
            guard let s = severity(of: f.rule, default: f.severity) else { continue }
            f.severity = s
            configured.append(f)
        }
        configured.sort { a, b in
            if a.span.start != b.span.start { return a.span.start < b.span.start }
            if a.span.end != b.span.end { return a.span.end < b.span.end }
            return a.rule.utf8.lexicographicallyPrecedes(b.rule.utf8)
        }
        let keys = BaselineKey.keys(for: configured, in: analysis, path: path)
        let current = zip(configured, keys).map { CheckedFinding(finding: $0, key: $1) }
        guard let baseline else {
            return DocumentCheck(findings: current, current: current, suppressed: suppressed, baselined: 0)
        }
        let reported = current.filter { !baseline.contains($0.key) }
        return DocumentCheck(findings: reported, current: current, suppressed: suppressed,
                             baselined: current.count - reported.count)
    }
}
