import Yams

extension RuleSet {
    static let topLevelKeys = ["version", "lexicons", "patterns", "findings", "evaluation", "words", "first-names", "calibration"] + Abbreviations.sections
    static let commonKeys = ["id", "name", "description", "rationale", "examples"]

    /// Loads rule files in order; later files add rules and override earlier ones by id (fields
    /// a later file leaves out are kept). Every error names file:line:column.
    public static func load(files: [(name: String, text: String)]) throws -> RuleSet {
        var set = RuleSet(abbreviations: Abbreviations(), lexicon: Lexicon(), patterns: [], findings: [], lexiconGroups: [], fingerprint: "")
        var hasher = FNV64()
        for (name, text) in files {
            hasher.add(name)
            hasher.add(text)
            try set.add(yaml: text, file: name)
        }
        set.fingerprint = hasher.hex
        set.lexicon.compile()
        try set.checkNamedByEngine()
        set.patterns.sort { ($0.priority, $0.id) < ($1.priority, $1.id) }
        let reserved = Set(set.patterns.flatMap { $0.cues.filter { $0.hasPrefix("lexicon.") } })
        for i in set.patterns.indices {
            set.patterns[i].reservedGroups = reserved
            set.patterns[i].acceptsGroup = set.lexicon.groups.map(set.patterns[i].accepts)
        }
        return set
    }

    mutating func add(yaml text: String, file: String) throws {
        let r = YAMLReader(file: file)
        let root = try r.parse(text, resolveTypes: false)
        for (key, _, value) in try r.mapping(root, allowed: RuleSet.topLevelKeys, what: "rules file") {
            switch key {
            case "version": try r.checkVersion(value)
            case "lexicons": for node in try list(value, r, key) { try addLexiconGroup(node, r) }
            case "patterns": for node in try list(value, r, key) { try addPattern(node, r) }
            case "findings": for node in try list(value, r, key) { try addFinding(node, r) }
            case "evaluation": try evaluation.load(value, r)
            case "first-names": try firstNames.load(value, r)
            case "calibration": try addCalibration(value, r)
            case "words":
                if !wordFiles.contains(file) { wordFiles.append(file) }
                for node in try list(value, r, key) { try addWordList(node, r) }
            default: try abbreviations.load(section: key, value, r)
            }
        }
    }

    /// `calibration:` — the confidence maps (see ``ConfidenceCalibration``): each knot's raw
    /// values increasing, calibrated values non-decreasing, both within 0…1.
    /// A file's maps replace every map loaded before (maps are fitted together, so they are not mixed).
    private mutating func addCalibration(_ node: Node, _ r: YAMLReader) throws {
        calibration = ConfidenceCalibration()
        for (key, _, value) in try r.mapping(node, allowed: ["description", "fitted-on", "maps"], what: "calibration") {
            switch key {
            case "fitted-on": calibration.fittedOn = try r.string(value, "fitted-on")
            case "maps":
                for m in try list(value, r, "maps") {
                    var map = ConfidenceCalibration.Map(rule: "", knots: [])
                    for (k, _, v) in try r.mapping(m, allowed: ["rule", "category", "count", "knots"], what: "calibration map") {
                        switch k {
                        case "rule": map.rule = try r.string(v, "rule")
                        case "category": map.category = try enumValue(v, r, "category", CueCategory.self)
                        case "count": map.count = try r.int(v, "count")
                        case "knots":
                            for pair in try list(v, r, "knots") {
                                guard let items = pair.sequence.map(Array.init), items.count == 2 else {
                                    throw r.error(pair, "a knot must be a pair [raw, calibrated]")
                                }
                                let knot = ConfidenceCalibration.Knot(raw: try r.double(items[0], "a knot's raw confidence", in: 0...1),
                                                                      calibrated: try r.double(items[1], "a knot's calibrated confidence", in: 0...1))
                                if let last = map.knots.last {
                                    guard knot.raw > last.raw else { throw r.error(pair, "knots must be in increasing order of raw confidence") }
                                    guard knot.calibrated >= last.calibrated else {
                                        throw r.error(pair, "calibrated confidences must not decrease from knot to knot")
                                    }
                                }
                                map.knots.append(knot)
                            }
                        default: break
                        }
                    }
                    guard !map.rule.isEmpty else { throw r.error(m, "a calibration map needs a rule") }
                    guard !map.knots.isEmpty else { throw r.error(m, "a calibration map needs at least one knot") }
                    calibration.add(map)
                }
            default: break
            }
        }
    }

    private func list(_ node: Node, _ r: YAMLReader, _ what: String) throws -> [Node] {
        guard let seq = node.sequence else { throw r.error(node, "\(what) must be a list") }
        return Array(seq)
    }

    /// The fields of one rule, with the id checked.
    private struct Fields {
        var values: [String: Node] = [:]
        var id: String
        var node: Node
        subscript(_ k: String) -> Node? { values[k] }
    }

    private func fields(_ node: Node, _ r: YAMLReader, allowed: [String], what: String) throws -> Fields {
        var values: [String: Node] = [:]
        for (k, _, v) in try r.mapping(node, allowed: RuleSet.commonKeys + allowed, what: what) { values[k] = v }
        guard let idNode = values["id"] else { throw r.error(node, "\(what) needs an id") }
        let id = try r.string(idNode, "id")
        let ok = !id.isEmpty && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_") }
        guard ok else { throw r.error(idNode, "rule id '\(id)' may only contain letters, digits, '.', '-' and '_'") }
        return Fields(values: values, id: id, node: node)
    }

    private func describe(_ f: Fields, _ r: YAMLReader, kind: RuleDescription.Kind, existing: RuleDescription?,
                          severity: Severity?) throws -> RuleDescription {
        var d = existing ?? RuleDescription(id: f.id, kind: kind, name: f.id, summary: "", rationale: "", severity: severity,
                                            triggering: [], nonTriggering: [], file: r.file)
        d.file = r.file
        d.severity = severity
        if let n = f["name"] { d.name = try r.string(n, "name") }
        if let n = f["description"] { d.summary = try r.string(n, "description") }
        if let n = f["rationale"] { d.rationale = try r.string(n, "rationale") }
        if let n = f["examples"] {
            for (k, _, v) in try r.mapping(n, allowed: ["triggering", "non-triggering", "format"], what: "examples") {
                if k == "format" {
                    d.exampleFormat = try enumValue(v, r, "examples.format", InputFormat.self)
                    if d.exampleFormat == .auto || d.exampleFormat == .jsonl {
                        throw r.error(v, "examples.format must be text, markdown or html")
                    }
                    continue
                }
                let texts = try r.strings(v, "examples.\(k)")
                if k == "triggering" {
                    for (t, item) in zip(texts, v.sequence.map(Array.init) ?? [v]) {
                        guard t.contains("«") && t.contains("»") else {
                            throw r.error(item, "a triggering example must mark the expected span with «…»")
                        }
                    }
                    d.triggering = texts
                } else {
                    d.nonTriggering = texts
                }
            }
        }
        if existing == nil && d.summary.isEmpty { throw r.error(f.node, "rule \(f.id) needs a description") }
        return d
    }

    private func categories(_ node: Node, _ r: YAMLReader, _ what: String) throws -> Set<CueCategory> {
        Set(try r.strings(node, what).enumerated().map { i, s in
            guard let c = CueCategory(rawValue: s) else {
                throw r.error(node.sequence?[i] ?? node, "unknown cue category '\(s)' (expected \(CueCategory.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return c
        })
    }

    private func enumValue<E: RawRepresentable & CaseIterable>(_ node: Node, _ r: YAMLReader, _ what: String, _: E.Type) throws -> E
    where E.RawValue == String {
        let s = try r.string(node, what)
        guard let v = E(rawValue: s) else {
            throw r.error(node, "unknown \(what) '\(s)' (expected \(E.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return v
    }

    private mutating func addLexiconGroup(_ node: Node, _ r: YAMLReader) throws {
        let f = try fields(node, r, allowed: ["class", "category", "loaded", "requires", "entries"], what: "lexicon group")
        let existing = lexicon.groups.first { $0.id == f.id }
        var cls = existing?.lexiconClass
        if let n = f["class"] { cls = try enumValue(n, r, "class", LexiconClass.self) }
        guard let lexiconClass = cls else { throw r.error(node, "lexicon group \(f.id) needs a class") }
        var category = existing?.category
        if let n = f["category"] { category = try enumValue(n, r, "category", CueCategory.self) }
        if lexiconClass == .cue && category == nil { throw r.error(node, "cue group \(f.id) needs a category") }
        var loaded = existing?.loaded ?? false
        if let n = f["loaded"] { loaded = try r.bool(n, "loaded") }
        var requirement = existing?.requirement ?? CueRequirement.none
        if let n = f["requires"] { requirement = try enumValue(n, r, "requires", CueRequirement.self) }
        var entries = existing?.entries ?? []
        if let n = f["entries"] {
            entries = try r.strings(n, "entries")
            for (e, item) in zip(entries, n.sequence.map(Array.init) ?? [n]) where Tokenizer.keys(of: e).isEmpty {
                throw r.error(item, "empty lexicon entry")
            }
        }
        if entries.isEmpty { throw r.error(node, "lexicon group \(f.id) has no entries") }
        let d = try describe(f, r, kind: .lexicon, existing: existing?.description, severity: nil)
        let group = LexiconGroup(id: f.id, lexiconClass: lexiconClass, category: category, loaded: loaded,
                                 requirement: requirement, entries: entries, description: d)
        lexicon.add(group)
        lexiconGroups.removeAll { $0.id == f.id }
        lexiconGroups.append(d)
    }

    /// One word class: its id must be a ``WordClass``; a later file's entries (or links) replace an
    /// earlier one's, and a description left out is kept.
    private mutating func addWordList(_ node: Node, _ r: YAMLReader) throws {
        var values: [String: Node] = [:]
        for (k, _, v) in try r.mapping(node, allowed: ["id", "description", "entries", "links"], what: "word class") { values[k] = v }
        guard let idNode = values["id"] else { throw r.error(node, "a word class needs an id") }
        let id = try r.string(idNode, "id")
        guard let cls = WordClass(id: id) else {
            throw r.error(idNode, "unknown word class '\(id)': the engine has no class of that id (its classes are in rules/words.yml)")
        }
        var wl = words[id] ?? WordList(id: id, description: "", entries: [], links: [], file: r.file)
        wl.file = r.file
        if let n = values["description"] { wl.description = try r.string(n, "description") }
        if wl.description.isEmpty { throw r.error(node, "word class \(id) needs a description") }
        if cls.isLinked {
            if let n = values["entries"] { throw r.error(n, "word class \(id) links words to the words after them: give links, not entries") }
            if let n = values["links"] {
                wl.links = try list(n, r, "links").map { item in
                    var words: [String]?, then: [String]?
                    for (k, _, v) in try r.mapping(item, allowed: ["words", "then"], what: "link") {
                        if k == "words" { words = try wordEntries(v, r, "words") } else { then = try wordEntries(v, r, "then") }
                    }
                    guard let words, !words.isEmpty, let then, !then.isEmpty else { throw r.error(item, "a link needs words and then") }
                    return WordLink(words: words, then: then)
                }
            }
            if wl.links.isEmpty { throw r.error(node, "word class \(id) needs links") }
        } else {
            if let n = values["links"] { throw r.error(n, "word class \(id) is a list of words: give entries, not links") }
            if let n = values["entries"] { wl.entries = try wordEntries(n, r, "entries") }
            if wl.entries.isEmpty { throw r.error(node, "word class \(id) needs entries") }
        }
        words[id] = wl
    }

    /// A word class's words: each one token's text, so no spaces. (The test reads bytes, not
    /// Characters: it runs for every word of every class at each start.)
    private func wordEntries(_ n: Node, _ r: YAMLReader, _ what: String) throws -> [String] {
        let words = try r.strings(n, what)
        if let bad = words.firstIndex(where: { $0.isEmpty || $0.utf8.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D } }) {
            throw r.error(n.sequence.map { Array($0)[bad] } ?? n, "'\(words[bad])' is not one word: a word class is matched one token at a time")
        }
        return words
    }

    /// Every word class and lexicon group the engine's Swift names must be defined: a missing one is
    /// an error here, not a test that silently never matches.
    func checkNamedByEngine() throws {
        let missing = WordClass.allCases.filter { words[$0.id] == nil }.map(\.id)
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            throw AttribError.invalidRuleFile(file: wordFiles.first ?? "rules/words.yml", line: 0, column: 0,
                                              reason: "word class\(missing.count == 1 ? "" : "es") \(list) not defined: the engine needs \(missing.count == 1 ? "it" : "them")")
        }
        for g in NamedGroup.allCases where lexicon.groupIndex(of: g.id) == nil {
            let file = lexiconGroups.first?.file ?? "rules/lexicons.yml"
            throw AttribError.invalidRuleFile(file: file, line: 0, column: 0, reason: "lexicon group '\(g.id)' not defined: the engine needs it")
        }
        for p in NamedPattern.allCases where !patterns.contains(where: { $0.id == p.rawValue }) {
            let file = patterns.first?.description.file ?? "rules/patterns.yml"
            throw AttribError.invalidRuleFile(file: file, line: 0, column: 0, reason: "pattern '\(p.rawValue)' not defined: the engine needs it")
        }
    }

    private mutating func addPattern(_ node: Node, _ r: YAMLReader) throws {
        let f = try fields(node, r, allowed: ["match", "cues", "confidence", "priority", "passive", "sourceless", "not-cue-words",
                                              "checks", "content-checks"], what: "pattern")
        let existing = patterns.first { $0.id == f.id }
        var elements = existing?.elements ?? []
        if let n = f["match"] {
            let text = try r.string(n, "match")
            elements = []
            for word in text.split(separator: " ") {
                guard let e = PatternElement.parse(String(word)) else {
                    throw r.error(n, "unknown pattern element '\(word)' (use SOURCE, SUBJECT, POSSESSOR, CUE, CONTENT, OBJECT, QUOTE, END, or literal punctuation/words such as , : 'that', with ? for optional)")
                }
                elements.append(e)
            }
            guard elements.filter({ $0 == .cue }).count == 1 else { throw r.error(n, "a pattern needs exactly one CUE") }
            guard elements.filter({ $0 == .source || $0 == .subject || $0 == .possessor }).count <= 1 else {
                throw r.error(n, "a pattern has at most one SOURCE, SUBJECT or POSSESSOR")
            }
        }
        if elements.isEmpty { throw r.error(node, "pattern \(f.id) needs match") }
        var cues = existing?.cues ?? []
        if let n = f["cues"] {
            let items = n.sequence.map(Array.init) ?? [n]
            cues = []
            for (name, item) in zip(try r.strings(n, "cues"), items) {
                guard CueCategory(rawValue: name) != nil || name.hasPrefix("lexicon.") else {
                    throw r.error(item, "unknown cue '\(name)' (expected a category — \(CueCategory.allCases.map(\.rawValue).joined(separator: ", ")) — or a lexicon group id)")
                }
                cues.insert(name)
            }
        }
        var confidence = existing?.confidence ?? 0.8
        if let n = f["confidence"] { confidence = try r.double(n, "confidence", in: 0...1) }
        var priority = existing?.priority ?? 100
        if let n = f["priority"] { priority = try r.int(n, "priority") }
        var passive = existing?.passive ?? false
        if let n = f["passive"] { passive = try r.bool(n, "passive") }
        var sourceless = existing?.sourceless ?? false
        if let n = f["sourceless"] { sourceless = try r.bool(n, "sourceless") }
        var notCueWords = existing?.notCueWords ?? []
        if let n = f["not-cue-words"] {
            notCueWords = try r.strings(n, "not-cue-words").enumerated().map { i, id in
                guard let c = WordClass(id: id) else {
                    throw r.error(n.sequence.map { Array($0)[i] } ?? n, "unknown word class '\(id)' (the classes are in rules/words.yml)")
                }
                return c
            }
        }
        func checks(_ key: String) throws -> [PatternCheck]? {
            guard let n = f[key] else { return nil }
            return try r.strings(n, key).enumerated().map { i, id in
                guard let c = PatternCheck(id: id) else {
                    throw r.error(n.sequence.map { Array($0)[i] } ?? n,
                                  "unknown check '\(id)' (expected one of: \(PatternCheck.allCases.map(\.id).joined(separator: ", ")))")
                }
                return c
            }
        }
        let postChecks = try checks("checks") ?? existing?.checks ?? []
        let contentChecks = try checks("content-checks") ?? existing?.contentChecks ?? []
        if !contentChecks.isEmpty, !elements[..<elements.firstIndex(of: .cue)!].contains(.content) {
            throw r.error(f["content-checks"], "content-checks run after a CONTENT before the CUE, and pattern \(f.id) has none")
        }
        let d = try describe(f, r, kind: .pattern, existing: existing?.description, severity: nil)
        var rule = PatternRule(id: f.id, elements: elements, cues: cues, confidence: confidence, priority: priority, description: d)
        rule.passive = passive
        rule.sourceless = sourceless
        rule.notCueWords = notCueWords
        rule.checks = postChecks
        rule.contentChecks = contentChecks
        patterns.removeAll { $0.id == f.id }
        patterns.append(rule)
    }

    private mutating func addFinding(_ node: Node, _ r: YAMLReader) throws {
        let f = try fields(node, r, allowed: ["severity", "message", "confidence", "when", "span", "enabled"], what: "finding")
        let existing = findings.first { $0.id == f.id }
        var severity = existing?.severity ?? .warning
        if let n = f["severity"] { severity = try enumValue(n, r, "severity", Severity.self) }
        var message = existing?.message ?? ""
        if let n = f["message"] { message = try r.string(n, "message") }
        if message.isEmpty { throw r.error(node, "finding \(f.id) needs a message") }
        var confidence = existing?.confidence ?? 1
        if let n = f["confidence"] { confidence = try r.double(n, "confidence", in: 0...1) }
        var target = existing?.target ?? .sentence
        if let n = f["span"] { target = try enumValue(n, r, "span", FindingTarget.self) }
        var enabled = existing?.enabled ?? true
        if let n = f["enabled"] { enabled = try r.bool(n, "enabled") }
        var condition = existing?.condition ?? FindingCondition()
        if let n = f["when"] { condition = try self.condition(n, r) }
        if existing == nil && f["when"] == nil { throw r.error(node, "finding \(f.id) needs a when condition") }
        if (condition.markup != nil) != (target == .markup) {
            throw r.error(f["span"] ?? node, "finding \(f.id): 'span: markup' goes with a 'markup' condition, and only with one")
        }
        var d = try describe(f, r, kind: .finding, existing: existing?.description, severity: severity)
        if d.summary.isEmpty { d.summary = message }
        let rule = FindingRule(id: f.id, severity: severity, message: message, condition: condition, target: target,
                               confidence: confidence, enabled: enabled, description: d)
        findings.removeAll { $0.id == f.id }
        findings.append(rule)
    }

    private func condition(_ node: Node, _ r: YAMLReader) throws -> FindingCondition {
        var c = FindingCondition()
        let keys = ["source-kind", "reason", "cue-loaded", "cue-category", "cue-group", "quote", "sentence", "public-group", "markup", "first-quote"]
        for (k, _, v) in try r.mapping(node, allowed: keys, what: "when") {
            switch k {
            case "source-kind":
                c.sourceKinds = Set(try (v.sequence.map(Array.init) ?? [v]).map { try enumValue($0, r, "source-kind", SourceKind.self) })
            case "reason":
                let s = try r.string(v, "reason")
                guard let reason = FindingCondition.Reason(rawValue: s) else {
                    throw r.error(v, "unknown reason '\(s)' (expected none, boilerplate, substantive, any)")
                }
                c.reason = reason
            case "cue-loaded": c.cueLoaded = try r.bool(v, "cue-loaded")
            case "cue-category": c.cueCategories = try categories(v, r, "cue-category")
            case "cue-group": c.cueGroups = Set(try r.strings(v, "cue-group"))
            case "public-group": c.publicGroup = try r.bool(v, "public-group")
            case "first-quote": c.firstQuote = try r.bool(v, "first-quote")
            case "quote":
                c.quote = Set(try (v.sequence.map(Array.init) ?? [v]).map { try enumValue($0, r, "quote", QuoteKind.self) })
            case "sentence":
                let s = try r.string(v, "sentence")
                guard let t = FindingCondition.SentenceTest(rawValue: s) else {
                    throw r.error(v, "unknown sentence test '\(s)' (expected unattributed-quote, unattributed-claim)")
                }
                c.sentence = t
            case "markup":
                let s = try r.string(v, "markup")
                guard let t = FindingCondition.MarkupTest(rawValue: s) else {
                    throw r.error(v, "unknown markup test '\(s)' (expected unclosed)")
                }
                c.markup = t
            default: break
            }
        }
        return c
    }
}

/// FNV-1a over strings, for the rules fingerprint (stable across runs and machines).
struct FNV64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func add(_ s: String) {
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h = (h ^ 0xFF) &* 0x0000_0100_0000_01B3
    }
    var hex: String {
        let s = String(h, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
