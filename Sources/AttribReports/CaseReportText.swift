import AttribCore

/// Renders the results of the marked cases (``CaseReport``) for `attrib rules test` and
/// `attrib eval --cases`.
public enum CaseReportText {
    /// One line per failing case, `file:line: marked passage`, then its problems indented.
    public static func failures(_ report: CaseReport) -> String {
        var out = ""
        for f in report.failures {
            out += "\(f.file):\(f.line): \(oneLine(f.marked))\n"
            for p in f.problems { out += "    \(p)\n" }
        }
        return out
    }

    /// Counts per phenomenon, as `attrib rules test` prints them after the rule examples.
    public static func summary(_ report: CaseReport, folder: String) -> String {
        var out = "cases in \(folder): \(report.passed) passed, \(report.failed) failed"
            + " (\(report.phenomena.count) \(report.phenomena.count == 1 ? "phenomenon" : "phenomena"), \(report.runs) runs)\n"
        let width = report.phenomena.map(\.name.count).max() ?? 10
        for p in report.phenomena {
            out += "  " + p.name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + "\(p.passed) passed" + (p.failed > 0 ? ", \(p.failed) FAILED" : "") + "\n"
        }
        return out
    }

    /// The table of `attrib eval --cases`: cases, passed, failed and asserted attributions per
    /// phenomenon, and the totals.
    public static func table(_ report: CaseReport) -> String {
        let width = max(10, report.phenomena.map(\.name.count).max() ?? 0)
        func row(_ name: String, _ values: [Int], mark: String = "") -> String {
            name.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + values.map { pad(String($0), 8) }.joined() + mark + "\n"
        }
        var out = "phenomenon".padding(toLength: width + 2, withPad: " ", startingAt: 0)
            + ["cases", "passed", "failed", "attribs"].map { pad($0, 8) }.joined() + "\n"
        for p in report.phenomena {
            out += row(p.name, [p.cases, p.passed, p.failed, p.attributions], mark: p.failed > 0 ? "  FAIL" : "")
        }
        out += row("all", [report.cases, report.passed, report.failed, report.attributions])
        out += "\(report.runs) runs: each case as written and after a multi-byte prefix\n"
        return out
    }

    private static func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? " " + s : String(repeating: " ", count: n - s.count) + s
    }

    private static func oneLine(_ s: String) -> String {
        String(s.map { $0 == "\n" || $0 == "\r" ? " " : $0 })
    }
}
