@testable import AttribCore
import Testing

/// Round-15 news styles, marked as in ``NewsStyleTests``: long-form and quote-heavy feature copy —
/// present-tense "she says", "he recalled", "said of her father", "said with a laugh", quotations
/// interrupted by their attribution, quotations that run on across sentences and paragraphs, a new
/// person brought on stage in narration, first-person quotations and questions, diaries and letters,
/// neighbours who gave only a first name, descriptions between a quotation and its cue, and quoted
/// words that quote nobody (titles, nicknames, scare quotes). Written for these tests; each runs as
/// written and after a multi-byte prefix.
@Suite("News styles, round 15")
struct NewsStyleRound15Tests {
    static let cases: [NewsCase] = [
        // Present-tense feature attribution, before and after the name.
        NewsCase("“«t:People here don't ask for much»,” «c:says» «s:Father Tomas Okoye», the parish priest.", .named, quote: .direct),
        NewsCase("“«t:You learn to listen to the river»,” «s:she» «c:says», pointing toward the levee.", .pronoun, quote: .direct),
        NewsCase("«t:The farm has been in the family for four generations», «s:she» «c:says», and she intends to keep it.", .pronoun),
        NewsCase("«s:Marta Velez» «c:says» «t:the bakery barely survived its first winter».", .named),
        NewsCase("“«t:It was the worst winter I can remember»,” «c:recalls» «s:Hannah Pike», 84, who has farmed the ridge since the 1960s.",
                 .named, quote: .direct),
        // "recalled", "said of her father", "said with a laugh", "said, pausing".
        NewsCase("“«t:We were young and foolish»,” «s:he» «c:recalled».", .pronoun, quote: .direct),
        NewsCase("«s:He» «c:recalled» that «t:the mill closed in the winter of 1983».", .pronoun),
        NewsCase("“«t:He was stubborn»,” «s:she» «c:said» of her father.", .pronoun, quote: .direct),
        NewsCase("“«t:He taught me everything»,” «s:Pike» «c:said» of her late husband, who died in 2011.", .named, quote: .direct),
        NewsCase("“«t:Nobody told us anything»,” «s:she» «c:said» with a laugh.", .pronoun, quote: .direct),
        NewsCase("“«t:I'm not going anywhere»,” «s:he» «c:said», folding his arms.", .pronoun, quote: .direct),
        NewsCase("“«t:That's the thing about floods»,” «s:she» «c:said», laughing. “They always come back.”", .pronoun, quote: .direct),
        NewsCase("“That's the thing about floods,” «s:she» «c:said», laughing. “«t:They always come back.»”", .pronoun, quote: .direct),
        NewsCase("“I don't know,” «s:he» «c:said», pausing. “«t:Maybe we waited too long.»”", .pronoun, quote: .direct),
        // A quotation interrupted by its attribution is one content span.
        NewsCase("“«t:We knew,” «s:she» «c:said», “that the river would rise.»”", .pronoun, quote: .direct),
        NewsCase("“«t:The levee held,” «c:said» «s:Ruth Amsel», who lives behind it, “but the pumps did not.»”", .named, quote: .direct),
        // An interrupted clause that goes on as a quoted fragment: one content span, a partial quote.
        NewsCase("«t:Her grandmother, «s:she» «c:says», “never once locked the door.”»",
                 .pronoun, quote: .partial),
        NewsCase("«t:The old mill, «s:Boone» «c:said», “was the heart of this town.”»", .named, quote: .partial),
        NewsCase("«s:He» «c:said», “«t:we will win.»”", .pronoun, quote: .direct),
        // Descriptions between the quotation's cue and the end of the sentence are not the source.
        NewsCase("“«t:It's gone»,” «c:said» «s:Ana Ruiz», 71, a retired teacher who has lived on the street since 1979.", .named, quote: .direct),
        NewsCase("“«t:We lost the barn, the tractor, everything»,” «c:said» «s:Ruth Amsel», 63, whose family has farmed the valley for a century.",
                 .named, quote: .direct),
        // First-person quotations and questions inside quotations.
        NewsCase("“«t:I never wanted to leave»,” «s:she» «c:says».", .pronoun, quote: .direct),
        NewsCase("“«t:Do you know what it's like to lose everything?»” «s:she» «c:asked».", .pronoun, quote: .direct),
        NewsCase("“«t:Why would anyone build here?»” «s:he» «c:said».", .pronoun, quote: .direct),
        NewsCase("“«t:Who's going to pay for this?»” «c:asked» «s:Lena Ortiz», a nurse who lives two doors down.", .named, quote: .direct),
        NewsCase("“«t:I asked him, ‘Are you coming?’ and he just shook his head»,” «s:she» «c:said».", .pronoun, quote: .direct),
        // "when asked …": the question put to the speaker is neither content nor a second statement.
        NewsCase("“«t:We'll see»,” «s:Walsh» «c:said» when asked whether she would rebuild.", .named, quote: .direct),
        NewsCase("«s:Walsh» «c:said» when asked about the buyout that «t:she would rebuild».", .named),
        NewsCase("«s:Carl Boone» «c:said» when asked that «t:he had already applied for a buyout».", .named),
        // Diaries, letters, and the reporter as audience.
        NewsCase("“«t:The water came up through the floor»,” «s:she» «c:wrote» in her diary.", .pronoun, quote: .direct),
        NewsCase("“«t:I wish I had listened»,” «s:she» «c:wrote» in a letter to her sister in 1998.", .pronoun, quote: .direct),
        NewsCase("“«t:I have no regrets»,” «s:he» «c:told» me.", .pronoun, quote: .direct),
        NewsCase("“«t:We'll rebuild»,” «s:he» «c:told» me as we walked along the levee.", .pronoun, quote: .direct),

        // Neighbours who gave only a first name, or would not be named: the reason is in the aside.
        NewsCase("«s:A neighbor», «r:who asked that only her first name be used», «c:said» «t:the family had kept to themselves».",
                 .anonymous, anonymous: true),
        NewsCase("«s:One resident», «r:who did not want to be named because she fears losing her job at the plant», «c:said» «t:the smell was unbearable».",
                 .anonymous, anonymous: true),
        NewsCase("«s:A neighbor» «r:who asked not to be identified» «c:said» «t:the couple had argued for weeks».", .anonymous, anonymous: true),
        NewsCase("“«t:The doctors said she had a week»,” «s:he» «c:remembered».", .pronoun, quote: .direct),
        NewsCase("“«t:Not a chance»,” «s:she» «c:laughed».", .pronoun, quote: .direct),
        NewsCase("The crowd laughed and the band played on."),
        NewsCase("“«t:I still can't believe it»,” «s:she» «c:marvels».", .pronoun, quote: .direct),
        NewsCase("She marveled at the size of the crowd."),
        NewsCase("The townspeople sighed with relief when the rain stopped."),
        NewsCase("«s:Rosa», who asked that her last name be withheld because her husband is undocumented, «c:says» «t:the clinic is the only one for 50 miles».",
                 .named),
        NewsCase("She remembered her keys at the last minute."),
        NewsCase("Her daughter, Sofia, remembers the first night."),
        NewsCase("Her son, Diego, laughed at the idea."),
        NewsCase("“«t:Mom always said, ‘Don't look back,’» ” «s:Sofia» «c:said».", .named, quote: .direct),
        NewsCase("“«t:We heard the sirens first»,” «c:said» «s:Lucia», a neighbor who asked that her last name not be used.", .named, quote: .direct),

        // A quotation that runs on into the next paragraph (no closing mark at the paragraph's end).
        NewsCase("“We had nothing,” «s:she» «c:says». “Not even an oven of our own.\n\n“«t:My husband built the first one out of bricks.»”",
                 .pronoun, quote: .direct),

        // Quoted words that quote nobody: titles, nicknames, scare quotes.
        NewsCase("The band played “Blue River Blues” as the crowd filed in."),
        NewsCase("Her memoir, “A House on Stilts,” was published in the spring."),
        NewsCase("Locals call him “the Mayor” though he has never held office."),
        NewsCase("The so-called “reform” left most residents worse off."),
        NewsCase("Old-timers still call the road “Dead Man's Curve.”"),
        NewsCase("The fans call him “Big Tony,” and he doesn't seem to mind."),
        NewsCase("She still sings “Amazing Grace” at every funeral in town."),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// A quotation after narration that brings a different person on stage is not the last speaker's.
    @Test(arguments: [
        ("The mayor, Ellen Shaw, has promised to repave the square. “We owe them that much,” Shaw said.\n\n"
         + "Tomas Reyes, who has fished the bay for 40 years, has watched the catch shrink.\n\nHe paused. “Now we are lucky to find a few.”", true),
        ("“We owe them that much,” Shaw said.\n\nTomas Reyes has watched the catch shrink. He paused. “Now we are lucky to find a few.”", true),
        ("“We owe them that much,” Ellen Shaw said. Tomas Reyes said the catch had shrunk.\n\nHe paused. “Now we are lucky to find a few.”", true),
        ("“We owe them that much,” he said.\n\nHe paused. “Now we are lucky to find a few.”", false),
        ("Ines Walsh was asleep when the water came. “The river came at night. We had maybe ten minutes.\n\n"
         + "“We grabbed the kids and ran,” she said.", false),
        ("“I remember the sound,” Walsh said. “A roar, like a train.\n\n“And then silence.\n\n“Nobody slept for a week.”", false),
        ("Tomas Reyes has fished the bay for 40 years. “There used to be cod everywhere,” he said.\n\nHe paused. “Now we are lucky to find a few.”", false),
    ])
    func speakerChange(_ text: String, _ unattributed: Bool) {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            #expect(a.findings.contains { $0.rule == "quote.unattributed" } == unattributed, "\(text)")
        }
    }

    /// A capitalised preposition opening a quotation's sentence ("On Saturdays, more.") is no person.
    @Test func prepositionIsNoAntecedent() {
        let text = "“We sell 400 loaves a day,” Velez said. “On Saturdays, more.”\n\n"
            + "Her daughter, Sofia, remembers the first night. “We slept on flour sacks,” she said."
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            let bytes = Array((prefix + text).utf8)
            let she = a.attributions.last { $0.source?.kind == .pronoun }
            #expect(she != nil)
            let resolved = she?.source?.resolved.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
            #expect(resolved != "On Saturdays", "\(text)")
        }
    }

    /// Anonymity reasons of feature copy: a first name only is a stock condition; a fear explains.
    @Test(arguments: [
        ("A neighbor, who asked that only her first name be used, said the family had kept to themselves.", "anonymous-source.boilerplate-reason"),
        ("One resident, who did not want to be named because she fears losing her job, said the smell was unbearable.", nil),
        ("A neighbor who asked not to be identified said the couple had argued for weeks.", "anonymous-source.boilerplate-reason"),
    ] as [(String, String?)])
    func featureReasons(_ text: String, _ rule: String?) {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            #expect(!a.attributions.isEmpty, "\(text)")
            #expect(!a.findings.contains { $0.rule == "anonymous-source.no-reason" }, "\(text)")
            let got = a.findings.first { $0.rule.hasPrefix("anonymous-source.") }?.rule
            #expect(got == rule, "\(text)")
        }
    }
}
