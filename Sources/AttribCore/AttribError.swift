/// Every problem AttribCore reports to a user. The CLI maps these to exit code 2.
public enum AttribError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Input bytes are not UTF-8; `offset` is the first bad byte.
    case invalidUTF8(name: String, offset: Int)
    /// Input looks binary (it contains NUL bytes).
    case binaryInput(name: String)
    /// A document is larger than ``DocumentReader/maxDocumentBytes``.
    case documentTooLarge(name: String, size: Int)
    /// A JSON Lines record could not be used; `line` is 1-based.
    case malformedJSONLine(name: String, line: Int, reason: String)
    /// A rule, abbreviation, configuration or case file is wrong at a position (1-based; 0 when unknown).
    case invalidRuleFile(file: String, line: Int, column: Int, reason: String)
    /// A gold annotation file does not fit its document.
    case invalidGold(file: String, reason: String)
    /// A line of a brat standoff file could not be used (1-based line).
    case invalidAnnotation(file: String, line: Int, reason: String)
    /// A line of a JSON Lines gold file (pronoun antecedents, source kinds) could not be used, or does
    /// not fit its article (1-based line and column).
    case invalidGoldLine(file: String, line: Int, column: Int, reason: String)

    public var description: String {
        switch self {
        case let .invalidUTF8(name, offset):
            return "\(name): not valid UTF-8 (first bad byte at offset \(offset))"
        case let .binaryInput(name):
            return "\(name): looks like a binary file (contains NUL bytes); skipped"
        case let .documentTooLarge(name, size):
            return "\(name): \(size) bytes is more than one document may hold (\(DocumentReader.maxDocumentBytes) bytes); split it into smaller documents"
        case let .malformedJSONLine(name, line, reason):
            return "\(name):\(line): malformed JSON line: \(reason)"
        case let .invalidRuleFile(file, line, column, reason):
            return line > 0 ? "\(file):\(line):\(column): \(reason)" : "\(file): \(reason)"
        case let .invalidGold(file, reason):
            return "\(file): \(reason)"
        case let .invalidAnnotation(file, line, reason):
            return "\(file):\(line): \(reason)"
        case let .invalidGoldLine(file, line, column, reason):
            return "\(file):\(line):\(column): \(reason)"
        }
    }
}
