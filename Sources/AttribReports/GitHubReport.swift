import AttribCore

/// `attrib check --format github`: GitHub Actions workflow commands, which the runner turns into
/// annotations on the pull request's lines:
/// `::warning file=drafts/a.md,line=3,endLine=3,col=5,endColumn=18,title=…::message`.
///
/// `error` and `warning` findings become `::error` / `::warning`, `info` becomes `::notice`.
/// Paths are relative to the repository root. Columns count Unicode characters and `endColumn`
/// is the last character's column; GitHub accepts columns only when a finding starts and ends on
/// one line, so they are left out otherwise. Messages escape `%`, CR and LF; property values also
/// escape `:` and `,` (the escaping of `@actions/core`). Inputs that could not be read are
/// `::error` annotations too (warnings about inputs `::warning`). A plain summary line ends the output.
public enum GitHubReport {
    public static func render(_ report: CheckReport) -> String {
        var out = ""
        for p in report.problems { out += command(p) }
        for d in report.documents {
            for f in d.findings { out += command(path: d.uri, f, rule: report.rule(f.rule)) }
        }
        out += CheckTextReport.summaryLine(report.summary) + "\n"
        return out
    }

    public static func command(path: String, _ f: ReportedFinding, rule: RuleDescription?) -> String {
        let name: String
        switch f.severity {
        case .error: name = "error"
        case .warning: name = "warning"
        case .info: name = "notice"
        }
        var props = ["file=" + escapeProperty(path), "line=\(f.start.line)", "endLine=\(f.end.line)"]
        if f.start.line == f.end.line {
            props.append("col=\(f.start.column)")
            props.append("endColumn=\(max(f.start.column, f.end.column - 1))")
        }
        let title = rule.map { "\($0.name) (\(f.rule))" } ?? f.rule
        props.append("title=" + escapeProperty(title))
        return "::\(name) \(props.joined(separator: ","))::\(escapeData(f.message))\n"
    }

    /// An input problem: on its file (and line) when it has one.
    public static func command(_ p: InputProblem) -> String {
        var props: [String] = []
        if let path = p.uri ?? p.file {
            props.append("file=" + escapeProperty(path))
            if p.line > 0 { props.append("line=\(p.line)") }
            if p.line > 0 && p.column > 0 { props.append("col=\(p.column)") }
        }
        props.append("title=" + escapeProperty(p.severity == .error ? "attrib input error" : "attrib input warning"))
        return "::\(p.severity == .error ? "error" : "warning") \(props.joined(separator: ","))::\(escapeData(p.description))\n"
    }

    /// `%` → `%25`, CR → `%0D`, LF → `%0A`.
    public static func escapeData(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    /// ``escapeData(_:)`` plus `:` → `%3A` and `,` → `%2C`.
    public static func escapeProperty(_ s: String) -> String {
        var out = ""
        for ch in escapeData(s).unicodeScalars {
            switch ch {
            case ":": out += "%3A"
            case ",": out += "%2C"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
