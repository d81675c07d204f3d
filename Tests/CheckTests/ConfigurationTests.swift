import AttribCore
import Testing

@Suite struct ConfigurationTests {
    @Test func parsesEveryKey() throws {
        let c = try CheckConfiguration.parse("""
            version: 1
            include: ["drafts/**", "*.html"]
            exclude: drafts/archive
            rule-folders: [house-rules, more]
            rules:
              verb.loaded: off
              source.vague: error
              claim.hedged: info
            policy:
              max-anonymous-share: 0.5
              min-named-sources: 1
              max-unattributed-claims: 3
            fail-on: warning
            """, file: ".attrib.yml")
        #expect(c.include.map(\.pattern) == ["drafts/**", "*.html"])
        #expect(c.exclude.map(\.pattern) == ["drafts/archive"])
        #expect(c.ruleFolders.map(\.path) == ["house-rules", "more"])
        #expect(c.ruleFolders.map { [$0.line, $0.column] } == [[4, 16], [4, 29]])
        #expect(c.setting(for: "verb.loaded") == .off)
        #expect(c.setting(for: "source.vague") == .severity(.error))
        #expect(c.setting(for: "claim.hedged") == .severity(.info))
        #expect(c.setting(for: "quote.unattributed") == nil)
        #expect(c.rules.first { $0.id == "source.vague" }.map { [$0.line, $0.column] } == [7, 3])
        #expect(c.policy == .init(maxAnonymousShare: 0.5, minNamedSources: 1, maxUnattributedClaims: 3))
        #expect(c.failOn == .warning)
    }

    @Test func minimalFileHasDefaults() throws {
        let c = try CheckConfiguration.parse("version: 1\n", file: "x.yml")
        #expect(c.include.isEmpty && c.exclude.isEmpty && c.rules.isEmpty && c.policy.isEmpty && c.failOn == nil)
        #expect(c.includes(relativePath: "anything/at/all.md"))
    }

    @Test(arguments: [
        ("version: 1\nfail-in: error\n", "cfg.yml:2:1: unknown key 'fail-in' in the configuration (expected one of: version, include, exclude, rule-folders, rules, policy, fail-on, allow-empty)"),
        ("version: 1\nfail-on: fatal\n", "cfg.yml:2:10: fail-on must be info, warning or error (got 'fatal')"),
        ("version: 1\nrules:\n  verb.loaded: disabled\n", "cfg.yml:3:16: rules.verb.loaded must be off, info, warning or error (got 'disabled')"),
        ("version: 1\npolicy:\n  max-anonymous-share: 1.5\n", "cfg.yml:3:24: policy.max-anonymous-share must be between 0.0 and 1.0"),
        ("version: 1\npolicy:\n  min-named-sources: -1\n", "cfg.yml:3:22: policy.min-named-sources must be 0 or more"),
        ("version: 1\npolicy:\n  max-unattributed-claims: many\n", "cfg.yml:3:28: policy.max-unattributed-claims must be a whole number"),
        ("version: 1\npolicy:\n  max-anonymous: 0.5\n", "cfg.yml:3:3: unknown key 'max-anonymous' in policy (expected one of: max-anonymous-share, min-named-sources, max-unattributed-claims)"),
        ("version: 2\n", "cfg.yml:1:10: unsupported version 2 (this attrib reads version 1)"),
        ("include: [a]\n", "cfg.yml:1:1: missing 'version: 1'"),
        ("version: 1\nexclude: ['drafts/[abc']\n", "cfg.yml:2:11: exclude: bad glob 'drafts/[abc': '[' without a closing ']'"),
        ("version: 1\ninclude: ['**.md']\n", "cfg.yml:2:11: include: bad glob '**.md': '**' must be a whole path segment, as in 'drafts/**/*.md'"),
        ("version: 1\ninclude: [a\n", nil),
    ] as [(String, String?)])
    func reportsBadFilesWithPosition(_ text: String, _ expected: String?) {
        let message = errorText { _ = try CheckConfiguration.parse(text, file: "cfg.yml") }
        if let expected {
            #expect(message == expected)
        } else {
            // A YAML syntax error still names the file and a position.
            #expect(message?.hasPrefix("cfg.yml:") == true)
            #expect(message?.contains("YAML syntax error") == true)
        }
    }

    @Test func unknownRuleIDsAreReportedWhereTheyAreWritten() throws {
        let c = try CheckConfiguration.parse("version: 1\nrules:\n  verb.loaded: off\n  source.vauge: error\n", file: "cfg.yml")
        let known: Set = ["verb.loaded", "source.vague", "quote.unattributed"]
        #expect(errorText { try c.validateRuleIDs(known: known) }
                == "cfg.yml:4:3: unknown finding rule 'source.vauge' in rules (did you mean source.vague?)")
        #expect(errorText { try c.validateRuleIDs(known: known.union(["source.vauge"])) } == nil)
    }

    @Test func includeAndExclude() throws {
        let c = try CheckConfiguration.parse("""
            version: 1
            include: ["drafts/**/*.{md,html}", "*.txt"]
            exclude: ["drafts/archive", "**/*.draft.md"]
            """, file: "cfg.yml")
        #expect(c.includes(relativePath: "drafts/a.md"))
        #expect(c.includes(relativePath: "drafts/x/y/b.html"))
        #expect(c.includes(relativePath: "notes/c.txt"))  // no slash: any depth
        #expect(!c.includes(relativePath: "notes/c.md"))
        #expect(!c.includes(relativePath: "drafts/archive/old.md"))  // folder excludes what is below it
        #expect(!c.includes(relativePath: "drafts/x/new.draft.md"))
        #expect(c.includes(relativePath: "./drafts/archived.md"))
    }
}

@Suite struct GlobTests {
    @Test(arguments: [
        ("*.md", "a.md", true), ("*.md", "x/y/a.md", true), ("*.md", "a.mdx", false),
        ("/*.md", "a.md", true), ("/*.md", "x/a.md", false),
        ("drafts/*.md", "drafts/a.md", true), ("drafts/*.md", "drafts/x/a.md", false),
        ("drafts/**/*.md", "drafts/a.md", true), ("drafts/**/*.md", "drafts/x/y/a.md", true),
        ("**/archive", "a/b/archive/c.md", true), ("archive", "archive/c.md", true), ("archive", "x/archive/c.md", true),
        ("drafts/archive", "x/drafts/archive/c.md", false),
        ("file?.md", "file1.md", true), ("file?.md", "file10.md", false),
        ("[ab]*.md", "b1.md", true), ("[!ab]*.md", "b1.md", false), ("[a-c].md", "c.md", true), ("[a-c].md", "d.md", false),
        ("*.{md,html}", "x.html", true), ("*.{md,html}", "x.txt", false),
        ("story\\*.md", "story*.md", true), ("story\\*.md", "storyX.md", false),
        ("drafts/", "drafts/a.md", true), ("**", "anything/at/all", true),
        ("é*.md", "été.md", true),
    ] as [(String, String, Bool)])
    func matching(_ pattern: String, _ path: String, _ expected: Bool) throws {
        #expect(try Glob(pattern).matches(path) == expected)
    }

    @Test func syntaxErrors() {
        #expect(throws: Glob.SyntaxError(reason: "'{' without a closing '}'")) { try Glob("*.{md") }
        #expect(throws: Glob.SyntaxError(reason: "braces cannot nest")) { try Glob("{a,{b,c}}") }
        #expect(throws: Glob.SyntaxError(reason: "the pattern is empty")) { try Glob("./") }
    }
}
