import Foundation
import Testing

/// The README's example and commands stay true: the example output is what attrib prints for
/// the example input, and CI runs the test command the README gives.
@Suite("README")
struct ReadmeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func readme() throws -> String {
        try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    /// The text between `after` and the next line that starts with `until`.
    static func between(_ text: String, _ after: String, _ until: String) throws -> String {
        let start = try #require(text.range(of: after)).upperBound
        let rest = text[start...]
        let end = try #require(rest.range(of: "\n" + until))
        return String(rest[..<end.lowerBound]) + "\n"
    }

    @Test func exampleOutputIsWhatAttribPrints() throws {
        let readme = try Self.readme()
        let input = try Self.between(readme, "$ cat story.txt\n", "$ attrib analyze story.txt")
        let expected = try Self.between(readme, "$ attrib analyze story.txt\n", "```")
        let f = try Fixture()
        try f.write("story.txt", input)
        let r = try CLI.run(["analyze", "story.txt"], in: f.root)
        #expect(r.status == 0)
        #expect(r.stdout == expected)
    }

    @Test func quickStartCommandsAreTheOnesCIRuns() throws {
        let readme = try Self.readme()
        #expect(readme.contains("```sh\nswift run attrib analyze corpus --db && swift run attrib report\n```"))
        #expect(readme.contains("```sh\nswift test --disable-xctest\n```"))
        let ci = try String(contentsOf: Self.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        #expect(ci.split(separator: "\n").contains("swift test --disable-xctest"))
        // The two commands come before anything else the README asks a newcomer to run.
        let firstCommand = try #require(readme.range(of: "```sh\n"))
        #expect(readme[firstCommand.upperBound...].hasPrefix("swift run attrib analyze corpus --db"))
    }
}
