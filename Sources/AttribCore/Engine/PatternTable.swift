/// The patterns in the form the matcher reads them: one object per pattern (passing it retains
/// one reference instead of copying every array of a ``PatternRule``), and for each lexicon group
/// the patterns it may anchor, in priority order, so a cue only tries the patterns that accept it.
final class CompiledPattern: Sendable {
    let index: Int
    let id: String
    let elements: [PatternElement]
    let cueIndex: Int
    let confidence: Double
    /// The pattern names its source (SOURCE or SUBJECT) rather than borrowing one.
    let hasSource: Bool
    /// The pattern is for passive cues and their agent (``PatternRule/passive``).
    let passive: Bool
    /// The attribution has no source and borrows none (``PatternRule/sourceless``).
    let sourceless: Bool
    let notCueWords: [WordClass]
    let checks: [PatternCheck]
    let contentChecks: [PatternCheck]

    init(_ rule: PatternRule, index: Int) {
        self.index = index
        id = rule.id
        elements = rule.elements
        cueIndex = rule.cueIndex
        confidence = rule.confidence
        hasSource = rule.elements.contains(.source) || rule.elements.contains(.subject) || rule.elements.contains(.possessor)
        passive = rule.passive
        sourceless = rule.sourceless
        notCueWords = rule.notCueWords
        checks = rule.checks
        contentChecks = rule.contentChecks
    }
}

struct PatternTable: Sendable {
    let patterns: [CompiledPattern]
    /// Pattern indices by lexicon group index.
    let byGroup: [[Int]]

    init(_ rules: [PatternRule], groups: Int) {
        patterns = rules.enumerated().map { CompiledPattern($1, index: $0) }
        byGroup = (0..<groups).map { g in rules.indices.filter { rules[$0].acceptsGroup.indices.contains(g) && rules[$0].acceptsGroup[g] } }
    }
}
