import AttribCore
import Testing

@Suite("Rule files")
struct RuleLoadingTests {
    func load(_ yaml: String) throws -> RuleSet {
        try RuleSet.load(files: EmbeddedRules.files.map { ("rules/" + $0.name, $0.text) } + [("user/extra.yml", yaml)])
    }

    func error(_ yaml: String) -> AttribError? {
        do { _ = try load(yaml); return nil } catch let e as AttribError { return e } catch { return nil }
    }

    @Test func unknownKeyNamesFileLineAndColumn() {
        let e = error("version: 1\nfindings:\n  - id: house.x\n    severty: error\n")
        #expect(e?.description.hasPrefix("user/extra.yml:4:5: unknown key 'severty'") == true, "\(String(describing: e))")
    }

    @Test func badSeverityIsAnError() {
        let e = error("version: 1\nfindings:\n  - id: verb.loaded\n    severity: fatal\n")
        #expect(e?.description.contains("user/extra.yml:4:15") == true, "\(String(describing: e))")
        #expect(e?.description.contains("unknown severity 'fatal'") == true)
    }

    @Test func yamlSyntaxErrorHasAPosition() {
        let e = error("version: 1\nfindings: [\n")
        #expect(e?.description.hasPrefix("user/extra.yml:") == true)
        #expect(e?.description.contains("YAML syntax error") == true)
    }

    /// The segmenter matches abbreviations, starters and continuers by ASCII keys: a word it could
    /// never match is an error at its position, not an entry silently dropped.
    @Test func nonASCIISegmenterWordsAreErrorsWithAPosition() throws {
        let starter = error("version: 1\nstarters:\n  - Meanwhile\n  - Über\n")
        #expect(starter?.description.hasPrefix("user/extra.yml:4:5: 'Über' is not an ASCII word") == true, "\(String(describing: starter))")
        let continuer = error("version: 1\ncontinuers: [Tuesday, 星期二]\n")
        #expect(continuer?.description.hasPrefix("user/extra.yml:2:23: '星期二' is not an ASCII word") == true, "\(String(describing: continuer))")
        let abbreviation = error("version: 1\nabbreviations:\n  title: [Gén]\n")
        #expect(abbreviation?.description.contains("'Gén' is not an ASCII word") == true, "\(String(describing: abbreviation))")
        // ASCII words load and take effect.
        let set = try load("version: 1\nstarters: [Meanwhile]\ncontinuers: [Tuesday]\n")
        #expect(set.abbreviations.isStarter("meanwhile") && set.abbreviations.isContinuer("TUESDAY"))
    }

    /// The segmenter's other word lists load from any rules file and take effect: a time-opener
    /// added by a user keeps "Circa 7 a.m. Gov. Ruiz…" in one sentence. A letter-word must be a
    /// single letter.
    @Test func segmenterWordListsLoadAndTakeEffect() throws {
        let text = "Circa 7 a.m. Gov. Ruiz was at the dam."
        let doc = SourceDocument(name: "case", bytes: Array(text.utf8), format: .text)
        let builtIn = Segmenter(abbreviations: .builtIn).sentences(in: try DocumentReader.prose(for: doc))
        #expect(builtIn.count == 2)
        let set = try load("version: 1\ntime-openers: [Circa]\ntime-zones: [AKST]\nletter-words: [O]\n")
        #expect(set.abbreviations.contains("circa", in: .timeOpeners))
        #expect(set.abbreviations.contains("akst", in: .timeZones) && set.abbreviations.contains("o", in: .letterWords))
        let extended = Segmenter(abbreviations: set.abbreviations).sentences(in: try DocumentReader.prose(for: doc))
        #expect(extended.map(\.span) == [Span(0, text.utf8.count)])
        let e = error("version: 1\nletter-words: [I, ab]\n")
        #expect(e?.description.hasPrefix("user/extra.yml:2:19: 'ab' is not a single letter") == true, "\(String(describing: e))")
    }

    @Test func unsupportedVersion() {
        #expect(error("version: 2\n")?.description.contains("unsupported version 2") == true)
    }

    @Test func triggeringExampleNeedsMarkers() {
        let yaml = """
            version: 1
            findings:
              - id: house.cognition
                message: Cognition verb.
                description: test
                when: {cue-category: cognition}
                span: cue
                examples:
                  triggering: ["Investigators concluded that it was arson."]
            """
        #expect(error(yaml)?.description.contains("must mark the expected span") == true)
    }

    @Test func overrideKeepsUnsetFieldsAndChangesSeverity() throws {
        let set = try load("version: 1\nfindings:\n  - id: verb.loaded\n    severity: error\n")
        let rule = try #require(set.findingRule("verb.loaded"))
        #expect(rule.severity == .error)
        #expect(rule.message == RuleSet.builtIn.findingRule("verb.loaded")?.message)
        #expect(set.fingerprint != RuleSet.builtIn.fingerprint)
    }

    @Test func userLexiconAndFindingFire() throws {
        let yaml = """
            version: 1
            lexicons:
              - id: house.cue.opined
                class: cue
                category: speech
                loaded: true
                description: House style bans "opined".
                entries: [opined, opines]
                examples:
                  triggering: ["The senator «opined» that the bill was dead."]
                  non-triggering: ["The senator said the bill was dead."]
            findings:
              - id: house.opined
                message: Do not use "opined".
                description: House style.
                severity: error
                when: {cue-group: house.cue.opined}
                span: cue
                examples:
                  triggering: ["The senator «opined» that the bill was dead."]
                  non-triggering: ["The senator said the bill was dead."]
            """
        let set = try load(yaml)
        let runner = RuleExampleRunner(rules: set)
        for id in ["house.cue.opined", "house.opined"] {
            let failures = runner.check(try #require(set.description(of: id)))
            #expect(failures.isEmpty, "\(failures)")
        }
        let a = Analyzer(rules: set).analyze(text: "The senator opined that the bill was dead.")
        #expect(a.findings.contains { $0.rule == "house.opined" && $0.severity == .error })
    }

    @Test func patternNeedsOneCue() {
        let yaml = "version: 1\npatterns:\n  - id: p.x\n    match: SOURCE CONTENT\n    description: x\n"
        #expect(error(yaml)?.description.contains("exactly one CUE") == true)
    }
}
