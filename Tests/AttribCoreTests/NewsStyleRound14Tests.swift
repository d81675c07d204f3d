@testable import AttribCore
import Testing

/// Round-14 news styles, marked as in ``NewsStyleTests``: international and foreign-desk wire copy —
/// ministries and state media ("state television said"), capitals and institutions as speakers,
/// interviews with agencies ("told Reuters", "told AFP by telephone"), settings between the cue and
/// its content ("in a televised address", "in remarks broadcast on state television", "through an
/// interpreter"), casualty figures "according to" a ministry, witnesses and activists, British
/// spelling and single quotes, and sentences with no attribution. Written for these tests; each runs
/// as written and after a multi-byte prefix.
@Suite("News styles, round 14")
struct NewsStyleRound14Tests {
    static let cases: [NewsCase] = [
        // The agency's quotation of a speaker, active: "quoted X as saying" — X is the source, "as
        // saying" the cue (the passive "was quoted by … as saying" keeps its one long cue).
        NewsCase("State media quoted «s:the minister» «c:as saying» «t:the talks would resume».", .named),
        NewsCase("Xinhua quoted «s:Foreign Minister Li Wen» «c:as saying» that «t:China opposed the sanctions».", .named),
        NewsCase("The minister spoke in Cairo. The agency quoted «s:him» «c:as saying» «t:the border would stay closed».", .pronoun),
        NewsCase("«s:The minister» «c:was quoted by state media as saying» «t:the talks would resume».", .named),
        NewsCase("«s:Officials quoted in the report» «c:said» «t:the plant was safe».", .anonymous, anonymous: true),
        NewsCase("The report quoted extensively from the minutes."),
        // Ministries, state media and capitals.
        NewsCase("«t:The border crossing would reopen on Thursday», «s:the interior ministry» «c:said» in a statement carried by the state news agency.",
                 .named),
        NewsCase("«t:Three soldiers were killed in the ambush», «s:state media» «c:reported».", .named),
        NewsCase("«t:The president would travel to the capital next week», «s:state television» «c:said».", .named),
        NewsCase("«s:Syrian state television» «c:said» «t:the vote had been postponed».", .named),
        NewsCase("«s:State radio» «c:reported» that «t:the bridge had been reopened».", .named),
        NewsCase("«s:The Kremlin» «c:said» «t:the talks had been constructive».", .named),
        NewsCase("«s:Beijing» «c:said» «t:the drills were a routine exercise».", .named),
        NewsCase("«s:A statement from the foreign ministry» «c:said» «t:the ambassador had been summoned».", .document),
        NewsCase("«s:Pyongyang's official KCNA news agency» «c:said» «t:the test was a success».", .named),
        NewsCase("«s:The Israeli military» «c:said» «t:it had struck a weapons depot near the border».", .named),
        NewsCase("«t:At least 12 people were killed», «s:the Houthi-run health ministry» «c:said».", .named),
        NewsCase("«s:A readout of the call» «c:said» «t:the two leaders discussed the crisis in the region».", .document),
        NewsCase("«s:The foreign ministry spokesman, Wang Lin», «c:told» a regular briefing that «t:China opposed the sanctions».", .named),

        // Interviews with agencies, by telephone, through an interpreter.
        NewsCase("«t:The convoy had been stopped at a checkpoint», «s:a local commander» «c:told» Reuters.", .anonymous, anonymous: true),
        NewsCase("“«t:We have no water and no power»,” «s:a resident» «c:told» AFP by telephone.", .anonymous, quote: .direct,
                 anonymous: true),
        NewsCase("“«t:We are ready to talk»,” «s:the envoy» «c:said» through an interpreter.", .anonymous, quote: .direct, anonymous: true),
        NewsCase("«s:Two sources familiar with the matter» «c:told» Reuters «t:the deal could be signed this week».", .anonymous,
                 anonymous: true),

        // Settings between the cue and its content.
        NewsCase("«s:The foreign minister» «c:said» on Tuesday that «t:the ceasefire was holding».", .named),
        NewsCase("«s:The president» «c:said» in a televised address that «t:the country would not give in to pressure».", .named),
        NewsCase("“«t:We will defend every inch»,” «s:the general» «c:said» in remarks broadcast on state television.", .named,
                 quote: .direct),
        NewsCase("«s:The general» «c:said» in remarks on state television that «t:the army would hold the line».", .named),
        NewsCase("“«t:The door remains open»,” «s:the minister» «c:said» in comments to reporters.", .named, quote: .direct),
        NewsCase("«s:The spokeswoman» «c:said» in comments to reporters that «t:aid trucks were waiting at the border».", .anonymous,
                 anonymous: true),
        NewsCase("«s:The opposition leader» «c:said» in posts on social media that «t:the count had been rigged».", .named),
        NewsCase("«s:The prime minister», in remarks published on Sunday, «c:said» «t:the coalition was stable».", .named),
        NewsCase("In remarks published on Sunday, «s:the prime minister» «c:said» «t:the coalition was stable».", .named),
        NewsCase("«s:The minister» «c:was quoted as saying» «t:the reforms would continue».", .named),
        NewsCase("«s:The foreign ministry» «c:said» on Saturday «t:it would recall its ambassador for consultations».", .named),
        NewsCase("«s:The prime minister's office» «c:said» in a statement late on Friday that «t:he had tested positive».", .named),
        NewsCase("Speaking at a news conference in Brussels, «s:the NATO chief» «c:said» «t:the alliance would not be divided».", .named),
        NewsCase("Asked about the sanctions, «s:the spokesman» «c:said» «t:Moscow would respond in kind».", .anonymous, anonymous: true),
        NewsCase("«s:The president», speaking in a televised address, «c:said» «t:the country would not give in».", .named),
        NewsCase("“«t:We are not going anywhere»,” «c:said» «s:Leila Haddad», 34, a teacher who fled the city with her children.", .named,
                 quote: .direct),

        // Without details, citing, according to.
        NewsCase("«t:The talks would resume next month», «s:a government spokesman» «c:said», without giving details.", .anonymous,
                 anonymous: true),
        NewsCase("«s:The ministry» «c:said», without giving details, that «t:several suspects had been detained».", .named),
        NewsCase("«t:At least 40 people were killed in the floods», «s:the UN» «c:said», citing local authorities.", .named),
        NewsCase("«t:At least 40 people were killed in the floods», the UN said, «c:citing» «s:local authorities».", .named,
                 category: .nominal),
        NewsCase("«t:More than 1,200 people have died since March», «c:according to» «s:figures from the health ministry».", .document,
                 category: .nominal),
        NewsCase("“«t:Our patience has limits»,” the spokesman said, «c:according to» «s:a transcript released by the ministry».", .document,
                 quote: .direct, category: .nominal),
        NewsCase("“«t:Our patience has limits»,” «s:the spokesman» «c:said», according to a transcript released by the ministry.", .anonymous,
                 quote: .direct, anonymous: true),

        // "at least" / "at most" after the cue open the clause: casualty figures.
        NewsCase("«s:The ministry» «c:said» «t:at least 40 people were killed in the floods».", .named),
        NewsCase("«s:Police» «c:said» on Monday «t:at least 12 people had died in a fire that gutted the market».", .named),
        NewsCase("«s:Doctors at the hospital» «c:said» «t:at most three patients were in critical condition».", .anonymous, anonymous: true),
        NewsCase("«s:Medics» «c:said» «t:at least nine people were killed».", .anonymous, anonymous: true),
        NewsCase("«s:Rescue workers» «c:said» «t:dozens of people were still trapped under the rubble».", .anonymous, anonymous: true),

        // The reporter's note on what the source left out is not content.
        NewsCase("«s:The junta» «c:said» «t:the election would be held next year», but gave no date.", .named),
        NewsCase("«s:The ministry» «c:said» «t:several suspects had been arrested», but did not say how many.", .named),
        NewsCase("«s:The army» «c:said» «t:the militants had used civilians as shields», and offered no evidence.", .named),
        NewsCase("«s:The minister» «c:said» «t:prices would fall», and did not rule out further cuts.", .named),
        NewsCase("«s:The minister» «c:said» «t:prices would fall and wages would rise».", .named),

        // Witnesses, activists, residents, diplomats.
        NewsCase("«t:Security forces fired tear gas at the crowd», «s:activists» «c:said».", .vague, anonymous: true),
        NewsCase("«s:Witnesses» «c:said» «t:the gunmen arrived in two pickup trucks».", .vague, anonymous: true),
        NewsCase("«t:The shelling continued through the night», «s:residents» «c:told» Reuters.", .vague, anonymous: true),
        NewsCase("«s:A diplomat in the region» «c:said» «t:the proposal had little chance of success».", .anonymous, anonymous: true),
        NewsCase("«s:The official», «r:who declined to be identified», «c:said» «t:the shipment had been delayed».", .anonymous,
                 anonymous: true),
        NewsCase("«s:Western diplomats» «c:say» «t:the sanctions have done little to slow the programme».", .anonymous, anonymous: true),
        NewsCase("«s:A senior European diplomat», «r:speaking on condition of anonymity because the talks are confidential», «c:said» «t:a deal was close».",
                 .anonymous, anonymous: true),

        // British and Commonwealth spelling, single quotes.
        NewsCase("'«t:We will not bow»,' «s:the minister» «c:said».", .named, quote: .direct),
        NewsCase("'«t:We will not bow to pressure from anyone»,' «s:the minister» «c:told» parliament.", .named, quote: .direct),
        NewsCase("«s:The organisation» «c:said» «t:it was analysing the data».", .named),

        // No attribution, though it looks like one.
        NewsCase("The capital has been without electricity for three days."),
        NewsCase("The ministry did not give details of the casualties."),
        NewsCase("Reuters could not independently verify the report."),
        NewsCase("The minister spoke to reporters after the meeting."),
        NewsCase("The president held talks with his counterpart on Monday."),
        NewsCase("The statement did not say how many troops would be sent."),
        NewsCase("Families watched television in the shelter all night."),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// Medics and rescue workers speak in public as a body: no confidential sourcing. Officials,
    /// diplomats and "a government source" still need a reason.
    @Test(arguments: [
        ("Medics said at least nine people were killed.", false),
        ("Rescue workers said dozens of people were still trapped under the rubble.", false),
        ("Aid workers said supplies were running low in the camp.", false),
        ("Two aid workers said supplies were running low in the camp.", true),
        ("Workers at the plant said the line had been halted.", true),
        ("A government source said the cabinet would meet on Friday.", true),
        ("Western diplomats say the sanctions have done little to slow the programme.", true),
    ])
    func publicBodiesOfWireCopy(_ text: String, _ flagged: Bool) {
        NewsStyleTests.expectNoReason(text, flagged: flagged)
    }
}
