/// Who "he", "she", "they" and "it" are: pronoun sources resolved to an earlier mention.
///
/// The candidates are the sources of earlier attributions (the speakers) and the names and
/// definite titles that are the subject of a sentence of narration. A name inside a quotation, a
/// possessive or modifier ("Dale's", "Dale supporters"), an object ("followed Senator Hale") or an
/// agent or other prepositional object ("by the moderator", "with Reyes") is never one. A candidate
/// must agree with the pronoun: "he" and "she" only a person not known to be of the other gender
/// (from a title, a first name in `rules/first-names.yml`, a gendered noun, "his"/"her" bound to the
/// name, or an earlier pronoun that referred to the person), "they" a group, plural people or an
/// organisation, "it" an organisation or a document. Of those that agree, the most salient wins:
/// the speaker of the last attribution, or a person who has become the subject since, with
/// salience falling with each sentence back. "I" outside quotations is the narrator, the author a
/// credit line or a byline names ("from Dale's new book", "By Nora Dale"); "we" there is the
/// writers, left unresolved.
extension Work {
    enum Gender: UInt8 { case unknown, male, female }

    /// What a mention can be referred to by.
    enum Sort: UInt8 {
        /// One person ("Nora Dale", "a senior official", "the mayor").
        case person
        /// Several people ("two officials", "Democrats", "Dale and Reyes").
        case group
        /// An organisation speaking as one ("the ministry", "Acme Corp.").
        case organisation
        /// A document or a thing ("the report").
        case thing
    }

    /// How a mention stands in its sentence, from most to least salient.
    enum Role: UInt8 {
        /// The source of an attribution that is not inside another's content.
        case speaker
        /// The subject of the sentence's main clause ("Ravi Moss, a welder, has followed …").
        case subject
        /// The source of an attribution reported inside another's content, the subject of a
        /// subordinate clause ("When Dale spoke, …"), or a subject inside what someone said.
        case minor
    }

    /// A candidate antecedent.
    struct Referent {
        var sentence: Int
        var tokens: Range<Int>
        /// What a pronoun resolved to it points at.
        var span: Span
        var kind: SourceKind
        var sort: Sort
        var gender: Gender
        var role: Role
    }

    /// What a pronoun asks of its antecedent.
    enum Want { case male, female, plural, thing, narrator, none }

    func want(_ key: UInt64) -> Want {
        if words.contains(.narratorPronouns, key) { return .narrator }
        if words.contains(.malePronouns, key) { return .male }
        if words.contains(.femalePronouns, key) { return .female }
        if words.contains(.pluralPronouns, key) { return .plural }
        if words.contains(.thingPronouns, key) { return .thing }
        return .none
    }

    // MARK: - Names

    /// A capitalised name in a sentence: its tokens without a leading connective or determiner,
    /// and what they say about the person.
    struct NameRun {
        var tokens: Range<Int>
        /// The surname's token (the last name word before a suffix such as "Jr.").
        var last: Int
        /// A title, a first name in the list, or a gendered title: the words say a person.
        var personal: Bool
        /// The gender a title of the mention says ("Mr.", "Ms."), and the one its first name says.
        var titleGender: Gender
        var nameGender: Gender
        /// "the" or "a" came just before ("the White House", "a Dale aide").
        var determined: Bool
        /// A word of the run is a source-lexicon word or a day or month ("Special Operations",
        /// "Tuesday"): not a person's name.
        var lexical: Bool
    }

    func isNameWord(_ c: SentenceContext, _ i: Int) -> Bool {
        let t = c.tokens[i]
        return t.kind == .word && t.capitalized && t.key != Tokenizer.possessiveKey
    }

    /// The name runs of a sentence (every one, inside quotations too: titles and first names there
    /// still tell a surname's gender).
    func nameRuns(_ c: SentenceContext) -> [NameRun] {
        var runs: [NameRun] = []
        let names = c.lexicon.firstNames
        var i = 0
        while i < c.count {
            guard isNameWord(c, i) else { i += 1; continue }
            var e = i
            while e < c.count {
                let t = c.tokens[e]
                if isNameWord(c, e) { e += 1; continue }
                // "Mr.", "Donald J. Trump": a period right after a short capitalised word.
                if t.key == Keys.period && e > i && c.tokens[e - 1].end == t.start && isNameWord(c, e - 1)
                    && c.tokens[e - 1].end - c.tokens[e - 1].start <= 4 && e + 1 < c.count && isNameWord(c, e + 1) { e += 1; continue }
                // "Federico de Jesús"
                if t.kind == .word && words.contains(.nameParticles, t.key) && e > i && e + 1 < c.count && isNameWord(c, e + 1) { e += 1; continue }
                // John “Tig” Tiegen: a nickname in quotation marks between first name and surname.
                if t.kind == .quote && e > i && e + 3 < c.count && isNameWord(c, e + 1) && c.tokens[e + 2].kind == .quote && isNameWord(c, e + 3) {
                    e += 3
                    continue
                }
                break
            }
            var s = i
            // "But Reyes", "If Lund", "As China", "Asked about …": a connective or preposition is no
            // part of the name, and "I'm" no name at all.
            while s < e && (words.contains(.nameOpeners, c.tokens[s].key) || words.contains(.subordinators, c.tokens[s].key)
                            || words.contains(.determiners, c.tokens[s].key) || c.has(s, .pronoun)
                            || words.contains(.prepositions, c.tokens[s].key)) { s += 1 }
            while s < e && c.tokens[s].key == Keys.period { s += 1 }
            var end = e
            while end > s && (c.tokens[end - 1].key == Keys.period || words.contains(.nameSuffixes, c.tokens[end - 1].key)
                              || words.contains(.nameParticles, c.tokens[end - 1].key)) { end -= 1 }
            if s < end {
                runs.append(describeName(c, s..<end, names: names))
            }
            i = max(e, i + 1)
        }
        return runs
    }

    /// The share of women among the bearers of the first name at token `i`, looked up with its
    /// Latin letters' accents taken off ("Lúcia" as "lucia", "José" as "jose").
    func firstNameShare(_ c: SentenceContext, _ i: Int, _ names: [UInt64: UInt8]) -> UInt8? {
        let t = c.tokens[i]
        if let s = names[t.key] { return s }
        var bytes: [UInt8] = []
        var j = t.start
        var folded = false
        while j < t.end {
            let b = prose.bytes[j]
            if b == 0xC3 && j + 1 < t.end, let plain = Work.latin1Plain(prose.bytes[j + 1]) {
                bytes.append(plain)
                folded = true
                j += 2
            } else {
                bytes.append(b)
                j += 1
            }
        }
        return folded ? names[Tokenizer.hash(bytes)] : nil
    }

    /// The plain letter of a Latin-1 accented letter, by the second byte of its UTF-8 form after 0xC3.
    static func latin1Plain(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x80...0x85, 0xA0...0xA5: return 0x61  // a
        case 0x87, 0xA7: return 0x63  // c
        case 0x88...0x8B, 0xA8...0xAB: return 0x65  // e
        case 0x8C...0x8F, 0xAC...0xAF: return 0x69  // i
        case 0x91, 0xB1: return 0x6E  // n
        case 0x92...0x96, 0xB2...0xB6: return 0x6F  // o
        case 0x99...0x9C, 0xB9...0xBC: return 0x75  // u
        case 0x9D, 0xBD, 0xBF: return 0x79  // y
        default: return nil
        }
    }

    /// What a name's words say. The person's name proper starts at a known first name ("Senate
    /// Minority Whip Richard J. Durbin", "Illinois Attorney General Lisa M. Madigan") or after a
    /// title ("Mr.", "Ms.", "Sen.", "President"); the words before it (an office, a place) are no
    /// part of it and do not make it an institution's name.
    func describeName(_ c: SentenceContext, _ r: Range<Int>, names: [UInt64: UInt8]) -> NameRun {
        var gender = Gender.unknown
        var titleGender = Gender.unknown
        var personal = false
        let last = (r.lowerBound..<r.upperBound).last { c.tokens[$0].kind == .word } ?? (r.upperBound - 1)
        func isLexical(_ i: Int) -> Bool {
            let t = c.tokens[i]
            // ("April Ryan", "Grant Green": a month or a party is a name's word in a longer name.)
            return t.kind == .word && (c.has(i, any: SentenceContext.sourceNounClasses & ~LexiconClass.title.bit)
                || words.contains(.timeAdverbials, t.key)
                || r.count == 1 && (words.contains(.monthNames, t.key) || words.contains(.modifierAdjectives, t.key)))
        }
        // Titles ("Mr.", "Sen.", "President", "Attorney General"): the name starts after the last.
        var afterTitles: Int?
        var k = r.lowerBound
        while k < last {
            let t = c.tokens[k]
            var next = k + 1
            if words.contains(.maleTitles, t.key) { titleGender = .male }
            else if words.contains(.femaleTitles, t.key) { titleGender = .female }
            else if let h = c.hit(k, .title), h.end <= last { next = h.end }
            // "Sen.", "Adm.", "Gov.": a short capitalised abbreviation.
            else if k + 1 < r.upperBound && c.tokens[k + 1].key == Keys.period && t.end - t.start >= 2 && t.end - t.start <= 4 {}
            else { k += 1; continue }
            while next < last && c.tokens[next].key == Keys.period { next += 1 }
            afterTitles = next
            k = next
        }
        var firstName: Int?
        // A first name after the titles, with only name words after it.
        // ("Marine John Tiegen": of several, the last before the surname.)
        if let f = ((afterTitles ?? r.lowerBound)..<max(afterTitles ?? r.lowerBound, last)).last(where: { firstNameShare(c, $0, names) != nil && !isLexical($0) }),
           !(f..<r.upperBound).contains(where: isLexical) {
            personal = true
            firstName = f
            let share = firstNameShare(c, f, names)!
            if share >= 80 { gender = .female } else if share <= 20 { gender = .male }
        }
        let start = firstName ?? afterTitles ?? r.lowerBound
        if afterTitles != nil && !(start...last).contains(where: isLexical) { personal = true }
        if titleGender != .unknown { personal = true }
        let lexical = (start...last).contains(where: isLexical) || r.count == 1 && isLexical(r.lowerBound)
        let before = r.lowerBound - 1
        let determined = before >= 0 && (c.tokens[before].key == Keys.the || words.contains(.articles, c.tokens[before].key))
        return NameRun(tokens: r, last: last, personal: personal && !lexical, titleGender: titleGender, nameGender: gender,
                       determined: determined, lexical: lexical)
    }

    /// What the document says of each surname's gender.
    struct Genders {
        /// From titles and gendered nouns ("Mr. Graham", "Nora Dale, a spokeswoman"), when they agree.
        var titled: [UInt64: Gender] = [:]
        /// From every mention (titles and nouns three votes, first names one, "his"/"her" after
        /// the name as its sentence's subject one), when one side has twice the other's votes.
        var majority: [UInt64: Gender] = [:]
        /// Surnames that titles, first names or gendered nouns show to be persons'.
        var persons = Set<UInt64>()

        /// A mention's gender: its own title, else the surname's titles, else its own first name,
        /// else the surname's majority ("Senator Lindsey Graham" after "Mr. Graham" is a man;
        /// "Bill Clinton" in a story of "Mrs. Clinton" and "Mr. Clinton" is one by his first name).
        func of(_ run: NameRun, key: UInt64) -> Gender {
            if run.titleGender != .unknown { return run.titleGender }
            if let g = titled[key] { return g }
            if run.nameGender != .unknown { return run.nameGender }
            return majority[key] ?? .unknown
        }
    }

    /// The genders of the document's surnames, from all their mentions.
    func surnameGenders(_ runs: [[NameRun]]) -> Genders {
        var votes: [UInt64: (m: Int, f: Int)] = [:]
        var titles: [UInt64: (m: Int, f: Int)] = [:]
        var out = Genders()
        func vote(_ key: UInt64, _ g: Gender, _ w: Int, titled: Bool = false) {
            if g == .male { votes[key, default: (0, 0)].m += w } else if g == .female { votes[key, default: (0, 0)].f += w }
            if titled && g == .male { titles[key, default: (0, 0)].m += 1 } else if titled && g == .female { titles[key, default: (0, 0)].f += 1 }
        }
        func noun(_ c: SentenceContext, _ j: Int) -> Gender {
            if words.contains(.femaleNouns, c.tokens[j].key) { return .female }
            if words.contains(.maleNouns, c.tokens[j].key) { return .male }
            return .unknown
        }
        for c in contexts {
            for (n, run) in runs[c.index].enumerated() where !run.lexical {
                let key = c.tokens[run.last].key
                if run.personal { out.persons.insert(key) }
                vote(key, run.titleGender, 3, titled: true)
                vote(key, run.nameGender, 1)
                // "Nora Dale, a spokeswoman,", "spokeswoman Nora Dale"
                let after = run.tokens.upperBound
                if after + 2 < c.count && c.tokens[after].key == Keys.comma {
                    for j in (after + 1)..<min(c.count, after + 5) {
                        if c.tokens[j].key == Keys.comma { break }
                        let g = noun(c, j)
                        if g != .unknown { vote(key, g, 3, titled: true); out.persons.insert(key); break }
                    }
                }
                let before = run.tokens.lowerBound - 1
                if before >= 0 && !c.tokens[before].capitalized {
                    let g = noun(c, before)
                    if g != .unknown { vote(key, g, 3, titled: true); out.persons.insert(key) }
                }
                // "Dale said her plan …": the first "his", "himself", "herself" or possessive "her"
                // after the sentence's first name, outside quotations, before any other name.
                guard n == 0, c.quote(containing: run.tokens.lowerBound) == nil else { continue }
                let next = n + 1 < runs[c.index].count ? runs[c.index][n + 1].tokens.lowerBound : c.count
                for j in after..<next where c.quote(containing: j) == nil {
                    let k = c.tokens[j].key
                    if c.tokens[j].kind == .quote { break }
                    if k == SentenceContext.herKey {
                        // "her campaign" (possessive), not "endorsed her – …", "told her that …" or "backed her up".
                        guard j + 1 < c.count, c.tokens[j + 1].kind == .word, !c.tokens[j + 1].capitalized,
                              !words.contains(.determiners, c.tokens[j + 1].key), !words.contains(.prepositions, c.tokens[j + 1].key),
                              !words.contains(.subordinators, c.tokens[j + 1].key), !c.isA(j + 1, .verbParticles), c.tokens[j + 1].key != Keys.that,
                              c.tokens[j + 1].key != Keys.to, c.tokens[j + 1].key != Keys.and else { break }
                        vote(key, .female, 1)
                        break
                    }
                    if words.contains(.femalePronouns, k) && k != Keys.she { vote(key, .female, 1); break }
                    if words.contains(.malePronouns, k) && k != Keys.he && k != SentenceContext.himKey { vote(key, .male, 1); break }
                }
            }
        }
        for (k, v) in votes {
            if v.m >= 2 * v.f && v.m > 0 { out.majority[k] = .male } else if v.f >= 2 * v.m && v.f > 0 { out.majority[k] = .female }
        }
        for (k, v) in titles {
            if v.m > 0 && v.f == 0 { out.titled[k] = .male } else if v.f > 0 && v.m == 0 { out.titled[k] = .female }
        }
        return out
    }

    // MARK: - Candidates

    /// Where a name stands: nil when it can be no antecedent (possessive, modifier, object, agent,
    /// prepositional object), else its role.
    func narrationRole(_ c: SentenceContext, _ run: NameRun) -> Role? {
        let a = run.tokens.lowerBound
        let e = run.tokens.upperBound
        // "Dale's", "Dale supporters", "the Dale campaign"
        if c.tokens[run.last].possessive || e < c.count && c.tokens[e].key == Tokenizer.possessiveKey { return nil }
        if run.determined { return nil }
        if e < c.count && c.tokens[e].kind == .word && !c.tokens[e].capitalized && c.has(e, any: SentenceContext.sourceNounClasses) { return nil }
        var p = a - 1
        // "Clinton campaign Chairman John Podesta", "former CIA operative and Marine John Tiegen":
        // the words of the noun phrase before the name (names, role nouns and their modifiers).
        while p >= 0 && c.tokens[p].kind == .word {
            let t = c.tokens[p]
            if isNameWord(c, p) && !words.contains(.nameOpeners, t.key) && !c.has(p, .pronoun)
                || !t.capitalized && (c.has(p, any: SentenceContext.sourceNounClasses) || words.contains(.roleModifiers, t.key)) {
                p -= 1
                continue
            }
            if t.key == Keys.and && p > 0 && !c.tokens[p - 1].capitalized && c.has(p - 1, any: SentenceContext.sourceNounClasses) {
                p -= 1
                continue
            }
            break
        }
        // A leading connective dropped from the run ("But Reyes"): look before it.
        while p >= 0 && c.tokens[p].capitalized && (words.contains(.nameOpeners, c.tokens[p].key) || words.contains(.subordinators, c.tokens[p].key)) {
            if words.contains(.subordinators, c.tokens[p].key) || words.contains(.prepositions, c.tokens[p].key) { break }
            p -= 1
        }
        if p >= 0 {
            let t = c.tokens[p]
            // "said Grant Green, …": an inverted speaker.
            if c.has(p, .cue) && !t.capitalized { return .subject }
            // "Nora Dale and Tom Reyes met …", "… under Presidents Reagan and George W. Bush": a
            // conjunct stands where the name before "and" stands.
            // ("And Clinton campaign Chairman John Podesta offered …": "And" opening the sentence.)
            if (t.key == Keys.and || t.key == Keys.or) && p > c.contentFloor {
                if let prev = nameRuns(c).last(where: { $0.tokens.upperBound == p }) { return narrationRole(c, prev) }
                return nil
            }
            if t.key == Keys.by || words.contains(.prepositions, t.key) { return nil }
            if t.kind == .word && !t.capitalized && !words.contains(.subordinators, t.key) && t.key != Keys.and && t.key != Keys.or
                && t.key != Keys.but && t.key != Keys.that && !words.contains(.relativePronouns, t.key) && !c.isAdverb(p) { return nil }
        }
        // A subordinate clause's subject: a subordinator earlier in the same clause.
        var k = a - 1
        while k >= 0 && c.tokens[k].key != Keys.comma && c.tokens[k].key != Keys.semicolon && c.tokens[k].kind != .quote {
            if words.contains(.subordinators, c.tokens[k].key) { return .minor }
            k -= 1
        }
        return .subject
    }

    /// A speaker: the source of an earlier attribution, as a candidate.
    func speakerReferent(_ j: Int, surnames: Set<UInt64>, genders: Genders, resolved: [Int: Referent]) -> Referent? {
        let item = attributions[j]
        guard let src = item.attribution.source, let tr = item.sourceTokens, item.attribution.rules.first != "attribution.inherited" else { return nil }
        let c = contexts[item.context]
        let nested = (firstAttribution(item.context, attributions.count)..<firstAttribution(item.context + 1, attributions.count)).contains { k in
            k != j && attributions[k].contentTokens.map { $0.contains(tr.lowerBound) } ?? false
        }
        // "…, whereas Hale acknowledged that …", "Even as Lund claimed …, an aide said": the
        // speaker of a subordinate clause is a minor mention.
        let subordinate = c.isA(tr.lowerBound, .subordinators) || tr.lowerBound > 0 && c.isA(tr.lowerBound - 1, .subordinators)
        let role: Role = nested || subordinate ? .minor : .speaker
        if src.kind == .pronoun {
            guard var r = resolved[j] else { return nil }
            r.sentence = item.context
            r.tokens = tr
            r.role = role
            // "he" said it: the person is a man, whatever the name told.
            switch want(c.tokens[tr.lowerBound].key) {
            case .male: r.gender = .male
            case .female: r.gender = .female
            default: break
            }
            return r
        }
        var sort: Sort
        var gender = Gender.unknown
        switch src.kind {
        case .named:
            // "The Podesta Group's CEO, Kimberley Fritts": a role and the name of its holder.
            let run = nameRuns(c).last { $0.tokens.overlaps(tr) && $0.tokens.upperBound >= tr.upperBound }
            let named = run.map { !$0.lexical && ($0.personal || surnames.contains(c.tokens[$0.last].key)) } ?? false
            // "On Sunday": a day or a month is no one.
            if let run, run.lexical, !tr.contains(where: { c.has($0, any: SentenceContext.sourceNounClasses) }) { return nil }
            // "the businessman", "the congresswoman": a gendered noun heads a person.
            let noun = words.contains(.maleNouns, c.tokens[tr.upperBound - 1].key) || words.contains(.femaleNouns, c.tokens[tr.upperBound - 1].key)
            // ("the Constitutional Convention": a name after "the" is an institution's or a place's.)
            if named && !run!.determined || noun || looksLikePerson(item, surnames: surnames) && !(run?.determined ?? false) {
                // ("Tom Harris" ends in "s" but is one man; "Dale and Reyes" are two people.)
                sort = tr.contains(where: { c.tokens[$0].key == Keys.and }) ? .group : .person
                if sort == .person { gender = personGender(c, tr, genders: genders) }
            } else {
                sort = tr.contains(where: { c.has($0, .populationSource) }) || isPlural(c, tr) && !tr.contains(where: { c.has($0, .organization) })
                    ? .group : .organisation
                // "the ranking Democrat on the panel", "the committee's top Republican": one person
                // a singular title or party noun heads.
                let headEnd = c.headEnd(tr.lowerBound, tr.upperBound)
                if headEnd > tr.lowerBound, !isPlural(c, tr), !(tr.lowerBound..<headEnd).contains(where: { c.has($0, .organization) && !c.has($0, .title) }) {
                    let h = headEnd - 1
                    if c.isA(h, .partyMembers) && h > tr.lowerBound
                        || (c.hits[h].contains { $0.end == headEnd && ($0.cls == .title || $0.cls == .populationSource) })
                        || (tr.lowerBound..<headEnd).contains(where: { i in c.hits[i].contains { $0.end == headEnd && $0.cls == .title } }) {
                        sort = .person
                        gender = personGender(c, tr.lowerBound..<headEnd, genders: genders)
                    }
                }
                // "Omar Vance of the state law school", "Lena Ortiz, a lawyer at Acme": the name
                // before a post-modifier or an apposition is the person's.
                if let cut = (tr.lowerBound + 1..<tr.upperBound).first(where: { c.tokens[$0].key == Keys.comma
                       || c.tokens[$0].kind == .word && !c.tokens[$0].capitalized && c.isA($0, .prepositions) }),
                   let headRun = nameRuns(c).last(where: { $0.tokens.lowerBound >= tr.lowerBound && $0.tokens.upperBound == cut }),
                   !headRun.lexical, !headRun.determined, headRun.personal || surnames.contains(c.tokens[headRun.last].key),
                   !c.has(headRun.tokens.lowerBound, .organization) {
                    sort = .person
                    gender = personGender(c, headRun.tokens, genders: genders)
                    return Referent(sentence: item.context, tokens: tr, span: span(c, headRun.tokens), kind: src.kind, sort: sort,
                                    gender: gender, role: role)
                }
            }
        case .anonymous, .vague:
            // A phrase the lexicon did not classify ("A legal opinion") is no known person or group.
            // ("One need look no further": no source noun heads it.)
            let head = max(tr.lowerBound, c.headEnd(tr.lowerBound, tr.upperBound) - 1)
            guard item.attribution.rules.contains(where: { $0.hasPrefix("lexicon.source.") }),
                  (tr.lowerBound...head).contains(where: { i in c.hits[i].contains { $0.end == head + 1 && SentenceContext.sourceNounClasses & $0.cls.bit != 0 } })
                    || words.contains(.groupNouns, c.tokens[head].key) else { return nil }
            sort = item.plural || src.kind == .vague ? .group : .person
            if sort == .person { gender = personGender(c, tr, genders: genders) }
        case .document: sort = .thing
        case .pronoun: return nil
        }
        // "whereas Petraeus": the mention without a connective glued to it.
        var a = tr.lowerBound
        while a + 1 < tr.upperBound && (words.contains(.subordinators, c.tokens[a].key)
                                        || words.contains(.nameOpeners, c.tokens[a].key) && !words.contains(.determiners, c.tokens[a].key)
                                        && !words.contains(.demonstratives, c.tokens[a].key) && !words.contains(.possessivePronouns, c.tokens[a].key)) { a += 1 }
        let mention = a == tr.lowerBound ? src.span : span(c, a..<tr.upperBound)
        return Referent(sentence: item.context, tokens: tr, span: mention, kind: src.kind, sort: sort, gender: gender, role: role)
    }

    /// The gender of the person a source phrase names or describes.
    func personGender(_ c: SentenceContext, _ tr: Range<Int>, genders: Genders) -> Gender {
        for i in tr {
            if words.contains(.femaleNouns, c.tokens[i].key) { return .female }
            if words.contains(.maleNouns, c.tokens[i].key) { return .male }
        }
        // "Haley Morris, a spokeswoman, said": the apposition after the phrase.
        if tr.upperBound + 1 < c.count && c.tokens[tr.upperBound].key == Keys.comma {
            for j in (tr.upperBound + 1)..<min(c.count, tr.upperBound + 5) {
                if c.tokens[j].key == Keys.comma { break }
                if words.contains(.femaleNouns, c.tokens[j].key) { return .female }
                if words.contains(.maleNouns, c.tokens[j].key) { return .male }
            }
        }
        guard let run = nameRuns(c).last(where: { $0.tokens.overlaps(tr) }) else { return .unknown }
        return genders.of(run, key: c.tokens[run.last].key)
    }

    /// The candidates of one sentence that are no attribution's source: subjects that are persons
    /// (a name with a title or a known first name, a surname known as a person's), groups
    /// ("Republicans are …", "Nora Dale and Tom Reyes met …") and organisations, and a definite
    /// title opening the sentence ("The mayor was blunt.").
    func narrationReferents(_ c: SentenceContext, runs: [NameRun], sources: [Range<Int>], contents: [Range<Int>],
                            persons: Set<UInt64>, genders: Genders) -> [Referent] {
        var out: [Referent] = []
        for run in runs where !run.lexical {
            let a = run.tokens.lowerBound
            if c.quote(containing: a) != nil || sources.contains(where: { $0.overlaps(run.tokens) }) { continue }
            let key = c.tokens[run.last].key
            guard run.personal || persons.contains(key) else { continue }
            // "… fight Oneida leader Ray Halbritter, who spearheaded the campaign because he claimed
            // …": a name a relative clause describes is that clause's subject.
            let e = run.tokens.upperBound
            let described = e < c.count && c.tokens[e].key == Keys.who || e + 1 < c.count && c.tokens[e].key == Keys.comma && c.tokens[e + 1].key == Keys.who
            guard var role = described ? .subject : narrationRole(c, run) else { continue }
            if contents.contains(where: { $0.contains(a) }) { role = .minor }
            let gender = genders.of(run, key: key)
            out.append(Referent(sentence: c.index, tokens: run.tokens, span: span(c, run.tokens), kind: .named, sort: .person,
                                gender: gender, role: role))
        }
        // "Asked later, the admiral chuckled.": a definite title after a clause boundary, before a
        // verb-like word, is a subject too.
        for i in 0..<max(0, c.count - 2) where c.tokens[i].key == Keys.the && i > c.contentFloor {
            let p = c.tokens[i - 1]
            guard p.key == Keys.comma || p.key == Keys.dash || p.key == Keys.endash || p.key == Keys.hyphen || p.key == Keys.and || p.key == Keys.but,
                  c.quote(containing: i) == nil, !sources.contains(where: { $0.contains(i) }),
                  let h = c.hit(i + 1, .title), h.end < c.count, !c.has(i + 1, .organization) else { continue }
            let next = c.tokens[h.end]
            guard next.kind == .word, !next.capitalized, next.key != Tokenizer.possessiveKey, !words.contains(.prepositions, next.key),
                  !c.has(h.end, any: SentenceContext.sourceNounClasses), !isPlural(c, i..<h.end) else { continue }
            out.append(Referent(sentence: c.index, tokens: i..<h.end, span: span(c, i..<h.end), kind: .named, sort: .person,
                                gender: personGender(c, i..<h.end, genders: genders),
                                role: contents.contains(where: { $0.contains(i) }) ? .minor : .subject))
        }
        // A subject that is a group, an organisation or a title: the phrase opening the sentence,
        // or the one after a fronted clause ("As the vote neared, city officials …").
        let floor = skipOpeners(c, afterFrontedClause(c))
        if floor < c.count, c.quote(containing: floor) == nil, !sources.contains(where: { $0.contains(floor) }),
           !out.contains(where: { $0.tokens.lowerBound == floor }),
           // The phrase opening the sentence up to its first source noun ("The minister", "Two
           // nurses", "Republicans on the committee" stops at "Republicans"): without a tagger a
           // longer phrase may run on over the verb ("The minister arrived late").
           let firstHead = (floor..<min(c.count, floor + 6)).lazy.prefix(while: { c.isPhraseWord($0) && c.tokens[$0].kind != .punct })
               .compactMap({ i in c.hits[i].lazy.filter { SentenceContext.sourceNounClasses & $0.cls.bit != 0 }.map(\.end).max() }).first,
           // "city officials", "state election officials": a source noun modifying the next one.
           case let headEnd = nounHeadEnd(c, firstHead),
           headEnd < c.count, c.tokens[headEnd].kind == .word && !c.tokens[headEnd].capitalized && c.tokens[headEnd].key != Tokenizer.possessiveKey
            || c.tokens[headEnd].key == Keys.comma {
            let r = floor..<headEnd
            let phrase = c.classify(floor, headEnd)
            // ("One need look no further": "one" alone is no subject here.)
            guard phrase.group != nil, phrase.certainty > 0, !words.contains(.determiners, c.tokens[headEnd - 1].key) else { return out }
            let plural = isPlural(c, r)
            var sort: Sort?
            var gender = Gender.unknown
            switch phrase.kind {
            case .named:
                if r.contains(where: { c.has($0, .title) }) && !plural && !r.contains(where: { c.has($0, .organization) }) {
                    sort = .person
                    gender = personGender(c, r, genders: genders)
                } else if r.contains(where: { c.has($0, .organization) }) {
                    sort = plural ? .group : .organisation
                } else if r.contains(where: { c.has($0, .populationSource) }) || plural {
                    sort = .group
                }
            case .anonymous, .vague:
                sort = plural || phrase.kind == .vague ? .group : .person
                if sort == .person { gender = personGender(c, r, genders: genders) }
            case .document: sort = .thing
            case .pronoun: sort = nil
            }
            if let sort {
                out.append(Referent(sentence: c.index, tokens: r, span: span(c, r), kind: phrase.kind, sort: sort, gender: gender,
                                    role: contents.contains(where: { $0.contains(floor) }) ? .minor : .subject))
            }
        }
        return out
    }

    /// The person named as the main clause's subject after a fronted subordinate clause that holds
    /// the pronoun at `tr` ("Even as he accused …, Giuliani would not …"), if any.
    func cataphoricSubject(_ c: SentenceContext, _ tr: Range<Int>, surnames: Set<UInt64>, genders: Genders) -> Referent? {
        var i = c.contentFloor
        while i < c.count && c.tokens[i].kind == .word && c.isA(i, .clauseConjunctions) { i += 1 }
        guard i < tr.lowerBound, c.tokens[i].kind == .word, c.isA(i, .subordinators), c.quote(containing: tr.lowerBound) == nil else { return nil }
        let after = afterFrontedClause(c)
        guard after > tr.upperBound, after < c.count else { return nil }
        let start = skipOpeners(c, after)
        guard let run = nameRuns(c).first(where: { $0.tokens.lowerBound == start }), !run.lexical, !run.determined,
              run.personal || surnames.contains(c.tokens[run.last].key) else { return nil }
        let e = run.tokens.upperBound
        // The name is the subject: a lower-case word (the verb) follows it.
        guard e < c.count, c.tokens[e].kind == .word, !c.tokens[e].capitalized, c.tokens[e].key != Tokenizer.possessiveKey else { return nil }
        return Referent(sentence: c.index, tokens: run.tokens, span: span(c, run.tokens), kind: .named, sort: .person,
                        gender: genders.of(run, key: c.tokens[run.last].key), role: .subject)
    }

    /// The first token after a fronted adverbial clause or phrase ("Throughout the fall, members
    /// …", "As the mayor's standing grew, officials …"), or the sentence's first content token.
    func afterFrontedClause(_ c: SentenceContext) -> Int {
        var i = c.contentFloor
        while i < c.count && c.tokens[i].kind == .word && c.isA(i, .clauseConjunctions) { i += 1 }
        guard i < c.count, c.tokens[i].kind == .word, c.isA(i, .clauseOpeners), c.quote(containing: i) == nil else { return c.contentFloor }
        for j in (i + 1)..<min(c.count, i + 20) {
            if c.tokens[j].kind == .quote || c.tokens[j].key == Keys.semicolon { break }
            if c.tokens[j].key == Keys.comma { return j + 1 < c.count ? j + 1 : c.contentFloor }
        }
        return c.contentFloor
    }

    /// The end of a noun phrase's head when source nouns follow one another ("city officials"):
    /// the last lower-case source noun that starts where the one before ends.
    func nounHeadEnd(_ c: SentenceContext, _ end: Int) -> Int {
        var e = end
        while e < c.count && c.tokens[e].kind == .word && !c.tokens[e].capitalized,
              let next = c.hits[e].lazy.filter({ SentenceContext.sourceNounClasses & $0.cls.bit != 0 }).map(\.end).max() {
            e = next
        }
        return e
    }

    /// The first token after openers of a sentence ("But", "On Tuesday,", "Meanwhile,").
    func skipOpeners(_ c: SentenceContext, _ from: Int) -> Int {
        var i = from
        while i < c.count && (c.tokens[i].kind == .word && (words.contains(.nameOpeners, c.tokens[i].key) && !words.contains(.prepositions, c.tokens[i].key)
                                                           || c.isAdverb(i)) || c.tokens[i].key == Keys.comma) { i += 1 }
        return i
    }

    /// Whether a candidate can be what the pronoun refers to, and how well its gender agrees.
    func agrees(_ r: Referent, _ w: Want) -> Bool {
        switch w {
        case .male: return r.sort == .person && r.gender != .female
        case .female: return r.sort == .person && r.gender != .male
        case .plural: return r.sort == .group || r.sort == .organisation
        case .thing: return r.sort == .organisation || r.sort == .thing
        case .narrator, .none: return false
        }
    }

    /// The narrator of a first-person text: the author a credit line or a byline names ("from
    /// Dale's new book", "bestselling author Nora Dale", "By Nora Dale").
    func narrator(_ runs: [[NameRun]]) -> Referent? {
        for c in contexts {
            for run in runs[c.index] where !run.lexical && run.tokens.count >= 2 {
                let a = run.tokens.lowerBound
                let e = run.tokens.upperBound
                let byline = a > 0 && words.contains(.authorTitles, c.tokens[a - 1].key)
                var k = e
                if k < c.count && c.tokens[k].key == Tokenizer.possessiveKey { k += 1 }
                let possessor = c.tokens[run.last].possessive || k > e
                var work = false
                if possessor {
                    var j = k
                    while j < min(c.count, k + 3) && c.tokens[j].kind == .word && !c.tokens[j].capitalized {
                        if words.contains(.authorNouns, c.tokens[j].key) { work = true; break }
                        j += 1
                    }
                }
                if byline || work {
                    return Referent(sentence: c.index, tokens: run.tokens, span: span(c, run.tokens), kind: .named, sort: .person,
                                    gender: run.titleGender != .unknown ? run.titleGender : run.nameGender, role: .speaker)
                }
            }
        }
        return nil
    }

    // MARK: - The pass

    /// Points each pronoun source at its antecedent; a resolved pronoun takes its antecedent's
    /// anonymity.
    mutating func resolvePronouns() {
        // Only documents with pronoun sources or definite descriptions need the scan.
        let definite = attributions.indices.filter { definiteHead($0) != nil }
        guard !definite.isEmpty || attributions.contains(where: { $0.attribution.source?.kind == .pronoun }) else { return }
        let n = attributions.count
        let runs = contexts.map(nameRuns)
        let genders = surnameGenders(runs)
        let persons = genders.persons
        let surnames = knownSurnames().union(persons)
        var narratorReferent: Referent?
        var narratorDone = false
        // Candidates by sentence, built when first needed.
        var bySentence: [Int: [Referent]] = [:]
        var resolved: [Int: Referent] = [:]
        func candidates(_ s: Int) -> [Referent] {
            if let r = bySentence[s] { return r }
            let c = contexts[s]
            var out: [Referent] = []
            var sources: [Range<Int>] = []
            var contents: [Range<Int>] = []
            for j in firstAttribution(s, n)..<firstAttribution(s + 1, n) {
                if let tr = attributions[j].sourceTokens { sources.append(tr) }
                if let cr = attributions[j].contentTokens { contents.append(cr) }
            }
            out += narrationReferents(c, runs: runs[s], sources: sources, contents: contents, persons: persons, genders: genders)
            bySentence[s] = out
            return out
        }
        for idx in attributions.indices {
            guard let src = attributions[idx].attribution.source, src.kind == .pronoun,
                  let tr = attributions[idx].sourceTokens else { continue }
            let s = attributions[idx].context
            let c = contexts[s]
            var w = want(c.tokens[tr.lowerBound].key)
            // "The agency quoted him as saying …"
            if c.tokens[tr.lowerBound].key == SentenceContext.himKey { w = .male }
            var best: (Referent, Int)?
            if w == .narrator {
                if !narratorDone { narratorReferent = narrator(runs); narratorDone = true }
                if let r = narratorReferent { best = (r, 0) }
            } else if w != .none {
                best = antecedent(of: idx, want: w, candidates: candidates, surnames: surnames, genders: genders, resolved: resolved)
            }
            var a = attributions[idx].attribution
            if let (r, _) = best {
                a.source?.resolved = r.span
                a.source?.resolvedKind = r.kind
                a.anonymous = r.kind == .anonymous || r.kind == .vague
                a.confidence *= Analyzer.Weight.pronounResolved
                a.rules.append("resolution.pronoun")
                resolved[idx] = r
            } else {
                a.confidence *= Analyzer.Weight.pronounUnresolved
            }
            attributions[idx].attribution = a
        }
        // "Mayor Tom Reyes spoke … . The mayor said …", "A spokesman for the ministry, who … . The
        // spokesman said …": a definite description refers to the last person the story described
        // with the same role noun, so anonymity and counts follow that person.
        for idx in definite {
            guard let head = definiteHead(idx) else { continue }
            let item = attributions[idx]
            let s = item.context
            let c = contexts[s]
            var found: Referent?
            var k = s
            search: while k >= 0 && s - k <= Work.reach.sentences && c.paragraph - contexts[k].paragraph <= Work.reach.paragraphs {
                var here: [Referent] = []
                for j in firstAttribution(k, n)..<firstAttribution(k + 1, n) where j < idx {
                    if let r = speakerReferent(j, surnames: surnames, genders: genders, resolved: resolved) { here.append(r) }
                }
                here += candidates(k)
                for r in here.sorted(by: { $0.tokens.lowerBound > $1.tokens.lowerBound }) where r.sort == .person && r.kind != .pronoun {
                    if k == s && r.tokens.lowerBound >= (item.sourceTokens?.lowerBound ?? 0) { continue }
                    let rc = contexts[r.sentence]
                    // The same mention again ("the mayor" resolved to itself) is no antecedent.
                    if r.tokens.count == 2 && rc.tokens[r.tokens.lowerBound].key == Keys.the { continue }
                    if r.tokens.contains(where: { rc.tokens[$0].kind == .word && lowerStem(rc, $0) == head }) {
                        found = r
                        break search
                    }
                }
                k -= 1
            }
            guard let r = found else { continue }
            attributions[idx].attribution.source?.resolved = r.span
            attributions[idx].attribution.source?.resolvedKind = r.kind
            attributions[idx].attribution.anonymous = r.kind == .anonymous || r.kind == .vague
            // ("The judge said" after "A judge ruled": the unnamed judge again.)
            if r.kind == .anonymous { attributions[idx].attribution.source?.kind = .anonymous }
            attributions[idx].attribution.rules.append("resolution.definite")
        }
    }

    /// The role noun's stem of a definite description source ("the mayor", "the former senator",
    /// "the spokesman"): "the", role modifiers, and one singular title or anonymous-source noun.
    func definiteHead(_ idx: Int) -> UInt64? {
        let item = attributions[idx]
        guard let src = item.attribution.source, src.kind == .named || src.kind == .anonymous,
              let tr = item.sourceTokens, tr.count >= 2, tr.count <= 4 else { return nil }
        let c = contexts[item.context]
        guard c.tokens[tr.lowerBound].key == Keys.the else { return nil }
        let h = tr.upperBound - 1
        guard (tr.lowerBound + 1..<h).allSatisfy({ c.isA($0, .roleModifiers) }), c.tokens[h].kind == .word, !c.tokens[h].capitalized,
              c.hits[h].contains(where: { $0.end == h + 1 && ($0.cls == .title || $0.cls == .anonymousSource) }),
              !isPlural(c, tr) else { return nil }
        return lowerStem(c, h)
    }

    /// A word's key without case and a plural "s" ("Mayor" and "mayor", "officials" and "official").
    func lowerStem(_ c: SentenceContext, _ i: Int) -> UInt64 {
        let t = c.tokens[i]
        var bytes = prose.bytes[t.start..<t.end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        if bytes.count > 3, bytes.last == 0x73 { bytes.removeLast() }
        return Tokenizer.hash(bytes)
    }

    /// Salience points: a speaker 100, a subject 95, a minor mention 60; ten fewer for each
    /// sentence back and five for each paragraph; eight fewer for a person whose gender is not
    /// known when the pronoun says it.
    static let salience: (speaker: Int, subject: Int, minor: Int, sentence: Int, paragraph: Int, unknownGender: Int) = (100, 95, 60, 10, 5, 8)
    /// How far back a pronoun looks: sentences, and paragraphs.
    static let reach = (sentences: 12, paragraphs: 6)

    func antecedent(of idx: Int, want w: Want, candidates: (Int) -> [Referent], surnames: Set<UInt64>,
                    genders: Genders, resolved: [Int: Referent]) -> (Referent, Int)? {
        let item = attributions[idx]
        let s = item.context
        let c = contexts[s]
        guard let tr = item.sourceTokens else { return nil }
        let n = attributions.count
        // The content of the pronoun's own attribution is what was said: no antecedent there.
        let own = item.contentTokens
        // "Dale said he would …": inside another's content, that attribution's speaker comes first.
        for j in firstAttribution(s, n)..<firstAttribution(s + 1, n) where j != idx {
            guard let cr = attributions[j].contentTokens, cr.contains(tr.lowerBound),
                  let r = speakerReferent(j, surnames: surnames, genders: genders, resolved: resolved), agrees(r, w) else { continue }
            return (r, 1000)
        }
        // "Even as he accused the department …, Giuliani would not …": a pronoun in a fronted
        // subordinate clause refers ahead to the main clause's subject when that is a person.
        if w == .male || w == .female, let r = cataphoricSubject(c, tr, surnames: surnames, genders: genders), agrees(r, w) {
            return (r, 1000)
        }
        var best: (Referent, Int)?
        func consider(_ r: Referent) {
            guard agrees(r, w) else { return }
            var score: Int
            switch r.role {
            case .speaker: score = Work.salience.speaker
            case .subject: score = Work.salience.subject
            case .minor: score = Work.salience.minor
            }
            score -= Work.salience.sentence * (s - r.sentence) + Work.salience.paragraph * (c.paragraph - contexts[r.sentence].paragraph)
            if (w == .male || w == .female) && r.gender == .unknown { score -= Work.salience.unknownGender }
            // Later wins a tie.
            if best == nil || score > best!.1 || score == best!.1 && (r.sentence, r.tokens.lowerBound) > (best!.0.sentence, best!.0.tokens.lowerBound) {
                best = (r, score)
            }
        }
        var k = s
        while k >= 0 && s - k <= Work.reach.sentences && c.paragraph - contexts[k].paragraph <= Work.reach.paragraphs {
            for j in firstAttribution(k, n)..<firstAttribution(k + 1, n) where j < idx {
                guard let r = speakerReferent(j, surnames: surnames, genders: genders, resolved: resolved) else { continue }
                if k == s && r.tokens.lowerBound >= tr.lowerBound { continue }
                if k == s, let own, own.contains(r.tokens.lowerBound) { continue }
                consider(r)
            }
            for r in candidates(k) {
                if k == s && r.tokens.lowerBound >= tr.lowerBound { continue }
                if k == s, let own, own.contains(r.tokens.lowerBound) { continue }
                consider(r)
            }
            k -= 1
        }
        return best
    }
}
