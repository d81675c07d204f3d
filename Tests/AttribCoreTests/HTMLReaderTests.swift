import AttribCore
import Testing

@Suite("HTML reader")
struct HTMLReaderTests {
    func read(_ text: String) throws -> [Located] { try ReaderCheck.sentences(text, .html) }

    @Test func tagsAreMaskedAndBlocksSplit() throws {
        let text = "<html><body>\n<h1 class=\"t\">Storm hits coast</h1>\n<p>Power is out. Crews are working.</p><div>Schools close</div></body></html>"
        let got = try read(text)
        #expect(got == [
            Located("Storm hits coast", 2, 15), Located("Power is out.", 3, 4), Located("Crews are working.", 3, 18),
            Located("Schools close", 3, 45),
        ])
    }

    @Test func everyBlockElementSplits() throws {
        for tag in ["p", "div", "li", "h1", "h6", "td", "th", "blockquote", "section", "article", "dd", "tr"] {
            let text = "<\(tag)>First part</\(tag)><\(tag)>Second part</\(tag)>"
            #expect(try read(text).map(\.text) == ["First part", "Second part"], "\(tag)")
        }
        #expect(try read("<p>Line one<br>Line two<br/>Line three<BR />Four</p>").map(\.text) == ["Line one", "Line two", "Line three", "Four"])
        #expect(try read("<P>Upper-case tags</P><DIV>Work too</DIV>").map(\.text) == ["Upper-case tags", "Work too"])
        // A caption is the photo's, not the story's: masked, and it still splits its neighbours.
        #expect(try read("<p>First part</p><figure><figcaption>Crowds, officials said</figcaption></figure>Second part").map(\.text)
            == ["First part", "Second part"])
    }

    @Test func inlineElementsDoNotSplit() throws {
        let got = try read("<p>A <em>very</em> close <span class=\"n\">vote</span> in <b>Fenwick</b>.</p>")
        #expect(got.map(\.text) == ["A <em>very</em> close <span class=\"n\">vote</span> in <b>Fenwick</b>."])
    }

    @Test func scriptStyleCommentsAndHeadAreMasked() throws {
        let text = """
            <!DOCTYPE html>
            <html><head><title>Page. Title.</title>
            <style>p.lead { color: red; } /* Note. Here. */</style></head>
            <body><script>var s = "A. B. C."; if (a < b) { x(); }</script>
            <!-- Hidden. Comment with <p>tags</p>. -->
            <noscript>Enable scripts. Please.</noscript>
            <p>Only this prose counts.</p></body></html>
            """
        let got = try read(text)
        #expect(got == [Located("Only this prose counts.", 7, 4)])
    }

    @Test func attributeWithAngleBracketInQuotes() throws {
        let got = try read("<p><a title=\"a > b. C\" href=\"x\">Link text</a> stays whole.</p>")
        #expect(got.map(\.text) == ["<a title=\"a > b. C\" href=\"x\">Link text</a> stays whole."])
    }

    @Test func unclosedTagsAreText() throws {
        // "<!x" with no ">" after it and a quote that never closes are not tags.
        let got = try read("Rates <!x rose. A <a title='x rose. Then fell.")
        #expect(got.map(\.text) == ["Rates <!x rose.", "A <a title='x rose.", "Then fell."])
    }

    @Test func literalLessThanIsText() throws {
        #expect(try read("<p>Turnout was 5 < 6 percent. It rose.</p>").map(\.text) == ["Turnout was 5 < 6 percent.", "It rose."])
    }

    @Test func entitiesAreDecodedWithExactOriginalOffsets() throws {
        let text = "<p>&#8220;We&rsquo;re ready,&#x201D; she said &amp; left. Then&nbsp;it rained.</p>"
        let doc = ReaderCheck.document(text, .html)
        let prose = try DocumentReader.prose(for: doc)
        let sentences = ReaderCheck.segmenter.sentences(in: prose)
        #expect(sentences.count == 2)
        guard sentences.count == 2 else { return }
        // Original spans start at the "&" of the entity and include the whole entity.
        let first = sentences[0]
        #expect(first.span.start == 3)
        #expect(doc.text(first.span) == "&#8220;We&rsquo;re ready,&#x201D; she said &amp; left.")
        // The analysed text has the decoded characters.
        let analysed = String(decoding: prose.bytes[first.prose.start..<first.prose.end], as: UTF8.self)
        #expect(analysed == "“We’re ready,” she said & left.")
        #expect(doc.text(sentences[1].span) == "Then&nbsp;it rained.")
        #expect(sentences[1].span.end == text.utf8.count - 4)
        // Every analysed byte maps back into the original, in order.
        #expect(prose.originalOffset(prose.bytes.count) == doc.bytes.count)
        var last = -1
        for i in 0..<prose.bytes.count {
            let o = prose.originalOffset(i)
            #expect(o >= last && o < doc.bytes.count)
            last = o
        }
    }

    @Test func sentenceEndingInAnEntity() throws {
        let text = "<p>He said &#8220;No.&#8221; Then he left.</p>"
        let got = try read(text)
        #expect(got == [Located("He said &#8220;No.&#8221;", 1, 4), Located("Then he left.", 1, 30)])
    }

    @Test func positionAfterEntitiesOnLaterLines() throws {
        let text = "<p>Caf&eacute; owners &amp; staff met.\nThe mayor &mdash; late &hellip; spoke.\n&ldquo;Enough,&rdquo; she said.</p>"
        let got = try read(text)
        #expect(got == [
            Located("Caf&eacute; owners &amp; staff met.", 1, 4),
            Located("The mayor &mdash; late &hellip; spoke.", 2, 1),
            Located("&ldquo;Enough,&rdquo; she said.", 3, 1),
        ])
    }

    @Test func windowsQuotesInNumericEntitiesAndUnknownEntities() throws {
        let doc = ReaderCheck.document("<p>&#147;Yes,&#148; he said. Tom &amp Jerry &bogus; stay.</p>", .html)
        let prose = try DocumentReader.prose(for: doc)
        let analysed = String(decoding: prose.bytes, as: UTF8.self)
        #expect(analysed.contains("“Yes,” he said."))
        #expect(analysed.contains("Tom &amp Jerry &bogus; stay."))
        #expect(try ReaderCheck.sentences(doc).map(\.text) == ["&#147;Yes,&#148; he said.", "Tom &amp Jerry &bogus; stay."])
    }

    @Test func inlineTagsAtSentenceEdgesBelongToTheSentence() throws {
        let got = try read("<p><b>Breaking:</b> The dam held. Read <a href=\"r.html\">the report.</a> It is long.</p>")
        #expect(got.map(\.text) == ["<b>Breaking:</b> The dam held.", "Read <a href=\"r.html\">the report.</a>", "It is long."])
    }

    @Test func bomAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("<p>First.</p>\r\n<p>Second &amp; last.</p>".utf8)
        let doc = ReaderCheck.document(bytes, .html)
        #expect(try ReaderCheck.sentences(doc) == [Located("First.", 1, 4), Located("Second &amp; last.", 2, 4)])
    }

    // MARK: - Elements never closed

    static let prefixes = ["", "<p>🦊 Первый абзац.</p>\n", "<p>据报道。</p>\n"]

    /// The unclosed elements a page lists, as their open tags' texts, and its sentences.
    func unclosed(_ text: String) throws -> (tags: [String], sentences: [String]) {
        let doc = ReaderCheck.document(text, .html)
        let prose = try DocumentReader.prose(for: doc)
        return (prose.unclosed.map { doc.text($0) }, try ReaderCheck.sentences(doc).map(\.text))
    }

    /// A chrome element that is never closed ends where the element around it ends: the story after
    /// that is read, and the element is listed (the analysis reports it as markup.unclosed).
    @Test func unclosedChromeEndsWithItsEnclosingElement() throws {
        for prefix in Self.prefixes {
            let text = prefix + "<div><p>The mayor said it was fine.</p><aside>Related: more news</div>\n<p>Officials said the plan would fail.</p>"
            let doc = ReaderCheck.document(text, .html)
            let prose = try DocumentReader.prose(for: doc)
            #expect(prose.unclosed == [try #require(ReaderCheck.span(of: "<aside>", in: text))])
            let got = try ReaderCheck.sentences(doc)
            #expect(Array(got.map(\.text).suffix(2)) == ["The mayor said it was fine.", "Officials said the plan would fail."])
            #expect(!got.contains { $0.text.contains("Related") })
            let officials = try #require(got.first { $0.text.hasPrefix("Officials") })
            let want = try #require(ReaderCheck.expectedLocation(of: "Officials", in: text))
            #expect(officials.line == want.line && officials.column == want.column)
        }
    }

    /// At the top level, with no element around it, an unclosed chrome element still masks to the end
    /// of the page (as a browser would nest the rest in it), but no longer in silence.
    @Test func unclosedChromeAtTheTopLevelIsListed() throws {
        for prefix in Self.prefixes {
            let text = prefix + "<p>The mayor said it was fine.</p>\n<nav class=\"x\">Menu\n<p>Officials said the plan would fail.</p>"
            let got = try unclosed(text)
            #expect(got.tags == ["<nav class=\"x\">"])
            #expect(got.sentences.last == "The mayor said it was fine.")
        }
    }

    @Test func unclosedScriptAndHiddenElementsEndWithTheirParent() throws {
        for prefix in Self.prefixes {
            var got = try unclosed(prefix + "<section><script>var a = 1; if (a < 2) { go(); }</section><p>Officials said it was late.</p>")
            #expect(got.tags == ["<script>"])
            #expect(got.sentences.last == "Officials said it was late.")
            got = try unclosed(prefix + "<article><div hidden>Old copy.</article><p>Officials said it was late.</p>")
            #expect(got.tags == ["<div hidden>"])
            #expect(got.sentences.last == "Officials said it was late.")
            #expect(!got.sentences.contains("Old copy."))
        }
    }

    @Test func closedAndNestedChromeIsNotListed() throws {
        let pages = [
            "<nav><nav>Inner</nav>Outer</nav><p>Officials said it was late.</p>",
            "<aside><p>Related<p>More</aside><p>Officials said it was late.</p>",  // unclosed <p>s inside are fine
            "<footer><script>var s = \"</footer>\";</script>Links</footer><p>Officials said it was late.</p>",
            "<div><p>Officials said it was late.<br><img src=x></div>",  // a story's own unclosed <p> masks nothing
        ]
        for page in pages {
            let got = try unclosed(page)
            #expect(got.tags.isEmpty, "\(page)")
            #expect(got.sentences == ["Officials said it was late."], "\(page)")
        }
    }

    /// A close tag with no open element of its name is ignored; one that closes an element around an
    /// open chrome element ends that one too.
    @Test func strayAndMisnestedCloseTags() throws {
        var got = try unclosed("<aside>Menu</div></aside><p>Officials said it was late.</p>")
        #expect(got.tags.isEmpty)
        #expect(got.sentences == ["Officials said it was late."])
        got = try unclosed("<div><nav>Menu</div></nav><p>Officials said it was late.</p>")
        #expect(got.tags == ["<nav>"])
        #expect(got.sentences == ["Officials said it was late."])
    }
}

