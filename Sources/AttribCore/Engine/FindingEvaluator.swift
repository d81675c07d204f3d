/// Applies the finding rules to a document's attributions and sentences.
struct FindingEvaluator {
    let rules: RuleSet
    let work: Work
    let words: WordSets
    let attributions: [Attribution]
    /// The first sentence that ends with . ? ! or a quote (``isBareLine(_:)``), or the count.
    private let firstEnding: Int
    private let credits: CreditMemo

    /// Whether each sentence carries a photo credit, found at most once: the caption test of each
    /// unattributed claim asks again for the three sentences after it.
    private final class CreditMemo {
        /// -1 not known yet, 0 no, 1 yes.
        var known: [Int8]
        init(count: Int) { known = [Int8](repeating: -1, count: count) }
    }

    init(rules: RuleSet, work: Work, attributions: [Attribution]) {
        self.rules = rules
        self.work = work
        words = work.words
        self.attributions = attributions
        firstEnding = work.contexts.firstIndex(where: FindingEvaluator.endsSentence) ?? work.contexts.count
        credits = CreditMemo(count: work.contexts.count)
    }

    func evaluate() -> [Finding] {
        var out: [Finding] = []
        let items = work.attributions
        // Attributions of each sentence: `order[bySentence[s]]` are indices into `items`, in list
        // order (a counting sort by sentence, stable like the `sorted(by:)` it replaces, which copied
        // two items per comparison).
        var bySentence = [Range<Int>](repeating: 0..<0, count: work.contexts.count)
        var counts = [Int](repeating: 0, count: work.contexts.count + 1)
        for i in items.indices { counts[items[i].context + 1] += 1 }
        for s in work.contexts.indices {
            counts[s + 1] += counts[s]
            bySentence[s] = counts[s]..<counts[s + 1]
        }
        var order = [Int](repeating: 0, count: items.count)
        for i in items.indices {
            order[counts[items[i].context]] = i
            counts[items[i].context] += 1
        }
        var facts = items.map { ItemFacts($0.attribution) }
        // The document's first direct quotation: the earliest quoted content of an attribution.
        if let first = items.indices.filter({ items[$0].attribution.quote == .direct && items[$0].attribution.content != nil })
            .min(by: { items[$0].attribution.content!.start < items[$1].attribution.content!.start }) {
            facts[first].firstQuote = true
        }
        for rule in rules.findings where rule.enabled {
            let cond = rule.condition
            if let test = cond.sentence {
                for c in work.contexts {
                    if let span = sentenceTest(test, c, here: order[bySentence[c.index]]) {
                        out.append(Finding(rule: rule.id, severity: rule.severity, message: rule.message, span: span,
                                           sentence: c.index, confidence: rule.confidence))
                    }
                }
                continue
            }
            let masks = ConditionMasks(cond)
            // By index: copying an item retains every string of its attribution.
            for i in items.indices {
                // Inherited quotation attributions repeat their donor's facts: judge the donor only.
                if facts[i].inherited { continue }
                guard matches(cond, masks, facts[i], i) else { continue }
                guard let span = target(rule.target, items[i].attribution) else { continue }
                out.append(Finding(rule: rule.id, severity: rule.severity, message: rule.message, span: span,
                                   sentence: items[i].attribution.sentence,
                                   confidence: min(1, items[i].attribution.confidence * rule.confidence)))
            }
        }
        out.sort { ($0.span.start, $0.rule) < ($1.span.start, $1.rule) }
        // One finding per rule and span: a reason shared by several mentions is reported once.
        // `out` is sorted by start and rule, so duplicates are neighbours or share a start.
        var kept: [Finding] = []
        kept.reserveCapacity(out.count)
        for f in out {
            var dup = false
            for g in kept.reversed() {
                if g.span.start != f.span.start { break }
                if g.rule == f.rule && g.span.end == f.span.end { dup = true; break }
            }
            if !dup { kept.append(f) }
        }
        return kept
    }

    /// The facts of an attribution the conditions test, with its small enums as one bit each, taken
    /// once per attribution: `Set.contains` on these String-backed enums hashes the raw string,
    /// and it ran once per rule and attribution.
    struct ItemFacts {
        var inherited: Bool
        /// 0 when there is no source (or no cue).
        var kind: UInt32
        var effectiveKind: UInt32
        var category: UInt32
        var quote: UInt32
        /// Carries the document's first direct quotation.
        var firstQuote = false

        init(_ a: Attribution) {
            inherited = a.rules.first == "attribution.inherited"
            kind = a.source.map { ConditionMasks.bit($0.kind) } ?? 0
            effectiveKind = a.source.map { ConditionMasks.bit($0.effectiveKind) } ?? 0
            category = a.cue.map { ConditionMasks.bit($0.category) } ?? 0
            quote = ConditionMasks.bit(a.quote)
        }
    }

    /// A condition's enum sets as bit masks (bit = the case's position in `allCases`).
    struct ConditionMasks {
        var sourceKinds: UInt32?
        var cueCategories: UInt32?
        var quote: UInt32?

        init(_ c: FindingCondition) {
            sourceKinds = c.sourceKinds.map { ConditionMasks.mask($0) }
            cueCategories = c.cueCategories.map { ConditionMasks.mask($0) }
            quote = c.quote.map { ConditionMasks.mask($0) }
        }

        static func bit<E: CaseIterable & Equatable>(_ e: E) -> UInt32 {
            var n: UInt32 = 0
            for c in E.allCases {
                if c == e { return 1 << n }
                n += 1
            }
            return 0
        }

        static func mask<E: CaseIterable & Hashable>(_ set: Set<E>) -> UInt32 { set.reduce(0) { $0 | bit($1) } }
    }

    /// Whether attribution `i` of ``work`` meets the condition. Takes the index: an item passed by
    /// value was copied, retaining every string of its attribution.
    func matches(_ c: FindingCondition, _ m: ConditionMasks, _ f: ItemFacts, _ i: Int) -> Bool {
        if let kinds = m.sourceKinds {
            let pronoun = ConditionMasks.bit(SourceKind.pronoun)
            guard f.kind != 0, kinds & f.kind != 0 || kinds & f.effectiveKind != 0 && f.kind == pronoun && kinds & pronoun == 0
            else { return false }
        }
        if let r = c.reason {
            switch r {
            case .none: if work.attributions[i].attribution.anonymityReason != nil { return false }
            case .any: if work.attributions[i].attribution.anonymityReason == nil { return false }
            case .boilerplate, .substantive: if work.attributions[i].attribution.anonymityReason == nil || work.attributions[i].reasonKind != r { return false }
            }
        }
        if let l = c.cueLoaded, work.attributions[i].attribution.cue?.loaded != l { return false }
        if let cats = m.cueCategories, cats & f.category == 0 { return false }
        if let groups = c.cueGroups { guard let g = work.attributions[i].attribution.cue?.rule, groups.contains(g) else { return false } }
        if let q = m.quote, q & f.quote == 0 { return false }
        if let q = c.firstQuote, f.firstQuote != q { return false }
        if let g = c.publicGroup, isPublicGroup(work.attributions[i].attribution, work.attributions[i]) != g { return false }
        return true
    }

    static let officials: UInt64 = 0x89b4e61e509beea9  // "officials"
    static let workers: UInt64 = 0xe4dede02383cb9cc  // "workers"

    /// "Researchers reported", "Investigators found", "Company executives told analysts": an
    /// uncounted plural of a public role is an unnamed but public body, not a confidential source, so
    /// it needs no reason for anonymity. Counted ("two investigators"), singular ("an investigator"),
    /// qualified ("researchers familiar with the review"), senior, coordinated, and the roles that
    /// conventionally mark confidential sourcing (officials, aides, advisers, diplomats, staffers,
    /// people familiar …, in `lexicon.source.anonymous`) are not public groups.
    func isPublicGroup(_ a: Attribution, _ item: Work.Item) -> Bool {
        guard let s = a.source, s.kind == .anonymous, let r = item.sourceTokens else { return false }
        let c = work.contexts[item.context]
        var h = max(r.lowerBound, c.headEnd(r.lowerBound, r.upperBound) - 1)
        if h > r.lowerBound && c.tokens[h].key == Keys.not { h -= 1 }  // "Experts not involved in …"
        let head = c.tokens[h]
        // "A regional newspaper reported …": a published outlet the story does not name was granted no
        // anonymity.
        if words.contains(.outletNouns, head.key) && !(r.lowerBound..<h).contains(where: { c.tokens[$0].kind == .number }) {
            return true
        }
        // "Health officials reported 312 cases", "School district officials said …": officials of a
        // public service named by its field speak for that body in public. A bare
        // "Officials", "State officials" or "Pentagon officials" still mark confidential sourcing.
        // "Rescue workers said …", "Aid workers said …": workers of a public service or relief effort
        // describe what they see on the record; bare "workers" still mark confidential sourcing.
        let publicBody = head.key == FindingEvaluator.officials
            && (r.lowerBound..<h).contains { c.isA($0, .publicServiceModifiers) }
            || head.key == FindingEvaluator.workers
            && (r.lowerBound..<h).contains { c.isA($0, .publicWorkerFields) }
        // "A majority of voters", "Six in 10 Republicans", "45 percent of respondents": a share of a
        // poll's sample answered a survey; nobody was granted anonymity.
        if c.pollShareEnd(r.lowerBound, r.upperBound) != nil { return true }
        // "Republican leaders", "GOP lawmakers", "party leaders", "Senate Democrats' leaders": a party's
        // or a chamber's members speaking in public as a caucus. Bare "lawmakers" and
        // "leaders", counted and senior ones still mark confidential sourcing.
        let caucus = words.contains(.caucusHeads, head.key)
            && (r.lowerBound..<h).contains { c.isA($0, .caucusModifiers) }
        guard publicBody || caucus || a.rules.contains(where: { $0 == NamedGroup.publicRole.id || $0 == NamedGroup.population.id }) else { return false }
        guard head.kind == .word, head.endsWith("s"), !head.possessive else { return false }
        return !r.contains { i in
            let t = c.tokens[i]
            return t.kind == .number || t.key == Keys.and || t.key == Keys.or || words.contains(.numberWords, t.key)
                || words.contains(.confidentialModifiers, t.key)
                // "Experts not involved in the study": independent, the opposite of inside access.
                || c.has(i, .anonymityQualifier) && !(i > r.lowerBound && c.tokens[i - 1].key == Keys.not)
        }
    }

    func target(_ t: FindingTarget, _ a: Attribution) -> Span? {
        switch t {
        case .source: return a.source?.span ?? a.cue?.span
        case .cue: return a.cue?.span
        case .content: return a.content ?? a.cue?.span
        case .reason: return a.anonymityReason
        case .sentence: return work.contexts.indices.contains(a.sentence) ? sentenceSpan(work.contexts[a.sentence]) : nil
        }
    }

    func sentenceSpan(_ c: SentenceContext) -> Span? {
        guard !c.tokens.isEmpty else { return nil }
        return work.span(c, 0..<c.count)
    }

    // MARK: - Sentence tests

    /// `here` holds the indices of the sentence's attributions in `work.attributions`.
    func sentenceTest(_ test: FindingCondition.SentenceTest, _ c: SentenceContext, here: ArraySlice<Int>) -> Span? {
        switch test {
        case .unattributedQuote:
            for q in c.quotes where q.open != nil && work.isQuotation(c, q) && opensOrIsLong(c, q) {
                let covered = here.contains { work.attributions[$0].contentTokens?.overlaps(q.contentStart..<q.contentEnd) ?? false }
                if !covered {
                    let s = q.open!
                    let e = q.close.map { $0 + 1 } ?? c.count
                    return work.span(c, s..<e)
                }
            }
            return nil
        case .unattributedClaim:
            if !here.isEmpty { return nil }
            // Quoted speech is judged by quote.unattributed, not as a claim.
            if c.quotes.contains(where: { work.isQuotation(c, $0) }) { return nil }
            guard isCheckWorthy(c), !isPageFurniture(c) else { return nil }
            // "They spoke on condition of anonymity because …" is about the sourcing, not a claim.
            if (0..<c.count).contains(where: { c.has($0, .reason) }) { return nil }
            // The byte scan for a photo credit runs last, on the few sentences still in.
            return inCaption(c) ? nil : sentenceSpan(c)
        }
    }

    /// A short quoted fragment inside a sentence ("calling it \"fake news\"") is a partial quote,
    /// not a quotation that needs its own speaker.
    func opensOrIsLong(_ c: SentenceContext, _ q: QuoteSpan) -> Bool {
        if let open = q.open, open <= c.contentFloor { return true }
        return (q.contentStart..<q.contentEnd).count(where: { c.tokens[$0].isWord }) >= 6
    }

    /// Photo credits, lower-cased: "(AP Photo/Noah Berger)", "Photo: Justin Sullivan/Getty Images", "REUTERS/Umit Bektas".
    static let creditNeedles: [[UInt8]] = ["photo/", "photo:", "photos/", "photograph by", "getty images", "reuters/",
                                           "afp/", "epa/", "/ap", "ap photo", "illustration:", "photo by"].map { Array($0.utf8) }
    static let contributed: UInt64 = 0x128e0ace7ffe833a  // "contributed"

    /// A navigation or credit line: a few words, then a colon ("Read more: Five things to know …").
    func isPageFurniture(_ c: SentenceContext) -> Bool {
        guard let first = c.tokens.firstIndex(where: { $0.isWord }) else { return false }
        // "This story has been corrected to show …": a correction note, not a claim of the story.
        if c.tokens[first].key == Keys.this, first + 1 < c.count, c.isA(first + 1, .storyWords),
           window(first + 2, min(c.count, first + 6)).contains(where: { c.isA($0, .correctedWords) }) { return true }
        guard c.isA(first, .navigationWords) else { return false }
        return window(first + 1, min(c.count, first + 4)).contains { c.tokens[$0].key == Keys.colon }
    }

    /// A photo caption: a sentence of a paragraph that carries a photo credit.
    /// Also a caption without a credit: a short line standing alone as a paragraph with no final
    /// punctuation, or a sentence followed in its paragraph by an all-capitals credit ("JANE DOE/AFP").
    func inCaption(_ c: SentenceContext) -> Bool {
        if hasCredit(c) || isBareLine(c) { return true }
        var j = c.index + 1
        while j < work.contexts.count && work.contexts[j].paragraph == c.paragraph && j <= c.index + 3 {
            if hasCredit(work.contexts[j]) || isCapitalsCredit(work.contexts[j]) { return true }
            j += 1
        }
        return false
    }

    /// Not a headline; one sentence is the whole paragraph, it has at most 30 words and does not end in . ? ! or a quote.
    private func isBareLine(_ c: SentenceContext) -> Bool {
        guard let last = c.tokens.last, last.kind == .word || last.kind == .number else { return false }
        let ctx = work.contexts
        // Bare lines before the story's first full sentence are the headline and deck: their claims count.
        guard firstEnding < c.index else { return false }
        if c.index > 0 && ctx[c.index - 1].paragraph == c.paragraph { return false }
        if c.index + 1 < ctx.count && ctx[c.index + 1].paragraph == c.paragraph { return false }
        var wordCount = 0
        for t in c.tokens where t.isWord { wordCount += 1 }
        return wordCount <= 30
    }

    private static func endsSentence(_ c: SentenceContext) -> Bool {
        guard let last = c.tokens.last else { return false }
        return last.kind == .quote || last.key == Keys.period || last.key == Keys.question || last.key == Keys.exclamation
    }

    /// A short line of words in capitals: "JANE DOE", "JANE DOE FOR THE TIMES".
    private func isCapitalsCredit(_ c: SentenceContext) -> Bool {
        let bytes = work.prose.bytes
        var wordCount = 0
        for t in c.tokens where t.isWord {
            wordCount += 1
            var letters = 0
            for b in bytes[t.start..<t.end] {
                if b >= 0x61 && b <= 0x7A { return false }
                if b >= 0x41 && b <= 0x5A { letters += 1 }
            }
            if letters == 0 && t.end - t.start > 1 { return false }
        }
        return wordCount >= 2 && wordCount <= 8
    }

    /// Whether a photo credit ("AP Photo/…", "Getty Images") occurs in the sentence: one pass over
    /// its bytes; a byte that starts no needle costs one table lookup.
    private func hasCredit(_ c: SentenceContext) -> Bool {
        let known = credits.known[c.index]
        if known >= 0 { return known == 1 }
        let found = scanForCredit(c)
        credits.known[c.index] = found ? 1 : 0
        return found
    }

    private func scanForCredit(_ c: SentenceContext) -> Bool {
        guard let f = c.tokens.first, let l = c.tokens.last else { return false }
        let needles = FindingEvaluator.creditNeedles
        let byFirst = FindingEvaluator.creditByFirstByte
        let pairs = FindingEvaluator.creditPairs
        return work.prose.bytes.withUnsafeBufferPointer { b in
            var i = f.start
            while i < l.end {
                var x = b[i]
                if x >= 0x41 && x <= 0x5A { x |= 0x20 }
                var candidates = byFirst[Int(x)]
                if candidates != 0 && i + 1 < l.end {
                    // Most bytes that start a needle ("a", "e", "r", "p") are not followed by its second
                    // byte: one bit of the pair table tells, before any needle is read.
                    var y = b[i + 1]
                    if y >= 0x41 && y <= 0x5A { y |= 0x20 }
                    let pair = Int(x) << 8 | Int(y)
                    if pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { candidates = 0 }
                }
                while candidates != 0 {
                    let n = candidates.trailingZeroBitCount
                    candidates &= candidates - 1
                    let needle = needles[n]
                    if i + needle.count <= l.end {
                        var k = 1
                        while k < needle.count {
                            var y = b[i + k]
                            if y >= 0x41 && y <= 0x5A { y |= 0x20 }
                            if y != needle[k] { break }
                            k += 1
                        }
                        if k == needle.count { return true }
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// For each byte, the bit set of credit needles that start with it.
    static let creditByFirstByte: [UInt32] = {
        var t = [UInt32](repeating: 0, count: 256)
        for (n, needle) in creditNeedles.enumerated() { t[Int(needle[0])] |= 1 << UInt32(n) }
        return t
    }()

    /// Bit `first << 8 | second` is set for the first two bytes of each credit needle.
    static let creditPairs: [UInt64] = {
        var t = [UInt64](repeating: 0, count: 1024)
        for needle in creditNeedles where needle.count >= 2 {
            let pair = Int(needle[0]) << 8 | Int(needle[1])
            t[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return t
    }()

    /// Figures (other than dates, years, times, ages and identifiers), quantity words,
    /// superlatives and causal claims make a sentence check-worthy.
    func isCheckWorthy(_ c: SentenceContext) -> Bool {
        var wordCount = 0
        for t in c.tokens where t.isWord || t.kind == .number { wordCount += 1; if wordCount >= 4 { break } }
        guard wordCount >= 4 else { return false }
        for i in 0..<c.count where c.has(i, .claimMarker) && isClaimMarker(c, i) { return true }
        // One buffer for the whole sentence: reading `work.prose.bytes` per word retained the array.
        let counted = work.prose.bytes.withUnsafeBufferPointer { bytes in
            (0..<c.count).contains { c.tokens[$0].kind == .word && isCountOrRank(c, $0, bytes) }
        }
        if counted { return true }
        for (i, t) in c.tokens.enumerated() where t.kind == .number {
            if isYear(c, i) || isScore(t) && !isTally(c, i) { continue }
            // "dies at 88", "aged 54"
            if i > 0 && (c.tokens[i - 1].key == FindingEvaluator.aged
                         || c.tokens[i - 1].key == Keys.at && i > 1 && c.isA(i - 2, .dieVerbs)) { continue }
            if i > 0 && (c.isA(i - 1, .monthNames)
                         || (c.tokens[i - 1].key == Keys.period && i > 1 && c.isA(i - 2, .monthNames))) { continue }
            if i + 1 < c.count && (c.tokens[i + 1].key == Keys.colon || c.isA(i + 1, .clockWords)) { continue }
            if i > 0 && c.tokens[i - 1].key == Keys.colon { continue }
            if i > 0 && (c.tokens[i - 1].key == Keys.no || c.tokens[i - 1].key == Keys.period && i > 1 && c.tokens[i - 2].key == Keys.no) { continue }
            if isAddress(c, i) { continue }
            // Age: "Jane Doe, 54, said"
            if i > 0 && i + 1 < c.count && c.tokens[i - 1].key == Keys.comma && c.tokens[i + 1].key == Keys.comma { continue }
            return true
        }
        return false
    }

    static let aged: UInt64 = 0xe3023e83e0137228  // "aged"
    static let ago: UInt64 = 0xe715be190539325a  // "ago"
    static let old: UInt64 = 0x1a0fad1921d08076  // "old"
    static let row: UInt64 = 0x8a0bc1196111ad9b  // "row"
    static let off: UInt64 = 0x1a249b1921e2bdea  // "off"
    static let dueTo: UInt64 = 0xca643d18f43490d5  // "due"

    /// A claim-marker hit that is what it seems: "most" as a superlative, "due to" as a cause.
    private func isClaimMarker(_ c: SentenceContext, _ i: Int) -> Bool {
        let k = c.tokens[i].key
        if k == Keys.most, i + 1 < c.count, c.isA(i + 1, .mostQuantifiers),
           c.hit(i, .claimMarker)?.end == i + 1 { return false }
        // "would speak on the record", "off the record": the sourcing, not a record.
        if k == Keys.record, i >= 2, c.tokens[i - 1].key == Keys.the,
           c.tokens[i - 2].key == Keys.on || c.tokens[i - 2].key == FindingEvaluator.off { return false }
        // "… contributed to this report": a credit line, not a cause.
        if k == FindingEvaluator.contributed, let h = c.hit(i, .claimMarker), h.end < c.count,
           c.tokens[h.end].key == Keys.this { return false }
        if k == FindingEvaluator.dueTo, i > 0, c.isA(i - 1, .beForms), i + 2 < c.count,
           c.tokens[i + 2].kind == .word, !c.tokens[i + 2].capitalized,
           !c.isA(i + 2, .nounStarts) { return false }
        return true
    }

    /// Counts in words ("five workers", "a five-year contract", "a 30-year concession") and ranks
    /// ("the fourth failed season"); not ages ("a 5-year-old"), references back ("the two sides")
    /// or times ("two weeks ago").
    private func isCountOrRank(_ c: SentenceContext, _ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = c.tokens[i]
        let prev: UInt64 = i > 0 ? c.tokens[i - 1].key : 0
        if words.contains(.ordinals, t.key) {
            if words.contains(.rankVerbs, prev) { return true }
            if words.contains(.rankDeterminers, prev) && i + 1 < c.count && c.tokens[i + 1].kind == .word
                && !c.isA(i + 1, .ordinalPlaces) && c.tokens[i + 1].key != Keys.of && c.tokens[i + 1].key != Keys.and && c.tokens[i + 1].key != Keys.or { return true }
            // "a tenth of the country's solar production"
            return words.contains(.countWords, t.key) && prev == Keys.a && i + 1 < c.count && c.tokens[i + 1].key == Keys.of
        }
        var key = t.key
        var hyphenated = false
        let first = bytes[t.start]
        if first >= 0x30 && first <= 0x39 || !words.contains(.countWords, key) {
            // "30-year", "five-year", "200-employee": the part before the first hyphen.
            var h = t.start
            while h < t.end && bytes[h] != 0x2D { h += 1 }
            guard h < t.end, h > t.start else { return false }
            if t.endsWith("ld") && t.end - t.start > 4 && bytes[t.end - 4] == 0x2D { return false }  // "5-year-old"
            if first >= 0x30 && first <= 0x39 {
                guard (t.start..<h).allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 || bytes[$0] == 0x2C || bytes[$0] == 0x2E }) else { return false }
                return true
            }
            var x = Tokenizer.fnvOffset
            for var b in bytes[t.start..<h] {
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                x = (x ^ UInt64(b)) &* Tokenizer.fnvPrime
            }
            key = x
            hyphenated = true
            guard words.contains(.countWords, key) else { return false }
        }
        if !hyphenated {
            if words.contains(.anaphoricBefore, prev) { return false }
            guard i + 1 < c.count, c.tokens[i + 1].kind == .word else { return false }
            let n = i + 2 < c.count ? c.tokens[i + 2].key : 0
            let n2 = i + 3 < c.count ? c.tokens[i + 3].key : 0
            if n == FindingEvaluator.ago || n == FindingEvaluator.old || n2 == FindingEvaluator.old && words.contains(.timeUnits, n) || n2 == FindingEvaluator.ago { return false }
        }
        return true
    }

    private func isAddress(_ c: SentenceContext, _ i: Int) -> Bool {
        var j = i + 1
        while j < c.count && j <= i + 3 && c.tokens[j].kind == .word && c.tokens[j].capitalized {
            if c.isA(j, .streetWords) { return j > i + 1 }
            j += 1
        }
        return false
    }

    /// A hyphenated count near a vote word is a tally: "voted 4-3", "the vote was 71-29", "a 52-48 vote".
    private func isTally(_ c: SentenceContext, _ i: Int) -> Bool {
        for j in max(0, i - 3)..<min(c.count, i + 3) where j != i {
            if c.tokens[j].key == Keys.comma || c.tokens[j].key == Keys.semicolon { if j < i { continue } else { break } }
            if c.isA(j, .voteWords) { return true }
        }
        return false
    }

    private func isScore(_ t: Token) -> Bool {
        // "won 3-1", "a 21-17 victory": digits either side of a hyphen.
        (t.start..<t.end).contains { work.prose.bytes[$0] == 0x2D }
    }

    private func isYear(_ c: SentenceContext, _ i: Int) -> Bool {
        let t = c.tokens[i]
        guard t.end - t.start == 4 else { return false }
        var v = 0
        for b in work.prose.bytes[t.start..<t.end] {
            guard b >= 0x30 && b <= 0x39 else { return false }
            v = v * 10 + Int(b - 0x30)
        }
        return v >= 1800 && v <= 2100
    }
}
