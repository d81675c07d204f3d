// Fuzz target: the sentence segmenter on plain text, with the heuristic line breaks plain text
// uses and with the soft ones of Markdown and HTML (breaks taken from the input's line breaks).

@testable import AttribFuzz

let plainSegmenter = Segmenter(abbreviations: .builtIn)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSegmenter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let document = SourceDocument(name: "fuzz", bytes: bytes, format: .text)
    guard (try? DocumentReader.prose(for: document)) != nil else { return 0 }  // not UTF-8: refused upstream
    var prose = ProseText(bytes: bytes, lineBreaks: data[0] & 1 == 0 ? .heuristic : .soft)
    if data[0] & 2 != 0 {
        // Block breaks at every blank line, as the Markdown reader would give.
        var breaks: [Int] = []
        for i in bytes.indices where bytes[i] == 0x0A && i + 1 < bytes.count && bytes[i + 1] == 0x0A { breaks.append(i + 1) }
        prose.breaks = breaks
    }
    checkSentences(plainSegmenter.sentences(in: prose), prose, document)
    return 0
}
