import Yams

/// First names and the share of women who bear them (`rules/first-names.yml`): what the pronoun
/// resolver knows of a person's gender from the first word of a name ("Nora Dale" is a woman, so
/// "he" is someone else). Data, not rules: no examples, not in `attrib rules list`.
public struct FirstNames: Sendable, Equatable {
    /// The hash of a lower-case name, as the tokenizer keys the word (``Tokenizer/hash(_:)``) →
    /// percentage of women (0 to 100).
    public private(set) var shares: [UInt64: UInt8] = [:]

    public init() {}

    /// The share of women among the people called `name`, if the list has it.
    public func share(of name: String) -> UInt8? { shares[Tokenizer.hash(Array(name.utf8))] }

    /// Reads `names`: "name percent" pairs separated by white space. A later file's list replaces
    /// an earlier one's. A malformed pair is an error at the list's line and column. The list is
    /// long (tens of thousands of names), so it is read byte by byte, straight into hashed keys.
    mutating func load(_ node: Node, _ r: YAMLReader) throws {
        for (key, _, value) in try r.mapping(node, allowed: ["names"], what: "first-names") where key == "names" {
            var text = try r.string(value, "names")
            var out: [UInt64: UInt8] = [:]
            out.reserveCapacity(text.utf8.count / 9)
            func word(_ f: UnsafeBufferPointer<UInt8>.SubSequence) -> String { String(decoding: f, as: UTF8.self) }
            try text.withUTF8 { bytes in
                var i = 0
                var pendingName: Range<Int>? = nil
                var pendingHash: UInt64 = 0
                while i < bytes.count {
                    let b = bytes[i]
                    if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D { i += 1; continue }
                    let start = i
                    var h = Tokenizer.fnvOffset
                    var letters = true, digits = true
                    var number = 0
                    while i < bytes.count {
                        let c = bytes[i]
                        if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { break }
                        // "nora", "o'neil", "jean-luc": lower-case ASCII letters, hyphens,
                        // apostrophes, or any non-ASCII letter.
                        if !((c >= 0x61 && c <= 0x7A) || c == 0x2D || c == 0x27 || c >= 0x80) { letters = false }
                        if c >= 0x30 && c <= 0x39 { number = min(1000, number * 10 + Int(c - 0x30)) } else { digits = false }
                        h = (h ^ UInt64(c)) &* Tokenizer.fnvPrime
                        i += 1
                    }
                    if let name = pendingName {
                        guard digits, number <= 100 else {
                            throw r.error(value, "first-names: the share of '\(word(bytes[name]))' must be a whole percentage from 0 to 100, not '\(word(bytes[start..<i]))'")
                        }
                        out[pendingHash] = UInt8(number)
                        pendingName = nil
                    } else {
                        guard letters else { throw r.error(value, "first-names: '\(word(bytes[start..<i]))' is not a lower-case name") }
                        pendingName = start..<i
                        pendingHash = h
                    }
                }
                if let name = pendingName {
                    throw r.error(value, "first-names: names must be pairs of a name and a percentage; '\(word(bytes[name]))' has no percentage")
                }
            }
            shares = out
        }
    }
}
