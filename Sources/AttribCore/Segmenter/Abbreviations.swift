/// How an abbreviation behaves before a capitalised word, which is what decides whether a
/// period after it ends the sentence.
public enum AbbreviationKind: String, CaseIterable, Sendable, Codable {
    /// Precedes a name: "Dr. Silva", "Gov. Diaz". Almost never ends a sentence.
    case title
    /// Precedes a number: "No. 3", "Sept. 14". Ends a sentence only before a clear sentence opener.
    case month, prenumeric
    /// Initialisms: "U.S.", "D.C.", "U.N.". Often used as modifiers ("U.S. officials") but also end
    /// sentences ("…built in the U.S. Investigators said…").
    case initialism
    /// Follows what it modifies: "Jr.", "Inc.", "Calif.", "a.m.". Usually ends a sentence when a
    /// capitalised word follows.
    case trailing
    /// Never ends a sentence: "vs.", "e.g.", "i.e.".
    case never
}

/// The abbreviation data the segmenter uses, loaded from `rules/abbreviations.yml` and extendable.
public struct Abbreviations: Sendable {
    /// Lower-cased abbreviation without its final period (internal periods kept: "u.s", "ph.d"),
    /// packed into 8 bytes; longer words are never abbreviations.
    private(set) var kinds: [UInt64: AbbreviationKind] = [:]
    /// Capitalised words that typically open a sentence ("The", "He", "But"), lower-cased.
    private(set) var starters: Set<UInt64> = []
    /// Words that continue a sentence after a trailing abbreviation ("10 a.m. Tuesday").
    private(set) var continuers: Set<UInt64> = []

    public init() {}

    public mutating func add(_ word: String, kind: AbbreviationKind) {
        if let key = Abbreviations.key(word) { kinds[key] = kind }
    }

    public mutating func addStarter(_ word: String) {
        if let key = Abbreviations.wordKey(word) { starters.insert(key) }
    }

    public mutating func addContinuer(_ word: String) {
        if let key = Abbreviations.wordKey(word) { continuers.insert(key) }
    }

    /// Whether a word (any case) is a sentence starter ("The", "Officials").
    public func isStarter(_ word: String) -> Bool { Abbreviations.wordKey(word).map(starters.contains) ?? false }

    /// Whether a word (any case) is a continuer ("Tuesday", "EST").
    public func isContinuer(_ word: String) -> Bool { Abbreviations.wordKey(word).map(continuers.contains) ?? false }

    public func kind(of word: String) -> AbbreviationKind? {
        Abbreviations.key(word).flatMap { kinds[$0] }
    }

    public var count: Int { kinds.count }

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

    func kind(key: UInt64) -> AbbreviationKind? { kinds[key] }
    func isStarter(key: UInt64) -> Bool { starters.contains(key) }
    func isContinuer(key: UInt64) -> Bool { continuers.contains(key) }
}
