@testable import AttribCore
import Testing

/// Round-10 news styles, marked as in ``NewsStyleTests``: court and trial participants named by
/// their role, a party's lawyers, cue nouns inside an of-phrase of a source, counted groups with
/// "all", bare clauses after "reported"/"announced", and headline and probe sentences of assorted
/// news copy. Written for these tests; each runs as written and after a multi-byte prefix.
@Suite("News styles, round 10")
struct NewsStyleRound10Tests {
    static let cases: [NewsCase] = [
        // Court copy: participants of the proceeding identified by their role are on the record.
        NewsCase("«s:The witness» «c:said» «t:she saw the defendant leave the building at midnight».", .named),
        NewsCase("«s:The detective» «c:told» jurors «t:the gun was never found».", .named),
        NewsCase("«s:The judge» «c:said» «t:the trial would resume on Monday».", .named),
        NewsCase("«s:The jury foreman» «c:said» «t:the panel had reached a verdict».", .named),
        NewsCase("«s:Ms Vance's lawyer» «c:said» «t:his client would appeal».", .named),
        NewsCase("«s:The defendant's lawyer» «c:said» «t:the verdict would be appealed».", .named),
        NewsCase("«s:Defense attorneys» «c:said» «t:the search had been unlawful».", .anonymous, anonymous: true),
        // Unnamed people around the case still are anonymous.
        NewsCase("«s:A witness» «c:said» «t:the men wore masks».", .anonymous, anonymous: true),
        NewsCase("«s:A person close to the defense» «c:said» «t:the client would not testify».", .anonymous, anonymous: true),
        NewsCase("«s:The witness», «r:who asked not to be named», «c:said» «t:the men wore masks».", .anonymous, anonymous: true),
        NewsCase("«s:Two jurors» «c:said» «t:the deliberations were tense».", .anonymous, anonymous: true),
        NewsCase("«s:Her lawyer» «c:said» «t:the verdict would be appealed».", .anonymous, anonymous: true),
        NewsCase("«s:The company's spokesman» «c:said» «t:the plant would reopen».", .anonymous, anonymous: true),

        // A cue word after "of" and a determiner is the noun of the source's of-phrase.
        NewsCase("«s:Critics of the claim» «c:said» «t:it ignored the data».", .vague, anonymous: true),
        NewsCase("«s:Opponents of the report» «c:argue» «t:it was rushed».", .vague, anonymous: true),
        NewsCase("«s:Critics» «c:claim» «t:the data were ignored».", .vague, anonymous: true),

        // "All three candidates": a counted, described group like "each of the three candidates".
        NewsCase("«s:All three candidates» «c:said» «t:the budget must be balanced».", .anonymous, anonymous: true),
        NewsCase("«s:All candidates» «c:said» «t:the budget must be balanced».", .vague, anonymous: true),
        NewsCase("Maria Lund, Tom Ruiz and Ana Vela debated on Tuesday. Lund said taxes would fall.\n\n"
                 + "«s:All three candidates» «c:said» «t:the budget must be balanced».", .named),

        // "reported"/"announced"/"concluded"/"revealed" take a bare past-tense clause like "said".
        NewsCase("«s:A local television station» «c:reported» «t:the fire started in the kitchen».", .anonymous, anonymous: true),
        NewsCase("«s:The company» «c:announced» «t:its chief executive resigned on Friday».", .named),
        NewsCase("«s:The panel» «c:concluded» «t:the pilot ignored the warnings».", .named, category: .cognition),
        NewsCase("«s:The newspaper» «c:revealed» «t:the minister lied about his expenses».", .named),
        // A participle before "by" or after a determiner is no clause's verb; an act is not a statement.
        NewsCase("The station reported the car stolen by two teenagers."),
        NewsCase("Police reported the theft to the insurer in March."),

        // Wire headlines: a claim, then a colon or a dash and its source (medium confidence at most).
        NewsCase("«t:Talks collapse»«c::» «s:sources»", .vague, anonymous: true, category: .nominal, level: .medium),
        NewsCase("«t:Deal close» «c:—» «s:sources»", .vague, anonymous: true, category: .nominal, level: .medium),
        NewsCase("«t:Deal close» «c:-»«s:sources»", .vague, anonymous: true, category: .nominal, level: .medium),
        NewsCase("«t:Rates on hold» «c:–» «s:central bank»", .named, category: .nominal, level: .medium),
        NewsCase("«t:Deal close», «s:sources» «c:say»", .vague, anonymous: true),
        NewsCase("Talks collapse: what went wrong"),
        NewsCase("Ceasefire agreed — sources."),
        NewsCase("The agency approved the well-known drug - again"),

        // "warn of" + a noun with a participle modifier: the people it targets are no object; the
        // ", saying …" participle shares the source.
        NewsCase("«s:Police» «c:warned» of «t:scams targeting elderly residents», saying callers had posed as bank staff.",
                 .named, level: .medium),
        NewsCase("«s:Police» warned of scams targeting elderly residents, «c:saying» «t:callers had posed as bank staff».", .named),
        NewsCase("«s:The agency» «c:warned» of «t:flooding in low-lying areas».", .named, level: .medium),
        // A cue word before the auxiliary of a told-clause is its subject's noun ("waiting lists").
        NewsCase("«s:Health Minister Priya Raman» «c:told» parliament «t:the waiting lists had shrunk».", .named),

        // Probe sentences of assorted copy.
        NewsCase("«s:The senator» «c:said» on X, formerly Twitter, that «t:the vote had been delayed».", .named),
        NewsCase("«s:The senator» «c:said» on X (formerly Twitter) that «t:the vote had been delayed».", .named),
        NewsCase("As «s:the coach» «c:put it», “«t:We were simply not good enough.»”", .named, quote: .direct),
        NewsCase("As «s:one analyst» «c:put it», «t:the bank \"blinked first.\"»", .anonymous, quote: .partial, anonymous: true),
        NewsCase("He put it on the shelf."),
        NewsCase("The government put it to voters in a referendum."),
        NewsCase("«s:Officials in Washington and Brussels» «c:said» «t:the tariffs would take effect in June».", .anonymous, anonymous: true),
        NewsCase("In remarks at a rally in Ohio, «s:the governor» «c:said» «t:the state would not back down».", .named),
        NewsCase("«s:The minister» «c:told a news conference» that «t:prices would fall by the summer».", .named),
        NewsCase("Unemployment rose to 5.2 percent, «c:according to» «s:data from the Labor Department».", .document, category: .nominal),
        NewsCase("«s:Ruiz» «c:has said» repeatedly that «t:she will not run again».", .named),
        NewsCase("«s:Environmental groups» «c:have long argued» that «t:the dam harms the river».", .named),
        NewsCase("«c:In the words of» «s:one trader», «t:the market had \"lost its nerve.\"»", .anonymous, quote: .partial, anonymous: true, category: .nominal),
        NewsCase("«s:The president» «c:wrote» on Truth Social that «t:the verdict was a disgrace».", .named),
        // A reason cited is no source; a subject before a mid-sentence "citing" aside is no content.
        NewsCase("«s:The bank», citing higher costs, «c:said» «t:profits would fall».", .named),
        NewsCase("The company cut its forecast, citing weak demand."),
        NewsCase("The newspaper reported, «c:citing» «s:unnamed officials», that «t:the deal was off».", .anonymous, anonymous: true,
                 category: .nominal),
        // "said only that …"; a reporter's ", without offering evidence" ends the content.
        NewsCase("Asked about the delay, «s:a spokeswoman for the ministry» «c:said» only that «t:the review was continuing».",
                 .anonymous, anonymous: true),
        NewsCase("«s:Opposition leaders» «c:claimed» «t:the election had been stolen», without offering evidence.", .anonymous, anonymous: true),
        // An adverbial with a "to"-phrase, then an aside, before "that"; a free relative is no statement.
        NewsCase("«s:The union» «c:said» in a letter to members, seen by Reuters, that «t:the strike would go ahead».", .named),
        NewsCase("«s:She» «c:said» in a speech to supporters, however, that «t:she would run».", .pronoun),
        NewsCase("«t:The ministry agreed early Tuesday to extend sanctions», «s:two diplomats» «c:said».", .anonymous, anonymous: true),
        NewsCase("A spokesperson for the prime minister declined to comment on what she called \"speculation.\""),
        // "who asked that her name not be used" is a reason for anonymity, not a statement of "asked".
        NewsCase("“«t:This is a disaster»,” «c:said» «s:one resident», «r:who asked that her name not be used».",
                 .anonymous, quote: .direct, anonymous: true),
        NewsCase("«s:One resident», «r:who asked that his name be withheld for fear of losing his job», «c:said» «t:the plant leaked».",
                 .anonymous, anonymous: true),
        // An interrupted quotation with an absolute phrase after the attribution is one statement.
        NewsCase("“«t:I have nothing to hide,” «s:Okafor» «c:told» the committee, her voice rising, “and I never did.»”", .named, quote: .direct),
        NewsCase("“«t:I have nothing to hide»,” «s:Okafor» «c:told» the committee, her voice rising.", .named, quote: .direct),
        // "told" + a short object + a bare past-tense clause.
        NewsCase("«s:The mayor» «c:told» Congress «t:the city needed help».", .named),
        NewsCase("«s:She» «c:told» the court «t:the man attacked her».", .pronoun),
        NewsCase("He told the story of the crash."),
        NewsCase("She told the officers the truth."),
        // A cue inside a relative clause: its content ends at the relative clause's closing comma.
        NewsCase("The bill, which «s:critics» «c:say» «t:would gut environmental protections», passed 52-48.", .vague, anonymous: true),
        NewsCase("«s:Officials in Washington, Brussels and Tokyo» «c:said» «t:the sanctions would take effect at midnight».",
                 .anonymous, anonymous: true),
        // Left alone (docs/corpus-annotation.md): a participle with a by-agent modifying a noun.
        NewsCase("The deficit will reach $2 trillion, a figure disputed by the Congressional Budget Office."),
        // ", though both cautioned that …" is a new statement: the first content ends before it.
        NewsCase("«s:Two people briefed on the talks» «c:said» «t:a deal could come as soon as Friday», though both cautioned that details remained unsettled.",
                 .anonymous, anonymous: true),
        // More court copy.
        NewsCase("«s:The defendant's mother» «c:told reporters» outside the courthouse that «t:her son was innocent».", .named),
        NewsCase("«s:The arresting officer» «c:testified» that «t:the suspect ran».", .named),
        NewsCase("«s:The medical examiner» «c:said» «t:the death was a homicide».", .named),
        NewsCase("«s:An officer» «c:testified» that «t:the suspect ran».", .anonymous, anonymous: true),
        // A pronoun object of a quoted label ("described it as \"…\"").
        NewsCase("«s:Two former officials with knowledge of the plan» «c:described» «t:it as \"aggressive but measured.\"»",
                 .anonymous, quote: .partial, anonymous: true, level: .medium),
        NewsCase("«s:The mayor» «c:called» «t:them \"liars and cowards.\"»", .named, quote: .partial, level: .medium),
        NewsCase("She called it a day."),
        NewsCase("The senator called him on Tuesday."),
        // Political copy: "charge that", "point out that", campaign polling.
        NewsCase("«s:Critics» «c:charge» that «t:the program wastes billions of dollars».", .vague, anonymous: true),
        NewsCase("«s:Supporters of the measure» «c:point out» that «t:similar laws have passed in 12 states».", .vague, anonymous: true),
        NewsCase("«s:The campaign's internal polling» «c:shows» «t:the race tightening in Pennsylvania».", .document, category: .document),
        NewsCase("Prosecutors charged him with murder."),
        NewsCase("The museum charged $20 for entry."),
        NewsCase("He faces charges that he stole the money."),
        NewsCase("They point out the window."),
        // "“…,” as the coach put it": an "as"-clause after the quotation.
        NewsCase("“«t:We were outplayed»,” as «s:the coach» «c:put it».", .named, quote: .direct),
        NewsCase("“It is over,” as the saying goes."),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// Court participants named by role need no reason for anonymity; unnamed people around the case do.
    @Test(arguments: [
        ("The witness said she saw the defendant leave the building at midnight.", false),
        ("The detective told jurors the gun was never found.", false),
        ("Ms Vance's lawyer said his client would appeal.", false),
        ("The jury foreman said the panel had reached a verdict.", false),
        ("Defense attorneys said the search had been unlawful.", false),
        ("A person close to the defense said the client would not testify.", true),
        ("A witness said the men wore masks.", true),
        ("Two jurors said the deliberations were tense.", true),
        ("Vance's aide said the plan was dead.", true),
    ])
    func courtRoles(_ text: String, _ flagged: Bool) {
        NewsStyleTests.expectNoReason(text, flagged: flagged)
    }
}
