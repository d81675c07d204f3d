/// Deterministic news-like text, generated in code so no large fixture ships with the repository.
///
/// Articles have a headline, a byline, a dateline and paragraphs of varied sentences with the
/// constructs the segmenter has to judge: titles, AP months and states, corporate suffixes,
/// initialisms, initials, money, percentages, times, quotes (straight and curly), questions,
/// parentheses, dashes, ellipses, URLs and e-mail addresses.
struct NewsText {
    private var state: UInt64
    /// Whether plain sentences get the subordinate clauses wire copy is full of. Without them the
    /// text is an abbreviation-dense stress test (a period every 24 bytes, four times as often as
    /// in the bundled corpus); with them it has a period about every 50 bytes.
    private let clauses: Bool

    init(seed: UInt64, clauses: Bool) {
        state = seed
        self.clauses = clauses
    }

    /// SplitMix64.
    private mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    private mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    private mutating func pick(_ list: [String]) -> String { list[int(0...(list.count - 1))] }

    private static let first = ["Ana", "Tom", "Maria", "Kwame", "Ruth", "Omar", "Lena", "Jorge", "Aiko", "Dale",
                                "Nora", "Ibrahim", "Sofia", "Paul", "Mei", "Tiago", "Grace", "Viktor", "Amara", "Hugo"]
    private static let last = ["Diaz", "Hale", "Okafor", "Lind", "Haddad", "Baines", "Soto", "Reyes", "Evans",
                               "Nakamura", "Mendes", "Ortiz", "Kowalski", "Adams", "Chen", "Moreau", "Obi", "Ruiz"]
    private static let titles = ["Gov.", "Sen.", "Rep.", "Dr.", "Mr.", "Ms.", "Gen.", "Lt. Col.", "Prof.", "the Rev."]
    private static let places = ["Fresno, Calif.", "Tempe, Ariz.", "Worcester, Mass.", "Reno, Nev.", "Tulsa, Okla.",
                                 "Dalton, Ga.", "Mobile, Ala.", "Burlington, Vt.", "Ocala, Fla.", "Portland, Ore.",
                                 "Washington, D.C.", "Lagos", "Seoul", "Lima", "Rotterdam", "Nairobi"]
    private static let datelines = ["WASHINGTON (AP) — ", "SEOUL, South Korea (Reuters) - ", "FRESNO, Calif. (Wire) — ",
                                    "LAGOS, Nigeria — ", "ST. LOUIS (AP) — ", "LIMA, Peru (Wire) – ", "NAIROBI, Kenya — "]
    private static let companies = ["Acme Mining Corp.", "Northwind Inc.", "Harbor Shipping Co. Ltd.", "Lumen Corp.",
                                    "Brightline Holdings Ltd.", "Tidewater Mills Inc.", "Fenwick & Sons Co."]
    private static let bodies = ["the U.S. Senate", "the U.N. Security Council", "the E.U.", "the F.B.I.",
                                 "the city council", "the state Supreme Court", "the port authority", "U.S. officials"]
    private static let months = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.", "March", "April", "June"]
    private static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let verbs = ["approved", "rejected", "delayed", "defended", "questioned", "announced", "blocked"]
    private static let things = ["the budget", "the pipeline permit", "a new levy", "the rate cut", "the merger",
                                 "the bridge repairs", "the school closures", "the trade deal", "the water plan"]
    private static let sources = ["two senior officials", "a person familiar with the talks", "analysts",
                                  "critics", "investigators", "residents", "union leaders", "economists"]
    private static let cues = ["said", "told reporters", "said in a statement", "wrote in a letter", "said Tuesday"]
    private static let tails = [
        ", according to a statement released late in the afternoon",
        " after a meeting that lasted most of the day and ended without questions from reporters",
        ", a move that critics said would hurt small businesses across the region",
        " despite months of objections from residents and local business owners",
        ", the third such decision in as many years",
        " while negotiators for both sides met behind closed doors in a hotel near the airport",
        ", although the details of the agreement have not been made public",
        " as pressure mounted on officials to explain how the money had been spent",
        ", people who attended the meeting said on condition of anonymity because it was private",
        " in a decision that could take effect as soon as next month",
    ]

    private mutating func name() -> String { "\(pick(Self.first)) \(pick(Self.last))" }
    private mutating func titledName() -> String { "\(pick(Self.titles)) \(name())" }
    private mutating func money() -> String {
        switch int(0...3) {
        case 0: return "$\(int(1...9)).\(int(1...9)) million"
        case 1: return "$\(int(10...990)) billion"
        case 2: return "$\(int(1...99)),\(int(100...999))"
        default: return "\(int(2...900)) million euros"
        }
    }
    private mutating func percent() -> String { "\(int(0...40)).\(int(0...9))%" }
    private mutating func time() -> String { "\(int(1...12)):\(int(10...59)) \(int(0...1) == 0 ? "a.m." : "p.m.")" }
    private mutating func date() -> String { "\(pick(Self.months)) \(int(1...28))" }

    private mutating func sentence() -> String {
        switch int(0...19) {
        case 0: return "\(titledName()) \(pick(Self.verbs)) \(pick(Self.things)) on \(date()), according to \(pick(Self.sources))."
        case 1: return "“We will not back down,” \(titledName()) \(pick(Self.cues)). “This is about \(pick(Self.things)).”"
        case 2: return "\"Is this legal?\" \(pick(Self.sources)) asked after \(pick(Self.bodies)) \(pick(Self.verbs)) \(pick(Self.things))."
        case 3: return "Shares of \(pick(Self.companies)) fell \(percent()) to \(money()) in early trading."
        case 4: return "The plant was built in the U.S. Investigators said it failed an inspection in \(pick(Self.months)) \(int(2001...2024))."
        case 5: return "The meeting in \(pick(Self.places)), starts at \(time()) \(pick(Self.days)) and could last until \(time())."
        case 6: return "\(pick(Self.sources).capitalizedFirst) said the cost had risen to \(money()) — up \(percent()) from a year earlier."
        case 7: return "(\(pick(Self.bodies).capitalizedFirst) did not respond to a request for comment.)"
        case 8: return "The report, No. \(int(1...40)) in the series, is at https://example.org/reports/\(int(1000...9999)).html."
        case 9: return "Questions can be sent to press\(int(1...99))@example.gov, \(pick(Self.sources)) said."
        case 10: return "J. K. \(pick(Self.last)) and George R.R. \(pick(Self.last)) were among \(int(2...90)),\(int(100...999)) people who signed."
        case 11: return "“It’s not over… not yet,” said \(name()), a spokeswoman for \(pick(Self.companies))"
            + (int(0...1) == 0 ? "." : " in \(pick(Self.places)).")
        case 12: return "The vote was \(int(5...9))-\(int(0...4)). \(pick(Self.verbs).capitalizedFirst) by \(pick(Self.bodies)), it now goes to \(titledName())."
        case 13: return "Prices rose \(percent()) in \(pick(Self.months)) and Sept., while wages grew \(percent())... a gap that worried \(pick(Self.sources))."
        case 14: return "She moved to \(pick(Self.places)) in \(int(1960...2020)). Her sister, Dr. \(name()), stayed behind."
        case 15: return "‘We are ready,’ \(pick(Self.first)) said. ‘Are they?’"
        case 16: return "The rally was in Washington, D.C. Organizers said \(int(2...9)),\(int(100...999)) people came."
        case 17: return "It was introduced by Rep. \(name()) Jr. He retired in \(pick(Self.months)) \(int(1990...2020))."
        case 18: return "\(pick(Self.companies)) Chief Executive \(name()) said the company would cut \(int(100...4000)) jobs by \(date())."
        default: return "Smith vs. \(pick(Self.last)) was argued at \(time()) on \(pick(Self.days)) — the court’s \(int(2...9))th case this term!"
        }
    }

    private mutating func article(into out: inout [UInt8]) {
        out += Array("\(pick(Self.things).capitalizedFirst) \(pick(Self.verbs)) in \(pick(Self.places))\n".utf8)
        out += Array("By \(name())\n\n".utf8)
        out += Array(pick(Self.datelines).utf8)
        for p in 0..<int(6...14) {
            if p > 0 { out += [0x0A, 0x0A] }
            for s in 0..<int(1...5) {
                if s > 0 { out.append(0x20) }
                var text = sentence()
                // Lengthen a sentence that ends in a plain lower-case word with a clause.
                if clauses, int(0...9) < 8, text.hasSuffix("."), !text.hasSuffix(".m."),
                   let last = text.dropLast().last, last.isLowercase {
                    text.removeLast()
                    text += pick(Self.tails) + "."
                }
                out += Array(text.utf8)
            }
        }
        out += Array("\n\n\n".utf8)
    }

    /// At least `bytes` bytes of whole articles.
    static func generate(bytes: Int, seed: UInt64 = 2025, clauses: Bool = true) -> [UInt8] {
        var g = NewsText(seed: seed, clauses: clauses)
        var out: [UInt8] = []
        out.reserveCapacity(bytes + 8192)
        while out.count < bytes { g.article(into: &out) }
        return out
    }
}

private extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
