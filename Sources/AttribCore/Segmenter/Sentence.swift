/// One sentence: where it is in the original document and in the analysed text.
public struct Sentence: Hashable, Sendable {
    /// Original byte span, without surrounding whitespace (attached markup such as link brackets
    /// at its edges included).
    public var span: Span
    /// The same sentence in ``ProseText/bytes`` (differs from `span` only for HTML with entities).
    public var prose: Span
    /// 0-based index of the paragraph (block) the sentence belongs to.
    public var paragraph: Int

    public init(span: Span, prose: Span, paragraph: Int) {
        self.span = span
        self.prose = prose
        self.paragraph = paragraph
    }
}
