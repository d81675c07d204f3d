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

    @Test func firstNamesAreReadAndAUserListReplacesTheBuiltIn() throws {
        #expect(RuleSet.builtIn.firstNames.share(of: "nora") == 99)
        #expect(RuleSet.builtIn.firstNames.share(of: "aaron") == 1)
        let set = try load("version: 1\nfirst-names:\n  names: |\n    zelda 97  o'dell 10\n    jean-luc 0\n")
        #expect(set.firstNames.share(of: "zelda") == 97)
        #expect(set.firstNames.share(of: "o'dell") == 10)
        #expect(set.firstNames.share(of: "jean-luc") == 0)
        #expect(set.firstNames.share(of: "nora") == nil)
        #expect(set.firstNames.shares.count == 3)
    }

    @Test(arguments: [
        ("zelda 97  nora", "'nora' has no percentage"),
        ("zelda 120", "must be a whole percentage from 0 to 100, not '120'"),
        ("zelda ninety", "not 'ninety'"),
        ("Zelda 97", "'Zelda' is not a lower-case name"),
    ])
    func malformedFirstNamesAreErrorsWithAPosition(_ names: String, _ message: String) {
        let e = error("version: 1\nfirst-names:\n  names: \(names)\n")
        #expect(e?.description.hasPrefix("user/extra.yml:3:") == true, "\(String(describing: e))")
        #expect(e?.description.contains(message) == true, "\(String(describing: e))")
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

    // MARK: - Word classes and the groups the engine names

    /// The built-in rule files with one of them edited: `edit` gets and returns its text.
    func builtInFiles(editing name: String, _ edit: (String) -> String) -> [(name: String, text: String)] {
        EmbeddedRules.files.map { ("rules/" + $0.name, $0.name == name ? edit($0.text) : $0.text) }
    }

    func loadError(_ files: [(name: String, text: String)]) -> AttribError? {
        do { _ = try RuleSet.load(files: files); return nil } catch let e as AttribError { return e } catch { return nil }
    }

    @Test func unknownWordClassNamesFileLineAndColumn() {
        let e = error("version: 1\nwords:\n  - id: told-verbz\n    entries: [told]\n")
        #expect(e?.description.hasPrefix("user/extra.yml:3:9: unknown word class 'told-verbz'") == true, "\(String(describing: e))")
    }

    /// A class the engine reads must be defined: its id and the words file are named.
    @Test func missingWordClassNamesItAndTheFile() throws {
        let files = builtInFiles(editing: "words.yml") { text in
            let start = try! #require(text.range(of: "\n  - id: told-verbs\n"))
            let next = try! #require(text.range(of: "\n  - id: ", range: start.upperBound..<text.endIndex))
            return String(text[..<start.lowerBound] + text[next.lowerBound...])
        }
        let e = loadError(files)
        #expect(e?.description == "rules/words.yml: word class 'told-verbs' not defined: the engine needs it", "\(String(describing: e))")
    }

    /// A lexicon group the Swift names (here the directives of `lexicon.cue.urge`) must be defined:
    /// renamed, it is an error, not a test that silently never matches.
    @Test func missingNamedLexiconGroupIsAnError() {
        let files = builtInFiles(editing: "lexicons.yml") { $0.replacingOccurrences(of: "id: lexicon.cue.urge\n", with: "id: lexicon.cue.appeal\n") }
        let e = loadError(files)
        #expect(e?.description == "rules/lexicons.yml: lexicon group 'lexicon.cue.urge' not defined: the engine needs it", "\(String(describing: e))")
    }

    @Test func wordClassShapesAndEntriesAreChecked() {
        let linked = error("version: 1\nwords:\n  - id: accuse-cues\n    entries: [accused]\n")
        #expect(linked?.description.hasPrefix("user/extra.yml:4:14: word class accuse-cues links words") == true, "\(String(describing: linked))")
        let plain = error("version: 1\nwords:\n  - id: told-verbs\n    links:\n      - {words: [told], then: [that]}\n")
        #expect(plain?.description.hasPrefix("user/extra.yml:5:7: word class told-verbs is a list of words") == true, "\(String(describing: plain))")
        let phrase = error("version: 1\nwords:\n  - id: told-verbs\n    entries: [told, let know]\n")
        #expect(phrase?.description.hasPrefix("user/extra.yml:4:21: 'let know' is not one word") == true, "\(String(describing: phrase))")
        let empty = error("version: 1\nwords:\n  - id: told-verbs\n    entries: []\n")
        #expect(empty?.description.hasPrefix("user/extra.yml:3:5: word class told-verbs needs entries") == true, "\(String(describing: empty))")
        let link = error("version: 1\nwords:\n  - id: accuse-cues\n    links:\n      - {words: [accused]}\n")
        #expect(link?.description.hasPrefix("user/extra.yml:5:9: a link needs words and then") == true, "\(String(describing: link))")
    }

    /// A user folder replaces a class's entries by id and keeps its description. "said goodbye to
    /// his staff" is a formula, no statement, while "goodbye" is a say-formula; without it, "said"
    /// reports "goodbye to his staff". Checked as written and after a multi-byte prefix.
    @Test func userFolderOverridesAWordClass() throws {
        let set = try load("version: 1\nwords:\n  - id: say-formulas\n    entries: [farewell]\n")
        let list = try #require(set.words["say-formulas"])
        #expect(list.entries == ["farewell"])
        #expect(list.file == "user/extra.yml")
        #expect(list.description == RuleSet.builtIn.words["say-formulas"]?.description)
        #expect(RuleSet.builtIn.words["say-formulas"]?.entries.contains("goodbye") == true)
        for prefix in ["", CaseRunner.multiBytePrefix] {
            let text = prefix + "The mayor said goodbye to his staff."
            #expect(Analyzer(rules: .builtIn).analyze(text: text).attributions.isEmpty)
            let a = Analyzer(rules: set).analyze(text: text)
            let at = try #require(a.attributions.first)
            #expect(a.attributions.count == 1)
            #expect(at.cue.map { a.text($0.span) } == "said")
            #expect(at.cue?.span.start == prefix.utf8.count + 10)
            #expect(at.content.map { a.text($0) } == "goodbye to his staff")
        }
    }

    /// The segmenter's verbs of saying after a quotation and a name are data too: one added by a
    /// user folder keeps "“Why now?” Ana Diaz murmured." one sentence.
    @Test func userSpeechVerbKeepsAnAttributedQuestionOneSentence() throws {
        let text = "\u{201C}Why now?\u{201D} Ana Diaz murmured. She left."
        func sentences(_ rules: RuleSet) -> [String] {
            let doc = SourceDocument(name: "case", bytes: Array(text.utf8), format: .text)
            let prose = try! DocumentReader.prose(for: doc)
            return Segmenter(abbreviations: rules.abbreviations).sentences(in: prose).map { doc.text($0.span) }
        }
        #expect(sentences(.builtIn) == ["\u{201C}Why now?\u{201D}", "Ana Diaz murmured.", "She left."])
        let set = try load("version: 1\nspeech-verbs: [murmured]\n")
        #expect(sentences(set) == ["\u{201C}Why now?\u{201D} Ana Diaz murmured.", "She left."])
    }
}
