/// Every problem AttribCore reports to a user. The CLI maps these to exit code 2.
public enum AttribError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Input bytes are not UTF-8: the first bad byte, its offset, and its 1-based line and
    /// column (characters before it on its line, plus one).
    case invalidUTF8(name: String, offset: Int, line: Int, column: Int, byte: UInt8)
    /// Input looks binary (it contains NUL bytes).
    case binaryInput(name: String)
    /// A document is larger than ``DocumentReader/maxDocumentBytes``.
    case documentTooLarge(name: String, size: Int)
    /// A JSON Lines record could not be used; `line` is 1-based, `column` too (0 when the
    /// problem is the whole line).
    case malformedJSONLine(name: String, line: Int, reason: String, column: Int = 0)
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
        case let .invalidUTF8(name, offset, line, column, byte):
            return "\(name):\(line):\(column): not valid UTF-8 (byte \(AttribError.hex(byte)) at offset \(offset))"
        case let .binaryInput(name):
            return "\(name): looks like a binary file (contains NUL bytes); skipped"
        case let .documentTooLarge(name, size):
            return "\(name): \(size) bytes is more than one document may hold (\(DocumentReader.maxDocumentBytes) bytes); split it into smaller documents"
        case let .malformedJSONLine(name, line, reason, column):
            return column > 0 ? "\(name):\(line):\(column): malformed JSON line: \(reason)" : "\(name):\(line): malformed JSON line: \(reason)"
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

    /// `0xE9`.
    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
    }

    /// Where the error is, when it names one input: the file (or JSON Lines source), and the
    /// 1-based line and column (0 when not known). For reports that list input problems.
    public var location: (file: String, line: Int, column: Int)? {
        switch self {
        case let .invalidUTF8(name, _, line, column, _): return (name, line, column)
        case let .binaryInput(name), let .documentTooLarge(name, _): return (name, 0, 0)
        case let .malformedJSONLine(name, line, _, column): return (name, line, column)
        case let .invalidRuleFile(file, line, column, _): return (file, line, column)
        case let .invalidGold(file, _): return (file, 0, 0)
        case let .invalidAnnotation(file, line, _): return (file, line, 0)
        case let .invalidGoldLine(file, line, column, _): return (file, line, column)
        }
    }
}

extension UTF8Validation {
    /// The 1-based line and column of byte `offset`, counting the characters (scalars, from their
    /// first bytes) before it on its line; the bytes before `offset` are valid UTF-8.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var i = 0
        while i < offset {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D {
                if b == 0x0D && i + 1 < offset && bytes[i + 1] == 0x0A { i += 1 }
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var column = 1
        for k in lineStart..<offset where bytes[k] & 0xC0 != 0x80 { column += 1 }
        return (line, column)
    }
}

