/// A lexicon hit starting at some token: which group, the token after it, and the group's class.
struct Hit {
    var group: Int32
    /// The token after the hit (stored in 32 bits: 12 bytes a hit instead of 24).
    private var end32: Int32
    var cls: LexiconClass

    var end: Int { Int(end32) }

    init(group: Int32, end: Int, cls: LexiconClass) {
        self.group = group
        end32 = Int32(truncatingIfNeeded: end)
        self.cls = cls
    }
}

/// A sentence prepared for matching: tokens, lexicon hits by start token, and quote spans.
///
/// A class, not a struct: the passes over a document read contexts many times, and copying a
/// reference retains one object where a struct of arrays would retain each of them.
final class SentenceContext {
    let index: Int
    let paragraph: Int
    /// The sentence's tokens: a view into the document's ``TokenStorage`` (no array per sentence,
    /// and no reference counting on each read).
    let tokens: UnsafeBufferPointer<Token>
    /// For each token, the id of its word classes (``WordSets/id(_:)``), read by ``isA(_:_:)``.
    let wordIDs: UnsafeBufferPointer<Int32>
    /// Keeps the document's token storage alive while the view is in use.
    private let storage: TokenStorage
    /// Lexicon hits starting at each token, longest first.
    let hits: HitTable
    let lexicon: SharedLexicon
    /// The analyzer's word classes (``SharedLexicon/words``), kept here for the hot loops.
    let words: WordSets
    var quotes: [QuoteSpan] = []
    /// The first content token (``computeContentFloor()``) and the last token that is not closing
    /// punctuation (``computeLastContentToken()``). Stored because the matcher reads both at every
    /// cue, pattern and candidate token, and they depend on the tokens alone.
    private(set) var contentFloor = 0
    private(set) var lastContentToken = 0

    init(index: Int, paragraph: Int, storage: TokenStorage, range: Range<Int>, hits: HitTable, lexicon: SharedLexicon) {
        self.index = index
        self.paragraph = paragraph
        self.storage = storage
        self.tokens = UnsafeBufferPointer(rebasing: storage.tokens[range])
        self.wordIDs = UnsafeBufferPointer(rebasing: storage.wordIDs[range])
        self.lexicon = lexicon
        words = lexicon.words
        self.hits = hits
        contentFloor = computeContentFloor()
        lastContentToken = computeLastContentToken()
    }

    var count: Int { tokens.count }

    /// Whether the word of token `i` is in the word class (one bit test).
    @inline(__always)
    func isA(_ i: Int, _ c: WordClass) -> Bool { words.has(wordIDs[i], c) }

    /// The longest hit of a class starting at token `i`.
    @inline(__always)
    func hit(_ i: Int, _ cls: LexiconClass) -> Hit? {
        guard i >= 0 && i < tokens.count && hits.mask(i) & cls.bit != 0 else { return nil }
        return hits.first(i, cls)
    }

    /// Whether a hit of the class starts at token `i`: one mask test.
    @inline(__always)
    func has(_ i: Int, _ cls: LexiconClass) -> Bool {
        i >= 0 && i < tokens.count && hits.mask(i) & cls.bit != 0
    }

    /// Whether a hit of any of the classes in `mask` starts at token `i`.
    @inline(__always)
    func has(_ i: Int, any mask: UInt32) -> Bool {
        i >= 0 && i < tokens.count && hits.mask(i) & mask != 0
    }

    func key(_ i: Int) -> UInt64 { tokens[i].key }
    func isPunct(_ i: Int) -> Bool { tokens[i].kind == .punct }
    func isQuote(_ i: Int) -> Bool { tokens[i].kind == .quote }

    /// ``sourceEnding(before:floor:)`` (floor 0) by the token it ends before: each pattern tried at
    /// a cue asks for the same phrase again, and finding it is the matcher's costliest step. Valid
    /// because the phrase depends only on the sentence's tokens and hits, which never change.
    private var sourcesEndingBefore: [(end: Int, phrase: SourcePhrase?)] = []

    func memoSourceEnding(before end: Int) -> SourcePhrase? {
        for e in sourcesEndingBefore where e.end == end { return e.phrase }
        let phrase = sourceEnding(before: end)
        sourcesEndingBefore.append((end, phrase))
        return phrase
    }

    /// Drops the matcher's memo once the sentence's attributions are found: every sentence's
    /// context lives until the document is done, and the memo is only the matcher's.
    func forgetMatcherMemo() { sourcesEndingBefore = [] }

    /// The quote span whose content contains token `i`, if any.
    func quote(containing i: Int) -> QuoteSpan? { quotes.first { $0.contentStart <= i && i < $0.contentEnd } }

    /// Index of the last token that is not closing punctuation (period, ?, !, closing quote).
    func computeLastContentToken() -> Int {
        var e = tokens.count - 1
        while e >= 0 && (tokens[e].kind == .punct && isFinal(tokens[e].key)) { e -= 1 }
        return e
    }

    private func isFinal(_ k: UInt64) -> Bool {
        k == Keys.period || k == Keys.question || k == Keys.exclamation || k == Keys.ellipsis
    }
}

/// Lexicon hits of one sentence in flat arrays (no array per token), with a bit mask per token of
/// the classes whose hits start there, so most class tests never look at a hit. The arrays are the
/// whole document's (``Lexicon/hitTables(_:)``), shared by every sentence; `base` is the
/// sentence's first token in them, and indices here are the sentence's own.
struct HitTable {
    /// `list[offsets[t]..<offsets[t + 1]]` are the hits starting at document token `t`, longest first.
    let offsets: UnsafeBufferPointer<Int32>
    let list: UnsafeBufferPointer<Hit>
    let masks: UnsafeBufferPointer<UInt32>
    let base: Int

    @inline(__always)
    subscript(_ i: Int) -> Slice<UnsafeBufferPointer<Hit>> { list[Int(offsets[base + i])..<Int(offsets[base + i + 1])] }

    /// The longest hit of a class starting at token `i`, read by index (no slice of `list`).
    @inline(__always)
    func first(_ i: Int, _ cls: LexiconClass) -> Hit? {
        var k = Int(offsets[base + i])
        let end = Int(offsets[base + i + 1])
        while k < end {
            if list[k].cls == cls { return list[k] }
            k += 1
        }
        return nil
    }

    /// The classes of the hits starting at token `i`, one bit each.
    @inline(__always)
    func mask(_ i: Int) -> UInt32 { masks[base + i] }

}

extension LexiconClass {
    /// This class's bit in ``HitTable/masks``. Masks of several classes are computed properties
    /// (`A.bit | B.bit`), not `static let`s: the optimizer folds them to constants, where a stored
    /// global is initialised lazily and every read of it in a hot loop calls `swift_once`.
    @inline(__always)
    var bit: UInt32 {
        switch self {
        case .cue: return 1 << 0
        case .anonymousSource: return 1 << 1
        case .vagueSource: return 1 << 2
        case .populationSource: return 1 << 3
        case .documentSource: return 1 << 4
        case .pronoun: return 1 << 5
        case .organization: return 1 << 6
        case .title: return 1 << 7
        case .anonymityQualifier: return 1 << 8
        case .reason: return 1 << 9
        case .roteReason: return 1 << 10
        case .reasonConnective: return 1 << 11
        case .hedge: return 1 << 12
        case .auxiliary: return 1 << 13
        case .audience: return 1 << 14
        case .adverbial: return 1 << 15
        case .claimMarker: return 1 << 16
        }
    }
}

/// A quotation inside one sentence: token ranges of its content and its marks.
struct QuoteSpan: Equatable {
    /// First token inside the marks.
    var contentStart: Int
    /// Token after the last one inside the marks.
    var contentEnd: Int
    /// Token index of the opening mark, nil when the quote opened in an earlier sentence.
    var open: Int?
    /// Token index of the closing mark, nil when it runs on into the next sentence.
    var close: Int?
    /// An id shared by every piece of one quotation across sentences and paragraphs.
    var run: Int

    var wordCount: Int { contentEnd - contentStart }
}

/// One analyzer's lexicon, word classes and named groups behind a reference: every sentence
/// context points at it, where a copy of the struct would retain (and release) each of its arrays
/// per sentence.
final class SharedLexicon: Sendable {
    let lexicon: Lexicon
    let words: WordSets
    /// First names by token key (``Token/key``): the percentage of women who bear each.
    let firstNames: [UInt64: UInt8]
    /// ``NamedGroup``'s groups by case: their indices in ``lexicon``.
    private let named: [Int32]

    /// Compiles the rules' lexicon and word classes. The rules were checked at load: every
    /// ``NamedGroup`` and ``WordClass`` is there.
    init(_ rules: RuleSet) {
        lexicon = rules.lexicon
        words = WordSets(rules.words)
        firstNames = rules.firstNames.shares
        named = NamedGroup.allCases.map { g in
            guard let i = rules.lexicon.groupIndex(of: g.id) else { preconditionFailure("lexicon group \(g.id) was not loaded") }
            return i
        }
    }

    /// The index of a group the engine names.
    @inline(__always)
    func index(_ g: NamedGroup) -> Int32 { named[g.rawValue] }

    func id(_ index: Int32) -> String { lexicon.id(index) }
    func info(_ index: Int32) -> GroupInfo { lexicon.info(index) }
}

/// A document's tokens in one allocation, sentence after sentence, with each token's word-class
/// id beside it. ``SentenceContext``s are views into it and keep it alive.
final class TokenStorage {
    let tokens: UnsafeMutableBufferPointer<Token>
    let wordIDs: UnsafeMutableBufferPointer<Int32>
    /// The lexicon hits of every token (``Lexicon/hitTables(_:starts:into:)``), read through ``HitTable``s.
    private(set) var hitOffsets = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 1)
    private(set) var hitList = UnsafeMutableBufferPointer<Hit>.allocate(capacity: 1)
    private(set) var hitMasks = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: 1)

    /// Keeps copies of the document's hit arrays.
    func adoptHits(offsets: [Int32], list: [Hit], masks: [UInt32]) {
        hitOffsets.deallocate()
        hitList.deallocate()
        hitMasks.deallocate()
        hitOffsets = .allocate(capacity: max(1, offsets.count))
        _ = hitOffsets.initialize(from: offsets)
        hitList = .allocate(capacity: max(1, list.count))
        _ = hitList.initialize(from: list)
        hitMasks = .allocate(capacity: max(1, masks.count))
        _ = hitMasks.initialize(from: masks)
    }

    /// The hit table of the sentence whose first token is `base`.
    func hitTable(base: Int) -> HitTable {
        HitTable(offsets: UnsafeBufferPointer(hitOffsets), list: UnsafeBufferPointer(hitList), masks: UnsafeBufferPointer(hitMasks), base: base)
    }

    convenience init(_ all: [Token], words: WordSets) {
        let buffer = TokenBuffer(capacity: all.count)
        for t in all { buffer.append(t) }
        self.init(buffer, words: words)
    }

    /// Takes the tokens over from `buffer`.
    init(_ buffer: TokenBuffer, words: WordSets) {
        tokens = buffer.take()
        wordIDs = .allocate(capacity: max(1, tokens.count))
        for i in tokens.indices { wordIDs[i] = words.id(tokens[i].key) }
    }

    deinit {
        tokens.baseAddress?.deinitialize(count: tokens.count)
        tokens.deallocate()
        wordIDs.deallocate()
        hitOffsets.deallocate()
        hitList.deallocate()
        hitMasks.deallocate()
    }
}
