import Yams

extension Abbreviations {
    static let sections = ["abbreviations"] + WordList.allCases.map(\.rawValue)

    /// Adds one section of a rules file (`abbreviations` or one of the word lists).
    mutating func load(section: String, _ value: Node, _ r: YAMLReader) throws {
        switch section {
        case "abbreviations":
            let kinds = AbbreviationKind.allCases.map(\.rawValue)
            for (kindName, _, list) in try r.mapping(value, allowed: kinds, what: "abbreviations") {
                let kind = AbbreviationKind(rawValue: kindName)!
                let items = list.sequence.map(Array.init) ?? [list]
                for (word, node) in zip(try r.strings(list, kindName), items) {
                    guard Abbreviations.key(word) != nil else {
                        throw r.error(node, "'\(word)' is not an ASCII word of at most 8 characters")
                    }
                    add(word, kind: kind)
                }
            }
        default:
            guard let list = WordList(rawValue: section) else { break }
            // The segmenter looks these up by an ASCII key; a word it could never match is an
            // error here rather than an entry silently dropped.
            let items = value.sequence.map(Array.init) ?? [value]
            for (word, node) in zip(try r.strings(value, section), items) {
                guard Abbreviations.wordKey(word) != nil else {
                    throw r.error(node, "'\(word)' is not an ASCII word of at most 32 characters")
                }
                if list == .letterWords && !(word.utf8.count == 1 && word.first!.isLetter) {
                    throw r.error(node, "'\(word)' is not a single letter (letter-words lists letters that are also words, such as 'I')")
                }
                add(word, to: list)
            }
        }
    }

    /// Adds the lists of an abbreviations YAML file (see `rules/abbreviations.yml`).
    public mutating func load(yaml text: String, file: String) throws {
        let r = YAMLReader(file: file)
        for (key, _, value) in try r.mapping(try r.parse(text), allowed: ["version"] + Abbreviations.sections, what: "abbreviations file") {
            if key == "version" { try r.checkVersion(value) } else { try load(section: key, value, r) }
        }
    }
}
