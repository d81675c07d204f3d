import AttribCore
import Testing

/// Round-8 news styles, marked as in ``NewsStyleTests``: a later mention of an anonymous source
/// ("the official") refers to the nearest earlier source with the same role and number, so a reason
/// given for other people does not reach it; more written records as document sources; a gerund
/// ("discussing …") that explains an anonymity reason. Written for these tests; each runs as written
/// and after a multi-byte prefix.
@Suite("News styles, round 8")
struct NewsStyleRound8Tests {
    static let cases: [NewsCase] = [
        // "the official" is the senior official just quoted, who gave no reason; the officials of the
        // paragraph before did.
        NewsCase("The officials, who asked not to be identified because the planning is secret, said no decision had been made.\n\n"
                 + "A senior administration official said the review was routine. “«t:Nothing has been decided»,” «s:the official» «c:said».",
                 .anonymous, quote: .direct, anonymous: true),
        // With no other official in between, the later mention still takes the reason.
        NewsCase("A senior official, «r:who spoke on condition of anonymity because the talks are private», said the deal was close.\n\n"
                 + "“«t:Nothing has been decided»,” «s:the official» «c:said».",
                 .anonymous, quote: .direct, anonymous: true),
        // A plural group's reason does not pass to one person of another description.
        NewsCase("Two diplomats, who spoke on condition of anonymity to describe private talks, said the deal was close. "
                 + "«s:An aide» «c:said» «t:the treasury had doubts».", .anonymous, anonymous: true),

        // Written records as document sources.
        NewsCase("«t:The deal would provide $4.2 billion over three years», «c:according to» «s:a draft summary reviewed by reporters».",
                 .document, category: .nominal),
        NewsCase("«s:The White House readout of the call» «c:said» «t:the two leaders discussed trade».", .document),
        NewsCase("«t:The suspect fled in a gray sedan», «c:according to» «s:the warrant».", .document, category: .nominal),
        NewsCase("«s:A joint communique» «c:said» «t:both sides would respect the ceasefire».", .document),
        NewsCase("«t:The guard left his post at 2 a.m.», «c:according to» «s:court papers».", .document, category: .nominal),

        // "notes that", "writes that" need their "that" to be cues, but the cue span ends before it,
        // as after "noted".
        NewsCase("«s:The report» «c:notes» that «t:costs rose 5% last year».", .document),
        NewsCase("«s:The columnist» «c:writes» that «t:the council ignored the warnings».", .named),
        NewsCase("«s:She» «c:noted» that «t:costs rose 5% last year».", .pronoun),

        // A gerund after the reason phrase says why.
        NewsCase("«s:Two aides», «r:who asked not to be identified discussing sensitive military planning», «c:said» «t:no decision had been made».",
                 .anonymous, anonymous: true),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// What the reason says decides boilerplate or not: a gerund naming the subject explains; one
    /// naming only "the matter" does not.
    @Test(arguments: [
        ("Two aides, who asked not to be identified discussing sensitive military planning, said no decision had been made.", false),
        ("Two aides, who asked not to be identified discussing the matter, said no decision had been made.", true),
        ("An official, who was not authorized to speak to the press, said the debate was heated.", true),
    ])
    func boilerplateReason(_ text: String, _ boilerplate: Bool) {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            #expect(a.findings.contains { $0.rule == "anonymous-source.boilerplate-reason" } == boilerplate)
            #expect(!a.findings.contains { $0.rule == "anonymous-source.no-reason" })
        }
    }
}
