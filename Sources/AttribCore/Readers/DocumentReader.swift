/// Turns a document's bytes into the prose the segmenter reads, by format.
public enum DocumentReader {
    /// Validates the bytes and masks markup. Throws ``AttribError`` for binary or non-UTF-8 input.
    public static func prose(for document: SourceDocument) throws -> ProseText {
        let (invalidAt, hasNUL) = UTF8Validation.check(document.bytes)
        if hasNUL { throw AttribError.binaryInput(name: document.name) }
        if let invalidAt { throw AttribError.invalidUTF8(name: document.name, offset: invalidAt) }
        switch document.format {
        case .markdown: return MarkdownReader.read(document.bytes)
        case .html: return HTMLReader.read(document.bytes)
        case .text, .auto, .jsonl: return PlainTextReader.read(document.bytes)
        }
    }
}

enum PlainTextReader {
    static func read(_ bytes: [UInt8]) -> ProseText {
        var b = bytes
        // A BOM is not prose; mask it in place so offsets stay into the original bytes.
        if b.starts(with: [0xEF, 0xBB, 0xBF]) { b[0] = 0x20; b[1] = 0x20; b[2] = 0x20 }
        return ProseText(bytes: b, lineBreaks: .heuristic)
    }
}
