import AttribCore
import AttribReports
import Foundation
import Testing

/// A hand-made analysis: `marked` is the document with each finding's span between « and »; the
/// n-th marked span gets `findings[n]`. Sentences come from the real readers and segmenter.
func analysis(_ marked: String, name: String = "drafts/story.md", format: InputFormat = .markdown,
              findings: [(rule: String, severity: Severity)] = [], attributions: [Attribution] = []) throws -> DocumentAnalysis {
    var bytes: [UInt8] = []
    var spans: [Span] = []
    var open: Int?
    for s in marked.unicodeScalars {
        if s == "«" { open = bytes.count; continue }
        if s == "»" { spans.append(Span(open!, bytes.count)); open = nil; continue }
        bytes += Array(String(s).utf8)
    }
    precondition(spans.count == findings.count, "\(spans.count) marked spans for \(findings.count) findings")
    let document = SourceDocument(name: name, bytes: bytes, format: format)
    let sentences = Segmenter(abbreviations: .builtIn).sentences(in: try DocumentReader.prose(for: document))
    let list = zip(spans, findings).map { span, f in
        Finding(rule: f.rule, severity: f.severity, message: "message for \(f.rule)", span: span,
                sentence: sentences.firstIndex { $0.span.contains(span.start) }, confidence: 0.9)
    }
    return DocumentAnalysis(document: document, sentences: sentences, attributions: attributions, findings: list)
}

/// The test sources' folder, and paths in it.
let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let goldenFolder = testsFolder.appendingPathComponent("Golden")
let fixturesFolder = testsFolder.appendingPathComponent("Fixtures")

/// Compares `actual` with `Golden/<name>`; with `ATTRIB_RECORD=1` in the environment, writes it instead.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = goldenFolder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["ATTRIB_RECORD"] == "1" {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("missing golden file \(name); run with ATTRIB_RECORD=1 to create it", sourceLocation: sourceLocation)
        return
    }
    #expect(actual == expected, "output differs from Golden/\(name)", sourceLocation: sourceLocation)
}

/// The text of an AttribError thrown by `body`, or nil.
func errorText(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch {
        return "\(error)"
    }
}
