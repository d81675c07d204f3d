import AttribCore
import Testing

/// One expected attribution: the strings of its spans (located in the text, first occurrence)
/// and its kinds. Each case also runs after a multi-byte prefix paragraph to prove the offsets.
struct AttributionCase: CustomTestStringConvertible, Sendable {
    var text: String
    var source: String?
    var cue: String
    var content: String?
    var kind: SourceKind?
    var quote: QuoteKind = .none
    var anonymous = false
    var reason: String?
    var category: CueCategory = .speech

    var testDescription: String { String(text.prefix(70)) }
}

@Suite("Attributions")
struct AttributionTests {
    static let analyzer = Analyzer(rules: .builtIn)

    static let cases: [AttributionCase] = [
        AttributionCase(text: "Two senior diplomats said the talks had stalled.", source: "Two senior diplomats", cue: "said",
                        content: "the talks had stalled", kind: .anonymous, anonymous: true),
        AttributionCase(text: "The talks had stalled, said two senior diplomats.", source: "two senior diplomats", cue: "said",
                        content: "The talks had stalled", kind: .anonymous, anonymous: true),
        AttributionCase(text: "The talks had stalled, two senior diplomats said on Tuesday.", source: "two senior diplomats", cue: "said",
                        content: "The talks had stalled", kind: .anonymous, anonymous: true),
        AttributionCase(text: "Brazil said it would not sign the accord.", source: "Brazil", cue: "said",
                        content: "it would not sign the accord", kind: .named),
        AttributionCase(text: "Maria Okafor, the agency's director, said the fund was solvent.", source: "Maria Okafor", cue: "said",
                        content: "the fund was solvent", kind: .named),
        AttributionCase(text: "\"We will appeal,\" said Maria Okafor, the union's president.", source: "Maria Okafor", cue: "said",
                        content: "We will appeal", kind: .named, quote: .direct),
        AttributionCase(text: "“We will appeal,” she told reporters.", source: "she", cue: "told reporters",
                        content: "We will appeal", kind: .pronoun, quote: .direct),
        AttributionCase(text: "Two officials, who spoke on condition of anonymity because the talks are private, said a deal was close.",
                        source: "Two officials", cue: "said", content: "a deal was close", kind: .anonymous, anonymous: true,
                        reason: "who spoke on condition of anonymity because the talks are private"),
        AttributionCase(text: "A deal is close, said a person familiar with the talks, who asked not to be named because the talks are private.",
                        source: "a person familiar with the talks", cue: "said", content: "A deal is close", kind: .anonymous,
                        anonymous: true, reason: "who asked not to be named because the talks are private"),
        AttributionCase(text: "The plant will close in May, according to a company filing.", source: "a company filing", cue: "according to",
                        content: "The plant will close in May", kind: .document, category: .nominal),
        AttributionCase(text: "According to the ministry, the plant will close in May.", source: "the ministry", cue: "According to",
                        content: "the plant will close in May", kind: .named, category: .nominal),
        AttributionCase(text: "Investigators have concluded that the fire was set deliberately.", source: "Investigators",
                        cue: "have concluded", content: "the fire was set deliberately", kind: .anonymous, anonymous: true,
                        category: .cognition),
        AttributionCase(text: "Critics say the plan favours large landlords.", source: "Critics", cue: "say",
                        content: "the plan favours large landlords", kind: .vague, anonymous: true),
        // "call X \"Y\"": the quoted label is hers, a partial quote (round 4).
        AttributionCase(text: "She called the plan “reckless and rushed” in a letter to members.", source: "She", cue: "called",
                        content: "the plan “reckless and rushed”", kind: .pronoun, quote: .partial),
        AttributionCase(text: "She called the plan reckless in a letter to members.", source: nil, cue: "", content: nil, kind: nil),
        AttributionCase(text: "The senator said the bill was “dead on arrival” and would not pass.", source: "The senator", cue: "said",
                        content: "the bill was “dead on arrival” and would not pass", kind: .named, quote: .partial),
        AttributionCase(text: "The company claimed that the spill was minor.", source: "The company", cue: "claimed",
                        content: "the spill was minor", kind: .named),
        AttributionCase(text: "The fire is believed to have started in the kitchen.", source: nil, cue: "is believed to", content: nil,
                        kind: nil, category: .hedge),
    ]

    static func find(_ needle: String, in text: String) -> Span? {
        let h = Array(text.utf8), n = Array(needle.utf8)
        guard !n.isEmpty, h.count >= n.count else { return nil }
        for i in 0...(h.count - n.count) where h[i..<(i + n.count)].elementsEqual(n) { return Span(i, i + n.count) }
        return nil
    }

    @Test(arguments: cases)
    func attribution(_ c: AttributionCase) throws {
        for prefix in ["", "🗞️📰 東京の記者 — ünïcødé\n\n"] {
            let text = prefix + c.text
            let a = Self.analyzer.analyze(text: text)
            if c.cue.isEmpty {
                #expect(a.attributions.isEmpty, "expected no attribution, got \(a.attributions.map { a.text($0.cue!.span) })")
                continue
            }
            let cue = try #require(Self.find(c.cue, in: text))
            let at = try #require(a.attributions.first { $0.cue?.span == cue },
                                  "no attribution with cue «\(c.cue)»; got \(a.attributions.compactMap { $0.cue.map { a.text($0.span) } })")
            #expect(at.cue?.category == c.category)
            if let s = c.source {
                #expect(at.source?.span == Self.find(s, in: text), "source: got «\(at.source.map { a.text($0.span) } ?? "none")»")
                #expect(at.source?.kind == c.kind)
            } else {
                #expect(at.source == nil)
            }
            if let content = c.content {
                #expect(at.content == Self.find(content, in: text), "content: got «\(at.content.map { a.text($0) } ?? "none")»")
            }
            #expect(at.quote == c.quote)
            #expect(at.anonymous == c.anonymous)
            if let r = c.reason {
                #expect(at.anonymityReason == Self.find(r, in: text), "reason: got «\(at.anonymityReason.map { a.text($0) } ?? "none")»")
            }
            #expect((0...1).contains(at.confidence))
        }
    }

    @Test func multiParagraphQuoteInheritsItsSpeaker() {
        let text = """
            “We have waited three years,” said Rui Tavares, the union leader. “We can wait a few more weeks.

            “Nobody here is going back for crumbs.”
            """
        let a = Self.analyzer.analyze(text: text)
        let last = a.sentences.count - 1
        let inherited = a.attributions.first { $0.sentence == last }
        #expect(inherited?.source.map { a.text($0.span) } == "Rui Tavares")
        #expect(inherited?.quote == .direct)
        #expect(inherited.map { $0.confidence < 0.95 } == true)
        #expect(!a.findings.contains { $0.rule == "quote.unattributed" })
    }

    @Test func pronounResolvesToEarlierPerson() {
        let a = Self.analyzer.analyze(text: "Lúcia Pereira farms 40 hectares. She said the harvest was lost.")
        let at = a.attributions.first { $0.source?.kind == .pronoun }
        #expect(at?.source?.resolved.map { a.text($0) } == "Lúcia Pereira")
        #expect(at?.anonymous == false)
    }

    @Test func unbalancedQuotesDoNotDerailTheDocument() {
        let text = "He said \"the plan was bad. Officials said the vote would go ahead.\n\nThe mayor said \"no."
        let a = Self.analyzer.analyze(text: text)
        #expect(a.sentences.count == 3)
        #expect(a.attributions.contains { a.text($0.cue!.span) == "said" && $0.source.map { a.text($0.span) } == "The mayor" })
    }
}
