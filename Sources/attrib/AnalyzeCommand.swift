import ArgumentParser
import AttribCore
import AttribReports
import AttribStore
import Foundation

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Tag attributions, sources, quotes and hedges, and report editorial findings.",
        discussion: """
            Formats:
              text   each attributed or flagged sentence, source [..] and cue {..} marked;
                     then a summary
              json   {"version":1,"documents":[…]} — the schema is in docs/analysis-json.md
              jsonl  one document object per line, written as each document finishes
              brat   brat standoff annotations (.ann) for brat and INCEpTION: with
                     --output-dir DIR, NAME.txt (the document as read) and NAME.ann for
                     each input plus DIR/annotation.conf; without it, one stream on
                     standard output with a "# NAME" line before each document's
                     annotations. Offsets there are Unicode code points, as brat
                     expects; see docs/brat.md.

            Offsets are UTF-8 byte offsets into the document as read (into "text" for JSON Lines \
            input). Findings do not make analyze fail; use `attrib check` as a gate.

            Exit codes: 0 success; 2 usage, input or rule error (other inputs are still processed).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl, brat }

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: "Output format: text, json, jsonl or brat.")
    var format: Format = .text

    @Option(name: .long, help: ArgumentHelp("With --format brat: write NAME.txt and NAME.ann per document, and annotation.conf, into this folder (created if needed).", valueName: "dir"))
    var outputDir: String?

    @OptionGroup var rules: RulesOptions

    @Flag(name: .long, help: "Never color the text output (also when NO_COLOR is set).")
    var noColor = false

    /// `--db [PATH]`: record every analysis (see DatabaseOptions); the text output then becomes a summary.
    @OptionGroup var database: DatabaseOptions

    @OptionGroup var jobs: JobsOptions

    func validate() throws {
        if outputDir != nil && format != .brat { throw ValidationError("--output-dir needs --format brat") }
    }

    func run() throws {
        let brat = try outputDir.map { try BratOutputFolder($0) }
        let analyzer = Analyzer(rules: try rules.ruleSet())
        let recorder = try database.recorder(rules: analyzer.rules)
        var source = DocumentSource(inputs)
        let color = !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && Console.stdoutIsTerminal
        if format == .json { Console.write("{\"version\":1,\"documents\":[") }
        var first = true
        let format = self.format
        let prepare = recorder != nil
        // The analysis threads also render the output and, with --db, prepare each document for
        // the database (hashes and keys): with `--jobs`, only reading and writing stay serial.
        let render: @Sendable (DocumentAnalysis) -> [UInt8] = { analysis in
            switch format {
            case .text: return prepare ? [] : Array(AnalysisText.render(analysis, style: .init(color: color)).utf8)
            case .json, .jsonl:
                var writer = JSONWriter(capacity: AnalysisJSON.expectedSize(analysis))
                AnalysisJSON.write(&writer, analysis)
                return writer.bytes
            case .brat:
                return Array(BratWriter.ann(analysis).utf8)
            }
        }
        try source.forEach(jobs, transform: { document -> (PreparedDocument?, [UInt8]) in
            let analysis = try analyzer.analyze(document: document)
            return (prepare ? PreparedDocument(analysis) : nil, render(analysis))
        }) { document, result in
            let (prepared, bytes) = result
            if let recorder, let prepared { try recorder.record(prepared) }
            if format == .brat {
                if let brat {
                    try brat.write(document, ann: bytes)
                } else {
                    Console.write("# \(BratOutputFolder.name(of: document))\n")
                    Console.write(bytes: bytes)
                }
                return
            }
            if format == .json && !first { Console.write(",") }
            Console.write(bytes: bytes)
            if format == .jsonl { Console.write("\n"); Console.flush() }
            first = false
        }
        if format == .json { Console.write("]}\n") }
        Console.flush()
        try recorder?.finish()
        if source.errorCount > 0 { throw ExitCode(ExitStatus.inputError) }
    }
}
