/// What an editor (and `attrib rules explain`, SARIF, JSON output) needs to know about a rule.
public struct RuleDescription: Hashable, Sendable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A group of lexicon entries (cues, source heads, reasons, hedges).
        case lexicon
        /// A pattern that builds attributions.
        case pattern
        /// An editorial finding.
        case finding
    }

    /// Stable, namespaced id: `anonymous-source.no-reason`, `pattern.source-cue`, `lexicon.cue.speech`.
    public var id: String
    public var kind: Kind
    /// A short human name.
    public var name: String
    /// One sentence: what the rule does or what the finding means (the finding's message).
    public var summary: String
    /// Why: the editorial standard it enforces, naming its source.
    public var rationale: String
    /// Findings only: the default severity.
    public var severity: Severity?
    /// Examples that trigger the rule; `«…»` marks the span it must produce.
    public var triggering: [String]
    /// Examples that must not trigger it.
    public var nonTriggering: [String]
    /// The file the rule came from (`rules/findings.yml`, or a user folder).
    public var file: String
    /// How the examples are read (`examples: {format: markdown}`): text unless the rule is about markup.
    public var exampleFormat: InputFormat

    public init(id: String, kind: Kind, name: String, summary: String, rationale: String, severity: Severity?,
                triggering: [String], nonTriggering: [String], file: String, exampleFormat: InputFormat = .text) {
        self.id = id
        self.kind = kind
        self.name = name
        self.summary = summary
        self.rationale = rationale
        self.severity = severity
        self.triggering = triggering
        self.nonTriggering = nonTriggering
        self.file = file
        self.exampleFormat = exampleFormat
    }

    /// A documentation link for the rule (used by SARIF `helpUri`).
    public var helpURI: String { "https://attrib.dev/rules/\(id)" }
}
