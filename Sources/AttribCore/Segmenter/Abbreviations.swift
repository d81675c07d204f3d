/// How an abbreviation behaves before a capitalised word, which is what decides whether a
/// period after it ends the sentence (see `rules/abbreviations.yml`).
public enum AbbreviationKind: String, CaseIterable, Sendable, Codable {
    /// Precedes a name: "Dr. Silva", "Gov. Diaz". Almost never ends a sentence.
    case title
    /// Precedes a number: "Sept. 14" (month), "No. 3", "p. 55" (prenumeric). A month ends a sentence
    /// only before a clear sentence opener; a prenumeric word is an ordinary word unless a number
    /// follows ("She voted no.").
    case month, prenumeric
    /// Initialisms: "U.S.", "D.C.", "U.N.". Often used as modifiers ("U.S. officials") but also end
    /// sentences ("…built in the U.S. Investigators said…").
    case initialism
    /// Follows a firm's name: "Inc.", "Corp.". As ``trailing``, but a number continues the sentence
    /// ("Acme Corp. 18 months ago").
    case company
    /// A US state after a place: "Riverton, Fla.". As ``trailing``, but a number (a ZIP code)
    /// continues the sentence, and so does a capitalised word when the state stands alone in
    /// parentheses ("Pima County (Ariz.) Sheriff") or modifies what follows ("former Fla. Gov.").
    case state
    /// Follows a clock time: "a.m.", "p.m.". As ``trailing``, and a time zone continues the sentence
    /// ("9 p.m. Eastern"), as does any word when the time phrase opens the sentence ("By 7 a.m. Gov.").
    case time
    /// Follows what it modifies: "Jr.", "etc.". Usually ends a sentence when a capitalised word
    /// follows.
    case trailing
    /// Never ends a sentence: "vs.", "e.g.", "i.e.".
    case never

    /// The kinds that follow what they modify and end a sentence before most capitalised words.
    var isTrailing: Bool { self == .trailing || self == .company || self == .state || self == .time }
}

/// The abbreviation data the segmenter uses, loaded from `rules/abbreviations.yml` and extendable.
public struct Abbreviations: Sendable {
    /// Every known word in one table, keyed by ``key(_:_:_:)`` / ``wordKey(_:_:_:)``: abbreviations
    /// (lower-cased, without the final period, internal periods kept: "u.s", "ph.d"), starters
    /// (capitalised words that typically open a sentence: "The", "He", "But"), continuers (words
    /// that continue a sentence after a trailing abbreviation: "10 a.m. Tuesday"), time zones,
    /// time-openers ("By 7 a.m.") and letter-words (the pronoun "I").
    private var table = WordTable()

    /// A word list of the abbreviations file besides the abbreviations themselves.
    public enum WordList: String, CaseIterable, Sendable {
        case starters, continuers
        case timeZones = "time-zones"
        case timeOpeners = "time-openers"
        case letterWords = "letter-words"
        case strongStarters = "strong-starters"
        case speechVerbs = "speech-verbs"
    }

    public init() {}

    public mutating func add(_ word: String, kind: AbbreviationKind) {
        if let key = Abbreviations.key(word) { table.update(key) { $0.kind = kind } }
    }

    /// Adds a word (any case) to one of the word lists.
    public mutating func add(_ word: String, to list: WordList) {
        guard let key = Abbreviations.wordKey(word) else { return }
        table.update(key) { $0.insert(WordTable.Entry.flag(list)) }
    }

    public mutating func addStarter(_ word: String) { add(word, to: .starters) }

    public mutating func addContinuer(_ word: String) { add(word, to: .continuers) }

    /// Whether a word (any case) is in one of the word lists.
    public func contains(_ word: String, in list: WordList) -> Bool {
        Abbreviations.wordKey(word).map { table[$0].contains(WordTable.Entry.flag(list)) } ?? false
    }

    /// A starter that ends a sentence even after a title ("… Gov. The …").
    public mutating func addStrongStarter(_ word: String) { add(word, to: .strongStarters) }

    /// A verb of saying after a quotation and a name ("“Why now?” Sen. Ana Diaz asked.").
    public mutating func addSpeechVerb(_ word: String) { add(word, to: .speechVerbs) }

    /// Whether a word (any case) is a sentence starter ("The", "Officials").
    public func isStarter(_ word: String) -> Bool { contains(word, in: .starters) }

    /// Whether a word (any case) is a continuer ("Tuesday").
    public func isContinuer(_ word: String) -> Bool { contains(word, in: .continuers) }

    public func kind(of word: String) -> AbbreviationKind? {
        Abbreviations.key(word).flatMap { kind(key: $0) }
    }

    /// The number of abbreviations.
    public var count: Int { table.abbreviationCount }

    static func key(_ word: String) -> UInt64? {
        var w = Array(word.utf8)
        if w.last == 0x2E { w.removeLast() }
        return w.withUnsafeBufferPointer { key($0, 0, $0.count) }
    }

    /// Packs `t[start..<end]` lower-cased into a UInt64, or nil if longer than 8 bytes or non-ASCII.
    @inline(__always)
    static func key(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
        let len = end - start
        guard len > 0 && len <= 8 else { return nil }
        var k: UInt64 = 0
        for i in start..<end {
            var b = t[i]
            if b >= 0x80 { return nil }
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            k = (k << 8) | UInt64(b)
        }
        return k
    }

    /// The key of a whole ASCII word of any length up to 32 bytes, lower-cased: the packed bytes
    /// (as ``key(_:_:_:)``) up to 8 bytes, else an FNV-1a hash with the top bit set, which packed
    /// ASCII never has. Starters and continuers such as "officials" or "meanwhile" need it.
    @inline(__always)
    static func wordKey(_ t: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
        let len = end - start
        if len <= 8 { return key(t, start, end) }
        guard len <= 32 else { return nil }
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for i in start..<end {
            var b = t[i]
            if b >= 0x80 { return nil }
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
        }
        return h | (1 << 63)
    }

    static func wordKey(_ word: String) -> UInt64? {
        Array(word.utf8).withUnsafeBufferPointer { wordKey($0, 0, $0.count) }
    }

    @inline(__always) func entry(key: UInt64) -> WordTable.Entry { table[key] }
    @inline(__always) func kind(key: UInt64) -> AbbreviationKind? { table[key].kind }
    @inline(__always) func isStarter(key: UInt64) -> Bool { table[key].isStarter }
}

/// An open-addressing hash table from word keys to what the segmenter knows about the word.
/// The segmenter looks words up at every candidate period, so this avoids `Dictionary`'s
/// per-lookup SipHash: keys are already well-mixed integers and one multiply spreads them.
struct WordTable: Sendable {
    struct Entry: Sendable {
        /// The kind in the low four bits (0: none), then one bit per word list.
        var bits: UInt16 = 0

        static let starter: UInt16 = 0x10
        static let continuer: UInt16 = 0x20
        static let timeZone: UInt16 = 0x40
        static let timeOpener: UInt16 = 0x80
        static let letterWord: UInt16 = 0x100
        static let strongStarter: UInt16 = 0x200
        static let speechVerb: UInt16 = 0x400

        static func flag(_ list: Abbreviations.WordList) -> UInt16 {
            switch list {
            case .starters: return starter
            case .continuers: return continuer
            case .timeZones: return timeZone
            case .timeOpeners: return timeOpener
            case .letterWords: return letterWord
            case .strongStarters: return strongStarter
            case .speechVerbs: return speechVerb
            }
        }

        var kind: AbbreviationKind? {
            @inline(__always) get {
                switch bits & 0x0F {
                case 1: return .title
                case 2: return .month
                case 3: return .prenumeric
                case 4: return .initialism
                case 5: return .company
                case 6: return .state
                case 7: return .time
                case 8: return .trailing
                case 9: return .never
                default: return nil
                }
            }
            set {
                let k: UInt16
                switch newValue {
                case nil: k = 0
                case .title: k = 1
                case .month: k = 2
                case .prenumeric: k = 3
                case .initialism: k = 4
                case .company: k = 5
                case .state: k = 6
                case .time: k = 7
                case .trailing: k = 8
                case .never: k = 9
                }
                bits = (bits & ~0x0F) | k
            }
        }

        @inline(__always) func contains(_ flag: UInt16) -> Bool { bits & flag != 0 }
        mutating func insert(_ flag: UInt16) { bits |= flag }

        var isStarter: Bool { contains(Entry.starter) }
        var isContinuer: Bool { contains(Entry.continuer) }
        var isTimeZone: Bool { contains(Entry.timeZone) }
        var isTimeOpener: Bool { contains(Entry.timeOpener) }
        var isLetterWord: Bool { contains(Entry.letterWord) }
        var isStrongStarter: Bool { contains(Entry.strongStarter) }
        var isSpeechVerb: Bool { contains(Entry.speechVerb) }
    }

    /// Keys (0 marks an empty slot: no word has the key 0) and entries, a power of two long.
    private var keys = [UInt64](repeating: 0, count: 256)
    private var entries = [Entry](repeating: Entry(), count: 256)
    private var used = 0
    private(set) var abbreviationCount = 0

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    subscript(key: UInt64) -> Entry {
        @inline(__always) get {
            keys.withUnsafeBufferPointer { k in
                let mask = k.count - 1
                var i = WordTable.slot(key, mask)
                while true {
                    let here = k[i]
                    if here == key { return entries[i] }
                    if here == 0 { return Entry() }
                    i = (i + 1) & mask
                }
            }
        }
    }

    mutating func update(_ key: UInt64, _ change: (inout Entry) -> Void) {
        precondition(key != 0)
        if (used + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = WordTable.slot(key, mask)
        while keys[i] != 0 && keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 {
            keys[i] = key
            used += 1
        }
        let hadKind = entries[i].kind != nil
        change(&entries[i])
        if !hadKind && entries[i].kind != nil { abbreviationCount += 1 }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldEntries = entries
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        entries = [Entry](repeating: Entry(), count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (k, e) in zip(oldKeys, oldEntries) where k != 0 {
            var i = WordTable.slot(k, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            entries[i] = e
        }
    }
}
