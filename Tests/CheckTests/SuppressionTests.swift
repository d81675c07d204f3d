import AttribCore
import Testing

@Suite struct SuppressionTests {
    func directives(_ text: String, _ format: InputFormat = .markdown) -> [String] {
        SuppressionDirective.parse(Array(text.utf8), format: format).map(\.written)
    }

    @Test func parsesDirectivesAndReasons() {
        #expect(directives("""
            <!-- attrib-disable-next-line source.vague, verb.loaded -->
            Text <!--attrib-disable anonymous-source.no-reason-->more
            <!-- attrib-enable -->
            <!-- attrib-disable-file policy.min-named-sources -- a column, not news -->
            <!-- an ordinary comment -->
            <!-- attrib-disabel verb.loaded -->
            """) == ["attrib-disable-next-line source.vague, verb.loaded", "attrib-disable anonymous-source.no-reason",
                     "attrib-enable", "attrib-disable-file policy.min-named-sources", "attrib-disabel verb.loaded"])
    }

    @Test func markdownCodeIsNotADirective() {
        #expect(directives("""
            ```md
            <!-- attrib-disable-file -->
            ```
            Use `<!-- attrib-disable-file -->` to turn attrib off.
            ~~~~
            <!-- attrib-disable verb.loaded -->
            ~~~~
            <!-- attrib-enable
            verb.loaded -->
            """) == ["attrib-enable verb.loaded"])
    }

    @Test func htmlSkipsScriptAndStyle() {
        #expect(directives("""
            <script>let s = "<!-- attrib-disable-file -->";</script>
            <STYLE>/* <!-- attrib-disable-file --> */</STYLE>
            <p><!-- attrib-disable-next-line verb.loaded --></p>
            """, .html) == ["attrib-disable-next-line verb.loaded"])
        #expect(directives("<!-- attrib-disable-file -->", .text).isEmpty)
    }

    @Test func nextLineSuppressesOnlyTheNextLine() throws {
        let a = try analysis("""
            <!-- attrib-disable-next-line source.vague -->
            «Critics» said it was late. «Critics» said so again.
            «Critics» said it a third time.
            """, findings: [("source.vague", .warning), ("source.vague", .warning), ("source.vague", .warning)])
        let check = Checker(configuration: .init()).check(a, path: "story.md")
        #expect(check.suppressed == 2)
        #expect(check.findings.map(\.finding.rule) == ["source.vague"])
        #expect(check.findings.map { a.lines.location(of: $0.finding.span.start).line } == [3])
    }

    @Test func rangesAndEnable() throws {
        let a = try analysis("""
            «Critics» said one thing. «Officials» claimed another.

            <!-- attrib-disable source.vague -->
            <!-- attrib-disable verb.loaded -->
            «Critics» said it «claimed» twice.

            <!-- attrib-enable source.vague -->
            «Critics» said it «claimed» three times.
            """, findings: [("source.vague", .warning), ("verb.loaded", .warning),
                            ("source.vague", .warning), ("verb.loaded", .warning),
                            ("source.vague", .warning), ("verb.loaded", .warning)])
        let check = Checker(configuration: .init()).check(a, path: "story.md")
        #expect(check.suppressed == 3)  // two in the first range, the second verb.loaded range runs to the end
        #expect(check.findings.map(\.finding.rule) == ["source.vague", "verb.loaded", "source.vague"])
        #expect(check.findings.map { a.lines.location(of: $0.finding.span.start).line } == [1, 1, 8])
    }

    @Test func fileDirectiveCoversEverythingIncludingPolicy() throws {
        let a = try analysis("""
            <!-- attrib-disable-file -->
            «Critics» said it was late.
            """, findings: [("source.vague", .warning)])
        let config = CheckConfiguration(policy: .init(minNamedSources: 1))
        let check = Checker(configuration: config).check(a, path: "story.md")
        #expect(check.findings.isEmpty)
        #expect(check.suppressed == 2)  // the finding and policy.min-named-sources
    }

    @Test func policyFindingsAreNotSuppressedByLineDirectives() throws {
        let a = try analysis("""
            <!-- attrib-disable-next-line -->
            Nobody is named here.
            """)
        let check = Checker(configuration: CheckConfiguration(policy: .init(minNamedSources: 1))).check(a, path: "s.md")
        #expect(check.findings.map(\.finding.rule) == ["suppression.unused", "policy.min-named-sources"])
    }

    @Test func unusedSuppressionsAreInfoFindingsAtTheComment() throws {
        let text = """
            <!-- attrib-disable-next-line source.vague, verb.loaded -->
            «Critics» said it was late.
            <!-- attrib-enable quote.unattributed -->
            <!-- attrib-disable-next-line source.vauge -->
            <!-- attrib-disabel -->
            Ms. Okafor said so.
            """
        let a = try analysis(text, findings: [("source.vague", .warning)])
        let checker = Checker(configuration: .init(), knownRules: ["source.vague", "verb.loaded", "quote.unattributed"])
        let check = checker.check(a, path: "story.md")
        let unused = check.findings.map(\.finding)
        #expect(unused.allSatisfy { $0.rule == "suppression.unused" && $0.severity == .info && $0.sentence == nil })
        #expect(unused.map(\.message) == [
            "attrib-disable-next-line verb.loaded suppresses nothing; remove it",
            "attrib-enable quote.unattributed has no matching attrib-disable quote.unattributed",
            "attrib-disable-next-line source.vauge names no known rule; it suppresses nothing",
            "unknown directive attrib-disabel (expected one of: attrib-disable-next-line, attrib-disable, attrib-enable, attrib-disable-file); it suppresses nothing",
        ])
        #expect(unused.map { a.lines.location(of: $0.span.start).line } == [1, 3, 4, 5])
        #expect(a.text(unused[0].span) == "<!-- attrib-disable-next-line source.vague, verb.loaded -->")
    }

    @Test func aSuppressionForARuleTurnedOffStillCounts() throws {
        let a = try analysis("<!-- attrib-disable-next-line verb.loaded -->\nThey «claimed» it.", findings: [("verb.loaded", .warning)])
        let config = CheckConfiguration(rules: [.init(id: "verb.loaded", setting: .off)])
        let check = Checker(configuration: config).check(a, path: "s.md")
        #expect(check.findings.isEmpty)
        #expect(check.suppressed == 1)
    }

    @Test func unusedCanBeTurnedOffOrRaised() throws {
        let a = try analysis("<!-- attrib-disable-file verb.loaded -->\nMs. Okafor said so.")
        let off = CheckConfiguration(rules: [.init(id: "suppression.unused", setting: .off)])
        #expect(Checker(configuration: off).check(a, path: "s.md").findings.isEmpty)
        let raised = CheckConfiguration(rules: [.init(id: "suppression.unused", setting: .severity(.error))])
        #expect(Checker(configuration: raised).check(a, path: "s.md").findings.map(\.finding.severity) == [.error])
    }
}
