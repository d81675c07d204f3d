import AttribCore
import Foundation
import Testing

/// The shipped CI examples in docs/ci: they parse, they use only `attrib check`, and the git
/// pre-commit hook stops a commit exactly when `attrib check` fails.
@Suite struct CIExampleTests {
    static let ci = testsFolder.appendingPathComponent("../../docs/ci").standardizedFileURL

    /// Every shell line of a CI file that runs attrib.
    func attribCommands(_ file: String) throws -> [String] {
        let text = try String(contentsOf: CIExampleTests.ci.appendingPathComponent(file), encoding: .utf8)
        _ = try YAMLReader(file: file).parse(text)  // valid YAML
        return text.components(separatedBy: "\n")
            .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") && $0.contains("$ATTRIB ") }
    }

    @Test(arguments: ["github-actions.yml", "gitlab-ci.yml"])
    func workflowsRunOnlyAttribCheck(_ file: String) throws {
        let commands = try attribCommands(file)
        #expect(commands.count == 2)
        for line in commands {
            let invocations = line.components(separatedBy: "$ATTRIB ").dropFirst()
            #expect(!invocations.isEmpty && invocations.allSatisfy { $0 == "check" || $0.hasPrefix("check ") }, "\(file): \(line)")
        }
    }

    @Test func gitHubWorkflowUploadsSARIFAndAnnotates() throws {
        let commands = try attribCommands("github-actions.yml").joined(separator: "\n")
        #expect(commands.contains("--format sarif --output attrib.sarif"))
        #expect(commands.contains("--format github"))
        let text = try String(contentsOf: CIExampleTests.ci.appendingPathComponent("github-actions.yml"), encoding: .utf8)
        #expect(text.contains("github/codeql-action/upload-sarif@") && text.contains("sarif_file: attrib.sarif"))
        #expect(text.contains("security-events: write"))
    }

    @Test func gitLabJobPublishesJUnit() throws {
        let text = try String(contentsOf: CIExampleTests.ci.appendingPathComponent("gitlab-ci.yml"), encoding: .utf8)
        #expect(try attribCommands("gitlab-ci.yml").contains { $0.contains("--format junit --output attrib-junit.xml") })
        #expect(text.contains("junit: attrib-junit.xml"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git"), "needs git"))
    func preCommitHookStopsACommitOnlyWhenTheCheckFails() throws {
        let binary = try #require(attribBinary)
        let newsroom = try Newsroom()
        func git(_ args: [String]) throws -> (Int32, String) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            p.arguments = ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"] + args
            p.currentDirectoryURL = newsroom.root
            var env = ProcessInfo.processInfo.environment
            env["ATTRIB"] = binary.path
            p.environment = env
            let pipe = Pipe()
            p.standardOutput = pipe
            p.standardError = pipe
            try p.run()
            let out = pipe.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            return (p.terminationStatus, String(decoding: out, as: UTF8.self))
        }
        #expect(try git(["init", "-q"]).0 == 0)
        let hook = newsroom.root.appendingPathComponent(".git/hooks/pre-commit")
        try FileManager.default.createDirectory(at: hook.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CIExampleTests.ci.appendingPathComponent("pre-commit"), to: hook)

        // Warnings only (fail-on: error): the commit goes through.
        try newsroom.write("drafts/vague.md", "Critics said the plan would fail.\n")
        #expect(try git(["add", ".attrib.yml", "drafts/vague.md"]).0 == 0)
        let ok = try git(["commit", "-q", "-m", "drafts"])
        #expect(ok.0 == 0, "\(ok.1)")
        #expect(ok.1.contains("drafts/vague.md:1:1: warning:"))

        // anonymous-source.no-reason is an error in .attrib.yml: the commit is stopped and says where.
        #expect(try git(["add", "drafts/council.html"]).0 == 0)
        let stopped = try git(["commit", "-q", "-m", "council"])
        #expect(stopped.0 != 0)
        #expect(stopped.1.contains("drafts/council.html:7:53: error: "))
        #expect(stopped.1.contains("attrib: commit stopped"))

        // Only an excluded draft is staged: nothing to check, and the hook lets the commit through.
        try newsroom.write("drafts/archive/older.md", "Officials said the plan would fail.\n")
        #expect(try git(["reset", "-q"]).0 == 0)
        #expect(try git(["add", "drafts/archive/older.md"]).0 == 0)
        let excluded = try git(["commit", "-q", "-m", "archive"])
        #expect(excluded.0 == 0, "\(excluded.1)")
        #expect(excluded.1.contains("excluded by .attrib.yml; not checked"))

        // Nothing attrib reads is staged: the hook checks nothing and lets the commit through.
        try newsroom.write("data.csv", "a,b\n")
        #expect(try git(["reset", "-q"]).0 == 0)
        #expect(try git(["add", "data.csv"]).0 == 0)
        let other = try git(["commit", "-q", "-m", "data"])
        #expect(other.0 == 0, "\(other.1)")
        #expect(!other.1.contains("findings"))
    }
}
