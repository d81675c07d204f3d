// Fuzz target: the whole analysis (reader, segmenter, rule engine, findings) with the built-in
// rules, checking every span it reports.

@testable import AttribFuzz

let fuzzAnalyzer = Analyzer(rules: .builtIn)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnalysis(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let document = fuzzDocument(data, size) else { return 0 }
    guard let analysis = try? fuzzAnalyzer.analyze(document: document) else { return 0 }
    if let prose = try? DocumentReader.prose(for: document) { checkSentences(analysis.sentences, prose, document) }
    checkAnalysis(analysis)
    return 0
}
