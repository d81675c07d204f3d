/// Applies the finding rules to a document's attributions and sentences.
struct FindingEvaluator {
    let rules: RuleSet
    let work: Work
    let attributions: [Attribution]

    func evaluate() -> [Finding] {
        var out: [Finding] = []
        let items = work.attributions
        // Attributions of each sentence: `order[bySentence[s]]` are indices into `items`.
        let order = items.indices.sorted { items[$0].context < items[$1].context }
        var bySentence = [Range<Int>](repeating: 0..<0, count: work.contexts.count)
        var k = 0
        while k < order.count {
            var e = k + 1
            while e < order.count && items[order[e]].context == items[order[k]].context { e += 1 }
            bySentence[items[order[k]].context] = k..<e
            k = e
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
            for item in items {
                let a = item.attribution
                // Inherited quotation attributions repeat their donor's facts: judge the donor only.
                if a.rules.first == "attribution.inherited" { continue }
                guard matches(cond, a, item) else { continue }
                guard let span = target(rule.target, a) else { continue }
                out.append(Finding(rule: rule.id, severity: rule.severity, message: rule.message, span: span,
                                   sentence: a.sentence, confidence: min(1, a.confidence * rule.confidence)))
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

    func matches(_ c: FindingCondition, _ a: Attribution, _ item: Work.Item) -> Bool {
        if let kinds = c.sourceKinds {
            guard let s = a.source, kinds.contains(s.kind) || kinds.contains(s.effectiveKind) && s.kind == .pronoun && !kinds.contains(.pronoun)
            else { return false }
        }
        if let r = c.reason {
            switch r {
            case .none: if a.anonymityReason != nil { return false }
            case .any: if a.anonymityReason == nil { return false }
            case .boilerplate, .substantive: if a.anonymityReason == nil || item.reasonKind != r { return false }
            }
        }
        if let l = c.cueLoaded, a.cue?.loaded != l { return false }
        if let cats = c.cueCategories { guard let cat = a.cue?.category, cats.contains(cat) else { return false } }
        if let groups = c.cueGroups { guard let g = a.cue?.rule, groups.contains(g) else { return false } }
        if let q = c.quote, !q.contains(a.quote) { return false }
        return true
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
            return isCheckWorthy(c) ? sentenceSpan(c) : nil
        }
    }

    /// A short quoted fragment inside a sentence ("calling it \"fake news\"") is a partial quote,
    /// not a quotation that needs its own speaker.
    func opensOrIsLong(_ c: SentenceContext, _ q: QuoteSpan) -> Bool {
        if let open = q.open, open <= c.contentFloor { return true }
        return (q.contentStart..<q.contentEnd).filter { c.tokens[$0].isWord }.count >= 6
    }

    static let monthKeys = KeySet([
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ])
    static let timeKeys = KeySet(["a.m.", "p.m.", "a.m", "p.m", "am", "pm", "o'clock"])

    /// Figures (other than dates, years, times, ages and identifiers), quantity words,
    /// superlatives and causal claims make a sentence check-worthy.
    func isCheckWorthy(_ c: SentenceContext) -> Bool {
        var words = 0
        for t in c.tokens where t.isWord { words += 1; if words >= 4 { break } }
        guard words >= 4 else { return false }
        for i in 0..<c.count where c.has(i, .claimMarker) { return true }
        for (i, t) in c.tokens.enumerated() where t.kind == .number {
            if isYear(c, i) { continue }
            if i > 0 && (FindingEvaluator.monthKeys.contains(c.tokens[i - 1].key)
                         || (c.tokens[i - 1].key == Keys.period && i > 1 && FindingEvaluator.monthKeys.contains(c.tokens[i - 2].key))) { continue }
            if i + 1 < c.count && (c.tokens[i + 1].key == Keys.colon || FindingEvaluator.timeKeys.contains(c.tokens[i + 1].key)) { continue }
            if i > 0 && c.tokens[i - 1].key == Keys.colon { continue }
            if i > 0 && (c.tokens[i - 1].key == Keys.no || c.tokens[i - 1].key == Keys.period && i > 1 && c.tokens[i - 2].key == Keys.no) { continue }
            // Age: "Jane Doe, 54, said"
            if i > 0 && i + 1 < c.count && c.tokens[i - 1].key == Keys.comma && c.tokens[i + 1].key == Keys.comma { continue }
            return true
        }
        return false
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
