@testable import AttribCore
import Testing

@Suite struct PolicyTests {
    /// Attributions on the n-th marked span of the text, by kind.
    func story(_ kinds: [SourceKind]) throws -> DocumentAnalysis {
        var a = try analysis("Ms. Okafor said so. Officials said so. Critics said so. She said so.")
        let sources: [Span] = [Span(0, 10), Span(20, 29), Span(39, 46), Span(56, 59)]
        a.attributions = kinds.enumerated().map { i, kind in
            let span = sources[i % sources.count]
            return Attribution(sentence: i % 4, cue: nil,
                               source: SourceMention(span: span, kind: kind,
                                                     resolved: kind == .pronoun ? Span(0, 10) : nil,
                                                     resolvedKind: kind == .pronoun ? .named : nil),
                               content: nil, quote: .none, anonymous: kind == .anonymous || kind == .vague,
                               anonymityReason: nil, confidence: 0.9, rules: [])
        }
        return a
    }

    func rules(_ a: DocumentAnalysis, _ policy: CheckConfiguration.Policy, claims: Int = 0) -> [String] {
        PolicyCheck.findings(a, policy: policy, unattributedClaims: claims) { _ in .warning }.map(\.message)
    }

    @Test func anonymousShare() throws {
        let a = try story([.named, .anonymous, .vague, .pronoun])
        #expect(rules(a, .init(maxAnonymousShare: 0.5)).isEmpty)  // 2 of 4 is not above 50%
        #expect(rules(a, .init(maxAnonymousShare: 0.4)) == [
            "2 of 4 sourced attributions (50%) rest on anonymous or vague sources; the policy allows at most 40%"])
        #expect(rules(try story([.anonymous, .anonymous, .named]), .init(maxAnonymousShare: 0.5)) == [
            "2 of 3 sourced attributions (66.7%) rest on anonymous or vague sources; the policy allows at most 50%"])
        #expect(rules(try story([]), .init(maxAnonymousShare: 0)).isEmpty)  // nothing sourced: no share
    }

    @Test func namedSourcesAreCountedOnceAndPronounsResolve() throws {
        // "Ms. Okafor" and "She" (resolved to Ms. Okafor) are one named source.
        let a = try story([.named, .anonymous, .vague, .pronoun])
        #expect(PolicyCheck.namedSources(a) == 1)
        #expect(rules(a, .init(minNamedSources: 1)).isEmpty)
        #expect(rules(a, .init(minNamedSources: 2)) == ["the story names 1 source; the policy asks for at least 2 named sources"])
        #expect(rules(try story([.anonymous]), .init(minNamedSources: 1))
                == ["the story names 0 sources; the policy asks for at least 1 named source"])
    }

    @Test func unattributedClaims() throws {
        let a = try story([])
        #expect(rules(a, .init(maxUnattributedClaims: 3), claims: 3).isEmpty)
        #expect(rules(a, .init(maxUnattributedClaims: 3), claims: 4)
                == ["4 check-worthy claims have no attribution; the policy allows at most 3"])
    }

    @Test func policyFindingsSitAtTheFirstSentenceAndCountOnlyUnsuppressedClaims() throws {
        let a = try analysis("""
            ---
            title: x
            ---
            # Headline

            The port «lost $4 billion». <!-- attrib-disable-next-line claim.unattributed -->
            It was «the longest strike on record».
            It «cost 900 jobs».
            """, findings: [("claim.unattributed", .warning), ("claim.unattributed", .warning), ("claim.unattributed", .warning)])
        let config = CheckConfiguration(rules: [.init(id: "claim.unattributed", setting: .off)],
                                        policy: .init(maxUnattributedClaims: 1))
        let check = Checker(configuration: config).check(a, path: "s.md")
        // Two claims are left after the suppression (it covers one); the rule itself is off.
        #expect(check.findings.map(\.finding.message) == ["2 check-worthy claims have no attribution; the policy allows at most 1"])
        let f = check.findings[0].finding
        #expect(f.span.isEmpty && f.sentence == nil && f.severity == .warning)
        #expect(a.lines.location(of: f.span.start).line == 4)
        #expect(a.lines.location(of: f.span.start).column == 3)
    }

    @Test func percentFormatting() {
        #expect(PolicyCheck.percent(0.5) == "50%")
        #expect(PolicyCheck.percent(2.0 / 3) == "66.7%")
        #expect(PolicyCheck.percent(1) == "100%")
    }

    @Test func sha256KnownAnswers() {
        #expect(CheckHash.sha256Hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(CheckHash.sha256Hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(CheckHash.sha256Hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}
