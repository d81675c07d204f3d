/// Runs the rules over documents. Pure: values in, values out; no I/O, no printing.
///
/// Per sentence: tokenize, match the lexicon trie, find quotations, then try every pattern at each
/// cue in priority order (the first match wins). Then, across the document: anonymity reasons,
/// pronoun resolution, quotations that inherit a neighbour's attribution, hedges, and findings.
public struct Analyzer: Sendable {
    public let rules: RuleSet
    public let segmenter: Segmenter
    let patternTable: PatternTable
    let lexicon: SharedLexicon

    public init(rules: RuleSet) {
        self.rules = rules
        self.segmenter = Segmenter(abbreviations: rules.abbreviations)
        self.patternTable = PatternTable(rules.patterns, groups: rules.lexicon.groups.count)
        self.lexicon = SharedLexicon(rules)
    }

    /// Confidence multipliers, documented in docs/confidence.md.
    enum Weight {
        static let nested = 0.85
        static let longSource = 0.9
        static let pronounResolved = 0.95
        static let pronounUnresolved = 0.75
        static let inheritedRun = 0.8
        static let inheritedParagraph = 0.6
        static let inheritedAdjacent = 0.75
        static let hedge = 0.9
        /// An intention or wish ("wants to", "plans to"): often the story's inference, never `high`.
        static let intention = 0.85
    }

    public func analyze(document: SourceDocument) throws -> DocumentAnalysis {
        let prose = try DocumentReader.prose(for: document)
        return analyze(document: document, prose: prose)
    }

    /// Analyses already-read text (rule examples, tests).
    public func analyze(text: String, name: String = "example") -> DocumentAnalysis {
        let doc = SourceDocument(name: name, bytes: Array(text.utf8), format: .text)
        return analyze(document: doc, prose: PlainTextReader.read(doc.bytes))
    }

    func analyze(document: SourceDocument, prose: ProseText) -> DocumentAnalysis {
        let (sentences, prepared) = prepare(prose)
        var work = prepared
        work.definiteGroupsOfNamedPeople()
        work.resolvePronouns()
        work.shareReasons()
        work.inheritQuotes()
        work.continueTranscriptTurns()
        var attributions = work.attributions.map(\.attribution)
        attributions.sort { ($0.sentence, $0.cue?.span.start ?? 0) < ($1.sentence, $1.cue?.span.start ?? 0) }
        rules.calibration.apply(to: &attributions)
        let findings = FindingEvaluator(rules: rules, work: work, attributions: attributions).evaluate()
        return DocumentAnalysis(document: document, sentences: sentences, attributions: attributions, findings: findings)
    }

    /// The sentences and the per-sentence attributions, before the passes over the whole document.
    func prepare(_ prose: ProseText) -> ([Sentence], Work) {
        let sentences = segmenter.sentences(in: prose)
        var contexts: [SentenceContext] = []
        contexts.reserveCapacity(sentences.count)
        // One token array for the whole document, sentence after sentence.
        let all = TokenBuffer(capacity: prose.bytes.count / 5 + 16)
        var starts: [Int] = []
        starts.reserveCapacity(sentences.count + 1)
        prose.bytes.withUnsafeBufferPointer { t in
            for s in sentences {
                starts.append(all.count)
                Tokenizer.tokenize(t, s.prose.start..<s.prose.end, into: all)
            }
            starts.append(all.count)
            Quotes.markSingleQuotes(all.buffer, starts: starts, paragraph: { sentences[$0].paragraph }, t, words: lexicon.words)
        }
        let storage = TokenStorage(all, words: lexicon.words)
        lexicon.lexicon.hitTables(UnsafeBufferPointer(storage.tokens), starts: starts, into: storage)
        for (i, s) in sentences.enumerated() {
            contexts.append(SentenceContext(index: i, paragraph: s.paragraph, storage: storage, range: starts[i]..<starts[i + 1],
                                            hits: storage.hitTable(base: starts[i]), lexicon: lexicon))
        }
        Quotes.assign(&contexts)

        var work = Work(prose: prose, contexts: contexts, words: lexicon.words)
        for c in contexts {
            work.attribute(c, patterns: patternTable)
            c.forgetMatcherMemo()
        }
        return (sentences, work)
    }
}

/// The state of one document's analysis while it is built.
struct Work {
    let prose: ProseText
    let contexts: [SentenceContext]
    let words: WordSets

    /// An attribution with the token-level facts later passes need.
    struct Item {
        var attribution: Attribution
        var context: Int
        var sourceTokens: Range<Int>?
        var contentTokens: Range<Int>?
        var reasonKind: FindingCondition.Reason
        var plural: Bool
        /// The reason speaks for others too ("who, like the others, requested anonymity …").
        var groupReason = false
    }

    var attributions: [Item] = []

    init(prose: ProseText, contexts: [SentenceContext], words: WordSets) {
        self.prose = prose
        self.contexts = contexts
        self.words = words
    }

    func span(_ c: SentenceContext, _ r: Range<Int>) -> Span {
        prose.originalSpan(Span(c.tokens[r.lowerBound].start, c.tokens[r.upperBound - 1].end))
    }

    // MARK: - Patterns

    mutating func attribute(_ c: SentenceContext, patterns: PatternTable) {
        var taken: [Range<Int>] = []  // token ranges already used as cue or source
        var contents: [Range<Int>] = []
        for cue in c.cueCandidates() {
            if taken.contains(where: { $0.overlaps(cue.start..<cue.end) }) { continue }
            // Words inside a quotation are the speaker's, not the story's attributions.
            if c.quote(containing: cue.coreStart) != nil { continue }
            if cue.group.lexiconClass == .hedge {
                addHedge(c, cue)
                taken.append(cue.start..<cue.end)
                continue
            }
            for pi in patterns.byGroup[Int(cue.group.index)] {
                let p = patterns.patterns[pi]
                guard var m = c.match(p, cue) else { continue }
                if !p.hasSource && !p.sourceless {
                    // "X claimed … and said …", "X dismissed it, saying …": the cue shares the source
                    // of the attribution before it in the sentence, or else the clause's subject.
                    if let prev = lastSourced(in: c.index),
                       let r = attributions[prev].sourceTokens, let k = attributions[prev].attribution.source?.kind {
                        m.source = SourcePhrase(start: r.lowerBound, end: r.upperBound, kind: k, certainty: 1, aside: nil, group: nil)
                    } else if let subject = c.subject(before: cue.start, lenient: true), subject.end < cue.start {
                        m.source = subject
                    } else {
                        continue
                    }
                } else if let s = m.source, taken.contains(where: { $0.overlaps(s.start..<s.end) }),
                          !c.isRelativeCue(cue.start, after: s.end) {
                    // A source serves one cue, except the antecedent of a relative clause ("was disputed
                    // by analysts, who said …").
                    continue
                }
                let nested = contents.contains { $0.contains(cue.start) }
                // A belief reported inside someone's statement ("said she hoped …") is part of it.
                if nested && cue.group.category == .cognition { break }
                // So is a promise or threat ("sources said the delegation had threatened to leave").
                if nested, let r = m.content, c.tokens[r.lowerBound].key == Keys.to { break }
                // And an appeal ("said party leaders had urged him to stay out").
                if nested && cue.group.index == c.lexicon.index(.urge) { break }
                // And a stance ("said he supports the compromise", "said China opposed the sanctions").
                if nested && c.isA(cue.coreEnd - 1, .stanceCues) { break }
                // "said the figure had been disputed by analysts": what a nested passive reports starts
                // inside the statement around it, not at the sentence's start.
                if p.passive, let r = m.content, let outer = contents.first(where: { $0.contains(cue.start) }), r.lowerBound < outer.lowerBound {
                    let clamped = c.trimmed(outer.lowerBound..<r.upperBound)
                    if clamped.isEmpty { continue }
                    m.content = clamped
                }
                add(c, m, pattern: p, nested: nested)
                taken.append(m.cue.start..<m.cue.end)
                if let s = m.source { taken.append(s.start..<s.end) }
                if let r = m.content { contents.append(r) }
                break
            }
        }
    }

    /// The index of the last attribution of sentence `s` that has a source. ``attribute(_:patterns:)``
    /// appends attributions sentence by sentence, so the scan stops at the first item of an earlier
    /// sentence: a `last(where:)` over the whole list made long documents quadratic.
    func lastSourced(in s: Int) -> Int? {
        var i = attributions.count - 1
        while i >= 0 && attributions[i].context == s {
            // A statement reported inside the content of another ("said it opposed the sale and urged
            // …") is not the one a coordinated verb continues.
            if let r = attributions[i].sourceTokens,
               !attributions[..<i].reversed().prefix(while: { $0.context == s }).contains(where: { $0.contentTokens?.contains(r.lowerBound) == true }) {
                return i
            }
            i -= 1
        }
        return nil
    }

    /// The index of the first of `attributions[..<n]` whose sentence is `s` or later. Until
    /// ``inheritQuotes()`` appends, attributions are in sentence order (``attribute(_:patterns:)``
    /// adds them sentence by sentence and later passes only edit them), so the attributions of
    /// sentence `s` are `firstAttribution(s, n)..<firstAttribution(s + 1, n)`: a binary search, where a
    /// filter of the whole list per sentence made long documents quadratic.
    func firstAttribution(_ s: Int, _ n: Int) -> Int {
        // (`inSentenceOrder` checks the order once per pass in debug builds.)
        var lo = 0
        var hi = n
        while lo < hi {
            let mid = (lo + hi) / 2
            if attributions[mid].context < s { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    var inSentenceOrder: Bool {
        (0..<max(0, attributions.count - 1)).allSatisfy { attributions[$0].context <= attributions[$0 + 1].context }
    }

    mutating func add(_ c: SentenceContext, _ m: PatternMatch, pattern: CompiledPattern, nested: Bool) {
        var confidence = pattern.confidence
        let cueRule = c.lexicon.id(m.cue.group.index)
        var rules = [pattern.id, cueRule]
        var source: SourceMention?
        var reason: Span?
        var reasonKind = FindingCondition.Reason.none
        var plural = false
        var groupReason = false
        if var s = m.source {
            // "The director, who spoke on condition of anonymity,": a title qualified as unnamed.
            if s.kind == .named, s.group == NamedGroup.title.id, let aside = s.aside, aside.contains(where: { c.has($0, .reason) }) {
                s.kind = .anonymous
            }
            // "Several employees, who declined to give their names for fear of retaliation,": people
            // granted anonymity are described, unnamed sources, not a vague group.
            if s.kind == .vague, let aside = s.aside, aside.contains(where: { c.has($0, .reason) }) {
                s.kind = .anonymous
            }
            source = SourceMention(span: span(c, s.start..<s.end), kind: s.kind)
            confidence *= s.certainty
            if s.end - s.start > 8 { confidence *= Analyzer.Weight.longSource }
            // "Ramírez and his wife Elena": two named people are plural too.
            plural = c.tokens[s.end - 1].endsWith("s") && !c.tokens[s.end - 1].possessive
                || s.kind == .named && (s.start..<s.end).contains { c.tokens[$0].key == Keys.and }
                // "They said …": a plural pronoun is a plural antecedent for the next "they".
                || s.kind == .pronoun && (c.tokens[s.start].key == Keys.they || c.tokens[s.start].key == Keys.we)
            // "People close to the secretary", "two officials familiar with the plan": the head says it.
            if s.kind == .anonymous || s.kind == .vague { plural = isPlural(c, s.start..<s.end) }
            if let g = s.group { rules.append(g) }
            if s.kind == .anonymous || s.kind == .vague, let (r, kind, group) = findReason(c, near: s) {
                reason = span(c, r)
                reasonKind = kind
                rules.append(group)
                groupReason = r.contains { i in
                    c.tokens[i].key == Work.likeKey && window(i + 1, min(r.upperBound, i + 3)).contains { c.tokens[$0].key == Keys.others }
                }
            }
        }
        if nested { confidence *= Analyzer.Weight.nested }
        // "plans to …", "hopes to …": an intention or hope is medium at most.
        if c.isA(m.cue.coreEnd - 1, .intentionCues)
            || m.cue.group.category == .cognition && m.content.map({ c.tokens[$0.lowerBound].key == Keys.to }) == true {
            confidence *= Analyzer.Weight.intention
        }
        let cueSpan = span(c, m.cue.start..<m.cue.end)
        // "Prosecutors allege", "the lawsuit alleges": in a legal filing "allege" is the neutral term.
        var loaded = m.cue.group.loaded
        if loaded, c.isA(m.cue.start, .allegeVerbs), let s = m.source,
           (s.start..<s.end).contains(where: { c.isA($0, .legalSources) }) { loaded = false }
        let cue = Cue(span: cueSpan, category: m.cue.group.category ?? .speech, loaded: loaded, rule: cueRule)
        let anonymous = source.map { $0.kind == .anonymous || $0.kind == .vague } ?? false
        let a = Attribution(sentence: c.index, cue: cue, source: source, content: m.content.map { span(c, $0) }, quote: m.quote,
                            anonymous: anonymous, anonymityReason: reason, confidence: min(1, confidence), rules: rules)
        attributions.append(Item(attribution: a, context: c.index, sourceTokens: m.source.map { $0.start..<$0.end },
                                 contentTokens: m.content, reasonKind: reasonKind, plural: plural, groupReason: groupReason))
    }

    mutating func addHedge(_ c: SentenceContext, _ cue: CueCandidate) {
        let id = c.lexicon.id(cue.group.index)
        let a = Attribution(sentence: c.index,
                            cue: Cue(span: span(c, cue.start..<cue.end), category: .hedge, loaded: cue.group.loaded, rule: id),
                            source: nil, content: nil, quote: .none, anonymous: false, anonymityReason: nil,
                            confidence: Analyzer.Weight.hedge, rules: ["pattern.hedge", id])
        attributions.append(Item(attribution: a, context: c.index, sourceTokens: nil, contentTokens: nil, reasonKind: .none, plural: false))
    }

    // MARK: - Anonymity reasons

    /// The reason near an anonymous source: in its appositive / relative clause, else anywhere in
    /// the sentence. Returns the token range, whether it explains anything, and the group id.
    func findReason(_ c: SentenceContext, near s: SourcePhrase) -> (Range<Int>, FindingCondition.Reason, String)? {
        var found: (Int, Int32)?
        if let aside = s.aside {
            for i in aside { if let h = c.hit(i, .reason) { found = (i, h.group); break } }
        }
        if found == nil {
            for i in 0..<c.count { if let h = c.hit(i, .reason) { found = (i, h.group); break } }
        }
        guard let (at, group) = found else { return nil }
        var range: Range<Int>
        if let aside = s.aside, aside.contains(at) {
            range = aside
        } else {
            var a = at
            while a > 0 && at - a < 3 && c.tokens[a - 1].kind == .word && c.tokens[a - 1].key != Keys.that { a -= 1 }
            // Start at "who" / "speaking" / "because" when just before.
            var e = at
            while e < c.count && c.tokens[e].key != Keys.comma && !(c.tokens[e].kind == .punct && c.tokens[e].key == Keys.period)
                    && c.tokens[e].kind != .quote && c.tokens[e].key != Keys.semicolon { e += 1 }
            if let w = (a...at).first(where: { [Keys.who, Keys.because].contains(c.tokens[$0].key) || c.has($0, .reason) }) { a = w }
            // "said on condition of anonymity, citing the sensitivity of the negotiations": the
            // explanation after the comma belongs to the reason.
            if e + 1 < c.count && c.tokens[e].key == Keys.comma
                && (c.tokens[e + 1].key == SentenceContext.citingKey || c.has(e + 1, .reasonConnective)) {
                e += 1
                while e < c.count && c.tokens[e].key != Keys.comma && !(c.tokens[e].kind == .punct && c.tokens[e].key == Keys.period)
                        && c.tokens[e].kind != .quote && c.tokens[e].key != Keys.semicolon { e += 1 }
            }
            range = a..<e
        }
        range = c.trimmed(range)
        guard !range.isEmpty else { return nil }
        return (range, reasonKind(c, range), c.lexicon.id(group))
    }

    /// A reason explains something when a connective ("because", "to discuss") is followed by a
    /// word that is neither rote ("not authorized to speak publicly") nor a function word.
    ///
    /// A lack of permission is rote whatever its topic ("because they were not authorized to discuss
    /// the investigation publicly", like "who was not authorized to discuss the talks"); a word of
    /// secrecy, sensitivity or fear anywhere ("…, which remain secret", "classified", "for fear of")
    /// explains why.
    func reasonKind(_ c: SentenceContext, _ r: Range<Int>) -> FindingCondition.Reason {
        if r.contains(where: { c.isA($0, .sensitivityWords) }) { return .substantive }
        var i = r.lowerBound
        while i < r.upperBound {
            if let h = c.hit(i, .reasonConnective), !(i > 0 && c.isA(i - 1, .permissionWords)) {
                var j = h.end
                while j < r.upperBound {
                    // "…not authorized to discuss the investigation": the permission's object says no more.
                    if c.isA(j, .permissionWords) {
                        while j < r.upperBound && !c.isA(j, .clauseBreaks) { j += 1 }
                        continue
                    }
                    if let rote = c.hit(j, .roteReason) {
                        let permission = (j..<rote.end).contains { c.isA($0, .permissionWords) }
                        j = rote.end
                        if permission { while j < r.upperBound && !c.isA(j, .clauseBreaks) { j += 1 } }
                        continue
                    }
                    let t = c.tokens[j]
                    if t.kind == .word && !words.contains(.stopWords, t.key) && !words.contains(.permissionWords, t.key) { return .substantive }
                    j += 1
                }
                i = h.end
                continue
            }
            i += 1
        }
        return .boilerplate
    }

    // MARK: - Reasons given elsewhere

    /// A word's key without a plural "s", for matching "official" with "officials".
    func stemKey(_ c: SentenceContext, _ i: Int) -> UInt64 {
        let t = c.tokens[i]
        var bytes = Array(prose.bytes[t.start..<t.end])
        if bytes.count > 3, bytes.last == 0x73 || bytes.last == 0x53 { bytes.removeLast() }
        // "the person" is one of "the people".
        return t.key == Work.personKey ? Keys.people : Tokenizer.hash(bytes)
    }

    /// An anonymous source without a reason in its sentence is covered when the next sentence of
    /// the paragraph gives one ("Those people requested anonymity because …"), or when it refers
    /// back ("the officials", "one official", "another") to sources whose reason the story gave
    /// earlier — a reason needs stating once, not at every mention.
    static let personKey: UInt64 = 0x5bd49c0b7a0b61e0  // "person"
    static let likeKey: UInt64 = 0xbf5c99ad695db7d6  // "like"
    static let theirKey: UInt64 = 0xeb06b1725dc70d87  // "their"
    static let ourKey: UInt64 = 0x19f7991921bbcc99  // "our"
    static let itsKey: UInt64 = 0x2bb3ea192be54d99  // "its"

    mutating func shareReasons() {
        reasonsInNextSentence()
        reasonsAtNextMention()
        defer { reasonsOfAntecedents() }
        for idx in attributions.indices {
            let item = attributions[idx]
            guard item.attribution.anonymous, item.attribution.anonymityReason == nil,
                  item.attribution.source?.effectiveKind == .anonymous, let tr = item.sourceTokens else { continue }
            let c = contexts[item.context]
            // An earlier reason for the same sources.
            let first = c.tokens[tr.lowerBound].key
            // "Two of them", "one of those": members of the group just described; "a third": one more of it.
            let partitive = tr.count == 3 && c.tokens[tr.lowerBound + 1].key == Keys.of
                && c.isA(tr.lowerBound + 2, .partitivePronouns)
            let nextOne = tr.count == 2 && first == Keys.a && c.isA(tr.lowerBound + 1, .mentionOrdinals)
            // "one of the people", "two of the officials": members of a group described by its noun.
            let partitiveNoun = isPartitiveNoun(c, tr)
            guard words.contains(.anaphoric, first) || tr.count == 1 || partitive || nextOne || partitiveNoun else { continue }
            // "one person involved in the talks": described anew by its own access, a new source.
            if first == Keys.one && !partitiveNoun && tr.contains(where: { c.has($0, .anonymityQualifier) }) { continue }
            // "The other diplomat", "another official", "a second official": explicitly not the one
            // whose reason was given ("another" alone still refers to a member of the group).
            if tr.contains(where: { c.tokens[$0].key == Keys.other }) { continue }
            if tr.count > 1 && !nextOne && (first == Keys.another || c.isA(min(tr.lowerBound + 1, tr.upperBound - 1), .mentionOrdinals)) { continue }
            let plural = isPluralSource(item)
            // Head words only: "one", "another" are lexicon words too but say nothing of the role.
            let heads = Set(tr.filter { c.tokens[$0].kind == .word && !c.isA($0, .anaphoric) }.map { stemKey(c, $0) })
            // "Officials said" with no determiner is not clearly a later mention: it takes the reason
            // only of the nearest anonymous source before it, in its paragraph or the one before.
            // ("One official said" is one more official, not clearly one of a group named long before.)
            let bare = tr.count == 1 && !words.contains(.anaphoric, first) || partitive || nextOne || tr.count == 2 && first == Keys.one
            let genericPerson = tr.count == 2 && first == Keys.the && c.tokens[tr.lowerBound + 1].key == Work.personKey
            var sawOther = false
            for j in stride(from: idx - 1, through: max(0, idx - 300), by: -1) {
                let o = attributions[j]
                if bare && (sawOther || c.paragraph - contexts[o.context].paragraph > 1) { break }
                guard o.attribution.source?.effectiveKind == .anonymous, o.attribution.rules.first != "attribution.inherited",
                      let orange = o.sourceTokens else { continue }
                let oc = contexts[o.context]
                // "said a longtime adviser, who requested anonymity … . “…,” the person added.": "the
                // person" is the one unnamed person just quoted, whatever the noun that described them.
                if genericPerson && !isPluralSource(o) {
                    guard c.paragraph - oc.paragraph <= 3, let reason = o.attribution.anonymityReason else { break }
                    attributions[idx].attribution.anonymityReason = reason
                    attributions[idx].reasonKind = o.reasonKind
                    attributions[idx].attribution.rules.append("reason.earlier")
                    break
                }
                let oheads = Set(orange.filter { oc.tokens[$0].kind == .word
                                                 && (oc.has($0, .anonymousSource) || oc.has($0, .populationSource) || oc.isA($0, .groupNouns))
                                                 && !oc.isA($0, .anaphoric) }
                                    .map { stemKey(oc, $0) })
                guard let reason = o.attribution.anonymityReason else {
                    // "A senior official said … . 'Nothing has been decided,' the official said.": the
                    // nearest earlier source with the same role and number is the one referred to, and
                    // it gave no reason; an older reason for other people does not reach past it.
                    // ("one of the officials" is one of a plural group.)
                    if !bare && !heads.isDisjoint(with: oheads) && (partitiveNoun || plural) == isPluralSource(o) { break }
                    // "Three officials said … . “…,” one said.": one of the group just quoted, which gave no reason.
                    if tr.count == 1 && first == Keys.one && isPluralSource(o) && item.context - o.context <= 2 { break }
                    // "One official said … . Another said …": another of the people just quoted, who gave no reason.
                    if tr.count == 1 && first == Keys.another && item.context - o.context <= 2 { break }
                    sawOther = true
                    continue
                }
                let elliptical = tr.count == 1 && (first == Keys.another || first == Keys.one) || partitive || nextOne
                // "Officials say" after "The official, who …": a group is not covered by one person's reason
                // (unless it speaks for them: "one of the people, who, like the others, requested anonymity").
                if !elliptical && plural && !isPluralSource(o) && !o.groupReason {
                    sawOther = true
                    continue
                }
                if elliptical || !heads.isDisjoint(with: oheads) {
                    attributions[idx].attribution.anonymityReason = reason
                    attributions[idx].reasonKind = o.reasonKind
                    attributions[idx].attribution.rules.append("reason.earlier")
                    break
                }
                sawOther = true
            }
        }
    }

    /// "President Ruiz and Chancellor Weber met on Monday. … The two leaders said in a joint
    /// statement …": a definite counted group ("the two leaders") refers back to people the story has
    /// introduced. When no earlier anonymous source shares its role noun and named sources came just
    /// before, it names them again: named, not anonymous.
    mutating func definiteGroupsOfNamedPeople() {
        for idx in attributions.indices {
            let item = attributions[idx]
            guard item.attribution.source?.kind == .anonymous, let tr = item.sourceTokens, tr.count >= 2 else { continue }
            let c = contexts[item.context]
            let first = c.tokens[tr.lowerBound].key
            let second = c.tokens[tr.lowerBound + 1]
            let definite = tr.count >= 3 && first == Keys.the && (second.kind == .number || words.contains(.numberWords, second.key)
                    || second.key == Work.bothKey) && isPlural(c, tr)
            // "Both campaigns", "Each of the three candidates": the members of a set, named when the
            // story has just named them.
            let last = c.tokens[tr.upperBound - 1]
            let allCounted = first == Keys.all && (second.kind == .number || words.contains(.numberWords, second.key))
            let set = (first == Work.bothKey || first == Work.eachKey || allCounted) && last.kind == .word && last.endsWith("s") && !last.possessive
                && !tr.dropFirst().contains(where: { c.tokens[$0].capitalized })
            guard definite || set, !tr.contains(where: { c.has($0, .anonymityQualifier) }) else { continue }
            var heads = Set(tr.filter { c.has($0, .anonymousSource) || c.has($0, .populationSource) || c.has($0, .title) }.map { stemKey(c, $0) })
            if heads.isEmpty && set { heads = [stemKey(c, tr.upperBound - 1)] }
            guard !heads.isEmpty else { continue }
            var namedBefore = 0
            var anonymousBefore = false
            for j in stride(from: idx - 1, through: 0, by: -1) {
                let o = attributions[j]
                if c.paragraph - contexts[o.context].paragraph > 2 { break }
                guard let os = o.attribution.source, let orange = o.sourceTokens else { continue }
                if os.kind == .named { namedBefore += 1 }
                let oc = contexts[o.context]
                if os.kind == .anonymous || os.kind == .vague, orange.contains(where: { heads.contains(stemKey(oc, $0)) }) {
                    anonymousBefore = true
                    break
                }
            }
            guard !anonymousBefore, namedBefore >= 1 else { continue }
            attributions[idx].attribution.source?.kind = .named
            attributions[idx].attribution.anonymous = false
            attributions[idx].attribution.rules.append("reference.named")
        }
    }

    /// "A senior official, who spoke on condition of anonymity because …, said … . He said …": a
    /// pronoun resolved to an anonymous source takes the reason given for that source.
    mutating func reasonsOfAntecedents() {
        // Fields are read by index: a copy of each attribution retained every string of it.
        for idx in attributions.indices {
            guard let src = attributions[idx].attribution.source, src.kind == .pronoun, src.resolvedKind == .anonymous,
                  let target = src.resolved, attributions[idx].attribution.anonymityReason == nil else { continue }
            for j in stride(from: idx - 1, through: 0, by: -1) {
                guard let os = attributions[j].attribution.source, os.span == target || os.resolved == target,
                      let reason = attributions[j].attribution.anonymityReason else { continue }
                attributions[idx].attribution.anonymityReason = reason
                attributions[idx].reasonKind = attributions[j].reasonKind
                attributions[idx].attribution.rules.append("reason.antecedent")
                break
            }
        }
    }

    /// "Three U.S. officials said … . The officials, who spoke on condition of anonymity to …, said
    /// …": a reason given at the next mention that refers back ("the officials", "the diplomat")
    /// covers the first mention in the sentence or two before it.
    mutating func reasonsAtNextMention() {
        for idx in attributions.indices {
            let item = attributions[idx]
            guard let reason = item.attribution.anonymityReason, !item.attribution.rules.contains(where: { $0.hasPrefix("reason.") }),
                  item.attribution.source?.effectiveKind == .anonymous, let tr = item.sourceTokens else { continue }
            let c = contexts[item.context]
            let first = c.tokens[tr.lowerBound].key
            guard first == Keys.the || first == Work.thoseKey || first == Work.theseKey || first == Keys.that || first == Keys.this else { continue }
            let heads = Set(tr.filter { c.has($0, .anonymousSource) || c.has($0, .populationSource) || c.has($0, .title)
                                        || c.isA($0, .groupNouns) }.map { stemKey(c, $0) })
            guard !heads.isEmpty else { continue }
            for j in stride(from: idx - 1, through: 0, by: -1) {
                let o = attributions[j]
                if item.context - o.context > 2 { break }
                guard o.context < item.context, o.attribution.anonymityReason == nil, o.attribution.source?.effectiveKind == .anonymous,
                      o.attribution.rules.first != "attribution.inherited", let orange = o.sourceTokens else { continue }
                let oc = contexts[o.context]
                if orange.contains(where: { heads.contains(stemKey(oc, $0)) }) {
                    // The nearest mention is the one referred to, with the mentions it refers back to.
                    var k: Int? = j
                    var hops = 0
                    while let m = k, hops < 4 {
                        attributions[m].attribution.anonymityReason = reason
                        attributions[m].reasonKind = item.reasonKind
                        attributions[m].attribution.rules.append("reason.next-mention")
                        k = earlierMention(of: m)
                        hops += 1
                    }
                    break
                }
            }
        }
    }

    static let bothKey: UInt64 = 0xcd17f69bc69bbca2  // "both"
    static let eachKey: UInt64 = 0x214bac601e6d7da8  // "each"
    static let thoseKey: UInt64 = 0x418338728eb9a12a  // "those"
    static let theseKey: UInt64 = 0xeaf1ba725db4c0c8  // "these"

    /// A sentence of its own that gives a reason ("They spoke on condition of anonymity because …")
    /// covers the anonymous sources of the one or two sentences before it in the paragraph that agree
    /// with its subject: "they" or a plural noun → plural sources, "he", "she" or a singular noun →
    /// one person. A subject that tells nothing ("Anonymity was granted …") covers every anonymous
    /// source of the sentence just before.
    mutating func reasonsInNextSentence() {
        var attributed = [Bool](repeating: false, count: contexts.count)
        for item in attributions { attributed[item.context] = true }
        let n = attributions.count
        assert(inSentenceOrder)
        for nc in contexts where !attributed[nc.index] {
            guard let at = (0..<nc.count).first(where: { nc.has($0, .reason) }) else { continue }
            let r = nc.trimmed(at..<max(at + 1, nc.lastContentToken + 1))
            guard !r.isEmpty else { continue }
            let number = subjectNumber(nc)
            var subjectHeads = Set<UInt64>()
            // ("Those people were …": the demonstrative is no phrase word rightwards.)
            let opener = nc.contentFloor < nc.count && (nc.tokens[nc.contentFloor].key == Work.thoseKey || nc.tokens[nc.contentFloor].key == Work.theseKey)
            if nc.contentFloor + 1 < nc.count, let (subject, _) = nc.sourceStarting(at: nc.contentFloor + (opener ? 1 : 0)) {
                for i in subject.start..<subject.end where nc.has(i, .anonymousSource) || nc.has(i, .populationSource) || nc.isA(i, .groupNouns) {
                    subjectHeads.insert(stemKey(nc, i))
                }
            }
            // The one or two sentences before, passing over up to three sentences of a quotation that
            // goes on after its attribution ("“…,” the former officer said. “… ¶ “And they did.” ¶ The
            // officer spoke on the condition of anonymity …"; their attributions are inherited later).
            var before: [Int] = []
            var p = nc.index - 1
            var skipped = 0
            while p >= 0 && before.count < 2 {
                if !attributed[p] && skipped < 3 && contexts[p].quotes.contains(where: { isQuotation(contexts[p], $0) }) {
                    skipped += 1
                } else {
                    // Wire copy gives each sentence a paragraph: the sentence just before counts across the break.
                    guard contexts[p].paragraph == nc.paragraph || before.isEmpty else { break }
                    before.append(p)
                }
                p -= 1
            }
            for p in before {
                let candidates = (firstAttribution(p, n)..<firstAttribution(p + 1, n)).filter {
                    let a = attributions[$0]
                    return a.context == p && a.sourceTokens != nil && a.attribution.anonymityReason == nil
                        && a.attribution.rules.first != "attribution.inherited" && a.attribution.source?.effectiveKind == .anonymous
                }
                var fitting = number.map { n in candidates.filter { isPluralSource(attributions[$0]) == n } } ?? candidates
                // "… officials believe …, according to two people briefed … . Those people were not
                // authorized …": a subject with a noun covers the sources with that noun when there are some.
                if fitting.count > 1 && !subjectHeads.isEmpty {
                    let same = fitting.filter { i in
                        attributions[i].sourceTokens!.contains { subjectHeads.contains(stemKey(contexts[p], $0)) }
                    }
                    if !same.isEmpty { fitting = same }
                }
                if fitting.isEmpty {
                    if number == nil { break }
                    continue
                }
                for idx in fitting {
                    // "… according to four U.S. officials. ¶ …, two of the officials said. ¶ The officials
                    // spoke on the condition of anonymity …": the mentions it refers back to are covered too.
                    var k: Int? = idx
                    var hops = 0
                    while let m = k, hops < 4 {
                        attributions[m].attribution.anonymityReason = span(nc, r)
                        attributions[m].reasonKind = reasonKind(nc, r)
                        attributions[m].attribution.rules.append("reason.next-sentence")
                        k = earlierMention(of: m)
                        hops += 1
                    }
                }
                break
            }
            // "The officials spoke on condition of anonymity because … . The talks stalled. Officials
            // said …": a reason whose subject names the sources covers them in the next two sentences.
            let floor = nc.contentFloor
            guard floor < nc.count, let (subject, _) = nc.sourceStarting(at: floor), subject.kind == .anonymous else { continue }
            let heads = (subject.start..<subject.end).filter { nc.has($0, .anonymousSource) || nc.has($0, .populationSource) }.map { stemKey(nc, $0) }
            guard !heads.isEmpty else { continue }
            for idx in firstAttribution(nc.index + 1, n)..<firstAttribution(nc.index + 3, n) {
                let a = attributions[idx]
                guard a.context > nc.index, a.context <= nc.index + 2, contexts[a.context].paragraph - nc.paragraph <= 2,
                      a.attribution.anonymityReason == nil, a.attribution.source?.effectiveKind == .anonymous,
                      a.attribution.rules.first != "attribution.inherited", let tr = a.sourceTokens else { continue }
                let ac = contexts[a.context]
                // Only a mention that refers back ("The officials said", "Officials said", "one of the
                // officials") and agrees in number: "Two officials", "an official", "U.S. officials" are
                // new people.
                let lead = ac.tokens[tr.lowerBound]
                guard tr.count == 1 || words.contains(.backReferences, lead.key) || isPartitiveNoun(ac, tr) else { continue }
                if let n = number, !isPartitiveNoun(ac, tr), isPluralSource(a) != n { continue }
                if tr.contains(where: { heads.contains(stemKey(ac, $0)) }) {
                    attributions[idx].attribution.anonymityReason = span(nc, r)
                    attributions[idx].reasonKind = reasonKind(nc, r)
                    attributions[idx].attribution.rules.append("reason.earlier")
                }
            }
        }
    }

    /// The earlier mention a source refers back to ("the officials", "the people", "two of the
    /// officials", "one of them" → the group introduced in the three sentences before), when it has
    /// no reason yet.
    func earlierMention(of idx: Int) -> Int? {
        let item = attributions[idx]
        guard let tr = item.sourceTokens else { return nil }
        let c = contexts[item.context]
        let first = c.tokens[tr.lowerBound].key
        let partitive = tr.count == 3 && c.tokens[tr.lowerBound + 1].key == Keys.of
            && c.isA(tr.lowerBound + 2, .partitivePronouns)
        guard words.contains(.backReferences, first) || partitive || isPartitiveNoun(c, tr) else { return nil }
        let heads = Set(tr.filter { c.has($0, .anonymousSource) || c.has($0, .populationSource) || c.isA($0, .groupNouns) }
                          .map { stemKey(c, $0) })
        for j in stride(from: idx - 1, through: 0, by: -1) {
            let o = attributions[j]
            if item.context - o.context > 3 { break }
            guard o.context < item.context, o.attribution.source?.effectiveKind == .anonymous,
                  o.attribution.rules.first != "attribution.inherited", let orange = o.sourceTokens else { continue }
            let oc = contexts[o.context]
            let match = partitive ? isPluralSource(o) : orange.contains { heads.contains(stemKey(oc, $0)) }
            guard match else { return nil }
            return o.attribution.anonymityReason == nil ? j : nil
        }
        return nil
    }

    /// Whether the subject of a sentence is plural (true), singular (false) or says nothing (nil).
    func subjectNumber(_ c: SentenceContext) -> Bool? {
        let s = c.contentFloor
        guard s < c.count else { return nil }
        let k = c.tokens[s].key
        if words.contains(.pluralSubjects, k) { return true }
        if words.contains(.singularSubjects, k) { return false }
        guard let (phrase, _) = c.sourceStarting(at: s), phrase.group != nil, phrase.kind != .document else { return nil }
        return isPlural(c, phrase.start..<phrase.end)
    }

    /// Coordinated ("two officials and an aide") or with a plural head ("people close to him").
    func isPlural(_ c: SentenceContext, _ r: Range<Int>) -> Bool {
        if r.contains(where: { c.tokens[$0].key == Keys.and }) { return true }
        // "two of the officials", "both of them": the count says it.
        if r.count >= 3 && c.tokens[r.lowerBound + 1].key == Keys.of {
            let q = c.tokens[r.lowerBound]
            if q.key == Keys.one || q.key == Work.eachKey { return false }
            if q.kind == .number || words.contains(.numberWords, q.key) || words.contains(.pluralQuantifiers, q.key) { return true }
        }
        let t = c.tokens[max(r.lowerBound, c.headEnd(r.lowerBound, r.upperBound) - 1)]
        if words.contains(.pluralSubjects, t.key) { return true }
        return t.kind == .word && t.endsWith("s") && !t.possessive && t.end - t.start > 2
    }

    /// "one of the people", "two of the officials", "both of these people": a count, "of", a
    /// determiner and the group's noun.
    func isPartitiveNoun(_ c: SentenceContext, _ tr: Range<Int>) -> Bool {
        guard tr.count >= 4, c.tokens[tr.lowerBound + 1].key == Keys.of,
              c.isA(tr.lowerBound + 2, .groupDeterminers) else { return false }
        let q = c.tokens[tr.lowerBound]
        return q.kind == .number || words.contains(.numberWords, q.key) || words.contains(.partitiveHeads, q.key)
    }

    func isPluralSource(_ item: Item) -> Bool {
        guard let r = item.sourceTokens else { return false }
        return isPlural(contexts[item.context], r)
    }

    // MARK: - Pronouns (resolution itself: PronounResolution.swift)

    /// A named source that reads as a person: a title, or two or more capitalised words, and no
    /// organisation or document noun.
    func looksLikePerson(_ item: Item, surnames: Set<UInt64> = []) -> Bool {
        guard let r = item.sourceTokens else { return false }
        let c = contexts[item.context]
        if r.contains(where: { c.has($0, .organization) || c.has($0, .documentSource) }) { return false }
        guard item.attribution.source?.kind == .named else { return true }
        // "Democrats", "The Republicans", "Analysts at Barclays": groups, not a person.
        if r.contains(where: { c.has($0, .populationSource) }) { return false }
        return r.contains { c.has($0, .title) }
            || r.count(where: { c.tokens[$0].capitalized && !c.isA($0, .determiners) }) >= 2
            || surnames.contains(c.tokens[r.upperBound - 1].key)
    }

    static var surnameBlockingClasses: UInt32 {
        LexiconClass.organization.bit | LexiconClass.documentSource.bit | LexiconClass.anonymousSource.bit
            | LexiconClass.vagueSource.bit | LexiconClass.populationSource.bit | LexiconClass.pronoun.bit
    }

    /// Surnames of people named in full anywhere in the document ("Rui Tavares", "Gerald Ashby Jr.")
    /// so that a later bare "Tavares" or "Ashby" reads as a person.
    func knownSurnames() -> Set<UInt64> {
        var keys = Set<UInt64>()
        for c in contexts {
            var i = 0
            while i < c.count {
                guard c.tokens[i].capitalized && c.tokens[i].kind == .word else { i += 1; continue }
                var j = i
                var wordCount = 0
                var last = -1
                var lexical = false
                // Name words after the last lexicon word: "Chief Executive Dana Okonkwo", "City Manager Alan Brooks" → 2.
                var tail = 0
                while j < c.count && ((c.tokens[j].capitalized && c.tokens[j].kind == .word) || (c.tokens[j].key == Keys.period && wordCount > 0)) {
                    if c.tokens[j].kind == .word && !c.isA(j, .nameSuffixes) {
                        wordCount += 1
                        last = j
                        if c.has(j, any: Work.surnameBlockingClasses) || c.isA(j, .monthNames) {
                            lexical = true
                            tail = 0
                        } else {
                            tail += 1
                        }
                    }
                    j += 1
                }
                if wordCount >= 2 && (!lexical || tail >= 2 && (i..<j).contains { c.has($0, .title) }) && !(i == 0 && c.isA(i, .determiners)) {
                    keys.insert(c.tokens[last].key)
                }
                i = max(j, i + 1)
            }
        }
        return keys
    }

    /// "The mayor" in "The mayor was blunt.": a definite one-person title as the subject that opens
    /// a sentence (one or two words after "the", then a verb-like lower-case word).
    func titleSubject(of c: SentenceContext) -> Span? {
        guard c.count >= 3, c.tokens[0].key == Keys.the else { return nil }
        for e in 2...min(3, c.count - 1) {
            guard let h = c.hit(e - 1, .title) ?? c.hit(e - 2, .title), h.end == e, !c.has(e - 1, .anonymousSource) || c.has(e - 1, .title) else { continue }
            let next = c.tokens[e]
            guard next.kind == .word, !next.capitalized, next.key != Tokenizer.possessiveKey, !c.has(e, .title),
                  !words.contains(.prepositions, next.key) else { return nil }
            return span(c, 0..<e)
        }
        return nil
    }

    // MARK: - Quotations without their own attribution

    /// A quotation sentence with no attribution inherits one from another piece of the same
    /// quotation, or else from an attributed quotation in the same paragraph.
    mutating func inheritQuotes() {
        var byRun: [Int: Int] = [:]  // quote run -> attribution index
        // By index, not `enumerated()`: copying an item retains every string in its attribution.
        for i in attributions.indices where attributions[i].attribution.quote == .direct {
            if let r = attributions[i].contentTokens, let q = contexts[attributions[i].context].quote(containing: r.lowerBound) {
                byRun[q.run] = byRun[q.run] ?? i
            }
        }
        // The attributions before this pass, by sentence (see ``firstAttribution(_:_:)``).
        let n = attributions.count
        assert(inSentenceOrder)
        // Found once for the whole pass, so a long paragraph of quotations is not walked again for
        // each (that made one long paragraph quadratic): where each sentence's paragraph starts,
        // the attributed quotations that can give their speaker (in sentence order), and what
        // ``speakerAcrossParagraph(_:lo:before:memo:)`` found per paragraph.
        var paragraphStart = [Int](repeating: 0, count: contexts.count)
        for i in contexts.indices.dropFirst() {
            paragraphStart[i] = contexts[i - 1].paragraph == contexts[i].paragraph ? paragraphStart[i - 1] : i
        }
        let usable = (0..<n).filter { attributions[$0].attribution.quote == .direct && attributions[$0].attribution.source != nil }
        var across = SpeakerMemo()
        for c in contexts {
            for q in c.quotes where isQuotation(c, q) {
                let covered = (firstAttribution(c.index, n)..<firstAttribution(c.index + 1, n)).contains { attributions[$0].contentTokens?.overlaps(q.contentStart..<q.contentEnd) ?? false }
                if covered { continue }
                var donor: Int?
                var weight = Analyzer.Weight.inheritedRun
                if let d = byRun[q.run] {
                    donor = d
                } else {
                    weight = Analyzer.Weight.inheritedParagraph
                    // The nearest attributed quotation of the paragraph, before it or else after it:
                    // the last usable one of an earlier sentence, else the first of a later one.
                    let lo = paragraphStart[c.index]
                    var k = firstUsable(usable, from: c.index)  // the first usable of this sentence or later
                    if k > 0 && attributions[usable[k - 1]].context >= lo {
                        donor = usable[k - 1]
                    } else {
                        while k < usable.count && attributions[usable[k]].context == c.index { k += 1 }
                        if k < usable.count && contexts[attributions[usable[k]].context].paragraph == c.paragraph { donor = usable[k] }
                    }
                    if donor == nil && lo < c.index { donor = speakerAcrossParagraph(c, lo: lo, before: n, memo: &across) }
                }
                guard let d = donor else { continue }
                if weight == Analyzer.Weight.inheritedParagraph && attributions[d].context == c.index - 1 {
                    weight = Analyzer.Weight.inheritedAdjacent
                }
                let o = attributions[d].attribution
                let content = c.trimmed(q.contentStart..<q.contentEnd)
                guard !content.isEmpty else { continue }
                var a = o
                a.sentence = c.index
                a.content = span(c, content)
                a.quote = .direct
                a.anonymityReason = nil
                a.confidence = o.confidence * weight
                a.rules = ["attribution.inherited"] + o.rules.filter { !$0.hasPrefix("pattern.") }
                attributions.append(Item(attribution: a, context: c.index, sourceTokens: nil, contentTokens: content,
                                         reasonKind: attributions[d].reasonKind, plural: attributions[d].plural))
                // Later pieces of this quotation take the same speaker from the original attribution.
                if byRun[q.run] == nil { byRun[q.run] = d }
            }
        }
    }

    /// "DALTON: I was against the war. Look it up.": the later sentences of a transcript turn (same
    /// paragraph, no attribution of their own, no label of their own) are the labelled speaker's, as
    /// a continuing quotation is. Content: the sentence without its final stop.
    mutating func continueTranscriptTurns() {
        var label: Int?  // the label attribution of the current paragraph's turn
        // Per sentence: the index of its transcript-label attribution; -2 when it has other
        // attributions only, -3 when it has none (one pass, no search per sentence).
        var bySentence = [Int](repeating: -3, count: contexts.count)
        for i in attributions.indices {
            let item = attributions[i]
            let c = contexts[item.context]
            let isLabel = item.attribution.rules.first == NamedPattern.headlineColon.rawValue
                && item.sourceTokens.map({ $0.lowerBound == 0 && c.tokens[$0.lowerBound].allCaps }) == true
            if isLabel && bySentence[item.context] < 0 { bySentence[item.context] = i }
            else if bySentence[item.context] == -3 { bySentence[item.context] = -2 }
        }
        for c in contexts {
            if let l = label, contexts[attributions[l].context].paragraph != c.paragraph { label = nil }
            if bySentence[c.index] != -3 {
                label = bySentence[c.index] >= 0 ? bySentence[c.index] : nil
                continue
            }
            guard let l = label, c.count > 1, c.contentFloor == 0, !c.tokens.contains(where: { $0.kind == .quote }) else { continue }
            let content = c.trimmed(0..<(c.lastContentToken + 1))
            guard !content.isEmpty else { continue }
            var a = attributions[l].attribution
            a.sentence = c.index
            a.content = span(c, content)
            a.confidence = attributions[l].attribution.confidence * Analyzer.Weight.inheritedRun
            a.rules = ["attribution.inherited"] + a.rules.filter { !$0.hasPrefix("pattern.") }
            attributions.append(Item(attribution: a, context: c.index, sourceTokens: nil, contentTokens: content,
                                     reasonKind: attributions[l].reasonKind, plural: attributions[l].plural))
        }
    }

    /// The position in `usable` (attribution indices in sentence order) of the first one in
    /// sentence `s` or later.
    func firstUsable(_ usable: [Int], from s: Int) -> Int {
        var lo = 0, hi = usable.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if attributions[usable[mid]].context < s { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// What ``speakerAcrossParagraph(_:lo:before:memo:)`` found, by paragraph start and pronoun,
    /// and the last sentence up to each one that opens with a person (``opensWithPerson(_:_:)``).
    struct SpeakerMemo {
        var found: [Int: Int?] = [:]
        var lastOpener: [Int]?
    }

    /// "“… We built it ourselves,” she said. ¶ She shook her head. “I won't leave.”": a quotation
    /// whose paragraph has no attributed quotation, after a sentence of that paragraph that opens with
    /// "he", "she" or "they", belongs to the speaker of the last attributed quotation of the paragraph
    /// before (or the one before that) when that speaker agrees with the pronoun.
    func speakerAcrossParagraph(_ c: SentenceContext, lo: Int, before n: Int, memo: inout SpeakerMemo) -> Int? {
        let opener = contexts[c.index - 1]
        guard let first = opener.tokens.first, first.key == Keys.he || first.key == Keys.she || first.key == Keys.they else { return nil }
        let wantPlural = first.key == Keys.they
        // "… Shaw said. ¶ Tomas Reyes, who has fished the bay for 40 years, has watched the catch
        // shrink. ¶ He paused. “Now we are lucky …”": narration about another person in between
        // changes who "he" is; so does another named speaker's reported statement.
        if memo.lastOpener == nil {
            var last = [Int](repeating: -1, count: contexts.count)
            for k in contexts.indices { last[k] = opensWithPerson(k, n) ? k : (k > 0 ? last[k - 1] : -1) }
            memo.lastOpener = last
        }
        if c.index >= 2 && memo.lastOpener![c.index - 2] >= lo { return nil }
        // The rest depends only on the paragraph and the pronoun.
        let key = lo * 3 + (first.key == Keys.he ? 0 : first.key == Keys.she ? 1 : 2)
        if let known = memo.found[key] { return known }
        var result: Int?
        var other: UInt64?  // the last word of a named speaker met on the way back
        var k = lo - 1
        search: while k >= 0 && c.paragraph - contexts[k].paragraph <= 2 {
            if opensWithPerson(k, n) { break search }
            for i in (firstAttribution(k, n)..<firstAttribution(k + 1, n)).reversed() {
                let a = attributions[i].attribution
                guard let src = a.source, let tr = attributions[i].sourceTokens else { continue }
                let lastKey = contexts[attributions[i].context].tokens[tr.upperBound - 1].key
                guard a.quote == .direct else {
                    if src.kind == .named && looksLikePerson(attributions[i]) { other = other ?? lastKey }
                    continue
                }
                let sk = contexts[attributions[i].context].tokens[tr.lowerBound].key
                if src.kind == .pronoun { result = sk == first.key && other == nil ? i : nil; break search }
                if src.kind == .document { break search }
                if let o = other, o != lastKey { break search }
                result = attributions[i].plural == wantPlural ? i : nil
                break search
            }
            k -= 1
        }
        memo.found[key] = .some(result)
        return result
    }

    /// A narration sentence with no attribution whose subject is a person's full name ("Tomas Reyes,
    /// who has fished the bay for 40 years, has watched the catch shrink."): a new person on stage.
    func opensWithPerson(_ k: Int, _ n: Int) -> Bool {
        guard firstAttribution(k, n) == firstAttribution(k + 1, n) else { return false }
        let c = contexts[k]
        var j = 0
        while j < c.count && c.tokens[j].kind == .word && c.tokens[j].capitalized
                && !c.has(j, any: Work.surnameBlockingClasses) && !c.isA(j, .determiners) { j += 1 }
        guard j >= 2, j < c.count else { return false }
        // The name is the subject: a verb-like lower-case word or an appositive comma follows.
        let next = c.tokens[j]
        return next.key == Keys.comma || next.kind == .word && !next.capitalized && !words.contains(.prepositions, next.key)
    }

    /// A quotation (not a scare-quoted word or title): it opens or closes outside this sentence, or
    /// holds at least four words, or ends with sentence punctuation.
    func isQuotation(_ c: SentenceContext, _ q: QuoteSpan) -> Bool {
        if q.open == nil || q.close == nil { return true }
        let words = (q.contentStart..<q.contentEnd).count(where: { c.tokens[$0].isWord })
        if words >= 4 { return true }
        let lastKey = c.tokens[q.contentEnd - 1].key
        return words >= 2 && (lastKey == Keys.period || lastKey == Keys.question || lastKey == Keys.exclamation || lastKey == Keys.comma)
    }
}
