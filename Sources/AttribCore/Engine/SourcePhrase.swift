/// Finds and classifies the noun phrase of a source around a cue, by token.
///
/// No part-of-speech tagger: the phrase grows over tokens that can sit inside a noun phrase
/// (words, numbers, possessives, prepositions of post-modifiers, name lists) and stops at clause
/// boundaries (punctuation, quote marks, conjunctions and relative pronouns, other cues).
struct SourcePhrase {
    var start: Int
    /// Token after the phrase.
    var end: Int
    var kind: SourceKind
    /// Lowers confidence when the phrase could not be classified from the lexicon.
    var certainty: Double
    /// A relative clause or appositive next to the phrase (token range), where reasons often sit.
    var aside: Range<Int>?
    /// The lexicon group that decided the kind, if any.
    var group: String?
}

extension SentenceContext {
    func isAdverb(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word else { return false }
        if isA(i, .adverbs) { return true }
        // -ly words, lower-case, not after a determiner ("the family").
        guard !t.capitalized && t.end - t.start > 4 && tokenEndsWith(i, "ly") && !isA(i, .lyNouns) else { return false }
        return !(i > 0 && (isA(i - 1, .determiners) || tokens[i - 1].possessive))
    }

    func tokenEndsWith(_ i: Int, _ suffix: String) -> Bool { tokens[i].endsWith(suffix) }

    /// Can token `i` sit inside a source noun phrase?
    func isPhraseWord(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.kind == .number { return true }
        // "@CityPolice", "the @WHO": a handle is a name, whatever its word ("@WHO" is not "who").
        if isHandleMark(i) || isHandle(i) { return true }
        guard t.kind == .word else {
            // "Mr." and "Corp." keep their period; "&" joins names.
            if t.key == Keys.period, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].capitalized, tokens[i - 1].end == t.start {
                return true
            }
            // "the workers’ union": a plural possessive's apostrophe (a quote mark is not punctuation).
            if (t.key == SentenceContext.apostropheKey || t.key == SentenceContext.curlyApostropheKey) && i > 0
                && tokens[i - 1].end == t.start && tokens[i - 1].kind == .word && tokens[i - 1].endsWith("s")
                && i + 1 < count && tokens[i + 1].kind == .word && tokens[i + 1].start > t.end {
                return true
            }
            // "Fans of rock 'n' roll": the apostrophes of an elided word.
            if isA(i, .apostrophes) && i > 0 && i + 1 < count && tokens[i - 1].kind == .word
                && tokens[i + 1].kind == .word
                && (tokens[i + 1].start == t.end && isA(i + 1, .elisions)
                    || tokens[i - 1].end == t.start && isA(i - 1, .elisions)) {
                return true
            }
            return t.key == Keys.ampersand || t.key == Keys.hyphen
        }
        // "more than two dozen officials", "fewer than 10 people": a comparative count.
        if t.key == SentenceContext.thanKey { return i > 0 && isA(i - 1, .comparatives) }
        // "said one of those advisers": a demonstrative after a partitive's "of" is the group's
        // determiner, not the end of the phrase.
        if (t.key == Work.thoseKey || t.key == Work.theseKey) && i >= 2 && tokens[i - 1].key == Keys.of && i + 1 < count
            && tokens[i + 1].kind == .word && !tokens[i + 1].capitalized && !isA(i + 1, .boundaryWords) && !has(i + 1, .cue) {
            return true
        }
        if isA(i, .boundaryWords) {
            // "Will Hurd said", "May Chen told": an auxiliary that is a first name before a surname.
            return t.capitalized && !t.allCaps && isA(i, .nameAuxiliaries) && i + 1 < count
                && tokens[i + 1].kind == .word && tokens[i + 1].capitalized && !tokens[i + 1].allCaps && !has(i + 1, .pronoun)
        }
        // "Critics of the claim": a noun of saying (lexicon.cue.nominal) is a plain noun in a phrase.
        if has(i, .cue) && !t.capitalized && !onlyNominalCue(i) {
            // "Critics of the claim", "opponents of his proposals": after "of" and a determiner a cue
            // word is the noun of an of-phrase, not the verb.
            if i >= 2 && tokens[i - 2].key == Keys.of && tokens[i - 1].kind == .word
                && (isA(i - 1, .determiners) || isA(i - 1, .possessivePronouns))
                && !(i + 1 < count && tokens[i + 1].key == Keys.that) { return true }
            // "court documents", "police reports": a document noun after its modifier, not a verb.
            // "an estimate by the council": after an article a cue word is a noun (as in cueCandidates).
            return has(i, .documentSource) && i > 0 && tokens[i - 1].kind == .word && !has(i - 1, .cue)
                && (!isA(i - 1, .determiners) || isA(i - 1, .articles))
                && !(i + 1 < count && tokens[i + 1].key == Keys.that)
        }
        return true
    }

    /// Whether every cue hit at `i` is a noun of saying ("claim", "remarks").
    func onlyNominalCue(_ i: Int) -> Bool {
        for h in hits[i] where h.cls == .cue {
            let g = lexicon.info(h.group)
            if !(g.category == .nominal && g.requirement == .complement) { return false }
        }
        return true
    }

    static let leastKey: UInt64 = 0x549a160a4938aa56  // "least"
    static let thanKey: UInt64 = 0x256cc7ef3232833a  // "than"
    static let interviewsKey: UInt64 = 0x2666d083f629d825  // "interviews"
    static let atSignKey: UInt64 = 0xaf63fd4c8602249f  // "@"

    /// The "@" of a handle: touching the word after it and not the word before it ("@WHO", not "a@b").
    func isHandleMark(_ i: Int) -> Bool {
        tokens[i].key == SentenceContext.atSignKey && i + 1 < count && tokens[i + 1].start == tokens[i].end
            && tokens[i + 1].kind == .word && !(i > 0 && tokens[i - 1].end == tokens[i].start && tokens[i - 1].kind == .word)
    }

    /// The word of a handle ("CityPolice" in "@CityPolice").
    func isHandle(_ i: Int) -> Bool { i > 0 && tokens[i].kind == .word && isHandleMark(i - 1) }
    static let apostropheKey: UInt64 = 0xaf639a4c86017c66  // "'"
    static let curlyApostropheKey: UInt64 = 0x56404f1b88509b72  // "’"

    /// The source phrase that ends just before token `end` (going leftwards), skipping a comma- or
    /// dash-delimited appositive or relative clause right before it.
    func sourceEnding(before end: Int, floor: Int = 0) -> SourcePhrase? {
        var j = end - 1
        // "have privately warned": adverbs and auxiliaries between the source and the verb.
        while j >= floor && (isAdverb(j) || has(j, .auxiliary)) { j -= 1 }
        // "Officials speaking privately said": the participle describes how they spoke.
        if j > floor, end - j > 1, tokens[j].kind == .word, !tokens[j].capitalized, tokens[j].endsWith("ng"), tokens[j].end - tokens[j].start > 4,
           !isA(j, .ngNouns), isSourceNoun(j - 1) { j -= 1 }
        guard j >= floor else { return nil }
        // "the opposition, which said …", "Smith, who said …": the antecedent is the source.
        if j - 1 > floor && tokens[j - 1].key == Keys.comma && isA(j, .relativeSubjects) {
            let e = j - 1
            var s = e
            while s - 1 >= floor && e - s < 18 && isPhraseWord(s - 1) { s -= 1 }
            guard s < e else { return nil }
            let phrase = classify(relativeAntecedentStart(s, e), e)
            return phrase.certainty > 0 ? phrase : nil
        }
        // "shop owners who say …", "the 30 percent of voters who said …": a restrictive relative clause
        // on a noun; its antecedent is the source.
        // Only before a plain verb of saying ("who said", "who told"): before other verbs the clause is
        // mostly a description of the person ("a graduate who has argued cases", "voters who backed").
        if j - 1 >= floor && tokens[j].key == Keys.who && tokens[j - 1].kind == .word && !has(j - 1, .cue)
            && !has(j - 1, .pronoun) && end < count
            && hits[end].contains(where: { $0.cls == .cue && $0.group == lexicon.index(.speech) }) {
            let e = j
            var s = e
            while s - 1 >= floor && e - s < 12 && isPhraseWord(s - 1) { s -= 1 }
            guard s < e else { return nil }
            let phrase = classify(relativeAntecedentStart(s, e), e)
            return phrase.certainty > 0 ? phrase : nil
        }
        var aside: Range<Int>?
        // "Senate Majority Leader Dana Kerr (D-Vt.) said", "Gov. Ray Ortiz (R) said": a short
        // parenthesis after the name (party and state, age, a unit) is not part of the phrase.
        if tokens[j].key == Keys.closeParen, let o = window(max(floor, j - 8), j).last(where: { tokens[$0].key == Keys.openParen }),
           o > floor, j - o > 1, !(o + 1..<j).contains(where: { tokens[$0].key == Keys.closeParen || tokens[$0].kind == .quote || has($0, .cue) }) {
            aside = (o + 1)..<j
            j = o - 1
            guard j >= floor else { return nil }
        }
        let delimiter = tokens[j].key
        if aside == nil && (delimiter == Keys.comma || delimiter == Keys.dash || delimiter == Keys.endash) {
            // "Maria Okafor, the agency's director, said" / "two officials, who requested anonymity, said"
            var k = j - 1
            while k > floor && tokens[k].key != delimiter && tokens[k].kind != .quote { k -= 1 }
            guard k > floor, tokens[k].key == delimiter, j - k > 1 else { return nil }
            // "A congressional aide, who, like others interviewed, spoke on condition of anonymity,
            // said", "The official, who was not authorized to speak about the talks, which remain
            // secret, said": a relative clause on the source that holds commas of its own.
            if delimiter == Keys.comma, let w = relativeClauseStart(before: k, end: j, floor: floor) { k = w }
            aside = (k + 1)..<j
            j = k - 1
            // "Reyes, 52, a former prosecutor, said": an age before the appositive.
            if j - 1 > floor && tokens[j].kind == .number && tokens[j - 1].key == Keys.comma && tokens[j].end - tokens[j].start <= 3 { j -= 2 }
            // "Sen. Alma Price (R-Kan.), who led the opposition, said": a parenthesis before the aside.
            if j > floor && tokens[j].key == Keys.closeParen, let o = window(max(floor, j - 8), j).last(where: { tokens[$0].key == Keys.openParen }),
               o > floor, j - o > 1, !(o + 1..<j).contains(where: { tokens[$0].kind == .quote || has($0, .cue) }) {
                j = o - 1
            }
        }
        guard j >= floor, isPhraseWord(j), tokens[j].kind != .punct || tokens[j].key == Keys.period else { return nil }
        // A preposition cannot end a phrase.
        if isA(j, .prepositions) { return nil }
        var s = j
        // "State media quoted the minister as saying …": the speaker starts after "quoted".
        let quotedAsSaying = end + 1 < count && tokens[end].key == Keys.as && tokens[end + 1].key == SentenceContext.sayingKey
        while s - 1 >= floor && j - s < 18 {
            let p = s - 1
            if quotedAsSaying && isA(p, .quotingVerbs) { break }
            if isPhraseWord(p) {
                if p == floor || !isClauseOpener(p) { s = p; continue }
                break
            }
            // "a letter sent to the board": "to" before a determiner inside a post-modifier; "people
            // close to him", "a person close to Putin".
            // ("Senior aides to Gov. Ellen Marsh", "advisers to Reyes": a source noun's "to" and the
            // person it serves.)
            if tokens[p].key == Keys.to && p - 1 >= floor && tokens[p - 1].kind == .word && !has(p - 1, .cue)
                && (isA(s, .determiners)
                    || (has(p - 1, .anonymityQualifier) || has(p - 1, .anonymousSource))
                    && (tokens[s].capitalized || isA(s, .objectPronouns))) {
                s = p
                continue
            }
            // "Those familiar with the talks", "those close to him": "those" heads the phrase; "these
            // people", "those officials": a demonstrative before a source noun is its determiner.
            // ("That person, who spoke on condition of anonymity, said": a demonstrative opening the sentence.)
            if p == floor && (tokens[p].key == Keys.that || tokens[p].key == Keys.this) && s == j
                && has(s, any: LexiconClass.anonymousSource.bit | LexiconClass.vagueSource.bit) {
                s = p
                continue
            }
            if (tokens[p].key == Work.thoseKey || tokens[p].key == Work.theseKey)
                && (has(s, .anonymityQualifier) || s == j && has(s, any: LexiconClass.anonymousSource.bit | LexiconClass.vagueSource.bit | LexiconClass.populationSource.bit)) {
                s = p
                continue
            }
            // "Scientists not involved in the research": a negated participle after a source noun.
            if tokens[p].key == Keys.not && p - 1 >= floor && isSourceNoun(p - 1) && tokens[s].kind == .word
                && !tokens[s].capitalized && tokens[s].endsWith("ed") {
                s = p
                continue
            }
            // "… from a house in Dover, Del.": the comma between a town and its abbreviated state,
            // after "in", "from", "of" or "at".
            if tokens[p].key == Keys.comma && p - 2 >= floor && tokens[p - 1].capitalized && tokens[p - 1].kind == .word
                && isA(p - 2, .postModifiers) && j - s <= 3 && (j > s && tokens[j].key == Keys.period || tokens[j].endsWith("."))
                && (s...j).allSatisfy({ tokens[$0].kind == .word && tokens[$0].capitalized && tokens[$0].end - tokens[$0].start <= 4
                                        || tokens[$0].key == Keys.period }) {
                s = p
                continue
            }
            // A comma inside a list of names: "Delta, United and American".
            if tokens[p].key == Keys.comma && p - 1 >= floor && tokens[p - 1].capitalized
                && (tokens[s].capitalized || tokens[s].key == Keys.the && s + 1 <= j && tokens[s + 1].capitalized) && isNameList(from: p) {
                s = p
                continue
            }
            break
        }
        // "and"/"or" only join names or source nouns: trim a leading conjunction.
        while s <= j && (tokens[s].key == Keys.and || tokens[s].key == Keys.or || tokens[s].kind == .punct && !isHandleMark(s)) { s += 1 }
        // Drop a leading prepositional phrase: "In a statement the ministry" -> "the ministry".
        s = trimLeadingAdverbial(s, j)
        guard s <= j else { return nil }
        // "Let me just say …", "let us be clear": the speaker is the object pronoun after "let".
        if isA(s, .letVerbs) && s + 1 <= j && isA(s + 1, .firstPersonObjects) && j - s <= 2
            && (s + 2...j + 1).allSatisfy({ $0 > j || tokens[$0].kind == .word && !tokens[$0].capitalized }) {
            return SourcePhrase(start: s + 1, end: s + 2, kind: .pronoun, certainty: 1, aside: nil, group: nil)
        }
        // "The agency quoted him as saying …": the object pronoun is the speaker, resolved like "he".
        if quotedAsSaying && s == j && (tokens[s].key == SentenceContext.himKey || tokens[s].key == SentenceContext.herKey) {
            return SourcePhrase(start: s, end: j + 1, kind: .pronoun, certainty: 1, aside: nil, group: nil)
        }
        // "and" inside: keep only if both sides look like names/sources.
        if let a = (s...j).first(where: { tokens[$0].key == Keys.and || tokens[$0].key == Keys.or }) {
            // "current and former officials": coordinated modifiers of one source noun.
            let leftOK = a > s && (tokens[a - 1].capitalized || has(a - 1, .anonymousSource) || has(a - 1, .vagueSource) || has(a - 1, .organization)
                                   || isA(a - 1, .coordinatedModifiers) && a + 1 <= j
                                   && isA(a + 1, .coordinatedModifiers))
            if !leftOK { s = a + 1 }
        }
        guard s <= j else { return nil }
        // "A Republican strategist who advises the campaign said": the phrase before "who".
        // ("A former U.S. official who has been briefed on the findings said": up to eight words back.)
        if aside == nil && s > floor + 1, let w = window(max(floor + 1, s - 8), s).last(where: { tokens[$0].key == Keys.who }),
           (w + 1..<s).allSatisfy({ tokens[$0].kind == .word }), var outer = sourceEnding(before: w, floor: floor), outer.aside == nil {
            outer.aside = w..<(j + 1)
            // "People who attended the meeting said": described by their access, not vague; "The
            // Republicans who broke ranks": some members, not the party.
            if outer.kind == .vague && (tokens[outer.end - 1].key == Keys.people || !isA(outer.start, .vagueQuantifiers))
                || outer.kind == .named && isParty(outer.end - 1, opening: false) { outer.kind = .anonymous }
            return outer
        }
        // "Another intelligence source speaking to Fox News said": the outlet spoken to is not the
        // source; the phrase before the participle is.
        if s - 2 > floor && (tokens[s - 1].key == Keys.to || tokens[s - 1].key == Keys.with) && isA(s - 2, .speakingParticiples),
           let outer = sourceEnding(before: s - 2, floor: floor), outer.aside == nil {
            return outer
        }
        var phrase = classify(s, j + 1)
        guard phrase.certainty > 0 else { return nil }
        // "a decision they say allowed …": a subject pronoun is a phrase of its own; the noun before
        // it heads a relative clause without "that".
        if s < j && has(j, .pronoun) && tokens[j].kind == .word && tokens[j - 1].key != Keys.and && tokens[j - 1].key != Keys.or {
            return classify(j, j + 1)
        }
        // "A spokeswoman for the school district, Dana Cole, said": a name in apposition after a
        // role names the source; the phrase covers both.
        if let a = aside, delimiter == Keys.comma, isAppositiveName(a), phrase.kind == .anonymous || phrase.kind == .named && phrase.group != nil {
            phrase = SourcePhrase(start: s, end: a.upperBound, kind: .named, certainty: 0.9, aside: nil, group: nil)
            return phrase
        }
        phrase.aside = aside
        return phrase
    }

    /// The comma that opens a "who" clause holding further commas, when the comma-delimited
    /// segment at `comma`..<`end` continues it ("…, who, like others …, spoke …,": `comma` is the
    /// comma before "spoke"). Every segment after the "who" one opens with a lower-case word that
    /// is no determiner or conjunction ("which remain secret", "spoke …", "like others …"), and
    /// none holds a quotation or a cue outside an anonymity reason.
    func relativeClauseStart(before comma: Int, end: Int, floor: Int) -> Int? {
        if comma + 1 < end && tokens[comma + 1].key == Keys.who { return nil }
        let continues = continuesClause
        guard continues(comma + 1, end) else { return nil }
        var segEnd = comma
        var k = comma - 1
        var segments = 0
        while k > floor && comma - k < 40 && segments < 3 {
            if tokens[k].kind == .quote { return nil }
            if tokens[k].key == Keys.comma {
                if tokens[k + 1].key == Keys.who || tokens[k + 1].key == Keys.whom {
                    return k > floor && isPhraseWord(k - 1) ? k : nil
                }
                guard continues(k + 1, segEnd) else { return nil }
                segEnd = k
                segments += 1
            }
            k -= 1
        }
        return nil
    }

    /// Whether the comma-delimited segment `a..<b` continues a relative clause before it: it opens
    /// with a lower-case word that is no determiner, conjunction or possessive ("which remain
    /// secret", "spoke on condition …", "like others interviewed …") and holds no quotation and no
    /// cue outside an anonymity reason.
    func continuesClause(_ a: Int, _ b: Int) -> Bool {
        guard a < b else { return false }
        let t = tokens[a]
        guard t.kind == .word, !t.capitalized, !words.contains(.determiners, t.key), t.key != Keys.and, t.key != Keys.or,
              !words.contains(.possessivePronouns, t.key) else { return false }
        return !(a..<b).contains { tokens[$0].kind == .quote || has($0, .cue) && !has($0, .reason) && !has($0, .roteReason) }
    }

    /// Where a "who" clause (its "who" at `w`) after a source ends when it holds commas of its own,
    /// from the comma `k` that stopped it: over a relative clause on its last noun ("…about the
    /// talks, which remain secret"), and after a bare "who," over the aside and the clause's verb
    /// ("who, like others interviewed, spoke on condition of anonymity"); never over a following
    /// clause of the sentence ("three people who attended the meeting, shouted at …").
    func relativeClauseEnd(from k: Int, who w: Int) -> Int {
        var k = k
        var budget = k == w + 1 ? 2 : 0
        while k < count && tokens[k].key == Keys.comma {
            var e = k + 1
            while e <= lastContentToken && tokens[e].key != Keys.comma && tokens[e].key != Keys.dash && tokens[e].key != Keys.semicolon { e += 1 }
            guard continuesClause(k + 1, e) else { break }
            if !isA(k + 1, .relativePronouns) {
                guard budget > 0 else { break }
                budget -= 1
            }
            k = e
        }
        return k
    }

    /// A short proper name between commas: "Dana Cole", "Ana M. Ruiz"; not a day, a source noun or
    /// a lexicon word ("Tuesday", "officials").
    func isAppositiveName(_ r: Range<Int>) -> Bool {
        guard r.count >= 2 && r.count <= 8, tokens[r.lowerBound].capitalized else { return false }
        var wordCount = 0
        // "Secretary of State Maria Lund", "Health Minister Priya Raman": a capitalised title before the name.
        var first = r.lowerBound
        // ("Agriculture Secretary Tom Vilsack": a capitalised word before the title is the office's.)
        while first < r.upperBound && tokens[first].capitalized && (has(first, .title) || has(first, .organization)
                                                                     || first + 2 < r.upperBound && tokens[first + 1].capitalized && has(first + 1, .title))
                || first > r.lowerBound && first < r.upperBound && tokens[first].key == Keys.of && tokens[first - 1].capitalized {
            first += 1
        }
        if first > r.lowerBound && r.upperBound - first >= 2 && tokens[first].capitalized { return isAppositiveName(first..<r.upperBound) }
        for i in r {
            let t = tokens[i]
            if t.key == Keys.period && i > r.lowerBound && tokens[i - 1].kind == .word { continue }
            // "Mark Li of Barclays": an affiliation after the name.
            if (t.key == Keys.of || t.key == Keys.at) && wordCount >= 2 && i + 1 < r.upperBound && tokens[i + 1].capitalized { continue }
            guard t.kind == .word, t.capitalized, !has(i, any: SentenceContext.nameBlockingClasses | LexiconClass.adverbial.bit | LexiconClass.cue.bit),
                  !words.contains(.determiners, t.key), !words.contains(.timeAdverbials, t.key),
                  !words.contains(.modifierAdjectives, t.key) else { return false }
            wordCount += 1
        }
        return wordCount >= 2
    }

    /// The antecedent of a relative clause inside the phrase `s..<e` that ends before it: a name
    /// ("the Finance Ministry", "Ministry of Defence") or a noun group back to its determiner,
    /// through post-modifiers of a source noun ("a spokesman for the company"), never past a verb or
    /// "by" ("blocked by the opposition" → "the opposition"; "He met Smith" → "Smith").
    func relativeAntecedentStart(_ s: Int, _ e: Int) -> Int {
        var k = e - 1
        if tokens[k].capitalized {
            while k - 1 >= s {
                let p = tokens[k - 1]
                if p.capitalized || (p.key == Keys.period && k - 2 >= s && tokens[k - 2].capitalized) { k -= 1; continue }
                if (p.key == Keys.of || p.key == Keys.for) && k - 2 >= s && tokens[k - 2].capitalized { k -= 1; continue }
                break
            }
            // "the ranking Democrat", "the former Senator Hale": role modifiers between a determiner and the name.
            var d = k - 1
            while d >= s && k - d <= 3 && tokens[d].kind == .word && !tokens[d].capitalized && isA(d, .roleModifiers) { d -= 1 }
            if d >= s && d < k - 1 && isA(d, .articles) { k = d + 1 }
            if k - 1 >= s && (isA(k - 1, .determiners) || tokens[k - 1].possessive) { k -= 1 }
            // "the ranking Democrat on the Senate Intelligence Committee, who said": "who" is a
            // person's, so an institution after a post-modifier is not the antecedent but part of it.
            if e < tokens.count && tokens[e].key == Keys.comma && e + 1 < tokens.count && tokens[e + 1].key == Keys.who,
               k - 2 >= s, isA(k - 1, .postModifiers), has(k, .organization) || k + 1 < e && has(k + 1, .organization),
               isSourceNoun(k - 2) || tokens[k - 2].capitalized && !has(k - 2, .organization) {
                return relativeAntecedentStart(s, k - 1)
            }
            return k
        }
        var d = k
        while d >= s && k - d < 6 {
            let t = tokens[d]
            if words.contains(.determiners, t.key) {
                while d - 1 >= s && isA(d - 1, .determiners) { d -= 1 }
                // "a spokesman for the company": a post-modifier of a source noun.
                if d - 2 >= s && isA(d - 1, .postModifiers) && (isSourceNoun(d - 2) || tokens[d - 2].capitalized) {
                    k = d - 2
                    d = k
                    continue
                }
                return d
            }
            if t.key == Keys.by || words.contains(.prepositions, t.key) && !(d - 1 >= s && isSourceNoun(d - 1)) { return d + 1 }
            if has(d, .pronoun) || (t.kind == .word && !t.capitalized && t.endsWith("ed") && !isSourceNoun(d)) { return d + 1 }
            d -= 1
        }
        return d < s ? s : k
    }

    /// The source phrase starting at token `start` (going rightwards); an appositive or relative
    /// clause after it is skipped and reported as `aside`. Returns the phrase and the token after
    /// everything consumed.
    func sourceStarting(at start: Int) -> (SourcePhrase, Int)? {
        sourceStartingWithEnd(at: start).map { ($0.0, $0.2) }
    }

    /// The phrase, the token right after it, and the token after an appositive that follows it.
    func sourceStartingWithEnd(at start: Int) -> (SourcePhrase, Int, Int)? {
        var j = start
        while j < count && isAdverb(j) { j += 1 }
        let s = j
        // "The president, asked about the polls, said …": a phrase after an inverted cue does not
        // start with a preposition.
        if s < count && tokens[s].key != Keys.by && isA(s, .prepositions) && tokens[s].kind == .word
            && !tokens[s].capitalized { return nil }
        while j < count && j - s < 14 {
            // "…by the ministry on Tuesday", "…said the agency in a statement": a time or setting
            // after the phrase is not part of it.
            if j > s && isTrailingAdverbial(j) {
                // "a statement released Monday": the participle goes with the date, not the source.
                if j - 1 > s && isA(j - 1, .releaseParticiples) { j -= 1 }
                break
            }
            if isPhraseWord(j) { j += 1; continue }
            // "a person close to the negotiations"
            if tokens[j].key == Keys.to && j > s && has(j - 1, .anonymityQualifier) { j += 1; continue }
            if tokens[j].key == Keys.comma && j > s && tokens[j - 1].capitalized && isNameList(from: j) {
                j += 1
                continue
            }
            break
        }
        // Do not run into a following clause: stop before a verb-like cue.
        guard j > s else { return nil }
        var e = j
        while e > s && (isA(e - 1, .prepositions) || isA(e - 1, .determiners)) { e -= 1 }
        // "…, according to Fire Chief Dana Whitlow." : the sentence's period is not "Mr."'s.
        if e - 1 > s && tokens[e - 1].key == Keys.period && e - 1 >= lastContentToken
            && !isA(e - 2, .finalAbbreviations) { e -= 1 }
        guard e > s else { return nil }
        var phrase = classify(s, e)
        guard phrase.certainty > 0 else { return nil }
        var after = e
        // "according to people who have seen the document, …", "said a person who was in the room":
        // a restrictive relative clause after the phrase, up to the next comma or the end (30 tokens
        // at most: "who was briefed on … and spoke anonymously because of …"). A verb of saying,
        // belief or stance inside it ("a party official who supports Dale, asking for anonymity")
        // has the clause's own attribution and does not end the source.
        if after < count && tokens[after].key == Keys.who && after + 1 <= lastContentToken {
            var k = after + 1
            while k <= lastContentToken && k - after < 30 && tokens[k].key != Keys.comma && tokens[k].key != Keys.dash
                    && tokens[k].kind != .quote { k += 1 }
            if k > lastContentToken || tokens[k].key == Keys.comma || tokens[k].key == Keys.dash {
                // "said a congressional aide who, like others interviewed, spoke on condition of anonymity."
                k = relativeClauseEnd(from: k, who: after)
                phrase.aside = after..<k
                // "people who have seen the document", "intelligence sources who have seen the
                // correspondence": described by their access, not vague ("some analysts who …" stay vague).
                if phrase.kind == .vague && (tokens[e - 1].key == Keys.people || !isA(phrase.start, .vagueQuantifiers)) { phrase.kind = .anonymous }
                return (phrase, e, k)
            }
        }
        // "said Sen. Dana Kerr (D-Vt.), who …": a short parenthesis after the name is skipped.
        if after < count && tokens[after].key == Keys.openParen,
           let c = window(after + 1, min(count, after + 9)).first(where: { tokens[$0].key == Keys.closeParen }), c > after + 1,
           !(after + 1..<c).contains(where: { tokens[$0].kind == .quote || has($0, .cue) }) {
            phrase.aside = (after + 1)..<c
            after = c + 1
        }
        if after < count && (tokens[after].key == Keys.comma || tokens[after].key == Keys.dash) && !looksLikeClause(after + 1, lastContentToken) {
            // Appositive or relative clause up to the next comma or the end.
            var k = after + 1
            while k < count && tokens[k].key != Keys.comma && tokens[k].key != tokens[after].key && tokens[k].kind != .quote
                    && !(tokens[k].kind == .punct && (tokens[k].key == Keys.period || tokens[k].key == Keys.semicolon)) { k += 1 }
            // "said a person familiar with the matter, who was not authorized to speak about the talks,
            // which remain secret.": the relative clause goes on past its inner commas.
            if tokens[after].key == Keys.comma && after + 1 < count && (tokens[after + 1].key == Keys.who || tokens[after + 1].key == Keys.whom) {
                k = relativeClauseEnd(from: k, who: after + 1)
            }
            if k > after + 1 {
                // "said a spokeswoman, Dana Cole.", "According to a spokesman, Luis Vega, …": a name in
                // apposition after a role names the source; the phrase covers both (as leftwards).
                if tokens[after].key == Keys.comma, isAppositiveName((after + 1)..<k),
                   phrase.kind == .anonymous || phrase.kind == .named && phrase.group != nil {
                    let named = SourcePhrase(start: s, end: k, kind: .named, certainty: 0.9, aside: nil, group: nil)
                    return (named, k, k)
                }
                phrase.aside = (after + 1)..<k
                // Step over the closing comma or dash too, so what follows the aside is judged.
                after = k < count && tokens[k].key == tokens[after].key && tokens[k].key == Keys.dash ? k + 1 : k
            }
        }
        return (phrase, e, after)
    }

    /// An adverbial of time or setting at `j`: a listed phrase of two or more words ("in a statement",
    /// "last week"), a listed word that is not a preposition ("Tuesday", "yesterday"), or a
    /// preposition before one ("on Tuesday").
    func isTrailingAdverbial(_ j: Int) -> Bool {
        if let h = hit(j, .adverbial) {
            if h.end - j >= 2 && h.end <= count { return true }
            if !isA(j, .prepositions) && !isA(j, .determiners) {
                return isA(j, .timeAdverbials) && !(tokens[j].capitalized && isA(j, .deicticDays))
            }
        }
        return isA(j, .prepositions) && j + 1 < count
            && isA(j + 1, .timeAdverbials)
    }

    /// After a comma at `comma`: capitalised names separated by commas, then "and"/"or" and a
    /// capitalised name ("Delta, United and American").
    func isNameList(from comma: Int) -> Bool {
        var k = comma + 1
        while k < count {
            let t = tokens[k]
            // "the State Department, the Pentagon and the White House"
            func named(_ i: Int) -> Bool { i < self.count && (self.tokens[i].capitalized
                || self.tokens[i].key == Keys.the && i + 1 < self.count && self.tokens[i + 1].capitalized) }
            if t.key == Keys.and || t.key == Keys.or { return named(k + 1) }
            guard t.capitalized || t.key == Keys.comma || named(k) else { return false }
            k += 1
        }
        return false
    }

    /// Words that open a clause or adverbial and so cannot be inside a phrase ending later.
    private func isClauseOpener(_ i: Int) -> Bool {
        let k = tokens[i].key
        return k == Keys.according || k == Keys.despite || k == Keys.during
    }

    private func trimLeadingAdverbial(_ s: Int, _ j: Int) -> Int {
        // "On Tuesday officials" / "In a statement the ministry": a leading preposition whose phrase
        // is followed by a determiner restarts the phrase at that determiner.
        guard s < j, isA(s, .prepositions), tokens[s].key != Keys.of else { return s }
        // "At least three people": a quantifier, not an adverbial.
        if tokens[s].key == Keys.at && (tokens[s + 1].key == SentenceContext.leastKey || tokens[s + 1].key == Keys.most) { return s }
        var k = s + 1
        while k <= j {
            if k > s + 1 && (tokens[k].key == Keys.the || tokens[k].key == Keys.a || tokens[k].key == Keys.an || has(k, .anonymousSource)
                               || has(k, .vagueSource) || has(k, .pronoun)) {
                return k
            }
            k += 1
        }
        return s
    }

    static let participleEnds: [String] = ["ed", "en", "ng"]

    /// Where the head noun group of `s..<e` ends: at the first preposition, relative pronoun,
    /// comma or lower-case participle ("a letter sent to the board") after the first word.
    func headEnd(_ s: Int, _ e: Int) -> Int {
        var i = s + 1
        while i < e {
            let t = tokens[i]
            if words.contains(.prepositions, t.key) || t.key == Keys.comma || t.key == Keys.who || t.key == Keys.that
                || t.key == Keys.which { return i }
            func sourceNoun(_ j: Int) -> Bool { self.has(j, any: SentenceContext.sourceNounClasses) }
            // A participle after the head: "a letter sent to", "documents filed with", "officials speaking".
            let beforePreposition = i + 1 < e && isA(i + 1, .prepositions)
            if t.kind == .word && !t.capitalized && !sourceNoun(i)
                && ((t.endsWith("ed") || t.endsWith("ng")) && (beforePreposition || sourceNoun(i - 1))
                    || sourceNoun(i - 1) && beforePreposition) { return i }
            i += 1
        }
        return e
    }

    /// Classifies tokens `s..<e` as a source.
    func classify(_ s: Int, _ e: Int) -> SourcePhrase {
        func phrase(_ kind: SourceKind, _ certainty: Double, _ cls: LexiconClass? = nil, at: Int? = nil) -> SourcePhrase {
            var group: String?
            if let cls {
                for i in (s..<e).reversed() {
                    if let h = hit(i, cls), at == nil || (i <= at! && h.end > at!) { group = lexicon.id(h.group); break }
                }
            }
            return SourcePhrase(start: s, end: e, kind: kind, certainty: certainty, aside: nil, group: group)
        }
        // Only a capital "I" is the pronoun: "i think" in a post is not a source.
        if e - s == 1, has(s, .pronoun) {
            return tokens[s].key == Keys.i && !tokens[s].capitalized ? phrase(.anonymous, 0) : phrase(.pronoun, 1, .pronoun)
        }
        // "Two of them", "one of those", "some of us": members of a group named before.
        if e - s == 3 && tokens[s + 1].key == Keys.of && isA(s + 2, .partitivePronouns)
            && (isA(s, .determiners) || isA(s, .numberWords)
                || tokens[s].kind == .number) && !isA(s, .negativeSubjects) {
            return phrase(.anonymous, 0.8)
        }
        // "interviews with more than a dozen officials", "documents and interviews with two aides":
        // the people interviewed are the source's kind.
        if let w = (s..<e).first(where: { tokens[$0].key == SentenceContext.interviewsKey }), w + 2 < e, tokens[w + 1].key == Keys.with {
            let inner = classify(w + 2, e)
            if inner.certainty > 0 && (inner.kind == .anonymous || inner.kind == .vague || inner.kind == .named) {
                return SourcePhrase(start: s, end: e, kind: inner.kind, certainty: min(inner.certainty, 0.85), aside: nil, group: inner.group)
            }
        }
        // "Six in 10 Republicans", "A majority of likely voters", "45 percent of respondents": a share
        // of a poll's sample, counted and described (no anonymity was granted).
        if let rest = pollShareEnd(s, e), rest == e || (rest..<e).contains(where: { tokens[$0].kind == .word && !has($0, .pronoun) }) {
            return phrase(.anonymous, 0.85)
        }
        // "@CityPolice", "the @WHO": an account speaks for its owner.
        if let h = (s..<e).first(where: { isHandle($0) }), (s..<max(s, h - 1)).allSatisfy({ isA($0, .determiners) }) {
            return phrase(.named, 0.85)
        }
        if isA(s, .negativeSubjects) { return phrase(.anonymous, 0) }
        // "Each of the three candidates", "two of the officials", "most of the residents": members of
        // a group; counted ones are described, unnamed sources, quantified ones vague.
        if e - s >= 4, tokens[s + 1].key == Keys.of, isA(s + 2, .groupDeterminers),
           tokens[s].kind == .number || isA(s, .numberWords)
            || isA(s, .partitiveHeads) || isA(s, .vagueQuantifiers),
           !(s + 3..<e).contains(where: { tokens[$0].capitalized || has($0, .pronoun) }), tokens[e - 1].kind == .word {
            return phrase(isA(s, .vagueQuantifiers) ? .vague : .anonymous, 0.8)
        }
        let headEnd = self.headEnd(s, e)
        let head = max(s, headEnd - 1)
        // Does a lexicon entry of this class end at the head?
        func headIs(_ cls: LexiconClass) -> Bool {
            (s...head).contains { i in has(i, cls) && hits[i].contains { $0.cls == cls && $0.end > head } }
        }
        // A proper name: a capitalised token that is not a lexicon word or determiner.
        let names = (s..<headEnd).filter { i in
            let t = tokens[i]
            guard t.kind == .word, t.capitalized else { return false }
            // "Republican lawmakers", "Chinese officials": a party or nationality before the head
            // describes the source; it does not name it ("Labour said" still does).
            if i != head && words.contains(.modifierAdjectives, t.key) { return false }
            // "Delegates from smaller countries": a plural capitalised only because it opens the
            // sentence, before a post-modifier of common nouns.
            if i == contentFloor && i + 1 == headEnd && t.endsWith("s") && !t.possessive && i + 2 < count
                && isA(i + 1, .postModifiers) && tokens[i + 2].kind == .word && !tokens[i + 2].capitalized
                && !isA(i + 2, .determiners) { return false }
            return !(has(i, any: SentenceContext.nameBlockingClasses) || words.contains(.determiners, t.key)
                        || words.contains(.prepositions, t.key) || words.contains(.demonstratives, t.key))
        }
        // "familiar with", "involved in" describe access; "not involved in" describes independence.
        let qualified = (s..<e).contains { has($0, .anonymityQualifier) && !($0 > s && tokens[$0 - 1].key == Keys.not) }
        // "the other diplomat" is one known person, not "other diplomats".
        // ("Two other officials" are counted.)
        let quantified = (s..<e).contains { isA($0, .vagueQuantifiers)
            && !($0 > s && tokens[$0].key == Keys.other && (tokens[$0 - 1].key == Keys.the || tokens[$0 - 1].kind == .number
                                                           || isA($0 - 1, .numberWords))) }
        let determiner = tokens[s].key
        if e - s == 1 && words.contains(.determiners, determiner) && determiner != Keys.another && !has(s, any: SentenceContext.sourceNounClasses) {
            return phrase(.anonymous, 0)
        }
        // "“Nobody expected it,” the other said": the other of two unnamed people.
        if e - s == 2 && determiner == Keys.the && tokens[s + 1].key == Keys.other { return phrase(.anonymous, 0.8) }
        let indefinite = determiner == Keys.a || determiner == Keys.an || (e - s > 1 && (determiner == Keys.one || determiner == Keys.another))
        // "Defense lawyers", "campaign aides": a side in the story says whose group it is.
        let modified = headEnd < e || (s..<head).contains { tokens[$0].kind == .number || isA($0, .determiners)
            || isA($0, .sideModifiers) }
        if qualified && names.isEmpty { return phrase(.anonymous, 0.95, .anonymityQualifier) }
        // "The people said", "these people said": a definite reference back to people the story has
        // described ("three people familiar with the matter"), not the vague "people say".
        if head == s + 1 && headEnd == e && isA(head, .groupNouns) && words.contains(.backReferences, determiner) {
            return phrase(.anonymous, 0.8, .vagueSource, at: head)
        }
        // "three people who attended", "two people": counted people are described, unnamed sources.
        // ("Two sources said": counted like people.)
        if isA(head, .groupNouns) && head > s && (s..<head).contains(where: { tokens[$0].kind == .number || isA($0, .numberWords) })
            && !quantified {
            return phrase(.anonymous, 0.85, .vagueSource, at: head)
        }
        // "Lund insiders": a name before the head says whose insiders, unnamed but not vague.
        // ("Independent observers": a capital that opens the sentence says nothing.)
        if headIs(.vagueSource) && !quantified && names.contains(where: { $0 != contentFloor }) && names.allSatisfy({ $0 < head }) && !tokens[head].capitalized
            && !isA(head, .bareSourceNouns) {
            return phrase(.anonymous, 0.85, .vagueSource, at: head)
        }
        if headIs(.vagueSource) { return phrase(.vague, 0.95, .vagueSource, at: head) }
        // "the U.S. Geological Survey": an institution whose listed name ends in a document noun.
        let institutionName = (s..<head).contains { i in hits[i].contains { $0.cls == .organization && $0.end > head } }
        // "the New York Post reported", "the Post": an outlet whose name ends in a document noun
        // is the outlet, not a document.
        if tokens[head].capitalized && isA(head, .outletNameHeads) && head > s && tokens[s].key == Keys.the && headEnd == e {
            return phrase(.named, 0.9)
        }
        if headIs(.documentSource) && !institutionName { return phrase(.document, 0.9, .documentSource, at: head) }
        // "Some Republicans", "many Britons": a quantified group, however capitalised.
        if let last = names.last, words.contains(.vagueQuantifiers, determiner), last == head, tokens[last].endsWith("s") {
            return phrase(.vague, 0.85)
        }
        // "a 2008 Lund veteran", "some Lund backers", "one senior Democrat": a name or party
        // before an unlisted head describes unnamed people (a quantified group is vague).
        let counted = (s..<head).contains { tokens[$0].kind == .number || isA($0, .numberWords) }
        let listedHead = (s...head).contains { i in hits[i].contains { $0.end > head && SentenceContext.sourceNounClasses & $0.cls.bit != 0 } }
        if (indefinite || quantified || counted) && !listedHead && !names.isEmpty && headEnd == e && tokens[head].kind == .word
            && (!tokens[head].capitalized && names.allSatisfy({ $0 < head }) || names == [head] && isA(head, .partyMembers) && head > s) {
            return phrase(quantified ? .vague : .anonymous, 0.8)
        }
        // "Diplomat Ana Ruiz", "spokesman Carlos Vela": a name after the role noun is the source.
        if !names.isEmpty && names.last! > (s..<headEnd).last(where: { !names.contains($0) && tokens[$0].kind == .word }) ?? -1 {
            return phrase(.named, 0.9)
        }
        // "The chief executive", "the police chief": a definite title of two words names one person.
        if !indefinite && !quantified && head > s, (s..<head).contains(where: { i in hits[i].contains { $0.cls == .title && $0.end == head + 1 } }) {
            return phrase(.named, 0.85, .title, at: head)
        }
        // "The director", "the company's manager": a definite office held by one person is a title even
        // when the noun also describes unnamed people ("a manager", "two managers", "the other manager").
        if !indefinite && !quantified && headIs(.title) && headIs(.anonymousSource)
            && !(s..<head).contains(where: { tokens[$0].kind == .number || isA($0, .numberWords)
                                              || tokens[$0].key == Keys.other }) {
            return phrase(.named, 0.85, .title, at: head)
        }
        // "Ms Vance's lawyer", "the defendant's attorneys": a party's legal representatives are
        // identified through the party, named or a definite court role. Other roles of a
        // possessor ("the company's spokesman", "her deputy", "Vance's aide") stay anonymous.
        if !indefinite && !quantified && head >= s + 2 && isA(head, .legalRepresentatives),
           let poss = (s + 1..<head).last(where: { tokens[$0].key == Tokenizer.possessiveKey }),
           !(s..<head).contains(where: { tokens[$0].kind == .number || isA($0, .numberWords) }) {
            let owner = poss - 1
            if tokens[owner].kind == .word && !has(owner, .pronoun)
                && (tokens[owner].capitalized && !has(owner, any: SentenceContext.sourceNounClasses) || has(owner, .title) && owner > s) {
                return phrase(.named, 0.85, .anonymousSource, at: head)
            }
        }
        if headIs(.anonymousSource) { return phrase(quantified ? .vague : .anonymous, 0.95, .anonymousSource, at: head) }
        // "Democrats said", "the Tories argue": a party speaking as an institution is named, like
        // "Labour said"; members described by it ("Senior Democrats", "some Republicans") are not.
        // ("Republicans on the committee", "Democrats in the Senate": members, like "House Republicans".)
        if head == s || head == s + 1 && determiner == Keys.the, headEnd == e, tokens[head].capitalized, isParty(head, opening: head == contentFloor) {
            return phrase(.named, 0.85, .populationSource, at: head)
        }
        if headIs(.populationSource) {
            // "Analysts at Barclays": a group identified by a named organisation.
            // ("Economists polled by Reuters": the pollster does not identify the group.)
            let polled = headEnd < e && tokens[headEnd].kind == .word && tokens[headEnd].endsWith("ed")
            // ("Voters in New Hope", "Residents across Ohio": a place says where they are, not who they
            // are — described, unnamed people.)
            let place = headEnd < e && isA(headEnd, .placeLinks)
            // ("Republicans on Capitol Hill", "Democrats in the Senate": members of a party, described.)
            let members = tokens[head].capitalized && isParty(head, opening: head == contentFloor) && headEnd < e
            if members && !quantified { return phrase(.anonymous, 0.8, .populationSource, at: head) }
            if !polled && !place && (headEnd..<e).contains(where: { tokens[$0].capitalized && !has($0, .organization) }) {
                return phrase(.named, 0.8, .populationSource, at: head)
            }
            // "House Republicans", "Senate Democrats": a capitalised institution before the group
            // says which members; an opening capital ("Local residents") does not.
            let institution = (s..<head).contains { i in
                tokens[i].kind == .word && tokens[i].capitalized && !isA(i, .modifierAdjectives)
                    && !isA(i, .determiners)
                    && (i > 0 && tokens[i - 1].kind != .quote || isA(i, .institutionWords) || has(i, .organization))
            }
            // "Scientists say" and "many residents" are vague; "two researchers at the institute" is not.
            return phrase(quantified || !modified && !institution ? .vague : .anonymous, 0.85, .populationSource, at: head)
        }
        if headIs(.organization) {
            // "two prosecutors", "some companies": unnamed members, not the institution.
            if (s..<head).contains(where: { tokens[$0].kind == .number || isA($0, .numberWords) }) {
                return phrase(.anonymous, 0.85, .organization, at: head)
            }
            if quantified { return phrase(.vague, 0.85, .organization, at: head) }
            // "A regional newspaper reported": an outlet the story does not name is described, unnamed.
            if indefinite && isA(head, .outletNouns) { return phrase(.anonymous, 0.85, .organization, at: head) }
            return phrase(.named, 0.9, .organization, at: head)
        }
        // "the other director": one of several unnamed office holders.
        if headIs(.title) {
            let other = (s..<head).contains { tokens[$0].key == Keys.other }
            return phrase(indefinite || other ? .anonymous : .named, 0.85, .title, at: head)
        }
        if !names.isEmpty { return phrase(.named, 0.9) }
        if quantified { return phrase(.vague, 0.7) }
        // An unlisted common noun: "the coast guard" (an institution), "a witness" (a person),
        // "exporters" (a population). Anything else ("blunt", "written") is not a source.
        if indefinite { return phrase(.anonymous, 0.6) }
        if determiner == Keys.the || tokens[s].possessive || (s + 1 < e && tokens[s + 1].key == Tokenizer.possessiveKey) {
            return phrase(.named, 0.6)
        }
        // "Both campaigns", "each candidate": a counted set of unlisted nouns is described, not vague.
        // ("All three candidates": counted like "each of the three candidates"; a bare "all" is not.)
        if words.contains(.partitiveHeads, determiner) && head > s && tokens[head].kind == .word
            && (determiner != Keys.all || tokens[s + 1].kind == .number || isA(s + 1, .numberWords)) {
            return phrase(.anonymous, 0.7)
        }
        if tokens[head].endsWith("s") && tokens[head].kind == .word { return phrase(.vague, 0.6) }
        return phrase(.anonymous, 0)
    }

    /// Where the population starts after a poll share opening `s..<e`: "a majority of", "a plurality
    /// of", "45 percent of", "38% of", "half of", "two-thirds of", "six in 10", "four out of five",
    /// after an optional "nearly", "about", "more than". Nil when the phrase opens otherwise.
    func pollShareEnd(_ s: Int, _ e: Int) -> Int? {
        var i = s
        while i < e && isA(i, .shareHedges) { i += 1 }
        guard i + 1 < e else { return nil }
        func counted(_ k: Int) -> Bool { tokens[k].kind == .number || isA(k, .shareNumbers) }
        // "six in 10 Republicans", "four out of five voters"
        if i + 2 < e && counted(i) && tokens[i + 1].key == Keys.`in` && counted(i + 2) { return i + 3 }
        if counted(i) && i + 3 < e && tokens[i + 1].key == SentenceContext.outKey && tokens[i + 2].key == Keys.of && counted(i + 3) { return i + 4 }
        if isA(i, .articles) { i += 1 }
        // "41 percent said", "Fifty-two percent of": a count (a compound number word is one token) and "percent".
        if i + 1 < e && (counted(i) || tokens[i].kind == .word) && isA(i + 1, .percentWords) {
            i += 2
            if i < e && tokens[i].key == SentenceContext.centKey { i += 1 }
            if i == e { return e }
            guard i + 1 < e, tokens[i].key == Keys.of else { return nil }
            return i + 1
        }
        // "45 percent of", "38% of", "two-thirds of", "a majority of", "half of"
        if i + 1 < e && counted(i) && isA(i + 1, .shareNouns) { i += 2 }
        else if i + 2 < e && counted(i) && tokens[i + 1].key == Keys.hyphen && isA(i + 2, .shareNouns) { i += 3 }
        else if i < e && isA(i, .shareNouns) { i += 1 }
        else { return nil }
        if i < e && tokens[i].key == SentenceContext.centKey { i += 1 }  // "45 per cent of"
        guard i + 1 < e, tokens[i].key == Keys.of else { return nil }
        return i + 1
    }

    static let outKey: UInt64 = 0x19f79b1921bbcfff  // "out"
    static let centKey: UInt64 = 0xd9920290fd6b234f  // "cent"

    /// Classes of nouns that head a source phrase.
    static var sourceNounClasses: UInt32 {
        LexiconClass.anonymousSource.bit | LexiconClass.populationSource.bit | LexiconClass.vagueSource.bit
            | LexiconClass.documentSource.bit | LexiconClass.title.bit | LexiconClass.organization.bit
    }
    /// Classes whose words are not proper names even when capitalised.
    static var nameBlockingClasses: UInt32 { sourceNounClasses | LexiconClass.pronoun.bit }

    func isParty(_ i: Int, opening: Bool) -> Bool {
        let k = tokens[i].key
        return words.contains(.partyPlurals, k)
            || words.contains(.ideologyPlurals, k) && (!opening || i > 0 && tokens[i - 1].key == Keys.the)
    }
}
