import AttribCore

/// attrib's analysis as brat standoff (`attrib analyze --format brat`), so an editor can correct
/// the pre-annotations in brat or INCEpTION and give them back as gold to `attrib eval --gold brat`.
///
/// Per attribution: `T` entities `Source`, `Cue`, `Content` and `AnonymityReason`, an `Attribution`
/// trigger on the cue, and an `E` event linking them; `A` attributes on the event give the source
/// kind, whether it is anonymous, the quote kind, the cue category and the confidence level.
/// Attributions that share one cue span (a quotation that continues and inherits its source) are
/// one event whose content has one fragment per quotation. Offsets are Unicode code points into the
/// document as read, as brat expects. The configuration is ``annotationConf``.
public enum BratWriter {
    public static func ann(_ a: DocumentAnalysis) -> String {
        let offsets = CodePointOffsets(a.document.bytes)
        var out = ""
        var t = 0, e = 0, attr = 0

        func entity(_ label: String, _ spans: [Span]) -> String {
            t += 1
            let pieces = spans.map { "\(offsets.codePoint($0.start)) \(offsets.codePoint($0.end))" }.joined(separator: ";")
            let text = spans.map { flat(a.text($0)) }.joined(separator: " ")
            out += "T\(t)\t\(label) \(pieces)\t\(text)\n"
            return "T\(t)"
        }

        // Group by cue span, in order of first appearance.
        var order: [Span?] = []
        var members: [Span: [Int]] = [:]
        var cueless: [Int] = []
        for (i, x) in a.attributions.enumerated() {
            guard let cue = x.cue?.span else {
                cueless.append(i)
                order.append(nil)
                continue
            }
            if members[cue] == nil { order.append(cue) }
            members[cue, default: []].append(i)
        }
        var nextCueless = 0
        for key in order {
            let group: [Int]
            if let key { group = members[key]! } else { group = [cueless[nextCueless]]; nextCueless += 1 }
            let first = a.attributions[group[0]]
            var args: [String] = []
            var trigger: String?
            if let s = group.lazy.compactMap({ a.attributions[$0].source?.span }).first { args.append("Source:" + entity("Source", [s])) }
            if let c = first.cue?.span {
                args.append("Cue:" + entity("Cue", [c]))
                trigger = entity("Attribution", [c])
            }
            let contents = merged(group.compactMap { a.attributions[$0].content })
            if !contents.isEmpty { args.append("Content:" + entity("Content", contents)) }
            if let r = group.lazy.compactMap({ a.attributions[$0].anonymityReason }).first {
                args.append("AnonymityReason:" + entity("AnonymityReason", [r]))
            }
            guard let trigger else { continue }  // brat events need a trigger; attrib always gives a cue
            e += 1
            out += "E\(e)\tAttribution:\(trigger) \(args.joined(separator: " "))\n"
            func attribute(_ name: String, _ value: String?) {
                attr += 1
                out += "A\(attr)\t\(name) E\(e)" + (value.map { " " + $0 } ?? "") + "\n"
            }
            if let s = first.source { attribute("SourceKind", s.effectiveKind.rawValue) }
            if first.anonymous { attribute("Anonymous", nil) }
            attribute("Quote", first.quote.rawValue)
            if let c = first.cue { attribute("Category", c.category.rawValue) }
            attribute("Level", first.level.rawValue)
        }
        return out
    }

    /// Content fragments in order, overlapping ones joined.
    static func merged(_ spans: [Span]) -> [Span] {
        var out: [Span] = []
        for s in spans.sorted() {
            if let last = out.last, last.end >= s.start { out[out.count - 1] = last.union(s) } else { out.append(s) }
        }
        return out
    }

    /// Line breaks and tabs inside a span's text would break the line format.
    static func flat(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
    }

    /// brat's `annotation.conf` for what ``ann(_:)`` writes.
    public static let annotationConf = """
        # brat / INCEpTION configuration for attrib's pre-annotations (attrib analyze --format brat).
        [entities]
        Source
        Cue
        Content
        AnonymityReason

        [relations]

        [events]
        Attribution\tSource?:Source, Cue:Cue, Content?:Content, AnonymityReason?:AnonymityReason

        [attributes]
        SourceKind\tArg:Attribution, Value:named|anonymous|vague|document|pronoun
        Anonymous\tArg:Attribution
        Quote\tArg:Attribution, Value:direct|partial|none
        Category\tArg:Attribution, Value:speech|cognition|document|nominal|hedge
        Level\tArg:Attribution, Value:high|medium|low

        """
}
