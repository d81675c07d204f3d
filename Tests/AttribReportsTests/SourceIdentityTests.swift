import AttribCore
import AttribReports
import TestSupport
import Testing

extension Sourced {
    /// The keys `SourceKey.identities` gives, with the text re-run after multi-byte prefixes so
    /// offsets are proved not to matter.
    static func keys(_ text: String, _ cites: [Cite], format: InputFormat = .text,
                     sourceLocation: SourceLocation = #_sourceLocation) -> [String?] {
        let plain = SourceKey.identities(in: analysis(text, cites, format: format)).map { $0?.key }
        for prefix in ["🧭 ", "北京报道。"] {
            let shifted = SourceKey.identities(in: analysis(prefix + text, cites, format: format)).map { $0?.key }
            #expect(shifted == plain, "after the prefix \(prefix)", sourceLocation: sourceLocation)
        }
        return plain
    }
}

@Suite struct SourceIdentityTests {
    typealias Cite = Sourced.Cite

    @Test func aSurnameWithOrWithoutATitleIsTheEarlierFullName() {
        let text = """
            Dr. Miriam Achterberg said the reef was dying. Achterberg said the survey took a year. \
            She said more funding was needed. Dr. Achterberg said the results were final.
            """
        let keys = Sourced.keys(text, [
            Cite(text: "Dr. Miriam Achterberg", kind: .named), Cite(text: "Achterberg", kind: .named),
            Cite(text: "She", kind: .pronoun, resolvesTo: "Achterberg"), Cite(text: "Dr. Achterberg", kind: .named),
        ])
        #expect(keys == Array(repeating: "dr. miriam achterberg", count: 4))
        let report = ArticleReport(analysis: Sourced.analysis(text, [
            Cite(text: "Dr. Miriam Achterberg", kind: .named), Cite(text: "Achterberg", kind: .named),
            Cite(text: "She", kind: .pronoun, resolvesTo: "Achterberg"), Cite(text: "Dr. Achterberg", kind: .named),
        ]))
        #expect(report.sources.map(\.name) == ["Dr. Miriam Achterberg"])
        #expect(report.sources.map(\.mentions) == [4])
    }

    @Test func jobTitlesBeforeANameAreTitlesToo() {
        let keys = Sourced.keys("""
            Interior Minister Carolina Vidal said the border would stay open. Minister Vidal said so twice. \
            Vidal said it again.
            """, [Cite(text: "Interior Minister Carolina Vidal", kind: .named), Cite(text: "Minister Vidal", kind: .named),
                  Cite(text: "Vidal", kind: .named)])
        #expect(keys == Array(repeating: "interior minister carolina vidal", count: 3))
        // British style drops the period: "Dr Feld" is Dr. Aaron Feld.
        #expect(Sourced.keys("Dr Aaron Feld said the trial ended. Dr Feld said it had worked.",
                             [Cite(text: "Dr Aaron Feld", kind: .named), Cite(text: "Dr Feld", kind: .named)])
                == ["dr aaron feld", "dr aaron feld"])
    }

    @Test func aResolvedDefiniteDescriptionCountsAsThePersonItRefersTo() {
        let keys = Sourced.keys("Mayor Tom Reyes said the budget was late. The mayor said taxes would not rise. The governor said so too.",
                                [Cite(text: "Mayor Tom Reyes", kind: .named),
                                 Cite(text: "The mayor", kind: .named, resolvesTo: "Mayor Tom Reyes"),
                                 Cite(text: "The governor", kind: .named)])
        #expect(keys == ["mayor tom reyes", "mayor tom reyes", "governor"])
    }

    @Test func aSurnameSharedByTwoEarlierFullNamesStaysApart() {
        let keys = Sourced.keys("""
            Luis Ortega said the farm flooded. Carmen Ortega said the cattle were moved. Ortega said the river rose.
            """, [Cite(text: "Luis Ortega", kind: .named), Cite(text: "Carmen Ortega", kind: .named),
                  Cite(text: "Ortega", kind: .named)])
        #expect(keys == ["luis ortega", "carmen ortega", "ortega"])
    }

    @Test func onlyAnEarlierFullNameCounts() {
        // A surname before any full name, a different surname, and lower-case words are left alone.
        let keys = Sourced.keys("""
            Feld said the trial ended. Dr. Aaron Feld said it had worked. Brandt said it had not. \
            The company said it would appeal. Company spokesman Feld declined to comment.
            """, [Cite(text: "Feld", kind: .named), Cite(text: "Dr. Aaron Feld", kind: .named), Cite(text: "Brandt", kind: .named),
                  Cite(text: "The company", kind: .named), Cite(text: "Company spokesman Feld", kind: .named)])
        #expect(keys == ["feld", "dr. aaron feld", "brandt", "company", "company spokesman feld"])
    }

    @Test func onlyNamedSourcesAreMatched() {
        let keys = Sourced.keys("""
            Senior Official Dana Reyes said the deal held. Reyes, a person familiar with the talks, said otherwise.
            """, [Cite(text: "Senior Official Dana Reyes", kind: .named), Cite(text: "Reyes", kind: .anonymous)])
        #expect(keys == ["senior official dana reyes", "reyes"])
    }

    @Test func characterReferencesInPagesAreDecoded() {
        let text = "<p>Board member Kevin O&rsquo;Rourke said the vote was close. O&rsquo;Rourke said it twice.</p>"
        let cites = [Cite(text: "Board member Kevin O&rsquo;Rourke", kind: .named), Cite(text: "O&rsquo;Rourke", kind: .named)]
        #expect(Sourced.keys(text, cites, format: .html) == ["board member kevin o'rourke", "board member kevin o'rourke"])
        let report = ArticleReport(analysis: Sourced.analysis(text, cites, format: .html))
        #expect(report.sources.map(\.name) == ["Board member Kevin O’Rourke"])
        // Plain text is taken as written.
        #expect(Sourced.keys(text, cites, format: .text) == ["board member kevin o&rsquo;rourke", "board member kevin o&rsquo;rourke"])
        #expect(ArticleReport(analysis: Sourced.analysis(text, cites, format: .text)).sources.map(\.name)
                == ["Board member Kevin O&rsquo;Rourke"])
    }

    @Test func genericSourcesAreThoseThatNameNoOne() {
        #expect(SourceKey.isGeneric(kind: .named, text: "The company", lexiconHead: true))
        #expect(SourceKey.isGeneric(kind: .named, text: "police", lexiconHead: true))
        #expect(SourceKey.isGeneric(kind: .document, text: "the company’s 2023 environmental permit", lexiconHead: true))
        #expect(SourceKey.isGeneric(kind: .anonymous, text: "Two senior Pentagon officials", lexiconHead: true))
        #expect(SourceKey.isGeneric(kind: .vague, text: "Critics", lexiconHead: false))
        #expect(SourceKey.isGeneric(kind: .pronoun, text: "They", lexiconHead: false))  // not resolved
        #expect(!SourceKey.isGeneric(kind: .named, text: "the Interior Ministry", lexiconHead: true))
        #expect(!SourceKey.isGeneric(kind: .named, text: "The U.S. Geological Survey", lexiconHead: true))
        #expect(!SourceKey.isGeneric(kind: .document, text: "a study in the journal Hepatic Medicine Today", lexiconHead: true))
        #expect(!SourceKey.isGeneric(kind: .named, text: "Brazil", lexiconHead: false))
        #expect(!SourceKey.isGeneric(kind: .named, text: "the board", lexiconHead: false))
    }
}
