/// Floors: the minimum each evaluation figure may reach (`corpus/eval-floors.json`).
public enum EvalFloors {
    /// Figures below their floor, as (name, value, floor).
    public static func violations(_ e: Evaluation, floors: [String: Double]) -> [(String, Double, Double)] {
        violations(e.figures, floors: floors)
    }

    /// Figures below their floor; a floor names a figure that must exist (a missing one counts as 0).
    public static func violations(_ named: [(String, Double)], floors: [String: Double]) -> [(String, Double, Double)] {
        let figures = Dictionary(named, uniquingKeysWith: { a, _ in a })
        return floors.keys.sorted().compactMap { name in
            let floor = floors[name]!
            let value = figures[name] ?? 0
            return value + 1e-9 < floor ? (name, value, floor) : nil
        }
    }
}

extension Evaluation {
    /// A plain-text table of the scores.
    public func table() -> String {
        func pct(_ d: Double) -> String {
            let v = (d * 1000).rounded() / 10
            let s = String(v)
            return String(repeating: " ", count: max(0, 5 - s.count)) + s
        }
        // The label column fits the longest rule id, so ids are never cut short.
        let width = max(34, (findings.keys.map { $0.count + 2 }.max() ?? 0) + 1)
        func label(_ name: String) -> String { name.padding(toLength: width, withPad: " ", startingAt: 0) }
        func row(_ name: String, _ r: PRF) -> String {
            "\(label(name)) \(pct(r.precision))  \(pct(r.recall))  \(pct(r.f1))   \(r.truePositives)/\(r.predicted) pred, \(r.gold) gold\n"
        }
        var out = "documents: \(documents)\n\n"
        out += label("figure") + "    P      R     F1\n"
        out += row("sentences (exact)", sentences)
        out += row("cue (exact)", cueExact)
        out += row("cue (overlap)", cueOverlap)
        out += row("source (exact)", sourceExact)
        out += row("source (overlap)", sourceOverlap)
        out += row("content (exact)", contentExact)
        out += row("content (overlap)", contentOverlap)
        out += "\n"
        out += label("source kind accuracy") + " \(pct(sourceKindAccuracy))   (\(sourceKindCorrect)/\(sourceKindTotal))\n"
        out += label("anonymous flag accuracy") + " \(pct(anonymousAccuracy))   (\(anonymousCorrect)/\(anonymousTotal))\n\n"
        out += label("findings") + "    P      R     F1\n"
        for rule in findings.keys.sorted() { out += row("  " + rule, findings[rule]!) }
        out += row("  all findings", allFindings)
        out += "\ncalibration (attributions whose cue and source match gold)\n"
        for level in [ConfidenceLevel.high, .medium, .low] {
            let c = calibration[level] ?? PRF()
            out += label("  \(level.rawValue)") + " \(pct(c.precision))   (\(c.truePositives)/\(c.predicted))\n"
        }
        return out
    }
}
