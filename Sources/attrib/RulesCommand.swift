import ArgumentParser
import AttribCore
import AttribReports

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List, explain and test the rules (lexicons, patterns, findings).",
        subcommands: [List.self, Explain.self, Test.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every rule with its kind and summary.")
        @OptionGroup var rules: RulesOptions
        @Option(name: .long, help: "Only rules of this kind: lexicon, pattern or finding.")
        var kind: String?

        func validate() throws {
            if let kind, RuleDescription.Kind(rawValue: kind) == nil {
                throw ValidationError("--kind must be lexicon, pattern or finding")
            }
        }

        func run() throws {
            let set = try rules.ruleSet()
            let width = set.descriptions.map(\.id.count).max() ?? 20
            for d in set.descriptions where kind == nil || d.kind.rawValue == kind {
                let sev = d.severity.map { " [\($0.rawValue)]" } ?? ""
                Console.write(d.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                              + d.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0) + d.summary + sev + "\n")
            }
            Console.flush()
        }
    }

    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Explain one rule: what it does, why, and its examples.")
        @Argument(help: "The rule id, e.g. anonymous-source.no-reason.")
        var id: String
        @OptionGroup var rules: RulesOptions

        func run() throws {
            let set = try rules.ruleSet()
            guard let d = set.description(of: id) else {
                let near = set.descriptions.map(\.id).filter { $0.contains(id) || id.contains($0) }
                throw ValidationError("no rule '\(id)'" + (near.isEmpty ? "; see `attrib rules list`" : "; did you mean \(near.joined(separator: ", "))?"))
            }
            var out = "\(d.id) — \(d.name)\n"
            out += "kind: \(d.kind.rawValue)"
            if let s = d.severity { out += ", severity: \(s.rawValue)" }
            out += "\nfrom: \(d.file)\n\n\(d.summary)\n"
            if !d.rationale.isEmpty { out += "\nWhy: \(d.rationale)\n" }
            if let f = set.findingRule(id) { out += "\nMessage: \(f.message)\n" }
            if let p = set.patterns.first(where: { $0.id == id }) {
                out += "\nConfidence: \(p.confidence)\n"
            }
            if let g = set.lexicon.groups.first(where: { $0.id == id }) {
                out += "\nEntries (\(g.entries.count)): \(g.entries.joined(separator: ", "))\n"
            }
            if !d.triggering.isEmpty { out += "\nTriggers on («…» marks the span):\n" + d.triggering.map { "  ✓ \($0)\n" }.joined() }
            if !d.nonTriggering.isEmpty { out += "\nDoes not trigger on:\n" + d.nonTriggering.map { "  ✗ \($0)\n" }.joined() }
            Console.write(out)
            Console.flush()
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every rule's examples and the marked cases; exit 1 if any fails.",
            discussion: """
                Each triggering example must produce the span marked with «…»; each non-triggering example \
                must not fire the rule. Then the marked cases of --cases DIR (default: corpus/cases, when \
                the current folder has it) run as `attrib eval --cases` runs them, with counts per \
                phenomenon (docs/cases.md). Exit codes: 0 all pass; 1 a failure; 2 a case file that \
                cannot be read (the others still run).
                """)
        @OptionGroup var rules: RulesOptions

        @Option(name: .long, help: ArgumentHelp("A folder of marked cases (*.yml); default corpus/cases when present.", valueName: "dir"))
        var cases: String?

        func validate() throws {
            if let cases, !CaseFolder.isDirectory(cases) { throw ValidationError("--cases \(cases): not a directory") }
        }

        func run() throws {
            let set = try rules.ruleSet()
            let runner = RuleExampleRunner(rules: set)
            let failures = runner.checkAll()
            let total = set.descriptions.reduce(0) { $0 + $1.triggering.count + $1.nonTriggering.count }
            for f in failures { Console.write("FAIL \(f)\n") }
            Console.write("\(total - failures.count) passed, \(failures.count) failed (\(set.descriptions.count) rules)\n")
            var failed = !failures.isEmpty
            var broken = false
            if let path = cases ?? (CaseFolder.isDirectory(CaseFolder.defaultPath) ? CaseFolder.defaultPath : nil) {
                let folder = CaseFolder(path: path)
                for e in folder.errors { Console.error("attrib: \(e)") }
                let report = folder.run(set)
                Console.write(CaseReportText.failures(report).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.isEmpty || $0.hasPrefix(" ") ? String($0) : "FAIL " + $0 }.joined(separator: "\n"))
                Console.write(CaseReportText.summary(report, folder: path))
                failed = failed || report.failed > 0
                broken = !folder.errors.isEmpty
            }
            Console.flush()
            if broken { throw ExitCode(ExitStatus.inputError) }
            if failed { throw ExitCode(ExitStatus.findings) }
        }
    }
}
