extension Abbreviations {
    /// The abbreviations shipped in `rules/` (embedded in the binary).
    public static var builtIn: Abbreviations { RuleSet.builtIn.abbreviations }
}
