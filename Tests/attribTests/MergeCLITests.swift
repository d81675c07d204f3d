import Foundation
import Testing

/// `attrib merge`: many per-executor databases make the same archive as one run.
@Suite("merge command")
struct MergeCLITests {
    static let articles = [
        "Two senior diplomats said the talks had stalled.",
        "Critics say the plan favours large landlords.",
        "“We will appeal,” said Maria Okafor, the union’s president.",
        "The plant will close in May, according to a company filing.",
        "Officials said the bridge was safe.",
    ]

    @Test func mergedDatabasesEqualOneRun() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanUp(dir) }
        var paths: [String] = []
        for (i, text) in Self.articles.enumerated() {
            let url = dir.appendingPathComponent("a\(i).txt")
            try Data(text.utf8).write(to: url)
            paths.append(url.path)
        }
        func db(_ name: String) -> String { dir.appendingPathComponent(name).path }
        #expect(try CLI.run(["analyze", "--db", db("one.sqlite")] + paths).status == 0)
        #expect(try CLI.run(["analyze", "--db", db("x.sqlite")] + Array(paths[0..<3])).status == 0)
        #expect(try CLI.run(["analyze", "--db", db("y.sqlite")] + Array(paths[2...])).status == 0)
        let merge = try CLI.run(["merge", db("merged.sqlite"), db("x.sqlite"), db("y.sqlite")])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stderr.contains("1 duplicates"))
        for command in [["sources", "--format", "csv"], ["report", "--format", "json"]] {
            let one = try CLI.run(command + ["--db", db("one.sqlite")])
            let merged = try CLI.run(command + ["--db", db("merged.sqlite")])
            #expect(one.status == 0 && merged.status == 0)
            if command[0] == "sources" {
                #expect(one.stdout == merged.stdout)
            } else {
                // Document ids and times may differ; the archive's figures may not.
                let a = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
                let b = try #require(try JSONSerialization.jsonObject(with: Data(merged.stdout.utf8)) as? [String: Any])
                #expect((a["sources"] as? NSArray)?.isEqual(b["sources"]) == true)
                #expect((a["summary"] as? NSDictionary)?.isEqual(b["summary"]) == true)
            }
        }
        // Merging again adds nothing.
        let again = try CLI.run(["merge", db("merged.sqlite"), db("x.sqlite")])
        #expect(again.stderr.contains("0 added"))
    }

    @Test func refusesBadInputsAndSelfMerge() throws {
        let dir = try CLI.temporaryDirectory()
        defer { CLI.cleanUp(dir) }
        let junk = dir.appendingPathComponent("junk.sqlite")
        try Data("not a database".utf8).write(to: junk)
        let r = try CLI.run(["merge", dir.appendingPathComponent("out.sqlite").path, junk.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("not an SQLite database; left untouched"))
        #expect(try Data(contentsOf: junk) == Data("not a database".utf8))
        let same = try CLI.run(["merge", junk.path, junk.path])
        #expect(same.status == 2)
        // A good input and a bad one: only what was merged is counted, and the run fails.
        let text = dir.appendingPathComponent("a.txt")
        try Data(Self.articles[0].utf8).write(to: text)
        let good = dir.appendingPathComponent("good.sqlite").path
        #expect(try CLI.run(["analyze", "--db", good, text.path]).status == 0)
        let mixed = try CLI.run(["merge", dir.appendingPathComponent("mixed.sqlite").path, good, junk.path])
        #expect(mixed.status == 2)
        #expect(mixed.stderr.hasSuffix("attrib: merged 1 database into \(dir.appendingPathComponent("mixed.sqlite").path); it holds 1 documents; 1 input not merged\n"),
                "\(mixed.stderr)")
    }
}
