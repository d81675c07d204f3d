@testable import AttribCore
import Testing

/// Round-9 news styles, marked as in ``NewsStyleTests``: nominal attributions ("the minister's claim
/// that …"), officials of public services reporting routine facts, demonstrative objects of
/// dispute/deny ("disputed that account"), members of a set ("Each of the three candidates"),
/// unnamed outlets ("a regional newspaper"), and business, court, science and local copy. Written for
/// these tests; each runs as written and after a multi-byte prefix.
@Suite("News styles, round 9")
struct NewsStyleRound9Tests {
    static let cases: [NewsCase] = [
        // Nominal attributions: the possessor is the source, the noun the cue, and the that-clause the
        // content up to the main clause's verb (medium confidence at most).
        NewsCase("«s:The minister»'s «c:claim» that «t:the economy was growing» drew scorn from economists.",
                 .named, category: .nominal, level: .medium),
        NewsCase("«s:Her» «c:remarks» that «t:the plan was \"dead\"» angered allies.", .pronoun, quote: .partial, category: .nominal),
        NewsCase("«s:The senator»'s «c:insistence» that «t:the bill would pass» surprised colleagues.", .named, category: .nominal, level: .medium),
        NewsCase("«s:The agency»'s «c:conclusion» that «t:the plant was safe» was challenged in court.", .named, category: .nominal),
        NewsCase("«s:The union»'s «c:argument» that «t:wages had fallen behind inflation» won support from voters.", .named, category: .nominal),
        NewsCase("«s:Okafor»'s «c:allegation» that «t:the count was rigged and the judges were biased» is false.", .named, category: .nominal),
        NewsCase("Judge Lena Marsh dismissed the case. «s:Her» «c:conclusion» that «t:the search had been unlawful» was appealed.",
                 .pronoun, category: .nominal),
        // Without a possessor or a that-clause a noun of saying reports nothing.
        NewsCase("The claim that the economy was growing drew scorn."),
        NewsCase("Her remarks drew applause from the crowd."),
        NewsCase("The minister's comments on the budget were brief."),
        // A noun of saying inside a source phrase does not cut it.
        NewsCase("«s:Critics of his remarks» «c:said» «t:they ignored the data».", .vague, anonymous: true),
        NewsCase("«s:Supporters of the allegations» «c:said» «t:the court had erred».", .vague, anonymous: true),

        // A demonstrative object of dispute/deny is what was disputed; a demonstrative that opens a
        // clause is still a complementizer.
        NewsCase("«s:Another officer» «c:disputed» «t:that account».", .anonymous, anonymous: true, level: .medium),
        NewsCase("«s:The ministry» «c:rejected» «t:the claims» as baseless.", .named, level: .medium),
        NewsCase("«s:The ministry» «c:denied» that «t:the claims were true».", .named),
        NewsCase("«s:The family» «c:disputed» «t:that version of events».", .named),
        NewsCase("«s:The union» «c:disputed» that «t:wages had fallen».", .named),
        // A pollster after a participle does not name the group it polled.
        NewsCase("«s:Economists polled by Reuters» «c:had forecast» «t:growth of 2.1%».", .anonymous, anonymous: true, level: .medium),

        // Business, court, science, sports and local copy.
        NewsCase("On a call with analysts, «s:chief financial officer Lena Ortiz» «c:said» «t:margins would narrow in the second half».", .named),
        NewsCase("«s:The company» «c:disclosed» in a regulatory filing that «t:it had received a subpoena».", .named),
        NewsCase("“«t:We see demand holding up through the holidays»,” «s:Ortiz» «c:told» analysts.", .named, quote: .direct),
        NewsCase("«s:Prosecutors» «c:said» in a court filing that «t:the defendant had wired $40,000 to an offshore account».", .named),
        NewsCase("«s:Judge Amelia Strand» «c:ruled» that «t:the evidence was admissible».", .named, category: .cognition),
        NewsCase("«s:Defense attorney Mark Bell» «c:argued» that «t:the search was unconstitutional».", .named),
        NewsCase("«s:The indictment» «c:alleges» «t:the men conspired to defraud investors».", .document),
        NewsCase("«s:The study», published in the journal Neurology, «c:found» that «t:people who walked daily had lower rates of dementia».",
                 .document, category: .cognition),
        NewsCase("“«t:We were outplayed in every phase»,” «s:coach Dan Reyes» «c:said» after the game.", .named, quote: .direct),
        NewsCase("«s:The shire's mayor, Cr Jenny Hollis», «c:said» «t:the bushfire warning remained in place».", .named),
        NewsCase("«s:Queensland Police» «c:said» «t:the man was taken to hospital in a stable condition».", .named),
        NewsCase("«s:The findings», published Wednesday in The Lancet, «c:suggest» that «t:the vaccine remains effective for at least a year».", .document),
        NewsCase("«s:Fire crews» «c:said» «t:the blaze was under control by 6 p.m.»", .anonymous, anonymous: true),
        NewsCase("«s:A Home Office spokesperson» «c:said»: “«t:We do not comment on individual cases.»”", .anonymous, quote: .direct, anonymous: true),
        NewsCase("«s:Labour MP Jess Carter» «c:said» «t:the scheme was \"a shambles from start to finish\"».", .named, quote: .partial),
        NewsCase("They did not suggest a date."),
        // A company name ending in "'s" is no passive auxiliary.
        NewsCase("«s:Moody's» «c:said» «t:it was reviewing the bank's rating for a possible downgrade».", .named),
        NewsCase("“«t:We are reviewing the rating»,” «s:Moody's» «c:said».", .named, quote: .direct),
        NewsCase("It's said the house is haunted."),
        // Party members qualified by a post-modifier are a group of members, like "House Republicans".
        NewsCase("«s:Republicans on the committee» «c:said» «t:the report was partisan».", .anonymous, anonymous: true),
        NewsCase("«s:Republicans» «c:said» «t:the report was partisan».", .named),
        NewsCase("«s:The Supreme Court» «c:ruled» 6-3 that «t:the law was unconstitutional».", .named, category: .cognition),
        NewsCase("«s:County health officials» «c:said» «t:14 people had been hospitalized».", .anonymous, anonymous: true),
        NewsCase("«s:Health officials» «c:reported» «t:312 new cases» on Monday.", .anonymous, anonymous: true, level: .medium),

        // "told" with a short listener object, then a clause with a pronoun subject.
        NewsCase("«s:The defendant» «c:told» the jury «t:he had never met the victim».", .named),
        NewsCase("«s:The coach» «c:told» the team «t:they had let the fans down».", .named),
        NewsCase("«s:The minister» «c:warned» «t:the river was at risk».", .named),

        // Feature quotations: a quotation after "She shook her head." in the next paragraph is hers.
        NewsCase("Rosa Delgado has lived on the street since 1979. “We built it ourselves,” «s:she» «c:said».\n\n"
                 + "She shook her head. “«t:I won't leave.»”", .pronoun, quote: .direct),
        NewsCase("“«t:The numbers simply don't work,” «c:said» «s:Ahmed Farouk», an economist at Lakeside University, “and everyone in this building knows it.»”",
                 .named, quote: .direct),

        // "warn of" + a noun phrase reports the warning (medium confidence at most), in headlines too.
        NewsCase("«s:UN chief» «c:warns» of «t:famine in the Sahel»", .named, level: .medium),
        NewsCase("«s:The agency» «c:warned» of «t:a \"catastrophic\" drought».", .named, quote: .partial, level: .medium),
        NewsCase("The ministry warned of him."),
        // A participle phrase after a comma ("beating analyst estimates") is no subject and verb.
        NewsCase("«s:Harbor Freight Lines» «c:said» «t:quarterly revenue rose 8% to $1.2 billion, beating analyst estimates».", .named),

        // "X, asked about Y, said": the aside is not an inverted cue with a source.
        NewsCase("«s:The president», asked about the polls, «c:said» «t:he did not believe them».", .named),
        NewsCase("Asked whether he would run again, «s:the president» «c:said» «t:he had not decided».", .named),

        // Headlines: "Source: claim" with no final stop, after an institution, office, role or report.
        NewsCase("«s:Police»«c::» «t:Suspect fled on foot»", .named, category: .nominal, level: .medium),
        NewsCase("«s:UN chief»«c::» «t:Famine is coming to the Sahel»", .named, category: .nominal, level: .medium),
        NewsCase("«s:Report»«c::» «t:Mill to close by spring»", .document, category: .nominal, level: .medium),
        NewsCase("Analysis: Why the talks failed"),
        NewsCase("Budget: What the new plan means for you"),
        NewsCase("The agenda: housing, roads and water."),
        NewsCase("«s:Minister» «c:says» «t:talks will resume next week»", .named),

        // Members of a set: counted, described sources; named when the story has just named them.
        NewsCase("«s:Each of the three candidates» «c:said» «t:the budget must be balanced».", .anonymous, anonymous: true),
        NewsCase("«s:Two of the officials» «c:said» «t:the budget must be balanced».", .anonymous, anonymous: true),
        NewsCase("«s:Both campaigns» «c:said» «t:they would accept the result».", .anonymous, anonymous: true),
        NewsCase("«s:Most of the residents» «c:said» «t:the water smelled of fuel».", .vague, anonymous: true),
        NewsCase("Maria Lund and Tom Ruiz held their final debate on Tuesday. Lund said taxes would fall. Ruiz said they would rise.\n\n"
                 + "«s:Both candidates» «c:said» «t:they would accept the result».", .named),
        NewsCase("Maria Lund and Tom Ruiz debated on Tuesday. Lund said taxes would fall.\n\n"
                 + "«s:Each of the two candidates» «c:said» «t:the budget must be balanced».", .named),
        NewsCase("«s:Both companies» «c:said» «t:the merger would close by June».", .named),

        // An outlet the story does not name is described, unnamed; a named or definite one is named.
        NewsCase("«s:A regional newspaper» «c:reported» that «t:the mayor had resigned».", .anonymous, anonymous: true),
        NewsCase("«s:A local television station» «c:said» «t:the fire started in the kitchen».", .anonymous, anonymous: true),
        NewsCase("«s:The Harbor Gazette» «c:reported» that «t:the mayor had resigned».", .named),
        NewsCase("«s:The station» «c:said» «t:the fire started in the kitchen».", .named),
    ]

    @Test(arguments: cases)
    func attribution(_ c: NewsCase) throws { try NewsStyleTests.verify(c) }

    /// Officials of a public service named by its field report on the record; bare, senior, counted
    /// or state/federal/government officials still mark confidential sourcing.
    @Test(arguments: [
        ("Health officials reported 312 new cases on Monday.", false),
        ("County health officials said 14 people had been hospitalized.", false),
        ("School district officials said classes would resume Monday.", false),
        ("City officials estimated the damage at $3 million.", false),
        ("State health officials confirmed two more deaths.", false),
        ("Fire crews said the blaze was under control by 6 p.m.", false),
        ("Officials said the deal was close.", true),
        ("State officials said the deal was close.", true),
        ("Senior health officials said the minister had ignored their advice.", true),
        ("Two city officials said the mayor had known about the leak.", true),
        ("Pentagon officials said the deployment would begin in March.", true),
        ("Officials at the agency said the review would take months.", true),
    ])
    func publicServiceOfficials(_ text: String, _ flagged: Bool) {
        NewsStyleTests.expectNoReason(text, flagged: flagged)
    }

    /// An unnamed outlet was granted no anonymity: no reason is owed. Counted people still owe one.
    @Test(arguments: [
        ("A regional newspaper reported that the mayor had resigned.", false),
        ("A German magazine reported that the deal was off.", false),
        ("A trade publication reported that the merger talks had stalled.", false),
        ("Each of the three officials said the budget must be balanced.", true),
        ("An aide said the budget must be balanced.", true),
    ])
    func unnamedOutlets(_ text: String, _ flagged: Bool) {
        NewsStyleTests.expectNoReason(text, flagged: flagged)
    }

    /// A definite title opening the sentence just before ("The mayor was blunt.") is the nearer antecedent.
    @Test(arguments: [
        ("“The board acted in good faith,” said Carl Dunn, the chairman.\n\nThe mayor was blunt. “This project is finished,” she said.", "The mayor"),
        ("The prime minister arrived late. He said the talks had been useful.", "The prime minister"),
        ("Maria Okafor chairs the board. The mayor's office was closed. She said the vote would go ahead.", "Maria Okafor"),
    ])
    func titleAntecedent(_ text: String, _ antecedent: String) {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            let bytes = Array((prefix + text).utf8)
            let resolved = a.attributions.last { $0.source?.kind == .pronoun }?.source?.resolved
            #expect(resolved.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == antecedent, "\(text)")
        }
    }

    /// The speaker of the paragraph before is kept only when the pronoun agrees.
    @Test(arguments: [
        ("“We built it ourselves,” she said.\n\nShe shook her head. “I won't leave.”", false),
        ("“We built it ourselves,” he said.\n\nShe shook her head. “I won't leave.”", true),
        ("“We built it ourselves,” she said.\n\nThe room fell silent. “I won't leave.”", true),
    ])
    func quotationAcrossParagraphs(_ text: String, _ unattributed: Bool) {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            #expect(a.findings.contains { $0.rule == "quote.unattributed" } == unattributed, "\(text)")
        }
    }

    /// Suffixes longer than the two bytes kept in ``Token/tail`` are tested on the text.
    @Test func tokenSuffixes() {
        let text = Array("Officials were WARNING of flooding, he said.".utf8)
        let tokens = text.withUnsafeBufferPointer { Tokenizer.tokenize($0, 0..<text.count) }
        let words = tokens.filter { $0.kind == .word }
        let warning = words[2], flooding = words[4], he = words[5]
        #expect(warning.endsWith("ng"))
        #expect(warning.endsWith("ing", in: text))
        #expect(flooding.endsWith("ding", in: text))
        #expect(flooding.endsWith("flooding", in: text))
        #expect(!flooding.endsWith("xflooding", in: text))
        #expect(!flooding.endsWith("ang", in: text))
        #expect(words[0].endsWith("ials", in: text))
        #expect(he.endsWith("he", in: text))
        #expect(!he.endsWith("she", in: text))
        #expect(he.endsWith("e"))
    }
}
