import ArgumentParser
import AttribCore
import AttribReports
import AttribStore
import Foundation

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report on recorded analyses: one article, or the whole archive.",
        discussion: """
            Without --document: the archive report (most cited sources, anonymous share per document \
            and overall, documents ranked by anonymous share and by findings, findings per rule, and the \
            trend by published or ingest date). With --document: every attribution, the sources, the \
            anonymous share, findings grouped by rule, and unattributed or hedged claims.

            Formats: text (terminal), markdown (a pull-request comment), json and csv (every field), \
            html (one self-contained page with the article highlighted; write it with --output).

            Record analyses first: attrib analyze PATH... --db

            Exit codes: 0 success; 2 usage error, or a missing, unreadable or newer-version database.
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Output format: text, markdown, json, csv or html.")
    var format: ReportFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: ArgumentHelp("Report on one document: its id, path or external id.", valueName: "id|path"))
    var document: String?

    @Option(name: .long, help: ArgumentHelp("Only documents published (else ingested) on or after this day.", valueName: "YYYY-MM-DD"))
    var since: String?

    @Option(name: .long, help: ArgumentHelp("Only findings of this rule.", valueName: "id"))
    var rule: String?

    func validate() throws {
        if let since, !ReportCommand.isDay(since) {
            throw ValidationError("--since \(since): expected a date as YYYY-MM-DD")
        }
    }

    static func isDay(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == 0x2D, u[7] == 0x2D else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { (0x30...0x39).contains(u[$0]) }
    }

    func run() throws {
        let store = try database.openForReading()
        let text: String
        if let document {
            let report = try store.document(id: try store.documentID(matching: document)).report(rule: rule)
            switch format {
            case .text: text = TextReport.article(report)
            case .markdown: text = MarkdownReport.article(report)
            case .json: text = ReportJSON.article(report)
            case .csv: text = ReportCSV.article(report)
            case .html: text = ReportHTML.article(report)
            }
        } else {
            let report = try store.archive(DocumentFilter(since: since, rule: rule))
            switch format {
            case .text: text = TextReport.archive(report)
            case .markdown: text = MarkdownReport.archive(report)
            case .json: text = ReportJSON.archive(report)
            case .csv: text = ReportCSV.archive(report)
            case .html: text = ReportHTML.archive(report)
            }
        }
        try store.close()
        try ReportCommand.emit(text, to: output)
    }

    /// Writes to a file (atomically, creating its folder) or standard output.
    static func emit(_ text: String, to output: String?) throws {
        guard let output, output != "-" else {
            Console.write(text)
            Console.flush()
            return
        }
        do {
            let url = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw CLIError.writeFailed(path: output, reason: error.localizedDescription)
        }
        Console.error("attrib: wrote \(output)")
    }
}
