/// Maps the engine's raw confidence (pattern base × source certainty × adjustments, see
/// docs/confidence.md) to a calibrated one: the share of such tags that were right on real news.
///
/// One monotone map per group of attributions: the rule an attribution was made by (its first rule
/// id: a pattern, `attribution.inherited`, `pattern.hedge`) and, where the data was large enough,
/// its cue category. A map is a list of knots (raw, calibrated) with raw increasing and calibrated
/// non-decreasing; between knots the value is interpolated linearly, outside them it is the nearest
/// knot's. Lookup goes from the most specific map to the least: rule and category, rule, `default`
/// and category, `default`.
/// An attribution no map covers keeps its raw confidence.
///
/// The maps are data (`rules/calibration.yml`), fitted by ``fit(_:minimumGroup:minimumBlock:)``
/// (isotonic regression, pool adjacent violators) from `attrib eval --gold brat --fit-confidence`.
public struct ConfidenceCalibration: Sendable, Equatable {
    public struct Knot: Sendable, Equatable {
        public var raw: Double
        public var calibrated: Double
        public init(raw: Double, calibrated: Double) {
            self.raw = raw
            self.calibrated = calibrated
        }
    }

    public struct Map: Sendable, Equatable {
        /// A rule id, or ``ConfidenceCalibration/defaultRule`` for every rule without its own map.
        public var rule: String
        public var category: CueCategory?
        public var knots: [Knot]
        /// How many tags the map was fitted on (documentation; not used to compute).
        public var count: Int

        public init(rule: String, category: CueCategory? = nil, knots: [Knot], count: Int = 0) {
            self.rule = rule
            self.category = category
            self.knots = knots
            self.count = count
        }

        /// The calibrated value of `raw`.
        public func value(_ raw: Double) -> Double {
            guard let first = knots.first, let last = knots.last else { return raw }
            if raw <= first.raw { return first.calibrated }
            if raw >= last.raw { return last.calibrated }
            // The first knot above raw (knots are few: a linear scan).
            var hi = 1
            while knots[hi].raw < raw { hi += 1 }
            let a = knots[hi - 1], b = knots[hi]
            let t = (raw - a.raw) / (b.raw - a.raw)
            return a.calibrated + t * (b.calibrated - a.calibrated)
        }
    }

    public static let defaultRule = "default"

    /// What the maps were fitted on, as the file says.
    public var fittedOn: String
    public private(set) var maps: [Map]
    /// Per rule id: the index of its own map and of its map per category (-1: none), so a lookup
    /// hashes the rule id once and builds no string.
    private var byRule: [String: RuleMaps] = [:]
    private var defaults = RuleMaps()

    private struct RuleMaps: Sendable, Equatable {
        var rule: Int = -1
        var byCategory = [Int](repeating: -1, count: CueCategory.allCases.count)
    }

    private static let categoryIndex: [CueCategory: Int] = Dictionary(
        uniqueKeysWithValues: CueCategory.allCases.enumerated().map { ($1, $0) })

    public init(maps: [Map] = [], fittedOn: String = "") {
        self.fittedOn = fittedOn
        self.maps = []
        for m in maps { add(m) }
    }

    /// No maps: confidences stay as the engine computes them.
    public static let identity = ConfidenceCalibration()

    public var isEmpty: Bool { maps.isEmpty }

    /// Adds a map, replacing one for the same rule and category.
    public mutating func add(_ map: Map) {
        var entry = map.rule == ConfidenceCalibration.defaultRule ? defaults : byRule[map.rule] ?? RuleMaps()
        let c = map.category.map { ConfidenceCalibration.categoryIndex[$0]! }
        let existing = c.map { entry.byCategory[$0] } ?? entry.rule
        let i: Int
        if existing >= 0 {
            maps[existing] = map
            i = existing
        } else {
            i = maps.count
            maps.append(map)
        }
        if let c { entry.byCategory[c] = i } else { entry.rule = i }
        if map.rule == ConfidenceCalibration.defaultRule { defaults = entry } else { byRule[map.rule] = entry }
    }

    /// The map that applies to an attribution made by `rule` with a cue of `category`, if any.
    public func map(rule: String, category: CueCategory?) -> Map? {
        index(rule: rule, category: category).map { maps[$0] }
    }

    private func index(rule: String, category: CueCategory?) -> Int? {
        let c = category.map { ConfidenceCalibration.categoryIndex[$0]! }
        if let entry = byRule[rule] {
            if let c, entry.byCategory[c] >= 0 { return entry.byCategory[c] }
            if entry.rule >= 0 { return entry.rule }
        }
        if let c, defaults.byCategory[c] >= 0 { return defaults.byCategory[c] }
        return defaults.rule >= 0 ? defaults.rule : nil
    }

    public func calibrated(_ raw: Double, rule: String, category: CueCategory?) -> Double {
        guard let i = index(rule: rule, category: category) else { return raw }
        return min(1, max(0, maps[i].value(raw)))
    }

    /// Calibrates every attribution's confidence in place.
    public func apply(to attributions: inout [Attribution]) {
        guard !isEmpty else { return }
        for i in attributions.indices {
            // Field by field: copying the attribution would retain all its strings.
            let c = calibrated(attributions[i].confidence, rule: attributions[i].rules.first ?? "", category: attributions[i].cue?.category)
            attributions[i].confidence = c
        }
    }

    // MARK: - Fitting

    /// One tag of the fitting data: its raw confidence, the group it belongs to, and whether it was right.
    public struct Sample: Sendable, Equatable {
        public var raw: Double
        public var rule: String
        public var category: CueCategory?
        public var right: Bool
        /// The document it came from (for cross-validation by document).
        public var document: Int
        public init(raw: Double, rule: String, category: CueCategory?, right: Bool, document: Int = 0) {
            self.raw = raw
            self.rule = rule
            self.category = category
            self.right = right
            self.document = document
        }
    }

    /// Isotonic regression of rightness on raw confidence (pool adjacent violators): blocks of
    /// samples in raw order whose rates never decrease, each at least `minimumBlock` samples (a
    /// smaller block is pooled with the neighbour nearer its rate). A knot per block: its mean raw
    /// confidence and its rate.
    public static func isotonic(_ samples: [Sample], minimumBlock: Int) -> [Knot] {
        // Equal raw values form one block first, so a knot never splits a raw value.
        var blocks: [IsotonicBlock] = []
        var lastRaw = -1.0
        for s in samples.sorted(by: { $0.raw < $1.raw }) {
            let b = IsotonicBlock(n: 1, rawSum: s.raw, rightSum: s.right ? 1 : 0)
            if let l = blocks.last, s.raw == lastRaw {
                blocks[blocks.count - 1] = l.pooled(with: b)
            } else {
                blocks.append(b)
            }
            lastRaw = s.raw
            while blocks.count > 1, blocks[blocks.count - 2].rate >= blocks[blocks.count - 1].rate {
                let last = blocks.removeLast()
                let merged = blocks[blocks.count - 1].pooled(with: last)
                blocks[blocks.count - 1] = merged
            }
        }
        // Pool blocks below the minimum size with a neighbour (pooling adjacent blocks keeps the
        // rates in order).
        while blocks.count > 1, let small = blocks.indices.min(by: { blocks[$0].n < blocks[$1].n }),
              blocks[small].n < Double(minimumBlock) {
            let other: Int
            if small == 0 { other = 1 }
            else if small == blocks.count - 1 { other = small - 1 }
            else {
                let r = blocks[small].rate
                other = abs(blocks[small - 1].rate - r) <= abs(blocks[small + 1].rate - r) ? small - 1 : small + 1
            }
            let lo = min(small, other)
            blocks[lo] = blocks[lo].pooled(with: blocks[lo + 1])
            blocks.remove(at: lo + 1)
        }
        return blocks.map { Knot(raw: $0.rawSum / $0.n, calibrated: $0.rate) }
    }

    /// Fits maps from the most specific to the least, each on the samples no more specific map
    /// covers: a rule and cue category with at least `minimumGroup` samples; a rule, on its other
    /// categories; a cue category, on the rules left; then `default` on what is left (on every
    /// sample if nothing is).
    public static func fit(_ samples: [Sample], minimumGroup: Int = 100, minimumBlock: Int = 30,
                           fittedOn: String = "") -> ConfidenceCalibration {
        var result = ConfidenceCalibration(fittedOn: fittedOn)
        guard !samples.isEmpty else { return result }
        func rounded(_ knots: [Knot]) -> [Knot] {
            knots.map { Knot(raw: ($0.raw * 1000).rounded() / 1000, calibrated: ($0.calibrated * 1000).rounded() / 1000) }
                .reduce(into: [Knot]()) { out, k in
                    // Rounding can make two knots share a raw value: keep the later (higher) one.
                    if let l = out.last, l.raw >= k.raw { out[out.count - 1] = Knot(raw: l.raw, calibrated: max(l.calibrated, k.calibrated)) }
                    else { out.append(k) }
                }
        }
        func add(_ rule: String, _ category: CueCategory?, _ part: [Sample]) {
            result.add(Map(rule: rule, category: category, knots: rounded(isotonic(part, minimumBlock: minimumBlock)), count: part.count))
        }
        var left = samples
        // Rule and category.
        func key(_ s: Sample) -> String { "\(s.rule)|\(s.category!.rawValue)" }
        let byRuleAndCategory = Dictionary(grouping: left.filter { $0.category != nil }, by: key)
        var covered = Set<String>()
        for k in byRuleAndCategory.keys.sorted() where byRuleAndCategory[k]!.count >= minimumGroup {
            let part = byRuleAndCategory[k]!
            add(part[0].rule, part[0].category, part)
            covered.insert(k)
        }
        left.removeAll { $0.category != nil && covered.contains(key($0)) }
        // Rule.
        let byRule = Dictionary(grouping: left, by: \.rule)
        for rule in byRule.keys.sorted() where byRule[rule]!.count >= minimumGroup { add(rule, nil, byRule[rule]!) }
        left.removeAll { byRule[$0.rule]!.count >= minimumGroup }
        // Category.
        let byCategory = Dictionary(grouping: left.filter { $0.category != nil }, by: { $0.category! })
        for category in byCategory.keys.sorted(by: { $0.rawValue < $1.rawValue }) where byCategory[category]!.count >= minimumGroup {
            add(defaultRule, category, byCategory[category]!)
        }
        left.removeAll { $0.category.map { byCategory[$0]!.count >= minimumGroup } ?? false }
        add(defaultRule, nil, left.isEmpty ? samples : left)
        return result
    }

    /// Two-fold cross-validation by document: maps fitted on the even-numbered documents calibrate
    /// the odd-numbered ones' samples and the other way round. Returns each sample's calibrated
    /// confidence and rightness, for an honest reliability table of the fit.
    public static func crossValidated(_ samples: [Sample], minimumGroup: Int = 100, minimumBlock: Int = 30) -> [(confidence: Double, right: Bool)] {
        var out: [(Double, Bool)] = []
        for fold in 0..<2 {
            let train = samples.filter { $0.document % 2 != fold }
            let fitted = fit(train, minimumGroup: minimumGroup, minimumBlock: minimumBlock)
            for s in samples where s.document % 2 == fold {
                out.append((fitted.calibrated(s.raw, rule: s.rule, category: s.category), s.right))
            }
        }
        return out
    }

    /// The maps as `rules/calibration.yml` holds them.
    public func yaml(header: String) -> String {
        func number(_ d: Double) -> String {
            let m = Int((d * 1000).rounded())
            var fraction = String(m % 1000)
            while fraction.count < 3 { fraction = "0" + fraction }
            while fraction.count > 1 && fraction.hasSuffix("0") { fraction.removeLast() }
            return "\(m / 1000).\(fraction)"
        }
        var out = header
        out += "version: 1\ncalibration:\n"
        out += "  fitted-on: \"\(String(fittedOn.map { $0 == "\"" ? "'" : $0 }))\"\n"
        out += "  maps:\n"
        for m in maps {
            out += "    - rule: \(m.rule)\n"
            if let c = m.category { out += "      category: \(c.rawValue)\n" }
            out += "      count: \(m.count)\n"
            out += "      knots: [" + m.knots.map { "[\(number($0.raw)), \(number($0.calibrated))]" }.joined(separator: ", ") + "]\n"
        }
        return out
    }
}

/// Samples pooled by isotonic regression: how many, their summed raw confidence and rightness.
private struct IsotonicBlock {
    var n: Double
    var rawSum: Double
    var rightSum: Double
    var rate: Double { rightSum / n }
    func pooled(with b: IsotonicBlock) -> IsotonicBlock {
        IsotonicBlock(n: n + b.n, rawSum: rawSum + b.rawSum, rightSum: rightSum + b.rightSum)
    }
}
