import AttribCore
import Foundation
import Testing

extension MarkedCase: CustomTestStringConvertible {
    public var testDescription: String { "\(phenomenon):\(line) \(text.prefix(70))" }
}

/// Every marked case in `corpus/cases/*.yml`, each run as written and again after a multi-byte
/// prefix (``CaseRunner``): exactly its attributions, its known-wrong ones and nothing else, and
/// its findings when it lists them. A failure is reported at the case's line in its file.
@Suite("Marked cases (corpus/cases)")
struct MarkedCaseTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("corpus/cases")

    /// The case files, parsed, and the errors of those that could not be.
    static let loaded: (files: [CaseFile], errors: [String]) = {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yml") }.sorted()
        var files: [CaseFile] = []
        var errors: [String] = []
        for name in names {
            let path = folder.appendingPathComponent(name).path
            do {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                files.append(try CaseFile.parse(text, file: path))
            } catch {
                errors.append("\(error)")
            }
        }
        return (files, errors)
    }()

    static let cases: [MarkedCase] = loaded.files.flatMap(\.cases)
    static let runner = CaseRunner(rules: .builtIn)

    @Test func everyCaseFileParses() {
        #expect(Self.loaded.errors.isEmpty, "\(Self.loaded.errors.joined(separator: "\n"))")
        // The phenomena and the cases moved from the Swift tests; fewer means a file went missing.
        #expect(Self.loaded.files.count >= 25)
        #expect(Self.cases.count >= 1400)
    }

    @Test(arguments: cases)
    func caseHolds(_ c: MarkedCase) {
        let name = URL(fileURLWithPath: c.file).lastPathComponent
        let location = SourceLocation(fileID: "corpus/cases/\(name)", filePath: c.file, line: c.line, column: 1)
        for problem in Self.runner.check(c) {
            Issue.record("\(problem)\n    \(c.marked)", sourceLocation: location)
        }
    }
}
