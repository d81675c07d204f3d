import AttribCore
import Foundation

/// Expands paths into documents, reads them and hands each to a callback. A bad input is reported
/// on standard error with its file (and line or byte offset) and the rest are still processed.
struct DocumentSource {
    let paths: [String]
    let format: InputFormat

    init(_ options: InputOptions) {
        paths = options.paths
        format = options.input
    }

    init(paths: [String], format: InputFormat) {
        self.paths = paths
        self.format = format
    }

    /// Input errors seen so far; the command exits 2 when there was any.
    var errorCount = 0

    private mutating func report(_ error: Error) {
        errorCount += 1
        Console.error("attrib: \(error)")
    }

    /// One readable input: a file path (with its format) or standard input.
    enum Item: Equatable {
        case file(String, InputFormat)
        case stdin(InputFormat)
    }

    /// Expands directories and checks paths; problems are reported and skipped.
    mutating func items() -> [Item] {
        var items: [Item] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                items.append(.stdin(format == .auto ? .text : format))
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                report(CLIError.noSuchPath(path))
                continue
            }
            if isDir.boolValue {
                for file in DocumentSource.files(under: path) {
                    items.append(.file(file, format == .auto ? InputFormat.from(path: file)! : format))
                }
            } else if format != .auto {
                items.append(.file(path, format))
            } else if let f = InputFormat.from(path: path) {
                items.append(.file(path, f))
            } else {
                // An unknown extension given explicitly is read as plain text.
                items.append(.file(path, .text))
            }
        }
        return items
    }

    /// Files with a known extension below `dir`, recursively, skipping hidden entries, sorted.
    static func files(under dir: String) -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        var stack = [dir]
        while let d = stack.popLast() {
            guard let names = try? fm.contentsOfDirectory(atPath: d) else { continue }
            for name in names where !name.hasPrefix(".") {
                let p = d.hasSuffix("/") ? d + name : d + "/" + name
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: p, isDirectory: &isDir) else { continue }
                if isDir.boolValue { stack.append(p) } else if InputFormat.from(path: p) != nil { out.append(p) }
            }
        }
        return out.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Reads every input and calls `body` with each document.
    mutating func forEach(_ body: (SourceDocument) throws -> Void) throws {
        for item in items() {
            switch item {
            case let .file(path, fmt):
                if fmt == .jsonl {
                    guard let handle = FileHandle(forReadingAtPath: path) else {
                        report(CLIError.unreadable(path: path, reason: "permission denied or not a regular file"))
                        continue
                    }
                    try streamLines(handle, name: path, body)
                    try? handle.close()
                    continue
                }
                let bytes: [UInt8]
                do {
                    bytes = try DocumentSource.readFile(path)
                } catch {
                    report(error)
                    continue
                }
                try guarded(body, SourceDocument(name: path, bytes: bytes, format: fmt))
            case let .stdin(fmt):
                if fmt == .jsonl {
                    try streamLines(FileHandle.standardInput, name: "<stdin>", body)
                } else {
                    let data = FileHandle.standardInput.readDataToEndOfFile()
                    try guarded(body, SourceDocument(name: "<stdin>", bytes: [UInt8](data), format: fmt))
                }
            }
        }
    }

    /// Runs `body`; an ``AttribError`` (bad input such as invalid UTF-8) is reported, not fatal.
    private mutating func guarded(_ body: (SourceDocument) throws -> Void, _ doc: SourceDocument) throws {
        do {
            try body(doc)
        } catch let error as AttribError {
            report(error)
        }
    }

    static func readFile(_ path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIError.unreadable(path: path, reason: FileManager.default.isReadableFile(atPath: path)
                                        ? "not a regular file" : "permission denied")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw CLIError.unreadable(path: path, reason: error.localizedDescription)
        }
    }

    /// Streams JSON Lines in fixed-size chunks so memory stays flat whatever the input size.
    private mutating func streamLines(_ handle: FileHandle, name: String, _ body: (SourceDocument) throws -> Void) throws {
        var pending: [UInt8] = []
        var lineNumber = 0
        func handleLine(_ line: ArraySlice<UInt8>, _ this: inout DocumentSource) throws {
            lineNumber += 1
            var l = line
            if l.last == 0x0D { l = l.dropLast() }
            if l.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
            let doc: SourceDocument
            do {
                doc = try JSONLinesRecord.parse(l, source: name, line: lineNumber)
            } catch {
                this.report(error)
                return
            }
            try this.guarded(body, doc)
        }
        while true {
            let chunk: Data
            do {
                chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            } catch {
                report(CLIError.unreadable(path: name, reason: error.localizedDescription))
                return
            }
            if chunk.isEmpty { break }
            // Only the new bytes can hold a line break: a line longer than a chunk must not be
            // rescanned from its start for every chunk (quadratic on a 100 MB record).
            var searchFrom = pending.count
            pending.append(contentsOf: chunk)
            var start = 0
            while let nl = pending[searchFrom...].firstIndex(of: 0x0A) {
                try handleLine(pending[start..<nl], &self)
                start = nl + 1
                searchFrom = start
            }
            pending.removeFirst(start)
        }
        if !pending.isEmpty { try handleLine(pending[...], &self) }
    }
}
