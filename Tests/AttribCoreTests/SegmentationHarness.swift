import AttribCore
import Testing

/// Inline-marked segmentation cases: `⏐` marks each boundary between expected sentences.
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

    /// The input without markers, and the expected sentence spans (trimmed of whitespace).
    func expected() -> (text: String, spans: [Span]) {
        var text = ""
        var cuts: [Int] = [0]
        for ch in marked {
            if ch == SegmentationCase.marker { cuts.append(text.utf8.count) } else { text.append(ch) }
        }
        let bytes = Array(text.utf8)
        cuts.append(bytes.count)
        var spans: [Span] = []
        for k in 0..<(cuts.count - 1) {
            var s = cuts[k]
            var e = cuts[k + 1]
            while s < e && isSpace(bytes[s]) { s += 1 }
            while e > s && isSpace(bytes[e - 1]) { e -= 1 }
            if s < e { spans.append(Span(s, e)) }
        }
        return (text, spans)
    }

    private func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }
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
