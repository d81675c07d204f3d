import AttribCore

/// `attrib eval --gold brat` as text for a terminal and as JSON for scripts.
public enum BratEvalReport {
    /// What the report says about where the gold came from.
    public struct Header: Sendable {
        public var folders: [String]
        public var layout: String
        public var annotator: String?
        public var seconds: Double?
        public init(folders: [String], layout: String, annotator: String?, seconds: Double? = nil) {
            self.folders = folders
            self.layout = layout
            self.annotator = annotator
            self.seconds = seconds
        }
    }

    static func pct(_ d: Double) -> String {
        let s = String((d * 1000).rounded() / 10)
        return String(repeating: " ", count: max(0, 5 - s.count)) + s
    }

    static func pad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s : s + String(repeating: " ", count: n - s.count)
    }

    static func lpad(_ s: String, _ n: Int) -> String {
        s.count >= n ? s : String(repeating: " ", count: n - s.count) + s
    }

    // MARK: - Text

    public static func text(_ e: BratEvaluation, header: Header, lemmaRows: Int = 50) -> String {
        var out = ""
        out += "brat gold: \(header.folders.joined(separator: ", ")) (\(header.layout)"
        out += header.annotator.map { ", annotator \($0))" } ?? ")"
        out += "\n"
        out += "documents \(e.documents), gold attributions \(e.attributions.gold), attrib attributions \(e.attributions.predicted)"
        out += " (attributions that share a cue span count once)\n\n"

        func prfRow(_ name: String, _ r: PRF, width: Int = 36) -> String {
            pad(name, width) + "\(pct(r.precision))  \(pct(r.recall))  \(pct(r.f1))   \(r.truePositives) of \(r.predicted) attrib, \(r.gold) gold\n"
        }
        out += pad("attributions (cues overlap, one to one)", 36) + "    P      R     F1\n"
        out += prfRow("  all", e.attributions)
        out += pad("  plain speech verbs (recall)", 36) + "       \(pct(e.speech.recall))          \(e.speech.truePositives) of \(e.speech.gold) gold\n"
        out += "\n" + pad("given a matched cue", 36) + "overlap  begin  exact\n"
        func agreeRow(_ name: String, _ a: BratEvaluation.Agreement) -> String {
            pad(name, 36) + "  \(pct(a.rate(a.overlap)))  \(pct(a.rate(a.begin)))  \(pct(a.rate(a.exact)))   of \(a.total)\n"
        }
        out += agreeRow("  source", e.source)
        out += agreeRow("  content", e.content)
        out += agreeRow("  source (plain speech verbs)", e.speechSource)
        out += agreeRow("  content (plain speech verbs)", e.speechContent)

        out += "\n" + pad("spans (one to one)", 36) + "    P      R     F1\n"
        for role in AttributionRole.allCases {
            let r = e.roles[role] ?? BratEvaluation.RoleScores()
            out += prfRow("  \(role.rawValue) exact", r.exact)
            out += prfRow("  \(role.rawValue) begin", r.begin)
            out += prfRow("  \(role.rawValue) overlap", r.overlap)
        }

        out += "\nrecall by gold cue lemma (top \(lemmaRows) by gold count)\n"
        out += "  " + pad("cue words (most frequent first)", 48) + lpad("gold", 7) + lpad("found", 7) + "  recall\n"
        for (lemma, t) in topLemmas(e, lemmaRows) {
            let forms = (e.lemmaForms[lemma] ?? [:]).sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(5).map(\.key).joined(separator: ", ")
            let label = forms.isEmpty ? lemma : forms
            out += "  " + pad(String(label.prefix(47)), 48) + lpad("\(t.gold)", 7) + lpad("\(t.found)", 7) + "   \(pct(t.recall))\n"
        }

        out += "\nprecision by attrib cue category\n"
        for (name, t) in e.categories.sorted(by: { $0.key < $1.key }) {
            out += "  " + pad(name, 34) + "\(pct(t.precision))   \(t.correct) of \(t.predicted)\n"
        }
        out += "\nprecision by rule (each attribution under every rule it lists)\n"
        for (name, t) in e.rules.sorted(by: { $0.key < $1.key }) {
            out += "  " + pad(name, 50) + "\(pct(t.precision))   \(t.correct) of \(t.predicted)\n"
        }
        if !e.prefixes.isEmpty {
            out += "\nby file prefix" + pad("", 22) + "  attr P  attr R  attr F1  source exact F1  content exact F1   gold\n"
            for (name, t) in e.prefixes.sorted(by: { $0.key < $1.key }) {
                var prf = PRF()
                prf.truePositives = t.found
                prf.predicted = t.predicted
                prf.gold = t.gold
                let roles = e.prefixRoles[name] ?? [:]
                out += "  " + pad(name, 34) + "   \(pct(prf.precision))   \(pct(prf.recall))    \(pct(prf.f1))"
                out += "            \(pct((roles[.source] ?? .init()).exact.f1))             \(pct((roles[.content] ?? .init()).exact.f1))  " + lpad("\(t.gold)", 5) + "\n"
            }
        }

        out += "\ncalibration: an attribution is right when its cue matches gold and, where both have one, its content overlaps\n"
        out += "  " + pad("level", 20) + "count  mean confidence  precision\n"
        for level in [ConfidenceLevel.high, .medium, .low] {
            let r = e.levels[level] ?? BratEvaluation.Reliability()
            out += "  " + pad(level.rawValue, 20) + lpad("\(r.count)", 5) + "           \(pct(r.meanConfidence))      \(pct(r.precision))\n"
        }
        out += "  " + pad("confidence", 20) + "count  mean confidence  precision\n"
        for (i, r) in e.deciles.enumerated() where r.count > 0 {
            let range = "\(String(format1(Double(i) / 10)))–\(String(format1(Double(i + 1) / 10)))"
            out += "  " + pad(range, 20) + lpad("\(r.count)", 5) + "           \(pct(r.meanConfidence))      \(pct(r.precision))\n"
        }
        out += "  expected calibration error \(String(format3(e.expectedCalibrationError)))\n"
        if let s = header.seconds { out += "\n\(String(format1(s))) s\n" }
        return out
    }

    static func format1(_ d: Double) -> String { JSONWriter.format(d, places: 1) }
    static func format3(_ d: Double) -> String { JSONWriter.format(d, places: 3) }

    static func topLemmas(_ e: BratEvaluation, _ n: Int) -> [(String, BratEvaluation.Tally)] {
        Array(e.lemmas.sorted { ($1.value.gold, $0.key) < ($0.value.gold, $1.key) }.prefix(n))
    }

    /// The examples `--show` asked for, most useful first: file:line:column, the sentence, then
    /// gold against attrib.
    public static func examples(_ e: BratEvaluation, limit: Int?) -> String {
        var out = ""
        for x in e.examples.prefix(limit ?? Int.max) {
            out += "\(x.file):\(x.location.line):\(x.location.column): \(x.kind == .miss ? "missed" : "not in gold")\n"
            out += "  sentence: \(x.sentence)\n"
            let side = x.kind == .miss ? "gold" : "attrib"
            var parts: [String] = []
            if let s = x.roles[.source] { parts.append("source [\(s)]") }
            if let c = x.roles[.cue] { parts.append("cue {\(c)}") }
            if let c = x.roles[.content] { parts.append("content ⟨\(c)⟩") }
            out += "  \(side): \(parts.joined(separator: " "))\n"
            let other = x.kind == .miss ? "attrib" : "gold"
            if x.other.isEmpty { out += "  \(other): nothing in this sentence\n" }
            for o in x.other { out += "  \(other): \(o)\n" }
        }
        return out
    }

    // MARK: - JSON

    public static func json(_ e: BratEvaluation, header: Header) -> [UInt8] {
        var w = JSONWriter()
        w.beginObject()
        w.member("version", 1)
        w.beginArray("folders")
        for f in header.folders { w.string(f) }
        w.endArray()
        w.member("layout", header.layout)
        w.member("annotator", header.annotator)
        w.member("documents", e.documents)
        func prf(_ name: StaticString, _ r: PRF) {
            w.beginObject(name)
            w.member("precision", r.precision)
            w.member("recall", r.recall)
            w.member("f1", r.f1)
            w.member("matched", r.truePositives)
            w.member("predicted", r.predicted)
            w.member("gold", r.gold)
            w.endObject()
        }
        func agreement(_ name: StaticString, _ a: BratEvaluation.Agreement) {
            w.beginObject(name)
            w.member("pairs", a.total)
            w.member("overlap", a.rate(a.overlap))
            w.member("begin", a.rate(a.begin))
            w.member("exact", a.rate(a.exact))
            w.endObject()
        }
        func tally(_ t: BratEvaluation.Tally) {
            w.beginObject()
            w.member("gold", t.gold)
            w.member("found", t.found)
            w.member("predicted", t.predicted)
            w.member("correct", t.correct)
            w.endObject()
        }
        func reliability(_ r: BratEvaluation.Reliability) {
            w.member("count", r.count)
            w.member("correct", r.correct)
            w.member("meanConfidence", r.meanConfidence)
            w.member("precision", r.precision)
        }
        prf("attributions", e.attributions)
        w.beginObject("speech")
        w.member("recall", e.speech.recall)
        w.member("found", e.speech.truePositives)
        w.member("gold", e.speech.gold)
        agreement("source", e.speechSource)
        agreement("content", e.speechContent)
        w.endObject()
        w.beginObject("givenCue")
        agreement("source", e.source)
        agreement("content", e.content)
        w.endObject()
        w.beginObject("spans")
        for role in AttributionRole.allCases {
            let r = e.roles[role] ?? BratEvaluation.RoleScores()
            w.key(dynamic: role.rawValue)
            w.beginObject()
            prf("exact", r.exact)
            prf("begin", r.begin)
            prf("overlap", r.overlap)
            w.endObject()
        }
        w.endObject()
        w.beginArray("lemmas")
        for (lemma, t) in e.lemmas.sorted(by: { ($1.value.gold, $0.key) < ($0.value.gold, $1.key) }) {
            w.beginObject()
            w.member("key", lemma)
            w.member("gold", t.gold)
            w.member("found", t.found)
            w.beginObject("forms")
            for (form, n) in (e.lemmaForms[lemma] ?? [:]).sorted(by: { $0.key < $1.key }) {
                w.key(dynamic: form)
                w.int(n)
            }
            w.endObject()
            w.endObject()
        }
        w.endArray()
        for (name, table) in [("categories", e.categories), ("rules", e.rules), ("prefixes", e.prefixes)] {
            w.key(dynamic: name)
            w.beginObject()
            for (k, t) in table.sorted(by: { $0.key < $1.key }) {
                w.key(dynamic: k)
                tally(t)
            }
            w.endObject()
        }
        w.beginObject("calibration")
        w.beginObject("levels")
        for level in [ConfidenceLevel.high, .medium, .low] {
            w.key(dynamic: level.rawValue)
            w.beginObject()
            reliability(e.levels[level] ?? BratEvaluation.Reliability())
            w.endObject()
        }
        w.endObject()
        w.beginArray("deciles")
        for (i, r) in e.deciles.enumerated() {
            w.beginObject()
            w.member("from", Double(i) / 10)
            w.member("to", Double(i + 1) / 10)
            reliability(r)
            w.endObject()
        }
        w.endArray()
        w.member("expectedCalibrationError", e.expectedCalibrationError)
        w.endObject()
        w.beginObject("figures")
        for (name, value) in e.figures {
            w.key(dynamic: name)
            w.double(value)
        }
        w.endObject()
        if !e.examples.isEmpty {
            w.beginArray("examples")
            for x in e.examples {
                w.beginObject()
                w.member("kind", x.kind.rawValue)
                w.member("file", x.file)
                w.member("line", x.location.line)
                w.member("column", x.location.column)
                w.member("sentence", x.sentence)
                for role in AttributionRole.allCases {
                    if let t = x.roles[role] { w.key(dynamic: role.rawValue); w.string(t) }
                }
                w.beginArray("other")
                for o in x.other { w.string(o) }
                w.endArray()
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        return w.bytes + [0x0A]
    }
}
