import ArgumentParser
import AttribCore
import Foundation

/// `--rules DIR`: user rule folders that add to (and override by id) the built-in rules.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A folder of extra rule files (*.yml) that add rules or override built-in ones by id. Repeatable.",
        valueName: "dir"))
    var rules: [String] = []

    func validate() throws {
        for dir in rules {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                throw ValidationError("--rules \(dir): not a directory")
            }
        }
    }

    /// The built-in rules plus every `*.yml` file in the user folders (sorted by name).
    func ruleSet(extraFolders: [String] = []) throws -> RuleSet {
        let folders = rules + extraFolders
        if folders.isEmpty { return RuleSet.builtIn }
        return try RuleSet.load(files: RulesOptions.builtInFiles() + RulesOptions.userFiles(in: folders))
    }

    func abbreviations() throws -> Abbreviations { try ruleSet().abbreviations }

    static func builtInFiles() -> [(name: String, text: String)] {
        EmbeddedRules.files.map { ("rules/" + $0.name, $0.text) }
    }

    static func userFiles(in folders: [String]) throws -> [(name: String, text: String)] {
        var files: [(String, String)] = []
        for dir in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
                let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
                files.append((path, String(decoding: try DocumentSource.readFile(path), as: UTF8.self)))
            }
        }
        return files
    }
}
