import AttribCore
import Testing

/// Whole saved pages as editors feed them: site header, nav, cookie banner, share buttons,
/// related stories, newsletter form, footer, JSON-LD, captions (HTML); front matter, tables,
/// images, reference and footnote definitions, HTML blocks (Markdown). Chrome holds planted
/// claims and attributions that must not surface; the story's sentences are exactly the expected
/// ones at exact byte offsets. Pages written for these tests.
@Suite("Real pages")
struct RealPageTests {
    static let analyzer = Analyzer(rules: .builtIn)

    static let html = #"""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Flood wall approved | The Lakeside Ledger</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Flood wall approved","description":"The council voted 7-2, officials said."}</script>
</head>
<body>
<header class="site-header"><a href="/">The Lakeside Ledger</a><p>Breaking: The mayor said taxes will rise 40% next year.</p></header>
<nav><ul><li><a href="/local">Local</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<div class="cookie-banner" role="dialog"><p>We use cookies. Officials said 90% of readers accept them.</p><button>Accept all</button></div>
<main>
<article>
<header><h1>Harbor city approves flood wall</h1><p class="byline">By Rosa Ibarra</p></header>
<div class="share"><button aria-label="Share">Share on social, experts said 3 million times</button></div>
<p>The city council approved a $12 million flood wall for the Café district on Tuesday, Mayor Lena Ortiz said.</p>
<figure><img src="wall.jpg" alt="The harbor at dusk"><figcaption>Waves reached 4 meters in March, the coast guard said. Photo: Ledger staff</figcaption></figure>
<p>&ldquo;We cannot wait for the next storm,&rdquo; Ortiz told reporters.</p>
<p>Flooding damaged 340 homes last year.<span aria-hidden="true">&#9632;</span></p>
<div hidden><p>Sources said the vote was rigged.</p></div>
<aside class="related"><h2>Related</h2><article><p>Officials said the bridge will cost $5 million.</p></article></aside>
<form class="newsletter"><p>Sign up: 2 million readers get our briefing, editors said.</p><input type="email"><button>Subscribe</button></form>
</article>
</main>
<footer><p>Copyright 2026 The Lakeside Ledger. Analysts said we are the best.</p></footer>
<noscript><p>Critics said 80% of pages need scripts.</p></noscript>
<script>window.dataLayer=[];</script>
</body>
</html>
"""#

    static let markdown = #"""
---
title: "Transit fares to rise 8%, officials said"
tags: [transit, budget]
---

# Transit board backs fare increase

The regional transit board voted 6-3 on Monday to raise fares by 8 percent, board chair Amara Osei said.[^1]

| Fare type | Current | Proposed |
|-----------|---------|----------|
| Single ride | $2.50 | $2.70 |
| Monthly pass | $90 | $97 |

![Riders board a train, the agency said 2 million ride daily](train.jpg)

Ridership fell 12 percent in 2025, according to the agency's annual report.

<aside class="related">
Officials said the new line will cost $400 million.
</aside>

<nav><a href="/transit">More transit</a></nav>

[agency]: https://example.org/transit "Officials said 9 lines close"

[^1]: Osei spoke at the board's public meeting.
"""#

    func analyse(_ text: String, _ format: InputFormat) throws -> DocumentAnalysis {
        try Self.analyzer.analyze(document: SourceDocument(name: "page", bytes: Array(text.utf8), format: format))
    }

    /// The byte offset of the only occurrence of `needle` in `page`.
    func offset(of needle: String, in page: String) throws -> Int {
        let h = Array(page.utf8), n = Array(needle.utf8)
        var hits: [Int] = []
        if n.count <= h.count {
            for i in 0...(h.count - n.count) where h[i] == n[0] && Array(h[i..<(i + n.count)]) == n { hits.append(i) }
        }
        try #require(hits.count == 1, "\(needle.debugDescription) occurs \(hits.count) times")
        return hits[0]
    }

    func expectSentences(_ a: DocumentAnalysis, _ page: String, _ expected: [String]) throws {
        #expect(a.sentences.map { a.text($0.span) } == expected)
        for (s, e) in zip(a.sentences, expected) {
            let start = try offset(of: e, in: page)
            #expect(s.span == Span(start, start + e.utf8.count), "\(e)")
        }
    }

    @Test func htmlArticleSentencesAttributionsAndNoChrome() throws {
        let a = try analyse(Self.html, .html)
        try expectSentences(a, Self.html, [
            "Harbor city approves flood wall",
            "By Rosa Ibarra",
            "The city council approved a $12 million flood wall for the Café district on Tuesday, Mayor Lena Ortiz said.",
            "&ldquo;We cannot wait for the next storm,&rdquo; Ortiz told reporters.",
            "Flooding damaged 340 homes last year.",
        ])
        let tagged = a.attributions.map { "\(a.text($0.source!.span)) \(a.text($0.cue!.span))" }
        #expect(tagged == ["Mayor Lena Ortiz said", "Ortiz told reporters"])
        #expect(a.text(try #require(a.attributions.last?.content)) == "We cannot wait for the next storm")
        // The one unattributed figure is the story's own; nothing from the chrome.
        #expect(a.findings.map { "\($0.rule) \(a.text($0.span))" } == ["claim.unattributed Flooding damaged 340 homes last year."])
    }

    @Test func markdownDraftSentencesAttributionsAndNoChrome() throws {
        let a = try analyse(Self.markdown, .markdown)
        try expectSentences(a, Self.markdown, [
            "Transit board backs fare increase",
            "The regional transit board voted 6-3 on Monday to raise fares by 8 percent, board chair Amara Osei said.[^1]",
            "Fare type", "Current", "Proposed",
            "Single ride", "$2.50", "$2.70",
            "Monthly pass", "$90", "$97",
            "Ridership fell 12 percent in 2025, according to the agency's annual report.",
            "Osei spoke at the board's public meeting.",
        ])
        let tagged = a.attributions.map { "\(a.text($0.source!.span)) \(a.text($0.cue!.span))" }
        #expect(tagged == ["board chair Amara Osei said", "the agency's annual report according to"])
        #expect(a.findings.isEmpty, "findings: \(a.findings.map { "\($0.rule) \(a.text($0.span))" })")
    }

    /// A page without `<article>`/`<main>` is read whole, minus its chrome; the site `<header>`
    /// goes, while an `<article>`'s own header (headline, byline) stays (see the HTML page above).
    @Test func pageWithoutArticleKeepsBodyProseAndMasksChrome() throws {
        let page = #"<body><header><p>Officials said 5 things.</p></header><div><p>The dam holds 3 million liters, engineers said.</p></div><p>Second<br>line.</p><footer>Experts said so.</footer></body>"#
        let a = try analyse(page, .html)
        #expect(a.sentences.map { a.text($0.span) } == ["The dam holds 3 million liters, engineers said.", "Second", "line."])
    }

    /// Teaser cards marked `<article>` beside a story in plain `<div>`s: the articles hold less than
    /// half of the prose, so the page is read whole and the story is not lost.
    @Test func teaserArticlesDoNotHideAStoryOutsideThem() throws {
        let story = "The council approved the budget on Tuesday after a long debate. The mayor said the vote showed the city could still compromise. Two members, who asked not to be named because the talks were private, said the deal nearly collapsed."
        let page = "<body><div class=\"story\"><p>\(story)</p></div><section><article><p>Storm hits coast.</p></article><article><p>Rail strike ends.</p></article></section></body>"
        let a = try analyse(page, .html)
        let texts = a.sentences.map { a.text($0.span) }
        #expect(texts.contains("The mayor said the vote showed the city could still compromise."))
        #expect(texts.contains("Storm hits coast."))
        // When the article element holds most of the prose, only it is read.
        let scoped = "<body><div><p>Rail strike ends.</p></div><article><p>\(story)</p></article></body>"
        let b = try analyse(scoped, .html)
        let scopedTexts = b.sentences.map { b.text($0.span) }
        #expect(scopedTexts.contains("The mayor said the vote showed the city could still compromise."))
        #expect(!scopedTexts.contains("Rail strike ends."))
        let start = try offset(of: "The mayor said", in: page)
        let mayor = try #require(a.sentences.first { a.text($0.span).hasPrefix("The mayor said") })
        #expect(mayor.span.start == start)
    }

    @Test func inlineHiddenIconDoesNotBreakASentence() throws {
        let page = #"<p>Officials said <span aria-hidden="true">★</span>the bridge reopened.</p>"#
        let a = try analyse(page, .html)
        #expect(a.sentences.map { a.text($0.span) } == [#"Officials said <span aria-hidden="true">★</span>the bridge reopened."#])
    }

    /// Unclosed, unbalanced and misnested chrome never crashes, and a large generated page of it
    /// completes (each byte is scanned a bounded number of times).
    @Test func adversarialMarkupIsSafe() throws {
        let pieces = [
            "<nav", "<nav>", "</nav>", "<aside><article><p>Officials said x.</p></article>", "</aside>", "</article>",
            "<article>", "<main>", "</main>", "<div hidden", "<div aria-hidden='true'>", "</div>", "<p>Text, he said.</p>",
            "<script>", "<header>", "</header>", "<footer/>", "<button>", "&amp;", "<", ">", "\"", "'", "<!--", "-->",
        ]
        for p in pieces {
            for format in [InputFormat.html, .markdown] {
                _ = try analyse(p, format)
                _ = try analyse("<p>Intro.</p>" + p + "<p>The mayor said 3 people died.</p>", format)
            }
        }
        var rng = SystemRandomNumberGenerator()
        var big = ""
        for _ in 0..<20_000 { big += pieces[Int(rng.next() % UInt64(pieces.count))] + " word " }
        for format in [InputFormat.html, .markdown] {
            let a = try analyse(big, format)
            for s in a.sentences { #expect(s.span.end <= big.utf8.count) }
        }
        // Deeply nested chrome and thousands of unclosed chrome tags.
        for format in [InputFormat.html, .markdown] {
            _ = try analyse(String(repeating: "<aside>", count: 50_000) + "x" + String(repeating: "</aside>", count: 50_000), format)
            _ = try analyse(String(repeating: "<nav>\n", count: 50_000), format)
            _ = try analyse(String(repeating: "<p>a<article>b</main>\n", count: 50_000), format)
        }
    }
}
