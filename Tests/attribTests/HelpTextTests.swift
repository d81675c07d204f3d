import Foundation
import Testing

/// Help text as a terminal shows it: ArgumentParser re-wraps discussion text to the terminal's
/// width (`COLUMNS`) and a wrapped line loses its indentation, so a list item or a line the help
/// breaks on purpose must fit in 80 columns and never be re-wrapped.
@Suite("Help text")
struct HelpTextTests {
    static let commands: [[String]] = [
        [], ["segment"], ["analyze"], ["check"], ["eval"], ["rules"], ["rules", "list"], ["rules", "explain"],
        ["rules", "test"], ["merge"], ["report"], ["sources"], ["review"],
    ]

    static func help(_ command: [String], columns: Int) throws -> String {
        let r = try CLI.run(command + ["--help"], environment: ["COLUMNS": "\(columns)"])
        #expect(r.status == 0, "attrib \(command.joined(separator: " ")) --help")
        return r.stdout
    }

    @Test(arguments: commands)
    func listsAndHardBreaksKeepTheirShapeAt80Columns(_ command: [String]) throws {
        let wide = try Self.help(command, columns: 1000).split(separator: "\n", omittingEmptySubsequences: false)
        let narrow = Set(try Self.help(command, columns: 80).split(separator: "\n", omittingEmptySubsequences: false))
        for (i, line) in wide.enumerated() {
            if line.hasPrefix("USAGE:") { break }
            if line.isEmpty || line.hasPrefix("OVERVIEW:") { continue }
            // An indented item, or a line followed by another of the same paragraph (a hard break).
            let hardBreak = line.hasPrefix(" ") || (i + 1 < wide.count && !wide[i + 1].isEmpty)
            if hardBreak {
                let kept = narrow.contains(line)
                #expect(kept, "re-wrapped at 80 columns in `attrib \(command.joined(separator: " ")) --help`: \(line)")
            }
        }
    }

    @Test func rootHelpListsEveryExitCode() throws {
        let help = try Self.help([], columns: 80).replacingOccurrences(of: "\n", with: " ")
        for code in ["0 success", "1 findings at the fail level (check)", "(rules test)", "below its floor (eval)",
                     "2 usage, configuration or input error"] {
            let listed = help.contains(code)
            #expect(listed, "the root help does not say \(code)")
        }
    }
}
