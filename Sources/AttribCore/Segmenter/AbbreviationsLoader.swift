extension Abbreviations {
    /// Adds the lists of an abbreviations YAML file (see `rules/abbreviations.yml`).
    public mutating func load(yaml text: String, file: String) throws {
        let r = YAMLReader(file: file)
        let root = try r.parse(text)
        for (key, _, value) in try r.mapping(root, allowed: ["version", "abbreviations", "starters", "continuers"], what: "abbreviations file") {
            switch key {
            case "version":
                try r.checkVersion(value)
            case "abbreviations":
                let kinds = AbbreviationKind.allCases.map(\.rawValue)
                for (kindName, _, list) in try r.mapping(value, allowed: kinds, what: "abbreviations") {
                    let kind = AbbreviationKind(rawValue: kindName)!
                    for (i, word) in try r.strings(list, kindName).enumerated() {
                        guard Abbreviations.key(word) != nil else {
                            throw r.error(list.sequence?[i] ?? list, "'\(word)' is not an ASCII word of at most 8 characters")
                        }
                        add(word, kind: kind)
                    }
                }
            case "starters":
                for w in try r.strings(value, "starters") { addStarter(w) }
            case "continuers":
                for w in try r.strings(value, "continuers") { addContinuer(w) }
            default:
                break
            }
        }
    }
}
