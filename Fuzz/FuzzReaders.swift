// Fuzz target: the readers (plain text, Markdown, HTML, and a JSON Lines record), then the
// segmenter over what they read. See docs/robustness.md.

@testable import AttribFuzz

let readerSegmenter = Segmenter(abbreviations: .builtIn)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let document = fuzzDocument(data, size) else { return 0 }
    if data[0] & 3 == 3 {
        // The last format byte reads the input as one JSON Lines record.
        guard let record = try? JSONLinesRecord.parse(document.bytes, source: "fuzz", line: 1) else { return 0 }
        guard let prose = try? DocumentReader.prose(for: record) else { return 0 }
        checkProse(prose, record)
        checkSentences(readerSegmenter.sentences(in: prose), prose, record)
        return 0
    }
    guard let prose = try? DocumentReader.prose(for: document) else { return 0 }
    checkProse(prose, document)
    checkSentences(readerSegmenter.sentences(in: prose), prose, document)
    return 0
}
