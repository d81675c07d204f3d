/// Everything attrib found in one document. Plain values: stores and reporters consume this.
public struct DocumentAnalysis: Sendable {
    public var document: SourceDocument
    public var sentences: [Sentence]
    public var attributions: [Attribution]
    public var findings: [Finding]
    public let lines: LineIndex

    public init(document: SourceDocument, sentences: [Sentence], attributions: [Attribution], findings: [Finding]) {
        self.document = document
        self.sentences = sentences
        self.attributions = attributions
        self.findings = findings
        self.lines = LineIndex(document.bytes)
    }

    public func text(_ span: Span) -> String { document.text(span) }

    public var summary: Summary { Summary(self) }

    public struct Summary: Hashable, Sendable, Codable {
        public var sentences: Int
        public var attributions: Int
        public var named: Int
        public var anonymous: Int
        public var vague: Int
        public var quotes: Int
        public var findings: Int
        /// Attributions that have a source (hedges have none).
        public var sourced: Int

        public init(_ a: DocumentAnalysis) {
            sentences = a.sentences.count
            attributions = a.attributions.count
            // Counted in one pass by index: `filter` copied every attribution (and retained its strings).
            (sourced, named, anonymous, vague, quotes) = (0, 0, 0, 0, 0)
            for i in a.attributions.indices {
                if a.attributions[i].quote != .none { quotes += 1 }
                guard let kind = a.attributions[i].source?.effectiveKind else { continue }
                sourced += 1
                switch kind {
                case .named: named += 1
                case .anonymous: anonymous += 1
                case .vague: vague += 1
                default: break
                }
            }
            findings = a.findings.count
        }

        /// Anonymous or vague attributions over all attributions with a source (0 when none).
        public var anonymousShare: Double { sourced == 0 ? 0 : Double(anonymous + vague) / Double(sourced) }
    }
}
