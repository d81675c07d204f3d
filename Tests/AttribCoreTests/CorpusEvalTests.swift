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

    @Test func tableShowsWholeRuleIDsInOneColumn() {
        var e = Evaluation()
        let long = "anonymous-source.boilerplate-reason-with-a-longer-suffix"
        func prf(_ tp: Int, _ predicted: Int, _ gold: Int) -> PRF {
            var r = PRF()
            (r.truePositives, r.predicted, r.gold) = (tp, predicted, gold)
            return r
        }
        e.findings[long] = prf(1, 1, 2)
        e.findings["verb.loaded"] = prf(3, 4, 3)
        let lines = e.table().split(separator: "\n").map(String.init)
        let row = lines.first { $0.hasPrefix("  " + long + " ") }
        #expect(row != nil, "the rule id is cut short:\n\(e.table())")
        // Every figure row starts its numbers in the same column as the header's "P".
        let header = lines.first { $0.hasPrefix("findings ") } ?? ""
        let loaded = lines.first { $0.hasPrefix("  verb.loaded ") } ?? ""
        let p = header.distance(from: header.startIndex, to: header.firstIndex(of: "P") ?? header.endIndex)
        #expect(row.map { $0.dropFirst(p - 4).hasPrefix(" 100.0") } == true)
        #expect(loaded.dropFirst(p - 4).hasPrefix("  75.0"))
    }

    @Test func highConfidenceTagsArePrecise() throws {
        let e = try Self.evaluate()
        let high = try #require(e.calibration[.high])
        #expect(high.predicted > 50)
        #expect(high.precision >= 0.95, "high-confidence precision \(high.precision)")
    }
}
