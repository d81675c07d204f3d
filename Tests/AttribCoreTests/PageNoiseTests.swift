import AttribCore
import Testing
import TestSupport

/// Scraped news pages: headline, byline, dateline, photo captions and credits, "Read more:" lines,
/// separators, corrections, contributor lines and copyright notices. The page furniture yields no
/// attribution and no finding; the story's own sentences are still tagged, at exact positions in
/// plain text, Markdown and HTML (readers mask markup in place). Pages written for these tests.
@Suite("Page noise")
struct PageNoiseTests {
    static let analyzer = Analyzer(rules: .builtIn)

    static let text = #"""
Senate passes stopgap bill as shutdown deadline looms

By Jane Doe and John Roe

WASHINGTON (AP) — The Senate passed a stopgap spending bill late Friday, two senior aides said, averting a shutdown that would have furloughed 800,000 federal workers.

Senate Majority Leader Tom Hale speaks to reporters at the Capitol on Friday, Nov. 27, 2026, after 12 hours of talks. (AP Photo/Mark Lee)

"We did our job," Hale told reporters after the vote.

Read more: Five things to know about the 3% pay raise

___

Associated Press writer Maria Okafor contributed to this report.

This story has been corrected to show that the vote was 71-29, not 70-30.

Copyright 2026 The Associated Press. All rights reserved.
"""#

    static let markdown = ScrapedPage.markdown

    static let html = ScrapedPage.html

    /// Furniture only: nothing in it is an attribution or a check-worthy claim.
    static let furniture = #"""
Senate passes stopgap bill as shutdown deadline looms

By Jane Doe and John Roe

WASHINGTON (AP) — The Senate passed a stopgap spending bill late Friday, averting a government shutdown hours before the deadline.

Senate Majority Leader Tom Hale speaks to reporters at the Capitol on Friday. (AP Photo/Mark Lee)

The vote came shortly after midnight.

Read more: What happens if the government shuts down?

___

Associated Press writer Maria Okafor contributed to this report.

This story has been corrected to show that the vote was on Friday, not Thursday.

Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.

Follow Jane Doe on X at @janedoe.

Photo: Reuters

Reporting by Jane Doe; Editing by John Roe

Sign up for our newsletter to get the latest news.

Updated 3:45 p.m. EST, Fri November 27, 2026

Share this article

Firefighters battle a blaze that destroyed 40 homes near Paradise, Calif., on Thursday. (AP Photo/Noah Berger)

Residents survey the damage in Paradise on Friday, where 85 people died. Photo: Justin Sullivan/Getty Images

A woman walks past 300 burned cars. (Reuters/Jane Doe)

Rescuers search the rubble of a building where 12 people died in Antakya, Turkey, Feb. 8, 2023. REUTERS/Umit Bektas

Associated Press writers John Roe in New York and Ana Ruiz in Madrid contributed to this report.

Jane Doe contributed reporting from London.

The story was reported by Jane Doe and written by John Roe.

Read more: Five things to know about the 3% pay deal

Contact the reporter at jdoe@example.com or 555-0100.
"""#

    func analyse(_ text: String, _ format: InputFormat, prefix: String = "") throws -> DocumentAnalysis {
        let doc = SourceDocument(name: "page", bytes: Array((prefix + text).utf8), format: format)
        return try Self.analyzer.analyze(document: doc)
    }

    @Test(arguments: [(text, InputFormat.text), (markdown, .markdown), (html, .html)])
    func storyIsTaggedAndFurnitureIsNot(_ page: String, _ format: InputFormat) throws {
        // A multi-byte prefix in a form each reader keeps as prose.
        let prefix = format == .html ? "<p>🗞️ 東京の記者 — ünïcødé.</p>\n" : "🗞️ 東京の記者 — ünïcødé.\n\n"
        for p in ["", prefix] {
            let a = try analyse(page, format, prefix: p)
            let tagged = a.attributions.map { "\(a.text($0.source!.span)) \(a.text($0.cue!.span))" }
            #expect(tagged == ["two senior aides said", "Hale told reporters"])
            #expect(a.findings.map(\.rule) == ["anonymous-source.no-reason"], "findings: \(a.findings.map { "\($0.rule) \(a.text($0.span))" })")
            let content = try #require(a.attributions.last?.content)
            #expect(a.text(content) == "We did our job")
        }
    }

    @Test func furnitureYieldsNothing() throws {
        let a = try analyse(Self.furniture, .text)
        #expect(a.attributions.isEmpty, "attributions: \(a.attributions.map { a.text($0.cue!.span) })")
        #expect(a.findings.isEmpty, "findings: \(a.findings.map { "\($0.rule) \(a.text($0.span))" })")
    }

    /// A caption's figures are the photo's, not the story's claims; the same sentence without
    /// its credit is a claim.
    @Test func captionIsNotAClaim() throws {
        let caption = "Firefighters battle a blaze that destroyed 40 homes near Paradise on Thursday. (AP Photo/Noah Berger)"
        #expect(try analyse(caption, .text).findings.isEmpty)
        let story = "Firefighters battled a blaze that destroyed 40 homes near Paradise on Thursday."
        #expect(try analyse(story, .text).findings.map(\.rule) == ["claim.unattributed"])
    }
}
