/// How well attrib resolves pronoun sources, scored on annotated referents
/// (`attrib eval --gold brat --pronouns FILE`).
///
/// For each annotated pronoun, attrib's attribution whose source shares the most characters with
/// the pronoun is the one that *found* it. It is resolved *right* when its `resolved` span overlaps
/// one of the referent's annotated mentions — or, when the text names no referent (no mentions,
/// as for a generic "you"), when attrib leaves it unresolved.
public struct PronounEvaluation: Sendable {
    public struct Counts: Sendable, Equatable {
        public var annotated = 0, found = 0, right = 0
        public init() {}
        public var foundRate: Double { annotated == 0 ? 1 : Double(found) / Double(annotated) }
        public var rightOfAnnotated: Double { annotated == 0 ? 1 : Double(right) / Double(annotated) }
        public var rightOfFound: Double { found == 0 ? 1 : Double(right) / Double(found) }
    }

    /// A pronoun attrib did not find or resolved wrong.
    public struct Wrong: Sendable, Equatable {
        public enum Outcome: String, Sendable {
            case notFound = "not found"
            case unresolved = "not resolved"
            case wrong = "resolved wrong"
        }
        public var file: String
        public var location: TextLocation
        public var sentence: String
        public var pronoun: String
        public var kind: PronounAntecedent.Kind
        /// The referent's mentions as written, each text once, in order of appearance.
        public var gold: [String]
        /// attrib's resolved antecedent, when it gave one.
        public var attrib: String?
        public var outcome: Outcome
        public var note: String?
    }

    public var all = Counts()
    public var byKind: [PronounAntecedent.Kind: Counts] = [:]
    public var wrong: [Wrong] = []
    /// Keep the wrong ones for `--show`.
    public var collectWrong: Bool

    public init(collectWrong: Bool = false) { self.collectWrong = collectWrong }

    /// Scores one article's annotated pronouns against attrib's analysis of it. Returns the problems
    /// that kept records from being scored (a changed text, a span past its end); those records
    /// are left out.
    @discardableResult
    public mutating func add(_ records: [PronounAntecedent], analysis: DocumentAnalysis, file: String, goldFile: String) -> [AttribError] {
        guard let first = records.first else { return [] }
        let article = GoldArticle(analysis)
        let problems = article.problems(article: first.article, records.map { ($0.line, $0.sha256, [$0.pronoun] + $0.mentions) },
                                        goldFile: goldFile)
        if problems.changed != nil { return problems.all }
        for r in records where problems.lines[r.line] == nil {
            let pronoun = article.bytes(r.pronoun)
            let mentions = r.mentions.map(article.bytes)
            var c = Counts()
            c.annotated = 1
            var outcome = Wrong.Outcome.notFound
            var resolvedText: String?
            if let a = article.attribution(withSourceOverlapping: pronoun) {
                c.found = 1
                let resolved = a.source?.resolved
                resolvedText = resolved.map(article.text)
                if mentions.isEmpty {
                    if resolved == nil { c.right = 1 } else { outcome = .wrong }
                } else if let resolved {
                    if mentions.contains(where: { $0.overlaps(resolved) }) { c.right = 1 } else { outcome = .wrong }
                } else {
                    outcome = .unresolved
                }
            }
            all.annotated += c.annotated
            all.found += c.found
            all.right += c.right
            byKind[r.kind, default: Counts()].annotated += c.annotated
            byKind[r.kind, default: Counts()].found += c.found
            byKind[r.kind, default: Counts()].right += c.right
            if collectWrong && c.right == 0 {
                var names: [String] = []
                for m in mentions.sorted() {
                    let t = article.text(m)
                    if !names.contains(t) { names.append(t) }
                }
                wrong.append(Wrong(file: file, location: analysis.lines.location(of: pronoun.start),
                                   sentence: article.sentence(at: pronoun.start), pronoun: article.text(pronoun),
                                   kind: r.kind, gold: names, attrib: resolvedText, outcome: outcome, note: r.note))
            }
        }
        return problems.all
    }

    /// Named figures (fractions) for floors and the JSON report.
    public var figures: [(String, Double)] {
        var out: [(String, Double)] = [
            ("pronoun.found", all.foundRate), ("pronoun.right.of-annotated", all.rightOfAnnotated),
            ("pronoun.right.of-found", all.rightOfFound),
        ]
        for kind in PronounAntecedent.Kind.allCases {
            guard let c = byKind[kind], c.annotated > 0 else { continue }
            out.append(("pronoun.\(kind.rawValue).right.of-annotated", c.rightOfAnnotated))
            out.append(("pronoun.\(kind.rawValue).right.of-found", c.rightOfFound))
        }
        return out
    }
}
