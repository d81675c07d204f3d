/// Problems the command line itself reports (AttribCore's are ``AttribError``).
enum CLIError: Error, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case noSuchPath(String)
    case unknownExtension(String)
    case writeFailed(path: String, reason: String)

    var description: String {
        switch self {
        case let .unreadable(path, reason): return "\(path): cannot read: \(reason)"
        case let .noSuchPath(path): return "\(path): no such file or directory"
        case let .unknownExtension(path):
            return "\(path): unknown file type; name the format with --input text|markdown|html|jsonl"
        case let .writeFailed(path, reason): return "\(path): cannot write: \(reason)"
        }
    }
}

extension CLIError {
    /// The path the error is about.
    var path: String {
        switch self {
        case let .unreadable(path, _), let .writeFailed(path, _): return path
        case let .noSuchPath(path), let .unknownExtension(path): return path
        }
    }
}

