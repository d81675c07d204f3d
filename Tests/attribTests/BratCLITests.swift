import AttribCore
import Foundation
import Testing

/// `attrib analyze --format brat` and `attrib eval --gold brat`, run as a user would, on texts
/// written for these tests (multi-byte characters, CRLF line ends, two annotators, bad lines).
@Suite("brat CLI")
struct BratCLITests {
    static let article = """
        🗞️ Østby, Norway — “We will not sell the harbour,” said Ingrid Halvorsen, the mayor.

        The council told reporters on Tuesday that the vote would wait until spring. \
        Two officials, who asked not to be named because the talks are private, said a buyer had walked away.

        """

    static func json(_ r: CLI.Result) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any])
    }

    static func figure(_ j: [String: Any], _ name: String) -> Double? {
        (j["figures"] as? [String: Any])?[name] as? Double
    }

    @Test func analyzeThenEvalOnItsOwnOutputScoresEverything() throws {
        let f = try Fixture()
        try f.write("in/harbour.txt", Self.article)
        try f.write("in/crlf.txt", Self.article.replacingOccurrences(of: "\n", with: "\r\n"))
        let a = try f.run(["analyze", "in", "--format", "brat", "--output-dir", "out"])
        #expect(a.status == 0, "\(a.stderr)")
        let conf = String(decoding: try f.bytes("out/annotation.conf"), as: UTF8.self)
        #expect(conf.contains("[events]") && conf.contains("Attribution\tSource?:Source, Cue:Cue"))
        #expect(try f.bytes("out/crlf.txt") == Array(Self.article.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        let ann = String(decoding: try f.bytes("out/harbour.ann"), as: UTF8.self)
        #expect(ann.contains("\tCue ") && ann.contains("\tSource ") && ann.contains("\tAnonymityReason "))
        #expect(ann.contains("SourceKind E1 named") && ann.contains("Level E1 high"))
        // Code points, not bytes: "said" starts after the emoji, the Ø and the curly quotes.
        let scalars = Array(Self.article.unicodeScalars)
        let said = (0..<(scalars.count - 4)).first { String(String.UnicodeScalarView(scalars[$0..<($0 + 4)])) == "said" }!
        #expect(ann.contains("\tCue \(said) \(said + 4)\tsaid"))

        let e = try f.run(["eval", "--gold", "brat", "out", "--format", "json"])
        #expect(e.status == 0, "\(e.stderr)")
        let j = try Self.json(e)
        #expect(j["documents"] as? Int == 2)
        let attributions = try #require(j["attributions"] as? [String: Any])
        #expect((attributions["gold"] as? Int ?? 0) >= 6)
        for name in ["attribution.precision", "attribution.recall", "cue.exact.f1", "source.exact.f1", "content.exact.f1",
                     "source.given-cue.exact", "content.given-cue.exact"] {
            #expect(Self.figure(j, name) == 1, "\(name)")
        }
    }

    /// `--fit-confidence` writes maps a rules folder can load; on attrib's own output every tag is
    /// right, so every fitted knot maps to 1 and the next run's tags are all 1.0.
    @Test func fittedCalibrationLoadsAsAUserRulesFile() throws {
        let f = try Fixture()
        try f.write("in/harbour.txt", Self.article)
        #expect(try f.run(["analyze", "in", "--format", "brat", "--output-dir", "gold"]).status == 0)
        let fit = try f.run(["eval", "--gold", "brat", "gold", "--fit-confidence", "mine/calibration.yml"])
        #expect(fit.status == 2, "no folder yet: \(fit.stderr)")
        #expect(fit.stderr.contains("mine/calibration.yml"))
        try f.write("mine/.keep", "")
        let ok = try f.run(["eval", "--gold", "brat", "gold", "--fit-confidence", "mine/calibration.yml"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.contains("cross-validated by document"))
        let yaml = String(decoding: try f.bytes("mine/calibration.yml"), as: UTF8.self)
        #expect(yaml.contains("- rule: default") && yaml.contains("knots: [["))
        let again = try f.run(["analyze", "in/harbour.txt", "--format", "jsonl", "--rules", "mine"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("\"confidence\":1") && !again.stdout.contains("\"confidence\":0."))
        let raw = try f.run(["eval", "--gold", "brat", "gold", "--rules", "mine", "--raw-confidence", "--format", "json"])
        #expect(raw.status == 0, "\(raw.stderr)")
        let bad = try f.run(["eval", "--raw-confidence"])
        #expect(bad.status == 2 && bad.stderr.contains("--raw-confidence needs --gold brat"))
    }

    @Test func streamWithoutAFolderSeparatesDocumentsByName() throws {
        let f = try Fixture()
        try f.write("one.txt", "The mayor said the road would reopen.\n")
        try f.write("two.md", "# Budget\n\nThe council said the budget was balanced.\n")
        let r = try f.run(["analyze", "one.txt", "two.md", "--format", "brat"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("# ") } == ["# one", "# two"])
        #expect(lines.filter { $0.hasPrefix("E") }.count == 2)
        let usage = try f.run(["analyze", "one.txt", "--output-dir", "x"])
        #expect(usage.status == 2 && usage.stderr.contains("--format brat"))
    }

    /// PolNeAR's layout: text/NAME.txt, attributions/NAME_<annotator>.ann.
    @Test func theFirstAnnotatorInSortedOrderUnlessOneIsChosen() throws {
        let f = try Fixture()
        try f.write("in/story.txt", Self.article)
        #expect(try f.run(["analyze", "in", "--format", "brat", "--output-dir", "out"]).status == 0)
        try f.write("gold/text/story.txt", bytes: try f.bytes("out/story.txt"))
        try f.write("gold/attributions/story_b2.ann", bytes: try f.bytes("out/story.ann"))  // attrib's own
        try f.write("gold/attributions/story_a1.ann", "")                                    // marks nothing
        let first = try Self.json(try f.run(["eval", "--gold", "brat", "gold", "--format", "json"]))
        #expect(first["layout"] as? String == "text/NAME.txt + attributions/NAME_<annotator>.ann")
        #expect(Self.figure(first, "attribution.precision") == 0)
        let chosen = try Self.json(try f.run(["eval", "--gold", "brat", "gold", "--format", "json", "--annotator", "b2"]))
        #expect(Self.figure(chosen, "attribution.precision") == 1)
        #expect(Self.figure(chosen, "attribution.recall") == 1)
        let none = try f.run(["eval", "--gold", "brat", "gold", "--annotator", "zz"])
        #expect(none.stderr.contains("1 texts have no file by annotator zz"))
    }

    @Test func handWrittenGoldWithCRLFMalformedLinesAndOtherLabels() throws {
        let f = try Fixture()
        // Offsets count the carriage returns: "said" is at code point 26 (line 1 is 12 + CR LF).
        let text = "Ferry delays\r\nThe captain said the ferry was late.\r\n"
        try f.write("g/ferry.txt", text)
        try f.write("g/ferry.ann", [
            "T1\tSpeaker 14 25\tThe captain",
            "T2\tTrigger 26 30\tsaid",
            "T3\tWords 31 49\tthe ferry was late",
            "E1\tAttribution:T2 Speaker:T1 Trigger:T2 Words:T3",
            "T4\tTrigger 26 x\tsaid",
            "garbage here",
        ].joined(separator: "\r\n") + "\r\n")
        let r = try f.run(["eval", "--gold", "brat", "g", "--labels", "source=Speaker,cue=Trigger,content=Words", "--format", "json"])
        #expect(r.status == 2)  // the bad lines are input errors ...
        #expect(r.stderr.contains("g/ferry.ann:5: T4: offsets"))
        #expect(r.stderr.contains("g/ferry.ann:6: not a brat standoff line"))
        let j = try Self.json(r)  // ... and the rest is still scored
        #expect(Self.figure(j, "attribution.recall") == 1)
        #expect(Self.figure(j, "source.exact.f1") == 1)
        #expect(Self.figure(j, "content.exact.f1") == 1)
        // Without the labels nothing is gold.
        let plain = try Self.json(try f.run(["eval", "--gold", "brat", "g", "--format", "json"]))
        #expect((plain["attributions"] as? [String: Any])?["gold"] as? Int == 0)
    }

    @Test func showPrintsFileLineColumnAndFloorsApply() throws {
        let f = try Fixture()
        // A "gold" attribution no rule could find, so the example does not depend on the rules.
        try f.write("g/plan.txt", "Bananas are yellow.\n")
        try f.write("g/plan.ann", "T1\tSource 0 7\tBananas\nT2\tCue 8 11\tare\nT3\tContent 12 18\tyellow\nE1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n")
        let r = try f.run(["eval", "--gold", "brat", "g", "--show", "misses"])
        #expect(r.stdout.contains("g/plan.txt:1:9: missed"))
        #expect(r.stdout.contains("gold: source [Bananas] cue {are} content ⟨yellow⟩"))
        #expect(r.stdout.contains("attrib: nothing in this sentence"))
        try f.write("floors.json", #"{"attribution.recall": 0.5}"#)
        let below = try f.run(["eval", "--gold", "brat", "g", "--floors", "floors.json"])
        #expect(below.status == 1 && below.stderr.contains("attribution.recall"))
        let usage = try f.run(["eval", "--show", "misses"])
        #expect(usage.status == 2 && usage.stderr.contains("--gold brat"))
        let missing = try f.run(["eval", "--gold", "brat", "nowhere"])
        #expect(missing.status == 2 && missing.stderr.contains("nowhere"))
    }

    /// `--pronouns` and `--kinds`: gold files written for this test against two texts of our own.
    /// The pronoun is in a sentence no rule reads as an attribution, so the figures do not depend
    /// on the rules: it is annotated and not found.
    @Test func pronounAndKindGoldAreScoredAndAChangedTextIsAnInputError() throws {
        let f = try Fixture()
        let plan = "Ærø 🚢 harbour notes\nBananas are yellow. He ate one.\n"
        let other = "The mayor said the road would reopen.\n"
        try f.write("g/plan.txt", plan)
        try f.write("g/plan.ann", "")
        try f.write("g/other.txt", other)
        try f.write("g/other.ann", "")
        // "He" is code points 40–42 (line 1 is 19 code points and a line feed; "Bananas are yellow. " 20).
        let sha = SHA256.hex(Array(plan.utf8))
        try f.write("p.jsonl", [
            #"{"article": "plan", "sha256": "\#(sha)", "pronoun": [40, 42], "kind": "male", "mentions": [], "note": "no one named"}"#,
            #"{"article": "other", "sha256": "\#(String(repeating: "0", count: 64))", "pronoun": [0, 3], "kind": "male", "mentions": []}"#,
            #"{"article": "elsewhere", "sha256": "\#(sha)", "pronoun": [0, 3], "kind": "male", "mentions": []}"#,
        ].joined(separator: "\n") + "\n")
        try f.write("k.jsonl", #"{"article": "plan", "sha256": "\#(sha)", "source": [40, 42], "kind": "pronoun", "anonymous": false, "reason": null}"# + "\n")

        let r = try f.run(["eval", "--gold", "brat", "g", "--pronouns", "p.jsonl", "--kinds", "k.jsonl", "--format", "json"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("p.jsonl:2:1: article other: its text has changed"))
        #expect(r.stderr.contains("p.jsonl:3:1: article elsewhere is not in the brat gold; its 1 annotations are not scored"))
        let j = try Self.json(r)
        let pronouns = try #require(j["pronouns"] as? [String: Any])
        #expect(pronouns["annotated"] as? Int == 1 && pronouns["found"] as? Int == 0)
        let kinds = try #require(j["kinds"] as? [String: Any])
        #expect(kinds["annotated"] as? Int == 1 && kinds["found"] as? Int == 0)
        #expect(Self.figure(j, "pronoun.right.of-annotated") == 0 && Self.figure(j, "kind.found") == 0)

        let show = try f.run(["eval", "--gold", "brat", "g", "--pronouns", "p.jsonl", "--kinds", "k.jsonl", "--show", "pronouns"])
        #expect(show.stdout.contains("g/plan.txt:2:21: pronoun \"He\" (male) not found"))
        #expect(show.stdout.contains("  sentence: He ate one.\n  gold: (the text names no referent)\n  attrib: no source here\n  note: no one named"))
        #expect(!show.stdout.contains("missed"))  // only the pronouns were asked for
        #expect(show.stdout.contains("pronoun sources:") && show.stdout.contains("source kinds:"))
        let kindErrors = try f.run(["eval", "--gold", "brat", "g", "--kinds", "k.jsonl", "--show", "kinds"])
        #expect(kindErrors.stdout.contains("g/plan.txt:2:21: source [He]\n  sentence: He ate one.\n  gold: pronoun, not anonymous\n  attrib: no source here"))

        let usage = try f.run(["eval", "--gold", "brat", "g", "--show", "pronouns"])
        #expect(usage.status == 2 && usage.stderr.contains("--show pronouns needs --pronouns"))
        let json = try f.run(["eval", "corpus", "--kinds", "k.jsonl"])
        #expect(json.status == 2 && json.stderr.contains("--kinds needs --gold brat"))
    }
}

/// `attrib eval --compare` on two runs of `attrib analyze --format jsonl`.
@Suite("Comparing runs CLI")
struct CompareCLITests {
    @Test func sameRunsPassAndAChangedSpanIsListed() throws {
        let f = try Fixture()
        try f.write("a.txt", "The mayor said the road would reopen. Officials said it would not.\n")
        let run = try f.run(["analyze", "a.txt", "--format", "jsonl"])
        try f.write("old.jsonl", run.stdout)
        #expect(try f.run(["eval", "--compare", "old.jsonl", "old.jsonl"]).status == 0)
        // Move the first source's start by one byte, as a regression would.
        var doc = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        var attributions = try #require(doc["attributions"] as? [[String: Any]])
        var source = try #require(attributions[0]["source"] as? [String: Any])
        source["start"] = (source["start"] as! Int) + 1
        attributions[0]["source"] = source
        doc["attributions"] = attributions
        try f.write("new.jsonl", String(decoding: try JSONSerialization.data(withJSONObject: doc), as: UTF8.self) + "\n")
        let r = try f.run(["eval", "--compare", "old.jsonl", "new.jsonl"])
        #expect(r.status == 1)
        #expect(r.stdout.contains("a.txt: attribution \"said\"@10..14: source 0..9"))
        try f.write("accept.json", #"[{"document": "a.txt", "key": "attribution \"said\"@10..14", "reason": "test", "case": "here"}]"#)
        #expect(try f.run(["eval", "--compare", "old.jsonl", "new.jsonl", "--accept", "accept.json"]).status == 0)
        #expect(try f.run(["eval", "--compare", "old.jsonl"]).status == 2)
    }
}
