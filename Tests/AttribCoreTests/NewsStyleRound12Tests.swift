@testable import AttribCore
import Testing

/// Round-12 news styles, marked as in ``NewsStyleTests``: national-security and investigative copy
/// dense with anonymous sourcing — "people familiar with the matter" and later "the people",
/// "these people", "one of the people"; reasons in relative clauses with commas of their own, in
/// participles and in sentences of their own; rote and substantive reasons side by side; documents
/// reviewed or obtained by the newspaper; and the non-statements around them ("declined to comment",
/// "could not independently verify"). Written for these tests; each runs as written and after a
/// multi-byte prefix.
@Suite("News styles, round 12")
struct NewsStyleRound12Tests {
    static let cases: [NewsCase] = [
        // "the people" / "these people" / "those people" refer back to people the story described.
        NewsCase("The board met twice in secret, according to three people familiar with the matter. «t:No vote was taken», «s:the people» «c:said».",
                 .anonymous, anonymous: true),
        NewsCase("Three people familiar with the talks said the offer had been withdrawn. «s:These people» «c:said» «t:a new offer was unlikely before spring».",
                 .anonymous, anonymous: true),
        NewsCase("Two people who attended the meeting said it ended in shouting. «s:Those people» «c:said» «t:the chairman walked out first».",
                 .anonymous, anonymous: true),
        NewsCase("«s:People» «c:say» «t:the line at the border has never been longer».", .vague, anonymous: true),
        // … and share the reason given for the group.
        NewsCase("The fund is weighing a sale of the unit, according to people familiar with the matter, «r:who asked not to be identified because the deliberations are private». «t:No decision has been made», «s:the people» «c:said».",
                 .anonymous, anonymous: true),
        NewsCase("«t:The fund is weighing a sale of the unit», «c:according to» «s:people familiar with the matter», «r:who asked not to be identified because the deliberations are private». A sale could fetch $4 billion, said one of the people.",
                 .anonymous, anonymous: true, category: .nominal),
        NewsCase("The fund is weighing a sale of the unit, according to people familiar with the matter, «r:who asked not to be identified because the deliberations are private». «t:A sale could fetch $4 billion», «c:said» «s:one of the people».",
                 .anonymous, anonymous: true),
        NewsCase("Three people familiar with the plan, «r:who spoke on condition of anonymity to discuss private negotiations», said the bid was rejected. «s:These people» «c:said» «t:a second bid was being prepared».",
                 .anonymous, anonymous: true),
        NewsCase("Three people familiar with the plan, «r:who spoke on condition of anonymity to discuss private negotiations», said the bid was rejected. “«t:It is finished»,” «s:one of the people» «c:said».",
                 .anonymous, quote: .direct, anonymous: true),
        NewsCase("A person familiar with the matter, «r:who requested anonymity because the information is not public», said the bank had hired advisers. «s:The person» «c:said» «t:talks were at an early stage».",
                 .anonymous, anonymous: true),
        // Wire "sources": bare they are vague; counted or referred back to, anonymous.
        NewsCase("«t:The company is in talks to buy a rival», «s:three sources familiar with the matter» «c:told» Reuters.", .anonymous, anonymous: true),
        NewsCase("The company is in talks to buy a rival, three sources familiar with the matter told Reuters. «t:The talks are at an advanced stage», «s:the sources» «c:said», «r:declining to be identified because the matter is confidential».",
                 .anonymous, anonymous: true),
        NewsCase("The company is in talks to buy a rival, three sources told Reuters. The talks are at an advanced stage, the sources said, «r:declining to be identified because the matter is confidential». «s:One of the sources» «c:said» «t:a deal could come next week».",
                 .anonymous, anonymous: true),
        NewsCase("«s:Two sources» «c:said» «t:the talks had stalled».", .anonymous, anonymous: true),
        NewsCase("«s:Sources» «c:said» «t:the deal was worth about $3 billion».", .vague, anonymous: true),
        NewsCase("Three people familiar with the talks said a deal was close. “«t:It is not done yet»,” «s:one of those people» «c:said».", .anonymous,
                 quote: .direct, anonymous: true),

        // A member's reason is that member's: the group it came from keeps none.
        NewsCase("Three people familiar with the matter said the program was cut. “It was a rupture,” said one of the people, who requested anonymity to describe private conversations. «s:The people» «c:said» «t:the program was restored in June».",
                 .anonymous, anonymous: true),
        // "one" after a counted group that gave no reason is one of that group.
        NewsCase("A U.S. official said the drone was shot down. He spoke on condition of anonymity to discuss intelligence.\n\nThree officials said the launch came from the coast. “«t:We saw it fall»,” «s:one» «c:said».",
                 .anonymous, quote: .direct, anonymous: true),

        // Later mentions of one person: "He said", "the official added".
        NewsCase("A senior official, «r:who spoke on condition of anonymity because the operation is classified», said the raid was planned for months. «s:He» «c:said» «t:the target had escaped».",
                 .pronoun, anonymous: true),
        NewsCase("A senior official, «r:who spoke on condition of anonymity because the operation is classified», said the raid was planned for months.\n\n“«t:We missed him by hours»,” «s:the official» «c:added».",
                 .anonymous, quote: .direct, anonymous: true),
        // "One official" and "Another" after people who gave no reason are not covered by an older reason.
        NewsCase("Two administration officials said the sanctions would be delayed, speaking on the condition of anonymity to discuss internal deliberations.\n\nThe ceasefire is holding, according to a U.S. official and a person familiar with the matter.\n\n«s:One official» «c:said» «t:the talks had stalled». Another said they were still alive.",
                 .anonymous, anonymous: true),
        NewsCase("Two administration officials said the sanctions would be delayed, speaking on the condition of anonymity to discuss internal deliberations.\n\nThe ceasefire is holding, according to a U.S. official and a person familiar with the matter.\n\nOne official said the talks had stalled. «s:Another» «c:said» «t:they were still alive».",
                 .anonymous, anonymous: true),
        NewsCase("«s:Two officials», «r:who spoke on condition of anonymity to discuss internal deliberations», «c:said» «t:the sanctions would be delayed». Another said they could be dropped.",
                 .anonymous, anonymous: true),
        NewsCase("Two officials, «r:who spoke on condition of anonymity to discuss internal deliberations», said the sanctions would be delayed. «s:Another» «c:said» «t:they could be dropped».",
                 .anonymous, anonymous: true),
        NewsCase("«t:The plan was approved in June», «c:said» «s:a U.S. official», «r:one of several who described it on the condition of anonymity».",
                 .anonymous, anonymous: true),
        NewsCase("«t:The ceasefire is holding», «c:according to» «s:a U.S. official and a person familiar with the matter».", .anonymous, anonymous: true,
                 category: .nominal),
        NewsCase("None of the officials would speak on the record."),

        // A reason after a quotation that runs on over sentences and paragraphs reaches its speaker.
        NewsCase("A former intelligence officer described the operation. “«t:We had one shot»,” «s:the former officer» «c:said». “If we missed, they would scatter.\n\n“And they did.”\n\nThe officer spoke «r:on the condition of anonymity because the operation remains classified».",
                 .anonymous, quote: .direct, anonymous: true),
        // "the other" of two unnamed people is anonymous, and not covered by the first one's reason.
        NewsCase("Two Western diplomats said the envoy had been recalled. “It was a slap in the face,” one of the diplomats said, speaking on condition of anonymity to discuss private talks. “«t:Nobody expected it»,” «s:the other» «c:said».",
                 .anonymous, quote: .direct, anonymous: true),
        // A subject with a noun covers the sources with that noun.
        NewsCase("«s:U.S. officials» «c:believe» «t:the shipment was diverted», according to two people briefed on the intelligence. Those people were not authorized to speak publicly.",
                 .anonymous, anonymous: true, category: .cognition),
        NewsCase("«t:U.S. officials believe the shipment was diverted», «c:according to» «s:two people briefed on the intelligence». Those people «r:were not authorized to speak publicly».",
                 .anonymous, anonymous: true, category: .nominal),
        NewsCase("U.S. officials, «r:who requested anonymity to discuss intelligence matters», said the strike was planned for weeks.\n\n«s:They» «c:said» «t:the target was a weapons depot».",
                 .pronoun, anonymous: true),
        NewsCase("U.S. officials said the strike was planned for weeks. «s:They» «c:said» «t:the target was a weapons depot».", .pronoun, anonymous: true),
        // "They said" twice: the second resolves through the first.
        NewsCase("Two Western diplomats said the envoy had been recalled. They said the decision was abrupt.\n\n«s:They» «c:said» «t:talks would continue».",
                 .pronoun, anonymous: true),

        NewsCase("«t:Senior Pentagon officials drew up plans to withdraw troops», «c:according to» «s:five current and former U.S. officials».\n\nThe plans were shelved in June, the officials said.\n\nThey spoke «r:on the condition of anonymity to discuss internal deliberations».",
                 .anonymous, anonymous: true, category: .nominal),
        NewsCase("Senior Pentagon officials drew up plans to withdraw troops, according to five current and former U.S. officials.\n\nThe plans were shelved in June, the officials said.\n\nThey spoke «r:on the condition of anonymity to discuss internal deliberations».\n\n«s:Two of the officials» «c:said» «t:the attacks had wounded 40 service members».",
                 .anonymous, anonymous: true),

        // A reason in a sentence of its own covers the mentions it refers back to.
        NewsCase("«t:The military has moved air defenses closer to the border», «c:according to» «s:four U.S. officials».\n\nThe deployment began last week, two of the officials said.\n\nThe officials spoke «r:on the condition of anonymity to discuss sensitive military movements».",
                 .anonymous, anonymous: true, category: .nominal),
        NewsCase("The military has moved air defenses closer to the border, according to four U.S. officials.\n\n«t:The deployment began last week», «s:two of the officials» «c:said».\n\nThe officials spoke «r:on the condition of anonymity to discuss sensitive military movements».",
                 .anonymous, anonymous: true),
        NewsCase("The military has moved air defenses closer to the border, according to four U.S. officials.\n\nThe officials spoke «r:on the condition of anonymity to discuss sensitive military movements».\n\n«s:Officials» «c:said» «t:the batteries could move again».",
                 .anonymous, anonymous: true),
        NewsCase("«s:U.S. officials» «c:said» «t:the ship was seized in international waters».\n\nThe officials spoke «r:on the condition of anonymity because they were not authorized to discuss the investigation publicly».",
                 .anonymous, anonymous: true),
        NewsCase("«s:Two officials» «c:said» «t:the ship was seized». They spoke «r:on condition of anonymity because they were not authorized to speak publicly about the talks, which remain secret».",
                 .anonymous, anonymous: true),
        // … but not a new counted source after it.
        NewsCase("Two officials said the ship was seized. The officials spoke on condition of anonymity because the inquiry is continuing. «s:Two other officials» «c:said» «t:the crew had been released».",
                 .anonymous, anonymous: true),
        NewsCase("Aides to the senator said she would vote against the bill. «s:The aides» «c:said» «t:she had told colleagues on Tuesday». They «r:were not authorized to discuss her plans».",
                 .anonymous, anonymous: true),

        // Relative clauses with commas of their own hold the reason.
        NewsCase("«s:A congressional aide», «r:who, like others interviewed for this article, spoke on condition of anonymity», «c:said» «t:the committee would request documents».",
                 .anonymous, anonymous: true),
        NewsCase("«t:The hearing was postponed», «c:said» «s:a congressional aide» «r:who, like others interviewed for this article, spoke on condition of anonymity».",
                 .anonymous, anonymous: true),
        NewsCase("«s:A former official», «r:who, like others interviewed for this article, spoke on the condition of anonymity to discuss sensitive intelligence matters», «c:said» «t:the program was ending».",
                 .anonymous, anonymous: true),
        NewsCase("«s:The official», «r:who was not authorized to speak publicly about the talks, which remain secret», «c:said» «t:the delay was political».",
                 .anonymous, anonymous: true),
        NewsCase("«t:The deal is off», «c:said» «s:a person familiar with the matter», «r:who was not authorized to speak publicly about the talks, which remain secret».",
                 .anonymous, anonymous: true),
        NewsCase("«s:The agency», which oversees the program, «c:said» «t:it had not been told of the breach».", .named),
        NewsCase("«s:The minister», who took office in March, «c:said» «t:the budget would be cut».", .named),

        // Reasons in all their forms.
        NewsCase("«s:A Western intelligence official», «r:who was granted anonymity to discuss sensitive matters», «c:said» «t:the leak had “embarrassed everyone involved.”»",
                 .anonymous, quote: .partial, anonymous: true),
        NewsCase("«s:An official with knowledge of the matter», «r:who was not authorized to speak publicly», «c:said» «t:the contractor had left the country».",
                 .anonymous, anonymous: true),
        NewsCase("«s:Another official», «r:speaking on the condition of anonymity», «c:said» «t:the contractor had been cooperating».",
                 .anonymous, anonymous: true),
        NewsCase("«t:The strike was delayed twice», «c:said» «s:the officials», «r:who spoke on the condition of anonymity to discuss operational details».",
                 .anonymous, anonymous: true),
        NewsCase("«t:The unit was disbanded», «c:according to» «s:a U.S. official» «r:who spoke on the condition of anonymity because the decision has not been announced».",
                 .anonymous, anonymous: true, category: .nominal),
        NewsCase("«t:The fund is preparing to sell the stake», «s:the people» «c:said», «r:asking not to be identified because the information is private».",
                 .anonymous, anonymous: true),
        NewsCase("«t:The bid was rejected», «c:said» «s:one person familiar with the matter», «r:who asked not to be named discussing private deliberations».",
                 .anonymous, anonymous: true),
        NewsCase("“«t:We do not have a clear picture»,” «s:a senior U.S. official» «c:told» The Ledger «r:on condition of anonymity».",
                 .anonymous, quote: .direct, anonymous: true),
        NewsCase("«s:Officials in Kyiv and Washington», «r:speaking on the condition of anonymity to discuss military planning», «c:said» «t:the offensive would begin within weeks».",
                 .anonymous, anonymous: true),
        NewsCase("«s:A senior Israeli official», «r:who spoke on condition of anonymity in line with briefing rules», «c:said» «t:the operation would continue».",
                 .anonymous, anonymous: true),
        NewsCase("“«t:This was a failure at every level»,” «c:said» «s:one former senior official», «r:who spoke on the condition of anonymity to avoid damaging relationships with former colleagues».",
                 .anonymous, quote: .direct, anonymous: true),
        NewsCase("«s:An aide», «r:who declined to be named», «c:said» «t:the senator was furious».", .anonymous, anonymous: true),
        NewsCase("«s:Two people briefed on the inquiry», «r:speaking on the condition of anonymity because the investigation is continuing», «c:said» «t:charges were likely».",
                 .anonymous, anonymous: true),

        // A closing appositive of the source is not content; a by-agent participle is no attribution.
        NewsCase("«t:The framework was nearly complete», «c:according to» «s:two officials», one American and one European.", .anonymous, anonymous: true,
                 category: .nominal),
        NewsCase("«s:The assessment», described by three U.S. officials, «c:concluded» that «t:the attack had been planned for months».", .document,
                 category: .cognition),
        NewsCase("«s:Two U.S. officials and a European diplomat», «r:all of whom spoke on the condition of anonymity to discuss the sensitive talks», «c:said» «t:the framework was nearly complete».",
                 .anonymous, anonymous: true),
        NewsCase("The shipment left port in May, the people said, speaking «r:on condition of anonymity because the information is classified». «s:One of them» «c:added» that «t:a second shipment was planned».",
                 .anonymous, anonymous: true),
        NewsCase("«t:The plan, «c:according to» «s:two aides», would cut spending».", .anonymous, anonymous: true, category: .nominal),

        // Groups: coordinated modifiers, nationalities, counted and quantified.
        NewsCase("«s:Current and former officials» «c:said» «t:the cables included assessments of the ally's leaders».", .anonymous, anonymous: true),
        NewsCase("«t:The plan has stalled», «c:according to» «s:current and former officials».", .anonymous, anonymous: true, category: .nominal),
        NewsCase("«s:Two current and former officials» «c:said» «t:the plan had stalled».", .anonymous, anonymous: true),
        NewsCase("«s:Several current and former U.S. officials» «c:said» «t:the program had been expanded».", .vague, anonymous: true),
        NewsCase("«s:U.S. and Israeli officials familiar with the operation» «c:said» «t:it had been delayed».", .anonymous, anonymous: true),
        NewsCase("«s:People briefed on the inquiry» «c:said» «t:investigators were examining whether the contractor had help».", .anonymous, anonymous: true),
        NewsCase("«s:A person with direct knowledge of the negotiations» «c:said» «t:a deal was close».", .anonymous, anonymous: true),
        NewsCase("«s:Two people familiar with the investigation» «c:told» The Ledger that «t:the suspect had traveled abroad».", .anonymous, anonymous: true),
        NewsCase("«s:Intelligence officials» «c:have concluded» that «t:the drone was launched from inside the country».", .anonymous, anonymous: true,
                 category: .cognition),

        NewsCase("«t:The talks broke down», «c:according to» «s:U.S. officials and others familiar with the matter».", .anonymous, anonymous: true,
                 category: .nominal),
        NewsCase("«s:The U.S.» «c:said» «t:the talks had failed».", .named),
        // A manner adverb before the colon of a quotation is the story's.
        NewsCase("«s:One senior official» «c:put it» bluntly: “«t:We are out of options.»”", .anonymous, quote: .direct, anonymous: true),
        NewsCase("«s:One senior official» «c:said» bluntly: “«t:We are out of options.»”", .anonymous, quote: .direct, anonymous: true),
        NewsCase("«s:The official», «r:who requested anonymity to speak freely», «c:said» «t:the review was flawed».", .anonymous, anonymous: true),
        NewsCase("«t:The talks will resume», «c:according to» «s:a senior U.S. official», «r:who spoke on the condition of anonymity under rules set by the administration».",
                 .anonymous, anonymous: true, category: .nominal),
        NewsCase("A senior administration official said Sunday that no decision had been made.\n\n«t:The plan will be revised», «c:said» «s:the official», «r:who, like others, spoke on condition of anonymity».",
                 .anonymous, anonymous: true),
        NewsCase("«s:A senior administration official» «c:said» Sunday that «t:no decision had been made».\n\nThe plan will be revised, said the official, «r:who, like others, spoke on condition of anonymity».",
                 .anonymous, anonymous: true),
        NewsCase("The official would not say how many troops were involved."),
        NewsCase("Officials declined to say how many people had been detained."),

        NewsCase("«s:A former U.S. official» who has been briefed on the findings «c:said» «t:the report was damning».", .anonymous, anonymous: true),
        NewsCase("«t:The merger is back on», «c:said» «s:a person close to the company» «r:who spoke on the condition of anonymity to discuss internal matters».",
                 .anonymous, anonymous: true),
        NewsCase("«t:The talks have stalled», «s:one European official» «c:said» «r:on condition of anonymity, citing the sensitivity of the negotiations».",
                 .anonymous, anonymous: true),
        NewsCase("«s:A former aide» «c:said» «t:the senator had been warned». She spoke «r:on the condition of anonymity because she still works in government».",
                 .anonymous, anonymous: true),
        NewsCase("Two people familiar with the inquiry, «r:who asked not to be identified because it is continuing», said the files were missing.\n\nA State Department official said the embassy would stay open.\n\n«s:The people» «c:said» «t:the files had been moved to a secure facility».",
                 .anonymous, anonymous: true),

        // A member's reason that speaks for the others ("like the others") covers the group.
        NewsCase("“He was shouting,” said one of the people, «r:who, like the others, requested anonymity to discuss the private meeting».\n\n«t:The deal is dead», «s:the people» «c:said», adding that the board would meet again.",
                 .anonymous, anonymous: true),
        // A new source described by its own access takes no older reason; "That person" refers back.
        NewsCase("The fund lost $2 billion, according to people with direct knowledge of its finances who asked not to be named because the figures are private.\n\n«c:According to» «s:one person involved in the talks», «t:the offer was withdrawn on Tuesday».",
                 .anonymous, anonymous: true, category: .nominal),
        NewsCase("«c:According to» «s:one person involved in the talks», «t:the offer was withdrawn on Tuesday». That person, «r:who spoke on condition of anonymity to describe the negotiations», said a new offer was unlikely.",
                 .anonymous, anonymous: true, category: .nominal),
        NewsCase("According to one person involved in the talks, the offer was withdrawn on Tuesday. «s:That person», «r:who spoke on condition of anonymity to describe the negotiations», «c:said» «t:a new offer was unlikely».",
                 .anonymous, anonymous: true),
        NewsCase("“«t:We are not going to apologize»,” «c:said» «s:a senior administration official», «r:who briefed reporters on the condition that he not be identified».",
                 .anonymous, quote: .direct, anonymous: true),
        NewsCase("«t:The warnings were ignored», «s:a former official» «c:said» in an interview, speaking «r:on the condition of anonymity because he still advises the agency».",
                 .anonymous, anonymous: true),
        // A background briefing: the setting and the ground rules between "told reporters" and "that".
        NewsCase("«s:A senior official» «c:told reporters» on a call organized by the White House, «r:on the condition that he not be named», that «t:the talks were productive».",
                 .anonymous, anonymous: true),
        NewsCase("«t:The president raised his voice», «c:according to» «s:a recording of the meeting obtained by The Ledger».", .document, category: .nominal),
        NewsCase("«s:A person» who was in the room «c:said» «t:the president raised his voice».", .anonymous, anonymous: true),
        NewsCase("«t:The plan was shelved in May», «c:according to» «s:two current and two former officials».", .anonymous, anonymous: true, category: .nominal),

        // Interviews: the people interviewed are the source.
        NewsCase("«t:The agency ignored repeated warnings», «c:according to» «s:documents and interviews with more than two dozen current and former officials».",
                 .anonymous, anonymous: true, category: .nominal),
        NewsCase("«t:The plan was rushed», «c:according to» «s:interviews with more than a dozen people involved in it».\n\nMost of those interviewed spoke «r:on the condition of anonymity because they were not authorized to discuss the matter or feared retaliation».",
                 .anonymous, anonymous: true, category: .nominal),
        NewsCase("«s:More than 20 officials» «c:said» «t:the plan was rushed».", .anonymous, anonymous: true),

        // A person and documents in one source: anonymous, and still in need of a reason.
        NewsCase("«c:According to» «s:a person familiar with the matter and documents reviewed by The Ledger», «t:the contractor had access to the cables for months».",
                 .anonymous, anonymous: true, category: .nominal),
        // Documents reviewed or obtained by the newspaper.
        NewsCase("«t:The plan was approved in March», «c:according to» «s:documents reviewed by The Ledger».", .document, category: .nominal),
        NewsCase("«s:Emails obtained by The Ledger» «c:show» that «t:a supervisor raised concerns in 2023».", .document, category: .document),
        NewsCase("«t:The deal was signed in May», «s:records» «c:show».", .document, category: .document),
        NewsCase("«s:Records» «c:show» «t:the contractor's clearance was renewed twice».", .document, category: .document),
        NewsCase("«s:The documents» «c:show» «t:the payments continued until May».", .document, category: .document),
        NewsCase("«s:A classified assessment reviewed by The Ledger» «c:concluded» that «t:the sanctions had little effect».", .document,
                 category: .cognition),
        NewsCase("«t:The assessment was completed in June», «c:according to» «s:a classified memo reviewed by The Ledger».", .document, category: .nominal),
        NewsCase("«s:The emails», which were reviewed by The Ledger, «c:show» that «t:officials were warned in January».", .document, category: .document),
        NewsCase("«t:Managers were warned in March», «c:according to» «s:internal emails reviewed by The Ledger».", .document, category: .nominal),
        NewsCase("«s:A government document seen by Reuters» «c:shows» «t:the budget was cut by 40 percent».", .document, category: .document),
        NewsCase("«t:At least 40 inmates died in custody», «c:according to» «s:a review of court records by The Ledger».", .document, category: .nominal),
        NewsCase("«s:A Ledger analysis of federal data» «c:shows» that «t:complaints doubled between 2019 and 2023».", .document, category: .document),
        NewsCase("«s:The Ledger's review» «c:found» that «t:the agency missed 12 deadlines».", .document, category: .cognition),
        NewsCase("«s:A draft of the report», which was obtained by The Ledger, «c:says» «t:the program failed».", .document),
        NewsCase("«s:Text messages reviewed by The Ledger» «c:show» «t:the two men discussed the payments».", .document, category: .document),
        NewsCase("In a letter to the committee, which The Ledger obtained, «s:the inspector general» «c:wrote» that «t:the audit had been blocked».", .named),

        // The newspaper's own account of the anonymity it granted covers the sources before it.
        NewsCase("«s:Two employees» «c:said» «t:the logs were altered». The Ledger «r:agreed not to name the employees because they feared retaliation».",
                 .anonymous, anonymous: true),
        NewsCase("«s:Officials» «r:who spoke on the condition of anonymity to discuss the sensitive case» «c:said» «t:the suspect had been released».",
                 .anonymous, anonymous: true),

        // Not statements: refusals, silence, what the newspaper could not check.
        NewsCase("The ally's embassy did not respond to requests for comment."),
        NewsCase("The Ledger could not independently verify the contents of the cables."),
        NewsCase("A spokeswoman for the agency, Rachel Ortiz, declined to comment."),
        NewsCase("The company did not respond to multiple requests for comment, and a lawyer for the contractor declined to comment."),
        NewsCase("The Ledger reviewed hundreds of pages of internal documents."),
        NewsCase("The memo, dated March 3 and signed by the deputy director, ordered staff to delete the files."),
        NewsCase("Prices continued to rise until the spring."),
        NewsCase("“«t:We are not done»,” «s:she» «c:continued».", .pronoun, quote: .direct),

        // Named officials mixed in; a refusal after the statement is not part of it.
        NewsCase("«s:A Pentagon spokesman, Lt. Col. Sara Quinn», «c:said» in a statement that «t:the department “routinely reviews force posture”» and declined to discuss specific plans.",
                 .named, quote: .partial),
        NewsCase("«s:The mayor» «c:said» «t:the board met and declined to approve the plan».", .named),
        NewsCase("«s:Defense Secretary Alan Reyes» «c:has said» publicly that «t:the United States has no plans to leave Syria».", .named),
        NewsCase("“«t:There is no clear end state»,” «c:said» «s:Mara Levin», a former Pentagon official now at a policy institute.", .named, quote: .direct),
        NewsCase("«s:Rep. Dana Whitfield», a Democrat on the intelligence committee, «c:said» «t:lawmakers had not been briefed».", .named),
        NewsCase("«s:A Pentagon spokesman, Col. Mark Ruiz», «c:said» «t:the department does not comment on deployments».", .named),
        NewsCase("«s:A spokesperson for the National Security Council» «c:said» «t:the White House does not comment on intelligence matters».",
                 .anonymous, anonymous: true),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// Rote reasons against reasons that explain: a lack of permission is rote whatever its topic;
    /// secrecy, sensitivity, fear, what was being described and ground rules explain.
    @Test(arguments: [
        ("An official, who was not authorized to speak publicly, said the talks had stalled.", true),
        ("An official, who was not authorized to discuss the talks, said they had stalled.", true),
        ("Two officials said the talks had stalled. They spoke on condition of anonymity because they were not authorized to discuss the investigation publicly.", true),
        ("Two officials said the talks had stalled. They spoke on condition of anonymity because they were not authorized to speak publicly about the talks.", true),
        ("Two officials said the talks had stalled. They spoke on condition of anonymity because they were not authorized to speak publicly about the talks, which remain secret.", false),
        ("An official, who was not authorized to discuss classified intelligence, said the strike had failed.", false),
        ("An official, speaking on condition of anonymity, said the talks had stalled.", true),
        ("An aide, who declined to be named, said the senator was furious.", true),
        ("A congressional aide, who, like others interviewed for this article, spoke on condition of anonymity, said the hearing was off.", true),
        ("A former official, who spoke on the condition of anonymity for fear of retaliation, said the program was ending.", false),
        ("A senior Israeli official, who spoke on condition of anonymity in line with briefing rules, said the operation would continue.", false),
        ("A person close to the White House, who insisted on anonymity to speak candidly, said the president was angry.", true),
        ("Officials familiar with the intelligence, who were not authorized to discuss it, said the warning came in May.", true),
        ("The official, who requested anonymity to speak freely, said the review was flawed.", true),
        ("The deal was approved, said an aide, who asked not to be identified because he was not authorized to speak to the media.", true),
        ("The plan was scrapped, said an adviser, who asked not to be named because of the sensitivity of the matter.", false),
        ("The talks have stalled, one European official said on condition of anonymity, citing the sensitivity of the negotiations.", false),
        ("The talks will resume, according to a senior U.S. official, who spoke on the condition of anonymity under rules set by the administration.", false),
        ("The deadline will slip, the officials said, requesting anonymity to discuss internal matters.", false),
        ("The deal is close, said the person, who asked not to be identified.", true),
        ("Two officials, who spoke on condition of anonymity to discuss internal deliberations, said no decision had been made.", false),
    ])
    func boilerplate(_ text: String, _ rote: Bool) {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            #expect(a.attributions.contains { $0.anonymityReason != nil }, "\(text)")
            #expect(a.findings.contains { $0.rule == "anonymous-source.boilerplate-reason" } == rote, "\(text)")
            #expect(!a.findings.contains { $0.rule == "anonymous-source.no-reason" }, "\(text)")
        }
    }

    /// Which mentions are covered by a reason given elsewhere, and which are not.
    @Test(arguments: [
        // The group gave no reason: every mention is flagged.
        ("U.S. officials said the strike had been planned for weeks. They said the target was a weapons depot.", true),
        ("The plan was shelved, according to three people familiar with the matter. The people said it could return.", true),
        // A reason in the sentence after covers the sources before it.
        ("U.S. officials said the strike had been planned for weeks. The officials spoke on condition of anonymity to discuss intelligence.", false),
        ("The plan was shelved, according to people familiar with the matter, who asked not to be identified because the talks are private. The people said it could return. One of the people said a vote was possible.", false),
        // A person and documents together: the person still needs a reason.
        ("According to a person familiar with the matter and documents reviewed by The Ledger, the contractor had access for months.", true),
        // Documents, refusals and a named official need none.
        ("Emails obtained by The Ledger show that a supervisor raised concerns. The agency declined to comment.", false),
        ("Rep. Dana Whitfield said lawmakers had not been briefed.", false),
    ])
    func reasonsElsewhere(_ text: String, _ flagged: Bool) {
        NewsStyleTests.expectNoReason(text, flagged: flagged)
    }
}
