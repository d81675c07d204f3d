import AttribCore
import Foundation

/// Where `attrib check` stands: the current folder, the configuration file and its folder, and
/// the repository root that SARIF, GitHub annotations and baselines are relative to.
struct CheckPaths {
    /// Absolute, standardized current folder.
    let cwd: String
    /// The configuration file as found or given, if any.
    let configFile: String?
    /// Folder that include/exclude globs and rule folders are relative to (the configuration's
    /// folder, else the current folder).
    let configFolder: String
    /// The nearest folder upwards from the current one that holds `.git`; else the configuration's
    /// folder; else the current folder.
    let root: String

    init(config explicit: String?) throws {
        let fm = FileManager.default
        let cwd = CheckPaths.standardize(fm.currentDirectoryPath)
        let file: String?
        if let explicit {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: explicit, isDirectory: &isDir) else { throw CLIError.noSuchPath(explicit) }
            if isDir.boolValue { throw CLIError.unreadable(path: explicit, reason: "a folder, not a configuration file") }
            file = explicit
        } else {
            file = CheckPaths.findUpwards(CheckConfiguration.fileName, from: cwd, directory: false)
                .map { CheckPaths.display($0, cwd: cwd) }
        }
        let folder = file.map { CheckPaths.parent(CheckPaths.absolute($0, cwd: cwd)) } ?? cwd
        self.cwd = cwd
        configFile = file
        configFolder = folder
        root = CheckPaths.findUpwards(".git", from: cwd, directory: nil).map(CheckPaths.parent) ?? folder
    }

    /// The configuration: the file's, or the defaults when there is none.
    func loadConfiguration() throws -> CheckConfiguration {
        guard let configFile else { return CheckConfiguration() }
        let text = String(decoding: try DocumentSource.readFile(configFile), as: UTF8.self)
        return try CheckConfiguration.parse(text, file: configFile)
    }

    /// Rule folders named in the configuration, resolved against its folder; each must exist.
    func ruleFolders(_ config: CheckConfiguration) throws -> [String] {
        try config.ruleFolders.map { folder in
            let path = CheckPaths.absolute(folder.path, cwd: configFolder)
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
                throw folder.error(file: configFile ?? CheckConfiguration.fileName, "'\(folder.path)' is not a folder (looked for \(path))")
            }
            return path
        }
    }

    /// Whether the configuration's include/exclude globs let a file through. Files outside the
    /// configuration's folder pass only when there are no include globs.
    func isIncluded(_ path: String, by config: CheckConfiguration) -> Bool {
        guard !config.include.isEmpty || !config.exclude.isEmpty else { return true }
        let abs = CheckPaths.absolute(path, cwd: cwd)
        guard let rel = CheckPaths.relative(abs, to: configFolder) else { return config.include.isEmpty }
        return config.includes(relativePath: rel)
    }

    /// A document's name as shown to people: relative to the current folder without `./`.
    func display(_ document: SourceDocument) -> String {
        document.isExternalID ? document.name : CheckPaths.display(document.name, cwd: cwd)
    }

    /// A document's path relative to the repository root (`/`-separated), or its absolute path
    /// when it lies outside; JSON Lines ids and `<stdin>` stay as they are.
    func rootRelative(_ document: SourceDocument) -> String {
        if document.isExternalID || document.name == "<stdin>" { return document.name }
        let abs = CheckPaths.absolute(document.name, cwd: cwd)
        return CheckPaths.relative(abs, to: root) ?? abs
    }

    // MARK: - Path helpers (pure string work; no symlink resolution, so paths stay as typed)

    static func display(_ path: String, cwd: String) -> String {
        if path.hasPrefix("/") { return relative(standardize(path), to: cwd) ?? path }
        var p = Substring(path)
        while p.hasPrefix("./") {
            p = p.dropFirst(2)
            while p.hasPrefix("/") { p = p.dropFirst() }
        }
        return p.isEmpty ? "." : String(p)
    }

    static func absolute(_ path: String, cwd: String) -> String {
        standardize(path.hasPrefix("/") ? path : cwd + "/" + path)
    }

    /// Collapses `//`, `.` and `..` segments.
    static func standardize(_ path: String) -> String {
        var out: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." { if !out.isEmpty { out.removeLast() }; continue }
            out.append(segment)
        }
        return "/" + out.joined(separator: "/")
    }

    /// `path` relative to `folder` when it lies inside it.
    static func relative(_ path: String, to folder: String) -> String? {
        if folder == "/" { return String(path.dropFirst()) }
        guard path.hasPrefix(folder + "/") else { return path == folder ? "." : nil }
        return String(path.dropFirst(folder.count + 1))
    }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    /// The first `name` in `start` or a folder above it. `directory`: nil for either kind.
    static func findUpwards(_ name: String, from start: String, directory: Bool?) -> String? {
        var dir = start
        while true {
            let candidate = dir == "/" ? "/" + name : dir + "/" + name
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDir),
               directory == nil || directory == isDir.boolValue {
                return candidate
            }
            if dir == "/" { return nil }
            dir = parent(dir)
        }
    }
}
