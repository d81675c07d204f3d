import AttribCore
import AttribReports
import Foundation

/// `attrib analyze --format brat --output-dir DIR`: a brat collection of NAME.txt (the document's
/// bytes as read, which the offsets count in) and NAME.ann per document, with annotation.conf.
final class BratOutputFolder {
    let folder: String
    private var used: [String: Int] = [:]

    init(_ folder: String) throws {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIError.writeFailed(path: folder, reason: error.localizedDescription)
        }
        try write(Array(BratWriter.annotationConf.utf8), to: path("annotation.conf"))
    }

    /// A document's file name without extension: the JSON Lines id, the file's base name, or
    /// "stdin"; characters a file name cannot hold become "_".
    static func name(of document: SourceDocument) -> String {
        let raw: String
        if document.isExternalID {
            raw = document.name
        } else if document.name == "<stdin>" {
            raw = "stdin"
        } else {
            let base = (document.name as NSString).lastPathComponent
            raw = (base as NSString).deletingPathExtension
        }
        let safe = String(raw.map { $0 == "/" || $0 == "\\" || $0 == "\0" || $0.isNewline ? "_" : $0 })
        return safe.isEmpty || safe.hasPrefix(".") ? "_" + safe : safe
    }

    /// Writes NAME.txt and NAME.ann; a name already written in this run gets "-2", "-3", ….
    func write(_ document: SourceDocument, ann: [UInt8]) throws {
        var name = BratOutputFolder.name(of: document)
        let n = (used[name] ?? 0) + 1
        used[name] = n
        if n > 1 {
            name += "-\(n)"
            used[name, default: 0] += 1
        }
        try write(document.bytes, to: path(name + ".txt"))
        try write(ann, to: path(name + ".ann"))
    }

    private func path(_ file: String) -> String { folder.hasSuffix("/") ? folder + file : folder + "/" + file }

    private func write(_ bytes: [UInt8], to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw CLIError.writeFailed(path: path, reason: "cannot create the file")
        }
    }
}
