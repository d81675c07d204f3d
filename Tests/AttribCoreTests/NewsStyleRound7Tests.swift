import AttribCore
import Testing

/// Round-7 news styles, marked as in ``NewsStyleTests``: public bodies described by role in science,
/// business and court copy (no anonymity reason is owed), party names speaking as institutions, social
/// handles, reasons that belong to one source only, asides between a cue and its clause, and PARC-style
/// constructions of political wire copy. Written for these tests; each runs as written and after a
/// multi-byte prefix.
@Suite("News styles, round 7")
struct NewsStyleRound7Tests {
    static let cases: [NewsCase] = [
        // Plural public roles stay anonymous sources (the findings are tested below).
        NewsCase("«s:The researchers» «c:reported» in the journal Cell that «t:the enzyme slowed tumor growth in mice».", .anonymous, anonymous: true, level: .medium),
        NewsCase("«s:Executives» «c:told» analysts on a conference call that «t:demand had softened in Europe».", .anonymous, anonymous: true),
        NewsCase("«s:Investigators» «c:found» that «t:the wiring had been installed without a permit».", .anonymous, anonymous: true, category: .cognition),
        NewsCase("«s:Federal investigators» «c:said» «t:the pilot had reported engine trouble».", .anonymous, anonymous: true),

        // A party speaking as an institution is named; members described by party are not.
        NewsCase("«s:Democrats» «c:said» «t:the spending bill would shortchange rural hospitals».", .named),
        NewsCase("«s:Republicans» «c:argued» that «t:the measure would raise taxes on small farms».", .named),
        NewsCase("«s:The Tories» «c:said» «t:the budget would crush small firms».", .named),
        NewsCase("«s:Labour» «c:said» «t:the government had lost control of the waiting lists».", .named),
        NewsCase("«s:Senior Democrats» «c:said» «t:the bill would not pass».", .anonymous, anonymous: true),
        NewsCase("«s:Some Republicans» «c:said» «t:the bill would fail».", .vague, anonymous: true),
        NewsCase("«s:Conservatives» «c:say» «t:the rule oversteps».", .vague, anonymous: true),
        NewsCase("«s:The Republicans» who broke ranks «c:said» «t:they had no regrets».", .anonymous, anonymous: true),
        NewsCase("«s:Two Republicans» «c:said» «t:they would vote no».", .anonymous, anonymous: true),

        // Handles are names, with the @.
        NewsCase("«s:@CityPolice» «c:said» «t:the parade route would be closed until noon».", .named),
        NewsCase("«s:The @WHO» «c:said» «t:the outbreak had been contained in two provinces».", .named),
        // Only a capital I is the pronoun.
        NewsCase("i think the vote was rigged."),
        NewsCase("«s:I» «c:think» «t:the vote was rigged».", .pronoun, category: .cognition),

        // A reason belongs to the source it was given for.
        NewsCase("Two officials, who spoke on condition of anonymity because the talks are private, said the deal was close. «s:Another official» «c:said» «t:the treasury had not signed off».", .anonymous, anonymous: true),
        NewsCase("A senior aide, who requested anonymity to discuss internal deliberations, said the governor was furious. «s:Officials» «c:said» «t:the budget would be delayed».", .anonymous, anonymous: true),
        NewsCase("One senator, who asked not to be named because he feared reprisals, said the nominee would fail. “«t:It’s a disaster»,” «s:one aide» «c:said».", .anonymous, quote: .direct, anonymous: true),
        NewsCase("Two officials, «r:who spoke on condition of anonymity because the talks are private», said the deal was close. «s:One» «c:said» «t:the treasury had not signed off».", .anonymous, anonymous: true),
        NewsCase("«s:A senior administration official», «r:speaking on the condition of anonymity to discuss internal deliberations», «c:said» «t:the president had not decided».", .anonymous, anonymous: true),

        // An aside between the cue and "that" is not content.
        NewsCase("«s:The senator» «c:said», without providing evidence, that «t:the ballots had been tampered with».", .named),
        NewsCase("«s:The minister» «c:said», however, that «t:the border would stay open».", .named),
        // "said of X:" before a quotation.
        NewsCase("«s:He» «c:said» of the proposal: “«t:It is a step backward.»”", .pronoun, quote: .direct),

        // Counted people are described, unnamed sources, not vague ones (a relative clause after the
        // source is not part of it, as elsewhere).
        NewsCase("«t:The chief of staff shouted at the commander», «c:according to» «s:three people» who attended the meeting.", .anonymous, anonymous: true, category: .nominal),
        NewsCase("«s:Two people» «c:said» «t:the meeting had been cancelled».", .anonymous, anonymous: true),
        NewsCase("«s:Many people» «c:said» «t:the meeting had been cancelled».", .vague, anonymous: true),

        // PARC-style constructions of political wire copy.
        NewsCase("«s:The Interior Ministry» «c:said» in a statement that «t:the border crossing would reopen Thursday».", .named),
        NewsCase("In a statement, «s:the hospital» «c:said» «t:the patient was in stable condition».", .named),
        NewsCase("“«t:We have no plans to raise fares»,” «c:said» «s:Dana Whitlock», a spokeswoman for the transit authority.", .named, quote: .direct),
        NewsCase("«s:Senator Ruth Caldera», who chairs the budget committee, «c:said» «t:the cuts were unavoidable».", .named),
        NewsCase("«s:The foreign minister» «c:was quoted by state media as saying» «t:the border would remain shut».", .named),
        NewsCase("«s:Harlan Price» «c:added» that «t:the union would appeal the ruling».", .named),
        NewsCase("«s:Ms. Okonjo» «c:argued» that «t:the tariff would hurt consumers».", .named),
        NewsCase("«s:The company» «c:acknowledged» that «t:customer data had been exposed».", .named),
        NewsCase("«t:The dam was structurally sound», «c:according to» «s:a statement from the water board».", .document, category: .nominal),
        NewsCase("«s:The inquiry» «c:concluded» that «t:the fire had been caused by a faulty heater».", .document, category: .cognition),
        NewsCase("«s:The investigation» «c:found» that «t:the officers had used excessive force».", .document, category: .cognition),
        NewsCase("«s:Sources close to the prime minister» «c:said» «t:she would not resign».", .anonymous, anonymous: true),
        NewsCase("«s:People briefed on the matter» «c:said» «t:the merger talks had collapsed».", .anonymous, anonymous: true),
        NewsCase("«s:Rep. Tom Harwick», R-Ohio, «c:said» «t:the package was too expensive».", .named),
        NewsCase("«s:The Kremlin's spokesman, Pavel Markov», «c:said» «t:the talks would continue».", .named),
        NewsCase("“«t:We are monitoring the situation closely»,” «s:the ministry» «c:said» in a post on X.", .named, quote: .direct),
        NewsCase("«s:The senator» «c:said» «t:the claims were “absurd.”»", .named, quote: .partial),
        NewsCase("“«t:The problem,” «c:said» «s:the treasurer», “is that nobody reads the fine print.»”", .named, quote: .direct),
        // Accusations and blame: the accused and the charge are the content (medium confidence at most).
        NewsCase("«s:The opposition» «c:accused» «t:the government of rigging the tender».", .named, level: .medium),
        NewsCase("«s:The mayor» «c:blamed» «t:the state for the delays on the bridge».", .named, level: .medium),
        NewsCase("«s:Democrats» «c:accused» «t:him of stalling the investigation».", .named, level: .medium),
        NewsCase("The accused man was released on bail."),
        NewsCase("Nobody is to blame."),
        // ", calling it …" is its own statement; the clause before it ends at the comma.
        NewsCase("«s:The White House» «c:said» Monday that «t:it would not release the memo», calling it privileged.", .named),
        // The story's comment on the claim is not part of it.
        NewsCase("«s:The prime minister» «c:told» parliament that «t:the country would meet its targets», a claim disputed by independent analysts.", .named),
        // A document states a bare clause with an irregular past verb.
        NewsCase("«s:The lawsuit» «c:claims» «t:the company knew about the defect for years».", .document),
        // ALL-CAPS headlines with a noun object (not "CONFIRMS" a person).
        NewsCase("«s:MAYOR» «c:ANNOUNCES» «t:NEW BUDGET»", .named, level: .medium),
        NewsCase("«s:MINISTRY» «c:DENIES» «t:ANY ROLE IN BLAST»", .named, level: .medium),
        NewsCase("SENATE CONFIRMS JANE DOE AS JUDGE"),
        // "Another officer …, saying": the whole subject, and no reason borrowed from an earlier officer.
        NewsCase("A senior officer, speaking on condition of anonymity because he was not authorized to discuss planning, said units were ready. «s:Another officer» disputed that account, «c:saying» «t:the orders had not changed».", .anonymous, anonymous: true),
        // "on background" is a (rote) reason for anonymity.
        NewsCase("«s:A National Security Council spokesman», «r:who would speak only on background», «c:said» «t:the president would decide».", .anonymous, anonymous: true),
        // A nested passive reports from inside the statement; a modal passive reports nothing.
        NewsCase("The minister said «t:the figure» «c:had been disputed» by «s:analysts».", .vague, anonymous: true),
        NewsCase("«s:The officials» «c:cautioned» that «t:any change would be announced by the Pentagon».", .anonymous, anonymous: true),
        // Content does not open with "against": "argued against any delay" reports a position, not words.
        NewsCase("«s:People close to the defense secretary» «c:say» «t:he has argued against any delay».", .anonymous, anonymous: true),
        // Commitments: the infinitive is what was promised.
        NewsCase("«s:The governor» «c:vowed» «t:to veto any bill that raised taxes».", .named),
        NewsCase("«s:The union» «c:threatened» «t:to strike on Monday».", .named),
        NewsCase("The rebels vowed revenge."),
        NewsCase("«s:Polls» «c:show» «t:the race is tied».", .document, category: .document),
        // The possessor of a "response … was blunt:" speaks, titled or named.
        NewsCase("«s:The senator»'s response was blunt«c::» “«t:Absolutely not.»”", .named, quote: .direct, category: .nominal),
        // "reported, citing unnamed officials, that …": the report and the citation each attribute the clause.
        NewsCase("«s:The newspaper» «c:reported», citing unnamed officials, that «t:the ceasefire had been breached twice».", .named),
        NewsCase("The newspaper reported, «c:citing» «s:unnamed officials», that «t:the ceasefire had been breached twice».", .anonymous, anonymous: true, category: .nominal),
        // Party and state in parentheses after a name; a title before an appositive name.
        NewsCase("«s:Senate Majority Leader Dana Kerr» (D-Vt.) «c:said» «t:the chamber would vote next week».", .named),
        NewsCase("“«t:It’s time»,” «s:Gov. Ray Ortiz» (R) «c:said».", .named, quote: .direct),
        NewsCase("“«t:We will vote next week»,” «c:said» «s:Senate Majority Leader Dana Kerr» (D-Vt.).", .named, quote: .direct),
        NewsCase("«t:The chamber will vote next week», «c:said» «s:Sen. Dana Kerr» (D-Vt.), who leads the majority.", .named),
        NewsCase("«s:The state's top election official, Secretary of State Maria Lund», «c:said» «t:the count would take days».", .named),
        // Anonymous-sourcing phrases: "those familiar with", people described by a restrictive clause,
        // a reason after the content.
        NewsCase("«s:Those familiar with the negotiations» «c:said» «t:a deal was unlikely».", .anonymous, anonymous: true),
        NewsCase("«s:Those close to him» «c:say» «t:he is exhausted».", .anonymous, anonymous: true),
        NewsCase("«c:According to» «s:people» who have seen the document, «t:the plan calls for 5,000 job cuts».", .anonymous, anonymous: true, category: .nominal),
        NewsCase("«s:People» who attended the meeting «c:said» «t:it was tense».", .anonymous, anonymous: true),
        NewsCase("«t:The chief of staff, «c:according to» «s:three people» who attended the meeting, shouted at the commander».", .anonymous, anonymous: true, category: .nominal),
        NewsCase("«s:A Justice Department official» «c:said» «t:the inquiry was continuing», speaking «r:on condition of anonymity to discuss an ongoing investigation».", .anonymous, anonymous: true),
        NewsCase("This is what officials said."),
        // A second verb with an accusation or a noun phrase shares the first verb's source.
        NewsCase("«s:Majority Leader Tom Reyes» (D-Ore.) said Republicans had walked away and «c:accused» «t:them of holding federal workers hostage».", .named, level: .medium),
        NewsCase("«s:The company» said it would cooperate and «c:denied» «t:any wrongdoing».", .named, level: .medium),
        // A parenthesis before a comma aside.
        NewsCase("«s:Sen. Alma Price» (R-Kan.), who led the opposition, «c:said» in a floor speech that «t:the measure was “a wish list, not a budget.”»", .named, quote: .partial),
        // "agreed on a figure" is an act; unions speak as institutions.
        NewsCase("«s:One aide» «c:said» «t:a deal could come together if leaders agreed on a figure».", .anonymous, anonymous: true),
        NewsCase("«s:Federal employee unions» «c:warned» that «t:workers would go without pay».", .named),
        NewsCase("«s:Officials» speaking privately «c:said» «t:the budget would be cut».", .anonymous, anonymous: true),
        // Science and business copy: independent experts, figures with their marks.
        NewsCase("«s:Experts not involved in the study» «c:said» «t:the results were encouraging».", .anonymous, anonymous: true),
        NewsCase("«s:Analysts polled by the agency» «c:expect» «t:growth of 2.1%» this year.", .anonymous, anonymous: true, category: .cognition, level: .medium),
        // "…, most of whom spoke on condition of anonymity" is the sourcing, not the content; "Two of
        // them" and "A third" are members of that group and share its reason.
        NewsCase("«t:The agreement fell apart in the final hour», «c:according to» «s:five people involved in the negotiations», «r:most of whom spoke on the condition of anonymity because they were not authorized to discuss the talks».", .anonymous, anonymous: true, category: .nominal),
        NewsCase("The deal fell apart, according to five people involved in the talks, «r:most of whom spoke on the condition of anonymity because they were not authorized to discuss them». «s:Two of them» «c:said» «t:the buyer had demanded changes».", .anonymous, anonymous: true),
        NewsCase("The deal fell apart, according to five people involved in the talks, «r:most of whom spoke on the condition of anonymity because they were not authorized to discuss them». Two of them said the buyer had demanded changes. «s:A third» «c:said» «t:the mood was toxic».", .anonymous, anonymous: true),
        // A group granted anonymity is described, not vague.
        NewsCase("«s:Several employees at the port», «r:who declined to give their names for fear of retaliation», «c:said» «t:they had been told nothing».", .anonymous, anonymous: true),
        NewsCase("«s:Several employees at the port» «c:said» «t:they had been told nothing».", .vague, anonymous: true),
        // A reason after the trailing cue and its audience ends the attribution.
        NewsCase("«t:The deal is close», «s:an official» «c:told» Reuters «r:on condition of anonymity to discuss private talks».", .anonymous, anonymous: true),
        NewsCase("«t:The strike was called off late Tuesday», «s:a union official» «c:said» «r:on condition of anonymity because the talks were continuing».", .anonymous, anonymous: true),
        NewsCase("“«t:It is over»,” «s:one official» «c:said», «r:asking not to be named».", .anonymous, quote: .direct, anonymous: true),
        // A pronoun resolved to an anonymous source takes the reason given for it.
        NewsCase("A senior official, «r:who spoke on condition of anonymity because the review is confidential», said the program would be cut. «s:He» «c:said» «t:the decision was final».", .pronoun, anonymous: true),
        NewsCase("Two diplomats said the talks had stalled. They spoke «r:on condition of anonymity to discuss private negotiations». «s:They» «c:said» «t:a new round was unlikely».", .pronoun, anonymous: true),
        // More verbs of saying: repeated, joked, countered.
        NewsCase("“I regret nothing,” Ms. Alder told the court. “«t:Nothing at all»,” «s:she» «c:repeated».", .pronoun, quote: .direct),
        NewsCase("«s:The senator» «c:countered» that «t:the bill had been fully funded».", .named),
        NewsCase("The company repeated its forecast for the year."),
        // "The two leaders" after named leaders names them again; "the two officials" after two
        // anonymous officials is those officials.
        NewsCase("President Ana Ruiz met Chancellor Otto Weber on Monday. Ruiz said the talks were useful.\n\n«s:The two leaders» «c:said» in a joint statement that «t:they would cooperate on energy».", .named),
        NewsCase("Two officials, «r:who spoke on condition of anonymity because the talks are private», said the deal was close. «s:The two officials» «c:said» «t:a signing was planned».", .anonymous, anonymous: true),
        NewsCase("«s:The two leaders» «c:said» «t:they would cooperate on energy».", .anonymous, anonymous: true),
        // A name in apposition after a role, after the cue too, names the source.
        NewsCase("“«t:We are ready»,” «c:said» «s:a spokeswoman, Dana Cole».", .named, quote: .direct),
        NewsCase("«c:According to» «s:a spokesman, Luis Vega», «t:the plant will reopen».", .named, category: .nominal),
        NewsCase("«t:The plant will reopen», «c:said» «s:a company spokesman, Luis Vega», on Tuesday.", .named),
        NewsCase("“«t:We are ready»,” «c:said» «s:Maria Okafor», the union's president.", .named, quote: .direct),
        // Base-form verbs of estimating and predicting; ", though some believe …" is a clause of its own.
        NewsCase("«s:Industry officials» «c:estimate» that «t:imports will fall 8% this year».", .anonymous, anonymous: true),
        NewsCase("«t:The plant will close», «c:according to» «s:an estimate by the council».", .document, category: .nominal),
        NewsCase("«s:Analysts» «c:expect» «t:the Fed to hold rates steady», though some believe a cut is possible.", .vague, anonymous: true, category: .cognition),
        NewsCase("Analysts expect the Fed to hold rates steady, though «s:some» «c:believe» «t:a cut is possible».", .vague, anonymous: true, category: .cognition),
        // No statement: nothing to attribute.
        NewsCase("A spokesperson for the ministry declined to comment."),
        NewsCase("A spokesman for the company did not respond to a request for comment."),
        NewsCase("The minister did not say when the border would reopen."),
        NewsCase("The company declined to say whether more layoffs were planned."),
        NewsCase("The foreign minister is expected to say on Monday that the embassy will reopen."),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// `anonymous-source.no-reason` is about confidential sourcing: an uncounted plural of a public
    /// role is not flagged; one person, a counted, senior or qualified group and the roles of
    /// confidential sourcing are.
    @Test(arguments: [
        ("The researchers reported in the journal Cell that the enzyme slowed tumor growth in mice.", false),
        ("Executives told analysts on a conference call that demand had softened in Europe.", false),
        ("Investigators found that the wiring had been installed without a permit.", false),
        ("Scientists at the institute said the glacier was melting faster than expected.", false),
        ("Federal investigators said the pilot had reported engine trouble.", false),
        ("State regulators said the utility had broken the rules.", false),
        ("Experts not involved in the study said the results were encouraging.", false),
        ("Two investigators said the wiring had been installed without a permit.", true),
        ("An investigator said the wiring had been installed without a permit.", true),
        ("Officials said the budget would be delayed.", true),
        ("Senior Pentagon officials said the deployment would begin in March.", true),
        ("Senior executives said the plant would close.", true),
        ("People briefed on the matter said the merger talks had collapsed.", true),
        ("Researchers familiar with the review said the data had been altered.", true),
        ("Hospital officials said three patients were in critical condition.", true),
        ("Two officials, who spoke on condition of anonymity because the talks are private, said the deal was close. Another official said the treasury had not signed off.", true),
    ])
    func noReasonFinding(_ text: String, _ flagged: Bool) {
        NewsStyleTests.expectNoReason(text, flagged: flagged, attributed: false)
    }

    /// A pronoun does not resolve to a place or an institution named after "the", and a titled name
    /// with an organisation word before it ("City Manager Alan Brooks") makes its surname a person.
    @Test func pronounsSkipPlacesAndFindTitledSurnames() {
        let text = "A senior official said the United States had warned Tehran repeatedly.\n\n"
            + "\"I have nothing to hide,\" he told the committee.\n\n"
            + "City Manager Alan Brooks presented the budget. The plan funds the Riverton Community Center. "
            + "Brooks said the reserve was safe. He added that taxes would not rise."
        let a = NewsStyleTests.analyzer.analyze(text: text)
        let resolved = a.attributions.compactMap { at in at.source?.resolved.map { a.text($0) } }
        #expect(resolved == ["A senior official", "Brooks"])
    }

    /// A modal passive ("would be announced by") is a prospect, not a report; a singular pronoun does
    /// not resolve to plural people.
    @Test func modalPassiveAndPluralAntecedents() {
        let a = NewsStyleTests.analyzer.analyze(text: "The officials cautioned that any change would be announced by the Pentagon.")
        #expect(a.attributions.count == 1)
        let b = NewsStyleTests.analyzer.analyze(text: "People close to the defense secretary say he has argued against any delay.")
        #expect(!b.attributions.contains { $0.source?.kind == .pronoun })
        let c = NewsStyleTests.analyzer.analyze(text: "Two former officials familiar with the planning said the pace was slow.\n\nHe said the plan was sound.")
        let he = c.attributions.first { $0.source?.kind == .pronoun }
        #expect(he?.source?.resolved == nil)
    }

    /// "agreed on / to / with" reports an act, so nothing nested in a statement is attributed to "leaders".
    @Test func agreedOnIsAnAct() {
        let a = NewsStyleTests.analyzer.analyze(text: "One aide said a deal could come together if leaders agreed on a figure.")
        #expect(a.attributions.count == 1)
    }

    /// A party is not a person: "he" does not resolve to it.
    @Test func pronounDoesNotResolveToAParty() {
        let a = NewsStyleTests.analyzer.analyze(text: "The Republicans said the bill would fail. He said the Conservatives would win.")
        let he = a.attributions.first { $0.source?.kind == .pronoun }
        #expect(he != nil && he?.source?.resolved == nil)
    }

    /// A party speaking as an institution is not a vague source.
    @Test(arguments: ["Democrats said the bill would fail.", "The Tories said the budget would crush small firms.",
                      "Republicans argued that the measure would raise taxes."])
    func partyIsNotVague(_ text: String) {
        let a = NewsStyleTests.analyzer.analyze(text: text)
        #expect(!a.findings.contains { $0.rule == "source.vague" || $0.rule == "anonymous-source.no-reason" })
        #expect(a.attributions.count == 1)
    }
}
