import Yams

/// First names and the share of women who bear them (`rules/first-names.yml`): what the pronoun
/// resolver knows of a person's gender from the first word of a name ("Nora Dale" is a woman, so
/// "he" is someone else). Data, not rules: no examples, not in `attrib rules list`.
public struct FirstNames: Sendable, Equatable {
    /// Lower-case name → percentage of women (0 to 100).
    public var shares: [String: UInt8] = [:]

    public init() {}

    /// Reads `names`: "name percent" pairs separated by white space. A later file's list replaces
    /// an earlier one's. A malformed pair is an error at the list's line and column.
    mutating func load(_ node: Node, _ r: YAMLReader) throws {
        for (key, _, value) in try r.mapping(node, allowed: ["names"], what: "first-names") where key == "names" {
            let text = try r.string(value, "names")
            var out: [String: UInt8] = [:]
            let fields = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
            guard fields.count % 2 == 0 else {
                throw r.error(value, "first-names: names must be pairs of a name and a percentage; '\(fields.last ?? "")' has no percentage")
            }
            var i = 0
            while i < fields.count {
                let name = String(fields[i])
                guard let share = UInt8(fields[i + 1]), share <= 100 else {
                    throw r.error(value, "first-names: the share of '\(name)' must be a whole percentage from 0 to 100, not '\(fields[i + 1])'")
                }
                guard name.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" }), name == name.lowercased() else {
                    throw r.error(value, "first-names: '\(name)' is not a lower-case name")
                }
                out[name] = share
                i += 2
            }
            shares = out
        }
    }
}
