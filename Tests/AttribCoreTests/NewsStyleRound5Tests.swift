import AttribCore
import Testing

/// Round-5 news styles, marked as in ``NewsStyleTests``: reported questions ("questioned whether"),
/// definite office holders ("the director"), "argue" as speech, and business and science reporting —
/// earnings calls, guidance, studies, filings and the no-comment lines that attribute nothing.
/// Written for these tests; each runs as written and after a multi-byte prefix.
@Suite("News styles, round 5")
struct NewsStyleRound5Tests {
    static let cases: [NewsCase] = [
        // Reported questions: the whether-clause is the content.
        NewsCase("«s:The senator» «c:questioned» «t:whether the agency had the authority to act».", .named),
        NewsCase("«s:Some investors» «c:wondered» «t:whether the merger would survive review».", .vague, anonymous: true, category: .cognition),
        NewsCase("«s:The judge» «c:asked» «t:whether the company had kept the records».", .named),
        NewsCase("Police questioned the suspect for six hours on Tuesday."),
        // A definite office holder is named; an indefinite, counted or "other" one is not.
        NewsCase("«s:The director» «c:testified» that «t:the funds had been misused».", .named),
        NewsCase("«s:The company's director» «c:said» «t:the plant would close in March».", .named),
        NewsCase("«s:The manager» «c:told» staff that «t:the store would reopen on Monday».", .named),
        NewsCase("«s:A director» «c:said» «t:the plant would close in March».", .anonymous, anonymous: true),
        NewsCase("«s:One director» «c:said» «t:the plant would close in March».", .anonymous, anonymous: true),
        NewsCase("«s:The other director» «c:said» «t:the vote had been rushed».", .anonymous, anonymous: true),
        NewsCase("«s:Two directors» «c:said» «t:the vote had been rushed».", .anonymous, anonymous: true),
        // "argue" reports speech (PARC): the cue is the verb; "that" is not part of it.
        NewsCase("«s:The professor» «c:argued» that «t:the policy had failed».", .named),
        NewsCase("«s:Lawyers for the defendant» «c:argue» «t:the search was illegal».", .anonymous, anonymous: true),

        // Earnings calls and guidance.
        NewsCase("«s:Executives» «c:told» analysts on a call that «t:demand had weakened in China».", .anonymous, anonymous: true),
        NewsCase("«s:The chief financial officer» «c:told» analysts that «t:margins would improve in the second half».", .named),
        NewsCase("«s:The company's CFO» «c:said» «t:costs would peak this quarter».", .named),
        NewsCase("«s:The company» «c:expects» «t:revenue to rise 8% next year».", .named, category: .cognition),
        NewsCase("«s:The retailer» «c:said» in a filing that «t:it would cut 1,200 jobs».", .named),
        NewsCase("«t:Analysts had expected earnings of $1.12 a share», «c:according to» «s:LSEG data».", .document, category: .nominal),
        NewsCase("«s:The chipmaker» «c:warned» that «t:supply would stay tight until next year».", .named),
        NewsCase("«s:The company» «c:projected» that «t:sales would grow 5% next year».", .named),
        NewsCase("«t:Sales will grow 5%», «s:the company» «c:projected».", .named),
        NewsCase("The projected deficit will be the largest in a decade."),
        // "projects" is also a plural noun: "Solar projects … would add" reports nothing.
        NewsCase("Solar projects now being planned would add about 900 megawatts of capacity."),
        NewsCase("«s:Chief executive Dana Holt» «c:said» on the call that «t:orders had picked up».", .named),
        NewsCase("\"«t:We are seeing demand recover»,\" «s:Holt» «c:told» analysts.", .named, quote: .direct),
        NewsCase("In a statement, «s:the company» «c:said» «t:it was reviewing the findings».", .named),
        // Science: studies, journals, authors.
        NewsCase("«s:The researchers» «c:reported» in Nature that «t:the enzyme breaks down plastic within days».", .anonymous, anonymous: true),
        NewsCase("«s:The study», published in Science, «c:found» that «t:the drug cut relapse rates by a third».", .document, category: .cognition),
        NewsCase("«s:The authors» «c:wrote» that «t:the sample was too small to draw firm conclusions».", .named),
        NewsCase("«s:The study's lead author» «c:said» «t:the results were preliminary».", .named),
        NewsCase("«s:The paper» «c:shows» that «t:the glacier is melting faster than models predicted».", .document, category: .document),
        NewsCase("«s:Scientists at the University of Leeds» «c:found» that «t:the bees avoided treated fields».", .named, category: .cognition),
        NewsCase("«s:The team» «c:estimated» that «t:the reef had lost half its coral since 1995».", .named),
        NewsCase("The findings were published Wednesday in the journal Cell."),
        // No comment: nothing is attributed.
        NewsCase("A spokesperson for the bank did not respond to a request for comment."),
        NewsCase("The company declined to comment."),
        NewsCase("A spokesman for the university declined to comment on the findings."),
        NewsCase("Ms. Lee could not be reached for comment on Friday."),
        NewsCase("The company did not respond to a request for comment about the layoffs."),
        NewsCase("Asked whether the company would cut jobs, the chief executive declined to comment."),
        NewsCase("A spokesperson for the mill did not respond to a request for comment, and its lawyers declined to comment."),
        // A refusal then a statement: only the statement is attributed.
        NewsCase("«s:The company» declined to comment on the report but «c:said» «t:it was cooperating with regulators».", .named),
        // More questions and offices.
        NewsCase("«s:Researchers» «c:questioned» «t:whether the results would hold in larger trials».", .vague, anonymous: true),
        NewsCase("«s:The company's board» «c:wondered» «t:whether the deal was worth the price».", .named, category: .cognition),
        NewsCase("«s:The institute's director» «c:said» «t:funding had been cut».", .named),
        NewsCase("«s:Management» «c:told» analysts that «t:the worst was over».", .named),
        NewsCase("«s:The study's authors» «c:acknowledged» that «t:the sample was small».", .named),
        NewsCase("Representatives for the airline did not immediately respond to emails."),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// A title qualified as unnamed by a reason for anonymity is an anonymous source with that reason.
    @Test func titleWithAnonymityReason() throws {
        let text = "The director, who spoke on condition of anonymity because the talks are private, said the plant would close."
        let a = try #require(NewsStyleTests.analyzer.analyze(text: text).attributions.first)
        #expect(a.source?.kind == .anonymous)
        #expect(a.anonymous)
        #expect(a.anonymityReason != nil)
    }
}
