import AttribCore
import AttribReports
import Testing

@Suite struct BaselineTests {
    @Test func normalizeCollapsesWhitespace() {
        #expect(BaselineKey.normalize("  Officials\n  said\r\n\tit \u{00A0}was late. ") == "Officials said it was late.")
        #expect(BaselineKey.normalize("") == "")
    }

    @Test func keysCountOccurrencesPerRuleAndSentenceText() throws {
        let a = try analysis("""
            «Critics» and «observers» said so. «Officials» said it.

            «Critics» and observers said so.
            """, findings: [("source.vague", .warning), ("source.vague", .warning),
                            ("anonymous-source.no-reason", .warning), ("source.vague", .warning)])
        let keys = BaselineKey.keys(for: a.findings, in: a, path: "drafts/story.md")
        #expect(keys.map(\.occurrence) == [0, 1, 0, 2])
        #expect(keys[0].sentence == "Critics and observers said so.")
        #expect(keys[2].sentence == "Officials said it.")
        #expect(Set(keys).count == 4)
    }

    @Test func aMovedFindingStaysBaselinedAndANewOneIsReported() throws {
        let before = try analysis("""
            # Port strike

            «Officials» said the port would
            close on Monday.
            """, findings: [("anonymous-source.no-reason", .warning)])
        let checker = Checker(configuration: .init())
        let recorded = checker.check(before, path: "drafts/story.md")
        let baseline = try Baseline.parse(BaselineWriter.render(recorded.current.map(\.key)), file: "baseline.json")
        #expect(baseline.keys.count == 1)

        // New paragraphs above, and the sentence re-wrapped: same key, so still baselined.
        let after = try analysis("""
            # Port strike

            Ms. Okafor said talks had failed. «Critics» said so too.

            «Officials» said the port would close
            on Monday.
            """, findings: [("source.vague", .warning), ("anonymous-source.no-reason", .warning)])
        let check = checker.check(after, path: "drafts/story.md", baseline: baseline)
        #expect(check.baselined == 1)
        #expect(check.findings.map(\.finding.rule) == ["source.vague"])
        // The same file under another path is not covered.
        #expect(checker.check(after, path: "drafts/other.md", baseline: baseline).baselined == 0)
    }

    @Test func extraOccurrencesInARecordedSentenceAreReported() throws {
        let checker = Checker(configuration: .init())
        let one = try analysis("«Critics» said so.", findings: [("source.vague", .warning)])
        let baseline = Baseline(keys: Set(checker.check(one, path: "a.md").current.map(\.key)))
        let two = try analysis("«Critics» said so.\n\n«Critics» said so.", findings: [("source.vague", .warning), ("source.vague", .warning)])
        let check = checker.check(two, path: "a.md", baseline: baseline)
        #expect(check.baselined == 1)
        #expect(check.findings.count == 1)
        #expect(check.findings[0].key.occurrence == 1)
    }

    @Test func writerOutputIsSortedPrettyAndReadsBack() throws {
        let keys = [
            BaselineKey(path: "b.md", rule: "source.vague", sentence: "Critics said \"no\".", occurrence: 0),
            BaselineKey(path: "a.md", rule: "verb.loaded", sentence: "Tab\there, back\\slash, café 🎉", occurrence: 1),
            BaselineKey(path: "a.md", rule: "verb.loaded", sentence: "Tab\there, back\\slash, café 🎉", occurrence: 0),
            BaselineKey(path: "a.md", rule: "policy.min-named-sources", sentence: "", occurrence: 0),
        ]
        let text = BaselineWriter.render(keys)
        #expect(text == """
            {
              "version": 1,
              "findings": [
                {
                  "path": "a.md",
                  "rule": "policy.min-named-sources",
                  "sentence": "",
                  "occurrence": 0
                },
                {
                  "path": "a.md",
                  "rule": "verb.loaded",
                  "sentence": "Tab\\there, back\\\\slash, café 🎉",
                  "occurrence": 0
                },
                {
                  "path": "a.md",
                  "rule": "verb.loaded",
                  "sentence": "Tab\\there, back\\\\slash, café 🎉",
                  "occurrence": 1
                },
                {
                  "path": "b.md",
                  "rule": "source.vague",
                  "sentence": "Critics said \\"no\\".",
                  "occurrence": 0
                }
              ]
            }

            """)
        #expect(try Baseline.parse(text, file: "b.json").keys == Set(keys))
        #expect(try Baseline.parse(BaselineWriter.render([]), file: "b.json").keys.isEmpty)
    }

    @Test(arguments: [
        ("{\"version\": 1, \"findings\": [{\"path\": \"a.md\", \"rule\": \"x\", \"sentence\": \"s\"}]}",
         "b.json:1:29: a baseline entry needs path, rule, sentence and occurrence"),
        ("{\"version\": 1, \"findings\": [{\"path\": \"a.md\", \"line\": 3}]}",
         "b.json:1:46: unknown key 'line' in a baseline entry (expected one of: path, rule, sentence, occurrence)"),
        ("{\"findings\": []}", "b.json:1:1: missing \"version\": 1"),
    ])
    func badBaselinesNamePositions(_ text: String, _ expected: String) {
        #expect(errorText { _ = try Baseline.parse(text, file: "b.json") } == expected)
    }

    @Test func fingerprintsIgnoreLinesButNotText() {
        let k = BaselineKey(path: "a.md", rule: "source.vague", sentence: "Critics said so.", occurrence: 0)
        var other = k
        other.occurrence = 1
        #expect(k.fingerprint.count == 64)
        #expect(k.fingerprint != other.fingerprint)
        #expect(k.fingerprint == BaselineKey(path: "a.md", rule: "source.vague", sentence: "Critics said so.", occurrence: 0).fingerprint)
    }
}
