import AttribCore
import Testing

/// Which unattributed sentences are check-worthy (`claim.unattributed`): figures in digits and in
/// words, rankings, records, superlatives and causal links are; dates, ages, times, addresses,
/// sports scores and references back ("the two sides") are not. Written for these tests; each runs
/// as written and after a multi-byte prefix.
@Suite("Check-worthy claims")
struct CheckWorthinessTests {
    static let worthyCases = [
        "Unemployment fell to its lowest level since 2019.",
        "Home prices have doubled in a decade.",
        "The county ranks third in the state for overdose deaths.",
        "The storm killed at least 14 people and left 200,000 homes without power.",
        "The delays were due to a shortage of parts.",
        "Rents rose because of a shortage of new housing.",
        "Hot weather reduces the output of gas plants, because warm air is less dense.",
        "The new rules led to a sharp drop in applications.",
        "It was the hottest July on record.",
        "Three people were arrested.",
        "Twelve companies bid for the contract.",
        "The company employs about 3,000 people in the region.",
        "The measure passed 52-48 in the Senate.",
        "The town council voted 4-3 to borrow the money.",
        // A tally near a vote word, before or after it, is a figure; a score is not.
        "The vote was 71-29.",
        "The bill cleared the chamber on a 218-214 vote.",
        "The final tally was 6-3 in favor of the union.",
        "A fire tore through the factory overnight, injuring five workers.",
        "Otoo has signed a five-year contract.",
        "The firm has run the port under a 30-year concession since 1998.",
        "It was the second grounding at the port's entrance this year.",
        "That would make it the fourth failed season in a row.",
        "On the hottest afternoons, that can erase a tenth of the country's solar production.",
        "She was the fourth of seven children of a schoolteacher and a cloth trader.",
        "She is survived by two sons, nine grandchildren and a younger sister.",
        "Porto Azul signs winger Otoo in club-record deal",
    ]
    static let notWorthyCases = [
        "The council met on Tuesday, March 3, at 7 p.m. in the library.",
        "The two leaders shook hands before the cameras.",
        "Jane Doe, 54, lives at 12 Elm Street with her husband.",
        "The Celtics beat the Knicks 112-104 on Sunday night.",
        "Arsenal won 2-1 at home on Saturday.",
        "She moved to Boston two years ago.",
        "Her 5-year-old son was unhurt in the crash.",
        "The bridge is due to open next spring.",
        "Most people in the town still call it the old mill.",
        "Both sides met again on the second floor of City Hall.",
        "Efua Oduro, architect who shaped Accra's skyline, dies at 88",
        "\"We lost 40 percent of our customers,\" the owner said.",
        "All three candidates attended the forum on Monday.",
        // "on the record" / "off the record" is about sourcing, not a record (round 12).
        "None of the officials would speak on the record.",
        "The minister spoke off the record at the dinner.",
    ]

    @Test(arguments: worthyCases)
    func worthy(_ text: String) {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            let f = a.findings.filter { $0.rule == "claim.unattributed" }
            #expect(f.count == 1 && f.first.map { a.text($0.span) } == text.trimmingCharacters(in: .whitespaces),
                    "got \(f.map { a.text($0.span) })")
        }
    }

    @Test(arguments: notWorthyCases)
    func notWorthy(_ text: String) {
        for prefix in ["", NewsStyleTests.prefix] {
            let a = NewsStyleTests.analyzer.analyze(text: prefix + text)
            #expect(!a.findings.contains { $0.rule == "claim.unattributed" }, "flagged: \(text)")
        }
    }
}
