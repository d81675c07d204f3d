import Foundation
import Testing

/// End-to-end checks of the `attrib` executable: help, output shapes, inputs and exit codes.
@Suite("attrib CLI", .serialized)
struct SegmentCLITests {
    static let story = "Officials said the bridge would reopen by the end of May. Drivers were not convinced.\n"

    func decode(_ result: CLI.Result) throws -> SegmentOutput {
        try JSONDecoder().decode(SegmentOutput.self, from: result.stdoutBytes)
    }

    /// Every line of help fits an 80-column terminal (ArgumentParser's own usage line may not).
    func expectFits(_ help: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) where !line.hasPrefix("USAGE:") {
            #expect(line.count <= 80, "too wide: \(line)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Help and version

    @Test func rootHelp() throws {
        let r = try CLI.run(["--help"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        #expect(r.stdout.contains("OVERVIEW: Check claims and source attribution"))
        #expect(r.stdout.contains("USAGE: attrib <subcommand>"))
        #expect(r.stdout.contains("segment"))
        #expect(r.stdout.contains("Split articles into sentences."))
        #expect(r.stdout.contains("Exit codes"))
        expectFits(r.stdout)
    }

    @Test func version() throws {
        let r = try CLI.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "\(r.stdout)")
    }

    @Test func segmentHelp() throws {
        let r = try CLI.run(["segment", "--help"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        for needle in ["USAGE: attrib segment", "--input <format>", "--format <format>", "standard input",
                       "\"version\":1", "jsonl", "UTF-8 byte offsets", "Exit codes"] {
            #expect(r.stdout.contains(needle), "\(needle)")
        }
        expectFits(r.stdout)
        #expect(try CLI.run(["help", "segment"]).stdout == r.stdout)
    }

    // MARK: Output formats

    @Test func textOutput() throws {
        let f = try Fixture()
        try f.write("story.txt", Self.story)
        let r = try f.run(["segment", "story.txt"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        #expect(r.stdout == """
            story.txt:1:1: Officials said the bridge would reopen by the end of May.
            story.txt:1:59: Drivers were not convinced.

            """)
    }

    @Test func jsonShapeIsExact() throws {
        let f = try Fixture()
        try f.write("story.txt", Self.story)
        let r = try f.run(["segment", "story.txt", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout == #"""
            {"version":1,"documents":[{"path":"story.txt","sentences":[{"start":0,"end":57,"line":1,"column":1,"text":"Officials said the bridge would reopen by the end of May."},{"start":58,"end":85,"line":1,"column":59,"text":"Drivers were not convinced."}]}]}

            """#)
    }

    @Test func jsonlOutputIsOneDocumentPerLine() throws {
        let f = try Fixture()
        try f.write("a.txt", "First one.\n")
        try f.write("b.md", "# Title\n\nSecond \"quoted\" one.\n")
        let r = try f.run(["segment", "a.txt", "b.md", "--format", "jsonl"])
        #expect(r.status == 0)
        #expect(r.stdout == #"""
            {"path":"a.txt","sentences":[{"start":0,"end":10,"line":1,"column":1,"text":"First one."}]}
            {"path":"b.md","sentences":[{"start":2,"end":7,"line":1,"column":3,"text":"Title"},{"start":9,"end":29,"line":3,"column":1,"text":"Second \"quoted\" one."}]}

            """#)
    }

    @Test func jsonEscapesControlCharactersAndKeepsUnicode() throws {
        let f = try Fixture()
        try f.write("odd.txt", "Tab\there and a \\ backslash. “Café” opened.\r\nNext line.")
        let r = try f.run(["segment", "odd.txt", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains(#""text":"Tab\there and a \\ backslash.""#))
        #expect(r.stdout.contains(#""text":"“Café” opened.""#))
        let out = try decode(r)
        #expect(out.documents.first?.sentences.map(\.text) == ["Tab\there and a \\ backslash.", "“Café” opened.", "Next line."])
    }

    // MARK: Inputs

    @Test func directoryIsRecursiveSortedAndFiltered() throws {
        let f = try Fixture()
        try f.write("news/b.txt", "Bee story.")
        try f.write("news/a.md", "Ay story.")
        try f.write("news/B2.markdown", "Capital story.")
        try f.write("news/sub/c.html", "<p>See story.</p>")
        try f.write("news/sub/deeper/d.htm", "<p>Dee story.</p>")
        try f.write("news/sub/feed.jsonl", #"{"id":"r1","text":"Record story."}"# + "\n")
        try f.write("news/notes.csv", "not,read")
        try f.write("news/README", "Not read either.")
        try f.write("news/.drafts/hidden.txt", "Hidden story.")
        try f.write("news/.hidden.txt", "Hidden file.")
        let r = try f.run(["segment", "news", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        let out = try decode(r)
        #expect(out.documents.map { $0.path ?? "id:" + ($0.id ?? "") } == [
            "news/B2.markdown", "news/a.md", "news/b.txt", "news/sub/c.html", "news/sub/deeper/d.htm", "id:r1",
        ])
        #expect(out.documents.flatMap { $0.sentences.map(\.text) } == [
            "Capital story.", "Ay story.", "Bee story.", "See story.", "Dee story.", "Record story.",
        ])
        // A trailing slash names the same directory.
        let slash = try decode(try f.run(["segment", "news/", "--format", "json"]))
        #expect(slash.documents.count == 6)
    }

    @Test func explicitFileWithUnknownExtensionIsText() throws {
        let f = try Fixture()
        try f.write("NOTES", "# Not a heading here. Plain text.")
        let r = try f.run(["segment", "NOTES"])
        #expect(r.status == 0)
        #expect(r.stdout == "NOTES:1:1: # Not a heading here.\nNOTES:1:23: Plain text.\n")
        // --input overrides the extension.
        let md = try f.run(["segment", "NOTES", "--input", "markdown"])
        #expect(md.stdout == "NOTES:1:3: Not a heading here.\nNOTES:1:23: Plain text.\n")
    }

    @Test func standardInput() throws {
        let r = try CLI.run(["segment", "-"], stdin: "From the wire. Second one.")
        #expect(r.status == 0)
        #expect(r.stdout == "<stdin>:1:1: From the wire.\n<stdin>:1:16: Second one.\n")
        let md = try CLI.run(["segment", "-", "--input", "markdown", "--format", "json"], stdin: "## Head\n\nBody.")
        #expect(try decode(md) == SegmentOutput(version: 1, documents: [
            .init(path: "<stdin>", id: nil, sentences: [
                .init(start: 3, end: 7, line: 1, column: 4, text: "Head"),
                .init(start: 9, end: 14, line: 3, column: 1, text: "Body."),
            ]),
        ]))
    }

    @Test func jsonLinesInput() throws {
        let f = try Fixture()
        try f.write("feed.jsonl", """
            {"id": "ap-1", "text": "The vote passed. It was close.", "title": "Vote"}
            {"id": 2, "text": "Line one.\\nLine two."}

            {"id": "ap-3", "text": ""}
            """)
        let json = try f.run(["segment", "feed.jsonl", "--format", "json"])
        #expect(json.status == 0)
        #expect(json.stderr.isEmpty)
        #expect(json.stdout == #"""
            {"version":1,"documents":[{"id":"ap-1","sentences":[{"start":0,"end":16,"line":1,"column":1,"text":"The vote passed."},{"start":17,"end":30,"line":1,"column":18,"text":"It was close."}]},{"id":"2","sentences":[{"start":0,"end":9,"line":1,"column":1,"text":"Line one."},{"start":10,"end":19,"line":2,"column":1,"text":"Line two."}]},{"id":"ap-3","sentences":[]}]}

            """#)
        let jsonl = try f.run(["segment", "feed.jsonl", "--format", "jsonl"])
        let lines = jsonl.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.hasPrefix(#"{"id":"#) })
        // The same records from standard input, named explicitly.
        let stdin = try f.run(["segment", "-", "--input", "jsonl", "--format", "json"], stdin: try String(contentsOf: f.root.appendingPathComponent("feed.jsonl"), encoding: .utf8))
        #expect(stdin.stdout == json.stdout)
    }

    @Test func crlfBomAndMultiByteColumns() throws {
        let f = try Fixture()
        try f.write("crlf.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Héllo wörld. 🗞️ News.\r\nSecond line here.\r\n".utf8))
        let r = try f.run(["segment", "crlf.txt", "--format", "json"])
        let s = try decode(r).documents[0].sentences
        #expect(s.map(\.text) == ["Héllo wörld.", "🗞️ News.", "Second line here."])
        #expect(s.map(\.start) == [3, 18, 33])
        #expect(s.map(\.line) == [1, 1, 2])
        #expect(s.map(\.column) == [1, 14, 1])
    }

    /// For every sentence of a mixed fixture, `text` is exactly the original bytes `start..<end`,
    /// and `line`/`column` agree with the bytes before `start`.
    @Test func spansPointIntoTheOriginalBytes() throws {
        let f = try Fixture()
        try f.write("mix/a.md", "---\ntitle: T\n---\n# Storm\n\n```\ncode. X.\n```\n[The report](https://x.org/a.b) came out. 📰 Gov. Diaz said “no.” Then left.\n")
        try f.write("mix/b.html", "<p>&#8220;We&rsquo;re ready,&#8221; she said. <b>Then</b> it rained &amp; poured.</p>\r\n<li>Item one</li>")
        try f.write("mix/c.txt", "SEOUL, South Korea (Reuters) - Talks resumed. 中文 text here.\rLone CR line. The U.S. Army said so.")
        let r = try f.run(["segment", "mix", "--format", "json"])
        #expect(r.status == 0)
        let out = try decode(r)
        #expect(out.documents.count == 3)
        var total = 0
        for doc in out.documents {
            let bytes = try f.bytes(try #require(doc.path))
            for s in doc.sentences {
                total += 1
                #expect(String(decoding: bytes[s.start..<s.end], as: UTF8.self) == s.text)
                // Line and column from scratch: breaks are LF, CRLF, lone CR; a BOM is no column.
                var line = 1
                var lineStart = 0
                var i = 0
                while i < s.start {
                    if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.count || bytes[i + 1] != 0x0A)) {
                        line += 1
                        lineStart = i + 1
                    }
                    i += 1
                }
                let column = String(decoding: bytes[lineStart..<s.start], as: UTF8.self).unicodeScalars.count + 1
                #expect(s.line == line && s.column == column, "\(s)")
            }
        }
        #expect(total == 11)
    }

    // MARK: Exit codes and bad inputs

    @Test(arguments: [
        ["segment"],
        ["segment", "x.txt", "--format", "xml"],
        ["segment", "x.txt", "--input", "pdf"],
        ["segment", "x.txt", "--bogus"],
        ["frobnicate"],
        ["segment", "x.txt", "--rules", "no-such-dir"],
    ])
    func usageErrorsExitTwo(_ arguments: [String]) throws {
        let f = try Fixture()
        try f.write("x.txt", "Fine text.")
        let r = try f.run(arguments)
        #expect(r.status == 2)
        #expect(r.stdout.isEmpty)
        #expect(!r.stderr.isEmpty)
    }

    @Test func noInputMessage() throws {
        let r = try CLI.run(["segment"])
        #expect(r.stderr.contains("No input given"))
    }

    @Test func missingPathIsReportedAndTheRestProcessed() throws {
        let f = try Fixture()
        try f.write("one.txt", "First file.")
        try f.write("two.txt", "Second file.")
        let r = try f.run(["segment", "one.txt", "missing.txt", "two.txt"])
        #expect(r.status == 2)
        #expect(r.stderr == "attrib: missing.txt: no such file or directory\n")
        #expect(r.stdout == "one.txt:1:1: First file.\ntwo.txt:1:1: Second file.\n")
    }

    @Test func invalidUTF8NamesFileAndOffset() throws {
        let f = try Fixture()
        try f.write("good.txt", "Good file.")
        try f.write("bad.txt", bytes: Array("Bad byte ".utf8) + [0xFF] + Array(" here.".utf8))
        try f.write("later.md", "Later file.")
        let r = try f.run(["segment", "good.txt", "bad.txt", "later.md", "--format", "json"])
        #expect(r.status == 2)
        #expect(r.stderr == "attrib: bad.txt:1:10: not valid UTF-8 (byte 0xFF at offset 9)\n")
        // The JSON stays well-formed and holds the other documents.
        let out = try decode(r)
        #expect(out.documents.map(\.path) == ["good.txt", "later.md"])
    }

    @Test func binaryFileIsReported() throws {
        let f = try Fixture()
        try f.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x41])
        try f.write("blob.txt", bytes: Array("looks like text".utf8) + [0x00, 0x01, 0x02])
        try f.write("ok.txt", "Fine.")
        let r = try f.run(["segment", "blob.txt", "image.txt", "ok.txt"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("blob.txt: looks like a binary file"))
        #expect(r.stderr.contains("image.txt:1:1: not valid UTF-8 (byte 0x89 at offset 0)"))
        #expect(r.stdout == "ok.txt:1:1: Fine.\n")
    }

    @Test func malformedJSONLinesNameTheirLine() throws {
        let f = try Fixture()
        try f.write("feed.jsonl", """
            {"id": "a", "text": "Record one."}
            {"id": "b", "text": "broken
            {"id": "c", "text": "Record three."}
            {"id": "d"}
            [1, 2]
            {"id": "f", "text": "Record six."}
            """)
        let r = try f.run(["segment", "feed.jsonl", "--format", "jsonl"])
        #expect(r.status == 2)
        #expect(r.stderr == """
            attrib: feed.jsonl:2: malformed JSON line: not valid JSON
            attrib: feed.jsonl:4: malformed JSON line: missing "text"
            attrib: feed.jsonl:5: malformed JSON line: expected a JSON object

            """)
        let ids = try r.stdout.split(separator: "\n").map {
            try JSONDecoder().decode(SegmentOutput.Document.self, from: Data($0.utf8)).id
        }
        #expect(ids == ["a", "c", "f"])
    }

    @Test func longJSONLinesRecordSpanningManyReadChunks() throws {
        // One record of about 3 MB: longer than the 1 MB read chunk, followed by a short one.
        let f = try Fixture()
        let sentence = "The council met again. "
        let text = String(repeating: sentence, count: 3_000_000 / sentence.utf8.count)
        try f.write("big.jsonl", #"{"id": "big", "text": ""# + text + "\"}\n" + #"{"id": "small", "text": "Done."}"# + "\n")
        let r = try f.run(["segment", "big.jsonl", "--format", "jsonl"])
        #expect(r.status == 0)
        let docs = try r.stdout.split(separator: "\n").map {
            try JSONDecoder().decode(SegmentOutput.Document.self, from: Data($0.utf8))
        }
        #expect(docs.map(\.id) == ["big", "small"])
        #expect(docs.first?.sentences.count == 3_000_000 / sentence.utf8.count)
        #expect(docs.first?.sentences.last?.column == text.utf8.count - sentence.utf8.count + 1)
    }

    @Test func invalidUTF8InJSONLinesNamesLineAndByte() throws {
        let f = try Fixture()
        try f.write("feed.jsonl", bytes: Array(#"{"id":"a","text":"One."}"#.utf8) + [0x0A]
                    + Array(#"{"id":"b","text":"Bad "#.utf8) + [0xFF] + Array(#""}"#.utf8) + [0x0A]
                    + Array(#"{"id":"c","text":"Three."}"#.utf8))
        let r = try f.run(["segment", "feed.jsonl", "--format", "jsonl"])
        #expect(r.status == 2)
        #expect(r.stderr == "attrib: feed.jsonl:2:23: malformed JSON line: not valid UTF-8 (byte 0xFF at offset 22 of the line)\n")
        #expect(r.stdout.split(separator: "\n").count == 2)
    }

    @Test func emptyFileHasNoSentencesAndNoError() throws {
        let f = try Fixture()
        try f.write("empty.txt", "")
        try f.write("blank.md", "\n   \n\n")
        let r = try f.run(["segment", "empty.txt", "blank.md", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stderr.isEmpty)
        #expect(r.stdout == #"{"version":1,"documents":[{"path":"empty.txt","sentences":[]},{"path":"blank.md","sentences":[]}]}"# + "\n")
        let text = try f.run(["segment", "empty.txt"])
        #expect(text.status == 0)
        #expect(text.stdout.isEmpty)
    }
}
