import AttribCore

/// `attrib check --format junit`: JUnit XML for CI test reports (GitLab `artifacts:reports:junit`,
/// Jenkins, Azure). One `testsuite` per checked file and one `testcase` per reported finding, each a
/// `failure` whose `type` is the severity; a file without findings is an empty suite. Whether
/// the job fails is the exit code's business (`--fail-on`), as with other linters' JUnit output.
/// Inputs that could not be read are a first suite, "attrib inputs", with one `error` test case
/// each (so CI shows the run as broken, not green); input warnings are test cases with the
/// warning in `system-err`.
public enum JUnitReport {
    public static func render(_ report: CheckReport) -> String {
        let s = report.summary
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"attrib check\" tests=\"\(s.findings + report.problems.count)\" failures=\"\(s.findings)\" errors=\"\(s.inputErrors)\">\n"
        if !report.problems.isEmpty {
            out += "  <testsuite name=\"attrib inputs\" tests=\"\(report.problems.count)\" failures=\"0\" errors=\"\(s.inputErrors)\" skipped=\"0\">\n"
            for p in report.problems {
                let file = p.file ?? "."
                var name = p.severity == .error ? "input not read" : "input warning"
                if p.line > 0 { name += " at \(p.line)" + (p.column > 0 ? ":\(p.column)" : "") }
                out += "    <testcase classname=\"\(attribute(file))\" name=\"\(attribute(name))\""
                if p.file != nil { out += " file=\"\(attribute(file))\"" }
                if p.line > 0 { out += " line=\"\(p.line)\"" }
                out += ">\n"
                if p.severity == .error {
                    out += "      <error type=\"input\" message=\"\(attribute(p.message))\">" + text(p.description + "\n") + "</error>\n"
                } else {
                    out += "      <system-err>" + text(p.description + "\n") + "</system-err>\n"
                }
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        for d in report.documents {
            let n = d.findings.count
            out += "  <testsuite name=\"\(attribute(d.path))\" tests=\"\(n)\" failures=\"\(n)\" errors=\"0\" skipped=\"0\">\n"
            for f in d.findings {
                let name = "\(f.rule) at \(f.start.line):\(f.start.column)"
                out += "    <testcase classname=\"\(attribute(d.path))\" name=\"\(attribute(name))\" "
                    + "file=\"\(attribute(d.path))\" line=\"\(f.start.line)\">\n"
                var body = CheckTextReport.line(path: d.path, f)
                if let sentence = f.sentenceText { body += SegmentReport.oneLine(sentence) + "\n" }
                out += "      <failure type=\"\(f.severity.rawValue)\" message=\"\(attribute(f.message))\">"
                    + text(body) + "</failure>\n"
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    /// Escapes character data; characters XML 1.0 cannot carry are dropped.
    public static func text(_ s: String) -> String { escape(s, attribute: false) }

    /// Escapes an attribute value (quotes, and line breaks and tabs as character references so
    /// parsers keep them).
    public static func attribute(_ s: String) -> String { escape(s, attribute: true) }

    private static func escape(_ s: String, attribute: Bool) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "'" where attribute: out += "&apos;"
            case "\n" where attribute: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where attribute: out += "&#9;"
            case "\n", "\t": out.unicodeScalars.append(ch)
            default:
                let v = ch.value
                // XML 1.0 Char: no other C0 controls, no U+FFFE / U+FFFF.
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}
