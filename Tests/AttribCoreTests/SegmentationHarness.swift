import AttribCore
import Testing

/// Inline-marked segmentation cases: `⏐` marks each boundary between expected sentences, and
/// `⟪…⟫` wraps markup that belongs to no sentence (a Markdown heading marker, an HTML tag between
/// sentences); it is kept in the input but cut out of the expected spans.
/// The harness removes the markers, segments the text, and checks every sentence's exact span;
/// then re-runs the case after a multi-byte prefix paragraph to prove the offsets.
struct SegmentationCase: CustomTestStringConvertible, Sendable {
    let marked: String
    let format: InputFormat
    let note: String

    init(_ marked: String, format: InputFormat = .text, _ note: String = "") {
        self.marked = marked
        self.format = format
        self.note = note
    }

    var testDescription: String { note.isEmpty ? String(marked.prefix(60)) : note }

    static let marker: Character = "⏐"
    static let markupOpen: Character = "⟪"
    static let markupClose: Character = "⟫"

    /// The input without markers, and the expected sentence spans (trimmed of whitespace,
    /// including Unicode spaces such as U+00A0, as the segmenter trims them).
    func expected() -> (text: String, spans: [Span]) {
        var text = ""
        var pieces: [Range<Int>] = []
        var pieceStart: Int? = 0
        for ch in marked {
            let here = text.utf8.count
            switch ch {
            case SegmentationCase.marker:
                if let s = pieceStart { pieces.append(s..<here) }
                pieceStart = here
            case SegmentationCase.markupOpen:
                if let s = pieceStart { pieces.append(s..<here) }
                pieceStart = nil
            case SegmentationCase.markupClose:
                pieceStart = here
            default:
                text.append(ch)
            }
        }
        if let s = pieceStart { pieces.append(s..<text.utf8.count) }
        let bytes = Array(text.utf8)
        var spans: [Span] = []
        for piece in pieces {
            let scalars = String(decoding: bytes[piece], as: UTF8.self).unicodeScalars
            let lead = scalars.prefix(while: \.properties.isWhitespace)
            let trail = scalars.reversed().prefix(while: \.properties.isWhitespace)
            let s = piece.lowerBound + lead.reduce(0) { $0 + $1.utf8.count }
            let e = max(s, piece.upperBound - trail.reduce(0) { $0 + $1.utf8.count })
            if s < e { spans.append(Span(s, e)) }
        }
        return (text, spans)
    }
}

enum SegmentationCheck {
    static let segmenter = Segmenter(abbreviations: .builtIn)

    static func sentences(_ text: String, format: InputFormat) throws -> [Span] {
        let doc = SourceDocument(name: "case", bytes: Array(text.utf8), format: format)
        return segmenter.sentences(in: try DocumentReader.prose(for: doc)).map(\.span)
    }

    static func show(_ text: String, _ spans: [Span]) -> String {
        let b = Array(text.utf8)
        return spans.map { "[" + String(decoding: b[$0.start..<$0.end], as: UTF8.self) + "]" }.joined(separator: "\n")
    }

    /// Checks a case as written and after a multi-byte prefix paragraph.
    static func check(_ c: SegmentationCase, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let (text, expected) = c.expected()
        let got = try sentences(text, format: c.format)
        #expect(got == expected, "\n--- expected\n\(show(text, expected))\n--- got\n\(show(text, got))", sourceLocation: sourceLocation)

        for prefix in ["🗞️📰 東京の記者\n\n", "Ünïcødé — 中文 ✅\n\n"] {
            let shifted = prefix + text
            let delta = prefix.utf8.count
            let got2 = try sentences(shifted, format: c.format)
            let expected2 = [Span(0, delta - 2)] + expected.map { $0.shifted(by: delta) }
            #expect(got2 == expected2, "with prefix \(prefix.debugDescription)\n\(show(shifted, got2))", sourceLocation: sourceLocation)
        }
    }
}
