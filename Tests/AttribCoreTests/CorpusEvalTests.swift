import AttribCore
import Foundation
import Testing

/// The annotated corpus keeps the engine honest: every figure must stay at or above its floor in
/// corpus/eval-floors.json (raise the floors as the engine improves).
@Suite("Corpus evaluation")
struct CorpusEvalTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("corpus")

    static func evaluate() throws -> Evaluation {
        let analyzer = Analyzer(rules: .builtIn)
        var e = Evaluation()
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        for name in names {
            let goldBytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(name)))
            let root = try #require(try JSONSerialization.jsonObject(with: Data(goldBytes)) as? [String: Any])
            let docName = try #require(root["document"] as? String)
            let bytes = [UInt8](try Data(contentsOf: corpus.appendingPathComponent(docName)))
            let doc = SourceDocument(name: docName, bytes: bytes, format: InputFormat.from(path: docName) ?? .text)
            let gold = try GoldDocument.parse(json: goldBytes, file: name, documentBytes: bytes)
            e.add(try analyzer.analyze(document: doc), gold: gold)
        }
        return e
    }

    @Test func corpusHasEnoughOriginalArticles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
        let gold = names.filter { $0.hasSuffix(".gold.json") }
        #expect(gold.count >= 25)
    }

    @Test func figuresStayAboveFloors() throws {
        let e = try Self.evaluate()
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent("eval-floors.json"))
        let floors = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Double])
        #expect(floors.count >= 10)
        for (name, value, floor) in EvalFloors.violations(e, floors: floors) {
            Issue.record("\(name) = \(value) fell below its floor \(floor)")
        }
    }

    @Test func highConfidenceTagsArePrecise() throws {
        let e = try Self.evaluate()
        let high = try #require(e.calibration[.high])
        #expect(high.predicted > 50)
        #expect(high.precision >= 0.95, "high-confidence precision \(high.precision)")
    }
}
