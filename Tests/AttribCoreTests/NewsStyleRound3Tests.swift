import AttribCore
import Testing

/// Round-3 news styles, marked as in ``NewsStyleTests``: names in apposition after a role,
/// institutional groups, pronoun subjects of passives, "was told by", editorial appositives,
/// economic releases, sports quotes, court rulings, lists of sources, polls and data, op-ed
/// sourcing. Written for these tests; each runs as written and after a multi-byte prefix.
@Suite("News styles, round 3")
struct NewsStyleRound3Tests {
    static let cases: [NewsCase] = [
        // A name in apposition after a role: the source covers both, and it is named.
        NewsCase("«s:A spokeswoman for the school district, Dana Cole», «c:said» «t:the buses would run on Monday».", .named),
        NewsCase("«s:The company's chief executive, Mark Ruiz», «c:said» «t:the layoffs were necessary».", .named),
        NewsCase("«s:One analyst, Mark Li of Barclays», «c:said» «t:the figures were weak».", .named),
        NewsCase("«s:The club's manager, Pep Ruiz», «c:told reporters» that «t:the injury was not serious».", .named),
        NewsCase("«s:An official», on Tuesday, «c:said» «t:the border would reopen».", .anonymous, anonymous: true),
        // A capitalised institution before a group says which members: anonymous, not vague.
        NewsCase("«s:House Republicans» «c:said» «t:the bill would not pass this year».", .anonymous, anonymous: true),
        NewsCase("«s:Senate Democrats» «c:argued» that «t:the cuts went too far».", .anonymous, anonymous: true),
        NewsCase("«s:Local residents» «c:said» «t:the water smelled of fuel».", .vague, anonymous: true),
        NewsCase("«s:Some House Republicans» «c:said» «t:the bill would fail».", .vague, anonymous: true),
        // Pronoun subjects of passives; "was told by X that …".
        NewsCase("«t:It» «c:was confirmed» by «s:the ministry» on Tuesday.", .named, level: .medium),
        NewsCase("«t:This» «c:was denied» by «s:the company».", .named, level: .medium),
        NewsCase("He «c:was told» by «s:a senior official» that «t:the plan had been scrapped».", .anonymous, anonymous: true),
        NewsCase("Reporters «c:were told» by «s:police» that «t:the suspect had fled».", .named),
        NewsCase("He was told by doctors to rest."),
        NewsCase("She was told by police."),
        NewsCase("This story was reported by Jane Doe."),
        // The story's comment on what was said is not content.
        NewsCase("«s:The army» «c:said» «t:it had killed dozens of militants», a claim that could not be independently verified.", .named),
        NewsCase("«s:Officials» «c:said» «t:the toll was likely to rise», an assertion that could not be confirmed.", .anonymous, anonymous: true),
        // Economic data releases.
        NewsCase("«t:The economy added 150,000 jobs in October», «s:the Labor Department» «c:said» in a report on Friday.", .named),
        NewsCase("«t:Consumer prices rose 0.3% in September», «s:the Commerce Department» «c:reported» Thursday.", .named),
        NewsCase("«t:The unemployment rate rose to 4.1%», «c:according to» «s:the Bureau of Labor Statistics».", .named, category: .nominal),
        NewsCase("«s:Data from the statistics agency» «c:showed» «t:exports fell 5% in the third quarter».", .document, category: .document),
        NewsCase("«s:A Lakeshore University poll» «c:found» «t:Dell leading Brandt 31% to 24%».", .document, category: .cognition),
        NewsCase("The economy added 150,000 jobs in October."),
        NewsCase("The photos showed firefighters battling the blaze."),
        // Sports quotes.
        NewsCase("\"«t:We just didn't show up in the second half»,\" «s:coach Dana Reyes» «c:said» after the 3-1 loss.", .named, quote: .direct),
        NewsCase("\"«t:It's the best I've felt all season»,\" «c:said» «s:Otoo», who scored twice.", .named, quote: .direct),
        NewsCase("\"«t:We will appeal»,\" «s:the company» «c:said» in a statement, adding that it \"strongly disagrees\" with the verdict.", .named, quote: .direct),
        // Courts.
        NewsCase("In a 42-page ruling, «s:U.S. District Judge Maria Chen» «c:wrote» that «t:the law was unconstitutional».", .named),
        NewsCase("«s:The appeals court» «c:ruled» that «t:the lower court had erred».", .named, category: .cognition),
        NewsCase("«s:Prosecutors» «c:allege» that «t:the defendant stole $3 million».", .named),
        // Lists of sources.
        NewsCase("«s:Officials from the State Department, the Pentagon and the White House» «c:said» «t:the talks would resume next week».", .anonymous, anonymous: true),
        NewsCase("«s:Officials in Kyiv, Warsaw and Berlin» «c:said» «t:the shipment had arrived».", .anonymous, anonymous: true),
        NewsCase("«s:Economists at Goldman Sachs and JPMorgan» «c:said» «t:the data pointed to a slowdown».", .named),
        // Op-ed and analysis sourcing; contrasting clauses end a content.
        NewsCase("«s:Analysts» «c:say» «t:the central bank is unlikely to cut rates before summer».", .vague, anonymous: true),
        NewsCase("«s:Residents» «c:said» «t:they had been warned», while officials insisted the alarms had worked.", .vague, anonymous: true),
        NewsCase("Residents said they had been warned, while «s:officials» «c:insisted» «t:the alarms had worked».", .anonymous, anonymous: true),
        NewsCase("«s:A source close to the matter» «c:said» «t:the deal was off».", .anonymous, anonymous: true),
        NewsCase("«c:According to» «s:people familiar with the matter», «t:the merger is off».", .anonymous, anonymous: true, category: .nominal),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// Pronouns resolve to the person the story is about: a name after a title counts as a known
    /// surname, and two people joined by "and" are a "they".
    @Test(arguments: [
        ("In a memo, Chief Executive Dana Okonkwo wrote that the company had hired too fast. A person close to the board said directors had discussed replacing Okonkwo, who spoke on condition of anonymity because the talks were private. Okonkwo addressed employees on Tuesday. She told them the company would recover.", "She", "Okonkwo"),
        ("Many residents said the river smelled. Jorge Ramírez and his wife Elena said they had moved their cattle. They said the company had not told them whether the water was safe.", "They", "Jorge Ramírez and his wife Elena"),
    ])
    func pronounResolution(_ text: String, _ pronoun: String, _ antecedent: String) throws {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            let at = try #require(a.attributions.last { $0.source.map { a.text($0.span) } == pronoun })
            #expect(at.source?.resolved.map { a.text($0) } == antecedent)
            #expect(!at.anonymous)
        }
    }

    /// A negative subject attributes nothing; a plural capitalised only at the sentence start is no name.
    @Test func negativeSubjectsAndOpeningPlurals() {
        for prefix in ["", NewsStyleTests.prefix] {
            var a = NewsStyleTests.analyzer.analyze(text: prefix + "They said nobody from the company had told them whether the river was safe.")
            #expect(a.attributions.map { a.text($0.cue!.span) } == ["said"])
            a = NewsStyleTests.analyzer.analyze(text: prefix + "Delegates from smaller countries argue that those nations should pay the most.")
            #expect(a.attributions.first?.source?.kind == .vague)
        }
    }

    /// A reason given at the next mention that refers back covers the first mention; a source
    /// never given one is still flagged.
    @Test func reasonAtTheNextMention() {
        let text = "The White House is weighing a withdrawal, according to three U.S. officials. "
            + "The officials, who spoke on the condition of anonymity to discuss internal deliberations, said no decision had been made.\n\n"
            + "A European diplomat said allies were surprised. The diplomat, who spoke on condition of anonymity because the talks are confidential, said the plan would be discussed in Brussels.\n\n"
            + "A congressional aide said lawmakers had not been briefed."
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            let flagged = a.findings.filter { $0.rule.hasPrefix("anonymous-source") }.map { a.text($0.span) }
            #expect(flagged == ["A congressional aide"])
        }
    }

    /// A reason stated before the sources it covers ("The officials spoke on condition of
    /// anonymity because … . Officials said …") covers them; a different source is still flagged.
    @Test func reasonBeforeTheSources() {
        let text = "Two officials spoke on condition of anonymity because the talks are private. The talks had stalled. "
            + "Officials said a deal was still possible. A banker said rates would rise."
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            let flagged = a.findings.filter { $0.rule == "anonymous-source.no-reason" }.map { a.text($0.span) }
            #expect(flagged == ["A banker"])
            #expect(!a.findings.contains { $0.rule == "claim.unattributed" })
        }
    }
}
