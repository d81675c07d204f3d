import ArgumentParser
import AttribCore
import AttribStore
import Foundation

/// The `attrib` command. A thin shell: it reads files, calls AttribCore, renders with
/// AttribReports and maps errors to exit codes (0 ok, 1 findings for `check`, 2 usage/input).
@main
struct Attrib: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "attrib",
        abstract: "Check claims and source attribution in news articles and drafts.",
        discussion: """
            attrib splits articles (plain text, Markdown, HTML, JSON Lines) into sentences and tags \
            every attributed statement: who said it, how, and how anonymous the source is.

            Exit codes: 0 success; 1 findings at the fail level (check), a failing rule example \
            (rules test) or a figure below its floor (eval); 2 usage, configuration or input error.
            """,
        version: version,
        subcommands: [SegmentCommand.self, AnalyzeCommand.self, CheckCommand.self, EvalCommand.self, RulesCommand.self, MergeCommand.self, ReportCommand.self, SourcesCommand.self, ReviewCommand.self]
    )

    /// Like `ParsableCommand.main()`, but usage errors exit with 2 (not 64) and AttribCore errors
    /// print their message alone.
    static func main() {
        do {
            var command = try parseAsRoot(DatabaseOptions.normalize(Array(CommandLine.arguments.dropFirst())))
            try command.run()
        } catch let error as AttribError {
            Console.error("attrib: \(error)")
            Foundation.exit(ExitStatus.inputError)
        } catch let error as StoreError {
            Console.error("attrib: \(error)")
            Foundation.exit(ExitStatus.inputError)
        } catch let error as CLIError {
            Console.error("attrib: \(error)")
            Foundation.exit(ExitStatus.inputError)
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { print(message) }
                Foundation.exit(0)
            }
            if !message.isEmpty { Console.error(message) }
            if error is ExitCode { Foundation.exit(code.rawValue) }
            Foundation.exit(code == .validationFailure ? ExitStatus.inputError : code.rawValue)
        }
    }
}

/// Exit codes are API: scripts and CI depend on them.
enum ExitStatus {
    static let ok: Int32 = 0
    static let findings: Int32 = 1
    static let inputError: Int32 = 2
}
