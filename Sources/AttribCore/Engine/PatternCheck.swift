/// The named checks a pattern lists in `rules/patterns.yml`, run after its elements match (or, for
/// `content-checks`, right after its CONTENT element), in the order the rule lists them. A check
/// either rejects the match or adjusts it (a content's extent, its quote kind). Each is one piece of
/// grammar that is not a word list; `rules/patterns.yml` documents each under `checks:` with
/// examples that show what it changes, and a test runs those examples with and without the check.
///
/// The id of a check in the rules is its case name in kebab-case (`notAFreeRelative` is
/// `not-a-free-relative`), so the Swift names no ids.
enum PatternCheck: Int, CaseIterable, Sendable {
    // Rejections.
    case notAHeadlineDash, notAFreeRelative, notAParticiplePhrase, citingNeedsAKnownSource
    case headlineSourceStandsAlone, colonClaimNeedsAHeadlineSource, quotationOnlyVerbsNeedAQuotation
    case noSourceOpensWithBy, noClosingAppositiveAsContent, shortContentBeforeTheCue, askedOpensAClause
    case participleNeedsAnAuxiliary
    // Adjustments.
    case cutAtTrailingAttribution, nominalClauseEnds, relativeClauseEndsAtComma
    case sourcedRelativeClauseEndsAtComma, subjectBeforeAsideIsContent, interruptedStatement

    /// The check's id in the rules files.
    var id: String { PatternCheck.ids[rawValue] }

    init?(id: String) {
        guard let c = PatternCheck.byID[id] else { return nil }
        self = c
    }

    private static let ids = allCases.map { kebabCaseID(of: $0) }

    private static let byID: [String: PatternCheck] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.id, $0) })

    /// Where the match stands when a check runs.
    struct Position {
        var cue: CueCandidate
        /// The token after the last element matched right of the cue.
        var after: Int
        var pattern: CompiledPattern
    }

    /// Runs one check; false rejects the match.
    static func apply(_ check: PatternCheck, _ s: SentenceContext, _ m: inout PatternMatch, _ at: Position) -> Bool {
        let cue = at.cue
        let tokens = s.tokens
        func quoteKind(_ r: Range<Int>) -> QuoteKind {
            s.quotes.contains { $0.contentStart >= r.lowerBound && $0.contentEnd <= r.upperBound } ? .partial : .none
        }
        func firstCommaOutsideQuotes(in c: Range<Int>) -> Int? {
            c.first { tokens[$0].key == Keys.comma && s.quote(containing: $0) == nil }
        }
        /// Ends the content before `comma`; a content of fewer than two tokens rejects the match.
        func endContent(at comma: Int) -> Bool {
            guard let c = m.content else { return true }
            let r = s.trimmed(c.lowerBound..<comma)
            if r.count < 2 { return false }
            m.content = r
            m.quote = quoteKind(r)
            return true
        }
        switch check {
        case .notAHeadlineDash:
            // A headline's closing dash (``SentenceContext/headlineTrailingDash()``) anchors only a
            // pattern with the claim before it.
            return !(cue.end - cue.start == 1 && tokens[cue.start].key != Keys.colon && s.isA(cue.start, .headlineMarks))

        case .notAFreeRelative:
            // "declined to comment on what she called \"speculation\"": a free relative, not a statement.
            guard let sp = m.source else { return true }
            return !(sp.start > 0 && tokens[sp.start - 1].key == SentenceContext.whatKey)

        case .notAParticiplePhrase:
            // ", beating analyst estimates": a participle phrase after a comma with a noun such as
            // "estimates" or "forecasts" at its end is no subject and verb.
            guard let sp = m.source else { return true }
            let first = tokens[sp.start]
            return !(sp.start > 0 && tokens[sp.start - 1].key == Keys.comma && first.kind == .word && !first.capitalized
                     && first.endsWith("ng") && first.end - first.start > 4 && !s.isA(sp.start, .ngNouns)
                     && tokens[cue.coreEnd - 1].endsWith("s"))

        case .citingNeedsAKnownSource:
            // "The bank, citing higher costs, said …", "cut its forecast, citing weak demand": a reason
            // cited is no source (an unlisted noun), and the subject before a mid-sentence aside is no
            // content. "citing unnamed officials" still attributes.
            guard tokens[cue.coreStart].key == SentenceContext.citingKey, let src = m.source else { return true }
            if src.certainty < 0.85 { return false }
            if let c = m.content, c.upperBound <= cue.start, src.end < s.count, tokens[src.end].key == Keys.comma,
               (src.end + 1..<s.count).contains(where: { tokens[$0].kind == .word }) { return false }
            return true

        case .headlineSourceStandsAlone:
            // "Talks collapse: sources", "Deal close — sources": a headline claim, then its source alone.
            guard cue.group.category == .nominal && cue.end - cue.start == 1, s.isA(cue.start, .headlineMarks) else { return true }
            guard let src = m.source, src.end == s.count, src.end - src.start <= 3, src.kind != .pronoun,
                  s.has(src.end - 1, any: SentenceContext.trailingSourceClasses),
                  !(src.start..<src.end).contains(where: { s.isA($0, .prepositions) }),
                  let c = m.content, c.count >= 2, !tokens[c].contains(where: { $0.key == Keys.colon }),
                  let final = tokens.last, final.kind == .word else { return false }
            return true

        case .colonClaimNeedsAHeadlineSource:
            // "Police: Suspect fled on foot": a colon before a claim that is no quotation reports it only
            // in a headline (no final stop), after an institution, office, role or document noun, or
            // after a transcript's speaker label.
            guard cue.group.category == .nominal && cue.end - cue.start == 1 && tokens[cue.start].key == Keys.colon
                    && m.quote != .direct else { return true }
            guard let src = m.source, src.start == s.contentFloor, src.end == cue.start else { return false }
            if s.isTranscriptLabel(src, colon: cue.start) { return true }
            guard src.kind != .pronoun, src.kind != .vague, src.certainty >= 0.85,
                  (src.start..<src.end).contains(where: { s.has($0, any: SentenceContext.headlineSourceClasses)
                      || s.has($0, .documentSource) && s.isA($0, .headlineDocuments) }),
                  let final = tokens.last, !(final.kind == .punct && (final.key == Keys.period || final.key == Keys.question
                                                                     || final.key == Keys.exclamation)) else { return false }
            return true

        case .quotationOnlyVerbsNeedAQuotation:
            // "“Not a chance,” she laughed.", "“…,” he remembered.": verbs of manner and memory report a
            // full quotation only ("Her daughter, Sofia, remembers the first night" is no statement).
            return !(m.quote != .direct && s.isA(cue.coreEnd - 1, .quotationOnlyCues))

        case .noSourceOpensWithBy:
            // "The assessment, described by three U.S. officials, concluded …": a participle with a
            // by-agent modifies a noun; a source never opens with "by" outside a passive pattern.
            guard let src = m.source else { return true }
            return tokens[src.start].key != Keys.by

        case .noClosingAppositiveAsContent:
            // "…, according to two officials, one American and one European.": a closing appositive of
            // the source ("one American and one European", "both Europeans") is not content.
            guard cue.start > s.contentFloor + 1, let c = m.content, c.lowerBound > cue.end, m.quote == .none,
                  c.upperBound > s.lastContentToken, c.count <= 8, tokens[c.lowerBound - 1].key == Keys.comma else { return true }
            return !(c.lowerBound..<c.upperBound).allSatisfy({ i in
                let t = tokens[i]
                return t.kind == .word && (t.capitalized || s.isA(i, .numberWords) || t.key == Keys.one
                                           || t.key == Keys.and || t.key == Work.bothKey || t.key == Keys.of || t.key == Keys.from)
            })

        case .shortContentBeforeTheCue:
            // One word before the source is content only as the first part of an interrupted clause
            // ("Prices, he said, would rise"); a pronoun or demonstrative subject of a passive cue is
            // ("It was confirmed by the ministry").
            guard let c = m.content, c.upperBound <= cue.start, m.quote != .direct, c.count < 2 else { return true }
            return at.pattern.passive && (s.has(c.lowerBound, .pronoun) || s.isA(c.lowerBound, .demonstratives))

        case .participleNeedsAnAuxiliary:
            // "Clinton is calling for a pause", "he was referring to the mill": a participle is a finite
            // cue only after an auxiliary ("The sign pointing to the exit" is no statement).
            return cue.start < cue.coreStart

        case .askedOpensAClause:
            // "Asked whether the levy would pass, the treasurer …", "…, she said when asked about the
            // cost": a question put to the speaker opens the sentence or a clause after a comma, or
            // follows "when"; the question runs to the next comma outside a quotation.
            let k = cue.start
            guard k == s.contentFloor || tokens[k - 1].key == Keys.comma || tokens[k].key == Keys.when,
                  let c = m.content, c.lowerBound >= cue.end else { return false }
            // ("Walsh said when asked about the buyout that she would rebuild": the that-clause is what she said.)
            let afterCue = tokens[k].key == Keys.when && k > 0 && s.has(k - 1, .cue)
            if let comma = (c.lowerBound..<c.upperBound).first(where: { tokens[$0].key == Keys.comma && s.quote(containing: $0) == nil
                                                                         || afterCue && tokens[$0].key == Keys.that }) {
                let r = s.trimmed(c.lowerBound..<comma)
                if r.isEmpty { return false }
                m.content = r
                m.quote = quoteKind(r)
            } else if k == s.contentFloor {
                // "Asked whether …" with no comma after it is no opening clause.
                return false
            }
            return true

        case .cutAtTrailingAttribution:
            guard cue.group.category == .nominal, m.quote != .direct, let range = m.content else { return true }
            // "The drug lowered blood pressure …, the company said, citing results from a trial": the
            // attribution before "citing" or "according to" is not what the cited source says.
            if let k = (range.lowerBound + 1..<range.upperBound).first(where: { s.trailingAttribution(at: $0) }) {
                let r = s.trimmed(range.lowerBound..<k)
                if r.isEmpty { return false }
                m.content = r
                m.quote = quoteKind(r)
                return true
            }
            // "“Our patience has limits,” the spokesman said, according to a transcript": the
            // quotation is what the transcript records, not its speaker and cue.
            guard let span = s.quotes.first(where: { $0.open == range.lowerBound }), let close = span.close,
                  close + 1 < range.upperBound, (close + 1..<range.upperBound).contains(where: { s.has($0, .cue) }),
                  (close + 1..<range.upperBound).allSatisfy({ s.isPhraseWord($0) || s.has($0, .cue) || s.has($0, .auxiliary) }) else {
                return true
            }
            let r = s.trimmed(span.contentStart..<span.contentEnd)
            if r.isEmpty { return false }
            m.content = r
            m.quote = .direct
            return true

        case .nominalClauseEnds:
            // "The minister's claim that the economy was growing drew scorn": the clause ends where the
            // main clause's verb starts.
            guard cue.group.category == .nominal && cue.group.requirement == .complement, let c = m.content, m.quote != .direct else {
                return true
            }
            let r = s.trimmed(c.lowerBound..<s.nominalClauseEnd(c))
            if r.count < 2 { return false }
            m.content = r
            m.quote = quoteKind(r)
            return true

        case .relativeClauseEndsAtComma:
            // "Smith, who said the law was overdue, voted against it": a relative clause on the
            // sentence's subject ends at its closing comma. (An intention's infinitive in a relative
            // clause mid-sentence ends there too: "a setback for Acme, which had planned to build in
            // the spring, and for …".)
            guard let src = m.source, src.start == s.contentFloor || m.content.map({ tokens[$0.lowerBound].key == Keys.to }) == true,
                  src.end < cue.start, let c = m.content, c.lowerBound >= cue.end,
                  m.quote != .direct, s.isRelativeCue(cue.start, after: src.end),
                  let comma = firstCommaOutsideQuotes(in: c)
            else { return true }
            return endContent(at: comma)

        case .sourcedRelativeClauseEndsAtComma:
            // "The quake, which the USGS said measured 6.1, struck …": a cue in a relative clause with its
            // own source; the content ends at the relative clause's closing comma.
            guard let src = m.source, src.start >= 2, s.isA(src.start - 1, .relativeSubjects),
                  tokens[src.start - 2].key == Keys.comma, let c = m.content, c.lowerBound >= cue.end, m.quote != .direct,
                  let comma = firstCommaOutsideQuotes(in: c)
            else { return true }
            return endContent(at: comma)

        case .subjectBeforeAsideIsContent:
            // "The plan, according to two aides, would cut spending": the subject before the aside is
            // the content's first part, as in an interrupted clause.
            let floor = s.contentFloor
            guard cue.start > floor + 1, tokens[cue.start - 1].key == Keys.comma, let c = m.content,
                  c.lowerBound > cue.end, m.quote != .direct, cue.start - 1 - floor <= 8,
                  (floor..<cue.start - 1).allSatisfy({ tokens[$0].isWord && !s.has($0, .cue) }),
                  tokens[c.lowerBound].kind == .word, !tokens[c.lowerBound].capitalized, !s.has(c.lowerBound, .pronoun),
                  !s.isA(c.lowerBound, .determiners) else { return true }
            m.content = s.trimmed(floor..<c.upperBound)
            return true

        case .interruptedStatement:
            // An interrupted quotation or clause: "“The talks,” he said, “are over.”", "The deal, officials
            // said, could be signed Friday." One content span covers both parts (docs/analysis-json.md).
            // Without a second part, the short-content rule applies.
            if let c = m.content, c.upperBound <= cue.start, let end = s.interruptedTail(at.after, direct: m.quote == .direct) {
                m.content = s.trimmed(c.lowerBound..<end)
                if m.quote == .none, let r = m.content, s.quotes.contains(where: { $0.contentStart >= r.lowerBound && $0.contentEnd <= r.upperBound }) {
                    m.quote = .partial
                }
                return true
            }
            return apply(.shortContentBeforeTheCue, s, &m, at)
        }
    }
}
