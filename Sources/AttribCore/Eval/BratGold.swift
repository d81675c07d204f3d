/// The label names that mark the three roles in brat gold (`--labels source=…,cue=…,content=…`).
public struct BratLabels: Sendable, Equatable {
    public var source = "Source"
    public var cue = "Cue"
    public var content = "Content"

    public init() {}

    public init(source: String, cue: String, content: String) {
        self.source = source
        self.cue = cue
        self.content = content
    }

    /// Reads `role=Label` pairs separated by commas; roles left out keep their default label.
    public static func parse(_ text: String) -> Result<BratLabels, LabelError> {
        var labels = BratLabels()
        for pair in text.split(separator: ",", omittingEmptySubsequences: true) {
            let kv = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
            guard kv.count == 2, !kv[1].isEmpty else { return .failure(LabelError(text: String(pair))) }
            switch kv[0].lowercased() {
            case "source": labels.source = kv[1]
            case "cue": labels.cue = kv[1]
            case "content": labels.content = kv[1]
            default: return .failure(LabelError(text: String(pair)))
            }
        }
        return .success(labels)
    }

    public struct LabelError: Error, CustomStringConvertible {
        public var text: String
        public var description: String {
            "'\(text)' is not role=Label (roles: source, cue, content; e.g. source=Source,cue=Cue,content=Content)"
        }
    }

    func role(ofLabel label: String) -> AttributionRole? {
        label == cue ? .cue : label == source ? .source : label == content ? .content : nil
    }
}

/// The roles of an attribution that the evaluation scores.
public enum AttributionRole: String, CaseIterable, Sendable {
    case cue, source, content
}

/// Gold attributions from brat standoff: one per event that has a cue, source or content argument.
/// Events with none of the three (an empty event left by an annotation tool) are not attributions.
public struct BratGold: Sendable {
    public struct Attribution: Sendable, Equatable {
        public var cue: [Span] = []
        public var source: [Span] = []
        public var content: [Span] = []
        /// The event's line in the `.ann` file.
        public var line: Int

        public subscript(role: AttributionRole) -> [Span] {
            switch role {
            case .cue: return cue
            case .source: return source
            case .content: return content
            }
        }
    }

    public var attributions: [Attribution] = []
    /// Every span labelled with a role, each fragment of a discontinuous span on its own.
    public var spans: [AttributionRole: [Span]] = [:]

    public init(_ ann: BratAnnotations, labels: BratLabels = BratLabels()) {
        for id in ann.entityOrder {
            guard let e = ann.entities[id], let role = labels.role(ofLabel: e.label) else { continue }
            spans[role, default: []].append(contentsOf: e.spans)
        }
        for event in ann.events {
            var a = Attribution(line: event.line)
            for arg in event.arguments {
                guard let entity = ann.entities[arg.entity] else { continue }
                // The argument's role names its part; an entity with a role's label counts too.
                guard let role = labels.role(ofLabel: arg.role) ?? labels.role(ofLabel: entity.label) else { continue }
                switch role {
                case .cue: a.cue += entity.spans
                case .source: a.source += entity.spans
                case .content: a.content += entity.spans
                }
            }
            if a.cue.isEmpty && a.source.isEmpty && a.content.isEmpty { continue }
            a.cue.sort()
            a.source.sort()
            a.content.sort()
            attributions.append(a)
        }
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
