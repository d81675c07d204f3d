import AttribCore

/// `attrib report --format json`: every field, for other tools. docs/store.md describes the shape.
public enum ReportJSON {
    public static func article(_ r: ArticleReport) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.member("version", 1)
        w.member("report", "article")
        writeInfo(&w, r.info, key: "document")
        w.key("rule"); w.optionalString(r.rule)
        writeCounts(&w, r.counts, key: "summary")
        w.beginArray("attributions")
        for a in r.attributions {
            let x = a.attribution
            w.beginObject()
            w.member("id", a.id)
            w.member("key", a.key)
            w.member("sentence", x.sentence)
            w.member("line", a.location.line)
            w.member("column", a.location.column)
            w.key("cue")
            if let cue = x.cue {
                w.beginObject()
                span(&w, cue.span, a.cue ?? "")
                w.member("category", cue.category.rawValue)
                w.member("loaded", cue.loaded)
                w.member("rule", cue.rule)
                w.endObject()
            } else { w.null() }
            w.key("source")
            if let source = x.source {
                w.beginObject()
                span(&w, source.span, a.source ?? "")
                w.member("kind", source.kind.rawValue)
                w.member("effectiveKind", source.effectiveKind.rawValue)
                w.member("key", a.sourceKey)
                w.key("resolved")
                if let resolved = source.resolved {
                    w.beginObject(); span(&w, resolved, a.resolved ?? ""); w.endObject()
                } else { w.null() }
                w.endObject()
            } else { w.null() }
            w.key("content")
            if let content = x.content { w.beginObject(); span(&w, content, a.content ?? ""); w.endObject() } else { w.null() }
            w.member("quote", x.quote.rawValue)
            w.member("anonymous", x.anonymous)
            w.key("anonymityReason")
            if let reason = x.anonymityReason { w.beginObject(); span(&w, reason, a.reason ?? ""); w.endObject() } else { w.null() }
            w.member("confidence", x.confidence)
            w.member("level", x.level.rawValue)
            w.beginArray("rules")
            for rule in x.rules { w.string(rule) }
            w.endArray()
            writeReviews(&w, a.reviews)
            w.endObject()
        }
        w.endArray()
        w.beginArray("sources")
        for s in r.sources {
            w.beginObject()
            w.member("key", s.key)
            w.member("kind", s.kind.rawValue)
            w.member("name", s.name)
            w.member("mentions", s.mentions)
            w.endObject()
        }
        w.endArray()
        w.beginArray("findings")
        for f in r.findings {
            w.beginObject()
            w.member("id", f.id)
            w.member("key", f.key)
            w.member("rule", f.finding.rule)
            w.member("severity", f.finding.severity.rawValue)
            w.member("message", f.finding.message)
            w.member("start", f.finding.span.start)
            w.member("end", f.finding.span.end)
            w.member("line", f.location.line)
            w.member("column", f.location.column)
            w.key("sentence")
            if let s = f.finding.sentence { w.int(s) } else { w.null() }
            w.member("text", f.text)
            w.member("confidence", f.finding.confidence)
            w.member("level", f.finding.level.rawValue)
            writeReviews(&w, f.reviews)
            w.endObject()
        }
        w.endArray()
        w.beginArray("unsupportedClaims")
        for claim in r.unsupportedClaims {
            w.beginObject()
            w.member("kind", claim.kind)
            w.member("line", claim.location.line)
            w.member("column", claim.location.column)
            w.member("sentence", claim.sentence)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self) + "\n"
    }

    public static func archive(_ r: ArchiveReport) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.member("version", 1)
        w.member("report", "archive")
        w.beginObject("filter")
        w.member("since", r.since)
        w.member("rule", r.rule)
        w.endObject()
        w.member("documentCount", r.documents.count)
        writeCounts(&w, r.total, key: "summary")
        w.beginObject("reviews")
        for v in Verdict.allCases { w.key(dynamic: v.rawValue); w.int(r.reviews[v] ?? 0) }
        w.endObject()
        w.beginArray("sources")
        for s in r.sources { writeSource(&w, s) }
        w.endArray()
        w.beginArray("rules")
        for rule in r.rules {
            w.beginObject()
            w.member("rule", rule.rule)
            w.member("severity", rule.severity.rawValue)
            w.member("findings", rule.findings)
            w.member("documents", rule.documents)
            w.endObject()
        }
        w.endArray()
        w.beginArray("documents")
        for d in r.documents {
            w.beginObject()
            writeInfoMembers(&w, d.info)
            writeCounts(&w, d.counts, key: "summary")
            w.endObject()
        }
        w.endArray()
        w.beginArray("trend")
        for p in r.trend {
            w.beginObject()
            w.member("period", p.period)
            w.member("documents", p.documents)
            writeCounts(&w, p.counts, key: "summary")
            w.endObject()
        }
        w.endArray()
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self) + "\n"
    }

    /// `attrib sources --format json`: `{"version":1,"sources":[{key,kind,name,mentions,documents,document}]}`;
    /// `document` is null for a source counted across the archive, else the one document a generic
    /// source counts in (`{id,name,title}`).
    public static func sources(_ sources: [SourceTally]) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.member("version", 1)
        w.beginArray("sources")
        for s in sources { writeSource(&w, s) }
        w.endArray()
        w.endObject()
        return String(decoding: w.bytes, as: UTF8.self) + "\n"
    }

    private static func writeSource(_ w: inout JSONWriter, _ s: SourceTally) {
        w.beginObject()
        w.member("key", s.key)
        w.member("kind", s.kind.rawValue)
        w.member("name", s.name)
        w.member("mentions", s.mentions)
        w.member("documents", s.documents)
        w.key("document")
        if let d = s.document {
            w.beginObject()
            w.key("id")
            if let id = d.id { w.int(Int(id)) } else { w.null() }
            w.member("name", d.name)
            w.member("title", d.title)
            w.endObject()
        } else {
            w.null()
        }
        w.endObject()
    }

    private static func span(_ w: inout JSONWriter, _ s: Span, _ text: String) {
        w.member("start", s.start)
        w.member("end", s.end)
        w.member("text", text)
    }

    private static func writeInfo(_ w: inout JSONWriter, _ info: DocumentInfo, key: StaticString) {
        w.beginObject(key)
        writeInfoMembers(&w, info)
        w.endObject()
    }

    private static func writeInfoMembers(_ w: inout JSONWriter, _ info: DocumentInfo) {
        w.key("id")
        if let id = info.id { w.int(Int(id)) } else { w.null() }
        w.member(info.isExternalID ? "externalId" : "path", info.name)
        w.member("title", info.title)
        w.member("url", info.url)
        w.member("published", info.published)
        w.member("sha256", info.sha256)
        w.member("size", info.size)
        w.member("ingestedAt", info.ingestedAt)
    }

    private static func writeCounts(_ w: inout JSONWriter, _ c: Counts, key: StaticString) {
        w.beginObject(key)
        w.member("sentences", c.sentences)
        w.member("attributions", c.attributions)
        w.member("sourced", c.sourced)
        w.member("named", c.named)
        w.member("anonymous", c.anonymous)
        w.member("vague", c.vague)
        w.member("quotes", c.quotes)
        w.member("findings", c.findings)
        w.member("anonymousShare", c.anonymousShare)
        w.endObject()
    }

    private static func writeReviews(_ w: inout JSONWriter, _ reviews: [Review]) {
        w.beginArray("reviews")
        for r in reviews {
            w.beginObject()
            w.member("verdict", r.verdict.rawValue)
            w.member("note", r.note)
            w.member("by", r.by)
            w.member("at", r.at)
            w.endObject()
        }
        w.endArray()
    }
}
