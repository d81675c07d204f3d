/// An open-addressing table from 64-bit token keys to trie nodes. Keys are already FNV hashes,
/// so they index the table directly; Swift's `Dictionary` would hash them again with SipHash,
/// which dominated lexicon matching.
struct KeyTable: Sendable {
    private var keys: [UInt64] = []
    /// -1 marks an empty slot.
    private var values: [Int32] = []
    private var mask = 0
    private(set) var count = 0

    @inline(__always)
    func get(_ key: UInt64) -> Int32? {
        guard count > 0 else { return nil }
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let v = values[i]
            if v < 0 { return nil }
            if keys[i] == key { return v }
            i = (i + 1) & mask
        }
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while values[i] >= 0 {
            if keys[i] == key { values[i] = value; return }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
    }

    /// Every (key, value) pair, in table order.
    var entries: [(UInt64, Int32)] { zip(keys, values).filter { $0.1 >= 0 } }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.1 >= 0 }
        let size = max(8, keys.count * 2)
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: -1, count: size)
        mask = size - 1
        count = 0
        for (k, v) in old { set(k, v) }
    }
}

/// A set of token keys (FNV hashes of lower-cased words) with open addressing: the engine's word
/// classes are tested once per token or more, and `Set<UInt64>` would hash every key again.
struct KeySet: Sendable {
    private var table = KeyTable()

    init(_ words: [String]) {
        for w in words { table.set(Keys.k(w), 0) }
    }

    /// The words of several groups, each word remembering its group's position (``group(of:)``);
    /// a word listed in two groups belongs to the later one.
    init(groups: [[String]]) {
        for (g, words) in groups.enumerated() {
            for w in words { table.set(Keys.k(w), Int32(g)) }
        }
    }

    @inline(__always)
    func contains(_ key: UInt64) -> Bool { table.get(key) != nil }

    /// The group of the word with this key (see ``init(groups:)``), or nil when it is not in the set.
    func group(of key: UInt64) -> Int? { table.get(key).map(Int.init) }
}
