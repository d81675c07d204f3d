import ArgumentParser
import AttribCore
import AttribReports
import AttribStore

extension SourceKind: ExpressibleByArgument {}

struct SourcesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "List the normalized sources across the recorded archive, most cited first.",
        discussion: """
            A source's key is its text lowercased with surrounding punctuation and a leading article \
            removed ("Senior Pentagon officials," → "senior pentagon officials"); a resolved pronoun \
            counts as the source it refers to, and a surname alone ("Achterberg", "Dr. Achterberg") as \
            the earlier full name in the same document. Each source is shown as most completely \
            written. Anonymous and vague sources, and common nouns such as "the company", count per \
            document: they are different sources in every story.

            Exit codes: 0 success; 2 usage error or a missing, unreadable or newer-version database.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv }

    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Only sources of this kind: named, anonymous, vague, document or pronoun.")
    var kind: SourceKind?

    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: Format = .text

    func run() throws {
        let store = try database.openForReading()
        let sources = try store.sources(kind: kind)
        try store.close()
        switch format {
        case .text: Console.write(TextReport.sources(sources))
        case .json: Console.write(ReportJSON.sources(sources))
        case .csv: Console.write(ReportCSV.sources(sources))
        }
        Console.flush()
    }
}
