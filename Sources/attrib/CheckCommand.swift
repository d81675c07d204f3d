import ArgumentParser
import AttribCore
import AttribReports
import Foundation

extension Severity: ExpressibleByArgument {}

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check drafts against the newsroom's attribution rules and policy, for CI and editors.",
        discussion: """
            Runs the same analysis as `attrib analyze`, then applies .attrib.yml (found from the current \
            folder upwards unless --config names one), inline suppressions and the baseline, and reports.

            Formats:
              text     path:line:column: severity: message [rule-id], then a summary line
              json     everything, with rule metadata
              sarif    SARIF 2.1.0 for GitHub code scanning (columns in UTF-16 code units)
              github   GitHub Actions workflow commands (annotations on the pull request)
              rdjsonl  reviewdog diagnostics, one JSON object a line (UTF-8 byte columns)
              junit    JUnit XML: one testsuite per file, one testcase per finding

            Inline suppressions in Markdown and HTML:
              <!-- attrib-disable-next-line RULE[, RULE] -->
              <!-- attrib-disable RULE --> … <!-- attrib-enable RULE -->
              <!-- attrib-disable-file [RULE, …] -->
            With no rule they apply to every rule. A suppression that suppresses nothing is reported as \
            suppression.unused (info).

            Exit codes: 0 no finding at or above the fail level (default error); 1 findings at or above \
            it; 2 usage, configuration or input error.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif, github, rdjsonl, junit }

    @Argument(help: ArgumentHelp(
        "Files or folders to check (default: the current folder), or - for standard input.",
        discussion: "Folders are searched recursively for .txt, .md, .markdown, .html, .htm and .jsonl files; the configuration's include and exclude globs apply to every file.",
        valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Input format: auto (from the file extension), text, markdown, html or jsonl.", valueName: "format"))
    var input: InputFormat = .auto

    @Option(name: .long, help: ArgumentHelp("The configuration file (default: .attrib.yml in this folder or above).",
                                            valueName: "file"))
    var config: String?

    @Option(name: .long, help: "Output format: text, json, sarif, github, rdjsonl or junit.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp(
        "The lowest severity that fails the check: info, warning or error (default: the configuration's fail-on, else error).",
        valueName: "severity"))
    var failOn: Severity?

    @Option(name: .long, help: ArgumentHelp("Do not report findings recorded in this baseline file.", valueName: "file"))
    var baseline: String?

    @Option(name: .long, help: ArgumentHelp(
        "Record every current finding in this baseline file (sorted JSON), then report as if using it.",
        valueName: "file"))
    var writeBaseline: String?

    @Option(name: .long, help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var rules: RulesOptions

    @OptionGroup var jobs: JobsOptions

    func run() throws {
        let where_ = try CheckPaths(config: config)
        let configuration = try where_.loadConfiguration()
        let ruleSet = try rules.ruleSet(extraFolders: try where_.ruleFolders(configuration))
        let reportRules = CheckReport.findingRules(ruleSet.descriptions)
        let known = Set(reportRules.map(\.id))
        try configuration.validateRuleIDs(known: known)
        let recorded = try baseline.map { path in
            guard FileManager.default.fileExists(atPath: path) else { throw CLIError.noSuchPath(path) }
            return try Baseline.parse(String(decoding: try DocumentSource.readFile(path), as: UTF8.self), file: path)
        }
        let failLevel = failOn ?? configuration.failOn ?? .error

        // Expand folders once, apply include/exclude, then read only what is left.
        var expansion = DocumentSource(paths: paths.isEmpty ? ["."] : paths, format: input)
        var selected: [String] = []
        for item in expansion.items() {
            switch item {
            case .stdin:
                selected.append("-")
            case let .file(path, _):
                if where_.isIncluded(path, by: configuration) {
                    selected.append(path)
                } else if paths.contains(path) {
                    Console.error("attrib: \(path): excluded by \(where_.configFile ?? CheckConfiguration.fileName); not checked")
                }
            }
        }

        let analyzer = Analyzer(rules: ruleSet)
        let checker = Checker(configuration: configuration, knownRules: known)
        var source = DocumentSource(paths: selected, format: input)
        var documents: [CheckedDocument] = []
        var current: [BaselineKey] = []
        try source.forEach(jobs, transform: { try analyzer.analyze(document: $0) }) { document, analysis in
            let uri = where_.rootRelative(document)
            let check = checker.check(analysis, path: uri, baseline: writeBaseline == nil ? recorded : nil)
            if writeBaseline != nil {
                current += check.current.map(\.key)
                documents.append(CheckedDocument(path: where_.display(document), uri: uri, findings: [],
                                                 suppressed: check.suppressed, baselined: check.current.count))
            } else {
                documents.append(CheckedDocument(path: where_.display(document), uri: uri, check: check, analysis: analysis))
            }
        }

        if let writeBaseline {
            try write(Array(BaselineWriter.render(current).utf8), to: writeBaseline)
            Console.error("attrib: recorded \(current.count) \(current.count == 1 ? "finding" : "findings") in \(writeBaseline)")
        }

        let report = CheckReport(tool: .init(version: Attrib.version), rules: reportRules, documents: documents,
                                 failOn: failLevel)
        let bytes: [UInt8]
        switch format {
        case .text: bytes = Array(CheckTextReport.render(report).utf8)
        case .json: bytes = CheckJSONReport.render(report)
        case .sarif: bytes = SARIFReport.render(report)
        case .github: bytes = Array(GitHubReport.render(report).utf8)
        case .rdjsonl: bytes = RDJSONLReport.render(report)
        case .junit: bytes = Array(JUnitReport.render(report).utf8)
        }
        if let output {
            try write(bytes, to: output)
        } else {
            Console.write(bytes: bytes)
            Console.flush()
        }

        if expansion.errorCount + source.errorCount > 0 { throw ExitCode(ExitStatus.inputError) }
        if report.failed { throw ExitCode(ExitStatus.findings) }
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw CLIError.writeFailed(path: path, reason: FileManager.default.fileExists(atPath: path)
                                       ? "permission denied" : "no such folder or permission denied")
        }
    }
}
