import AttribCore
import Testing

/// Round-6 news styles, marked as in ``NewsStyleTests``: imperfect text (ALL-CAPS wire lines,
/// all-lowercase posts, a period typed without its space, doubled spaces, typed dashes, mixed quote
/// styles, bulleted quotes, transcript labels, handles and hashtags), results and forecasts with a
/// figure as their object, and groups made specific by a side ("defense lawyers"). Written for
/// these tests; each runs as written and after a multi-byte prefix.
@Suite("News styles, round 6")
struct NewsStyleRound6Tests {
    static let cases: [NewsCase] = [
        // ALL-CAPS wire lines: the label before the colon or dash is not content.
        NewsCase("BREAKING: «s:OFFICIALS» «c:SAY» «t:DAM AT RISK OF COLLAPSE AFTER STORM»", .anonymous, anonymous: true),
        NewsCase("URGENT: «t:PENTAGON CONFIRMS STRIKE ON DEPOT», «s:SPOKESMAN» «c:SAYS»", .anonymous, anonymous: true),
        NewsCase("URGENT -- «s:POLICE» «c:SAY» «t:SUSPECT IN CUSTODY»", .named),
        NewsCase("«s:THE UNION» «c:SAID» «t:ITS MEMBERS WOULD WALK OUT AT NOON».", .named),
        NewsCase("#BREAKING: «s:Police» «c:say» «t:the road is closed».", .named),
        NewsCase("FLOOD WARNING ISSUED FOR RIVER TOWNS"),
        NewsCase("STOCKS FALL AS FED SIGNALS MORE HIKES AHEAD"),
        // All lower case (posts, transcripts).
        NewsCase("«s:the mayor» «c:said» «t:the bridge would stay closed until friday».", .named),
        NewsCase("«s:officials» «c:told reporters» «t:the fire was under control»", .anonymous, anonymous: true),
        // A period typed without its space still ends the sentence; doubled spaces change nothing.
        NewsCase("«s:The union» «c:said» «t:the strike was over».The talks resume on Monday.", .named),
        NewsCase("\"«t:We are not going anywhere»,\" «c:said» «s:Union President Lila Moss».The strike continues.", .named, quote: .direct),
        NewsCase("«s:Her spokesman»  «c:said»  «t:the  filing was ready».", .anonymous, anonymous: true),
        // A typed dash ("--") sets off an aside like an em dash.
        NewsCase("«t:The deal -- «s:officials» «c:said» -- could be signed Friday».", .anonymous, anonymous: true),
        NewsCase("«t:The deal — «s:officials» «c:said» — could be signed Friday».", .anonymous, anonymous: true),
        NewsCase("«s:The regulator» -- which had warned of the risk -- «c:said» «t:the bank had broken the rules».", .named),
        NewsCase("\"«t:We have the votes»,\" «s:the whip» «c:said» -- and then she left.", .named, quote: .direct),
        // Curly and straight quotes in one story, and bulleted quotes.
        NewsCase("“«t:We are ready»,” «s:the coach» «c:said». \"We have trained for this,\" he added.", .named, quote: .direct),
        NewsCase("- '«t:We are ready»,' «c:said» «s:Captain Ana Ruiz».", .named, quote: .direct),
        NewsCase("- “«t:Nobody warned us»,” «s:one resident» «c:said».", .anonymous, quote: .direct, anonymous: true),
        // Transcript labels.
        NewsCase("A: «t:We knew nothing until Tuesday», «s:the minister» «c:said».", .named),
        NewsCase("Q: Did the ministry know about the leak?"),
        // Handles, hashtags and links.
        NewsCase("#election"),
        NewsCase("Follow @Reuters for more. #breaking #news"),
        NewsCase("«t:Visit https://example.com/story.html for details», «s:the agency» «c:said».", .named),
        // A web address is one token: "a post at https://…" is a whole source phrase.
        NewsCase("«t:The outbreak was contained», «c:according to» «s:a post at https://example.org/news/a.b?x=1».", .document, category: .nominal),
        NewsCase("«s:The agency» «c:said» «t:the data is at http://data.example.gov/file.csv», and the mayor said it was incomplete.", .named),

        // Results and forecasts with a figure: the company states it (medium confidence).
        NewsCase("«s:The bank» «c:reported» «t:a net profit of $3 billion for the quarter».", .named, level: .medium),
        NewsCase("«s:The company» «c:forecast» «t:revenue of $2.1 billion for next year».", .named, level: .medium),
        NewsCase("«s:The agency» «c:estimated» «t:damage at $4 billion».", .named, level: .medium),
        NewsCase("«s:The company» «c:forecast» that «t:revenue would reach $2.1 billion».", .named),
        NewsCase("«s:The bank» «c:forecast» that «t:inflation would ease by spring».", .named),
        NewsCase("«s:Acme Corp.» «c:posted» «t:a loss of $40 million in the second quarter».", .named, level: .medium),
        // "posted" and "tweeted" report speech before a clause or a quotation, not before an object.
        NewsCase("She posted a video of the flood on Tuesday."),
        NewsCase("The president tweeted a photo of the crowd."),
        NewsCase("«s:The mayor» «c:tweeted» «t:the road was closed».", .named),
        NewsCase("\"«t:We won»,\" «s:he» «c:posted».", .pronoun, quote: .direct),
        // No figure, or a year only: an act, not a statement.
        NewsCase("The bank reported the theft to police in 2023."),
        NewsCase("The forecast calls for heavy rain on Sunday."),
        NewsCase("The weather service forecast heavy rain for Sunday."),
        NewsCase("«t:Rain is forecast for Sunday», «s:the weather service» «c:said».", .named),

        // A side in the story makes a group specific: anonymous, not vague.
        NewsCase("«s:Defense lawyers» «c:argue» «t:the evidence was obtained illegally».", .anonymous, anonymous: true),
        NewsCase("«s:Defense attorneys» «c:said» «t:the search was illegal».", .anonymous, anonymous: true),
        NewsCase("«s:Company engineers» «c:said» «t:the valve had failed».", .anonymous, anonymous: true),
        NewsCase("«s:Trade lawyers» «c:say» «t:the rule is unclear».", .vague, anonymous: true),
        NewsCase("«s:Lawyers» «c:argue» «t:the evidence was obtained illegally».", .vague, anonymous: true),

        // Partial quotes at the end: the closing mark and a period inside it stay; one outside goes.
        NewsCase("«s:The senator» «c:said» «t:the claims were “absurd.”»", .named, quote: .partial),
        NewsCase("«s:The senator» «c:said» «t:the claims were “absurd”».", .named, quote: .partial),
        NewsCase("«s:He» «c:called» «t:the ruling ‘a travesty.’»", .pronoun, quote: .partial),

        // Objects of "told" and "warned" before a clause with its own determiner.
        NewsCase("«s:The CEO» «c:told» staff «t:the office would close».", .named),
        NewsCase("«s:She» «c:told» the council «t:the plan was dead».", .pronoun),
        NewsCase("«s:Scientists» «c:warned» «t:the river was at risk».", .vague, anonymous: true),
        NewsCase("«s:The ministry» «c:warned» the public that «t:prices would rise».", .named),
        // A deputy or a colleague is a described, unnamed person.
        NewsCase("«s:Her deputy» «c:told reporters» that «t:hiring would be frozen».", .anonymous, anonymous: true),
        NewsCase("«s:A colleague» «c:said» «t:he had left the office early».", .anonymous, anonymous: true),
        NewsCase("«s:Deputy Prime Minister Ana Ruiz» «c:said» «t:the talks were over».", .named),
        NewsCase("The minister said the budget would be balanced, while «s:her deputy» «c:told reporters» that «t:hiring would be frozen».", .anonymous, anonymous: true),
        NewsCase("«s:The minister» «c:said» «t:the budget would be balanced», while her deputy told reporters that hiring would be frozen.", .named),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// Imperfect text never crashes the engine and keeps every offset inside the document.
    @Test(arguments: [
        "BREAKING: OFFICIALS SAY DAM AT RISK OF COLLAPSE AFTER STORM\n\nNATO ALLIES AGREE NEW TARGET, DIPLOMATS SAY",
        "Q: Did the ministry know?\nA: No.\nQ:\nA:",
        "said.The said.The said.",
        "-- -- --- said -- \"\" “” ‘’ '' --",
        "@ # @@ ## .@x said #y https:// www. http://a.b/c?d=e&f=g said",
        "URGENT:",
        "#",
        "A:",
        "i think the vote was rigged, one user wrote on the forum",
        ".@StateDept said the embassy would stay open.",
    ])
    func imperfectTextIsSafe(_ text: String) {
        for prefix in ["", NewsStyleTests.prefix] {
            let doc = prefix + text
            let a = NewsStyleTests.analyzer.analyze(text: doc)
            let n = doc.utf8.count
            for at in a.attributions {
                for s in [at.cue?.span, at.source?.span, at.content].compactMap({ $0 }) {
                    #expect(s.start >= 0 && s.start <= s.end && s.end <= n)
                }
            }
        }
    }

    /// A 150-word sentence with four attributions: each keeps its own content.
    @Test func longSentenceWithSeveralAttributions() {
        let text = "In a long interview on Tuesday, the minister, who has led the department since 2019 and who oversaw "
            + "two earlier rounds of cuts, said the budget would be balanced by 2027, while her deputy told reporters that "
            + "hiring would be frozen across every regional office, and union leaders, speaking after a meeting with staff "
            + "that lasted late into the night, warned that any further cuts would be met with strikes in the ports, the "
            + "railways and the schools, a threat that analysts at two banks said could cost the economy billions if it "
            + "were carried out over the winter months when demand for freight is highest and the government is already "
            + "under pressure from rising energy prices and a weakening currency that has lost a tenth of its value this year."
        let a = NewsStyleTests.analyzer.analyze(text: text)
        func find(_ cue: String) -> Attribution? { a.attributions.first { $0.cue.map { a.text($0.span) } == cue } }
        let said = find("said")
        #expect(said.flatMap { $0.content }.map { a.text($0) } == "the budget would be balanced by 2027")
        #expect(said.flatMap { $0.source }.map { a.text($0.span) } == "the minister")
        #expect(find("told reporters").flatMap { $0.source }.map { a.text($0.span) } == "her deputy")
        #expect(find("warned").flatMap { $0.source }.map { a.text($0.span) } == "union leaders")
        #expect(a.attributions.contains { $0.source.map { a.text($0.span) } == "analysts at two banks" })
    }

    /// ALL-CAPS words that are not names never become sources.
    @Test(arguments: [
        "FLOOD WARNING ISSUED FOR RIVER TOWNS",
        "WATCH LIVE: COUNCIL MEETS ON BUDGET",
        "UPDATE: ROAD REOPENS AFTER CRASH",
    ])
    func allCapsWithoutCueHasNoSource(_ text: String) {
        #expect(NewsStyleTests.analyzer.analyze(text: text).attributions.isEmpty)
    }
}
