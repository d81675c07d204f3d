import AttribCore
import Testing

/// Markdown is masked in place: every offset of the analysed text is the original offset, so the
/// line and column of a word after any construct are exactly those of the source file.
@Suite("Markdown reader")
struct MarkdownReaderTests {
    /// Segments `text` as Markdown and checks that analysed and original bytes line up.
    func read(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [Located] {
        let doc = ReaderCheck.document(text, .markdown)
        let prose = try DocumentReader.prose(for: doc)
        #expect(prose.bytes.count == doc.bytes.count, "masking must not change the length", sourceLocation: sourceLocation)
        #expect(prose.origin == nil, sourceLocation: sourceLocation)
        // Masking only ever turns bytes into spaces; line breaks survive.
        for (a, b) in zip(prose.bytes, doc.bytes) where a != b {
            #expect(a == 0x20 && b != 0x0A && b != 0x0D, sourceLocation: sourceLocation)
        }
        return try ReaderCheck.sentences(doc)
    }

    /// The sentence that starts with `word` is reported at the line and column `word` has in the source.
    func expectPosition(of word: String, in text: String, sentences: [Located],
                        sourceLocation: SourceLocation = #_sourceLocation) {
        guard let want = ReaderCheck.expectedLocation(of: word, in: text) else {
            Issue.record("\(word) not in the text", sourceLocation: sourceLocation)
            return
        }
        let hit = sentences.first { $0.text.hasPrefix(word) }
        #expect(hit?.line == want.line && hit?.column == want.column,
                "\(word): want \(want.line):\(want.column), got \(sentences)", sourceLocation: sourceLocation)
    }

    @Test func yamlFrontMatterIsNotProse() throws {
        let text = "---\ntitle: \"Storm. Report.\"\ntags: [flood, coast]\n---\nThe storm hit at dawn. Crews responded.\n"
        let got = try read(text)
        #expect(got == [Located("The storm hit at dawn.", 5, 1), Located("Crews responded.", 5, 24)])
    }

    @Test func tomlFrontMatterIsNotProse() throws {
        let text = "+++\ntitle = \"Storm. Report.\"\ndraft = false\n+++\n\nThe storm hit at dawn.\n"
        #expect(try read(text) == [Located("The storm hit at dawn.", 6, 1)])
    }

    @Test func yamlFrontMatterMayEndWithDots() throws {
        let text = "---\ntitle: Storm\n...\nBody text here.\n"
        #expect(try read(text) == [Located("Body text here.", 4, 1)])
    }

    @Test func frontMatterOnlyAtTheStart() throws {
        // A later "---" pair is a thematic break and a setext heading, not front matter.
        let text = "Intro line.\n\n---\n\nMiddle text.\n"
        #expect(try read(text) == [Located("Intro line.", 1, 1), Located("Middle text.", 5, 1)])
    }

    @Test func fencedCodeBlocksYieldNoSentences() throws {
        let text = """
            Before the code.

            ```swift
            let summary = "Rates rose. Then fell."
            ```

            After the code.

            ~~~~
            Tilde fence. Also code.
            ```
            still code inside the tilde fence
            ~~~~
            Right after the fence.
            """
        let got = try read(text)
        #expect(got.map(\.text) == ["Before the code.", "After the code.", "Right after the fence."])
        expectPosition(of: "After the code.", in: text, sentences: got)
        expectPosition(of: "Right after", in: text, sentences: got)
    }

    @Test func unclosedFenceRunsToTheEnd() throws {
        let text = "Visible text.\n\n```\ncode. More code.\n\nStill code."
        #expect(try read(text).map(\.text) == ["Visible text."])
        // As CommonMark says; but the fence is listed, so the analysis reports it (markup.unclosed).
        for prefix in ["", "🦊 Первый абзац.\n\n", "据报道。\n\n"] {
            let text = prefix + "Visible text.\n\n  ~~~~ python  \ncode. More code.\n"
            let prose = try DocumentReader.prose(for: ReaderCheck.document(text, .markdown))
            #expect(prose.unclosed == [try #require(ReaderCheck.span(of: "~~~~ python", in: text))])
            let closed = prefix + "Visible text.\n\n```\ncode.\n```\nAfter."
            #expect(try DocumentReader.prose(for: ReaderCheck.document(closed, .markdown)).unclosed.isEmpty)
        }
    }

    @Test func indentedCodeBlock() throws {
        let text = "Before the block.\n\n    let a = 1. Code.\n    let b = 2\n\nAfter the block."
        let got = try read(text)
        #expect(got.map(\.text) == ["Before the block.", "After the block."])
        expectPosition(of: "After the block.", in: text, sentences: got)
    }

    @Test func inlineCodeIsMaskedInsideTheSentence() throws {
        let text = "Run `make test. Now` before you push. Then wait."
        let got = try read(text)
        #expect(got == [Located("Run `make test. Now` before you push.", 1, 1), Located("Then wait.", 1, 39)])
    }

    @Test func sentenceStartingWithALinkIncludesTheBracket() throws {
        let text = "[Ana Diaz](https://example.org/a.b \"Profile. Here\") said the vote passed. She left."
        let got = try read(text)
        #expect(got.count == 2)
        #expect(got.first?.text.hasPrefix("[Ana Diaz](https://example.org/a.b") == true)
        #expect(got.first?.text.hasSuffix("said the vote passed.") == true)
        #expect(got.first?.column == 1)
        expectPosition(of: "She left.", in: text, sentences: got)
    }

    @Test func sentenceEndingWithALinkIncludesTheTarget() throws {
        let text = "Read [the full report](https://example.org/r.pdf). It is long."
        let got = try read(text)
        #expect(got == [Located("Read [the full report](https://example.org/r.pdf).", 1, 1), Located("It is long.", 1, 52)])
    }

    @Test func referenceLinks() throws {
        let text = "See [the ruling][court]. Appeals follow.\n\n[court]: https://example.org/ruling.pdf \"The ruling. PDF\"\n\nAfter the definitions."
        let got = try read(text)
        #expect(got.map(\.text) == ["See [the ruling][court].", "Appeals follow.", "After the definitions."])
        expectPosition(of: "After the definitions.", in: text, sentences: got)
    }

    @Test func imagesAreMasked() throws {
        let text = "![Flood. Damage on Main St.](img/flood.jpg)\n\nThe river rose overnight."
        let got = try read(text)
        #expect(got == [Located("The river rose overnight.", 3, 1)])
    }

    @Test func htmlCommentsAcrossLines() throws {
        let text = "Kept text.\n\n<!-- Editor's note. Check\nthe names. Twice. -->\nAfter the comment."
        let got = try read(text)
        #expect(got.map(\.text) == ["Kept text.", "After the comment."])
        expectPosition(of: "After the comment.", in: text, sentences: got)
    }

    @Test func closedChromeBlockIsMaskedThroughItsCloseTag() throws {
        let text = "Opening line.\n\n<aside>\nRelated story.\n\nStill related.\n</aside>\n\nThe mayor said the bridge would open."
        let got = try read(text)
        #expect(got.map(\.text) == ["Opening line.", "The mayor said the bridge would open."])
        expectPosition(of: "The mayor said", in: text, sentences: got)
        #expect(try DocumentReader.prose(for: ReaderCheck.document(text, .markdown)).unclosed.isEmpty)
    }

    /// Many unclosed chrome blocks, some closed later: each ends at its blank line or its own close
    /// tag, and the close-tag searches remember what they found (no search to the end per block).
    @Test func runOfUnclosedChromeBlocks() throws {
        let text = String(repeating: "<aside>\nPromo.\n\nThe mayor said it was late.\n\n", count: 300) + "<aside>\nLast.\n</aside>\n\nEnd of story."
        let got = try read(text)
        #expect(got.filter { $0.text == "The mayor said it was late." }.count == 300)
        #expect(!got.contains { $0.text.contains("Promo") || $0.text.contains("Last.") })
        #expect(got.last?.text == "End of story.")
        #expect(try DocumentReader.prose(for: ReaderCheck.document(text, .markdown)).unclosed.count == 300)
    }

    /// A chrome tag that is never closed ends at the next blank line, as a CommonMark HTML block
    /// does, so the rest of the story is still read.
    @Test(arguments: ["<aside class=\"promo\">", "<form>", "<nav>", "<script>", "<div hidden>"])
    func unclosedChromeTagEndsAtTheBlankLine(tag: String) throws {
        for prefix in ["", "🦊 Первый абзац.\n\n", "据报道。\n\n"] {
            let text = prefix + "\(tag)Sign up for our newsletter.\nIt is free.\n\nThe mayor said the bridge would open.\n\nOfficials agreed."
            let got = try read(text)
            #expect(!got.contains { $0.text.contains("newsletter") }, "\(tag): \(got)")
            #expect(got.suffix(2).map(\.text) == ["The mayor said the bridge would open.", "Officials agreed."], "\(tag): \(got)")
            expectPosition(of: "The mayor said", in: text, sentences: got)
            expectPosition(of: "Officials agreed.", in: text, sentences: got)
            // Listed, so the analysis reports it (markup.unclosed).
            let prose = try DocumentReader.prose(for: ReaderCheck.document(text, .markdown))
            #expect(prose.unclosed == [try #require(ReaderCheck.span(of: tag, in: text))], "\(tag)")
        }
    }

    @Test func inlineHTMLTagsAreMasked() throws {
        let text = "A <span class=\"x. y\">very</span> close vote. A recount<br> follows."
        let got = try read(text)
        #expect(got.map(\.text) == ["A <span class=\"x. y\">very</span> close vote.", "A recount", "follows."])
    }

    @Test func tableCellsAreSeparateAndPipesMasked() throws {
        let text = "| Name | Role |\n|------|:----:|\n| Ana Diaz | Mayor. Elected 2022 |\n\nBelow the table."
        let got = try read(text)
        #expect(got == [
            Located("Name", 1, 3), Located("Role", 1, 10),
            Located("Ana Diaz", 3, 3), Located("Mayor.", 3, 14), Located("Elected 2022", 3, 21),
            Located("Below the table.", 5, 1),
        ])
    }

    @Test func headings() throws {
        let text = "# Storm hits coast\n\n## Damage report ##\nPower is out.\n\nSetext title\n============\nBody."
        let got = try read(text)
        #expect(got == [
            Located("Storm hits coast", 1, 3), Located("Damage report", 3, 4), Located("Power is out.", 4, 1),
            Located("Setext title", 6, 1), Located("Body.", 8, 1),
        ])
    }

    @Test func listsAndTaskLists() throws {
        let text = "- First item\n* Second item. Two sentences.\n+ Third\n\n1. Numbered\n2) Other style\n\n- [ ] Open task\n- [x] Done task"
        let got = try read(text)
        #expect(got == [
            Located("First item", 1, 3), Located("Second item.", 2, 3), Located("Two sentences.", 2, 16),
            Located("Third", 3, 3), Located("Numbered", 5, 4), Located("Other style", 6, 4),
            Located("Open task", 8, 7), Located("Done task", 9, 7),
        ])
    }

    @Test(arguments: ["-", "*", "+", "1.", "1)", "- [ ]"])
    func emptyListItemAtTheEndOfTheFile(marker: String) throws {
        // A bare list marker as the last bytes, with no line break after it, used to read one byte
        // past the end of the text and trap the process.
        for prefix in ["", "🦊 Первый абзац.\n\n", "据报道。\n\n"] {
            let text = prefix + "The mayor said the bridge would open.\n\n" + marker
            let got = try read(text)
            #expect(got.map(\.text).last == "The mayor said the bridge would open.")
            expectPosition(of: "The mayor", in: text, sentences: got)
            #expect(try read(prefix + marker).allSatisfy { !$0.text.isEmpty })
            // The whole analysis reads it too.
            let doc = ReaderCheck.document(text, .markdown)
            let analysis = try Analyzer(rules: .builtIn).analyze(document: doc)
            #expect(analysis.attributions.count == 1)
        }
    }

    @Test func emptyListItemsBetweenItems() throws {
        let text = "- First item\n-\n*\n1.\n- Last item"
        let got = try read(text)
        #expect(got == [Located("First item", 1, 3), Located("Last item", 5, 3)])
    }

    @Test func blockquotes() throws {
        let text = "> “We are safe,” the mayor said.\n> Crews are working.\n>\n> > Nested quote here.\n\nOutside."
        let got = try read(text)
        #expect(got == [
            Located("“We are safe,” the mayor said.", 1, 3), Located("Crews are working.", 2, 3),
            Located("Nested quote here.", 4, 5), Located("Outside.", 6, 1),
        ])
    }

    @Test func emphasisMarkersStayWithTheirSentence() throws {
        let text = "**Breaking:** The dam held. It was *barely* enough."
        let got = try read(text)
        #expect(got == [Located("**Breaking:** The dam held.", 1, 1), Located("It was *barely* enough.", 1, 29)])
    }

    @Test func positionsAfterEveryConstructInOneDocument() throws {
        let text = """
            ---
            title: Everything
            ---
            # Heading

            Intro with `code` and [a link](https://x.org). Zulu one.

                indented code

            ```
            fenced
            ```
            Yankee two.

            <!-- comment -->
            X-ray three.

            [ref]: https://x.org
            Whiskey four.

            | a | b |
            |---|---|
            | Victor five | c |

            - Uniform six.
            > Tango seven.
            """
        let got = try read(text)
        for word in ["Heading", "Zulu", "Yankee", "X-ray", "Whiskey", "Victor", "Uniform", "Tango"] {
            expectPosition(of: word, in: text, sentences: got)
        }
        #expect(!got.contains { $0.text.contains("fenced") || $0.text.contains("indented") || $0.text.contains("title") })
    }

    @Test func deeplyNestedLinksDoNotOverflowTheStack() throws {
        let depth = 20_000
        let text = String(repeating: "[", count: depth) + "Deep text." + String(repeating: "](x)", count: depth)
        let got = try read(text)
        #expect(got.count == 1)
        #expect(got.first?.text.hasPrefix("[[[") == true)
        #expect(got.first?.text.hasSuffix("](x)") == true)
    }

    @Test func unclosedMarkupStaysText() throws {
        // Runs of "[", "<" and quotes that never close are literal text, not markup.
        let text = "Costs [rose <a 'sharply [again <b and <c. Then fell."
        #expect(try read(text).map(\.text) == ["Costs [rose <a 'sharply [again <b and <c.", "Then fell."])
    }

    @Test func crlfMarkdown() throws {
        let text = "# Title\r\n\r\n```\r\ncode. X.\r\n```\r\nAfter fence.\r\n"
        let got = try read(text)
        #expect(got == [Located("Title", 1, 3), Located("After fence.", 6, 1)])
    }

    @Test func bomIsMaskedAndOffsetsStayOriginal() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("# Title\n\nBody text.".utf8)
        let doc = ReaderCheck.document(bytes, .markdown)
        let sentences = ReaderCheck.segmenter.sentences(in: try DocumentReader.prose(for: doc))
        #expect(sentences.map(\.span) == [Span(5, 10), Span(12, 22)])
        #expect(try ReaderCheck.sentences(doc) == [Located("Title", 1, 3), Located("Body text.", 3, 1)])
    }
}
