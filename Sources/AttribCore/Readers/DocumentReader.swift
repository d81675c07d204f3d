/// Turns a document's bytes into the prose the segmenter reads, by format.
public enum DocumentReader {
    /// Validates the bytes and masks markup. Throws ``AttribError`` for binary or non-UTF-8 input.
    /// The largest document attrib reads: the readers' offset maps hold 32-bit offsets, so a larger
    /// one would get wrong positions instead of an error.
    public static let maxDocumentBytes = Int(Int32.max)

    /// Refuses a document too large to be read with exact offsets.
    public static func checkSize(_ size: Int, name: String) throws {
        if size > maxDocumentBytes { throw AttribError.documentTooLarge(name: name, size: size) }
    }

    public static func prose(for document: SourceDocument) throws -> ProseText {
        try checkSize(document.bytes.count, name: document.name)
        let (invalidAt, hasNUL) = UTF8Validation.check(document.bytes)
        if hasNUL { throw AttribError.binaryInput(name: document.name) }
        if let invalidAt {
            let (line, column) = UTF8Validation.position(of: invalidAt, in: document.bytes)
            throw AttribError.invalidUTF8(name: document.name, offset: invalidAt, line: line, column: column,
                                          byte: document.bytes[invalidAt])
        }
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
