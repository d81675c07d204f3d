/// The findings `attrib check` itself adds: per-document policy thresholds and unused suppressions.
/// Their descriptions sit next to the engine's finding rules in reports (SARIF `rules`, JSON).
public enum CheckRules {
    public static let file = "attrib check (built in)"

    public static let descriptions: [RuleDescription] = [
        RuleDescription(
            id: PolicyCheck.maxAnonymousShare, kind: .finding, name: "Too many unnamed sources",
            summary: "More of the story's sourced attributions rest on anonymous or vague sources than the newsroom's policy allows.",
            rationale: """
                Anonymity is the exception, not the default. The AP Stylebook allows anonymous sources only when the \
                material is information, not opinion, is essential to the report, and is not available any other way; \
                The New York Times' confidential-sources guidelines and the NPR Ethics Handbook likewise treat unnamed \
                sourcing as a last resort. A story that rests mostly on unnamed people needs an editor's look before it runs.
                """,
            severity: .warning,
            triggering: ["«»Officials said the port would close. Critics said it was overdue. Ms. Okafor said she agreed."],
            nonTriggering: ["Ms. Okafor said the port would close. The ministry said it was overdue."],
            file: file),
        RuleDescription(
            id: PolicyCheck.minNamedSources, kind: .finding, name: "Too few named sources",
            summary: "The story names fewer sources than the newsroom's policy asks for.",
            rationale: """
                Readers judge a story by who stands behind it. The Reuters Handbook of Journalism asks reporters to name \
                their sources wherever possible, and the BBC Editorial Guidelines expect the audience to be told where \
                information comes from; a story without a single named source usually needs more reporting.
                """,
            severity: .warning,
            triggering: ["«»Officials said the port would close."],
            nonTriggering: ["Ms. Okafor said the port would close."],
            file: file),
        RuleDescription(
            id: PolicyCheck.maxUnattributedClaims, kind: .finding, name: "Too many unattributed claims",
            summary: "More check-worthy claims (figures, superlatives, causes) go unattributed than the newsroom's policy allows.",
            rationale: """
                Every fact a reader could doubt should say how we know it. The Reuters Handbook of Journalism and the \
                BBC Editorial Guidelines ask that figures, records and causal claims be attributed unless the reporter \
                witnessed them; many unattributed claims in one story point to missing sourcing, not to a few oversights.
                """,
            severity: .warning,
            triggering: ["«»The strike cost $4 billion. It was the longest on record. It caused the closure."],
            nonTriggering: ["The strike cost $4 billion, the ministry said."],
            file: file),
        RuleDescription(
            id: Suppressions.unusedRule, kind: .finding, name: "Unused suppression",
            summary: "An attrib-disable comment suppresses nothing: the rule no longer fires there, or the rule id is misspelt.",
            rationale: """
                A suppression records an editor's decision about one passage. When the passage changes and the comment \
                stays, it silently waives the check for whatever is written there next; removing stale suppressions keeps \
                every waiver deliberate.
                """,
            severity: .info,
            triggering: ["«<!-- attrib-disable-next-line source.vague -->»\nMs. Okafor said so."],
            nonTriggering: ["<!-- attrib-disable-next-line source.vague -->\nCritics said so."],
            file: file),
    ]

    public static var ids: Set<String> { Set(descriptions.map(\.id)) }

    public static func description(of id: String) -> RuleDescription? { descriptions.first { $0.id == id } }
}
