import Yams

/// What the evaluation knows about the words of a gold cue, from `rules/evaluation.yml`: which
/// words to pass over to reach a cue's verb, irregular verb forms, and which lemmas are the plain
/// speech verbs whose recall is reported on its own.
public struct EvaluationLexicon: Sendable, Equatable {
    /// Auxiliaries, negations and adverbs passed over to reach a cue's head word.
    public var skip: Set<String> = []
    /// Irregular forms and their base form ("said" → "say").
    public var irregular: [String: String] = [:]
    /// Base forms of the plain speech verbs.
    public var plainSpeech: [String] = []

    public init() {}

    /// The lemma key of a cue's text: its first word that is not passed over, with its inflection
    /// taken off, so "says", "said" and "saying" share one key, as do "announced" and "announces".
    /// Empty when the cue has no word.
    public func lemma(_ cue: String) -> String {
        let words = EvaluationLexicon.words(cue)
        guard let head = words.first(where: { !skip.contains($0) }) ?? words.first else { return "" }
        return stem(head)
    }

    /// The first word `lemma` looked at, as written (lower case), to label a lemma's row.
    public func headWord(_ cue: String) -> String {
        let words = EvaluationLexicon.words(cue)
        return words.first(where: { !skip.contains($0) }) ?? words.first
            ?? cue.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether a cue is a plain speech verb.
    public func isPlainSpeech(_ cue: String) -> Bool {
        let l = lemma(cue)
        return !l.isEmpty && plainSpeechStems.contains(l)
    }

    var plainSpeechStems: Set<String> { Set(plainSpeech.map(stem)) }

    /// Lower-case words of letters (apostrophes inside a word kept, typographic ones made plain).
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var w = ""
        for ch in s.lowercased() {
            if ch.isLetter {
                w.append(ch)
            } else if (ch == "'" || ch == "\u{2019}") && !w.isEmpty {
                w.append("'")
            } else if !w.isEmpty {
                out.append(w)
                w = ""
            }
        }
        if !w.isEmpty { out.append(w) }
        return out.map { $0.hasSuffix("'") ? String($0.dropLast()) : $0 }
    }

    /// A light suffix stripper: enough to put a verb's regular forms under one key. Irregular
    /// forms go through the table first. The key drops a final "e" so "announce" and "announced"
    /// agree.
    func stem(_ word: String) -> String {
        var w = irregular[word] ?? word
        func drop(_ n: Int) { w.removeLast(n) }
        func undouble() {
            let c = Array(w)
            if c.count >= 3, c[c.count - 1] == c[c.count - 2], !"aeiouls".contains(c[c.count - 1]) { w.removeLast() }
        }
        if w.count > 4 && w.hasSuffix("ies") { drop(3); w += "y" }
        else if w.count > 4 && w.hasSuffix("ied") { drop(3); w += "y" }
        else if w.count > 5 && w.hasSuffix("ing") { drop(3); undouble() }
        else if w.count > 4 && w.hasSuffix("ed") { drop(2); undouble() }
        else if w.count > 4 && (w.hasSuffix("ses") || w.hasSuffix("xes") || w.hasSuffix("zes") || w.hasSuffix("ches") || w.hasSuffix("shes")) { drop(2) }
        else if w.count > 3 && w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") { drop(1) }
        if w.count > 3 && w.hasSuffix("e") { drop(1) }
        return w
    }

    mutating func load(_ node: Node, _ r: YAMLReader) throws {
        for (key, _, value) in try r.mapping(node, allowed: ["description", "skip", "irregular", "plain-speech"], what: "evaluation") {
            switch key {
            case "skip": skip = Set(try r.strings(value, "skip").map { $0.lowercased() })
            case "plain-speech": plainSpeech = try r.strings(value, "plain-speech").map { $0.lowercased() }
            case "irregular":
                var table: [String: String] = [:]
                for (form, _, base) in try r.mapping(value, allowed: [], what: "irregular") {
                    table[form.lowercased()] = try r.string(base, "irregular.\(form)").lowercased()
                }
                irregular = table
            default: _ = try r.string(value, "description")
            }
        }
    }
}
