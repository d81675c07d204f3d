import ArgumentParser
import AttribStore
import Foundation

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine attrib databases into one archive database.",
        discussion: """
            For runs split across machines (one SQLite file per Spark executor, see docs/scale-out.md). \
            Documents are de-duplicated by sha256; a document with the same path or id but other \
            content keeps the newer analysis; editors' reviews are carried over once. The output is \
            created if missing. Each input is merged in one transaction.

            Exit codes: 0 success; 2 usage error or a database that cannot be read or written.
            """)

    @Argument(help: ArgumentHelp("The database to merge into (created if missing).", valueName: "output"))
    var output: String

    @Argument(help: ArgumentHelp("Databases to merge from; they are only read.", valueName: "input"))
    var inputs: [String]

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Name at least one input database.") }
        let out = URL(fileURLWithPath: output).standardizedFileURL.path
        if inputs.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.path == out }) {
            throw ValidationError("The output \(output) is also an input.")
        }
    }

    func run() throws {
        let store = try Store(path: output)
        var total = MergeSummary()
        var merged = 0
        var failed = 0
        for input in inputs {
            do {
                let s = try store.merge(from: input)
                merged += 1
                Console.error("attrib: \(input): \(s.added) added, \(s.replaced) replaced, \(s.duplicates) duplicates, \(s.older) older skipped, \(s.reviews) reviews")
                total.added += s.added
                total.replaced += s.replaced
                total.duplicates += s.duplicates
                total.older += s.older
                total.reviews += s.reviews
            } catch let error as StoreError {
                Console.error("attrib: \(error)")
                failed += 1
            }
        }
        let count = try store.documentCount()
        try store.close()
        // Only what was merged counts; an input that failed is named above and fails the run.
        var summary = "attrib: merged \(merged) \(merged == 1 ? "database" : "databases") into \(output); it holds \(count) documents"
        if failed > 0 { summary += "; \(failed) \(failed == 1 ? "input" : "inputs") not merged" }
        Console.error(summary)
        if failed > 0 { throw ExitCode(ExitStatus.inputError) }
    }
}
