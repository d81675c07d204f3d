public enum Severity: String, CaseIterable, Sendable, Codable, Comparable {
    case info, warning, error

    public static func < (a: Severity, b: Severity) -> Bool {
        let order: [Severity] = [.info, .warning, .error]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}

/// An editorial finding: a rule that applies to a span, with the rule's severity and message.
public struct Finding: Hashable, Sendable {
    /// The finding rule id, e.g. `anonymous-source.no-reason`.
    public var rule: String
    public var severity: Severity
    public var message: String
    /// Original byte span the finding is about (a source, a cue, a quote, a sentence).
    public var span: Span
    /// Index of the sentence it belongs to, or nil for document-level findings (`policy.*`).
    public var sentence: Int?
    public var confidence: Double

    public var level: ConfidenceLevel { ConfidenceLevel(confidence) }

    public init(rule: String, severity: Severity, message: String, span: Span, sentence: Int?, confidence: Double) {
        self.rule = rule
        self.severity = severity
        self.message = message
        self.span = span
        self.sentence = sentence
        self.confidence = confidence
    }
}
