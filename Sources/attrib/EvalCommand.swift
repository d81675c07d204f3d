import ArgumentParser
import AttribCore
import Foundation

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score attrib against gold annotations (corpus/*.gold.json).",
        discussion: """
            For every NAME.gold.json in the folders, analyses the document it names and compares \
            sentences, cues, sources, contents, anonymity flags and findings; prints precision, \
            recall and F1 (exact and overlapping spans) and the precision of each confidence level.

            With --floors FILE (default: eval-floors.json in the first folder, when present), exits 1 \
            if any figure is below its floor. Exit codes: 0 ok; 1 below a floor; 2 usage or input error.
            """)

    @Argument(help: ArgumentHelp("Folders with gold annotation files.", valueName: "dir"))
    var folders: [String] = ["corpus"]

    @Option(name: .long, help: ArgumentHelp("A JSON file of minimum figures.", valueName: "file"))
    var floors: String?

    @Flag(name: .long, help: "Print each document's missed and spurious items.")
    var verbose = false

    @OptionGroup var rules: RulesOptions

    func run() throws {
        let analyzer = Analyzer(rules: try rules.ruleSet())
        var evaluation = Evaluation()
        var errors = 0
        for folder in folders {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".gold.json") }.sorted()
            if names.isEmpty {
                Console.error("attrib: \(folder): no *.gold.json files")
                errors += 1
            }
            for name in names {
                let goldPath = folder + "/" + name
                do {
                    let goldBytes = try DocumentSource.readFile(goldPath)
                    let docName = try EvalCommand.documentName(goldBytes, goldPath)
                    let docPath = folder + "/" + docName
                    let bytes = try DocumentSource.readFile(docPath)
                    let doc = SourceDocument(name: docPath, bytes: bytes, format: InputFormat.from(path: docPath) ?? .text)
                    let gold = try GoldDocument.parse(json: goldBytes, file: goldPath, documentBytes: bytes)
                    let analysis = try analyzer.analyze(document: doc)
                    var one = Evaluation()
                    one.add(analysis, gold: gold)
                    if verbose { Console.write("\(docPath): cue F1 \(JSONWriterFormat.pct(one.cueOverlap.f1)) source F1 \(JSONWriterFormat.pct(one.sourceOverlap.f1)) findings F1 \(JSONWriterFormat.pct(one.allFindings.f1))\n") }
                    evaluation.add(analysis, gold: gold)
                } catch {
                    Console.error("attrib: \(error)")
                    errors += 1
                }
            }
        }
        Console.write(evaluation.table())
        Console.flush()
        if errors > 0 { throw ExitCode(ExitStatus.inputError) }
        let floorsPath = floors ?? folders.first.map { $0 + "/eval-floors.json" }
        guard let floorsPath, FileManager.default.fileExists(atPath: floorsPath) else {
            if floors != nil { throw CLIError.noSuchPath(floors!) }
            return
        }
        let data = try DocumentSource.readFile(floorsPath)
        guard let table = try JSONSerialization.jsonObject(with: Data(data)) as? [String: Any] else {
            throw CLIError.unreadable(path: floorsPath, reason: "expected a JSON object of figure: minimum")
        }
        let values = table.compactMapValues { ($0 as? NSNumber)?.doubleValue }
        let below = EvalFloors.violations(evaluation, floors: values)
        for (name, value, floor) in below {
            Console.error("attrib: \(name) = \(JSONWriterFormat.pct(value))% is below its floor \(JSONWriterFormat.pct(floor))%")
        }
        if !below.isEmpty { throw ExitCode(ExitStatus.findings) }
        Console.write("all figures at or above the floors in \(floorsPath)\n")
        Console.flush()
    }

    static func documentName(_ gold: [UInt8], _ path: String) throws -> String {
        guard let root = try? JSONSerialization.jsonObject(with: Data(gold)) as? [String: Any],
              let doc = root["document"] as? String else {
            throw AttribError.invalidGold(file: path, reason: "missing \"document\"")
        }
        return doc
    }
}

enum JSONWriterFormat {
    static func pct(_ d: Double) -> String { String((d * 1000).rounded() / 10) }
}
