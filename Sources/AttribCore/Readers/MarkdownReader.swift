/// Masks Markdown syntax in place: front matter, code, HTML, link targets, reference definitions,
/// table pipes and block markers become spaces (line breaks kept), so every offset into the
/// analysed text is the original offset. Nothing is rendered.
///
/// Real drafts: YAML (`---`) and TOML (`+++`) front matter is masked; each table cell is its own
/// block; images (alt text included) and link reference definitions are masked; a footnote
/// definition's label is masked and its note is a block of its own (a note often names the story's
/// source, so it stays prose), and a footnote reference `[^1]` is markup attached to its sentence;
/// an HTML block that the HTML reader would mask (`<nav>`, `<aside>`, `<div hidden>`, `<script>`…)
/// is masked with its content through its matching close tag, or through the next blank line when
/// it has none (a CommonMark HTML block's end), so an unclosed tag cannot hide the story. A code
/// fence that is never closed runs to the end of the document, as CommonMark says; both are listed
/// in ``ProseText/unclosed`` so the analysis reports them (`markup.unclosed`).
enum MarkdownReader {
    static func read(_ original: [UInt8]) -> ProseText {
        var m = Masker(original)
        m.run()
        let prose = ProseText(bytes: m.b, breaks: m.breaks.sorted(), lineBreaks: .soft, attachedMarkup: m.attached.sorted(),
                              unclosed: m.unclosed.sorted())
        return decodeEntities(prose)
    }

    /// Markdown allows HTML character references ("the union&rsquo;s leader"). Code is already
    /// masked, so what remains is prose: decode them, mapping decoded bytes back like HTML does.
    static func decodeEntities(_ prose: ProseText) -> ProseText {
        let b = prose.bytes
        guard b.contains(0x26) else { return prose }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var origin: [Int32] = []
        origin.reserveCapacity(b.count)
        /// Analysed offset of each original offset, for re-basing block breaks.
        var newIndex = [Int](repeating: 0, count: b.count + 1)
        var decoded = false
        var i = 0
        while i < b.count {
            newIndex[i] = out.count
            if b[i] == 0x26, let (scalars, end) = HTMLEntities.decode(b, i) {
                decoded = true
                for s in scalars {
                    for u in String(s).utf8 { out.append(u); origin.append(Int32(truncatingIfNeeded: i)) }
                }
                for k in (i + 1)..<end { newIndex[k] = out.count }
                i = end
                continue
            }
            out.append(b[i])
            origin.append(Int32(truncatingIfNeeded: i))
            i += 1
        }
        newIndex[b.count] = out.count
        guard decoded else { return prose }
        return ProseText(bytes: out, origin: origin, originalCount: b.count, breaks: prose.breaks.map { newIndex[$0] },
                         lineBreaks: prose.lineBreaks, attachedMarkup: prose.attachedMarkup, unclosed: prose.unclosed)
    }

    private struct Masker {
        var b: [UInt8]
        var breaks: [Int] = []
        var attached: [Span] = []
        /// Markup never closed: the opening fence line, or an HTML block's open tag.
        var unclosed: [Span] = []
        let n: Int
        /// Bracket and parenthesis pairs of the text being inline-parsed (see `preparePairs`).
        var pairs: [Int: Int] = [:]
        var pairsRange = 0..<0
        /// What failed HTML tag scans learnt (see `HTMLTag.Memo`).
        var tagMemo = HTMLTag.Memo()
        /// What searches for HTML blocks' close tags learnt.
        var closeMemo = HTMLReader.ElementEndMemo()
        /// How deep link texts are being inline-parsed.
        var inlineDepth = 0

        init(_ bytes: [UInt8]) {
            b = bytes
            n = bytes.count
        }

        mutating func mask(_ r: Range<Int>) {
            for i in r where b[i] != 0x0A && b[i] != 0x0D { b[i] = 0x20 }
        }

        mutating func maskAttached(_ r: Range<Int>) {
            guard !r.isEmpty else { return }
            mask(r)
            attached.append(Span(r.lowerBound, r.upperBound))
        }

        func lineEnd(_ i: Int) -> Int {
            var e = i
            while e < n && b[e] != 0x0A && b[e] != 0x0D { e += 1 }
            return e
        }

        func nextLine(_ e: Int) -> Int {
            var i = e
            if i < n && b[i] == 0x0D { i += 1 }
            if i < n && b[i] == 0x0A { i += 1 }
            return i
        }

        func isBlank(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] == 0x20 || b[$0] == 0x09 } }

        /// The start of the first blank line after the line holding `i` (or the end of the text):
        /// where an HTML block with no close tag ends.
        func blankLineStart(from i: Int) -> Int {
            var s = nextLine(lineEnd(i))
            while s < n {
                let e = lineEnd(s)
                if isBlank(s..<e) { return s }
                s = nextLine(e)
            }
            return n
        }

        func line(_ r: Range<Int>, is text: String) -> Bool {
            var e = r.upperBound
            while e > r.lowerBound && (b[e - 1] == 0x20 || b[e - 1] == 0x09) { e -= 1 }
            return Array(b[r.lowerBound..<e]) == Array(text.utf8)
        }

        mutating func run() {
            var pos = 0
            if b.starts(with: [0xEF, 0xBB, 0xBF]) { mask(0..<3); pos = 3 }
            pos = frontMatter(pos)
            maskComments()
            var fence: (char: UInt8, count: Int, line: Span)?
            var prevBlank = true
            var inList = false
            var prevQuote = false
            var prevText = false
            while pos < n {
                let s = pos
                let e = lineEnd(s)
                pos = nextLine(e)
                let r = s..<e
                if let f = fence {
                    // Test for the closing fence before masking the line.
                    var p = s
                    while p < e && b[p] == 0x20 && p - s < 4 { p += 1 }
                    var c = 0
                    while p + c < e && b[p + c] == f.char { c += 1 }
                    mask(r)
                    if c >= f.count && isBlank((p + c)..<e) { fence = nil; breaks.append(e) }
                    continue
                }
                if isBlank(r) {
                    prevBlank = true
                    prevQuote = false
                    prevText = false
                    continue
                }
                var indent = 0
                var p = s
                while p < e && (b[p] == 0x20 || b[p] == 0x09) {
                    indent += b[p] == 0x09 ? 4 : 1
                    p += 1
                }
                if indent >= 4 && prevBlank && !inList {
                    mask(r)  // indented code block
                    breaks.append(s)
                    continue
                }
                if indent < 4 && p + 2 < e && (b[p] == 0x60 || b[p] == 0x7E) {
                    var c = 0
                    while p + c < e && b[p + c] == b[p] { c += 1 }
                    if c >= 3 {
                        var t = e
                        while t > p && (b[t - 1] == 0x20 || b[t - 1] == 0x09) { t -= 1 }
                        fence = (b[p], c, Span(p, t))
                        mask(r)
                        breaks.append(s)
                        prevBlank = false
                        continue
                    }
                }
                if prevBlank && !(startsList(p, e) != nil) && indent < 2 { inList = false }
                // Block quotes.
                var quoted = false
                while p < e && b[p] == 0x3E {
                    mask(p..<(p + 1))
                    quoted = true
                    p += 1
                    while p < e && b[p] == 0x20 { p += 1 }
                }
                if quoted && !prevQuote { breaks.append(s) }
                prevQuote = quoted
                if quoted && isBlank(p..<e) { breaks.append(s); prevText = false; continue }
                // Thematic break or setext underline.
                if let c = ruleLine(p, e) {
                    mask(r)
                    breaks.append(s)
                    if c == 0x3D || c == 0x2D { breaks.append(e) }
                    prevBlank = false
                    prevText = false
                    continue
                }
                // ATX heading.
                var h = 0
                while p + h < e && b[p + h] == 0x23 && h < 7 { h += 1 }
                if h >= 1 && h <= 6 && (p + h == e || b[p + h] == 0x20 || b[p + h] == 0x09) {
                    mask(p..<(p + h))
                    var t = e
                    while t > p + h && (b[t - 1] == 0x20 || b[t - 1] == 0x09) { t -= 1 }
                    var c = t
                    while c > p + h && b[c - 1] == 0x23 { c -= 1 }
                    if c < t && (b[c - 1] == 0x20 || b[c - 1] == 0x09) { mask(c..<t) }
                    breaks.append(s)
                    breaks.append(e)
                    inline((p + h)..<e)
                    prevBlank = false
                    prevText = false
                    continue
                }
                // List item.
                if let markerEnd = startsList(p, e) {
                    mask(p..<markerEnd)
                    breaks.append(s)
                    inList = true
                    p = markerEnd
                    // Task list "[ ]" / "[x]".
                    if p + 3 <= e && b[p] == 0x5B && (b[p + 1] == 0x20 || b[p + 1] | 0x20 == 0x78) && b[p + 2] == 0x5D {
                        mask(p..<(p + 3))
                    }
                    // An empty item ("-" alone on its line, or as the last bytes of the file): the
                    // tests below read the byte at `p`, which is past the line (or the text) here.
                    if p >= e {
                        prevBlank = false
                        prevText = false
                        continue
                    }
                }
                // HTML chrome block ("<nav>", "<aside>", "<div hidden>", "<script>"…): masked with
                // its content through the matching close tag, by the HTML reader's rules.
                if indent < 4 && p < e && b[p] == 0x3C, let tag = HTMLTag.scan(b, p, n, memo: &tagMemo), !tag.isClosing {
                    var end = -1
                    // Without its close tag the block ends at the next blank line, as a CommonMark
                    // HTML block does: a stray "<aside>" must not hide the rest of the story.
                    if HTMLTag.opaqueElements.contains(tag.name) {
                        if let e = closeMemo.closingTagEnd(b, tag.name, from: tag.end, limit: n) {
                            end = e
                        } else {
                            end = blankLineStart(from: tag.end)
                            unclosed.append(Span(p, tag.end))
                        }
                    } else if HTMLReader.masksContent(b, tag, at: p, inScope: false) {
                        if let e = HTMLReader.closedElementEnd(b, tag.name, from: tag.end, limit: n, memo: &tagMemo, ends: &closeMemo) {
                            end = e
                        } else {
                            end = blankLineStart(from: tag.end)
                            unclosed.append(Span(p, tag.end))
                        }
                    }
                    if end >= 0 {
                        mask(s..<end)
                        breaks.append(s)
                        breaks.append(end)
                        pos = end
                        prevBlank = false
                        prevText = false
                        continue
                    }
                }
                // Footnote definition "[^id]: text": the label is masked, the note is its own block.
                if p + 1 < e && b[p] == 0x5B && b[p + 1] == 0x5E, let close = findByte(0x5D, from: p + 2, to: e),
                   close + 1 < e, b[close + 1] == 0x3A {
                    mask(p..<(close + 2))
                    breaks.append(s)
                    inline((close + 2)..<e)
                    prevBlank = false
                    prevText = true
                    continue
                }
                // Reference definition "[id]: url".
                if b[p] == 0x5B, let close = findByte(0x5D, from: p + 1, to: e), close + 1 < e, b[close + 1] == 0x3A {
                    mask(r)
                    breaks.append(s)
                    continue
                }
                // Table rows.
                if tableRow(p, e, previousWasText: prevText) {
                    continue
                }
                inline(p..<e)
                prevBlank = false
                prevText = true
            }
            if let f = fence { unclosed.append(f.line) }
        }

        /// Masks `---`/`+++` front matter at the start; returns where the body starts.
        mutating func frontMatter(_ start: Int) -> Int {
            let e = lineEnd(start)
            let first = start..<e
            let fence: String
            if line(first, is: "---") { fence = "---" } else if line(first, is: "+++") { fence = "+++" } else { return start }
            var p = nextLine(e)
            while p < n {
                let le = lineEnd(p)
                if line(p..<le, is: fence) || (fence == "---" && line(p..<le, is: "...")) {
                    mask(start..<le)
                    breaks.append(le)
                    return nextLine(le)
                }
                p = nextLine(le)
            }
            return start  // no closing fence: not front matter
        }

        /// `<!-- ... -->` anywhere, across lines.
        mutating func maskComments() {
            var i = 0
            while i + 3 < n {
                if b[i] == 0x3C && b[i + 1] == 0x21 && b[i + 2] == 0x2D && b[i + 3] == 0x2D {
                    var j = i + 4
                    while j + 2 < n && !(b[j] == 0x2D && b[j + 1] == 0x2D && b[j + 2] == 0x3E) { j += 1 }
                    let end = min(n, j + 3)
                    mask(i..<end)
                    breaks.append(i)
                    breaks.append(end)
                    i = end
                } else {
                    i += 1
                }
            }
        }

        func findByte(_ c: UInt8, from: Int, to: Int) -> Int? {
            var i = from
            while i < to {
                if b[i] == c { return i }
                if b[i] == 0x5C { i += 1 }
                i += 1
            }
            return nil
        }

        /// End of a list marker ("- ", "* ", "+ ", "1. ", "1) ") at `p`, or nil.
        func startsList(_ p: Int, _ e: Int) -> Int? {
            guard p < e else { return nil }
            let c = b[p]
            if (c == 0x2D || c == 0x2A || c == 0x2B) && (p + 1 == e || b[p + 1] == 0x20 || b[p + 1] == 0x09) {
                return min(e, p + 2)
            }
            var d = p
            while d < e && ByteClass.isDigit(b[d]) && d - p < 9 { d += 1 }
            if d > p && d < e && (b[d] == 0x2E || b[d] == 0x29) && (d + 1 == e || b[d + 1] == 0x20) {
                return min(e, d + 2)
            }
            return nil
        }

        /// A line of three or more `-`, `*`, `_` or `=` (spaces allowed): returns the character.
        func ruleLine(_ p: Int, _ e: Int) -> UInt8? {
            guard p < e else { return nil }
            let c = b[p]
            guard c == 0x2D || c == 0x2A || c == 0x5F || c == 0x3D else { return nil }
            var count = 0
            for i in p..<e {
                if b[i] == c { count += 1 } else if b[i] != 0x20 && b[i] != 0x09 { return nil }
            }
            return count >= 3 ? c : nil
        }

        /// Masks pipes of a table row (each cell is its own block) and whole delimiter rows.
        mutating func tableRow(_ p: Int, _ e: Int, previousWasText: Bool) -> Bool {
            guard findByte(0x7C, from: p, to: e) != nil else { return false }
            let isDelimiter = (p..<e).allSatisfy { [0x7C, 0x2D, 0x3A, 0x20, 0x09].contains(b[$0]) }
                && (p..<e).contains { b[$0] == 0x2D }
            if isDelimiter { mask(p..<e); breaks.append(p); breaks.append(e); return true }
            let startsWithPipe = b[p] == 0x7C
            var nextIsDelimiter = false
            let ns = nextLine(e)
            if ns < n {
                let ne = lineEnd(ns)
                var q = ns
                while q < ne && (b[q] == 0x20 || b[q] == 0x09) { q += 1 }
                nextIsDelimiter = q < ne && (q..<ne).allSatisfy { [0x7C, 0x2D, 0x3A, 0x20, 0x09].contains(b[$0]) }
                    && (q..<ne).contains { b[$0] == 0x7C } && (q..<ne).contains { b[$0] == 0x2D }
            }
            guard startsWithPipe || nextIsDelimiter else { return false }
            breaks.append(p)
            var cellStart = p
            var i = p
            while i < e {
                if b[i] == 0x5C { i += 2; continue }
                if b[i] == 0x7C {
                    inline(cellStart..<i)
                    mask(i..<(i + 1))
                    breaks.append(i)
                    cellStart = i + 1
                }
                i += 1
            }
            inline(cellStart..<min(i, e))
            breaks.append(e)
            return true
        }

        /// Inline syntax: code spans, autolinks and HTML tags, images, links, emphasis, escapes.
        mutating func inline(_ r: Range<Int>) {
            var i = r.lowerBound
            let e = r.upperBound
            preparePairs(r)
            while i < e {
                let c = b[i]
                switch c {
                case 0x5C:  // backslash escape
                    if i + 1 < e && b[i + 1] < 0x80 && b[i + 1] > 0x20 && !ByteClass.isASCIILetter(b[i + 1]) && !ByteClass.isDigit(b[i + 1]) {
                        maskAttached(i..<(i + 1))
                        i += 2
                        continue
                    }
                case 0x60:  // code span
                    var run = 0
                    while i + run < e && b[i + run] == 0x60 { run += 1 }
                    var j = i + run
                    var closed = -1
                    while j < e {
                        if b[j] == 0x60 {
                            var r2 = 0
                            while j + r2 < e && b[j + r2] == 0x60 { r2 += 1 }
                            if r2 == run { closed = j + r2; break }
                            j += r2
                        } else {
                            j += 1
                        }
                    }
                    if closed > 0 { mask(i..<closed); i = closed; continue }
                    i += run
                    continue
                case 0x3C:  // autolink or inline HTML
                    if let end = HTMLTag.scan(b, i, e, memo: &tagMemo) {
                        mask(i..<end.end)
                        if end.isBlock { breaks.append(i); breaks.append(end.end) }
                        i = end.end
                        continue
                    }
                    // An autolink has no space or "<" inside, so the search stops at the first one
                    // (a run of "<" without ">" must not rescan the line for each).
                    var close = i + 1
                    while close < e && b[close] != 0x3E && b[close] != 0x20 && b[close] != 0x09 && b[close] != 0x3C { close += 1 }
                    if close < e && b[close] == 0x3E && isAutolink((i + 1)..<close) {
                        mask(i..<(close + 1))
                        i = close + 1
                        continue
                    }
                case 0x21:  // image
                    if i + 1 < e && b[i + 1] == 0x5B, let (textEnd, end) = link(i + 1, e) {
                        _ = textEnd
                        mask(i..<end)
                        i = end
                        continue
                    }
                case 0x5B:  // footnote reference "[^1]" (markup of the sentence it ends), or link
                    if i + 1 < e && b[i + 1] == 0x5E, let close = closer(of: i, before: e), close > i + 2,
                       !((i + 2)..<close).contains(where: { b[$0] == 0x20 || b[$0] == 0x09 }) {
                        maskAttached(i..<(close + 1))
                        i = close + 1
                        continue
                    }
                    if let (textEnd, end) = link(i, e) {
                        maskAttached(i..<(i + 1))
                        maskAttached(textEnd..<end)
                        // Links nest only so deep in real text; a line of thousands of nested
                        // links must not overflow the stack.
                        if inlineDepth < 16 {
                            inlineDepth += 1
                            inline((i + 1)..<textEnd)
                            inlineDepth -= 1
                        }
                        i = end
                        continue
                    }
                case 0x2A, 0x5F, 0x7E:  // emphasis / strikethrough markers
                    var run = 0
                    while i + run < e && b[i + run] == c { run += 1 }
                    let before: UInt8 = i > r.lowerBound ? b[i - 1] : 0x20
                    let after: UInt8 = i + run < e ? b[i + run] : 0x20
                    let beforeSpace = before == 0x20 || before == 0x09
                    let afterSpace = after == 0x20 || after == 0x09
                    let intraword = isWordByte(before) && isWordByte(after)
                    if !(beforeSpace && afterSpace) && !(c == 0x5F && intraword) && (c != 0x7E || run == 2) {
                        maskAttached(i..<(i + run))
                    }
                    i += run
                    continue
                default:
                    break
                }
                i += 1
            }
        }

        func isWordByte(_ c: UInt8) -> Bool { ByteClass.isASCIILetter(c) || ByteClass.isDigit(c) || c >= 0x80 }

        func isAutolink(_ r: Range<Int>) -> Bool {
            guard !r.isEmpty, !r.contains(where: { b[$0] == 0x20 }) else { return false }
            let s = String(decoding: b[r], as: UTF8.self)
            return s.contains(":") || s.contains("@")
        }

        /// Matches every `[` with its `]` and every `(` with its `)` in `r` (backslash escapes
        /// respected) in one pass, unless `r` lies inside the range already matched (link text is
        /// inline-parsed again). Searching for the closer from each opener instead made a line of
        /// unclosed `[` quadratic.
        mutating func preparePairs(_ r: Range<Int>) {
            if pairsRange.lowerBound <= r.lowerBound && r.upperBound <= pairsRange.upperBound && !pairsRange.isEmpty { return }
            pairsRange = r
            pairs.removeAll(keepingCapacity: true)
            var brackets: [Int] = []
            var parens: [Int] = []
            var i = r.lowerBound
            while i < r.upperBound {
                switch b[i] {
                case 0x5C: i += 1
                case 0x5B: brackets.append(i)
                case 0x5D: if let o = brackets.popLast() { pairs[o] = i }
                case 0x28: parens.append(i)
                case 0x29: if let o = parens.popLast() { pairs[o] = i }
                default: break
                }
                i += 1
            }
        }

        /// The matching `]` or `)` of the opener at `i` before `e`, from ``preparePairs(_:)``.
        func closer(of i: Int, before e: Int) -> Int? {
            guard pairsRange.contains(i), let c = pairs[i] else { return nil }
            return c < e ? c : nil
        }

        /// A link `[text](dest)` or `[text][ref]` starting at `open`: the index of `]` and the end.
        func link(_ open: Int, _ e: Int) -> (Int, Int)? {
            guard let close = closer(of: open, before: e), close + 1 < e else { return nil }
            let opener = b[close + 1]
            guard opener == 0x28 || opener == 0x5B, let end = closer(of: close + 1, before: e) else { return nil }
            return (close, end + 1)
        }
    }
}
