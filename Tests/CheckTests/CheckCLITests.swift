import AttribCore
import Foundation
import Testing

/// End-to-end runs of the built `attrib` binary on the fixture newsroom (Markdown with front
/// matter, a code block, links, entities and an emoji; HTML with entities, a script and
/// suppression ranges; plain text), copied into a fresh temporary folder for each test.
///
/// Golden outputs live in `Golden/e2e/`. They include the built-in rules' metadata (JSON, SARIF),
/// so editing `rules/*.yml` changes them: re-record with
/// `ATTRIB_RECORD=1 swift test --filter CheckTests` and review the diff.
@Suite struct CheckCLITests {
    @Test(arguments: ["text", "json", "sarif", "github", "rdjsonl", "junit"])
    func everyFormatMatchesItsGoldenFile(_ format: String) throws {
        let newsroom = try Newsroom()
        let r = try newsroom.run(["check", "--format", format])
        #expect(r.status == 1, "anonymous-source.no-reason is raised to error in .attrib.yml, and fail-on is error")
        #expect(r.stderr == "")
        let ext = ["text": "txt", "github": "github.txt", "junit": "junit.xml"][format] ?? format
        try expectGolden(r.stdout, "e2e/newsroom.\(ext)")
    }

    @Test func exitCodesFollowTheFailLevel() throws {
        let newsroom = try Newsroom()
        // Without the configuration's error override, the worst finding is a warning.
        try newsroom.write("plain.yml", "version: 1\n")
        #expect(try newsroom.run(["check", "--config", "plain.yml", "drafts"]).status == 0)
        #expect(try newsroom.run(["check", "--config", "plain.yml", "--fail-on", "warning", "drafts"]).status == 1)
        #expect(try newsroom.run(["check", "--config", "plain.yml", "--fail-on", "info", "drafts/brief.txt"]).status == 1)
        // The command line's --fail-on wins over the configuration's fail-on.
        try newsroom.write("strict.yml", "version: 1\nfail-on: info\n")
        #expect(try newsroom.run(["check", "--config", "strict.yml", "--fail-on", "error", "drafts"]).status == 0)
        #expect(try newsroom.run(["check", "--config", "strict.yml", "drafts"]).status == 1)
    }

    @Test func includeAndExcludeDecideWhatIsRead() throws {
        let newsroom = try Newsroom()
        let all = try newsroom.run(["check", "--format", "json"])
        let paths = try JSONDecoder().decode(JSONReport.self, from: Data(all.stdout.utf8)).documents.map(\.path)
        #expect(paths == ["drafts/brief.txt", "drafts/council.html", "drafts/port-strike.md"])  // no archive/, no notes.txt
        // A file named on the command line but excluded is said so, and not read.
        let named = try newsroom.run(["check", "notes.txt", "drafts/archive/old.md"])
        #expect(named.status == 0)
        #expect(named.stdout == "No findings in 0 files.\n")
        #expect(named.stderr == """
            attrib: notes.txt: excluded by .attrib.yml; not checked
            attrib: drafts/archive/old.md: excluded by .attrib.yml; not checked

            """)
    }

    @Test func findingsPointAtTheirTextInEveryColumnUnit() throws {
        let newsroom = try Newsroom()
        let json = try JSONDecoder().decode(JSONReport.self, from: Data(try newsroom.run(["check", "--format", "json"]).stdout.utf8))
        var checked = 0
        for d in json.documents {
            let lines = String(decoding: try newsroom.bytes(d.path), as: UTF8.self).components(separatedBy: "\n")
            for f in d.findings where !f.text.isEmpty {
                // column counts Unicode scalars in the original line (front matter, code, link targets and
                // entities included, since readers mask in place).
                let line = Array(lines[f.line - 1].unicodeScalars)
                let at = String(String.UnicodeScalarView(line[(f.column - 1)...]))
                #expect(at.hasPrefix(f.text), "\(d.path):\(f.line):\(f.column) should start \(f.text)")
                checked += 1
            }
        }
        #expect(checked >= 7)

        // SARIF columns are UTF-16 code units, rdjsonl columns UTF-8 bytes: after "🚢" they differ.
        let sarif = try newsroom.run(["check", "--format", "sarif", "drafts/port-strike.md"]).stdout
        #expect(sarif.contains("\"startColumn\" : 80"))
        let rd = try newsroom.run(["check", "--format", "rdjsonl", "drafts/port-strike.md"]).stdout
        #expect(rd.contains("{\"line\":15,\"column\":82}"))
        let text = try newsroom.run(["check", "drafts/port-strike.md"]).stdout
        #expect(text.contains("drafts/port-strike.md:15:79: error:"))
        #expect(!text.contains(":11:"))  // "officials said" in the code block is not prose
    }

    @Test func suppressionsAreCountedAndUnusedOnesReported() throws {
        let newsroom = try Newsroom()
        let text = try newsroom.run(["check", "drafts/port-strike.md", "drafts/council.html"]).stdout
        // port-strike.md: "Critics" (next-line); council.html: "Two aides" (range). The commented-out
        // attrib-disable-file inside <script> is not a directive.
        #expect(text.hasSuffix("; 2 suppressed, 0 baselined.\n"))
        #expect(text.contains("drafts/port-strike.md:20:1: info: attrib-disable-next-line quote.unattributed suppresses nothing; remove it [suppression.unused]"))
        #expect(!text.contains("Two aides"))
        #expect(!text.contains(":18:1:"))
    }

    @Test func aMovedFindingStaysBaselinedAndANewOneFails() throws {
        let newsroom = try Newsroom()
        let write = try newsroom.run(["check", "--write-baseline", "attrib-baseline.json"])
        #expect(write.status == 0)
        #expect(write.stdout == "No findings in 3 files; 2 suppressed, 8 baselined.\n")
        #expect(write.stderr == "attrib: recorded 8 findings in attrib-baseline.json\n")
        try expectGolden(String(decoding: try newsroom.bytes("attrib-baseline.json"), as: UTF8.self), "e2e/baseline.json")

        // Unchanged: everything is baselined.
        let same = try newsroom.run(["check", "--baseline", "attrib-baseline.json", "--fail-on", "info"])
        #expect(same.status == 0)
        #expect(same.stdout == "No findings in 3 files; 2 suppressed, 8 baselined.\n")

        // Paragraphs added above and a sentence re-wrapped: the findings move lines but stay baselined.
        var story = String(decoding: try newsroom.bytes("drafts/port-strike.md"), as: UTF8.self)
        story = story.replacingOccurrences(of: "# Dock workers extend strike 🚢\n",
                                           with: "# Dock workers extend strike 🚢\n\nMs. Okafor said the union would meet.\n\n")
        story = story.replacingOccurrences(of: "extended their strike\non Tuesday", with: "extended\ntheir strike on Tuesday")
        try newsroom.write("drafts/port-strike.md", story)
        let moved = try newsroom.run(["check", "--baseline", "attrib-baseline.json", "--fail-on", "info"])
        #expect(moved.status == 0)
        #expect(moved.stdout == "No findings in 3 files; 2 suppressed, 8 baselined.\n")

        // A new anonymous source is reported, and fails at warning.
        story += "\nPeople familiar with the talks said a deal was close.\n"
        try newsroom.write("drafts/port-strike.md", story)
        let added = try newsroom.run(["check", "--baseline", "attrib-baseline.json", "--fail-on", "warning", "drafts/port-strike.md"])
        #expect(added.status == 1)
        #expect(added.stdout == """
            drafts/port-strike.md:26:1: error: Anonymous source with no reason given for granting anonymity. [anonymous-source.no-reason]
            1 finding (1 error, 0 warnings, 0 info) in 1 file; 1 suppressed, 4 baselined.

            """)
    }

    @Test func reportGoesToTheOutputFile() throws {
        let newsroom = try Newsroom()
        let r = try newsroom.run(["check", "--format", "sarif", "--output", "attrib.sarif"])
        #expect(r.status == 1)
        #expect(r.stdout == "")
        try expectGolden(String(decoding: try newsroom.bytes("attrib.sarif"), as: UTF8.self), "e2e/newsroom.sarif")
        let bad = try newsroom.run(["check", "--output", "no/such/folder/out.txt"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "attrib: no/such/folder/out.txt: cannot write: no such folder or permission denied\n")
    }

    @Test(arguments: [
        ("version: 1\nfail-on: fatal\n", "attrib: .attrib.yml:2:10: fail-on must be info, warning or error (got 'fatal')\n"),
        ("version: 1\ninclde: [drafts]\n",
         "attrib: .attrib.yml:2:1: unknown key 'inclde' in the configuration (expected one of: version, include, exclude, rule-folders, rules, policy, fail-on)\n"),
        ("version: 1\nrules:\n  anonymous-source.no-reasons: off\n",
         "attrib: .attrib.yml:3:3: unknown finding rule 'anonymous-source.no-reasons' in rules (did you mean anonymous-source.boilerplate-reason, anonymous-source.first-quote, anonymous-source.no-reason?)\n"),
        ("version: 1\nrule-folders: [house-rules]\n",
         "attrib: .attrib.yml:2:16: rule-folders: 'house-rules' is not a folder (looked for <root>/house-rules)\n"),
        ("version: 1\npolicy:\n  max-anonymous-share: 50%\n", "attrib: .attrib.yml:3:24: policy.max-anonymous-share must be a number\n"),
    ])
    func configurationErrorsExitTwoWithAPosition(_ config: String, _ expected: String) throws {
        let newsroom = try Newsroom()
        try newsroom.write(".attrib.yml", config)
        let r = try newsroom.run(["check"])
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr == expected.replacingOccurrences(of: "<root>", with: newsroom.root.path))
    }

    @Test func configurationIsFoundFromASubfolderAndPathsStayRelative() throws {
        let newsroom = try Newsroom()
        let r = try newsroom.run(["check", "--format", "github", "port-strike.md"], in: "drafts")
        #expect(r.status == 1)
        // Annotations name files from the root; the configuration (one folder up) raised the severity.
        #expect(r.stdout.hasPrefix("::error file=drafts/port-strike.md,line=8,endLine=8,col=13,endColumn=21,"))
        let text = try newsroom.run(["check", "port-strike.md"], in: "drafts")
        #expect(text.stdout.hasPrefix("port-strike.md:8:13: error:"))
    }

    @Test func usageAndInputErrors() throws {
        let newsroom = try Newsroom()
        let format = try newsroom.run(["check", "--format", "xml"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("--format"))
        let missing = try newsroom.run(["check", "drafts/brief.txt", "drafts/none.md"])
        #expect(missing.status == 2)  // the other input is still checked
        #expect(missing.stderr == "attrib: drafts/none.md: no such file or directory\n")
        #expect(missing.stdout.hasSuffix("2 findings (1 error, 1 warning, 0 info) in 1 file.\n"))
        let baseline = try newsroom.run(["check", "--baseline", "none.json"])
        #expect(baseline.status == 2)
        #expect(baseline.stderr == "attrib: none.json: no such file or directory\n")
        let config = try newsroom.run(["check", "--config", "none.yml"])
        #expect(config.status == 2)
        #expect(config.stderr == "attrib: none.yml: no such file or directory\n")
    }

    @Test func standardInputAndNoConfiguration() throws {
        let newsroom = try Newsroom()
        let r = try newsroom.run(["check", "--input", "markdown", "-"],
                                 stdin: "<!-- attrib-disable-file source.vague -->\nCritics said the plan would fail. Officials said it too.\n")
        #expect(r.status == 1)
        // The configuration applies to standard input too: its policy and its severity override.
        #expect(r.stdout == """
            <stdin>:2:1: warning: the story names 0 sources; the policy asks for at least 1 named source [policy.min-named-sources]
            <stdin>:2:35: error: Anonymous source with no reason given for granting anonymity. [anonymous-source.no-reason]
            2 findings (1 error, 1 warning, 0 info) in 1 file; 1 suppressed, 0 baselined.

            """)
        // Without a configuration file every readable file under "." is checked.
        try FileManager.default.removeItem(at: newsroom.root.appendingPathComponent(".attrib.yml"))
        let all = try newsroom.run(["check", "--format", "json"])
        let paths = try JSONDecoder().decode(JSONReport.self, from: Data(all.stdout.utf8)).documents.map(\.path)
        #expect(paths == ["drafts/archive/old.md", "drafts/brief.txt", "drafts/council.html", "drafts/port-strike.md", "notes.txt"])
    }
}

/// The fixture newsroom in a fresh temporary folder.
final class Newsroom {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("attrib-check-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: fixturesFolder.appendingPathComponent("newsroom"), to: root)
    }

    deinit { try? FileManager.default.removeItem(at: root) }

    func write(_ path: String, _ text: String) throws {
        try Data(text.utf8).write(to: root.appendingPathComponent(path))
    }

    func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: root.appendingPathComponent(path))) }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: [String], in folder: String? = nil, stdin: String = "") throws -> Result {
        let binary = try #require(attribBinary, "the attrib executable was not found next to the test bundle; set ATTRIB_BINARY")
        let p = Process()
        p.executableURL = binary
        p.arguments = arguments
        p.currentDirectoryURL = folder.map { root.appendingPathComponent($0) } ?? root
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        p.environment = env
        // Output goes to files, so a large report can never block on a full pipe.
        let scratch = root.deletingLastPathComponent().appendingPathComponent("attrib-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let paths = ["in", "out", "err"].map { scratch.appendingPathComponent($0) }
        try Data(stdin.utf8).write(to: paths[0])
        for url in paths.dropFirst() { try Data().write(to: url) }
        let input = try FileHandle(forReadingFrom: paths[0])
        let output = try FileHandle(forWritingTo: paths[1])
        let errors = try FileHandle(forWritingTo: paths[2])
        defer { try? input.close(); try? output.close(); try? errors.close() }
        p.standardInput = input
        p.standardOutput = output
        p.standardError = errors
        try p.run()
        p.waitUntilExit()
        let out = try Data(contentsOf: paths[1])
        let err = try Data(contentsOf: paths[2])
        return Result(status: p.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self))
    }
}

/// The `attrib` executable built next to this test bundle (`ATTRIB_BINARY` overrides).
let attribBinary: URL? = {
    let fm = FileManager.default
    if let path = ProcessInfo.processInfo.environment["ATTRIB_BINARY"] { return URL(fileURLWithPath: path) }
    var starts = [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()]
    if let exe = Bundle.main.executableURL { starts.append(exe) }
    for start in starts {
        var dir = start.deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("attrib")
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue, fm.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
            dir = dir.deletingLastPathComponent()
        }
    }
    return nil
}()

/// The parts of `check --format json` these tests read.
struct JSONReport: Decodable {
    struct Document: Decodable {
        var path: String
        var findings: [Finding]
    }

    struct Finding: Decodable {
        var rule: String
        var line: Int
        var column: Int
        var text: String
    }

    var documents: [Document]
}
