/// One element of a pattern. A pattern is anchored on its CUE (or HEDGE): elements before it
/// are matched leftwards from the cue, elements after it rightwards.
public enum PatternElement: Hashable, Sendable {
    /// The noun phrase of the source ("Two senior diplomats", "Maria Okafor").
    case source
    /// The lexicon cue.
    case cue
    /// Reported content: a clause running to the sentence edge.
    case content
    /// A noun phrase reported as content after a verb that takes one ("denied any involvement").
    case object
    /// A quotation delimited by quote marks.
    case quote
    /// Nothing but short adverbials and closing punctuation until the sentence end.
    case end
    /// The subject at the start of the clause ("Hutchins's assessment was blunt: …" → Hutchins).
    case subject
    /// The possessor of a noun of saying: a possessive pronoun ("Her remarks") or the phrase before
    /// "'s" ("The minister's claim").
    case possessor
    /// A literal token (",", ":", "that"; "and|but" for alternatives), optionally absent.
    case literal(String, optional: Bool)

    static func parse(_ word: String) -> PatternElement? {
        switch word {
        case "SOURCE": return .source
        case "CUE": return .cue
        case "CONTENT": return .content
        case "OBJECT": return .object
        case "QUOTE": return .quote
        case "END": return .end
        case "SUBJECT": return .subject
        case "POSSESSOR": return .possessor
        default:
            var w = word
            var optional = false
            if w.hasSuffix("?") && w.count > 1 { optional = true; w.removeLast() }
            if w.hasPrefix("'") && w.hasSuffix("'") && w.count >= 3 { w = String(w.dropFirst().dropLast()) }
            guard !w.isEmpty, w.uppercased() != w || !w.contains(where: \.isLetter) else { return nil }
            return .literal(w, optional: optional)
        }
    }
}

/// A declarative attribution pattern, e.g. `QUOTE ,? SOURCE CUE END`.
public struct PatternRule: Sendable {
    public var id: String
    public var elements: [PatternElement]
    /// Cue categories (`speech`) or lexicon group ids (`lexicon.cue.colon`) the pattern applies
    /// to; empty means every category but `hedge`.
    public var cues: Set<String>

    /// Lexicon groups that some pattern names by id: only patterns naming them use them
    /// (a colon or "saying" is a cue only where a pattern says so). Set by the loader.
    var reservedGroups: Set<String> = []

    /// `accepts` for every lexicon group, by group index (computed once when rules load).
    var acceptsGroup: [Bool] = []

    /// Whether a cue from `group` may anchor this pattern.
    func accepts(_ group: LexiconGroup) -> Bool {
        guard let category = group.category else { return false }
        if cues.contains(group.id) { return true }
        if reservedGroups.contains(group.id) { return false }
        if cues.isEmpty { return category != .hedge }
        return cues.contains(category.rawValue)
    }
    /// Base confidence before adjustments.
    public var confidence: Double
    /// The pattern is for passive cues and their agent ("was confirmed by a spokesman"), and passive
    /// cues take only such patterns.
    public var passive = false
    /// The pattern's attribution has no source, and borrows none ("Asked whether the levy would pass,
    /// …": the question's asker is not named).
    public var sourceless = false
    /// Word classes the cue's verb may not belong to.
    var notCueWords: [WordClass] = []
    /// Named checks run after the elements match, in order (``PatternCheck``).
    var checks: [PatternCheck] = []
    /// Named checks run right after a CONTENT element before the cue.
    var contentChecks: [PatternCheck] = []
    /// Lower numbers are tried first; the first pattern that matches a cue wins.
    public var priority: Int
    public var description: RuleDescription

    var cueIndex: Int { elements.firstIndex(of: .cue)! }
}

/// What a finding rule tests.
public struct FindingCondition: Hashable, Sendable {
    public enum Reason: String, Sendable, Hashable { case none, boilerplate, substantive, any }
    public enum SentenceTest: String, Sendable, Hashable {
        /// A direct quote with no attribution of its own and none inherited.
        case unattributedQuote = "unattributed-quote"
        /// A check-worthy sentence (figures, superlatives, causal claims) with no attribution.
        case unattributedClaim = "unattributed-claim"
    }
    /// Tests of the document's markup rather than its attributions.
    public enum MarkupTest: String, Sendable, Hashable {
        /// Markup opened and never closed, which masks the text after it (``ProseText/unclosed``).
        case unclosed
    }

    public var sourceKinds: Set<SourceKind>?
    public var reason: Reason?
    public var cueLoaded: Bool?
    public var cueCategories: Set<CueCategory>?
    /// Lexicon group ids the cue must come from.
    public var cueGroups: Set<String>?
    public var quote: Set<QuoteKind>?
    public var sentence: SentenceTest?
    /// `public-group: false`: the source is not an uncounted plural group that speaks in public as a
    /// body ("researchers", "investigators", "executives"); see docs/corpus-annotation.md.
    public var publicGroup: Bool?
    /// `markup: unclosed`: one finding per unclosed element or fence (span `markup`).
    public var markup: MarkupTest?
    /// `first-quote: true`: the attribution carries the document's first direct quotation.
    public var firstQuote: Bool?

    public init() {}
}

/// Which span a finding points at.
public enum FindingTarget: String, Sendable, CaseIterable {
    case source, cue, content, reason, sentence
    /// The markup a `markup` condition found (an unclosed element's open tag, a fence's line).
    case markup
}

/// An editorial finding rule: a condition over attributions (or sentences), a severity, a message.
public struct FindingRule: Sendable {
    public var id: String
    public var severity: Severity
    public var message: String
    public var condition: FindingCondition
    public var target: FindingTarget
    /// Multiplies the attribution's confidence (or is the confidence of sentence tests).
    public var confidence: Double
    public var enabled: Bool
    public var description: RuleDescription
}
