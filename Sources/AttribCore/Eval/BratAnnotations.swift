/// brat standoff annotations (the `.ann` beside a `.txt`), read against the text they annotate.
///
/// Lines: `T3<TAB>Cue 1932 1936<TAB>said` (an entity: label, then `start end` pairs separated by
/// `;` for a discontinuous span, in **Unicode code points**), `E1<TAB>Attribution:T4 Source:T1
/// Cue:T2 Content:T3` (an event: its type and trigger, then `Role:ID` arguments). `R`, `A`, `M`, `N`,
/// `*` and `#` lines are read past. Offsets are turned into UTF-8 byte spans here, so everything
/// downstream works in attrib's one span model.
///
/// An entity whose text holds a line break continues on the following lines of the file (brat
/// writes the text as it is); those lines are taken as its text. Any other line that is not
/// standoff is a ``Problem`` with its line number; the rest of the file is still read.
public struct BratAnnotations: Sendable {
    public struct Entity: Sendable, Equatable {
        public var id: String
        public var label: String
        /// UTF-8 byte spans into the text, in file order (one per fragment).
        public var spans: [Span]
        /// 1-based line in the `.ann` file.
        public var line: Int
    }

    public struct Argument: Sendable, Equatable {
        /// The role as written, without brat's numbering suffix (`Source2` → `Source`).
        public var role: String
        public var entity: String
    }

    public struct Event: Sendable, Equatable {
        public var id: String
        public var type: String
        public var trigger: String?
        public var arguments: [Argument]
        public var line: Int
    }

    /// A line that could not be used, and why (1-based line number).
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "\(line): \(reason)" }
    }

    public var entities: [String: Entity] = [:]
    /// Entity ids in file order.
    public var entityOrder: [String] = []
    public var events: [Event] = []
    public var problems: [Problem] = []

    public init() {}

    /// Parses `ann` (the `.ann` file's bytes) against `text` (the `.txt` file's bytes, unchanged).
    public static func parse(_ ann: [UInt8], text: [UInt8]) -> BratAnnotations {
        var result = BratAnnotations()
        let offsets = CodePointOffsets(text)
        let lines = splitLines(ann)
        var i = 0
        while i < lines.count {
            let number = i + 1
            let line = lines[i]
            i += 1
            guard let first = line.first else { continue }
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
            switch first {
            case "T":
                guard fields.count >= 2 else {
                    result.problems.append(Problem(line: number, reason: "an entity line needs an id, a label with offsets and a text, separated by tabs"))
                    continue
                }
                switch parseEntity(fields, line: number, offsets: offsets) {
                case .failure(let p):
                    result.problems.append(p)
                case .success(let (entity, expected)):
                    // A text written with its line breaks runs over as many more lines as it has breaks.
                    var written = fields.count > 2 ? fields[2] : ""
                    let breaks = expected.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
                    if breaks > 0 && normalised(written) != normalised(expected) {
                        let more = min(breaks, lines.count - i)
                        let longer = ([written] + lines[i..<(i + more)]).joined(separator: "\n")
                        if normalised(longer) == normalised(expected) {
                            written = longer
                            i += more
                        }
                    }
                    if fields.count > 2 && normalised(written) != normalised(expected) {
                        result.problems.append(Problem(line: number, reason: "the text \(quoted(written)) does not match the document at \(entity.label)'s offsets (\(quoted(expected)))"))
                        continue
                    }
                    if result.entities[entity.id] != nil {
                        result.problems.append(Problem(line: number, reason: "\(entity.id) is defined twice"))
                        continue
                    }
                    result.entities[entity.id] = entity
                    result.entityOrder.append(entity.id)
                }
            case "E":
                guard fields.count >= 2 else {
                    result.problems.append(Problem(line: number, reason: "an event line needs an id and Type:Trigger Role:ID arguments, separated by a tab"))
                    continue
                }
                let parts = fields[1].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                var event = Event(id: fields[0], type: "", trigger: nil, arguments: [], line: number)
                var bad: String?
                for (k, part) in parts.enumerated() {
                    guard let colon = part.firstIndex(of: ":"), colon != part.startIndex, part.index(after: colon) != part.endIndex else {
                        if k == 0 && !part.contains(":") { event.type = part; continue }  // a trigger-less type
                        bad = "\(quoted(part)) is not Role:ID"
                        break
                    }
                    let role = String(part[..<colon]), id = String(part[part.index(after: colon)...])
                    if k == 0 {
                        event.type = role
                        event.trigger = id
                    } else {
                        event.arguments.append(Argument(role: stripNumber(role), entity: id))
                    }
                }
                if let bad {
                    result.problems.append(Problem(line: number, reason: bad))
                    continue
                }
                result.events.append(event)
            case "R", "A", "M", "N", "*", "#":
                continue
            default:
                if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
                result.problems.append(Problem(line: number, reason: "not a brat standoff line (expected T, E, R, A, M, N, * or # first): \(quoted(line))"))
            }
        }
        // Events must refer to entities that exist.
        var kept: [Event] = []
        for e in result.events {
            let missing = ([e.trigger].compactMap { $0 } + e.arguments.map(\.entity))
                .filter { $0.hasPrefix("T") && result.entities[$0] == nil }
            if let id = missing.first {
                result.problems.append(Problem(line: e.line, reason: "\(e.id) refers to \(id), which is not a usable entity"))
            }
            kept.append(e)
        }
        result.events = kept
        return result
    }

    /// The spans of the entity `id`, or none.
    public func spans(of id: String) -> [Span] { entities[id]?.spans ?? [] }

    private static func parseEntity(_ fields: [String], line: Int, offsets: CodePointOffsets)
        -> Result<(Entity, String), Problem> {
        let head = fields[1]
        guard let space = head.firstIndex(of: " ") else {
            return .failure(Problem(line: line, reason: "\(fields[0]) has a label but no offsets"))
        }
        let label = String(head[..<space])
        var spans: [Span] = []
        var expected = ""
        for fragment in head[head.index(after: space)...].split(separator: ";", omittingEmptySubsequences: false) {
            let numbers = fragment.split(separator: " ", omittingEmptySubsequences: true)
            guard numbers.count == 2, let a = Int(numbers[0]), let b = Int(numbers[1]) else {
                return .failure(Problem(line: line, reason: "\(fields[0]): offsets \(quoted(String(fragment))) are not \"start end\""))
            }
            guard a >= 0, a <= b else {
                return .failure(Problem(line: line, reason: "\(fields[0]): start \(a) is after end \(b)"))
            }
            guard b <= offsets.count else {
                return .failure(Problem(line: line, reason: "\(fields[0]): end \(b) is past the end of the text (\(offsets.count) characters)"))
            }
            let span = Span(offsets.byte(a), offsets.byte(b))
            spans.append(span)
            if !expected.isEmpty { expected += " " }
            expected += offsets.text(span)
        }
        return .success((Entity(id: fields[0], label: label, spans: spans, line: line), expected))
    }

    /// Lines without their terminators (`\n`, `\r\n`).
    static func splitLines(_ bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            var end = i
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
            start = i + 1
        }
        if start < bytes.count {
            var end = bytes.count
            if bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(String(decoding: bytes[start..<end], as: UTF8.self))
        }
        return lines
    }

    /// Whitespace runs as one space: brat writes a fragment's line breaks and tabs as it likes.
    static func normalised(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func stripNumber(_ role: String) -> String {
        var r = Substring(role)
        while let last = r.last, last.isASCII, last.isNumber { r.removeLast() }
        return r.isEmpty ? role : String(r)
    }

    static func quoted(_ s: String) -> String {
        let short = s.count > 60 ? String(s.prefix(57)) + "…" : s
        return "\"" + short.replacingOccurrences(of: "\n", with: "\\n") + "\""
    }
}

/// Unicode code point offsets (brat's, Python's) against UTF-8 byte offsets (attrib's), both ways.
public struct CodePointOffsets: Sendable {
    /// The byte offset of each code point, and the text's length in bytes at the end.
    private let starts: [Int32]
    private let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        var s: [Int32] = []
        s.reserveCapacity(bytes.count + 1)
        for (i, b) in bytes.enumerated() where b & 0xC0 != 0x80 { s.append(Int32(i)) }
        s.append(Int32(bytes.count))
        starts = s
        self.bytes = bytes
    }

    /// The number of code points.
    public var count: Int { starts.count - 1 }

    /// The byte offset of code point `index` (0…count).
    public func byte(_ index: Int) -> Int { Int(starts[index]) }

    /// The code point index at or after byte `offset` (0…bytes).
    public func codePoint(_ offset: Int) -> Int {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(starts[mid]) < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func text(_ span: Span) -> String { String(decoding: bytes[span.start..<span.end], as: UTF8.self) }
}
