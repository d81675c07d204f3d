import AttribCore
import Testing

/// Checks a whole story: every attribution with a source (sentence, source text, kind, reason) and
/// every sourcing finding, as written and after a multi-byte prefix.
enum StoryCheck {
    typealias Source = (sentence: Int, source: String, kind: SourceKind, reason: String?)
    static let sourcingRules: Set<String> = ["anonymous-source.no-reason", "anonymous-source.boilerplate-reason", "source.vague"]
    static let analyzer = Analyzer(rules: .builtIn)

    static func verify(_ story: String, sources: [Source], findings: [(rule: String, text: String)],
                       sourceLocation: SourceLocation = #_sourceLocation) {
        for prefix in ["", CaseRunner.multiBytePrefix] {
            let a = analyzer.analyze(text: prefix + story)
            let shift = prefix.isEmpty ? 0 : 1
            let got = a.attributions.compactMap { at -> String? in
                guard let s = at.source else { return nil }
                return "\(at.sentence - shift) \(a.text(s.span)) \(s.kind) \(at.anonymityReason.map { a.text($0) } ?? "-")"
            }
            #expect(got == sources.map { "\($0.sentence) \($0.source) \($0.kind) \($0.reason ?? "-")" }, sourceLocation: sourceLocation)
            let gotFindings = a.findings.filter { sourcingRules.contains($0.rule) }.map { "\($0.rule): \(a.text($0.span))" }
            #expect(gotFindings == findings.map { "\($0.rule): \($0.text)" }, sourceLocation: sourceLocation)
        }
    }
}

/// A national-security story written for these tests: "three people familiar with the matter", then
/// "the people said" (anonymous, the group gave no reason), a member's reason ("said one of the
/// people, who requested anonymity to describe private conversations") and the quotation after it,
/// a reason in a sentence of its own ("The officials spoke on the condition of anonymity because they
/// were not authorized to discuss the investigation publicly": rote, a lack of permission whatever
/// its topic), a person and documents in one source, documents reviewed or obtained by the
/// newspaper, refusals and an unverifiable claim (no attribution), a "who, like others interviewed
/// for this article, spoke on condition of anonymity" clause, a named lawmaker, and a reason given
/// for "Two people close to the contractor" in the sentence after and shared by "one of them".
///
/// Judgment calls: "the people" in sentence 2 refers to the three people of sentence 1 and has no
/// reason (the reason in sentence 3 is one member's); "Current and former officials" in sentence 9
/// is a new group, not the U.S. officials of sentence 5; the quotation in sentence 4 inherits its
/// speaker from sentence 3 (an inherited quotation repeats its donor and carries no reason of its own).
@Suite("Anonymous sourcing: national-security story")
struct NationalSecurityStoryTests {
    static let story = """
        Spy agency curbed sharing with ally after cables leaked

        WASHINGTON — The CIA quietly suspended part of its intelligence sharing with a close ally last winter after a contractor copied hundreds of classified cables, according to three people familiar with the matter.

        The suspension, which has not been previously reported, lasted about six weeks, the people said.

        “It was a serious rupture, not a bluff,” said one of the people, who requested anonymity to describe private conversations. “Trust takes years to build and a week to lose.”

        U.S. officials said the contractor had been working at a satellite office in Virginia.

        The officials spoke on the condition of anonymity because they were not authorized to discuss the investigation publicly.

        The CIA declined to comment.

        The ally's embassy in Washington did not respond to requests for comment.

        Current and former officials said the episode still colors relations between the two services.

        A Western intelligence official, who was granted anonymity to discuss sensitive matters, said the cables included candid assessments of the ally's own leaders.

        The official said no human sources had been exposed.

        People briefed on the inquiry said investigators were examining whether the contractor had help.

        According to a person familiar with the matter and documents reviewed by The Ledger, the contractor had access to the cables for at least eight months.

        Emails obtained by The Ledger show that a supervisor raised concerns about the contractor in 2023.

        Records show the contractor's clearance was renewed twice.

        The Ledger could not independently verify the contents of the cables.

        An official with knowledge of the matter, who was not authorized to speak publicly, said the contractor had left the country.

        Another official, speaking on the condition of anonymity, said the contractor had been cooperating with investigators.

        Rep. Dana Whitfield, a Democrat on the intelligence committee, said lawmakers had not been briefed.

        “We found out from the newspaper,” Whitfield said.

        A congressional aide, who, like others interviewed for this article, spoke on condition of anonymity, said the committee would request documents.

        Two people close to the contractor said he intended to return to the United States. They spoke on the condition of anonymity for fear of retaliation.

        “He is not a spy,” one of them said.

        Some lawmakers said the agency should have caught the breach sooner.
        """

    static let sources: [StoryCheck.Source] = [
        (1, "three people familiar with the matter", .anonymous, nil),
        (2, "the people", .anonymous, nil),
        (3, "one of the people", .anonymous, "who requested anonymity to describe private conversations"),
        (4, "one of the people", .anonymous, nil),
        (5, "U.S. officials", .anonymous, "on the condition of anonymity because they were not authorized to discuss the investigation publicly"),
        // "The CIA declined to comment.": a refusal is an attribution (lexicon.cue.refusal).
        (7, "The CIA", .named, nil),
        (9, "Current and former officials", .anonymous, nil),
        (10, "A Western intelligence official", .anonymous, "who was granted anonymity to discuss sensitive matters"),
        (11, "The official", .anonymous, "who was granted anonymity to discuss sensitive matters"),
        (12, "People briefed on the inquiry", .anonymous, nil),
        (13, "a person familiar with the matter and documents reviewed by The Ledger", .anonymous, nil),
        (14, "Emails obtained by The Ledger", .document, nil),
        (15, "Records", .document, nil),
        (17, "An official with knowledge of the matter", .anonymous, "who was not authorized to speak publicly"),
        (18, "Another official", .anonymous, "speaking on the condition of anonymity"),
        (19, "Rep. Dana Whitfield", .named, nil),
        (20, "Whitfield", .named, nil),
        (21, "A congressional aide", .anonymous, "who, like others interviewed for this article, spoke on condition of anonymity"),
        (22, "Two people close to the contractor", .anonymous, "on the condition of anonymity for fear of retaliation"),
        (24, "one of them", .anonymous, "on the condition of anonymity for fear of retaliation"),
        (25, "Some lawmakers", .vague, nil),
    ]

    static let findings: [(rule: String, text: String)] = [
        ("anonymous-source.no-reason", "three people familiar with the matter"),
        ("anonymous-source.no-reason", "the people"),
        ("anonymous-source.boilerplate-reason", "on the condition of anonymity because they were not authorized to discuss the investigation publicly"),
        ("anonymous-source.no-reason", "Current and former officials"),
        ("anonymous-source.no-reason", "People briefed on the inquiry"),
        ("anonymous-source.no-reason", "a person familiar with the matter and documents reviewed by The Ledger"),
        ("anonymous-source.boilerplate-reason", "who was not authorized to speak publicly"),
        ("anonymous-source.boilerplate-reason", "speaking on the condition of anonymity"),
        ("anonymous-source.boilerplate-reason", "who, like others interviewed for this article, spoke on condition of anonymity"),
        ("source.vague", "Some lawmakers"),
    ]

    @Test func sourcesKindsReasonsAndFindings() {
        StoryCheck.verify(Self.story, sources: Self.sources, findings: Self.findings)
    }
}

/// A state-politics investigation written for these tests: a source that joins documents and people
/// ("internal emails and four people involved in the process") whose reason comes at the next
/// mention ("The people, who spoke on the condition of anonymity because they feared losing their
/// jobs"), "one of them" and a quotation continued in the same paragraph, a named spokesman, emails
/// and records as sources, a reason in the next sentence with "Both" as its subject and "one of the
/// officers" after it, a rote reason given at the next mention ("The person, who was not authorized
/// to speak publicly"), a quantified party group (vague) and the party itself (named).
///
/// Judgment calls: the reason at the next mention in sentence 2 covers the first mention in sentence
/// 1, which is one source of documents and people; the rote reason of sentence 15 covers sentence 14
/// and is reported once, where it is given; "a former official who worked on the bid" (sentence 20) is
/// the phrase before its restrictive clause, and no reason.
@Suite("Anonymous sourcing: state-politics investigation")
struct StatePoliticsStoryTests {
    static let story = """
        Governor's aides steered contracts to donor, records show

        HARTFORD — Senior aides to Gov. Ellen Marsh pressed state agencies to award at least $40 million in contracts to a company owned by a major campaign donor, according to internal emails and four people involved in the process.

        The people, who spoke on the condition of anonymity because they feared losing their jobs, said the pressure began weeks after the governor took office.

        “We were told the decision had already been made,” one of them said. “Our job was to paper it.”

        A spokesman for the governor, Paul Brandt, said the administration followed every procurement rule.

        “There was no pressure from anyone,” Brandt said.

        The donor, Victor Hale, did not respond to requests for comment.

        Emails reviewed by The Courier show that a deputy chief of staff asked for updates on the bid at least nine times.

        One email, sent in March, says the governor was “watching this one closely.”

        Two state procurement officers said they were instructed to rescore the bids. Both asked not to be named for fear of retaliation.

        “I have never seen anything like it,” said one of the officers.

        The state's inspector general, Maria Colón, said her office had opened a review.

        A person close to the governor said Marsh was unaware of the emails.

        The person, who was not authorized to speak publicly, said the governor would cooperate with the review.

        Some Democrats in the legislature said the allegations warranted hearings.

        Republicans said the governor should step aside while the review is under way.

        The Courier could not independently confirm the people's accounts.

        Records obtained through a public records request show the contract was amended twice after it was signed.

        According to a former official who worked on the bid, the amendments added $6 million to its value.

        Asked about the amendments, Brandt said they reflected “routine changes in scope.”
        """

    static let sources: [StoryCheck.Source] = [
        (0, "records", .document, nil),
        (1, "internal emails and four people involved in the process", .anonymous,
         "who spoke on the condition of anonymity because they feared losing their jobs"),
        (2, "The people", .anonymous, "who spoke on the condition of anonymity because they feared losing their jobs"),
        (3, "one of them", .anonymous, "who spoke on the condition of anonymity because they feared losing their jobs"),
        (4, "one of them", .anonymous, nil),
        (5, "A spokesman for the governor, Paul Brandt", .named, nil),
        (6, "Brandt", .named, nil),
        (8, "Emails reviewed by The Courier", .document, nil),
        (9, "One email", .document, nil),
        (10, "Two state procurement officers", .anonymous, "asked not to be named for fear of retaliation"),
        (12, "one of the officers", .anonymous, "asked not to be named for fear of retaliation"),
        (13, "The state's inspector general, Maria Colón", .named, nil),
        (14, "A person close to the governor", .anonymous, "who was not authorized to speak publicly"),
        (15, "The person", .anonymous, "who was not authorized to speak publicly"),
        (16, "Some Democrats in the legislature", .vague, nil),
        (17, "Republicans", .named, nil),
        (19, "Records obtained through a public records request", .document, nil),
        (20, "a former official", .anonymous, nil),
        (21, "Brandt", .named, nil),
    ]

    static let findings: [(rule: String, text: String)] = [
        ("anonymous-source.boilerplate-reason", "who was not authorized to speak publicly"),
        ("source.vague", "Some Democrats in the legislature"),
        ("anonymous-source.no-reason", "a former official"),
    ]

    @Test func sourcesKindsReasonsAndFindings() {
        StoryCheck.verify(Self.story, sources: Self.sources, findings: Self.findings)
    }
}
