import Yams

/// Strict, position-aware access to a YAML document: every error names file:line:column, and
/// unknown keys are errors (a misspelt key silently ignored is a rule that silently does nothing).
public struct YAMLReader: Sendable {
    public let file: String

    public init(file: String) { self.file = file }

    /// `resolveTypes: false` leaves every scalar a plain string (no regular expressions run per
    /// scalar to tell booleans and numbers apart): readers that convert scalars themselves, like the
    /// rule loader, start several times faster.
    public func parse(_ text: String, resolveTypes: Bool = true) throws -> Node {
        do {
            guard let node = try Yams.compose(yaml: text, resolveTypes ? .default : .basic) else {
                throw AttribError.invalidRuleFile(file: file, line: 1, column: 1, reason: "the file is empty")
            }
            return node
        } catch let error as YamlError {
            throw translate(error)
        }
    }

    private func translate(_ error: YamlError) -> AttribError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let what = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return .invalidRuleFile(file: file, line: mark.line, column: mark.column, reason: "YAML syntax error: \(what)")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .invalidRuleFile(file: file, line: context.mark.line, column: context.mark.column,
                                    reason: "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return .invalidRuleFile(file: file, line: 0, column: 0, reason: "YAML error: \(error)")
        }
    }

    public func error(_ node: Node?, _ reason: String) -> AttribError {
        let mark = node?.mark
        return .invalidRuleFile(file: file, line: mark?.line ?? 0, column: mark?.column ?? 0, reason: reason)
    }

    /// The entries of a mapping, in order; keys outside `allowed` are errors.
    public func mapping(_ node: Node, allowed: [String], what: String) throws -> [(key: String, keyNode: Node, value: Node)] {
        guard let map = node.mapping else { throw error(node, "\(what) must be a mapping") }
        var out: [(String, Node, Node)] = []
        for (k, v) in map {
            guard let key = k.scalar?.string else { throw error(k, "\(what): keys must be plain strings") }
            if !allowed.isEmpty && !allowed.contains(key) {
                throw error(k, "unknown key '\(key)' in \(what) (expected one of: \(allowed.joined(separator: ", ")))")
            }
            out.append((key, k, v))
        }
        return out
    }

    public func string(_ node: Node, _ what: String) throws -> String {
        guard let s = node.scalar?.string else { throw error(node, "\(what) must be a string") }
        return s
    }

    public func strings(_ node: Node, _ what: String) throws -> [String] {
        if node.scalar != nil { return [try string(node, what)] }
        guard let seq = node.sequence else { throw error(node, "\(what) must be a list of strings") }
        return try seq.map { try string($0, what) }
    }

    public func double(_ node: Node, _ what: String, in range: ClosedRange<Double> = -Double.infinity...Double.infinity) throws -> Double {
        guard let s = node.scalar?.string, let d = Double(s) else { throw error(node, "\(what) must be a number") }
        guard range.contains(d) else { throw error(node, "\(what) must be between \(range.lowerBound) and \(range.upperBound)") }
        return d
    }

    public func int(_ node: Node, _ what: String) throws -> Int {
        guard let s = node.scalar?.string, let i = Int(s) else { throw error(node, "\(what) must be a whole number") }
        return i
    }

    public func bool(_ node: Node, _ what: String) throws -> Bool {
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error(node, "\(what) must be true or false")
        }
    }

    /// Checks `version: 1`.
    public func checkVersion(_ node: Node, supported: Int = 1) throws {
        let v = try int(node, "version")
        if v != supported { throw error(node, "unsupported version \(v) (this attrib reads version \(supported))") }
    }
}
