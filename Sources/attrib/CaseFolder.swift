import AttribCore
import Foundation

/// The marked cases of a folder (`corpus/cases`): every `*.yml` file in it, sorted by name. A file
/// that cannot be read or parsed is reported (file:line:column) and the others are still run.
struct CaseFolder {
    /// The folder `attrib rules test` runs when no `--cases` is given, if it exists.
    static let defaultPath = "corpus/cases"

    var path: String
    var files: [CaseFile] = []
    var errors: [String] = []

    init(path: String) {
        self.path = path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && !$0.hasPrefix(".") }.sorted()
        if names.isEmpty { errors.append("\(path): no case files (*.yml)") }
        for name in names {
            let file = path.hasSuffix("/") ? path + name : path + "/" + name
            do {
                let text = String(decoding: try DocumentSource.readFile(file), as: UTF8.self)
                files.append(try CaseFile.parse(text, file: file))
            } catch {
                errors.append("\(error)")
            }
        }
    }

    static func isDirectory(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }

    /// Runs every case against `rules`.
    func run(_ rules: RuleSet) -> CaseReport { CaseReport(files: files, runner: CaseRunner(rules: rules)) }
}
