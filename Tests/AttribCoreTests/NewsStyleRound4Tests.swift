import AttribCore
import Testing

/// Round-4 news styles, marked as in ``NewsStyleTests``: legal "allege", "call X \"Y\"", "expect"
/// with a noun phrase, and the attribution density of political reporting — several attributions
/// in a sentence, reported questions, "according to" mid-sentence, attributions in subordinate
/// clauses, institutions, posts, testimony, interviews, polls and pronouns across sentences.
/// Written for these tests; each runs as written and after a multi-byte prefix.
@Suite("News styles, round 4")
struct NewsStyleRound4Tests {
    static let cases: [NewsCase] = [
        // Legal usage: "allege" from prosecutors or a filing is the neutral term (see `legalAllege`).
        NewsCase("«s:Prosecutors» «c:allege» that «t:the treasurer moved $2 million into a private account».", .named),
        NewsCase("«s:The lawsuit» «c:alleges» that «t:the landlord ignored repeated complaints about mold».", .document),
        // "call X \"Y\"", "describe X as \"Y\"": the quoted label is the speaker's (a partial quote).
        NewsCase("«s:The coach» «c:called» «t:the result \"unacceptable.\"»", .named, quote: .partial),
        NewsCase("«s:The senator» «c:described» «t:the bill as \"a gift to lobbyists\"».", .named, quote: .partial),
        NewsCase("The mayor called a meeting for Friday."),
        NewsCase("He called the plan unworkable."),
        // "expect" with a noun phrase.
        NewsCase("«s:Many economists» «c:expect» «t:a recession next year».", .vague, anonymous: true, category: .cognition),
        NewsCase("«s:The central bank» «c:expects» «t:a slowdown in the second half».", .named, category: .cognition),

        // Two attributions in one sentence: each has its own source and content.
        NewsCase("«s:Senator Ana Ruiz» «c:said» «t:the bill would lower drug prices», while Representative Tom Hale argued it would raise premiums.", .named),
        NewsCase("Senator Ana Ruiz said the bill would lower drug prices, while «s:Representative Tom Hale» «c:argued» «t:it would raise premiums».", .named),
        NewsCase("«s:The governor» «c:said» «t:the budget was balanced», but the comptroller warned that revenue was falling.", .named),
        NewsCase("The governor said the budget was balanced, but «s:the comptroller» «c:warned» that «t:revenue was falling».", .named),
        NewsCase("The budget was balanced, Democrats said; «s:Republicans» «c:said» «t:it was not».", .named),
        // Reported questions.
        NewsCase("«s:Reporters» «c:asked» «t:whether the president would veto the measure».", .named),
        NewsCase("Asked whether he would run again, «s:the senator» «c:said» «t:he had not decided».", .named),
        NewsCase("The spokeswoman declined to say whether the meeting had taken place."),
        // "according to" in the middle of a sentence: the subject before it is the content's first part.
        NewsCase("«t:The plan, «c:according to» «s:two aides», would cut spending by $40 billion».", .anonymous, anonymous: true, category: .nominal),
        NewsCase("«t:The city would appeal», «c:according to» «s:a statement» released Monday.", .document, category: .nominal),
        // Attributions inside subordinate clauses.
        NewsCase("The measure stalled after «s:the senator» «c:said» «t:she would not support it».", .named),
        NewsCase("The vote was delayed because «s:officials» «c:said» «t:the ballots had not arrived».", .anonymous, anonymous: true),
        // Institutions as sources.
        NewsCase("«s:The White House» «c:said» in a statement that «t:the president would sign the bill».", .named),
        NewsCase("«s:The Kremlin» «c:said» «t:the talks had been constructive».", .named),
        NewsCase("«s:Beijing» «c:has said» «t:it will retaliate against any new tariffs».", .named),
        NewsCase("«s:The State Department» «c:said» Tuesday that «t:it had summoned the ambassador».", .named),
        NewsCase("«s:Tehran» «c:has denied» «t:any role in the attack».", .named),
        // Posts on social media.
        NewsCase("«s:The president» «c:wrote» on X that «t:the deal was \"the best in history.\"»", .named, quote: .partial),
        NewsCase("«s:The former president» «c:posted» on Truth Social that «t:the trial was rigged».", .named),
        NewsCase("In a post on Facebook, «s:the governor» «c:said» «t:the state would not comply».", .named),
        // Testimony and interviews.
        NewsCase("«s:The general» «c:told» lawmakers that «t:the troops would stay until the spring».", .named),
        NewsCase("«s:The prime minister» «c:told» parliament that «t:the government would not raise taxes».", .named),
        NewsCase("«s:The secretary» «c:said» in an interview with NPR that «t:the cuts were temporary».", .named),
        NewsCase("«s:The senator» «c:told» CBS's \"Face the Nation\" that «t:he would vote against the bill».", .named),
        NewsCase("«s:The campaign» «c:said» in an email that «t:the ad was accurate».", .named),
        // Polls.
        NewsCase("«s:A Gallup poll» «c:found» that «t:41% of voters approve of the president's handling of the economy».", .document, category: .cognition),
        NewsCase("«s:A recent Quinnipiac survey» «c:showed» «t:the governor trailing by six points».", .document, category: .document),
        // A participle clause ends the first content and has its own.
        NewsCase("«s:The president» «c:said» Friday that «t:he had spoken with the Chinese leader», adding that the call was \"very productive.\"", .named),
        NewsCase("«s:The president» said Friday that he had spoken with the Chinese leader, «c:adding» that «t:the call was \"very productive.\"»", .named, quote: .partial),
        NewsCase("«s:The ministry» accused the opposition of spreading false claims, «c:saying» «t:the election had been fair».", .named),
        // The story's comment on a claim is not part of it.
        NewsCase("«s:Officials in Kyiv» «c:said» «t:the strike had hit a power station», a claim Moscow denied.", .anonymous, anonymous: true),
        NewsCase("«s:Critics» «c:say» «t:the law gives the president too much power».", .vague, anonymous: true),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    static let analyzer = NewsStyleTests.analyzer

    /// Prosecutors, lawsuits, complaints and indictments "allege" neutrally; other sources are loaded.
    @Test(arguments: [
        ("Prosecutors allege that the treasurer moved $2 million into a private account.", false),
        ("The lawsuit alleges that the landlord ignored repeated complaints about mold.", false),
        ("The indictment alleges that the two men laundered the money through shell companies.", false),
        ("The plaintiffs allege that the drug caused liver damage.", false),
        ("The union alleged that managers had falsified the safety logs.", true),
        ("The company claimed that the spill was minor.", true),
    ])
    func legalAllege(_ text: String, loaded: Bool) throws {
        let a = Self.analyzer.analyze(text: text)
        let at = try #require(a.attributions.first)
        #expect(at.cue?.loaded == loaded)
        #expect(a.findings.contains { $0.rule == "verb.loaded" } == loaded)
    }

    /// A pronoun in the next sentence resolves to the person named before it.
    @Test func pronounAcrossSentences() throws {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = Self.analyzer.analyze(text: prefix + "Ms. Lopez has opposed the measure for months. She said it would hurt rural hospitals.")
            let at = try #require(a.attributions.first)
            #expect(at.source?.kind == .pronoun)
            #expect(at.source?.resolved.map { a.text($0) } == "Ms. Lopez")
        }
    }

    /// Captions without a credit line are not claims: a short line standing alone with no final
    /// period, or a sentence followed by an all-capitals credit. A headline (a bare line before the
    /// story's first full sentence) still counts.
    @Test func captionsWithoutCredit() {
        let story = "The council met on Tuesday.\n\n"
        let captions = [
            story + "Firefighters battle a blaze that destroyed 12 homes near the river on Tuesday\n\nThe council adjourned.",
            story + "Rescuers pull survivors from a building that collapsed, killing 14 people.\nJOHN DOE/AFP\n\nThe council adjourned.",
            story + "Rescuers pull survivors from a building that collapsed, killing 14 people.\nJANE ROE FOR THE WIRE\n\nThe council adjourned.",
            story + "Rescuers pull survivors from a building that collapsed, killing 14 people. (Photo: Jane Roe)\n\nThe council adjourned.",
        ]
        for prefix in ["", NewsStyleTests.prefix] {
            for text in captions {
                let a = Self.analyzer.analyze(text: prefix + text)
                #expect(!a.findings.contains { $0.rule == "claim.unattributed" }, "\(text)")
            }
            let headline = Self.analyzer.analyze(text: prefix + "Fire destroys 12 homes near the river\n\nThe council met on Tuesday.")
            #expect(headline.findings.contains { $0.rule == "claim.unattributed" })
            let claim = Self.analyzer.analyze(text: prefix + story + "The fire destroyed 12 homes near the river.")
            #expect(claim.findings.contains { $0.rule == "claim.unattributed" })
        }
    }
}
