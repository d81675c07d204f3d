import AttribCore

/// `attrib check --format json`: everything, in one object with a fixed key order.
///
/// ```
/// {"version":1,"tool":{"name","version"},"failOn":"error","failed":false,
///  "summary":{"files","findings","errors","warnings","info","suppressed","baselined","inputErrors","inputWarnings"},
///  "inputProblems":[{"path","uri","line","column","severity","message"}],
///  "documents":[{"path","uri","suppressed","baselined","findings":[
///     {"rule","severity","message","start","end","line","column","endLine","endColumn",
///      "confidence","level","text","sentence":{"index","start","end","text"}|null,"fingerprint"}]}],
///  "rules":[{"id","name","summary","rationale","severity","file","triggering","nonTriggering"}]}
/// ```
/// Offsets are UTF-8 byte offsets into the file as read; columns count Unicode characters;
/// `endLine` / `endColumn` are the position just after the finding.
public enum CheckJSONReport {
    public static func render(_ report: CheckReport) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.member("version", 1)
        w.beginObject("tool")
        w.member("name", report.tool.name)
        w.member("version", report.tool.version)
        if let uri = report.tool.informationURI { w.member("informationUri", uri) }
        w.endObject()
        w.member("failOn", report.failOn.rawValue)
        w.member("failed", report.failed)
        let s = report.summary
        w.beginObject("summary")
        w.member("files", s.files)
        w.member("findings", s.findings)
        w.member("errors", s.errors)
        w.member("warnings", s.warnings)
        w.member("info", s.info)
        w.member("suppressed", s.suppressed)
        w.member("baselined", s.baselined)
        w.member("inputErrors", s.inputErrors)
        w.member("inputWarnings", s.inputWarnings)
        w.endObject()
        w.beginArray("inputProblems")
        for p in report.problems {
            w.beginObject()
            w.member("path", p.file)
            w.member("uri", p.uri)
            w.member("line", p.line)
            w.member("column", p.column)
            w.member("severity", p.severity.rawValue)
            w.member("message", p.message)
            w.endObject()
        }
        w.endArray()
        w.beginArray("documents")
        for d in report.documents {
            w.beginObject()
            w.member("path", d.path)
            w.member("uri", d.uri)
            w.member("suppressed", d.suppressed)
            w.member("baselined", d.baselined)
            w.beginArray("findings")
            for f in d.findings { writeFinding(&w, f) }
            w.endArray()
            w.endObject()
        }
        w.endArray()
        w.beginArray("rules")
        for r in report.rules { writeRule(&w, r) }
        w.endArray()
        w.endObject()
        return w.bytes + [0x0A]
    }

    static func writeFinding(_ w: inout JSONWriter, _ f: ReportedFinding) {
        w.beginObject()
        w.member("rule", f.rule)
        w.member("severity", f.severity.rawValue)
        w.member("message", f.message)
        w.member("start", f.span.start)
        w.member("end", f.span.end)
        w.member("line", f.start.line)
        w.member("column", f.start.column)
        w.member("endLine", f.end.line)
        w.member("endColumn", f.end.column)
        w.key("confidence")
        w.double(f.confidence, places: 2)
        w.member("level", ConfidenceLevel(f.confidence).rawValue)
        w.member("text", f.text)
        w.key("sentence")
        if let i = f.sentence, let span = f.sentenceSpan {
            w.beginObject()
            w.member("index", i)
            w.member("start", span.start)
            w.member("end", span.end)
            w.member("text", f.sentenceText ?? "")
            w.endObject()
        } else {
            w.null()
        }
        w.member("fingerprint", f.fingerprint)
        w.endObject()
    }

    static func writeRule(_ w: inout JSONWriter, _ r: RuleDescription) {
        w.beginObject()
        w.member("id", r.id)
        w.member("name", r.name)
        w.member("summary", r.summary)
        w.member("rationale", r.rationale)
        w.member("severity", r.severity?.rawValue)
        w.member("file", r.file)
        w.beginArray("triggering")
        for e in r.triggering { w.string(e) }
        w.endArray()
        w.beginArray("nonTriggering")
        for e in r.nonTriggering { w.string(e) }
        w.endArray()
        w.endObject()
    }
}
