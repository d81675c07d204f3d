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

    public init() {}

    /// Adds or replaces (by id) a group.
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
    }

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

    /// Every hit of the sentence's tokens, grouped by start token, longest first (groups that end
    /// at the same node keep their order). Walks the trie from each token; allocates only the table.
    func hitTable(_ tokens: [Token]) -> HitTable {
        var offsets = [Int32](repeating: 0, count: tokens.count + 1)
        var list: [Hit] = []
        var masks = [UInt32](repeating: 0, count: tokens.count)
        // Trie nodes reached from one start token, shallowest first: (node, end token).
        var path: [(node: Int, end: Int)] = []
        path.reserveCapacity(8)
        nodes.withUnsafeBufferPointer { nodes in
            classes.withUnsafeBufferPointer { classes in
                for i in tokens.indices {
                    offsets[i] = Int32(list.count)
                    var node = 0
                    var j = i
                    path.removeAll(keepingCapacity: true)
                    while j < tokens.count, let next = nodes[node].children.get(tokens[j].key) {
                        node = Int(next)
                        j += 1
                        if !nodes[node].groups.isEmpty { path.append((node, j)) }
                    }
                    var mask: UInt32 = 0
                    for (n, e) in path.reversed() {
                        for g in nodes[n].groups {
                            let cls = classes[Int(g)]
                            list.append(Hit(group: g, end: e, cls: cls))
                            mask |= cls.bit
                        }
                    }
                    masks[i] = mask
                }
            }
        }
        offsets[tokens.count] = Int32(list.count)
        return HitTable(offsets: offsets, list: list, masks: masks)
    }

    public func group(_ index: Int32) -> LexiconGroup { groups[Int(index)] }

    @inline(__always)
    func lexiconClass(_ index: Int32) -> LexiconClass { classes[Int(index)] }

    func info(_ index: Int32) -> GroupInfo {
        groups.withUnsafeBufferPointer { g in
            let i = Int(index)
            return GroupInfo(index: index, lexiconClass: g[i].lexiconClass, category: g[i].category, loaded: g[i].loaded,
                             requirement: g[i].requirement)
        }
    }

    func id(_ index: Int32) -> String { groups[Int(index)].id }
}
