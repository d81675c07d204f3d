import AttribCore

/// `attrib check --format rdjsonl`: reviewdog diagnostics, one JSON object a line
/// (`reviewdog -f=rdjsonl`). Columns count UTF-8 bytes and the range end is exclusive, as the
/// Reviewdog Diagnostic Format specifies; paths are as shown to people (relative to the current folder).
public enum RDJSONLReport {
    public static func render(_ report: CheckReport) -> [UInt8] {
        var out: [UInt8] = []
        var w = JSONWriter()
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
