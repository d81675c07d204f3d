/// Masks HTML: tags, comments and the content of `<script>`, `<style>`, `<title>` and the like
/// become spaces; block elements become block breaks; entities are decoded, with `origin` mapping
/// every decoded byte back to the entity's original offset.
enum HTMLReader {
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

        func emitMasked(_ r: Range<Int>) {
            for k in r {
                out.append(b[k] == 0x0A || b[k] == 0x0D ? b[k] : 0x20)
                origin.append(Int32(truncatingIfNeeded: k))
            }
        }

        var i = 0
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { emitMasked(0..<3); i = 3 }
        while i < n {
            let c = b[i]
            if c == 0x3C, let tag = HTMLTag.scan(b, i, n, memo: &tagMemo) {
                if tag.isBlock { breaks.append(out.count) }
                var end = tag.end
                if !tag.isClosing && HTMLTag.opaqueElements.contains(tag.name) {
                    end = closingTagEnd(b, tag.name, from: tag.end) ?? n
                }
                emitMasked(i..<end)
                if tag.isBlock || HTMLTag.opaqueElements.contains(tag.name) {
                    breaks.append(out.count)
                } else if tag.name.first?.isLetter == true {
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
        return ProseText(bytes: out, origin: decodedAny ? origin : nil, originalCount: n, breaks: breaks, lineBreaks: .soft,
                         attachedMarkup: attached)
    }

    /// The end of `</name>` after `from` (case-insensitive), or nil.
    private static func closingTagEnd(_ b: [UInt8], _ name: String, from: Int) -> Int? {
        let pattern = Array(("</" + name).utf8)
        let n = b.count
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
