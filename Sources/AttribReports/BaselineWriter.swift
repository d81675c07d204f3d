import AttribCore

/// Writes a baseline file (`attrib check --write-baseline FILE`): JSON, entries sorted by path,
/// rule, sentence and occurrence, one field a line, so a baseline diffs well in review.
public enum BaselineWriter {
    public static func render(_ keys: [BaselineKey]) -> String {
        let sorted = keys.sorted()
        var out = "{\n  \"version\": \(Baseline.version),\n  \"findings\": ["
        for (i, k) in sorted.enumerated() {
            out += i == 0 ? "\n" : ",\n"
            out += "    {\n"
            out += "      \"path\": \(JSONWriter.quoted(k.path)),\n"
            out += "      \"rule\": \(JSONWriter.quoted(k.rule)),\n"
            out += "      \"sentence\": \(JSONWriter.quoted(k.sentence)),\n"
            out += "      \"occurrence\": \(k.occurrence)\n"
            out += "    }"
        }
        out += sorted.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }
}
