/// A sentence prepared for matching: tokens, lexicon hits by start token, and quote spans.
struct SentenceContext {
    let index: Int
    let paragraph: Int
    let tokens: [Token]
    /// Lexicon hits starting at each token: (group index, end token exclusive), longest first.
    let hits: [[(group: Int32, end: Int)]]
    let lexicon: Lexicon
    var quotes: [QuoteSpan] = []

    init(index: Int, paragraph: Int, tokens: [Token], lexicon: Lexicon) {
        self.index = index
        self.paragraph = paragraph
        self.tokens = tokens
        self.lexicon = lexicon
        var hits = [[(group: Int32, end: Int)]](repeating: [], count: tokens.count)
        for m in lexicon.matches(tokens) {
            for g in m.groups { hits[m.start].append((g, m.end)) }
        }
        for i in hits.indices where hits[i].count > 1 { hits[i].sort { $0.end > $1.end } }
        self.hits = hits
    }

    var count: Int { tokens.count }

    /// The longest hit of a class starting at token `i`.
    func hit(_ i: Int, _ cls: LexiconClass) -> (group: Int32, end: Int)? {
        guard i >= 0 && i < hits.count else { return nil }
        return hits[i].first { lexicon.lexiconClass($0.group) == cls }
    }

    func has(_ i: Int, _ cls: LexiconClass) -> Bool { hit(i, cls) != nil }

    /// A hit of a class that covers token `i` (starting at or before it).
    func covering(_ i: Int, _ cls: LexiconClass, lookback: Int = 4) -> (start: Int, end: Int, group: Int32)? {
        var s = i
        while s >= 0 && i - s <= lookback {
            for h in hits[s] where h.end > i && lexicon.lexiconClass(h.group) == cls { return (s, h.end, h.group) }
            s -= 1
        }
        return nil
    }

    func key(_ i: Int) -> UInt64 { tokens[i].key }
    func isPunct(_ i: Int) -> Bool { tokens[i].kind == .punct }
    func isQuote(_ i: Int) -> Bool { tokens[i].kind == .quote }

    /// The quote span whose content contains token `i`, if any.
    func quote(containing i: Int) -> QuoteSpan? { quotes.first { $0.contentStart <= i && i < $0.contentEnd } }

    /// Index of the last token that is not closing punctuation (period, ?, !, closing quote).
    var lastContentToken: Int {
        var e = tokens.count - 1
        while e >= 0 && (tokens[e].kind == .punct && isFinal(tokens[e].key)) { e -= 1 }
        return e
    }

    private func isFinal(_ k: UInt64) -> Bool {
        k == Keys.period || k == Keys.question || k == Keys.exclamation || k == Keys.ellipsis
    }
}

/// A quotation inside one sentence: token ranges of its content and its marks.
struct QuoteSpan: Equatable {
    /// First token inside the marks.
    var contentStart: Int
    /// Token after the last one inside the marks.
    var contentEnd: Int
    /// Token index of the opening mark, nil when the quote opened in an earlier sentence.
    var open: Int?
    /// Token index of the closing mark, nil when it runs on into the next sentence.
    var close: Int?
    /// An id shared by every piece of one quotation across sentences and paragraphs.
    var run: Int

    var wordCount: Int { contentEnd - contentStart }
}
