/// Runs every rule's own examples: triggering examples must produce the marked span, and
/// non-triggering examples must not fire the rule (SwiftLint's idea: examples are the tests).
public struct RuleExampleRunner: Sendable {
    public struct Failure: Sendable, CustomStringConvertible {
        public var rule: String
        public var example: String
        public var problem: String
        public var description: String { "\(rule): \(problem)\n    example: \(example)" }
    }

    public let analyzer: Analyzer

    public init(rules: RuleSet) { analyzer = Analyzer(rules: rules) }

    /// Splits `«…»` markers out of an example: the plain text and the marked byte span.
    public static func unmark(_ marked: String) -> (text: String, span: Span?) {
        var text = ""
        var start: Int?
        var end: Int?
        for ch in marked {
            if ch == "«" { start = text.utf8.count } else if ch == "»" { end = text.utf8.count } else { text.append(ch) }
        }
        if let start, let end, start <= end { return (text, Span(start, end)) }
        return (text, nil)
    }

    /// The spans with which a rule fires on an analysis.
    public func firings(of rule: RuleDescription, in a: DocumentAnalysis) -> [Span] {
        switch rule.kind {
        case .finding:
            return a.findings.filter { $0.rule == rule.id }.map(\.span)
        case .pattern:
            return a.attributions.filter { $0.rules.first == rule.id }.compactMap { $0.source?.span ?? $0.cue?.span }
        case .lexicon:
            return lexiconFirings(rule.id, a)
        }
    }

    private func lexiconFirings(_ id: String, _ a: DocumentAnalysis) -> [Span] {
        guard let group = analyzer.rules.lexicon.groups.first(where: { $0.id == id }) else { return [] }
        let ats = a.attributions.filter { $0.rules.first != "attribution.inherited" }
        func with(_ rule: String, _ spans: [Span?]) -> [Span] { spans.compactMap { $0 } }
        switch group.lexiconClass {
        case .cue, .hedge:
            return ats.filter { $0.cue?.rule == id }.compactMap { $0.cue?.span }
        case .anonymousSource, .vagueSource, .populationSource, .documentSource, .pronoun, .organization, .title, .anonymityQualifier:
            return ats.filter { $0.rules.contains(id) }.compactMap { $0.source?.span }
        case .reason:
            return ats.filter { $0.rules.contains(id) }.compactMap(\.anonymityReason)
        case .roteReason:
            return a.findings.filter { $0.rule == "anonymous-source.boilerplate-reason" }.map(\.span)
        case .reasonConnective:
            let boiler = Set(a.findings.filter { $0.rule == "anonymous-source.boilerplate-reason" }.map(\.span))
            return ats.compactMap(\.anonymityReason).filter { !boiler.contains($0) }
        case .auxiliary:
            return ats.compactMap { $0.cue }.filter { a.text($0.span).contains(" ") && $0.category != .hedge }.map(\.span)
        case .audience:
            return ats.compactMap { $0.cue }.filter { $0.rule != id && a.text($0.span).contains(" ") }.map(\.span)
        case .adverbial:
            // Content that starts after a skipped adverbial.
            return ats.compactMap { at -> Span? in
                guard let cue = at.cue?.span, let content = at.content, content.start > cue.end else { return nil }
                let between = a.text(Span(cue.end, content.start)).trimmingCharacters(in: " ")
                return between.count > 5 && between != "that" ? content : nil
            }
        case .claimMarker:
            return a.findings.filter { $0.rule == "claim.unattributed" }.map(\.span)
        }
    }

    /// An example read as the rule's examples are (plain text unless it says otherwise).
    public func analyze(_ text: String, _ rule: RuleDescription) -> DocumentAnalysis {
        guard rule.exampleFormat != .text else { return analyzer.analyze(text: text) }
        let document = SourceDocument(name: "example", bytes: Array(text.utf8), format: rule.exampleFormat)
        // Examples are Swift strings, so valid UTF-8: reading cannot fail.
        return (try? analyzer.analyze(document: document)) ?? analyzer.analyze(text: text)
    }

    /// Checks one rule's examples.
    public func check(_ rule: RuleDescription) -> [Failure] {
        var failures: [Failure] = []
        for example in rule.triggering {
            let (text, expected) = RuleExampleRunner.unmark(example)
            let spans = firings(of: rule, in: analyze(text, rule))
            guard let expected else { continue }
            if !spans.contains(expected) {
                let got = spans.map { "«" + String(decoding: Array(text.utf8)[$0.start..<$0.end], as: UTF8.self) + "»" }
                failures.append(Failure(rule: rule.id, example: example,
                                        problem: "expected «\(String(decoding: Array(text.utf8)[expected.start..<expected.end], as: UTF8.self))», got \(got.isEmpty ? "nothing" : got.joined(separator: ", "))"))
            }
        }
        for example in rule.nonTriggering {
            let spans = firings(of: rule, in: analyze(example, rule))
            if !spans.isEmpty {
                let bytes = Array(example.utf8)
                let got = spans.map { "«" + String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) + "»" }
                failures.append(Failure(rule: rule.id, example: example, problem: "should not fire, but fired on \(got.joined(separator: ", "))"))
            }
        }
        return failures
    }

    /// Every rule's examples.
    public func checkAll() -> [Failure] { analyzer.rules.descriptions.flatMap(check) }
}

private extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s.removeFirst() }
        while s.last == set { s.removeLast() }
        return String(s)
    }
}
