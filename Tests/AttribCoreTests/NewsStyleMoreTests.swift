import AttribCore
import Testing

/// More news styles, marked as in ``NewsStyleTests``: relative-clause and passive sources, split
/// cues, verbs whose content is a noun phrase, party and nationality modifiers, institutional
/// sources, wire copy with datelines, court, police, business and science reporting, negated cues.
/// The passages were written for these tests. Each runs as written and after a multi-byte prefix.
@Suite("More news styles")
struct NewsStyleMoreTests {
    static let cases: [NewsCase] = [
        // A relative clause's antecedent is the source.
        NewsCase("The measure was blocked by «s:the opposition», which «c:said» «t:it would raise taxes for renters».", .named),
        NewsCase("The bill’s author is «s:Tom Mercer», who «c:said» «t:the law was long overdue».", .named),
        NewsCase("«s:Mercer», who «c:said» «t:the law was long overdue», voted against the amendment.", .named),
        NewsCase("The plan was backed by «s:a spokesman for the company», who «c:said» «t:it was financially sound».", .anonymous, anonymous: true),
        NewsCase("The bill was opposed by «s:the Ministry of Defence», which «c:said» «t:it would cost too much».", .named),
        NewsCase("He met «s:Alvarez», who «c:told» him «t:the vote had been delayed».", .named),
        NewsCase("«s:A worker on the night shift», «r:who asked not to be named because she feared losing her job», «c:said» «t:the alarms had been switched off».", .anonymous, anonymous: true),
        // Passive cues with an agent: the agent is the source, the subject what was said.
        NewsCase("«t:The resignation» «c:was confirmed» by «s:a spokesman for the club».", .anonymous, anonymous: true),
        NewsCase("«t:The closure of the plant» «c:was announced» by «s:the ministry» on Tuesday.", .named),
        NewsCase("«t:The figure» «c:has been disputed» by «s:independent analysts».", .vague, anonymous: true),
        NewsCase("«t:The death toll» «c:was later confirmed» by «s:local officials».", .anonymous, anonymous: true),
        NewsCase("The figure was disputed by «s:analysts», who «c:said» «t:it left out part-time workers».", .vague, anonymous: true),
        NewsCase("The plant was built by a French company in the 1970s."),
        NewsCase("The resignation was not confirmed by the club."),
        // A split cue: the outlet that quoted the speaker sits inside the cue.
        NewsCase("«s:The general» «c:was quoted by state media as saying» «t:the offensive had ended».", .named),
        NewsCase("«s:The minister» «c:was quoted by the Interfax news agency as saying» that «t:talks would resume next week».", .named),
        // Verbs whose content is a noun phrase: medium confidence, never a person or an act.
        NewsCase("«s:Moscow» «c:has denied» «t:any involvement in the poisoning».", .named, level: .medium),
        NewsCase("«s:The company» «c:acknowledged» «t:the error» in a statement on Friday.", .named, level: .medium),
        NewsCase("«s:The club» «c:confirmed» «t:the departure of its head coach» on Tuesday.", .named, level: .medium),
        NewsCase("«s:The ministry» «c:rejected» «t:the allegations» as baseless.", .named, level: .medium),
        NewsCase("«s:The White House» «c:disputed» «t:the account», and the senator stood by it.", .named, level: .medium),
        NewsCase("«s:The company» «c:denied» «t:wrongdoing» and said it would cooperate with the inquiry.", .named, level: .medium),
        NewsCase("«s:The company» denied wrongdoing and «c:said» «t:it would cooperate with the inquiry».", .named),
        NewsCase("«s:She» «c:acknowledged» «t:the plan was flawed» but said it was the only option.", .pronoun),
        NewsCase("The council denied the request for an extension."),
        NewsCase("The judge denied bail."),
        NewsCase("The Senate confirmed the nominee on Thursday."),
        NewsCase("The union rejected the offer and called a strike."),
        NewsCase("The minister would not confirm the report."),
        NewsCase("The company declined to confirm the figure."),
        // Party and nationality words describe a group; they do not name it.
        NewsCase("«s:Senior Democrats» «c:said» «t:the bill would not pass the Senate this year».", .anonymous, anonymous: true),
        NewsCase("«s:Republican lawmakers» «c:said» «t:they would block the nomination».", .anonymous, anonymous: true),
        NewsCase("«s:Conservative MPs» «c:said» «t:the leader had lost the confidence of the party».", .anonymous, anonymous: true),
        // A party speaking as an institution is named (round 7; it was vague before).
        NewsCase("«s:Democrats» «c:say» «t:the tax cuts mostly help the wealthy».", .named),
        NewsCase("«s:Chinese officials» «c:said» «t:the talks had been constructive».", .anonymous, anonymous: true),
        NewsCase("«s:Chinese state media» «c:said» «t:the talks had been constructive».", .named),
        NewsCase("«s:Labour» «c:said» «t:the figures were a damning verdict on the government».", .named),
        // Institutions speak on the record; counted members do not.
        NewsCase("«s:The regulator» «c:said» «t:the merger would face a full investigation».", .named),
        NewsCase("«s:Federal prosecutors» «c:said» «t:the scheme had defrauded hundreds of investors».", .named),
        NewsCase("«s:Two prosecutors» «c:said» «t:the case had been mishandled from the start».", .anonymous, anonymous: true),
        NewsCase("«s:State regulators» «c:said» «t:the utility had failed to trim trees near its lines».", .anonymous, anonymous: true),
        // Auxiliaries keep the cue across an adverb.
        NewsCase("«s:The senator» «c:has repeatedly said» «t:the bill is dead».", .named),
        NewsCase("«s:The chairman» «c:had privately warned» that «t:the bank could fail».", .named),
        NewsCase("The minister has never publicly said the deal was dead."),
        // Content stops where a new subject starts its own clause.
        NewsCase("«s:A European diplomat» «c:said» «t:the proposal was “a non-starter,”» and a second diplomat called it unworkable.", .anonymous, quote: .partial, anonymous: true),
        NewsCase("«s:The union» «c:said» «t:the offer was too low», but the company insisted it was final.", .named),
        NewsCase("«s:The ministry» «c:said» «t:the plant would close, and it would not reopen before spring».", .named),
        // One word before an interrupting attribution.
        NewsCase("«t:Prices, «s:he» «c:said», would keep rising through the summer».", .pronoun),
        NewsCase("«t:Nobody, «s:the coach» «c:said», had expected the injury to be so serious».", .named),
        // Elisions inside a source.
        NewsCase("«s:Fans of rock 'n' roll» «c:said» «t:the festival had lost its way».", .anonymous, anonymous: true),
        // Wire copy with datelines.
        NewsCase("BRUSSELS (Wire) — «t:European Union ministers agreed early Tuesday to extend sanctions for another six months», «s:two diplomats» «c:said».", .anonymous, anonymous: true),
        NewsCase("MANILA, Philippines (AP) — «t:The typhoon killed at least 14 people», «s:the national disaster agency» «c:said» Sunday.", .named),
        NewsCase("GENEVA — «t:Negotiators are close to a deal on fishing quotas», «c:according to» «s:a draft seen by Wire».", .document, category: .nominal),
        // Politics: several sources, asides, restrictive relative clauses.
        NewsCase("«s:The governor», speaking at a rally in Dayton, «c:said» «t:the state would not raise taxes».", .named),
        NewsCase("Speaker Hal Ortiz said the House would vote Friday, but «s:Senate Minority Leader June Park» «c:said» «t:her caucus would block the bill».", .named),
        NewsCase("«s:Speaker Hal Ortiz» «c:said» «t:the House would vote Friday», but Senate Minority Leader June Park said her caucus would block the bill.", .named),
        NewsCase("«s:Two Democratic aides» «c:said» «t:the White House had privately signaled flexibility on the deadline».", .anonymous, anonymous: true),
        NewsCase("«s:A Republican strategist» who advises the campaign «c:said» «t:the polling was \"not where we want it to be.\"»", .anonymous, quote: .partial, anonymous: true),
        NewsCase("«t:The bill, «s:Republicans» «c:said», would cut taxes for most families».", .named),
        NewsCase("«s:One official» «c:said» «t:the talks had collapsed»; another said they were merely paused.", .anonymous, anonymous: true),
        NewsCase("One official said the talks had collapsed; «s:another» «c:said» «t:they were merely paused».", .anonymous, anonymous: true),
        NewsCase("«s:The minister» «c:has long said» «t:the reform is overdue».", .named),
        NewsCase("Several lawmakers have publicly criticized the plan, and «s:the speaker» «c:has said» «t:he will not bring it to a vote».", .named),
        // Court and police reporting.
        NewsCase("«s:The prosecutor» «c:told» jurors that «t:the defendant had planned the robbery for weeks».", .named),
        NewsCase("«s:Defense attorney Mara Quinlan» «c:argued» that «t:the evidence was circumstantial».", .named),
        NewsCase("«s:The defendant», who testified in his own defense, «c:said» «t:he had never met the victim».", .named),
        NewsCase("«s:Police» «c:said» «t:the suspect, a 34-year-old man, was arrested without incident».", .named),
        NewsCase("«s:Detectives» «c:believe» «t:the fire was set deliberately», the sheriff's office said.", .anonymous, anonymous: true, category: .cognition),
        NewsCase("«t:Detectives believe the fire was set deliberately», «s:the sheriff's office» «c:said».", .named),
        NewsCase("«s:A neighbor», «r:who asked not to be identified for fear of retaliation», «c:said» «t:the family had lived there for years».", .anonymous, anonymous: true),
        NewsCase("«c:According to» «s:the complaint», «t:the officers used excessive force».", .document, category: .nominal),
        NewsCase("The jury found the defendant guilty on all counts."),
        // Business and science.
        NewsCase("«s:The company» «c:said» in a filing with the Securities and Exchange Commission that «t:it expected revenue to fall».", .named),
        NewsCase("«s:The chief executive» «c:told» investors on a conference call that «t:the layoffs were \"painful but necessary.\"»", .named, quote: .partial),
        NewsCase("«s:Researchers» «c:wrote» in the journal Nature that «t:the fossil was about 200 million years old».", .vague, anonymous: true),
        NewsCase("«s:The study», published Wednesday in The Lancet, «c:found» that «t:the vaccine reduced hospitalizations by half».", .document, category: .cognition),
        NewsCase("«s:Scientists not involved in the research» «c:cautioned» that «t:the sample was small».", .anonymous, anonymous: true),
        NewsCase("«s:The army» «c:said» «t:it had killed dozens of militants», a claim that could not be independently verified.", .named),
        // Quotations with the attribution in the middle of several sentences; questions.
        NewsCase("\"«t:The market is cooling.» Prices will fall,\" «s:the economist» «c:said». \"But not by much.\"", .anonymous, quote: .direct, anonymous: true),
        NewsCase("\"The market is cooling. Prices will fall,\" «s:the economist» «c:said». \"«t:But not by much.»\"", .anonymous, quote: .direct, anonymous: true),
        NewsCase("\"«t:Is this the end of the road?»\" «s:she» «c:asked». \"I don't think so.\"", .pronoun, quote: .direct),
        NewsCase("\"«t:It's a disaster»,\" «s:one voter» «c:said». Another said she was undecided.", .anonymous, quote: .direct, anonymous: true),
        NewsCase("Why did the council vote against the plan? «s:Members» «c:said» «t:the cost was too high».", .anonymous, anonymous: true),
        // Negated cues and refusals attribute nothing.
        NewsCase("The spokesman declined to comment on the investigation."),
        NewsCase("The White House would not confirm the meeting."),
        NewsCase("Officials would not say whether the plant had been inspected."),
        NewsCase("The company did not respond to a request for comment."),
        NewsCase("Rebels claimed responsibility for the attack."),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }
}
