@testable import AttribCore
import Testing

/// Round-13 news styles, marked as in ``NewsStyleTests``: business, economy, science, health,
/// weather and crime wire copy — findings with a noun-phrase object ("found no evidence of …"),
/// bare clauses after "showed", "found", "indicate" and "allege", estimates put at a figure,
/// adverbial phrases between a cue and its "that", consensus forecasts, and acts that only look
/// like statements. Written for these tests; each runs as written and after a multi-byte prefix.
@Suite("News styles, round 13")
struct NewsStyleRound13Tests {
    static let cases: [NewsCase] = [
        // A finding with a noun-phrase object: evidence, a link, a sign, a rise (medium at most).
        NewsCase("«s:The trial» «c:found» «t:no link between the supplement and kidney stones».", .document,
                 category: .cognition, level: .medium),
        NewsCase("«s:The ethics panel's inquiry» «c:found» «t:no evidence of wrongdoing by the treasurer».", .document,
                 category: .cognition, level: .medium),
        NewsCase("«s:Crash investigators» «c:found» «t:no sign of engine failure».", .anonymous, anonymous: true,
                 category: .cognition, level: .medium),
        NewsCase("«s:The audit» «c:found» «t:serious weaknesses in the ministry's payroll system».", .document,
                 category: .cognition, level: .medium),
        NewsCase("«s:The survey» «c:found» «t:broad support for a four-day week among younger workers».", .document,
                 category: .cognition, level: .medium),
        NewsCase("«s:The lab team» «c:found» «t:no evidence that the coating leached into food».", .named,
                 category: .cognition, level: .medium),
        NewsCase("«s:The study» «c:found» «t:a 14 percent drop in emergency visits after the ban».", .document,
                 category: .cognition, level: .medium),
        NewsCase("«s:The trial», which was funded by the drugmaker, «c:found» «t:no significant difference between the two groups».",
                 .document, category: .cognition, level: .medium),
        NewsCase("«s:The county's water tests» «c:showed» «t:high levels of nitrates in three wells».", .document,
                 category: .document, level: .medium),
        NewsCase("«s:The figures» «c:showed» «t:a steep decline in new orders».", .document, category: .document, level: .medium),
        // Ordinary acts of finding: a thing, a person, a buyer, a verdict.
        NewsCase("Police found the body in a ravine near the county road."),
        NewsCase("The retailer found a buyer for its furniture division."),
        NewsCase("Divers found the wreck at a depth of 40 meters."),
        NewsCase("The jury found the former treasurer guilty on all counts."),
        NewsCase("Hikers found no trace of the missing dog."),
        NewsCase("The midfielder found a gap in the defense and scored."),
        // Showing a sign is a finding only when a document shows it.
        NewsCase("The economy showed signs of cooling in the third quarter."),
        NewsCase("The team showed improvement after the break."),
        NewsCase("«s:The data» «c:show» «t:a sharp increase in overdose deaths».", .document, category: .document, level: .medium),

        // Bare clauses after "showed", "found", "indicate" and "allege".
        NewsCase("«s:Data from the Commerce Department» «c:showed» «t:builders started 1.3 million homes in May».", .document,
                 category: .document),
        NewsCase("«s:Payroll data» «c:showed» «t:employers added 210,000 jobs in June».", .document, category: .document),
        NewsCase("«s:Figures from the statistics office» «c:show» «t:wages rose».", .document, category: .document),
        NewsCase("«s:The review» «c:found» «t:nurses spent a third of each shift on paperwork».", .document, category: .cognition),
        NewsCase("«s:Early readings» «c:indicate» that «t:the aquifer is recovering».", .document),
        NewsCase("«s:Preliminary data» «c:indicate» «t:the booster cut hospital stays by half».", .document),
        NewsCase("«s:Prosecutors» «c:allege» «t:Marsh used client funds to buy a vineyard».", .named),
        NewsCase("«s:The lawsuit» «c:alleges» «t:the landlord ignored repeated complaints about mold».", .document),
        NewsCase("«s:Detectives» «c:believe» «t:the burglars knew the alarm code».", .anonymous, anonymous: true, category: .cognition),
        // An object and its participle is no clause ("found the van abandoned").
        NewsCase("Officers found the van abandoned on a service road."),
        NewsCase("Rangers found the hikers stranded on a ledge."),
        NewsCase("Deputies found the back door forced open."),
        NewsCase("«s:Fire investigators» «c:found» «t:the blaze started in a storage room».", .anonymous, anonymous: true,
                 category: .cognition),

        // An estimate put at a figure: the object and the figure are the content (medium at most).
        NewsCase("«s:Insurers» «c:estimate» «t:the losses at more than $3 billion».", .vague, anonymous: true, level: .medium),
        NewsCase("«s:Provincial authorities» «c:put» «t:the death toll at 23».", .named, level: .medium),
        NewsCase("«s:The relief agency» «c:put» «t:the number of people without shelter at about 40,000».", .named, level: .medium),
        NewsCase("«s:The ministry» «c:estimated» «t:the cost of the repairs at 1.2 billion euros».", .named, level: .medium),
        NewsCase("«s:The insurer» «c:put» «t:its storm losses at between $4 billion and $6 billion».", .named, level: .medium),
        NewsCase("«s:The company» «c:forecast» «t:second-quarter revenue between $1.1 billion and $1.2 billion».", .named, level: .medium),
        NewsCase("She put the keys on the counter."),
        NewsCase("The council put the plan to a vote at its March meeting."),
        NewsCase("Witnesses placed the suspect at the scene at 10 p.m."),
        NewsCase("The fund put $5 million into the startup."),

        // An adverbial phrase between the cue and "that" belongs to neither.
        NewsCase("«s:The manager» «c:said» after the match that «t:the referee had lost control».", .named),
        NewsCase("«s:The goalkeeper» «c:said» before the final that «t:nobody in the squad feared the holders».", .named),
        NewsCase("«s:The airline» «c:said» following the outage that «t:all flights would resume by noon».", .named),
        NewsCase("«s:The striker» «c:told reporters» after scoring twice that «t:the team had finally clicked».", .named),
        NewsCase("«s:Her lawyer» «c:said» outside court that «t:she would appeal».", .anonymous, anonymous: true),
        NewsCase("«s:The coach» «c:said» after the loss «t:his players had looked tired».", .named),
        NewsCase("«s:The senator» «c:said» after meeting the president «t:the bill was dead».", .named),
        NewsCase("«s:The mayor» «c:said» before that meeting «t:the plan was dead».", .named),
        NewsCase("«s:The company» «c:said» after markets closed that «t:it would cut 400 jobs».", .named),
        NewsCase("“«t:We simply ran out of legs»,” «s:the coach» «c:said» after the game.", .named, quote: .direct),

        // Consensus forecasts: a described group of forecasters, no confidential sourcing.
        NewsCase("«s:Economists polled by Reuters» «c:had forecast» «t:the increase».", .anonymous, anonymous: true, level: .medium),
        NewsCase("«s:Analysts surveyed by FactSet» «c:had expected» «t:a decline in quarterly sales».", .anonymous, anonymous: true,
                 category: .cognition, level: .medium),
        NewsCase("«s:Economists» «c:had expected» «t:the jobless rate to hold at 4.2 percent».", .vague, anonymous: true, category: .cognition),
        NewsCase("«s:The bank» «c:forecast» «t:a slowdown in lending next year».", .named, level: .medium),
        NewsCase("Forecasters forecast heavy rain for the weekend."),
        // Guidance: a company's expectation with an infinitive (not a headline's "Shares expected to …").
        NewsCase("«s:The automaker» now «c:expects» «t:to deliver about 1.8 million vehicles this year».", .named, category: .cognition),
        NewsCase("Shares expected to open lower"),
        NewsCase("The minister is expected to resign."),

        // Earnings and markets.
        NewsCase("«s:The chipmaker» «c:said» in a filing that «t:it would cut about 900 jobs».", .named),
        NewsCase("«t:Quarterly revenue rose 11 percent to $6.3 billion», «c:according to» «s:FactSet».", .named, category: .nominal),
        NewsCase("Shares fell 7 percent after «s:the company» «c:warned» that «t:orders from carmakers would weaken».", .named),
        NewsCase("«s:The retailer» «c:reported» «t:a net loss of $48 million».", .named, level: .medium),
        NewsCase("«t:The pill lowered cholesterol by a fifth», «s:the company» «c:said», citing results from a late-stage trial.", .named),
        NewsCase("«t:The pill lowered cholesterol by a fifth», the company said, «c:citing» «s:results from a late-stage trial».", .document,
                 category: .nominal),
        NewsCase("«s:The company» «c:told» investors «t:it expected margins to improve in the second half».", .named),
        NewsCase("«s:The lender's chief executive» «c:told» investors «t:the worst of the bad loans was behind it».", .named),
        NewsCase("«s:The retailer» «c:reported» «t:record sales for the holiday quarter».", .named, level: .medium),
        NewsCase("The retailer reported strong demand in the Midwest."),
        NewsCase("The company lowered its guidance for the year, citing weaker demand in Europe."),
        NewsCase("Acme reported the breach to regulators within a day."),
        NewsCase("«s:The club» «c:confirmed» «t:the striker's transfer» on its website.", .named, level: .medium),
        NewsCase("«s:Analysts at the brokerage» «c:wrote» in a note to clients that «t:the sell-off was overdone».", .anonymous,
                 anonymous: true),

        // Central banks and statistics agencies.
        NewsCase("«s:The Fed» «c:said» in its statement that «t:inflation remained somewhat elevated».", .named),
        NewsCase("«t:Consumer prices rose 0.3 percent in April», «s:the Labor Department» «c:said» Wednesday.", .named),
        NewsCase("«s:Figures released by the statistics office on Thursday» «c:showed» «t:exports fell for a third month».", .document,
                 category: .document),
        NewsCase("«s:The survey» «c:showed» «t:factory activity contracted in October».", .document, category: .document),
        NewsCase("«s:The chart» «c:shows» «t:rents climbed through the spring».", .document, category: .document),
        NewsCase("The gallery shows the mural restored to its original colors."),
        NewsCase("The map shows the route the convoy took."),
        NewsCase("Photos show the truck parked outside the depot."),

        // Science and health.
        NewsCase("«s:The researchers» «c:reported» in the journal Cell Metabolism that «t:the mice lost weight without eating less».",
                 .anonymous, anonymous: true),
        NewsCase("«s:The authors» «c:wrote» that «t:the sample was too small to rule out chance».", .named),
        NewsCase("«s:The study», which was funded by the National Science Foundation, «c:found» that «t:bees avoided treated fields».",
                 .document, category: .cognition),
        NewsCase("“«t:It is a careful piece of work»,” «c:said» «s:Dr. Amara Singh», an epidemiologist who was not involved in the study.",
                 .named, quote: .direct),
        NewsCase("«s:The findings» «c:suggest» «t:the virus may spread more easily in cold weather».", .document),
        NewsCase("«s:Researchers at the University of Leeds» analyzed records from 40,000 patients and «c:found» that «t:the drug cut strokes by a quarter».",
                 .named, category: .cognition),
        NewsCase("«s:Preliminary data from the trial» «c:indicate» that «t:the drug slows memory loss».", .document),

        // Weather and disasters.
        NewsCase("«s:Forecasters» «c:said» «t:the storm could drop a foot of snow on the passes».", .anonymous, anonymous: true),
        NewsCase("«t:The river will crest on Friday», «c:according to» «s:the National Weather Service».", .named, category: .nominal),
        NewsCase("The quake, which «s:the USGS» «c:said» «t:measured 6.1», struck shortly after midnight.", .named),
        NewsCase("«s:The U.S. Geological Survey» «c:said» «t:the quake struck at a depth of 12 kilometers».", .named),

        // Crime and courts.
        NewsCase("«s:Police» «c:said» «t:the suspect fled in a stolen pickup».", .named),
        NewsCase("«c:According to» «s:a criminal complaint», «t:the man sent threatening emails to the mayor».", .document, category: .nominal),
        NewsCase("«s:Court records» «c:show» «t:the contractor was sued twice in 2021».", .document, category: .document),
        NewsCase("«s:The complaint» «c:alleges» that «t:the bank misled borrowers about fees».", .document),
        NewsCase("Police found the stolen car abandoned in a parking garage."),
        NewsCase("Detectives found the knife in a neighbor's trash can."),
        NewsCase("«s:The indictment», unsealed Tuesday, «c:accuses» «t:the three men of smuggling 300 kilograms of cocaine».", .document,
                 level: .medium),
        NewsCase("«s:The lawsuit», filed in March, «c:accuses» «t:the landlord of ignoring repeated complaints».", .document, level: .medium),
        NewsCase("The suspect, who «s:police» «c:said» «t:had a history of violent threats», was taken to a hospital.", .named),
        NewsCase("«s:The World Meteorological Organization» «c:said» «t:last year was the hottest on record».", .named),
        NewsCase("«s:The agency» «c:said» last year that «t:the glacier had lost a fifth of its mass».", .named),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// Poll-of-economists consensus, public bodies of scientists and forecasters: sources, but not
    /// confidential ones; unnamed officials still need a reason.
    @Test(arguments: [
        ("Economists polled by Reuters had forecast the increase.", false),
        ("Analysts surveyed by FactSet had expected a decline in quarterly sales.", false),
        ("Crash investigators found no sign of engine failure.", false),
        ("Forecasters said the storm could drop a foot of snow on the passes.", false),
        ("Insurers estimate the losses at more than $3 billion.", false),
        ("Two officials estimate the losses at more than $3 billion.", true),
        ("Utility officials said it could take a week to restore power to the valley.", false),
        ("Emergency officials put the number of damaged homes at more than 600.", false),
    ])
    func consensusSources(_ text: String, _ flagged: Bool) {
        NewsStyleTests.expectNoReason(text, flagged: flagged)
    }
}
