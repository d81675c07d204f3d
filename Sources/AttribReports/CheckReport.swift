import AttribCore

/// Everything `attrib check` reports, as plain values: the renderers (text, JSON, SARIF, GitHub,
/// rdjsonl, JUnit) are pure functions of this.
public struct CheckReport: Sendable {
    public struct Tool: Sendable, Hashable {
        public var name: String
        public var version: String
        /// An absolute URL for the tool's documentation, when there is one.
        public var informationURI: String?

        public init(name: String = "attrib", version: String, informationURI: String? = nil) {
            self.name = name
            self.version = version
            self.informationURI = informationURI
        }
    }

    public struct Summary: Hashable, Sendable {
        public var files = 0
        public var findings = 0
        public var errors = 0
        public var warnings = 0
        public var info = 0
        public var suppressed = 0
        public var baselined = 0
        /// Inputs that could not be read (the run exits 2) and inputs read with a caveat.
        public var inputErrors = 0
        public var inputWarnings = 0

        public init(files: Int = 0, findings: Int = 0, errors: Int = 0, warnings: Int = 0, info: Int = 0,
                    suppressed: Int = 0, baselined: Int = 0, inputErrors: Int = 0, inputWarnings: Int = 0) {
            self.files = files
            self.findings = findings
            self.errors = errors
            self.warnings = warnings
            self.info = info
            self.suppressed = suppressed
            self.baselined = baselined
            self.inputErrors = inputErrors
            self.inputWarnings = inputWarnings
        }
    }

    public var tool: Tool
    /// Every finding rule that can appear (the engine's and ``CheckRules``), sorted by id; SARIF
    /// `ruleIndex` points into this array.
    public var rules: [RuleDescription]
    public var documents: [CheckedDocument]
    /// The lowest severity that fails the check.
    public var failOn: Severity
    /// Inputs that could not be read, and inputs read with a caveat, in the order met: every format
    /// lists them, so a CI run never shows only green while an input was skipped.
    public var problems: [InputProblem]

    public init(tool: Tool, rules: [RuleDescription], documents: [CheckedDocument], failOn: Severity,
                problems: [InputProblem] = []) {
        self.tool = tool
        self.rules = rules
        self.documents = documents
        self.failOn = failOn
        self.problems = problems
    }

    /// Finding rules from a rule set's descriptions plus ``CheckRules``; an engine rule with the same
    /// id wins. Sorted by id.
    public static func findingRules(_ descriptions: [RuleDescription]) -> [RuleDescription] {
        var byID: [String: RuleDescription] = [:]
        for d in CheckRules.descriptions { byID[d.id] = d }
        for d in descriptions where d.kind == .finding { byID[d.id] = d }
        return byID.values.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }

    public var summary: Summary {
        var s = Summary()
        s.files = documents.count
        s.inputErrors = problems.count { $0.severity == .error }
        s.inputWarnings = problems.count { $0.severity != .error }
        for d in documents {
            s.suppressed += d.suppressed
            s.baselined += d.baselined
            for f in d.findings {
                s.findings += 1
                switch f.severity {
                case .error: s.errors += 1
                case .warning: s.warnings += 1
                case .info: s.info += 1
                }
            }
        }
        return s
    }

    /// Whether any reported finding is at or above ``failOn`` (exit code 1).
    public var failed: Bool { documents.contains { $0.findings.contains { $0.severity >= failOn } } }

    /// The index of a rule in ``rules``.
    public func ruleIndex(_ id: String) -> Int? {
        var lo = 0, hi = rules.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if rules[mid].id.utf8.lexicographicallyPrecedes(id.utf8) { lo = mid + 1 } else { hi = mid }
        }
        return lo < rules.count && rules[lo].id == id ? lo : nil
    }

    public func rule(_ id: String) -> RuleDescription? { ruleIndex(id).map { rules[$0] } }
}

/// One checked document: its reported findings with their positions resolved.
public struct CheckedDocument: Sendable {
    /// The path as shown to people (relative to the current folder), or a JSON Lines record's id.
    public var path: String
    /// The path relative to the repository root, `/`-separated (SARIF, GitHub annotations, baseline).
    public var uri: String
    public var findings: [ReportedFinding]
    public var suppressed: Int
    public var baselined: Int

    public init(path: String, uri: String, findings: [ReportedFinding], suppressed: Int = 0, baselined: Int = 0) {
        self.path = path
        self.uri = uri
        self.findings = findings
        self.suppressed = suppressed
        self.baselined = baselined
    }

    /// Resolves the check's findings against the analysed document (lines, columns, texts).
    public init(path: String, uri: String, check: DocumentCheck, analysis: DocumentAnalysis) {
        self.init(path: path, uri: uri, findings: check.findings.map { ReportedFinding($0, in: analysis) },
                  suppressed: check.suppressed, baselined: check.baselined)
    }
}

/// A finding with everything a renderer needs, so renderers never see the document.
public struct ReportedFinding: Hashable, Sendable {
    public var rule: String
    public var severity: Severity
    public var message: String
    public var confidence: Double
    /// Original UTF-8 byte span.
    public var span: Span
    public var start: TextLocation
    /// The position just after the span (exclusive end).
    public var end: TextLocation
    /// The span's text.
    public var text: String
    /// The sentence the finding belongs to, or nil for document-level findings.
    public var sentence: Int?
    public var sentenceSpan: Span?
    public var sentenceStart: TextLocation?
    public var sentenceEnd: TextLocation?
    public var sentenceText: String?
    public var key: BaselineKey

    public init(rule: String, severity: Severity, message: String, confidence: Double, span: Span,
                start: TextLocation, end: TextLocation, text: String, sentence: Int? = nil, sentenceSpan: Span? = nil,
                sentenceStart: TextLocation? = nil, sentenceEnd: TextLocation? = nil, sentenceText: String? = nil,
                key: BaselineKey) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.confidence = confidence
        self.span = span
        self.start = start
        self.end = end
        self.text = text
        self.sentence = sentence
        self.sentenceSpan = sentenceSpan
        self.sentenceStart = sentenceStart
        self.sentenceEnd = sentenceEnd
        self.sentenceText = sentenceText
        self.key = key
    }

    public init(_ checked: CheckedFinding, in analysis: DocumentAnalysis) {
        let f = checked.finding
        var sentenceSpan: Span?
        if let i = f.sentence, i >= 0, i < analysis.sentences.count { sentenceSpan = analysis.sentences[i].span }
        self.init(rule: f.rule, severity: f.severity, message: f.message, confidence: f.confidence, span: f.span,
                  start: analysis.lines.location(of: f.span.start), end: analysis.lines.location(of: f.span.end),
                  text: analysis.text(f.span), sentence: sentenceSpan == nil ? nil : f.sentence, sentenceSpan: sentenceSpan,
                  sentenceStart: sentenceSpan.map { analysis.lines.location(of: $0.start) },
                  sentenceEnd: sentenceSpan.map { analysis.lines.location(of: $0.end) },
                  sentenceText: sentenceSpan.map { analysis.text($0) }, key: checked.key)
    }

    public var fingerprint: String { key.fingerprint }
}

extension Severity {
    /// "1 error" / "2 errors"; info does not inflect.
    func counted(_ n: Int) -> String {
        switch self {
        case .info: return "\(n) info"
        case .warning: return n == 1 ? "1 warning" : "\(n) warnings"
        case .error: return n == 1 ? "1 error" : "\(n) errors"
        }
    }
}
