/// The differences between two runs of attrib over the same documents, attribution by attribution
/// (`attrib eval --compare OLD.jsonl NEW.jsonl`): the regression net for changes to the engine
/// that must keep its output, or must change it only where a change is accepted with a reason.
public struct AnalysisComparison: Sendable {
    /// One compared item (a sentence list, an attribution or a finding): a stable key within its
    /// document, and its fields as printable values.
    public struct Item: Sendable, Equatable {
        public var key: String
        public var fields: [(name: String, value: String)]
        public init(key: String, fields: [(name: String, value: String)]) {
            self.key = key
            self.fields = fields
        }
        public static func == (a: Item, b: Item) -> Bool {
            a.key == b.key && a.fields.elementsEqual(b.fields) { $0.name == $1.name && $0.value == $1.value }
        }
    }

    /// One document's items, keyed by its path or id.
    public struct Document: Sendable {
        public var name: String
        public var items: [Item]
        public init(name: String, items: [Item]) {
            self.name = name
            self.items = items
        }
    }

    public struct Difference: Sendable, Equatable, CustomStringConvertible {
        public enum Change: Sendable, Equatable {
            case added, removed
            case changed([(field: String, old: String, new: String)])
            public static func == (a: Change, b: Change) -> Bool {
                switch (a, b) {
                case (.added, .added), (.removed, .removed): return true
                case let (.changed(x), .changed(y)):
                    return x.elementsEqual(y) { $0.field == $1.field && $0.old == $1.old && $0.new == $1.new }
                default: return false
                }
            }
        }
        public var document: String
        public var key: String
        public var change: Change
        /// The reason it was accepted, when an accepted difference covers it.
        public var accepted: String?

        public var description: String {
            let head = "\(document): \(key)"
            let tail = accepted.map { "   [accepted: \($0)]" } ?? ""
            switch change {
            case .added: return "\(head): only in the new run\(tail)"
            case .removed: return "\(head): only in the old run\(tail)"
            case .changed(let fields):
                return "\(head): " + fields.map { "\($0.field) \($0.old) → \($0.new)" }.joined(separator: "; ") + tail
            }
        }
    }

    /// A difference that is known and accepted: the document and item key it applies to (an item
    /// key of "*" covers the whole document), why, and the case that shows the new behaviour.
    public struct Accepted: Sendable, Equatable {
        public var document: String
        public var key: String
        public var reason: String
        public var `case`: String
        public init(document: String, key: String, reason: String, case: String) {
            self.document = document
            self.key = key
            self.reason = reason
            self.case = `case`
        }
    }

    public var differences: [Difference] = []
    /// Documents present in only one run.
    public var onlyOld: [String] = [], onlyNew: [String] = []
    public var documents = 0, items = 0

    public var unaccepted: [Difference] { differences.filter { $0.accepted == nil } }

    public init(old: [Document], new: [Document], accepted: [Accepted] = []) {
        var newByName: [String: Document] = [:]
        for d in new { newByName[d.name] = d }
        let oldNames = Set(old.map(\.name))
        onlyNew = new.map(\.name).filter { !oldNames.contains($0) }
        for o in old {
            guard let n = newByName[o.name] else {
                onlyOld.append(o.name)
                continue
            }
            documents += 1
            items += o.items.count
            var newItems: [String: [Item]] = [:]
            for item in n.items { newItems[item.key, default: []].append(item) }
            // Items that share a key (a quotation's continuations share its cue) pair up identical
            // ones first, then in order.
            var used: [String: [Bool]] = newItems.mapValues { [Bool](repeating: false, count: $0.count) }
            var unmatched: [Item] = []
            for item in o.items {
                if let k = newItems[item.key]?.indices.first(where: { !used[item.key]![$0] && newItems[item.key]![$0] == item }) {
                    used[item.key]![k] = true
                } else {
                    unmatched.append(item)
                }
            }
            for item in unmatched {
                guard let k = newItems[item.key]?.indices.first(where: { !used[item.key]![$0] }) else {
                    differences.append(Difference(document: o.name, key: item.key, change: .removed))
                    continue
                }
                used[item.key]![k] = true
                let other = newItems[item.key]![k]
                var fields: [(String, String, String)] = []
                let names = item.fields.map(\.name) + other.fields.map(\.name).filter { f in !item.fields.contains { $0.name == f } }
                for name in names {
                    let a = item.fields.first { $0.name == name }?.value ?? "—"
                    let b = other.fields.first { $0.name == name }?.value ?? "—"
                    if a != b { fields.append((name, a, b)) }
                }
                differences.append(Difference(document: o.name, key: item.key, change: .changed(fields)))
            }
            for (key, flags) in used {
                for taken in flags where !taken {
                    differences.append(Difference(document: o.name, key: key, change: .added))
                }
            }
        }
        differences.sort { ($0.document, $0.key) < ($1.document, $1.key) }
        for i in differences.indices {
            let d = differences[i]
            if let a = accepted.first(where: { $0.document == d.document && ($0.key == "*" || $0.key == d.key) }) {
                differences[i].accepted = a.reason
            }
        }
    }
}
