/// The engine's word classes: each case is one list of `rules/words.yml`, whose id is the case
/// name in kebab-case (`toldVerbs` is `told-verbs`), so the Swift names neither the words nor
/// the ids. The lists load with the rules (``RuleSet/words``), which fails when one of these is
/// missing or when the rules define a class not named here; ``WordSets`` compiles them once per
/// analyzer, and the engine tests a token with ``WordSets/contains(_:_:)``.
enum WordClass: Int, CaseIterable, Sendable {
    // Cues: which verbs, and what they take
    case toldVerbs, passiveCues, quotingVerbs, putVerbs, estimateAtCues, commitCues, intentionCues, hopeCues
    case expectCues, objectInfinitiveCues, beliefCues, knowCues, bareClauseCues, objectComplementCues, clauseVerbCues
    case questionCues, askVerbs, questionOpeners, addVerbs, agreeCues, agreeObjects, objectCues, rejectCues, confirmCues, warnCues
    case accuseCues, resultCues, pollResultCues, findingCues, foundVerbs, callCues, asLabelCues, stanceCues, quotationOnlyCues
    case pluralNounCues, pluralStateNouns, nounPluralVerbs, clauseVerbs, refusalVerbs, speakingVerbs, codaVerbs
    case negators, passiveAuxiliaries, storyNouns, stateAdjectives, allegeVerbs, legalSources
    // Closed classes: function words the grammar tests
    case articles, determiners, demonstratives, possessivePronouns, subjectPronouns, objectPronouns, relativePronouns
    case relativeSubjects, whWords, modals, finiteAuxiliaries, prepositions, postModifiers, contentPrepositions
    case settingPrepositions, placePrepositions, placeLinks, clauseLinks, adverbs, lyNouns, comparatives, apostrophes
    case elisions
    // Source noun phrases
    case boundaryWords, nameAuxiliaries, finalAbbreviations, releaseParticiples, timeAdverbials, deicticDays
    case legalRepresentatives, outletNouns, institutionWords, partyPlurals, ideologyPlurals, modifierAdjectives
    case sideModifiers, coordinatedModifiers, vagueQuantifiers, numberWords, partitiveHeads, partitivePronouns
    case groupDeterminers, groupNouns, backReferences, negativeSubjects, shareHedges, shareNumbers, shareNouns
    case percentWords, nameSuffixes
    // Content and clause structure
    case mainVerbs, pastVerbs, ngNouns, complementParticiples, notContinuations, objectStops, actionObjects
    case claimObjects, findingNouns, changeNouns, documentFindingNouns, approximators, currencyMarks, editorialNouns
    case editorialPlurals, nothingWords, sayFormulas, mannerWays
    // Headlines and line labels
    case headlineMarks, headlineDocuments, lineLabels, storyLabels
    // Anonymity reasons and later mentions
    case sensitivityWords, permissionWords, clauseBreaks, stopWords, anaphoric, mentionOrdinals, pluralSubjects
    case singularSubjects, pluralQuantifiers
    // Findings
    case confidentialModifiers, publicServiceModifiers, publicWorkerFields, caucusHeads, caucusModifiers
    case navigationWords, storyWords, correctedWords, monthNames, clockWords, timeUnits, dieVerbs, voteWords
    case rankVerbs, ordinals, ordinalPlaces, rankDeterminers, countWords, anaphoricBefore, streetWords
    case mostQuantifiers, beForms, nounStarts
    // Pronoun resolution
    case malePronouns, femalePronouns, pluralPronouns, thingPronouns, narratorPronouns, writerPronouns, maleTitles, femaleTitles
    case maleNouns, femaleNouns, subordinators, nameOpeners, clauseOpeners, clauseConjunctions, subjectOpeners, partyMembers, outletNameHeads, bareSourceNouns, speakingParticiples, letVerbs, firstPersonObjects, verbParticles, roleModifiers, nameParticles, authorNouns, authorTitles
    // Quotation marks
    case quoteElisions, afterClosingQuote

    /// Whether the class links words to the words that may follow them (`links:` in the rules
    /// file, read with ``WordSets/following(_:_:)``) rather than listing words (`entries:`).
    var isLinked: Bool { self == .accuseCues }

    /// The class's id in the rules files.
    var id: String { WordClass.ids[rawValue] }

    /// The class with this id, if the engine has one.
    init?(id: String) {
        guard let c = WordClass.byID[id] else { return nil }
        self = c
    }

    private static let ids = allCases.map { kebabCaseID(of: $0) }

    private static let byID: [String: WordClass] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.id, $0) })
}

/// The word classes of one analyzer, compiled once from its rules: one ``KeySet`` per class, read
/// by the class's index. Passed by reference (one object per analyzer) and read in the hot loops,
/// where a `static let` set would be a lazily initialised global whose every read calls
/// `swift_once`.
final class WordSets: Sendable {
    private let sets: [KeySet]
    /// For a linked class, by the link a word of it belongs to (its value in ``sets``): the words
    /// that may follow it. Empty for the other classes.
    private let follow: [[KeySet]]

    /// Compiles the lists by class id. Every class must be there (``RuleSet/load(files:)`` checks).
    init(_ lists: [String: WordList]) {
        var sets: [KeySet] = []
        var follow: [[KeySet]] = []
        for c in WordClass.allCases {
            let list = lists[c.id]
            precondition(list != nil, "word class \(c.id) was not loaded")
            if c.isLinked {
                sets.append(KeySet(groups: list!.links.map(\.words)))
                follow.append(list!.links.map { KeySet($0.then) })
            } else {
                sets.append(KeySet(list!.entries))
                follow.append([])
            }
        }
        self.sets = sets
        self.follow = follow
        // One bit set per distinct word: id 0 is the empty set (a word in no class).
        var ids = KeyTable()
        var masks = [UInt64](repeating: 0, count: WordSets.words)
        for c in WordClass.allCases {
            let list = lists[c.id]!
            let entries = c.isLinked ? list.links.flatMap(\.words) : list.entries
            for w in entries {
                let key = Keys.k(w)
                var id = ids.get(key).map(Int.init) ?? 0
                if id == 0 {
                    id = masks.count / WordSets.words
                    ids.set(key, Int32(id))
                    masks += [UInt64](repeating: 0, count: WordSets.words)
                }
                masks[id * WordSets.words + c.rawValue >> 6] |= 1 << UInt64(c.rawValue & 63)
            }
        }
        self.ids = ids
        self.masks = masks
    }

    /// 64-bit words per class set.
    static let words = (WordClass.allCases.count + 63) / 64

    /// The classes of each listed word, as the index of its bit set in ``masks``.
    private let ids: KeyTable
    private let masks: [UInt64]

    /// The id of the classes the word with this key belongs to (0: none), computed once per token
    /// so that a class test on a token is a bit test (``has(_:_:)``).
    @inline(__always)
    func id(_ key: UInt64) -> Int32 { ids.get(key) ?? 0 }

    /// Whether the word whose ``id(_:)`` is `id` is in the class.
    @inline(__always)
    func has(_ id: Int32, _ c: WordClass) -> Bool {
        masks.withUnsafeBufferPointer { $0[Int(id) &* WordSets.words &+ c.rawValue >> 6] } >> UInt64(c.rawValue & 63) & 1 != 0
    }

    /// Whether the word with this key (a token's ``Token/key``) is in the class.
    @inline(__always)
    func contains(_ c: WordClass, _ key: UInt64) -> Bool { sets[c.rawValue].contains(key) }

    /// For a linked class: the words that may follow the word with this key, or nil when the word
    /// is not in the class.
    func following(_ c: WordClass, _ key: UInt64) -> KeySet? {
        guard let link = sets[c.rawValue].group(of: key) else { return nil }
        return follow[c.rawValue][link]
    }
}

/// A case's id in the rules files: its name with every capital letter written as "-" and the
/// letter in lower case (`notAFreeRelative` is `not-a-free-relative`; case names are ASCII).
func kebabCaseID<T>(of value: T) -> String {
    var id: [UInt8] = []
    for b in String(describing: value).utf8 {
        if b >= 0x41 && b <= 0x5A { id += [0x2D, b | 0x20] } else { id.append(b) }
    }
    return String(decoding: id, as: UTF8.self)
}
