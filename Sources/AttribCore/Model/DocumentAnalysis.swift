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
            let kinds = a.attributions.compactMap { $0.source?.effectiveKind }
            sourced = kinds.count
            named = kinds.filter { $0 == .named }.count
            anonymous = kinds.filter { $0 == .anonymous }.count
            vague = kinds.filter { $0 == .vague }.count
            quotes = a.attributions.filter { $0.quote != .none }.count
            findings = a.findings.count
        }

        /// Anonymous or vague attributions over all attributions with a source (0 when none).
        public var anonymousShare: Double { sourced == 0 ? 0 : Double(anonymous + vague) / Double(sourced) }
    }
}
