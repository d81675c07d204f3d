import Foundation

/// File permissions do not stop root, and tests often run as root (containers, CI). To test what
/// an unreadable folder or a read-only archive does, such tests run the command as `nobody`
/// through `setpriv` when they are root, directly when they are not, and are skipped when neither
/// works.
public enum Unprivileged {
    /// The command prefix that drops root (empty when not root), or nil when root cannot drop it.
    public static let prefix: [String]? = {
        if getuid() != 0 { return [] }
        for path in ["/usr/bin/setpriv", "/bin/setpriv"] where FileManager.default.isExecutableFile(atPath: path) {
            return [path, "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        return nil
    }()

    /// Whether permission tests can run here.
    public static var available: Bool { prefix != nil }

    /// The executable and arguments that run `binary arguments` without root's powers.
    public static func command(_ binary: URL, _ arguments: [String]) -> (URL, [String])? {
        guard let prefix else { return nil }
        if prefix.isEmpty { return (binary, arguments) }
        return (URL(fileURLWithPath: prefix[0]), Array(prefix.dropFirst()) + [binary.path] + arguments)
    }
}
