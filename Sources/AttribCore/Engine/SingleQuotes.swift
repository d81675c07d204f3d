/// Single quotation marks (‘…’ and '…', British style, and quotes nested in quotes).
///
/// The tokenizer leaves every single quote mark outside a word as punctuation, because the same
/// characters are apostrophes ("the students’ union", "’90s", "rock ’n’ roll"). This pass, run
/// over a document's tokens before ``Quotes/assign(_:)``, pairs them: an opening mark before a
/// word with a closing mark after one, in the same paragraph. Only the outermost quotation becomes
/// quote tokens: a ‘…’ inside “…” (or “…” inside ‘…’) stays punctuation, part of the outer content.
/// A single quote left open at the end of a paragraph counts only when the next paragraph opens
/// with one too (the convention for a quotation that runs on over paragraphs).
extension Quotes {
    private enum Mark { case doubleOpen, doubleClose, singleOpen, singleClose(possessiveLike: Bool) }

    private struct Event {
        var sentence: Int
        var token: Int
        var mark: Mark
    }

    /// `tokens` holds a document's tokens, sentence `k` at `tokens[starts[k]..<starts[k + 1]]`.
    static func markSingleQuotes(_ tokens: UnsafeMutableBufferPointer<Token>, starts: [Int], paragraph: (Int) -> Int,
                                 _ t: UnsafeBufferPointer<UInt8>, words: WordSets) {
        let sentences = starts.count - 1
        var s = 0
        var events: [Event] = []
        var pairs: [(sentence: Int, token: Int, kind: Token.Kind, quote: Token.QuoteMark?)] = []
        do {
            let all = UnsafeBufferPointer(tokens)
            func sentence(_ k: Int) -> UnsafeBufferPointer<Token> { UnsafeBufferPointer(rebasing: all[starts[k]..<starts[k + 1]]) }
            while s < sentences {
                // One paragraph at a time: marks never pair across paragraphs.
                var e = s + 1
                while e < sentences && paragraph(e) == paragraph(s) { e += 1 }
                events.removeAll(keepingCapacity: true)
                for k in s..<e { collect(sentence(k), sentence: k, t, words, into: &events) }
                if events.contains(where: { if case .singleOpen = $0.mark { return true }; return false }) {
                    let continues = e < sentences && opensWithSingleQuote(sentence(e), t, words)
                    pair(events, continues: continues) { pairs.append(($0, $1, $2, $3)) }
                }
                s = e
            }
        }
        for p in pairs {
            tokens[starts[p.sentence] + p.token].kind = p.kind
            tokens[starts[p.sentence] + p.token].quote = p.quote
        }
    }

    private static func collect(_ toks: UnsafeBufferPointer<Token>, sentence: Int, _ t: UnsafeBufferPointer<UInt8>, _ words: WordSets,
                                into events: inout [Event]) {
        for (i, tok) in toks.enumerated() {
            if tok.kind == .quote {
                events.append(Event(sentence: sentence, token: i, mark: tok.quote == .open ? .doubleOpen : .doubleClose))
                continue
            }
            guard tok.kind == .punct else { continue }
            let b = t[tok.start]
            let curlyOpen = b == 0xE2 && tok.end - tok.start == 3 && t[tok.start + 1] == 0x80 && t[tok.start + 2] == 0x98
            let curlyClose = b == 0xE2 && tok.end - tok.start == 3 && t[tok.start + 1] == 0x80 && t[tok.start + 2] == 0x99
            guard curlyOpen || curlyClose || b == 0x27 else { continue }
            let spaceBefore = i == 0 || toks[i - 1].end < tok.start
            let next = i + 1 < toks.count ? toks[i + 1] : nil
            let spaceAfter = next.map { $0.start > tok.end } ?? true
            if (curlyOpen || b == 0x27) && spaceBefore && !spaceAfter, let n = next, n.kind != .punct || opensPunct(n, t) {
                if words.contains(.quoteElisions, n.key) && n.kind == .word { continue }
                // "’90s", "'20s": a decade, not a quotation.
                if t[n.start] >= 0x30 && t[n.start] <= 0x39 && n.endsWith("s") && n.end - n.start <= 4 { continue }
                events.append(Event(sentence: sentence, token: i, mark: .singleOpen))
            } else if (curlyClose || b == 0x27) && !spaceBefore && (spaceAfter || next.map { $0.kind != .word } ?? true) {
                let prev = toks[i - 1]
                var possessiveLike = false
                if prev.kind == .word && prev.endsWith("s"), let n = next, n.kind == .word, n.start > tok.end,
                   !n.capitalized, !words.contains(.afterClosingQuote, n.key) {
                    possessiveLike = true
                }
                events.append(Event(sentence: sentence, token: i, mark: .singleClose(possessiveLike: possessiveLike)))
            }
        }
    }

    /// An opening bracket or an opening double quote may follow an opening single quote.
    private static func opensPunct(_ n: Token, _ t: UnsafeBufferPointer<UInt8>) -> Bool {
        t[n.start] == 0x28 || t[n.start] == 0x5B
    }

    private static func opensWithSingleQuote(_ toks: UnsafeBufferPointer<Token>, _ t: UnsafeBufferPointer<UInt8>, _ words: WordSets) -> Bool {
        var events: [Event] = []
        collect(UnsafeBufferPointer(rebasing: toks.prefix(2)), sentence: 0, t, words, into: &events)
        guard let first = events.first, first.token == 0, case .singleOpen = first.mark else { return false }
        return true
    }

    /// Pairs a paragraph's marks with a stack and rewrites the outermost single quotations as quote
    /// tokens (and double quotes nested inside them as punctuation).
    /// `set(sentence, token, kind, quote)` rewrites one mark.
    private static func pair(_ events: [Event], continues: Bool, _ set: (Int, Int, Token.Kind, Token.QuoteMark?) -> Void) {
        struct Open { var event: Int; var single: Bool }
        var stack: [Open] = []
        var singlePairs: [(open: Int, close: Int?)] = []  // outermost single quotations (event indices)
        var doubles: [(open: Int, close: Int?, inside: Int?)] = []  // double quotations inside a single one
        for (x, ev) in events.enumerated() {
            switch ev.mark {
            case .doubleOpen:
                stack.append(Open(event: x, single: false))
            case .doubleClose:
                guard let d = stack.lastIndex(where: { !$0.single }) else { continue }
                if d > 0 && stack[0].single { doubles.append((stack[d].event, x, stack[0].event)) }
                stack.removeSubrange(d...)
            case .singleOpen:
                stack.append(Open(event: x, single: true))
            case let .singleClose(possessiveLike):
                guard let o = stack.lastIndex(where: { $0.single }), !stack[(o + 1)...].contains(where: { !$0.single }) else { continue }
                if possessiveLike && events[(x + 1)...].contains(where: { if case .singleClose = $0.mark { return true }; return false }) {
                    continue
                }
                if o == 0 { singlePairs.append((stack[o].event, x)) }
                stack.removeSubrange(o...)
            }
        }
        // A single quote still open at the paragraph's end runs on into the next paragraph.
        if continues, let first = stack.first, first.single { singlePairs.append((first.event, nil)) }
        guard !singlePairs.isEmpty else { return }
        let accepted = Set(singlePairs.map(\.open))
        for (open, close) in singlePairs {
            let o = events[open]
            set(o.sentence, o.token, .quote, .open)
            if let close {
                let c = events[close]
                set(c.sentence, c.token, .quote, .close)
            }
        }
        for d in doubles where d.inside.map(accepted.contains) ?? false {
            for x in [d.open, d.close].compactMap({ $0 }) {
                set(events[x].sentence, events[x].token, .punct, nil)
            }
        }
    }
}
