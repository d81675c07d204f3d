/// The text the segmenter and the rule engine read: the document with markup masked.
///
/// Readers never render markup; they overwrite it with spaces (keeping line breaks), so for plain
/// text and Markdown `bytes` has the same length as the original and offsets are identical. HTML
/// entities are the one case where the analysed text is shorter than the source; then `origin`
/// maps every analysed byte back to its original offset.
public struct ProseText: Sendable {
    /// How a single line break inside a paragraph is treated.
    public enum LineBreaks: Sendable {
        /// Plain text: a line break may end a headline, byline or list item (decided by the segmenter).
        case heuristic
        /// Markdown and HTML: a single line break is only whitespace; blocks come from `breaks`.
        case soft
    }

    public var bytes: [UInt8]
    /// `origin[i]` is the original offset of analysed byte `i`; `nil` means the identity.
    public var origin: [Int32]?
    public var originalCount: Int
    /// Sorted analysed-text offsets where a block (paragraph, heading, list item, cell) starts or ends.
    public var breaks: [Int]
    public var lineBreaks: LineBreaks
    /// Sorted original spans of inline markup that belongs to the text it wraps (link brackets,
    /// emphasis markers), so a sentence that starts with `[` or ends with `](url)` includes them.
    public var attachedMarkup: [Span]
    /// Sorted original spans of markup opened and never closed (an HTML element masked with its
    /// content, a Markdown code fence or HTML block) that therefore masks the text after it up to
    /// the end of its enclosing element, block or the document. The analysis reports each one
    /// (`markup.unclosed`) so that a gate sees that part of a draft was not read.
    public var unclosed: [Span]

    public init(bytes: [UInt8], origin: [Int32]? = nil, originalCount: Int? = nil, breaks: [Int] = [],
                lineBreaks: LineBreaks = .heuristic, attachedMarkup: [Span] = [], unclosed: [Span] = []) {
        self.bytes = bytes
        self.origin = origin
        self.originalCount = originalCount ?? bytes.count
        self.breaks = breaks
        self.lineBreaks = lineBreaks
        self.attachedMarkup = attachedMarkup
        self.unclosed = unclosed
    }

    /// The original offset of an analysed offset (`bytes.count` maps to the original end).
    @inline(__always)
    public func originalOffset(_ i: Int) -> Int {
        guard let origin else { return i }
        return i < origin.count ? Int(origin[i]) : originalCount
    }

    /// The original span of an analysed span. Masked markup stays in the analysed text as spaces,
    /// so the byte after a span always exists there with its own origin, and a decoded entity's
    /// successor starts right after the entity.
    public func originalSpan(_ span: Span) -> Span {
        guard origin != nil else { return span }
        let s = originalOffset(span.start)
        return Span(s, max(s, originalOffset(span.end)))
    }

    /// Widens an original span over adjacent attached markup.
    public func attachMarkup(_ span: Span) -> Span {
        guard !attachedMarkup.isEmpty else { return span }
        var s = span
        var changed = true
        while changed {
            changed = false
            if let m = markup(endingAt: s.start) { s = Span(m.start, s.end); changed = true }
            if let m = markup(startingAt: s.end) { s = Span(s.start, m.end); changed = true }
        }
        return s
    }

    private func markup(endingAt offset: Int) -> Span? {
        var lo = 0, hi = attachedMarkup.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if attachedMarkup[mid].end < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < attachedMarkup.count && attachedMarkup[lo].end == offset ? attachedMarkup[lo] : nil
    }

    private func markup(startingAt offset: Int) -> Span? {
        var lo = 0, hi = attachedMarkup.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if attachedMarkup[mid].start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo < attachedMarkup.count && attachedMarkup[lo].start == offset ? attachedMarkup[lo] : nil
    }
}
