import AttribCore

/// `attrib check --format rdjsonl`: reviewdog diagnostics, one JSON object a line
/// (`reviewdog -f=rdjsonl`). Columns count UTF-8 bytes and the range end is exclusive, as the
/// Reviewdog Diagnostic Format specifies; paths are as shown to people (relative to the current folder).
/// Inputs that could not be read come first, with severity ERROR and code `input.error` (input
/// warnings WARNING, `input.warning`); one with no file points at `.`.
public enum RDJSONLReport {
    public static func render(_ report: CheckReport) -> [UInt8] {
        var out: [UInt8] = []
        var w = JSONWriter()
        for p in report.problems {
            w.reset()
            w.beginObject()
            w.member("message", p.description)
            w.beginObject("location")
            w.member("path", p.file ?? ".")
            if p.line > 0 {
                w.beginObject("range")
                w.beginObject("start")
                w.member("line", p.line)
                if p.column > 0 { w.member("column", p.column) }
                w.endObject()
                w.endObject()
            }
            w.endObject()
            w.member("severity", p.severity == .error ? "ERROR" : "WARNING")
            w.beginObject("source")
            w.member("name", report.tool.name)
            w.endObject()
            w.beginObject("code")
            w.member("value", p.severity == .error ? "input.error" : "input.warning")
            w.endObject()
            w.endObject()
            out += w.bytes
            out.append(0x0A)
        }
        for d in report.documents {
            for f in d.findings {
                w.reset()
                write(&w, path: d.path, f, tool: report.tool)
                out += w.bytes
                out.append(0x0A)
            }
        }
        return out
    }

    static func write(_ w: inout JSONWriter, path: String, _ f: ReportedFinding, tool: CheckReport.Tool) {
        w.beginObject()
        w.member("message", f.message)
        w.beginObject("location")
        w.member("path", path)
        w.beginObject("range")
        w.beginObject("start")
        w.member("line", f.start.line)
        w.member("column", f.start.byteColumn)
        w.endObject()
        w.beginObject("end")
        w.member("line", f.end.line)
        w.member("column", f.end.byteColumn)
        w.endObject()
        w.endObject()
        w.endObject()
        w.member("severity", f.severity.rawValue.uppercased())
        w.beginObject("source")
        w.member("name", tool.name)
        if let url = tool.informationURI { w.member("url", url) }
        w.endObject()
        w.beginObject("code")
        w.member("value", f.rule)
        w.endObject()
        w.endObject()
    }
}
