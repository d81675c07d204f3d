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
