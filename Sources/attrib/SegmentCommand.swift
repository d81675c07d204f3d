import ArgumentParser
import AttribCore
import AttribReports

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split articles into sentences.",
        discussion: """
            Output formats (--format):
              text   one sentence per line: path:line:column: sentence
              json   one object: {"version":1,"documents":[…]}; each document is
                     {"path":…,"sentences":[…]} and each sentence is
                     {"start":…,"end":…,"line":…,"column":…,"text":…}
              jsonl  one document object per line, written as each one finishes

            Offsets are UTF-8 byte offsets into the file as read (into "text" for JSON \
            Lines input, whose documents carry "id" instead of "path"); lines and \
            columns are 1-based and columns count Unicode characters.

            Exit codes: 0 success; 2 usage or input error. A bad input is reported on \
            standard error with its file and position; the other inputs are still \
            processed.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, jsonl }

    @OptionGroup var inputs: InputOptions

    @Option(name: .long, help: "Output format: text, json or jsonl.")
    var format: Format = .text

    @OptionGroup var rules: RulesOptions

    @OptionGroup var jobs: JobsOptions

    func run() throws {
        let segmenter = Segmenter(abbreviations: try rules.abbreviations())
        var source = DocumentSource(inputs)
        if format == .json {
            Console.write("{\"version\":1,\"documents\":[")
        }
        var first = true
        let format = self.format
        // Rendering runs in the workers, so with `--jobs` only reading and writing stay serial. A
        // large document is written out as it is rendered, on this thread, instead of held whole.
        try source.forEach(jobs, transform: { document -> Rendered<[Sentence]> in
            let prose = try DocumentReader.prose(for: document)
            let sentences = segmenter.sentences(in: prose)
            if Rendered<[Sentence]>.streams(document) { return .deferred(sentences) }
            let lines = LineIndex(document.bytes)
            let rows = sentences.map { SentenceRow($0, in: document, lines: lines) }
            switch format {
            case .text:
                return .bytes(Array(SegmentReport.text(name: document.name, rows: rows).utf8))
            case .json, .jsonl:
                var writer = JSONWriter()
                SegmentReport.writeDocument(&writer, name: document.name, isExternalID: document.isExternalID, rows: rows)
                return .bytes(writer.bytes)
            }
        }) { document, rendered in
            if format == .json && !first { Console.write(",") }
            switch rendered {
            case let .bytes(bytes): Console.write(bytes: bytes)
            case let .deferred(sentences):
                SegmentReport.stream(document, sentences: sentences, lines: LineIndex(document.bytes), json: format != .text) {
                    Console.write(bytes: $0)
                }
            }
            if format == .jsonl { Console.write("\n"); Console.flush() }
            first = false
        }
        if format == .json { Console.write("]}\n") }
        Console.flush()
        if source.errorCount > 0 { throw ExitCode(ExitStatus.inputError) }
    }
}
