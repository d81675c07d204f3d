import AttribCore
import Foundation
import Testing

/// Every rule's examples are tests (SwiftLint's idea), run as written and after a multi-byte
/// prefix paragraph that shifts every byte offset.
@Suite("Rule examples")
struct RuleExampleTests {
    static let runner = RuleExampleRunner(rules: .builtIn)
    static let ids = RuleSet.builtIn.descriptions.map(\.id)

    @Test(arguments: ids)
    func examples(_ id: String) throws {
        let rule = try #require(RuleSet.builtIn.description(of: id))
        #expect(!rule.triggering.isEmpty, "\(id) has no triggering example")
        #expect(!rule.nonTriggering.isEmpty, "\(id) has no non-triggering example")
        for failure in Self.runner.check(rule) { Issue.record("\(failure)") }
    }

    @Test(arguments: ids)
    func examplesAfterMultiBytePrefix(_ id: String) throws {
        let rule = try #require(RuleSet.builtIn.description(of: id))
        let prefix = "🗞️📰 東京の記者 — ünïcødé\n\n"
        let delta = prefix.utf8.count
        for example in rule.triggering {
            let (text, span) = RuleExampleRunner.unmark(example)
            let expected = try #require(span).shifted(by: delta)
            let fired = Self.runner.firings(of: rule, in: Self.runner.analyze(prefix + text, rule))
            #expect(fired.contains(expected), "\(id): \(example) — got \(fired)")
        }
    }

    @Test func everyRuleHasRationaleOrDescription() {
        for d in RuleSet.builtIn.descriptions {
            #expect(!d.summary.isEmpty, "\(d.id) has no description")
            if d.kind == .finding { #expect(!d.rationale.isEmpty, "\(d.id) has no rationale") }
        }
    }

    @Test func embeddedRulesMatchTheRulesFolder() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let folder = root.appendingPathComponent("rules")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yml") }.sorted()
        #expect(names == EmbeddedRules.files.map(\.name), "run scripts/embed-rules")
        for (name, text) in EmbeddedRules.files {
            let onDisk = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(onDisk.trimmingCharacters(in: .newlines) == text.trimmingCharacters(in: .newlines),
                    "rules/\(name) differs from the embedded copy: run scripts/embed-rules")
        }
    }
}
