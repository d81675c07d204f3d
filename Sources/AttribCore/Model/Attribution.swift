/// How a statement is attributed.
public enum CueCategory: String, CaseIterable, Sendable, Codable {
    /// say, tell, add, note, announce, write, testify, ask, reply…
    case speech
    /// conclude, believe, think, find, determine, suspect…
    case cognition
    /// report, show, state (a document as the subject)
    case document
    /// "according to", a colon before a quote
    case nominal
    /// "reportedly", "is believed to": a claim resting on unnamed support
    case hedge
}

/// What kind of source a statement is attributed to.
public enum SourceKind: String, CaseIterable, Sendable, Codable {
    /// A person or organisation by name: "Brazil", "Acme Mining Corp.", "Ms. Okafor", "the ministry".
    case named
    /// Unnamed but described: "two senior diplomats", "a person familiar with the talks".
    case anonymous
    /// "some in the party", "critics", "sources", "experts".
    case vague
    /// "a letter sent to the board", "the report".
    case document
    /// "he", "she", "they", "it" — see ``SourceMention/resolved``.
    case pronoun
}

public enum QuoteKind: String, CaseIterable, Sendable, Codable {
    /// The content is quoted text.
    case direct
    /// A quoted fragment inside reported speech.
    case partial
    case none
}

/// A 0…1 confidence bucketed for editors: high ≥ 0.8, medium ≥ 0.5, else low.
public enum ConfidenceLevel: String, CaseIterable, Sendable, Codable, Comparable {
    case low, medium, high

    public init(_ confidence: Double) {
        self = confidence >= 0.8 ? .high : confidence >= 0.5 ? .medium : .low
    }

    public static func < (a: ConfidenceLevel, b: ConfidenceLevel) -> Bool {
        let order: [ConfidenceLevel] = [.low, .medium, .high]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}

/// The attribution cue: "said", "told reporters", "according to", "have found", "reportedly".
public struct Cue: Hashable, Sendable {
    public var span: Span
    public var category: CueCategory
    /// A loaded verb ("claimed", "admitted") rather than a neutral one ("said").
    public var loaded: Bool
    /// The lexicon group (rule id) that matched, e.g. `lexicon.cue.speech`.
    public var rule: String

    public init(span: Span, category: CueCategory, loaded: Bool, rule: String) {
        self.span = span
        self.category = category
        self.loaded = loaded
        self.rule = rule
    }
}

/// Who a statement is attributed to.
public struct SourceMention: Hashable, Sendable {
    public var span: Span
    public var kind: SourceKind
    /// For pronouns: the earlier source it refers to, and that source's kind.
    public var resolved: Span?
    public var resolvedKind: SourceKind?

    public init(span: Span, kind: SourceKind, resolved: Span? = nil, resolvedKind: SourceKind? = nil) {
        self.span = span
        self.kind = kind
        self.resolved = resolved
        self.resolvedKind = resolvedKind
    }

    /// The kind after pronoun resolution.
    public var effectiveKind: SourceKind { kind == .pronoun ? (resolvedKind ?? .pronoun) : kind }
}

/// One attributed statement. All spans are original UTF-8 byte offsets into the document.
public struct Attribution: Hashable, Sendable {
    /// Index into ``DocumentAnalysis/sentences``.
    public var sentence: Int
    public var cue: Cue?
    public var source: SourceMention?
    public var content: Span?
    public var quote: QuoteKind
    /// True for anonymous and vague sources (after pronoun resolution).
    public var anonymous: Bool
    /// The words that explain why anonymity was granted, when the story gives them.
    public var anonymityReason: Span?
    public var confidence: Double
    /// Ids of the rules that produced this attribution (pattern, lexicon groups, adjustments).
    public var rules: [String]

    public var level: ConfidenceLevel { ConfidenceLevel(confidence) }

    public init(sentence: Int, cue: Cue?, source: SourceMention?, content: Span?, quote: QuoteKind,
                anonymous: Bool, anonymityReason: Span?, confidence: Double, rules: [String]) {
        self.sentence = sentence
        self.cue = cue
        self.source = source
        self.content = content
        self.quote = quote
        self.anonymous = anonymous
        self.anonymityReason = anonymityReason
        self.confidence = confidence
        self.rules = rules
    }
}
