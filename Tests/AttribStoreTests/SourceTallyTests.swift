import TestSupport
import AttribCore
import AttribReports
@testable import AttribStore
import Testing

/// How the archive counts sources: names as written, one source per person within a document,
/// and generic sources per document.
@Suite struct SourceTallyTests {
    typealias Cite = Sourced.Cite
    static let organization = ["pattern.source-cue", "lexicon.source.organization"]
    static let vague = ["pattern.source-cue", "lexicon.source.vague"]

    /// Two stories that both cite "the company", critics and a scientist; the second calls her by
    /// her surname, then by a pronoun.
    static func archive(prefix: String = "") throws -> (TempDatabase, Store) {
        let t = TempDatabase()
        let store = try Store(path: t.path)
        let run = try store.beginRun(toolVersion: "test", rulesFingerprint: "r", arguments: [])
        let mine = Sourced.analysis(prefix + """
            Dr. Miriam Achterberg said the spill was the worst in years. The company said the pond had held. \
            Critics say the permit was too lax.
            """, [Cite(text: "Dr. Miriam Achterberg", kind: .named),
                  Cite(text: "The company", kind: .named, rules: organization),
                  Cite(text: "Critics", kind: .vague, rules: vague)], name: "mine.txt")
        let reef = Sourced.analysis(prefix + """
            Dr. Miriam Achterberg, a marine biologist, said the reef was recovering. Achterberg said divers had counted \
            new coral. She said the company had paid for the survey. The company said it was proud. \
            Critics said the survey was too small. The Interior Ministry said it would publish the data.
            """, [Cite(text: "Dr. Miriam Achterberg", kind: .named), Cite(text: "Achterberg", kind: .named),
                  Cite(text: "She", kind: .pronoun, resolvesTo: "Achterberg"),
                  Cite(text: "The company", kind: .named, rules: organization),
                  Cite(text: "Critics", kind: .vague, rules: vague),
                  Cite(text: "The Interior Ministry", kind: .named, rules: organization)], name: "reef.md")
        for a in [mine, reef] { try store.record(a, rulesFingerprint: "r", run: run) }
        return (t, store)
    }

    @Test(arguments: ["", "🧭 北京报道。"])
    func namesAsWrittenOnePersonAndGenericSourcesPerDocument(prefix: String) throws {
        let (t, store) = try Self.archive(prefix: prefix)
        defer { _ = t }
        let sources = try store.archive().sources
        func row(_ name: String, in doc: String? = nil) -> SourceTally? {
            sources.first { $0.name == name && $0.document?.name == doc }
        }
        // One person across both documents, under the most complete form as written.
        #expect(row("Dr. Miriam Achterberg")?.mentions == 4)
        #expect(row("Dr. Miriam Achterberg")?.documents == 2)
        #expect(!sources.contains { $0.name == "Achterberg" || $0.key == "achterberg" })
        // "The company" and "Critics" are different in each story.
        for doc in ["mine.txt", "reef.md"] {
            #expect(row("The company", in: doc)?.mentions == 1, "\(doc)")
            #expect(row("Critics", in: doc)?.documents == 1, "\(doc)")
        }
        #expect(!sources.contains { $0.name == "The company" && $0.document == nil })
        // A named institution counts across the archive.
        #expect(row("The Interior Ministry")?.document == nil)
        #expect(sources.count == 6)
        // `attrib sources` counts the same way, and filters by kind.
        #expect(try store.sources().map(\.name).sorted() == sources.map(\.name).sorted())
        #expect(try store.sources(kind: .vague).map { $0.document?.name } == ["mine.txt", "reef.md"])
        // The article report agrees with the archive.
        let reef = try store.document(id: try store.documentID(matching: "reef.md")).report()
        #expect(reef.sources.first?.name == "Dr. Miriam Achterberg")
        #expect(reef.sources.first?.mentions == 3)
    }
}
