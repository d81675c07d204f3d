import AttribCore

/// The `attrib analyze` JSON document object (schema in docs/analysis-json.md).
public enum AnalysisJSON {
    /// About what the JSON of a document takes per byte of article (sentence and span texts
    /// repeat the text several times): the capacity to give the writer up front.
    public static func expectedSize(_ a: DocumentAnalysis) -> Int { a.document.bytes.count * 6 + 1024 }

    /// `drain`: called with the output so far whenever it passes a megabyte, so a large document's
    /// JSON is written out as it is made instead of held whole (``JSONWriter/take()``).
    public static func write(_ w: inout JSONWriter, _ a: DocumentAnalysis, drain: (([UInt8]) -> Void)? = nil) {
        func flush() { if let drain, w.count >= 1 << 20 { drain(w.take()) } }
        let doc = a.document
        w.beginObject()
        w.member(doc.isExternalID ? "id" : "path", doc.name)
        if let t = doc.metadata.title { w.member("title", t) }
        if let u = doc.metadata.url { w.member("url", u) }
        if let p = doc.metadata.published { w.member("published", p) }
        w.beginArray("sentences")
        for s in a.sentences {
            flush()
            let loc = a.lines.location(of: s.span.start)
            w.beginObject()
            w.member("start", s.span.start)
            w.member("end", s.span.end)
            w.member("line", loc.line)
            w.member("column", loc.column)
            textMember(&w, a, s.span)
            w.endObject()
        }
        w.endArray()
        w.beginArray("attributions")
        for at in a.attributions { flush(); writeAttribution(&w, at, a) }
        w.endArray()
        w.beginArray("findings")
        for f in a.findings { flush(); writeFinding(&w, f, a) }
        w.endArray()
        let s = a.summary
        w.beginObject("summary")
        w.member("sentences", s.sentences)
        w.member("attributions", s.attributions)
        w.member("named", s.named)
        w.member("anonymous", s.anonymous)
        w.member("vague", s.vague)
        w.member("quotes", s.quotes)
        w.member("findings", s.findings)
        w.member("anonymousShare", s.anonymousShare)
        w.endObject()
        w.endObject()
    }

    /// `"text": "…"` for a span, written straight from the document's bytes when the span starts
    /// and ends on character boundaries (always, for engine spans), else through `String`'s repair.
    static func textMember(_ w: inout JSONWriter, _ a: DocumentAnalysis, _ span: Span) {
        let bytes = a.document.bytes
        let s = max(0, min(span.start, bytes.count))
        let e = max(s, min(span.end, bytes.count))
        let clean = (s == bytes.count || bytes[s] & 0xC0 != 0x80) && (e == bytes.count || bytes[e] & 0xC0 != 0x80)
        guard clean else { w.member("text", a.text(span)); return }
        w.key("text")
        w.quotedBytes(bytes, s..<e)
    }

    static func span(_ w: inout JSONWriter, _ name: StaticString, _ span: Span?, _ a: DocumentAnalysis, extra: (inout JSONWriter) -> Void = { _ in }) {
        w.key(name)
        guard let span else { w.null(); return }
        w.beginObject()
        w.member("start", span.start)
        w.member("end", span.end)
        textMember(&w, a, span)
        extra(&w)
        w.endObject()
    }

    public static func writeAttribution(_ w: inout JSONWriter, _ at: Attribution, _ a: DocumentAnalysis) {
        w.beginObject()
        w.member("sentence", at.sentence)
        span(&w, "cue", at.cue?.span, a) { w in
            w.member("category", at.cue!.category.rawValue)
            w.member("loaded", at.cue!.loaded)
        }
        span(&w, "source", at.source?.span, a) { w in
            let s = at.source!
            w.member("kind", s.kind.rawValue)
            span(&w, "resolved", s.resolved, a) { w in
                if let k = s.resolvedKind { w.member("kind", k.rawValue) }
            }
        }
        span(&w, "content", at.content, a)
        w.member("quote", at.quote.rawValue)
        w.member("anonymous", at.anonymous)
        span(&w, "anonymityReason", at.anonymityReason, a)
        w.member("confidence", at.confidence)
        w.member("level", at.level.rawValue)
        w.beginArray("rules")
        for r in at.rules { w.string(r) }
        w.endArray()
        w.endObject()
    }

    public static func writeFinding(_ w: inout JSONWriter, _ f: Finding, _ a: DocumentAnalysis) {
        let loc = a.lines.location(of: f.span.start)
        w.beginObject()
        w.member("rule", f.rule)
        w.member("severity", f.severity.rawValue)
        w.member("message", f.message)
        w.member("start", f.span.start)
        w.member("end", f.span.end)
        w.member("line", loc.line)
        w.member("column", loc.column)
        textMember(&w, a, f.span)
        w.member("confidence", f.confidence)
        w.member("level", f.level.rawValue)
        w.endObject()
    }
}
