import Foundation
import Testing
import TestSupport

/// `attrib analyze`, `attrib rules` and `attrib eval` as a user runs them.
@Suite("analyze, rules and eval commands")
struct AnalyzeCLITests {
    static let article = """
        Two senior diplomats said the talks had stalled.

        “We will appeal,” said Maria Okafor, the union’s president.
        """

    func write(_ text: String, _ name: String, in dir: URL) throws -> String {
        let url = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanUp(dir) }
        let path = try write(Self.article, "a.txt", in: dir)
        let r = try CLI.run(["analyze", "--format", "json", path])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: r.stdoutBytes) as? [String: Any])
        #expect(root["version"] as? Int == 1)
        let doc = try #require((root["documents"] as? [[String: Any]])?.first)
        #expect(doc["path"] as? String == path)
        let sentences = try #require(doc["sentences"] as? [[String: Any]])
        #expect(sentences.count == 2)
        let ats = try #require(doc["attributions"] as? [[String: Any]])
        #expect(ats.count == 2)
        let first = ats[0]
        let source = try #require(first["source"] as? [String: Any])
        #expect(source["text"] as? String == "Two senior diplomats")
        #expect(source["kind"] as? String == "anonymous")
        #expect(source["start"] as? Int == 0 && source["end"] as? Int == 20)
        let cue = try #require(first["cue"] as? [String: Any])
        #expect(cue["text"] as? String == "said" && cue["category"] as? String == "speech")
        #expect((first["content"] as? [String: Any])?["text"] as? String == "the talks had stalled")
        #expect(first["quote"] as? String == "none")
        #expect(first["anonymous"] as? Bool == true)
        #expect(first["anonymityReason"] is NSNull)
        #expect(["high", "medium", "low"].contains(first["level"] as? String ?? ""))
        #expect((first["rules"] as? [String])?.first?.hasPrefix("pattern.") == true)
        let second = ats[1]
        #expect(second["quote"] as? String == "direct")
        // Offsets are UTF-8 bytes: the curly quote is 3 bytes.
        let content = try #require(second["content"] as? [String: Any])
        let bytes = Array(Self.article.utf8)
        let s = try #require(content["start"] as? Int), e = try #require(content["end"] as? Int)
        #expect(String(decoding: bytes[s..<e], as: UTF8.self) == "We will appeal")
        let findings = try #require(doc["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "anonymous-source.no-reason" && $0["line"] as? Int == 1 && $0["column"] as? Int == 1 })
        let summary = try #require(doc["summary"] as? [String: Any])
        #expect(summary["attributions"] as? Int == 2)
        #expect(summary["anonymous"] as? Int == 1 && summary["named"] as? Int == 1)
    }

    @Test func jsonLinesInputKeepsIdsAndStreamsOneLinePerDocument() throws {
        let input = #"{"id":"a1","text":"Critics say the plan is flawed."}"# + "\n" + #"{"id":7,"text":"Officials said it was fine."}"# + "\n"
        let r = try CLI.run(["analyze", "--input", "jsonl", "--format", "jsonl", "-"], stdin: Data(input.utf8))
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["id"] as? String == "a1")
        #expect(first["path"] == nil)
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(second["id"] as? String == "7")
    }

    /// A scraped page in Markdown and HTML: byline, caption, credit, "Read more:" and contributor
    /// lines yield nothing; the story's attributions point at the exact bytes of the file.
    @Test(arguments: ["page.md", "page.html"])
    func scrapedPageNoiseIsIgnoredAndOffsetsAreExact(_ name: String) throws {
        let md = ScrapedPage.markdown
        let html = ScrapedPage.html
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanUp(dir) }
        let text = name.hasSuffix(".md") ? md : html
        let path = try write(text, name, in: dir)
        let r = try CLI.run(["analyze", "--format", "json", path])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let doc = try #require((root["documents"] as? [[String: Any]])?.first)
        let attributions = try #require(doc["attributions"] as? [[String: Any]])
        let bytes = Array(text.utf8)
        let sources = attributions.compactMap { a -> String? in
            guard let s = a["source"] as? [String: Any], let start = s["start"] as? Int, let end = s["end"] as? Int else { return nil }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        #expect(sources == ["two senior aides", "Hale"])
        let rules = (doc["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules == ["anonymous-source.no-reason"])
    }

    /// A saved article page with site chrome: only the article's sentences come out, and every
    /// offset in the JSON points at exactly those bytes of the file (entities and multi-byte text
    /// included).
    @Test func savedArticlePageOffsetsPointAtTheFileBytes() throws {
        let html = #"""
<!DOCTYPE html><html><head><title>Ferry service cut | Bayside Post</title>
<script type="application/ld+json">{"headline":"Ferry service cut, officials said"}</script></head>
<body><header><p>Top story: officials said fares triple.</p></header>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div role="dialog" class="consent"><p>We value your privacy, experts said.</p><button>OK</button></div>
<article><header><h1>Island ferry to run fewer trips</h1></header>
<p>The island ferry will run three trips a day from June, port director Søren Vik said.</p>
<p>&ldquo;The boats are 40 years old,&rdquo; Vik told the council.</p>
<aside><p>Officials said the bridge plan is dead.</p></aside>
</article>
<footer><p>Readers said this site is great.</p></footer></body></html>
"""#
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanUp(dir) }
        let path = try write(html, "page.html", in: dir)
        let r = try CLI.run(["analyze", "--format", "json", path])
        #expect(r.status == 0, "\(r.stderr)")
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let doc = try #require((root["documents"] as? [[String: Any]])?.first)
        let bytes = Array(html.utf8)
        func slice(_ o: [String: Any]) -> String? {
            guard let start = o["start"] as? Int, let end = o["end"] as? Int, start <= end, end <= bytes.count else { return nil }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        let sentences = try #require(doc["sentences"] as? [[String: Any]])
        #expect(sentences.map(slice) == [
            "Island ferry to run fewer trips",
            "The island ferry will run three trips a day from June, port director Søren Vik said.",
            "&ldquo;The boats are 40 years old,&rdquo; Vik told the council.",
        ])
        for s in sentences { #expect(slice(s) == s["text"] as? String) }
        let attributions = try #require(doc["attributions"] as? [[String: Any]])
        let sources = attributions.compactMap { ($0["source"] as? [String: Any]).flatMap(slice) }
        #expect(sources == ["port director Søren Vik", "Vik"])
        let cues = attributions.compactMap { ($0["cue"] as? [String: Any]).flatMap(slice) }
        #expect(cues == ["said", "told"])
        #expect((doc["findings"] as? [[String: Any]] ?? []).isEmpty)
    }

    @Test func textOutputMarksSourceAndCueWithoutColorWhenPiped() throws {
        let r = try CLI.run(["analyze", "-"], stdin: Data("Two senior diplomats said the talks had stalled.".utf8))
        #expect(r.status == 0)
        #expect(r.stdout.contains("[Two senior diplomats] {said} the talks had stalled."))
        #expect(!r.stdout.contains("\u{1B}["))
        #expect(r.stdout.contains("[anonymous-source.no-reason]"))
    }

    @Test func badRuleFolderIsAUsageErrorNamingFileLineColumn() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanUp(dir) }
        _ = try write("version: 1\nfindings:\n  - id: verb.loaded\n    severty: error\n", "house.yml", in: dir)
        let r = try CLI.run(["analyze", "--rules", dir.path, "-"], stdin: Data("He said so.".utf8))
        #expect(r.status == 2)
        #expect(r.stderr.contains("house.yml:4:5: unknown key 'severty'"), "\(r.stderr)")
    }

    @Test func userRulesOverrideSeverity() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanUp(dir) }
        _ = try write("version: 1\nfindings:\n  - id: verb.loaded\n    severity: error\n", "house.yml", in: dir)
        let r = try CLI.run(["analyze", "--rules", dir.path, "--format", "json", "-"], stdin: Data("The firm claimed that it was fine.".utf8))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains(#""rule":"verb.loaded","severity":"error""#))
    }

    @Test func rulesTestPassesAndExplainShowsRationale() throws {
        let t = try CLI.run(["rules", "test"])
        #expect(t.status == 0, "\(t.stdout)")
        #expect(t.stdout.contains(" passed, 0 failed"))
        let e = try CLI.run(["rules", "explain", "anonymous-source.no-reason"])
        #expect(e.status == 0)
        #expect(e.stdout.contains("AP Stylebook"))
        #expect(e.stdout.contains("Triggers on"))
        let missing = try CLI.run(["rules", "explain", "no-such-rule"])
        #expect(missing.status == 2)
        let list = try CLI.run(["rules", "list", "--kind", "finding"])
        #expect(list.stdout.split(separator: "\n").count >= 7)
    }

    /// A JSON Lines id names a document: a repeated one is a warning naming both lines (exit code
    /// unchanged), both records are analysed, and in the database the later one replaces the
    /// earlier, as documented.
    @Test func repeatedJSONLinesIdIsAWarningAndTheLaterRecordWins() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanUp(dir) }
        let feed = try write("""
            {"id":"a","text":"Ms. Ana Okafor said the port would close."}
            {"id":"b","text":"Officials said the port would open."}
            {"id":"a","text":"Critics said the plan would fail."}

            """, "feed.jsonl", in: dir)
        let more = try write(#"{"id":"b","text":"Mr. Tom Reyes said it was late."}"# + "\n", "more.jsonl", in: dir)
        let db = dir.appendingPathComponent("archive.sqlite").path
        let r = try CLI.run(["analyze", "--format", "jsonl", "--db", db, feed, more])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("attrib: \(feed):3: id \"a\" repeats the record at \(feed):1; the later record replaces it\n"))
        #expect(r.stderr.contains("attrib: \(more):1: id \"b\" repeats the record at \(feed):2; the later record replaces it\n"))
        #expect(r.stdout.split(separator: "\n").count == 4)
        let sources = try CLI.run(["sources", "--db", db, "--format", "csv"])
        #expect(sources.status == 0)
        #expect(sources.stdout.contains("critics") && sources.stdout.contains("tom reyes"))
        #expect(!sources.stdout.contains("okafor") && !sources.stdout.contains("officials"))
    }

    @Test func invalidInputStillProcessesTheRest() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanUp(dir) }
        let bad = dir.appendingPathComponent("bad.txt")
        try Data([0x41, 0xFF, 0x42]).write(to: bad)
        let good = try write("Officials said the bridge was safe.", "good.txt", in: dir)
        let r = try CLI.run(["analyze", "--format", "jsonl", bad.path, good])
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.txt:1:2: not valid UTF-8 (byte 0xFF at offset 1)"))
        #expect(r.stdout.contains("\"path\":\"\(good)\""))
    }
}
