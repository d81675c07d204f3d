/// How well attrib tells named, anonymous, vague, document and pronoun sources apart, and finds the
/// story's reason for granting anonymity, scored on annotated gold sources
/// (`attrib eval --gold brat --kinds FILE`).
///
/// For each annotated source, attrib's attribution whose source shares the most characters with it
/// is the one that *found* it. Of those found: the kind is right when attrib's source kind is the
/// annotated one, the anonymous flag when the attribution's `anonymous` is. A reason is *found*
/// when any attribution whose source overlaps the annotated source has an anonymity reason that
/// overlaps the annotated reason; it is counted over all annotated anonymous sources that have one.
public struct SourceKindEvaluation: Sendable {
    /// A source attrib did not find, or found with a wrong kind, flag or reason.
    public struct Wrong: Sendable, Equatable {
        public var file: String
        public var location: TextLocation
        public var sentence: String
        public var source: String
        public var kind: SourceKind
        public var anonymous: Bool
        /// The annotated reason, as written.
        public var reason: String?
        /// attrib's kind, flag and reason; the kind is nil when attrib did not find the source.
        public var attribKind: SourceKind?
        public var attribAnonymous: Bool?
        public var attribReason: String?
        public var note: String?
    }

    public var annotated = 0, found = 0, kindRight = 0, anonymousRight = 0
    /// Anonymous sources with an annotated reason, and those whose reason attrib found.
    public var reasonAnnotated = 0, reasonFound = 0
    /// Found anonymous sources without an annotated reason, and those attrib gave one anyway.
    public var noReasonFound = 0, reasonWhereNone = 0
    /// Gold kind → attrib's kind (nil: not found) → count.
    public var confusion: [SourceKind: [SourceKind?: Int]] = [:]
    public var wrong: [Wrong] = []
    public var collectWrong: Bool

    public init(collectWrong: Bool = false) { self.collectWrong = collectWrong }

    public var foundRate: Double { annotated == 0 ? 1 : Double(found) / Double(annotated) }
    public var accuracy: Double { found == 0 ? 1 : Double(kindRight) / Double(found) }
    public var anonymousAccuracy: Double { found == 0 ? 1 : Double(anonymousRight) / Double(found) }
    public var reasonRate: Double { reasonAnnotated == 0 ? 1 : Double(reasonFound) / Double(reasonAnnotated) }

    /// Of the found sources annotated `kind`, the share attrib gave that kind.
    public func recall(_ kind: SourceKind) -> Double {
        let row = confusion[kind] ?? [:]
        let found = row.reduce(0) { $0 + ($1.key == nil ? 0 : $1.value) }
        return found == 0 ? 1 : Double(row[kind] ?? 0) / Double(found)
    }

    /// Of the found sources attrib gave `kind`, the share annotated so.
    public func precision(_ kind: SourceKind) -> Double {
        let given = confusion.values.reduce(0) { $0 + ($1[kind] ?? 0) }
        return given == 0 ? 1 : Double(confusion[kind]?[kind] ?? 0) / Double(given)
    }

    /// The kinds annotated or given by attrib, in their declared order.
    public var kindsSeen: [SourceKind] {
        SourceKind.allCases.filter { k in confusion[k] != nil || confusion.values.contains { $0[k] != nil } }
    }

    /// Scores one article's annotated sources against attrib's analysis of it. Returns the problems
    /// that kept records from being scored (a changed text, a span past its end).
    @discardableResult
    public mutating func add(_ records: [AnnotatedSourceKind], analysis: DocumentAnalysis, file: String, goldFile: String) -> [AttribError] {
        guard let first = records.first else { return [] }
        let article = GoldArticle(analysis)
        let problems = article.problems(article: first.article, records.map { ($0.line, $0.sha256, [$0.source] + ($0.reason.map { [$0] } ?? [])) },
                                        goldFile: goldFile)
        if problems.changed != nil { return problems.all }
        for r in records where problems.lines[r.line] == nil {
            let source = article.bytes(r.source)
            let reason = r.reason.map(article.bytes)
            annotated += 1
            let withReason = r.anonymous && reason != nil
            if withReason { reasonAnnotated += 1 }
            let chosen = article.attribution(withSourceOverlapping: source)
            confusion[r.kind, default: [:]][chosen?.source?.kind, default: 0] += 1
            var ok = chosen != nil
            var attribReason: Span?
            if let a = chosen, let kind = a.source?.kind {
                found += 1
                if kind == r.kind { kindRight += 1 } else { ok = false }
                if a.anonymous == r.anonymous { anonymousRight += 1 } else { ok = false }
                let overlapping = analysis.attributions.filter { $0.source.map { $0.span.overlaps(source) } ?? false }
                if let reason {
                    attribReason = overlapping.lazy.compactMap(\.anonymityReason).first { $0.overlaps(reason) }
                        ?? overlapping.lazy.compactMap(\.anonymityReason).first
                    if r.anonymous {
                        if attribReason.map({ $0.overlaps(reason) }) == true { reasonFound += 1 } else { ok = false }
                    }
                } else {
                    attribReason = overlapping.lazy.compactMap(\.anonymityReason).first
                    if r.anonymous {
                        noReasonFound += 1
                        if attribReason != nil { reasonWhereNone += 1; ok = false }
                    }
                }
            }
            if collectWrong && !ok {
                wrong.append(Wrong(file: file, location: analysis.lines.location(of: source.start),
                                   sentence: article.sentence(at: source.start), source: article.text(source),
                                   kind: r.kind, anonymous: r.anonymous, reason: reason.map(article.text),
                                   attribKind: chosen?.source?.kind, attribAnonymous: chosen?.anonymous,
                                   attribReason: attribReason.map(article.text), note: r.note))
            }
        }
        return problems.all
    }

    /// Named figures (fractions) for floors and the JSON report.
    public var figures: [(String, Double)] {
        var out: [(String, Double)] = [
            ("kind.found", foundRate), ("kind.accuracy", accuracy), ("kind.anonymous.accuracy", anonymousAccuracy),
            ("kind.reason.found", reasonRate),
        ]
        for kind in kindsSeen {
            out.append(("kind.\(kind.rawValue).recall", recall(kind)))
            out.append(("kind.\(kind.rawValue).precision", precision(kind)))
        }
        return out
    }
}
