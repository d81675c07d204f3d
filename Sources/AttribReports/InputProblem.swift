import AttribCore

/// An input that could not be read (an error: the command exits 2) or was read with a caveat (a
/// warning, such as a repeated JSON Lines id), as reports list it next to the findings: a CI run
/// must not show green while an input was skipped.
public struct InputProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file or folder as given (a JSON Lines file for its records), or nil when the problem is
    /// the run's ("no files to check").
    public var file: String?
    /// The file relative to the repository root (SARIF, GitHub annotations), when known.
    public var uri: String?
    /// 1-based; 0 when not known.
    public var line: Int
    public var column: Int
    public var severity: Severity
    /// What is wrong, without the file and position.
    public var message: String

    public init(file: String?, uri: String? = nil, line: Int = 0, column: Int = 0, severity: Severity = .error, message: String) {
        self.file = file
        self.uri = uri
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: message`, as on standard error.
    public var description: String {
        guard let file else { return message }
        var prefix = file
        if line > 0 { prefix += ":\(line)" }
        if line > 0 && column > 0 { prefix += ":\(column)" }
        return "\(prefix): \(message)"
    }

    /// A problem from an error whose description starts with `file[:line[:column]]: `.
    public init(file: String?, line: Int = 0, column: Int = 0, severity: Severity = .error, describing error: Error) {
        var text = Substring("\(error)")
        if let file, text.hasPrefix(file + ":") {
            text = text.dropFirst(file.count + 1)
            for _ in 0..<2 {
                let digits = text.prefix { $0.isASCII && $0.isNumber }
                if !digits.isEmpty && text.dropFirst(digits.count).first == ":" { text = text.dropFirst(digits.count + 1) }
            }
            while text.first == " " { text = text.dropFirst() }
        }
        self.init(file: file, line: line, column: column, severity: severity, message: String(text))
    }

    /// The same problem with a reportable path and root-relative URI.
    public func located(file: String?, uri: String?) -> InputProblem {
        var p = self
        p.file = file
        p.uri = uri
        return p
    }
}
