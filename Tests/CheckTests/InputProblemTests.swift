import AttribCore
import Foundation
import TestSupport
import Testing

/// `attrib check` is a gate: it must never pass a draft it did not read. Inputs that cannot be
/// read are input errors (exit 2, the other files still checked) in every output format, and a
/// check with no file to read is one too unless an empty set is allowed.
@Suite struct InputProblemTests {
    /// The parts of `check --format sarif` these tests read.
    struct SARIF: Decodable {
        struct Run: Decodable {
            struct Invocation: Decodable {
                struct Notification: Decodable {
                    struct Location: Decodable {
                        struct Physical: Decodable {
                            struct Artifact: Decodable { var uri: String }
                            struct Region: Decodable { var startLine: Int }
                            var artifactLocation: Artifact
                            var region: Region?
                        }
                        var physicalLocation: Physical
                    }
                    struct Message: Decodable { var text: String }
                    var level: String
                    var message: Message
                    var locations: [Location]?
                }
                var executionSuccessful: Bool
                var toolExecutionNotifications: [Notification]?
            }
            var invocations: [Invocation]
        }
        var runs: [Run]
    }

    /// Every format names the problem, and the other file is still checked.
    func expectEveryFormatReports(_ newsroom: Newsroom, _ arguments: [String], path: String, line: Int?, message: String,
                                  unprivileged: Bool = false, sourceLocation: SourceLocation = #_sourceLocation) throws {
        func run(_ format: String) throws -> Newsroom.Result {
            let r = try newsroom.run(["check", "--format", format] + arguments, unprivileged: unprivileged)
            #expect(r.status == 2, "\(format): \(r.stderr)", sourceLocation: sourceLocation)
            #expect(r.stderr.contains(message), "\(format): \(r.stderr)", sourceLocation: sourceLocation)
            return r
        }
        let text = try run("text")
        #expect(text.stdout.hasSuffix(" in 1 file; 1 input error.\n"), "\(text.stdout)", sourceLocation: sourceLocation)

        let sarif = try JSONDecoder().decode(SARIF.self, from: Data(try run("sarif").stdout.utf8))
        let invocation = try #require(sarif.runs.first?.invocations.first, sourceLocation: sourceLocation)
        #expect(!invocation.executionSuccessful, sourceLocation: sourceLocation)
        let note = try #require(invocation.toolExecutionNotifications?.first, sourceLocation: sourceLocation)
        #expect(note.level == "error" && note.message.text.contains(message), sourceLocation: sourceLocation)
        #expect(note.locations?.first?.physicalLocation.artifactLocation.uri == path, sourceLocation: sourceLocation)
        #expect(note.locations?.first?.physicalLocation.region?.startLine == line, sourceLocation: sourceLocation)

        let github = try run("github").stdout
        let where_ = "file=\(path)" + (line.map { ",line=\($0)" } ?? "")
        #expect(github.hasPrefix("::error \(where_),"), "\(github)", sourceLocation: sourceLocation)

        let junit = try run("junit").stdout
        #expect(junit.contains(#"errors="1""#) && junit.contains(#"<testcase classname="\#(path)""#)
                && junit.contains("<error type=\"input\""), "\(junit)", sourceLocation: sourceLocation)

        let rd = try run("rdjsonl").stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(rd.contains(#""severity":"ERROR""#) && rd.contains(#""path":"\#(path)""#) && rd.contains(#""code":{"value":"input.error"}"#),
                "\(rd)", sourceLocation: sourceLocation)

        let json = try run("json").stdout
        #expect(json.contains(#""inputErrors":1"#) && json.contains(#""inputProblems":[{"path":"\#(path)""#), sourceLocation: sourceLocation)
    }

    @Test func invalidUTF8IsAnInputErrorInEveryFormat() throws {
        let newsroom = try Newsroom()
        try newsroom.write("plain.yml", "version: 1\n")
        try Data(Array("Ms. Okafor said so.\n🦊 caf".utf8) + [0xE9] + Array(" ok.\n".utf8)).write(to: newsroom.root.appendingPathComponent("drafts/bad.txt"))
        try expectEveryFormatReports(newsroom, ["--config", "plain.yml", "drafts/brief.txt", "drafts/bad.txt"],
                                     path: "drafts/bad.txt", line: 2, message: "drafts/bad.txt:2:6: not valid UTF-8 (byte 0xE9 at offset 28)")
    }

    @Test(.enabled(if: Unprivileged.available, "needs a user that file permissions apply to (setpriv when root)"))
    func unreadableFolderIsAnInputError() throws {
        let newsroom = try Newsroom()
        try newsroom.write("plain.yml", "version: 1\n")
        let locked = newsroom.root.appendingPathComponent("drafts/locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try newsroom.write("drafts/locked/hidden.md", "People familiar with the talks said a deal was close.\n")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: locked.path) }
        // Before: skipped in silence, exit 0, "No findings in 1 file".
        try expectEveryFormatReports(newsroom, ["--config", "plain.yml", "drafts/archive", "drafts/locked"], path: "drafts/locked",
                                     line: nil, message: "drafts/locked: cannot read: cannot list the folder: permission denied",
                                     unprivileged: true)
        // A folder below the one given, too.
        let below = try newsroom.run(["check", "--config", "plain.yml", "drafts"], unprivileged: true)
        #expect(below.status == 2)
        #expect(below.stderr.contains("drafts/locked: cannot read: cannot list the folder: permission denied"))
        #expect(below.stdout.hasSuffix(" in 4 files; 2 suppressed, 0 baselined; 1 input error.\n"))
    }

    @Test func brokenLinkNamedLikeADraftIsAnInputError() throws {
        let newsroom = try Newsroom()
        try newsroom.write("plain.yml", "version: 1\n")
        try FileManager.default.createSymbolicLink(atPath: newsroom.root.appendingPathComponent("drafts/archive/moved.md").path,
                                                   withDestinationPath: "gone.md")
        // A broken link that attrib would not read anyway is nothing to report.
        try FileManager.default.createSymbolicLink(atPath: newsroom.root.appendingPathComponent("drafts/archive/image.png").path,
                                                   withDestinationPath: "gone.png")
        try expectEveryFormatReports(newsroom, ["--config", "plain.yml", "drafts/archive"], path: "drafts/archive/moved.md", line: nil,
                                     message: "drafts/archive/moved.md: cannot read: a symbolic link to gone.md, which does not exist")
    }

    @Test func aFolderLinkedAgainIsReadOnce() throws {
        let newsroom = try Newsroom()
        try newsroom.write("plain.yml", "version: 1\n")
        // A loop (drafts/archive/up → drafts) and a second way to the same folder.
        try FileManager.default.createSymbolicLink(atPath: newsroom.root.appendingPathComponent("drafts/archive/up").path,
                                                   withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: newsroom.root.appendingPathComponent("drafts/again").path,
                                                   withDestinationPath: "archive")
        let r = try newsroom.run(["check", "--config", "plain.yml", "--format", "json", "drafts"])
        #expect(r.status == 0, "\(r.stderr)")
        let paths = try JSONDecoder().decode(JSONReport.self, from: Data(r.stdout.utf8)).documents.map(\.path)
        // Real folders are walked first, so a file keeps its own path.
        #expect(paths == ["drafts/archive/old.md", "drafts/brief.txt", "drafts/council.html", "drafts/port-strike.md"])
    }

    @Test func noFileToCheckIsAnInputErrorUnlessAllowed() throws {
        let newsroom = try Newsroom()
        try FileManager.default.createDirectory(at: newsroom.root.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try newsroom.write("plain.yml", "version: 1\n")
        let none = try newsroom.run(["check", "--config", "plain.yml", "--fail-on", "info", "empty"])
        #expect(none.status == 2)
        #expect(none.stdout == "No findings in 0 files; 1 input error.\n")
        #expect(none.stderr.contains("attrib: no file to check in empty after the include and exclude globs of plain.yml"))
        let sarif = try JSONDecoder().decode(SARIF.self, from: Data(try newsroom.run(["check", "--config", "plain.yml", "--format", "sarif", "empty"]).stdout.utf8))
        #expect(sarif.runs.first?.invocations.first?.executionSuccessful == false)
        #expect(sarif.runs.first?.invocations.first?.toolExecutionNotifications?.first?.locations == nil)
        // Include globs that match nothing are the same case.
        try newsroom.write("narrow.yml", "version: 1\ninclude: [\"desk/**\"]\n")
        #expect(try newsroom.run(["check", "--config", "narrow.yml"]).status == 2)
        // Allowed on the command line or in the configuration.
        #expect(try newsroom.run(["check", "--config", "plain.yml", "--allow-empty", "empty"]).status == 0)
        try newsroom.write("empty-ok.yml", "version: 1\nallow-empty: true\n")
        let ok = try newsroom.run(["check", "--config", "empty-ok.yml", "empty"])
        #expect(ok.status == 0 && ok.stdout == "No findings in 0 files.\n" && ok.stderr == "")
        let sarifOK = try JSONDecoder().decode(SARIF.self, from: Data(try newsroom.run(["check", "--config", "empty-ok.yml", "--format", "sarif", "empty"]).stdout.utf8))
        #expect(sarifOK.runs.first?.invocations.first?.executionSuccessful == true)
    }

    @Test func repeatedJSONLinesIdIsAWarningNamingBothLines() throws {
        let newsroom = try Newsroom()
        try newsroom.write("plain.yml", "version: 1\n")
        try newsroom.write("feed.jsonl", """
            {"id":"a","text":"Ms. Okafor said the port would close."}
            {"id":"b","text":"Ms. Okafor said the port would open."}
            {"id":"a","text":"Critics said the plan would fail."}

            """)
        let r = try newsroom.run(["check", "--config", "plain.yml", "--format", "json", "feed.jsonl"])
        #expect(r.status == 0)
        #expect(r.stderr == "attrib: feed.jsonl:3: id \"a\" repeats the record at feed.jsonl:1; the later record replaces it\n")
        #expect(r.stdout.contains(#""inputErrors":0,"inputWarnings":1"#))
        #expect(r.stdout.contains(#"{"path":"feed.jsonl","uri":"feed.jsonl","line":3,"column":0,"severity":"warning""#))
        let github = try newsroom.run(["check", "--config", "plain.yml", "--format", "github", "feed.jsonl"])
        #expect(github.stdout.hasPrefix("::warning file=feed.jsonl,line=3,title=attrib input warning::"))
    }
}
