import AttribCore
import Testing

/// Quotation marks in the conventions of other archives: doubled ASCII apostrophes ('' … ''),
/// TeX's `` … '', curly marks typed the wrong way round, and a straight double mark that closes
/// after a space. Marked as in ``NewsStyleTests`` (the passage's one attribution, exactly), each
/// run as written and after a multi-byte prefix. Written for these tests.
@Suite("Quotation mark conventions")
struct QuotationMarkConventionTests {
    static let cases: [NewsCase] = [
        NewsCase("''«t:The ferry is late»,'' «c:said» «s:Ms. Varga».", .named, quote: .direct),
        NewsCase("''«t:We will not sell the harbour»,'' «s:the mayor» «c:told» the council on Monday.", .named, quote: .direct),
        NewsCase("«s:The mayor» «c:said», ''«t:We will not sell the harbour.»''", .named, quote: .direct),
        NewsCase("``«t:The ferry is late»,'' «c:said» «s:Ms. Varga».", .named, quote: .direct),
        NewsCase("“«t:Not now»,“ «s:she» «c:said».", .pronoun, quote: .direct),
        NewsCase("”«t:Not now»,” «s:she» «c:said».", .pronoun, quote: .direct),
        NewsCase("\"«t:He told us 'wait,'» \" «s:the guard» «c:said».", .named, quote: .direct),
        // Apostrophes that are not doubled stay apostrophes.
        NewsCase("«s:Ms. Varga» «c:said» «t:the farmers' co-op's prices were 'fair'».", .named, quote: .partial),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// A quotation in doubled apostrophes that runs on to the next sentence keeps its speaker.
    @Test func continuedQuotationInDoubledApostrophes() throws {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + "''We will win,'' said Ms. Varga. ''It always is.''")
            #expect(a.attributions.count == 2)
            #expect(a.attributions.allSatisfy { $0.quote == .direct && $0.source.map { a.text($0.span) } == "Ms. Varga" })
            #expect(a.attributions.map { $0.content.map { a.text($0) } } == ["We will win", "It always is."])
        }
    }
}
