extension Abbreviations {
    /// The abbreviations shipped in `rules/abbreviations.yml` (embedded in the binary).
    public static let builtIn: Abbreviations = {
        var a = Abbreviations()
        for (name, text) in EmbeddedRules.files where name == "abbreviations.yml" {
            // The embedded file is checked by the test suite; failing here is a build defect.
            do { try a.load(yaml: text, file: "rules/" + name) } catch { preconditionFailure("\(error)") }
        }
        return a
    }()
}
