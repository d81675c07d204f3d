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
        out += reliabilityTable(e.levels, e.deciles)
        out += "\ncalibration, scorable attributions only (\(e.nested) left out: no gold match and the cue inside a gold content, a nested attribution the gold does not annotate)\n"
        out += reliabilityTable(e.scorableLevels, e.scorableDeciles)
        if let p = e.pronouns { out += pronounSection(p) }
        if let k = e.kinds { out += kindSection(k) }
        if let s = header.seconds { out += "\n\(String(format1(s))) s\n" }
        return out
    }

    /// A reliability table: per level and per tenth of confidence, count, mean confidence and
    /// precision, then the expected calibration error.
    public static func reliabilityTable(_ levels: [ConfidenceLevel: BratEvaluation.Reliability], _ deciles: [BratEvaluation.Reliability]) -> String {
        var out = "  " + pad("level", 20) + "count  mean confidence  precision\n"
        for level in [ConfidenceLevel.high, .medium, .low] {
            let r = levels[level] ?? BratEvaluation.Reliability()
            out += "  " + pad(level.rawValue, 20) + lpad("\(r.count)", 5) + "           \(pct(r.meanConfidence))      \(pct(r.precision))\n"
        }
        out += "  " + pad("confidence", 20) + "count  mean confidence  precision\n"
        for (i, r) in deciles.enumerated() where r.count > 0 {
            let range = "\(String(format1(Double(i) / 10)))–\(String(format1(Double(i + 1) / 10)))"
            out += "  " + pad(range, 20) + lpad("\(r.count)", 5) + "           \(pct(r.meanConfidence))      \(pct(r.precision))\n"
        }
        out += "  expected calibration error \(String(format3(BratEvaluation.expectedCalibrationError(deciles))))\n"
        return out
    }

    static func pronounSection(_ p: PronounEvaluation) -> String {
        var out = "\npronoun sources: attrib's source overlaps the pronoun (found), its resolved antecedent overlaps a mention of the referent (right)\n"
        out += "  " + pad("referent", 20) + "annotated  found  right  right/annotated  right/found\n"
        func row(_ name: String, _ c: PronounEvaluation.Counts) -> String {
            "  " + pad(name, 20) + lpad("\(c.annotated)", 9) + lpad("\(c.found)", 7) + lpad("\(c.right)", 7)
                + "            \(pct(c.rightOfAnnotated))        \(pct(c.rightOfFound))\n"
        }
        for kind in PronounAntecedent.Kind.allCases {
            if let c = p.byKind[kind] { out += row(kind.rawValue, c) }
        }
        out += row("all", p.all)
        return out
    }

    static func kindSection(_ k: SourceKindEvaluation) -> String {
        var out = "\nsource kinds: attrib's source overlaps the annotated source (found)\n"
        out += "  annotated \(k.annotated), found \(k.found) (\(pct(k.foundRate).trimmingCharacters(in: .whitespaces))%)\n"
        out += "  kind right           \(pct(k.accuracy))   \(k.kindRight) of \(k.found) found\n"
        out += "  anonymous flag right \(pct(k.anonymousAccuracy))   \(k.anonymousRight) of \(k.found) found\n"
        out += "  reason found         \(pct(k.reasonRate))   \(k.reasonFound) of \(k.reasonAnnotated) anonymous sources with a stated reason\n"
        out += "  reason where none    \(k.reasonWhereNone) of \(k.noReasonFound) found anonymous sources without one\n"
        let kinds = k.kindsSeen
        out += "  " + pad("gold \\ attrib", 12) + kinds.map { lpad($0.rawValue, 10) }.joined() + lpad("not found", 11) + "  recall\n"
        for g in kinds {
            let row = k.confusion[g] ?? [:]
            out += "  " + pad(g.rawValue, 12) + kinds.map { lpad("\(row[$0] ?? 0)", 10) }.joined() + lpad("\(row[nil] ?? 0)", 11)
            out += "   \(pct(k.recall(g)))\n"
        }
        out += "  " + pad("precision", 12) + kinds.map { lpad(pct(k.precision($0)), 10) }.joined() + "\n"
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
        for x in (e.pronouns?.wrong ?? []).prefix(limit ?? Int.max) {
            out += "\(x.file):\(x.location.line):\(x.location.column): pronoun \"\(x.pronoun)\" (\(x.kind.rawValue)) \(x.outcome.rawValue)\n"
            out += "  sentence: \(x.sentence)\n"
            out += "  gold: \(x.gold.isEmpty ? "(the text names no referent)" : x.gold.map { "[\($0)]" }.joined(separator: " "))\n"
            out += "  attrib: \(x.outcome == .notFound ? "no source here" : x.attrib.map { "[\($0)]" } ?? "not resolved")\n"
            if let n = x.note { out += "  note: \(n)\n" }
        }
        for x in (e.kinds?.wrong ?? []).prefix(limit ?? Int.max) {
            out += "\(x.file):\(x.location.line):\(x.location.column): source [\(x.source)]\n"
            out += "  sentence: \(x.sentence)\n"
            out += "  gold: \(describe(x.kind, x.anonymous, x.reason))\n"
            if let kind = x.attribKind {
                out += "  attrib: \(describe(kind, x.attribAnonymous ?? false, x.attribReason))\n"
            } else {
                out += "  attrib: no source here\n"
            }
            if let n = x.note { out += "  note: \(n)\n" }
        }
        return out
    }

    static func describe(_ kind: SourceKind, _ anonymous: Bool, _ reason: String?) -> String {
        "\(kind.rawValue), \(anonymous ? "anonymous" : "not anonymous")" + (reason.map { ", reason ⟨\($0)⟩" } ?? (anonymous ? ", no reason" : ""))
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
        func calibration(_ name: StaticString, _ levels: [ConfidenceLevel: BratEvaluation.Reliability], _ deciles: [BratEvaluation.Reliability]) {
            w.beginObject(name)
            w.beginObject("levels")
            for level in [ConfidenceLevel.high, .medium, .low] {
                w.key(dynamic: level.rawValue)
                w.beginObject()
                reliability(levels[level] ?? BratEvaluation.Reliability())
                w.endObject()
            }
            w.endObject()
            w.beginArray("deciles")
            for (i, r) in deciles.enumerated() {
                w.beginObject()
                w.member("from", Double(i) / 10)
                w.member("to", Double(i + 1) / 10)
                reliability(r)
                w.endObject()
            }
            w.endArray()
            w.member("expectedCalibrationError", BratEvaluation.expectedCalibrationError(deciles))
            w.endObject()
        }
        calibration("calibration", e.levels, e.deciles)
        calibration("scorableCalibration", e.scorableLevels, e.scorableDeciles)
        w.member("nestedLeftOut", e.nested)
        if let p = e.pronouns { pronounJSON(p, &w) }
        if let k = e.kinds { kindJSON(k, &w) }
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

    static func location(_ file: String, _ at: TextLocation, _ sentence: String, _ w: inout JSONWriter) {
        w.member("file", file)
        w.member("line", at.line)
        w.member("column", at.column)
        w.member("sentence", sentence)
    }

    static func pronounJSON(_ p: PronounEvaluation, _ w: inout JSONWriter) {
        func counts(_ c: PronounEvaluation.Counts) {
            w.member("annotated", c.annotated)
            w.member("found", c.found)
            w.member("right", c.right)
            w.member("rightOfAnnotated", c.rightOfAnnotated)
            w.member("rightOfFound", c.rightOfFound)
        }
        w.beginObject("pronouns")
        counts(p.all)
        w.beginObject("byKind")
        for kind in PronounAntecedent.Kind.allCases {
            guard let c = p.byKind[kind] else { continue }
            w.key(dynamic: kind.rawValue)
            w.beginObject()
            counts(c)
            w.endObject()
        }
        w.endObject()
        if !p.wrong.isEmpty {
            w.beginArray("wrong")
            for x in p.wrong {
                w.beginObject()
                location(x.file, x.location, x.sentence, &w)
                w.member("pronoun", x.pronoun)
                w.member("kind", x.kind.rawValue)
                w.member("outcome", x.outcome.rawValue)
                w.beginArray("gold")
                for g in x.gold { w.string(g) }
                w.endArray()
                w.member("attrib", x.attrib)
                w.member("note", x.note)
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
    }

    static func kindJSON(_ k: SourceKindEvaluation, _ w: inout JSONWriter) {
        w.beginObject("kinds")
        w.member("annotated", k.annotated)
        w.member("found", k.found)
        w.member("kindRight", k.kindRight)
        w.member("anonymousRight", k.anonymousRight)
        w.member("accuracy", k.accuracy)
        w.member("anonymousAccuracy", k.anonymousAccuracy)
        w.beginObject("reasons")
        w.member("annotated", k.reasonAnnotated)
        w.member("found", k.reasonFound)
        w.member("rate", k.reasonRate)
        w.member("anonymousWithoutReason", k.noReasonFound)
        w.member("givenWhereNone", k.reasonWhereNone)
        w.endObject()
        w.beginObject("byKind")
        for kind in k.kindsSeen {
            w.key(dynamic: kind.rawValue)
            w.beginObject()
            w.member("recall", k.recall(kind))
            w.member("precision", k.precision(kind))
            w.beginObject("attrib")
            let row = k.confusion[kind] ?? [:]
            for other in k.kindsSeen where row[other] != nil {
                w.key(dynamic: other.rawValue)
                w.int(row[other]!)
            }
            if let n = row[nil] { w.key(dynamic: "not found"); w.int(n) }
            w.endObject()
            w.endObject()
        }
        w.endObject()
        if !k.wrong.isEmpty {
            w.beginArray("wrong")
            for x in k.wrong {
                w.beginObject()
                location(x.file, x.location, x.sentence, &w)
                w.member("source", x.source)
                w.member("kind", x.kind.rawValue)
                w.member("anonymous", x.anonymous)
                w.member("reason", x.reason)
                w.member("attribKind", x.attribKind?.rawValue)
                w.key("attribAnonymous")
                if let a = x.attribAnonymous { w.bool(a) } else { w.null() }
                w.member("attribReason", x.attribReason)
                w.member("note", x.note)
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
    }
}
