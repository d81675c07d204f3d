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
        NewsCase("«s:Democrats» «c:say» «t:the tax cuts mostly help the wealthy».", .vague, anonymous: true),
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
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }
}
