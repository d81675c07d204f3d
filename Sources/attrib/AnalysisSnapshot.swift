import AttribCore
import Foundation

/// Reads `attrib analyze --format jsonl` output into the items ``AnalysisComparison`` compares, and
/// accepted-difference files.
enum AnalysisSnapshot {
    static func documents(_ path: String) throws -> [AnalysisComparison.Document] {
        let bytes = try DocumentSource.readFile(path)
        var out: [AnalysisComparison.Document] = []
        var lineNumber = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) { continue }
            guard let d = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let name = (d["path"] ?? d["id"]) as? String else {
                throw CLIError.unreadable(path: "\(path):\(lineNumber)", reason: "not a document of `attrib analyze --format jsonl`")
            }
            out.append(AnalysisComparison.Document(name: name, items: items(d)))
        }
        return out
    }

    static func span(_ any: Any?) -> String {
        guard let o = any as? [String: Any], let s = o["start"] as? Int, let e = o["end"] as? Int else { return "none" }
        let text = (o["text"] as? String).map { t in " \"" + (t.count > 50 ? String(t.prefix(47)) + "…" : t) + "\"" } ?? ""
        return "\(s)..\(e)\(text)"
    }

    static func items(_ d: [String: Any]) -> [AnalysisComparison.Item] {
        var items: [AnalysisComparison.Item] = []
        for s in d["sentences"] as? [[String: Any]] ?? [] {
            items.append(.init(key: "sentence@\(s["start"] as? Int ?? -1)", fields: [("end", "\(s["end"] as? Int ?? -1)")]))
        }
        for a in d["attributions"] as? [[String: Any]] ?? [] {
            let cue = a["cue"] as? [String: Any]
            let key = cue.map { "attribution \"\($0["text"] as? String ?? "")\"@\($0["start"] as? Int ?? -1)..\($0["end"] as? Int ?? -1)" }
                ?? "attribution without cue, content@\(((a["content"] as? [String: Any])?["start"] as? Int) ?? -1)"
            let source = a["source"] as? [String: Any]
            var fields: [(String, String)] = [
                ("sentence", "\(a["sentence"] as? Int ?? -1)"),
                ("category", cue?["category"] as? String ?? "none"),
                ("loaded", "\(cue?["loaded"] as? Bool ?? false)"),
                ("source", source.map { span($0) + " " + ($0["kind"] as? String ?? "") } ?? "none"),
                ("resolved", source.map { span($0["resolved"]) } ?? "none"),
                ("content", span(a["content"])),
                ("quote", a["quote"] as? String ?? ""),
                ("anonymous", "\(a["anonymous"] as? Bool ?? false)"),
                ("reason", span(a["anonymityReason"])),
                ("confidence", JSONFormat.three(a["confidence"] as? Double ?? -1)),
            ]
            fields.append(("rules", (a["rules"] as? [String] ?? []).joined(separator: ",")))
            items.append(.init(key: key, fields: fields))
        }
        for f in d["findings"] as? [[String: Any]] ?? [] {
            let key = "finding \(f["rule"] as? String ?? "")@\(f["start"] as? Int ?? -1)..\(f["end"] as? Int ?? -1)"
            items.append(.init(key: key, fields: [("severity", f["severity"] as? String ?? ""),
                                                  ("confidence", JSONFormat.three(f["confidence"] as? Double ?? -1)),
                                                  ("message", f["message"] as? String ?? "")]))
        }
        return items
    }

    /// An accepted-differences file: a JSON array of {"document", "key", "reason", "case"} ("key" "*"
    /// accepts every difference of the document). Every entry needs a reason and a case.
    static func accepted(_ path: String) throws -> [AnalysisComparison.Accepted] {
        let bytes = try DocumentSource.readFile(path)
        guard let list = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [[String: Any]] else {
            throw CLIError.unreadable(path: path, reason: "expected a JSON array of {\"document\", \"key\", \"reason\", \"case\"}")
        }
        return try list.enumerated().map { i, o in
            guard let d = o["document"] as? String, let k = o["key"] as? String,
                  let r = o["reason"] as? String, !r.isEmpty, let c = o["case"] as? String, !c.isEmpty else {
                throw CLIError.unreadable(path: path, reason: "entry \(i + 1) needs \"document\", \"key\", a \"reason\" and the \"case\" that shows it")
            }
            return AnalysisComparison.Accepted(document: d, key: k, reason: r, case: c)
        }
    }
}

enum JSONFormat {
    static func three(_ d: Double) -> String { String((d * 1000).rounded() / 1000) }
}
