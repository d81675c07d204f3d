import ArgumentParser
import AttribReports
import AttribStore
import Foundation

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record an editor's verdict on an attribution or a finding.",
        discussion: """
            IDs come from `attrib report --document …`: A12 is an attribution, F7 a finding. A verdict is \
            kept with the document and the words it is about, so it survives re-analysis; reports show it.

            Examples:
              attrib review A12 --confirm --by "Standards desk"
              attrib review F7 --reject --note "The source is named two paragraphs later."
              attrib review A3 --note "Ask the reporter about the second source."

            Exit codes: 0 success; 2 usage error, an unknown id, or a missing or unwritable database.
            """)

    @OptionGroup var database: DatabaseOptions

    @Argument(help: ArgumentHelp("The attribution (A12) or finding (F7) id.", valueName: "id"))
    var id: String

    @Flag(name: .long, help: "The tag is right.")
    var confirm = false

    @Flag(name: .long, help: "The tag is wrong.")
    var reject = false

    @Option(name: .long, help: ArgumentHelp("A note; alone, it records a note without a verdict.", valueName: "text"))
    var note: String?

    @Option(name: .long, help: ArgumentHelp("Who reviewed it (default: $ATTRIB_REVIEWER, else $USER).", valueName: "name"))
    var by: String?

    func validate() throws {
        if confirm && reject { throw ValidationError("Give --confirm or --reject, not both.") }
        if !confirm && !reject && (note ?? "").isEmpty {
            throw ValidationError("Give --confirm, --reject or --note TEXT.")
        }
    }

    func run() throws {
        let verdict: Verdict = confirm ? .confirmed : reject ? .rejected : .note
        let env = ProcessInfo.processInfo.environment
        let reviewer = by ?? env["ATTRIB_REVIEWER"] ?? env["USER"] ?? "editor"
        // The database must exist: reviews are about recorded analyses.
        try database.openForReading().close()
        let store = try database.openForWriting()
        let target = try store.reviewTarget(id)
        try store.addReview(target, verdict: verdict, note: note, by: reviewer)
        try store.close()
        Console.write("\(id.uppercased()) \(verdict.rawValue) by \(reviewer): \(target.document): \(target.subject)\n")
        Console.flush()
    }
}
