import Foundation
import Testing

/// `attrib eval --cases` and `attrib rules test` running marked cases, as a user would: counts per
/// phenomenon, failures at file:line, exit codes, and a broken case file that does not stop the rest.
@Suite("Marked cases CLI")
struct CaseCLITests {
    static let quotations = """
        version: 1
        phenomenon: quotations
        description: Written for this test.
        cases:
          - text: "“«t:We will appeal»,” «s:she» «c:said»."
            kind: pronoun
            quote: direct
          - text: "«t:We will appeal», «s:she» «c:said»."
            kind: named
          - text: "Nothing is attributed here."

        """

    static let polls = """
        version: 1
        phenomenon: polls
        cases:
          - text: "«s:A Gallup poll» «c:found» that «t:41% of voters approve»."
            kind: document
            category: cognition

        """

    @Test func evalCasesCountsPerPhenomenonAndShowsFailures() throws {
        let f = try Fixture()
        try f.write("cases/quotations.yml", Self.quotations)
        try f.write("cases/polls.yml", Self.polls)
        let r = try f.run(["eval", "--cases", "cases"])
        #expect(r.status == 1, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows.contains("polls 1 1 0 1"), "\(r.stdout)")
        #expect(rows.contains("quotations 3 2 1 2 FAIL"), "\(r.stdout)")
        #expect(rows.contains("all 4 3 1 3"), "\(r.stdout)")
        #expect(!r.stdout.contains("expected named"))
        let shown = try f.run(["eval", "--cases", "cases", "--show", "failures"])
        #expect(shown.stdout.contains("cases/quotations.yml:8: «t:We will appeal», «s:she» «c:said».\n"
                                      + "    attribution 1 at «said»: kind pronoun, expected named\n"), "\(shown.stdout)")
        try f.write("cases/quotations.yml", Self.quotations.replacingOccurrences(of: "kind: named", with: "kind: pronoun"))
        let fixed = try f.run(["eval", "--cases", "cases"])
        #expect(fixed.status == 0, "\(fixed.stdout)")
    }

    @Test func aBrokenCaseFileIsNamedAndTheOthersStillRun() throws {
        let f = try Fixture()
        try f.write("cases/polls.yml", Self.polls)
        try f.write("cases/quotations.yml", "version: 1\nphenomenon: quotations\ncases:\n  - text: \"«c:said»\"\n    knd: named\n")
        let r = try f.run(["eval", "--cases", "cases"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("cases/quotations.yml:5:5: unknown key 'knd' in case"), "\(r.stderr)")
        #expect(r.stdout.contains("polls"))
    }

    @Test func usageErrors() throws {
        let f = try Fixture()
        try f.write("cases/polls.yml", Self.polls)
        for args in [["eval", "--cases", "nowhere"], ["eval", "--cases", "cases", "--show", "misses"],
                     ["eval", "--cases", "cases", "--gold", "brat"], ["eval", "--show", "failures"], ["rules", "test", "--cases", "nowhere"]] {
            let r = try f.run(args)
            #expect(r.status == 2, "\(args) \(r.stdout)")
        }
    }

    @Test func rulesTestRunsTheCasesOfTheCurrentFolder() throws {
        let f = try Fixture()
        let none = try f.run(["rules", "test"])
        #expect(none.status == 0 && !none.stdout.contains("cases in"), "\(none.stdout)")
        try f.write("corpus/cases/polls.yml", Self.polls)
        let found = try f.run(["rules", "test"])
        #expect(found.status == 0)
        #expect(found.stdout.contains("cases in corpus/cases: 1 passed, 0 failed (1 phenomenon, 2 runs)\n  polls  1 passed\n"), "\(found.stdout)")
        try f.write("other/quotations.yml", Self.quotations)
        let failing = try f.run(["rules", "test", "--cases", "other"])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("FAIL other/quotations.yml:8:"), "\(failing.stdout)")
    }
}
