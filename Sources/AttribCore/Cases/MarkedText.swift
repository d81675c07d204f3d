/// A passage with its spans marked inline, as the case files of `corpus/cases` write it:
/// `«s:Two officials» «c:said» «t:the talks had stalled».`
///
/// A marker opens with `«`, a tag and a colon and closes with `»`; markers nest (a content may hold
/// another attribution's source and cue). A tag is one lower-case letter — `c` cue, `s` source,
/// `t` content, `r` reason for anonymity, any other letter a span a finding refers to (`f`, `q`) —
/// and, when a passage has several attributions, their numbers: `«c1:said»`, `«s2:she»`, and
/// `«s1,2:she»` for a span two attributions share. A `«` that does not open a marker and a `»` with
/// no marker open are text. Offsets are UTF-8 bytes of the plain text, half-open.
public struct MarkedText: Sendable, Equatable {
    public struct Marker: Sendable, Equatable {
        /// The letter: c, s, t, r, or the name of a finding span.
        public var letter: Character
        /// The attribution numbers; empty for an unnumbered marker.
        public var numbers: [Int]
        public var span: Span
        /// The tag as written, e.g. `c1,2`.
        public var tag: String { String(letter) + numbers.map(String.init).joined(separator: ",") }
    }

    /// A marker problem; `offset` counts Unicode scalars of the marked text from 0.
    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var offset: Int
        public var reason: String
        public var description: String { reason }
    }

    /// The passage without markers.
    public var text: String
    /// Markers in the order they open.
    public var markers: [Marker]

    /// Splits the markers out of `marked`.
    public init(parsing marked: String) throws(Problem) {
        let scalars = Array(marked.unicodeScalars)
        var out = String.UnicodeScalarView()
        var bytes = 0
        var open: [(index: Int, at: Int)] = []  // index into `markers`, scalar offset of the «
        var markers: [Marker] = []
        var i = 0
        while i < scalars.count {
            let ch = scalars[i]
            if ch == "«", let (letter, numbers, length) = MarkedText.tag(scalars, after: i) {
                markers.append(Marker(letter: letter, numbers: numbers, span: Span(bytes, bytes)))
                open.append((markers.count - 1, i))
                i += 1 + length
                continue
            }
            if ch == "»", let last = open.popLast() {
                markers[last.index].span = Span(markers[last.index].span.start, bytes)
                i += 1
                continue
            }
            out.append(ch)
            bytes += UTF8.width(ch)
            i += 1
        }
        if let unclosed = open.last {
            throw Problem(offset: unclosed.at, reason: "marker «\(markers[unclosed.index].tag): is never closed with »")
        }
        text = String(out)
        self.markers = markers
    }

    /// The tag after a `«` at `i`: a lower-case letter, optional numbers separated by commas, and a
    /// colon. Returns nil when the text there is not a tag (the `«` is then text).
    static func tag(_ s: [Unicode.Scalar], after i: Int) -> (Character, [Int], Int)? {
        var j = i + 1
        guard j < s.count, ("a"..."z").contains(s[j]) else { return nil }
        let letter = Character(s[j])
        j += 1
        var numbers: [Int] = []
        var digits = ""
        while j < s.count, s[j] != ":" {
            if ("0"..."9").contains(s[j]) {
                digits.unicodeScalars.append(s[j])
            } else if s[j] == ",", !digits.isEmpty {
                numbers.append(Int(digits) ?? 0)
                digits = ""
            } else {
                return nil
            }
            if digits.count > 3 { return nil }
            j += 1
        }
        guard j < s.count else { return nil }
        if !digits.isEmpty { numbers.append(Int(digits) ?? 0) } else if !numbers.isEmpty { return nil }
        return (letter, numbers, j - i)
    }
}
