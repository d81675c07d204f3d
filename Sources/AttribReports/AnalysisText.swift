import AttribCore

/// The terminal rendering of `attrib analyze`: each attributed or flagged sentence with its
/// source, cue and content highlighted, then a per-document summary.
public enum AnalysisText {
    public struct Style: Sendable {
        public var color: Bool
        public init(color: Bool) { self.color = color }

        func wrap(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        func source(_ s: String) -> String { color ? wrap(s, "1;36") : "[" + s + "]" }
        func cue(_ s: String) -> String { color ? wrap(s, "1;33") : "{" + s + "}" }
        func content(_ s: String) -> String { color ? wrap(s, "4") : s }
        func dim(_ s: String) -> String { wrap(s, "2") }
        func severity(_ sev: Severity) -> String {
            switch sev {
            case .error: return wrap("error", "1;31")
            case .warning: return wrap("warning", "1;35")
            case .info: return wrap("info", "1;34")
            }
        }
    }

    public static func render(_ a: DocumentAnalysis, style: Style) -> String {
        var out = a.document.name + "\n"
        var bySentence: [Int: [Attribution]] = [:]
        for at in a.attributions { bySentence[at.sentence, default: []].append(at) }
        var findingsBySentence: [Int: [Finding]] = [:]
        for f in a.findings { findingsBySentence[f.sentence ?? -1, default: []].append(f) }
        for (i, s) in a.sentences.enumerated() {
            let ats = bySentence[i] ?? []
            let fs = findingsBySentence[i] ?? []
            guard !ats.isEmpty || !fs.isEmpty else { continue }
            let loc = a.lines.location(of: s.span.start)
            out += "  \(loc.line):\(loc.column)  \(highlight(a, s.span, ats, style))\n"
            for at in ats {
                var parts: [String] = []
                if let src = at.source {
                    var p = "source \"\(SegmentReport.oneLine(a.text(src.span)))\" (\(src.kind.rawValue)"
                    if let r = src.resolved { p += " → \"\(SegmentReport.oneLine(a.text(r)))\", \(src.resolvedKind?.rawValue ?? "")" }
                    parts.append(p + ")")
                }
                if let cue = at.cue { parts.append("cue \"\(a.text(cue.span))\" (\(cue.category.rawValue)\(cue.loaded ? ", loaded" : ""))") }
                if at.quote != .none { parts.append("\(at.quote.rawValue) quote") }
                if let r = at.anonymityReason { parts.append("reason \"\(SegmentReport.oneLine(a.text(r)))\"") }
                parts.append("\(at.level.rawValue) \(JSONWriter.format(at.confidence, places: 2))")
                out += "        " + style.dim("· " + parts.joined(separator: " · ")) + "\n"
            }
            for f in fs {
                out += "        \(style.severity(f.severity)) \(f.message) [\(f.rule)]\n"
            }
        }
        let s = a.summary
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        out += "  summary: \(count(s.sentences, "sentence")), \(count(s.attributions, "attribution")) (\(s.named) named, "
        out += "\(s.anonymous) anonymous, \(s.vague) vague), \(count(s.quotes, "quote")), \(count(s.findings, "finding")); "
        out += "anonymous share \(Int((s.anonymousShare * 100).rounded()))%\n"
        return out
    }

    /// The sentence with source, cue and content spans marked.
    static func highlight(_ a: DocumentAnalysis, _ sentence: Span, _ ats: [Attribution], _ style: Style) -> String {
        var marks: [(Span, (String) -> String)] = []
        for at in ats {
            if let s = at.source?.span, sentence.contains(s) { marks.append((s, style.source)) }
            if let c = at.cue?.span, sentence.contains(c) { marks.append((c, style.cue)) }
        }
        marks.sort { $0.0.start < $1.0.start }
        var out = ""
        var pos = sentence.start
        for (span, f) in marks where span.start >= pos {
            out += a.text(Span(pos, span.start))
            out += f(a.text(span))
            pos = span.end
        }
        out += a.text(Span(pos, sentence.end))
        return SegmentReport.oneLine(out)
    }
}
