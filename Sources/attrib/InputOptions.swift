import ArgumentParser
import AttribCore

extension InputFormat: ExpressibleByArgument {}

/// Where documents come from; shared by every command that reads articles.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files or directories to read, or - for standard input.",
        discussion: "Directories are searched recursively, in sorted order, for text (.txt), Markdown (.md, .markdown), HTML (.html, .htm) and JSON Lines (.jsonl, .ndjson) files; hidden files are skipped.",
        valueName: "path"))
    var paths: [String] = []

    @Option(name: .long, help: ArgumentHelp(
        "Input format: auto (from the file extension), text, markdown, html or jsonl.",
        discussion: "JSON Lines input has one object per line with \"id\" and \"text\" (and optional \"title\", \"url\", \"published\").",
        valueName: "format"))
    var input: InputFormat = .auto

    func validate() throws {
        if paths.isEmpty {
            throw ValidationError("No input given. Name files or directories, or - to read standard input.")
        }
    }
}
