import AttribCore

/// `attrib check --format text`: `path:line:column: severity: message [rule-id]`, one finding a
/// line (columns count Unicode characters), then a summary line (which counts input problems;
/// the problems themselves are on standard error).
public enum CheckTextReport {
    public static func render(_ report: CheckReport) -> String {
        var out = ""
        for d in report.documents {
            for f in d.findings { out += line(path: d.path, f) }
        }
        out += summaryLine(report.summary) + "\n"
        return out
    }

    public static func line(path: String, _ f: ReportedFinding) -> String {
        "\(path):\(f.start.line):\(f.start.column): \(f.severity.rawValue): \(SegmentReport.oneLine(f.message)) [\(f.rule)]\n"
    }

    /// "3 findings (1 error, 2 warnings, 0 info) in 2 files; 1 suppressed, 0 baselined." or
    /// "No findings in 2 files." (suppressed and baselined counts only when there are any).
    public static func summaryLine(_ s: CheckReport.Summary) -> String {
        let files = s.files == 1 ? "1 file" : "\(s.files) files"
        var line: String
        if s.findings == 0 {
            line = "No findings in \(files)"
        } else {
            let counts = [Severity.error.counted(s.errors), Severity.warning.counted(s.warnings), Severity.info.counted(s.info)]
            line = "\(s.findings == 1 ? "1 finding" : "\(s.findings) findings") (\(counts.joined(separator: ", "))) in \(files)"
        }
        if s.suppressed > 0 || s.baselined > 0 { line += "; \(s.suppressed) suppressed, \(s.baselined) baselined" }
        // Input problems are on standard error; the summary says there were some.
        if s.inputErrors > 0 { line += "; \(s.inputErrors) input \(s.inputErrors == 1 ? "error" : "errors")" }
        if s.inputWarnings > 0 { line += "; \(s.inputWarnings) input \(s.inputWarnings == 1 ? "warning" : "warnings")" }
        return line + "."
    }
}
