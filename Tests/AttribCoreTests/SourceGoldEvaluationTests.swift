import AttribCore
import Foundation
import Testing

/// Scoring attrib's pronoun referents and source kinds against annotated gold
/// (`attrib eval --gold brat --pronouns FILE --kinds FILE`), on a passage of our own whose
/// predicted attributions are set by hand, so every figure below was worked out on paper. The
/// passage runs as written and after a multi-byte prefix (the gold's offsets are code points).
@Suite("pronoun and source-kind gold")
struct SourceGoldEvaluationTests {
    static let body = """
        Nora Dale, the harbour master, said the pier would close. “We cannot wait,” she said.

        Two port officials, who spoke on condition of anonymity because the talks are private, said the sale had stalled. \
        They said a buyer had walked away. The officials added that the board knew. A dock worker said the cranes were idle.

        The ministry said on Monday that the lease was under review. It added that a decision would come soon. \
        Its minister, Tomás Ruiz, was not available.

        He told a radio host that talks would go on.

        You may think the lease is safe.

        """

    static let reason = "who spoke on condition of anonymity because the talks are private"

    struct Fixture {
        var text: String
        var analysis: DocumentAnalysis
        var pronouns: [PronounAntecedent]
        var kinds: [AnnotatedSourceKind]
    }

    /// Hand-built predictions (source, kind, resolved antecedent, anonymous flag, reason):
    /// - "Nora Dale" named · "she" pronoun → "Nora Dale"
    /// - "Two port officials" anonymous, with the reason · "They" pronoun → "Nora Dale" (wrong), not anonymous
    /// - "The officials" vague (wrong), anonymous, no reason · "A dock worker" anonymous, given the officials' reason
    /// - "The ministry" named · "It" pronoun, not resolved · "You" pronoun, not resolved
    /// - nothing for "He"
    static func fixture(prefix: String) -> Fixture {
        let text = prefix + body
        func b(_ s: String, _ nth: Int = 1) -> Span { BratAnnotationsTests.bytes(s, in: text, nth: nth) }
        func a(_ source: String, _ kind: SourceKind, resolved: Span? = nil, cue: Span, anonymous: Bool = false,
               reason: Span? = nil) -> Attribution {
            Attribution(sentence: 0, cue: Cue(span: cue, category: .speech, loaded: false, rule: "lexicon.x"),
                        source: SourceMention(span: b(source), kind: kind, resolved: resolved), content: nil, quote: .none,
                        anonymous: anonymous, anonymityReason: reason, confidence: 0.9, rules: ["pattern.x"])
        }
        var analysis = Analyzer(rules: .builtIn).analyze(text: text, name: "harbour.txt")
        analysis.attributions = [
            a("Nora Dale", .named, cue: b("said", 1)),
            a("she", .pronoun, resolved: b("Nora Dale"), cue: b("said", 2)),
            a("Two port officials", .anonymous, cue: b("said", 3), anonymous: true, reason: b(reason)),
            a("They", .pronoun, resolved: b("Nora Dale"), cue: b("said", 4)),
            a("The officials", .vague, cue: b("added", 1), anonymous: true),
            a("A dock worker", .anonymous, cue: b("said", 5), anonymous: true, reason: b(reason)),
            a("The ministry", .named, cue: b("said", 6)),
            a("It", .pronoun, cue: b("added", 2)),
            a("You", .pronoun, cue: b("think")),
        ]
        let digest = SHA256.hex(Array(text.utf8))
        func cp(_ s: String, _ nth: Int = 1) -> String {
            let (start, end) = BratAnnotationsTests.cp(s, in: text, nth: nth)
            return "[\(start), \(end)]"
        }
        func pronoun(_ p: String, _ kind: String, _ mentions: [String]) -> String {
            #"{"article": "harbour", "sha256": "\#(digest)", "pronoun": \#(p), "kind": "\#(kind)", "mentions": [\#(mentions.joined(separator: ", "))]}"#
        }
        let pronounLines = [
            pronoun(cp("she"), "female", [cp("Nora Dale"), cp("the harbour master")]),
            pronoun(cp("They"), "group", [cp("Two port officials"), cp("The officials")]),
            pronoun(cp("It"), "organisation", [cp("The ministry")]),
            pronoun(cp("He"), "male", [cp("Tomás Ruiz")]),
            pronoun(cp("You"), "other", []),
        ]
        func kind(_ s: String, _ kind: String, anonymous: Bool, reason: Bool = false) -> String {
            #"{"article": "harbour", "sha256": "\#(digest)", "source": \#(s), "kind": "\#(kind)", "anonymous": \#(anonymous), "reason": \#(reason ? cp(Self.reason) : "null")}"#
        }
        let kindLines = [
            kind(cp("Nora Dale"), "named", anonymous: false),
            kind(cp("she"), "pronoun", anonymous: false),
            kind(cp("Two port officials"), "anonymous", anonymous: true, reason: true),
            kind(cp("They"), "pronoun", anonymous: true, reason: true),
            kind(cp("The officials"), "anonymous", anonymous: true, reason: true),
            kind(cp("A dock worker"), "anonymous", anonymous: true),
            kind(cp("The ministry"), "named", anonymous: false),
            kind(cp("It"), "pronoun", anonymous: false),
            kind(cp("He"), "pronoun", anonymous: false),
            kind(cp("You"), "pronoun", anonymous: false),
        ]
        let p = SourceGold.pronouns(Array(pronounLines.joined(separator: "\n").utf8), file: "p.json")
        let k = SourceGold.kinds(Array(kindLines.joined(separator: "\n").utf8), file: "k.json")
        precondition(p.problems.isEmpty && k.problems.isEmpty, "\(p.problems) \(k.problems)")
        return Fixture(text: text, analysis: analysis, pronouns: p.records, kinds: k.records)
    }

    @Test(arguments: BratAnnotationsTests.prefixes)
    func pronounsFoundAndResolvedByReferentKind(prefix: String) {
        let f = Self.fixture(prefix: prefix)
        var e = PronounEvaluation(collectWrong: true)
        #expect(e.add(f.pronouns, analysis: f.analysis, file: "harbour.txt", goldFile: "p.json").isEmpty)
        // she → Nora Dale: right. They → Nora Dale: wrong. It: not resolved. He: not found.
        // You: no referent in the text and left unresolved: right.
        #expect([e.all.annotated, e.all.found, e.all.right] == [5, 4, 2] as [Int])
        #expect(e.all.rightOfAnnotated == 0.4 && e.all.rightOfFound == 0.5)
        func counts(_ k: PronounAntecedent.Kind) -> [Int] {
            let c = e.byKind[k] ?? .init()
            return [c.annotated, c.found, c.right]
        }
        #expect(counts(.female) == [1, 1, 1] && counts(.other) == [1, 1, 1])
        #expect(counts(.group) == [1, 1, 0] && counts(.organisation) == [1, 1, 0] && counts(.male) == [1, 0, 0])
        #expect(e.wrong.map(\.outcome) == [.wrong, .unresolved, .notFound])
        let they = e.wrong[0]
        #expect(they.pronoun == "They" && they.kind == .group && they.attrib == "Nora Dale")
        #expect(they.gold == ["Two port officials", "The officials"])
        #expect(they.sentence == "They said a buyer had walked away.")
        let he = e.wrong[2]
        #expect(he.location.line == (prefix.isEmpty ? 7 : 9) && he.location.column == 1)
        #expect(he.gold == ["Tomás Ruiz"] && he.attrib == nil)
        let figures = Dictionary(e.figures, uniquingKeysWith: { a, _ in a })
        #expect(figures["pronoun.right.of-annotated"] == 0.4 && figures["pronoun.right.of-found"] == 0.5)
        #expect(figures["pronoun.found"] == 0.8 && figures["pronoun.male.right.of-annotated"] == 0)
        #expect(figures["pronoun.female.right.of-found"] == 1)
    }

    @Test(arguments: BratAnnotationsTests.prefixes)
    func kindsAnonymousFlagsReasonsAndConfusion(prefix: String) {
        let f = Self.fixture(prefix: prefix)
        var e = SourceKindEvaluation(collectWrong: true)
        #expect(e.add(f.kinds, analysis: f.analysis, file: "harbour.txt", goldFile: "k.json").isEmpty)
        // Ten annotated, nine found ("He" is not). Kinds: all right but "The officials" (vague for
        // anonymous). Flags: all right but "They" (its referent is anonymous, attrib says not).
        #expect([e.annotated, e.found, e.kindRight, e.anonymousRight] == [10, 9, 8, 8] as [Int])
        // Reasons: the officials, "They" and "The officials" have one; attrib found the first only.
        // The dock worker has none, and attrib gave it the officials' reason.
        #expect([e.reasonAnnotated, e.reasonFound, e.noReasonFound, e.reasonWhereNone] == [3, 1, 1, 1] as [Int])
        #expect(e.confusion[.named] == [.named: 2])
        #expect(e.confusion[.anonymous] == [.anonymous: 2, .vague: 1])
        #expect(e.confusion[.pronoun] == [.pronoun: 4, nil: 1])
        #expect(e.kindsSeen == [.named, .anonymous, .vague, .pronoun])
        #expect(e.recall(.anonymous) == 2.0 / 3 && e.recall(.pronoun) == 1)
        #expect(e.precision(.vague) == 0 && e.precision(.anonymous) == 1)
        #expect(e.wrong.map(\.source) == ["They", "The officials", "A dock worker", "He"])
        let officials = e.wrong[1]
        #expect(officials.kind == .anonymous && officials.attribKind == .vague && officials.reason == Self.reason)
        #expect(officials.attribReason == nil && officials.attribAnonymous == true)
        #expect(e.wrong[2].attribReason == Self.reason && e.wrong[3].attribKind == nil)
        let figures = Dictionary(e.figures, uniquingKeysWith: { a, _ in a })
        #expect(figures["kind.accuracy"] == 8.0 / 9 && figures["kind.anonymous.accuracy"] == 8.0 / 9)
        #expect(figures["kind.reason.found"] == 1.0 / 3 && figures["kind.found"] == 0.9)
        #expect(figures["kind.vague.precision"] == 0 && figures["kind.document.recall"] == nil)
    }

    @Test(arguments: BratAnnotationsTests.prefixes)
    func aChangedTextOrASpanPastTheEndIsReportedAndLeftOut(prefix: String) {
        let f = Self.fixture(prefix: prefix)
        var changed = f.pronouns
        for i in changed.indices { changed[i].sha256 = String(repeating: "0", count: 64) }
        var e = PronounEvaluation()
        let problems = e.add(changed, analysis: f.analysis, file: "harbour.txt", goldFile: "p.json")
        #expect(problems.count == 1 && e.all.annotated == 0)
        #expect("\(problems[0])".hasPrefix("p.json:1:1: article harbour: its text has changed"))
        #expect("\(problems[0])".contains("its 5 annotations are not scored"))

        var past = f.kinds
        past[1].source = CodePointSpan(0, 1_000_000)
        past[1].line = 2
        var k = SourceKindEvaluation()
        let p = k.add(past, analysis: f.analysis, file: "harbour.txt", goldFile: "k.json")
        #expect(p.count == 1 && "\(p[0])".hasPrefix("k.json:2:1: article harbour: [0, 1000000] ends past the end of its text"))
        #expect(k.annotated == 9)  // the rest is scored
    }

    @Test func linesThatCannotBeUsedAreReportedWithLineAndColumn() {
        let sha = String(repeating: "a", count: 64)
        let lines = [
            #"{"article": "x", "sha256": "\#(sha)", "pronoun": [4, 6], "kind": "male", "mentions": [[0, 3]], "note": "the mayor"}"#,
            "",
            #"{"pronoun": [6, 4], "article": "x", "sha256": "\#(sha)", "kind": "male", "mentions": []}"#,
            "not json",
            #"{"article": "x", "sha256": "ABC", "pronoun": [4, 6], "kind": "male", "mentions": []}"#,
            #"{"kind": "robot", "article": "x", "sha256": "\#(sha)", "pronoun": [4, 6], "mentions": []}"#,
            #"{"article": "x", "sha256": "\#(sha)", "pronoun": [4, 6], "kind": "male"}"#,
            "[1, 2]",
            #"{"mentions": [[1.5, 3]], "article": "x", "sha256": "\#(sha)", "pronoun": [4, 6], "kind": "male"}"#,
        ]
        let p = SourceGold.pronouns(Array(lines.joined(separator: "\r\n").utf8), file: "p.json")
        #expect(p.records == [PronounAntecedent(article: "x", sha256: sha, pronoun: CodePointSpan(4, 6), kind: .male,
                                                mentions: [CodePointSpan(0, 3)], note: "the mayor", line: 1)])
        let messages = p.problems.map { "\($0)" }
        #expect(messages.count == 7)
        #expect(messages[0] == "p.json:3:2: \"pronoun\": [6, 4] is not a span (0 ≤ start < end)")
        #expect(messages[1].hasPrefix("p.json:4:") && messages[1].hasSuffix(": not valid JSON"))
        #expect(messages[2].hasPrefix("p.json:5:") && messages[2].contains("64 lowercase hex digits"))
        #expect(messages[3] == "p.json:6:2: \"kind\" must be one of male, female, group, organisation, other, not \"robot\"")
        #expect(messages[4].hasPrefix("p.json:7:1: \"mentions\" must be a list"))
        #expect(messages[5] == "p.json:8:1: expected one JSON object per line")
        #expect(messages[6].hasPrefix("p.json:9:2: \"mentions\" must hold [start, end] spans of whole numbers"))

        let k = SourceGold.kinds(Array([
            #"{"article": "x", "sha256": "\#(sha)", "source": [0, 3], "kind": "vague", "anonymous": true, "reason": null}"#,
            #"{"article": "x", "sha256": "\#(sha)", "source": [0, 3], "kind": "document", "anonymous": false, "reason": [5, 9], "note": "a memo"}"#,
            #"{"anonymous": 1, "article": "x", "sha256": "\#(sha)", "source": [0, 3], "kind": "named", "reason": null}"#,
            #"{"kind": "person", "article": "x", "sha256": "\#(sha)", "source": [0, 3], "anonymous": false}"#,
        ].joined(separator: "\n").utf8), file: "k.json")
        #expect(k.records.map(\.kind) == [.vague, .document])
        #expect(k.records[1].reason == CodePointSpan(5, 9) && k.records[0].reason == nil && k.records[1].note == "a memo")
        #expect(k.problems.map { "\($0)" } == [
            "k.json:3:2: \"anonymous\" must be true or false",
            "k.json:4:2: \"kind\" must be one of named, anonymous, vague, document, pronoun, not \"person\"",
        ])
    }

    /// The committed sets on PolNeAR train (corpus/polnear/) read without a problem and keep the size
    /// and makeup docs/real-news-evaluation.md gives. Their offsets are checked against the texts
    /// by `attrib eval --gold brat`, where PolNeAR is at hand.
    @Test func theCommittedTrainSetsReadCleanlyAndKeepTheirSize() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("corpus/polnear")
        let p = SourceGold.pronouns(Array(try Data(contentsOf: folder.appendingPathComponent("train-pronouns.json"))), file: "p")
        let k = SourceGold.kinds(Array(try Data(contentsOf: folder.appendingPathComponent("train-kinds.json"))), file: "k")
        #expect(p.problems.isEmpty && k.problems.isEmpty)
        #expect(p.records.count >= 300 && Set(p.records.map(\.article)).count >= 60)
        #expect(Set(p.records.map { BratEvaluation.prefix(of: $0.article) }).count == 7)
        #expect(k.records.count >= 400)
        let withReason = k.records.filter { $0.anonymous && $0.reason != nil }.count
        let withoutReason = k.records.filter { $0.anonymous && $0.reason == nil }.count
        #expect(withReason >= 40 && withoutReason >= 100)
        // One digest per article, and no source annotated twice.
        for records in Dictionary(grouping: p.records.map { ($0.article, $0.sha256) } + k.records.map { ($0.article, $0.sha256) }, by: \.0).values {
            #expect(Set(records.map(\.1)).count == 1)
        }
        #expect(Set(k.records.map { "\($0.article) \($0.source.start)" }).count == k.records.count)
        #expect(Set(p.records.map { "\($0.article) \($0.pronoun.start)" }).count == p.records.count)
    }
}
