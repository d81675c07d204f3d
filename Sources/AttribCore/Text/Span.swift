/// A half-open range of UTF-8 byte offsets into a document's original bytes.
///
/// Every position attrib reports is a `Span`; line and column are derived only at the edges
/// through ``LineIndex``, so no component ever has to agree with another about columns.
public struct Span: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "Span start \(start) is after end \(end)")
        self.start = start
        self.end = end
    }

    public init(start: Int, end: Int) { self.init(start, end) }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func contains(_ other: Span) -> Bool { other.start >= start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span { Span(min(start, other.start), max(end, other.end)) }

    public func shifted(by delta: Int) -> Span { Span(start + delta, end + delta) }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public var description: String { "\(start)..<\(end)" }
}
