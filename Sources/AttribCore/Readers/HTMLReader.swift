/// Masks HTML: tags, comments and the content of `<script>`, `<style>`, `<title>` and the like
/// become spaces; block elements become block breaks; entities are decoded, with `origin` mapping
/// every decoded byte back to the entity's original offset.
///
/// Real saved pages carry chrome around the story. Masked with their whole content:
/// - ``chromeElements`` (`<nav>`, `<footer>`, `<aside>`, `<form>`, `<button>`, `<select>`,
///   `<dialog>`, `<figcaption>`): captions are the photo's, not the story's claims;
/// - `<header>` outside any `<article>`/`<main>` (the site header); an article's own `<header>`
///   holds its headline and byline and stays;
/// - any element with `hidden`, `aria-hidden="true"` or a chrome landmark `role` (navigation,
///   banner, contentinfo, complementary, search, dialog, alertdialog);
/// - ``HTMLTag/opaqueElements`` (script — JSON-LD included —, style, noscript, template, svg, iframe…).
///
/// Scope: when the page has `<article>` or `<main>` elements holding at least half of the prose
/// left after masking, only their content is analysed and
/// everything outside them is masked (site chrome, cookie banners, related stories). A page without
/// them is analysed whole, minus the chrome above.
///
/// Where a masked element ends comes from one pass over the page's tags with a stack of open
/// elements (``ElementExtents``): its own close tag, or, when it has none, the close tag of the
/// element around it (the end of the page at the top level). Such an unclosed element is listed in
/// ``ProseText/unclosed``, and the analysis reports it (`markup.unclosed`), so a stray `<aside>`
/// hides at most the rest of its enclosing element, and never in silence. Every byte is scanned a
/// bounded number of times.
enum HTMLReader {
    /// Elements whose content is page chrome, never story prose.
    static let chromeElements: Set<String> = ["nav", "footer", "aside", "form", "button", "select", "dialog", "figcaption", "textarea"]

    /// Elements that scope the analysis when present.
    static let scopeElements: Set<String> = ["article", "main"]

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    /// Whether the element opened by `tag` at `i` is masked with its content.
    /// `inScope`: inside an `<article>`/`<main>`, where `<header>` belongs to the story.
    static func masksContent(_ b: [UInt8], _ tag: HTMLTag.Match, at i: Int, inScope: Bool) -> Bool {
        guard !tag.isClosing, tag.name.first?.isLetter == true, !voidElements.contains(tag.name) else { return false }
        if tag.end >= 2 && b[tag.end - 2] == 0x2F { return false }  // <div hidden/>
        if chromeElements.contains(tag.name) || (tag.name == "header" && !inScope) { return true }
        return hasHidingAttribute(b, from: i + 1 + tag.name.utf8.count, to: tag.end - 1)
    }

    private static let hiddenName = Array("hidden".utf8)
    private static let ariaHiddenName = Array("aria-hidden".utf8)
    private static let roleName = Array("role".utf8)
    private static let trueValue = Array("true".utf8)
    private static let chromeRoles: [[UInt8]] = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"]
        .map { Array($0.utf8) }

    /// `hidden`, `aria-hidden="true"` or a chrome `role` among the attributes in `from..<to`.
    static func hasHidingAttribute(_ b: [UInt8], from: Int, to: Int) -> Bool {
        var p = from
        while p < to {
            while p < to && (b[p] == 0x20 || b[p] == 0x09 || b[p] == 0x0A || b[p] == 0x0D || b[p] == 0x2F) { p += 1 }
            let ns = p
            while p < to && b[p] != 0x3D && b[p] != 0x20 && b[p] != 0x09 && b[p] != 0x0A && b[p] != 0x0D && b[p] != 0x2F { p += 1 }
            let name = ns..<p
            if name.isEmpty { p += 1; continue }
            var value = p..<p
            var q = p
            while q < to && (b[q] == 0x20 || b[q] == 0x09 || b[q] == 0x0A || b[q] == 0x0D) { q += 1 }
            if q < to && b[q] == 0x3D {
                q += 1
                while q < to && (b[q] == 0x20 || b[q] == 0x09 || b[q] == 0x0A || b[q] == 0x0D) { q += 1 }
                if q < to && (b[q] == 0x22 || b[q] == 0x27) {
                    let quote = b[q]
                    let vs = q + 1
                    q = vs
                    while q < to && b[q] != quote { q += 1 }
                    value = vs..<q
                    q = min(to, q + 1)
                } else {
                    let vs = q
                    while q < to && b[q] != 0x20 && b[q] != 0x09 && b[q] != 0x0A && b[q] != 0x0D { q += 1 }
                    value = vs..<q
                }
                p = q
            }
            if equalsLower(b, name, hiddenName) { return true }
            if equalsLower(b, name, ariaHiddenName) && equalsLower(b, trimmed(b, value), trueValue) { return true }
            if equalsLower(b, name, roleName) {
                let v = trimmed(b, value)
                for role in chromeRoles where equalsLower(b, v, role) { return true }
            }
        }
        return false
    }

    private static func trimmed(_ b: [UInt8], _ r: Range<Int>) -> Range<Int> {
        var s = r.lowerBound, e = r.upperBound
        while s < e && (b[s] == 0x20 || b[s] == 0x09) { s += 1 }
        while e > s && (b[e - 1] == 0x20 || b[e - 1] == 0x09) { e -= 1 }
        return s..<e
    }

    private static func equalsLower(_ b: [UInt8], _ r: Range<Int>, _ lit: [UInt8]) -> Bool {
        guard r.count == lit.count else { return false }
        var k = 0
        for i in r {
            let c = b[i]
            let l = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            if l != lit[k] { return false }
            k += 1
        }
        return true
    }

    /// The end of the element's matching close tag (same-name open and close tags counted, opaque
    /// elements inside skipped whole, so a `</nav>` in a script does not close a `<nav>`), or nil
    /// when it is never closed before `limit`. The Markdown reader's HTML blocks use it.
    ///
    /// `ends` remembers every same-name element a search passed over (its close tag's end, or none
    /// before `limit`), so a run of unclosed tags is not searched to the end once for each.
    static func closedElementEnd(_ b: [UInt8], _ name: String, from: Int, limit: Int, memo: inout HTMLTag.Memo,
                                 ends: inout ElementEndMemo) -> Int? {
        if let known = ends.end(name, from: from, limit: limit) { return known < 0 ? nil : known }
        var open = [from]  // ends of the open tags of `name` not closed yet, innermost last
        var j = from
        while j < limit {
            guard b[j] == 0x3C, let t = HTMLTag.scan(b, j, limit, memo: &memo) else { j += 1; continue }
            if t.name == name {
                if t.isClosing {
                    let o = open.removeLast()
                    ends.set(name, from: o, end: t.end, limit: limit)
                    if open.isEmpty { return t.end }
                } else if !(t.end >= 2 && b[t.end - 2] == 0x2F) {
                    open.append(t.end)
                }
                j = t.end
            } else if !t.isClosing && HTMLTag.opaqueElements.contains(t.name) {
                j = ends.closingTagEnd(b, t.name, from: t.end, limit: limit) ?? limit
            } else {
                j = t.end
            }
        }
        for o in open { ends.set(name, from: o, end: -1, limit: limit) }
        return nil
    }

    /// What searches for close tags found, per element name, for one `limit`.
    struct ElementEndMemo {
        private var limit = -1
        /// Per name: the end of the close tag of the element whose open tag ends at a key, or -1.
        private var ends: [String: [Int: Int]] = [:]
        /// Per opaque element name: no `</name` at or after this offset.
        private var noCloseFrom: [String: Int] = [:]

        private mutating func use(_ limit: Int) {
            if limit != self.limit { self = ElementEndMemo(); self.limit = limit }
        }

        mutating func end(_ name: String, from: Int, limit: Int) -> Int? {
            use(limit)
            return ends[name]?[from]
        }

        mutating func set(_ name: String, from: Int, end: Int, limit: Int) {
            use(limit)
            ends[name, default: [:]][from] = end
        }

        /// ``HTMLReader/closingTagEnd(_:_:from:limit:)``, remembering where there is none.
        mutating func closingTagEnd(_ b: [UInt8], _ name: String, from: Int, limit: Int) -> Int? {
            use(limit)
            if let none = noCloseFrom[name], from >= none { return nil }
            if let e = HTMLReader.closingTagEnd(b, name, from: from, limit: limit) { return e }
            noCloseFrom[name] = min(noCloseFrom[name] ?? from, from)
            return nil
        }
    }

    /// Where the elements that may be masked with their content end, from one pass over every tag
    /// of the page with a stack of open elements. A close tag closes the innermost open element of
    /// its name and every element opened inside it; a close tag with no open element of its name is
    /// ignored; an opaque element's content is skipped to its own close tag. An element closed by
    /// the close tag of an element around it (or by the end of the page) is *unclosed*: it ends
    /// where that close tag starts. Recorded: chrome, `<header>`, opaque elements and elements
    /// with a hiding attribute (``masksContent(_:_:at:inScope:)`` decides which are masked).
    struct ElementExtents {
        /// Offsets of the recorded elements' open tags, ascending, with their ends.
        private(set) var starts: [Int] = []
        private(set) var ends: [Int] = []
        private(set) var closed: [Bool] = []

        init(_ b: [UInt8], from start: Int) {
            let n = b.count
            var memo = HTMLTag.Memo()
            var closeMemo = ElementEndMemo()
            /// Open elements: name and the index of their record (-1 when not recorded).
            var stack: [(name: String, record: Int)] = []
            /// Per name, the stack positions of its open elements (innermost last).
            var byName: [String: [Int]] = [:]
            var i = start
            while i < n {
                guard b[i] == 0x3C, let tag = HTMLTag.scan(b, i, n, memo: &memo) else { i += 1; continue }
                let at = i
                i = tag.end
                guard tag.name.first?.isLetter == true else { continue }  // comments, doctypes
                if tag.isClosing {
                    guard let k = byName[tag.name]?.last else { continue }  // a stray close tag
                    while stack.count > k + 1 { pop(&stack, &byName, endingAt: at, closedByOwnTag: false) }
                    pop(&stack, &byName, endingAt: tag.end, closedByOwnTag: true)
                    continue
                }
                if voidElements.contains(tag.name) || (tag.end >= 2 && b[tag.end - 2] == 0x2F) { continue }
                let opaque = HTMLTag.opaqueElements.contains(tag.name)
                if opaque, let e = closeMemo.closingTagEnd(b, tag.name, from: tag.end, limit: n) {
                    starts.append(at)
                    ends.append(e)
                    closed.append(true)
                    i = e
                    continue
                }
                // An opaque element without a close tag ends with the element around it; its
                // content is read as markup to find where that is.
                var record = -1
                if opaque || chromeElements.contains(tag.name) || tag.name == "header"
                    || hasHidingAttribute(b, from: at + 1 + tag.name.utf8.count, to: tag.end - 1) {
                    starts.append(at)
                    ends.append(n)
                    closed.append(false)
                    record = starts.count - 1
                }
                byName[tag.name, default: []].append(stack.count)
                stack.append((tag.name, record))
            }
            while !stack.isEmpty { pop(&stack, &byName, endingAt: n, closedByOwnTag: false) }
        }

        private mutating func pop(_ stack: inout [(name: String, record: Int)], _ byName: inout [String: [Int]],
                                  endingAt end: Int, closedByOwnTag own: Bool) {
            let top = stack.removeLast()
            byName[top.name]?.removeLast()
            if top.record >= 0 {
                ends[top.record] = end
                closed[top.record] = own
            }
        }

        /// The end of the recorded element whose open tag starts at `at`, and whether its own close
        /// tag ended it.
        func extent(at: Int) -> (end: Int, closed: Bool)? {
            var lo = 0, hi = starts.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if starts[mid] < at { lo = mid + 1 } else { hi = mid }
            }
            return lo < starts.count && starts[lo] == at ? (ends[lo], closed[lo]) : nil
        }
    }

    static func read(_ b: [UInt8]) -> ProseText {
        let n = b.count
        var out: [UInt8] = []
        out.reserveCapacity(n)
        var origin: [Int32] = []
        origin.reserveCapacity(n)
        var breaks: [Int] = []
        var attached: [Span] = []
        var decodedAny = false
        var tagMemo = HTMLTag.Memo()
        /// Open `<article>`/`<main>` elements, and the analysed ranges inside them.
        var scopeDepth = 0
        var scopeStart = 0
        var scopes: [Range<Int>] = []

        func emitMasked(_ r: Range<Int>) {
            for k in r {
                out.append(b[k] == 0x0A || b[k] == 0x0D ? b[k] : 0x20)
                origin.append(Int32(truncatingIfNeeded: k))
            }
        }

        var i = 0
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { emitMasked(0..<3); i = 3 }
        let extents = ElementExtents(b, from: i)
        /// Original spans of the open tags of masked elements that were never closed.
        var unclosed: [Span] = []
        /// Both passes read the same tags up to a masked element, so it is recorded there.
        func maskedEnd(_ tag: HTMLTag.Match, at i: Int) -> Int {
            let extent = extents.extent(at: i) ?? (n, false)
            if !extent.closed { unclosed.append(Span(i, tag.end)) }
            return max(tag.end, extent.end)
        }
        while i < n {
            let c = b[i]
            if c == 0x3C, let tag = HTMLTag.scan(b, i, n, memo: &tagMemo) {
                if tag.isBlock { breaks.append(out.count) }
                var end = tag.end
                var hidden = false
                if !tag.isClosing && HTMLTag.opaqueElements.contains(tag.name) {
                    end = maskedEnd(tag, at: i)
                    hidden = true
                } else if masksContent(b, tag, at: i, inScope: scopeDepth > 0) {
                    end = maskedEnd(tag, at: i)
                    hidden = true
                    // An aria-hidden icon inside a sentence does not break it.
                    if tag.isBlock || chromeElements.contains(tag.name) { breaks.append(out.count) }
                } else if scopeElements.contains(tag.name) {
                    if tag.isClosing {
                        if scopeDepth == 1 { scopes.append(scopeStart..<out.count) }
                        scopeDepth = max(0, scopeDepth - 1)
                    }
                }
                emitMasked(i..<end)
                if !tag.isClosing && !hidden && scopeElements.contains(tag.name) {
                    if scopeDepth == 0 { scopeStart = out.count }
                    scopeDepth += 1
                }
                if tag.isBlock || (hidden && (HTMLTag.opaqueElements.contains(tag.name) || chromeElements.contains(tag.name))) {
                    breaks.append(out.count)
                } else if !hidden && tag.name.first?.isLetter == true {
                    // Inline tags (<a>, <em>…) belong to the text they wrap, so a sentence that ends
                    // with "link.</a>" or starts with "<b>Breaking" includes them, as in Markdown.
                    attached.append(Span(i, end))
                }
                i = end
                continue
            }
            if c == 0x26, let (scalars, end) = HTMLEntities.decode(b, i) {
                decodedAny = true
                for s in scalars {
                    for u in String(s).utf8 {
                        out.append(u)
                        origin.append(Int32(truncatingIfNeeded: i))
                    }
                }
                i = end
                continue
            }
            out.append(c)
            origin.append(Int32(truncatingIfNeeded: i))
            i += 1
        }
        if scopeDepth > 0 { scopes.append(scopeStart..<out.count) }
        if !scopes.isEmpty && HTMLReader.scopesHoldMostProse(out, scopes) {
            // Mask everything outside the article/main scopes.
            var k = 0
            for r in scopes {
                while k < r.lowerBound { if out[k] != 0x0A && out[k] != 0x0D { out[k] = 0x20 }; k += 1 }
                k = max(k, r.upperBound)
            }
            while k < out.count { if out[k] != 0x0A && out[k] != 0x0D { out[k] = 0x20 }; k += 1 }
        }
        return ProseText(bytes: out, origin: decodedAny ? origin : nil, originalCount: n, breaks: breaks, lineBreaks: .soft,
                         attachedMarkup: attached, unclosed: unclosed)
    }

    /// Whether the `<article>`/`<main>` ranges hold at least half of the prose left after masking.
    /// Pages that mark only teaser cards or a summary as `<article>` while the story sits in plain
    /// `<div>`s would otherwise lose the story; such pages are read whole (minus the chrome).
    static func scopesHoldMostProse(_ out: [UInt8], _ scopes: [Range<Int>]) -> Bool {
        func visible(_ r: Range<Int>) -> Int {
            var n = 0
            for k in r where out[k] > 0x20 { n += 1 }
            return n
        }
        let inside = scopes.reduce(0) { $0 + visible($1) }
        return inside * 2 >= visible(0..<out.count)
    }

    /// The end of `</name>` after `from` (case-insensitive), or nil.
    static func closingTagEnd(_ b: [UInt8], _ name: String, from: Int, limit: Int) -> Int? {
        let pattern = Array(("</" + name).utf8)
        let n = limit
        var i = from
        while i + pattern.count <= n {
            if b[i] == 0x3C {
                var ok = true
                for k in 1..<pattern.count where b[i + k] | 0x20 != pattern[k] | 0x20 && pattern[k] != 0x2F {
                    ok = false
                    break
                }
                if ok && b[i + 1] == 0x2F {
                    var j = i + pattern.count
                    while j < n && b[j] != 0x3E { j += 1 }
                    return min(n, j + 1)
                }
            }
            i += 1
        }
        return nil
    }
}
