import AttribCore
import AttribReports
import Foundation
import Testing

/// Large documents are written out as their output is made (`segment` and `analyze` stream a
/// document from 4 MB up, so its output is never held whole): the pieces must add up to exactly
/// what the one-piece renderers write.
@Suite("Streamed output")
struct StreamedOutputTests {
    static let texts = [
        "Officials said the port would close.\r\nCritics said\tit was\n\nlate. 🦊 “We will win,” she said.\n",
        "据报道。Ms. Ana Ortiz said the \"plan\" was \\ sound.\n\n" + String(repeating: "“We will win,” she said. ", count: 60_000),
    ]

    @Test func segmentPiecesEqualTheWholeOutput() {
        let analyzer = Analyzer(rules: .builtIn)
        for (k, text) in Self.texts.enumerated() {
            for external in [false, true] {
                let doc = SourceDocument(name: "story \(k).txt", bytes: Array(text.utf8), format: .text, isExternalID: external)
                let sentences = analyzer.segmenter.sentences(in: try! DocumentReader.prose(for: doc))
                let lines = LineIndex(doc.bytes)
                let rows = sentences.map { SentenceRow($0, in: doc, lines: lines) }
                var pieces: [[UInt8]] = []
                SegmentReport.stream(doc, sentences: sentences, lines: lines, json: false) { pieces.append($0) }
                #expect(pieces.flatMap { $0 } == Array(SegmentReport.text(name: doc.name, rows: rows).utf8))
                var w = JSONWriter()
                SegmentReport.writeDocument(&w, name: doc.name, isExternalID: external, rows: rows)
                pieces = []
                SegmentReport.stream(doc, sentences: sentences, lines: lines, json: true) { pieces.append($0) }
                #expect(pieces.flatMap { $0 } == w.bytes)
                if k == 1 { #expect(pieces.count > 1, "a long document comes in more than one piece") }
            }
        }
    }

    @Test func analysisPiecesEqualTheWholeOutput() {
        let analyzer = Analyzer(rules: .builtIn)
        for text in Self.texts {
            let a = analyzer.analyze(text: text)
            var whole = JSONWriter()
            AnalysisJSON.write(&whole, a)
            var pieces: [[UInt8]] = []
            var w = JSONWriter()
            AnalysisJSON.write(&w, a) { pieces.append($0) }
            pieces.append(w.take())
            #expect(pieces.flatMap { $0 } == whole.bytes)
            #expect(w.bytes.isEmpty)
        }
    }
}
