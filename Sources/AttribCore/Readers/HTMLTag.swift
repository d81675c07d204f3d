/// Recognises one HTML tag (or comment, doctype, processing instruction) at an offset.
enum HTMLTag {
    struct Match {
        var end: Int
        var name: String
        var isClosing: Bool
        var isBlock: Bool
    }

    /// Elements that start a new block of prose.
    static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
        "h5", "h6", "head", "header", "hgroup", "hr", "html", "li", "main", "nav", "ol", "option", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
    ]

    /// Elements whose whole content is not prose.
    static let opaqueElements: Set<String> = ["script", "style", "title", "noscript", "template", "svg", "math", "head",
                                                 "iframe", "object", "canvas", "video", "audio"]

    /// What earlier failed scans proved about the text before `limit`, so that a run of `<` that
    /// never close ("<a '<a '<a '…", "<!x <!x …") is rejected without rescanning to the limit
    /// each time: every scan stays linear in the text it newly reads.
    struct Memo {
        var limit = Int.max
        /// No `>` outside quotes at or after this offset (before `limit`).
        var noCloseFrom = Int.max
        /// No `"` / `'` after these offsets (before `limit`).
        var noDoubleQuoteAfter = Int.max
        var noSingleQuoteAfter = Int.max

        /// Forgets facts proved for a smaller limit.
        mutating func use(limit: Int) {
            if limit > self.limit { self = Memo() }
            if self.limit == Int.max || limit > self.limit { self.limit = limit }
        }
    }

    /// A tag starting at `i` (`b[i] == "<"`) and ending before `limit`, or nil when `<` is literal.
    static func scan(_ b: [UInt8], _ i: Int, _ limit: Int) -> Match? {
        var memo = Memo()
        return scan(b, i, limit, memo: &memo)
    }

    /// As ``scan(_:_:_:)``, sharing what failed scans learnt through `memo` (one per `limit`).
    static func scan(_ b: [UInt8], _ i: Int, _ limit: Int, memo: inout Memo) -> Match? {
        guard i + 1 < limit, b[i] == 0x3C else { return nil }
        memo.use(limit: limit)
        let c = b[i + 1]
        if c == 0x21 || c == 0x3F {  // <!-- -->, <!DOCTYPE>, <?xml ?>
            if i + 3 < limit && c == 0x21 && b[i + 2] == 0x2D && b[i + 3] == 0x2D {
                var j = i + 4
                while j + 2 < limit && !(b[j] == 0x2D && b[j + 1] == 0x2D && b[j + 2] == 0x3E) { j += 1 }
                return Match(end: min(limit, j + 3), name: "!--", isClosing: false, isBlock: false)
            }
            var j = i + 2
            while j < limit && b[j] != 0x3E {
                if j >= memo.noCloseFrom { j = limit; break }
                j += 1
            }
            if j < limit { return Match(end: j + 1, name: "!", isClosing: false, isBlock: false) }
            memo.noCloseFrom = min(memo.noCloseFrom, i + 2)
            return nil
        }
        var p = i + 1
        let closing = c == 0x2F
        if closing { p += 1 }
        guard p < limit, ByteClass.isASCIILetter(b[p]) else { return nil }
        let nameStart = p
        while p < limit && (ByteClass.isASCIILetter(b[p]) || ByteClass.isDigit(b[p]) || b[p] == 0x2D || b[p] == 0x3A) { p += 1 }
        guard p < limit, b[p] == 0x3E || b[p] == 0x2F || b[p] == 0x20 || b[p] == 0x09 || b[p] == 0x0A || b[p] == 0x0D else {
            return nil
        }
        var quote: UInt8 = 0
        var quoteStart = p
        var outside = p  // where the current stretch outside quotes began
        while p < limit {
            let d = b[p]
            if quote != 0 {
                if d == quote { quote = 0; outside = p + 1 }
            } else if d == 0x22 || d == 0x27 {
                // A quote that earlier scans proved never closes.
                if p >= (d == 0x22 ? memo.noDoubleQuoteAfter : memo.noSingleQuoteAfter) { return nil }
                quote = d
                quoteStart = p
            } else if d == 0x3E {
                let name = String(decoding: b[nameStart..<(nameEnd(b, nameStart, limit))], as: UTF8.self).lowercased()
                return Match(end: p + 1, name: name, isClosing: closing, isBlock: blockElements.contains(name))
            } else if d == 0x3C {
                return nil
            } else if p >= memo.noCloseFrom {
                return nil
            }
            p += 1
        }
        if quote == 0x22 { memo.noDoubleQuoteAfter = min(memo.noDoubleQuoteAfter, quoteStart) }
        else if quote == 0x27 { memo.noSingleQuoteAfter = min(memo.noSingleQuoteAfter, quoteStart) }
        else { memo.noCloseFrom = min(memo.noCloseFrom, outside) }
        return nil
    }

    private static func nameEnd(_ b: [UInt8], _ start: Int, _ limit: Int) -> Int {
        var p = start
        while p < limit && (ByteClass.isASCIILetter(b[p]) || ByteClass.isDigit(b[p]) || b[p] == 0x2D || b[p] == 0x3A) { p += 1 }
        return p
    }
}
