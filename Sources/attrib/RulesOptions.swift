import ArgumentParser
import AttribCore
import Foundation

/// `--rules DIR`: a user rules folder that adds to (and overrides) the built-in rules.
struct RulesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "A folder of extra rule files that add to or override the built-in rules.",
        valueName: "dir"))
    var rules: [String] = []

    /// The built-in abbreviations plus any `abbreviations.yml` in the user folders.
    func abbreviations() throws -> Abbreviations {
        var a = Abbreviations.builtIn
        for dir in rules {
            let path = dir.hasSuffix("/") ? dir + "abbreviations.yml" : dir + "/abbreviations.yml"
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let text = String(decoding: try DocumentSource.readFile(path), as: UTF8.self)
            try a.load(yaml: text, file: path)
        }
        return a
    }

    func validate() throws {
        for dir in rules {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else {
                throw ValidationError("--rules \(dir): not a directory")
            }
        }
    }
}
