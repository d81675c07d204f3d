import AttribCore
import Testing

/// A wire story dense with anonymous sourcing, written for this test: officials, diplomats and
/// "people familiar with" with and without reasons, reasons in several forms (a "who spoke on the
/// condition of anonymity because …" clause, "who requested anonymity to …", "granted anonymity
/// to …", the rote "who insisted on anonymity"), reasons given once and referred back to (at the
/// next mention, in the sentence after), vague sources and a named spokesman. Every attribution's
/// source, kind and reason and every sourcing finding were checked by hand; the text runs as
/// written and after a multi-byte prefix.
///
/// Judgment calls recorded here: "One of the diplomats, who requested anonymity …" gives a reason
/// for one of the two diplomats only, so the pair and "the other diplomat" stay flagged; "Another
/// official" is a different person from the Treasury official whose reason was given, and a bare
/// "Officials" six paragraphs after the last reason given for officials (with a singular official's
/// reason in between) is not clearly the same sources, so both stay flagged (a reason attaches only
/// to its source or a clear later mention of it); a reason given at the next mention is reported
/// once, where it is given.
@Suite("Anonymous sourcing, long wire story")
struct AnonymousSourcingStoryTests {
    static let story = """
        Allies weigh new sanctions as talks on ceasefire stall

        GENEVA (Wire) — The United States and its European allies are preparing a new package of sanctions against the country's central bank, according to four officials involved in the planning.

        The officials, who spoke on the condition of anonymity because they were not authorized to discuss the deliberations publicly, said the measures could be announced as early as next week.

        A senior administration official told reporters on a call that the president had not yet signed off on the plan.

        Two European diplomats said the talks in Geneva had stalled over the sequencing of a prisoner exchange.

        One of the diplomats, who requested anonymity to describe private talks, said the mediators had proposed a phased approach.

        The other diplomat said the proposal had been rejected within hours.

        Sources said the delegation had threatened to leave the talks on Tuesday.

        People familiar with the negotiations said the mediators were drafting a new text.

        According to two people briefed on the draft, the text calls for a 30-day pause in strikes on energy infrastructure.

        A Western official, granted anonymity to discuss sensitive deliberations, said the pause would be monitored by a team of observers.

        The official said the monitors would report to the United Nations.

        A congressional aide said lawmakers had been told little about the package.

        A Treasury official, who insisted on anonymity, said the sanctions would target three state-owned banks.

        Another official said the banks had moved funds offshore in anticipation of the measures.

        The State Department declined to comment.

        Some analysts say the sanctions are unlikely to change the government's course.

        A person close to the delegation said its members were frustrated by the pace of the talks.

        An aide to the foreign minister said the minister would return to the capital on Thursday.

        Two officials in the region, who spoke on condition of anonymity because the discussions were confidential, said troops had been moved closer to the border.

        The officials said the movements appeared to be defensive.

        A spokesman for the foreign ministry, Marko Ilic, said the government remained committed to the talks.

        "We are not the ones walking away," Ilic said.

        Critics of the administration argue that sanctions have done little to change behavior in the past.

        A U.S. official said the administration was also weighing export controls.

        The official, who was not authorized to speak publicly, said no decision had been made.

        Officials say the next round of talks is scheduled for Monday.

        A diplomat familiar with the mediators' thinking said they hoped to announce a framework before the end of the month.

        The diplomat spoke on condition of anonymity to discuss the mediators' strategy.

        It was not immediately clear whether the delegation would return.
        """

    static let expectedSources: [(sentence: Int, source: String, kind: SourceKind, reason: String?)] = [
        (1, "four officials involved in the planning", .anonymous, "who spoke on the condition of anonymity because they were not authorized to discuss the deliberations publicly"),
        (2, "The officials", .anonymous, "who spoke on the condition of anonymity because they were not authorized to discuss the deliberations publicly"),
        (3, "A senior administration official", .anonymous, nil),
        (4, "Two European diplomats", .anonymous, nil),
        (5, "One of the diplomats", .anonymous, "who requested anonymity to describe private talks"),
        (6, "The other diplomat", .anonymous, nil),
        (7, "Sources", .vague, nil),
        (8, "People familiar with the negotiations", .anonymous, nil),
        (9, "two people briefed on the draft", .anonymous, nil),
        (10, "A Western official", .anonymous, "granted anonymity to discuss sensitive deliberations"),
        (11, "The official", .anonymous, "granted anonymity to discuss sensitive deliberations"),
        (12, "A congressional aide", .anonymous, nil),
        (13, "A Treasury official", .anonymous, "who insisted on anonymity"),
        (14, "Another official", .anonymous, nil),
        // "The State Department declined to comment.": a refusal is an attribution (lexicon.cue.refusal).
        (15, "The State Department", .named, nil),
        (16, "Some analysts", .vague, nil),
        (17, "A person close to the delegation", .anonymous, nil),
        (18, "An aide to the foreign minister", .anonymous, nil),
        (19, "Two officials in the region", .anonymous, "who spoke on condition of anonymity because the discussions were confidential"),
        (20, "The officials", .anonymous, "who spoke on condition of anonymity because the discussions were confidential"),
        (21, "A spokesman for the foreign ministry, Marko Ilic", .named, nil),
        (22, "Ilic", .named, nil),
        (23, "Critics of the administration", .vague, nil),
        (24, "A U.S. official", .anonymous, "who was not authorized to speak publicly"),
        (25, "The official", .anonymous, "who was not authorized to speak publicly"),
        (26, "Officials", .anonymous, nil),
        (27, "A diplomat familiar with the mediators' thinking", .anonymous, "on condition of anonymity to discuss the mediators' strategy"),
    ]

    static let expectedFindings: [(rule: String, text: String)] = [
        // "because they were not authorized to discuss the deliberations publicly" says only that the
        // officials lacked permission (like corpus 25's "who was not authorized to discuss the talks"):
        // boilerplate, though it names a topic.
        ("anonymous-source.boilerplate-reason", "who spoke on the condition of anonymity because they were not authorized to discuss the deliberations publicly"),
        ("anonymous-source.no-reason", "A senior administration official"),
        ("anonymous-source.no-reason", "Two European diplomats"),
        ("anonymous-source.no-reason", "The other diplomat"),
        ("source.vague", "Sources"),
        ("anonymous-source.no-reason", "People familiar with the negotiations"),
        ("anonymous-source.no-reason", "two people briefed on the draft"),
        ("anonymous-source.no-reason", "A congressional aide"),
        ("anonymous-source.boilerplate-reason", "who insisted on anonymity"),
        ("anonymous-source.no-reason", "Another official"),
        ("source.vague", "Some analysts"),
        ("anonymous-source.no-reason", "A person close to the delegation"),
        ("anonymous-source.no-reason", "An aide to the foreign minister"),
        ("source.vague", "Critics of the administration"),
        ("anonymous-source.boilerplate-reason", "who was not authorized to speak publicly"),
        ("anonymous-source.no-reason", "Officials"),
    ]

    static let sourcingRules: Set<String> = ["anonymous-source.no-reason", "anonymous-source.boilerplate-reason", "source.vague"]

    @Test func sourcesKindsAndReasons() {
        for prefix in ["", CaseRunner.multiBytePrefix] {
            let a = StoryCheck.analyzer.analyze(text: prefix + Self.story)
            let shift = prefix.isEmpty ? 0 : 1
            let got = a.attributions.compactMap { at -> String? in
                guard let s = at.source else { return nil }
                return "\(at.sentence - shift) \(a.text(s.span)) \(s.kind) \(at.anonymityReason.map { a.text($0) } ?? "-")"
            }
            let want = Self.expectedSources.map { "\($0.sentence) \($0.source) \($0.kind) \($0.reason ?? "-")" }
            #expect(got == want)
            #expect(a.attributions.filter { $0.anonymous }.count == Self.expectedSources.filter { $0.kind != .named }.count)
        }
    }

    @Test func sourcingFindings() {
        for prefix in ["", CaseRunner.multiBytePrefix] {
            let a = StoryCheck.analyzer.analyze(text: prefix + Self.story)
            let got = a.findings.filter { Self.sourcingRules.contains($0.rule) }.map { "\($0.rule): \(a.text($0.span))" }
            #expect(got == Self.expectedFindings.map { "\($0.rule): \($0.text)" })
        }
    }
}
