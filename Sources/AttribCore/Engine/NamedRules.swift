/// The lexicon groups the engine's Swift names, in one place. ``RuleSet/load(files:)`` fails when
/// one is missing, so a group renamed in the rules cannot silently stop what the Swift does with it;
/// each analyzer resolves them to indices once (``SharedLexicon/index(_:)``).
enum NamedGroup: Int, CaseIterable, Sendable {
    /// Verbs of labelling ("called it a disgrace"), and "attacked Dalton as “…”".
    case call
    /// The group of "put the death toll at 23", a cue by its estimate.
    case speechComplement
    /// A headline's colon or closing dash ("Talks collapse: sources").
    case colon
    /// "said": the group of "was quoted … as saying".
    case speech
    /// "according to": after a comma it closes the content it attributes again.
    case accordingTo
    /// ", adding that …", ", saying …": a participle of saying with content of its own.
    case participle
    /// Directives ("urged him to stay out"): inside another statement, part of it.
    case urge
    /// Offices held by one person ("the mayor"): anonymous when described as unnamed.
    case title
    /// The group of a possessive pronoun before a noun of saying ("Her remarks that …").
    case pronoun
    /// Professions and members of the public, who speak in public as a body.
    case publicRole, population

    /// The group's id in the rules.
    var id: String {
        switch self {
        case .call: return "lexicon.cue.call"
        case .speechComplement: return "lexicon.cue.speech-complement"
        case .colon: return "lexicon.cue.colon"
        case .speech: return "lexicon.cue.speech"
        case .accordingTo: return "lexicon.cue.according-to"
        case .participle: return "lexicon.cue.participle"
        case .urge: return "lexicon.cue.urge"
        case .title: return "lexicon.source.title"
        case .pronoun: return "lexicon.source.pronoun"
        case .publicRole: return "lexicon.source.public-role"
        case .population: return "lexicon.source.population"
        }
    }
}

/// The patterns the engine's Swift names (checked at load like ``NamedGroup``).
enum NamedPattern: String, CaseIterable, Sendable {
    /// "DALTON: We will win.": a transcript's speaker label, whose later sentences are the speaker's.
    case headlineColon = "pattern.headline-colon"
}
