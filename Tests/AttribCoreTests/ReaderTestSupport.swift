import AttribCore
import Testing

/// A sentence as a reader test sees it: its original text and where it starts.
struct Located: Equatable, CustomStringConvertible {
    var text: String
    var line: Int
    var column: Int

    init(_ text: String, _ line: Int, _ column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }

    var description: String { "\(line):\(column) \(text.debugDescription)" }
}

enum ReaderCheck {
    static let segmenter = Segmenter(abbreviations: .builtIn)

    /// The UTF-8 offset of the first occurrence of `needle` in `text`.
    static func byteOffset(of needle: String, in text: String) -> Int? {
        let hay = Array(text.utf8), pin = Array(needle.utf8)
        guard !pin.isEmpty, hay.count >= pin.count else { return nil }
        return (0...(hay.count - pin.count)).first { Array(hay[$0..<($0 + pin.count)]) == pin }
    }

    /// The span of the first `needle` in `text`.
    static func span(of needle: String, in text: String) -> Span? {
        byteOffset(of: needle, in: text).map { Span($0, $0 + needle.utf8.count) }
    }

    static func document(_ text: String, _ format: InputFormat) -> SourceDocument {
        SourceDocument(name: "test", bytes: Array(text.utf8), format: format)
    }

    static func document(_ bytes: [UInt8], _ format: InputFormat) -> SourceDocument {
        SourceDocument(name: "test", bytes: bytes, format: format)
    }

    /// Sentences of a document with their original text, line and column.
    static func sentences(_ doc: SourceDocument) throws -> [Located] {
        let prose = try DocumentReader.prose(for: doc)
        let lines = LineIndex(doc.bytes)
        return segmenter.sentences(in: prose).map { s in
            let loc = lines.location(of: s.span.start)
            return Located(doc.text(s.span), loc.line, loc.column)
        }
    }

    static func sentences(_ text: String, _ format: InputFormat) throws -> [Located] {
        try sentences(document(text, format))
    }

    /// The 1-based line and column of the first occurrence of `needle`, computed without LineIndex
    /// (by splitting on CRLF, CR and LF and counting scalars), to cross-check it.
    static func expectedLocation(of needle: String, in text: String) -> (line: Int, column: Int)? {
        var line = 1
        var column = 1
        let scalars = Array(text.unicodeScalars)
        let target = Array(needle.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if Array(scalars[i..<min(scalars.count, i + target.count)]) == target { return (line, column) }
            if scalars[i] == "\r" {
                if i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
                line += 1
                column = 1
            } else if scalars[i] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            i += 1
        }
        return nil
    }
}
