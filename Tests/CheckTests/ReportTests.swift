import AttribCore
import AttribReports
import Foundation
import Testing

/// Renderers on a hand-made report: a Markdown story with front matter, an emoji, CJK, a link and
/// a code block; an HTML story with entities; a clean text file.
enum SampleReport {
    static let engineRules = [
        RuleDescription(id: "anonymous-source.no-reason", kind: .finding, name: "Anonymous source without a reason",
                        summary: "An anonymous source is quoted without saying why anonymity was granted.",
                        rationale: "AP: tell readers why the source was granted anonymity.", severity: .warning,
                        triggering: ["«Officials» said so."], nonTriggering: ["Officials, who were not authorized to speak, said so."],
                        file: "rules/findings.yml"),
        RuleDescription(id: "source.vague", kind: .finding, name: "Vague source", summary: "A vague source such as \"critics\".",
                        rationale: "Reuters: be specific about sources.", severity: .warning,
                        triggering: ["«Critics» said so."], nonTriggering: [], file: "rules/findings.yml"),
        RuleDescription(id: "verb.loaded", kind: .finding, name: "Loaded verb", summary: "A verb that takes sides: claimed, admitted.",
                        rationale: "AP: said is almost always the right word.", severity: .info,
                        triggering: ["He «claimed» so."], nonTriggering: [], file: "rules/findings.yml"),
        RuleDescription(id: "lexicon.cue.speech", kind: .lexicon, name: "Speech cues", summary: "said, told…",
                        rationale: "", severity: nil, triggering: [], nonTriggering: [], file: "rules/cues.yml"),
    ]

    static func make(baselined: Bool = false) throws -> CheckReport {
        var story = try analysis("""
            ---
            title: "Port strike: day 2"
            ---
            # Port strike 🚢

            Dock workers walked out, [«officials» said](https://example.com/a?b=1,2).
            「東京」 «Critics» said the strike, 100% 🎉 legal, was long.

            ```
            officials said
            ```

            The ministry «claimed» cargo was stuck. <!-- attrib-disable-next-line verb.loaded -->
            """, name: "drafts/port strike.md",
            findings: [("anonymous-source.no-reason", .warning), ("source.vague", .error), ("verb.loaded", .info)])
        story.findings[1].message = "vague source \"Critics\": 50% of sources, see line 2,\nthen fix"
        var mayor = try analysis("<p>The mayor&#8217;s «aides» said &amp; insisted.</p>\n<p>&lt;b&gt; «Observers» agreed.</p>\n",
                                 name: "drafts/mayor.html", format: .html,
                                 findings: [("anonymous-source.no-reason", .warning), ("source.vague", .warning)])
        mayor.findings[0].confidence = 0.6
        let clean = try analysis("Ms. Okafor said the port reopened.\n", name: "drafts/clean.txt", format: .text)
        let checker = Checker(configuration: CheckConfiguration(policy: .init(minNamedSources: 1)),
                              knownRules: Set(CheckReport.findingRules(engineRules).map(\.id)))
        var documents: [CheckedDocument] = []
        for (a, path) in [(story, "drafts/port strike.md"), (mayor, "drafts/mayor.html"), (clean, "drafts/clean.txt")] {
            var baseline: Baseline?
            if baselined && path.hasSuffix(".html") {
                baseline = Baseline(keys: Set(checker.check(a, path: path).current.prefix(1).map(\.key)))
            }
            let check = checker.check(a, path: path, baseline: baseline)
            documents.append(CheckedDocument(path: path, uri: path, check: check, analysis: a))
        }
        return CheckReport(tool: .init(version: "0.1.0"), rules: CheckReport.findingRules(engineRules),
                           documents: documents, failOn: .error)
    }
}

@Suite struct ReportTests {
    @Test func findingRulesListFindingsAndCheckRulesSorted() {
        let ids = CheckReport.findingRules(SampleReport.engineRules).map(\.id)
        #expect(ids == ["anonymous-source.no-reason", "policy.max-anonymous-share", "policy.max-unattributed-claims",
                        "policy.min-named-sources", "source.vague", "suppression.unused", "verb.loaded"])
    }

    @Test func sampleHasTheExpectedFindings() throws {
        let r = try SampleReport.make()
        let rows = r.documents.flatMap { d in d.findings.map { "\(d.path):\($0.start.line):\($0.start.column) \($0.rule) \($0.text)" } }
        #expect(rows == [
            "drafts/port strike.md:4:3 policy.min-named-sources ",
            "drafts/port strike.md:6:27 anonymous-source.no-reason officials",
            "drafts/port strike.md:7:6 source.vague Critics",
            "drafts/port strike.md:13:14 verb.loaded claimed",
            "drafts/port strike.md:13:39 suppression.unused <!-- attrib-disable-next-line verb.loaded -->",
            "drafts/mayor.html:1:4 policy.min-named-sources ",
            "drafts/mayor.html:1:22 anonymous-source.no-reason aides",
            "drafts/mayor.html:2:14 source.vague Observers",
            "drafts/clean.txt:1:1 policy.min-named-sources ",
        ])
        #expect(r.failed)
        #expect(r.summary == .init(files: 3, findings: 9, errors: 1, warnings: 6, info: 2, suppressed: 0, baselined: 0))
    }

    @Test func text() throws { try expectGolden(CheckTextReport.render(try SampleReport.make()), "sample.txt") }
    @Test func json() throws { try expectGolden(String(decoding: CheckJSONReport.render(try SampleReport.make()), as: UTF8.self), "sample.json") }
    @Test func sarif() throws { try expectGolden(String(decoding: SARIFReport.render(try SampleReport.make()), as: UTF8.self), "sample.sarif") }
    @Test func github() throws { try expectGolden(GitHubReport.render(try SampleReport.make()), "sample.github.txt") }
    @Test func rdjsonl() throws { try expectGolden(String(decoding: RDJSONLReport.render(try SampleReport.make()), as: UTF8.self), "sample.rdjsonl") }
    @Test func junit() throws { try expectGolden(JUnitReport.render(try SampleReport.make()), "sample.junit.xml") }

    @Test func baselinedCountsAppearInTheSummary() throws {
        let r = try SampleReport.make(baselined: true)
        #expect(r.summary.baselined == 1)
        #expect(CheckTextReport.summaryLine(r.summary) == "8 findings (1 error, 5 warnings, 2 info) in 3 files; 0 suppressed, 1 baselined.")
        #expect(CheckTextReport.summaryLine(.init(files: 1)) == "No findings in 1 file.")
    }

    @Test func sarifColumnsAreUTF16AndRegionsExclusive() throws {
        let log = SARIFReport.log(try SampleReport.make())
        let results = log.runs[0].results
        #expect(log.runs[0].columnKind == "utf16CodeUnits")
        // "「東京」 Critics": four BMP characters and a space before it.
        let critics = try #require(results.first { $0.ruleId == "source.vague" })
        let region = try #require(critics.locations[0].physicalLocation.region)
        #expect([region.startLine, region.startColumn, region.endLine, region.endColumn] as [Int?] == [7, 6, 7, 13])
        #expect(region.snippet?.text == "Critics")
        // After an emoji (two UTF-16 units) a column differs from the character column.
        let verb = try #require(results.first { $0.ruleId == "verb.loaded" })
        #expect(verb.locations[0].physicalLocation.region?.startColumn == 14)
        #expect(critics.locations[0].physicalLocation.artifactLocation.uri == "drafts/port%20strike.md")
        #expect(critics.ruleIndex.map { log.runs[0].tool.driver.rules[$0].id } == "source.vague")
        #expect(results.allSatisfy { $0.partialFingerprints[SARIFReport.fingerprintKey]?.count == 64 })
        #expect(log.runs[0].tool.driver.rules.first { $0.id == "source.vague" }?.help.text == "Reuters: be specific about sources.")
        #expect(log.runs[0].tool.driver.informationUri == nil)
    }

    @Test func rdjsonlColumnsAreUTF8Bytes() throws {
        let lines = String(decoding: RDJSONLReport.render(try SampleReport.make()), as: UTF8.self).split(separator: "\n")
        let critics = try #require(lines.first { $0.contains("\"source.vague\"") && $0.contains("port strike") })
        // 「東京」 is 4 × 3 bytes, then a space: "Critics" starts at byte 14 and ends before byte 21.
        #expect(critics.contains("\"range\":{\"start\":{\"line\":7,\"column\":14},\"end\":{\"line\":7,\"column\":21}}"))
        #expect(critics.contains("\"severity\":\"ERROR\""))
    }

    /// Validates with Python's `jsonschema` against ../shared/schemas (next to the repository on the
    /// development machines). A user's clone has no ../shared: the test is skipped there, and the
    /// structural tests above still run.
    @Test(.enabled(if: SchemaValidation.available, "needs ../shared/schemas/sarif-schema-2.1.0.json and python3 with jsonschema"))
    func sarifValidatesAgainstTheSchema() throws {
        let schema = try #require(SchemaValidation.sarifSchema)
        let sarif = FileManager.default.temporaryDirectory.appendingPathComponent("attrib-check-\(UUID().uuidString).sarif")
        try Data(SARIFReport.render(try SampleReport.make())).write(to: sarif)
        defer { try? FileManager.default.removeItem(at: sarif) }
        let (status, output) = try SchemaValidation.validate(sarif, against: schema)
        #expect(status == 0, "SARIF does not validate:\n\(output)")
    }

    @Test(.enabled(if: SchemaValidation.available, "needs ../shared/schemas/sarif-schema-2.1.0.json and python3 with jsonschema"))
    func theValidatorRejectsBrokenSARIF() throws {
        // The validation above can fail: a column kind SARIF does not define is caught.
        let schema = try #require(SchemaValidation.sarifSchema)
        var text = String(decoding: SARIFReport.render(try SampleReport.make()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"utf16CodeUnits\"", with: "\"bytes\"")
        let sarif = FileManager.default.temporaryDirectory.appendingPathComponent("attrib-check-\(UUID().uuidString).sarif")
        try Data(text.utf8).write(to: sarif)
        defer { try? FileManager.default.removeItem(at: sarif) }
        let (status, output) = try SchemaValidation.validate(sarif, against: schema)
        #expect(status == 1)
        #expect(output.contains("'bytes' is not one of"))
    }
}

enum SchemaValidation {
    static let sarifSchema: URL? = {
        let url = testsFolder.appendingPathComponent("../../../shared/schemas/sarif-schema-2.1.0.json").standardizedFileURL
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    static let available: Bool = {
        guard sarifSchema != nil, let (status, _) = try? runPython("import jsonschema", arguments: []) else { return false }
        return status == 0
    }()

    static func validate(_ file: URL, against schema: URL) throws -> (Int32, String) {
        try runPython("""
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            log = json.load(open(sys.argv[2]))
            errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=lambda e: list(e.path))
            for e in errors: print(list(e.path), e.message)
            sys.exit(1 if errors else 0)
            """, arguments: [schema.path, file.path])
    }
}

@Suite struct GitHubEscapingTests {
    @Test func dataEscapesPercentAndLineBreaks() {
        #expect(GitHubReport.escapeData("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b")
    }

    @Test func propertiesAlsoEscapeColonAndComma() {
        #expect(GitHubReport.escapeProperty("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae")
    }

    @Test func multiLineFindingsHaveNoColumns() {
        let start = TextLocation(line: 3, column: 5, utf16Column: 5, byteColumn: 5)
        let end = TextLocation(line: 4, column: 2, utf16Column: 2, byteColumn: 2)
        let f = ReportedFinding(rule: "claim.unattributed", severity: .info, message: "m", confidence: 1, span: Span(10, 20),
                                start: start, end: end, text: "", key: BaselineKey(path: "a", rule: "r", sentence: "", occurrence: 0))
        #expect(GitHubReport.command(path: "dir,1/a:b.md", f, rule: nil)
                == "::notice file=dir%2C1/a%3Ab.md,line=3,endLine=4,title=claim.unattributed::m\n")
    }
}

/// Runs a Python 3 script; returns its exit status and output (127 when python3 is missing).
func runPython(_ script: String, arguments: [String]) throws -> (Int32, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script] + arguments
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
}
