import AttribCore
import Testing

/// The case format and its runner: markers, the YAML shape and its errors, and what makes a case
/// fail — a missing, extra or different attribution, a stale known-wrong entry, a finding.
@Suite("Case files and runner")
struct CaseRunnerTests {
    static let runner = CaseRunner(rules: .builtIn)

    static func file(_ cases: String, name: String = "quotations") throws -> CaseFile {
        try CaseFile.parse("version: 1\nphenomenon: \(name)\ndescription: test cases\ncases:\n" + cases, file: "cases/\(name).yml")
    }

    static func problems(_ cases: String) throws -> [String] {
        let f = try file(cases)
        return f.cases.flatMap { runner.check($0).map(\.description) }
    }

    // MARK: - Markers

    @Test func markersNestAndCountUTF8Bytes() throws {
        let m = try MarkedText(parsing: "«t:Prices, «s:né» «c:said», rose» 🗞️")
        #expect(m.text == "Prices, né said, rose 🗞️")
        let spans = Dictionary(uniqueKeysWithValues: m.markers.map { ($0.tag, $0.span) })
        #expect(spans["s"] == Span(8, 11))  // "né" is 3 bytes
        #expect(spans["c"] == Span(12, 16))
        #expect(spans["t"] == Span(0, 22))
    }

    @Test func numberedMarkersAndSharedSpans() throws {
        let m = try MarkedText(parsing: "«s1,2:She» «c1:said» it; «c2:added» more")
        #expect(m.markers.map(\.tag) == ["s1,2", "c1", "c2"])
        #expect(m.markers[0].numbers == [1, 2])
    }

    @Test func guillemetsThatAreNoMarkersStayText() throws {
        let m = try MarkedText(parsing: "He said «Non» and «x» » «c:said»")
        #expect(m.text == "He said «Non» and «x» » said")
        #expect(m.markers.map(\.tag) == ["c"])
    }

    @Test func unclosedMarkerIsAnError() {
        let error = #expect(throws: MarkedText.Problem.self) { _ = try MarkedText(parsing: "Yes «s:she said") }
        #expect(error?.offset == 4)
        #expect(error?.reason == "marker «s: is never closed with »")
    }

    // MARK: - The file format

    @Test func casesKnowTheirLines() throws {
        let f = try Self.file("""
              - text: "«s:Officials» «c:said» «t:the talks had stalled»."
                kind: anonymous
                anonymous: true
              - text: "Nothing is attributed here."
            """)
        #expect(f.cases.map(\.line) == [5, 8])
        #expect(f.cases[0].attributions == [ExpectedAttribution(number: 1, cue: Span(10, 14), source: Span(0, 9), content: Span(15, 36),
                                                                kind: .anonymous, anonymous: true)])
        #expect(f.cases[1].attributions.isEmpty && f.cases[1].findings == nil)
    }

    @Test(arguments: [
        ("  - text: \"«c:said»\"\n    knd: named\n", "cases/quotations.yml:6:5: unknown key 'knd' in case (expected one of: text, attributions, findings, known-wrong, kind, quote, anonymous, category, level, resolved, loaded)"),
        ("  - text: \"«s:She» «c:said»\"\n", "cases/quotations.yml:5:11: attribution 1 marks a source, so it needs its 'kind'"),
        ("  - text: \"«s:She» said\"\n    kind: pronoun\n", "cases/quotations.yml:6:11: 'kind' describes an attribution, but the text marks no cue «c:…»"),
        ("  - text: \"«c1:said»\"\n", "cases/quotations.yml:5:11: numbered marker «c1:…» needs an 'attributions' list"),
        ("  - text: \"«c1:said» «c3:added»\"\n    attributions: [{}, {}]\n",
         "cases/quotations.yml:5:11: marker «c3:…» refers to attribution 3, but the case has 2"),
        ("  - text: \"«c:said\"\n", "cases/quotations.yml:5:11: marker «c: is never closed with » (at character 1 of the text)"),
        ("  - text: \"«c:said»\"\n    quote: verbatim\n", "cases/quotations.yml:6:12: quote must be one of direct, partial, none, not 'verbatim'"),
        ("  - text: \"«c:said»\"\n    findings:\n      - {rule: claim.unattributed, at: f}\n",
         "cases/quotations.yml:7:40: 'at: f' names no marker «f:…» in the text (c, s, t and r mark attributions)"),
        ("  - text: \"«c:said»\"\n    known-wrong:\n      - {finding: claim.unattributed, why: a date}\n",
         "cases/quotations.yml:7:9: a known-wrong finding needs the case to list its 'findings' (findings are checked only then)"),
    ])
    func badCasesNameFileLineAndColumn(_ yaml: String, _ message: String) {
        #expect(throws: AttribError.self) { try Self.file(yaml) }
        do {
            _ = try Self.file(yaml)
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func phenomenonMustMatchTheFileName() {
        #expect(throws: AttribError.invalidRuleFile(file: "cases/quotes.yml", line: 2, column: 13,
                                                    reason: "phenomenon 'quotations' must match the file name 'quotes'")) {
            _ = try CaseFile.parse("version: 1\nphenomenon: quotations\ncases: []\n", file: "cases/quotes.yml")
        }
    }

    // MARK: - Running

    @Test func aCaseThatMatchesHolds() throws {
        #expect(try Self.problems("""
              - text: "«s:Two officials» «c:said» «t:the talks had stalled»."
                kind: anonymous
                anonymous: true
                level: high
                findings: [anonymous-source.no-reason]
            """) == [])
    }

    @Test func anAttributionNobodyMarkedFailsTheCase() throws {
        let p = try Self.problems("""
              - text: "«s:Smith» «c:said» «t:Jones told him that the vote had been rigged»."
                kind: named
            """)
        #expect(p == ["unexpected attribution: cue «told», source «Jones» (named), content «the vote had been rigged»"])
    }

    @Test func aMissingOrDifferentAttributionFailsTheCase() throws {
        #expect(try Self.problems("  - text: \"The talks had stalled, «c:officials» said.\"\n") == [
            "attribution 1: no attribution at cue «officials»",
            "unexpected attribution: cue «said», source «officials» (anonymous), content «The talks had stalled»",
        ])
        #expect(try Self.problems("""
              - text: "«t:The talks had stalled», «s:officials» «c:said»."
                kind: vague
                category: cognition
                level: low
            """) == [
            "attribution 1 at «said»: kind anonymous, expected vague",
            "attribution 1 at «said»: anonymous true, expected false",
            "attribution 1 at «said»: category speech, expected cognition",
            "attribution 1 at «said»: level high (confidence 0.855), expected low",
        ])
    }

    @Test func spansAreComparedByPositionNotText() throws {
        // The same words twice: marking the first "said" where attrib finds the second is a failure.
        let p = try Self.problems("""
              - text: "«t:It said so», «s:she» «c:said»."
                kind: pronoun
            """)
        #expect(p.isEmpty)
        let wrong = try Self.problems("""
              - text: "«t:It «c:said» so», «s:she» said."
                kind: pronoun
            """)
        #expect(wrong.first == "attribution 1: no attribution at cue «said»")
    }

    @Test func theAntecedentAndLoadednessAreCheckedWhenGiven() throws {
        #expect(try Self.problems("""
              - text: "Ms. Lopez spoke first. «s:She» «c:said» «t:it would hurt rural hospitals»."
                kind: pronoun
                resolved: "Ms. Lopez"
                loaded: false
            """) == [])
        #expect(try Self.problems("""
              - text: "Ms. Lopez spoke first. «s:She» «c:said» «t:it would hurt rural hospitals»."
                kind: pronoun
                resolved: null
                loaded: true
            """) == [
            "attribution 1 at «said»: antecedent «Ms. Lopez», expected none",
            "attribution 1 at «said»: loaded false, expected true",
        ])
    }

    @Test func knownWrongAttributionsMustStillAppear() throws {
        let holds = """
              - text: "«s:Smith» «c:said» «t:Jones told him that the vote had been rigged»."
                kind: named
                known-wrong:
                  - {cue: told, source: Jones, why: a made-up reason for this test}
            """
        #expect(try Self.problems(holds) == [])
        let stale = """
              - text: "«s:Smith» «c:said» «t:the vote had been rigged»."
                kind: named
                known-wrong:
                  - {cue: told, why: a made-up reason for this test}
            """
        #expect(try Self.problems(stale) == [
            "known-wrong attribution at «told» is no longer found (a made-up reason for this test); remove it from known-wrong",
        ])
    }

    @Test func findingsAreExactWhenListed() throws {
        #expect(try Self.problems("""
              - text: "«f:Three people were arrested.»"
                findings:
                  - {rule: claim.unattributed, at: f}
            """) == [])
        #expect(try Self.problems("""
              - text: "Three «f:people» were arrested."
                findings:
                  - {rule: claim.unattributed, at: f}
                  - quote.unattributed
            """) == [
            "missing finding claim.unattributed at «people»; found it at «Three people were arrested.»",
            "missing finding quote.unattributed",
        ])
        #expect(try Self.problems("  - text: \"Three people were arrested.\"\n    findings: []\n")
                == ["unexpected finding claim.unattributed at «Three people were arrested.»"])
        // Without a findings list, findings are not checked.
        #expect(try Self.problems("  - text: \"Three people were arrested.\"\n") == [])
        #expect(try Self.problems("""
              - text: "Three people were arrested."
                findings: []
                known-wrong:
                  - {finding: claim.unattributed, why: a made-up reason for this test}
            """) == [])
    }

    @Test func theReportCountsPerPhenomenon() throws {
        let good = try Self.file("  - text: \"Nothing is attributed here.\"\n  - text: \"«t:The rain will stop», «s:she» «c:said».\"\n    kind: pronoun\n")
        let bad = try Self.file("  - text: \"«s:Officials» «c:said» so.\"\n    kind: anonymous\n    anonymous: true\n", name: "non-statements")
        let report = CaseReport(files: [good, bad], runner: Self.runner)
        #expect(report.phenomena.map { "\($0.name) \($0.cases) \($0.failed) \($0.attributions)" } == ["quotations 2 0 1", "non-statements 1 1 1"])
        #expect(report.failures.first?.problems.map(\.description) == ["attribution 1: no attribution at cue «said»"])
        #expect(report.runs == 6)
        #expect(report.failures.map { "\($0.file):\($0.line)" } == ["cases/non-statements.yml:5"])
    }
}
