/// Runs marked cases: each passage is analysed as written and again after a multi-byte prefix
/// paragraph (emoji, CJK, accents), so every span is checked at two offsets. A case holds when
/// attrib finds exactly its attributions — matched by cue span (and content, where two share a
/// cue), with the same source, content, reason, kind, quote kind, anonymity and category, and the
/// level, antecedent and loadedness the case gives — plus exactly its known-wrong attributions and
/// nothing else, and, when the case lists findings, exactly those findings. Pure: values in,
/// values out.
public struct CaseRunner: Sendable {
    /// The prefix paragraph of the second run.
    public static let multiBytePrefix = "🗞️📰 東京の記者 — ünïcødé\n\n"

    public let analyzer: Analyzer
    public let prefixes: [String]

    public init(analyzer: Analyzer, prefixes: [String] = ["", CaseRunner.multiBytePrefix]) {
        self.analyzer = analyzer
        self.prefixes = prefixes
    }

    /// Cases check the rules' own (raw) confidence levels: the calibration maps, fitted to real news
    /// and refitted as the rules change, are left out (their tests are of their own).
    public init(rules: RuleSet) {
        var raw = rules
        raw.calibration = .identity
        self.init(analyzer: Analyzer(rules: raw))
    }

    /// One way a case does not hold.
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        /// The prefix of the run that showed it ("" for the passage as written).
        public var prefix: String
        public var message: String
        public var description: String { prefix.isEmpty ? message : message + " (after the multi-byte prefix)" }
    }

    /// What is wrong with `c`; empty when it holds. A problem that shows in both runs is reported once.
    public func check(_ c: MarkedCase) -> [Problem] {
        var problems: [Problem] = []
        var seen: Set<String> = []
        for prefix in prefixes {
            for m in check(c, prefix: prefix) where seen.insert(m).inserted {
                problems.append(Problem(prefix: prefix, message: m))
            }
        }
        return problems
    }

    /// The problems of one run, as messages.
    func check(_ c: MarkedCase, prefix: String) -> [String] {
        let shift = prefix.utf8.count
        let a = analyzer.analyze(text: prefix + c.text)
        let bytes = Array((prefix + c.text).utf8)
        func text(_ s: Span?) -> String {
            guard let s, s.start >= 0, s.end <= bytes.count, s.start <= s.end else { return "none" }
            return "«" + String(decoding: bytes[s.start..<s.end], as: UTF8.self) + "»"
        }
        func moved(_ s: Span?) -> Span? { s.map { Span($0.start + shift, $0.end + shift) } }
        var problems: [String] = []

        // Expected attributions, each matched to one found at its cue (and content, when several share the cue).
        var used = [Bool](repeating: false, count: a.attributions.count)
        for e in c.attributions {
            let cue = moved(e.cue)!
            let content = moved(e.content)
            let atCue = a.attributions.indices.filter { !used[$0] && a.attributions[$0].cue?.span == cue }
            guard let i = atCue.first(where: { a.attributions[$0].content == content }) ?? atCue.first else {
                problems.append("attribution \(e.number): no attribution at cue \(text(cue))")
                continue
            }
            used[i] = true
            let got = a.attributions[i]
            let name = "attribution \(e.number) at \(text(cue))"
            func differs(_ what: String, _ want: String, _ have: String) {
                if want != have { problems.append("\(name): \(what) \(have), expected \(want)") }
            }
            func span(_ what: String, _ want: Span?, _ have: Span?) {
                guard want != have else { return }
                let (w, h) = (text(want), text(have))
                // The same words elsewhere: say where.
                let place = w == h ? " at bytes \(have.map { "\($0.start)..<\($0.end)" } ?? "none")" : ""
                problems.append("\(name): \(what) \(h)\(place), expected \(w)")
            }
            span("source", moved(e.source), got.source?.span)
            span("content", content, got.content)
            span("reason", moved(e.reason), got.anonymityReason)
            differs("kind", e.kind?.rawValue ?? "none", got.source?.kind.rawValue ?? "none")
            differs("quote", e.quote.rawValue, got.quote.rawValue)
            differs("anonymous", String(e.anonymous), String(got.anonymous))
            differs("category", e.category.rawValue, got.cue?.category.rawValue ?? "none")
            if let level = e.level, level != got.level {
                problems.append("\(name): level \(got.level.rawValue) (confidence \(got.confidence)), expected \(level.rawValue)")
            }
            switch e.resolved {
            case .text(let t): differs("antecedent", "«\(t)»", text(got.source?.resolved))
            case .none?: differs("antecedent", "none", text(got.source?.resolved))
            case nil: break
            }
            if let loaded = e.loaded {
                differs("loaded", String(loaded), got.cue.map { String($0.loaded) } ?? "none")
            }
        }

        // Attributions nobody expected: the known-wrong ones, and nothing else.
        var wrong = c.knownWrong.compactMap { k -> (cue: String, source: String?, content: String?, why: String)? in
            guard case let .attribution(cue, source, content) = k.item else { return nil }
            return (cue, source, content, k.why)
        }
        func quoted(_ s: String?) -> String? { s.map { "«\($0)»" } }
        for i in a.attributions.indices where !used[i] {
            let got = a.attributions[i]
            if let k = wrong.firstIndex(where: { quoted($0.cue) == text(got.cue?.span)
                                            && ($0.source == nil || quoted($0.source) == text(got.source?.span))
                                            && ($0.content == nil || quoted($0.content) == text(got.content)) }) {
                wrong.remove(at: k)
                continue
            }
            problems.append("unexpected attribution: cue \(text(got.cue?.span)), source \(text(got.source?.span))"
                            + " (\(got.source?.kind.rawValue ?? "no kind")), content \(text(got.content))")
        }
        for k in wrong {
            problems.append("known-wrong attribution at «\(k.cue)»\(k.source.map { " with source «\($0)»" } ?? "")"
                            + "\(k.content.map { " and content «\($0)»" } ?? "") is no longer found (\(k.why)); remove it from known-wrong")
        }

        // Findings, when the case lists them: exactly these, at their spans where marked.
        if let expected = c.findings {
            var left = Array(a.findings.indices)
            var missing: [ExpectedFinding] = []
            for f in expected.sorted(by: { $0.span != nil && $1.span == nil }) {
                let span = moved(f.span)
                if let k = left.firstIndex(where: { a.findings[$0].rule == f.rule && (span == nil || a.findings[$0].span == span) }) {
                    left.remove(at: k)
                } else {
                    missing.append(f)
                }
            }
            for f in missing {
                let at = left.first { a.findings[$0].rule == f.rule }
                problems.append("missing finding \(f.rule)" + (f.span.map { " at \(text(moved($0)))" } ?? "")
                                + (at.map { "; found it at \(text(a.findings[$0].span))" } ?? ""))
                if let at, let k = left.firstIndex(of: at) { left.remove(at: k) }
            }
            var wrongFindings = c.knownWrong.compactMap { k -> (rule: String, why: String)? in
                guard case let .finding(rule) = k.item else { return nil }
                return (rule, k.why)
            }
            for k in left {
                if let w = wrongFindings.firstIndex(where: { $0.rule == a.findings[k].rule }) {
                    wrongFindings.remove(at: w)
                    continue
                }
                problems.append("unexpected finding \(a.findings[k].rule) at \(text(a.findings[k].span))")
            }
            for w in wrongFindings {
                problems.append("known-wrong finding \(w.rule) is no longer found (\(w.why)); remove it from known-wrong")
            }
        }
        return problems
    }
}

/// The result of running every case of some case files: counts per phenomenon and the failures.
public struct CaseReport: Sendable {
    public struct Phenomenon: Sendable {
        public var name: String
        public var file: String
        public var cases: Int
        public var failed: Int
        /// Attributions the cases assert.
        public var attributions: Int
        public var passed: Int { cases - failed }
    }

    public struct Failure: Sendable {
        public var file: String
        public var line: Int
        public var phenomenon: String
        public var marked: String
        public var problems: [CaseRunner.Problem]
    }

    public var phenomena: [Phenomenon] = []
    public var failures: [Failure] = []
    /// Analyses run: each case once per prefix.
    public var runs = 0

    public var cases: Int { phenomena.reduce(0) { $0 + $1.cases } }
    public var failed: Int { phenomena.reduce(0) { $0 + $1.failed } }
    public var passed: Int { cases - failed }
    public var attributions: Int { phenomena.reduce(0) { $0 + $1.attributions } }

    public init() {}

    /// Runs every case of `files`, in order.
    public init(files: [CaseFile], runner: CaseRunner) {
        for f in files {
            var p = Phenomenon(name: f.phenomenon, file: f.file, cases: f.cases.count, failed: 0,
                               attributions: f.cases.reduce(0) { $0 + $1.attributions.count })
            for c in f.cases {
                let problems = runner.check(c)
                runs += runner.prefixes.count
                guard !problems.isEmpty else { continue }
                p.failed += 1
                failures.append(Failure(file: c.file, line: c.line, phenomenon: c.phenomenon, marked: c.marked, problems: problems))
            }
            phenomena.append(p)
        }
    }
}
