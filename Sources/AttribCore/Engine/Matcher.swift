/// A cue found in a sentence, with auxiliaries attached ("have found").
struct CueCandidate {
    var start: Int
    var end: Int
    /// The lexicon hit itself, without auxiliaries.
    var coreStart: Int
    var coreEnd: Int
    var group: GroupInfo
    /// A passive verb with its agent after "by" ("was confirmed by a spokesman").
    var passive = false
}

/// The result of matching one pattern at one cue.
struct PatternMatch {
    var pattern: Int
    var cue: CueCandidate
    var source: SourcePhrase?
    var content: Range<Int>?
    var quote: QuoteKind
}

extension SentenceContext {
    static var cueOrHedge: UInt32 { LexiconClass.cue.bit | LexiconClass.hedge.bit }

    /// Cue candidates in token order; hedges are returned with category `.hedge`.
    func cueCandidates() -> [CueCandidate] {
        var out: [CueCandidate] = []
        var i = 0
        while i < count {
            // "attacked Dalton as “…”"; "Authorities put the death toll at 23": "put" is a cue
            // only before an object put at a figure.
            if let c = asLabelCue(i)
                ?? (isA(i, .putVerbs) && !has(i, .cue) ? putCue(i) : nil) {
                out.append(c)
                i += 1
                continue
            }
            guard has(i, any: SentenceContext.cueOrHedge), var h = hits[i].first(where: { $0.cls == .cue || $0.cls == .hedge }) else {
                i += 1
                continue
            }
            // "The minister's claim that …": after a possessor the noun reading wins over the verb.
            if i > 0 && isPossessor(i - 1), let n = hits[i].first(where: { $0.cls == .cue && isNominalGroup($0.group) }) { h = n }
            // "insisted on CNN that …", "insisted on Tuesday that …": a cue that takes an object is
            // the shorter cue when its preposition opens a time, or a name before a that-clause.
            if lexicon.info(h.group).requirement == .object, h.end - i > 1,
               h.end < count, isA(h.end, .timeAdverbials) || tokens[h.end].capitalized
                && window(h.end, min(count, h.end + 4)).prefix(while: { tokens[$0].kind != .punct }).contains(where: { tokens[$0].key == Keys.that }),
               let shorter = hits[i].first(where: { $0.cls == .cue && $0.end < h.end }) { h = shorter }
            let g = lexicon.info(h.group)
            // "Dalton's spokeswoman, Hope Lin, …", "Sen. Grant Shaw said": a capitalised cue word
            // that opens or continues a proper name is part of the name.
            if g.lexiconClass == .cue && isNameWord(i, end: h.end) {
                i = h.end
                continue
            }
            // An entry that needs "that" to be a cue ("notes that": "notes" alone is mostly a noun)
            // ends before it: "that" opens the content, as after "noted".
            // So does one that needs its infinitive ("plans to"): "to" opens the content.
            // So does "asked whether" ("Asked whether the levy would pass, …"): "whether" opens the question.
            let cueEnd = h.end - i > 1 && (tokens[h.end - 1].key == Keys.that
                                            || tokens[h.end - 1].key == Keys.to && isA(h.end - 2, .intentionCues)
                                            || isA(h.end - 1, .questionOpeners) && isA(h.end - 2, .askVerbs)) ? h.end - 1 : h.end
            var c = CueCandidate(start: i, end: cueEnd, coreStart: i, coreEnd: cueEnd, group: g)
            // "a claim that …", "the report": after an article a cue word is a noun.
            if g.lexiconClass == .cue && i > 0 && isA(i - 1, .articles) {
                i = h.end
                continue
            }
            // "The minister's claim that …": a noun of saying is a cue only after its possessor and
            // before "that" (pattern.nominal-that).
            // "a handful of Midwestern states that polls suggest …", "swing states", "50 states": the noun,
            // not the verb of "The law states that …". As a verb its subject is a source noun,
            // a pronoun or another lower-case noun.
            if g.lexiconClass == .cue && tokens[i].key == SentenceContext.statesKey && i > 0 {
                let p = tokens[i - 1]
                let noun = p.kind == .number || p.allCaps && !has(i - 1, any: SentenceContext.sourceNounClasses)
                    || p.capitalized && !has(i - 1, any: SentenceContext.sourceNounClasses) && !has(i - 1, .pronoun)
                    || words.contains(.determiners, p.key) || words.contains(.stateAdjectives, p.key)
                if noun {
                    i = h.end
                    continue
                }
            }
            // "Trump's proposed wall", "its proposed cutoff", "this endorsed candidate": after a possessor or
            // a determiner a verb of stance is an adjective.
            if g.lexiconClass == .cue && i > 0 && isA(i, .stanceCues) && (isPossessor(i - 1) || isA(i - 1, .determiners)) {
                i = h.end
                continue
            }
            // "Dalton's plan to …", "their plans to …", "two wishes": a noun of intention, not a verb.
            if g.lexiconClass == .cue && i > 0 && isA(i, .intentionCues)
                && (isPossessor(i - 1) || isA(i - 1, .determiners)
                    || isA(i - 1, .apostrophes)) {
                i = h.end
                continue
            }
            if g.lexiconClass == .cue && g.category == .nominal && g.requirement == .complement {
                if i > 0 && isPossessor(i - 1) && h.end < count && tokens[h.end].key == Keys.that { out.append(c) }
                i = h.end
                continue
            }
            if g.lexiconClass == .cue, let split = splitQuotedCue(i, h.end) {
                // "was quoted by state media as saying": one cue from the auxiliary to "saying".
                out.removeAll { $0.start >= split.start }
                out.append(split)
                i = h.end
                continue
            }
            if g.lexiconClass == .cue, let start = passiveStart(i, h.end) {
                c.start = start
                c.passive = true
                out.append(c)
                i = h.end
                continue
            }
            if g.lexiconClass == .cue {
                if isNegatedOrInfinitive(i) { i = h.end; continue }
                // "who asked that her name not be used": a reason for anonymity, not a statement.
                if has(i, .reason) { i = h.end; continue }
                // "who declined to give their names for fear of retaliation": a word inside a reason.
                if (max(0, i - 4)..<i).contains(where: { k in hits[k].contains { $0.cls == .reason && $0.end > i } }) { i = h.end; continue }
                var s = i
                while s - 1 >= 0 {
                    if let a = hit(s - 1, .auxiliary), a.end == s { s -= 1; continue }
                    // "is calling for", "was referring to": a form of "be" before a participle.
                    if s == i && tokens[i].endsWith("ng") && isA(s - 1, .passiveAuxiliaries)
                        && tokens[s - 1].key != Tokenizer.possessiveKey { s -= 1; continue }
                    // "has repeatedly said", "have privately told": an adverb inside the chain.
                    if s - 2 >= 0 && isAdverb(s - 1), let a = hit(s - 2, .auxiliary), a.end == s - 1 { s -= 2; continue }
                    break
                }
                c.start = s
                if s - 1 >= 0 && isA(s - 1, .negators) && s < i { i = h.end; continue }
                // "told reporters", "told a news conference": the audience belongs to the cue.
                if isA(h.end - 1, .toldVerbs), let a = hit(h.end, .audience) { c.end = a.end }
            }
            out.append(c)
            i = h.end
        }
        if let d = headlineTrailingDash() { out.append(d) }
        return out
    }

    /// "attacked Dalton as “a puppet of the donors”", "dismissed the poll as “fake news”": a verb of
    /// attack or praise, then within a few words "as" and a quotation, reports the speaker's label
    /// like "called" (the lexicon.cue.call group). Matched here, not listed in the lexicon, so that
    /// elsewhere ("the man attacked her") the verb stays a plain verb.
    func asLabelCue(_ i: Int) -> CueCandidate? {
        guard tokens[i].kind == .word, !tokens[i].capitalized, isA(i, .asLabelCues), i > 0,
              i + 2 < lastContentToken, !isNegatedOrInfinitive(i), quote(containing: i) == nil,
              let a = window(i + 2, min(lastContentToken, i + 7)).first(where: { tokens[$0].key == Keys.as }),
              a + 1 < count, isQuote(a + 1), tokens[a + 1].quote == .open,
              (i + 1..<a).allSatisfy({ tokens[$0].isWord || tokens[$0].possessive }) else { return nil }
        let g = lexicon.index(.call)
        var s = i
        while s - 1 >= 0, let h = hit(s - 1, .auxiliary), h.end == s { s -= 1 }
        return CueCandidate(start: s, end: i + 1, coreStart: i, coreEnd: i + 1, group: lexicon.info(g))
    }

    /// "DALTON: We will win this election.": a transcript's speaker label — one to three ALL-CAPS
    /// words (a name or a role, "SEN. DALTON", "MODERATOR") opening the line before a colon, then
    /// ordinary prose. Wire labels ("BREAKING:", "Q:", "A:") are not speakers.
    func isTranscriptLabel(_ src: SourcePhrase, colon: Int) -> Bool {
        guard src.start == 0, src.kind == .named, src.end - src.start <= 4, colon + 2 <= lastContentToken,
              !isA(src.start, .lineLabels),
              !(src.start..<src.end).contains(where: { isA($0, .storyLabels) }),
              // A spoken turn ends like a sentence; a label before a headline does not ("EXPLAINER: What …").
              let final = tokens.last, final.kind == .punct || final.kind == .quote,
              (src.start..<src.end).allSatisfy({ tokens[$0].kind == .word && tokens[$0].allCaps && tokens[$0].end - tokens[$0].start >= 2
                                                 || tokens[$0].key == Keys.period && $0 > src.start }) else { return false }
        return (colon + 1...lastContentToken).contains { tokens[$0].kind == .word && !tokens[$0].allCaps && !tokens[$0].capitalized }
    }

    /// Whether the capitalised cue word at `i` (its entry ending at `end`) is part of a proper name:
    /// a capitalised word follows it ("Hope Lin", "Claire Says"), or, inside the sentence, a
    /// capitalised word or a title's abbreviation precedes it ("Sen. Hope Ruiz", "Dana Hope").
    /// Not in a title-case or ALL-CAPS line, where every word is capitalised ("Dalton Says Reyes Lied").
    func isNameWord(_ i: Int, end: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.capitalized, !t.allCaps, end - i == 1 else { return false }
        let next = end < count && tokens[end].kind == .word && tokens[end].capitalized && !tokens[end].allCaps
            && !has(end, .pronoun) && !has(end, .cue)
        let prev = i > contentFloor && (tokens[i - 1].kind == .word && tokens[i - 1].capitalized && !tokens[i - 1].allCaps
                                        && !has(i - 1, .pronoun) && !has(i - 1, any: SentenceContext.sourceNounClasses)
                                        || tokens[i - 1].key == Keys.period && i >= 2 && tokens[i - 2].capitalized
                                        && tokens[i - 2].end == tokens[i - 1].start)
        guard next || prev else { return false }
        return !isTitleCase()
    }

    /// Most longer words of the sentence after its first are capitalised: a title-case headline.
    func isTitleCase() -> Bool {
        var wordCount = 0, capitals = 0
        for k in 1..<max(1, count) where tokens[k].kind == .word && tokens[k].end - tokens[k].start >= 3 {
            wordCount += 1
            if tokens[k].capitalized { capitals += 1 }
        }
        return wordCount >= 2 && capitals * 10 >= wordCount * 7
    }

    /// "put the death toll at 23", "pegged the cost at $4 billion": a verb of placing that states an
    /// estimate, as a cue of the speech-complement group (its content is found by ``estimateAt``).
    func putCue(_ i: Int) -> CueCandidate? {
        guard i > contentFloor, tokens[i].kind == .word, !isNegatedOrInfinitive(i), estimateAt(i + 1) != nil else { return nil }
        let g = lexicon.index(.speechComplement)
        var s = i
        while s - 1 >= 0, let a = hit(s - 1, .auxiliary), a.end == s { s -= 1 }
        if s - 1 >= 0 && isA(s - 1, .negators) && s < i { return nil }
        return CueCandidate(start: s, end: i + 1, coreStart: i, coreEnd: i + 1, group: lexicon.info(g))
    }

    /// "Deal close — sources", "Ceasefire agreed - officials": a headline (no final stop) whose claim
    /// ends with a dash and a short source phrase. The dash is a cue of the colon group, matched by
    /// pattern.headline-trailing-source like "Talks collapse: sources".
    func headlineTrailingDash() -> CueCandidate? {
        guard count >= 4, let final = tokens.last, final.kind == .word, has(count - 1, any: SentenceContext.trailingSourceClasses) else { return nil }
        guard let k = window(max(contentFloor + 2, count - 4), (count - 1)).last(where: {
            let t = tokens[$0].key
            return t == Keys.dash || t == Keys.endash || t == Keys.hyphen && !(tokens[$0 - 1].end == tokens[$0].start && tokens[$0 + 1].start == tokens[$0].end)
        }), (k + 1..<count).allSatisfy({ tokens[$0].kind == .word }) else { return nil }
        let g = lexicon.index(.colon)
        return CueCandidate(start: k, end: k + 1, coreStart: k, coreEnd: k + 1, group: lexicon.info(g))
    }

    static let quotedKey: UInt64 = 0xc290386092499bc9  // "quoted"
    static let himKey: UInt64 = 0x3373311930068ff5  // "him"
    static let herKey: UInt64 = 0x334a1a192fe363cc  // "her"

    /// "X was quoted by state media as saying …": at "saying" after "as", the passive "quoted" a
    /// few words before it. The cue spans both, with the medium's name inside.
    /// "State media quoted the minister as saying …", "The agency quoted him as saying …": in the
    /// active form the speaker stands between "quoted" and "as", so the cue is "as saying" and the
    /// source is the phrase before it, as in "the minister, saying …".
    private func splitQuotedCue(_ i: Int, _ end: Int) -> CueCandidate? {
        guard i >= 3, tokens[i - 1].key == Keys.as, tokens[i].key == SentenceContext.sayingKey,
              let q = window(max(1, i - 9), (i - 2)).last(where: { isA($0, .quotingVerbs) }) else { return nil }
        let speech = lexicon.index(.speech)
        guard isA(q - 1, .passiveAuxiliaries), tokens[q + 1].key == Keys.by else {
            // Active: "quoted" + the speaker (a few words, no clause punctuation) + "as saying".
            guard tokens[q].key != SentenceContext.quotedKey || !isA(q - 1, .passiveAuxiliaries),
                  (q + 1..<(i - 1)).allSatisfy({ tokens[$0].isWord || tokens[$0].possessive || tokens[$0].key == Keys.period }) else { return nil }
            return CueCandidate(start: i - 1, end: end, coreStart: i, coreEnd: end, group: lexicon.info(speech))
        }
        var s = q - 1
        while s - 1 >= 0, let a = hit(s - 1, .auxiliary), a.end == s { s -= 1 }
        return CueCandidate(start: s, end: end, coreStart: q, coreEnd: end, group: lexicon.info(speech))
    }

    static let sayingKey: UInt64 = 0x224f0d56fee49628  // "saying"

    /// Where a passive cue with an agent starts ("was confirmed by", "has been disputed by",
    /// "was formally announced by"), or nil when the verb is not passive or has no "by" after it.
    private func passiveStart(_ i: Int, _ end: Int) -> Int? {
        guard end < count, tokens[end].key == Keys.by, i > 0, end - i == 1,
              isA(i, .passiveCues) else { return nil }
        var a = i - 1
        if isAdverb(a) && a > 0 { a -= 1 }
        guard isA(a, .passiveAuxiliaries), tokens[a].key != SentenceContext.beingKey else { return nil }
        if a > 0 && isA(a - 1, .negators) { return nil }
        var s = a
        while s - 1 >= 0, let h = hit(s - 1, .auxiliary), h.end == s || h.end == s + 1 { s -= 1 }
        if s > 0 && isA(s - 1, .negators) { return nil }
        // "any change would be announced by the Pentagon": a modal passive is a prospect, not a report.
        if (s..<a).contains(where: { isA($0, .modals) }) { return nil }
        // "This story was reported by Jane Doe": a byline, not an attribution.
        if s > 0 && tokens[i].key == SentenceContext.reportedKey && isA(s - 1, .storyNouns) { return nil }
        return s
    }

    static let reportedKey: UInt64 = 0x1cd3f4462020234a  // "reported"
    static let statesKey: UInt64 = 0xc50c696d6cf06e9f  // "states"

    /// A source that is a listed noun, a pronoun or a name — not a capitalised plural that only opens
    /// a headline ("Shares expected to open lower", "Stocks expected to …").
    func isKnownSource(_ s: SourcePhrase) -> Bool {
        guard s.certainty >= 0.85 else { return false }
        if s.group == nil && s.end - s.start == 1 && s.start == contentFloor && tokens[s.start].endsWith("s") { return false }
        return true
    }
    static let citingKey: UInt64 = 0x3f83c9a117b70ee9  // "citing"

    static let beingKey: UInt64 = 0xac85085e70d64908  // "being"

    private func isNegatedOrInfinitive(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        let p = tokens[i - 1].key
        if words.contains(.negators, p) { return true }
        // "didn't say", "doesn't think", "hasn't said" (the contraction is one token).
        if isNegativeContraction(i - 1) || i > 1 && isNegativeContraction(i - 2) && isAdverb(i - 1) { return true }
        // Passive "was told", "is said" (hedges such as "is said to" are matched separately); but
        // "Moody's said", "McDonald's said": a name ending in "'s" is no auxiliary.
        // ("is calling for", "was referring to": a progressive participle is no passive.)
        if words.contains(.passiveAuxiliaries, p) && !(p == Tokenizer.possessiveKey && i > 1 && tokens[i - 2].capitalized
                                                       && !has(i - 2, .pronoun) && tokens[i - 2].kind == .word)
            && !(tokens[i].endsWith("ng") && p != Tokenizer.possessiveKey) { return true }
        if i > 1 && isA(i - 2, .negators) && (has(i - 1, .auxiliary) || isAdverb(i - 1)) { return true }
        return false
    }

    /// "didn't", "doesn't", "won't", "can’t": a word ending in "n't" (straight or curly apostrophe).
    func isNegativeContraction(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.kind == .word && t.end - t.start >= 4 && (t.tail == 0x2774 || t.tail == 0x9974)
    }

    /// Matches one pattern anchored on a cue.
    /// Matches one pattern at one cue: its elements leftwards and rightwards from the cue (what each
    /// element takes is documented in docs/rules.md), then the pattern's checks in the order its
    /// rule lists them (``PatternCheck``). Nothing here depends on which pattern it is beyond what
    /// the rule declares.
    func match(_ pattern: CompiledPattern, _ cue: CueCandidate) -> PatternMatch? {
        // Passive cues take only the patterns written for their agent, and those take only them.
        guard pattern.passive == cue.passive else { return nil }
        // Words the pattern declares its cue may not be ("accuses", "called" are never inverted after
        // their content).
        for c in pattern.notCueWords where isA(cue.coreEnd - 1, c) { return nil }
        let els = pattern.elements
        let ci = pattern.cueIndex
        var m = PatternMatch(pattern: pattern.index, cue: cue, source: nil, content: nil, quote: .none)
        var p = cue.start
        for e in els[..<ci].reversed() {
            switch e {
            case .possessor:
                guard let sp = possessor(before: p) else { return nil }
                m.source = sp
                p = sp.start
            case .source:
                guard let sp = memoSourceEnding(before: p) else { return nil }
                m.source = sp
                p = sp.start
            case .content:
                guard let (range, q) = contentBefore(p) else { return nil }
                m.content = range
                m.quote = q
                for check in pattern.contentChecks {
                    guard PatternCheck.apply(check, self, &m, PatternCheck.Position(cue: cue, after: cue.end, pattern: pattern)) else { return nil }
                }
                p = m.content!.lowerBound
            case .quote:
                guard p - 1 >= 0, isQuote(p - 1), tokens[p - 1].quote == .close,
                      let span = quotes.first(where: { $0.close == p - 1 }) else { return nil }
                m.content = trimmed(span.contentStart..<span.contentEnd)
                m.quote = .direct
                p = span.open ?? 0
            case let .literal(text, optional):
                if p - 1 >= 0 && SentenceContext.literalMatches(text, tokens[p - 1].key) { p -= 1 } else if !optional { return nil }
            case .subject:
                guard let sp = subject(before: p) else { return nil }
                m.source = sp
                p = sp.start
            case .object:
                return nil
            case .end, .cue:
                break
            }
        }
        let quoteLed = els[..<ci].contains(.quote) || (els[..<ci].contains(.content) && m.quote == .direct)
        var q = cue.end
        for e in els[(ci + 1)...] {
            switch e {
            case .source:
                guard let (sp, end, after) = sourceStartingWithEnd(at: q) else { return nil }
                m.source = sp
                // An appositive after the source is skipped only when the pattern ends there.
                let rest = els[(els.firstIndex(of: .source)! + 1)...]
                q = rest.contains(where: { if case .literal = $0 { return true }; return $0 == .content || $0 == .quote }) ? end : after
                // "According to a draft, which Wire has seen, the EU …": a relative clause is skipped too.
                if let aside = sp.aside, after < count, tokens[after].key == Keys.comma,
                   isA(aside.lowerBound, .relativePronouns) { q = after }
            case .content:
                guard let (range, kind, after) = contentAfter(q, cue: &m.cue, document: m.source?.kind == .document,
                                                              known: m.source.map { isKnownSource($0) } ?? false) else { return nil }
                m.content = range
                m.quote = kind
                q = after
            case .object:
                guard let (range, after) = objectAfter(q, cue: cue, document: m.source?.kind == .document) else { return nil }
                m.content = range
                m.quote = quotes.contains { $0.contentStart >= range.lowerBound && $0.contentEnd <= range.upperBound } ? .partial : .none
                q = after
            case .quote:
                var k = q
                if k < count && (tokens[k].key == Keys.comma || tokens[k].key == Keys.colon) { k += 1 }
                guard k < count, isQuote(k), tokens[k].quote == .open, let span = quotes.first(where: { $0.open == k }) else { return nil }
                m.content = trimmed(span.contentStart..<span.contentEnd)
                m.quote = .direct
                q = (span.close ?? count - 1) + 1
            case let .literal(text, optional):
                if q < count && SentenceContext.literalMatches(text, tokens[q].key) { q += 1 } else if !optional { return nil }
            case .end:
                guard endsHere(q, cue: cue, relaxed: quoteLed) else { return nil }
            case .cue, .subject, .possessor:
                break
            }
        }
        if let c = m.content, c.isEmpty { return nil }
        let position = PatternCheck.Position(cue: cue, after: q, pattern: pattern)
        for check in pattern.checks {
            guard PatternCheck.apply(check, self, &m, position) else { return nil }
        }
        return m
    }

    func isNominalGroup(_ g: Int32) -> Bool {
        let info = lexicon.info(g)
        return info.category == .nominal && info.requirement == .complement
    }

    /// A possessor before a noun of saying: "the minister's", "Okafor's" or "her".
    func isPossessor(_ k: Int) -> Bool {
        tokens[k].key == Tokenizer.possessiveKey || isA(k, .possessivePronouns)
    }

    /// The possessor that is the source of a noun of saying: a possessive pronoun ("Her remarks"),
    /// or the phrase before "'s" ("The minister's claim").
    func possessor(before p: Int) -> SourcePhrase? {
        let k = p - 1
        guard k >= contentFloor else { return nil }
        if isA(k, .possessivePronouns) {
            return SourcePhrase(start: k, end: p, kind: .pronoun, certainty: 0.9, aside: nil, group: NamedGroup.pronoun.id)
        }
        guard tokens[k].key == Tokenizer.possessiveKey, let sp = sourceEnding(before: k, floor: contentFloor), sp.end == k else { return nil }
        return sp
    }

    /// "that the economy was growing drew scorn from economists": the end of a that-clause after a
    /// noun of saying — before the first verb group that follows the clause's own verb group, not
    /// counting verbs after a link word ("and", "which", "because").
    func nominalClauseEnd(_ r: Range<Int>) -> Int {
        var seenVerb = false, inVerb = false, lastAux = false
        var i = r.lowerBound
        while i < r.upperBound {
            let t = tokens[i]
            if t.kind == .word && words.contains(.clauseLinks, t.key) { seenVerb = false; inVerb = false; lastAux = false; i += 1; continue }
            let prevDeterminer = i > r.lowerBound && (isA(i - 1, .determiners)
                                                       || isA(i - 1, .articles))
            let verb = t.kind == .word && !t.capitalized && !prevDeterminer
                && (words.contains(.mainVerbs, t.key) || t.endsWith("ed") && t.end - t.start > 3
                    || inVerb && (t.endsWith("ng") || t.key == Keys.been || t.key == Keys.be))
            // Only an auxiliary continues a verb group: "was growing drew", "had been rigged was rejected".
            if verb && !(inVerb && lastAux) {
                if seenVerb && quote(containing: i) == nil { return i }
                seenVerb = true
            }
            let modifier = isAdverb(i) || t.key == Keys.not || t.key == Keys.nt
            inVerb = verb || inVerb && modifier
            if verb { lastAux = words.contains(.finiteAuxiliaries, t.key) || t.key == Keys.been || t.key == Keys.be }
            else if !modifier { lastAux = false }
            i += 1
        }
        return r.upperBound
    }

    /// Whether the cue at `start` is the verb of a relative clause on the source ("Smith, who said").
    func isRelativeCue(_ start: Int, after source: Int) -> Bool {
        var j = start - 1
        while j > source && isAdverb(j) { j -= 1 }
        return j - 1 >= source && isA(j, .relativeSubjects) && tokens[j - 1].key == Keys.comma
    }

    /// Where the second part of an interrupted statement ends: after "…, he said" (and a short
    /// adverbial) a comma, then a quotation running to the end of the sentence or, after reported
    /// content, a lower-case continuation of the clause ("were over"). Nil when none follows.
    func interruptedTail(_ start: Int, direct: Bool) -> Int? {
        let last = lastContentToken
        var k = start
        while k <= last && k - start < 5 && !isAsideMark(k) {
            guard tokens[k].isWord && !has(k, .cue) else { return nil }
            k += 1
        }
        guard k < last, isAsideMark(k) else { return nil }
        var r = k + 1
        // "Okafor told the committee, her voice rising, “and I never did.”": a short absolute phrase
        // between the attribution and the quotation's second part.
        if direct && r < last && !isQuote(r),
           let m = window(r + 1, min(last, r + 7)).first(where: { isAsideMark($0) }),
           (r..<m).allSatisfy({ tokens[$0].kind == .word && !has($0, .cue) }),
           (r..<m).contains(where: { !tokens[$0].capitalized && tokens[$0].endsWith("ng") && tokens[$0].end - tokens[$0].start > 4 }),
           isQuote(m + 1) {
            r = m + 1
        }
        if direct {
            guard isQuote(r), tokens[r].quote == .open, let span = quotes.first(where: { $0.open == r }) else { return nil }
            if let close = span.close, close < last, (close + 1...last).contains(where: { tokens[$0].isWord }) { return nil }
            return span.contentEnd
        }
        // "Her grandmother, she says, “never once locked the door.”": the clause goes on as a quoted
        // fragment that opens in lower case and runs to the end of the sentence.
        if r < last, isQuote(r), tokens[r].quote == .open, let span = quotes.first(where: { $0.open == r }),
           span.contentStart < span.contentEnd, tokens[span.contentStart].kind == .word, !tokens[span.contentStart].capitalized,
           !(span.contentStart..<span.contentEnd).contains(where: { has($0, .cue) && !has($0 - 1, .auxiliary) }) {
            guard let close = span.close else { return span.contentEnd }
            return window(close + 1, last + 1).contains(where: { tokens[$0].isWord }) ? nil : close + 1
        }
        let t = tokens[r]
        // ("The allegations, Dalton said, were “baseless.”": a quoted fragment that opens and closes in
        // the second part is part of it.)
        func inside(_ k: Int) -> Bool {
            quotes.contains { q in q.open.map { $0 >= r && $0 <= last } == true && q.close.map { $0 <= last } == true
                && (q.open == k || q.close == k) }
        }
        guard r < last, t.kind == .word, !t.capitalized, !words.contains(.notContinuations, t.key), !t.endsWith("ng"),
              !(r...last).contains(where: { isQuote($0) && !inside($0) || has($0, .cue) && !has($0 - 1, .auxiliary) }) else { return nil }
        return last + 1
    }

    /// "when asked" at `i`: the circumstance of a statement, not its content.
    func isWhenAsked(_ i: Int) -> Bool {
        i >= 0 && i + 1 <= lastContentToken && tokens[i].key == Keys.when && isA(i + 1, .askVerbs)
    }

    /// A comma or a dash, which set off an aside such as "—officials said—".
    @inline(__always) func isAsideMark(_ k: Int) -> Bool {
        let key = tokens[k].key
        return key == Keys.comma || key == Keys.dash || key == Keys.endash
    }

    /// Nothing but punctuation, a following clause after a comma, or a short adverbial remains.
    /// After "told" its object may come first ("…, she told the council."). `relaxed` (after a
    /// quotation) accepts any remainder without "that", a quotation or another cue.
    func endsHere(_ start: Int, cue: CueCandidate, relaxed: Bool) -> Bool {
        let last = lastContentToken
        var q = start
        if q > last { return true }
        let first = tokens[q].key
        // "Asked …, Reyes said, “I will support the nominee.”": a quotation after the cue is its content,
        // so what precedes is not.
        if !relaxed && first == Keys.comma && q + 1 <= count - 1 && isQuote(q + 1) && tokens[q + 1].quote == .open,
           let span = quotes.first(where: { $0.open == q + 1 }), (span.close ?? count) >= lastContentToken,
           !(tokens[span.contentStart].kind == .word && !tokens[span.contentStart].capitalized) { return false }
        if first == Keys.comma || first == Keys.semicolon || first == Keys.dash || first == Keys.endash { return true }
        // "…, an official told Reuters on condition of anonymity to discuss …": after a short object,
        // the rest is the sourcing, not a new clause.
        if let r = (q...last).first(where: { has($0, .reason) }), r - q <= 5,
           (q..<r).allSatisfy({ tokens[$0].isWord && !has($0, .cue) && tokens[$0].key != Keys.that }),
           !(r...last).contains(where: { tokens[$0].key == Keys.that || isQuote($0) && tokens[$0].quote == .open }) {
            return true
        }
        // "‘…,’ he told ITV’s Good Morning Britain, adding: …": the object of "told", then a new clause.
        if relaxed, isA(cue.coreEnd - 1, .toldVerbs), cue.end == cue.coreEnd,
           let (_, after, _) = sourceStartingWithEnd(at: q), after <= last, tokens[after].key == Keys.comma || tokens[after].key == Keys.semicolon {
            return true
        }
        if relaxed {
            // Up to a comma: "…," the company said in a statement, adding that … — what follows
            // the comma is a clause of its own.
            var k = q
            while k <= last && tokens[k].key != Keys.comma {
                // ("“…,” Reyes said of Dalton's claim.": a cue word after a possessive is a noun.)
                // ("“We'll see,” Walsh said when asked whether she would rebuild.": the question put to
                // the speaker, no second statement.)
                if tokens[k].key == Keys.that || (isQuote(k) && tokens[k].quote == .open)
                    || has(k, .cue) && !(k > q && (tokens[k - 1].possessive || tokens[k - 1].key == Tokenizer.possessiveKey))
                    // ("“…,” the general said in remarks broadcast on state television.": a noun of
                    // saying inside the adverbial is no new cue.)
                    && !(k > q && isNounOfSayingInAdverbial(k))
                    && !isWhenAsked(k - 1) && !isWhenAsked(k) { return false }
                k += 1
            }
            return true
        }
        if isA(cue.coreEnd - 1, .toldVerbs), cue.end == cue.coreEnd,
           let (_, after) = sourceStarting(at: q) {
            q = after
            if q > last { return true }
        }
        let k = tokens[q].key
        if k == Keys.comma || k == Keys.semicolon || k == Keys.dash || k == Keys.endash { return true }
        if isQuote(q) && tokens[q].quote == .close { return true }
        if has(q, .adverbial) {
            // "…, she said on Tuesday." but not "…, she said on Tuesday that …"; a clause after a
            // comma ("…, the company said in a statement, adding that …") is its own.
            var k = q
            while k <= last && tokens[k].key != Keys.comma {
                if tokens[k].key == Keys.that { return false }
                k += 1
            }
            return true
        }
        return false
    }

    /// Whether the word before `i` is a preposition, or a determiner or possessive pronoun after
    /// one ("in remarks", "in his remarks", "in comments to reporters"): `i` is then a noun.
    func isPrepositionOrDeterminerBefore(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        if isA(i - 1, .prepositions) { return true }
        return i > 1 && isA(i - 2, .prepositions)
            && (isA(i - 1, .determiners) || isA(i - 1, .possessivePronouns))
    }

    /// A noun of saying inside an adverbial after a cue: after a preposition, perhaps with a
    /// determiner ("said in remarks", "said in his comments").
    func isNounOfSayingInAdverbial(_ i: Int) -> Bool {
        (onlyNominalCue(i) || isA(i, .pluralNounCues)) && isPrepositionOrDeterminerBefore(i)
    }

    /// "at least" / "at most" at `i`: a quantifier of a figure, not a preposition of place or time.
    func isAtLeastOrMost(_ i: Int) -> Bool {
        i + 1 < count && tokens[i].key == Keys.at
            && (tokens[i + 1].key == SentenceContext.leastKey || tokens[i + 1].key == Keys.most)
    }

    /// A cue at `i` that is not a noun of saying inside an adverbial ("said in remarks that …").
    func isVerbCue(_ i: Int) -> Bool {
        has(i, .cue) && !isNounOfSayingInAdverbial(i)
    }

    /// The first content token of the sentence: after a dateline ("LISBON (Wire) —") and any
    /// leading conjunction. Computed once per sentence into ``contentFloor``.
    func computeContentFloor() -> Int {
        // "BREAKING:", "URGENT --", "#UPDATE:", and the "A:" of a transcript label the line; they are
        // not content.
        var l = 0
        if count > 2 && tokens[0].key == SentenceContext.hashKey { l = 1 }
        if l + 2 < count, isA(l, .lineLabels),
           tokens[l + 1].key == Keys.colon || tokens[l + 1].key == Keys.dash || tokens[l + 1].key == Keys.endash {
            return l + 2
        }
        var dash = -1
        for i in 0..<min(count, 14) {
            let k = tokens[i].key
            if k == Keys.dash || k == Keys.endash || (k == Keys.hyphen && tokens[i].kind == .punct) {
                dash = i
                break
            }
            let t = tokens[i]
            // "MESA VERDE, Calif. (Wire) —": the period of an abbreviated state stays in the dateline.
            let ok = (t.kind == .word && (t.allCaps || t.capitalized)) || k == Keys.comma || k == Keys.openParen || k == Keys.closeParen
                || k == Keys.period && i > 0 && tokens[i - 1].capitalized
            if !ok { break }
        }
        if dash > 0 && tokens[..<dash].contains(where: { $0.allCaps }) { return dash + 1 }
        return 0
    }

    /// Content that runs from the sentence start (or the start of an enclosing quote) up to `p`.
    func contentBefore(_ p: Int) -> (Range<Int>, QuoteKind)? {
        var e = p
        while e > 0 && (tokens[e - 1].key == Keys.comma || tokens[e - 1].key == Keys.dash) { e -= 1 }
        guard e > 0 else { return nil }
        // A quote ending here.
        if isQuote(e - 1), tokens[e - 1].quote == .close, let span = quotes.first(where: { $0.close == e - 1 }) {
            return (trimmed(span.contentStart..<span.contentEnd), .direct)
        }
        let s = contentFloor
        guard e - s >= 1 else { return nil }
        // "The officials, speaking on condition of anonymity, said …": a subject with an aside is
        // not reported content.
        let commas = (s..<e).filter { tokens[$0].key == Keys.comma }
        if commas.count == 1, let comma = commas.first, comma + 1 < e, comma - s <= 8,
           tokens[comma + 1].key == Keys.who || tokens[comma + 1].key == Keys.which || tokens[comma + 1].key == Keys.whose
            || (tokens[comma + 1].kind == .word && tokens[comma + 1].endsWith("ng") && !tokens[comma + 1].capitalized),
           let subject = sourceEnding(before: comma, floor: s), subject.start == s {
            return nil
        }
        // "The union's leader, Ana Ruiz, said …": a subject and its name in apposition.
        if commas.count == 1, let comma = commas.first, comma + 1 < e, comma - s <= 8,
           (comma + 1..<e).allSatisfy({ tokens[$0].capitalized || tokens[$0].key == Keys.period }),
           let subject = sourceEnding(before: comma, floor: s), subject.start == s {
            return nil
        }
        let range = trimmed(s..<e)
        guard range.count >= 2 || range.count == 1 && tokens[range.lowerBound].kind == .word else { return nil }
        let partial = quotes.contains { $0.contentStart >= range.lowerBound && $0.contentEnd <= range.upperBound }
        return (range, partial ? .partial : .none)
    }

    /// Content after a cue: skips "that", the object of "told", and a short adverbial.
    /// `document`: the source is a study, poll or data, whose findings are often a bare clause
    /// ("A poll found Dell leading Brandt", "Data showed exports fell 5%").
    /// `known`: the source is a listed source noun, a name or a pronoun, not a guess ("Shares
    /// expected to open lower" is a headline, not an expectation of shares).
    func contentAfter(_ start: Int, cue: inout CueCandidate, document: Bool = false, known: Bool = false) -> (Range<Int>, QuoteKind, Int)? {
        let last = lastContentToken
        var i = start
        guard i <= last, cue.group.requirement != .object else { return nil }
        // "Ceasefire agreed — sources": a dash and a few words closing a headline are its source, not content.
        if (tokens[i].key == Keys.dash || tokens[i].key == Keys.endash || tokens[i].key == Keys.hyphen) && last - i <= 4
            && !(i..<last + 1).contains(where: { tokens[$0].key == Keys.that || isQuote($0) }) { return nil }
        // "agreed on a figure", "agreed to the terms", "agreed with her": an act, not a statement.
        if isA(cue.coreEnd - 1, .agreeCues) && isA(i, .agreeObjects) { return nil }
        // `said: "…"` / `said, "…"`
        if (tokens[i].key == Keys.comma || tokens[i].key == Keys.colon) && i + 1 <= last && isQuote(i + 1) && tokens[i + 1].quote == .open {
            i += 1
        }
        if isA(cue.coreEnd - 1, .toldVerbs) && cue.end == cue.coreEnd && !cue.passive {
            // Skip the object: up to "that" when close, else one phrase.
            // A quoted programme name may sit in the object ("told CBS's \"Face the Nation\" that …").
            if let t = window(i, min(last + 1, i + 12)).first(where: { tokens[$0].key == Keys.that }),
               !(i..<t).contains(where: { tokens[$0].key == Keys.comma }),
               (i..<t).count(where: { tokens[$0].kind == .quote }) % 2 == 0,
               (i..<t).first(where: { tokens[$0].kind == .quote }).map({ tokens[$0].quote == .open }) ?? true {
                i = t
            } else if isA(i, .articles),
                      let p = window(i + 1, min(last + 1, i + 4)).first(where: { isA($0, .subjectPronouns) }),
                      p + 1 <= last, (i + 1..<p).allSatisfy({ tokens[$0].kind == .word && !has($0, .cue) && !has($0, .pronoun) }),
                      tokens[p + 1].kind == .word, !tokens[p + 1].capitalized {
                // "told the jury he had never met the victim": a short object, then a pronoun subject.
                i = p
            } else if determinedClause(i, last) {
                // "warned the river was at risk": no object; the clause's subject follows the verb.
            } else if let p = window(i + 1, min(last + 1, i + 5)).first(where: { isA($0, .determiners) }),
                      (i..<p).allSatisfy({ tokens[$0].kind == .word && !has($0, .cue) }), determinedClause(p, last) {
                // "told staff the office would close", "told the council the plan was dead": a short
                // object, then a clause with its own determiner.
                i = p
            } else if let p = window(i + 1, min(last + 1, i + 4)).first(where: { isA($0, .determiners) }),
                      (i..<p).allSatisfy({ tokens[$0].kind == .word && !has($0, .cue) }), looksLikeReportedClause(p, last) {
                // "told Congress the city needed help": a short object, then a bare past-tense clause.
                i = p
            } else if isA(i, .objectPronouns) && looksLikeClause(i + 1, last) {
                // "had told her the nominee would withdraw"
                i += 1
            } else if let p = window(i + 1, min(last + 1, i + 6)).first(where: { isA($0, .subjectPronouns) }),
                      (i..<p).allSatisfy({ tokens[$0].isWord && !has($0, .cue) }) {
                // "told Reuters they heard two explosions"
                i = p
            } else if let (_, after) = sourceStarting(at: i) {
                i = after
                if i <= last && tokens[i].key == Keys.comma { i += 1 }
            }
        }
        // "told reporters outside the courthouse that …": a place after the audience, then "that".
        if cue.end > cue.coreEnd && isA(cue.coreEnd - 1, .toldVerbs) && i <= last
            && (isA(i, .prepositions) || isA(i, .settingPrepositions)),
           let t = window(i + 1, min(last + 1, i + 8)).first(where: { tokens[$0].key == Keys.that }),
           (i..<t).allSatisfy({ tokens[$0].isWord && !has($0, .cue) }) {
            i = t
        } else if cue.end > cue.coreEnd && isA(cue.coreEnd - 1, .toldVerbs) && i <= last
            && tokens[i].key == Keys.on,
           let t = window(i + 1, min(last + 1, i + 26)).first(where: { tokens[$0].key == Keys.that && tokens[$0 - 1].key == Keys.comma }),
           (i..<t).contains(where: { has($0, .reason) }),
           (i..<t).allSatisfy({ (tokens[$0].isWord && (!has($0, .cue) || has($0, .reason))) || tokens[$0].key == Keys.comma }) {
            // "told reporters on a call organized by the White House, on the condition that he not be
            // named, that …": the setting and the ground rules before "that" are the story's.
            i = t
        }
        // "said after the game that …", "said following the outage that …", "said outside court that
        // …": an adverbial phrase between the cue and "that" belongs to neither; without
        // "that", a short one before a clause with its own subject ("said after the loss his players
        // had looked tired").
        if i + 1 <= last && isA(i, .settingPrepositions) && !isA(cue.coreEnd - 1, .toldVerbs) {
            // ("said before that meeting the plan …": a demonstrative right after the preposition is no "that".)
            if let t = window(i + 2, min(last + 1, i + 8)).first(where: { tokens[$0].key == Keys.that }),
               (i + 1..<t).allSatisfy({ tokens[$0].isWord && !isVerbCue($0) && !isA($0, .finiteAuxiliaries) }) {
                i = t
            } else if let p = window(i + 2, min(last + 1, i + 6)).first(where: {
                          isA($0, .subjectPronouns) && looksLikeClause($0, last)
                              || (isA($0, .possessivePronouns) || isA($0, .articles))
                              && determinedClause($0, last) }),
                      (i + 1..<p).allSatisfy({ tokens[$0].isWord && !has($0, .cue) && !isA($0, .prepositions) }) {
                i = p
            }
        }
        // "said when asked about the buyout that she would rebuild": the question put, then "that".
        if isWhenAsked(i), let t = window(i + 2, min(last + 1, i + 10)).first(where: { tokens[$0].key == Keys.that }),
           (i + 2..<t).allSatisfy({ tokens[$0].isWord && !has($0, .cue) && !isA($0, .whWords) }) {
            i = t
        }
        // "said at least 40 people were killed": "at least" opens the clause's subject, not an adverbial.
        if i <= last && has(i, .adverbial) && !isAtLeastOrMost(i) {
            // Up to "that", a quotation or a comma — not past "to" or another cue ("agreed early Tuesday
            // to extend sanctions …, two diplomats said").
            // ("said in a letter to members, seen by Reuters, that …": "to" before a noun is a preposition.)
            if var t = window(i, min(last + 1, i + 10)).first(where: { tokens[$0].key == Keys.that || tokens[$0].key == Keys.comma || isQuote($0) }),
               !(i..<t).contains(where: { tokens[$0].key == Keys.to && !prepositionalTo($0) || isVerbCue($0) && !tokens[$0].capitalized }) {
                // "said on CNN's “State of the Union” that …": a quoted programme name inside the adverbial.
                if isQuote(t) && tokens[t].quote == .open, let span = quotes.first(where: { $0.open == t }), let close = span.close,
                   close - t <= 8, close + 1 <= last,
                   tokens[close + 1].key == Keys.that || looksLikeClause(close + 1, last) || determinedClause(close + 1, last),
                   (span.contentStart..<span.contentEnd).allSatisfy({ tokens[$0].isWord && (tokens[$0].capitalized || !has($0, .cue)) }) {
                    t = close + 1
                }
                i = tokens[t].key == Keys.comma ? t + 1 : t
                // "said on X, formerly Twitter, that …": an aside on the adverbial, then "that".
                if tokens[t].key == Keys.comma, let k = window(i, min(last, i + 6)).first(where: { tokens[$0].key == Keys.comma }),
                   k > i, tokens[k + 1].key == Keys.that, (i..<k).allSatisfy({ tokens[$0].isWord && !has($0, .cue) }) {
                    i = k + 1
                }
            } else {
                // "said Tuesday the deal …", "said on Tuesday the deal …"
                let before = i
                while i <= last, !isAtLeastOrMost(i), let h = hit(i, .adverbial) { i = h.end }
                // "said last year was the hottest on record": a time phrase before a finite verb is the
                // clause's subject, not an adverbial of the cue.
                if i <= last && isA(i, .finiteAuxiliaries) && !has(before, .pronoun)
                    && !isA(before, .prepositions) { i = before }
            }
        }
        // "said bluntly: “…”", "put it this way: “…”": a manner adverb before the colon of a quotation
        // is the story's.
        if i + 2 <= last, let colon = window(i + 1, min(last, i + 3)).first(where: { tokens[$0].key == Keys.colon }), isQuote(colon + 1),
           colon == i + 1 && isAdverb(i) || colon == i + 2 && isA(i + 1, .mannerWays)
            && isA(i, .demonstratives) {
            i = colon
        }
        // "said, without providing evidence, that …", "said, however, that …": a short aside between
        // the cue and its "that" is the story's, not the content.
        if i + 2 <= last && tokens[i].key == Keys.comma,
           let k = window(i + 2, min(last, i + 10)).first(where: { tokens[$0].key == Keys.comma }), tokens[k + 1].key == Keys.that,
           (i + 1..<k).allSatisfy({ tokens[$0].isWord && (!has($0, .cue) || $0 == i + 1 && tokens[$0].key == SentenceContext.citingKey)
                                     && tokens[$0].key != Keys.that }) {
            // ("reported, citing unnamed officials, that …": the citation gets its own attribution.)
            i = k + 1
        }
        // "said to applause that …", "told a reporter in a phone interview that": a prepositional "to"
        // phrase before "that".
        if i + 2 <= last && tokens[i].key == Keys.to && prepositionalTo(i),
           let k = window(i + 2, min(last, i + 7)).first(where: { tokens[$0].key == Keys.that }),
           (i + 1..<k).allSatisfy({ tokens[$0].isWord && !has($0, .cue) }) {
            i = k
        }
        // "claimed without evidence that …", "said without elaborating that …": the reporter's aside
        // before "that" is not content.
        if i + 2 <= last && tokens[i].key == SentenceContext.withoutKey,
           let k = window(i + 1, min(last, i + 5)).first(where: { tokens[$0].key == Keys.that }),
           (i + 1..<k).allSatisfy({ tokens[$0].kind == .word && !has($0, .cue) }) {
            i = k
        }
        // "said of the proposal: “It is a step backward.”": what the words are about, then the quotation.
        if i + 2 <= last && tokens[i].key == Keys.of,
           let k = window(i + 2, min(last, i + 9)).first(where: { tokens[$0].key == Keys.colon || tokens[$0].key == Keys.comma }),
           isQuote(k + 1) && tokens[k + 1].quote == .open, (i + 1..<k).allSatisfy({ tokens[$0].isWord }) {
            i = k
        }
        // "vowed to veto any bill", "pledged to cut taxes": a commitment's infinitive is what was promised.
        // "The automaker now expects to deliver about 1.8 million vehicles": guidance, an expectation of
        // the source's own, like a promise; so are intentions and hopes ("plans to", "hopes to").
        // "Shares expected to open lower": an expectation needs a known source.
        let intent = tokens[cue.coreEnd - 1].key
        let commitment = i + 1 <= last && tokens[i].key == Keys.to
            && (words.contains(.commitCues, intent) || words.contains(.intentionCues, intent)
                || words.contains(.hopeCues, intent) && (!words.contains(.expectCues, intent) || known))
            && cue.end == cue.coreEnd && tokens[i + 1].kind == .word && !has(i + 1, .auxiliary)
            // ("declined to say whether …": a refusal's infinitive may be a verb of saying.)
            && (!has(i + 1, .cue) || words.contains(.refusalVerbs, intent))
        // Reported content does not start with a preposition ("responded with sanctions") or,
        // after "told", with an infinitive ("told them to leave").
        if i <= last && tokens[i].key != Keys.that && !commitment && (isA(i, .prepositions)
                                                         || isA(i, .contentPrepositions))
            && !(isQuote(i)) && !isAtLeastOrMost(i) { return nil }
        // Nor with "not" or an infinitive ("asked not to be named", "asked to be identified"), nor
        // with another verb of saying ("who testified in his own defense, said …").
        if i <= last && !commitment && (tokens[i].key == Keys.not || tokens[i].key == Keys.to || tokens[i].kind == .word && has(i, .cue)
                         && !tokens[i].capitalized && !has(i, .documentSource)) { return nil }
        if i <= last && (tokens[i].key == Keys.comma || tokens[i].key == Keys.colon) && i + 1 <= last && isQuote(i + 1) { i += 1 }
        // "said goodbye to his staff", "said no to a third debate": a formula, no statement.
        if i <= last && isA(i, .sayFormulas) && !isQuote(i)
            && (i + 1 > last || tokens[i + 1].kind == .punct || isA(i + 1, .prepositions)) { return nil }
        // "Dalton hopes are pinned on …", "her fears were realized": a plural noun before its verb.
        if i <= last && isA(i, .nounPluralVerbs) && cue.end == cue.coreEnd
            && isA(cue.coreEnd - 1, .pluralStateNouns) { return nil }
        // "said when asked whether she would rebuild": the question put to the speaker is no content.
        if isWhenAsked(i) { return nil }
        // "asked voters for their support": without a question, a quotation or a clause, asking is an act.
        if i <= last && isA(cue.coreEnd - 1, .askVerbs) && !isQuote(i)
            && !(i...last).contains(where: { isA($0, .whWords) || tokens[$0].key == Keys.that || isQuote($0) })
            && !looksLikeClause(i, last) { return nil }
        // "The bill, which says nothing about tariffs, passed", "said little of the plan": no statement.
        if i <= last && isA(i, .nothingWords)
            && (i + 1 > last || tokens[i + 1].kind == .punct || isA(i + 1, .prepositions)) { return nil }
        // "according to three people …, who spoke on condition of anonymity": a relative clause is not content,
        // nor "…, most of whom spoke on condition of anonymity".
        if i <= last && isA(i, .relativePronouns) { return nil }
        if i + 2 <= last && tokens[i + 1].key == Keys.of && isA(i + 2, .relativePronouns) { return nil }
        // A cue that ends in "that" ("argued that") has its complementizer already.
        var hasThat = cue.coreEnd > 0 && tokens[cue.coreEnd - 1].key == Keys.that
        // "As one analyst put it, the bank blinked first": the main clause after the comma is what
        // the "as"-clause's speaker said.
        if tokens[cue.coreEnd - 1].key == Keys.it && i + 2 <= last && tokens[i].key == Keys.comma
            && tokens[contentFloor].key == Keys.as && contentFloor < cue.start {
            i += 1
            hasThat = true
        }
        // "ruled 6-3 that …", "voted 5-4 that …": a tally before "that" is not content.
        if i + 1 <= last && tokens[i].kind == .number,
           let t = window(i + 1, min(last + 1, i + 4)).first(where: { tokens[$0].key == Keys.that }),
           (i..<t).allSatisfy({ tokens[$0].kind == .number || tokens[$0].key == Keys.hyphen || tokens[$0].key == Keys.endash }) { i = t }
        // "disputed that version of events": a demonstrative object (pattern.source-cue-object), no clause.
        if i + 1 <= last && tokens[i].key == Keys.that && isA(cue.coreEnd - 1, .objectCues)
            && tokens[i + 1].kind == .word && !tokens[i + 1].capitalized && !has(i + 1, .pronoun) && !has(i + 1, .cue)
            && !isA(i + 1, .determiners)
            && (i + 2 > last || tokens[i + 2].kind == .punct || tokens[i + 2].key == Keys.of) { return nil }
        // "said only that the review was continuing": "only" before "that" is the story's.
        if i + 1 <= last && tokens[i].key == SentenceContext.onlyKey && tokens[i + 1].key == Keys.that { i += 1 }
        // ("REYES: That is not true.": after a colon "that" is the content's own first word.)
        if i <= last && tokens[i].key == Keys.that && tokens[cue.coreStart].key != Keys.colon { hasThat = true; i += 1 }
        guard i <= last || (i < count && isQuote(i)) else { return nil }
        if i < count && isQuote(i) && tokens[i].quote == .open, let span = quotes.first(where: { $0.open == i }) {
            let closeAt = span.close ?? count
            let range = trimmed(span.contentStart..<span.contentEnd)
            if closeAt >= last || !(closeAt + 1...last).contains(where: { tokens[$0].kind == .word }) {
                guard !range.isEmpty else { return nil }
                return (range, .direct, closeAt + 1)
            }
        }
        // "The economy added 150,000 jobs", "posted a video": these report speech only before a clause.
        if !hasThat && isA(cue.coreEnd - 1, .addVerbs) && !looksLikeClause(i, last)
            && !(i < count && isQuote(i)) { return nil }
        // "Dalton thinks the calendar favors him", "believes Reyes lied": after a verb of belief a
        // clause with a present or past verb and no auxiliary.
        let beliefClause = isA(cue.coreEnd - 1, .beliefCues) && cue.end == cue.coreEnd
            && !isA(cue.coreEnd - 1, .knowCues) && (looksLikeReportedClause(i, last) || looksLikePresentClause(i, last))
        if cue.group.requirement == .complement && !hasThat && !commitment && !beliefClause && !looksLikeClause(i, last) && !(document && looksLikeBareClause(i, last))
            && !(isA(cue.coreEnd - 1, .bareClauseCues) && cue.end == cue.coreEnd
                 && looksLikeReportedClause(i, last, strict: isA(cue.coreEnd - 1, .objectComplementCues)))
            && !(isA(cue.coreEnd - 1, .objectInfinitiveCues) && looksLikeObjectInfinitive(i, last))
            // "questioned whether the agency could act": a reported question; the whether-clause is the content.
            && !(isA(cue.coreEnd - 1, .questionCues) && i <= last && tokens[i].key == SentenceContext.whetherKey
                 && looksLikeClause(i + 1, last)) {
            return nil
        }
        // "…, according to a Reuters poll" closes the content: it attributes the sentence again.
        var end = last + 1
        // "The bill, which critics say would gut protections, passed": the clause inside the
        // relative clause ends at its closing comma; the main clause's verb is not content.
        if !hasThat && i <= last && isA(i, .finiteAuxiliaries) && cue.start >= 2,
           let k = (i + 1..<end).first(where: { tokens[$0].key == Keys.comma && quote(containing: $0) == nil }) {
            end = k
        }
        end = statementEnd(i, end)
        let range = trimmed(i..<end)
        guard range.count >= 2 else { return nil }
        let partial = quotes.contains { $0.contentStart >= range.lowerBound && $0.contentEnd <= range.upperBound }
        return (range, partial ? .partial : .none, last + 1)
    }

    /// Where a statement that starts at `i` ends, at `end` at the latest: before "…, according to …",
    /// a new clause with its own verb of saying, a second cue, a trailing attribution, the story's
    /// appositive, a participle of saying, an anonymity reason or a reporter's ", without …".
    func statementEnd(_ i: Int, _ end: Int) -> Int {
        var end = end
        if let k = (i..<end).first(where: { $0 > i && tokens[$0 - 1].key == Keys.comma && hit($0, .cue).map { $0.group == lexicon.index(.accordingTo) } == true }) {
            end = k - 1
        }
        // "…was “a non-starter,” and a second diplomat called it unworkable": a new clause with its
        // own subject and verb of saying is the story's, not the speaker's.
        if let k = (i + 1..<max(i + 1, end)).first(where: { newClause(after: $0) || secondCue(at: $0) || trailingAttribution(at: $0) || editorialAppositive(at: $0)
                                                || participleAfter($0) || reasonAfter($0) || withoutAside(at: $0) || negativeCoda(at: $0) }) {
            end = k + 1 < count && isQuote(k + 1) && tokens[k + 1].quote == .close ? k + 2 : k
        }
        return end
    }

    static let trailingSourceClasses: UInt32 = [LexiconClass.organization, .title, .anonymousSource, .vagueSource,
                                                 .populationSource].reduce(0) { $0 | $1.bit }
    static let whatKey: UInt64 = 0x9be8c5f64f26c30f  // "what"
    static let onlyKey: UInt64 = 0x072ddab46af04ab7  // "only"
    static let withoutKey: UInt64 = 0x5437c29a5289d0a3  // "without"
    static let headlineSourceClasses: UInt32 = [LexiconClass.organization, .title, .anonymousSource].reduce(0) { $0 | $1.bit }

    /// A noun-phrase object reported as content after a verb of object-cues: up to a comma, a
    /// clause word or a time adverbial. Nil when the object is a person, a pronoun or an act
    /// ("denied the request"); after "reject" and "dispute" only claims count.
    func objectAfter(_ start: Int, cue: CueCandidate, document: Bool = false) -> (Range<Int>, Int)? {
        var start = start
        let last = lastContentToken
        let verb = tokens[cue.coreEnd - 1].key
        // "A Register poll found Dalton at 18 percent": a poll's or a study's result with a figure.
        let result = words.contains(.resultCues, verb) || document && words.contains(.pollResultCues, verb)
        // "UN chief warns of famine", "officials cautioned of delays": what follows "of" is the warning.
        let warnOf = words.contains(.warnCues, verb) && cue.end == cue.coreEnd && start + 1 <= last && tokens[start].key == Keys.of
        if warnOf { start += 1 }
        // "accused the government of rigging the tender", "blamed the state for the delays": the
        // accused and the charge, which may be a person or a pronoun, up to the end of the clause.
        if let linkers = words.following(.accuseCues, verb) {
            guard start <= last, tokens[start].isWord, !has(start, .adverbial),
                  let l = window(start + 1, min(last, start + 8)).first(where: { linkers.contains(tokens[$0].key) }),
                  (start..<l).allSatisfy({ (tokens[$0].isWord || tokens[$0].possessive) && (!has($0, .cue) || onlyNominalCue($0)) }) else { return nil }
            var e = l + 1
            // ("of ignoring repeated complaints": a cue word after a gerund or a determiner modifies a noun.)
            while e <= last && !(tokens[e].kind == .punct && tokens[e].key != Keys.hyphen)
                    && !(isA(e, .objectStops) && tokens[e].key != Keys.and && tokens[e].key != Keys.or)
                    && !(has(e, .cue) && !tokens[e].capitalized && !onlyNominalCue(e)
                         && !(tokens[e - 1].kind == .word && !tokens[e - 1].capitalized && tokens[e - 1].endsWith("ng") && tokens[e - 1].end - tokens[e - 1].start > 4 && e + 1 <= last
                              && tokens[e + 1].kind == .word || isA(e - 1, .determiners))) { e += 1 }
            // ("accused Dalton of “lying through his teeth.”": the quotation keeps its closing mark.)
            if e <= last, let span = quote(containing: e - 1), let close = span.close, close >= e { e = close + 1 }
            let range = trimmed(start..<e)
            return range.upperBound > l + 1 ? (range, e) : nil
        }
        let asLabel = words.contains(.asLabelCues, verb)
        // "endorsed Cruz", "criticized the plan", "called for an inquiry": a stance toward its object,
        // which may be a person, a pronoun or an act.
        let stance = words.contains(.stanceCues, verb) && cue.end == cue.coreEnd
        // "Officials estimate the damage at more than $2 billion", "put the death toll at 23": an
        // estimate of a figure; the object and the figure are the content.
        if words.contains(.estimateAtCues, verb), cue.end == cue.coreEnd, let r = estimateAt(start) { return r }
        if words.contains(.putVerbs, verb) { return nil }
        // "Investigators found no sign of …" (any finder), "The figures showed a steep decline …" (a
        // document only: "the team showed improvement", "the economy showed signs of …" report no one).
        let finding = words.contains(.findingCues, verb) && cue.end == cue.coreEnd
            && (document || words.contains(.foundVerbs, verb))
        guard words.contains(.objectCues, verb) || cue.group.requirement == .object || result || warnOf || asLabel || finding
                || stance, start <= last else { return nil }
        let t = tokens[start]
        // "disputed that account", "denied this version of events": a demonstrative before a noun that
        // ends the clause or takes "of" is the object's determiner, not a complementizer.
        let demonstrative = words.contains(.demonstratives, t.key) && !result && start + 1 <= last
            && tokens[start + 1].kind == .word && !tokens[start + 1].capitalized && !has(start + 1, .pronoun)
            && !isA(start + 1, .determiners) && !has(start + 1, .cue)
            && (start + 2 > last || tokens[start + 2].kind == .punct || isA(start + 2, .prepositions))
        // "described it as \"aggressive\"", "called them \"liars\"": a pronoun object of a quoted label.
        let labelled = (words.contains(.callCues, verb) || asLabel) && start + 1 <= last
            && (t.key == Keys.it || words.contains(.objectPronouns, t.key))
        let stancePronoun = stance && (t.key == Keys.it || words.contains(.objectPronouns, t.key))
        guard t.isWord, labelled || stancePronoun || !has(start, .pronoun) && !words.contains(.objectPronouns, t.key),
              !words.contains(.prepositions, t.key), !words.contains(.whWords, t.key),
              !words.contains(.boundaryWords, t.key) || demonstrative, !has(start, .adverbial) else { return nil }
        // "called the result \"unacceptable\"", "described the bill as \"a gift\"": only with a quoted
        // label a few words after the verb; the content runs to the end of the quotation.
        if words.contains(.callCues, verb) || asLabel {
            var q = start + 1
            while q <= last && q < start + 6 && !isQuote(q) && tokens[q].kind != .punct
                    && (tokens[q].key == Keys.as || !isA(q, .objectStops)) { q += 1 }
            if q <= last, isQuote(q), tokens[q].quote == .open, let span = quotes.first(where: { $0.open == q }),
               !asLabel || tokens[q - 1].key == Keys.as,
               (span.contentStart..<span.contentEnd).contains(where: { tokens[$0].isWord }) {
                let close = span.close ?? last
                return (window(start, min(count, close + 1)), close + 1)
            }
            if !stance { return nil }
        }
        var e = start
        var between = false
        while e <= last {
            let k = tokens[e]
            // A figure's marks stay in it ("growth of 2.1%", "a loss of $40 million").
            if k.kind == .punct && !(k.key == Keys.hyphen || k.key == Keys.period && e > start && tokens[e - 1].capitalized
                                     || words.contains(.currencyMarks, k.key)) { break }
            // "revenue between $1.1 billion and $1.2 billion": "and" inside a between-phrase.
            if k.key == SentenceContext.betweenKey { between = true }
            if between && k.key == Keys.and { between = false; e += 1; continue }
            if e > start && (words.contains(.objectStops, k.key) || isTrailingAdverbial(e) || has(e, .cue) && !k.capitalized && !onlyNominalCue(e)
                            && !isA(e - 1, .articles)) { break }
            e += 1
        }
        let range = trimmed(start..<e)
        guard !range.isEmpty else { return nil }
        var head = max(range.lowerBound, headEnd(range.lowerBound, range.upperBound) - 1)
        // "warned of scams targeting elderly residents": the warning's head noun is before its
        // participle modifier; the people it targets are no object of the verb.
        if warnOf, head > range.lowerBound + 1, let p = (range.lowerBound + 1..<head).first(where: { tokens[$0].kind == .word && !tokens[$0].capitalized
                && tokens[$0].endsWith("ng") && tokens[$0].end - tokens[$0].start > 4 && !isA($0, .ngNouns) }) {
            head = p - 1
        }
        let hk = tokens[head].key
        if stance { return (range, e) }
        if words.contains(.actionObjects, hk) || isSourceNoun(head) && !has(head, .documentSource) { return nil }
        // "confirmed Judge Ana Ruiz", "denied Smith bail": a person, not a statement.
        // An ALL-CAPS headline ("MAYOR ANNOUNCES NEW BUDGET") capitalises every word: no sign of a name
        // (but "SENATE CONFIRMS JANE DOE" may still confirm a person).
        if tokens[range.lowerBound].capitalized && !(range.lowerBound == start && words.contains(.determiners, hk))
            && !(tokens[cue.coreStart].allCaps && !words.contains(.confirmCues, verb)
                 && (range.lowerBound...head).allSatisfy({ tokens[$0].allCaps || !tokens[$0].isWord })) {
            if (range.lowerBound...head).allSatisfy({ tokens[$0].capitalized || tokens[$0].key == Keys.period })
                && !(result && range.contains(where: { isFigure($0) })) { return nil }
        }
        if words.contains(.rejectCues, verb) && !words.contains(.claimObjects, hk) { return nil }
        // "found no evidence of wrongdoing", "showed a steep decline in orders": a finding only when
        // the object's head is a finding noun; "found the body", "found a buyer" are acts.
        // Without one, a poll's result with a figure ("A Marist poll shows Reyes at 41 percent") is
        // read below.
        if finding {
            // The head before the first preposition ("no link between …", "signs of …").
            var fh = range.lowerBound
            while fh + 1 < range.upperBound && tokens[fh + 1].isWord && !isA(fh + 1, .prepositions)
                    && tokens[fh + 1].key != SentenceContext.betweenKey && tokens[fh + 1].key != Keys.that { fh += 1 }
            if isA(fh, .findingNouns) || isA(fh, .changeNouns)
                || document && isA(fh, .documentFindingNouns) {
                // "found no evidence that the coating leached …", "found no increase in side effects, though
                // 7% of patients reported headaches": the finding runs on like a reported clause, to the
                // end of the statement (as after "found that").
                let r = trimmed(range.lowerBound..<statementEnd(range.lowerBound, last + 1))
                return r.isEmpty ? nil : (r, r.upperBound)
            }
            if !result { return nil }
        }
        // "forecast revenue of $2.1 billion", "had forecast the increase": a figure, or a change
        // whose size the forecast is about.
        // ("reported record sales": a record is a figure's claim too.)
        if result && !range.contains(where: { isFigure($0) || tokens[$0].key == Keys.record })
            && !words.contains(.changeNouns, hk) { return nil }
        // "rejected the claim that it had coordinated with the PAC": the claim's that-clause is part of
        // what was rejected, up to a comma.
        if head + 1 == range.upperBound, words.contains(.claimObjects, hk), e + 1 <= last, tokens[e].key == Keys.that,
           looksLikeClause(e + 1, last) {
            var k = e + 1
            while k <= last && !(tokens[k].key == Keys.comma && quote(containing: k) == nil) { k += 1 }
            return (trimmed(start..<k), k)
        }
        return (range, e)
    }

    /// "estimate the damage at more than $2 billion", "put the death toll at 23": a short object,
    /// "at" and a figure within three words. The content runs from the object to the figure's end.
    func estimateAt(_ start: Int) -> (Range<Int>, Int)? {
        let last = lastContentToken
        guard start <= last, tokens[start].isWord, !has(start, .pronoun),
              !isA(start, .objectPronouns), !isA(start, .prepositions),
              let at = window(start + 1, min(last, start + 9)).first(where: { tokens[$0].key == Keys.at }),
              (start..<at).allSatisfy({ (tokens[$0].isWord || tokens[$0].possessive) && !has($0, .cue)
                                        && !isA($0, .objectStops) }),
              let fig = window(at + 1, (min(last, at + 4)) + 1).first(where: { isFigure($0) }),
              (at + 1..<fig).allSatisfy({ isA($0, .approximators) }) else { return nil }
        var e = fig + 1
        var between = (at + 1..<fig).contains { tokens[$0].key == SentenceContext.betweenKey }
        while e <= last {
            let k = tokens[e]
            if k.kind == .punct && !(k.key == Keys.hyphen || words.contains(.currencyMarks, k.key)) { break }
            if between && k.key == Keys.and { between = false; e += 1; continue }
            if words.contains(.objectStops, k.key) || isTrailingAdverbial(e) || has(e, .cue) && !k.capitalized { break }
            e += 1
        }
        let range = trimmed(start..<e)
        return range.isEmpty ? nil : (range, e)
    }

    static let betweenKey: UInt64 = 0x13f5793e33ebda4f  // "between"

    /// A money sign, a percent sign or a number that is not a year ("$3", "12%", "1,200"; four
    /// digits without a comma read as a year, "2023").
    func isFigure(_ i: Int) -> Bool {
        let t = tokens[i]
        if words.contains(.currencyMarks, t.key) { return true }
        return t.kind == .number && t.end - t.start != 4
    }

    /// ", a claim that could not be independently verified", ", an assertion the military denied":
    /// the story's comment on what was said, not part of it. Only at the end of the sentence.
    func editorialAppositive(at k: Int) -> Bool {
        // (`was "weak on crime," a charge her campaign disputed`: the comma of a quoted fragment right
        // before its closing mark.)
        let closing = k + 1 < count && tokens[k + 1].quote == .close
        var b = closing ? k + 2 : k + 1
        // ("…, remarks that Reyes's spokesman dismissed as …": a plural noun needs no article.)
        if b + 1 <= lastContentToken && isA(b, .editorialPlurals) { b -= 1 }
        guard tokens[k].key == Keys.comma, b + 2 <= lastContentToken, quote(containing: k) == nil || closing,
              tokens[b].key == Keys.a || tokens[b].key == Keys.an || isA(b + 1, .editorialPlurals),
              isA(b + 1, .editorialNouns) || isA(b + 1, .editorialPlurals)
        else { return false }
        // "…, a claim that …", "…, a figure the ministry disputes": a relative clause follows, and
        // no other comma before the end.
        let r = tokens[b + 2]
        // "…, a claim disputed by independent analysts": a participle phrase follows.
        guard r.key == Keys.that || r.key == Keys.which || r.kind == .word && (r.capitalized || words.contains(.determiners, r.key)
                                                                              || has(b + 2, .pronoun)
                                                                              || words.contains(.passiveCues, r.key)
                                                                              && b + 3 <= lastContentToken && tokens[b + 3].key == Keys.by) else { return false }
        return !(b + 2...lastContentToken).contains { tokens[$0].key == Keys.comma && quote(containing: $0) == nil }
    }

    /// "Detectives believe the fire was set deliberately, the sheriff's office said.": a comma, a
    /// short source phrase and a cue that ends the sentence attribute the whole sentence again.
    func trailingAttribution(at k: Int) -> Bool {
        guard tokens[k].key == Keys.comma, quote(containing: k) == nil else { return false }
        let last = lastContentToken
        var j = k + 1
        while j <= last && j - k <= 8 && isPhraseWord(j) { j += 1 }
        guard j > k + 1, j <= last, has(j, .cue), !tokens[j].capitalized,
              let h = hits[j].first(where: { $0.cls == .cue }) else { return false }
        let e = h.end
        return e > last || tokens[e].key == Keys.comma || isTrailingAdverbial(e) || has(e, .adverbial) && !(e...last).contains { tokens[$0].key == Keys.that }
    }

    /// "…, speaking on condition of anonymity to discuss …", "…, who spoke on condition of anonymity":
    /// the sourcing, not the speaker's words.
    func reasonAfter(_ k: Int) -> Bool {
        guard tokens[k].key == Keys.comma, quote(containing: k) == nil else { return false }
        return window(k + 1, min(count, k + 4)).contains { has($0, .reason) }
    }

    /// ", adding that …", ", saying …" outside a quotation: pattern.participle-cue gives it its own content.
    func participleAfter(_ k: Int) -> Bool {
        guard tokens[k].key == Keys.comma, k + 2 < count, quote(containing: k) == nil,
              let h = hits[k + 1].first(where: { $0.cls == .cue }) else { return false }
        return h.group == lexicon.index(.participle)
    }

    /// "a letter to members", "a post to the group": "to" before a determiner, a name, a number or a
    /// plural noun, not an infinitive ("agreed early Tuesday to extend sanctions").
    func prepositionalTo(_ k: Int) -> Bool {
        guard k + 1 < count else { return false }
        let n = tokens[k + 1]
        // "in a memo to staff that …": one noun between "to" and "that".
        if n.kind == .word && !has(k + 1, .cue) && k + 2 < count && tokens[k + 2].key == Keys.that { return true }
        return words.contains(.determiners, n.key) || words.contains(.possessivePronouns, n.key) || n.kind == .number
            || n.kind == .word && !has(k + 1, .cue) && (n.capitalized || n.endsWith("s") && n.end - n.start > 3)
    }

    /// "claimed the election had been stolen, without offering evidence": the reporter's aside after
    /// a comma ends the content.
    func withoutAside(at k: Int) -> Bool {
        tokens[k].key == Keys.comma && k + 2 < count && tokens[k + 1].key == SentenceContext.withoutKey
            && tokens[k + 2].kind == .word && tokens[k + 2].endsWith("ng") && quote(containing: k) == nil
    }

    /// "acknowledged the plan was flawed but said …": "and" or "but" and a second verb of saying of
    /// the same subject (pattern.coordinated-cue gives it its own content).
    func secondCue(at k: Int) -> Bool {
        guard tokens[k].key == Keys.and || tokens[k].key == Keys.but else { return false }
        var v = k + 1
        while v < count && v - k < 3 && isAdverb(v) { v += 1 }
        // "said that … and declined to discuss specific plans": a refusal of the same subject.
        if v + 2 < count && isA(v, .refusalVerbs) && tokens[v + 1].key == Keys.to
            && isA(v + 2, .speakingVerbs) { return true }
        // "said the board met and declined to approve the plan": otherwise a refusal is part of the statement.
        if v < count && isA(v, .refusalVerbs) { return false }
        return v < count && has(v, .cue) && !tokens[v].capitalized && !has(v, .hedge)
            && hits[v].contains { $0.cls == .cue && lexicon.info($0.group).category != .nominal }
    }

    /// "said the vote would be held next year, but gave no date", "…, and did not elaborate": after a
    /// comma, "and"/"but", a verb of giving or doing and "no"/"not" — the reporter's note on what the
    /// source left out, not part of the statement.
    func negativeCoda(at k: Int) -> Bool {
        guard k > 0, k + 2 < count, tokens[k].key == Keys.and || tokens[k].key == Keys.but, tokens[k - 1].key == Keys.comma,
              quote(containing: k) == nil, isA(k + 1, .codaVerbs) else { return false }
        return tokens[k + 2].key == Keys.no || tokens[k + 2].key == Keys.not
    }

    /// Whether a comma at `k` is followed by "and" or "but", a source phrase and its own verb of
    /// saying ("…, and a second diplomat called it unworkable", "…, but the ministry has denied that").
    func newClause(after k: Int) -> Bool {
        let semicolon = tokens[k].key == Keys.semicolon
        // Outside quotations, or the comma of a quoted fragment right before its closing mark.
        guard tokens[k].key == Keys.comma || semicolon,
              quote(containing: k) == nil || k + 1 < count && tokens[k + 1].quote == .close else { return false }
        var n = k + 1
        if n < count && isQuote(n) && tokens[n].quote == .close { n += 1 }
        // "…had collapsed; another said …": after a semicolon no conjunction is needed.
        if semicolon { n -= 1 } else {
            guard n + 2 < count, tokens[n].key == Keys.and || tokens[n].key == Keys.but || tokens[n].key == Keys.while_
                    || tokens[n].key == SentenceContext.whereasKey || tokens[n].key == Keys.although
                    || tokens[n].key == SentenceContext.thoughKey else { return false }
        }
        let s = n + 1
        var j = s
        // ("…, though party officials privately doubt it": an adverb before the verb ends the phrase.)
        while j < count && j - s < 8 && isPhraseWord(j) && !isA(j, .clauseVerbs)
                && !(j > s && isAdverb(j) && j + 1 < count && has(j + 1, .cue)) { j += 1 }
        guard j > s, j < count else { return false }
        var v = j
        while v < count, let a = hit(v, .auxiliary) { v = a.end }
        while v < count && v - j < 3 && isAdverb(v) { v += 1 }
        guard v < count, (has(v, .cue) && !tokens[v].capitalized) || isA(v, .clauseVerbs) else { return false }
        // "…, though both cautioned that …": the sources just named, counted by "both"/"each".
        if j == s + 1 && (tokens[s].key == Work.bothKey || tokens[s].key == Work.eachKey) && has(v, .cue) { return true }
        return classify(s, j).certainty > 0
    }

    static let whereasKey: UInt64 = 0x1e5dfed9400bc798  // "whereas"
    static let thoughKey: UInt64 = 0x3ea52aa8a212ddf2  // "though"
    static let hashKey: UInt64 = 0xaf639e4c86018332  // "#"

    /// Whether `key` is one of the '|'-separated words of a pattern literal, hashed as it is read
    /// (no splitting or allocation: patterns test literals at every cue).
    static func literalMatches(_ text: String, _ key: UInt64) -> Bool {
        var h = Tokenizer.fnvOffset
        for var b in text.utf8 {
            if b == 0x7C {
                if h == key { return true }
                h = Tokenizer.fnvOffset
                continue
            }
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            h = (h ^ UInt64(b)) &* Tokenizer.fnvPrime
        }
        return h == key
    }

    static let whetherKey: UInt64 = 0x9945f6a9a016bae2  // "whether"

    /// A bare clause: a short subject phrase and then a finite auxiliary ("the plan would fail").
    /// A determiner, up to three more words and a finite auxiliary: "the office would close".
    func determinedClause(_ i: Int, _ last: Int) -> Bool {
        guard i <= last, isA(i, .determiners) else { return false }
        var k = i + 1
        // "the worst of the loan losses was …": one of-phrase inside the subject.
        var ofPhrase = false
        while k <= last && k - i <= (ofPhrase ? 7 : 4) && tokens[k].isWord && !isA(k, .finiteAuxiliaries)
                && (!isA(k, .determiners) || !ofPhrase && tokens[k - 1].key == Keys.of && k > i + 2)
                // "the waiting lists had shrunk": a cue word before the auxiliary is the subject's noun.
                && (!has(k, .cue) || k > i + 1 && k + 1 <= last && isA(k + 1, .finiteAuxiliaries)) {
            if isA(k, .determiners) { ofPhrase = true }
            k += 1
        }
        return k <= last && k > i + 1 && isA(k, .finiteAuxiliaries)
    }

    func looksLikeClause(_ i: Int, _ last: Int) -> Bool {
        if i <= last && isA(i, .whWords) { return false }
        var j = i
        while j <= last && j - i < 7 {
            // ("found the weapon in a nearby trash can.": a final "can" after a preposition is a noun.)
            if isA(j, .finiteAuxiliaries) {
                return j > i && !(j == last && (i..<j).contains { isA($0, .prepositions) })
            }
            // "denied wrongdoing and said it would …": the auxiliary belongs to a later clause.
            guard tokens[j].isWord || tokens[j].possessive, tokens[j].key != Keys.and && tokens[j].key != Keys.but,
                  !(has(j, .cue) && !tokens[j].capitalized && j > i) else { return false }
            j += 1
        }
        return false
    }

    /// A subject, then a past-tense or -ing verb with no auxiliary: "exports fell 5%", "Dell leading
    /// Brandt 31% to 24%". Only after a document source, where such a clause is what it found.
    func looksLikeBareClause(_ i: Int, _ last: Int) -> Bool {
        guard i <= last, tokens[i].isWord, !isA(i, .whWords),
              !isA(i, .prepositions), !has(i, .adverbial) else { return false }
        var j = i + 1
        while j <= last && j - i < 6 {
            let t = tokens[j]
            // ("Data showed employers added 150,000 jobs", "records show the payments continued until May",
            // "the company knew about …": a cue word can be the clause's verb; a preposition
            // ends the subject's chance: "no evidence of wrongdoing" is a noun phrase.)
            guard t.isWord || t.possessive, t.key != Keys.and && t.key != Keys.but,
                  !has(j, .cue) || words.contains(.clauseVerbCues, t.key) || words.contains(.pastVerbs, t.key),
                  !words.contains(.prepositions, t.key) else { return false }
            if t.kind == .word && !t.capitalized && (t.endsWith("ed") || t.endsWith("ng") && !words.contains(.ngNouns, t.key)
                                                     || words.contains(.pastVerbs, t.key)) {
                // "Photos show the car parked outside the bank": a state of the object, no clause.
                if words.contains(.complementParticiples, t.key) { return false }
                // "Figures show wages rose.": a past-tense verb may end the clause; "-ing" may not, nor
                // the verb of a relative clause ("the map shows the route the convoy took").
                return j + 1 <= last || !t.endsWith("ng") && !(i + 1..<j).contains { isA($0, .determiners) }
            }
            j += 1
        }
        return false
    }

    /// A subject noun phrase and a past-tense verb: "the fire started in …", "Acme cut 300 jobs". The
    /// verb follows a noun (not a determiner, possessive or adverb: "announced the planned closure",
    /// "the newly created post") and is no passive participle before "by" ("the car stolen by …").
    func looksLikeReportedClause(_ i: Int, _ last: Int, strict: Bool = false) -> Bool {
        guard i <= last, tokens[i].kind == .word, !isA(i, .whWords),
              !isA(i, .prepositions), !has(i, .adverbial), !has(i, .pronoun) else { return false }
        var j = i + 1
        while j <= last && j - i < 6 {
            let t = tokens[j]
            if t.key == Tokenizer.possessiveKey { j += 1; continue }
            // ("knew the risks when she entered the race": a subordinate clause's verb is not the object's;
            // strict: "found no evidence that …" is a noun and its clause, not a clause.)
            guard t.kind == .word || t.kind == .number, t.key != Keys.and && t.key != Keys.but, !(strict && t.key == Keys.that),
                  // ("Detectives believe the burglars knew the alarm code": a past tense that is also a cue.)
                  !has(j, .cue) || (words.contains(.clauseVerbCues, t.key) || words.contains(.pastVerbs, t.key)) && j > i,
                  !words.contains(.prepositions, t.key), !words.contains(.clauseLinks, t.key) else { return false }
            if t.kind == .word && !t.capitalized && (t.endsWith("ed") || words.contains(.pastVerbs, t.key)) {
                let before = tokens[j - 1]
                guard before.kind == .word, !words.contains(.determiners, before.key), !isAdverb(j - 1),
                      j + 1 <= last, tokens[j + 1].key != Keys.by else { return false }
                return !(strict && words.contains(.complementParticiples, t.key))
            }
            j += 1
        }
        return false
    }

    /// A determiner or a name, up to three more words, then a lower-case third-person verb in -s and
    /// something after it: "the primary calendar favors him", "Reyes wants a recount".
    func looksLikePresentClause(_ i: Int, _ last: Int) -> Bool {
        guard i <= last, tokens[i].kind == .word, !isA(i, .whWords),
              !isA(i, .prepositions), !has(i, .adverbial),
              isA(i, .determiners) || tokens[i].capitalized && !has(i, .pronoun) else { return false }
        var j = i + 1
        while j <= last && j - i <= 4 {
            let t = tokens[j]
            if t.key == Tokenizer.possessiveKey { j += 1; continue }
            guard t.kind == .word, t.key != Keys.and && t.key != Keys.but && t.key != Keys.or,
                  !words.contains(.prepositions, t.key), !words.contains(.determiners, t.key) || j == i + 1 else { return false }
            // The verb is no noun after a possessive ("the district's voters well") and takes an object
            // that opens like one: a determiner, a pronoun, a name or a number ("favors him").
            if j > i + (isA(i, .determiners) ? 1 : 0) && !t.capitalized && t.endsWith("s") && !t.endsWith("ss")
                && !t.possessive && tokens[j - 1].key != Tokenizer.possessiveKey && j + 1 <= last && !isAdverb(j) {
                let n = tokens[j + 1]
                return n.kind == .number || n.kind == .word && (n.capitalized || words.contains(.determiners, n.key)
                                                                || words.contains(.objectPronouns, n.key) || has(j + 1, .pronoun)
                                                                || n.key == Keys.to || n.key == Keys.that)
            }
            j += 1
        }
        return false
    }

    /// A short noun phrase, then "to" and a verb: "the central bank to raise rates".
    func looksLikeObjectInfinitive(_ i: Int, _ last: Int) -> Bool {
        guard i <= last, tokens[i].kind == .word || tokens[i].kind == .number, tokens[i].key != Keys.to,
              !isA(i, .whWords) else { return false }
        var j = i
        while j <= last && j - i < 7 {
            // ("challenged him to a duel": "to" before a determiner is a preposition.)
            if tokens[j].key == Keys.to {
                return j > i && j + 1 <= last && tokens[j + 1].kind == .word && !has(j + 1, .cue)
                    && !isA(j + 1, .determiners) && !isA(j + 1, .possessivePronouns)
            }
            guard (tokens[j].isWord || tokens[j].possessive) && !has(j, .cue)
                    && !isA(j, .finiteAuxiliaries) else { return false }
            j += 1
        }
        return false
    }

    /// The clause subject before a colon: the phrase at the start of the sentence, or its
    /// possessor ("Hutchins's assessment was blunt:" → "Hutchins").
    func subject(before p: Int, lenient: Bool = false) -> SourcePhrase? {
        if lenient {
            // "And even Obama tried …": the conjunctions and adverbs before the subject.
            var s = contentFloor
            while s + 1 < p && tokens[s].kind == .word && isA(s, .subjectOpeners) { s += 1 }
            return s > contentFloor ? leadingSubject(from: s, before: p) ?? leadingSubject(from: contentFloor, before: p)
                : leadingSubject(from: s, before: p)
        }
        let s = contentFloor
        guard s < p, p - s <= 12, !(s..<p).contains(where: { has($0, .cue) || isQuote($0) }) else { return nil }
        // "Hutchins's assessment was blunt:", "The senator's response was blunt:": the possessor speaks.
        if let poss = (s..<p).first(where: { tokens[$0].key == Tokenizer.possessiveKey }), poss > s,
           (s..<poss).allSatisfy({ tokens[$0].capitalized || tokens[$0].key == Keys.period })
            || poss - s <= 4 && isSourceNoun(poss - 1) && (s..<poss).allSatisfy({ tokens[$0].kind == .word }) {
            let phrase = classify(s, poss)
            if phrase.certainty > 0 { return phrase }
        }
        guard let (phrase, _) = sourceStarting(at: s), phrase.end <= p else { return nil }
        return phrase
    }

    /// The clause subject of "Brandt dismissed the poll, saying …" from token `s`: a run of
    /// capitalised words, or a determiner and nouns up to the first verb-like word.
    func leadingSubject(from s: Int, before p: Int) -> SourcePhrase? {
        // The clause subject of "Brandt dismissed the poll, saying …": a run of capitalised
        // words, or a determiner and nouns up to the first verb-like word.
        guard s < p, !isQuote(s) else { return nil }
        var e = s
        // "Another officer disputed …": "another" opens a noun group like a determiner.
        let determiner = isA(s, .determiners) || tokens[s].key == Keys.another
        if tokens[s].capitalized && !determiner && !has(s, .pronoun) {
            while e < p && (tokens[e].capitalized || (tokens[e].key == Keys.period && e > s && tokens[e - 1].capitalized)) { e += 1 }
            // "Dalton's campaign released a statement saying …": a name's organisation or office.
            if e + 1 < p && tokens[e].key == Tokenizer.possessiveKey && !tokens[e + 1].capitalized && isSourceNoun(e + 1) { e += 2 }
        } else if determiner || has(s, .pronoun) {
            e = s + 1
            if !has(s, .pronoun) {
                while e < p && e - s < 5 && tokens[e].kind == .word && !tokens[e].endsWith("ed")
                        && !isA(e, .boundaryWords) && !has(e, .cue) {
                    // "The Bank of England held …", "The central bank held …": a lower-case word after
                    // a name or a source noun is the verb.
                    // ("The Dalton campaign released …": a source noun after the name is the head.)
                    if !tokens[e].capitalized && !tokens[e].possessive && !isA(e, .prepositions)
                        && (e > s + 1 && tokens[e - 1].capitalized && !isSourceNoun(e) || e - 1 > s && isSourceNoun(e - 1)) { break }
                    e += 1
                }
            }
        }
        guard e > s else { return nil }
        // "Researchers at the University of Leeds analyzed … and found …": a source noun and a
        // post-modifier naming an institution.
        if e < p && isSourceNoun(e - 1) && isA(e, .postModifiers) {
            var k = e + 1
            if k < p && tokens[k].key == Keys.the { k += 1 }
            var n = k
            while n < p && n - k < 6 && (tokens[n].capitalized || tokens[n].key == Keys.of && n > k && n + 1 < p && tokens[n + 1].capitalized) { n += 1 }
            if n > k && tokens[n - 1].capitalized { e = n }
        }
        let phrase = classify(s, e)
        return phrase.certainty > 0 ? phrase : nil
    }

    func isSourceNoun(_ i: Int) -> Bool {
        has(i, .organization) || has(i, .title) || has(i, .anonymousSource) || has(i, .populationSource) || has(i, .vagueSource)
    }

    /// Drops trailing commas, dashes and quote marks and leading commas and quote marks from a token
    /// range; a mark whose partner is inside the range stays (`the plan was “dead in the water”`).
    func trimmed(_ r: Range<Int>) -> Range<Int> {
        var s = r.lowerBound
        var e = r.upperBound
        while e > s && (tokens[e - 1].key == Keys.comma || tokens[e - 1].key == Keys.dash || tokens[e - 1].key == Keys.colon
                        || (tokens[e - 1].kind == .quote && !closesQuote(e - 1, openedFrom: s))) { e -= 1 }
        while s < e && (tokens[s].key == Keys.comma || (tokens[s].kind == .quote && !opensQuote(s, closedBefore: e))) { s += 1 }
        return s..<e
    }

    private func closesQuote(_ i: Int, openedFrom s: Int) -> Bool {
        tokens[i].quote == .close && quotes.contains { $0.close == i && ($0.open.map { $0 > s } ?? false) }
    }

    private func opensQuote(_ i: Int, closedBefore e: Int) -> Bool {
        tokens[i].quote == .open && quotes.contains { $0.open == i && ($0.close.map { $0 < e } ?? false) }
    }
}
