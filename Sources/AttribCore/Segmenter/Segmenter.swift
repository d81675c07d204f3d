/// A rule-based, linear-time sentence segmenter for news text working directly on UTF-8 bytes.
///
/// Two passes: blocks (blank lines, reader-supplied breaks, and in plain text the line breaks that
/// end a headline, byline or list item), then sentences inside each block. A period ends a sentence
/// only when followed by space and a word that is not lower-case; what the word before it is (an
/// abbreviation of some ``AbbreviationKind``) and what word follows decide the hard cases.
public struct Segmenter: Sendable {
    public var abbreviations: Abbreviations

    public init(abbreviations: Abbreviations) {
        self.abbreviations = abbreviations
    }

    /// The sentences of `prose`, in order, with original spans.
    public func sentences(in prose: ProseText) -> [Sentence] {
        var result: [Sentence] = []
        result.reserveCapacity(prose.bytes.count / 40 + 4)
        prose.bytes.withUnsafeBufferPointer { t in
            // Each block is split as soon as it is found, while its bytes are still in cache.
            var finder = ByteFinder(t)
            var paragraph = 0
            forEachBlock(t, prose) { block in
                splitSentences(t, block, paragraph: paragraph, finder: &finder, into: &result)
                paragraph += 1
            }
        }
        // Plain text and most Markdown need no mapping: analysed and original offsets agree.
        if prose.origin != nil || !prose.attachedMarkup.isEmpty {
            for k in result.indices {
                result[k].span = prose.attachMarkup(prose.originalSpan(result[k].prose))
            }
        }
        // Markup between two sentences with no space ("One.<b>Two") opens the second one; the
        // first gives it up so that sentences never overlap.
        if !prose.attachedMarkup.isEmpty && result.count > 1 {
            for k in 1..<result.count where result[k - 1].span.end > result[k].span.start {
                let prev = result[k - 1].span
                result[k - 1].span = Span(prev.start, max(prev.start, result[k].span.start))
            }
        }
        return result
    }

    // MARK: - Blocks

    /// Calls `body` with each block (trimmed, non-empty, in order): blank lines, reader breaks
    /// and, in plain text, the line breaks that end a headline, byline or list item separate them.
    func forEachBlock(_ t: UnsafeBufferPointer<UInt8>, _ prose: ProseText, _ body: (Range<Int>) -> Void) {
        let n = t.count
        var finder = ByteFinder(t)
        var lines: [Range<Int>] = []  // the current run of non-blank lines (content without EOL)
        var i = 0
        var bi = 0
        let breaks = prose.breaks

        // Cuts a paragraph at reader breaks, trims the pieces and hands them on.
        func emit(_ block: Range<Int>) {
            var s = block.lowerBound
            while bi < breaks.count && breaks[bi] <= s { bi += 1 }
            while bi < breaks.count && breaks[bi] < block.upperBound {
                let piece = trim(t, s..<breaks[bi])
                if !piece.isEmpty { body(piece) }
                s = breaks[bi]
                bi += 1
            }
            let piece = trim(t, s..<block.upperBound)
            if !piece.isEmpty { body(piece) }
        }

        func flush() {
            guard !lines.isEmpty else { return }
            if prose.lineBreaks == .heuristic && lines.count > 1 {
                var start = lines[0].lowerBound
                var longest = 0
                for line in lines { longest = max(longest, trimmedLength(t, line)) }
                for k in 0..<(lines.count - 1) where lineEndsBlock(t, lines[k], next: lines[k + 1], longest: longest) {
                    emit(start..<lines[k].upperBound)
                    start = lines[k + 1].lowerBound
                }
                emit(start..<lines[lines.count - 1].upperBound)
            } else {
                emit(lines[0].lowerBound..<lines[lines.count - 1].upperBound)
            }
            lines.removeAll(keepingCapacity: true)
        }

        while i < n {
            let start = i
            var end = i
            var blank = true
            while end < n && t[end] != 0x0A && t[end] != 0x0D {
                let s = ByteClass.spaceLength(t, end)
                if s == 0 { blank = false; break }
                end += s
            }
            if !blank { end = finder.nextLineBreak(from: end) }
            if blank { flush() } else { lines.append(start..<end) }
            i = end
            if i < n && t[i] == 0x0D { i += 1 }
            if i < n && t[i] == 0x0A { i += 1 }
        }
        flush()
    }

    func trim(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        var s = r.lowerBound
        var e = r.upperBound
        while s < e {
            let l = ByteClass.spaceLength(t, s)
            if l == 0 { break }
            s += l
        }
        while e > s {
            // Step back over one character and test it.
            var p = e - 1
            while p > s && t[p] & 0xC0 == 0x80 { p -= 1 }
            if ByteClass.spaceLength(t, p) == e - p { e = p } else { break }
        }
        return s..<e
    }

    private func trimmedLength(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Int { trim(t, r).count }

    /// In plain text, whether the line break after `line` ends a block: list items, and lines with no
    /// closing punctuation that are visibly shorter than the text around them (headlines, bylines).
    private func lineEndsBlock(_ t: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, next: Range<Int>, longest: Int) -> Bool {
        let cur = trim(t, line)
        let nxt = trim(t, next)
        guard !cur.isEmpty, !nxt.isEmpty else { return true }
        if startsListItem(t, nxt) { return true }
        let last = t[cur.upperBound - 1]
        // Lines ending in sentence punctuation are left to the sentence pass; commas, hyphens and
        // open clauses continue.
        if last == 0x2E || last == 0x3F || last == 0x21 || last == 0x2C || last == 0x3B || last == 0x2D
            || last == 0x3A || last == 0x22 || last == 0x27 || last == 0x29 || last >= 0x80 && endsWithCloser(t, cur) {
            return false
        }
        let firstCase = ByteClass.letterCase(t, skipOpeners(t, nxt.lowerBound, nxt.upperBound))
        guard firstCase != .lower else { return false }
        if cur.count * 10 < longest * 7 { return true }
        // A short following line with no closing punctuation of its own (a byline after a headline).
        let nextLast = t[nxt.upperBound - 1]
        let nextOpen = !(nextLast == 0x2E || nextLast == 0x3F || nextLast == 0x21)
        if nextOpen && nxt.count * 10 < longest * 7 { return true }
        if nxt.count > 3 && t[nxt.lowerBound] == 0x42 && t[nxt.lowerBound + 1] == 0x79 && t[nxt.lowerBound + 2] == 0x20 {
            return true  // "By Jane Doe"
        }
        return false
    }

    private func endsWithCloser(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let e = r.upperBound
        if e - 3 >= r.lowerBound, ByteClass.closerLength(t, e - 3) == 3 { return true }
        if e - 3 >= r.lowerBound, t[e - 3] == 0xE2, t[e - 2] == 0x80, t[e - 1] == 0xA6 { return true }  // …
        return false
    }

    private func startsListItem(_ t: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Bool {
        let s = r.lowerBound
        let e = r.upperBound
        guard e - s >= 2 else { return false }
        let b = t[s]
        if b == 0x2B && t[s + 1] == 0x20 { return true }
        if bullet(t, s, e) != nil { return true }  // "- ", "* ", "•", "⁃", "‣", "◦"
        var i = s
        while i < e && ByteClass.isDigit(t[i]) && i - s < 3 { i += 1 }
        guard i > s else { return false }
        if i + 1 < e && t[i] == 0x2E && t[i + 1] == 0x29 { i += 1 }  // "1.)"
        return i + 1 < e && (t[i] == 0x2E || t[i] == 0x29) && t[i + 1] == 0x20
    }

    @inline(__always)
    private func skipOpeners(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        if ByteClass.openerLength(t, start) == 0 { return start }
        return skipOpenerRun(t, start, end)
    }

    private func skipOpenerRun(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var i = start
        while i < end {
            let l = ByteClass.openerLength(t, i)
            if l == 0 { break }
            i += l
        }
        return min(i, end - 1)
    }

    // MARK: - Sentences

    /// Appends the sentences of a block (trimmed, non-empty) with their analysed spans. A block
    /// that opens with a list marker ("1.)", "2)", "a.", "• 4.") is first cut before each later
    /// marker of the same sequence on its line ("1.) Drain the tank 2.) Seal the valve"), and the
    /// marker itself is never read as a sentence end. A list that opens after a colon or dash
    /// inside a line is cut the same way once its first marker is reached (``inlineListStart``).
    private func splitSentences(_ t: UnsafeBufferPointer<UInt8>, _ block: Range<Int>, paragraph: Int,
                                finder: inout ByteFinder, into result: inout [Sentence]) {
        var from = block.lowerBound
        var marker: ListMarker
        while true {
            if let m = listMarker(t, from, block.upperBound), m.opensSequence {
                marker = m
                break
            }
            from = splitItem(t, from..<block.upperBound, body: from, paragraph: paragraph, finder: &finder, into: &result)
            if from < 0 { return }  // else a list opens inside the line at `from`
        }
        var itemStart = from
        while true {
            let nextMarker = nextListMarker(after: marker, t, block.upperBound)
            let itemEnd = nextMarker.map { trim(t, itemStart..<$0.start).upperBound } ?? block.upperBound
            var body = marker.end
            while body < itemEnd && ByteClass.spaceLength(t, body) > 0 { body += ByteClass.spaceLength(t, body) }
            let inner = splitItem(t, itemStart..<itemEnd, body: body, paragraph: paragraph, finder: &finder, into: &result)
            if inner >= 0 { splitSentences(t, inner..<itemEnd, paragraph: paragraph, finder: &finder, into: &result) }
            guard let m = nextMarker else { break }
            itemStart = m.start
            marker = m
        }
    }

    /// A list marker at the start of a line or block: an optional bullet, then a number (1–3
    /// digits) or a letter, then ".", ")" or ".)"; or a bullet alone ("•", "⁃", "‣", "◦"). A
    /// space and a character that is not lower-case follow it.
    struct ListMarker {
        /// Where the marker (its bullet, if any) starts and where its punctuation ends.
        var start: Int, end: Int
        /// The bullet's bytes packed (0: none), the value (a number, a letter's byte, or 0 for a
        /// bullet alone), whether it is a letter, and the punctuation (1 ".", 2 ")", 3 ".)").
        var bullet: UInt32, value: Int, letter: Bool, punctuation: UInt8

        /// Letters count from "a" or "A", and a capital with a bare period is an initial ("A. Lincoln
        /// wrote to B. Franklin"), not a marker; "A)" and "A.)" are markers.
        var opensSequence: Bool {
            guard letter else { return true }
            return value == 0x61 || (value == 0x41 && punctuation != 1)
        }
    }

    /// The bullet at `i` and its length: "•", "⁃", "‣", "◦" (packed bytes), or "*"/"-" before a
    /// space.
    private func bullet(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> (UInt32, Int)? {
        let b = t[i]
        if (b == 0x2A || b == 0x2D) && i + 1 < end && t[i + 1] == 0x20 { return (UInt32(b), 1) }
        guard b == 0xE2, i + 2 < end else { return nil }
        let c1 = t[i + 1], c2 = t[i + 2]
        let known = (c1 == 0x80 && (c2 == 0xA2 || c2 == 0xA3)) || (c1 == 0x81 && c2 == 0x83) || (c1 == 0x97 && c2 == 0xA6)
        return known ? (UInt32(b) << 16 | UInt32(c1) << 8 | UInt32(c2), 3) : nil
    }

    /// The list marker at `start`, if any; most blocks are rejected by their first two bytes.
    @inline(__always)
    private func listMarker(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> ListMarker? {
        let b = t[start]
        if ByteClass.isASCIILetter(b) {
            guard start + 1 < end, t[start + 1] == 0x2E || t[start + 1] == 0x29 else { return nil }
        } else if !(ByteClass.isDigit(b) || b == 0xE2 || b == 0x2A || b == 0x2D) {
            return nil
        }
        return parseListMarker(t, start, end)
    }

    private func parseListMarker(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> ListMarker? {
        var i = start
        var packedBullet: UInt32 = 0
        if let (code, length) = bullet(t, i, end) {
            packedBullet = code
            i += length
            while i < end && t[i] == 0x20 { i += 1 }
        }
        guard i < end else { return nil }
        var value = 0
        var letter = false
        var j = i
        while j < end && j - i < 3 && ByteClass.isDigit(t[j]) {
            value = value * 10 + Int(t[j] - 0x30)
            j += 1
        }
        if j == i && ByteClass.isASCIILetter(t[i]) && (i + 1 >= end || !ByteClass.isASCIILetter(t[i + 1])) {
            value = Int(t[i])
            letter = true
            j = i + 1
        }
        var punctuation: UInt8 = 0
        if j > i {
            if j < end && t[j] == 0x2E { punctuation = 1; j += 1 }
            if j < end && t[j] == 0x29 { punctuation |= 2; j += 1 }
            guard punctuation != 0 else { return nil }
        } else {
            // A bullet alone marks items only when it is one of the list bullets (not "*" or "-").
            guard packedBullet > 0xFF else { return nil }
            j = i
            value = 0
        }
        // The item text: a space, then a character that is not lower-case.
        var k = j
        while k < end && t[k] == 0x20 { k += 1 }
        guard k > j || (value == 0 && k == j), k < end, ByteClass.letterCase(t, k) != .lower else { return nil }
        if value == 0 && packedBullet == 0 { return nil }
        return ListMarker(start: start, end: value == 0 ? i : j, bullet: packedBullet, value: value, letter: letter,
                          punctuation: punctuation)
    }

    /// The next marker of the sequence that `marker` opens, on the same line: the next number or
    /// letter with the same bullet and punctuation ("2.)" after "1.)", "b." after "a."), or the same
    /// bullet alone, after a space.
    private func nextListMarker(after marker: ListMarker, _ t: UnsafeBufferPointer<UInt8>, _ end: Int) -> ListMarker? {
        var p = marker.end
        while p < end {
            let b = t[p]
            if b == 0x0A || b == 0x0D { return nil }
            if b == 0x20 && p + 1 < end {
                if let m = listMarker(t, p + 1, end), m.bullet == marker.bullet, m.letter == marker.letter,
                   m.punctuation == marker.punctuation, m.value == (marker.punctuation == 0 ? 0 : marker.value + 1) {
                    return m
                }
            }
            p += 1
        }
        return nil
    }

    /// Appends the sentences of `block` (trimmed, non-empty); the search for sentence ends starts at
    /// `body` (after a list marker, else the block's start).
    /// Returns -1, or where a list that opens inside the block starts ("…remain: 1. Drain the tank
    /// 2. Seal the valve"): the sentences before it are appended, and the caller cuts the rest.
    private func splitItem(_ t: UnsafeBufferPointer<UInt8>, _ block: Range<Int>, body: Int, paragraph: Int,
                           finder: inout ByteFinder, into result: inout [Sentence]) -> Int {
        let end = block.upperBound
        var start = block.lowerBound
        // Where the current sentence's text begins (past a list marker) and its first word starts
        // (after opening quotes and brackets); computed once per sentence so that no byte is
        // rescanned for every period.
        var textStart = body
        var firstWord = -1
        var i = body
        while true {
            i = finder.nextTerminator(from: i)
            if i >= end { break }
            let b = t[i]
            var after = -1  // offset just past the terminator
            var strong = false
            var ellipsis = false
            if b == 0x2E {  // .
                if i + 2 < end && t[i + 1] == 0x2E && t[i + 2] == 0x2E {
                    var j = i + 3
                    while j < end && t[j] == 0x2E { j += 1 }
                    after = j
                    ellipsis = true
                    // "word...." : four dots end a sentence like a period.
                    if j - i >= 4 { ellipsis = false; strong = true }
                } else if i + 4 < end && t[i + 1] == 0x20 && t[i + 2] == 0x2E && t[i + 3] == 0x20 && t[i + 4] == 0x2E {
                    // A spaced ellipsis ". . ." (". . . ." after a full sentence).
                    var j = i + 5
                    var dots = 3
                    while j + 1 < end && t[j] == 0x20 && t[j + 1] == 0x2E { j += 2; dots += 1 }
                    after = j
                    if dots >= 4 { strong = true } else { ellipsis = true }
                } else {
                    after = i + 1
                }
            } else if b == 0x3F || b == 0x21 {  // ? !
                var j = i + 1
                while j < end && (t[j] == 0x3F || t[j] == 0x21) { j += 1 }
                after = j
                strong = true
            } else if b >= 0xE2 {
                if b == 0xE2 && i + 2 < end && t[i + 1] == 0x80 && t[i + 2] == 0xA6 {  // …
                    after = i + 3
                    ellipsis = true
                } else if b == 0xE3 && i + 2 < end && t[i + 1] == 0x80 && t[i + 2] == 0x82 {  // 。
                    after = i + 3
                    strong = true
                } else if b == 0xEF && i + 2 < end && t[i + 1] == 0xBC && (t[i + 2] == 0x81 || t[i + 2] == 0x9F) {  // ！？
                    after = i + 3
                    strong = true
                }
            }
            if after < 0 { i += 1; continue }

            // Closing quotes and brackets belong to the sentence that ends here.
            var k = after
            var closedQuote = false
            var closedParen = false
            while k < end {
                let l = ByteClass.closerLength(t, k)
                if l == 0 { break }
                if t[k] == 0x29 { closedParen = true } else if t[k] != 0x5D { closedQuote = true }
                k += l
            }
            let cjk = strong && b >= 0xE3
            var next = k
            if k < end {
                let s = ByteClass.spaceLength(t, k)
                // "said.The": a period typed without its space still ends a sentence when a
                // lower-case word stops there and a capitalised word starts (not "U.S.The", "a.m.",
                // nor the dots of an e-mail address or handle: "Dana.Reyes@example.org").
                let unspaced = s == 0 && b == 0x2E && !strong && !ellipsis && Self.missingSpace(t, i, k, end)
                    && !Self.insideAddress(t, i, block.lowerBound, end)
                if s == 0 && !cjk && !unspaced { i = max(after, i + 1); continue }
                while next < end {
                    let l = ByteClass.spaceLength(t, next)
                    if l == 0 { break }
                    next += l
                }
            }
            if next >= end {
                break  // the block ends here anyway
            }
            if firstWord < textStart {
                firstWord = textStart
                while firstWord < end {
                    let l = ByteClass.openerLength(t, firstWord)
                    if l == 0 { break }
                    firstWord += l
                }
            }
            let isEnd: Bool
            if strong || ellipsis {
                // `?”` or `!”` followed by a named speaker and a speech verb ("“Why now?” Diaz
                // asked.") is an attribution, not a new sentence; nor is a citation after a
                // quotation ("“…load-tested?” (Okafor 12).").
                isEnd = opensSentence(t, next, end, strict: ellipsis)
                    && !(closedQuote && (attributionFollows(t, next, end) || citationFollows(t, next, end)))
                    && !(ellipsis && ellipsisContinues(t, i, after, firstWord: firstWord, end))
            } else if let list = inlineListStart(t, dot: i, textStart: textStart, end: end) {
                // A list opens after a colon or dash ("Two steps remain: 1. Drain the tank 2. Seal
                // the valve"): what precedes it is a sentence, and each item is one.
                let intro = trim(t, start..<list)
                if !intro.isEmpty {
                    let span = Span(intro.lowerBound, intro.upperBound)
                    result.append(Sentence(span: span, prose: span, paragraph: paragraph))
                }
                return list
            } else {
                isEnd = periodEnds(t, at: i, blockStart: block.lowerBound, firstWord: firstWord, closedQuote: closedQuote,
                                   closedParen: closedParen, next: next, end: end)
            }
            if isEnd {
                // No trimming needed: `start` is past any space and `k` right after the terminator.
                let span = Span(start, k)
                result.append(Sentence(span: span, prose: span, paragraph: paragraph))
                start = next
                textStart = next
                i = next
            } else {
                i = max(after, i + 1)
            }
        }
        // The block is trimmed, so the last sentence ends at its end.
        let span = Span(start, end)
        result.append(Sentence(span: span, prose: span, paragraph: paragraph))
        return -1
    }

    /// Where a list opens inside a line, when the period at `dot` closes its first marker: "1.",
    /// "1.)", "a." or "A.)" after a colon or a dash ("…remain: 1. Drain", "…wins—a. Lower fares"),
    /// with the next marker of its sequence later on the same line. Nil otherwise, which is almost
    /// always decided by the byte before the period.
    @inline(__always)
    private func inlineListStart(_ t: UnsafeBufferPointer<UInt8>, dot: Int, textStart: Int, end: Int) -> Int? {
        guard dot - 2 >= textStart else { return nil }
        let c = t[dot - 1]
        guard c == 0x31 || c == 0x61 || c == 0x41 else { return nil }  // "1", "a", "A"
        let before = t[dot - 2]
        if ByteClass.isASCIILetter(before) || ByteClass.isDigit(before) { return nil }
        return inlineListMarker(t, at: dot - 1, textStart: textStart, end: end)
    }

    private func inlineListMarker(_ t: UnsafeBufferPointer<UInt8>, at ms: Int, textStart: Int, end: Int) -> Int? {
        let p = skipSpacesBack(t, ms, textStart)
        guard p > textStart else { return nil }
        let colonOrDash: Bool
        if t[p - 1] == 0x3A {
            colonOrDash = true
        } else if p - 3 >= textStart && t[p - 3] == 0xE2 && t[p - 2] == 0x80 && (t[p - 1] >= 0x93 && t[p - 1] <= 0x95) {
            colonOrDash = true  // "–", "—", "―"
        } else if t[p - 1] == 0x2D {
            // " - " or "--" before the marker, not a hyphen inside a word ("2-1.").
            colonOrDash = p < ms && p - 2 >= textStart && (t[p - 2] == 0x2D || t[p - 2] == 0x20)
        } else {
            colonOrDash = false
        }
        guard colonOrDash, let marker = listMarker(t, ms, end), marker.opensSequence,
              nextListMarker(after: marker, t, end) != nil else { return nil }
        return ms
    }

    /// A sentence period with no space after it: two lower-case ASCII letters before the period
    /// at `dot`, an upper-case then a lower-case ASCII letter at `next` ("said.The").
    static func missingSpace(_ t: UnsafeBufferPointer<UInt8>, _ dot: Int, _ next: Int, _ end: Int) -> Bool {
        guard dot >= 2, next + 1 < end else { return false }
        func lower(_ c: UInt8) -> Bool { c &- 0x61 < 26 }
        return lower(t[dot - 1]) && lower(t[dot - 2]) && t[next] &- 0x41 < 26 && lower(t[next + 1])
    }

    /// Whether the period at `dot` is inside an e-mail address, a handle or a URL: an "@" or "/"
    /// in the same run of non-space characters ("Dana.Reyes@example.org", "@City.Hall").
    static func insideAddress(_ t: UnsafeBufferPointer<UInt8>, _ dot: Int, _ start: Int, _ end: Int) -> Bool {
        var p = dot
        while p > start && dot - p < 64 {
            let c = t[p - 1]
            if c == 0x40 || c == 0x2F { return true }
            if c <= 0x20 { break }
            p -= 1
        }
        p = dot + 1
        while p < end && p - dot < 64 {
            let c = t[p]
            if c == 0x40 || c == 0x2F { return true }
            if c <= 0x20 { break }
            p += 1
        }
        return false
    }

    /// Whether the text at `i` can open a sentence: not a lower-case word. With `strict`, only an
    /// upper-case word, digit or opening quote does (after an ellipsis).
    private func opensSentence(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int, strict: Bool) -> Bool {
        if Segmenter.cannotOpen(t, i, end) { return false }
        let j = skipOpeners(t, i, end)
        switch ByteClass.letterCase(t, j) {
        case .lower: return false
        case .upper, .digit, .uncased: return true
        case .other: return !strict
        }
    }

    /// An ellipsis from `dot` to `after` that is followed by a capitalised word but still does not
    /// end the sentence: one that opens it (a quoted passage that begins “. . . And”) and an
    /// omission mark in brackets ("[...]").
    private func ellipsisContinues(_ t: UnsafeBufferPointer<UInt8>, _ dot: Int, _ after: Int, firstWord: Int, _ end: Int) -> Bool {
        if dot <= firstWord { return true }
        return t[dot - 1] == 0x5B && after < end && t[after] == 0x5D
    }

    /// The decision for a single period at `dot`.
    private func periodEnds(_ t: UnsafeBufferPointer<UInt8>, at dot: Int, blockStart: Int, firstWord: Int,
                            closedQuote: Bool, closedParen: Bool, next nextStart: Int, end: Int) -> Bool {
        let next = nextStart
        let first = skipOpeners(t, next, end)
        let nextCase = ByteClass.letterCase(t, first)
        if nextCase == .lower { return false }
        if Segmenter.cannotOpen(t, next, end) { return false }
        // A period inside closing quotes ends a sentence whatever precedes it, unless a citation
        // of the quotation follows ("“…load-tested.” (Okafor 12).").
        if closedQuote { return !citationFollows(t, next, end) }

        // The word before the period: ASCII letters, digits, "&" and internal periods. Its key
        // (see `Abbreviations.key`) is built on the way: OR 0x20 lower-cases letters and leaves
        // digits, "." and "&" as they are.
        var ws = dot
        var dotted = false
        var packed: UInt64 = 0
        var shift: UInt64 = 0
        var folded = 0
        while true {
            while ws > blockStart {
                let c = t[ws - 1]
                guard ByteClass.isWordByte(c) else { break }
                if c == 0x2E { dotted = true }
                // Nine letters or digits without a period: longer than any abbreviation, so an
                // ordinary word (or number) ends here.
                if shift == 64 && !dotted { return true }
                if shift < 64 { packed |= UInt64(c | 0x20) << shift }
                shift &+= 8
                ws -= 1
            }
            // The ordinal indicator "º" or a degree sign "°" after a letter reads as "o": "N°." is "No.".
            guard ws == dot, folded == 0, dot - 3 >= blockStart, t[dot - 2] == 0xC2, t[dot - 1] == 0xBA || t[dot - 1] == 0xB0,
                  ByteClass.isASCIILetter(t[dot - 3]) else { break }
            packed = 0x6F
            shift = 8
            ws = dot - 2
            folded = 1
        }
        if ws < dot && ws > blockStart && t[ws - 1] >= 0x80 {
            // The word continues with a non-ASCII letter ("Müller."): not an abbreviation.
            var p = ws - 1
            while p > blockStart && t[p] & 0xC0 == 0x80 { p -= 1 }
            if ByteClass.isAlphabetic(t, p) { return true }
        }
        while ws < dot && t[ws] == 0x2E { ws += 1 }
        if ws == dot { return true }  // "3.5%." or ")." — nothing abbreviation-like
        // The end of a URL or an e-mail address ("news@kx.co.", ".../U.S.") is not an abbreviation.
        if ws > blockStart && (t[ws - 1] == 0x40 || t[ws - 1] == 0x2F) { return true }

        let atSentenceStart = ws == firstWord
        // "1. Costs doubled.": a short number opening a sentence is a list marker.
        if atSentenceStart && dot - ws <= 3 && (ws..<dot).allSatisfy({ ByteClass.isDigit(t[$0]) }) { return false }

        let wordLen = dot - ws - folded
        var kind: AbbreviationKind?
        if wordLen <= 8 {
            let key = wordLen == 8 ? packed : packed & ((1 << (UInt64(wordLen) * 8)) - 1)
            kind = abbreviations.kind(key: key)
        }
        var inferredInitial = false
        // Any single capital letter is an initial ("Kenneth P. Lowe"), whatever list the letter is
        // also in; "P. 55" before a number is still the page.
        let letter = wordLen == 1 && ByteClass.isUpper(t[ws])
        if letter {
            if kind == .prenumeric && nextCase == .digit { return false }
            kind = .initialism
            inferredInitial = true
        } else if kind == nil {
            guard dotted && isDottedInitialism(t, ws, dot) else { return true }  // an ordinary word
            kind = .initialism  // an unlisted initialism ("F.B.I.", "C.L.")
            inferredInitial = true
        }
        // A title, initial, month or trailing abbreviation cannot be a sentence on its own, so one
        // that opens the sentence does not end it ("A.J. Ramos scored"). "No." can ("“No.” …").
        if atSentenceStart && kind != .prenumeric { return false }
        // A dash after an abbreviation goes on with the sentence: a dateline ("RIVERTON, Fla. —
        // The mayor said"), an aside ("Sen. Ann Ruiz (R-Fla.) — who…", "…, etc. — which…").
        if isDash(t, next, end) { return false }
        // An abbreviation before a parenthesis: "SPRINGFIELD, Ill. (AP) —", "Jr. (D-Pa.)" and
        // "Corp. (Nasdaq: X)" continue the sentence; a whole parenthesised sentence "(The firm
        // denies it.)" is a new one.
        if t[next] == 0x28, let ends = parenthesisIsSentence(t, next, end) { return ends }
        // What is known about the next word (nothing when it is not a plain ASCII word).
        var following = WordTable.Entry()
        if let k = wordKey(t, first, end) { following = abbreviations.entry(key: k) }
        // An abbreviation alone in parentheses is an aside that the sentence goes on after:
        // "Pima County (Ariz.) Sheriff Dan Cole" (not "Sen. Ann Ruiz (I-Vt.) Clinton won…").
        if closedParen && ws > blockStart && t[ws - 1] == 0x28 { return following.isStarter }
        // So is a place in parentheses: "the (Ocean County, N.J.) Courier".
        if closedParen && kind == .state && placeInParentheses(t, ws, blockStart) { return following.isStarter }
        // The pronoun "I" after a lower-case word closes a sentence like any word ("my sister and
        // I. Then…"); after a name it is an initial ("Harold I. Keene"), as before another initial
        // ("by I. M. Varga").
        if letter, abbreviations.entry(key: UInt64(t[ws] | 0x20)).isLetterWord, !followsCapitalisedWord(t, ws, blockStart) {
            return !isInitial(t, first, end)
        }
        // Another trailing abbreviation continues a name: "Samsung Heavy Co. Ltd.", "Fenwick Inc. Jr.".
        if following.kind?.isTrailing == true, followedByPeriod(t, first, end) { return false }
        guard abbreviationEnds(kind!, t, ws, blockStart: blockStart, firstWord: firstWord, inferredInitial: inferredInitial,
                               next: next, first: first, nextCase: nextCase, following: following, end) else { return false }
        // Title case: "Storm Damage Spreads From The U.S. To Canada." is one headline, not two sentences.
        return nextCase != .upper || !inTitleCase(t, ws, firstWord: firstWord)
    }

    /// The decision for a period after an abbreviation of `kind` at `ws`, followed by a word that
    /// is not lower-case at `first` (after any opening quotes or brackets at `next`).
    @inline(__always)
    private func abbreviationEnds(_ kind: AbbreviationKind, _ t: UnsafeBufferPointer<UInt8>, _ ws: Int, blockStart: Int,
                                  firstWord: Int, inferredInitial: Bool, next: Int, first: Int,
                                  nextCase: ByteClass.LetterCase, following: WordTable.Entry, _ end: Int) -> Bool {
        switch kind {
        case .never:
            return false
        case .title:
            return nextCase != .digit && following.isStarter && isStrongStarter(t, first, end)
        case .month:
            if nextCase == .digit { return false }
            return following.isStarter
        case .prenumeric:
            // "No. 3", "Fig. 2"; before anything else the word is an ordinary one ("She voted no.").
            return nextCase != .digit
        case .initialism:
            // A number rarely opens a sentence in news copy: "the S.&P. 500", "U.S. 1".
            if nextCase == .digit { return false }
            if following.isStarter { return true }
            // An unlisted initial after a capitalised word is part of a name: "John Q. Adams said",
            // "Gov. C.L. “Butch” Harlow".
            if inferredInitial && followsCapitalisedWord(t, ws, blockStart) && (first == next || isNickname(t, next, end)) {
                return false
            }
            if first != next { return true }  // an opening quote or bracket follows
            return looksLikePluralSubject(t, first, end)
        case .company:
            if nextCase == .digit { return false }  // "Acme Corp. 18 months ago"
            return !following.isContinuer
        case .state:
            if nextCase == .digit { return false }  // a ZIP code
            // Written as a modifier, with no comma before it ("former Fla. Gov. Ed Marsh"), not as
            // the end of a place ("Riverton, Fla.") or a party label ("R-Fla."), a state ends a
            // sentence only before a sentence opener.
            if ByteClass.isUpper(t[ws]) && !followsCommaOrHyphen(t, ws, blockStart) {
                return following.isStarter || looksLikePluralSubject(t, first, end)
            }
            return !following.isContinuer
        case .time:
            if following.isContinuer || following.isTimeZone { return false }
            // "By 7 a.m. Gov. Ruiz was at the dam": a time phrase that opens the sentence.
            return !timePhraseOpens(t, ws, firstWord: firstWord)
        case .trailing:
            return !following.isContinuer
        }
    }

    /// Whether every word from the sentence's first word to the abbreviation at `ws` (at most 200
    /// bytes back) is capitalised, three words or more, one of them after the first a sentence
    /// starter ("The", "With", "As"): a title-case headline. Prose stops at its first lower-case
    /// word, before any word is looked up.
    private func inTitleCase(_ t: UnsafeBufferPointer<UInt8>, _ ws: Int, firstWord: Int) -> Bool {
        guard ws > firstWord, ws - firstWord <= 200 else { return false }
        var words = 0
        var p = firstWord
        while p < ws {
            if t[p] == 0x20 || t[p] == 0x09 { p += 1; continue }
            if ByteClass.letterCase(t, p) == .lower { return false }
            words += 1
            while p < ws && t[p] != 0x20 && t[p] != 0x09 { p += 1 }
        }
        guard words >= 3 else { return false }
        // Every word is capitalised: look for a function word after the first.
        p = firstWord
        while p < ws && t[p] != 0x20 && t[p] != 0x09 { p += 1 }
        while p < ws {
            if t[p] == 0x20 || t[p] == 0x09 { p += 1; continue }
            if let k = wordKey(t, p, ws), abbreviations.isStarter(key: k) { return true }
            while p < ws && t[p] != 0x20 && t[p] != 0x09 { p += 1 }
        }
        return false
    }

    /// What cannot start a sentence: the second period of ". . .", a comma, a semicolon..., and an
    /// ellipsis, which belongs to the sentence before it ("it took a month. … Nobody complained").
    @inline(__always)
    private static func cannotOpen(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = t[i]
        if b < 0x80 { return b == 0x2E || b == 0x2C || b == 0x3B || b == 0x3A || b == 0x29 || b == 0x5D || b == 0x25 }
        return b == 0xE2 && i + 2 < end && t[i + 1] == 0x80 && t[i + 2] == 0xA6
    }

    /// A dash at `i`: "—", "–", "―", or a hyphen followed by a space or another hyphen (" - ", " -- ").
    @inline(__always)
    private func isDash(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        let b = t[i]
        if b == 0x2D { return i + 1 < end && (t[i + 1] == 0x2D || ByteClass.spaceLength(t, i + 1) > 0) }
        return b == 0xE2 && i + 2 < end && t[i + 1] == 0x80 && (t[i + 2] >= 0x93 && t[i + 2] <= 0x95)
    }

    /// For a `(` at `open`: whether the parenthesised text is a sentence of its own (more than one
    /// word, ending with `.`, `?` or `!` before the `)`), or nil when no `)` closes it nearby.
    private func parenthesisIsSentence(_ t: UnsafeBufferPointer<UInt8>, _ open: Int, _ end: Int) -> Bool? {
        let limit = min(end, open + 400)
        var j = open + 1
        var words = false
        while j < limit && t[j] != 0x29 {
            if t[j] == 0x28 { return nil }
            if t[j] == 0x20 { words = true }
            j += 1
        }
        guard j < limit else { return nil }
        guard words else { return false }  // "(D-Pa.)", "(Ariz.)"
        // Step back over closing quotes: "(He said “no.”)".
        var p = j
        while p > open + 1 {
            if t[p - 1] == 0x22 || t[p - 1] == 0x27 { p -= 1; continue }
            if p - 3 > open && ByteClass.closerLength(t, p - 3) == 3 { p -= 3; continue }
            break
        }
        guard p > open + 1 else { return false }
        let c = t[p - 1]
        return c == 0x2E || c == 0x3F || c == 0x21
    }

    /// After a closing quote: a parenthesised citation with no sentence punctuation of its own,
    /// followed by the punctuation that closes it ("” (Okafor 12).", "” (ibid., 4),").
    private func citationFollows(_ t: UnsafeBufferPointer<UInt8>, _ open: Int, _ end: Int) -> Bool {
        guard t[open] == 0x28 else { return false }
        let limit = min(end, open + 120)
        var j = open + 1
        while j < limit && t[j] != 0x29 {
            if t[j] == 0x28 || t[j] == 0x0A { return false }
            j += 1
        }
        guard j < limit, j > open + 1, j + 1 < end else { return false }
        let last = t[j - 1]
        if last == 0x2E || last == 0x3F || last == 0x21 { return false }
        let c = t[j + 1]
        return c == 0x2E || c == 0x2C || c == 0x3B || c == 0x3A
    }

    /// Whether the word before `ws` (skipping spaces) ends with a comma or the character just
    /// before `ws` is a hyphen: a state that ends a place ("Riverton, Fla.") or a party label
    /// ("R-Fla.").
    private func followsCommaOrHyphen(_ t: UnsafeBufferPointer<UInt8>, _ ws: Int, _ blockStart: Int) -> Bool {
        guard ws > blockStart else { return false }
        if t[ws - 1] == 0x2D { return true }
        var p = ws
        while p > blockStart && (t[p - 1] == 0x20 || t[p - 1] == 0x09 || t[p - 1] == 0x0A || t[p - 1] == 0x0D) { p -= 1 }
        if p - 2 >= blockStart && t[p - 2] == 0xC2 && t[p - 1] == 0xA0 { p -= 2 }
        return p > blockStart && t[p - 1] == 0x2C
    }

    /// Whether the state at `ws` ends a place that a parenthesis opens: "(Ocean County, N.J.": a
    /// comma before it, and before that capitalised words back to the "(".
    private func placeInParentheses(_ t: UnsafeBufferPointer<UInt8>, _ ws: Int, _ blockStart: Int) -> Bool {
        var p = skipSpacesBack(t, ws, blockStart)
        guard p < ws, p > blockStart, t[p - 1] == 0x2C else { return false }
        p -= 1
        let limit = max(blockStart, p - 48)
        while p > limit {
            let c = t[p - 1]
            if c == 0x28 { return p < ws && ByteClass.isUpper(t[p]) }
            guard ByteClass.isASCIILetter(c) || c == 0x20 || c == 0x2E || c == 0x2D || c == 0x27 else { return false }
            p -= 1
        }
        return false
    }

    /// Whether the time abbreviation at `ws` closes a time phrase that opens the sentence: a
    /// number ("7", "7:30") with at most three time-openers before it ("By", "Shortly after").
    private func timePhraseOpens(_ t: UnsafeBufferPointer<UInt8>, _ ws: Int, firstWord: Int) -> Bool {
        var p = skipSpacesBack(t, ws, firstWord)
        let numberEnd = p
        while p > firstWord && (ByteClass.isDigit(t[p - 1]) || t[p - 1] == 0x3A) { p -= 1 }
        guard p < numberEnd, ByteClass.isDigit(t[p]) else { return false }
        var words = 0
        while p > firstWord {
            let wordEnd = skipSpacesBack(t, p, firstWord)
            guard wordEnd < p else { return false }  // "$7", "(7": not a word before the number
            var s = wordEnd
            while s > firstWord && ByteClass.isASCIILetter(t[s - 1]) { s -= 1 }
            guard s < wordEnd, s == firstWord || skipSpacesBack(t, s, firstWord) < s,
                  let k = wordKey(t, s, p), abbreviations.entry(key: k).isTimeOpener else { return false }
            words += 1
            if words > 3 { return false }
            p = s
        }
        return true
    }

    /// The offset before the run of spaces that ends at `i` (not before `lower`).
    private func skipSpacesBack(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ lower: Int) -> Int {
        var p = i
        while p > lower {
            if t[p - 1] < 0x80 {
                if ByteClass.spaceLength(t, p - 1) == 1 { p -= 1; continue }
                break
            }
            if p - 2 >= lower && ByteClass.spaceLength(t, p - 2) == 2 { p -= 2; continue }
            if p - 3 >= lower && ByteClass.spaceLength(t, p - 3) == 3 { p -= 3; continue }
            break
        }
        return p
    }

    /// A single capital letter and a period at `i` ("M." in "I. M. Varga").
    private func isInitial(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        i + 1 < end && ByteClass.isUpper(t[i]) && t[i + 1] == 0x2E
    }

    /// A quoted nickname at `i` between an initial and a surname: an opening quote, one or two
    /// capitalised words, the closing quote, a space and a capital letter ("“Butch” Harlow").
    private func isNickname(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var p = i
        let open = ByteClass.openerLength(t, p)
        guard open > 0, t[p] != 0x28, t[p] != 0x5B else { return false }
        p += open
        if p < end && t[p] == 0x27 { p += 1 }  // ''Butch'' typed with two apostrophes
        var words = 0
        while p < end && ByteClass.isUpper(t[p]) && words < 2 {
            words += 1
            p += 1
            while p < end && ByteClass.isASCIILetter(t[p]) { p += 1 }
            if p < end && t[p] == 0x20 && p + 1 < end && ByteClass.isUpper(t[p + 1]) && words < 2 { p += 1 }
        }
        guard words > 0, p < end else { return false }
        let close = ByteClass.closerLength(t, p)
        guard close > 0, t[p] != 0x29, t[p] != 0x5D else { return false }
        p += close
        if p < end && t[p] == 0x27 { p += 1 }
        guard p + 1 < end, t[p] == 0x20 else { return false }
        return ByteClass.isUpper(t[p + 1])
    }

    /// Whether the ASCII word at `i` is directly followed by a period.
    private func followedByPeriod(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end && ByteClass.isASCIILetter(t[j]) { j += 1 }
        return j < end && t[j] == 0x2E
    }

    /// Whether the word before `ws` is capitalised or an initial ("John Q.", "J. K."), which makes
    /// an unlisted initial at `ws` part of a name.
    private func followsCapitalisedWord(_ t: UnsafeBufferPointer<UInt8>, _ ws: Int, _ blockStart: Int) -> Bool {
        var p = ws
        while p > blockStart {
            let c = t[p - 1]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { p -= 1 }
            else if c == 0xA0 && p - 2 >= blockStart && t[p - 2] == 0xC2 { p -= 2 }
            else { break }
        }
        guard p < ws, p > blockStart else { return false }
        var s = p
        while s > blockStart && p - s < 64 {
            let c = t[s - 1]
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0xA0 { break }
            s -= 1
        }
        return ByteClass.letterCase(t, skipOpeners(t, s, p)) == .upper
    }

    /// After `?”`/`!”` at `i`: one to four capitalised words (a name, possibly with titles or
    /// initials, not a sentence opener such as "The" or "Officials") and then a speech verb, as in
    /// "“Why now?” Sen. Ana Diaz asked."
    private func attributionFollows(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var p = i
        var names = 0
        while p < end {
            let c = ByteClass.letterCase(t, p)
            if c == .lower {
                guard names > 0, let k = wordKey(t, p, end) else { return false }
                return abbreviations.entry(key: k).isSpeechVerb
            }
            guard c == .upper, names < 4 else { return false }
            // "“Is it over?” Officials said no." starts a new sentence; a name does not.
            if names == 0, let k = wordKey(t, p, end), abbreviations.isStarter(key: k) { return false }
            names += 1
            // Step over the word (letters, apostrophes, hyphens, periods of titles and initials).
            while p < end {
                let b = t[p]
                if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x2C { break }
                p += 1
            }
            guard p < end, t[p] != 0x2C else { return false }
            while p < end {
                let l = ByteClass.spaceLength(t, p)
                if l == 0 { break }
                p += l
            }
        }
        return false
    }

    /// "U.S", "a.m", "Ph.D", "S.&P": letters (an "&" may join them) separated by single periods, at
    /// least one period inside.
    private func isDottedInitialism(_ t: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Bool {
        var sawDot = false
        var run = 0
        for i in s..<e {
            if t[i] == 0x2E {
                if run == 0 { return false }
                sawDot = true
                run = 0
            } else if ByteClass.isASCIILetter(t[i]) {
                run += 1
                if run > 2 { return false }
            } else if t[i] != 0x26 {
                return false
            }
        }
        return sawDot
    }

    /// The key of the ASCII word at `i`, if short enough.
    @inline(__always)
    private func wordKey(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> UInt64? {
        var j = i
        var packed: UInt64 = 0
        while j < end && ByteClass.isASCIILetter(t[j]) {
            packed = (packed << 8) | UInt64(t[j] | 0x20)
            j += 1
        }
        if j < end && t[j] >= 0x80 && ByteClass.isAlphabetic(t, j) { return nil }
        let len = j - i
        if len == 0 { return nil }
        return len <= 8 ? packed : Abbreviations.wordKey(t, i, j)
    }

    /// Pronouns and determiners that cannot follow a title such as "Gov." or "St."
    /// (`strong-starters` in rules/abbreviations.yml).
    private func isStrongStarter(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        guard let k = wordKey(t, i, end) else { return false }
        return abbreviations.entry(key: k).isStrongStarter
    }

    /// After an initialism, a capitalised plural noun followed by a lower-case word reads as a new
    /// subject ("…in the U.S. Investigators said…") rather than a compound ("U.S. Army").
    private func looksLikePluralSubject(_ t: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Bool {
        var j = i
        while j < end && ByteClass.isASCIILetter(t[j]) { j += 1 }
        let len = j - i
        guard len >= 4, t[j - 1] == 0x73 else { return false }  // ends in "s"
        let prev = t[j - 2]
        if prev == 0x73 || prev == 0x75 || prev == 0x69 { return false }  // -ss, -us, -is
        // Only the first letter may be upper-case ("Investigators", not "NATO's"-like acronyms).
        for p in (i + 1)..<j where ByteClass.isUpper(t[p]) { return false }
        var k = j
        while k < end {
            let l = ByteClass.spaceLength(t, k)
            if l == 0 { break }
            k += l
        }
        guard k > j, k < end else { return false }
        return ByteClass.isLower(t[k])
    }
}
