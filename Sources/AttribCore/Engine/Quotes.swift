/// Finds quotations across a document's sentences. A quote may span sentences; a paragraph that
/// ends inside a quote continues into the next paragraph when that one opens with a quote mark
/// (news convention). Unbalanced marks never carry past a paragraph that does not continue.
enum Quotes {
    static func assign(_ contexts: inout [SentenceContext]) {
        var open = false
        var openRun = 0
        var nextRun = 0
        for s in contexts.indices {
            let c = contexts[s]
            if s > 0 && c.paragraph != contexts[s - 1].paragraph && open {
                // Continue only if this paragraph opens with a quote mark.
                let startsWithQuote = c.tokens.first?.kind == .quote && c.tokens.first?.quote == .open
                if !startsWithQuote { open = false }
            }
            var spans: [QuoteSpan] = []
            var contentStart = open ? 0 : -1
            var openMark: Int? = nil
            for (i, t) in c.tokens.enumerated() where t.kind == .quote {
                if t.quote == .open {
                    if open && contentStart >= 0 && openMark == nil && i == 0 {
                        // A continuation paragraph re-opens the same quotation.
                        contentStart = i + 1
                        openMark = i
                        continue
                    }
                    if open && contentStart >= 0 && i > contentStart {
                        // Two openings in a row: the first was never closed. Close it here.
                        spans.append(QuoteSpan(contentStart: contentStart, contentEnd: i, open: openMark, close: nil, run: openRun))
                    }
                    open = true
                    nextRun += 1
                    openRun = nextRun
                    contentStart = i + 1
                    openMark = i
                } else {
                    if open {
                        spans.append(QuoteSpan(contentStart: max(contentStart, 0), contentEnd: i, open: openMark, close: i, run: openRun))
                        open = false
                        openMark = nil
                        contentStart = -1
                    } else if spans.isEmpty && i > 0 && !containsQuoteBefore(c.tokens, i) {
                        // A closing mark with no opening: a quote that began before what we saw.
                        nextRun += 1
                        spans.append(QuoteSpan(contentStart: 0, contentEnd: i, open: nil, close: i, run: nextRun))
                    }
                }
            }
            if open {
                spans.append(QuoteSpan(contentStart: max(contentStart, 0), contentEnd: c.tokens.count, open: openMark, close: nil, run: openRun))
            }
            contexts[s].quotes = spans.filter { $0.contentEnd > $0.contentStart }
        }
    }

    private static func containsQuoteBefore(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        tokens[..<i].contains { $0.kind == .quote }
    }
}
