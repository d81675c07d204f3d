@testable import AttribCore
import Testing

/// Round-11 news styles, marked as in ``NewsStyleTests``: political and campaign copy — names that
/// begin with a cue word ("Hope Lin", "Will Hurd"), poll respondents, party caucuses, states of mind
/// and intentions, posts, debates and programmes, spokespeople, denials, transcripts and polls, and
/// sentences that look like attributions but are not. Written for these tests; each runs as written
/// and after a multi-byte prefix.
@Suite("News styles, round 11")
struct NewsStyleRound11Tests {
    static let cases: [NewsCase] = [
        // A capitalised cue word that opens or continues a name is the name, not a cue.
        NewsCase("Dalton's spokeswoman, Hope Lin, did not respond to a request for comment."),
        NewsCase("«s:Hope Lin», a spokeswoman for Dalton, «c:said» «t:the senator would not debate».", .named),
        NewsCase("«s:Will Hurd» «c:said» «t:the party had lost its way».", .named),
        NewsCase("«s:Rep. Will Dunn» (R-Texas) «c:said» «t:the deal was \"dead on arrival.\"»", .named, quote: .partial),
        NewsCase("“«t:We're going to take back the House»,” «s:Speaker Hope Marsh» «c:told reporters».", .named, quote: .direct),
        NewsCase("«s:Grant Ellis», the state party chairman, «c:said» «t:turnout was the highest in decades».", .named),
        NewsCase("«t:Hope is fading», «s:aides» «c:said».", .anonymous, anonymous: true),
        NewsCase("The candidate met Faith Ames and Claire Says at the diner."),
        NewsCase("Dalton Taps Hope Lin as Spokeswoman"),
        NewsCase("«s:May Chen», a Reyes adviser, «c:told reporters» «t:the campaign would appeal».", .named),
        NewsCase("«s:Dalton» «c:told» Hope: \"«t:We will win.»\"", .named, quote: .direct),
        NewsCase("«s:Dalton» «c:Says» «t:Reyes Lied About Her Tax Record»", .named),

        // Poll respondents: a share of a sample, counted and described (anonymous), owed no reason.
        NewsCase("«t:«s:A majority of voters» «c:think» the country is on the wrong track», «s:the survey» «c:found».", .document, category: .cognition),
        NewsCase("«s:A majority of voters» «c:think» «t:the country is on the wrong track», the survey found.", .anonymous, anonymous: true,
                 category: .cognition),
        NewsCase("«s:Six in 10 Republicans» «c:said» «t:they would back the nominee», according to the poll.", .anonymous, anonymous: true),
        NewsCase("«s:A plurality of likely voters» «c:said» «t:they trust Dalton more on immigration».", .anonymous, anonymous: true),
        NewsCase("«s:Respondents» «c:said» «t:inflation was their biggest worry».", .anonymous, anonymous: true),
        NewsCase("«s:About a third of Democrats» «c:said» «t:they were unhappy with the nominee».", .anonymous, anonymous: true),
        NewsCase("«s:Nearly half of independents» «c:believe» «t:the country is headed in the wrong direction».", .anonymous,
                 anonymous: true, category: .cognition),
        NewsCase("«s:Forty percent of respondents» «c:said» «t:the economy was the most important issue».", .anonymous, anonymous: true),
        NewsCase("«s:Two-thirds of Republicans» «c:say» «t:the country is on the wrong track».", .anonymous, anonymous: true),
        NewsCase("Among independents, «s:41 percent» «c:said» «t:they would vote for Dalton».", .anonymous, anonymous: true),
        NewsCase("«s:Only 18 percent of respondents» «c:said» «t:they trusted Congress».", .anonymous, anonymous: true),
        NewsCase("«t:Fifty-two percent of voters disapprove of the governor», «s:the poll» «c:found».", .document, category: .cognition),
        NewsCase("«t:The tax rose 5 percent», «s:officials» «c:said».", .anonymous, anonymous: true),
        NewsCase("«s:Most voters» «c:said» «t:the economy was their top concern».", .vague, anonymous: true),
        NewsCase("«s:Voters in New Hope» «c:said» «t:they were tired of the ads».", .anonymous, anonymous: true),
        NewsCase("«s:Farmers across Iowa» «c:say» «t:the tariffs are hurting them».", .anonymous, anonymous: true),
        NewsCase("«s:A Quinnipiac poll» «c:found» «t:Dalton leading by 4 points».", .document, category: .cognition),
        NewsCase("«t:Dalton leads by 3 points», «c:according to» «s:the RealClearPolitics average».", .document, category: .nominal),
        NewsCase("«c:According to» «s:a new Marist poll», «t:48 percent of likely voters support Reyes».", .document, category: .nominal),
        NewsCase("«s:The survey of 1,200 registered voters» «c:found» that «t:52 percent disapprove of the governor».", .document,
                 category: .cognition),

        // Party caucuses and leaders speaking as a body.
        NewsCase("The measure drew fire from «s:party leaders», who «c:called» «t:them \"unacceptable.\"»", .anonymous, quote: .partial,
                 anonymous: true, level: .medium),
        NewsCase("«s:Republican leaders» «c:said» «t:the bill was dead».", .anonymous, anonymous: true),
        NewsCase("«s:GOP lawmakers» «c:said» «t:the vote would be delayed».", .anonymous, anonymous: true),
        NewsCase("«s:Senate Democrats», who hold a narrow majority, «c:said» «t:they would move the bill next week».", .anonymous, anonymous: true),
        NewsCase("«s:Democrats» «c:said» «t:the ruling was a victory».", .named),

        // States of mind: knowledge, belief, doubt, fear, hope, with a clause or an infinitive.
        NewsCase("«s:Dalton» «c:knows» that «t:he needs to win Ohio».", .named, category: .cognition),
        NewsCase("«s:Dalton» «c:realizes» «t:he cannot win without the suburbs».", .named, category: .cognition),
        NewsCase("«s:Reyes» «c:believes» «t:the election was fair».", .named, category: .cognition),
        NewsCase("«s:Reyes» «c:doubts» «t:the polls are accurate».", .named, category: .cognition),
        NewsCase("«s:Republicans» «c:fear» that «t:a long primary will hurt the eventual nominee».", .named, category: .cognition),
        NewsCase("«s:The senator» «c:is convinced» that «t:the nominee will withdraw».", .named, category: .cognition),
        NewsCase("«s:The governor» «c:is confident» that «t:the measure will pass».", .named, category: .cognition),
        NewsCase("«s:Democrats» «c:are worried» that «t:the map favors Republicans».", .named, category: .cognition),
        NewsCase("«s:Dalton» «c:is aware» that «t:his lead is slim».", .named, category: .cognition),
        NewsCase("«s:The campaign» «c:believes» «t:it can win Georgia».", .named, category: .cognition),
        NewsCase("«s:Dalton» «c:wishes» «t:he had started earlier».", .named, category: .cognition, level: .medium),
        // Intentions and hopes with an infinitive: medium confidence at most.
        NewsCase("«s:Dalton» «c:hopes» «t:to carry Pennsylvania».", .named, category: .cognition, level: .medium),
        NewsCase("«s:Dalton» «c:plans» «t:to campaign in Iowa next week».", .named, category: .cognition, level: .medium),
        NewsCase("«s:Reyes» «c:intends» «t:to file for the race on Monday».", .named, category: .cognition, level: .medium),
        NewsCase("«s:Dalton» «c:wants» «t:to debate Reyes three times».", .named, category: .cognition, level: .medium),
        NewsCase("The decision hurt «s:Ardent Energy», which «c:had planned» «t:to start drilling in the spring», and the state, which backed it.",
                 .named, category: .cognition, level: .medium),
        NewsCase("«s:Dalton» «c:thinks» «t:the primary calendar favors him».", .named, category: .cognition),
        NewsCase("«s:Dalton» «c:believes» «t:Reyes lied about her record».", .named, category: .cognition),
        NewsCase("«s:Reyes» «c:feels» that «t:the party establishment has turned against her».", .named, category: .cognition),
        NewsCase("«s:Reyes» «c:was frustrated» that «t:the debate ignored climate change».", .named, category: .cognition),
        NewsCase("«s:Many Republicans» «c:are angry» that «t:the convention was moved».", .vague, anonymous: true, category: .cognition),
        NewsCase("«s:Dalton» «c:seems confident» that «t:the nomination is his».", .named, category: .cognition),
        NewsCase("«s:Dalton» «c:is determined» «t:to win the nomination».", .named, category: .cognition, level: .medium),
        NewsCase("«s:The senator» «c:is reluctant» «t:to endorse either candidate».", .named, category: .cognition, level: .medium),
        NewsCase("«s:Dalton» «c:is hoping» «t:to win over suburban women».", .named, category: .cognition, level: .medium),
        NewsCase("«s:Reyes» «c:expects» «t:to win Nevada by double digits».", .named, category: .cognition, level: .medium),
        NewsCase("«s:Dalton» «c:has made clear» that «t:he will not drop out».", .named),
        NewsCase("«s:Reyes» «c:made it clear» «t:she would veto any such bill».", .named),
        NewsCase("«s:The ad» «c:claims» that «t:Reyes raised taxes 14 times».", .document),
        // Negated, including contractions: no statement is reported.
        NewsCase("Dalton doesn't think the race is close."),
        NewsCase("Dalton didn't say the race was close."),
        NewsCase("Reyes hasn’t said whether she will run."),
        NewsCase("The campaign is hoping for a strong turnout among young voters."),
        // Not states of mind: a noun, a passive, an object of "know", a hyphenated word, a quotation's own words.
        NewsCase("The plan is expected to cost $2 billion."),
        NewsCase("Dalton's plan to cut taxes drew criticism from economists."),
        NewsCase("The campaign lacks know-how in digital advertising."),
        NewsCase("The governor knew the risks when she entered the race."),
        NewsCase("Dalton knows the district's voters well."),
        NewsCase("He knows Ohio voters better than anyone."),
        NewsCase("The senator feels the effects of the long campaign."),
        NewsCase("The governor is aware of the risks."),
        NewsCase("“«t:I hope so»,” «s:Dalton» «c:said».", .named, quote: .direct),
        NewsCase("Dalton is sure to win the primary."),

        // Posts, tweets, speeches, debates and programmes.
        NewsCase("«s:Dalton» «c:tweeted» that «t:the debate was rigged».", .named),
        NewsCase("“«t:We won tonight»,” «s:Dalton» «c:tweeted».", .named, quote: .direct),
        NewsCase("«s:Reyes» «c:wrote» on Twitter that «t:the ad was a lie».", .named),
        NewsCase("«s:Dalton» «c:said» in a Facebook post that «t:he would not concede».", .named),
        NewsCase("«s:The senator» «c:posted» on Instagram that «t:she had tested positive».", .named),
        NewsCase("«s:Dalton» «c:told» a crowd in Tampa that «t:the election was stolen».", .named),
        NewsCase("«s:Reyes» «c:said» during Tuesday's debate that «t:she would raise taxes on the rich».", .named),
        NewsCase("«s:Dalton» «c:said» on CNN's \"State of the Union\" that «t:he would not drop out».", .named),
        NewsCase("«s:Reyes» «c:told» NBC's \"Meet the Press\" on Sunday that «t:she would not endorse Dalton».", .named),
        NewsCase("«s:The governor» «c:said» at a news conference that «t:the state would sue».", .named),
        NewsCase("«s:Dalton» «c:said» on NBC's \"Meet the Press\" «t:the economy was strong».", .named),
        NewsCase("«s:Reyes» «c:told» ABC's 'This Week' that «t:she would not run».", .named),
        NewsCase("«s:Dalton» «c:said» during a campaign stop in Reno that «t:the border was \"wide open.\"»", .named, quote: .partial),
        NewsCase("«s:Dalton», in remarks to the Economic Club of New York, «c:said» «t:he would cut the corporate tax rate to 15 percent».",
                 .named),
        NewsCase("Reyes made the remarks during a televised interview with Univision."),
        NewsCase("“«t:This is our moment»,” «s:Reyes» «c:told» supporters at a rally in Phoenix.", .named, quote: .direct),
        NewsCase("At a rally in Erie, «s:Dalton» «c:said» «t:the steel plants would reopen».", .named),
        NewsCase("«s:Dalton» «c:said» in an interview with The Associated Press that «t:he would not raise taxes».", .named),
        NewsCase("«s:Dalton» «c:told» the crowd: “«t:We are going to win Michigan.»”", .named, quote: .direct),
        NewsCase("«s:Dalton» «c:tweeted»: \"«t:Crooked Reyes is a disaster!»\"", .named, quote: .direct),
        NewsCase("“«t:Thank you, Iowa!»” «s:Reyes» «c:posted» on Instagram late Monday.", .named, quote: .direct),
        NewsCase("«s:Reyes» responded on Twitter, «c:writing» that «t:Dalton \"has no idea how the economy works.\"»", .named,
                 quote: .partial),
        NewsCase("«s:The campaign» issued a statement Tuesday night «c:saying» «t:the senator had been cleared».", .named, level: .medium),
        NewsCase("«s:The tweet», which was later deleted, «c:said» «t:the governor was \"a disgrace.\"»", .document, quote: .partial),
        NewsCase("In a series of posts on X, «s:Dalton» «c:accused» «t:election officials of cheating».", .named, level: .medium),

        // Debate-stage verbs after a quotation; "said to applause that".
        NewsCase("“«t:That's a lie»,” «s:Dalton» «c:interrupted».", .named, quote: .direct),
        NewsCase("“«t:You'll have your turn»,” «s:the moderator» «c:told» him.", .named, quote: .direct),
        NewsCase("«s:Reyes» «c:said» to applause that «t:she would \"never\" cut Medicare».", .named, quote: .partial),
        NewsCase("«s:Dalton» «c:quipped» that «t:he had \"more energy than the rest of the stage combined.\"»", .named, quote: .partial),
        NewsCase("Protesters interrupted the speech twice."),
        NewsCase("The crowd chanted his name."),
        NewsCase("«t:Dalton leads by 3 points», «c:according to» «s:the RealClearPolitics polling average».", .document, category: .nominal),

        // Campaign spokespeople and statements.
        NewsCase("«s:Campaign spokesman Jason Miller» «c:said» «t:the poll was fake».", .named),
        NewsCase("«s:A Clinton spokesman» «c:said» «t:the candidate had no plans to campaign in Utah».", .anonymous, anonymous: true),
        NewsCase("In a statement, «s:the Reyes campaign» «c:called» «t:the attack \"desperate.\"»", .named, quote: .partial, level: .medium),
        NewsCase("«s:Reyes's campaign manager, Tom Ortiz», «c:said» in a memo to staff that «t:the campaign had raised $12 million».", .named),
        NewsCase("«s:Dalton's campaign» «c:said» in a fundraising email that «t:the race was \"a dead heat.\"»", .named, quote: .partial),

        // Chained and multiple attributions; "X, who …, said"; "said …, adding …".
        NewsCase("«s:Dalton», who has trailed in every poll since June, «c:told» supporters in Des Moines that «t:the media had written him off too early».",
                 .named),
        NewsCase("«s:Reyes» «c:said» «t:Dalton \"has no plan\" for health care», and her campaign manager said the senator was \"running scared.\"",
                 .named, quote: .partial),
        NewsCase("Reyes said Dalton \"has no plan\" for health care, and «s:her campaign manager» «c:said» «t:the senator was \"running scared.\"»",
                 .named, quote: .partial),
        NewsCase("«s:Dalton» «c:said» «t:he would win Ohio», adding that the state was \"ours to lose.\"", .named),
        NewsCase("«s:Dalton» said he would win Ohio, «c:adding» that «t:the state was \"ours to lose.\"»", .named, quote: .partial),
        NewsCase("«s:The Dalton campaign» «c:said» «t:Reyes was \"out of touch,\"» and Reyes's team fired back that Dalton had never held office.",
                 .named, quote: .partial),
        NewsCase("The Dalton campaign said Reyes was \"out of touch,\" and «s:Reyes's team» «c:fired back» that «t:Dalton had never held office».",
                 .named),
        NewsCase("Dalton said «s:Reyes» «c:had told» donors that «t:she would drop out if she lost Iowa», a claim her campaign denied.",
                 .named, level: .medium),
        NewsCase("«t:Dalton hoped the debate would reset the race», «s:aides» «c:said».", .anonymous, anonymous: true),
        NewsCase("“«t:Nobody believes that»,” «s:Reyes» «c:said» of Dalton's claim.", .named, quote: .direct),
        NewsCase("Asked whether he would accept the results, «s:Dalton» «c:said» «t:he would \"look at it at the time.\"»", .named, quote: .partial),

        // Appeals and expressed states: the object and its infinitive; "expressed concern that".
        NewsCase("«s:The senator» «c:urged» «t:voters to turn out on Tuesday».", .named),
        NewsCase("«s:Dalton» «c:called on» «t:Congress to act before the recess».", .named),
        NewsCase("«s:Reyes» «c:challenged» «t:Dalton to release his medical records».", .named),
        NewsCase("Reyes challenged the results in court."),
        NewsCase("Reyes challenged Dalton to a debate in Ohio."),
        NewsCase("The results encouraged investors to buy."),
        NewsCase("Dalton will assume office in January."),
        NewsCase("The state recognized the union as the bargaining agent."),
        NewsCase("«s:A senior party official» «c:said» «t:party leaders had urged another candidate to stay out of the race».",
                 .anonymous, anonymous: true),
        NewsCase("«s:Reyes's aides» «c:have privately expressed concern» that «t:the campaign is spending too much in Ohio».",
                 .anonymous, anonymous: true, category: .cognition),
        NewsCase("«s:Dalton» «c:expressed confidence» that «t:he would win the state».", .named, category: .cognition),
        NewsCase("«s:Dalton» «c:bragged» that «t:he had won the debate».", .named),

        // An interrupted clause with a quoted fragment; "would only say"; "according to" after a quotation.
        NewsCase("«t:The allegations, «s:Dalton» «c:said», were \"baseless and politically motivated.\"»", .named, quote: .partial),
        NewsCase("«s:Reyes» «c:would only say» that «t:she was \"looking at all options.\"»", .named, quote: .partial),
        NewsCase("\"«t:We will win»,\" «c:according to» «s:Dalton».", .named, quote: .direct, category: .nominal),
        NewsCase("«s:Dalton's campaign», in a statement released Tuesday, «c:called» «t:the allegations \"baseless.\"»", .named,
                 quote: .partial, level: .medium),
        NewsCase("Reyes, for her part, has said little about the case."),
        NewsCase("Dalton said nothing about the report during his speech."),
        NewsCase("Neither campaign responded to requests for comment."),

        // Attacks, accusations and denials.
        NewsCase("«s:Dalton» «c:accused» «t:Reyes of lying about her record».", .named, level: .medium),
        NewsCase("«s:Reyes» «c:accused» «t:Dalton of \"lying to voters\" about his tax plan».", .named, quote: .partial, level: .medium),
        NewsCase("«s:Reyes» «c:denied» that «t:she had taken money from lobbyists».", .named),
        NewsCase("«s:The campaign» «c:rejected» «t:the claim that it had coordinated with the super PAC».", .named, level: .medium),
        NewsCase("«s:Dalton» «c:denied» «t:the allegations».", .named, level: .medium),
        NewsCase("«s:The senator» «c:claimed» without evidence that «t:the machines had been hacked».", .named),

        // Transcripts: an ALL-CAPS speaker label before a colon.
        NewsCase("«s:DALTON»«c::» «t:We will win this election».", .named, category: .nominal, level: .medium),
        NewsCase("«s:REYES»«c::» «t:That is simply not true».", .named, category: .nominal, level: .medium),
        NewsCase("«s:DALTON»«c::» I was against the war from the start. «t:Look it up».", .named, category: .nominal, level: .low),
        NewsCase("EXPLAINER: What the new district map means for voters"),
        NewsCase("BREAKING: Dalton wins the Iowa caucuses."),

        // Attacks and praise with "as" and a quoted label; statements issued; appositives with an age.
        NewsCase("«s:Reyes» «c:attacked» «t:Dalton as \"a puppet of the donors.\"»", .named, quote: .partial, level: .medium),
        NewsCase("«s:The senator» «c:has dismissed» «t:the poll as \"fake news.\"»", .named, quote: .partial, level: .medium),
        NewsCase("The judge dismissed the case."),
        NewsCase("«s:She» «c:told» the court «t:the man attacked her».", .pronoun),
        NewsCase("«s:Dalton's campaign» released a statement «c:saying» «t:he had raised $20 million in the quarter».", .named, level: .medium),
        NewsCase("«s:The senator» posted a video «c:saying» «t:she would run again».", .named, level: .medium),
        NewsCase("«s:Reyes», 52, a former prosecutor, «c:said» «t:she was running to \"restore trust.\"»", .named, quote: .partial),
        NewsCase("«s:Dalton's running mate, Sen. Joy Park of Nevada», «c:said» «t:the ticket would win the West».", .named),
        NewsCase("«s:The Dalton campaign's communications director, Ben Asher», «c:said» in an email that «t:the poll was \"an outlier.\"»",
                 .named, quote: .partial),
        NewsCase("«s:Reyes's husband», who has campaigned for her in Iowa, «c:told» the Des Moines Register that «t:she \"never gives up.\"»",
                 .named, quote: .partial),
        NewsCase("«s:Dalton's allies» «c:say» «t:he has been treated unfairly by the press».", .anonymous, anonymous: true),
        NewsCase("«s:A senior Dalton adviser», «r:who spoke on condition of anonymity because he was not authorized to discuss strategy», «c:said» «t:the campaign would pull its ads from Nevada».",
                 .anonymous, anonymous: true),
        // A quotation after "said," is the content, not the "Asked …" clause before it.
        NewsCase("Asked on CNN whether she would support Dalton if he won the nomination, «s:Reyes» «c:said», \"«t:I will support the nominee.»\"",
                 .named, quote: .direct),
        NewsCase("“«t:Would you accept the results?»” «s:the moderator» «c:asked».", .named, quote: .direct),
        // The story's comment after a quoted fragment ends the content; a quotation keeps its closing mark.
        NewsCase("«s:Dalton» «c:said» «t:Reyes was \"weak on crime,\"» a charge her campaign disputed.", .named, quote: .partial),
        NewsCase("«s:Reyes» «c:accused» «t:Dalton of \"lying through his teeth.\"»", .named, quote: .partial, level: .medium),
        NewsCase("«s:Dalton» «c:said» Monday that «t:Reyes had \"lied to the American people\" and that he expected to win Florida by \"a lot,\"» remarks that Reyes's spokesman dismissed as \"desperate.\"",
                 .named, quote: .partial),
        NewsCase("«s:Reyes» «c:told reporters» that «t:Dalton \"doesn't know what he's talking about,\"» while Dalton's campaign manager said the senator was \"the only adult in the race.\"",
                 .named, quote: .partial),
        NewsCase("«s:The governor», who has not endorsed, «c:said» «t:she would vote for Dalton», but added that she had \"serious concerns\" about his trade policy.",
                 .named),
        NewsCase("«s:The governor», who has not endorsed, said she would vote for Dalton, but «c:added» that «t:she had \"serious concerns\" about his trade policy».",
                 .named, quote: .partial),
        NewsCase("«s:The governor» «c:said» «t:the nominee would carry the state», though party officials privately doubt it.", .named),
        // Polls and money.
        NewsCase("«t:Reyes raised $14 million in the third quarter», «s:her campaign» «c:said».", .named),
        NewsCase("«t:Dalton trails Reyes by 6 points among women», «s:the poll» «c:shows».", .document, category: .document),
        NewsCase("«s:Polls» «c:show» «t:the race is tied».", .document, category: .document),
        NewsCase("«s:A Des Moines Register poll released Saturday» «c:found» «t:Dalton at 18 percent», behind Reyes at 24 percent.",
                 .document, category: .cognition, level: .medium),
        NewsCase("«s:A Marist poll» «c:shows» «t:Reyes at 41 percent».", .document, category: .document, level: .medium),
        NewsCase("Police found $2 million in cash in the car."),

        // Look like attributions, are not.
        NewsCase("Said to be worth $3 billion, the company was sold in May."),
        NewsCase("The campaign declined to comment."),
        NewsCase("Reyes did not respond to requests for comment."),
        NewsCase("Reyes called for an investigation into the ads."),
        NewsCase("The bill, which says nothing about tariffs, passed."),
        NewsCase("Dalton asked voters for their support."),
        NewsCase("Dalton said goodbye to his staff on Friday."),
        NewsCase("Dalton hopes are pinned on a strong showing in the South."),
        NewsCase("Reyes's remarks drew a standing ovation."),
        NewsCase("Dalton's claims about crime have been widely debunked."),
        NewsCase("Known for his bluntness, Dalton rarely apologizes."),
        NewsCase("«s:The moderator» «c:asked» «t:whether Dalton would accept the results».", .named),
        NewsCase("«t:The senator told the truth», «s:his lawyers» «c:argued» in court.", .anonymous, anonymous: true),
        NewsCase("The candidates clashed over immigration during the debate."),
        NewsCase("Reyes is scheduled to speak in Detroit on Friday."),
        NewsCase("The senator is known for his fiery speeches."),
        NewsCase("The candidates fought over a handful of Midwestern states that polls suggest remain up for grabs."),
        NewsCase("The campaign is spending heavily in swing states that Dalton lost in 2020."),
        NewsCase("«s:The memo» «c:states» that «t:the campaign is nearly out of money».", .document),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// A transcript turn ends with its paragraph: the next paragraph is not the speaker's.
    @Test func transcriptTurnEndsWithItsParagraph() {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + "DALTON: I was against the war. Look it up.\n\nThe moderator moved on.")
            #expect(a.attributions.count == 2)
            #expect(a.attributions.allSatisfy { a.text($0.source!.span) == "DALTON" })
        }
    }

    /// Poll respondents and party caucuses were granted no anonymity; unnamed spokespeople, bare and
    /// counted lawmakers and party officials still need a reason.
    @Test(arguments: [
        ("A majority of voters think the country is on the wrong track, the survey found.", false),
        ("Six in 10 Republicans said they would back the nominee, according to the poll.", false),
        ("A plurality of likely voters said they trust Dalton more on immigration.", false),
        ("Respondents said inflation was their biggest worry.", false),
        ("Voters in New Hope said they were tired of the ads.", false),
        ("Among independents, 41 percent said they would vote for Dalton.", false),
        ("Two-thirds of Republicans say the country is on the wrong track.", false),
        ("45 percent of respondents said the economy was the most important issue.", false),
        ("The measure drew fire from party leaders, who called them \"unacceptable.\"", false),
        ("Republican leaders said the bill was dead.", false),
        ("GOP lawmakers said the vote would be delayed.", false),
        ("House Republicans said they would block the measure.", false),
        ("Democratic senators said the nominee lacked experience.", false),
        ("Lawmakers said the vote would be delayed.", true),
        ("Two Republican lawmakers said the vote would be delayed.", true),
        ("Senior Republican leaders said the bill was dead.", true),
        ("Party officials said the convention would be held in Milwaukee.", true),
        ("A Dalton campaign spokeswoman said the ad would run statewide.", true),
        ("Dalton's allies say he has been treated unfairly by the press.", true),
        ("A Republican strategist said the ad would backfire.", true),
    ])
    func pollsAndCaucuses(_ text: String, _ flagged: Bool) {
        NewsStyleTests.expectNoReason(text, flagged: flagged)
    }
}
