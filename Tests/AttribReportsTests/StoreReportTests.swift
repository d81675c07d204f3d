import TestSupport
import AttribCore
@testable import AttribReports
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Golden files live in Golden/; run with ATTRIB_RECORD_GOLDEN=1 to rewrite them after an
/// intended change, then review the diff.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["ATTRIB_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8),
                                    "missing golden file \(name); record it with ATTRIB_RECORD_GOLDEN=1",
                                    sourceLocation: sourceLocation)
        if actual != expected {
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, e.count)).first { a[$0] != e[$0] } ?? min(a.count, e.count)
            Issue.record("""
                \(name) differs from its golden file at line \(line + 1):
                  expected: \(line < e.count ? String(e[line]) : "<end>")
                  actual:   \(line < a.count ? String(a[line]) : "<end>")
                """, sourceLocation: sourceLocation)
        }
    }
}

/// Fixed values, so reports are byte-for-byte reproducible.
enum Fixture {
    static func article() -> ArticleReport {
        let analysis = Sample.analysis()
        let info = DocumentInfo(id: 7, name: "corpus/port.txt", title: "Port talks stall", url: "https://example.com/port?a=1&b=2",
                                published: "2025-03-01", sha256: String(repeating: "ab", count: 32),
                                size: analysis.document.bytes.count, ingestedAt: "2025-03-02T10:00:00.000Z")
        let attributionIDs = (0..<analysis.attributions.count).map { Int64(101 + $0) }
        let findingIDs = (0..<analysis.findings.count).map { Int64(201 + $0) }
        let confirmed = ReviewKey.attribution(analysis.attributions[0], in: analysis)
        let rejected = ReviewKey.finding(analysis.findings[1], in: analysis)
        let reviews = [
            confirmed: [Review(verdict: .confirmed, note: nil, by: "desk", at: "2025-03-03T09:00:00.000Z")],
            rejected: [Review(verdict: .rejected, note: "Critics are named, \"later\".", by: "desk", at: "2025-03-03T09:05:00.000Z")],
        ]
        return ArticleReport(analysis: analysis, info: info, attributionIDs: attributionIDs, findingIDs: findingIDs, reviews: reviews)
    }

    static func archive() -> ArchiveReport {
        func doc(_ id: Int64, _ name: String, _ published: String?, _ c: Counts) -> DocumentOverview {
            DocumentOverview(info: DocumentInfo(id: id, name: name, title: nil, published: published,
                                                sha256: String(repeating: "0", count: 64), size: 1000 + Int(id),
                                                ingestedAt: "2025-03-05T08:00:00.000Z"), counts: c)
        }
        return ArchiveReport(
            documents: [
                doc(1, "corpus/a.txt", "2025-03-01", Counts(sentences: 20, attributions: 10, sourced: 9, named: 6, anonymous: 2, vague: 1, quotes: 3, findings: 4)),
                doc(2, "corpus/b, \"quoted\".md", "2025-03-02", Counts(sentences: 12, attributions: 4, sourced: 4, named: 1, anonymous: 3, vague: 0, quotes: 1, findings: 6)),
                doc(3, "feed-17", nil, Counts(sentences: 5, attributions: 0, sourced: 0, findings: 1)),
            ],
            sources: [
                SourceTally(key: "two senior diplomats", kind: .anonymous, name: "Two senior diplomats", mentions: 2, documents: 1,
                            document: DocumentRef(id: 1, name: "corpus/a.txt")),
                SourceTally(key: "maria okafor", kind: .named, name: "Maria Okafor", mentions: 5, documents: 2),
                SourceTally(key: "critics", kind: .vague, name: "Critics", mentions: 1, documents: 1,
                            document: DocumentRef(id: 2, name: "corpus/b, \"quoted\".md")),
                SourceTally(key: "company", kind: .named, name: "the company", mentions: 2, documents: 1,
                            document: DocumentRef(id: 3, name: "feed-17", isExternalID: true, title: "Port <b>talks</b>")),
            ],
            rules: [
                RuleTally(rule: "source.vague", severity: .warning, findings: 2, documents: 2),
                RuleTally(rule: "claim.unattributed", severity: .info, findings: 9, documents: 3),
            ],
            reviews: [.confirmed: 2, .rejected: 1])
    }
}

@Suite struct ArticleReportTests {
    @Test func buildsItemsSourcesAndGroups() {
        let r = Fixture.article()
        #expect(r.attributions.map(\.id) == ["A101", "A102", "A103", "A104", "A105"])
        #expect(r.counts.anonymousShare == 0.5)  // diplomats + critics of 4 sourced
        #expect(r.sources.map(\.key) == ["maria okafor", "critics", "two senior diplomats"])
        #expect(r.sources.first?.mentions == 2)  // "said" and the resolved "He"
        #expect(r.findingGroups.map(\.rule) == ["anonymous-source.boilerplate-reason", "claim.unattributed", "source.vague", "claim.hedged"])
        #expect(r.unsupportedClaims.map(\.kind) == ["hedged", "unattributed"])
        #expect(r.attributions[0].reviews.map(\.verdict) == [.confirmed])
        let filtered = ArticleReport(analysis: Sample.analysis(), rule: "source.vague")
        #expect(filtered.findings.map(\.finding.rule) == ["source.vague"])
        #expect(filtered.counts.findings == 1)
        #expect(filtered.attributions.first?.id == nil)
    }

    @Test func sourceKeysNormalize() {
        #expect(SourceKey.normalize("Senior Pentagon officials,") == "senior pentagon officials")
        #expect(SourceKey.normalize("  The   senior\nPentagon officials ") == "senior pentagon officials")
        #expect(SourceKey.normalize("“Critics”") == "critics")
        #expect(SourceKey.normalize("the ministry’s spokesman") == "ministry's spokesman")
        #expect(SourceKey.normalize("A") == "a")
        #expect(SourceKey.normalize("AT&T") == "at&t")
    }

    @Test func reviewKeysIgnoreOffsetsButNotWords() {
        let a = Sample.analysis()
        let shifted = Sample.analysis(text: "A new first line.\n" + Sample.article.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n"))
        #expect(ReviewKey.attribution(a.attributions[0], in: a) == ReviewKey.attribution(shifted.attributions[0], in: shifted))
        #expect(ReviewKey.finding(a.findings[0], in: a) == ReviewKey.finding(shifted.findings[0], in: shifted))
        #expect(ReviewKey.attribution(a.attributions[0], in: a) != ReviewKey.attribution(a.attributions[1], in: a))
    }

    @Test func markdownGolden() throws { try Golden.check(MarkdownReport.article(Fixture.article()), "article.md") }
    @Test func jsonGolden() throws { try Golden.check(ReportJSON.article(Fixture.article()), "article.json") }
    @Test func csvGolden() throws { try Golden.check(ReportCSV.article(Fixture.article()), "article.csv") }
    @Test func textGolden() throws { try Golden.check(TextReport.article(Fixture.article()), "article.txt") }

    @Test func jsonIsValidAndCarriesEveryAttribution() throws {
        let json = ReportJSON.article(Fixture.article())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let attributions = try #require(object["attributions"] as? [[String: Any]])
        #expect(attributions.count == 5)
        let pronoun = try #require(attributions.first { ($0["source"] as? [String: Any])?["kind"] as? String == "pronoun" })
        let source = try #require(pronoun["source"] as? [String: Any])
        #expect(source["effectiveKind"] as? String == "named")
        #expect((source["resolved"] as? [String: Any])?["text"] as? String == "Maria Okafor")
    }

    @Test func markdownShowsMarkupAsText() {
        let md = MarkdownReport.article(Fixture.article())
        #expect(md.contains(#"\<script\>alert(1)\</script\>"#))
        // Every "<" is escaped, except the line breaks the report itself puts in table cells.
        let scalars = Array(md.replacingOccurrences(of: "<br>", with: "").unicodeScalars)
        #expect(scalars.indices.allSatisfy { scalars[$0] != "<" || ($0 > 0 && scalars[$0 - 1] == "\\") })
        #expect(MarkdownReport.escape("1. not a list") == #"1\. not a list"#)
        #expect(MarkdownReport.escape("- not a bullet | cell") == #"\- not a bullet \| cell"#)
    }

    @Test func csvQuotesFieldsThatNeedIt() {
        let csv = ReportCSV.archive(Fixture.archive())
        #expect(csv.contains(#","corpus/b, ""quoted"".md","#))
        #expect(csv.hasSuffix("\r\n"))
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 4)
        #expect(lines[0].split(separator: ",").count == ReportCSV.archiveColumns.count)
    }
}

@Suite struct ArchiveReportTests {
    @Test func ranksAndTrends() {
        let r = Fixture.archive()
        #expect(r.sources.map(\.key) == ["maria okafor", "company", "two senior diplomats", "critics"])
        #expect(r.rules.map(\.rule) == ["claim.unattributed", "source.vague"])
        #expect(r.byAnonymousShare.map(\.info.id) == [2, 1, 3])
        #expect(r.byFindings.map(\.info.id) == [2, 1, 3])
        #expect(r.total.sourced == 13)
        // feed-17 has no published date: it counts under its ingest day.
        #expect(r.trend.map(\.period) == ["2025-03-01", "2025-03-02", "2025-03-05"])
    }

    @Test func trendIsMonthlyForLongArchives() {
        var docs: [DocumentOverview] = []
        for m in 1...3 {
            for d in 1...28 {
                let day = "2024-0\(m)-\(d < 10 ? "0" : "")\(d)"
                docs.append(DocumentOverview(info: DocumentInfo(name: day, published: day, size: 1), counts: Counts(sourced: 1, named: 1)))
            }
        }
        let r = ArchiveReport(documents: docs, sources: [], rules: [])
        #expect(r.trend.map(\.period) == ["2024-01", "2024-02", "2024-03"])
        #expect(r.trend.map(\.documents) == [28, 28, 28])
    }

    @Test func markdownGolden() throws { try Golden.check(MarkdownReport.archive(Fixture.archive()), "archive.md") }
    @Test func jsonGolden() throws { try Golden.check(ReportJSON.archive(Fixture.archive()), "archive.json") }
    @Test func csvGolden() throws { try Golden.check(ReportCSV.archive(Fixture.archive()), "archive.csv") }
    @Test func textGolden() throws { try Golden.check(TextReport.archive(Fixture.archive()), "archive.txt") }
    @Test func sourcesGolden() throws {
        let s = Fixture.archive().sources
        try Golden.check(TextReport.sources(s) + "\n" + ReportJSON.sources(s) + "\n" + ReportCSV.sources(s), "sources.txt")
    }
}

/// The HTML report parsed as XML: element names and the text between them.
final class HTMLDocument: NSObject, XMLParserDelegate {
    var elements: [String] = []
    var attributes: [[String: String]] = []
    var text = ""
    var error: Error?

    init(_ html: String) throws {
        super.init()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = self
        parser.shouldResolveExternalEntities = false
        if !parser.parse() { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append(name.lowercased())
        self.attributes.append(attributes)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}

@Suite struct HTMLReportTests {
    static let attack = ["<script>alert(1)</script>", #""><img src=x onerror=alert(2)>"#]

    /// An article whose text, title, url, source and review note all carry markup.
    static func hostile() -> ArticleReport {
        var report = Fixture.article()
        report.info.title = #"Port <script>alert(3)</script> "><img src=x onerror=alert(4)>"#
        report.info.url = #"javascript:alert(5)"><script>alert(6)</script>"#
        report.attributions[0].reviews = [Review(verdict: .note, note: "<img src=x onerror=alert(7)>", by: "<b>desk</b>", at: "now")]
        return report
    }

    @Test func articleEscapesEveryPieceOfArticleText() throws {
        let html = ReportHTML.article(Self.hostile())
        let doc = try HTMLDocument(html)
        // No element the article smuggled in: no script, no img, no event handler attribute.
        #expect(!doc.elements.contains("script"))
        #expect(!doc.elements.contains("img"))
        #expect(!doc.attributes.contains { $0.keys.contains { $0.lowercased().hasPrefix("on") } })
        // The markup shows as text, exactly.
        for attack in Self.attack { #expect(doc.text.contains(attack), "\(attack) not shown as text") }
        #expect(doc.text.contains("<script>alert(3)</script>"))
        #expect(doc.text.contains("<img src=x onerror=alert(7)>"))
        #expect(doc.text.contains("<b>desk</b>"))
        // Self-contained: no external resource, no script at all; links stay in the page.
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\""))
        #expect(!html.contains("@import"))
        #expect(!html.contains("url("))
        let ids = Set(doc.attributes.compactMap { $0["id"] })
        let hrefs = doc.attributes.compactMap { $0["href"] }
        #expect(!hrefs.isEmpty)
        for href in hrefs {
            #expect(href.hasPrefix("#") && ids.contains(String(href.dropFirst())), "\(href) is not a link within the page")
        }
        // Highlights carry kind, confidence and rules on hover.
        #expect(doc.attributes.contains { ($0["title"] ?? "").contains("source: anonymous, anonymous · confidence 0.9 (high) · rules: pattern.source-cue, lexicon.cue.speech") })
        #expect(doc.attributes.contains { $0["class"] == "stack" })
    }

    /// Every attribution and finding: a label after its highlight links to its row, and the
    /// row's id links back to the label.
    @Test(arguments: [true, false])
    func highlightsAndRowsLinkBothWays(stored: Bool) throws {
        let report = stored ? Fixture.article() : ArticleReport(analysis: Sample.analysis())
        let doc = try HTMLDocument(ReportHTML.article(report))
        let anchors = stored ? ["A101", "A102", "A103", "A104", "A105", "F201", "F202", "F203", "F204"]
                             : ["a1", "a2", "a3", "a4", "a5", "f1", "f2", "f3", "f4"]
        for anchor in anchors {
            let label = doc.attributes.first { $0["id"] == "t-" + anchor }
            #expect(label?["href"] == "#" + anchor, "the label of \(anchor) does not link to its row")
            #expect(label?["data-ref"] == anchor)
            let row = doc.attributes.firstIndex { $0["id"] == anchor }
            #expect(row != nil, "no row for \(anchor)")
            let back = doc.attributes.contains { $0["href"] == "#t-" + anchor }
            #expect(back, "the row of \(anchor) does not link back to the text")
        }
        // The label of an attribution follows its cue: "said" in "Two senior diplomats said".
        let html = ReportHTML.highlighted(report)
        let said = try #require(html.range(of: ">said</span>"))
        #expect(html[said.upperBound...].hasPrefix("<a class=\"ref\" id=\"t-\(anchors[0])\""))
    }

    @Test func hedgesAreNotASourceKindInTheChart() throws {
        let html = ReportHTML.article(Fixture.article())
        let doc = try HTMLDocument(html)
        let stack = try #require(doc.attributes.firstIndex { $0["class"] == "stack" })
        #expect(doc.attributes[stack]["aria-label"] == "attributions by source kind: named 2, anonymous 1, vague 1")
        #expect(!doc.attributes.contains { $0["class"] == "k-hedge" })
        #expect(doc.text.contains("Not counted: 1 hedge without a source."))
    }

    @Test func legendShowsEachFindingUnderlineAndTheLabels() throws {
        let html = ReportHTML.article(Fixture.article())
        let doc = try HTMLDocument(html)
        for severity in ["error", "warning", "info"] {
            #expect(doc.attributes.contains { $0["class"] == "m finding sev-\(severity)" })
        }
        #expect(doc.text.contains("Findings are underlined by severity"))
        #expect(doc.text.contains("info: a check-worthy claim without attribution"))
        #expect(doc.attributes.contains { $0["class"] == "ref" && $0["data-ref"] == "A12" })
        // The CSS gives each severity its own underline colour.
        for severity in ["error", "warning", "info"] { #expect(html.contains(".finding.sev-\(severity) { text-decoration-color")) }
    }

    @Test func highlightedTextIsTheArticleExactly() throws {
        let report = Fixture.article()
        let html = "<div>" + ReportHTML.highlighted(report) + "</div>"
        let doc = try HTMLDocument(html)
        #expect(doc.text == Sample.article)
    }

    @Test func archiveEscapesDocumentNames() throws {
        var archive = Fixture.archive()
        archive.documents[0].info.title = "<script>alert(1)</script>"
        archive.documents[1].info.name = #""><img src=x onerror=alert(2)>"#
        let html = ReportHTML.archive(archive)
        let doc = try HTMLDocument(html)
        #expect(!doc.elements.contains("script"))
        #expect(!doc.elements.contains("img"))
        for attack in Self.attack { #expect(doc.text.contains(attack)) }
        #expect(doc.attributes.filter { $0["class"] == "bars" }.count == 2)  // per-document bars and the trend
    }

    /// Captions are text beside the bars, never inside a fixed-width drawing that cuts them.
    @Test func trendCaptionsAreWhole() throws {
        let doc = try HTMLDocument(ReportHTML.archive(Fixture.archive()))
        let captions = doc.attributes.filter { $0["class"] == "caption" }.count
        #expect(captions == 3 + 3)  // three documents, three days
        for caption in ["33.3% · 1 docs · 4 findings", "75% · 1 docs · 6 findings", "0% · 1 docs · 1 findings"] {
            #expect(doc.text.contains(caption))
        }
        #expect(!doc.elements.contains("svg"))
    }

    @Test func archiveSourcesShowNamesAsWrittenAndTheirDocument() throws {
        let html = ReportHTML.archive(Fixture.archive())
        let doc = try HTMLDocument(html)
        #expect(doc.text.contains("Maria Okafor"))
        #expect(!doc.text.contains("maria okafor"))
        #expect(doc.text.contains("the companyin Port <b>talks</b>"))
        #expect(doc.text.contains("Criticsin b, \"quoted\".md"))
    }

    @Test func escapeCoversTheFiveCharacters() {
        #expect(ReportHTML.escape(#"<a href="x" title='y'>&</a>"#) == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;")
        #expect(ReportHTML.escape("plain") == "plain")
    }
}
