import AttribCore
import Testing

/// `attrib eval --compare`: what two runs differ in, item by item, and which differences are accepted.
@Suite("Comparing two runs")
struct AnalysisComparisonTests {
    typealias Item = AnalysisComparison.Item
    static func item(_ key: String, _ content: String, source: String = "0..3") -> Item {
        Item(key: key, fields: [("source", source), ("content", content)])
    }

    @Test func identicalRunsHaveNoDifferences() {
        let d = AnalysisComparison.Document(name: "a.txt", items: [Self.item("said@4..8", "9..20")])
        let c = AnalysisComparison(old: [d], new: [d])
        #expect(c.differences.isEmpty && c.documents == 1 && c.items == 1)
    }

    @Test func changedAddedRemovedAndSharedKeys() {
        // Two continuations share the cue "said@4..8"; the new run drops the first and moves a source.
        let old = AnalysisComparison.Document(name: "a.txt", items: [
            Self.item("said@4..8", "9..20"), Self.item("said@4..8", "30..40"), Self.item("told@50..54", "55..60"),
        ])
        let new = AnalysisComparison.Document(name: "a.txt", items: [
            Self.item("said@4..8", "30..40"), Self.item("told@50..54", "55..60", source: "45..49"), Self.item("added@70..75", "76..80"),
        ])
        let c = AnalysisComparison(old: [old, .init(name: "gone.txt", items: [])], new: [new])
        #expect(c.onlyOld == ["gone.txt"])
        let byKey = Dictionary(grouping: c.differences, by: \.key)
        #expect(byKey["said@4..8"]?.map(\.change) == [.removed])  // the identical continuation pairs up
        #expect(byKey["told@50..54"]?.map(\.change) == [.changed([("source", "0..3", "45..49")])])
        #expect(byKey["added@70..75"]?.map(\.change) == [.added])
        #expect(c.differences.map(\.description).contains("a.txt: told@50..54: source 0..3 → 45..49"))
    }

    @Test func acceptedDifferencesCarryTheirReason() {
        let old = AnalysisComparison.Document(name: "a.txt", items: [Self.item("said@4..8", "9..20")])
        let new = AnalysisComparison.Document(name: "a.txt", items: [Self.item("said@4..8", "9..19")])
        let accepted = [AnalysisComparison.Accepted(document: "a.txt", key: "said@4..8", reason: "final period left out", case: "x.yml:3")]
        let c = AnalysisComparison(old: [old], new: [new], accepted: accepted)
        #expect(c.differences.count == 1 && c.unaccepted.isEmpty)
        #expect(c.differences[0].accepted == "final period left out")
        let other = AnalysisComparison(old: [old], new: [new], accepted: [.init(document: "b.txt", key: "*", reason: "r", case: "c")])
        #expect(other.unaccepted.count == 1)
    }
}
