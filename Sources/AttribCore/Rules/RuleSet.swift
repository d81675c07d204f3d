/// Everything the engine runs on: abbreviations, lexicons, patterns and finding rules, loaded
/// from the built-in `rules/` (embedded) plus any user folders, which add rules and override by id.
public struct RuleSet: Sendable {
    public var abbreviations: Abbreviations
    public var lexicon: Lexicon
    public var patterns: [PatternRule]
    public var findings: [FindingRule]
    /// Lexicon group descriptions (their examples are tests too).
    public var lexiconGroups: [RuleDescription]
    /// What `attrib eval --gold brat` knows about cue words (rules/evaluation.yml).
    public var evaluation = EvaluationLexicon()
    /// How raw confidences map to calibrated ones (rules/calibration.yml); empty: raw.
    public var calibration = ConfidenceCalibration.identity
    /// The engine's word classes by id (rules/words.yml): one for each ``WordClass``.
    public var words: [String: WordList] = [:]
    /// First names and the share of women who bear them (rules/first-names.yml).
    public var firstNames = FirstNames()
    /// The files that define word classes, in load order (for errors about a missing class).
    var wordFiles: [String] = []
    /// A hash of every rule file's text, so stored analyses know which rules produced them.
    public var fingerprint: String

    /// Every rule: lexicon groups, patterns, findings, sorted by id.
    public var descriptions: [RuleDescription] {
        (lexiconGroups + patterns.map(\.description) + findings.map(\.description)).sorted { $0.id < $1.id }
    }

    public func description(of id: String) -> RuleDescription? { descriptions.first { $0.id == id } }

    public func findingRule(_ id: String) -> FindingRule? { findings.first { $0.id == id } }

    /// The built-in rules only.
    public static let builtIn: RuleSet = {
        do {
            return try RuleSet.load(files: EmbeddedRules.files.map { ("rules/" + $0.name, $0.text) })
        } catch {
            preconditionFailure("built-in rules do not load: \(error)")
        }
    }()
}

/// A word class of `rules/words.yml`: the words one test of the engine reads (see ``WordClass``).
public struct WordList: Sendable {
    public var id: String
    /// What the class is for in the engine.
    public var description: String
    /// The words of a plain class.
    public var entries: [String]
    /// The links of a linked class: after one of `words`, one of `then` opens what follows.
    public var links: [WordLink]
    /// The file that defined the class last.
    public var file: String
}

/// One link of a linked word class: words and the words that may follow them.
public struct WordLink: Sendable {
    public var words: [String]
    public var then: [String]
}
