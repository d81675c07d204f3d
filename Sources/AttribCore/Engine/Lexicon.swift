/// What a lexicon entry means to the engine.
public enum LexiconClass: String, CaseIterable, Sendable, Codable {
    /// An attribution cue (verb or phrase); the group gives category, neutrality, requirement.
    case cue
    /// Source head nouns by kind.
    case anonymousSource = "anonymous-source"
    case vagueSource = "vague-source"
    /// Groups of people ("scientists", "residents"): vague when bare, anonymous when specified.
    case populationSource = "population-source"
    case documentSource = "document-source"
    case pronoun
    /// Organisation nouns ("the ministry", "police"): named sources even without a proper name.
    case organization
    /// Offices held by one identifiable person ("the mayor", "the prime minister").
    case title
    /// Post-modifiers that make a described source anonymous ("familiar with", "briefed on").
    case anonymityQualifier = "anonymity-qualifier"
    /// Phrases that open an explanation of anonymity ("on condition of anonymity").
    case reason
    /// Words that make up rote reasons, which explain nothing ("not authorized to speak publicly").
    case roteReason = "rote-reason"
    /// Words that connect a real explanation ("because", "to discuss", "for fear of").
    case reasonConnective = "reason-connective"
    /// Hedges: "reportedly", "is believed to".
    case hedge
    /// Auxiliaries that attach to a cue ("has", "will").
    case auxiliary
    /// Objects of "told" that belong to the cue ("reporters").
    case audience
    /// Words that open a short adverbial after a cue ("on Tuesday", "in a statement").
    case adverbial
    /// Markers of a check-worthy claim: superlatives, records, causal links, quantities.
    case claimMarker = "claim-marker"
}

/// When a cue needs evidence that what follows is reported content.
public enum CueRequirement: String, CaseIterable, Sendable, Codable {
    /// A bare clause is enough ("said the talks stalled").
    case none
    /// Needs "that", a quote, or the cue after its content ("…, researchers found.").
    case complement
    /// Takes a noun phrase as its content, never a clause ("insisted on a recount"): only patterns
    /// with an OBJECT element attribute it.
    case object
}

/// A group of lexicon entries: one rule with one meaning.
public struct LexiconGroup: Sendable {
    public var id: String
    public var lexiconClass: LexiconClass
    public var category: CueCategory?
    public var loaded: Bool
    public var requirement: CueRequirement
    public var entries: [String]
    public var description: RuleDescription
}

/// The facts of a group the hot path needs, as a plain value (copying it retains nothing).
struct GroupInfo: Sendable {
    var index: Int32
    var lexiconClass: LexiconClass
    var category: CueCategory?
    var loaded: Bool
    var requirement: CueRequirement
}

/// All lexicon groups compiled into a token trie. Tokens are matched by a 64-bit hash of their
/// lower-cased bytes, so matching allocates nothing.
public struct Lexicon: Sendable {
    public private(set) var groups: [LexiconGroup] = []
    /// Each group's class, kept flat so the hot path never copies a group.
    private(set) var classes: [LexiconClass] = []

    struct Node: Sendable {
        var children = KeyTable()
        /// Groups that end at this node.
        var groups: [Int32] = []
    }

    private(set) var nodes: [Node] = [Node()]
    /// The trie flattened for matching (rebuilt after every change).
    private(set) var flat = FlatTrie()

    public init() {}

    /// Adds or replaces (by id) a group. The matcher's flat trie is built by ``compile()``, once
    /// every group is in (building it after each of a hundred groups was most of the start-up).
    public mutating func add(_ group: LexiconGroup) {
        if let i = groups.firstIndex(where: { $0.id == group.id }) {
            groups[i] = group
            classes[i] = group.lexiconClass
            rebuild()
        } else {
            groups.append(group)
            classes.append(group.lexiconClass)
            insert(groupIndex: groups.count - 1)
        }
        compiled = false
    }

    /// Builds the flat trie the matcher reads from the groups added so far.
    public mutating func compile() {
        flat = FlatTrie(nodes)
        compiled = true
    }

    /// Whether ``compile()`` has run since the last ``add(_:)``.
    private(set) var compiled = true

    private mutating func rebuild() {
        nodes = [Node()]
        for i in groups.indices { insert(groupIndex: i) }
    }

    private mutating func insert(groupIndex: Int) {
        for entry in groups[groupIndex].entries {
            let keys = Tokenizer.keys(of: entry)
            guard !keys.isEmpty else { continue }
            var node = 0
            for k in keys {
                if let next = nodes[node].children.get(k) {
                    node = Int(next)
                } else {
                    nodes.append(Node())
                    let idx = nodes.count - 1
                    nodes[node].children.set(k, Int32(idx))
                    node = idx
                }
            }
            if !nodes[node].groups.contains(Int32(groupIndex)) { nodes[node].groups.append(Int32(groupIndex)) }
        }
    }

    /// Every hit of each sentence's tokens, grouped by start token, longest first (groups that end
    /// at the same node keep their order). Walks the flat trie from each token; a hit never runs
    /// past its sentence. The three document-wide arrays go to `storage`, whose
    /// ``TokenStorage/hitTable(base:)`` gives each sentence its view of them.
    /// `tokens` holds the document's tokens, sentence `k` at `starts[k]..<starts[k + 1]`.
    func hitTables(_ all: UnsafeBufferPointer<Token>, starts: [Int], into storage: TokenStorage) {
        precondition(compiled, "Lexicon.compile() must run after groups are added")
        let total = all.count
        var offsets = [Int32](repeating: 0, count: total + 1)
        var masks = [UInt32](repeating: 0, count: total)
        var list: [Hit] = []
        list.reserveCapacity(total / 2)
        // Trie nodes with groups reached from one start token, shallowest first: (node, end token).
        var path = [(node: Int32, end: Int)](repeating: (0, 0), count: 16)
        let trie = flat
        var base = 0
        classes.withUnsafeBufferPointer { classes in
        offsets.withUnsafeMutableBufferPointer { offsets in
        masks.withUnsafeMutableBufferPointer { masks in
            for k in 0..<(starts.count - 1) {
                let tokens = UnsafeBufferPointer(rebasing: all[starts[k]..<starts[k + 1]])
                let n = tokens.count
                do {
                    for i in 0..<n {
                        offsets[base + i] = Int32(truncatingIfNeeded: list.count)
                        // Most words start no entry: one bit tells.
                        guard trie.mayStart(tokens[i].key) else { continue }
                        var node: Int32 = 0
                        var j = i
                        var depth = 0
                        while j < n {
                            let next = trie.child(node, tokens[j].key)
                            if next < 0 { break }
                            node = next
                            j += 1
                            if trie.hasGroups(node) {
                                if depth == path.count { path.append((node, j)) } else { path[depth] = (node, j) }
                                depth += 1
                            }
                            // Most entries are one word: a node without children ends the walk
                            // without probing the edge table for the next token.
                            if trie.isLeaf(node) { break }
                        }
                        guard depth > 0 else { continue }
                        var mask: UInt32 = 0
                        var d = depth - 1
                        while d >= 0 {
                            let (node, end) = path[d]
                            trie.forEachGroup(node) { g in
                                let cls = classes[Int(g)]
                                list.append(Hit(group: g, end: end, cls: cls))
                                mask |= cls.bit
                            }
                            d -= 1
                        }
                        masks[base + i] = mask
                    }
                }
                base += n
            }
            offsets[total] = Int32(truncatingIfNeeded: list.count)
        }
        }
        }
        storage.adoptHits(offsets: offsets, list: list, masks: masks)
    }

    public func group(_ index: Int32) -> LexiconGroup { groups[Int(index)] }


    func info(_ index: Int32) -> GroupInfo {
        groups.withUnsafeBufferPointer { g in
            let i = Int(index)
            return GroupInfo(index: index, lexiconClass: g[i].lexiconClass, category: g[i].category, loaded: g[i].loaded,
                             requirement: g[i].requirement)
        }
    }

    func id(_ index: Int32) -> String { groups[Int(index)].id }

    /// The index of the group with this id (a linear search: for rare constructions only).
    func groupIndex(of id: String) -> Int32? { groups.firstIndex { $0.id == id }.map(Int32.init) }
}

/// The lexicon trie as flat arrays: every edge (parent node, token key) in one open-addressing
/// table, and every node's groups in one list. Matching then reads a few cache lines per token
/// instead of a table per node; a bit filter rejects most words before any probe.
struct FlatTrie: Sendable {
    /// One slot of the edge table: 16 bytes, so a probe reads one cache line.
    struct Edge: Sendable {
        var key: UInt64 = 0
        var from: Int32 = -1
        /// -1 marks an empty slot.
        var to: Int32 = -1
    }

    private var edges: [Edge] = []
    private var mask = 0
    private var groupStart: [Int32] = [0, 0]
    private var groupList: [Int32] = []
    /// By node: true when no edge leaves it.
    private var leaf: [Bool] = [true]
    /// Bit `key & 0xFFFF` is set when some entry starts with a word of that key.
    private var startFilter = [UInt64](repeating: 0, count: 1024)

    init() {}

    init(_ nodes: [Lexicon.Node]) {
        var all: [(from: Int32, key: UInt64, to: Int32)] = []
        groupStart = [0]
        leaf = nodes.map { $0.children.count == 0 }
        for (n, node) in nodes.enumerated() {
            for (k, v) in node.children.entries { all.append((Int32(n), k, v)) }
            groupList.append(contentsOf: node.groups)
            groupStart.append(Int32(groupList.count))
        }
        // At most a quarter full, so that a miss usually ends at the first slot.
        var size = 64
        while size < all.count * 4 { size *= 2 }
        edges = Array(repeating: Edge(), count: size)
        mask = size - 1
        for e in all {
            var i = FlatTrie.slot(e.from, e.key) & mask
            while edges[i].to >= 0 { i = (i + 1) & mask }
            edges[i] = Edge(key: e.key, from: e.from, to: e.to)
            if e.from == 0 { startFilter[Int(e.key >> 6 & 1023)] |= 1 << (e.key & 63) }
        }
    }

    @inline(__always)
    static func slot(_ from: Int32, _ key: UInt64) -> Int {
        let x = (key ^ UInt64(UInt32(bitPattern: from))) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: x >> 32)
    }

    @inline(__always)
    func mayStart(_ key: UInt64) -> Bool {
        startFilter.withUnsafeBufferPointer { $0[Int(key >> 6 & 1023)] & (1 << (key & 63)) != 0 }
    }

    /// The child of `node` along `key`, or -1.
    @inline(__always)
    func child(_ node: Int32, _ key: UInt64) -> Int32 {
        guard mask > 0 else { return -1 }
        return edges.withUnsafeBufferPointer { edges in
            var i = FlatTrie.slot(node, key) & mask
            while true {
                let e = edges[i]
                if e.to < 0 { return -1 }
                if e.key == key && e.from == node { return e.to }
                i = (i + 1) & mask
            }
        }
    }

    @inline(__always)
    func isLeaf(_ node: Int32) -> Bool { leaf[Int(node)] }

    @inline(__always)
    func hasGroups(_ node: Int32) -> Bool { groupStart[Int(node) + 1] > groupStart[Int(node)] }

    @inline(__always)
    func forEachGroup(_ node: Int32, _ body: (Int32) -> Void) {
        for k in Int(groupStart[Int(node)])..<Int(groupStart[Int(node) + 1]) { body(groupList[k]) }
    }
}
