import AttribCore
import AttribReports
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
    /// Every input error and warning, in the order met, for reports that list them (`check`).
    var problems: [InputProblem] = []
    /// JSON Lines ids met so far, with where (`file:line`): a repeated id is warned about.
    private var ids: [String: String] = [:]

    mutating func report(_ error: Error) {
        errorCount += 1
        Console.error("attrib: \(error)")
        problems.append(InputProblem(error))
    }

    /// A problem that does not stop the input (a repeated JSON Lines id): reported, not counted.
    mutating func warn(_ problem: InputProblem) {
        Console.error("attrib: \(problem)")
        problems.append(problem)
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
                var walk = FolderWalk()
                for file in walk.files(under: path) {
                    items.append(.file(file, format == .auto ? InputFormat.from(path: file)! : format))
                }
                for problem in walk.problems { report(problem) }
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
    /// Folders that cannot be listed are left out here; ``FolderWalk`` reports them.
    static func files(under dir: String) -> [String] {
        var walk = FolderWalk()
        return walk.files(under: dir)
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
        // Straight into the array: through `Data` a file was held twice while it was copied.
        let fd = handle.fileDescriptor
        var st = stat()
        var bytes: [UInt8] = []
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG {
            bytes.reserveCapacity(Int(st.st_size) + 1)
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CLIError.unreadable(path: path, reason: String(cString: strerror(errno)).lowercased())
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
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
            // A repeated id names the same document: the later record wins (in the database it
            // replaces the earlier one), so say so, with both places.
            let here = "\(name):\(lineNumber)"
            if let earlier = this.ids.updateValue(here, forKey: doc.name) {
                this.warn(InputProblem(file: name, line: lineNumber, severity: .warning,
                                       message: "id \"\(doc.name)\" repeats the record at \(earlier); the later record replaces it"))
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

/// Lists the files below a folder, and what stood in the way: folders that cannot be listed and
/// entries that cannot be looked at (a broken symbolic link named like a draft) are input errors,
/// so that a gate never checks fewer files than it was given in silence. A folder reached again
/// through a symbolic link (a loop, or a second way to the same folder) is not listed again;
/// folders reached through links are walked after the real ones, so a file keeps its own path.
struct FolderWalk {
    private(set) var problems: [CLIError] = []
    private var seen = Set<[UInt64]>()

    mutating func files(under dir: String) -> [String] {
        let fm = FileManager.default
        var out: [String] = []
        var stack = [dir]
        var linked: [String] = []
        while let d = stack.popLast() ?? linked.popLast() {
            var st = stat()
            if stat(d, &st) == 0 && !seen.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted { continue }
            let names: [String]
            do {
                names = try fm.contentsOfDirectory(atPath: d)
            } catch {
                problems.append(.unreadable(path: d, reason: "cannot list the folder: \(FolderWalk.reason(error, path: d))"))
                continue
            }
            // Reversed, so that folders come off the stacks in name order.
            for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).reversed() where !name.hasPrefix(".") {
                let p = d.hasSuffix("/") ? d + name : d + "/" + name
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: p, isDirectory: &isDir) else {
                    // Not even stat() works: a broken link, or a loop of links. Only a name attrib
                    // would read matters.
                    if InputFormat.from(path: p) != nil {
                        let link = (try? fm.destinationOfSymbolicLink(atPath: p)).map { "a symbolic link to \($0), which does not exist" }
                        problems.append(.unreadable(path: p, reason: link ?? "cannot look at it"))
                    }
                    continue
                }
                if isDir.boolValue {
                    var ls = stat()
                    if lstat(p, &ls) == 0 && (ls.st_mode & S_IFMT) == S_IFLNK { linked.append(p) } else { stack.append(p) }
                } else if InputFormat.from(path: p) != nil {
                    out.append(p)
                }
            }
        }
        return out.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func reason(_ error: Error, path: String) -> String {
        if access(path, R_OK | X_OK) != 0 { return String(cString: strerror(errno)).lowercased() }
        return (error as NSError).localizedDescription
    }
}


extension InputProblem {
    /// The problem an input error describes, with its file and position when it names them.
    init(_ error: Error) {
        switch error {
        case let e as AttribError:
            let where_ = e.location
            self.init(file: where_?.file, line: where_?.line ?? 0, column: where_?.column ?? 0, describing: e)
        case let e as CLIError:
            self.init(file: e.path, describing: e)
        default:
            self.init(file: nil, describing: error)
        }
    }
}
